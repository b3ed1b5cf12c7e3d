#pragma once

#include <QAbstractTableModel>
#include <QBrush>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace ft::ui {

// A read-only table of computed figures (the Progress page's tables): the page turns core's
// values into display text once, so every table shares this model. A row may carry a background
// (the weekly sets against the target band) and a tooltip.
class FigureTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Row
    {
        QStringList cells;
        QBrush background; // none: the view's
        QString toolTip;
    };

    // Figures line up on the right: `numericColumns` are right-aligned, text columns left.
    FigureTableModel(const QStringList &headers, const QList<int> &numericColumns,
                     QObject *parent = nullptr);

    // Replaces every row (a reset: the figures are computed again as a whole).
    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<int> m_numeric;
    QList<Row> m_rows;
};

} // namespace ft::ui
