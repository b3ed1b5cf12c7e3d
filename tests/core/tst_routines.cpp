// The routine editor's core (core/plan): structure operations keep day_index, position and
// set_index 1-based and gap-free without tripping the unique keys, undo and redo of reorders
// restore the exact content (core::applyState), copies to athletes, deleting a routine keeps the
// logged sets, and the values a planned set accepts.
#include "core/athletes/athletes.h"
#include "core/changes/rowstate.h"
#include "core/changes/scopes.h"
#include "core/db/database.h"
#include "core/db/repository.h"
#include "core/plan/plannedvalues.h"
#include "core/plan/routineedit.h"
#include "core/plan/routinetext.h"
#include "core/plan/routinetree.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QTest>
#include <QTimeZone>

using namespace ft::core;
using namespace ft::core::plan;
using namespace ft::test;
using namespace Qt::StringLiterals;

class TestRoutines : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadTreeInOrder();
    void listWithCounts();
    void dayOperationsStayGapFree();
    void slotOperationsStayGapFree();
    void setOperationsStayGapFree();
    void positionsOutOfRangeAreRefused();
    void fieldEdits();
    void undoRedoOfReorders_data();
    void undoRedoOfReorders();
    void undoRedoOfDeleteRoutine();
    void deleteRoutineKeepsSetLogs();
    void copyToAthletes();
    void copyNameClashFitsVarchar();
    void copyIsAllOrNothing();
    void normalizeSetField_data();
    void normalizeSetField();
    void tempoForms_data();
    void tempoForms();
    void restForms();
    void importTextWritesNothingOnError();
    void importTextRoundTrip();

private:
    Id exercise(const QString &name);
    // A routine of `days` days, each with `slotsPerDay` slotIds of `setsPerSlot` sets; the first
    // set of each slot has reps = position * 100 + set index, so reorders can be followed.
    Id makeRoutine(const QString &name, int days, int slotsPerDay, int setsPerSlot, Id subject = 0);
    // Every parent's numbers are 1..n in all three tables.
    void verifyGapFree();
    QList<Id> children(const QString &sql, Id parent);

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    Id m_ada = 0;
    Id m_bob = 0;
};

void TestRoutines::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QString error;
    QVERIFY2(openWithAthlete(*m_tdb, m_db, m_ada, &error), qPrintable(error));
    auto bob = addAthlete(*m_db, { u"bob"_s, u"bob@example.com"_s, std::nullopt });
    FT_VERIFY_OK(bob);
    m_bob = bob->subject.id;
}

void TestRoutines::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

Id TestRoutines::exercise(const QString &name)
{
    const QVariant id =
        m_db->scalar(u"SELECT id FROM exercises WHERE name = ?"_s, { name }).value();
    return id.toLongLong();
}

Id TestRoutines::makeRoutine(const QString &name, int days, int slotsPerDay, int setsPerSlot,
                             Id subject)
{
    const QList<Id> exercises = { exercise(u"Back Squat"_s), exercise(u"Bench Press"_s),
                                  exercise(u"Deadlift"_s), exercise(u"Bent Over Row"_s) };
    Id routine = 0;
    const Status done = m_db->transaction([&]() -> Status {
        auto r = createRoutine(*m_db, subject ? subject : m_ada, name);
        if (!r)
            return r.error();
        routine = *r;
        for (int d = 0; d < days; ++d) {
            auto day = insertDay(*m_db, routine, atEnd, { u"Day %1"_s.arg(d + 1), false, {} });
            if (!day)
                return day.error();
            for (int x = 0; x < slotsPerDay; ++x) {
                auto slot = insertSlot(*m_db, *day, exercises.at(x % exercises.size()));
                if (!slot)
                    return slot.error();
                for (int p = 0; p < setsPerSlot; ++p) {
                    PlannedSet set;
                    set.targetReps = (x + 1) * 100 + p + 1;
                    if (auto s = insertSet(*m_db, *slot, atEnd, set); !s)
                        return s.error();
                }
            }
        }
        return {};
    });
    if (!done)
        qWarning("makeRoutine: %s", qPrintable(describe(done.error())));
    return routine;
}

