#include "testdatabase.h"

#include "core/athletes/athletes.h"
#include "core/catalog/catalog.h"
#include "testhelpers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

#ifndef FT_TEST_PG_URL_FILE
#error "FT_TEST_PG_URL_FILE must name the file pgcluster.sh writes the server URL to"
#endif

namespace ft::test {

using namespace ft::core;

namespace {

QString nextConnectionName(const char *prefix)
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(++counter);
}

QString randomSuffix()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString s;
    for (int i = 0; i < 12; ++i)
        s += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return s;
}

void configure(QSqlDatabase &db, const DatabaseUrl &url)
{
    if (url.kind == DatabaseUrl::Kind::SQLite) {
        db.setDatabaseName(url.path);
        return;
    }
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setUserName(url.user);
    db.setPassword(url.password);
    db.setDatabaseName(url.database);
    db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=fitnesstrack-tests"));
}

// Runs `sql` on a short-lived connection to `url`.
bool execOnce(const DatabaseUrl &url, const QString &sql, QString *error)
{
    const QString name = nextConnectionName("ft-test-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        configure(db, url);
        if (!db.open()) {
            if (error)
                *error = QStringLiteral("cannot connect to the PostgreSQL test server %1: %2")
                             .arg(url.displayName(), db.lastError().text());
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && error)
                *error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The migrated template of this process: an SQLite file, or a PostgreSQL database that is
// dropped when the application object goes away.
struct MigratedTemplate
{
    bool ready = false;
    QString error;
    QString sqlitePath;
    QString postgresqlName;
    std::unique_ptr<QTemporaryDir> dir;
};

MigratedTemplate &migratedTemplate()
{
    static MigratedTemplate t;
    return t;
}

void dropTemplate()
{
    MigratedTemplate &t = migratedTemplate();
    if (t.postgresqlName.isEmpty())
        return;
    QString error;
    TestDatabase::execOnServer(
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(t.postgresqlName), &error);
    t.postgresqlName.clear();
}

bool prepareTemplate(Backend backend, QString *error)
{
    MigratedTemplate &t = migratedTemplate();
    if (t.ready)
        return true;
    if (!t.error.isEmpty()) {
        *error = t.error;
        return false;
    }
    DatabaseUrl url;
    if (backend == Backend::SQLite) {
        t.dir = std::make_unique<QTemporaryDir>();
        t.sqlitePath = t.dir->filePath(QStringLiteral("template.sqlite"));
        url = DatabaseUrl::sqliteFile(t.sqlitePath);
    } else {
        const auto server = TestDatabase::serverUrl(error);
        if (!server)
            return false;
        url = *server;
        url.database = QStringLiteral("ft_tpl_") + randomSuffix();
        if (!execOnce(*server, QStringLiteral("CREATE DATABASE %1").arg(url.database), error))
            return false;
        t.postgresqlName = url.database;
        qAddPostRoutine(dropTemplate);
    }
    auto db = Database::open(url, { true, true });
    if (!db) {
        t.error =
            QStringLiteral("cannot migrate the template database: %1").arg(db.error().message);
        *error = t.error;
        return false;
    }
    t.ready = true;
    return true;
}

} // namespace

std::optional<Backend> backendFromEnvironment(QString *error)
{
    const QByteArray value = qgetenv("FT_TEST_BACKEND");
    if (value == "sqlite")
        return Backend::SQLite;
    if (value == "postgresql")
        return Backend::PostgreSQL;
    if (error)
        *error = QStringLiteral("FT_TEST_BACKEND is \"%1\"; set it to sqlite or postgresql (ctest "
                                "does this for the NAME_sqlite and NAME_postgresql tests)")
                     .arg(QString::fromLocal8Bit(value));
    return std::nullopt;
}

QString backendName(Backend backend)
{
    return backend == Backend::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

std::optional<DatabaseUrl> TestDatabase::serverUrl(QString *error)
{
    QString text = qEnvironmentVariable("FT_TEST_PG_URL").trimmed();
    QString source = QStringLiteral("FT_TEST_PG_URL");
    if (text.isEmpty()) {
        source = QStringLiteral(FT_TEST_PG_URL_FILE);
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral(
                             "The PostgreSQL test server is not running: %1 does not exist. "
                             "Run the tests with ctest, which starts it (test postgresql_start), "
                             "or start it with `tests/support/pgcluster.sh start %2`, or point "
                             "FT_TEST_PG_URL at a server where the user may create databases.")
                             .arg(source, QFileInfo(source).absolutePath());
            return std::nullopt;
        }
        text = QString::fromUtf8(file.readAll()).trimmed();
    }
    auto url = DatabaseUrl::parse(text);
    if (!url || url->kind != DatabaseUrl::Kind::PostgreSQL) {
        if (error)
            *error = QStringLiteral("%1 does not hold a postgresql:// URL").arg(source);
        return std::nullopt;
    }
    return *url;
}

bool TestDatabase::execOnServer(const QString &sql, QString *error)
{
    const auto server = serverUrl(error);
    return server && execOnce(*server, sql, error);
}

TestDatabase::TestDatabase()
{
    QString error;
    if (const auto backend = backendFromEnvironment(&error))
        m_backend = *backend;
    else
        m_error = error;
}

TestDatabase::~TestDatabase()
{
    closeRaw();
    if (m_created && m_backend == Backend::PostgreSQL) {
        QString error;
        const auto server = serverUrl(&error);
        if (!server
            || !execOnce(
                *server,
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_url.database),
                &error))
            qWarning("TestDatabase: could not drop %s: %s", qPrintable(m_url.database),
                     qPrintable(error));
    }
}

