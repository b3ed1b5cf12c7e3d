// fitnesstrack-cli routine list|show|export|import|copy|delete on both backends: what each prints,
// what it writes, and a non-zero exit with a clear message on bad input (nothing written then).
#include "core/athletes/athletes.h"
#include "core/db/database.h"
#include "core/plan/routinetree.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#ifndef FT_CLI_PATH
#error "FT_CLI_PATH must name the fitnesstrack-cli binary"
#endif

using namespace ft::core;
using namespace ft::test;
using namespace Qt::StringLiterals;

namespace {

const QString planText =
    u"# Upper/Lower\n"
    "> Four weeks.\n"
    "\n"
    "## Day 1: Upper A\n"
    "Bench Press: 2x5 @ 60kg warm-up; 3x5 @ 100kg RPE 8 tempo 3-1-X-0 rest 3:00\n"
    "\n"
    "## Day 2: Rest\n"
    "\n"
    "## Day 3: Lower\n"
    "Back Squat: 5x5 @ 140kg rest 3:00\n"_s;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(out, err);
    }
};

} // namespace

class TestRoutineCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importListShowExport();
    void copyToAthletes();
    void deleteRoutine();
    void badInput_data();
    void badInput();

private:
    Run cli(const QStringList &arguments);
    QString writeFile(const QString &name, const QString &text);

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    Id m_ada = 0;
};

void TestRoutineCli::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QString error;
    QVERIFY2(openWithAthlete(*m_tdb, m_db, m_ada, &error), qPrintable(error));
    for (const QString &name : { u"bob"_s, u"carol"_s })
        FT_VERIFY_OK(addAthlete(*m_db, { name, name + u"@example.com"_s, std::nullopt }));
}

void TestRoutineCli::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

Run TestRoutineCli::cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(FT_CLI_PATH),
                  QStringList { u"--db"_s, m_tdb->urlText() } + arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestRoutineCli::writeFile(const QString &name, const QString &text)
{
    const QString path = m_tdb->tempPath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    return path;
}

void TestRoutineCli::importListShowExport()
{
    const Run imported = cli({ u"routine"_s, u"import"_s, writeFile(u"plan.txt"_s, planText),
                               u"--athlete"_s, u"ada"_s, u"--json"_s });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    const Id id = QJsonDocument::fromJson(imported.out.toUtf8())[u"routine_id"_s].toInteger();
    QVERIFY(id > 0);

    const Run list = cli({ u"routine"_s, u"list"_s, u"--athlete"_s, u"ada"_s, u"--json"_s });
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const QJsonArray routines = QJsonDocument::fromJson(list.out.toUtf8())[u"routines"_s].toArray();
    QCOMPARE(routines.size(), 1);
    QCOMPARE(routines.at(0)[u"name"_s].toString(), u"Upper/Lower"_s);
    QCOMPARE(routines.at(0)[u"days"_s].toInt(), 3);
    QCOMPARE(routines.at(0)[u"planned_sets"_s].toInt(), 10);
    QCOMPARE(routines.at(0)[u"cycles_run"_s].toInt(), 0);
    const Run listText = cli({ u"routine"_s, u"list"_s, u"--athlete"_s, u"ada"_s });
    QCOMPARE(listText.out, u"%1  Upper/Lower: 3 days, 10 planned sets, 0 cycles run\n"_s.arg(id));

    const Run exported =
        cli({ u"routine"_s, u"export"_s, u"Upper/Lower"_s, u"--athlete"_s, u"ada"_s });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    QCOMPARE(exported.out, planText); // the round trip gives the same text
    const QString file = m_tdb->tempPath(u"out.txt"_s);
    const Run toFile = cli({ u"routine"_s, u"export"_s, QString::number(id), u"--athlete"_s,
                             u"ada"_s, u"--output"_s, file });
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.describe()));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), planText);

    const Run show =
        cli({ u"routine"_s, u"show"_s, QString::number(id), u"--athlete"_s, u"ada"_s });
    QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
    QCOMPARE(show.out, u"routine %1 of athlete ada, active\n"_s.arg(id) + planText);
    const Run json = cli(
        { u"routine"_s, u"show"_s, QString::number(id), u"--athlete"_s, u"ada"_s, u"--json"_s });
    const QJsonObject tree = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(tree[u"days"_s].toArray().size(), 3);
    const QJsonObject bench = tree[u"days"_s][0][u"exercises"_s][0].toObject();
    QCOMPARE(bench[u"exercise"_s].toString(), u"Bench Press"_s);
    QCOMPARE(bench[u"sets"_s][2][u"target_tempo"_s].toString(), u"3-1-X-0"_s);
    QCOMPARE(bench[u"sets"_s][2][u"target_rest_s"_s].toInt(), 180);
}

