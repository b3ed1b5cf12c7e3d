// Backups: a consistent copy of the SQLite file while another connection keeps writing, checked
// with PRAGMA integrity_check and counts; existing files refused unless asked; on PostgreSQL, the
// same kind of SQLite file made by copying.
#include "core/athletes/athletes.h"
#include "core/db/database.h"
#include "core/exchange/backup.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"
#include "tst_copy_tables.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace ft::core;
using namespace ft::test;
using namespace Qt::StringLiterals;

class TestExportBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sqliteBackupWhileWriting();
    void existingFileIsRefusedUnlessAsked();
    void sqliteOwnFileIsRefused();
    void postgresqlBackupIsAnSqliteCopy();

private:
    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
};

void TestExportBackup::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->createMigrated(), qPrintable(m_tdb->errorString()));
    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    m_db = std::move(*db);
}

void TestExportBackup::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

void TestExportBackup::sqliteBackupWhileWriting()
{
    FT_VERIFY_OK(fillDatabase(*m_db));
    auto athlete = addAthlete(*m_db, { u"writer"_s, u"writer@example.com"_s, std::nullopt });
    FT_VERIFY_OK(athlete);
    const Id subject = athlete->subject.id;
    auto exercise = m_db->scalar(u"SELECT MIN(id) FROM exercises"_s);
    FT_VERIFY_OK(exercise);
    const qint64 sessionsBefore = rowCount(*m_db, u"workout_sessions"_s);
    const qint64 logsBefore = rowCount(*m_db, u"exercise_set_logs"_s);

    // Another connection (the app, say) commits a session and its set, over and over: a
    // consistent copy has each session with its set, or neither.
    std::atomic<bool> stop = false;
    std::atomic<int> committed = 0;
    QString writerError;
    std::thread writer([&] {
        auto db = m_tdb->open();
        if (!db) {
            writerError = db.error().message;
            return;
        }
        QDate day(2030, 1, 1);
        while (!stop) {
            const Status s = (*db)->transaction([&]() -> Status {
                auto session =
                    (*db)->exec(u"INSERT INTO workout_sessions (subject_id, workout_date, status) "
                                "VALUES (?, ?, 'COMPLETED') RETURNING id"_s,
                                { subject, day.toString(Qt::ISODate) });
                if (!session)
                    return session.error();
                session->next();
                const Id id = session->value(0).toLongLong();
                session->finish();
                auto set =
                    (*db)->exec(u"INSERT INTO exercise_set_logs (subject_id, exercise_id, "
                                u"session_id, performed_at, set_index) "
                                "VALUES (?, ?, ?, ?, 1)"_s,
                                { subject, *exercise, id,
                                  QString(day.toString(Qt::ISODate) + u"T10:00:00.000Z"_s) });
                if (!set)
                    return set.error();
                return {};
            });
            if (!s) {
                writerError = s.error().message;
                return;
            }
            ++committed;
            day = day.addDays(1);
        }
    });

    QList<BackupReport> backups;
    for (int i = 0; i < 5; ++i) {
        while (committed < 20 * (i + 1) && writerError.isEmpty())
            QThread::msleep(1);
        auto backup = backupDatabase(*m_db, m_tdb->tempPath(u"backup-%1.sqlite"_s.arg(i)));
        if (!backup) {
            stop = true;
            writer.join();
            FT_VERIFY_OK(backup);
        }
        backups.append(*backup);
    }
    stop = true;
    writer.join();
    QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
    QVERIFY(committed >= 100);

    qint64 previous = -1;
    for (const BackupReport &backup : backups) {
        // Checked again, independently of what backupDatabase() said.
        auto checked = checkSqliteFile(backup.path);
        FT_VERIFY_OK(checked);
        QCOMPARE(checked->integrity, u"ok"_s);
        QCOMPARE(checked->rows, backup.rows);
        QHash<QString, qint64> rows;
        for (const auto &[table, n] : checked->rows)
            rows.insert(table, n);
        const qint64 added = rows.value(u"workout_sessions"_s) - sessionsBefore;
        QCOMPARE(rows.value(u"exercise_set_logs"_s) - logsBefore, added);
        QVERIFY(added >= 20);
        QVERIFY(added > previous);
        previous = added;
        QVERIFY(!QFileInfo::exists(backup.path + u"-wal"_s));
    }
    // The last backup, opened by the app, is the database as it was then.
    auto reopened = Database::open(DatabaseUrl::sqliteFile(backups.last().path));
    FT_VERIFY_OK(reopened);
    QCOMPARE(rowCount(**reopened, u"workout_sessions"_s), sessionsBefore + previous);
}

void TestExportBackup::existingFileIsRefusedUnlessAsked()
{
    FT_VERIFY_OK(addAthlete(*m_db, { u"ada"_s, u"ada@example.com"_s, std::nullopt }));
    const QString path = m_tdb->tempPath(u"backup.sqlite"_s);
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("precious");
    }
    auto refused = backupDatabase(*m_db, path);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::File);
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("precious"));
    }
    auto done = backupDatabase(*m_db, path, true);
    FT_VERIFY_OK(done);
    QCOMPARE(done->integrity, u"ok"_s);
    QCOMPARE(done->rows.at(0), (QPair<QString, qint64>(u"users"_s, 1)));
    // No temporary file is left beside it.
    const QStringList left =
        QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left)
        QVERIFY2(!name.contains(u"partial"_s), qPrintable(name));
}

void TestExportBackup::sqliteOwnFileIsRefused()
{
    auto refused = backupDatabase(*m_db, m_tdb->url().path, true);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::File);
    QVERIFY(refused.error().message.contains(u"the database itself"_s));
}

void TestExportBackup::postgresqlBackupIsAnSqliteCopy()
{
    FT_VERIFY_OK(fillDatabase(*m_db));
    const QString path = m_tdb->tempPath(u"server-backup.sqlite"_s);
    auto backup = backupDatabase(*m_db, path);
    FT_VERIFY_OK(backup);
    QCOMPARE(backup->integrity, u"ok"_s);
    auto counts = countRows(*m_db, dataTables());
    FT_VERIFY_OK(counts);
    QCOMPARE(backup->rows, *counts);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
}

FT_DB_TEST_MAIN(TestExportBackup)
#include "tst_export_backup.moc"
