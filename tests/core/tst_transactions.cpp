// Database::transaction(): all or nothing, with nested calls as savepoints; and addAthlete(),
// the first multi-row operation, leaving nothing behind when any of its rows is refused.
#include "core/athletes/athletes.h"
#include "core/db/database.h"
#include "core/db/entities.h"
#include "core/db/repository.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QTest>

using namespace ft::core;
using namespace ft::test;
using namespace Qt::StringLiterals;

namespace {
Status createTag(Database &db, const QString &name)
{
    auto tag = Repository<Tag>(db).create(Tag { 0, name, {}, {} });
    return tag ? Status() : Status(tag.error());
}

QStringList tagNames(Database &db)
{
    QStringList names;
    auto tags = Repository<Tag>(db).list(Filter().order(u"name"_s));
    if (tags) {
        for (const Tag &t : *tags)
            names.append(t.name);
    }
    return names;
}

Error refusal(const QString &why)
{
    return Error::make(Error::Kind::InvalidValue, why);
}
} // namespace

class TestTransactions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addAthleteCreatesUserAndSubject();
    void addAthleteDuplicateEmailLeavesNothing_data();
    void addAthleteDuplicateEmailLeavesNothing();
    void addAthleteFailingSubjectRollsBackUser();
    void committedWorkStays();
    void outerErrorRollsBackEverything();
    void innerRollbackKeepsOuterWork();
    void innerDatabaseErrorKeepsOuterWork();
    void deeplyNestedSavepoints();
    void failedCommitIsReported();
    void usableAfterRollback();

private:
    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
};

void TestTransactions::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->createMigrated(), qPrintable(m_tdb->errorString()));
    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    m_db = std::move(*db);
}

void TestTransactions::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

void TestTransactions::addAthleteCreatesUserAndSubject()
{
    auto athlete = addAthlete(*m_db, { u" ada "_s, u"Ada@Example.com"_s, u"Ada Lovelace"_s });
    FT_VERIFY_OK(athlete);
    QCOMPARE(athlete->user.username, u"ada"_s);
    QCOMPARE(athlete->user.email, u"ada@example.com"_s);
    QCOMPARE(athlete->user.passwordHash, QString::fromLatin1(lockedPasswordHash));
    QCOMPARE(athlete->subject.userId, std::optional<Id>(athlete->user.id));
    QVERIFY(!athlete->subject.pseudonym.isNull());
    QCOMPARE(athlete->subject.pseudonym.version(), QUuid::Random);
    QCOMPARE(rowCount(*m_db, u"users"_s), 1);
    QCOMPARE(rowCount(*m_db, u"subjects"_s), 1);
    QVERIFY(!m_db->inTransaction());

    auto found = findAthlete(*m_db, athlete->subject.pseudonym.toString(QUuid::WithoutBraces));
    FT_VERIFY_OK(found);
    QCOMPARE(found->user.id, athlete->user.id);
}

void TestTransactions::addAthleteDuplicateEmailLeavesNothing_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("field");
    QTest::newRow("same email") << "grace"
                                << "ada@example.com"
                                << "users.email";
    QTest::newRow("same email, other case and blanks") << "grace"
                                                       << " ADA@example.COM "
                                                       << "users.email";
    QTest::newRow("same username") << "ada"
                                   << "grace@example.com"
                                   << "users.username";
}

void TestTransactions::addAthleteDuplicateEmailLeavesNothing()
{
    QFETCH(QString, username);
    QFETCH(QString, email);
    QFETCH(QString, field);
    FT_VERIFY_OK(addAthlete(*m_db, { u"ada"_s, u"ada@example.com"_s, std::nullopt }));
    const QString before = countsText(*m_db);

    auto second = addAthlete(*m_db, { username, email, std::nullopt });
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, Error::Kind::Unique);
    QCOMPARE(second.error().field, field);
    QCOMPARE(countsText(*m_db), before);
    QVERIFY(!m_db->inTransaction());
    // And the database goes on working.
    FT_VERIFY_OK(addAthlete(*m_db, { u"grace2"_s, u"grace2@example.com"_s, std::nullopt }));
}

