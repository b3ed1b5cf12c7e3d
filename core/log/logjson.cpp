#include "core/log/logjson.h"

#include "core/log/sessionrows.h"

#include "core/plan/plannedvalues.h"
#include "core/plan/rows.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace ft::core::log {

using detail::s;
using detail::Tr;

namespace {

QJsonValue rounded(std::optional<double> value, int decimals)
{
    if (!value)
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

template<typename T>
QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// A JSON scalar as a CSV or text cell: null is empty.
QString cellOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? s("true") : s("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 12);
    default:
        return value.toString();
    }
}

// A table whose CSV and text cells are the JSON rows' values, column by column.
stats::Report tableOf(const QString &key, const QStringList &columns,
                      const QList<QJsonObject> &rows)
{
    stats::Report report;
    report.columns = columns;
    QJsonArray list;
    for (const QJsonObject &row : rows) {
        QJsonObject ordered;
        QStringList cells;
        for (const QString &column : columns) {
            ordered.insert(column, row.value(column));
            cells.append(cellOf(row.value(column)));
        }
        list.append(ordered);
        report.rows.append(cells);
    }
    report.json.insert(key, list);
    return report;
}

QString weightText(std::optional<double> kg)
{
    return kg ? plan::formatNumber(*kg) : s("-");
}

QString setText(const std::optional<double> &kg, const std::optional<int> &reps)
{
    return Tr::tr("%1 kg x %2").arg(weightText(kg), reps ? QString::number(*reps) : s("-"));
}

QString percent(std::optional<double> ratio)
{
    return ratio ? QString::number(std::round(*ratio * 1000.0) / 10.0) + QLatin1Char('%') : s("-");
}

QString signedNumber(double value)
{
    return (value >= 0 ? s("+") : QString()) + plan::formatNumber(value);
}

} // namespace

QString outcomeKey(SetOutcome outcome)
{
    switch (outcome) {
    case SetOutcome::Pending:
        return s("pending");
    case SetOutcome::Done:
        return s("done");
    case SetOutcome::Skipped:
        return s("skipped");
    case SetOutcome::Missed:
        return s("missed");
    case SetOutcome::Unplanned:
        return s("unplanned");
    }
    return {};
}

QJsonObject toJson(const SessionFigures &f)
{
    return {
        { s("planned_working_sets"), f.plannedWorkingSets },
        { s("done_working_sets"), f.doneWorkingSets },
        { s("skipped_sets"), f.skippedSets },
        { s("unplanned_sets"), f.unplannedSets },
        { s("logged_sets"), f.loggedSets },
        { s("completion"), rounded(f.completion(), 3) },
        { s("load_adherence"), rounded(f.loadAdherence(), 3) },
        { s("reps_adherence"), rounded(f.repsAdherence(), 3) },
        { s("tut_s"), f.tutS },
        { s("tonnage_kg"), rounded(f.tonnageKg, 2) },
    };
}

QJsonObject toJson(const CycleFigures &f)
{
    QJsonObject object = toJson(f.sets);
    object.insert(s("planned_days"), f.plannedDays);
    object.insert(s("sessions_done"), f.sessionsDone);
    object.insert(s("missed_days"), f.missedDays);
    return object;
}

