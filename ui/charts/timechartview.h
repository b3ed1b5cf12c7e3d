#pragma once

#include <QChartView>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

class QDateTimeAxis;
class QPainter;
class QToolButton;
class QValueAxis;
class QXYSeries;

namespace ft::ui {

// One point of a chart, in the unit it is drawn in, with the text its hover shows.
struct ChartPoint
{
    QDate date;
    double value = 0;
    QString tip;
};

// A line chart over days. It keeps every point and draws at most about two per horizontal pixel
// (core's LTTB), sampled again when the view is resized; lines are filled with one replace()
// (append() is quadratic). Markers (records) are drawn as they are. Hovering a point shows its
// tip.
class TimeChartView : public QChartView
{
    Q_OBJECT

public:
    explicit TimeChartView(const QString &title, QWidget *parent = nullptr);

    void setValueTitle(const QString &title);
    QString valueTitle() const;
    // Removes every series.
    void clearSeries();
    // A line of `points` (ordered by date, finite values); returns its series.
    QXYSeries *addLine(const QString &name, const QList<ChartPoint> &points);
    // Points drawn as markers, never downsampled.
    QXYSeries *addMarkers(const QString &name, const QList<ChartPoint> &points);
    // Fits the axes to every series' points; call after adding them.
    void fitAxes();

    // How many points a line draws at the current width.
    qsizetype sampleLimit() const;
    // Every point as "date,series,value" lines with a header (not downsampled).
    QString csv() const;
    bool savePng(const QString &path);
    bool saveCsv(const QString &path) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Line
    {
        QXYSeries *series = nullptr;
        QList<ChartPoint> points; // all of them
        QList<ChartPoint> shown;  // what the series draws
        bool downsample = true;
    };
    QXYSeries *add(const QString &name, const QList<ChartPoint> &points, bool downsample);
    void resample(Line &line);
    void updateTicks();
    void showTip(const Line &line, const QPointF &point, bool state);

    QList<Line> m_lines;
    QDateTimeAxis *m_xAxis;
    QValueAxis *m_yAxis;
    QDate m_first, m_last;
    double m_low = 0, m_high = 1; // the values' range with a margin, before nice numbers
};

// Draws `view` as it is on screen into `target` of `painter`, scaled to fit, as vector graphics
// where the painter's device keeps them (SVG, PDF).
void paintChart(QChartView *view, QPainter &painter, const QRectF &target);
// `view` as an SVG drawing of its size, or as a one-page landscape A4 PDF with its title above.
bool saveChartSvg(QChartView *view, const QString &path);
bool saveChartPdf(QChartView *view, const QString &path);

// A button with a menu that saves `view` as PNG (QChartView::grab()), SVG or PDF, or `csv()` as
// CSV, each through a file dialog.
QToolButton *chartExportButton(QChartView *view, const std::function<QString()> &csv,
                               const QString &baseName, QWidget *parent);

} // namespace ft::ui
