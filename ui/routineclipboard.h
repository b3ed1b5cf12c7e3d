#pragma once

#include "models/routinetreemodel.h"

#include "core/plan/routinefragment.h"
#include "core/result.h"

#include <optional>

class QMimeData;

namespace ft::ui {

class Session;

// Copy, cut, paste and drag and drop of routine parts (core/plan/routinefragment.h) between
// the routine tree, other routines and athletes, and other running apps.
namespace RoutineClipboard {

QString mimeType();

// The fragment of the selected rows: those of the highest level among them (a day and one of
// its sets selected: the day), in tree order. Empty selection: none.
std::optional<core::plan::RoutineFragment> fragmentOf(const RoutineTreeModel &model,
                                                      const QModelIndexList &rows);
QMimeData *toMimeData(const core::plan::RoutineFragment &fragment, const Session &session);
// The level of a fragment in `data`, without reading all of it; none for foreign content.
std::optional<RoutineTreeModel::Level> levelOf(const QMimeData *data);

// Where rows of `level` land when dropped at `row` under `parent` (QAbstractItemModel's drop
// arguments), or pasted there: the container (routine, day or slot) and the 1-based position.
struct Target
{
    core::Id containerId = 0;
    int position = 0; // 0: at the end
};
std::optional<Target> dropTarget(const RoutineTreeModel &model, RoutineTreeModel::Level level,
                                 int row, const QModelIndex &parent);
// Where a paste goes for the current index: after it at its own level when the fragment is of
// that level, else into it.
std::optional<std::pair<int, QModelIndex>> pastePlace(const RoutineTreeModel &model,
                                                      RoutineTreeModel::Level level,
                                                      const QModelIndex &current);

// Drops (or pastes) `data`: a move within one database moves the rows (their ids stay); a copy,
// or rows from another database, writes copies. One undo step.
core::Status drop(Session &session, const RoutineTreeModel &model, const QMimeData *data,
                  Qt::DropAction action, int row, const QModelIndex &parent);

} // namespace RoutineClipboard

} // namespace ft::ui
