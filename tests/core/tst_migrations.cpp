// Migrations: an empty database gets the whole schema; a current one is left alone; a newer or
// a foreign one is refused and left exactly as it was; the statement splitter handles what the
// schema files contain.
#include "core/db/database.h"
#include "core/db/entities.h"
#include "core/db/migrations.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace ft::core;
using namespace ft::test;
using namespace Qt::StringLiterals;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyDatabaseGetsLatestSchema();
    void reopenChangesNothing();
    void newerSchemaRefusedUntouched();
    void foreignTablesRefusedUntouched();
    void pendingMigrationRefusedWithoutMigrate();
    void sqliteMissingFileNotCreatedWithoutCreateIfMissing();
    void splitStatements_data();
    void splitStatements();
    void schemaFilesSplitIntoTheirStatements_data();
    void schemaFilesSplitIntoTheirStatements();

private:
    QStringList rawTables();
    std::unique_ptr<TestDatabase> m_tdb;
};

void TestMigrations::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->create(), qPrintable(m_tdb->errorString()));
}

void TestMigrations::cleanup()
{
    m_tdb.reset();
}

QStringList TestMigrations::rawTables()
{
    QStringList tables;
    QSqlQuery q(m_tdb->raw());
    q.exec(Dialect(m_tdb->backend()).listTablesSql());
    while (q.next())
        tables.append(q.value(0).toString());
    return tables;
}

void TestMigrations::emptyDatabaseGetsLatestSchema()
{
    const Dialect dialect(m_tdb->backend());
    const int latest = migrations::latestVersion(dialect);
    QVERIFY(latest >= 1);
    QCOMPARE(migrations::available(dialect).size(), latest);

    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    auto version = (*db)->schemaVersion();
    FT_VERIFY_OK(version);
    QCOMPARE(*version, latest);

    // The sixteen tables of the data model, schema_migrations, and whatever else the migrations
    // create (infrastructure such as app_metadata), nothing more.
    const QStringList live = rawTables();
    QCOMPARE(allTables().size(), 16);
    for (const QString &table : allTables())
        QVERIFY2(live.contains(table), qPrintable(u"missing table "_s + table));
    QVERIFY(live.contains(u"schema_migrations"_s));
    QStringList created { u"schema_migrations"_s };
    static const QRegularExpression createTable(u"^CREATE TABLE (\\w+)"_s);
    for (const Migration &m : migrations::available(dialect)) {
        QFile file(m.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QString &statement :
             migrations::splitStatements(QString::fromUtf8(file.readAll()))) {
            if (const auto match = createTable.match(statement); match.hasMatch())
                created.append(match.captured(1));
        }
    }
    created.sort();
    QCOMPARE(live, created);

    // One row per migration, with its name.
    QSqlQuery q(m_tdb->raw());
    QVERIFY(q.exec(u"SELECT version, name FROM schema_migrations ORDER BY version"_s));
    for (const Migration &m : migrations::available(dialect)) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), m.version);
        QCOMPARE(q.value(1).toString(), m.name);
    }
    QVERIFY(!q.next());

    // Every table starts empty.
    auto counts = (*db)->tableCounts();
    FT_VERIFY_OK(counts);
    QCOMPARE(counts->size(), 16);
    for (const auto &[table, n] : *counts)
        QCOMPARE(n, 0);
}

void TestMigrations::reopenChangesNothing()
{
    {
        auto db = m_tdb->open();
        FT_VERIFY_OK(db);
    }
    const qint64 rows = m_tdb->rawScalar(u"SELECT COUNT(*) FROM schema_migrations"_s).toLongLong();
    const QByteArray before = m_tdb->fingerprint();
    QCOMPARE(rows, migrations::available(Dialect(m_tdb->backend())).size());
    for (int i = 0; i < 2; ++i) {
        auto db = m_tdb->open();
        FT_VERIFY_OK(db);
        auto version = (*db)->schemaVersion();
        FT_VERIFY_OK(version);
        QCOMPARE(*version, migrations::latestVersion((*db)->dialect()));
    }
    QCOMPARE(m_tdb->rawScalar(u"SELECT COUNT(*) FROM schema_migrations"_s).toLongLong(), rows);
    QCOMPARE(m_tdb->fingerprint(), before);
}

