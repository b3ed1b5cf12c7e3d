// Crash safety: `fitnesstrack-cli import` is killed (SIGKILL) in the middle of importing a
// 200,000-row Strong export; the database must then pass its integrity check and hold all of the
// import or none of it. On both backends.
#include "core/athletes/athletes.h"
#include "core/catalog/catalog.h"
#include "core/db/database.h"
#include "core/exchange/import/samplefiles.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace ft::core;
using namespace ft::test;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 rowCountInFile = 200'000;
}

class TestCrashImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void killedMidImportLeavesAllOrNothing_data();
    void killedMidImportLeavesAllOrNothing();

private:
    QStringList importArguments() const;
    // Whether the import's transaction has written something yet.
    bool writing();
    // The athlete's sets, and on SQLite the integrity check, after the process is gone.
    void checkAllOrNothing(qint64 *sets);

    QString m_file;
    std::unique_ptr<TestDatabase> m_tdb;
    QTemporaryDir m_dir;
};

void TestCrashImport::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(FT_CLI_PATH)));
    m_file = m_dir.filePath(u"strong.csv"_s);
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    import::SampleFileOptions options;
    options.rows = rowCountInFile;
    FT_VERIFY_OK(import::writeStrongSample(file, options));
}

void TestCrashImport::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->createMigrated(), qPrintable(m_tdb->errorString()));
    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    FT_VERIFY_OK(installBundledCatalog(**db));
    FT_VERIFY_OK(addAthlete(**db, { u"crash"_s, u"crash@example.com"_s, std::nullopt }));
}

void TestCrashImport::cleanup()
{
    m_tdb.reset();
}

QStringList TestCrashImport::importArguments() const
{
    return { u"--db"_s,  m_tdb->urlText(), u"import"_s, u"strong"_s,     m_file,   u"--athlete"_s,
             u"crash"_s, u"--unit"_s,      u"kg"_s,     u"--timezone"_s, u"UTC"_s, u"--json"_s };
}

bool TestCrashImport::writing()
{
    if (m_tdb->isSQLite())
        return QFileInfo(m_tdb->url().path + u"-wal"_s).size() > 4 * 1024 * 1024;
    const QVariant n = m_tdb->rawScalar(
        u"SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND application_name = 'fitnesstrack' AND backend_xid IS NOT NULL"_s);
    return n.toInt() > 0;
}

void TestCrashImport::checkAllOrNothing(qint64 *sets)
{
    m_tdb->closeRaw();
    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    if (m_tdb->isSQLite()) {
        auto check = (*db)->scalar(u"PRAGMA integrity_check"_s);
        FT_VERIFY_OK(check);
        QCOMPARE(check->toString(), u"ok"_s);
        auto keys = (*db)->exec(u"PRAGMA foreign_key_check"_s);
        FT_VERIFY_OK(keys);
        QVERIFY(!keys->next());
    }
    *sets = rowCount(**db, u"exercise_set_logs"_s);
    const qint64 batches = rowCount(**db, u"import_batches"_s);
    const qint64 sessions = rowCount(**db, u"workout_sessions"_s);
    const qint64 mappings = rowCount(**db, u"import_exercise_mappings"_s);
    if (*sets == 0) {
        QCOMPARE(batches, 0);
        QCOMPARE(sessions, 0);
        QCOMPARE(mappings, 0);
    } else {
        QCOMPARE(*sets, rowCountInFile);
        QCOMPARE(batches, 1);
        QVERIFY(sessions > 0);
        QVERIFY(mappings > 0);
    }
}

void TestCrashImport::killedMidImportLeavesAllOrNothing_data()
{
    QTest::addColumn<int>("delayMs"); // after the start, or after the first write when < 0
    QTest::newRow("300 ms after the start") << 300;
    QTest::newRow("while writing") << -1;
    QTest::newRow("well into writing") << -600;
}

void TestCrashImport::killedMidImportLeavesAllOrNothing()
{
    QFETCH(int, delayMs);
    QProcess cli;
    cli.setProcessChannelMode(QProcess::SeparateChannels);
    cli.start(QStringLiteral(FT_CLI_PATH), importArguments());
    QVERIFY(cli.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    // Waiting through waitForFinished() (not a sleep) keeps cli.state() true to the process.
    if (delayMs < 0) {
        while (!writing() && !cli.waitForFinished(5) && timer.elapsed() < 60'000) { }
        QVERIFY2(cli.state() == QProcess::Running,
                 "the import ended before it could be killed while writing");
        cli.waitForFinished(-delayMs - 1);
    } else {
        cli.waitForFinished(delayMs);
    }
    const bool killed = cli.state() == QProcess::Running;
    if (delayMs < 0)
        QVERIFY2(killed, "the import ended before it could be killed while writing");
    cli.kill(); // SIGKILL
    QVERIFY(cli.waitForFinished());
    qInfo() << (killed ? "killed after" : "finished before the kill, after") << timer.elapsed()
            << "ms";

    qint64 sets = -1;
    checkAllOrNothing(&sets);
    if (killed)
        QCOMPARE(sets, 0);

    // The same import, run to the end: everything is there, once.
    QProcess again;
    again.start(QStringLiteral(FT_CLI_PATH), importArguments());
    QVERIFY(again.waitForFinished(120'000));
    QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
    const QJsonObject report = QJsonDocument::fromJson(again.readAllStandardOutput()).object();
    QCOMPARE(report.value(u"sets_imported"_s).toInteger()
                 + report.value(u"sets_duplicate"_s).toInteger(),
             rowCountInFile);
    checkAllOrNothing(&sets);
    QCOMPARE(sets, rowCountInFile);
}

FT_DB_TEST_MAIN(TestCrashImport)
#include "tst_crash_import.moc"