QList<Id> TestRoutines::children(const QString &sql, Id parent)
{
    QList<Id> ids;
    auto q = m_db->exec(sql, { parent });
    while (q && q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

void TestRoutines::verifyGapFree()
{
    const QList<QPair<QString, QString>> levels = {
        { u"routine_days"_s,
          u"SELECT routine_id, day_index FROM routine_days "
          "ORDER BY routine_id, day_index"_s },
        { u"routine_day_exercises"_s,
          u"SELECT routine_day_id, position FROM "
          "routine_day_exercises ORDER BY routine_day_id, position"_s },
        { u"routine_exercise_sets"_s,
          u"SELECT routine_day_exercise_id, set_index FROM routine_exercise_sets "
          "ORDER BY routine_day_exercise_id, set_index"_s },
    };
    for (const auto &[table, sql] : levels) {
        auto q = m_db->exec(sql);
        FT_VERIFY_OK(q);
        Id parent = -1;
        int expected = 0;
        while (q->next()) {
            const Id p = q->value(0).toLongLong();
            expected = p == parent ? expected + 1 : 1;
            parent = p;
            QVERIFY2(q->value(1).toInt() == expected,
                     qPrintable(u"%1: parent %2 has number %3 where %4 belongs"_s.arg(table)
                                    .arg(p)
                                    .arg(q->value(1).toInt())
                                    .arg(expected)));
        }
    }
}

void TestRoutines::loadTreeInOrder()
{
    const Id routine = makeRoutine(u"Big"_s, 7, 12, 6);
    QVERIFY(routine);
    auto tree = loadRoutineTree(*m_db, routine);
    FT_VERIFY_OK(tree);
    QCOMPARE(tree->days.size(), 7);
    QCOMPARE(tree->slotCount(), 84);
    QCOMPARE(tree->plannedSetCount(), 504);
    for (qsizetype d = 0; d < tree->days.size(); ++d) {
        QCOMPARE(tree->days.at(d).row.dayIndex, int(d + 1));
        const auto &slotIds = tree->days.at(d).exerciseSlots;
        for (qsizetype x = 0; x < slotIds.size(); ++x) {
            QCOMPARE(slotIds.at(x).row.position, int(x + 1));
            QVERIFY(!slotIds.at(x).exerciseName.isEmpty());
            for (qsizetype p = 0; p < slotIds.at(x).sets.size(); ++p) {
                QCOMPARE(slotIds.at(x).sets.at(p).setIndex, int(p + 1));
                QCOMPARE(*slotIds.at(x).sets.at(p).targetReps, int((x + 1) * 100 + p + 1));
            }
        }
    }
    verifyGapFree();
    FT_VERIFY_FAILS(loadRoutineTree(*m_db, 9999), auto e);
}

void TestRoutines::listWithCounts()
{
    const Id b = makeRoutine(u"beta"_s, 2, 2, 3);
    const Id a = makeRoutine(u"Alpha"_s, 3, 1, 1);
    FT_VERIFY_OK(m_db->exec(u"INSERT INTO cycles (subject_id, routine_id, cycle_number) "
                            "VALUES (?, ?, 1), (?, ?, 2)"_s,
                            { m_ada, b, m_ada, b }));
    auto list = listRoutines(*m_db, m_ada);
    FT_VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).routine.id, a); // by name, case-insensitively
    QCOMPARE(list->at(0).days, 3);
    QCOMPARE(list->at(0).plannedSets, 3);
    QCOMPARE(list->at(0).cyclesRun, 0);
    QCOMPARE(list->at(1).routine.id, b);
    QCOMPARE(list->at(1).plannedSets, 12);
    QCOMPARE(list->at(1).cyclesRun, 2);
    auto none = listRoutines(*m_db, m_bob);
    FT_VERIFY_OK(none);
    QVERIFY(none->isEmpty());
    auto byName = findRoutine(*m_db, m_ada, u"beta"_s);
    FT_VERIFY_OK(byName);
    QCOMPARE(*byName, b);
    auto byId = findRoutine(*m_db, m_ada, QString::number(a));
    FT_VERIFY_OK(byId);
    QCOMPARE(*byId, a);
    Error e;
    FT_VERIFY_FAILS(findRoutine(*m_db, m_bob, u"beta"_s), e);
    QCOMPARE(e.kind, Error::Kind::NotFound);
}

void TestRoutines::dayOperationsStayGapFree()
{
    const Id routine = makeRoutine(u"R"_s, 3, 1, 1);
    const QString daysSql =
        u"SELECT id FROM routine_days WHERE routine_id = ? ORDER BY day_index"_s;
    const QList<Id> original = children(daysSql, routine);
    auto inserted = insertDay(*m_db, routine, 2, { u"New"_s, true, {} });
    FT_VERIFY_OK(inserted);
    QCOMPARE(children(daysSql, routine),
             (QList<Id> { original[0], *inserted, original[1], original[2] }));
    verifyGapFree();
    FT_VERIFY_OK(moveDay(*m_db, original[2], 1)); // last to first
    QCOMPARE(children(daysSql, routine),
             (QList<Id> { original[2], original[0], *inserted, original[1] }));
    verifyGapFree();
    FT_VERIFY_OK(moveDay(*m_db, original[2], 2)); // swap 1 and 2
    QCOMPARE(children(daysSql, routine),
             (QList<Id> { original[0], original[2], *inserted, original[1] }));
    FT_VERIFY_OK(removeDay(*m_db, original[0]));
    QCOMPARE(children(daysSql, routine), (QList<Id> { original[2], *inserted, original[1] }));
    verifyGapFree();
    FT_VERIFY_OK(setDayTitle(*m_db, *inserted, u"  Deload  "_s));
    FT_VERIFY_OK(setDayRest(*m_db, *inserted, false));
    FT_VERIFY_OK(setDayNotes(*m_db, *inserted, u"easy"_s));
    auto tree = loadRoutineTree(*m_db, routine);
    FT_VERIFY_OK(tree);
    QCOMPARE(tree->days.at(1).row.title.value_or(QString()), u"Deload"_s);
    QCOMPARE(tree->days.at(1).row.isRest, false);
    QCOMPARE(tree->days.at(1).row.notes.value_or(QString()), u"easy"_s);
    Error e;
    FT_VERIFY_FAILS(setDayTitle(*m_db, *inserted, QString(101, u'x')), e);
    QCOMPARE(e.field, u"routine_days.title"_s);
}

