// The training log's core (core/log/traininglog.h) on both backends: cycle numbers, the next
// routine day across rest days and into a new cycle, one session per day, moving and deleting
// sessions, set_index kept 1..n under uq_esl_session_set, skipped and planned sets, the
// subject-consistency rules reached through the logging path, and undo of every action.
#include "core/changes/rowstate.h"
#include "core/changes/scopes.h"
#include "core/db/repository.h"
#include "core/log/traininglog.h"
#include "sampledata.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QTest>

#include <functional>

using namespace ft::core;
using namespace ft::core::log;
using namespace ft::test;
using namespace Qt::StringLiterals;

namespace {

// A routine of four days: A (bench: a warm-up and two working sets), rest, B (squat: two
// working sets), rest.
struct LogRoutine
{
    Routine routine;
    RoutineDay dayA, rest1, dayB, rest2;
    Exercise squat;
    RoutineDayExercise slotA, slotB;
    PlannedSet warmupA, setA1, setA2, setB1, setB2;
};

PlannedSet planned(Id slot, int index, bool warmup, double kg, int reps)
{
    PlannedSet p;
    p.routineDayExerciseId = slot;
    p.setIndex = index;
    p.isWarmup = warmup;
    p.targetWeightKg = kg;
    p.targetReps = reps;
    p.targetTempo = u"3-1-X-0"_s;
    p.targetRestS = 120;
    return p;
}

QDateTime at(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute));
}

} // namespace

class TestTrainingLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void cyclesAreNumberedPerRoutine();
    void nextDaySkipsRestDaysAndOpensNewCycle();
    void secondSessionSameDayIsRefused();
    void moveShiftsSetsAndRefusesOccupiedDay();
    void deleteSessionTakesItsSets();
    void setIndexesStayContiguous();
    void performedAtIsMovedOntoSessionDay();
    void skipAndPlanKeepPlannedSetId();
    void valuesOutsideRangesAreRefused();
    void setIntoAnotherAthletesSessionIsRefused();
    void sessionIntoAnotherAthletesCycleIsRefused();
    void plannedSetOfAnotherDayIsRefused();
    void everyActionUndoesToTheSameFingerprint();
    void sheetPairsPlanLogsAndHistory();
    void cycleFiguresAndHistoryMonth();
    void bodyMetricsOnePerDay();

private:
    Status makeRoutine();
    // Runs `work` through recordEdit with `scope`, undoes it, and compares fingerprints.
    void checkUndo(const QString &what, const Scope &scope, const std::function<Status()> &work);

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    SampleGraph m_graph;
    OtherAthlete m_bob;
    LogRoutine m_r;
    Id m_ada = 0;
};

void TestTrainingLog::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->createMigrated(), qPrintable(m_tdb->errorString()));
    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    m_db = std::move(*db);
    auto graph = createSampleGraph(*m_db);
    FT_VERIFY_OK(graph);
    m_graph = *graph;
    m_ada = m_graph.subject.id;
    auto bob = createOtherAthlete(*m_db);
    FT_VERIFY_OK(bob);
    m_bob = *bob;
    FT_VERIFY_OK(makeRoutine());
}

void TestTrainingLog::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

Status TestTrainingLog::makeRoutine()
{
    return m_db->transaction([&]() -> Status {
        LogRoutine &r = m_r;
        r.routine.subjectId = m_ada;
        r.routine.name = u"Upper Lower"_s;
        if (Status s = store(*m_db, r.routine); !s)
            return s;
        int index = 0;
        for (RoutineDay *day : { &r.dayA, &r.rest1, &r.dayB, &r.rest2 }) {
            day->routineId = r.routine.id;
            day->dayIndex = ++index;
            day->isRest = day == &r.rest1 || day == &r.rest2;
            if (Status s = store(*m_db, *day); !s)
                return s;
        }
        r.squat.name = u"Back Squat"_s;
        r.squat.slug = u"back-squat"_s;
        r.squat.primaryMuscle = u"QUADS"_s;
        r.squat.movement = u"SQUAT"_s;
        r.squat.mechanics = u"COMPOUND"_s;
        r.squat.force = u"PUSH"_s;
        r.squat.equipment = u"BARBELL"_s;
        if (Status s = store(*m_db, r.squat); !s)
            return s;
        r.slotA.routineDayId = r.dayA.id;
        r.slotA.exerciseId = m_graph.exercise.id;
        r.slotB.routineDayId = r.dayB.id;
        r.slotB.exerciseId = r.squat.id;
        for (RoutineDayExercise *slot : { &r.slotA, &r.slotB }) {
            if (Status s = store(*m_db, *slot); !s)
                return s;
        }
        r.warmupA = planned(r.slotA.id, 1, true, 40, 10);
        r.setA1 = planned(r.slotA.id, 2, false, 80, 5);
        r.setA2 = planned(r.slotA.id, 3, false, 80, 5);
        r.setB1 = planned(r.slotB.id, 1, false, 100, 5);
        r.setB2 = planned(r.slotB.id, 2, false, 100, 5);
        for (PlannedSet *set : { &r.warmupA, &r.setA1, &r.setA2, &r.setB1, &r.setB2 }) {
            if (Status s = store(*m_db, *set); !s)
                return s;
        }
        return {};
    });
}

