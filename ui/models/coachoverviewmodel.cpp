#include "coachoverviewmodel.h"

#include <algorithm>
#include <limits>
#include <map>

namespace ft::ui {

using namespace Qt::StringLiterals;
namespace stats = core::stats;

namespace {

// What sorts below every figure: an athlete without one comes last in descending order.
constexpr double noFigure = std::numeric_limits<double>::lowest();

double sortValue(const std::optional<double> &value)
{
    return value.value_or(noFigure);
}

} // namespace

CoachOverviewModel::CoachOverviewModel(QObject *parent)
    : RowSyncing<QAbstractTableModel>(parent)
{ }

void CoachOverviewModel::setOverview(const QList<stats::AthleteOverview> &rows,
                                     const WeightFormat &format, const QDate &asOf, int trendWeeks)
{
    m_format = format;
    m_asOf = asOf;
    m_trendWeeks = std::max(trendWeeks, 1);
    syncChildren(
        {}, m_rows, rows, [](const stats::AthleteOverview &row) { return row.subjectId; },
        [this](int row, stats::AthleteOverview &current, const stats::AthleteOverview &wanted) {
            current = wanted;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
}

int CoachOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoachOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CoachOverviewModel::signedWeight(double kg) const
{
    // A change reads with its sign; zero has none.
    const QString text = m_format.format(std::abs(kg));
    if (m_format.format(std::abs(kg), false) == m_format.format(0, false))
        return text;
    return (kg < 0 ? u"−"_s : u"+"_s) + text;
}

QList<QPointF> CoachOverviewModel::sparkline(const stats::LiftTrend &trend) const
{
    // The highest e1RM of each week of the trend (week 0 the oldest).
    const QDate first = m_asOf.addDays(1 - 7 * m_trendWeeks);
    std::map<int, double> best;
    for (const stats::E1rmPoint &p : trend.e1rm) {
        const int week = int(first.daysTo(p.date) / 7);
        if (week < 0 || week >= m_trendWeeks)
            continue;
        const double value = core::fromKg(p.value, m_format.unit());
        auto [it, inserted] = best.try_emplace(week, value);
        if (!inserted)
            it->second = std::max(it->second, value);
    }
    QList<QPointF> points;
    for (const auto &[week, value] : best)
        points.append(QPointF(week, value));
    return points;
}

QVariant CoachOverviewModel::liftData(const stats::AthleteOverview &row, int lift, int role) const
{
    if (lift >= row.lifts.size())
        return role == SortRole ? QVariant(noFigure) : QVariant();
    const stats::LiftTrend &trend = row.lifts.at(lift);
    const QString change = trend.changeKg ? signedWeight(*trend.changeKg) : tr("no change known");
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(trend.lift.name, change);
    case Qt::ToolTipRole:
        return tr("%1, e1RM over %2 weeks: best of the first third %3, of the last third %4")
            .arg(trend.lift.name, QString::number(m_trendWeeks),
                 trend.startKg ? m_format.format(*trend.startKg) : tr("none"),
                 trend.endKg ? m_format.format(*trend.endKg) : tr("none"));
    case SortRole:
        return sortValue(trend.changeKg);
    case LiftNameRole:
        return trend.lift.name;
    case ChangeTextRole:
        return change;
    case SparklineRole:
        return QVariant::fromValue(sparkline(trend));
    case TrendWeeksRole:
        return m_trendWeeks;
    default:
        return {};
    }
}

QVariant CoachOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const stats::AthleteOverview &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == SubjectIdRole)
        return row.subjectId;
    if (column >= FirstLiftColumn && column <= LastLiftColumn)
        return liftData(row, column - FirstLiftColumn, role);
    if (role == Qt::TextAlignmentRole)
        return column == AthleteColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (column) {
        case AthleteColumn:
            return row.displayName;
        case LastSessionColumn:
            return row.lastSession ? double(row.lastSession->toJulianDay()) : noFigure;
        case Sessions7Column:
            return double(row.sessionsLast7);
        case Sessions28Column:
            return double(row.sessionsLast28);
        case RecordsColumn:
            return row.recordsLast30 ? double(*row.recordsLast30) : noFigure;
        case BodyWeightColumn:
            return sortValue(row.bodyWeightChangeKg);
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case AthleteColumn:
        return row.displayName;
    case LastSessionColumn:
        return row.lastSession ? QLocale().toString(*row.lastSession, QLocale::ShortFormat)
                               : tr("never");
    case Sessions7Column:
        return row.sessionsLast7;
    case Sessions28Column:
        return row.sessionsLast28;
    case RecordsColumn:
        return row.recordsLast30 ? QVariant(*row.recordsLast30) : QVariant();
    case BodyWeightColumn:
        return row.bodyWeightChangeKg ? signedWeight(*row.bodyWeightChangeKg) : QString();
    }
    return {};
}

QVariant CoachOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case AthleteColumn:
            return tr("Athlete");
        case LastSessionColumn:
            return tr("Last\nsession");
        case Sessions7Column:
            return tr("Sessions\n7 days");
        case Sessions28Column:
            return tr("Sessions\n28 days");
        case RecordsColumn:
            return tr("Records\n30 days");
        case BodyWeightColumn:
            return tr("Body weight\nchange");
        default:
            return tr("Main lift %1").arg(section - FirstLiftColumn + 1);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section >= FirstLiftColumn && section <= LastLiftColumn)
            return tr("One of the three lifts with the most working sets in the last %1 weeks, "
                      "and its e1RM change: the best of the last third minus the best of the "
                      "first third")
                .arg(m_trendWeeks);
        if (section == BodyWeightColumn)
            return tr("The last weight measured in the last %1 weeks minus the first")
                .arg(m_trendWeeks);
    }
    return {};
}

} // namespace ft::ui
