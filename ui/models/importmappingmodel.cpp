#include "importmappingmodel.h"

#include "enumlabels.h"

#include <QFont>

namespace ft::ui {

using core::import::MatchKind;

ImportMappingModel::ImportMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportMappingModel::setExerciseNames(QHash<core::Id, QString> names)
{
    beginResetModel();
    m_names = std::move(names);
    endResetModel();
}

void ImportMappingModel::setExercises(const QList<core::import::ImportedExercise> &exercises)
{
    beginResetModel();
    m_rows = exercises;
    endResetModel();
}

void ImportMappingModel::clearChoices()
{
    m_choices.clear();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ExerciseColumn), index(m_rows.size() - 1, MatchColumn));
}

int ImportMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

core::Id ImportMappingModel::targetOf(int row) const
{
    const auto &e = m_rows.at(row);
    const auto chosen = m_choices.constFind(e.sourceName);
    return chosen != m_choices.cend() ? *chosen : e.exerciseId;
}

bool ImportMappingModel::isNew(int row) const
{
    const auto &e = m_rows.at(row);
    const auto chosen = m_choices.constFind(e.sourceName);
    if (chosen != m_choices.cend())
        return *chosen == 0;
    return e.match == MatchKind::New;
}

QString ImportMappingModel::matchLabel(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Chosen:
        return tr("Your choice");
    case MatchKind::Remembered:
        return tr("As last time");
    case MatchKind::Name:
        return tr("Same name");
    case MatchKind::Alias:
        return tr("Alias");
    case MatchKind::Normalized:
        return tr("Same name, written differently");
    case MatchKind::Equipment:
        return tr("Name and equipment");
    case MatchKind::WordOrder:
        return tr("Same words, other order");
    case MatchKind::SideMarker:
        return tr("One side of it");
    case MatchKind::Typo:
        return tr("Spelling corrected");
    case MatchKind::New:
        return tr("No match");
    }
    return {};
}

QVariant ImportMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const auto &e = m_rows.at(row);
    const bool changed = m_choices.contains(e.sourceName);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SourceColumn:
            return e.sourceName;
        case SetsColumn:
            return e.sets;
        case ExerciseColumn:
            if (isNew(row))
                return tr("New exercise “%1”").arg(e.sourceName);
            return changed ? m_names.value(targetOf(row), tr("Exercise %1").arg(targetOf(row)))
                           : e.exerciseName;
        case MatchColumn:
            return changed ? matchLabel(MatchKind::Chosen) : matchLabel(e.match);
        case SuggestionsColumn: {
            QStringList offers;
            const QList<core::Id> ids = offered(row);
            for (int i = 0; i < ids.size(); ++i)
                offers.append(tr("%1: %2").arg(i + 1).arg(
                    m_names.value(ids.at(i), tr("Exercise %1").arg(ids.at(i)))));
            return offers.join(QStringLiteral("   "));
        }
        }
        return {};
    case Qt::EditRole:
        if (index.column() == ExerciseColumn)
            return qlonglong(targetOf(row));
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == ExerciseColumn && isNew(row) && !changed && e.created) {
            const auto &x = e.created->exercise;
            return tr("Created as %1, %2, %3. Double-click to pick an existing exercise instead.")
                .arg(enumLabel(core::EnumType::MuscleGroup, x.primaryMuscle),
                     enumLabel(core::EnumType::Equipment, x.equipment),
                     enumLabel(core::EnumType::Mechanics, x.mechanics));
        }
        if (index.column() == ExerciseColumn)
            return tr("Double-click or press F2 to pick another exercise.");
        if (index.column() == MatchColumn && e.match == MatchKind::New && !e.reason.isEmpty())
            return tr("No exercise taken: %1.").arg(e.reason);
        if (index.column() == SuggestionsColumn && !offered(row).isEmpty())
            return tr("Press 1, 2 or 3 to import the name as that exercise.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SetsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == ExerciseColumn && isNew(row)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ExerciseIdRole:
        return qlonglong(targetOf(row));
    case SuggestionsRole: {
        QList<qlonglong> ids;
        for (core::Id id : e.suggestions)
            ids.append(id);
        if (e.match != MatchKind::New && e.exerciseId && !ids.contains(e.exerciseId))
            ids.prepend(e.exerciseId); // what the matcher found stays one step away
        return QVariant::fromValue(ids);
    }
    case SourceNameRole:
        return e.sourceName;
    case IsNewRole:
        return isNew(row);
    }
    return {};
}

bool ImportMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ExerciseColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const core::Id id = value.toLongLong(&ok);
    if (!ok || id < 0 || (id != 0 && !m_names.contains(id)))
        return false;
    const auto &e = m_rows.at(index.row());
    // Picking what the preview found anyway is no choice: the row goes back to the matcher.
    const bool asFound = e.match == MatchKind::New ? id == 0 : id == e.exerciseId;
    if (asFound && e.match != MatchKind::Chosen)
        m_choices.remove(e.sourceName);
    else
        m_choices.insert(e.sourceName, id);
    emit dataChanged(this->index(index.row(), ExerciseColumn),
                     this->index(index.row(), MatchColumn));
    return true;
}

QList<core::Id> ImportMappingModel::offered(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).match != MatchKind::New)
        return {};
    return m_rows.at(row).suggestions.mid(0, 3);
}

bool ImportMappingModel::chooseOffered(int row, int n)
{
    const QList<core::Id> ids = offered(row);
    if (n < 1 || n > ids.size())
        return false;
    return setData(index(row, ExerciseColumn), qlonglong(ids.at(n - 1)));
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ExerciseColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceColumn:
        return tr("Name in the file");
    case SetsColumn:
        return tr("Sets");
    case ExerciseColumn:
        return tr("Imported as");
    case MatchColumn:
        return tr("Matched by");
    case SuggestionsColumn:
        return tr("Closest exercises");
    }
    return {};
}

} // namespace ft::ui