void TestTrainingLog::checkUndo(const QString &what, const Scope &scope,
                                const std::function<Status()> &work)
{
    const QByteArray before = m_tdb->contentFingerprint();
    auto edit = recordEdit(*m_db, scope, work);
    QVERIFY2(edit.ok(), qPrintable(what + u": "_s + (edit ? QString() : describe(edit.error()))));
    QVERIFY2(edit->rowsChanged > 0, qPrintable(what + u" changed nothing"_s));
    const QByteArray after = m_tdb->contentFingerprint();
    QVERIFY2(after != before, qPrintable(what));
    FT_VERIFY_OK(applyState(*m_db, edit->after, edit->before));
    QVERIFY2(m_tdb->contentFingerprint() == before, qPrintable(what + u": undo differs"_s));
    FT_VERIFY_OK(applyState(*m_db, edit->before, edit->after));
    QVERIFY2(m_tdb->contentFingerprint() == after, qPrintable(what + u": redo differs"_s));
}

void TestTrainingLog::cyclesAreNumberedPerRoutine()
{
    auto first = startCycle(*m_db, m_ada, m_r.routine.id, QDate(2026, 1, 5), u" block 1 "_s);
    FT_VERIFY_OK(first);
    QCOMPARE(first->cycleNumber, 1);
    QCOMPARE(first->notes, std::optional<QString>(u"block 1"_s));

    const QByteArray before = m_tdb->contentFingerprint();
    Error e;
    FT_VERIFY_FAILS(startCycle(*m_db, m_ada, m_r.routine.id, QDate(2026, 2, 5)), e);
    QCOMPARE(e.field, u"cycles.routine_id"_s);
    QVERIFY(e.message.contains(u"cycle 1"_s));
    FT_VERIFY_FAILS(endCycle(*m_db, first->id, QDate(2026, 1, 4)), e);
    QCOMPARE(e.field, u"cycles.ended_on"_s);
    // Bob's routine is not Ada's (validators.h through Repository<Cycle>).
    FT_VERIFY_FAILS(startCycle(*m_db, m_ada, m_bob.routine.id, QDate(2026, 1, 5)), e);
    QCOMPARE(e.field, u"cycles.routine_id"_s);
    QCOMPARE(m_tdb->contentFingerprint(), before);

    auto ended = endCycle(*m_db, first->id, QDate(2026, 2, 1));
    FT_VERIFY_OK(ended);
    QCOMPARE(ended->endedOn, std::optional<QDate>(QDate(2026, 2, 1)));
    auto second = startCycle(*m_db, m_ada, m_r.routine.id, QDate(2026, 2, 2));
    FT_VERIFY_OK(second);
    QCOMPARE(second->cycleNumber, 2);

    auto current = currentCycle(*m_db, m_ada);
    FT_VERIFY_OK(current);
    QVERIFY(current->has_value());
    QCOMPARE((*current)->id, second->id); // the sample's open cycle started in 2024

    auto list = listCycles(*m_db, m_ada, QDate(2026, 2, 2));
    FT_VERIFY_OK(list);
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0).cycle.id, second->id); // newest start first
    QCOMPARE(list->at(1).cycle.id, first->id);
    QCOMPARE(list->at(0).routineName, u"Upper Lower"_s);
    QCOMPARE(list->at(0).figures.plannedDays, 2);
}

