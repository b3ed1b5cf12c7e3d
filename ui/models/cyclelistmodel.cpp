#include "cyclelistmodel.h"

#include "sessionlistmodel.h"

#include <QLocale>

namespace ft::ui {

using core::log::CycleSummary;

namespace {

bool sameCycle(const CycleSummary &a, const CycleSummary &b)
{
    const core::log::CycleFigures &x = a.figures;
    const core::log::CycleFigures &y = b.figures;
    return a.cycle.cycleNumber == b.cycle.cycleNumber && a.cycle.startedOn == b.cycle.startedOn
        && a.cycle.endedOn == b.cycle.endedOn && a.cycle.notes == b.cycle.notes
        && a.routineName == b.routineName && x.plannedDays == y.plannedDays
        && x.sessionsDone == y.sessionsDone && x.missedDays == y.missedDays
        && x.sets.doneWorkingSets == y.sets.doneWorkingSets
        && x.sets.plannedWorkingSets == y.sets.plannedWorkingSets
        && x.sets.loadAdherence() == y.sets.loadAdherence()
        && x.sets.repsAdherence() == y.sets.repsAdherence();
}

QString dateText(const std::optional<QDate> &date)
{
    return date ? QLocale().toString(*date, QLocale::ShortFormat) : QString();
}

} // namespace

void CycleListModel::setCycles(const QList<CycleSummary> &cycles)
{
    setRows(cycles, sameCycle);
}

int CycleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CycleListModel::display(const CycleSummary &c, int column) const
{
    const core::log::CycleFigures &f = c.figures;
    switch (column) {
    case RoutineColumn:
        return c.routineName;
    case NumberColumn:
        return c.cycle.cycleNumber;
    case StartedColumn:
        return dateText(c.cycle.startedOn);
    case EndedColumn:
        return c.cycle.endedOn ? dateText(c.cycle.endedOn) : tr("open");
    case SessionsColumn:
        return tr("%1/%2").arg(f.sessionsDone).arg(f.plannedDays);
    case MissedColumn:
        return f.missedDays;
    case SetsColumn:
        return tr("%1/%2").arg(f.sets.doneWorkingSets).arg(f.sets.plannedWorkingSets);
    case LoadColumn:
        return SessionListModel::percent(f.sets.loadAdherence());
    case RepsColumn:
        return SessionListModel::percent(f.sets.repsAdherence());
    default:
        return {};
    }
}

QVariant CycleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CycleSummary &c = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return c.cycle.id;
    case Qt::ToolTipRole:
        return c.cycle.notes.value_or(QString());
    case Qt::TextAlignmentRole:
        if (index.column() >= SessionsColumn || index.column() == NumberColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(c, index.column());
    default:
        return {};
    }
}

QVariant CycleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RoutineColumn:
        return tr("Routine");
    case NumberColumn:
        return tr("Cycle");
    case StartedColumn:
        return tr("Started");
    case EndedColumn:
        return tr("Ended");
    case SessionsColumn:
        return tr("Sessions");
    case MissedColumn:
        return tr("Missed days");
    case SetsColumn:
        return tr("Sets");
    case LoadColumn:
        return tr("Load");
    case RepsColumn:
        return tr("Reps");
    default:
        return {};
    }
}

} // namespace ft::ui
