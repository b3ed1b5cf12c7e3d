// The routine text format (core/plan/routinetext.h) without a database: every way a text is
// refused, with its line and column; the normal form it writes; exercise names and aliases.
#include "core/plan/routinetext.h"
#include "testhelpers.h"

#include <QTest>

using namespace ft::core;
using namespace ft::core::plan;
using namespace ft::test;
using namespace Qt::StringLiterals;

class TestRoutineText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void normalForm_data();
    void normalForm();
    void namesAndAliases();
    void poundsBecomeKilograms();

private:
    ExerciseNames m_names;
};

void TestRoutineText::initTestCase()
{
    m_names.add(1, u"Back Squat"_s, { u"Squat (Barbell)"_s, u"BB Squat"_s });
    m_names.add(2, u"Bench Press"_s, { u"Bench Press (Barbell)"_s });
    m_names.add(3, u"Deadlift"_s, {});
    m_names.add(4, u"Old Deadlift"_s, {}, false);
    m_names.add(5, u"Développé couché"_s, {});
    m_names.add(6, u"Curl: Cable"_s, {});
}

void TestRoutineText::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    const QString head = u"# R\n## Day 1\n"_s; // exercise lines below are line 3
    QTest::newRow("empty text") << u"\n\n"_s << 3 << 1 << u"the text is empty"_s;
    QTest::newRow("no name line") << u"## Day 1\n"_s << 1 << 1 << u"\"# Name\""_s;
    QTest::newRow("empty name") << u"#  \n"_s << 1 << 1 << u"\"# Name\""_s;
    QTest::newRow("name too long")
        << u"# "_s + QString(121, u'n') << 1 << 3 << u"longer than 120"_s;
    QTest::newRow("second name line") << u"# R\n# S\n"_s << 2 << 1 << u"one \"# Name\""_s;
    QTest::newRow("not a day") << u"# R\n## Week 1\n"_s << 2 << 4 << u"\"Day 1\""_s;
    QTest::newRow("day out of order")
        << u"# R\n## Day 1\n## Day 3\n"_s << 3 << 8 << u"day number 2"_s;
    QTest::newRow("day without number") << u"# R\n## Day\n"_s << 2 << 7 << u"day number 1"_s;
    QTest::newRow("junk after day number")
        << u"# R\n## Day 1 Upper\n"_s << 2 << 10 << u"':' and the day's title"_s;
    QTest::newRow("day title too long")
        << u"# R\n## Day 1: "_s + QString(101, u't') << 2 << 11 << u"longer than 100"_s;
    QTest::newRow("exercise before a day")
        << u"# R\nDeadlift: 1x5\n"_s << 2 << 1 << u"\"## Day 1\" before"_s;
    QTest::newRow("exercise on a rest day")
        << u"# R\n## Day 1: Rest\nDeadlift: 1x5\n"_s << 3 << 1 << u"rest day"_s;
    QTest::newRow("no exercise name") << head + u": 3x5"_s << 3 << 1 << u"exercise name"_s;
    QTest::newRow("unknown exercise")
        << head + u"  Cable Fly: 3x5"_s << 3 << 3 << u"not \"Cable Fly\""_s;
    QTest::newRow("unknown, with a suggestion")
        << head + u"Bench: 3x5"_s << 3 << 1 << u"did you mean \"Bench Press\"?"_s;
    QTest::newRow("colon without sets")
        << head + u"Deadlift:  "_s << 3 << 10 << u"sets after ':'"_s;
    QTest::newRow("no set count") << head + u"Deadlift: x5"_s << 3 << 11 << u"number of sets"_s;
    QTest::newRow("zero sets") << head + u"Deadlift: 0x5"_s << 3 << 11 << u"from 1 to 100"_s;
    QTest::newRow("too many sets") << head + u"Deadlift: 101x5"_s << 3 << 11 << u"from 1 to 100"_s;
    QTest::newRow("x without reps")
        << head + u"Deadlift: 3x @ 100kg"_s << 3 << 13 << u"number of reps after 'x'"_s;
    QTest::newRow("neither x nor sets")
        << head + u"Deadlift: 3 rounds"_s << 3 << 13 << u"'x' and a number of reps, or 'sets'"_s;
    QTest::newRow("load without number")
        << head + u"Deadlift: 3x5 @ heavy"_s << 3 << 17 << u"load after '@'"_s;
    QTest::newRow("load without unit")
        << head + u"Deadlift: 3x5 @ 100"_s << 3 << 20 << u"kg or lb"_s;
    QTest::newRow("load in stones")
        << head + u"Deadlift: 3x5 @ 100st"_s << 3 << 20 << u"kg or lb"_s;
    QTest::newRow("load too heavy")
        << head + u"Deadlift: 3x5 @ 10000kg"_s << 3 << 17 << u"from 0 to 9,999.99 kg"_s;
    QTest::newRow("unclosed note")
        << head + u"Deadlift: 3x5 \"slow"_s << 3 << 20 << u"closing '\"'"_s;
    QTest::newRow("RPE without value")
        << head + u"Deadlift: 3x5 RPE"_s << 3 << 18 << u"value after 'rpe'"_s;
    QTest::newRow("RPE out of range")
        << head + u"Deadlift: 3x5 RPE 10.5"_s << 3 << 19 << u"from 1 to 10 in steps of 0.5"_s;
    QTest::newRow("RPE off step") << head + u"Deadlift: 3x5; 1x3 RPE 7.2"_s << 3 << 24
                                  << u"from 1 to 10 in steps of 0.5"_s;
    QTest::newRow("RIR without number")
        << head + u"Deadlift: 3x5 RIR two"_s << 3 << 19 << u"value after 'rir'"_s;
    QTest::newRow("bad tempo") << head + u"Deadlift: 3x5 tempo 3-1-X"_s << 3 << 21
                               << u"four phases"_s;
    QTest::newRow("bad rest") << head + u"Deadlift: 3x5 rest 1:75"_s << 3 << 20 << u"m:ss"_s;
    QTest::newRow("to without failure")
        << head + u"Deadlift: 3x5 to fail"_s << 3 << 18 << u"'failure' after 'to'"_s;
    QTest::newRow("unknown word") << head + u"Deadlift: 3x5 slowly"_s << 3 << 15
                                  << u"expected @ and a load, RIR, RPE"_s;
    QTest::newRow("second group broken")
        << head + u"Deadlift: 3x5 @ 100kg; 2y3"_s << 3 << 25 << u"'x' and a number of reps"_s;
    QTest::newRow("error on a later line")
        << head + u"Deadlift: 1x5\n\nBench Press: 2x5 @ 1,5"_s << 5 << 23 << u"kg or lb"_s;
}

