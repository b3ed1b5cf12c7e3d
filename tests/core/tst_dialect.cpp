// Dialect::classify() on real driver errors of each backend, and the timestamp text round trip
// that tabledata.cpp relies on: what Database::translate and the copy/export code build on.
#include "core/catalog/catalog.h"
#include "core/catalog/catalogstore.h"
#include "core/db/database.h"
#include "core/db/dialect.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace ft::core;
using namespace ft::test;
using namespace Qt::StringLiterals;

class TestDialect : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void uniqueNamesTheKey();
    void checkNamesTheConstraint();
    void foreignKeyAndNotNull();
    void sqliteBadEnumIsACheck();
    void postgresqlBadEnumNamesTypeAndLabel();
    void sqliteReadOnlyFile();
    void timestampTextRoundTrip();

private:
    // Runs `sql` with `params` on core's connection, past Database::exec, and classifies the
    // driver's error; the statement must fail.
    DriverError failing(const QString &sql, const QVariantList &params = {});
    Id oneExercise();

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
};

void TestDialect::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->createMigrated(), qPrintable(m_tdb->errorString()));
    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    m_db = std::move(*db);
}

void TestDialect::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

DriverError TestDialect::failing(const QString &sql, const QVariantList &params)
{
    QSqlQuery query(m_db->connection());
    bool ok = query.prepare(sql);
    for (const QVariant &p : params)
        query.addBindValue(p);
    ok = ok && query.exec();
    if (ok)
        qWarning("the statement did not fail: %s", qPrintable(sql));
    return m_db->dialect().classify(query.lastError(), m_db->connection().isOpen());
}

Id TestDialect::oneExercise()
{
    auto ids = insertExercises(*m_db, syntheticExercises(1));
    if (!ids || ids->isEmpty())
        return 0;
    return ids->first();
}

void TestDialect::uniqueNamesTheKey()
{
    FT_VERIFY_OK(m_db->exec(u"INSERT INTO tags (name) VALUES (?)"_s, { u"push"_s }));
    const DriverError d = failing(u"INSERT INTO tags (name) VALUES (?)"_s, { u"push"_s });
    QCOMPARE(d.kind, DriverError::Kind::Unique);
    if (m_tdb->isSQLite()) {
        QCOMPARE(d.table, u"tags"_s);
        QCOMPARE(d.columns, QStringList { u"name"_s });
    } else {
        QCOMPARE(d.constraint, u"uq_tags_name"_s);
        QCOMPARE(d.columns, QStringList { u"name"_s });
    }
}

void TestDialect::checkNamesTheConstraint()
{
    const Id id = oneExercise();
    QVERIFY(id > 0);
    const DriverError d = failing(u"UPDATE exercises SET slug = ? WHERE id = ?"_s, { u""_s, id });
    QCOMPARE(d.kind, DriverError::Kind::Check);
    QCOMPARE(d.constraint, u"ck_exercises_slug_not_empty"_s);
}

void TestDialect::foreignKeyAndNotNull()
{
    const DriverError fk =
        failing(u"INSERT INTO exercise_aliases (exercise_id, alias) VALUES (?, ?)"_s,
                { 999999, u"Nowhere"_s });
    QCOMPARE(fk.kind, DriverError::Kind::ForeignKey);
    if (!m_tdb->isSQLite())
        QCOMPARE(fk.constraint, u"fk_exercise_aliases_exercise_id"_s);

    const DriverError nn = failing(u"INSERT INTO tags (name) VALUES (NULL)"_s);
    QCOMPARE(nn.kind, DriverError::Kind::NotNull);
    QCOMPARE(nn.table, u"tags"_s);
    QCOMPARE(nn.columns, QStringList { u"name"_s });
}

void TestDialect::sqliteBadEnumIsACheck()
{
    const Id id = oneExercise();
    QVERIFY(id > 0);
    const DriverError d =
        failing(u"UPDATE exercises SET force = ? WHERE id = ?"_s, { u"SIDEWAYS"_s, id });
    QCOMPARE(d.kind, DriverError::Kind::Check);
    QCOMPARE(d.constraint, u"ck_exercises_force_enum"_s);
}

void TestDialect::postgresqlBadEnumNamesTypeAndLabel()
{
    const Id id = oneExercise();
    QVERIFY(id > 0);
    const DriverError d =
        failing(u"UPDATE exercises SET force = 'SIDEWAYS' WHERE id = ?"_s, { id });
    QCOMPARE(d.kind, DriverError::Kind::InvalidEnum);
    QCOMPARE(d.enumType, u"force_vector"_s);
    QCOMPARE(d.enumValue, u"SIDEWAYS"_s);
}

void TestDialect::sqliteReadOnlyFile()
{
    const QString name = u"tst_dialect_readonly"_s;
    {
        QSqlDatabase ro = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        ro.setDatabaseName(m_tdb->url().path);
        ro.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY(ro.open());
        QSqlQuery query(ro);
        QVERIFY(!query.exec(u"INSERT INTO tags (name) VALUES ('x')"_s));
        QCOMPARE(m_db->dialect().classify(query.lastError()).kind, DriverError::Kind::ReadOnly);
    }
    QSqlDatabase::removeDatabase(name);
}

void TestDialect::timestampTextRoundTrip()
{
    const Dialect &dialect = m_db->dialect();
    const auto roundTrip = [&](const QString &portable) -> QString {
        if (!m_db->exec(u"DELETE FROM tags"_s))
            return u"(delete failed)"_s;
        auto inserted = m_db->exec(u"INSERT INTO tags (name, created_at) VALUES (?, ?)"_s,
                                   { u"t"_s, dialect.bindTimestampText(portable) });
        if (!inserted)
            return describe(inserted.error());
        auto stored = m_db->scalar(u"SELECT "_s + dialect.timestampSelectExpression(u"created_at"_s)
                                   + u" FROM tags"_s);
        if (!stored)
            return describe(stored.error());
        return dialect.portableTimestamp(*stored);
    };
    QCOMPARE(roundTrip(u"2024-05-02T17:03:12.345Z"_s), u"2024-05-02T17:03:12.345Z"_s);
    // PostgreSQL keeps microseconds; SQLite stores milliseconds only.
    const QString micro = roundTrip(u"2024-05-02T17:03:12.345678Z"_s);
    if (m_tdb->isSQLite())
        QCOMPARE(micro.size(), 24);
    else
        QCOMPARE(micro, u"2024-05-02T17:03:12.345678Z"_s);
}

FT_DB_TEST_MAIN(TestDialect)
#include "tst_dialect.moc"
