#include "routinetreemodel.h"

#include "commands/commands.h"
#include "routineclipboard.h"
#include "session.h"
#include "weightformat.h"

#include "core/changes/changenotifier.h"
#include "core/changes/scopes.h"
#include "core/db/database.h"
#include "core/plan/routineedit.h"

#include <QFont>
#include <QMimeData>

namespace ft::ui {

using core::Id;
using core::PlannedSet;
using core::plan::RoutineSlot;
using core::plan::RoutineTree;
using core::plan::RoutineTreeDay;
using core::plan::SetField;

namespace {

// An index's internal id names its parent: 0 for a day (the root's child), dayRow + 1 for a
// slot, dayRow + 1 + (slotRow + 1) << 20 for a set. Rows survive reloads, ids would not fit.
constexpr int slotShift = 20;
constexpr quintptr rowMask = (quintptr(1) << slotShift) - 1;

QString optionalText(const std::optional<QString> &text)
{
    return text.value_or(QString());
}

} // namespace

QString RoutineTreeModel::mimeType()
{
    return RoutineClipboard::mimeType();
}

RoutineTreeModel::RoutineTreeModel(Session &session, QObject *parent)
    : RowSyncing(parent)
    , m_session(session)
{
    connect(session.notifier(), &core::ChangeNotifier::changed, this,
            [this](const core::ChangeSet &changes) { changed(changes); });
    connect(session.notifier(), &core::ChangeNotifier::everythingChanged, this,
            &RoutineTreeModel::reload);
    connect(&session, &Session::preferencesChanged, this, [this] {
        // Weights show in the new unit.
        if (rowCount() > 0)
            emit dataChanged(index(0, WeightColumn), index(rowCount() - 1, WeightColumn));
        for (int d = 0; d < rowCount(); ++d) {
            const QModelIndex day = index(d, 0);
            for (int s = 0; s < rowCount(day); ++s) {
                const QModelIndex slot = index(s, 0, day);
                if (const int n = rowCount(slot))
                    emit dataChanged(index(0, WeightColumn, slot),
                                     index(n - 1, WeightColumn, slot));
            }
        }
    });
}

void RoutineTreeModel::setRoutine(Id routineId)
{
    beginResetModel();
    m_tree.reset();
    if (routineId && m_session.database()) {
        if (auto tree = core::plan::loadRoutineTree(*m_session.database(), routineId))
            m_tree = std::move(*tree);
    }
    endResetModel();
    emit treeChanged();
}

void RoutineTreeModel::changed(const core::ChangeSet &changes)
{
    using core::Entity;
    if (!m_tree)
        return;
    if (changes.everything()) {
        reload();
        return;
    }
    bool concerned = false;
    for (Entity e : { Entity::Routine, Entity::RoutineDay, Entity::RoutineSlot, Entity::PlannedSet,
                      Entity::Exercise }) {
        const auto &c = changes.of(e);
        concerned = concerned || !c.added.isEmpty() || !c.removed.isEmpty() || !c.edited.isEmpty();
    }
    if (concerned)
        reload();
}

void RoutineTreeModel::reload()
{
    if (!m_tree)
        return;
    core::Database *db = m_session.database();
    auto tree = db ? core::plan::loadRoutineTree(*db, m_tree->routine.id)
                   : core::Result<RoutineTree>(core::Error());
    if (!tree) {
        // The routine is gone (deleted, here or elsewhere) or the database with it.
        beginResetModel();
        m_tree.reset();
        endResetModel();
        emit treeChanged();
        return;
    }
    apply(std::move(*tree));
    emit treeChanged();
}

// Brings m_tree to `tree` one parent at a time: removed rows go, new rows come, moved rows move,
// changed rows say so. Views keep their expanded rows and selection.
void RoutineTreeModel::apply(RoutineTree tree)
{
    if (!m_tree || m_tree->routine.id != tree.routine.id) {
        beginResetModel();
        m_tree = std::move(tree);
        endResetModel();
        return;
    }
    const auto rowChanged = [this](const QModelIndex &row) {
        emit dataChanged(row.siblingAtColumn(0), row.siblingAtColumn(ColumnCount - 1));
    };
    m_tree->routine = tree.routine;
    syncChildren(
        QModelIndex(), m_tree->days, tree.days, [](const RoutineTreeDay &d) { return d.row.id; },
        [&](int dayRow, RoutineTreeDay &day, const RoutineTreeDay &wantedDay) {
            const QModelIndex dayIndex = index(dayRow, 0);
            if (!sameRow(day.row, wantedDay.row)) {
                day.row = wantedDay.row;
                rowChanged(dayIndex);
            }
            syncChildren(
                dayIndex, day.exerciseSlots, wantedDay.exerciseSlots,
                [](const RoutineSlot &s) { return s.row.id; },
                [&](int slotRow, RoutineSlot &slot, const RoutineSlot &wantedSlot) {
                    const QModelIndex slotIndex = index(slotRow, 0, dayIndex);
                    if (!sameRow(slot.row, wantedSlot.row)
                        || slot.exerciseName != wantedSlot.exerciseName) {
                        slot.row = wantedSlot.row;
                        slot.exerciseName = wantedSlot.exerciseName;
                        rowChanged(slotIndex);
                    }
                    syncChildren(
                        slotIndex, slot.sets, wantedSlot.sets,
                        [](const PlannedSet &s) { return s.id; },
                        [&](int setRow, PlannedSet &set, const PlannedSet &wantedSet) {
                            if (!sameRow(set, wantedSet)) {
                                set = wantedSet;
                                rowChanged(index(setRow, 0, slotIndex));
                            }
                        });
                });
        });
}

// ---- Addressing --------------------------------------------------------------------------------

RoutineTreeModel::Level RoutineTreeModel::levelOf(const QModelIndex &index)
{
    const quintptr id = index.internalId();
    if (id == 0)
        return Level::Day;
    return (id >> slotShift) == 0 ? Level::Slot : Level::Set;
}

std::optional<SetField> RoutineTreeModel::setFieldOf(int column)
{
    switch (column) {
    case WarmupColumn:
        return SetField::IsWarmup;
    case FailureColumn:
        return SetField::ToFailure;
    case WeightColumn:
        return SetField::WeightKg;
    case RepsColumn:
        return SetField::Reps;
    case RirColumn:
        return SetField::Rir;
    case RpeColumn:
        return SetField::Rpe;
    case TempoColumn:
        return SetField::Tempo;
    case RestColumn:
        return SetField::RestSeconds;
    case NotesColumn:
        return SetField::Notes;
    default:
        return std::nullopt;
    }
}

const RoutineTreeDay *RoutineTreeModel::dayAt(const QModelIndex &index) const
{
    if (!m_tree || !index.isValid())
        return nullptr;
    const quintptr id = index.internalId();
    const qsizetype dayRow = id == 0 ? index.row() : qsizetype(id & rowMask) - 1;
    if (dayRow < 0 || dayRow >= m_tree->days.size())
        return nullptr;
    return &m_tree->days.at(dayRow);
}

const RoutineSlot *RoutineTreeModel::slotAt(const QModelIndex &index) const
{
    const RoutineTreeDay *day = dayAt(index);
    if (!day || levelOf(index) == Level::Day)
        return nullptr;
    const qsizetype slotRow = levelOf(index) == Level::Slot
        ? index.row()
        : qsizetype(index.internalId() >> slotShift) - 1;
    if (slotRow < 0 || slotRow >= day->exerciseSlots.size())
        return nullptr;
    return &day->exerciseSlots.at(slotRow);
}

const PlannedSet *RoutineTreeModel::setAt(const QModelIndex &index) const
{
    const RoutineSlot *slot = slotAt(index);
    if (!slot || levelOf(index) != Level::Set || index.row() >= slot->sets.size())
        return nullptr;
    return &slot->sets.at(index.row());
}

Id RoutineTreeModel::idOf(const QModelIndex &index) const
{
    switch (levelOf(index)) {
    case Level::Day:
        if (const auto *day = dayAt(index))
            return day->row.id;
        break;
    case Level::Slot:
        if (const auto *slot = slotAt(index))
            return slot->row.id;
        break;
    case Level::Set:
        if (const auto *set = setAt(index))
            return set->id;
        break;
    }
    return 0;
}

QModelIndex RoutineTreeModel::indexOf(Level level, Id id, int column) const
{
    if (!m_tree)
        return {};
    for (qsizetype d = 0; d < m_tree->days.size(); ++d) {
        const RoutineTreeDay &day = m_tree->days.at(d);
        const QModelIndex dayIndex = index(int(d), 0);
        if (level == Level::Day && day.row.id == id)
            return dayIndex.siblingAtColumn(column);
        for (qsizetype s = 0; s < day.exerciseSlots.size(); ++s) {
            const RoutineSlot &slot = day.exerciseSlots.at(s);
            const QModelIndex slotIndex = index(int(s), 0, dayIndex);
            if (level == Level::Slot && slot.row.id == id)
                return slotIndex.siblingAtColumn(column);
            if (level != Level::Set)
                continue;
            for (qsizetype k = 0; k < slot.sets.size(); ++k) {
                if (slot.sets.at(k).id == id)
                    return index(int(k), column, slotIndex);
            }
        }
    }
    return {};
}

QModelIndex RoutineTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    switch (levelOf(parent)) {
    case Level::Day:
        return createIndex(row, column, quintptr(parent.row() + 1));
    case Level::Slot:
        return createIndex(
            row, column, quintptr(parent.internalId()) | (quintptr(parent.row() + 1) << slotShift));
    case Level::Set:
        break;
    }
    return {};
}