void TestTrainingLog::nextDaySkipsRestDaysAndOpensNewCycle()
{
    auto bobs = nextRoutineDay(*m_db, m_bob.subject.id, QDate(2026, 1, 1));
    FT_VERIFY_OK(bobs);
    // Bob's one-day routine is through after his session of 2024-05-03: day 1 again, the day
    // after, in a new cycle.
    QVERIFY(bobs->has_value());
    QVERIFY((*bobs)->startsNewCycle);
    QCOMPARE((*bobs)->day.id, m_bob.routineDay.id);
    QCOMPARE((*bobs)->scheduledOn, QDate(2024, 5, 4));

    auto cycle = startCycle(*m_db, m_ada, m_r.routine.id, QDate(2026, 1, 5));
    FT_VERIFY_OK(cycle);
    auto next = nextRoutineDay(*m_db, m_ada, QDate(2026, 1, 5));
    FT_VERIFY_OK(next);
    QVERIFY(next->has_value());
    QCOMPARE((*next)->day.id, m_r.dayA.id);
    QCOMPARE((*next)->scheduledOn, QDate(2026, 1, 5));
    QCOMPARE((*next)->routineName, u"Upper Lower"_s);
    QVERIFY(!(*next)->startsNewCycle);

    FT_VERIFY_OK(createSession(*m_db, m_ada, QDate(2026, 1, 5), m_r.dayA.id, cycle->id));
    next = nextRoutineDay(*m_db, m_ada, QDate(2026, 1, 6));
    FT_VERIFY_OK(next);
    QCOMPARE((*next)->day.id, m_r.dayB.id); // the rest day is skipped but counted
    QCOMPARE((*next)->scheduledOn, QDate(2026, 1, 7));

    // A day late: the schedule follows the session's date.
    FT_VERIFY_OK(createSession(*m_db, m_ada, QDate(2026, 1, 8), m_r.dayB.id, cycle->id));
    next = nextRoutineDay(*m_db, m_ada, QDate(2026, 1, 9));
    FT_VERIFY_OK(next);
    QVERIFY((*next)->startsNewCycle);
    QCOMPARE((*next)->cycle.id, cycle->id);
    QCOMPARE((*next)->day.id, m_r.dayA.id);
    QCOMPARE((*next)->scheduledOn, QDate(2026, 1, 10)); // after the last (rest) day
}

void TestTrainingLog::secondSessionSameDayIsRefused()
{
    FT_VERIFY_OK(createSession(*m_db, m_ada, QDate(2026, 3, 1)));
    const QByteArray before = m_tdb->contentFingerprint();
    Error e;
    FT_VERIFY_FAILS(createSession(*m_db, m_ada, QDate(2026, 3, 1), m_r.dayA.id), e);
    QCOMPARE(e.kind, Error::Kind::Unique);
    QCOMPARE(e.rule, u"uq_ws_subject_date"_s);
    QCOMPARE(e.field, u"workout_sessions.workout_date"_s);
    QCOMPARE(e.value, u"2026-03-01"_s);
    QVERIFY(e.message.contains(u"Ada Lovelace"_s));
    QVERIFY(e.message.contains(u"2026-03-01"_s));
    QCOMPARE(m_tdb->contentFingerprint(), before);
    // Another athlete the same day is fine.
    FT_VERIFY_OK(createSession(*m_db, m_bob.subject.id, QDate(2026, 3, 1)));
}

void TestTrainingLog::moveShiftsSetsAndRefusesOccupiedDay()
{
    auto session = createSession(*m_db, m_ada, QDate(2026, 3, 2), m_r.dayA.id);
    FT_VERIFY_OK(session);
    auto log1 = logSet(*m_db, m_ada, session->id, entryFromPlan(m_graph.exercise.id, m_r.setA1),
                       at(QDate(2026, 3, 2), 18, 5));
    FT_VERIFY_OK(log1);
    FT_VERIFY_OK(createSession(*m_db, m_ada, QDate(2026, 3, 9)));

    const QByteArray before = m_tdb->contentFingerprint();
    Error e;
    FT_VERIFY_FAILS(moveSession(*m_db, session->id, QDate(2026, 3, 9)), e);
    QCOMPARE(e.rule, u"uq_ws_subject_date"_s);
    QCOMPARE(e.value, u"2026-03-09"_s);
    QVERIFY(e.message.contains(u"Ada Lovelace"_s));
    QCOMPARE(m_tdb->contentFingerprint(), before);

    auto moved = moveSession(*m_db, session->id, QDate(2026, 3, 5));
    FT_VERIFY_OK(moved);
    QCOMPARE(moved->workoutDate, QDate(2026, 3, 5));
    auto log = Repository<SetLog>(*m_db).get(log1->id);
    FT_VERIFY_OK(log);
    QCOMPARE(log->performedAt, at(QDate(2026, 3, 5), 18, 5).toUTC());
    auto on = sessionOn(*m_db, m_ada, QDate(2026, 3, 5));
    FT_VERIFY_OK(on);
    QVERIFY(on->has_value());
    QCOMPARE((*on)->id, session->id);
}