void TestRoutines::slotOperationsStayGapFree()
{
    const Id routine = makeRoutine(u"R"_s, 2, 3, 2);
    const Id other = makeRoutine(u"Other"_s, 1, 2, 1, m_bob);
    const QString daysSql =
        u"SELECT id FROM routine_days WHERE routine_id = ? ORDER BY day_index"_s;
    const QString slotsSql =
        u"SELECT id FROM routine_day_exercises WHERE routine_day_id = ? ORDER BY position"_s;
    const QList<Id> days = children(daysSql, routine);
    const QList<Id> a = children(slotsSql, days[0]);
    const QList<Id> b = children(slotsSql, days[1]);
    FT_VERIFY_OK(moveSlot(*m_db, a[1], days[0], 1)); // swap 1 and 2
    QCOMPARE(children(slotsSql, days[0]), (QList<Id> { a[1], a[0], a[2] }));
    FT_VERIFY_OK(moveSlot(*m_db, a[2], days[0], 1)); // last to first
    QCOMPARE(children(slotsSql, days[0]), (QList<Id> { a[2], a[1], a[0] }));
    verifyGapFree();
    FT_VERIFY_OK(moveSlot(*m_db, a[1], days[1], 2)); // across days
    QCOMPARE(children(slotsSql, days[0]), (QList<Id> { a[2], a[0] }));
    QCOMPARE(children(slotsSql, days[1]), (QList<Id> { b[0], a[1], b[1], b[2] }));
    verifyGapFree();
    const Id otherDay = children(daysSql, other).first();
    const QList<Id> o = children(slotsSql, otherDay);
    FT_VERIFY_OK(moveSlot(*m_db, b[0], otherDay, atEnd)); // to another athlete's routine
    QCOMPARE(children(slotsSql, otherDay), (QList<Id> { o[0], o[1], b[0] }));
    QCOMPARE(children(slotsSql, days[1]), (QList<Id> { a[1], b[1], b[2] }));
    // Its planned sets went with it.
    QCOMPARE(rowCount(*m_db, u"routine_exercise_sets"_s), 2 * 3 * 2 + 2);
    verifyGapFree();
    auto inserted = insertSlot(*m_db, days[0], exercise(u"Deadlift"_s), 1, u"heavy"_s);
    FT_VERIFY_OK(inserted);
    QCOMPARE(children(slotsSql, days[0]), (QList<Id> { *inserted, a[2], a[0] }));
    FT_VERIFY_OK(removeSlot(*m_db, a[2]));
    QCOMPARE(children(slotsSql, days[0]), (QList<Id> { *inserted, a[0] }));
    verifyGapFree();
    FT_VERIFY_OK(setSlotExercise(*m_db, *inserted, exercise(u"Bench Press"_s)));
    FT_VERIFY_OK(setSlotNotes(*m_db, *inserted, QString()));
    auto tree = loadRoutineTree(*m_db, routine);
    FT_VERIFY_OK(tree);
    QCOMPARE(tree->days.at(0).exerciseSlots.at(0).exerciseName, u"Bench Press"_s);
    QVERIFY(!tree->days.at(0).exerciseSlots.at(0).row.notes);
    Error e;
    FT_VERIFY_FAILS(setSlotExercise(*m_db, *inserted, 999999), e);
    QCOMPARE(e.kind, Error::Kind::NotFound);
}