bool TestDatabase::create()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    if (m_backend == Backend::SQLite) {
        m_url = DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("test.sqlite")));
        m_created = true;
        return true;
    }
    const auto server = serverUrl(&m_error);
    if (!server)
        return false;
    m_url = *server;
    m_url.database = QStringLiteral("ft_t_") + randomSuffix();
    if (!execOnce(*server, QStringLiteral("CREATE DATABASE %1").arg(m_url.database), &m_error))
        return false;
    m_created = true;
    return true;
}

bool TestDatabase::createMigrated()
{
    if (!m_error.isEmpty())
        return false;
    if (!prepareTemplate(m_backend, &m_error))
        return false;
    const MigratedTemplate &t = migratedTemplate();
    if (m_backend == Backend::SQLite) {
        if (!create())
            return false;
        if (!QFile::copy(t.sqlitePath, m_url.path)) {
            m_error = QStringLiteral("cannot copy %1 to %2").arg(t.sqlitePath, m_url.path);
            return false;
        }
        QFile::setPermissions(m_url.path, QFile::ReadOwner | QFile::WriteOwner);
        return true;
    }
    const auto server = serverUrl(&m_error);
    if (!server)
        return false;
    m_url = *server;
    m_url.database = QStringLiteral("ft_t_") + randomSuffix();
    if (!execOnce(
            *server,
            QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_url.database, t.postgresqlName),
            &m_error))
        return false;
    m_created = true;
    return true;
}

QString TestDatabase::urlText() const
{
    return m_url.toString(true);
}

QString TestDatabase::tempPath(const QString &name) const
{
    return m_dir.filePath(name);
}

Result<std::unique_ptr<Database>> TestDatabase::open(OpenOptions options) const
{
    return Database::open(m_url, options);
}

QSqlDatabase TestDatabase::raw()
{
    if (m_rawName.isEmpty()) {
        m_rawName = nextConnectionName("ft-test-raw");
        QSqlDatabase db = QSqlDatabase::addDatabase(
            isSQLite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), m_rawName);
        configure(db, m_url);
        if (!db.open())
            qWarning("TestDatabase: raw connection failed: %s", qPrintable(db.lastError().text()));
    }
    return QSqlDatabase::database(m_rawName, false);
}