QModelIndex RoutineTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    switch (levelOf(child)) {
    case Level::Day:
        return {};
    case Level::Slot:
        return createIndex(int(id - 1), 0, quintptr(0));
    case Level::Set:
        return createIndex(int((id >> slotShift) - 1), 0, id & rowMask);
    }
    return {};
}

int RoutineTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_tree)
        return 0;
    if (!parent.isValid())
        return int(m_tree->days.size());
    if (parent.column() != 0)
        return 0;
    switch (levelOf(parent)) {
    case Level::Day:
        if (const auto *day = dayAt(parent))
            return int(day->exerciseSlots.size());
        return 0;
    case Level::Slot:
        if (const auto *slot = slotAt(parent))
            return int(slot->sets.size());
        return 0;
    case Level::Set:
        return 0;
    }
    return 0;
}

int RoutineTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

// ---- Reading -----------------------------------------------------------------------------------

QVariant RoutineTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case NameColumn:
        return tip ? tr("Days, their exercises and the planned sets") : tr("Plan");
    case WarmupColumn:
        return tip ? tr("Warm-up set: not counted as a working set") : tr("Warm-up");
    case FailureColumn:
        return tip ? tr("Taken to failure") : tr("Failure");
    case WeightColumn:
        return tip ? tr("Target load in %1").arg(m_session.weightFormat().unitSuffix())
                   : tr("Weight (%1)").arg(m_session.weightFormat().unitSuffix());
    case RepsColumn:
        return tip ? tr("Target repetitions") : tr("Reps");
    case RirColumn:
        return tip ? tr("Target repetitions in reserve") : tr("RIR");
    case RpeColumn:
        return tip ? tr("Target rate of perceived exertion, 1 to 10 in steps of 0.5") : tr("RPE");
    case TempoColumn:
        return tip ? tr("Eccentric, pause, concentric, pause in seconds (X: explosive), "
                        "e.g. 3-1-X-0")
                   : tr("Tempo");
    case RestColumn:
        return tip ? tr("Rest after the set, m:ss or seconds") : tr("Rest");
    case NotesColumn:
        return tip ? tr("Notes") : tr("Notes");
    default:
        return {};
    }
}

