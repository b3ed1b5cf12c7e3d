#include "bench_log.h"

#include "core/changes/rowstate.h"
#include "core/changes/scopes.h"
#include "core/db/database.h"
#include "core/log/traininglog.h"
#include "ui/models/sessionsheetmodel.h"
#include "ui/session.h"

namespace ft::bench {

using core::Database;
using core::Error;
using core::Id;
namespace log = core::log;

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

QString day(const QDate &date)
{
    return u'\'' + date.toString(Qt::ISODate) + u'\'';
}

// The athlete with the most sessions (five years of history in the demo) and the day after
// their last session: "today" for the scenarios.
struct Athlete
{
    Id subject = 0;
    QDate lastSession;
    QDate today;
};

struct Opened
{
    std::unique_ptr<Database> db;
    Athlete athlete;
};

Result<Opened> openOnBusiestAthlete(const Context &context, const char *scenario)
{
    auto opened = Database::open(context.url);
    if (!opened)
        return opened.error();
    Database &db = **opened;
    auto pick = db.exec(s("SELECT subject_id, MAX(workout_date) FROM workout_sessions "
                          "GROUP BY subject_id ORDER BY COUNT(*) DESC, subject_id LIMIT 1"));
    if (!pick)
        return pick.error();
    if (!pick->next())
        return Error::make(Error::Kind::NotFound,
                           s("%1: no sessions; run demo first").arg(QLatin1String(scenario)));
    Athlete a;
    a.subject = pick->value(0).toLongLong();
    a.lastSession = db.dialect().readDate(pick->value(1));
    a.today = a.lastSession.addDays(1);
    pick->finish();
    return Opened { std::move(*opened), a };
}

// Runs `measure` on the database with the busiest athlete.
Result<Report>
onBusiestAthlete(const Context &context, const char *scenario,
                 const std::function<Result<Report>(Database &, const Athlete &)> &measure)
{
    auto opened = openOnBusiestAthlete(context, scenario);
    if (!opened)
        return opened.error();
    return measure(*opened->db, opened->athlete);
}

// How many rows each statement selects, counted by this process: what the reference must print.
Result<qsizetype> rowsOf(Database &db, const QStringList &statements)
{
    qsizetype n = 0;
    for (const QString &sql : statements) {
        auto count = db.scalar(s("SELECT COUNT(*) FROM (") + sql + s(") t"));
        if (!count)
            return count.error();
        n += count->toLongLong();
    }
    return n;
}

Status checkLines(const QByteArray &output, qsizetype expected, const char *scenario)
{
    qsizetype lines = 0;
    for (const QByteArray &line : output.split('\n'))
        lines += line.trimmed().isEmpty() ? 0 : 1;
    if (lines != expected)
        return Error::make(Error::Kind::Database,
                           s("%1: the reference printed %2 rows, not %3")
                               .arg(QLatin1String(scenario))
                               .arg(lines)
                               .arg(expected));
    return {};
}

// The reads of loadSessionRows() for the sessions `where` selects (alias s).
QStringList sessionRowStatements(const QString &where)
{
    return {
        s("SELECT s.*, r.name, d.title, d.day_index, c.cycle_number FROM workout_sessions s "
          "LEFT JOIN routine_days d ON d.id = s.routine_day_id LEFT JOIN cycles c ON c.id = "
          "s.cycle_id LEFT JOIN routines r ON r.id = COALESCE(d.routine_id, c.routine_id) WHERE ")
            + where + s(" ORDER BY s.workout_date"),
        s("SELECT x.*, e.name, p.* FROM routine_day_exercises x JOIN exercises e ON e.id = "
          "x.exercise_id LEFT JOIN routine_exercise_sets p ON p.routine_day_exercise_id = x.id "
          "WHERE x.routine_day_id IN (SELECT s.routine_day_id FROM workout_sessions s WHERE ")
            + where + s(") ORDER BY x.routine_day_id, x.position, p.set_index"),
        s("SELECT l.*, e.name FROM exercise_set_logs l JOIN exercises e ON e.id = l.exercise_id "
          "WHERE l.session_id IN (SELECT s.id FROM workout_sessions s WHERE ")
            + where + s(") ORDER BY l.session_id, l.set_index, l.id"),
    };
}

// The reads of exerciseHistory() for one exercise before `before`.
QStringList historyStatements(Id subject, Id exercise, const QDate &before, Id lastSession)
{
    const QString sub = QString::number(subject);
    const QString ex = QString::number(exercise);
    QStringList list {
        s("SELECT s.id, s.workout_date FROM workout_sessions s WHERE s.subject_id = %1 AND "
          "s.workout_date < %2 AND EXISTS (SELECT 1 FROM exercise_set_logs l WHERE l.subject_id "
          "= s.subject_id AND l.exercise_id = %3 AND l.session_id = s.id) ORDER BY "
          "s.workout_date DESC LIMIT 1")
            .arg(sub, day(before), ex),
    };
    if (lastSession == 0)
        return list;
    list << s("SELECT * FROM exercise_set_logs WHERE subject_id = %1 AND exercise_id = %2 AND "
              "session_id = %3 ORDER BY set_index")
                .arg(sub, ex, QString::number(lastSession))
         << s("SELECT l.actual_weight_kg, l.actual_reps, s.workout_date FROM exercise_set_logs l "
              "JOIN workout_sessions s ON s.id = l.session_id WHERE l.subject_id = %1 AND "
              "l.exercise_id = %2 AND s.workout_date < %3 AND NOT l.is_warmup AND "
              "l.actual_reps >= 1 AND l.actual_weight_kg > 0 ORDER BY s.workout_date")
                .arg(sub, ex, day(before));
    return list;
}

// The demo ends every cycle: the athlete starts the next cycle of their latest routine today,
// as the Training Log page offers. Returns the cycle started, or 0 when one is open.
Result<Id> startCycleIfNoneOpen(Database &db, Id subject, const QDate &today)
{
    auto current = log::currentCycle(db, subject);
    if (!current)
        return current.error();
    if (*current)
        return Id(0);
    auto routine = db.scalar(s("SELECT routine_id FROM cycles WHERE subject_id = ? "
                               "ORDER BY started_on DESC, id DESC LIMIT 1"),
                             { subject });
    if (!routine)
        return routine.error();
    if (routine->isNull())
        return Error::make(Error::Kind::NotFound, s("the athlete has never run a cycle"));
    auto cycle = log::startCycle(db, subject, routine->toLongLong(), today);
    if (!cycle)
        return cycle.error();
    return cycle->id;
}

Error rollBack()
{
    return Error::make(Error::Kind::Cancelled, s("rolled back"));
}

} // namespace

