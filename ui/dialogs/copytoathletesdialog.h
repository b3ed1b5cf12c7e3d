#pragma once

#include "core/db/entities.h"

#include <QDialog>

class QListWidget;

namespace ft::ui {

class AthleteTableModel;

// Picks the athletes a routine is copied to: every athlete but the routine's own, each with a
// check box; Space toggles, Ctrl+A checks all.
class CopyToAthletesDialog : public QDialog
{
    Q_OBJECT

public:
    CopyToAthletesDialog(const AthleteTableModel &athletes, core::Id ownerId,
                         QWidget *parent = nullptr);

    QList<core::Id> chosen() const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
};

} // namespace ft::ui