bool TestDatabase::execRaw(const QString &sql, QString *error)
{
    QSqlQuery q(raw());
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    else
        qWarning("TestDatabase: %s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

QVariant TestDatabase::rawScalar(const QString &sql)
{
    QSqlQuery q(raw());
    if (!q.exec(sql)) {
        qWarning("TestDatabase: %s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.next() ? q.value(0) : QVariant();
}

void TestDatabase::closeRaw()
{
    if (m_rawName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_rawName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_rawName);
    m_rawName.clear();
}

QByteArray TestDatabase::fingerprint()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (isSQLite()) {
        closeRaw();
        QFile file(m_url.path);
        if (file.open(QIODevice::ReadOnly)) {
            hash.addData(file.readAll());
        } else {
            hash.addData("<no file>");
        }
        const QFileInfo info(m_url.path);
        const QStringList siblings =
            info.dir().entryList({ info.fileName() + QLatin1Char('*') }, QDir::Files, QDir::Name);
        hash.addData(siblings.join(QLatin1Char('\n')).toUtf8());
        return hash.result().toHex();
    }
    QStringList tables;
    {
        QSqlQuery q(raw());
        q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                              "ORDER BY tablename"));
        while (q.next())
            tables.append(q.value(0).toString());
    }
    for (const QString &table : tables) {
        QSqlQuery q(raw());
        q.exec(QStringLiteral("SELECT string_agg(column_name || ' ' || data_type, ', ' ORDER BY "
                              "ordinal_position) FROM information_schema.columns WHERE "
                              "table_schema = 'public' AND table_name = '%1'")
                   .arg(table));
        const QString columns = q.next() ? q.value(0).toString() : QString();
        q.exec(QStringLiteral("SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY "
                              "t::text), '')) FROM \"%1\" t")
                   .arg(table));
        const QString rows = q.next()
            ? q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString()
            : QStringLiteral("?");
        hash.addData(QStringLiteral("%1(%2): %3\n").arg(table, columns, rows).toUtf8());
    }
    {
        QSqlQuery q(raw());
        q.exec(QStringLiteral("SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = "
                              "t.typnamespace WHERE n.nspname = 'public' ORDER BY 1"));
        while (q.next())
            hash.addData(QByteArray(q.value(0).toString().toUtf8() + '\n'));
    }
    closeRaw();
    return hash.result().toHex();
}

QByteArray TestDatabase::contentFingerprint()
{
    if (!isSQLite())
        return fingerprint();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables;
    {
        QSqlQuery q(raw());
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                              "LIKE 'sqlite_%' ORDER BY name"));
        while (q.next())
            tables.append(q.value(0).toString());
    }
    for (const QString &table : tables) {
        QSqlQuery q(raw());
        q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            rows.append(values.join(QChar(0x1f)));
        }
        rows.sort();
        hash.addData(QStringLiteral("%1: %2\n").arg(table, rows.join(QChar(0x1e))).toUtf8());
    }
    closeRaw();
    return hash.result().toHex();
}

bool openWithAthlete(TestDatabase &tdb, std::unique_ptr<core::Database> &db, core::Id &subject,
                     QString *error)
{
    if (!tdb.createMigrated()) {
        *error = tdb.errorString();
        return false;
    }
    auto opened = tdb.open();
    if (!opened) {
        *error = QStringLiteral("open: ") + describe(opened.error());
        return false;
    }
    db = std::move(*opened);
    if (auto catalog = core::installBundledCatalog(*db); !catalog) {
        *error = QStringLiteral("installBundledCatalog: ") + describe(catalog.error());
        return false;
    }
    auto athlete = core::addAthlete(
        *db, { QStringLiteral("ada"), QStringLiteral("ada@example.com"), std::nullopt });
    if (!athlete) {
        *error = QStringLiteral("addAthlete: ") + describe(athlete.error());
        return false;
    }
    subject = athlete->subject.id;
    return true;
}

} // namespace ft::test
