#pragma once

#include "core/plan/routinetree.h"

#include "rowsync.h"

#include <QAbstractTableModel>

namespace ft::core {
class ChangeSet;
}

namespace ft::ui {

class Session;

// The current athlete's routines with what they hold: name, active, days, planned sets and the
// cycles run. Follows the change notifier row by row.
class RoutineListModel : public RowSyncing<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column { NameColumn, ActiveColumn, DaysColumn, SetsColumn, CyclesColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit RoutineListModel(Session &session, QObject *parent = nullptr);

    // The routines of `subjectId` (0: none).
    void setAthlete(core::Id subjectId);
    core::Id athleteId() const { return m_subjectId; }
    void reload();

    const core::plan::RoutineSummary *routineAt(int row) const;
    int rowOf(core::Id routineId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void changed(const core::ChangeSet &changes);

    Session &m_session;
    core::Id m_subjectId = 0;
    QList<core::plan::RoutineSummary> m_routines;
};

} // namespace ft::ui