void TestRoutines::setOperationsStayGapFree()
{
    const Id routine = makeRoutine(u"R"_s, 1, 2, 3);
    const QString setsSql = u"SELECT id FROM routine_exercise_sets WHERE "
                            "routine_day_exercise_id = ? ORDER BY set_index"_s;
    const QList<Id> slotIds =
        children(u"SELECT x.id FROM routine_day_exercises x JOIN routine_days "
                 "d ON d.id = x.routine_day_id WHERE d.routine_id = ? "
                 "ORDER BY x.position"_s,
                 routine);
    const QList<Id> s = children(setsSql, slotIds[0]);
    const QList<Id> t = children(setsSql, slotIds[1]);
    FT_VERIFY_OK(moveSet(*m_db, s[0], slotIds[0], 2)); // swap 1 and 2
    QCOMPARE(children(setsSql, slotIds[0]), (QList<Id> { s[1], s[0], s[2] }));
    FT_VERIFY_OK(moveSet(*m_db, s[2], slotIds[0], 1)); // last to first
    QCOMPARE(children(setsSql, slotIds[0]), (QList<Id> { s[2], s[1], s[0] }));
    FT_VERIFY_OK(moveSet(*m_db, t[0], slotIds[0], 2)); // to another slot
    QCOMPARE(children(setsSql, slotIds[0]), (QList<Id> { s[2], t[0], s[1], s[0] }));
    QCOMPARE(children(setsSql, slotIds[1]), (QList<Id> { t[1], t[2] }));
    verifyGapFree();
    auto copy = duplicateSet(*m_db, s[2]);
    FT_VERIFY_OK(copy);
    QCOMPARE(children(setsSql, slotIds[0]), (QList<Id> { s[2], *copy, t[0], s[1], s[0] }));
    auto like = addSetsLike(*m_db, t[0], 2);
    FT_VERIFY_OK(like);
    QCOMPARE(children(setsSql, slotIds[0]),
             (QList<Id> { s[2], *copy, t[0], like->at(0), like->at(1), s[1], s[0] }));
    auto model = Repository<PlannedSet>(*m_db).get(t[0]);
    auto likeRow = Repository<PlannedSet>(*m_db).get(like->at(1));
    FT_VERIFY_OK(likeRow);
    QCOMPARE(likeRow->targetReps, model->targetReps);
    PlannedSet values;
    values.targetWeightKg = 82.5;
    values.targetTempo = u"31x0"_s;
    auto inserted = insertSet(*m_db, slotIds[1], 1, values);
    FT_VERIFY_OK(inserted);
    QCOMPARE(children(setsSql, slotIds[1]), (QList<Id> { *inserted, t[1], t[2] }));
    auto stored = Repository<PlannedSet>(*m_db).get(*inserted);
    QCOMPARE(stored->targetTempo.value_or(QString()), u"3-1-X-0"_s);
    FT_VERIFY_OK(removeSet(*m_db, *copy));
    FT_VERIFY_OK(removeSet(*m_db, s[2]));
    QCOMPARE(children(setsSql, slotIds[0]),
             (QList<Id> { t[0], like->at(0), like->at(1), s[1], s[0] }));
    verifyGapFree();
    Error e;
    FT_VERIFY_FAILS(addSetsLike(*m_db, t[0], 0), e);
    QCOMPARE(e.kind, Error::Kind::InvalidValue);
    values.targetRpe = 7.3;
    FT_VERIFY_FAILS(insertSet(*m_db, slotIds[1], atEnd, values), e);
    QCOMPARE(e.field, u"routine_exercise_sets.target_rpe"_s);
}

void TestRoutines::positionsOutOfRangeAreRefused()
{
    const Id routine = makeRoutine(u"R"_s, 2, 1, 1);
    const QByteArray before = m_tdb->contentFingerprint();
    const Id day = children(u"SELECT id FROM routine_days WHERE routine_id = ?"_s, routine).first();
    Error e;
    FT_VERIFY_FAILS(moveDay(*m_db, day, 4), e);
    QCOMPARE(e.field, u"routine_days.day_index"_s);
    QCOMPARE(e.value, u"4"_s);
    QVERIFY2(e.message.contains(u"from 1 to 2"_s), qPrintable(e.message));
    FT_VERIFY_FAILS(insertDay(*m_db, routine, -1), e);
    FT_VERIFY_FAILS(insertSlot(*m_db, day, exercise(u"Deadlift"_s), 3), e);
    QCOMPARE(e.field, u"routine_day_exercises.position"_s);
    FT_VERIFY_FAILS(moveDay(*m_db, 99999, 1), e);
    QCOMPARE(e.kind, Error::Kind::NotFound);
    QCOMPARE(m_tdb->contentFingerprint(), before);
}

void TestRoutines::fieldEdits()
{
    const Id routine = makeRoutine(u"R"_s, 1, 1, 3);
    const Id slot = children(u"SELECT x.id FROM routine_day_exercises x JOIN routine_days d ON "
                             "d.id = x.routine_day_id WHERE d.routine_id = ?"_s,
                             routine)
                        .first();
    FT_VERIFY_OK(applyToAllSets(*m_db, slot, SetField::RestSeconds, u"2:30"_s));
    FT_VERIFY_OK(applyToAllSets(*m_db, slot, SetField::ToFailure, true));
    const Id first = children(u"SELECT id FROM routine_exercise_sets WHERE "
                              "routine_day_exercise_id = ? ORDER BY set_index"_s,
                              slot)
                         .first();
    FT_VERIFY_OK(setSetField(*m_db, first, SetField::WeightKg, 100.004));
    FT_VERIFY_OK(setSetField(*m_db, first, SetField::Rpe, 8.5));
    FT_VERIFY_OK(setSetField(*m_db, first, SetField::Tempo, u"2/0/x/1"_s));
    FT_VERIFY_OK(setSetField(*m_db, first, SetField::Reps, QVariant()));
    auto tree = loadRoutineTree(*m_db, routine);
    FT_VERIFY_OK(tree);
    const auto &sets = tree->days.at(0).exerciseSlots.at(0).sets;
    for (const PlannedSet &set : sets) {
        QCOMPARE(set.targetRestS.value_or(-1), 150);
        QVERIFY(set.toFailure);
    }
    QCOMPARE(sets.at(0).targetWeightKg.value_or(0), 100.0);
    QCOMPARE(sets.at(0).targetRpe.value_or(0), 8.5);
    QCOMPARE(sets.at(0).targetTempo.value_or(QString()), u"2-0-X-1"_s);
    QVERIFY(!sets.at(0).targetReps);
    FT_VERIFY_OK(renameRoutine(*m_db, routine, u"  Renamed "_s));
    FT_VERIFY_OK(setRoutineDescription(*m_db, routine, u"Block 1"_s));
    FT_VERIFY_OK(setRoutineStartDate(*m_db, routine, QDate(2025, 1, 6)));
    FT_VERIFY_OK(setRoutineActive(*m_db, routine, false));
    tree = loadRoutineTree(*m_db, routine);
    QCOMPARE(tree->routine.name, u"Renamed"_s);
    QCOMPARE(tree->routine.description.value_or(QString()), u"Block 1"_s);
    QCOMPARE(tree->routine.startsOn.value_or(QDate()), QDate(2025, 1, 6));
    QCOMPARE(tree->routine.isActive, false);
    Error e;
    FT_VERIFY_FAILS(renameRoutine(*m_db, routine, u" "_s), e);
    QCOMPARE(e.field, u"routines.name"_s);
    FT_VERIFY_FAILS(renameRoutine(*m_db, routine, QString(121, u'a')), e);
    QCOMPARE(e.field, u"routines.name"_s);
    FT_VERIFY_OK(createRoutine(*m_db, m_ada, u"Taken"_s));
    FT_VERIFY_FAILS(renameRoutine(*m_db, routine, u"Taken"_s), e);
    QCOMPARE(e.kind, Error::Kind::Unique);
    FT_VERIFY_FAILS(setSetField(*m_db, first, SetField::Rir, -1), e);
    QCOMPARE(e.field, u"routine_exercise_sets.target_rir"_s);
}