void TestTrainingLog::deleteSessionTakesItsSets()
{
    auto session = createSession(*m_db, m_ada, QDate(2026, 3, 2));
    FT_VERIFY_OK(session);
    auto log = logSet(*m_db, m_ada, session->id, entryFromPlan(m_r.squat.id, m_r.setB1),
                      at(QDate(2026, 3, 2), 18));
    QVERIFY(!log.ok()); // a free session has no planned sets
    SetEntry free;
    free.exerciseId = m_r.squat.id;
    free.weightKg = 100;
    free.reps = 5;
    FT_VERIFY_OK(logSet(*m_db, m_ada, session->id, free, at(QDate(2026, 3, 2), 18)));
    const qint64 logs = rowCount(*m_db, u"exercise_set_logs"_s);
    FT_VERIFY_OK(deleteSession(*m_db, session->id));
    QCOMPARE(rowCount(*m_db, u"exercise_set_logs"_s), logs - 1);
    auto on = sessionOn(*m_db, m_ada, QDate(2026, 3, 2));
    FT_VERIFY_OK(on);
    QVERIFY(!on->has_value());
}

void TestTrainingLog::setIndexesStayContiguous()
{
    auto session = createSession(*m_db, m_ada, QDate(2026, 3, 2));
    FT_VERIFY_OK(session);
    // One performed_at for every set: only set_index keeps uq_esl_session_set apart, so any
    // transient duplicate while renumbering would fail.
    const QDateTime when = at(QDate(2026, 3, 2), 18);
    SetEntry entry;
    entry.exerciseId = m_r.squat.id;
    entry.reps = 5;
    QList<Id> ids;
    for (double kg : { 100.0, 105.0, 110.0 }) {
        entry.weightKg = kg;
        auto log = logSet(*m_db, m_ada, session->id, entry, when);
        FT_VERIFY_OK(log);
        QCOMPARE(log->setIndex, ids.size() + 1);
        ids.append(log->id);
    }
    entry.weightKg = 102.5;
    auto inserted = logSet(*m_db, m_ada, session->id, entry, when, ids.at(0));
    FT_VERIFY_OK(inserted);
    QCOMPARE(inserted->setIndex, 2);
    ids.insert(1, inserted->id);

    const auto indexes = [&]() {
        QList<Id> order;
        auto rows = Repository<SetLog>(*m_db).list(
            Filter().where(u"session_id"_s, session->id).order(u"set_index"_s));
        if (rows) {
            for (int i = 0; i < rows->size(); ++i) {
                if (rows->at(i).setIndex != i + 1)
                    return QList<Id>();
                order.append(rows->at(i).id);
            }
        }
        return order;
    };
    QCOMPARE(indexes(), ids);
    FT_VERIFY_OK(deleteSet(*m_db, ids.at(0)));
    ids.removeFirst();
    QCOMPARE(indexes(), ids);
    FT_VERIFY_OK(deleteSet(*m_db, ids.at(1)));
    ids.removeAt(1);
    QCOMPARE(indexes(), ids);

    // Updating values keeps index and time.
    entry.weightKg = 120;
    auto updated = updateSet(*m_db, ids.at(0), entry);
    FT_VERIFY_OK(updated);
    QCOMPARE(updated->setIndex, 1);
    QCOMPARE(updated->actualWeightKg, std::optional<double>(120));
    QCOMPARE(updated->performedAt, when.toUTC());
}

void TestTrainingLog::performedAtIsMovedOntoSessionDay()
{
    auto session = createSession(*m_db, m_ada, QDate(2026, 3, 2));
    FT_VERIFY_OK(session);
    SetEntry entry;
    entry.exerciseId = m_r.squat.id;
    entry.reps = 5;
    auto log = logSet(*m_db, m_ada, session->id, entry, at(QDate(2026, 3, 20), 7, 30));
    FT_VERIFY_OK(log);
    QCOMPARE(log->performedAt.toLocalTime().date(), QDate(2026, 3, 2));
    QCOMPARE(log->performedAt.toLocalTime().time(), QTime(7, 30));
}

void TestTrainingLog::skipAndPlanKeepPlannedSetId()
{
    auto session = createSession(*m_db, m_ada, QDate(2026, 3, 2), m_r.dayA.id);
    FT_VERIFY_OK(session);
    auto done = logSet(*m_db, m_ada, session->id, entryFromPlan(m_graph.exercise.id, m_r.setA1),
                       at(QDate(2026, 3, 2), 18));
    FT_VERIFY_OK(done);
    QCOMPARE(done->plannedSetId, std::optional<Id>(m_r.setA1.id));
    QCOMPARE(done->actualWeightKg, std::optional<double>(80));
    QCOMPARE(done->actualTempo, std::optional<QString>(u"3-1-X-0"_s));
    auto skipped = skipSet(*m_db, m_ada, session->id, m_r.setA2.id, at(QDate(2026, 3, 2), 18));
    FT_VERIFY_OK(skipped);
    QCOMPARE(skipped->plannedSetId, std::optional<Id>(m_r.setA2.id));
    QCOMPARE(skipped->actualReps, std::optional<int>(0));
    QVERIFY(!skipped->actualWeightKg);
    QCOMPARE(skipped->exerciseId, m_graph.exercise.id);
    QCOMPARE(skipped->setIndex, 2);
    QVERIFY(isSkipped(*skipped));
    QCOMPARE(compareSet({ m_r.setA2, *skipped }, false).outcome, SetOutcome::Skipped);
}

