#include "bench_plan.h"

#include "core/db/database.h"
#include "core/plan/routineedit.h"
#include "core/plan/routinetree.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ft::bench {

using core::Database;
using core::Error;
using core::Id;

const QString benchRoutineName = QStringLiteral("bench routine 7x12x6");

// The first athlete's routine of 7 days × 12 exercises × 6 planned sets, made (and committed)
// on first use, so that both scenarios and their references read the same rows.
Result<Id> benchRoutine(Database &db)
{
    auto subject = db.scalar(QStringLiteral("SELECT MIN(id) FROM subjects"));
    if (!subject)
        return subject.error();
    if (subject->isNull())
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("no athlete in the database; run demo first"));
    const Id owner = subject->toLongLong();
    if (auto found = core::plan::findRoutine(db, owner, benchRoutineName))
        return *found;
    auto exercises = db.exec(QStringLiteral("SELECT id FROM exercises ORDER BY id LIMIT 12"));
    if (!exercises)
        return exercises.error();
    QList<Id> ids;
    while (exercises->next())
        ids.append(exercises->value(0).toLongLong());
    exercises->finish();
    Id routine = 0;
    const Status made = db.transaction([&]() -> Status {
        auto r = core::plan::createRoutine(db, owner, benchRoutineName);
        if (!r)
            return r.error();
        routine = *r;
        for (int d = 0; d < 7; ++d) {
            auto day = core::plan::insertDay(db, routine);
            if (!day)
                return day.error();
            for (int x = 0; x < 12; ++x) {
                auto slot = core::plan::insertSlot(db, *day, ids.at(x % ids.size()));
                if (!slot)
                    return slot.error();
                core::PlannedSet set;
                set.targetReps = 5;
                set.targetWeightKg = 100;
                set.targetRpe = 8;
                set.targetTempo = QStringLiteral("3-1-X-0");
                set.targetRestS = 180;
                auto first = core::plan::insertSet(db, *slot, core::plan::atEnd, set);
                if (!first)
                    return first.error();
                if (auto more = core::plan::addSetsLike(db, *first, 5); !more)
                    return more.error();
            }
        }
        return {};
    });
    if (!made)
        return made.error();
    return routine;
}

struct BenchDatabase
{
    std::unique_ptr<Database> db;
    Id routine = 0;
};

Result<BenchDatabase> openBenchRoutine(const Context &context)
{
    auto opened = Database::open(context.url);
    if (!opened)
        return opened.error();
    auto routine = benchRoutine(**opened);
    if (!routine)
        return routine.error();
    return BenchDatabase { std::move(*opened), *routine };
}

QStringList routineTreeStatements(Id routine)
{
    const QString r = QString::number(routine);
    return {
        QStringLiteral("SELECT * FROM routines WHERE id = %1").arg(r),
        QStringLiteral("SELECT * FROM routine_days WHERE routine_id = %1 ORDER BY day_index")
            .arg(r),
        QStringLiteral("SELECT x.*, e.name FROM routine_day_exercises x JOIN routine_days d ON "
                       "d.id = x.routine_day_id JOIN exercises e ON e.id = x.exercise_id WHERE "
                       "d.routine_id = %1 ORDER BY d.day_index, x.position")
            .arg(r),
        QStringLiteral("SELECT p.* FROM routine_exercise_sets p JOIN routine_day_exercises x ON "
                       "x.id = p.routine_day_exercise_id JOIN routine_days d ON d.id = "
                       "x.routine_day_id WHERE d.routine_id = %1 ORDER BY p.set_index")
            .arg(r),
    };
}

namespace {

Status countLines(const QByteArray &output, int expected, const char *scenario)
{
    int lines = 0;
    for (const QByteArray &line : output.split('\n'))
        lines += line.trimmed().isEmpty() ? 0 : 1;
    if (lines != expected)
        return Error::make(Error::Kind::Database,
                           QStringLiteral("%1: the reference printed %2 rows, not %3")
                               .arg(QLatin1String(scenario))
                               .arg(lines)
                               .arg(expected));
    return {};
}

} // namespace

