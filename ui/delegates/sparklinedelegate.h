#pragma once

#include <QStyledItemDelegate>

namespace ft::ui {

// Paints a lift cell of the coach overview (CoachOverviewModel's lift roles): the lift's name on
// the first line, its change and a sparkline of its weekly e1RM on the second. Other cells are
// painted as usual.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ft::ui
