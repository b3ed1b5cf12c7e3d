#include "sparklinedelegate.h"

#include "models/coachoverviewmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ft::ui {

namespace {

constexpr int margin = 4;
constexpr int sparklineWidth = 60;

} // namespace

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QVariant name = index.data(CoachOverviewModel::LiftNameRole);
    if (!name.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The background, selection and focus as any cell, without its text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->setPen(text);
    const QRect area = option.rect.adjusted(margin, margin / 2, -margin, -margin / 2);
    const int line = option.fontMetrics.height();
    const QRect nameRect(area.left(), area.top(), area.width(), line);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(name.toString(), Qt::ElideRight, area.width()));
    const QString change = index.data(CoachOverviewModel::ChangeTextRole).toString();
    const QRect lower(area.left(), area.top() + line, area.width(), area.height() - line);
    const int changeWidth = std::max(lower.width() - sparklineWidth - margin, 0);
    painter->drawText(QRect(lower.left(), lower.top(), changeWidth, lower.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(change, Qt::ElideRight, changeWidth));

    // The sparkline: weeks along x over the whole trend, values scaled to their own range.
    const auto points = index.data(CoachOverviewModel::SparklineRole).value<QList<QPointF>>();
    const int weeks = std::max(index.data(CoachOverviewModel::TrendWeeksRole).toInt(), 2);
    const QRectF box(lower.right() - sparklineWidth, lower.top() + 2, sparklineWidth,
                     std::max(lower.height() - 4, 4));
    if (!points.isEmpty()) {
        const auto [low, high] =
            std::minmax_element(points.cbegin(), points.cend(),
                                [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        const double span = high->y() - low->y();
        const auto place = [&](const QPointF &p) {
            const double y = span > 0 ? (p.y() - low->y()) / span : 0.5;
            return QPointF(box.left() + box.width() * p.x() / (weeks - 1),
                           box.bottom() - box.height() * y);
        };
        painter->setRenderHint(QPainter::Antialiasing);
        QPainterPath path(place(points.first()));
        for (const QPointF &p : points)
            path.lineTo(place(p));
        const QColor lineColor = selected ? text : option.palette.color(QPalette::Link);
        painter->setPen(QPen(lineColor, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
        painter->setBrush(lineColor);
        painter->drawEllipse(place(points.last()), 2, 2);
    }
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QVariant name = index.data(CoachOverviewModel::LiftNameRole);
    if (!name.isValid())
        return QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics &fm = option.fontMetrics;
    const QString change = index.data(CoachOverviewModel::ChangeTextRole).toString();
    const int width = std::max(fm.horizontalAdvance(name.toString()),
                               fm.horizontalAdvance(change) + margin + sparklineWidth);
    return QSize(std::min(width, 190) + 2 * margin, 2 * fm.height() + margin);
}

} // namespace ft::ui
