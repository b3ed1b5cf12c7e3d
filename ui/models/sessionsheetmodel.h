#pragma once

#include "core/log/traininglog.h"
#include "core/result.h"

#include "rowsync.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <functional>

#include <optional>

namespace ft::core {
class ChangeSet;
}

namespace ft::ui {

class Session;

// One workout session as a tree: its exercises (top level, plan order, then unplanned ones),
// each exercise's rows (a planned set with its log, a planned set not logged yet, or a log
// without a plan). The model reads core::log::loadSessionSheet and follows the change notifier
// row by row like every other model; its writes (confirm, add, skip, delete, an edit of a
// logged set) go through commands::editSession, so each is one undoable step.
//
// A pending planned row shows the plan as defaults (greyed). What the athlete types into such a
// row is kept here as a draft, not written, until the row is confirmed: the confirmation logs
// log::entryFromPlan with the typed values over it.
class SessionSheetModel : public RowSyncing<QAbstractItemModel>
{
    Q_OBJECT

public:
    enum Column {
        SetColumn,
        TargetColumn,
        WeightColumn,
        RepsColumn,
        RirColumn,
        RpeColumn,
        TempoColumn,
        RestColumn,
        WarmupColumn,
        FailureColumn,
        NotesColumn,
        VersusPlanColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        LogIdRole = Qt::UserRole + 1, // the set log's id, 0 when not logged
        PlannedIdRole,                // the planned set's id, 0 for an unplanned set
        ExerciseIdRole,
        PendingRole, // a planned set not logged yet
    };

    explicit SessionSheetModel(Session &session, QObject *parent = nullptr);

    // Shows the session `sessionId` (0: none).
    void setSessionId(core::Id sessionId);
    core::Id sessionId() const { return m_sheet ? m_sheet->session.id : 0; }
    const std::optional<core::log::SessionSheet> &sheet() const { return m_sheet; }
    // Reads the session again and turns the difference into row signals.
    void reload();

    static bool isExerciseRow(const QModelIndex &index);
    const core::log::SessionExercise *exerciseAt(const QModelIndex &index) const;
    const core::log::SetPair *pairAt(const QModelIndex &index) const;
    bool isPending(const QModelIndex &index) const;
    QModelIndex indexOfLog(core::Id logId, int column = 0) const;
    QModelIndex indexOfPlanned(core::Id plannedSetId, int column = 0) const;
    // The first pending row after `from` (in view order; an exercise row counts as before its
    // sets), else the first pending row; invalid when nothing is pending.
    QModelIndex nextPending(const QModelIndex &from) const;

    // What confirming the pending row `index` logs: the plan's defaults with the typed values.
    core::log::SetEntry draftOf(const QModelIndex &index) const;
    // The athlete typed a rest into the pending row `index`.
    bool restTyped(const QModelIndex &index) const;

    // Logs the pending row `index` as shown; `measuredRestS` is its rest unless one was typed.
    core::Result<core::SetLog> confirm(const QModelIndex &index, std::optional<int> measuredRestS);
    // Logs a set of the exercise of `index` without a plan, with the values of the row
    // `index` (after it when that row is logged, else at the end of the exercise).
    core::Result<core::SetLog> addSet(const QModelIndex &index);
    // Logs a first set of `exerciseId` (last time's first working set as values, if any).
    core::Result<core::SetLog> addExercise(core::Id exerciseId);
    core::Result<core::SetLog> skip(const QModelIndex &index);
    core::Status remove(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Text as the user typed it (weight in the display unit, tempo, rest as m:ss...) or a check
    // state: the draft of a pending row, else an update of the logged set. A refused value
    // changes nothing; lastError() says why.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Why `text` would be refused in `index`'s cell, naming the set log's column; none when it
    // would be taken. Nothing is written.
    std::optional<core::Error> check(const QModelIndex &index, const QString &text) const;
    const core::Error &lastError() const { return m_lastError; }

    // "+1 rep, −2.5 kg": a comparison as the athlete reads it (empty when nothing differs).
    QString differenceText(const core::log::SetComparison &comparison) const;

signals:
    void refused(const ft::core::Error &error);
    // The session's rows or figures changed (any write, undo, or another computer).
    void sheetChanged();

private:
    void changed(const core::ChangeSet &changes);
    // Reloads with last time and best kept when `changes` touched only this session's own sets
    // (which come after those figures' day); reads them again otherwise.
    void reloadAfter(const core::ChangeSet &changes);
    void apply(core::log::SessionSheet sheet);
    bool fail(const core::Error &error);
    QModelIndex findRow(const std::function<bool(const core::log::SetPair &)> &matches,
                        int column) const;
    core::Result<core::log::SetEntry> withText(core::log::SetEntry entry, int column,
                                               const QString &text) const;
    core::Result<core::SetLog> logEntry(const core::log::SetEntry &entry,
                                        std::optional<core::Id> afterLogId, const QString &what);
    QVariant setRowData(const core::log::SessionExercise &exercise, const core::log::SetPair &pair,
                        int column, int role) const;
    QVariant exerciseRowData(const core::log::SessionExercise &exercise, int column,
                             int role) const;
    QString cellText(const core::log::SetEntry &entry, int column) const;
    QString targetText(const core::PlannedSet &planned) const;

    Session &m_session;
    std::optional<core::log::SessionSheet> m_sheet;
    // Typed values of pending planned rows (by planned set id) and which columns were typed.
    QHash<core::Id, core::log::SetEntry> m_drafts;
    QHash<core::Id, QSet<int>> m_typed;
    core::Error m_lastError;
};

// The values of a logged set as an entry (what updateSet takes back).
core::log::SetEntry entryOf(const core::SetLog &log);

} // namespace ft::ui