void TestTrainingLog::valuesOutsideRangesAreRefused()
{
    auto session = createSession(*m_db, m_ada, QDate(2026, 3, 2));
    FT_VERIFY_OK(session);
    const QByteArray before = m_tdb->contentFingerprint();
    SetEntry entry;
    entry.exerciseId = m_r.squat.id;
    entry.reps = 5;
    entry.rpe = 11;
    Error e;
    FT_VERIFY_FAILS(logSet(*m_db, m_ada, session->id, entry, at(QDate(2026, 3, 2), 18)), e);
    QCOMPARE(e.field, u"exercise_set_logs.actual_rpe"_s);
    QCOMPARE(e.value, u"11"_s);
    entry.rpe.reset();
    entry.reps = -1;
    FT_VERIFY_FAILS(logSet(*m_db, m_ada, session->id, entry, at(QDate(2026, 3, 2), 18)), e);
    QCOMPARE(e.field, u"exercise_set_logs.actual_reps"_s);
    entry.reps = 5;
    entry.tempo = u"slow"_s;
    FT_VERIFY_FAILS(logSet(*m_db, m_ada, session->id, entry, at(QDate(2026, 3, 2), 18)), e);
    QCOMPARE(e.field, u"exercise_set_logs.actual_tempo"_s);
    WorkoutSession edited = *session;
    edited.perceivedFatigue = 11;
    FT_VERIFY_FAILS(updateSession(*m_db, edited), e);
    QCOMPARE(e.field, u"workout_sessions.perceived_fatigue"_s);
    QCOMPARE(m_tdb->contentFingerprint(), before);
}

void TestTrainingLog::setIntoAnotherAthletesSessionIsRefused()
{
    const QByteArray before = m_tdb->contentFingerprint();
    SetEntry entry;
    entry.exerciseId = m_r.squat.id;
    entry.reps = 5;
    Error e;
    FT_VERIFY_FAILS(logSet(*m_db, m_ada, m_bob.session.id, entry, at(m_bob.session.workoutDate, 9)),
                    e);
    QCOMPARE(e.field, u"exercise_set_logs.session_id"_s);
    QCOMPARE(e.kind, Error::Kind::InvalidValue);
    // Also when inserting after a set, which moves other rows first.
    SetEntry bobs = entry;
    auto bobLog =
        logSet(*m_db, m_bob.subject.id, m_bob.session.id, bobs, at(m_bob.session.workoutDate, 9));
    FT_VERIFY_OK(bobLog);
    const QByteArray withBobsSet = m_tdb->contentFingerprint();
    FT_VERIFY_FAILS(
        logSet(*m_db, m_ada, m_bob.session.id, entry, at(m_bob.session.workoutDate, 9), bobLog->id),
        e);
    QCOMPARE(e.field, u"exercise_set_logs.session_id"_s);
    QCOMPARE(m_tdb->contentFingerprint(), withBobsSet);
    QVERIFY(withBobsSet != before);
}

void TestTrainingLog::sessionIntoAnotherAthletesCycleIsRefused()
{
    const QByteArray before = m_tdb->contentFingerprint();
    Error e;
    FT_VERIFY_FAILS(createSession(*m_db, m_ada, QDate(2026, 3, 2), std::nullopt, m_bob.cycle.id),
                    e);
    QCOMPARE(e.field, u"workout_sessions.cycle_id"_s);
    // Bob's routine day without a cycle.
    FT_VERIFY_FAILS(createSession(*m_db, m_ada, QDate(2026, 3, 2), m_bob.routineDay.id), e);
    QCOMPARE(e.field, u"workout_sessions.routine_day_id"_s);
    // A day of another routine than the cycle's.
    auto cycle = startCycle(*m_db, m_ada, m_r.routine.id, QDate(2026, 3, 1));
    FT_VERIFY_OK(cycle);
    const QByteArray withCycle = m_tdb->contentFingerprint();
    FT_VERIFY_FAILS(
        createSession(*m_db, m_ada, QDate(2026, 3, 2), m_graph.routineDay.id, cycle->id), e);
    QCOMPARE(e.field, u"workout_sessions.routine_day_id"_s);
    QCOMPARE(m_tdb->contentFingerprint(), withCycle);
    QVERIFY(withCycle != before);
}

