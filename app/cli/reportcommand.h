#pragma once

#include <QStringList>

#include <optional>

// `fitnesstrack-cli report e1rm|records|rep-maxes|weekly|body ...`: parses its own options and
// prints what core/stats/report.h builds. Nothing (std::nullopt) when the command is not
// `report`; otherwise the exit code.
std::optional<int> runReportCommand(const QStringList &arguments);
