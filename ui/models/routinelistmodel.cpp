#include "routinelistmodel.h"

#include "session.h"

#include "core/changes/changenotifier.h"
#include "core/db/database.h"

#include <QSet>

namespace ft::ui {

using core::plan::RoutineSummary;

namespace {

bool sameSummary(const RoutineSummary &a, const RoutineSummary &b)
{
    return a.routine.name == b.routine.name && a.routine.isActive == b.routine.isActive
        && a.routine.description == b.routine.description
        && a.routine.startsOn == b.routine.startsOn && a.days == b.days
        && a.plannedSets == b.plannedSets && a.cyclesRun == b.cyclesRun;
}

} // namespace

RoutineListModel::RoutineListModel(Session &session, QObject *parent)
    : RowSyncing(parent)
    , m_session(session)
{
    connect(session.notifier(), &core::ChangeNotifier::changed, this,
            [this](const core::ChangeSet &changes) { changed(changes); });
    connect(session.notifier(), &core::ChangeNotifier::everythingChanged, this,
            &RoutineListModel::reload);
}

void RoutineListModel::setAthlete(core::Id subjectId)
{
    beginResetModel();
    m_subjectId = subjectId;
    m_routines.clear();
    if (subjectId && m_session.database()) {
        if (auto list = core::plan::listRoutines(*m_session.database(), subjectId))
            m_routines = *list;
    }
    endResetModel();
}

void RoutineListModel::changed(const core::ChangeSet &changes)
{
    using core::Entity;
    if (changes.everything()) {
        reload();
        return;
    }
    for (Entity e : { Entity::Routine, Entity::RoutineDay, Entity::RoutineSlot, Entity::PlannedSet,
                      Entity::Cycle }) {
        const auto &c = changes.of(e);
        if (!c.added.isEmpty() || !c.removed.isEmpty() || !c.edited.isEmpty()) {
            reload();
            return;
        }
    }
}

// The list sorted by name: removed rows go, new ones come in at their place, renamed ones move.
void RoutineListModel::reload()
{
    QList<RoutineSummary> wanted;
    if (m_subjectId && m_session.database()) {
        auto list = core::plan::listRoutines(*m_session.database(), m_subjectId);
        if (list)
            wanted = *list;
    }
    syncChildren(
        {}, m_routines, wanted, [](const RoutineSummary &r) { return r.routine.id; },
        [this](int row, RoutineSummary &kept, const RoutineSummary &now) {
            if (sameSummary(kept, now))
                return;
            kept = now;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
}

const RoutineSummary *RoutineListModel::routineAt(int row) const
{
    return row >= 0 && row < m_routines.size() ? &m_routines.at(row) : nullptr;
}

int RoutineListModel::rowOf(core::Id routineId) const
{
    for (qsizetype i = 0; i < m_routines.size(); ++i) {
        if (m_routines.at(i).routine.id == routineId)
            return int(i);
    }
    return -1;
}

int RoutineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_routines.size());
}

int RoutineListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RoutineSummary &r = m_routines.at(index.row());
    if (role == IdRole)
        return r.routine.id;
    if (role == Qt::ToolTipRole)
        return r.routine.description.value_or(QString());
    if (role == Qt::TextAlignmentRole && index.column() >= DaysColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return r.routine.name;
    case ActiveColumn:
        return r.routine.isActive ? tr("Active") : tr("Inactive");
    case DaysColumn:
        return r.days;
    case SetsColumn:
        return r.plannedSets;
    case CyclesColumn:
        return r.cyclesRun;
    default:
        return {};
    }
}

QVariant RoutineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Routine");
    case ActiveColumn:
        return tr("Status");
    case DaysColumn:
        return tr("Days");
    case SetsColumn:
        return tr("Sets");
    case CyclesColumn:
        return tr("Cycles");
    default:
        return {};
    }
}

} // namespace ft::ui