void TestMigrations::newerSchemaRefusedUntouched()
{
    // What a newer FitnessTrack would have left: its own bookkeeping and a table of its own.
    QVERIFY(m_tdb->execRaw(Dialect(m_tdb->backend()).createMigrationsTableSql()));
    QVERIFY(
        m_tdb->execRaw(u"INSERT INTO schema_migrations (version, name) VALUES (1, 'initial')"_s));
    QVERIFY(
        m_tdb->execRaw(u"INSERT INTO schema_migrations (version, name) VALUES (999, 'future')"_s));
    QVERIFY(m_tdb->execRaw(u"CREATE TABLE future_things (id integer PRIMARY KEY, note text)"_s));
    QVERIFY(m_tdb->execRaw(u"INSERT INTO future_things VALUES (1, 'keep me')"_s));
    const QByteArray before = m_tdb->fingerprint();

    for (const bool migrate : { true, false }) {
        auto db = m_tdb->open({ false, migrate });
        QVERIFY(!db.ok());
        const Error &e = db.error();
        const int latest = migrations::latestVersion(Dialect(m_tdb->backend()));
        QCOMPARE(e.kind, Error::Kind::Schema);
        QCOMPARE(e.field, u"schema_migrations.version"_s);
        QCOMPARE(e.value, u"999"_s);
        QVERIFY2(e.message.contains(u"schema version 999"_s), qPrintable(describe(e)));
        QVERIFY2(e.message.contains(u"up to %1"_s.arg(latest)), qPrintable(describe(e)));
        QVERIFY2(e.message.contains(u"untouched"_s), qPrintable(describe(e)));
        QCOMPARE(m_tdb->fingerprint(), before);
    }
}

void TestMigrations::foreignTablesRefusedUntouched()
{
    QVERIFY(m_tdb->execRaw(u"CREATE TABLE accounts (id integer PRIMARY KEY, owner text)"_s));
    QVERIFY(m_tdb->execRaw(u"INSERT INTO accounts VALUES (1, 'someone else')"_s));
    const QByteArray before = m_tdb->fingerprint();

    auto db = m_tdb->open();
    QVERIFY(!db.ok());
    const Error &e = db.error();
    QCOMPARE(e.kind, Error::Kind::Schema);
    QCOMPARE(e.field, u"schema_migrations"_s);
    QVERIFY2(e.message.contains(u"not a FitnessTrack database"_s), qPrintable(describe(e)));
    QVERIFY2(e.message.contains(u"accounts"_s), qPrintable(describe(e)));
    QVERIFY2(e.message.contains(u"untouched"_s), qPrintable(describe(e)));
    QCOMPARE(m_tdb->fingerprint(), before);
    QCOMPARE(rawTables(), QStringList { u"accounts"_s });
}

void TestMigrations::pendingMigrationRefusedWithoutMigrate()
{
    if (m_tdb->isSQLite())
        QVERIFY(m_tdb->execRaw(u"PRAGMA user_version = 0"_s)); // an empty file, not a missing one
    const QByteArray before = m_tdb->fingerprint();
    auto db = m_tdb->open({ true, false });
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Schema);
    const int latest = migrations::latestVersion(Dialect(m_tdb->backend()));
    QVERIFY2(db.error().message.contains(u"from version 0 to %1"_s.arg(latest)),
             qPrintable(describe(db.error())));
    QCOMPARE(m_tdb->fingerprint(), before);
    QVERIFY(rawTables().isEmpty());
}

void TestMigrations::sqliteMissingFileNotCreatedWithoutCreateIfMissing()
{
    const QString path = m_tdb->url().path;
    QVERIFY(!QFile::exists(path));
    auto db = m_tdb->open({ false, true });
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::File);
    QCOMPARE(db.error().value, path);
    QVERIFY(!QFile::exists(path));
}