namespace {

// The scenarios' bodies, on the database with the busiest athlete.
Result<Report> measureSessionOpen(const Context &context, Database &db, const Athlete &athlete);
Result<Report> measureLogSet(const Context &context, ui::Session &ui, const Athlete &athlete);
Result<Report> measureHistoryMonth(const Context &context, Database &db, const Athlete &athlete);

} // namespace

QString sessionOpenDescription()
{
    return s("opening today's session of the athlete with the most sessions: nextRoutineDay, "
             "createSession (rolled back), loadSessionSheet with last time and best of every "
             "exercise; reference: the SQL shell running the same reads");
}

Result<Report> sessionOpen(const Context &context)
{
    return onBusiestAthlete(context, "session_open", [&](Database &db, const Athlete &athlete) {
        return measureSessionOpen(context, db, athlete);
    });
}

namespace {

Result<Report> measureSessionOpen(const Context &context, Database &db, const Athlete &athlete)
{
    const Id subject = athlete.subject;
    const QDate today = athlete.today;

    log::SessionSheet sheet;
    Comparison c;
    c.scenario = s("session_open");
    c.runs = std::max(context.runs, 20);
    c.ours = [&]() -> Status {
        const Status run = db.transaction([&]() -> Status {
            if (auto started = startCycleIfNoneOpen(db, subject, today); !started)
                return started.error();
            auto next = log::nextRoutineDay(db, subject, today);
            if (!next)
                return next.error();
            std::optional<Id> dayId, cycleId;
            if (*next) {
                dayId = (*next)->day.id;
                cycleId = (*next)->cycle.id;
                if ((*next)->startsNewCycle) {
                    auto ended = log::endCycle(db, (*next)->cycle.id, today.addDays(-1));
                    if (!ended)
                        return ended.error();
                    auto cycle = log::startCycle(db, subject, (*next)->cycle.routineId, today);
                    if (!cycle)
                        return cycle.error();
                    cycleId = cycle->id;
                }
            }
            auto existing = log::sessionOn(db, subject, today);
            if (!existing)
                return existing.error();
            Id sessionId = *existing ? (**existing).id : 0;
            if (!*existing) {
                auto created = log::createSession(db, subject, today, dayId, cycleId);
                if (!created)
                    return created.error();
                sessionId = created->id;
            }
            auto loaded = log::loadSessionSheet(db, sessionId);
            if (!loaded)
                return loaded.error();
            sheet = *loaded;
            return rollBack(); // leave the database as it was
        });
        return run.error().kind == Error::Kind::Cancelled ? Status() : run;
    };
    if (Status first = c.ours(); !first)
        return first.error();
    if (!sheet.day)
        return Error::make(Error::Kind::NotFound, s("session_open: no routine day to open"));

    // The reference reads the same: the open cycles, the routine's days, the cycle's last
    // session, the new session's day plan, and the history of each of its exercises.
    QStringList statements {
        s("SELECT * FROM cycles WHERE subject_id = %1 AND ended_on IS NULL").arg(subject),
        s("SELECT * FROM routine_days WHERE routine_id = %1 ORDER BY day_index")
            .arg(sheet.day->routineId),
        s("SELECT routine_day_id, workout_date FROM workout_sessions WHERE cycle_id = %1 AND "
          "routine_day_id IS NOT NULL ORDER BY workout_date DESC LIMIT 1")
            .arg(sheet.cycle ? sheet.cycle->id : 0),
        s("SELECT * FROM workout_sessions WHERE subject_id = %1 AND workout_date = %2")
            .arg(QString::number(subject), day(today)),
        s("SELECT x.*, e.name, p.* FROM routine_day_exercises x JOIN exercises e ON e.id = "
          "x.exercise_id LEFT JOIN routine_exercise_sets p ON p.routine_day_exercise_id = x.id "
          "WHERE x.routine_day_id = %1 ORDER BY x.position, p.set_index")
            .arg(sheet.day->id),
    };
    qsizetype plannedRows = 0;
    QSet<Id> seen;
    for (const log::SessionExercise &x : sheet.exercises) {
        plannedRows += x.rows.size();
        if (seen.contains(x.exerciseId))
            continue;
        seen.insert(x.exerciseId);
        statements += historyStatements(subject, x.exerciseId, today, 0);
        if (x.history.lastDate.isValid()) {
            auto id = db.scalar(s("SELECT id FROM workout_sessions WHERE subject_id = ? AND "
                                  "workout_date = ?"),
                                { subject, db.dialect().bindDate(x.history.lastDate) });
            if (!id)
                return id.error();
            statements += historyStatements(subject, x.exerciseId, today, id->toLongLong()).mid(1);
        }
    }
    auto expected = rowsOf(db, statements);
    if (!expected)
        return expected.error();
    c.reference = sqlShell(context.url, statements);
    c.overhead = sqlShell(context.url, { s("SELECT 1") });
    const qsizetype lines = *expected;
    c.checkReference = [lines](const QByteArray &output) {
        return checkLines(output, lines, "session_open");
    };
    auto report = compare(context.url, c);
    if (!report)
        return report.error();
    report->insert(
        s("athlete_sessions"),
        db.scalar(s("SELECT COUNT(*) FROM workout_sessions WHERE subject_id = ?"), { subject })
            ->toLongLong());
    report->insert(s("exercises"), qint64(sheet.exercises.size()));
    report->insert(s("rows"), qint64(plannedRows));
    return report;
}

} // namespace

