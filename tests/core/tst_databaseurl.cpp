// DatabaseUrl::parse: what a user may type for --db, and the Url errors for what makes no sense.
#include "core/db/databaseurl.h"
#include "testhelpers.h"

#include <QDir>
#include <QTest>

using namespace ft::core;
using namespace Qt::StringLiterals;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void sqlitePaths_data();
    void sqlitePaths();
    void postgresql_data();
    void postgresql();
    void malformed_data();
    void malformed();
    void toStringRoundTrips_data();
    void toStringRoundTrips();
    void displayNameHidesPassword();
};

void TestDatabaseUrl::sqlitePaths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");

    const QString cwd = QDir::currentPath();
    QTest::newRow("absolute") << "/var/lib/ft/data.sqlite"
                              << "/var/lib/ft/data.sqlite";
    QTest::newRow("relative") << "data.sqlite" << cwd + u"/data.sqlite"_s;
    QTest::newRow("relative with folder") << "sub/dir/x.db" << cwd + u"/sub/dir/x.db"_s;
    QTest::newRow("dot segments cleaned") << "/tmp/a/../b.sqlite"
                                          << "/tmp/b.sqlite";
    QTest::newRow("sqlite: absolute") << "sqlite:/tmp/x.sqlite"
                                      << "/tmp/x.sqlite";
    QTest::newRow("sqlite: relative") << "sqlite:x.sqlite" << cwd + u"/x.sqlite"_s;
    QTest::newRow("sqlite:// absolute") << "sqlite:///tmp/x.sqlite"
                                        << "/tmp/x.sqlite";
    QTest::newRow("home") << "~/ft.sqlite" << QDir::homePath() + u"/ft.sqlite"_s;
    QTest::newRow("surrounding blanks") << "  /tmp/x.sqlite \n"
                                        << "/tmp/x.sqlite";
    QTest::newRow("spaces inside") << "/tmp/my data/x.sqlite"
                                   << "/tmp/my data/x.sqlite";
}

void TestDatabaseUrl::sqlitePaths()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    const auto url = DatabaseUrl::parse(text);
    FT_VERIFY_OK(url);
    QCOMPARE(url->kind, DatabaseUrl::Kind::SQLite);
    QCOMPARE(url->path, path);
    QVERIFY(url->host.isEmpty());
}

void TestDatabaseUrl::postgresql_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");

    QTest::newRow("full") << "postgresql://ft:secret@db.example.com:6543/fitness"
                          << "db.example.com" << 6543 << "ft"
                          << "secret"
                          << "fitness";
    QTest::newRow("no password") << "postgresql://ft@localhost:5433/fitness"
                                 << "localhost" << 5433 << "ft"
                                 << ""
                                 << "fitness";
    QTest::newRow("no port") << "postgresql://ft:pw@127.0.0.1/fitness"
                             << "127.0.0.1" << 5432 << "ft"
                             << "pw"
                             << "fitness";
    QTest::newRow("no password, no port") << "postgresql://ft@db/fitness"
                                          << "db" << 5432 << "ft"
                                          << ""
                                          << "fitness";
    QTest::newRow("postgres:// alias") << "postgres://ft:pw@db:5432/fitness"
                                       << "db" << 5432 << "ft"
                                       << "pw"
                                       << "fitness";
    QTest::newRow("percent-encoded password") << "postgresql://ft:p%40ss%3Aw%2Fd@db/fitness"
                                              << "db" << 5432 << "ft"
                                              << "p@ss:w/d"
                                              << "fitness";
    QTest::newRow("IPv6 host") << "postgresql://ft@[::1]:5432/fitness"
                               << "::1" << 5432 << "ft"
                               << ""
                               << "fitness";
    QTest::newRow("trailing blanks") << " postgresql://ft@db/fitness  "
                                     << "db" << 5432 << "ft"
                                     << ""
                                     << "fitness";
}

void TestDatabaseUrl::postgresql()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, database);
    const auto url = DatabaseUrl::parse(text);
    FT_VERIFY_OK(url);
    QCOMPARE(url->kind, DatabaseUrl::Kind::PostgreSQL);
    QCOMPARE(url->host, host);
    QCOMPARE(url->port, port);
    QCOMPARE(url->user, user);
    QCOMPARE(url->password, password);
    QCOMPARE(url->database, database);
    QVERIFY(url->path.isEmpty());
}

