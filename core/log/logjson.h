#pragma once

// The training log for scripts (`fitnesstrack-cli session|cycle|metrics ...`): JSON, CSV and
// text. Weights are kilograms rounded to two decimals, ratios to three, dates ISO 8601; the
// fields are documented in README.md ("Training log").

#include "core/log/traininglog.h"
#include "core/stats/report.h"

#include <QJsonObject>

namespace ft::core::log {

QJsonObject toJson(const SessionFigures &figures);
QJsonObject toJson(const CycleFigures &figures);
QJsonObject toJson(const SessionSheet &sheet);
QJsonObject toJson(const CycleSummary &cycle);
QJsonObject toJson(const SessionSummary &summary);
QJsonObject toJson(const SubjectBodyMetrics &metrics);

QString toText(const SessionSheet &sheet);
QString toText(const QList<CycleSummary> &cycles);

// One line per session / per measurement: JSON under `key` ("sessions", "metrics") with the
// same fields as the CSV columns, and the text table.
stats::Report sessionTable(const QList<SessionSummary> &sessions);
stats::Report bodyMetricsTable(const QList<SubjectBodyMetrics> &metrics);

// "done", "skipped", "missed", "pending", "unplanned".
QString outcomeKey(SetOutcome outcome);

} // namespace ft::core::log
