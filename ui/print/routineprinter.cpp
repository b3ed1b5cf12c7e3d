#include "routineprinter.h"

#include "weightformat.h"

#include "core/plan/plannedvalues.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace ft::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RoutinePrinter)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *style =
    "body { font-family: sans-serif; font-size: 10pt; color: black; }"
    "h1 { font-size: 16pt; margin: 0; } h2 { font-size: 12pt; margin: 6px 0 2px 0; }"
    "table { border-collapse: collapse; }"
    "td, th { border: 1px solid black; padding: 2px 4px; }"
    "th { background: #e0e0e0; text-align: left; }"
    "td.box { width: 60px; }";

} // namespace

RoutinePrinter::RoutinePrinter(const core::plan::RoutineTree &tree, QString athleteLabel,
                               const WeightFormat &weights)
    : m_tree(tree)
    , m_athlete(std::move(athleteLabel))
    , m_weights(weights)
{ }

QString RoutinePrinter::headerHtml() const
{
    const core::Routine &r = m_tree.routine;
    QString dates = r.startsOn
        ? Tr::tr("Starts %1").arg(QLocale().toString(*r.startsOn, QLocale::LongFormat))
        : Tr::tr("No start date");
    QString html =
        QStringLiteral("<h1>%1</h1><p>%2 · %3 · %4</p>")
            .arg(esc(r.name), esc(Tr::tr("Athlete: %1").arg(m_athlete)), esc(dates),
                 esc(Tr::tr("Printed %1")
                         .arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat))));
    if (r.description && !r.description->isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(*r.description));
    return html;
}

QString RoutinePrinter::dayHtml(const core::plan::RoutineTreeDay &day) const
{
    const core::RoutineDay &d = day.row;
    QString title = d.title && !d.title->isEmpty()
        ? Tr::tr("Day %1: %2").arg(d.dayIndex).arg(*d.title)
        : Tr::tr("Day %1").arg(d.dayIndex);
    if (d.isRest)
        title += Tr::tr(" — rest day");
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(title));
    if (d.notes && !d.notes->isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(*d.notes));
    if (day.exerciseSlots.isEmpty())
        return html;
    html +=
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th>"
                       "<th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr>")
            .arg(esc(Tr::tr("Exercise")), esc(Tr::tr("Set")),
                 esc(Tr::tr("Load (%1)").arg(m_weights.unitSuffix())), esc(Tr::tr("Reps")),
                 esc(Tr::tr("Effort")), esc(Tr::tr("Tempo / rest")), esc(Tr::tr("Done load")),
                 esc(Tr::tr("Done reps")));
    for (const core::plan::RoutineSlot &slot : day.exerciseSlots) {
        QString name = QStringLiteral("<b>%1</b>").arg(esc(slot.exerciseName));
        if (slot.row.notes && !slot.row.notes->isEmpty())
            name += QStringLiteral("<br/><i>%1</i>").arg(esc(*slot.row.notes));
        if (slot.sets.isEmpty()) {
            html += QStringLiteral("<tr><td>%1</td><td colspan=\"7\"></td></tr>").arg(name);
            continue;
        }
        for (qsizetype i = 0; i < slot.sets.size(); ++i) {
            const core::PlannedSet &s = slot.sets.at(i);
            QStringList effort;
            if (s.targetRir)
                effort << Tr::tr("RIR %1").arg(*s.targetRir);
            if (s.targetRpe)
                effort << Tr::tr("RPE %1").arg(core::plan::formatNumber(*s.targetRpe));
            if (s.toFailure)
                effort << Tr::tr("to failure");
            QStringList pace;
            if (s.targetTempo)
                pace << *s.targetTempo;
            if (s.targetRestS)
                pace << core::plan::formatRest(*s.targetRestS);
            const QString setName =
                s.isWarmup ? Tr::tr("W%1").arg(s.setIndex) : QString::number(s.setIndex);
            html += QStringLiteral("<tr>%1<td>%2</td><td align=\"right\">%3</td><td "
                                   "align=\"right\">%4</td><td>%5</td><td>%6</td><td "
                                   "class=\"box\"></td><td class=\"box\"></td></tr>")
                        .arg(i == 0 ? QStringLiteral("<td rowspan=\"%1\">%2</td>")
                                          .arg(slot.sets.size())
                                          .arg(name)
                                    : QString(),
                             esc(setName),
                             s.targetWeightKg ? esc(m_weights.format(*s.targetWeightKg, false))
                                              : QString(),
                             s.targetReps ? QString::number(*s.targetReps) : QString(),
                             esc(effort.join(QStringLiteral(", "))),
                             esc(pace.join(QStringLiteral(" · "))));
        }
    }
    html += QStringLiteral("</table>");
    return html;
}

int RoutinePrinter::print(QPagedPaintDevice &device) const
{
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    const QRectF page(QPointF(0, 0), QSizeF(device.width(), device.height()));
    const auto block = [&](const QString &html) {
        auto doc = std::make_unique<QTextDocument>();
        doc->setDefaultStyleSheet(QString::fromLatin1(style));
        doc->documentLayout()->setPaintDevice(&device);
        doc->setHtml(html);
        doc->setTextWidth(page.width());
        return doc;
    };
    int pages = 1;
    qreal y = 0;
    const auto place = [&](QTextDocument &doc) {
        const qreal height = doc.size().height();
        if (y > 0 && y + height > page.height()) {
            device.newPage();
            ++pages;
            y = 0;
        }
        painter.save();
        painter.translate(0, y);
        doc.drawContents(&painter, QRectF(0, 0, page.width(), height));
        painter.restore();
        y += height;
    };
    auto header = block(headerHtml());
    place(*header);
    for (const core::plan::RoutineTreeDay &day : m_tree.days) {
        auto doc = block(dayHtml(day));
        if (doc->size().height() <= page.height()) {
            place(*doc);
            continue;
        }
        // Longer than a page: the day starts on a fresh page and breaks between its exercises.
        core::plan::RoutineTreeDay part = day;
        part.exerciseSlots.clear();
        for (const core::plan::RoutineSlot &slot : day.exerciseSlots) {
            core::plan::RoutineTreeDay next = part;
            next.exerciseSlots.append(slot);
            auto trial = block(dayHtml(next));
            if (!part.exerciseSlots.isEmpty() && trial->size().height() > page.height()) {
                auto done = block(dayHtml(part));
                place(*done);
                part.exerciseSlots = { slot };
                part.row.notes.reset();
            } else {
                part = next;
            }
        }
        auto rest = block(dayHtml(part));
        place(*rest);
    }
    return pages;
}

} // namespace ft::ui