QVariant RoutineTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == LevelRole)
        return int(levelOf(index));
    if (role == IdRole)
        return idOf(index);
    switch (levelOf(index)) {
    case Level::Day:
        if (const auto *day = dayAt(index))
            return dayData(*day, index.column(), role);
        break;
    case Level::Slot:
        if (const auto *slot = slotAt(index))
            return slotData(*slot, index.column(), role);
        break;
    case Level::Set:
        if (const auto *set = setAt(index))
            return setData(*set, index.column(), role);
        break;
    }
    return {};
}

QVariant RoutineTreeModel::dayData(const RoutineTreeDay &day, int column, int role) const
{
    const core::RoutineDay &row = day.row;
    if (column == NameColumn) {
        if (role == Qt::EditRole)
            return optionalText(row.title);
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            QString text = row.title && !row.title->isEmpty()
                ? tr("Day %1: %2").arg(row.dayIndex).arg(*row.title)
                : tr("Day %1").arg(row.dayIndex);
            if (row.isRest)
                text += tr(" (rest day)");
            return text;
        }
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ToolTipRole)
            return tr("Double-click or F2 to change the day's title");
    }
    if (column == NotesColumn && (role == Qt::DisplayRole || role == Qt::EditRole))
        return optionalText(row.notes);
    return {};
}