void TestTrainingLog::plannedSetOfAnotherDayIsRefused()
{
    auto session = createSession(*m_db, m_ada, QDate(2026, 3, 2), m_r.dayA.id);
    FT_VERIFY_OK(session);
    const QByteArray before = m_tdb->contentFingerprint();
    Error e;
    FT_VERIFY_FAILS(logSet(*m_db, m_ada, session->id, entryFromPlan(m_r.squat.id, m_r.setB1),
                           at(QDate(2026, 3, 2), 18)),
                    e);
    QCOMPARE(e.field, u"exercise_set_logs.planned_set_id"_s);
    QCOMPARE(e.value, QString::number(m_r.setB1.id));
    FT_VERIFY_FAILS(skipSet(*m_db, m_ada, session->id, m_r.setB2.id, at(QDate(2026, 3, 2), 18)), e);
    QCOMPARE(e.field, u"exercise_set_logs.planned_set_id"_s);
    QCOMPARE(m_tdb->contentFingerprint(), before);
}

void TestTrainingLog::everyActionUndoesToTheSameFingerprint()
{
    const QDate day(2026, 4, 6);
    Cycle cycle;
    checkUndo(u"startCycle"_s, scopes::sessionsOf(m_ada), [&]() -> Status {
        auto c = startCycle(*m_db, m_ada, m_r.routine.id, day);
        if (c)
            cycle = *c;
        return c ? Status() : Status(c.error());
    });
    WorkoutSession session;
    checkUndo(u"createSession"_s, scopes::sessionsOf(m_ada), [&]() -> Status {
        auto s = createSession(*m_db, m_ada, day, m_r.dayA.id, cycle.id);
        if (s)
            session = *s;
        return s ? Status() : Status(s.error());
    });
    const auto result = [](const auto &r) { return r ? Status() : Status(r.error()); };
    const Scope scope = scopes::session(session.id);
    SetLog first;
    checkUndo(u"logSet"_s, scope, [&]() -> Status {
        auto l = logSet(*m_db, m_ada, session.id, entryFromPlan(m_graph.exercise.id, m_r.setA1),
                        at(day, 18));
        if (l)
            first = *l;
        return result(l);
    });
    SetEntry extra;
    extra.exerciseId = m_graph.exercise.id;
    extra.weightKg = 70;
    extra.reps = 8;
    FT_VERIFY_OK(logSet(*m_db, m_ada, session.id, extra, at(day, 18)));
    checkUndo(u"logSet after"_s, scope, [&] {
        return result(logSet(*m_db, m_ada, session.id, extra, at(day, 18), first.id));
    });
    checkUndo(u"updateSet"_s, scope, [&] { return result(updateSet(*m_db, first.id, extra)); });
    checkUndo(u"skipSet"_s, scope,
              [&] { return result(skipSet(*m_db, m_ada, session.id, m_r.setA2.id, at(day, 18))); });
    checkUndo(u"deleteSet"_s, scope, [&] { return deleteSet(*m_db, first.id); });
    checkUndo(u"updateSession"_s, scope, [&] {
        WorkoutSession edited = session;
        edited.location = u"Gym"_s;
        edited.perceivedFatigue = 7;
        edited.bodyweightKg = 61.2;
        return result(updateSession(*m_db, edited));
    });
    checkUndo(u"finishSession"_s, scope, [&] { return result(finishSession(*m_db, session.id)); });
    checkUndo(u"moveSession"_s, scope,
              [&] { return result(moveSession(*m_db, session.id, day.addDays(2))); });
    checkUndo(u"deleteSession"_s, scope, [&] { return deleteSession(*m_db, session.id); });
    checkUndo(u"endCycle"_s, scopes::sessionsOf(m_ada),
              [&] { return result(endCycle(*m_db, cycle.id, day.addDays(20))); });
    SubjectBodyMetrics metrics;
    metrics.subjectId = m_ada;
    metrics.measuredOn = day;
    metrics.weightKg = 61;
    checkUndo(u"saveBodyMetrics"_s, scopes::bodyMetricsOf(m_ada),
              [&] { return result(saveBodyMetrics(*m_db, metrics)); });
    checkUndo(u"deleteBodyMetrics"_s, scopes::bodyMetricsOf(m_ada),
              [&] { return deleteBodyMetrics(*m_db, m_graph.bodyMetrics.id); });
}

