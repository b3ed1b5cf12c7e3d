// The progress scenarios: the e1RM chart of one athlete's most logged exercise, weekly sets per
// muscle over all history, an athlete's dashboard, the coach overview of every athlete. The
// athlete is the one with the most set logs; "today" is the last session day in the database
// (the demo's history ends in the past). Each is compared with the SQL shell doing the
// corresponding aggregate on the same database.
#include "bench_stats.h"

#include "core/db/database.h"
#include "core/stats/lttb.h"
#include "core/stats/overview.h"
#include "core/stats/setqueries.h"
#include "ui/charts/timechartview.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXYSeries>

#include <cmath>
#include <memory>

namespace ft::bench {

namespace {

using core::Database;
using core::Error;
using core::Id;
namespace stats = core::stats;

// Two points per horizontal pixel of a 500-pixel plot.
constexpr qsizetype chartPoints = 1000;

struct Subject
{
    std::unique_ptr<Database> db;
    Id athlete = 0;
    qint64 setLogs = 0;
    Id exercise = 0; // the athlete's most logged exercise (load working sets)
    qint64 exerciseSets = 0;
    QDate asOf; // the last session day
};

Result<Subject> pickSubject(const Context &context)
{
    Subject s;
    auto opened = Database::open(context.url);
    if (!opened)
        return opened.error();
    s.db = std::move(*opened);
    auto athlete = s.db->exec(
        QStringLiteral("SELECT subject_id, COUNT(*) FROM exercise_set_logs GROUP BY subject_id "
                       "ORDER BY COUNT(*) DESC, subject_id LIMIT 1"));
    if (!athlete)
        return athlete.error();
    if (!athlete->next())
        return Error::make(Error::Kind::NotFound, QStringLiteral("no set logs; run demo first"));
    s.athlete = athlete->value(0).toLongLong();
    s.setLogs = athlete->value(1).toLongLong();
    athlete->finish();
    auto exercise = s.db->exec(
        QStringLiteral("SELECT exercise_id, COUNT(*) FROM exercise_set_logs WHERE subject_id = ? "
                       "AND is_warmup = ? AND actual_reps >= 1 AND actual_weight_kg > 0 "
                       "GROUP BY exercise_id ORDER BY COUNT(*) DESC, exercise_id LIMIT 1"),
        { s.athlete, s.db->dialect().bindBool(false) });
    if (!exercise)
        return exercise.error();
    if (!exercise->next())
        return Error::make(Error::Kind::NotFound, QStringLiteral("no working sets"));
    s.exercise = exercise->value(0).toLongLong();
    s.exerciseSets = exercise->value(1).toLongLong();
    exercise->finish();
    auto last = s.db->scalar(QStringLiteral("SELECT MAX(workout_date) FROM workout_sessions"));
    if (!last)
        return last.error();
    s.asOf = s.db->dialect().readDate(*last);
    return s;
}

// A statement with its values written in, for the SQL shell. Only numbers, booleans and text of
// our own making (dates, timestamps) are ever bound here.
QString inlined(const stats::Statement &st, const core::Dialect &dialect)
{
    QString sql;
    qsizetype next = 0;
    for (QChar c : st.sql) {
        if (c != QLatin1Char('?')) {
            sql += c;
            continue;
        }
        const QVariant v = st.params.value(next++);
        if (v.typeId() == QMetaType::QString)
            sql += QLatin1Char('\'') + v.toString().replace(QLatin1String("'"), QLatin1String("''"))
                + QLatin1Char('\'');
        else if (v.typeId() == QMetaType::Bool)
            sql += v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else
            sql += v.toString();
    }
    Q_UNUSED(dialect);
    return sql;
}

QString countOf(const QString &sql)
{
    return QStringLiteral("SELECT COUNT(*) FROM (%1) t").arg(sql);
}

Timings timeRuns(int runs, const std::function<Status()> &work, Status *failure)
{
    Timings t;
    for (int i = 0; i < runs && failure->ok(); ++i) {
        QElapsedTimer timer;
        timer.start();
        *failure = work();
        t.ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return t;
}

// The e1RM per day in one statement: the reference of e1rm_chart and e1rm_chart_render.
QString e1rmReferenceSql(Database &db, const Subject &s)
{
    // The same figure in one statement: the day (the session's date; the demo logs every set in
    // a session), Epley with r = 1 -> w and nothing above 10 reps, the highest per day.
    const QString day = db.dialect().isSQLite()
        ? QStringLiteral("COALESCE(s.workout_date, substr(l.performed_at, 1, 10))")
        : QStringLiteral("COALESCE(s.workout_date, (l.performed_at AT TIME ZONE 'UTC')::date)");
    return QStringLiteral(
               "SELECT %1 AS day, ROUND(MAX(CASE WHEN l.actual_reps = 1 THEN l.actual_weight_kg "
               "ELSE l.actual_weight_kg * (1 + l.actual_reps / 30.0) END), 2) "
               "FROM exercise_set_logs l LEFT JOIN workout_sessions s ON s.id = l.session_id "
               "WHERE l.subject_id = %2 AND l.exercise_id = %3 AND l.is_warmup = %4 "
               "AND l.actual_reps >= 1 AND l.actual_reps <= 10 AND l.actual_weight_kg > 0 "
               "GROUP BY %1 ORDER BY 1")
        .arg(day)
        .arg(s.athlete)
        .arg(s.exercise)
        .arg(db.dialect().isSQLite() ? QStringLiteral("0") : QStringLiteral("false"));
}

} // namespace

QString e1rmChartDescription()
{
    return QStringLiteral(
        "e1RM per day (Epley) of the athlete with the most set logs, their most logged exercise, "
        "all history, downsampled to 1000 points (LTTB); reference: the SQL shell computing the "
        "same per-day maximum in one GROUP BY. Also the query alone (query_*), against the same "
        "reference and against the shell running our very statement (statement_*)");
}

Result<Report> e1rmChart(const Context &context)
{
    auto picked = pickSubject(context);
    if (!picked)
        return picked.error();
    Subject &s = *picked;
    Database &db = *s.db;
    auto points = std::make_shared<qsizetype>(0), kept = std::make_shared<qsizetype>(0);
    auto lastSeries = std::make_shared<QList<stats::E1rmPoint>>();

    Comparison c;
    c.scenario = QStringLiteral("e1rm_chart");
    c.runs = context.runs;
    c.ours = [&]() -> Status {
        auto series = stats::e1rmSeries(db, s.athlete, s.exercise);
        if (!series)
            return series.error();
        const QList<stats::E1rmPoint> chart = stats::downsampleLttb(*series, chartPoints);
        *points = series->size();
        *kept = chart.size();
        *lastSeries = *series;
        return {};
    };
    const QString aggregate = e1rmReferenceSql(db, s);
    c.reference = sqlShell(context.url, { aggregate });
    c.overhead = sqlShell(context.url, { QStringLiteral("SELECT 1") });
    c.checkReference = [lastSeries](const QByteArray &output) -> Status {
        QList<QByteArray> lines;
        for (const QByteArray &line : output.split('\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
        if (lines.size() != lastSeries->size())
            return Error::make(Error::Kind::Database,
                               QStringLiteral("e1rm_chart: the reference has %1 days, ours %2")
                                   .arg(lines.size())
                                   .arg(lastSeries->size()));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines.at(i).split('|');
            const stats::E1rmPoint &p = lastSeries->at(i);
            if (cells.value(0) != p.date.toString(Qt::ISODate).toLatin1()
                || std::abs(cells.value(1).toDouble() - p.value) > 0.006)
                return Error::make(Error::Kind::Database,
                                   QStringLiteral("e1rm_chart: day %1 differs: %2 against %3")
                                       .arg(i)
                                       .arg(QString::fromLatin1(lines.at(i)))
                                       .arg(p.value));
        }
        return {};
    };
    auto report = compare(context.url, c);
    if (!report)
        return report.error();

    // The query alone: our statement and reading its rows.
    Status failure;
    auto query = [&]() -> Status {
        auto sets = stats::loadWorkingSets(db, s.athlete, { s.exercise });
        if (!sets)
            return sets.error();
        return {};
    };
    if (Status warm = query(); !warm)
        return warm.error();
    const Timings queryTimes = timeRuns(context.runs, query, &failure);
    if (!failure)
        return failure.error();
    // The shell running our very statement, printing its rows.
    const QString statement =
        inlined(stats::workingSetsStatement(db.dialect(), s.athlete, { s.exercise }), db.dialect());
    Timings statementTimes;
    for (int i = 0; i <= context.runs; ++i) {
        auto run = runCommand(sqlShell(context.url, { statement }));
        if (!run)
            return run.error();
        if (i > 0) // the first is a warm-up
            statementTimes.ms.append(run->ms);
    }
    report->insert(QStringLiteral("athlete"), s.athlete);
    report->insert(QStringLiteral("athlete_set_logs"), s.setLogs);
    report->insert(QStringLiteral("exercise"), s.exercise);
    report->insert(QStringLiteral("exercise_working_sets"), s.exerciseSets);
    report->insert(QStringLiteral("points"), *points);
    report->insert(QStringLiteral("points_drawn"), *kept);
    const double queryMs = queryTimes.median();
    report->insert(QStringLiteral("query_median_ms"), roundMs(queryMs));
    // The query alone against the shell's aggregate (the brief's "within 1.5x").
    const QJsonObject compared = QJsonDocument::fromJson(report->toJson()).object();
    const double referenceMs = compared.value(QStringLiteral("reference_ms")).toDouble();
    const double netMs = compared.value(QStringLiteral("reference_net_ms")).toDouble();
    if (referenceMs > 0)
        report->insert(QStringLiteral("query_ratio"),
                       std::round(queryMs / referenceMs * 1000) / 1000);
    if (netMs > 0)
        report->insert(QStringLiteral("query_ratio_net"),
                       std::round(queryMs / netMs * 1000) / 1000);
    report->insert(QStringLiteral("statement_reference_ms"), roundMs(statementTimes.median()));
    report->insert(QStringLiteral("statement_ratio"),
                   std::round(queryMs / statementTimes.median() * 1000) / 1000);
    return report;
}

QString weeklyVolumeDescription()
{
    return QStringLiteral(
        "weekly working sets, tonnage and training days per muscle of the athlete with the most "
        "set logs over all history; reference: the SQL shell running the per-day totals "
        "statement the series is built from (COUNT of its rows)");
}

Result<Report> weeklyVolume(const Context &context)
{
    auto picked = pickSubject(context);
    if (!picked)
        return picked.error();
    Subject &s = *picked;
    Database &db = *s.db;
    auto rows = std::make_shared<qsizetype>(0);
    auto days = stats::loadDayTotals(db, s.athlete, {});
    if (!days)
        return days.error();
    const qsizetype dayTotals = days->size();
    Comparison c;
    c.scenario = QStringLiteral("weekly_volume");
    c.runs = context.runs;
    c.ours = [&]() -> Status {
        auto weekly = stats::weeklyFigures(db, s.athlete, stats::WeeklyGrouping::Muscle);
        if (!weekly)
            return weekly.error();
        *rows = weekly->size();
        return {};
    };
    c.reference = sqlShell(
        context.url,
        { countOf(inlined(stats::dayTotalsStatement(db.dialect(), s.athlete, {}), db.dialect())) });
    c.overhead = sqlShell(context.url, { QStringLiteral("SELECT 1") });
    c.checkReference = [dayTotals](const QByteArray &output) -> Status {
        if (output.trimmed().toLongLong() != dayTotals)
            return Error::make(Error::Kind::Database,
                               QStringLiteral("weekly_volume: the reference counted %1 day "
                                              "totals, ours %2")
                                   .arg(QString::fromLatin1(output.trimmed()))
                                   .arg(dayTotals));
        return {};
    };
    auto report = compare(context.url, c);
    if (!report)
        return report.error();
    report->insert(QStringLiteral("athlete"), s.athlete);
    report->insert(QStringLiteral("rows"), *rows);
    report->insert(QStringLiteral("day_totals"), dayTotals);
    return report;
}

QString dashboardOpenDescription()
{
    return QStringLiteral(
        "an athlete's dashboard (5 recent sessions, records of the last 30 days, this week's sets "
        "per muscle, 90 days of body weight, the 3 most trained lifts' e1RM over 6 months) for "
        "the athlete with the most set logs; reference: the SQL shell running its set queries "
        "(every working set for the records, the week's and 12 weeks' day totals), COUNT only");
}

Result<Report> dashboardOpen(const Context &context)
{
    auto picked = pickSubject(context);
    if (!picked)
        return picked.error();
    Subject &s = *picked;
    Database &db = *s.db;
    auto records = std::make_shared<qsizetype>(0);
    Comparison c;
    c.scenario = QStringLiteral("dashboard_open");
    c.runs = context.runs;
    c.ours = [&]() -> Status {
        auto board = stats::dashboard(db, s.athlete, s.asOf);
        if (!board)
            return board.error();
        *records = board->records.size();
        return {};
    };
    const core::Dialect &d = db.dialect();
    const QDate monday = stats::isoWeekStart(s.asOf);
    c.reference = sqlShell(
        context.url,
        { countOf(inlined(stats::workingSetsStatement(d, s.athlete, {}), d)),
          countOf(
              inlined(stats::dayTotalsStatement(d, s.athlete, { monday, monday.addDays(6) }), d)),
          countOf(inlined(stats::dayTotalsStatement(d, s.athlete, { s.asOf.addDays(-83), s.asOf }),
                          d)) });
    c.overhead = sqlShell(context.url, { QStringLiteral("SELECT 1") });
    auto report = compare(context.url, c);
    if (!report)
        return report.error();
    report->insert(QStringLiteral("athlete"), s.athlete);
    report->insert(QStringLiteral("as_of"), s.asOf.toString(Qt::ISODate));
    report->insert(QStringLiteral("records_last_30_days"), *records);
    return report;
}

QString coachOverviewDescription()
{
    return QStringLiteral(
        "the coach overview of every athlete (last session, sessions in 7 and 28 days, records "
        "in 30 days, 12-week e1RM change of the 3 most trained lifts, body-weight change); also "
        "without the records column (without_records_*), which needs every athlete's whole "
        "history; reference: the SQL shell reading every athlete's working sets (COUNT only)");
}

Result<Report> coachOverview(const Context &context)
{
    auto picked = pickSubject(context);
    if (!picked)
        return picked.error();
    Subject &s = *picked;
    Database &db = *s.db;
    auto athletes = std::make_shared<qsizetype>(0);
    Comparison c;
    c.scenario = QStringLiteral("coach_overview");
    c.runs = context.runs;
    c.ours = [&]() -> Status {
        auto rows = stats::coachOverview(db, s.asOf);
        if (!rows)
            return rows.error();
        *athletes = rows->size();
        return {};
    };
    c.reference = sqlShell(
        context.url,
        { countOf(
            QStringLiteral(
                "SELECT l.id, l.exercise_id, s.workout_date, l.performed_at, l.actual_weight_kg, "
                "l.actual_reps, l.actual_rpe, l.actual_rir FROM exercise_set_logs l LEFT JOIN "
                "workout_sessions s ON s.id = l.session_id WHERE l.is_warmup = %1 AND "
                "l.actual_reps >= 1 AND l.actual_weight_kg > 0 ORDER BY l.subject_id, "
                "l.exercise_id, l.performed_at, l.set_index")
                .arg(db.dialect().isSQLite() ? QStringLiteral("0") : QStringLiteral("false"))) });
    c.overhead = sqlShell(context.url, { QStringLiteral("SELECT 1") });
    auto report = compare(context.url, c);
    if (!report)
        return report.error();

    stats::CoachOverviewOptions lean;
    lean.records = false;
    Status failure;
    auto withoutRecords = [&]() -> Status {
        auto rows = stats::coachOverview(db, s.asOf, lean);
        if (!rows)
            return rows.error();
        return {};
    };
    if (Status warm = withoutRecords(); !warm)
        return warm.error();
    const Timings t = timeRuns(context.runs, withoutRecords, &failure);
    if (!failure)
        return failure.error();
    report->insert(QStringLiteral("athletes"), *athletes);
    report->insert(QStringLiteral("as_of"), s.asOf.toString(Qt::ISODate));
    report->insert(QStringLiteral("without_records_median_ms"), roundMs(t.median()));
    report->insert(QStringLiteral("without_records_min_ms"), roundMs(t.min()));
    return report;
}

} // namespace ft::bench

namespace ft::bench {

QString e1rmChartRenderDescription()
{
    return QStringLiteral(
        "e1rm_chart as the Progress page draws it: the same e1RM per day, turned into chart points "
        "with hover texts, downsampled to two points per pixel of the plot (LTTB), handed to the "
        "line with replace(), axes fitted and the 1000x500 chart view painted offscreen; "
        "reference: e1rm_chart's SQL shell GROUP BY");
}

Result<Report> e1rmChartRender(const Context &context)
{
    auto picked = pickSubject(context);
    if (!picked)
        return picked.error();
    Subject &s = *picked;
    Database &db = *s.db;
    ui::TimeChartView view(QStringLiteral("e1RM"));
    view.resize(1000, 500);
    view.show();
    qsizetype drawn = 0;
    Comparison c;
    c.scenario = QStringLiteral("e1rm_chart_render");
    c.runs = context.runs;
    c.ours = [&]() -> Status {
        auto series = stats::e1rmSeries(db, s.athlete, s.exercise);
        if (!series)
            return series.error();
        QList<ui::ChartPoint> points;
        points.reserve(series->size());
        for (const stats::E1rmPoint &p : *series)
            points.append(
                { p.date, p.value,
                  QStringLiteral("%1: %2 kg").arg(p.date.toString(Qt::ISODate)).arg(p.value) });
        view.clearSeries();
        drawn = view.addLine(QStringLiteral("e1RM"), points)->count();
        view.fitAxes();
        view.viewport()->repaint(); // paint now, not at the next event loop pass
        return drawn > 0 ? Status()
                         : Status(Error::make(Error::Kind::Database,
                                              QStringLiteral("e1rm_chart_render: nothing drawn")));
    };
    c.reference = sqlShell(context.url, { e1rmReferenceSql(db, s) });
    c.overhead = sqlShell(context.url, { QStringLiteral("SELECT 1") });
    c.checkReference = [](const QByteArray &) { return Status(); };
    auto report = compare(context.url, c);
    if (report)
        report->insert(QStringLiteral("points_drawn"), qint64(drawn));
    return report;
}

} // namespace ft::bench
