#include "sessionlistmodel.h"

#include "enumlabels.h"
#include "session.h"

#include <QLocale>

namespace ft::ui {

using core::log::SessionSummary;

namespace {

bool sameFigures(const core::log::SessionFigures &a, const core::log::SessionFigures &b)
{
    return a.plannedWorkingSets == b.plannedWorkingSets && a.doneWorkingSets == b.doneWorkingSets
        && a.skippedSets == b.skippedSets && a.unplannedSets == b.unplannedSets
        && a.loadRatioSum == b.loadRatioSum && a.loadRatioCount == b.loadRatioCount
        && a.repsRatioSum == b.repsRatioSum && a.repsRatioCount == b.repsRatioCount
        && a.tutS == b.tutS && a.tonnageKg == b.tonnageKg && a.loggedSets == b.loggedSets;
}

bool sameSummary(const SessionSummary &a, const SessionSummary &b)
{
    const core::WorkoutSession &x = a.session;
    const core::WorkoutSession &y = b.session;
    return x.workoutDate == y.workoutDate && x.status == y.status
        && x.routineDayId == y.routineDayId && x.cycleId == y.cycleId
        && x.perceivedFatigue == y.perceivedFatigue && x.bodyweightKg == y.bodyweightKg
        && x.location == y.location && x.notes == y.notes && a.routineName == b.routineName
        && a.dayTitle == b.dayTitle && a.cycleNumber == b.cycleNumber
        && sameFigures(a.figures, b.figures);
}

} // namespace

SessionListModel::SessionListModel(Session &session, QObject *parent)
    : RowTable(parent)
    , m_session(session)
{
    // Tonnage and body weight are shown in the display unit.
    connect(&session, &Session::preferencesChanged, this, [this] { allChanged(); });
}

void SessionListModel::setSessions(const QList<SessionSummary> &sessions)
{
    setRows(sessions, sameSummary);
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionListModel::percent(const std::optional<double> &ratio)
{
    if (!ratio)
        return {};
    return tr("%1 %").arg(QLocale().toString(*ratio * 100, 'f', 0));
}

QVariant SessionListModel::display(const SessionSummary &s, int column) const
{
    const core::log::SessionFigures &f = s.figures;
    switch (column) {
    case DateColumn:
        return QLocale().toString(s.session.workoutDate, QLocale::ShortFormat);
    case RoutineColumn:
        return s.routineName.isEmpty() ? tr("Free session")
                                       : tr("%1 · %2").arg(s.routineName, s.dayTitle);
    case CycleColumn:
        return s.cycleNumber ? QVariant(*s.cycleNumber) : QVariant();
    case StatusColumn:
        return enumLabel(core::EnumType::WorkoutStatus, s.session.status);
    case SetsColumn:
        return f.plannedWorkingSets > 0
            ? tr("%1/%2").arg(f.doneWorkingSets).arg(f.plannedWorkingSets)
            : QString();
    case LoadColumn:
        return percent(f.loadAdherence());
    case RepsColumn:
        return percent(f.repsAdherence());
    case UnplannedColumn:
        return f.unplannedSets;
    case TutColumn:
        return f.tutS > 0 ? tr("%1 s").arg(f.tutS) : QString();
    case TonnageColumn:
        return f.loggedSets > 0 ? m_session.weightFormat().format(f.tonnageKg) : QString();
    case FatigueColumn:
        return s.session.perceivedFatigue ? QVariant(*s.session.perceivedFatigue) : QVariant();
    case BodyWeightColumn:
        return s.session.bodyweightKg ? m_session.weightFormat().format(*s.session.bodyweightKg)
                                      : QString();
    default:
        return {};
    }
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SessionSummary &s = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return s.session.id;
    case DateRole:
        return s.session.workoutDate;
    case Qt::ToolTipRole:
        // The routine's name may be cut short in its column.
        if (index.column() == RoutineColumn)
            return display(s, RoutineColumn);
        return s.session.notes.value_or(QString());
    case Qt::TextAlignmentRole:
        if (index.column() >= SetsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(s, index.column());
    default:
        return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case RoutineColumn:
        return tr("Routine · Day");
    case CycleColumn:
        return tr("Cycle");
    case StatusColumn:
        return tr("Status");
    case SetsColumn:
        return tr("Sets");
    case LoadColumn:
        return tr("Load");
    case RepsColumn:
        return tr("Reps");
    case UnplannedColumn:
        return tr("Unplanned");
    case TutColumn:
        return tr("TUT");
    case TonnageColumn:
        return tr("Tonnage");
    case FatigueColumn:
        return tr("Fatigue");
    case BodyWeightColumn:
        return tr("Body weight");
    default:
        return {};
    }
}

} // namespace ft::ui