QString logSetDescription()
{
    return s("confirming one planned set as planned in the Training Log's model: the undoable "
             "command (recordEdit of logSet in scopes::session), the notifier, the model's row "
             "update and the session's figures; reference: the SQL shell doing the same reads and "
             "the insert in a rolled-back transaction");
}

Result<Report> logSet(const Context &context)
{
    auto opened = openOnBusiestAthlete(context, "log_set");
    if (!opened)
        return opened.error();
    ui::Session ui;
    ui.setDatabase(std::move(opened->db));
    ui.setCurrentAthlete(opened->athlete.subject);
    return measureLogSet(context, ui, opened->athlete);
}

namespace {

Result<Report> measureLogSet(const Context &context, ui::Session &ui, const Athlete &athlete)
{
    Database &db = *ui.database();
    const Id subject = athlete.subject;
    const QDate today = athlete.today;

    // Today's session from the plan (and the cycle, when none is open), made for the scenario
    // and deleted after it.
    auto started = startCycleIfNoneOpen(db, subject, today);
    if (!started)
        return started.error();
    const Id startedCycle = *started;
    auto next = log::nextRoutineDay(db, subject, today);
    if (!next)
        return next.error();
    if (!*next)
        return Error::make(Error::Kind::NotFound, s("log_set: the athlete has no open cycle"));
    auto session = log::createSession(db, subject, today, (*next)->day.id, (*next)->cycle.id);
    if (!session)
        return session.error();
    const Id sessionId = session->id;
    const auto cleanUp = [&]() -> Status {
        if (Status removed = log::deleteSession(db, sessionId); !removed)
            return removed;
        if (startedCycle == 0)
            return {};
        auto removed = db.exec(s("DELETE FROM cycles WHERE id = ?"), { startedCycle });
        return removed ? Status() : Status(removed.error());
    };
    auto loaded = log::loadSessionSheet(db, sessionId);
    if (!loaded || loaded->exercises.isEmpty() || loaded->exercises.first().rows.isEmpty()) {
        (void)cleanUp();
        return loaded ? Error::make(Error::Kind::NotFound, s("log_set: an empty routine day"))
                      : loaded.error();
    }
    log::SessionSheet sheet = *loaded;
    const log::SessionExercise &first = sheet.exercises.first();
    const core::PlannedSet planned = *first.rows.first().planned;
    const QDateTime at(today, QTime(18, 0));
    ui::SessionSheetModel model(ui);
    model.setSessionId(sessionId);
    int logged = 0;

    Comparison c;
    c.scenario = s("log_set");
    c.runs = std::max(context.runs, 20);
    c.ours = [&]() -> Status {
        // The next planned row, as Enter confirms it; past the plan, one more set after the last.
        const QModelIndex pending = model.nextPending({});
        auto log = pending.isValid()
            ? model.confirm(pending, std::nullopt)
            : model.addSet(model.indexOfLog(model.sheet()->exercises.first().rows.last().log->id));
        if (!log)
            return log.error();
        ++logged;
        return {};
    };
    const QString sid = QString::number(sessionId);
    const QStringList reads {
        s("SELECT MAX(id) FROM exercise_set_logs"),
        s("SELECT * FROM workout_sessions WHERE id = %1").arg(sid),
        s("SELECT * FROM exercise_set_logs WHERE session_id = %1").arg(sid),
        s("SELECT * FROM import_batch_sessions WHERE session_id = %1").arg(sid),
    };
    QStringList statements { s("BEGIN") };
    statements += reads;
    statements << s("SELECT * FROM workout_sessions WHERE id = %1").arg(sid)
               << s("SELECT x.routine_day_id FROM routine_exercise_sets p JOIN "
                    "routine_day_exercises x ON x.id = p.routine_day_exercise_id WHERE p.id = %1")
                      .arg(planned.id)
               << s("SELECT MAX(set_index) FROM exercise_set_logs WHERE session_id = %1 AND "
                    "exercise_id = %2")
                      .arg(sid)
                      .arg(first.exerciseId)
               << s("SELECT subject_id FROM workout_sessions WHERE id = %1").arg(sid)
               << s("INSERT INTO exercise_set_logs (subject_id, exercise_id, session_id, "
                    "planned_set_id, performed_at, set_index, actual_weight_kg, actual_reps) "
                    "VALUES (%1, %2, %3, %4, '%5', 999, %6, %7)")
                      .arg(subject)
                      .arg(first.exerciseId)
                      .arg(sessionId)
                      .arg(planned.id)
                      .arg(at.toUTC().toString(Qt::ISODateWithMs))
                      .arg(planned.targetWeightKg.value_or(0))
                      .arg(planned.targetReps.value_or(0));
    statements += reads;
    statements << s("ROLLBACK");
    c.reference = sqlShell(context.url, statements);
    c.overhead = sqlShell(context.url, { s("SELECT 1") });
    c.checkReference = [&](const QByteArray &output) -> Status {
        // Two reads of the session's logs, the second with one more row than the first.
        qsizetype lines = 0;
        for (const QByteArray &line : output.split('\n'))
            lines += line.trimmed().isEmpty() ? 0 : 1;
        auto before = rowsOf(db, { reads.at(1), reads.at(2), reads.at(3) });
        if (!before)
            return before.error();
        // MAX(id) twice, the session thrice, the routine day, MAX(set_index), the subject.
        const qsizetype expected = 2 + 3 + 1 + 1 + 1 + 2 * (*before - 1) + 1;
        return lines == expected
            ? Status()
            : Error::make(
                Error::Kind::Database,
                s("log_set: the reference printed %1 rows, not %2").arg(lines).arg(expected));
    };
    auto report = compare(context.url, c);
    const Status removed = cleanUp();
    if (!report)
        return report.error();
    if (!removed)
        return removed.error();
    report->insert(s("sets_logged"), logged);
    report->insert(s("done_working_sets"),
                   model.sheet() ? model.sheet()->figures.doneWorkingSets : 0);
    return report;
}

} // namespace

