#include "timechartview.h"

#include "formhelpers.h"

#include "core/stats/lttb.h"

#include <QCoreApplication>
#include <QCursor>
#include <QDateTimeAxis>
#include <QFile>
#include <QFileDialog>
#include <QLineSeries>
#include <QMenu>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ft::ui {

using namespace Qt::StringLiterals;

namespace {

// Noon, so that a day stays on its day in any time zone the axis shows.
qreal xOf(const QDate &date)
{
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

QList<QPointF> xy(const QList<ChartPoint> &points)
{
    QList<QPointF> out;
    out.reserve(points.size());
    for (const ChartPoint &p : points)
        out.append(QPointF(xOf(p.date), p.value));
    return out;
}

QString csvField(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n'))
        return u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

} // namespace

TimeChartView::TimeChartView(const QString &title, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_xAxis(new QDateTimeAxis(this))
    , m_yAxis(new QValueAxis(this))
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setTitle(title);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->addAxis(m_xAxis, Qt::AlignBottom);
    chart()->addAxis(m_yAxis, Qt::AlignLeft);
    m_yAxis->setLabelFormat(u"%.0f"_s);
    setMinimumHeight(180);
    // The plot area is known only after the chart's layout, which may come after a resize.
    connect(chart(), &QChart::plotAreaChanged, this, [this] {
        for (Line &line : m_lines) {
            if (line.downsample)
                resample(line);
        }
        updateTicks();
    });
    setAccessibleName(title);
    setFocusPolicy(Qt::StrongFocus);
}

void TimeChartView::setValueTitle(const QString &title)
{
    m_yAxis->setTitleText(title);
}

QString TimeChartView::valueTitle() const
{
    return m_yAxis->titleText();
}

void TimeChartView::clearSeries()
{
    chart()->removeAllSeries();
    m_lines.clear();
    m_first = m_last = QDate();
}

QXYSeries *TimeChartView::addLine(const QString &name, const QList<ChartPoint> &points)
{
    return add(name, points, true);
}

QXYSeries *TimeChartView::addMarkers(const QString &name, const QList<ChartPoint> &points)
{
    return add(name, points, false);
}

QXYSeries *TimeChartView::add(const QString &name, const QList<ChartPoint> &points, bool downsample)
{
    QXYSeries *series = nullptr;
    if (downsample) {
        series = new QLineSeries(this);
    } else {
        auto *scatter = new QScatterSeries(this);
        scatter->setMarkerSize(10);
        scatter->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        scatter->setColor(QColor(230, 120, 20));
        scatter->setBorderColor(Qt::white);
        series = scatter;
    }
    series->setName(name);
    chart()->addSeries(series);
    series->attachAxis(m_xAxis);
    series->attachAxis(m_yAxis);
    m_lines.append({ series, points, {}, downsample });
    Line &line = m_lines.last();
    resample(line);
    const int index = m_lines.size() - 1;
    connect(series, &QXYSeries::hovered, this, [this, index](const QPointF &point, bool state) {
        if (index < m_lines.size())
            showTip(m_lines.at(index), point, state);
    });
    return series;
}

qsizetype TimeChartView::sampleLimit() const
{
    const qreal plot = chart()->plotArea().width();
    // Before the first layout: the view's width less the axis labels, about.
    const int pixels = plot > 10 ? int(plot) : std::max(10, width() - 80);
    return std::max<qsizetype>(3, 2 * qsizetype(pixels));
}

void TimeChartView::resample(Line &line)
{
    line.shown =
        line.downsample ? core::stats::downsampleLttb(line.points, sampleLimit()) : line.points;
    line.series->replace(xy(line.shown));
}

void TimeChartView::fitAxes()
{
    double low = INFINITY, high = -INFINITY;
    QDate first, last;
    for (const Line &line : std::as_const(m_lines)) {
        for (const ChartPoint &p : line.points) {
            low = std::min(low, p.value);
            high = std::max(high, p.value);
            if (!first.isValid() || p.date < first)
                first = p.date;
            if (!last.isValid() || p.date > last)
                last = p.date;
        }
    }
    if (!first.isValid()) {
        first = QDate::currentDate().addDays(-30);
        last = QDate::currentDate();
        low = 0;
        high = 1;
    }
    if (first == last) {
        first = first.addDays(-3);
        last = last.addDays(3);
    }
    m_first = first;
    m_last = last;
    m_xAxis->setRange(QDateTime(first, QTime(0, 0)), QDateTime(last, QTime(23, 59)));
    const double pad = std::max((high - low) * 0.08, std::abs(high) * 0.02 + 0.5);
    m_low = std::max(0.0, low - pad);
    m_high = high + pad;
    // Whole numbers unless the span is small.
    m_yAxis->setLabelFormat(high - low < 8 ? u"%.1f"_s : u"%.0f"_s);
    updateTicks();
}

void TimeChartView::updateTicks()
{
    // Ticks fall at even intervals, not on month starts: as many as fit without their labels
    // touching, and a format as long as the span needs.
    const int span = m_first.isValid() ? int(m_first.daysTo(m_last)) : 30;
    const int pixels =
        chart()->plotArea().width() > 10 ? int(chart()->plotArea().width()) : width() - 60;
    // Months only when the span is long or the chart small (the dashboard's).
    const bool months = span > 400 || (pixels < 300 && span > 60);
    const QString format = months ? u"MMM yy"_s : span > 60 ? u"d MMM yy"_s : u"d MMM"_s;
    m_xAxis->setFormat(format);
    const int labelWidth =
        fontMetrics().horizontalAdvance(months ? u"Mmm 00"_s : u"00 Mmm 00"_s) + 28;
    m_xAxis->setTickCount(std::clamp(pixels / labelWidth + 1, 2, 10));
    // A value label every 40 pixels or so; nice numbers round the range from the data's again,
    // so that resizing does not widen it step by step.
    const qreal plotHeight = chart()->plotArea().height();
    m_yAxis->setRange(m_low, m_high);
    m_yAxis->setTickCount(std::clamp(int(plotHeight > 10 ? plotHeight : height() - 80) / 40, 3, 9));
    m_yAxis->applyNiceNumbers();
}

void TimeChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateTicks();
}

void TimeChartView::showTip(const Line &line, const QPointF &point, bool state)
{
    if (!state || line.shown.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    const auto nearest =
        std::min_element(line.shown.cbegin(), line.shown.cend(), [&](const auto &a, const auto &b) {
            return std::abs(xOf(a.date) - point.x()) < std::abs(xOf(b.date) - point.x());
        });
    QToolTip::showText(QCursor::pos(), nearest->tip, this);
}

QString TimeChartView::csv() const
{
    QString out = tr("date,series,value") + u'\n';
    for (const Line &line : m_lines) {
        const QString name = csvField(line.series->name());
        for (const ChartPoint &p : line.points)
            out += p.date.toString(Qt::ISODate) + u',' + name + u','
                + QString::number(p.value, 'f', 2) + u'\n';
    }
    return out;
}

bool TimeChartView::savePng(const QString &path)
{
    return grab().save(path, "PNG");
}

bool TimeChartView::saveCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(csv().toUtf8()) >= 0;
}

void paintChart(QChartView *view, QPainter &painter, const QRectF &target)
{
    // QWidget::render lays out a view that was never shown (the report's charts) and paints
    // the scene through the painter: lines stay lines in an SVG or a PDF.
    const QSize size = view->size();
    if (size.isEmpty())
        return;
    const qreal scale = std::min(target.width() / size.width(), target.height() / size.height());
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    view->QWidget::render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.restore();
}

bool saveChartSvg(QChartView *view, const QString &path)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(view->size());
    svg.setViewBox(QRect(QPoint(), view->size()));
    svg.setTitle(view->chart()->title());
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    paintChart(view, painter, QRectF(QPointF(), QSizeF(view->size())));
    return painter.end();
}