QString routineOpenDescription()
{
    return QStringLiteral("loadRoutineTree of a 7 days x 12 exercises x 6 sets routine (core load, "
                          "no UI); references: the SQL shell's four SELECTs, and the same four "
                          "through a plain QSqlQuery in this process");
}

Result<Report> routineOpen(const Context &context)
{
    auto bench = openBenchRoutine(context);
    if (!bench)
        return bench.error();
    Database &db = *bench->db;
    const std::optional<Id> routine = bench->routine;
    qsizetype rows = 0;
    Comparison c;
    c.scenario = QStringLiteral("routine_open");
    c.runs = std::max(context.runs, 20);
    Timings mine; // the same runs compare() times, for the ratio to the plain QSqlQuery
    c.ours = [&]() -> Status {
        QElapsedTimer timer;
        timer.start();
        auto tree = core::plan::loadRoutineTree(db, *routine);
        if (!tree)
            return tree.error();
        mine.ms.append(timer.nsecsElapsed() / 1e6);
        rows = 1 + tree->days.size() + tree->slotCount() + tree->plannedSetCount();
        return {};
    };
    const QStringList statements = routineTreeStatements(*routine);
    c.reference = sqlShell(context.url, statements);
    c.overhead = sqlShell(context.url, { QStringLiteral("SELECT 1") });
    c.checkReference = [](const QByteArray &output) {
        return countLines(output, 1 + 7 + 84 + 504, "routine_open");
    };
    auto report = compare(context.url, c);
    if (!report)
        return report.error();
    // The same statements through a plain QSqlQuery, reading every value: what the load costs
    // beyond the database itself.
    Timings plain;
    for (int i = 0; i <= c.runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        qsizetype n = 0;
        for (const QString &sql : statements) {
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            if (!q.exec(sql))
                return db.translate(q.lastError());
            const int columns = q.record().count();
            while (q.next()) {
                for (int col = 0; col < columns; ++col)
                    q.value(col);
                ++n;
            }
        }
        if (i > 0) // the first is the warm-up
            plain.ms.append(timer.nsecsElapsed() / 1e6);
        if (n != rows)
            return Error::make(
                Error::Kind::Database,
                QStringLiteral("routine_open: QSqlQuery read %1 rows, not %2").arg(n).arg(rows));
    }
    report->insert(QStringLiteral("rows"), qint64(rows));
    report->insert(QStringLiteral("qsqlquery_ms"), roundMs(plain.median()));
    mine.ms.removeFirst(); // compare()'s warm-up
    report->insert(QStringLiteral("ratio_qsqlquery"), roundMs(mine.median() / plain.median()));
    return report;
}

QString routineCopyDescription()
{
    return QStringLiteral("copyRoutineToAthletes: the 7x12x6 routine to 30 athletes in one "
                          "transaction, rolled back; reference: the SQL shell running the same "
                          "set-wise INSERT ... SELECT statements in BEGIN ... ROLLBACK");
}