void TestRoutines::undoRedoOfReorders_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("swap sets 1 and 2") << u"set-swap"_s;
    QTest::newRow("move last set to first") << u"set-last-first"_s;
    QTest::newRow("move set to a slot of another day") << u"set-across-days"_s;
    QTest::newRow("swap slots 1 and 2") << u"slot-swap"_s;
    QTest::newRow("move last slot to first") << u"slot-last-first"_s;
    QTest::newRow("move slot across days") << u"slot-across-days"_s;
    QTest::newRow("move slot to another athlete's routine") << u"slot-across-routines"_s;
    QTest::newRow("swap days 1 and 2") << u"day-swap"_s;
    QTest::newRow("move last day to first") << u"day-last-first"_s;
    QTest::newRow("remove the first day") << u"day-remove"_s;
    QTest::newRow("insert a set at 1") << u"set-insert"_s;
}

void TestRoutines::undoRedoOfReorders()
{
    QFETCH(QString, what);
    const Id routine = makeRoutine(u"R"_s, 3, 3, 3);
    const Id other = makeRoutine(u"Other"_s, 1, 2, 2, m_bob);
    const QString daysSql =
        u"SELECT id FROM routine_days WHERE routine_id = ? ORDER BY day_index"_s;
    const QString slotsSql =
        u"SELECT id FROM routine_day_exercises WHERE routine_day_id = ? ORDER BY position"_s;
    const QString setsSql = u"SELECT id FROM routine_exercise_sets WHERE "
                            "routine_day_exercise_id = ? ORDER BY set_index"_s;
    const QList<Id> days = children(daysSql, routine);
    const QList<Id> slots0 = children(slotsSql, days[0]);
    const QList<Id> slots1 = children(slotsSql, days[1]);
    const QList<Id> sets00 = children(setsSql, slots0[0]);
    const Id otherDay = children(daysSql, other).first();

    Scope scope = scopes::routine(routine);
    if (what == u"slot-across-routines")
        scope += scopes::routine(other);
    const QByteArray original = m_tdb->contentFingerprint();
    auto edit = recordEdit(*m_db, scope, [&]() -> Status {
        if (what == u"set-swap")
            return moveSet(*m_db, sets00[0], slots0[0], 2);
        if (what == u"set-last-first")
            return moveSet(*m_db, sets00[2], slots0[0], 1);
        if (what == u"set-across-days")
            return moveSet(*m_db, sets00[0], slots1[0], 1);
        if (what == u"slot-swap")
            return moveSlot(*m_db, slots0[0], days[0], 2);
        if (what == u"slot-last-first")
            return moveSlot(*m_db, slots0[2], days[0], 1);
        if (what == u"slot-across-days")
            return moveSlot(*m_db, slots0[0], days[1], 1);
        if (what == u"slot-across-routines")
            return moveSlot(*m_db, slots0[0], otherDay, 1);
        if (what == u"day-swap")
            return moveDay(*m_db, days[0], 2);
        if (what == u"day-last-first")
            return moveDay(*m_db, days[2], 1);
        if (what == u"day-remove")
            return removeDay(*m_db, days[0]);
        auto added = insertSet(*m_db, slots0[0], 1, {});
        return added ? Status() : Status(added.error());
    });
    FT_VERIFY_OK(edit);
    QVERIFY(!edit->isEmpty());
    verifyGapFree();
    const QByteArray changed = m_tdb->contentFingerprint();
    QVERIFY(changed != original);
    FT_VERIFY_OK(applyState(*m_db, edit->after, edit->before)); // undo
    QCOMPARE(m_tdb->contentFingerprint(), original);
    FT_VERIFY_OK(applyState(*m_db, edit->before, edit->after)); // redo
    QCOMPARE(m_tdb->contentFingerprint(), changed);
    FT_VERIFY_OK(applyState(*m_db, edit->after, edit->before)); // and undo again
    QCOMPARE(m_tdb->contentFingerprint(), original);
}

