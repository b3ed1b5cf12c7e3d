#pragma once

#include "core/athletes/athletes.h"

#include <QAbstractTableModel>

namespace ft::core {
class Database;
}

namespace ft::ui {

// The athletes of the open database: one row per subject, with the user's identity and the
// profile. Shared by the athletes page and the current-athlete selector.
class AthleteTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        UsernameColumn,
        EmailColumn,
        SexColumn,
        BirthYearColumn,
        HeightColumn,
        PseudonymColumn,
        ColumnCount
    };
    enum Role { SubjectIdRole = Qt::UserRole + 1, PseudonymRole };

    explicit AthleteTableModel(QObject *parent = nullptr);

    // Reloads from the database (nullptr: empty). Returns the error message if loading failed.
    QString reload(core::Database *db);

    // One athlete as stored now: replaced in place (dataChanged) or appended (rowsInserted).
    void upsert(const core::Athlete &athlete);
    void remove(core::Id subjectId);

    const core::Athlete &athlete(int row) const { return m_athletes.at(row); }
    int rowOfSubject(core::Id subjectId) const;
    int rowOfPseudonym(const QString &pseudonym) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString sexLabel(const QString &value);

private:
    QList<core::Athlete> m_athletes;
};

} // namespace ft::ui