QVariant RoutineTreeModel::slotData(const RoutineSlot &slot, int column, int role) const
{
    if (column == NameColumn) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return tr("%1. %2").arg(slot.row.position).arg(slot.exerciseName);
        if (role == Qt::EditRole)
            return slot.row.exerciseId;
        if (role == Qt::ToolTipRole)
            return tr("Double-click or F2 to choose another exercise");
    }
    if (column == NotesColumn && (role == Qt::DisplayRole || role == Qt::EditRole))
        return optionalText(slot.row.notes);
    return {};
}

QVariant RoutineTreeModel::setData(const PlannedSet &set, int column, int role) const
{
    const bool display = role == Qt::DisplayRole || role == Qt::AccessibleTextRole;
    const bool edit = role == Qt::EditRole;
    if (role == Qt::TextAlignmentRole && column >= WeightColumn && column <= RestColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    switch (column) {
    case NameColumn:
        if (display)
            return set.isWarmup ? tr("Warm-up %1").arg(set.setIndex)
                                : tr("Set %1").arg(set.setIndex);
        break;
    case WarmupColumn:
        if (role == Qt::CheckStateRole)
            return set.isWarmup ? Qt::Checked : Qt::Unchecked;
        break;
    case FailureColumn:
        if (role == Qt::CheckStateRole)
            return set.toFailure ? Qt::Checked : Qt::Unchecked;
        break;
    case WeightColumn:
        if ((display || edit) && set.targetWeightKg)
            return m_session.weightFormat().format(*set.targetWeightKg, false);
        break;
    case RepsColumn:
        if ((display || edit) && set.targetReps)
            return QString::number(*set.targetReps);
        break;
    case RirColumn:
        if ((display || edit) && set.targetRir)
            return QString::number(*set.targetRir);
        break;
    case RpeColumn:
        if ((display || edit) && set.targetRpe)
            return core::plan::formatNumber(*set.targetRpe);
        break;
    case TempoColumn:
        if (display || edit)
            return optionalText(set.targetTempo);
        break;
    case RestColumn:
        if ((display || edit) && set.targetRestS)
            return core::plan::formatRest(*set.targetRestS);
        break;
    case NotesColumn:
        if (display || edit)
            return optionalText(set.notes);
        break;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags RoutineTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f =
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    const int column = index.column();
    switch (levelOf(index)) {
    case Level::Day:
    case Level::Slot:
        if (column == NameColumn || column == NotesColumn)
            f |= Qt::ItemIsEditable;
        break;
    case Level::Set:
        f &= ~Qt::ItemIsDropEnabled;
        if (column == WarmupColumn || column == FailureColumn)
            f |= Qt::ItemIsUserCheckable;
        else if (column != NameColumn)
            f |= Qt::ItemIsEditable;
        break;
    }
    return f;
}

// ---- Writing -----------------------------------------------------------------------------------

bool RoutineTreeModel::fail(const core::Error &error)
{
    m_lastError = error;
    emit refused(error);
    return false;
}

bool RoutineTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_tree)
        return false;
    const int column = index.column();
    const Id id = idOf(index);
    // A cell writes one column of its own row: the step records that row alone.
    const QString table = levelOf(index) == Level::Day ? QStringLiteral("routine_days")
        : levelOf(index) == Level::Slot                ? QStringLiteral("routine_day_exercises")
                                                       : QStringLiteral("routine_exercise_sets");
    const auto record = [&](const QString &text,
                            const std::function<core::Status(core::Database &)> &work) {
        const core::Status s = commands::record(
            m_session, text, core::scopes::row(table, id),
            [&] { return work(*m_session.database()); },
            QStringLiteral("routine-cell-%1-%2-%3").arg(int(levelOf(index))).arg(id).arg(column));
        return s ? true : fail(s.error());
    };
    const QString text = value.toString().trimmed();
    switch (levelOf(index)) {
    case Level::Day:
        if (role != Qt::EditRole)
            return false;
        if (column == NameColumn)
            return record(tr("Rename Day"), [&](core::Database &db) {
                return core::plan::setDayTitle(db, id, text);
            });
        if (column == NotesColumn)
            return record(tr("Edit Day Notes"), [&](core::Database &db) {
                return core::plan::setDayNotes(db, id, text);
            });
        return false;
    case Level::Slot:
        if (role != Qt::EditRole)
            return false;
        if (column == NameColumn) {
            const Id exerciseId = value.toLongLong();
            if (exerciseId <= 0)
                return false;
            return record(tr("Change Exercise"), [&](core::Database &db) {
                return core::plan::setSlotExercise(db, id, exerciseId);
            });
        }
        if (column == NotesColumn)
            return record(tr("Edit Exercise Notes"), [&](core::Database &db) {
                return core::plan::setSlotNotes(db, id, text);
            });
        return false;
    case Level::Set:
        break;
    }
    const auto field = setFieldOf(column);
    if (!field)
        return false;
    QVariant stored;
    if (column == WarmupColumn || column == FailureColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        stored = Qt::CheckState(value.toInt()) == Qt::Checked;
    } else {
        if (role != Qt::EditRole)
            return false;
        if (column == WeightColumn && !text.isEmpty()) {
            auto kg = m_session.weightFormat().parseKg(text, core::plan::qualifiedName(*field));
            if (!kg)
                return fail(kg.error());
            stored = *kg;
        } else if (!text.isEmpty()) {
            stored = text;
        }
    }
    const QString title = headerData(column, Qt::Horizontal).toString();
    return record(tr("Edit %1").arg(title), [&](core::Database &db) {
        return core::plan::setSetField(db, id, *field, stored);
    });
}

