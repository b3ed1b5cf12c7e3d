// Taking data out from the app (both backends): File → Export as JSON and CSV for one athlete or
// the whole database, File → Back Up Database, File → Copy Database to Server, with the failures
// a user meets: an unwritable folder, a file that exists, a target that is not empty.
#include "testdatabase.h"
#include "testmain.h"

#include "core/athletes/athletes.h"
#include "core/catalog/catalog.h"
#include "core/db/database.h"
#include "core/exchange/backup.h"
#include "core/exchange/export.h"
#include "core/exchange/import/csvreader.h"
#include "core/exchange/import/importer.h"
#include "core/settings.h"
#include "ui/databaseactions.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using namespace Qt::StringLiterals;
using ui::ExportDialog;

class TestDataTransfer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportWritesTheChosenScopeAndFormat();
    void exportFailureKeepsTheDialogOpen();
    void backupIsAConsistentCopy();
    void copyToAnEmptyDatabaseAndSwitch();

private:
    qint64 count(core::Database &db, const QString &sql);
    QByteArray readFile(const QString &path);

    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<core::Database> m_db;
    core::Athlete m_athlete;
    qint64 m_sets = 0;
    QTemporaryDir m_dir;
};

void TestDataTransfer::init()
{
    core::Settings::useFile(m_dir.filePath(
        u"settings-%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    m_tdb = std::make_unique<test::TestDatabase>();
    core::Id subject = 0;
    QString error;
    QVERIFY2(test::openWithAthlete(*m_tdb, m_db, subject, &error), qPrintable(error));
    // Two athletes, each with a history: an athlete's export must hold only theirs.
    for (const QString &name : { u"ada"_s, u"bob"_s }) {
        auto athlete = name == u"ada"_s
            ? core::findAthlete(*m_db, name)
            : core::addAthlete(*m_db, { name, name + u"@example.com"_s, std::nullopt });
        if (!athlete)
            QFAIL(qPrintable(athlete.error().message));
        core::import::ImportOptions options;
        options.read.timeZone = QTimeZone::utc();
        auto source = core::import::fileSource(
            QFINDTESTDATA(name == u"ada"_s ? u"../data/import/strong_comma_kg.csv"_s
                                           : u"../data/import/hevy_kg.csv"_s),
            std::nullopt, options.read);
        if (!source)
            QFAIL(qPrintable(source.error().message));
        auto imported = core::import::importWorkouts(*m_db, athlete->subject.id, *source, options);
        if (!imported)
            QFAIL(qPrintable(imported.error().message));
        if (name == u"ada"_s) {
            m_athlete = *athlete;
            m_sets = imported->setsImported;
        }
    }
    QVERIFY(m_sets > 0);
    QVERIFY(count(*m_db, u"SELECT COUNT(*) FROM exercise_set_logs"_s) > m_sets);
}

void TestDataTransfer::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

qint64 TestDataTransfer::count(core::Database &db, const QString &sql)
{
    auto n = db.scalar(sql);
    return n ? n->toLongLong() : -1;
}

QByteArray TestDataTransfer::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestDataTransfer::exportWritesTheChosenScopeAndFormat()
{
    // The athlete's sets as CSV: a header and one line per set of theirs.
    const QString csv = m_dir.filePath(u"ada.csv"_s);
    {
        ExportDialog dialog(*m_db, m_athlete);
        QCOMPARE(dialog.scope(), ExportDialog::Scope::Athlete); // the current athlete first
        dialog.setFormat(ExportDialog::Format::Csv);
        QVERIFY(dialog.filePath().endsWith(u".csv"_s));
        dialog.setFilePath(csv);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.summary());
    }
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    core::import::CsvReader records(csvFile); // notes may hold line breaks
    qint64 rows = 0;
    while (records.next())
        ++rows;
    QVERIFY(!records.error());
    QCOMPARE(rows, m_sets + 1);

    // The whole database as JSON: it restores into an empty database with every set.
    const QString json = m_dir.filePath(u"all.json"_s);
    {
        ExportDialog dialog(*m_db, m_athlete);
        dialog.setScope(ExportDialog::Scope::Database);
        dialog.setFormat(ExportDialog::Format::Json);
        dialog.setFilePath(json);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    test::TestDatabase emptyTdb;
    QVERIFY2(emptyTdb.createMigrated(), qPrintable(emptyTdb.errorString()));
    auto empty = emptyTdb.open();
    if (!empty)
        QFAIL(qPrintable(empty.error().message));
    auto restored = core::importJsonFile(**empty, json);
    if (!restored)
        QFAIL(qPrintable(restored.error().message));
    QCOMPARE(count(**empty, u"SELECT COUNT(*) FROM exercise_set_logs"_s),
             count(*m_db, u"SELECT COUNT(*) FROM exercise_set_logs"_s));
    QCOMPARE(count(**empty, u"SELECT COUNT(*) FROM subjects"_s), 2);

    // Without a current athlete only the whole database can be chosen.
    ExportDialog noAthlete(*m_db, std::nullopt);
    noAthlete.setScope(ExportDialog::Scope::Athlete);
    QCOMPARE(noAthlete.scope(), ExportDialog::Scope::Database);
}

void TestDataTransfer::exportFailureKeepsTheDialogOpen()
{
    ExportDialog dialog(*m_db, m_athlete);
    dialog.show();
    auto *error = dialog.findChild<QLabel *>(u"exportError"_s);
    QVERIFY(error);

    // A folder that does not exist: the reason is shown, the dialog stays, no file appears.
    const QString missing = m_dir.filePath(u"no-such-folder/ada.json"_s);
    dialog.setFilePath(missing);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.summary());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"no-such-folder"_s), qPrintable(error->text()));
    QVERIFY(!QFile::exists(missing));

    // A file that exists is replaced only when the user says so.
    const QString existing = m_dir.filePath(u"keep.json"_s);
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious\n");
    }
    dialog.setFilePath(existing);
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(readFile(existing), QByteArray("precious\n"));
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QVERIFY(readFile(existing).startsWith("{"));
    QVERIFY(readFile(existing).contains(m_athlete.user.username.toUtf8()));
    QVERIFY(!readFile(existing).contains("bob@example.com"));
}