Result<Report> routineCopy(const Context &context)
{
    auto bench = openBenchRoutine(context);
    if (!bench)
        return bench.error();
    Database &db = *bench->db;
    const std::optional<Id> routine = bench->routine;
    auto athletes = db.exec(QStringLiteral("SELECT id FROM subjects ORDER BY id LIMIT 30"));
    if (!athletes)
        return athletes.error();
    QList<Id> subjects;
    while (athletes->next())
        subjects.append(athletes->value(0).toLongLong());
    athletes->finish();
    qsizetype copies = 0;
    Comparison c;
    c.scenario = QStringLiteral("routine_copy");
    c.runs = context.runs;
    c.ours = [&]() -> Status {
        // Cancelled after the copy: Database::transaction rolls back, the database stays as it was.
        const Status done = db.transaction([&]() -> Status {
            auto ids = core::plan::copyRoutineToAthletes(db, *routine, subjects);
            if (!ids)
                return ids.error();
            copies = ids->size();
            return Error::make(Error::Kind::Cancelled, QString());
        });
        if (done.ok() || done.error().kind != Error::Kind::Cancelled)
            return done.ok() ? Error::make(Error::Kind::Database, QStringLiteral("not rolled back"))
                             : done;
        return {};
    };
    const QString r = QString::number(*routine);
    QStringList statements { QStringLiteral("BEGIN") };
    for (const Id subject : subjects) {
        const QString s = QString::number(subject);
        const QString copy = QStringLiteral("(SELECT id FROM routines WHERE subject_id = %1 AND "
                                            "name = 'routine_copy reference')")
                                 .arg(s);
        statements << QStringLiteral("INSERT INTO routines (subject_id, name, description, "
                                     "starts_on, is_active, source_routine_id) SELECT %1, "
                                     "'routine_copy reference', description, starts_on, "
                                     "is_active, id FROM routines WHERE id = %2")
                          .arg(s, r)
                   << QStringLiteral("INSERT INTO routine_days (routine_id, day_index, is_rest, "
                                     "title, notes) SELECT %1, day_index, is_rest, title, notes "
                                     "FROM routine_days WHERE routine_id = %2")
                          .arg(copy, r)
                   << QStringLiteral(
                          "INSERT INTO routine_day_exercises (routine_day_id, exercise_id, "
                          "position, notes) SELECT nd.id, x.exercise_id, x.position, x.notes "
                          "FROM routine_day_exercises x JOIN routine_days od ON od.id = "
                          "x.routine_day_id JOIN routine_days nd ON nd.routine_id = %1 AND "
                          "nd.day_index = od.day_index WHERE od.routine_id = %2")
                          .arg(copy, r)
                   << QStringLiteral(
                          "INSERT INTO routine_exercise_sets (routine_day_exercise_id, set_index, "
                          "is_warmup, to_failure, target_weight_kg, target_reps, target_rir, "
                          "target_rpe, target_tempo, target_rest_s, notes) SELECT nx.id, "
                          "p.set_index, p.is_warmup, p.to_failure, p.target_weight_kg, "
                          "p.target_reps, p.target_rir, p.target_rpe, p.target_tempo, "
                          "p.target_rest_s, p.notes FROM routine_exercise_sets p JOIN "
                          "routine_day_exercises ox ON ox.id = p.routine_day_exercise_id JOIN "
                          "routine_days od ON od.id = ox.routine_day_id JOIN routine_days nd ON "
                          "nd.routine_id = %1 AND nd.day_index = od.day_index JOIN "
                          "routine_day_exercises nx ON nx.routine_day_id = nd.id AND nx.position "
                          "= ox.position WHERE od.routine_id = %2")
                          .arg(copy, r);
    }
    statements << QStringLiteral("SELECT COUNT(*) FROM routine_exercise_sets p JOIN "
                                 "routine_day_exercises x ON x.id = p.routine_day_exercise_id "
                                 "JOIN routine_days d ON d.id = x.routine_day_id JOIN routines r "
                                 "ON r.id = d.routine_id WHERE r.name = 'routine_copy reference'")
               << QStringLiteral("ROLLBACK");
    c.reference = sqlShell(context.url, statements);
    c.reference.display = QStringLiteral("shell: BEGIN; 4 INSERT ... SELECT per athlete; ROLLBACK");
    c.overhead = sqlShell(context.url, { QStringLiteral("SELECT 1") });
    const qsizetype expectedSets = subjects.size() * 504;
    c.checkReference = [expectedSets](const QByteArray &output) -> Status {
        if (!output.contains(QByteArray::number(qint64(expectedSets))))
            return Error::make(Error::Kind::Database,
                               QStringLiteral("routine_copy: the reference did not copy %1 planned "
                                              "sets: %2")
                                   .arg(expectedSets)
                                   .arg(QString::fromUtf8(output.left(200))));
        return {};
    };
    auto report = compare(context.url, c);
    if (!report)
        return report.error();
    report->insert(QStringLiteral("athletes"), qint64(copies));
    report->insert(QStringLiteral("planned_sets_copied"), qint64(expectedSets));
    return report;
}

} // namespace ft::bench