std::optional<core::Error> RoutineTreeModel::check(const QModelIndex &index,
                                                   const QString &text) const
{
    if (levelOf(index) != Level::Set)
        return std::nullopt;
    const auto field = setFieldOf(index.column());
    const QString trimmed = text.trimmed();
    if (!field || trimmed.isEmpty())
        return std::nullopt;
    if (*field == SetField::WeightKg) {
        auto kg = m_session.weightFormat().parseKg(trimmed, core::plan::qualifiedName(*field));
        return kg ? std::nullopt : std::optional(kg.error());
    }
    auto value = core::plan::normalizeSetField(*field, trimmed);
    return value ? std::nullopt : std::optional(value.error());
}

// ---- Drag and drop -----------------------------------------------------------------------------

Qt::DropActions RoutineTreeModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions RoutineTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList RoutineTreeModel::mimeTypes() const
{
    return { mimeType() };
}

QMimeData *RoutineTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (!m_tree || !m_session.database())
        return nullptr;
    QModelIndexList rows;
    for (const QModelIndex &i : indexes) {
        if (i.column() == 0)
            rows.append(i);
    }
    auto fragment = RoutineClipboard::fragmentOf(*this, rows);
    if (!fragment)
        return nullptr;
    return RoutineClipboard::toMimeData(*fragment, m_session);
}

bool RoutineTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                       int column, const QModelIndex &parent) const
{
    Q_UNUSED(column);
    if (!m_tree || !data || !data->hasFormat(mimeType()))
        return false;
    if (action != Qt::MoveAction && action != Qt::CopyAction)
        return false;
    const auto level = RoutineClipboard::levelOf(data);
    if (!level)
        return false;
    return RoutineClipboard::dropTarget(*this, *level, row, parent).has_value();
}

bool RoutineTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    Q_UNUSED(column);
    if (!m_tree || !data)
        return false;
    const core::Status s = RoutineClipboard::drop(m_session, *this, data, action, row, parent);
    if (!s)
        return fail(s.error());
    // The rows moved in the database; the view must not remove the dragged rows itself.
    return false;
}

} // namespace ft::ui