QJsonObject toJson(const SessionSheet &sheet)
{
    QJsonObject object;
    object.insert(s("session"), plan::rows::toJson(sheet.session));
    object.insert(s("routine"),
                  sheet.routineName.isEmpty() ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(sheet.routineName));
    object.insert(s("day"),
                  sheet.day ? QJsonValue(plan::rows::toJson(*sheet.day))
                            : QJsonValue(QJsonValue::Null));
    object.insert(s("cycle"),
                  sheet.cycle ? QJsonValue(plan::rows::toJson(*sheet.cycle))
                              : QJsonValue(QJsonValue::Null));
    const bool completed = sheet.session.status == QLatin1String("COMPLETED");
    QJsonArray exercises;
    for (const SessionExercise &x : sheet.exercises) {
        QJsonObject e;
        e.insert(s("exercise_id"), x.exerciseId);
        e.insert(s("exercise"), x.exerciseName);
        e.insert(s("routine_day_exercise_id"), x.slot ? QJsonValue(x.slot->id) : QJsonValue());
        QJsonArray lastSets;
        for (const SetLog &log : x.history.lastSets) {
            lastSets.append(QJsonObject { { s("weight_kg"), rounded(log.actualWeightKg, 2) },
                                          { s("reps"), orNull(log.actualReps) },
                                          { s("is_warmup"), log.isWarmup } });
        }
        e.insert(s("history"),
                 QJsonObject { { s("last_date"), dateOrNull(x.history.lastDate) },
                               { s("last_sets"), lastSets },
                               { s("heaviest_kg"), rounded(x.history.heaviestKg, 2) },
                               { s("heaviest_on"), dateOrNull(x.history.heaviestOn) },
                               { s("best_e1rm_kg"), rounded(x.history.bestE1rmKg, 2) },
                               { s("best_e1rm_on"), dateOrNull(x.history.bestE1rmOn) } });
        QJsonArray sets;
        for (const SetPair &row : x.rows) {
            const SetComparison c = compareSet(row, completed);
            sets.append(QJsonObject {
                { s("planned"),
                  row.planned ? QJsonValue(plan::rows::toJson(*row.planned))
                              : QJsonValue(QJsonValue::Null) },
                { s("log"),
                  row.log ? QJsonValue(plan::rows::toJson(*row.log))
                          : QJsonValue(QJsonValue::Null) },
                { s("outcome"), outcomeKey(c.outcome) },
                { s("reps_diff"), orNull(c.repsDiff) },
                { s("load_diff_kg"), rounded(c.loadDiffKg, 2) },
                { s("rir_diff"), orNull(c.rirDiff) },
                { s("rpe_diff"), rounded(c.rpeDiff, 1) },
                { s("tut_s"), orNull(c.tutS) },
                { s("tut_diff_s"), orNull(c.tutDiffS) },
            });
        }
        e.insert(s("sets"), sets);
        exercises.append(e);
    }
    object.insert(s("exercises"), exercises);
    object.insert(s("figures"), toJson(sheet.figures));
    return object;
}

QJsonObject toJson(const CycleSummary &cycle)
{
    QJsonObject object = plan::rows::toJson(cycle.cycle);
    object.insert(s("routine"), cycle.routineName);
    object.insert(s("figures"), toJson(cycle.figures));
    return object;
}

QJsonObject toJson(const SessionSummary &summary)
{
    const WorkoutSession &session = summary.session;
    QJsonObject object = toJson(summary.figures);
    object.insert(s("session_id"), session.id);
    object.insert(s("date"), session.workoutDate.toString(Qt::ISODate));
    object.insert(s("status"), session.status);
    object.insert(s("routine"), summary.routineName);
    object.insert(s("day"), summary.dayTitle);
    object.insert(s("cycle"), orNull(summary.cycleNumber));
    object.insert(s("location"), plan::rows::jsonOf(session.location));
    object.insert(s("perceived_fatigue"), orNull(session.perceivedFatigue));
    object.insert(s("bodyweight_kg"), rounded(session.bodyweightKg, 2));
    return object;
}

QJsonObject toJson(const SubjectBodyMetrics &m)
{
    return { { s("id"), m.id },
             { s("date"), m.measuredOn.toString(Qt::ISODate) },
             { s("weight_kg"), rounded(m.weightKg, 2) },
             { s("bodyfat_pct"), rounded(m.bodyfatPct, 1) },
             { s("resting_hr"), orNull(m.restingHr) },
             { s("notes"), plan::rows::jsonOf(m.notes) } };
}

stats::Report sessionTable(const QList<SessionSummary> &sessions)
{
    QList<QJsonObject> rows;
    for (const SessionSummary &summary : sessions)
        rows.append(toJson(summary));
    return tableOf(s("sessions"),
                   { s("date"), s("status"), s("routine"), s("day"), s("cycle"),
                     s("planned_working_sets"), s("done_working_sets"), s("skipped_sets"),
                     s("unplanned_sets"), s("logged_sets"), s("completion"), s("load_adherence"),
                     s("reps_adherence"), s("tut_s"), s("tonnage_kg"), s("location"),
                     s("perceived_fatigue"), s("bodyweight_kg"), s("session_id") },
                   rows);
}

stats::Report bodyMetricsTable(const QList<SubjectBodyMetrics> &metrics)
{
    QList<QJsonObject> rows;
    for (const SubjectBodyMetrics &m : metrics)
        rows.append(toJson(m));
    return tableOf(
        s("metrics"),
        { s("date"), s("weight_kg"), s("bodyfat_pct"), s("resting_hr"), s("notes"), s("id") },
        rows);
}

