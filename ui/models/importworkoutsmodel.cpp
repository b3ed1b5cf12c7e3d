#include "importworkoutsmodel.h"

#include <QLocale>

namespace ft::ui {

ImportWorkoutsModel::ImportWorkoutsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportWorkoutsModel::setReport(const core::import::ImportReport &report)
{
    beginResetModel();
    m_rows = report.workoutRows;
    endResetModel();
}

int ImportWorkoutsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportWorkoutsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportWorkoutsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::import::WorkoutSummary &w = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return w.date.isValid() ? QLocale().toString(w.date, QLocale::ShortFormat)
                                    : tr("No date");
        case NameColumn:
            return w.title.isEmpty() ? tr("(no name)") : w.title;
        case SetsColumn:
            return w.setsDuplicate > 0
                ? tr("%1 (+%2 already there)")
                      .arg(QLocale().toString(w.sets), QLocale().toString(w.setsDuplicate))
                : QLocale().toString(w.sets);
        case ExercisesColumn:
            return w.exercises;
        case NewExercisesColumn:
            return w.newExercises;
        case IssuesColumn:
            return w.issues;
        }
        return {};
    case Qt::EditRole: // what the columns sort by
        switch (index.column()) {
        case DateColumn:
            return w.date;
        case SetsColumn:
            return w.sets;
        }
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == IssuesColumn && w.issues > 0)
            return tr("Rows skipped or values to check on lines %1 to %2: see the list below.")
                .arg(w.line)
                .arg(w.lastLine);
        if (index.column() == NewExercisesColumn && w.newExercises > 0)
            return tr("Exercises this import creates; pick existing ones on the previous page.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= SetsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case LineRole:
        return w.line;
    }
    return {};
}

QVariant ImportWorkoutsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case NameColumn:
        return tr("Workout");
    case SetsColumn:
        return tr("Sets");
    case ExercisesColumn:
        return tr("Exercises");
    case NewExercisesColumn:
        return tr("New exercises");
    case IssuesColumn:
        return tr("Issues");
    }
    return {};
}

} // namespace ft::ui
