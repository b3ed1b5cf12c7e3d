#pragma once

#include "core/db/entities.h"

#include "rowsync.h"

#include <QAbstractTableModel>

namespace ft::core {
class ChangeSet;
}

namespace ft::ui {

class Session;

// The current athlete's body metrics, newest day first: date, weight in the display unit, body
// fat, resting heart rate and notes. Follows the change notifier row by row.
class BodyMetricsModel : public RowSyncing<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        WeightColumn,
        BodyFatColumn,
        RestingHrColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit BodyMetricsModel(Session &session, QObject *parent = nullptr);

    // The entries of `subjectId` (0: none).
    void setAthlete(core::Id subjectId);
    core::Id athleteId() const { return m_subjectId; }
    void reload();

    const core::SubjectBodyMetrics *entryAt(int row) const;
    // The row of the entry measured on `day`, -1 when there is none.
    int rowOn(const QDate &day) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void changed(const core::ChangeSet &changes);
    QList<core::SubjectBodyMetrics> load() const;

    Session &m_session;
    core::Id m_subjectId = 0;
    QList<core::SubjectBodyMetrics> m_entries;
};

} // namespace ft::ui
