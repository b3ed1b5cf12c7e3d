#pragma once

#include "core/plan/weeklysummary.h"

#include <QAbstractTableModel>

namespace ft::ui {

// The routine editor's live summary as a table: per muscle group (or per movement pattern) the
// working sets and training days per week; muscle rows are coloured against the target band
// (below, inside, above) and say so in words for screen readers and black-and-white prints.
class WeeklySummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind { Muscles, Movements };
    enum Column { NameColumn, SetsColumn, DaysColumn, ColumnCount };
    enum Role { BandRole = Qt::UserRole + 1 }; // int(core::plan::Band), muscles only

    explicit WeeklySummaryModel(Kind kind, QObject *parent = nullptr);

    void setSummary(const core::plan::WeeklySummary &summary);
    void setTargetBand(int low, int high);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const QList<core::plan::WeeklyFigure> &figures() const;

    Kind m_kind;
    core::plan::WeeklySummary m_summary;
    int m_low = 10;
    int m_high = 20;
};

} // namespace ft::ui
