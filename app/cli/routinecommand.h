#pragma once

#include <QStringList>

#include <optional>

// fitnesstrack-cli routine list|show|export|import|copy|delete: parses its own options and
// calls core/plan; nothing (std::nullopt) when the command is not "routine".
std::optional<int> runRoutineCommand(const QStringList &arguments);
