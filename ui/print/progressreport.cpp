#include "progressreport.h"

#include "charts/timechartview.h"
#include "enumlabels.h"

#include "core/catalog/catalogstore.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QXYSeries>

#include <algorithm>

namespace ft::ui {

using namespace Qt::StringLiterals;
namespace stats = core::stats;

namespace {

const char *style =
    "body { font-family: sans-serif; font-size: 10pt; color: black; }"
    "h1 { font-size: 16pt; margin: 0; } h2 { font-size: 12pt; margin: 8px 0 2px 0; }"
    "p { margin: 2px 0; }"
    "table { border-collapse: collapse; }"
    "td, th { border: 1px solid black; padding: 2px 4px; }"
    "th { background: #e0e0e0; text-align: left; } td.n { text-align: right; }";

// The chart's size on screen pixels: a page's width at 96 dpi keeps its text readable.
constexpr QSize chartSize(960, 380);
constexpr int maxRecordRows = 25;

QString cell(const QString &text, bool number = false)
{
    return (number ? u"<td class=\"n\">"_s : u"<td>"_s) + text.toHtmlEscaped() + u"</td>"_s;
}

QString tableHead(const QStringList &headers)
{
    QString html = u"<table width=\"100%\"><tr>"_s;
    for (const QString &h : headers)
        html += u"<th>"_s + h.toHtmlEscaped() + u"</th>"_s;
    return html + u"</tr>"_s;
}

} // namespace

std::map<core::Id, QString> exerciseNames(core::Database &db)
{
    std::map<core::Id, QString> names;
    if (auto all = core::loadExercises(db)) {
        for (const core::ExerciseDetails &details : *all)
            names[details.exercise.id] = details.exercise.name;
    }
    return names;
}

ProgressReport::ProgressReport(core::Athlete athlete, stats::DayRange range,
                               const WeightFormat &weights, core::WeeklySetTarget target,
                               stats::E1rmOptions options)
    : m_athlete(std::move(athlete))
    , m_range(range)
    , m_weights(weights)
    , m_target(target)
    , m_options(options)
{ }

ProgressReport::~ProgressReport() = default;

core::Status ProgressReport::load(core::Database &db)
{
    if (!m_range.from.isValid() || !m_range.to.isValid() || m_range.from > m_range.to)
        return core::Error::invalid(
            u"report range"_s,
            u"%1 – %2"_s.arg(m_range.from.toString(Qt::ISODate), m_range.to.toString(Qt::ISODate)),
            tr("two days, the first not after the last"));
    const core::Id subject = m_athlete.subject.id;
    auto sessions = stats::recentSessions(db, subject, m_range.to, 100000);
    if (!sessions)
        return sessions.error();
    sessions->removeIf([this](const stats::SessionSummary &s) { return s.date < m_range.from; });
    auto records = stats::recordsInRange(db, subject, m_range, m_options);
    if (!records)
        return records.error();
    auto weekly = stats::weeklyFigures(db, subject, stats::WeeklyGrouping::Muscle, m_range);
    if (!weekly)
        return weekly.error();
    auto body = stats::bodySeries(db, subject, m_range);
    if (!body)
        return body.error();
    const int weeks = std::max<int>(1, int((m_range.from.daysTo(m_range.to) + 7) / 7));
    auto lifts = stats::mostTrainedLifts(db, subject, m_range.to, weeks, 3);
    if (!lifts)
        return lifts.error();
    const auto names = exerciseNames(db);
    const QLocale locale;
    const auto day = [&locale](const QDate &d) { return locale.toString(d, QLocale::ShortFormat); };

    // Title and the range's figures.
    qint64 sets = 0;
    double tonnage = 0;
    for (const stats::SessionSummary &s : *sessions) {
        sets += s.workingSets;
        tonnage += s.tonnageKg;
    }
    QSet<core::Id> recordSets;
    for (const stats::RecordPoint &r : *records)
        recordSets.insert(r.set.setLogId);
    QString html = u"<h1>"_s
        + tr("Progress report: %1").arg(m_athlete.displayName()).toHtmlEscaped() + u"</h1><p>"_s
        + tr("Pseudonym %1")
              .arg(m_athlete.subject.pseudonym.toString(QUuid::WithoutBraces))
              .toHtmlEscaped()
        + u"<br>"_s
        + tr("From %1 to %2")
              .arg(locale.toString(m_range.from), locale.toString(m_range.to))
              .toHtmlEscaped()
        + u"</p><h2>"_s + tr("Figures").toHtmlEscaped() + u"</h2>"_s
        + tableHead({ tr("Sessions"), tr("Working sets"), tr("Tonnage"), tr("Record sets"),
                      tr("Body weight") })
        + u"<tr>"_s + cell(QString::number(sessions->size()), true)
        + cell(QString::number(sets), true) + cell(m_weights.format(tonnage), true)
        + cell(QString::number(recordSets.size()), true);
    if (body->weightKg.isEmpty()) {
        html += cell(tr("not measured"));
    } else {
        const double first = body->weightKg.first().value, last = body->weightKg.last().value;
        html += cell(tr("%1 → %2").arg(m_weights.format(first), m_weights.format(last)), true);
    }
    html += u"</tr></table>"_s;

    // The records, the newest first.
    html += u"<h2>"_s + tr("Records").toHtmlEscaped() + u"</h2>"_s;
    QList<stats::RecordPoint> newest = *records;
    std::stable_sort(newest.begin(), newest.end(),
                     [](const auto &a, const auto &b) { return a.date > b.date; });
    if (newest.isEmpty()) {
        html += u"<p>"_s + tr("No records in this range.").toHtmlEscaped() + u"</p>"_s;
    } else {
        html += tableHead({ tr("Date"), tr("Exercise"), tr("Record"), tr("Value") });
        for (const stats::RecordPoint &r : newest.mid(0, maxRecordRows)) {
            const auto name = names.find(r.exerciseId);
            const QString value = r.kind == stats::RecordKind::Volume
                ? tr("%1 × reps").arg(m_weights.format(r.value))
                : m_weights.format(r.value);
            html += u"<tr>"_s + cell(day(r.date))
                + cell(name != names.end() ? name->second : QString()) + cell(recordLabel(r))
                + cell(value, true) + u"</tr>"_s;
        }
        html += u"</table>"_s;
        if (newest.size() > maxRecordRows)
            html += u"<p>"_s
                + tr("… and %n more.", nullptr, int(newest.size() - maxRecordRows)).toHtmlEscaped()
                + u"</p>"_s;
    }

    // Sets per muscle and week, averaged over the range's weeks.
    html += u"<h2>"_s
        + tr("Working sets per muscle and week (target %1–%2)")
              .arg(m_target.low)
              .arg(m_target.high)
              .toHtmlEscaped()
        + u"</h2>"_s;
    std::map<QString, double> perMuscle;
    for (const stats::WeeklyRow &w : *weekly)
        perMuscle[enumLabel(core::EnumType::MuscleGroup, w.group)] += w.sets;
    if (perMuscle.empty()) {
        html += u"<p>"_s + tr("No working sets in this range.").toHtmlEscaped() + u"</p>"_s;
    } else {
        html += tableHead({ tr("Muscle"), tr("Sets per week"), tr("Against the target") });
        for (const auto &[muscle, total] : perMuscle) {
            const double average = total / weeks;
            const QString band = average < m_target.low ? tr("below")
                : average > m_target.high               ? tr("above")
                                                        : tr("within");
            html += u"<tr>"_s + cell(muscle) + cell(locale.toString(average, 'f', 1), true)
                + cell(band) + u"</tr>"_s;
        }
        html += u"</table>"_s;
    }
    m_html = html;

    // The charts: body weight, then each main lift's e1RM.
    m_charts.clear();
    const auto chart = [this](const QString &title, const QString &axis) {
        auto view = std::make_unique<TimeChartView>(title);
        view->resize(chartSize);
        view->setValueTitle(axis);
        m_charts.push_back(std::move(view));
        return m_charts.back().get();
    };
    if (!body->weightKg.isEmpty()) {
        TimeChartView *view = chart(tr("Body weight"), m_weights.unitSuffix());
        QList<ChartPoint> measured, average;
        for (const stats::BodyPoint &p : body->weightKg) {
            measured.append({ p.date, core::fromKg(p.value, m_weights.unit()), {} });
            average.append({ p.date, core::fromKg(p.average7, m_weights.unit()), {} });
        }
        view->addLine(tr("7-day average"), average);
        view->addLine(tr("Measured"), measured)->setPointsVisible(true);
        view->fitAxes();
    }
    for (const stats::TrainedLift &lift : *lifts) {
        auto series = stats::e1rmSeries(db, subject, lift.exerciseId, m_options, m_range);
        if (!series)
            return series.error();
        if (series->isEmpty())
            continue;
        TimeChartView *view = chart(tr("%1, estimated 1RM").arg(lift.name),
                                    tr("e1RM (%1)").arg(m_weights.unitSuffix()));
        QList<ChartPoint> points;
        for (const stats::E1rmPoint &p : *series)
            points.append({ p.date, core::fromKg(p.value, m_weights.unit()), {} });
        view->addLine(lift.name, points);
        view->chart()->legend()->hide();
        view->fitAxes();
    }
    return {};
}

QString ProgressReport::html() const
{
    return m_html;
}

int ProgressReport::print(QPagedPaintDevice &device) const
{
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    const QRectF page(QPointF(0, 0), QSizeF(device.width(), device.height()));
    int pages = 1;
    qreal y = 0;
    // A block that does not fit below what is on the page starts a new one.
    const auto room = [&](qreal height) {
        if (y > 0 && y + height > page.height()) {
            device.newPage();
            ++pages;
            y = 0;
        }
    };
    QTextDocument doc;
    doc.setDefaultStyleSheet(QString::fromLatin1(style));
    doc.documentLayout()->setPaintDevice(&device);
    doc.setHtml(m_html);
    doc.setTextWidth(page.width());
    if (doc.size().height() <= page.height()) {
        doc.drawContents(&painter, QRectF(QPointF(), QSizeF(page.width(), doc.size().height())));
        y = doc.size().height();
    } else {
        // A long record table: the text flows over pages, cut at page heights.
        for (qreal top = 0; top < doc.size().height(); top += page.height()) {
            if (top > 0) {
                device.newPage();
                ++pages;
            }
            painter.save();
            painter.translate(0, -top);
            doc.drawContents(&painter, QRectF(0, top, page.width(), page.height()));
            painter.restore();
            y = std::min(page.height(), doc.size().height() - top);
        }
    }
    const qreal gap = page.height() / 60;
    for (const auto &view : m_charts) {
        const qreal height = page.width() * chartSize.height() / chartSize.width();
        room(gap + height);
        y += gap;
        paintChart(view.get(), painter, QRectF(0, y, page.width(), height));
        y += height;
    }
    return pages;
}

core::Status ProgressReport::writePdf(const QString &path) const
{
    QPdfWriter pdf(path);
    pdf.setTitle(tr("Progress report: %1").arg(m_athlete.displayName()));
    pdf.setCreator(QCoreApplication::applicationName());
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                  QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    pdf.setResolution(144);
    if (print(pdf) == 0)
        return core::Error::make(core::Error::Kind::File,
                                 tr("The report could not be written to %1.").arg(path));
    return {};
}

} // namespace ft::ui
