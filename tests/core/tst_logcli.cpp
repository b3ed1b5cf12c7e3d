// fitnesstrack-cli session show|list, cycle list|start|end, metrics add|list on both backends:
// what each prints and writes, and a non-zero exit with a clear message on bad input (nothing
// written then).
#include "core/db/database.h"
#include "core/log/traininglog.h"
#include "core/plan/routinetext.h"
#include "core/plan/routinetree.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#ifndef FT_CLI_PATH
#error "FT_CLI_PATH must name the fitnesstrack-cli binary"
#endif

using namespace ft::core;
using namespace ft::test;
using namespace Qt::StringLiterals;

namespace {

const QString planText = u"# Upper/Lower\n"
                         "\n"
                         "## Day 1: Upper\n"
                         "Bench Press: 1x10 @ 40kg warm-up; 2x5 @ 100kg tempo 3-1-X-0\n"
                         "\n"
                         "## Day 2: Rest\n"
                         "\n"
                         "## Day 3: Lower\n"
                         "Back Squat: 2x5 @ 140kg\n"_s;

using Run = ProgramRun;

QJsonObject jsonOf(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TestLogCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void cycleStartListEnd();
    void sessionShowAndList();
    void metricsAddList();
    void badInput_data();
    void badInput();

private:
    Run cli(const QStringList &arguments);
    // Ada's routine with cycle 1 from 2026-01-05 and the Upper session of that day: the first
    // working set done at 102.5 x 5, the second skipped.
    void logUpperSession();

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    Id m_ada = 0;
    Id m_routine = 0;
};

void TestLogCli::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QString error;
    QVERIFY2(openWithAthlete(*m_tdb, m_db, m_ada, &error), qPrintable(error));
    auto routine = plan::importRoutineText(*m_db, m_ada, planText);
    FT_VERIFY_OK(routine);
    m_routine = *routine;
}

void TestLogCli::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

Run TestLogCli::cli(const QStringList &arguments)
{
    return runProgram(QStringLiteral(FT_CLI_PATH),
                      QStringList { u"--db"_s, m_tdb->urlText() } + arguments);
}

void TestLogCli::logUpperSession()
{
    const Run started = cli({ u"cycle"_s, u"start"_s, u"--athlete"_s, u"ada"_s, u"--routine"_s,
                              u"Upper/Lower"_s, u"--date"_s, u"2026-01-05"_s });
    QVERIFY2(started.exitCode == 0, qPrintable(started.describe()));
    auto next = log::nextRoutineDay(*m_db, m_ada, QDate(2026, 1, 5));
    FT_VERIFY_OK(next);
    QVERIFY(next->has_value());
    auto session =
        log::createSession(*m_db, m_ada, (*next)->scheduledOn, (*next)->day.id, (*next)->cycle.id);
    FT_VERIFY_OK(session);
    auto tree = plan::loadRoutineTree(*m_db, m_routine);
    FT_VERIFY_OK(tree);
    const plan::RoutineSlot &bench = tree->days.at(0).exerciseSlots.at(0);
    QCOMPARE(bench.sets.size(), 3);
    log::SetEntry done = log::entryFromPlan(bench.row.exerciseId, bench.sets.at(1));
    done.weightKg = 102.5;
    const QDateTime when(QDate(2026, 1, 5), QTime(18, 0));
    FT_VERIFY_OK(log::logSet(*m_db, m_ada, session->id, done, when));
    FT_VERIFY_OK(log::skipSet(*m_db, m_ada, session->id, bench.sets.at(2).id, when));
}