void TestDatabaseUrl::malformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("ruleContains");

    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("blank") << "   "
                           << "empty";
    QTest::newRow("no host") << "postgresql://ft@/fitness"
                             << "host";
    QTest::newRow("no host, no user") << "postgresql:///fitness"
                                      << "host";
    QTest::newRow("no user") << "postgresql://db:5432/fitness"
                             << "user";
    QTest::newRow("no dbname") << "postgresql://ft@db:5432"
                               << "database name";
    QTest::newRow("dbname only a slash") << "postgresql://ft@db:5432/"
                                         << "database name";
    QTest::newRow("dbname with a slash") << "postgresql://ft@db/a/b"
                                         << "database name";
    QTest::newRow("port not a number") << "postgresql://ft@db:abc/fitness"
                                       << "";
    QTest::newRow("port 0") << "postgresql://ft@db:0/fitness"
                            << "port";
    QTest::newRow("port too large") << "postgresql://ft@db:70000/fitness"
                                    << "";
    QTest::newRow("query parameters") << "postgresql://ft@db/fitness?sslmode=require"
                                      << "query";
    QTest::newRow("unknown scheme") << "mysql://ft@db/fitness"
                                    << "unknown scheme";
    QTest::newRow("http") << "http://example.com/x.sqlite"
                          << "unknown scheme";
    QTest::newRow("sqlite: without path") << "sqlite:"
                                          << "path";
    QTest::newRow("sqlite:// without path") << "sqlite://"
                                            << "path";
}

void TestDatabaseUrl::malformed()
{
    QFETCH(QString, text);
    QFETCH(QString, ruleContains);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(!url.ok(), qPrintable(u"parsed as "_s + (url.ok() ? url->toString(true) : QString())));
    const Error &e = url.error();
    QCOMPARE(e.kind, Error::Kind::Url);
    QCOMPARE(e.field, QStringLiteral("url"));
    // The error names the value as typed (trimmed) so the user sees what was refused.
    const QString shown = text.trimmed().isEmpty() ? text : text.trimmed();
    QCOMPARE(e.value, shown);
    QVERIFY2(e.message.contains(QLatin1Char('"') + shown + QLatin1Char('"')),
             qPrintable(e.message));
    QVERIFY2(!e.rule.isEmpty(), qPrintable(ft::test::describe(e)));
    QVERIFY2(e.rule.contains(ruleContains, Qt::CaseInsensitive), qPrintable(ft::test::describe(e)));
    QVERIFY2(e.message.contains(e.rule), qPrintable(e.message));
}

void TestDatabaseUrl::toStringRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sqlite") << "sqlite:/tmp/x y.sqlite";
    QTest::newRow("postgresql") << "postgresql://ft:pw@db.example.com:6543/fitness";
    QTest::newRow("postgresql, odd password") << "postgresql://ft:p%40ss@db/fitness";
}

void TestDatabaseUrl::toStringRoundTrips()
{
    QFETCH(QString, text);
    const auto url = DatabaseUrl::parse(text);
    FT_VERIFY_OK(url);
    const auto again = DatabaseUrl::parse(url->toString(true));
    FT_VERIFY_OK(again);
    QCOMPARE(again->kind, url->kind);
    QCOMPARE(again->path, url->path);
    QCOMPARE(again->host, url->host);
    QCOMPARE(again->port, url->port);
    QCOMPARE(again->user, url->user);
    QCOMPARE(again->password, url->password);
    QCOMPARE(again->database, url->database);
}

void TestDatabaseUrl::displayNameHidesPassword()
{
    const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://ft:hunter2@db:5433/fitness"));
    FT_VERIFY_OK(url);
    QCOMPARE(url->displayName(), QStringLiteral("postgresql://ft@db:5433/fitness"));
    QVERIFY(!url->toString().contains(QLatin1String("hunter2")));
    QVERIFY(url->toString(true).contains(QLatin1String("hunter2")));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
