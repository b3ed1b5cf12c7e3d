#include "importbatchmodel.h"

#include <QLocale>

namespace ft::ui {

ImportBatchModel::ImportBatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportBatchModel::setAthleteNames(QHash<core::Id, QString> athleteNames)
{
    m_athleteNames = std::move(athleteNames);
    if (!m_batches.isEmpty())
        emit dataChanged(index(0, AthleteColumn), index(rowCount() - 1, AthleteColumn));
}

void ImportBatchModel::setBatches(QList<core::import::ImportBatch> batches)
{
    beginResetModel();
    m_batches = std::move(batches);
    endResetModel();
}

int ImportBatchModel::rowOfBatch(core::Id batchId) const
{
    for (int row = 0; row < m_batches.size(); ++row) {
        if (m_batches.at(row).id == batchId)
            return row;
    }
    return -1;
}

int ImportBatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportBatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportBatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &b = m_batches.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ImportedAtColumn:
            return locale.toString(b.importedAt.toLocalTime(), QLocale::ShortFormat);
        case AthleteColumn:
            return m_athleteNames.value(b.subjectId, tr("Athlete %1").arg(b.subjectId));
        case FileColumn:
            return b.sourceName;
        case FormatColumn: {
            const auto format = core::import::formatFromName(b.format);
            return format ? core::import::formatDisplayName(*format) : b.format;
        }
        case WorkoutsColumn:
            return b.workouts;
        case SetsColumn:
            return b.setsImported;
        case ExercisesColumn:
            return b.exercisesNew;
        case StatusColumn:
            return b.undoneAt
                ? tr("Undone %1")
                      .arg(locale.toString(b.undoneAt->toLocalTime(), QLocale::ShortFormat))
                : tr("In the database");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= WorkoutsColumn && index.column() <= ExercisesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FileColumn && !b.fingerprint.isEmpty())
            return tr("SHA-256 %1").arg(b.fingerprint);
        return {};
    case BatchIdRole:
        return qlonglong(b.id);
    case IsUndoneRole:
        return b.undoneAt.has_value();
    }
    return {};
}

QVariant ImportBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ImportedAtColumn:
        return tr("Imported");
    case AthleteColumn:
        return tr("Athlete");
    case FileColumn:
        return tr("File");
    case FormatColumn:
        return tr("Format");
    case WorkoutsColumn:
        return tr("Workouts");
    case SetsColumn:
        return tr("Sets");
    case ExercisesColumn:
        return tr("New exercises");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace ft::ui