void TestMigrations::splitStatements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("two statements")
        << "CREATE TABLE a (x int);\nCREATE TABLE b (y int);\n"
        << QStringList { u"CREATE TABLE a (x int)"_s, u"CREATE TABLE b (y int)"_s };
    QTest::newRow("no final semicolon")
        << "SELECT 1;\nSELECT 2" << QStringList { u"SELECT 1"_s, u"SELECT 2"_s };
    QTest::newRow("semicolon in single quotes")
        << "INSERT INTO t VALUES ('a;b');\nSELECT ';';"
        << QStringList { u"INSERT INTO t VALUES ('a;b')"_s, u"SELECT ';'"_s };
    QTest::newRow("doubled quote inside quotes")
        << "SELECT 'it''s; fine';\nSELECT 2;"
        << QStringList { u"SELECT 'it''s; fine'"_s, u"SELECT 2"_s };
    QTest::newRow("semicolon in a quoted identifier")
        << "CREATE TABLE \"odd;name\" (x int);\nSELECT 1;"
        << QStringList { u"CREATE TABLE \"odd;name\" (x int)"_s, u"SELECT 1"_s };
    QTest::newRow("dollar-quoted body")
        << "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql\n"
           "    AS $$ BEGIN NEW.x := 1; RETURN NEW; END $$;\nSELECT 1;"
        << QStringList { u"CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql\n"
                         "    AS $$ BEGIN NEW.x := 1; RETURN NEW; END $$"_s,
                         u"SELECT 1"_s };
    QTest::newRow("dollar body over lines")
        << "DO $$\nBEGIN\n  PERFORM 1;\n  PERFORM 2;\nEND\n$$;\nSELECT 3;"
        << QStringList { u"DO $$\nBEGIN\n  PERFORM 1;\n  PERFORM 2;\nEND\n$$"_s, u"SELECT 3"_s };
    QTest::newRow("trigger on one line")
        << "CREATE TRIGGER t AFTER UPDATE ON a FOR EACH ROW BEGIN UPDATE a SET x = 1 WHERE id = "
           "NEW.id; END;\nSELECT 1;"
        << QStringList { u"CREATE TRIGGER t AFTER UPDATE ON a FOR EACH ROW BEGIN UPDATE a SET "
                         "x = 1 WHERE id = NEW.id; END"_s,
                         u"SELECT 1"_s };
    QTest::newRow("trigger over lines, two statements inside")
        << "create trigger t after insert on a for each row begin\n"
           "  update a set x = 1;\n  delete from b;\nend;\nSELECT 1;"
        << QStringList { u"create trigger t after insert on a for each row begin\n"
                         "  update a set x = 1;\n  delete from b;\nend"_s,
                         u"SELECT 1"_s };
    QTest::newRow("trigger with CASE ... END inside")
        << "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = CASE WHEN 1 THEN 2 END; "
           "END;\n"
           "SELECT 1;"
        << QStringList { u"CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = CASE WHEN "
                         "1 THEN 2 END; END"_s,
                         u"SELECT 1"_s };
    QTest::newRow("line comments dropped")
        << "-- a comment; with a semicolon\nCREATE TABLE a (x int); -- trailing; comment\n"
           "-- only a comment\n"
        << QStringList { u"CREATE TABLE a (x int)"_s };
    QTest::newRow("comment between lines of a statement")
        << "CREATE TABLE a (\n    x int, -- the x; really\n    y int\n);"
        << QStringList { u"CREATE TABLE a (\n    x int, \n    y int\n)"_s };
    QTest::newRow("double dash inside quotes kept")
        << "SELECT '--not a comment;';" << QStringList { u"SELECT '--not a comment;'"_s };
    QTest::newRow("only comments and blanks") << "-- nothing\n\n   \n-- here;\n" << QStringList {};
    QTest::newRow("empty statements dropped") << ";;\nSELECT 1;;\n"
                                              << QStringList { u"SELECT 1"_s };
}

void TestMigrations::splitStatements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(migrations::splitStatements(script), statements);
}

void TestMigrations::schemaFilesSplitIntoTheirStatements_data()
{
    QTest::addColumn<QString>("path");
    for (const Backend backend : { Backend::SQLite, Backend::PostgreSQL }) {
        const QList<Migration> all = migrations::available(Dialect(backend));
        QVERIFY(!all.isEmpty());
        for (const Migration &m : all)
            QTest::newRow(qPrintable(m.path)) << m.path;
    }
}

void TestMigrations::schemaFilesSplitIntoTheirStatements()
{
    // Both embedded files, whatever the backend of this run (the backend's own file is also
    // executed statement by statement by every open() above). The files' rule: a statement ends
    // with `;` at the end of a line; so the splitter must find exactly that many statements.
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QString script = QString::fromUtf8(file.readAll());
    qsizetype terminated = 0;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(u"--"_s) && line.trimmed().endsWith(QLatin1Char(';')))
            ++terminated;
    }
    const QStringList statements = migrations::splitStatements(script);
    QCOMPARE(statements.size(), terminated);
    static const QRegularExpression start(u"^(CREATE|ALTER|DROP) "_s);
    for (const QString &s : statements) {
        QVERIFY2(start.match(s).hasMatch(), qPrintable(s));
        QVERIFY2(!s.contains(u"--"_s), qPrintable(s));
    }
    if (path.endsWith(u"/0001_initial.sql")) {
        // 16 tables, and on each backend 14 updated_at triggers.
        QCOMPARE(statements.filter(QRegularExpression(u"^CREATE TABLE "_s)).size(), 16);
        QCOMPARE(
            statements.filter(QRegularExpression(u"^CREATE TRIGGER trg_\\w+_updated_at "_s)).size(),
            14);
    }
}

FT_DB_TEST_MAIN(TestMigrations)
#include "tst_migrations.moc"
