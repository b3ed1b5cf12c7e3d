#pragma once

#include "core/exchange/import/importer.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ft::ui {

// The imports of the open database, newest first: when, into whom, from which file, what they
// added, and whether they were undone.
class ImportBatchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ImportedAtColumn,
        AthleteColumn,
        FileColumn,
        FormatColumn,
        WorkoutsColumn,
        SetsColumn,
        ExercisesColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { BatchIdRole = Qt::UserRole + 1, IsUndoneRole };

    explicit ImportBatchModel(QObject *parent = nullptr);

    // What the athlete selector shows, by subject id.
    void setAthleteNames(QHash<core::Id, QString> athleteNames);
    void setBatches(QList<core::import::ImportBatch> batches);
    const core::import::ImportBatch &batch(int row) const { return m_batches.at(row); }
    int rowOfBatch(core::Id batchId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<core::import::ImportBatch> m_batches;
    QHash<core::Id, QString> m_athleteNames;
};

} // namespace ft::ui