void TestRoutineCli::copyToAthletes()
{
    const Run imported = cli({ u"routine"_s, u"import"_s, writeFile(u"plan.txt"_s, planText),
                               u"--athlete"_s, u"ada"_s });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    const Run copy = cli({ u"routine"_s, u"copy"_s, u"Upper/Lower"_s, u"--athlete"_s, u"ada"_s,
                           u"--to"_s, u"bob,carol,ada"_s, u"--json"_s });
    QVERIFY2(copy.exitCode == 0, qPrintable(copy.describe()));
    const QJsonArray copies = QJsonDocument::fromJson(copy.out.toUtf8())[u"copies"_s].toArray();
    QCOMPARE(copies.size(), 3);
    for (const QString &athlete : { u"bob"_s, u"carol"_s }) {
        const Run exported =
            cli({ u"routine"_s, u"export"_s, u"Upper/Lower"_s, u"--athlete"_s, athlete });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        QCOMPARE(exported.out, planText);
    }
    const Run own = cli({ u"routine"_s, u"list"_s, u"--athlete"_s, u"ada"_s, u"--json"_s });
    const QJsonArray routines = QJsonDocument::fromJson(own.out.toUtf8())[u"routines"_s].toArray();
    QCOMPARE(routines.size(), 2);
    QCOMPARE(routines.at(1)[u"name"_s].toString(), u"Upper/Lower (2)"_s);
    QCOMPARE(routines.at(1)[u"source_routine_id"_s].toInteger(),
             routines.at(0)[u"id"_s].toInteger());
}

void TestRoutineCli::deleteRoutine()
{
    const Run imported = cli({ u"routine"_s, u"import"_s, writeFile(u"plan.txt"_s, planText),
                               u"--athlete"_s, u"ada"_s });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    const Run removed =
        cli({ u"routine"_s, u"delete"_s, u"Upper/Lower"_s, u"--athlete"_s, u"ada"_s });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
    QCOMPARE(rowCount(*m_db, u"routines"_s), 0);
    QCOMPARE(rowCount(*m_db, u"routine_exercise_sets"_s), 0);
}

void TestRoutineCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no athlete") << QStringList { u"routine"_s, u"list"_s } << 2 << u"usage:"_s;
    QTest::newRow("unknown subcommand")
        << QStringList { u"routine"_s, u"rename"_s, u"1"_s, u"--athlete"_s, u"ada"_s } << 2
        << u"usage:"_s;
    QTest::newRow("copy without --to")
        << QStringList { u"routine"_s, u"copy"_s, u"1"_s, u"--athlete"_s, u"ada"_s } << 2
        << u"usage:"_s;
    QTest::newRow("unknown athlete")
        << QStringList { u"routine"_s, u"list"_s, u"--athlete"_s, u"nobody"_s } << 1 << u"nobody"_s;
    QTest::newRow("unknown routine")
        << QStringList { u"routine"_s, u"show"_s, u"Nope"_s, u"--athlete"_s, u"ada"_s } << 1
        << u"no routine \"Nope\""_s;
    QTest::newRow("missing file") << QStringList {
        u"routine"_s, u"import"_s, u"/nonexistent/planText.txt"_s, u"--athlete"_s, u"ada"_s
    } << 1 << u"cannot read /nonexistent/planText.txt"_s;
    QTest::newRow("bad text") << QStringList { u"routine"_s, u"import"_s, u"BAD"_s, u"--athlete"_s,
                                               u"ada"_s }
                              << 1 << u"line 3, column 23: expected the unit of the load"_s;
    QTest::newRow("copy to unknown athlete")
        << QStringList { u"routine"_s, u"copy"_s, u"Upper/Lower"_s, u"--athlete"_s,
                         u"ada"_s,     u"--to"_s, u"bob,nobody"_s }
        << 1 << u"nobody"_s;
}

void TestRoutineCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run imported = cli({ u"routine"_s, u"import"_s, writeFile(u"plan.txt"_s, planText),
                               u"--athlete"_s, u"ada"_s });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    arguments.replaceInStrings(
        u"BAD"_s, writeFile(u"bad.txt"_s, u"# X\n## Day 1\nBench Press: 3x5 @ 100\n"_s));
    const QString before = countsText(*m_db);
    const Run run = cli(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(u"fitnesstrack-cli: "_s), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(message), qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(countsText(*m_db), before);
}

FT_DB_TEST_MAIN(TestRoutineCli)
#include "tst_routinecli.moc"
