#pragma once

#include "core/enums.h"
#include "core/stats/progress.h"

#include <QList>
#include <QString>

#include <utility>

// What a person reads for the seed's enum values: "Horizontal push" for HORIZONTAL_PUSH, "EZ bar"
// for EZ_BAR. One table (enumlabels.cpp) of translatable labels, used by every view, filter and
// editor that shows an enum; the stored upper-case values never reach the screen.

namespace ft::ui {

// The label of `value`, translated; the value itself when the table has none (a value a newer
// schema added), and an empty text for an empty value.
QString enumLabel(core::EnumType type, const QString &value);

// Every value of `type` in the seed's order, as (label, value) pairs: what a combo box lists.
QList<std::pair<QString, QString>> enumItems(core::EnumType type);

// What a record is of: "Heaviest load", "Best e1RM", "Best set volume", "5RM".
QString recordLabel(const core::stats::RecordPoint &record);

} // namespace ft::ui
