#pragma once

#include "core/log/traininglog.h"

#include "rowsync.h"

#include <QAbstractTableModel>

namespace ft::ui {

class Session;

// The sessions of one month of the History page with their plan-versus-actual figures
// (core/log/adherence.h), one row per session by date. setSessions() brings the rows to a new
// list row by row, so the view keeps its current row when a session changes.
inline core::Id idOfSession(const core::log::SessionSummary &s)
{
    return s.session.id;
}

class SessionListModel : public RowTable<core::log::SessionSummary, idOfSession>
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        RoutineColumn,
        CycleColumn,
        StatusColumn,
        SetsColumn,
        LoadColumn,
        RepsColumn,
        UnplannedColumn,
        TutColumn,
        TonnageColumn,
        FatigueColumn,
        BodyWeightColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, DateRole };

    explicit SessionListModel(Session &session, QObject *parent = nullptr);

    void setSessions(const QList<core::log::SessionSummary> &sessions);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "87 %" for a ratio of 0.87; empty for none. Shared with the cycle list.
    static QString percent(const std::optional<double> &ratio);

private:
    QVariant display(const core::log::SessionSummary &s, int column) const;

    Session &m_session;
};

} // namespace ft::ui