bool saveChartPdf(QChartView *view, const QString &path)
{
    QPdfWriter pdf(path);
    pdf.setTitle(view->chart()->title());
    pdf.setCreator(QCoreApplication::applicationName());
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                  QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    pdf.setResolution(96);
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    const QRectF page = pdf.pageLayout().paintRectPixels(pdf.resolution());
    paintChart(view, painter, QRectF(QPointF(), page.size()));
    return painter.end();
}

QToolButton *chartExportButton(QChartView *view, const std::function<QString()> &csv,
                               const QString &baseName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(TimeChartView::tr("&Export"));
    button->setAccessibleName(TimeChartView::tr("Export %1").arg(view->chart()->title()));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    // One entry per format: a file dialog with the format's name, then the save.
    const auto addFormat = [&](const QString &text, const QString &suffix, const QString &filter,
                               std::function<void(const QString &)> save) {
        menu->addAction(text, button, [baseName, parent, suffix, filter, save] {
            const QString path =
                QFileDialog::getSaveFileName(parent, TimeChartView::tr("Save Chart"),
                                             documentsFolder() + u'/' + baseName + suffix, filter);
            if (!path.isEmpty())
                save(path);
        });
    };
    addFormat(TimeChartView::tr("Chart as PNG…"), u".png"_s,
              TimeChartView::tr("PNG images (*.png)"),
              [view](const QString &path) { view->grab().save(path, "PNG"); });
    addFormat(TimeChartView::tr("Chart as SVG…"), u".svg"_s,
              TimeChartView::tr("SVG drawings (*.svg)"),
              [view](const QString &path) { saveChartSvg(view, path); });
    addFormat(TimeChartView::tr("Chart as PDF…"), u".pdf"_s,
              TimeChartView::tr("PDF documents (*.pdf)"),
              [view](const QString &path) { saveChartPdf(view, path); });
    menu->addAction(TimeChartView::tr("Data as CSV…"), button, [csv, baseName, parent] {
        const QString path =
            QFileDialog::getSaveFileName(parent, TimeChartView::tr("Save Data"),
                                         baseName + u".csv"_s, TimeChartView::tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(csv().toUtf8());
    });
    button->setMenu(menu);
    return button;
}

} // namespace ft::ui
