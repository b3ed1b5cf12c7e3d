#pragma once

#include "rowsync.h"
#include "ui/weightformat.h"

#include "core/stats/overview.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointF>

namespace ft::ui {

// The coach's overview: one row per athlete (core/stats/overview.h's coachOverview), kept row by
// row so that the view keeps its selection and sort when the figures are computed again. Every
// column sorts by SortRole (numbers, days); the lift columns carry their sparkline.
class CoachOverviewModel : public RowSyncing<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column {
        AthleteColumn,
        LastSessionColumn,
        Sessions7Column,
        Sessions28Column,
        RecordsColumn,
        FirstLiftColumn,
        LastLiftColumn = FirstLiftColumn + 2,
        BodyWeightColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        SubjectIdRole,
        // Lift columns: the exercise's name, its change as text, and the highest e1RM of each
        // trend week as (week, value in the display unit), weeks without sets left out.
        LiftNameRole,
        ChangeTextRole,
        SparklineRole,
        TrendWeeksRole, // how many weeks the sparkline's x runs over
    };

    explicit CoachOverviewModel(QObject *parent = nullptr);

    // Brings the rows to `rows` (matched by subject id) and shows weights with `format`.
    void setOverview(const QList<core::stats::AthleteOverview> &rows, const WeightFormat &format,
                     const QDate &asOf, int trendWeeks);
    const QList<core::stats::AthleteOverview> &overview() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant liftData(const core::stats::AthleteOverview &row, int lift, int role) const;
    QString signedWeight(double kg) const;
    QList<QPointF> sparkline(const core::stats::LiftTrend &trend) const;

    QList<core::stats::AthleteOverview> m_rows;
    WeightFormat m_format;
    QDate m_asOf;
    int m_trendWeeks = 12;
};

} // namespace ft::ui