void TestTrainingLog::sheetPairsPlanLogsAndHistory()
{
    auto cycle = startCycle(*m_db, m_ada, m_r.routine.id, QDate(2026, 5, 4));
    FT_VERIFY_OK(cycle);
    // Last time: Upper on 2026-05-04, the bench at 80 x 5 and 85 x 3.
    auto earlier = createSession(*m_db, m_ada, QDate(2026, 5, 4), m_r.dayA.id, cycle->id);
    FT_VERIFY_OK(earlier);
    SetEntry e1 = entryFromPlan(m_graph.exercise.id, m_r.setA1);
    FT_VERIFY_OK(logSet(*m_db, m_ada, earlier->id, e1, at(QDate(2026, 5, 4), 18)));
    SetEntry e2 = entryFromPlan(m_graph.exercise.id, m_r.setA2);
    e2.weightKg = 85;
    e2.reps = 3;
    FT_VERIFY_OK(logSet(*m_db, m_ada, earlier->id, e2, at(QDate(2026, 5, 4), 18, 5)));
    FT_VERIFY_OK(finishSession(*m_db, earlier->id));

    auto today = createSession(*m_db, m_ada, QDate(2026, 5, 8), m_r.dayA.id, cycle->id);
    FT_VERIFY_OK(today);
    SetEntry done = entryFromPlan(m_graph.exercise.id, m_r.setA1);
    done.weightKg = 82.5;
    done.reps = 4;
    FT_VERIFY_OK(logSet(*m_db, m_ada, today->id, done, at(QDate(2026, 5, 8), 18)));
    SetEntry squat;
    squat.exerciseId = m_r.squat.id;
    squat.weightKg = 60;
    squat.reps = 10;
    FT_VERIFY_OK(logSet(*m_db, m_ada, today->id, squat, at(QDate(2026, 5, 8), 18, 30)));

    auto sheet = loadSessionSheet(*m_db, today->id);
    FT_VERIFY_OK(sheet);
    QCOMPARE(sheet->routineName, u"Upper Lower"_s);
    QVERIFY(sheet->day && sheet->day->id == m_r.dayA.id);
    QVERIFY(sheet->cycle && sheet->cycle->id == cycle->id);
    QCOMPARE(sheet->exercises.size(), 2);
    const SessionExercise &bench = sheet->exercises.at(0);
    QCOMPARE(bench.exerciseId, m_graph.exercise.id);
    QVERIFY(bench.slot && bench.slot->id == m_r.slotA.id);
    QCOMPARE(bench.rows.size(), 3);
    QVERIFY(bench.rows.at(0).planned && !bench.rows.at(0).log); // the warm-up, pending
    QVERIFY(bench.rows.at(1).log && bench.rows.at(1).log->actualWeightKg == 82.5);
    QVERIFY(!bench.rows.at(2).log);
    QCOMPARE(bench.history.lastDate, QDate(2026, 5, 4));
    QCOMPARE(bench.history.lastSets.size(), 2);
    QCOMPARE(bench.history.heaviestKg, std::optional<double>(85));
    QCOMPARE(bench.history.heaviestOn, QDate(2026, 5, 4));
    // Epley: 85 x (1 + 3/30) = 93.5 beats 80 x (1 + 5/30) = 93.33.
    QVERIFY(bench.history.bestE1rmKg);
    QVERIFY(qAbs(*bench.history.bestE1rmKg - 93.5) < 1e-9);
    const SessionExercise &unplanned = sheet->exercises.at(1);
    QCOMPARE(unplanned.exerciseId, m_r.squat.id);
    QVERIFY(!unplanned.slot);
    QCOMPARE(unplanned.rows.size(), 1);
    QVERIFY(!unplanned.history.lastDate.isValid());
    const SessionFigures &f = sheet->figures;
    QCOMPARE(f.plannedWorkingSets, 2);
    QCOMPARE(f.doneWorkingSets, 1);
    QCOMPARE(f.unplannedSets, 1);
    QCOMPARE(f.loggedSets, 2);
    QCOMPARE(f.loadAdherence(), std::optional<double>(82.5 / 80));
    QCOMPARE(f.repsAdherence(), std::optional<double>(4.0 / 5));
    QCOMPARE(f.tutS, 5 * 4); // 3-1-X-0 = 5 s a rep, the planned tempo; the squat has none
    QCOMPARE(f.tonnageKg, 82.5 * 4 + 60 * 10);
}

