// Parts of a routine on the clipboard (core/plan/routinefragment.h): JSON there and back,
// pasted into another athlete's routine with the same values, and every kind of foreign or
// broken content refused with the field, the value and the rule, nothing written.
#include "core/db/database.h"
#include "core/plan/routineedit.h"
#include "core/plan/routinefragment.h"
#include "core/plan/routinetree.h"
#include "sampledata.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QTest>

using namespace ft::core;
using namespace ft::core::plan;
using namespace ft::test;

class TestRoutineFragment : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void exercisesRoundTripIntoAnotherAthletesRoutine();
    void daysAndSetsRoundTrip();
    void foreignContentIsRefused_data();
    void foreignContentIsRefused();
    void unknownExerciseWritesNothing();

private:
    RoutineTree tree() const;

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    SampleGraph m_graph;
    OtherAthlete m_other;
};

void TestRoutineFragment::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->createMigrated(), qPrintable(m_tdb->errorString()));
    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    m_db = std::move(*db);
    auto graph = createSampleGraph(*m_db);
    FT_VERIFY_OK(graph);
    m_graph = *graph;
    auto other = createOtherAthlete(*m_db);
    FT_VERIFY_OK(other);
    m_other = *other;
    // A second, different set on the sample slot.
    PlannedSet second;
    second.targetWeightKg = 102.5;
    second.targetReps = 3;
    second.targetRpe = 8.5;
    second.targetTempo = QStringLiteral("31X0");
    second.targetRestS = 180;
    second.notes = QStringLiteral("last set");
    FT_VERIFY_OK(insertSet(*m_db, m_graph.routineDayExercise.id, atEnd, second));
}

void TestRoutineFragment::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

RoutineTree TestRoutineFragment::tree() const
{
    auto t = loadRoutineTree(*m_db, m_graph.routine.id);
    return t ? *t : RoutineTree();
}

void TestRoutineFragment::exercisesRoundTripIntoAnotherAthletesRoutine()
{
    const RoutineTree source = tree();
    QCOMPARE(source.days.size(), 1);
    RoutineFragment fragment;
    fragment.level = FragmentLevel::Slot;
    fragment.exerciseSlots = source.days.first().exerciseSlots;
    fragment.sourceRoutineId = source.routine.id;
    fragment.exerciseSlugs.insert(m_graph.exercise.id, m_graph.exercise.slug);

    auto read = fragmentFromJson(fragmentToJson(fragment));
    FT_VERIFY_OK(read);
    QCOMPARE(read->level, FragmentLevel::Slot);
    QCOMPARE(read->exerciseSlots.size(), 1);
    QCOMPARE(read->exerciseSlots.first().sets.size(), 2);
    QCOMPARE(read->exerciseSlots.first().sets.last().targetWeightKg, std::optional(102.5));
    QCOMPARE(read->ids(), fragment.ids());

    auto ids = insertFragment(*m_db, *read, m_other.routineDay.id, atEnd);
    FT_VERIFY_OK(ids);
    QCOMPARE(ids->size(), 1);
    auto target = loadRoutineTree(*m_db, m_other.routine.id);
    FT_VERIFY_OK(target);
    const RoutineSlot &copy = target->days.first().exerciseSlots.last();
    QCOMPARE(copy.row.id, ids->first());
    QCOMPARE(copy.row.exerciseId, m_graph.exercise.id);
    QCOMPARE(copy.sets.size(), 2);
    const PlannedSet &last = copy.sets.last();
    QCOMPARE(last.setIndex, 2);
    QCOMPARE(last.targetReps, std::optional(3));
    QCOMPARE(last.targetRpe, std::optional(8.5));
    QCOMPARE(last.targetTempo, std::optional(QStringLiteral("3-1-X-0")));
    QCOMPARE(last.targetRestS, std::optional(180));
    QCOMPARE(last.notes, std::optional(QStringLiteral("last set")));
    QVERIFY(last.id != source.days.first().exerciseSlots.first().sets.last().id);
}

