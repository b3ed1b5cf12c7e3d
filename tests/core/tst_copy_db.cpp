// Copying a whole database, within a backend and across: SQLite → PostgreSQL → SQLite gives the
// content it started with (timestamps to the millisecond, as SQLite stores them), and within one
// backend an identical copy. Run on SQLite, it copies SQLite to SQLite; on PostgreSQL, also both
// directions between the backends.
#include "core/catalog/catalog.h"
#include "core/db/database.h"
#include "core/db/repository.h"
#include "core/exchange/copy.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"
#include "tst_copy_tables.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ft::core;
using namespace ft::test;
using namespace Qt::StringLiterals;

namespace {
Result<std::unique_ptr<Database>> openSqliteFile(const QString &path)
{
    const DatabaseUrl url = DatabaseUrl::sqliteFile(path);
    OpenOptions options;
    options.createIfMissing = true;
    return Database::open(url, options);
}

// A new row in every table with an id gets the id after the copied ones.
void checkIdsContinue(Database &db)
{
    auto maxId = db.scalar(u"SELECT MAX(id) FROM exercise_set_logs"_s);
    FT_VERIFY_OK(maxId);
    auto inserted =
        db.exec(u"INSERT INTO exercise_set_logs (subject_id, exercise_id, performed_at, set_index) "
                "VALUES ((SELECT MIN(id) FROM subjects), (SELECT MIN(id) FROM exercises), "
                "'2030-01-01T00:00:00.000Z', 1) RETURNING id"_s);
    FT_VERIFY_OK(inserted);
    QVERIFY(inserted->next());
    QCOMPARE(inserted->value(0).toLongLong(), maxId->toLongLong() + 1);
}
} // namespace

class TestCopyDb : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void copyWithinTheBackendIsIdentical();
    void nonEmptyTargetIsRefused();
    void sameDatabaseIsRefused();
    void postgresqlFromSqliteAndBack();

private:
    std::unique_ptr<TestDatabase> m_tdb;
    QTemporaryDir m_dir;
};

void TestCopyDb::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->createMigrated(), qPrintable(m_tdb->errorString()));
}

void TestCopyDb::cleanup()
{
    m_tdb.reset();
}

void TestCopyDb::copyWithinTheBackendIsIdentical()
{
    auto source = m_tdb->open();
    FT_VERIFY_OK(source);
    FT_VERIFY_OK(fillDatabase(**source));
    TestDatabase other;
    QVERIFY2(other.createMigrated(), qPrintable(other.errorString()));
    auto target = other.open();
    FT_VERIFY_OK(target);

    QStringList progress;
    auto report =
        copyDatabase(**source, **target, [&](const QString &line) { progress.append(line); });
    FT_VERIFY_OK(report);
    QVERIFY(report->countsMatch());
    QCOMPARE(report->tables.size(), dataTables().size());
    QCOMPARE(progress.size(), dataTables().size());
    QVERIFY(report->toText().contains(u"All counts match."_s));

    const auto a = dumpTables(**source, Timestamps::Exact);
    const auto b = dumpTables(**target, Timestamps::Exact);
    QCOMPARE(report->rows(), dumpRows(a));
    QVERIFY2(firstDifference(a, b).isEmpty(), qPrintable(firstDifference(a, b)));
    checkIdsContinue(**target);
}

void TestCopyDb::nonEmptyTargetIsRefused()
{
    auto source = m_tdb->open();
    FT_VERIFY_OK(source);
    FT_VERIFY_OK(fillDatabase(**source));
    TestDatabase other;
    QVERIFY2(other.createMigrated(), qPrintable(other.errorString()));
    auto target = other.open();
    FT_VERIFY_OK(target);
    FT_VERIFY_OK(installBundledCatalog(**target));
    const auto before = dumpTables(**target, Timestamps::Exact);
    auto report = copyDatabase(**source, **target);
    QVERIFY(!report);
    QCOMPARE(report.error().kind, Error::Kind::Usage);
    QVERIFY2(report.error().message.contains(u"not empty: exercises ("_s),
             qPrintable(report.error().message));
    QVERIFY(firstDifference(before, dumpTables(**target, Timestamps::Exact)).isEmpty());
}

void TestCopyDb::sameDatabaseIsRefused()
{
    auto source = m_tdb->open();
    FT_VERIFY_OK(source);
    auto again = m_tdb->open();
    FT_VERIFY_OK(again);
    auto report = copyDatabase(**source, **again);
    QVERIFY(!report);
    QCOMPARE(report.error().kind, Error::Kind::Usage);
}

void TestCopyDb::postgresqlFromSqliteAndBack()
{
    // A coach's laptop database, moved to the server and, later, back to a laptop.
    auto laptop = openSqliteFile(m_dir.filePath(u"laptop.sqlite"_s));
    FT_VERIFY_OK(laptop);
    FT_VERIFY_OK(fillDatabase(**laptop));
    auto server = m_tdb->open();
    FT_VERIFY_OK(server);

    auto up = copyDatabase(**laptop, **server);
    FT_VERIFY_OK(up);
    QVERIFY(up->countsMatch());
    const auto original = dumpTables(**laptop, Timestamps::Milliseconds);
    const auto onServer = dumpTables(**server, Timestamps::Milliseconds);
    QVERIFY2(firstDifference(original, onServer).isEmpty(),
             qPrintable(firstDifference(original, onServer)));
    // Unchanged SQLite text survives the trip exactly.
    QCOMPARE(dumpRows(original), up->rows());

    auto back = openSqliteFile(m_dir.filePath(u"back.sqlite"_s));
    FT_VERIFY_OK(back);
    auto down = copyDatabase(**server, **back);
    FT_VERIFY_OK(down);
    QVERIFY(down->countsMatch());
    const auto a = dumpTables(**laptop, Timestamps::Exact);
    const auto b = dumpTables(**back, Timestamps::Exact);
    QVERIFY2(firstDifference(a, b).isEmpty(), qPrintable(firstDifference(a, b)));

    checkIdsContinue(**server);
    checkIdsContinue(**back);
}

FT_DB_TEST_MAIN(TestCopyDb)
#include "tst_copy_db.moc"