void TestRoutines::undoRedoOfDeleteRoutine()
{
    const Id routine = makeRoutine(u"R"_s, 2, 2, 2);
    const QByteArray original = m_tdb->contentFingerprint();
    auto edit =
        recordEdit(*m_db, scopes::routinesOf(m_ada), [&] { return deleteRoutine(*m_db, routine); });
    FT_VERIFY_OK(edit);
    QCOMPARE(rowCount(*m_db, u"routines"_s), 0);
    FT_VERIFY_OK(applyState(*m_db, edit->after, edit->before));
    QCOMPARE(m_tdb->contentFingerprint(), original);
    auto copy = recordEdit(*m_db, scopes::routinesOf(m_bob), [&]() -> Status {
        auto ids = copyRoutineToAthletes(*m_db, routine, { m_bob });
        return ids ? Status() : Status(ids.error());
    });
    FT_VERIFY_OK(copy);
    QCOMPARE(rowCount(*m_db, u"routines"_s), 2);
    FT_VERIFY_OK(applyState(*m_db, copy->after, copy->before));
    QCOMPARE(m_tdb->contentFingerprint(), original);
}

void TestRoutines::deleteRoutineKeepsSetLogs()
{
    const Id routine = makeRoutine(u"R"_s, 1, 1, 2);
    auto tree = loadRoutineTree(*m_db, routine);
    FT_VERIFY_OK(tree);
    const PlannedSet planned = tree->days.at(0).exerciseSlots.at(0).sets.at(0);
    ExerciseSetLog log;
    log.subjectId = m_ada;
    log.exerciseId = tree->days.at(0).exerciseSlots.at(0).row.exerciseId;
    log.plannedSetId = planned.id;
    log.performedAt = QDateTime(QDate(2025, 2, 3), QTime(10, 0), QTimeZone::utc());
    log.setIndex = 1;
    log.actualReps = 5;
    auto stored = Repository<ExerciseSetLog>(*m_db).create(log);
    FT_VERIFY_OK(stored);
    const QByteArray before = m_tdb->contentFingerprint();
    auto edit =
        recordEdit(*m_db, scopes::routine(routine), [&] { return deleteRoutine(*m_db, routine); });
    FT_VERIFY_OK(edit);
    QCOMPARE(rowCount(*m_db, u"routine_exercise_sets"_s), 0);
    QCOMPARE(rowCount(*m_db, u"exercise_set_logs"_s), 1);
    auto kept = Repository<ExerciseSetLog>(*m_db).get(stored->id);
    FT_VERIFY_OK(kept);
    QVERIFY(!kept->plannedSetId);
    QCOMPARE(kept->actualReps.value_or(0), 5);
    FT_VERIFY_OK(applyState(*m_db, edit->after, edit->before));
    QCOMPARE(m_tdb->contentFingerprint(), before);
    kept = Repository<ExerciseSetLog>(*m_db).get(stored->id);
    QCOMPARE(kept->plannedSetId.value_or(0), planned.id);
}

void TestRoutines::copyToAthletes()
{
    const Id routine = makeRoutine(u"Template"_s, 3, 2, 2);
    FT_VERIFY_OK(setRoutineDescription(*m_db, routine, u"For everyone"_s));
    FT_VERIFY_OK(createRoutine(*m_db, m_bob, u"Template"_s));
    auto carol = addAthlete(*m_db, { u"carol"_s, u"carol@example.com"_s, std::nullopt });
    FT_VERIFY_OK(carol);
    auto copies = copyRoutineToAthletes(*m_db, routine, { m_ada, m_bob, carol->subject.id });
    FT_VERIFY_OK(copies);
    QCOMPARE(copies->size(), 3);
    auto source = loadRoutineTree(*m_db, routine);
    FT_VERIFY_OK(source);
    const QStringList names = { u"Template (2)"_s, u"Template (2)"_s, u"Template"_s };
    const QList<Id> owners = { m_ada, m_bob, carol->subject.id };
    for (qsizetype i = 0; i < copies->size(); ++i) {
        auto copy = loadRoutineTree(*m_db, copies->at(i));
        FT_VERIFY_OK(copy);
        QCOMPARE(copy->routine.name, names.at(i));
        QCOMPARE(copy->routine.subjectId, owners.at(i));
        QCOMPARE(copy->routine.sourceRoutineId.value_or(0), routine);
        QCOMPARE(copy->routine.description, source->routine.description);
        // The same content: the text of a tree names every value but ids and the name.
        copy->routine.name = source->routine.name;
        QCOMPARE(formatRoutineText(*copy), formatRoutineText(*source));
        QVERIFY(copy->days.first().row.id != source->days.first().row.id);
    }
    verifyGapFree();
    // Independent: editing a copy leaves the source alone; deleting the source keeps copies.
    FT_VERIFY_OK(removeDay(
        *m_db,
        children(u"SELECT id FROM routine_days WHERE routine_id = ?"_s, copies->at(0)).first()));
    QCOMPARE(loadRoutineTree(*m_db, routine)->days.size(), 3);
    FT_VERIFY_OK(deleteRoutine(*m_db, routine));
    auto orphan = loadRoutineTree(*m_db, copies->at(1));
    FT_VERIFY_OK(orphan);
    QVERIFY(!orphan->routine.sourceRoutineId);
    // Duplicating names the copy after the next free number.
    auto again = duplicateRoutine(*m_db, copies->at(1));
    FT_VERIFY_OK(again);
    QCOMPARE(loadRoutineTree(*m_db, *again)->routine.name, u"Template (3)"_s);
}

