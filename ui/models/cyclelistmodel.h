#pragma once

#include "core/log/traininglog.h"

#include "rowsync.h"

#include <QAbstractTableModel>

namespace ft::ui {

// The athlete's cycles, newest start first, with the cycle figures (core/log/adherence.h):
// sessions done / planned routine days, missed days, sets done / planned, load and reps
// adherence. setCycles() brings the rows to a new list row by row.
inline core::Id idOfCycle(const core::log::CycleSummary &c)
{
    return c.cycle.id;
}

class CycleListModel : public RowTable<core::log::CycleSummary, idOfCycle>
{
    Q_OBJECT

public:
    enum Column {
        RoutineColumn,
        NumberColumn,
        StartedColumn,
        EndedColumn,
        SessionsColumn,
        MissedColumn,
        SetsColumn,
        LoadColumn,
        RepsColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    using RowTable::RowTable;

    void setCycles(const QList<core::log::CycleSummary> &cycles);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const core::log::CycleSummary &c, int column) const;
};

} // namespace ft::ui