void TestTransactions::addAthleteFailingSubjectRollsBackUser()
{
    // The user row is written first; make the subject row that follows fail, so that only the
    // transaction can take the user back.
    if (m_tdb->isSQLite()) {
        FT_VERIFY_OK(m_db->exec(u"CREATE TRIGGER test_refuse_subject BEFORE INSERT ON subjects "
                                "BEGIN SELECT RAISE(ABORT, 'test: subjects refused'); END"_s));
    } else {
        FT_VERIFY_OK(m_db->exec(u"CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql "
                                "AS $$ BEGIN RAISE EXCEPTION 'test: subjects refused'; END $$"_s));
        FT_VERIFY_OK(m_db->exec(u"CREATE TRIGGER test_refuse_subject BEFORE INSERT ON subjects "
                                "FOR EACH ROW EXECUTE FUNCTION test_refuse()"_s));
    }
    const QString before = countsText(*m_db);
    auto athlete = addAthlete(*m_db, { u"ada"_s, u"ada@example.com"_s, std::nullopt });
    QVERIFY(!athlete.ok());
    QVERIFY2(athlete.error().message.contains(u"test: subjects refused"_s),
             qPrintable(describe(athlete.error())));
    QCOMPARE(countsText(*m_db), before);
    QCOMPARE(rowCount(*m_db, u"users"_s), 0);
    QVERIFY(!m_db->inTransaction());
}

void TestTransactions::committedWorkStays()
{
    FT_VERIFY_OK(m_db->transaction([&]() -> Status {
        if (Status s = createTag(*m_db, u"a"_s); !s)
            return s;
        return createTag(*m_db, u"b"_s);
    }));
    QCOMPARE(tagNames(*m_db), (QStringList { u"a"_s, u"b"_s }));
    // Seen from another connection, so really committed.
    QCOMPARE(m_tdb->rawScalar(u"SELECT COUNT(*) FROM tags"_s).toInt(), 2);
    m_tdb->closeRaw();
}

void TestTransactions::outerErrorRollsBackEverything()
{
    const QString before = countsText(*m_db);
    const Status status = m_db->transaction([&]() -> Status {
        if (Status s = createTag(*m_db, u"outer"_s); !s)
            return s;
        if (Status s = m_db->transaction([&] { return createTag(*m_db, u"inner"_s); }); !s)
            return s; // the inner savepoint was released: its work now belongs to the outer
        return refusal(u"the outer work changed its mind"_s);
    });
    QVERIFY(!status.ok());
    QCOMPARE(status.error().message, u"the outer work changed its mind"_s);
    QCOMPARE(countsText(*m_db), before);
    QCOMPARE(tagNames(*m_db), QStringList());
    QVERIFY(!m_db->inTransaction());
}

void TestTransactions::innerRollbackKeepsOuterWork()
{
    Status inner;
    FT_VERIFY_OK(m_db->transaction([&]() -> Status {
        if (Status s = createTag(*m_db, u"before"_s); !s)
            return s;
        inner = m_db->transaction([&]() -> Status {
            if (Status s = createTag(*m_db, u"inner"_s); !s)
                return s;
            return refusal(u"the inner work changed its mind"_s);
        });
        return createTag(*m_db, u"after"_s);
    }));
    QVERIFY(!inner.ok());
    QCOMPARE(inner.error().message, u"the inner work changed its mind"_s);
    QCOMPARE(tagNames(*m_db), (QStringList { u"after"_s, u"before"_s }));
}