void TestRoutines::copyNameClashFitsVarchar()
{
    const QString longName(120, u'n');
    auto routine = createRoutine(*m_db, m_ada, longName);
    FT_VERIFY_OK(routine);
    auto name = unusedRoutineName(*m_db, m_ada, longName);
    FT_VERIFY_OK(name);
    QCOMPARE(name->size(), 120);
    QVERIFY(name->endsWith(u" (2)"_s));
    auto copy = duplicateRoutine(*m_db, *routine);
    FT_VERIFY_OK(copy);
    QCOMPARE(loadRoutineTree(*m_db, *copy)->routine.name, *name);
}

void TestRoutines::copyIsAllOrNothing()
{
    const Id routine = makeRoutine(u"R"_s, 2, 2, 2);
    const QString before = countsText(*m_db);
    Error e;
    FT_VERIFY_FAILS(copyRoutineToAthletes(*m_db, routine, { m_bob, 424242 }), e);
    QCOMPARE(e.kind, Error::Kind::NotFound);
    QCOMPARE(e.field, u"subjects.id"_s);
    QCOMPARE(countsText(*m_db), before);
}

void TestRoutines::normalizeSetField_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("stored"); // invalid: refused
    QTest::addColumn<QString>("rule");
    const auto row = [](const char *name, SetField f, QVariant v, QVariant stored,
                        const QString &rule = {}) {
        QTest::newRow(name) << int(f) << v << stored << rule;
    };
    const QVariant refused;
    row("weight 0", SetField::WeightKg, 0.0, 0.0);
    row("weight max", SetField::WeightKg, 9999.99, 9999.99);
    row("weight rounded", SetField::WeightKg, u"82.555"_s, 82.56);
    row("weight negative", SetField::WeightKg, -0.5, refused, u"from 0 to 9,999.99 kg"_s);
    row("weight too big", SetField::WeightKg, 10000.0, refused, u"from 0 to 9,999.99 kg"_s);
    row("weight text", SetField::WeightKg, u"heavy"_s, refused, u"from 0 to 9,999.99 kg"_s);
    row("reps 0", SetField::Reps, 0, 0);
    row("reps negative", SetField::Reps, -1, refused, u"whole number of 0 or more"_s);
    row("reps fraction", SetField::Reps, 2.5, refused, u"whole number of 0 or more"_s);
    row("rir negative", SetField::Rir, -2, refused, u"whole number of 0 or more"_s);
    row("rpe 1", SetField::Rpe, 1, 1.0);
    row("rpe 9.5", SetField::Rpe, u"9.5"_s, 9.5);
    row("rpe 10", SetField::Rpe, 10, 10.0);
    row("rpe 0.5", SetField::Rpe, 0.5, refused, u"from 1 to 10 in steps of 0.5"_s);
    row("rpe 7.3", SetField::Rpe, 7.3, refused, u"from 1 to 10 in steps of 0.5"_s);
    row("rpe 10.5", SetField::Rpe, 10.5, refused, u"from 1 to 10 in steps of 0.5"_s);
    row("tempo", SetField::Tempo, u"3-1-x-0"_s, u"3-1-X-0"_s);
    row("tempo three phases", SetField::Tempo, u"3-1-X"_s, refused, u"four phases"_s);
    row("rest seconds", SetField::RestSeconds, 90, 90);
    row("rest m:ss", SetField::RestSeconds, u"1:30"_s, 90);
    row("rest bad", SetField::RestSeconds, u"1:75"_s, refused, u"m:ss"_s);
    row("rest negative", SetField::RestSeconds, -5, refused, u"m:ss"_s);
    row("empty clears", SetField::Rpe, u""_s, QVariant(QMetaType::fromType<double>()));
    row("warm-up needs a bool", SetField::IsWarmup, u"yes"_s, refused, u"true or false"_s);
}

void TestRoutines::normalizeSetField()
{
    QFETCH(int, field);
    QFETCH(QVariant, value);
    QFETCH(QVariant, stored);
    QFETCH(QString, rule);
    const auto result = plan::normalizeSetField(SetField(field), value);
    if (stored.isValid()) {
        FT_VERIFY_OK(result);
        if (stored.isNull())
            QVERIFY(result->isNull());
        else
            QCOMPARE(result->toString(), stored.toString());
        return;
    }
    Error e;
    FT_VERIFY_FAILS(result, e);
    QCOMPARE(e.kind, Error::Kind::InvalidValue);
    QCOMPARE(e.field, qualifiedName(SetField(field)));
    QCOMPARE(e.value, value.toString());
    QVERIFY2(e.rule.contains(rule), qPrintable(e.rule));
    QVERIFY2(e.message.contains(e.field) && e.message.contains(e.value), qPrintable(e.message));
}