void TestRoutineFragment::daysAndSetsRoundTrip()
{
    const RoutineTree source = tree();
    RoutineFragment days;
    days.level = FragmentLevel::Day;
    days.days = source.days;
    days.exerciseSlugs.insert(m_graph.exercise.id, m_graph.exercise.slug);
    auto readDays = fragmentFromJson(fragmentToJson(days));
    FT_VERIFY_OK(readDays);
    // Pasted before the first day of the same routine: the copy is day 1, the original day 2.
    auto dayIds = insertFragment(*m_db, *readDays, m_graph.routine.id, 1);
    FT_VERIFY_OK(dayIds);
    RoutineTree after = tree();
    QCOMPARE(after.days.size(), 2);
    QCOMPARE(after.days.first().row.id, dayIds->first());
    QCOMPARE(after.days.first().row.dayIndex, 1);
    QCOMPARE(after.days.last().row.dayIndex, 2);
    QCOMPARE(after.days.first().row.title, source.days.first().row.title);
    QCOMPARE(after.days.first().exerciseSlots.first().sets.size(), 2);

    RoutineFragment sets;
    sets.level = FragmentLevel::Set;
    sets.sets = source.days.first().exerciseSlots.first().sets;
    auto readSets = fragmentFromJson(fragmentToJson(sets));
    FT_VERIFY_OK(readSets);
    // Into the middle of the original slot: set_index stays 1-based and without gaps.
    FT_VERIFY_OK(insertFragment(*m_db, *readSets, m_graph.routineDayExercise.id, 2));
    after = tree();
    const QList<PlannedSet> &list = after.days.last().exerciseSlots.first().sets;
    QCOMPARE(list.size(), 4);
    for (qsizetype i = 0; i < list.size(); ++i)
        QCOMPARE(list.at(i).setIndex, int(i) + 1);
    QCOMPARE(list.at(2).targetWeightKg, std::optional(102.5));
}

void TestRoutineFragment::foreignContentIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");
    const QByteArray head = R"({"format":"fitnesstrack-routine-fragment","version":1,)";
    QTest::newRow("not json") << QByteArray("Bench Press 3x5") << "clipboard"
                              << "not JSON";
    QTest::newRow("other json") << QByteArray(R"({"hello":1})") << "format"
                                << "not part of";
    QTest::newRow("version") << QByteArray(
        R"({"format":"fitnesstrack-routine-fragment","version":7})")
                             << "version"
                             << "must be 1";
    QTest::newRow("level") << head + R"("level":"week","items":[]})"
                           << "level"
                           << "day, exercise or set";
    QTest::newRow("empty") << head + R"("level":"set","items":[]})"
                           << "items"
                           << "empty";
    QTest::newRow("item not object") << head + R"("level":"set","items":[3]})"
                                     << "items[0]"
                                     << "an object";
    QTest::newRow("weight text") << head
            + R"("level":"set","items":[{"target_weight_kg":"heavy"}]})"
                                 << "items[0].target_weight_kg"
                                 << "a number";
    QTest::newRow("reps fraction") << head + R"("level":"set","items":[{"target_reps":2.5}]})"
                                   << "items[0].target_reps"
                                   << "whole number";
    QTest::newRow("warmup text") << head + R"("level":"set","items":[{"is_warmup":"yes"}]})"
                                 << "items[0].is_warmup"
                                 << "true or false";
    QTest::newRow("slot without exercise") << head + R"("level":"exercise","items":[{"sets":[]}]})"
                                           << "items[0].exercise_slug"
                                           << "id or its slug";
    QTest::newRow("nested set") << head
            + R"("level":"day","items":[{"exercises":[{"exercise_id":1,"sets":[{"target_rir":"x"}]}]}]})"
                                << "items[0].exercises[0].sets[0].target_rir"
                                << "a number";
}

void TestRoutineFragment::foreignContentIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    auto read = fragmentFromJson(json);
    QVERIFY(!read);
    QCOMPARE(read.error().field, field);
    QVERIFY2(read.error().message.contains(rule), qPrintable(read.error().message));
}

void TestRoutineFragment::unknownExerciseWritesNothing()
{
    const QByteArray json =
        R"({"format":"fitnesstrack-routine-fragment","version":1,"level":"exercise","items":[)"
        R"({"exercise_id":999999,"exercise_slug":"no-such-lift","exercise_name":"Moon Press","sets":[{}]}]})";
    auto read = fragmentFromJson(json);
    FT_VERIFY_OK(read);
    const RoutineTree before = tree();
    const Status written = m_db->transaction([&]() -> Status {
        auto ids = insertFragment(*m_db, *read, m_graph.routineDay.id, atEnd);
        return ids ? Status() : Status(ids.error());
    });
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(QStringLiteral("Moon Press")),
             qPrintable(written.error().message));
    QCOMPARE(tree().days.first().exerciseSlots.size(), before.days.first().exerciseSlots.size());
}

FT_DB_TEST_MAIN(TestRoutineFragment)
#include "tst_routinefragment.moc"
