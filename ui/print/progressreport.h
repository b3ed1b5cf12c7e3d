#pragma once

#include "ui/weightformat.h"

#include "core/athletes/athletes.h"
#include "core/settings.h"
#include "core/stats/overview.h"

#include <QCoreApplication>

#include <map>
#include <memory>

class QPagedPaintDevice;

namespace ft::core {
class Database;
}

namespace ft::ui {

class TimeChartView;

// Exercise names by id (core's figures carry ids).
std::map<core::Id, QString> exerciseNames(core::Database &db);

// The dashboard of one athlete for a date range, for paper or a PDF: a title with the athlete,
// their pseudonym and the range; the range's figures (sessions, working sets, tonnage, records,
// body weight); the records; the average weekly sets per muscle against the target band; and
// the charts of body weight and of the three most trained lifts' e1RM over the range. Black on
// white; a chart never breaks across pages.
class ProgressReport
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReport)

public:
    ProgressReport(core::Athlete athlete, core::stats::DayRange range, const WeightFormat &weights,
                   core::WeeklySetTarget target, core::stats::E1rmOptions options);
    ~ProgressReport();

    // Reads the figures and draws the charts; an error (nothing printed) or the report.
    core::Status load(core::Database &db);

    QString html() const; // everything but the charts (tests look at it)
    const std::vector<std::unique_ptr<TimeChartView>> &charts() const { return m_charts; }
    // Lays the report out on `device`'s pages; the number of pages.
    int print(QPagedPaintDevice &device) const;
    // print() into a portrait A4 PDF at `path`.
    core::Status writePdf(const QString &path) const;

private:
    core::Athlete m_athlete;
    core::stats::DayRange m_range;
    WeightFormat m_weights;
    core::WeeklySetTarget m_target;
    core::stats::E1rmOptions m_options;
    QString m_html;
    std::vector<std::unique_ptr<TimeChartView>> m_charts;
};

} // namespace ft::ui