void TestLogCli::cycleStartListEnd()
{
    const Run started =
        cli({ u"cycle"_s, u"start"_s, u"--athlete"_s, u"ada"_s, u"--routine"_s, u"Upper/Lower"_s,
              u"--date"_s, u"2026-01-05"_s, u"--notes"_s, u"base block"_s });
    QVERIFY2(started.exitCode == 0, qPrintable(started.describe()));
    QVERIFY(started.out.contains(u"(number 1)"_s));
    const Run list = cli({ u"cycle"_s, u"list"_s, u"--athlete"_s, u"ada"_s, u"--json"_s });
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const QJsonArray cycles = jsonOf(list)[u"cycles"_s].toArray();
    QCOMPARE(cycles.size(), 1);
    const QJsonObject c = cycles.at(0).toObject();
    QCOMPARE(c[u"cycle_number"_s].toInt(), 1);
    QCOMPARE(c[u"started_on"_s].toString(), u"2026-01-05"_s);
    QVERIFY(c[u"ended_on"_s].isNull());
    QCOMPARE(c[u"notes"_s].toString(), u"base block"_s);
    QCOMPARE(c[u"routine"_s].toString(), u"Upper/Lower"_s);
    QCOMPARE(c[u"figures"_s][u"planned_days"_s].toInt(), 2);

    const Run ended =
        cli({ u"cycle"_s, u"end"_s, u"--athlete"_s, u"ada"_s, u"--cycle"_s,
              QString::number(c[u"id"_s].toInteger()), u"--date"_s, u"2026-02-01"_s });
    QVERIFY2(ended.exitCode == 0, qPrintable(ended.describe()));
    const Run again = cli({ u"cycle"_s, u"start"_s, u"--athlete"_s, u"ada"_s, u"--routine"_s,
                            u"Upper/Lower"_s, u"--date"_s, u"2026-02-02"_s });
    QVERIFY2(again.out.contains(u"(number 2)"_s), qPrintable(again.describe()));
    const Run text = cli({ u"cycle"_s, u"list"_s, u"--athlete"_s, u"ada"_s });
    QVERIFY2(text.out.contains(u"Upper/Lower, cycle 1: 2026-01-05 to 2026-02-01"_s),
             qPrintable(text.describe()));
}

void TestLogCli::sessionShowAndList()
{
    logUpperSession();
    if (QTest::currentTestFailed())
        return;
    const Run show = cli({ u"session"_s, u"show"_s, u"--athlete"_s, u"ada"_s, u"--date"_s,
                           u"2026-01-05"_s, u"--json"_s });
    QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
    const QJsonObject sheet = jsonOf(show);
    QCOMPARE(sheet[u"session"_s][u"workout_date"_s].toString(), u"2026-01-05"_s);
    QCOMPARE(sheet[u"routine"_s].toString(), u"Upper/Lower"_s);
    QCOMPARE(sheet[u"day"_s][u"title"_s].toString(), u"Upper"_s);
    const QJsonArray sets = sheet[u"exercises"_s][0][u"sets"_s].toArray();
    QCOMPARE(sets.size(), 3);
    QCOMPARE(sets.at(0)[u"outcome"_s].toString(), u"pending"_s);
    QCOMPARE(sets.at(1)[u"outcome"_s].toString(), u"done"_s);
    QCOMPARE(sets.at(1)[u"load_diff_kg"_s].toDouble(), 2.5);
    QCOMPARE(sets.at(1)[u"reps_diff"_s].toInt(), 0);
    QCOMPARE(sets.at(1)[u"tut_s"_s].toInt(), 25);
    QCOMPARE(sets.at(1)[u"log"_s][u"actual_weight_kg"_s].toDouble(), 102.5);
    QCOMPARE(sets.at(2)[u"outcome"_s].toString(), u"skipped"_s);
    const QJsonObject figures = sheet[u"figures"_s].toObject();
    QCOMPARE(figures[u"planned_working_sets"_s].toInt(), 2);
    QCOMPARE(figures[u"done_working_sets"_s].toInt(), 1);
    QCOMPARE(figures[u"skipped_sets"_s].toInt(), 1);
    QCOMPARE(figures[u"load_adherence"_s].toDouble(), 1.025);
    QCOMPARE(figures[u"completion"_s].toDouble(), 0.5);

    const Run text =
        cli({ u"session"_s, u"show"_s, u"--athlete"_s, u"ada"_s, u"--date"_s, u"2026-01-05"_s });
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY2(text.out.contains(u"plan 100 kg x 5  did 102.5 kg x 5  load +2.5  reps +0"_s),
             qPrintable(text.out));

    const Run csv = cli({ u"session"_s, u"list"_s, u"--athlete"_s, u"ada"_s, u"--from"_s,
                          u"2026-01-01"_s, u"--csv"_s });
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.describe()));
    const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(u"date,status,routine,day,cycle,planned_working_sets,"_s));
    QVERIFY2(lines.at(1).startsWith(u"2026-01-05,PENDING,Upper/Lower,Upper,1,2,1,1,0,1,0.5,1.025,1,"
                                    "25,512.5,"_s),
             qPrintable(lines.at(1)));
    const Run empty = cli({ u"session"_s, u"list"_s, u"--athlete"_s, u"ada"_s, u"--to"_s,
                            u"2026-01-04"_s, u"--json"_s });
    QCOMPARE(jsonOf(empty)[u"sessions"_s].toArray().size(), 0);
}

