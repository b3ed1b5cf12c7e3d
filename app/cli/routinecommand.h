#pragma once

#include <QStringList>

#include <optional>

// fitnesstrack-cli routine list|show|export|import|copy|delete: parses its own options and
// calls core/plan; nothing (std::nullopt) when the command is not "routine".
std::optional<int> runRoutineCommand(const QStringList &arguments);

// fitnesstrack-cli session show|list, cycle list|start|end, metrics add|list: the training log
// (core/log); nothing when the command is none of these.
std::optional<int> runTrainingLogCommand(const QStringList &arguments);