void TestRoutines::tempoForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normal"); // empty: refused
    QTest::newRow("dashes") << u"3-1-X-0"_s << u"3-1-X-0"_s;
    QTest::newRow("packed") << u"31X0"_s << u"3-1-X-0"_s;
    QTest::newRow("slashes") << u"3/1/X/0"_s << u"3-1-X-0"_s;
    QTest::newRow("lower-case x") << u"3-1-x-0"_s << u"3-1-X-0"_s;
    QTest::newRow("spaces") << u" 4 0 1 0 "_s << u"4-0-1-0"_s;
    QTest::newRow("mixed separators") << u"3-1/X-0"_s << QString();
    QTest::newRow("five phases") << u"3-1-X-0-1"_s << QString();
    QTest::newRow("two digits") << u"10-1-X-0"_s << QString();
    QTest::newRow("letter") << u"3-1-Y-0"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestRoutines::tempoForms()
{
    QFETCH(QString, text);
    QFETCH(QString, normal);
    const auto tempo = parseTempo(text);
    QCOMPARE(tempo.value_or(QString()), normal);
    if (tempo)
        QVERIFY(tempo->size() <= 15);
}

void TestRoutines::restForms()
{
    QCOMPARE(parseRest(u"90"_s).value_or(-1), 90);
    QCOMPARE(parseRest(u"90s"_s).value_or(-1), 90);
    QCOMPARE(parseRest(u"3:00"_s).value_or(-1), 180);
    QCOMPARE(parseRest(u"0:45"_s).value_or(-1), 45);
    QVERIFY(!parseRest(u"3:60"_s));
    QVERIFY(!parseRest(u"3:5"_s));
    QVERIFY(!parseRest(u"-1"_s));
    QVERIFY(!parseRest(u"abc"_s));
    QCOMPARE(formatRest(180), u"3:00"_s);
    QCOMPARE(formatRest(45), u"0:45"_s);
    QCOMPARE(formatRest(605), u"10:05"_s);
    QCOMPARE(formatNumber(100), u"100"_s);
    QCOMPARE(formatNumber(82.5), u"82.5"_s);
    QCOMPARE(formatNumber(7.25), u"7.25"_s);
}

void TestRoutines::importTextWritesNothingOnError()
{
    const QByteArray before = m_tdb->contentFingerprint();
    TextPosition where;
    Error e;
    // The error is on the last line: every line before it was fine.
    FT_VERIFY_FAILS(importRoutineText(*m_db, m_ada,
                                      u"# Plan\n## Day 1\nBack Squat: 3x5 @ 100kg\n"
                                      "Bench Press: 3x5 RPE 11\n"_s,
                                      &where),
                    e);
    QCOMPARE(where.line, 4);
    QCOMPARE(where.column, 22);
    QVERIFY2(e.message.startsWith(u"line 4, column 22: "_s), qPrintable(e.message));
    QCOMPARE(m_tdb->contentFingerprint(), before);
    // A name the athlete already uses: refused by the unique key, nothing written.
    FT_VERIFY_OK(createRoutine(*m_db, m_ada, u"Plan"_s));
    const QString counts = countsText(*m_db);
    FT_VERIFY_FAILS(importRoutineText(*m_db, m_ada, u"# Plan\n## Day 1\nDeadlift: 1x5\n"_s), e);
    QCOMPARE(e.kind, Error::Kind::Unique);
    QCOMPARE(countsText(*m_db), counts);
}

void TestRoutines::importTextRoundTrip()
{
    const QString text = u"# Upper/Lower\n"
                         "> Four weeks.\n"
                         ">\n"
                         "> Add 2.5kg a week.\n"
                         "\n"
                         "## Day 1: Upper A\n"
                         "> Shoulders warm first.\n"
                         "Bench Press: 2x5 @ 60kg warm-up; 3x5 @ 100kg RPE 8 tempo 3-1-X-0 rest "
                         "3:00 -- pause on chest\n"
                         "Bent Over Row: 3x8 @ 61.23kg RIR 2 \"last one \\\"slow\\\"\"\n"
                         "\n"
                         "## Day 2: Rest\n"
                         "\n"
                         "## Day 3: Lower\n"
                         "Back Squat: 1 set to failure; 2 sets @ 140kg rest 0:45\n"
                         "> first line\n"
                         "> second line\n"
                         "Deadlift\n"
                         "\n"
                         "## Day 4: Walk (rest)\n"_s;
    auto id = importRoutineText(*m_db, m_ada, text);
    FT_VERIFY_OK(id);
    auto tree = loadRoutineTree(*m_db, *id);
    FT_VERIFY_OK(tree);
    QCOMPARE(formatRoutineText(*tree), text);
    QCOMPARE(tree->days.size(), 4);
    QVERIFY(tree->days.at(1).row.isRest);
    QVERIFY(tree->days.at(3).row.isRest);
    QCOMPARE(tree->days.at(3).row.title.value_or(QString()), u"Walk"_s);
    QCOMPARE(tree->plannedSetCount(), 2 + 3 + 3 + 1 + 2);
    QCOMPARE(tree->days.at(2).exerciseSlots.at(0).row.notes.value_or(QString()),
             u"first line\nsecond line"_s);
    verifyGapFree();
}

FT_DB_TEST_MAIN(TestRoutines)
#include "tst_routines.moc"