void TestTransactions::innerDatabaseErrorKeepsOuterWork()
{
    // A refused statement inside the savepoint: PostgreSQL aborts the whole transaction unless
    // the savepoint is rolled back; the outer work must go on and commit.
    FT_VERIFY_OK(createTag(*m_db, u"taken"_s));
    Status inner;
    FT_VERIFY_OK(m_db->transaction([&]() -> Status {
        if (Status s = createTag(*m_db, u"before"_s); !s)
            return s;
        inner = m_db->transaction([&]() -> Status {
            if (Status s = createTag(*m_db, u"inner"_s); !s)
                return s;
            return createTag(*m_db, u"taken"_s); // uq_tags_name
        });
        return createTag(*m_db, u"after"_s);
    }));
    QVERIFY(!inner.ok());
    QCOMPARE(inner.error().kind, Error::Kind::Unique);
    QCOMPARE(inner.error().field, u"tags.name"_s);
    QCOMPARE(tagNames(*m_db), (QStringList { u"after"_s, u"before"_s, u"taken"_s }));
}

void TestTransactions::deeplyNestedSavepoints()
{
    FT_VERIFY_OK(m_db->transaction([&]() -> Status {
        if (Status s = createTag(*m_db, u"1"_s); !s)
            return s;
        return m_db->transaction([&]() -> Status {
            if (Status s = createTag(*m_db, u"2"_s); !s)
                return s;
            const Status third = m_db->transaction([&]() -> Status {
                if (Status s = createTag(*m_db, u"3"_s); !s)
                    return s;
                return refusal(u"no 3"_s);
            });
            if (third.ok())
                return refusal(u"the third level should have failed"_s);
            return m_db->transaction([&] { return createTag(*m_db, u"4"_s); });
        });
    }));
    QCOMPARE(tagNames(*m_db), (QStringList { u"1"_s, u"2"_s, u"4"_s }));
    QVERIFY(!m_db->inTransaction());
}

void TestTransactions::failedCommitIsReported()
{
    // A deferred check fails only at COMMIT. SQLite defers foreign keys with
    // PRAGMA defer_foreign_keys; PostgreSQL with a DEFERRABLE constraint of the test's own.
    if (m_tdb->isSQLite()) {
        const Status status = m_db->transaction([&]() -> Status {
            if (auto r = m_db->exec(u"PRAGMA defer_foreign_keys = ON"_s); !r)
                return r.error();
            auto r =
                m_db->exec(u"INSERT INTO exercise_tags (exercise_id, tag_id) VALUES (77, 88)"_s);
            return r ? Status() : Status(r.error());
        });
        QVERIFY(!status.ok());
        QVERIFY2(status.error().kind == Error::Kind::ForeignKey,
                 qPrintable(describe(status.error())));
    } else {
        FT_VERIFY_OK(m_db->exec(u"CREATE TABLE test_deferred (x integer, CONSTRAINT test_x_unique "
                                "UNIQUE (x) DEFERRABLE INITIALLY DEFERRED)"_s));
        const Status status = m_db->transaction([&]() -> Status {
            for (int i = 0; i < 2; ++i) {
                if (auto r = m_db->exec(u"INSERT INTO test_deferred VALUES (1)"_s); !r)
                    return r.error();
            }
            return {};
        });
        QVERIFY(!status.ok());
        QVERIFY2(status.error().kind == Error::Kind::Unique, qPrintable(describe(status.error())));
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM test_deferred"_s)->toInt(), 0);
    }
    QVERIFY(!m_db->inTransaction());
    QCOMPARE(rowCount(*m_db, u"exercise_tags"_s), 0);
    FT_VERIFY_OK(createTag(*m_db, u"still usable"_s));
}

void TestTransactions::usableAfterRollback()
{
    for (int round = 0; round < 3; ++round) {
        const Status status = m_db->transaction([&]() -> Status {
            if (Status s = createTag(*m_db, u"dup"_s); !s)
                return s;
            return createTag(*m_db, u"dup"_s);
        });
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::Unique);
        QCOMPARE(rowCount(*m_db, u"tags"_s), 0);
    }
    FT_VERIFY_OK(createTag(*m_db, u"dup"_s));
    QCOMPARE(tagNames(*m_db), QStringList { u"dup"_s });
}

FT_DB_TEST_MAIN(TestTransactions)
#include "tst_transactions.moc"