void TestDataTransfer::backupIsAConsistentCopy()
{
    m_db.reset();
    ui::MainWindow window;
    QVERIFY(window.databaseActions()->openDatabase(m_tdb->url()));
    const QString path = m_dir.filePath(u"backup.sqlite"_s);
    if (!m_tdb->isSQLite()) {
        // A server is backed up on the server: the window says so and writes nothing.
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        window.databaseActions()->backUpDatabase(path);
        QVERIFY2(ui::MessageBox::lastText().contains(u"pg_dump"_s),
                 qPrintable(ui::MessageBox::lastText()));
        QVERIFY(!QFile::exists(path));
        return;
    }
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    window.databaseActions()->backUpDatabase(path);
    QVERIFY2(ui::MessageBox::lastText().startsWith(u"Backed up"_s),
             qPrintable(ui::MessageBox::lastText()));
    auto checked = core::checkSqliteFile(path);
    if (!checked)
        QFAIL(qPrintable(checked.error().message));
    QCOMPARE(checked->integrity, u"ok"_s);
    qint64 logs = -1;
    for (const auto &[table, rows] : checked->rows) {
        if (table == u"exercise_set_logs"_s)
            logs = rows;
    }
    QCOMPARE(logs, count(*window.database(), u"SELECT COUNT(*) FROM exercise_set_logs"_s));

    // The same path again, not through the file dialog (which asks): refused, the file kept.
    const QByteArray before = readFile(path);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    window.databaseActions()->backUpDatabase(path);
    QVERIFY2(ui::MessageBox::lastText().startsWith(u"No backup was written"_s),
             qPrintable(ui::MessageBox::lastText()));
    QCOMPARE(readFile(path), before);
}

void TestDataTransfer::copyToAnEmptyDatabaseAndSwitch()
{
    const qint64 logs = count(*m_db, u"SELECT COUNT(*) FROM exercise_set_logs"_s);
    m_db.reset();
    ui::MainWindow window;
    QVERIFY(window.databaseActions()->openDatabase(m_tdb->url()));
    const QString source = window.database()->url().toString(false);

    // Into a new SQLite file (from either backend); the user stays where they are.
    const auto first = core::DatabaseUrl::sqliteFile(m_dir.filePath(u"copy1.sqlite"_s));
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(window.databaseActions()->copyDatabaseTo(first));
    QCOMPARE(window.database()->url().toString(false), source);
    {
        auto copy = core::Database::open(first);
        if (!copy)
            QFAIL(qPrintable(copy.error().message));
        QCOMPARE(count(**copy, u"SELECT COUNT(*) FROM exercise_set_logs"_s), logs);
    }

    // Into the same one again: it is not empty, nothing is merged.
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.databaseActions()->copyDatabaseTo(first));
    QVERIFY2(ui::MessageBox::lastText().startsWith(u"Nothing was copied"_s),
             qPrintable(ui::MessageBox::lastText()));
    {
        auto copy = core::Database::open(first);
        if (!copy)
            QFAIL(qPrintable(copy.error().message));
        QCOMPARE(count(**copy, u"SELECT COUNT(*) FROM exercise_set_logs"_s), logs);
    }

    // Into another, switching to it: the window works on the copy.
    const auto second = core::DatabaseUrl::sqliteFile(m_dir.filePath(u"copy2.sqlite"_s));
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(window.databaseActions()->copyDatabaseTo(second));
    QCOMPARE(window.database()->url().toString(false), second.toString(false));
    QCOMPARE(count(*window.database(), u"SELECT COUNT(*) FROM exercise_set_logs"_s), logs);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestDataTransfer test;
    return ft::test::runDatabaseTests(&test, argc, argv);
}

#include "tst_datatransfer.moc"