void TestTrainingLog::cycleFiguresAndHistoryMonth()
{
    // Cycle from Monday 2026-06-01: A on 06-01, rest, B scheduled on 06-03, rest.
    auto cycle = startCycle(*m_db, m_ada, m_r.routine.id, QDate(2026, 6, 1));
    FT_VERIFY_OK(cycle);
    auto a = createSession(*m_db, m_ada, QDate(2026, 6, 1), m_r.dayA.id, cycle->id);
    FT_VERIFY_OK(a);
    FT_VERIFY_OK(logSet(*m_db, m_ada, a->id, entryFromPlan(m_graph.exercise.id, m_r.setA1),
                        at(QDate(2026, 6, 1), 18)));
    FT_VERIFY_OK(finishSession(*m_db, a->id));
    FT_VERIFY_OK(createSession(*m_db, m_ada, QDate(2026, 6, 10))); // a free session, pending

    auto cycles = listCycles(*m_db, m_ada, QDate(2026, 6, 20));
    FT_VERIFY_OK(cycles);
    const CycleSummary &c = cycles->first();
    QCOMPARE(c.cycle.id, cycle->id);
    QCOMPARE(c.figures.plannedDays, 2);
    QCOMPARE(c.figures.sessionsDone, 1);
    QCOMPARE(c.figures.missedDays, 1); // B, scheduled on 06-03
    QCOMPARE(c.figures.sets.plannedWorkingSets, 2);
    QCOMPARE(c.figures.sets.doneWorkingSets, 1);
    // Before B's day nothing is missed yet.
    cycles = listCycles(*m_db, m_ada, QDate(2026, 6, 3));
    FT_VERIFY_OK(cycles);
    QCOMPARE(cycles->first().figures.missedDays, 0);

    auto month = historyMonth(*m_db, m_ada, 2026, 6, QDate(2026, 6, 20));
    FT_VERIFY_OK(month);
    QCOMPARE(month->first, QDate(2026, 6, 1));
    QCOMPARE(month->days.size(), 30);
    QCOMPARE(month->days.at(0), DayMark::Completed);
    QCOMPARE(month->days.at(1), DayMark::None); // the rest day
    QCOMPARE(month->days.at(2), DayMark::Missed);
    QCOMPARE(month->days.at(9), DayMark::Pending);
    QCOMPARE(month->sessions.size(), 2);
    QCOMPARE(month->sessions.at(0).routineName, u"Upper Lower"_s);
    QCOMPARE(month->sessions.at(0).dayTitle, u"Day 1"_s);
    QCOMPARE(month->sessions.at(0).cycleNumber, std::optional<int>(1));
    QCOMPARE(month->sessions.at(0).figures.doneWorkingSets, 1);
    QCOMPARE(month->sessions.at(0).figures.plannedWorkingSets, 2);
    QVERIFY(month->sessions.at(1).routineName.isEmpty());

    auto list = listSessions(*m_db, m_ada, QDate(2026, 6, 2), QDate());
    FT_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().session.workoutDate, QDate(2026, 6, 10));
}

void TestTrainingLog::bodyMetricsOnePerDay()
{
    SubjectBodyMetrics m;
    m.subjectId = m_ada;
    m.measuredOn = QDate(2026, 6, 1);
    m.weightKg = 61.25;
    m.notes = u"  morning "_s;
    auto saved = saveBodyMetrics(*m_db, m);
    FT_VERIFY_OK(saved);
    QCOMPARE(saved->notes, std::optional<QString>(u"morning"_s));
    const QByteArray before = m_tdb->contentFingerprint();
    Error e;
    FT_VERIFY_FAILS(saveBodyMetrics(*m_db, m), e);
    QCOMPARE(e.rule, u"uq_sbm_subject_day"_s);
    QCOMPARE(e.value, u"2026-06-01"_s);
    m.measuredOn = QDate(2026, 6, 2);
    m.bodyfatPct = 120;
    FT_VERIFY_FAILS(saveBodyMetrics(*m_db, m), e);
    QCOMPARE(e.field, u"subject_body_metrics.bodyfat_pct"_s);
    QCOMPARE(m_tdb->contentFingerprint(), before);
    // Updating the entry itself is no duplicate.
    saved->restingHr = 52;
    FT_VERIFY_OK(saveBodyMetrics(*m_db, *saved));
    auto list = listBodyMetrics(*m_db, m_ada);
    FT_VERIFY_OK(list);
    QCOMPARE(list->size(), 2); // and the sample's of 2024-05-01
    QCOMPARE(list->first().measuredOn, QDate(2026, 6, 1));
    QCOMPARE(list->first().restingHr, std::optional<int>(52));
}

FT_DB_TEST_MAIN(TestTrainingLog)
#include "tst_traininglog.moc"
