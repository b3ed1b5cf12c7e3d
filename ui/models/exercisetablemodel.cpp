#include "exercisetablemodel.h"

#include "enumlabels.h"

#include "core/catalog/catalogstore.h"
#include "core/db/database.h"

#include <QApplication>
#include <QCollator>
#include <QPalette>
#include <QSet>

#include <algorithm>

namespace ft::ui {

using core::EnumType;

ExerciseTableModel::ExerciseTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString ExerciseTableModel::reload(core::Database *db)
{
    QList<core::ExerciseDetails> exercises;
    QString error;
    if (db) {
        auto result = core::loadExercises(*db);
        if (result)
            exercises = std::move(*result);
        else
            error = result.error().message;
    }
    setExercises(std::move(exercises));
    return error;
}

ExerciseTableModel::Row ExerciseTableModel::makeRow(const core::ExerciseDetails &details)
{
    return { details, core::ExerciseSearchIndex::fold(details.exercise.name) };
}

void ExerciseTableModel::setExercises(QList<core::ExerciseDetails> exercises)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(exercises.size());
    for (const core::ExerciseDetails &d : std::as_const(exercises))
        m_rows.append(makeRow(d));
    endResetModel();
    rebuildDerived();
}

int ExerciseTableModel::upsert(const core::ExerciseDetails &details)
{
    int row = rowOfId(details.exercise.id);
    if (row >= 0) {
        m_rows[row] = makeRow(details);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(makeRow(details));
        endInsertRows();
    }
    rebuildDerived();
    return row;
}

void ExerciseTableModel::setActive(core::Id id, bool active)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    m_rows[row].details.exercise.isActive = active;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit contentChanged();
}

void ExerciseTableModel::remove(core::Id id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    rebuildDerived();
}

void ExerciseTableModel::rebuildDerived()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    QList<core::SearchEntry> entries;
    entries.reserve(m_rows.size());
    QHash<QString, QString> tags; // case-folded → as first seen
    for (int i = 0; i < m_rows.size(); ++i) {
        const core::ExerciseDetails &d = m_rows.at(i).details;
        m_rowById.insert(d.exercise.id, i);
        entries.append(d.searchEntry());
        for (const QString &tag : d.tags)
            tags.insert(tag.toCaseFolded(), tag);
    }
    m_index.build(entries);
    m_tags = tags.values();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(m_tags.begin(), m_tags.end(), collator);
    emit contentChanged();
}

int ExerciseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExerciseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

EnumType ExerciseTableModel::columnEnumType(int column)
{
    switch (column) {
    case PrimaryMuscleColumn:
        return EnumType::MuscleGroup;
    case EquipmentColumn:
        return EnumType::Equipment;
    case MechanicsColumn:
        return EnumType::Mechanics;
    case ForceColumn:
        return EnumType::ForceVector;
    case LevelColumn:
        return EnumType::Level;
    case MovementColumn:
        return EnumType::MovementPattern;
    default:
        return EnumType::None;
    }
}

QString ExerciseTableModel::columnTitle(int column)
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case PrimaryMuscleColumn:
        return tr("Primary muscle");
    case EquipmentColumn:
        return tr("Equipment");
    case MechanicsColumn:
        return tr("Mechanics");
    case ForceColumn:
        return tr("Force");
    case LevelColumn:
        return tr("Level");
    case MovementColumn:
        return tr("Movement");
    case ActiveColumn:
        return tr("Active");
    }
    return {};
}

QVariant ExerciseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ExerciseDetails &d = m_rows.at(index.row()).details;
    const core::Exercise &e = d.exercise;
    const int column = index.column();
    switch (role) {
    case IdRole:
        return e.id;
    case AliasesRole:
        return d.aliases;
    case TagsRole:
        return d.tags;
    case SecondaryMusclesRole:
        return d.secondaryMuscles;
    case Qt::ForegroundRole:
        // Inactive exercises are kept for their history: shown, but greyed.
        if (!e.isActive)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn && !d.aliases.isEmpty())
            return tr("Also known as: %1").arg(d.aliases.join(QStringLiteral(", ")));
        if (column == ActiveColumn && !e.isActive)
            return tr("Inactive: hidden when choosing exercises; its history is kept.");
        return {};
    case ValueRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case NameColumn:
        return e.name;
    case PrimaryMuscleColumn:
        return display ? enumLabel(EnumType::MuscleGroup, e.primaryMuscle) : e.primaryMuscle;
    case EquipmentColumn:
        return display ? enumLabel(EnumType::Equipment, e.equipment) : e.equipment;
    case MechanicsColumn:
        return display ? enumLabel(EnumType::Mechanics, e.mechanics) : e.mechanics;
    case ForceColumn:
        return display ? enumLabel(EnumType::ForceVector, e.force) : e.force;
    case LevelColumn:
        return display ? enumLabel(EnumType::Level, e.difficulty) : e.difficulty;
    case MovementColumn:
        return display ? enumLabel(EnumType::MovementPattern, e.movement) : e.movement;
    case ActiveColumn:
        if (!display)
            return e.isActive;
        return e.isActive ? tr("Yes") : tr("No");
    }
    return {};
}

QVariant ExerciseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

} // namespace ft::ui
