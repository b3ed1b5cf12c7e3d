// The routine editor's live summary (core/plan/weeklysummary.h): working sets per muscle and
// movement per week, the week scaled from one pass through the routine's days, against figures
// worked out by hand in the comments.
#include "core/plan/routinetree.h"
#include "core/plan/weeklysummary.h"

#include <QTest>

using namespace ft::core;
using namespace ft::core::plan;

namespace {

PlannedSet set(bool warmup = false)
{
    PlannedSet s;
    s.isWarmup = warmup;
    return s;
}

RoutineSlot slot(Id exercise, int working, int warmups = 0)
{
    RoutineSlot s;
    s.row.exerciseId = exercise;
    for (int i = 0; i < warmups; ++i)
        s.sets.append(set(true));
    for (int i = 0; i < working; ++i)
        s.sets.append(set());
    return s;
}

RoutineTreeDay day(QList<RoutineSlot> slotList, bool rest = false)
{
    RoutineTreeDay d;
    d.row.isRest = rest;
    d.exerciseSlots = std::move(slotList);
    return d;
}

const QHash<Id, ExerciseMuscles> exercises = {
    { 1,
      { QStringLiteral("CHEST"),
        { QStringLiteral("TRICEPS"), QStringLiteral("SHOULDERS") },
        QStringLiteral("HORIZONTAL_PUSH") } },
    { 2, { QStringLiteral("QUADS"), { QStringLiteral("GLUTES") }, QStringLiteral("SQUAT") } },
    // A secondary muscle equal to the primary counts once, as the primary.
    { 3, { QStringLiteral("TRICEPS"), { QStringLiteral("TRICEPS") }, QStringLiteral("OTHER") } },
};

} // namespace

class TestWeeklySummary : public QObject
{
    Q_OBJECT

private slots:
    void fourTrainingDaysAndThreeRestDaysAreOneWeek();
    void threeDaysWithoutRestAreSevenThirdsPasses();
    void emptyRoutineHasNoWeek();
    void unknownExercisesCountForNothing();
    void bands();
};

void TestWeeklySummary::fourTrainingDaysAndThreeRestDaysAreOneWeek()
{
    RoutineTree tree;
    // Day 1: bench 3 working + 2 warm-ups, squat 4. Day 2: squat 3. Day 3: triceps 2.
    // Day 4: bench 3. Days 5-7 rest (one of them lists an exercise, which does not count).
    tree.days = { day({ slot(1, 3, 2), slot(2, 4) }),
                  day({ slot(2, 3) }),
                  day({ slot(3, 2) }),
                  day({ slot(1, 3) }),
                  day({}, true),
                  day({ slot(1, 5) }, true),
                  day({}, true) };
    const WeeklySummary s = weeklySummary(tree, exercises);
    QCOMPARE(s.passesPerWeek, 1.0);
    // Chest: 3 + 3 = 6 sets on 2 days. Triceps: 0.5·6 (bench) + 2 = 5 on 3 days.
    // Shoulders: 0.5·6 = 3 on 2 days. Quads 7 on 2 days, glutes 3.5 on 2 days.
    QCOMPARE(s.muscle(QStringLiteral("CHEST")).setsPerWeek, 6.0);
    QCOMPARE(s.muscle(QStringLiteral("CHEST")).daysPerWeek, 2.0);
    QCOMPARE(s.muscle(QStringLiteral("TRICEPS")).setsPerWeek, 5.0);
    QCOMPARE(s.muscle(QStringLiteral("TRICEPS")).daysPerWeek, 3.0);
    QCOMPARE(s.muscle(QStringLiteral("SHOULDERS")).setsPerWeek, 3.0);
    QCOMPARE(s.muscle(QStringLiteral("QUADS")).setsPerWeek, 7.0);
    QCOMPARE(s.muscle(QStringLiteral("GLUTES")).setsPerWeek, 3.5);
    QCOMPARE(s.muscle(QStringLiteral("GLUTES")).daysPerWeek, 2.0);
    QCOMPARE(s.muscle(QStringLiteral("BICEPS")).setsPerWeek, 0.0);
    // Most sets first.
    QCOMPARE(s.muscles.first().key, QStringLiteral("QUADS"));
    QCOMPARE(s.muscles.size(), 5);
    // Movements count 1 per working set.
    QCOMPARE(s.movements.size(), 3);
    for (const WeeklyFigure &m : s.movements) {
        if (m.key == QLatin1String("HORIZONTAL_PUSH"))
            QCOMPARE(m.setsPerWeek, 6.0);
        else if (m.key == QLatin1String("SQUAT"))
            QCOMPARE(m.setsPerWeek, 7.0);
        else
            QCOMPARE(m.setsPerWeek, 2.0);
    }
}

void TestWeeklySummary::threeDaysWithoutRestAreSevenThirdsPasses()
{
    RoutineTree tree;
    tree.days = { day({ slot(1, 3) }), day({ slot(2, 3) }), day({ slot(1, 2) }) };
    const WeeklySummary s = weeklySummary(tree, exercises);
    QCOMPARE(s.passesPerWeek, 7.0 / 3.0);
    // Chest: 5 sets a pass on 2 days → 35/3 sets on 14/3 days a week.
    QVERIFY(qFuzzyCompare(s.muscle(QStringLiteral("CHEST")).setsPerWeek, 35.0 / 3.0));
    QVERIFY(qFuzzyCompare(s.muscle(QStringLiteral("CHEST")).daysPerWeek, 14.0 / 3.0));
    // Glutes: half of 3 squat sets a pass, 1.5 · 7/3 = 3.5 a week.
    QVERIFY(qFuzzyCompare(s.muscle(QStringLiteral("GLUTES")).setsPerWeek, 3.5));
}

void TestWeeklySummary::emptyRoutineHasNoWeek()
{
    const WeeklySummary s = weeklySummary(RoutineTree(), exercises);
    QCOMPARE(s.passesPerWeek, 0.0);
    QVERIFY(s.muscles.isEmpty());
    // Only warm-ups: nothing counts.
    RoutineTree tree;
    tree.days = { day({ slot(1, 0, 3) }) };
    QVERIFY(weeklySummary(tree, exercises).muscles.isEmpty());
}

void TestWeeklySummary::unknownExercisesCountForNothing()
{
    RoutineTree tree;
    tree.days = { day({ slot(99, 3), slot(2, 1) }) };
    const WeeklySummary s = weeklySummary(tree, exercises);
    QCOMPARE(s.muscles.size(), 2); // quads, glutes
    QCOMPARE(s.muscle(QStringLiteral("QUADS")).setsPerWeek, 7.0);
}

void TestWeeklySummary::bands()
{
    QCOMPARE(bandOf(9.5, 10, 20), Band::Below);
    QCOMPARE(bandOf(10, 10, 20), Band::Inside);
    QCOMPARE(bandOf(20, 10, 20), Band::Inside);
    QCOMPARE(bandOf(20.5, 10, 20), Band::Above);
}

QTEST_GUILESS_MAIN(TestWeeklySummary)
#include "tst_weeklysummary.moc"
