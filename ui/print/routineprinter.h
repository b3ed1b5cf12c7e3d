#pragma once

#include "core/plan/routinetree.h"

#include <QString>

class QPagedPaintDevice;

namespace ft::ui {

class WeightFormat;

// The routine for the gym floor: a header with the athlete, the routine and its dates, then
// every day as a block of its exercises and sets in the display unit, with empty boxes for the
// load and reps actually done. Black on white; a day never breaks across pages (a day longer
// than a page starts on a fresh one and breaks between its exercises).
class RoutinePrinter
{
public:
    RoutinePrinter(const core::plan::RoutineTree &tree, QString athleteLabel,
                   const WeightFormat &weights);

    // The page's HTML of one day (tests look at it).
    QString dayHtml(const core::plan::RoutineTreeDay &day) const;
    QString headerHtml() const;
    // Lays the routine out on `device`'s pages; the number of pages.
    int print(QPagedPaintDevice &device) const;

private:
    const core::plan::RoutineTree &m_tree;
    QString m_athlete;
    const WeightFormat &m_weights;
};

} // namespace ft::ui
