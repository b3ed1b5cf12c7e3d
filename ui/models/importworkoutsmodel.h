#pragma once

#include "core/exchange/import/importer.h"

#include <QAbstractTableModel>
#include <QList>

namespace ft::ui {

// The workouts of an import preview, one row each in the file's order: the day, the name, the
// sets it adds (and those already there), its exercises, how many of them are new, and how many
// skipped rows and values to check are on its lines (the issues list below has them by line).
class ImportWorkoutsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        NameColumn,
        SetsColumn,
        ExercisesColumn,
        NewExercisesColumn,
        IssuesColumn,
        ColumnCount
    };
    enum Role { LineRole = Qt::UserRole + 1 }; // the workout's first line

    explicit ImportWorkoutsModel(QObject *parent = nullptr);

    void setReport(const core::import::ImportReport &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<core::import::WorkoutSummary> m_rows;
};

} // namespace ft::ui
