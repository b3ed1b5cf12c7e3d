#include "weeklysummarymodel.h"

#include "enumlabels.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ft::ui {

using core::plan::Band;

namespace {

QString number(double value)
{
    // Half sets come from secondary muscles: one decimal at most.
    return QLocale().toString(value, 'f', value == double(qint64(value)) ? 0 : 1);
}

} // namespace

WeeklySummaryModel::WeeklySummaryModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{ }

const QList<core::plan::WeeklyFigure> &WeeklySummaryModel::figures() const
{
    return m_kind == Kind::Muscles ? m_summary.muscles : m_summary.movements;
}

void WeeklySummaryModel::setSummary(const core::plan::WeeklySummary &summary)
{
    // The rows are few and their order follows the figures: a reset is what changed.
    beginResetModel();
    m_summary = summary;
    endResetModel();
}

void WeeklySummaryModel::setTargetBand(int low, int high)
{
    m_low = low;
    m_high = high;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int WeeklySummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(figures().size());
}

int WeeklySummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WeeklySummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const core::plan::WeeklyFigure &f = figures().at(index.row());
    const bool muscles = m_kind == Kind::Muscles;
    const Band band = core::plan::bandOf(f.setsPerWeek, m_low, m_high);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return enumLabel(
                muscles ? core::EnumType::MuscleGroup : core::EnumType::MovementPattern, f.key);
        case SetsColumn:
            if (!muscles)
                return number(f.setsPerWeek);
            switch (band) {
            case Band::Below:
                return tr("%1 ↓").arg(number(f.setsPerWeek));
            case Band::Above:
                return tr("%1 ↑").arg(number(f.setsPerWeek));
            case Band::Inside:
                return number(f.setsPerWeek);
            }
            break;
        case DaysColumn:
            return number(f.daysPerWeek);
        default:
            break;
        }
        break;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (muscles && index.column() == SetsColumn) {
            const QString sets = number(f.setsPerWeek);
            switch (band) {
            case Band::Below:
                return tr("%1 sets a week, below the target of %2 to %3")
                    .arg(sets)
                    .arg(m_low)
                    .arg(m_high);
            case Band::Above:
                return tr("%1 sets a week, above the target of %2 to %3")
                    .arg(sets)
                    .arg(m_low)
                    .arg(m_high);
            case Band::Inside:
                return tr("%1 sets a week, within the target of %2 to %3")
                    .arg(sets)
                    .arg(m_low)
                    .arg(m_high);
            }
        }
        return data(index, Qt::DisplayRole);
    case Qt::BackgroundRole:
        if (!muscles || index.column() != SetsColumn)
            break;
        switch (band) {
        case Band::Below:
            return QBrush(QColor(0xfd, 0xe6, 0xb0)); // amber: more work wanted
        case Band::Inside:
            return QBrush(QColor(0xc8, 0xe6, 0xc9)); // green
        case Band::Above:
            return QBrush(QColor(0xf8, 0xc8, 0xc8)); // red: more than recovers well
        }
        break;
    case Qt::ForegroundRole:
        if (muscles && index.column() == SetsColumn)
            return QBrush(Qt::black); // readable on the light band colours in any theme
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case BandRole:
        if (muscles)
            return int(band);
        break;
    default:
        break;
    }
    return {};
}

QVariant WeeklySummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == SetsColumn)
        return tr("Working sets a week (warm-ups left out); a secondary muscle counts half");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return m_kind == Kind::Muscles ? tr("Muscle") : tr("Movement");
    case SetsColumn:
        return tr("Sets/week");
    case DaysColumn:
        return tr("Days/week");
    default:
        return {};
    }
}

} // namespace ft::ui
