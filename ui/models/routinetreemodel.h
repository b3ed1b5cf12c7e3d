#pragma once

#include "core/plan/plannedvalues.h"
#include "core/plan/routinetree.h"
#include "core/result.h"

#include "rowsync.h"

#include <QAbstractItemModel>

#include <functional>
#include <optional>

namespace ft::core {
class ChangeSet;
}

namespace ft::ui {

class Session;

// One routine as a tree: its days (top level), each day's exercise slots, each slot's planned
// sets, one column per planned value. The model reads the database and never writes it: an edit
// (setData, a drop) goes through the session's commands, and the model follows the change
// notifier like every other model, so that an undo, a redo or another computer's edit shows the
// same way as the user's own. Rows keep their place across reloads: a changed value is a
// dataChanged, an added, removed or moved row a rowsInserted/rowsRemoved/rowsMoved.
class RoutineTreeModel : public RowSyncing<QAbstractItemModel>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        WarmupColumn,
        FailureColumn,
        WeightColumn,
        RepsColumn,
        RirColumn,
        RpeColumn,
        TempoColumn,
        RestColumn,
        NotesColumn,
        ColumnCount
    };
    enum class Level { Day, Slot, Set };
    enum Role {
        IdRole = Qt::UserRole + 1, // the row's id (routine_days, routine_day_exercises or
                                   // routine_exercise_sets)
        LevelRole,                 // int(Level)
    };

    // The MIME type of copied or dragged parts of a routine: JSON (routineclipboard.h).
    static QString mimeType();

    explicit RoutineTreeModel(Session &session, QObject *parent = nullptr);

    // Shows the routine `routineId` (0: none).
    void setRoutine(core::Id routineId);
    core::Id routineId() const { return m_tree ? m_tree->routine.id : 0; }
    const std::optional<core::plan::RoutineTree> &tree() const { return m_tree; }
    // Reads the routine again and turns the difference into row signals.
    void reload();

    static Level levelOf(const QModelIndex &index);
    static std::optional<core::plan::SetField> setFieldOf(int column);
    core::Id idOf(const QModelIndex &index) const;
    QModelIndex indexOf(Level level, core::Id id, int column = 0) const;
    const core::plan::RoutineTreeDay *dayAt(const QModelIndex &index) const;
    const core::plan::RoutineSlot *slotAt(const QModelIndex &index) const;
    const core::PlannedSet *setAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Text as the user typed it (weights in the display unit, tempo, rest as m:ss...) or a
    // check state. A refused value changes nothing; lastError() says why.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Why `text` would be refused in `index`'s cell (setData's rules, nothing written); none
    // when it would be taken.
    std::optional<core::Error> check(const QModelIndex &index, const QString &text) const;

    // Why the last edit or drop was refused.
    const core::Error &lastError() const { return m_lastError; }

signals:
    // An edit or a drop was refused: nothing was written.
    void refused(const ft::core::Error &error);
    // The routine's content changed (any edit): the summary follows.
    void treeChanged();

private:
    void changed(const core::ChangeSet &changes);
    void apply(core::plan::RoutineTree tree);
    bool fail(const core::Error &error);
    QVariant dayData(const core::plan::RoutineTreeDay &day, int column, int role) const;
    QVariant slotData(const core::plan::RoutineSlot &slot, int column, int role) const;
    QVariant setData(const core::PlannedSet &set, int column, int role) const;

    Session &m_session;
    std::optional<core::plan::RoutineTree> m_tree;
    core::Error m_lastError;
};

} // namespace ft::ui
