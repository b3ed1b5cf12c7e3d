#pragma once

// The progress figures as reports for scripts (`fitnesstrack-cli report ...`): one JSON object,
// CSV, or an aligned text table. The fields are documented in README.md ("Progress reports").

#include "core/stats/progress.h"

#include <QJsonObject>

namespace ft::core::stats {

enum class ReportKind { E1rm, Records, RepMaxes, Weekly, Body };
QString reportKindKey(ReportKind kind); // "e1rm", "records", "rep-maxes", "weekly", "body"
std::optional<ReportKind> parseReportKind(const QString &key);

struct ReportRequest
{
    ReportKind kind = ReportKind::E1rm;
    QString athlete;  // username or pseudonym
    QString exercise; // slug or id; required by e1rm and rep-maxes, optional for records
    E1rmFormula formula = defaultE1rmFormula;
    int repCap = defaultE1rmRepCap;
    DayRange range; // e1rm, weekly and body
    WeeklyGrouping by = WeeklyGrouping::Muscle;
};

struct Report
{
    QJsonObject json;    // {"report", "athlete": {id, pseudonym}, "parameters", "points"|"rows"}
    QStringList columns; // the CSV header: the JSON names of a row's fields
    QList<QStringList> rows;

    QString toCsv() const;
    QString toText() const;
};

// An empty history is an empty list, not an error. Errors: NotFound for an athlete or exercise
// that does not exist, Usage for a missing --exercise or a range that ends before it starts.
Result<Report> buildReport(Database &db, const ReportRequest &request);

} // namespace ft::core::stats