QString historyMonthDescription()
{
    return s("historyMonth of the athlete with the most sessions for the month before their last "
             "session (calendar marks and the list with figures); reference: the SQL shell "
             "running the same reads");
}

Result<Report> historyMonth(const Context &context)
{
    return onBusiestAthlete(context, "history_month", [&](Database &db, const Athlete &athlete) {
        return measureHistoryMonth(context, db, athlete);
    });
}

namespace {

Result<Report> measureHistoryMonth(const Context &context, Database &db, const Athlete &athlete)
{
    const Id subject = athlete.subject;
    const QDate first =
        QDate(athlete.lastSession.year(), athlete.lastSession.month(), 1).addMonths(-1);
    const QDate last = first.addMonths(1).addDays(-1);

    log::HistoryMonth month;
    Comparison c;
    c.scenario = s("history_month");
    c.runs = std::max(context.runs, 20);
    c.ours = [&]() -> Status {
        auto m = log::historyMonth(db, subject, first.year(), first.month(), athlete.today);
        if (!m)
            return m.error();
        month = *m;
        return {};
    };
    QStringList statements = sessionRowStatements(
        s("s.subject_id = %1 AND s.workout_date >= %2 AND s.workout_date <= %3")
            .arg(QString::number(subject), day(first), day(last)));
    statements << s("SELECT * FROM cycles c WHERE c.subject_id = %1 AND c.started_on IS NOT NULL "
                    "AND c.started_on <= %2")
                      .arg(QString::number(subject), day(last))
               << s("SELECT d.* FROM routine_days d JOIN routines r ON r.id = d.routine_id WHERE "
                    "r.subject_id = %1 ORDER BY d.routine_id, d.day_index")
                      .arg(subject)
               << s("SELECT cycle_id, routine_day_id FROM workout_sessions WHERE subject_id = %1 "
                    "AND cycle_id IS NOT NULL AND routine_day_id IS NOT NULL")
                      .arg(subject);
    auto expected = rowsOf(db, statements);
    if (!expected)
        return expected.error();
    c.reference = sqlShell(context.url, statements);
    c.overhead = sqlShell(context.url, { s("SELECT 1") });
    const qsizetype lines = *expected;
    c.checkReference = [lines](const QByteArray &output) {
        return checkLines(output, lines, "history_month");
    };
    auto report = compare(context.url, c);
    if (!report)
        return report.error();
    int marked = 0;
    for (log::DayMark mark : month.days)
        marked += mark == log::DayMark::None ? 0 : 1;
    report->insert(s("month"), first.toString(s("yyyy-MM")));
    report->insert(s("sessions"), qint64(month.sessions.size()));
    report->insert(s("marked_days"), marked);
    return report;
}

} // namespace

} // namespace ft::bench