QString toText(const SessionSheet &sheet)
{
    const WorkoutSession &session = sheet.session;
    QString text = Tr::tr("Session %1 on %2, %3")
                       .arg(session.id)
                       .arg(session.workoutDate.toString(Qt::ISODate), session.status);
    if (!sheet.routineName.isEmpty()) {
        text += Tr::tr(": %1").arg(sheet.routineName);
        if (sheet.day)
            text += Tr::tr(", day %1%2")
                        .arg(sheet.day->dayIndex)
                        .arg(sheet.day->title ? s(" (") + *sheet.day->title + s(")") : QString());
        if (sheet.cycle)
            text += Tr::tr(", cycle %1").arg(sheet.cycle->cycleNumber);
    } else {
        text += Tr::tr(": free session");
    }
    text += QLatin1Char('\n');
    const bool completed = session.status == QLatin1String("COMPLETED");
    for (const SessionExercise &x : sheet.exercises) {
        text += s("\n") + x.exerciseName + (x.slot ? QString() : Tr::tr(" (unplanned)")) + s("\n");
        if (x.history.lastDate.isValid()) {
            QStringList last;
            for (const SetLog &log : x.history.lastSets)
                last.append(setText(log.actualWeightKg, log.actualReps));
            text += Tr::tr("  last time %1: %2\n")
                        .arg(x.history.lastDate.toString(Qt::ISODate), last.join(s(", ")));
            text += Tr::tr("  heaviest %1 kg (%2), best e1RM %3 kg (%4)\n")
                        .arg(weightText(x.history.heaviestKg),
                             x.history.heaviestOn.toString(Qt::ISODate),
                             weightText(x.history.bestE1rmKg ? std::optional<double>(
                                            std::round(*x.history.bestE1rmKg * 10) / 10)
                                                             : std::nullopt),
                             x.history.bestE1rmOn.toString(Qt::ISODate));
        }
        int row = 0;
        for (const SetPair &pair : x.rows) {
            const SetComparison c = compareSet(pair, completed);
            QString line = QStringLiteral("  %1  %2").arg(++row, 2).arg(outcomeKey(c.outcome), -9);
            if (pair.planned)
                line += Tr::tr("  plan %1")
                            .arg(setText(pair.planned->targetWeightKg, pair.planned->targetReps));
            if (pair.log && c.outcome != SetOutcome::Skipped)
                line +=
                    Tr::tr("  did %1").arg(setText(pair.log->actualWeightKg, pair.log->actualReps));
            if (c.loadDiffKg)
                line += Tr::tr("  load %1").arg(signedNumber(*c.loadDiffKg));
            if (c.repsDiff)
                line += Tr::tr("  reps %1").arg(signedNumber(*c.repsDiff));
            if (c.tutS)
                line += Tr::tr("  TUT %1 s").arg(*c.tutS);
            text += line + QLatin1Char('\n');
        }
    }
    const SessionFigures &f = sheet.figures;
    text += Tr::tr("\nWorking sets %1 of %2 planned, %3 skipped, %4 unplanned; load %5, reps %6; "
                   "TUT %7 s; tonnage %8 kg\n")
                .arg(f.doneWorkingSets)
                .arg(f.plannedWorkingSets)
                .arg(f.skippedSets)
                .arg(f.unplannedSets)
                .arg(percent(f.loadAdherence()), percent(f.repsAdherence()))
                .arg(f.tutS)
                .arg(plan::formatNumber(std::round(f.tonnageKg * 100) / 100));
    return text;
}

QString toText(const QList<CycleSummary> &cycles)
{
    if (cycles.isEmpty())
        return Tr::tr("No cycles.\n");
    QString text;
    for (const CycleSummary &c : cycles) {
        const CycleFigures &f = c.figures;
        text += Tr::tr("%1  %2, cycle %3: %4 to %5; %6 of %7 days done, %8 missed; working sets "
                       "%9 of %10\n")
                    .arg(c.cycle.id)
                    .arg(c.routineName)
                    .arg(c.cycle.cycleNumber)
                    .arg(c.cycle.startedOn ? c.cycle.startedOn->toString(Qt::ISODate) : s("?"),
                         c.cycle.endedOn ? c.cycle.endedOn->toString(Qt::ISODate) : Tr::tr("open"))
                    .arg(f.sessionsDone)
                    .arg(f.plannedDays)
                    .arg(f.missedDays)
                    .arg(f.sets.doneWorkingSets)
                    .arg(f.sets.plannedWorkingSets);
    }
    return text;
}

} // namespace ft::core::log