void TestLogCli::metricsAddList()
{
    const Run added = cli({ u"metrics"_s, u"add"_s, u"--athlete"_s, u"ada"_s, u"--date"_s,
                            u"2026-01-05"_s, u"--weight"_s, u"61.25"_s, u"--body-fat"_s, u"21.5"_s,
                            u"--resting-hr"_s, u"54"_s, u"--notes"_s, u"fasted"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    const Run csv = cli({ u"metrics"_s, u"list"_s, u"--athlete"_s, u"ada"_s, u"--csv"_s });
    QCOMPARE(
        csv.out,
        u"date,weight_kg,bodyfat_pct,resting_hr,notes,id\n2026-01-05,61.25,21.5,54,fasted,1\n"_s);
    const Run json = cli({ u"metrics"_s, u"list"_s, u"--athlete"_s, u"ada"_s, u"--json"_s });
    QCOMPARE(jsonOf(json)[u"metrics"_s][0][u"weight_kg"_s].toDouble(), 61.25);
}

void TestLogCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList ada { u"--athlete"_s, u"ada"_s };
    QTest::newRow("no athlete") << QStringList { u"session"_s, u"list"_s } << 2 << u"usage:"_s;
    QTest::newRow("show without date")
        << QStringList { u"session"_s, u"show"_s } + ada << 2 << u"usage:"_s;
    QTest::newRow("bad date") << QStringList { u"session"_s, u"list"_s, u"--from"_s, u"5.1.26"_s }
            + ada << 2 << u"--from 5.1.26 is not a date"_s;
    QTest::newRow("no session that day")
        << QStringList { u"session"_s, u"show"_s, u"--date"_s, u"2026-01-06"_s } + ada << 1
        << u"ada has no session on 2026-01-06"_s;
    QTest::newRow("unknown routine")
        << QStringList { u"cycle"_s, u"start"_s, u"--routine"_s, u"Nope"_s } + ada << 1
        << u"Nope"_s;
    QTest::newRow("second open cycle")
        << QStringList { u"cycle"_s, u"start"_s, u"--routine"_s, u"Upper/Lower"_s } + ada << 1
        << u"cycle 1 of this routine is still open"_s;
    QTest::newRow("end before start") << QStringList { u"cycle"_s, u"end"_s,    u"--cycle"_s,
                                                       u"CYCLE"_s, u"--date"_s, u"2025-12-31"_s }
            + ada << 1 << u"cycles.ended_on"_s;
    QTest::newRow("someone else's cycle")
        << QStringList { u"cycle"_s, u"end"_s, u"--cycle"_s, u"999"_s } + ada << 1
        << u"ada has no cycle 999"_s;
    QTest::newRow("metrics twice a day")
        << QStringList { u"metrics"_s, u"add"_s, u"--date"_s, u"2026-01-04"_s } + ada << 1
        << u"uq_sbm_subject_day"_s;
    QTest::newRow("body fat out of range") << QStringList {
        u"metrics"_s, u"add"_s, u"--date"_s, u"2026-01-07"_s, u"--body-fat"_s, u"150"_s
    } + ada << 1 << u"subject_body_metrics.bodyfat_pct"_s;
    QTest::newRow("weight not a number") << QStringList {
        u"metrics"_s, u"add"_s, u"--date"_s, u"2026-01-07"_s, u"--weight"_s, u"heavy"_s
    } + ada << 2 << u"--weight heavy is not a number"_s;
}

void TestLogCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    // One open cycle and one body-metrics entry to collide with.
    auto cycle = log::startCycle(*m_db, m_ada, m_routine, QDate(2026, 1, 1));
    FT_VERIFY_OK(cycle);
    SubjectBodyMetrics m;
    m.subjectId = m_ada;
    m.measuredOn = QDate(2026, 1, 4);
    FT_VERIFY_OK(log::saveBodyMetrics(*m_db, m));
    arguments.replaceInStrings(u"CYCLE"_s, QString::number(cycle->id));
    const QString before = countsText(*m_db);
    const QByteArray fingerprint = m_tdb->contentFingerprint();
    const Run run = cli(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(u"fitnesstrack-cli: "_s), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(message), qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(countsText(*m_db), before);
    QCOMPARE(m_tdb->contentFingerprint(), fingerprint);
}

FT_DB_TEST_MAIN(TestLogCli)
#include "tst_logcli.moc"