void TestRoutineText::refused()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, expected);
    TextPosition where;
    const auto parsed = parseRoutineText(text, m_names, &where);
    Error e;
    FT_VERIFY_FAILS(parsed, e);
    QCOMPARE(e.kind, Error::Kind::InvalidValue);
    QVERIFY2(e.message.contains(expected), qPrintable(e.message));
    QCOMPARE(where.line, line);
    QCOMPARE(where.column, column);
    QVERIFY2(e.message.startsWith(u"line %1, column %2: "_s.arg(line).arg(column)),
             qPrintable(e.message));
}

void TestRoutineText::normalForm_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normal");
    QTest::newRow("already normal")
        << u"# R\n\n## Day 1: A\nBack Squat: 2x5 @ 60kg warm-up; 3x5 @ 100kg RPE 8 tempo 3-1-X-0 "
           "rest 3:00\n"_s
        << u"# R\n\n## Day 1: A\nBack Squat: 2x5 @ 60kg warm-up; 3x5 @ 100kg RPE 8 tempo 3-1-X-0 "
           "rest 3:00\n"_s;
    QTest::newRow("loose spelling")
        << u"#   R  \n##   day 1 :  A  \n  squat (barbell) : 1x5 @ 60 KG warmup ; 1x5 @60kg "
           "warm-up;3X5@100.0kg rest 180 TEMPO 31x0 rpe 8.0 ; 1 set failure\n## Day 2 : rest"_s
        << u"# R\n\n## Day 1: A\nBack Squat: 2x5 @ 60kg warm-up; 3x5 @ 100kg RPE 8 tempo 3-1-X-0 "
           "rest 3:00; 1 set to failure\n\n## Day 2: Rest\n"_s;
    QTest::newRow("notes inline and as lines")
        << u"# R\n>desc\n## Day 1\n>  indented\nDeadlift -- pull slack out\nBench Press: 1x1\n> "
           "a\n> b\n"_s
        << u"# R\n> desc\n\n## Day 1\n>  indented\nDeadlift -- pull slack out\nBench Press: "
           "1x1\n> a\n> b\n"_s;
    QTest::newRow("a name with a colon")
        << u"# R\n## Day 1\nCurl: Cable: 3x12 \"note: slow\" -- a: b\n"_s
        << u"# R\n\n## Day 1\nCurl: Cable: 3x12 \"note: slow\" -- a: b\n"_s;
    QTest::newRow("a colon in the notes") << u"# R\n## Day 1\nDeadlift -- note: hips\n"_s
                                          << u"# R\n\n## Day 1\nDeadlift -- note: hips\n"_s;
    QTest::newRow("accents and alias")
        << u"# R\n## Day 1\ndeveloppe couche: 1x8\nbb squat: 2 sets\n"_s
        << u"# R\n\n## Day 1\nDéveloppé couché: 1x8\nBack Squat: 2 sets\n"_s;
}

void TestRoutineText::normalForm()
{
    QFETCH(QString, input);
    QFETCH(QString, normal);
    auto parsed = parseRoutineText(input, m_names);
    FT_VERIFY_OK(parsed);
    const QString written = formatRoutineText(*parsed);
    QCOMPARE(written, normal);
    auto again = parseRoutineText(written, m_names);
    FT_VERIFY_OK(again);
    QCOMPARE(formatRoutineText(*again), normal);
}

void TestRoutineText::namesAndAliases()
{
    QCOMPARE(m_names.resolve(u"back squat"_s), Id(1));
    QCOMPARE(m_names.resolve(u"SQUAT (BARBELL)"_s), Id(1));
    QCOMPARE(m_names.resolve(u"Bench Press Barbell"_s), Id(2)); // punctuation-insensitive alias
    QCOMPARE(m_names.resolve(u"Old Deadlift"_s), Id(4));
    QString suggestion;
    QCOMPARE(m_names.resolve(u"Dead"_s, &suggestion), Id(0));
    QCOMPARE(suggestion, u"Deadlift"_s);
    suggestion.clear();
    QCOMPARE(m_names.resolve(u"Cable Fly"_s, &suggestion), Id(0));
    QVERIFY(suggestion.isEmpty());
}

void TestRoutineText::poundsBecomeKilograms()
{
    auto parsed =
        parseRoutineText(u"# R\n## Day 1\nDeadlift: 1x5 @ 225 lb; 1x5 @ 100lbs\n"_s, m_names);
    FT_VERIFY_OK(parsed);
    const auto &sets = parsed->days.at(0).exerciseSlots.at(0).sets;
    QCOMPARE(sets.at(0).targetWeightKg.value_or(0), 102.06);
    QCOMPARE(sets.at(1).targetWeightKg.value_or(0), 45.36);
}

QTEST_GUILESS_MAIN(TestRoutineText)
#include "tst_routinetext.moc"
