// What a user can point FitnessTrack at by mistake, and the command-line tool end to end.
// SQLite: a missing file, a text file, a corrupt file, a folder, a read-only file.
// PostgreSQL: a wrong password, a closed port, a missing database.
// Every refusal is a clear Error (or a message on stderr and a non-zero exit), never a crash, and
// nothing is created or changed by it.
#include "core/athletes/athletes.h"
#include "core/db/database.h"
#include "core/db/entities.h"
#include "core/db/info.h"
#include "core/db/migrations.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef FT_CLI_PATH
#error "FT_CLI_PATH must name the fitnesstrack-cli binary"
#endif

using namespace ft::core;
using namespace ft::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "<missing>";
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// Files next to `path` whose name starts with its name: the database and its journal/WAL/shm.
QStringList siblings(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().entryList({ info.fileName() + u'*' }, QDir::Files | QDir::Hidden, QDir::Name);
}

// A TCP port on 127.0.0.1 that nothing listens on (bound, read, released).
int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 1;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 1;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(out, err);
    }
};

// Runs the command-line tool, as `user` through runuser when given, with a private home so it
// never touches the real one.
CliRun runCli(const QStringList &arguments, const QString &program = QStringLiteral(FT_CLI_PATH),
              const QString &user = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.remove(u"PGPASSWORD"_s);
    process.setProcessEnvironment(env);
    if (user.isEmpty()) {
        process.start(program, arguments);
    } else {
        process.start(u"runuser"_s, QStringList { u"-u"_s, user, u"--"_s, program } + arguments);
    }
    CliRun run;
    run.finished = process.waitForFinished(60000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (process.error() != QProcess::UnknownError)
        run.err += process.errorString();
    return run;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // SQLite files.
    void sqliteMissingFileNotCreated();
    void sqliteTextFileRefusedUntouched();
    void sqliteFolderRefused();
    void sqliteCorruptFile_data();
    void sqliteCorruptFile();
    void sqliteReadOnlyFile();

    // PostgreSQL connections.
    void postgresqlWrongPassword();
    void postgresqlNoPassword();
    void postgresqlClosedPort();
    void postgresqlMissingDatabase();

    // The command-line tool, on the backend of the run.
    void cliInfoOnMissingDatabase();
    void cliInitTwiceChangesNothing();
    void cliAthleteAddPrintsPseudonym();
    void cliInfoJson();
    void cliRestoreIntoFreshAppDatabase();
    void cliBadUrl();

private:
    // A real database at `path` with one athlete, closed again (so its WAL is checkpointed).
    void makeDatabase(const QString &path);
    QString cliUrl() const;
    QString missingUrl() const;

    std::unique_ptr<TestDatabase> m_tdb;
};

void TestBadInput::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->create(), qPrintable(m_tdb->errorString()));
}

void TestBadInput::cleanup()
{
    m_tdb.reset();
}

void TestBadInput::makeDatabase(const QString &path)
{
    auto db = Database::open(DatabaseUrl::sqliteFile(path), { true, true });
    FT_VERIFY_OK(db);
    FT_VERIFY_OK(addAthlete(**db, { u"ada"_s, u"ada@example.com"_s, std::nullopt }));
}

QString TestBadInput::cliUrl() const
{
    return m_tdb->isSQLite() ? m_tdb->url().path : m_tdb->urlText();
}

QString TestBadInput::missingUrl() const
{
    if (m_tdb->isSQLite())
        return m_tdb->tempPath(u"nowhere/missing.sqlite"_s);
    DatabaseUrl url = m_tdb->url();
    url.database = u"ft_missing_"_s + url.database;
    return url.toString(true);
}

void TestBadInput::sqliteMissingFileNotCreated()
{
    const QString path = m_tdb->tempPath(u"sub/folder/missing.sqlite"_s);
    auto db = Database::open(DatabaseUrl::sqliteFile(path), { false, true });
    QVERIFY(!db.ok());
    const Error &e = db.error();
    QCOMPARE(e.kind, Error::Kind::File);
    QCOMPARE(e.value, path);
    QVERIFY2(e.message.contains(path), qPrintable(describe(e)));
    QVERIFY2(e.message.contains(u"does not exist"_s), qPrintable(describe(e)));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(m_tdb->tempPath(u"sub"_s)));
}

void TestBadInput::sqliteTextFileRefusedUntouched()
{
    const QString path = m_tdb->tempPath(u"notes.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "Monday: squats 5x5 at 100 kg.\nThis is not a database; please do not touch it.\n");
    }
    const QByteArray before = fileHash(path);
    for (const bool create : { false, true }) {
        auto db = Database::open(DatabaseUrl::sqliteFile(path), { create, true });
        QVERIFY(!db.ok());
        const Error &e = db.error();
        QCOMPARE(e.kind, Error::Kind::File);
        QCOMPARE(e.value, path);
        QVERIFY2(e.message.contains(u"not an SQLite database"_s), qPrintable(describe(e)));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(siblings(path), QStringList { u"notes.txt"_s });
    }
}

void TestBadInput::sqliteFolderRefused()
{
    const QString path = m_tdb->tempPath(u"a-folder.sqlite"_s);
    QVERIFY(QDir().mkpath(path));
    auto db = Database::open(DatabaseUrl::sqliteFile(path), { true, true });
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::File);
    QVERIFY2(db.error().message.contains(u"folder"_s), qPrintable(describe(db.error())));
    QVERIFY(QDir(path).isEmpty());
}

void TestBadInput::sqliteCorruptFile_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("middle overwritten") << "overwrite";
    QTest::newRow("truncated to half") << "truncate";
    QTest::newRow("header kept, everything after page 1 zeroed") << "zero";
}

void TestBadInput::sqliteCorruptFile()
{
    QFETCH(QString, damage);
    const QString path = m_tdb->tempPath(u"damaged.sqlite"_s);
    makeDatabase(path);
    QCOMPARE(siblings(path), QStringList { u"damaged.sqlite"_s }); // WAL checkpointed and gone
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 8 * 4096);
        if (damage == u"overwrite") {
            // Garbage over the middle half of the file, page-aligned.
            const qint64 start = (size / 4 / 4096) * 4096;
            QVERIFY(file.seek(start));
            QByteArray garbage(int(size / 2), '\0');
            for (int i = 0; i < garbage.size(); ++i)
                garbage[i] = char((i * 131 + 17) % 251);
            QVERIFY(file.write(garbage) == garbage.size());
        } else if (damage == u"truncate") {
            QVERIFY(file.resize(size / 2));
        } else {
            QVERIFY(file.seek(4096));
            QVERIFY(file.write(QByteArray(int(size - 4096), '\0')) == size - 4096);
        }
    }
    const QByteArray before = fileHash(path);

    // Opening and reading must end in a clear File error, at open or at the latest when the
    // damaged pages are read; it must never crash or "repair" the file.
    Error error;
    bool failed = false;
    auto db = Database::open(DatabaseUrl::sqliteFile(path), { false, true });
    if (!db.ok()) {
        failed = true;
        error = db.error();
    } else {
        auto info = databaseInfo(**db);
        if (!info.ok()) {
            failed = true;
            error = info.error();
        } else if (auto check = (*db)->scalar(u"PRAGMA integrity_check"_s); !check.ok()) {
            failed = true;
            error = check.error();
        }
    }
    QVERIFY2(failed, "a damaged database was read without any error");
    QVERIFY2(error.kind == Error::Kind::File, qPrintable(describe(error)));
    QCOMPARE(error.value, path);
    QVERIFY2(error.message.contains(path), qPrintable(describe(error)));
    QVERIFY2(error.message.contains(u"corrupt"_s)
                 || error.message.contains(u"not an SQLite database"_s),
             qPrintable(describe(error)));
    db = Error(); // close before looking at the file
    QCOMPARE(fileHash(path), before);
}

void TestBadInput::sqliteReadOnlyFile()
{
    // A database the user may read but not write (a backup on read-only media, someone else's
    // file): core opens it read-only, reads it, and refuses writes with a File error.
    //
    // Root ignores file modes, so as root the file would simply be writable. Then the check runs
    // for real as the unprivileged user `nobody`, through the command-line tool (copied into the
    // temporary folder so that `nobody` can run it wherever the build lives).
    const QString dir = m_tdb->tempPath(u"readonly"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u"/backup.sqlite"_s;
    makeDatabase(path);
    const QByteArray before = fileHash(path);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const auto dirMode = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(dir, dirMode));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(dir, dirMode | QFile::WriteOwner);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    });

    if (::geteuid() != 0) {
        auto db = Database::open(DatabaseUrl::sqliteFile(path), { false, true });
        FT_VERIFY_OK(db);
        QVERIFY((*db)->isReadOnly());
        auto info = databaseInfo(**db);
        FT_VERIFY_OK(info);
        QCOMPARE(info->counts.value(0), (QPair<QString, qint64>(u"users"_s, 1)));
        auto added = addAthlete(**db, { u"bob"_s, u"bob@example.com"_s, std::nullopt });
        QVERIFY(!added.ok());
        QVERIFY2(added.error().kind == Error::Kind::File, qPrintable(describe(added.error())));
        QVERIFY2(added.error().message.contains(u"read-only"_s),
                 qPrintable(describe(added.error())));
    } else {
        const QString runuser = QStandardPaths::findExecutable(u"runuser"_s);
        QVERIFY2(!runuser.isEmpty(),
                 "running as root, the read-only check needs runuser "
                 "(util-linux) to run as nobody");
        // The temporary folder is private to root: let nobody in, read-only.
        const QString tempRoot = QFileInfo(m_tdb->tempPath(u"x"_s)).absolutePath();
        QVERIFY(QFile::setPermissions(tempRoot, dirMode | QFile::WriteOwner));
        const QString cli = m_tdb->tempPath(u"fitnesstrack-cli"_s);
        QVERIFY(QFile::copy(QStringLiteral(FT_CLI_PATH), cli));
        QVERIFY(QFile::setPermissions(cli, dirMode));

        const CliRun info = runCli({ u"--db"_s, path, u"info"_s, u"--json"_s }, cli, u"nobody"_s);
        QVERIFY2(info.finished && info.exitCode == 0, qPrintable(info.describe()));
        const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(json.value(u"counts"_s).toObject().value(u"users"_s).toInt(), 1);

        const CliRun add = runCli({ u"--db"_s, path, u"athlete"_s, u"add"_s, u"bob"_s, u"--email"_s,
                                    u"bob@example.com"_s },
                                  cli, u"nobody"_s);
        QVERIFY2(add.finished && add.exitCode == 1, qPrintable(add.describe()));
        QVERIFY2(add.err.contains(u"read-only"_s), qPrintable(add.describe()));
        QVERIFY2(add.out.isEmpty(), qPrintable(add.describe()));
    }
    QCOMPARE(fileHash(path), before);
    QCOMPARE(siblings(path), QStringList { u"backup.sqlite"_s });
}

void TestBadInput::postgresqlWrongPassword()
{
    DatabaseUrl url = m_tdb->url();
    url.password = u"not-the-password"_s;
    auto db = Database::open(url);
    QVERIFY(!db.ok());
    const Error &e = db.error();
    QCOMPARE(e.kind, Error::Kind::Connection);
    QVERIFY2(e.message.contains(u"password"_s), qPrintable(describe(e)));
    QVERIFY2(e.message.contains(url.user), qPrintable(describe(e)));
    QVERIFY2(!e.message.contains(url.password), qPrintable(describe(e)));
    QCOMPARE(e.value, url.displayName());
}

void TestBadInput::postgresqlNoPassword()
{
    DatabaseUrl url = m_tdb->url();
    url.password.clear();
    const QByteArray saved = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    const QByteArray savedFile = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", QFile::encodeName(m_tdb->tempPath(u"no-pgpass"_s)));
    auto db = Database::open(url);
    if (!saved.isNull())
        qputenv("PGPASSWORD", saved);
    if (savedFile.isNull())
        qunsetenv("PGPASSFILE");
    else
        qputenv("PGPASSFILE", savedFile);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Connection);
    QVERIFY2(db.error().message.contains(u"password"_s), qPrintable(describe(db.error())));
}

void TestBadInput::postgresqlClosedPort()
{
    DatabaseUrl url = m_tdb->url();
    url.port = closedPort();
    auto db = Database::open(url);
    QVERIFY(!db.ok());
    const Error &e = db.error();
    QCOMPARE(e.kind, Error::Kind::Connection);
    QVERIFY2(e.message.contains(u"%1:%2"_s.arg(url.host).arg(url.port)), qPrintable(describe(e)));
    QVERIFY2(e.message.contains(u"cannot be reached"_s), qPrintable(describe(e)));
}

void TestBadInput::postgresqlMissingDatabase()
{
    DatabaseUrl url = m_tdb->url();
    url.database = u"ft_missing_"_s + url.database;
    auto db = Database::open(url, { true, true });
    QVERIFY(!db.ok());
    const Error &e = db.error();
    QCOMPARE(e.kind, Error::Kind::Connection);
    QVERIFY2(e.message.contains(u"database \"%1\" does not exist"_s.arg(url.database)),
             qPrintable(describe(e)));
    // createIfMissing is about SQLite files: no database was created on the server.
    QCOMPARE(m_tdb
                 ->rawScalar(
                     u"SELECT COUNT(*) FROM pg_database WHERE datname = '%1'"_s.arg(url.database))
                 .toInt(),
             0);
}

void TestBadInput::cliInfoOnMissingDatabase()
{
    const QString url = missingUrl();
    const CliRun run = runCli({ u"--db"_s, url, u"info"_s });
    QVERIFY2(run.finished, qPrintable(run.describe()));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(u"fitnesstrack-cli: "_s), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"does not exist"_s), qPrintable(run.describe()));
    if (m_tdb->isSQLite()) {
        QVERIFY2(run.err.contains(url), qPrintable(run.describe()));
        QVERIFY(!QFileInfo::exists(url));
        QVERIFY(!QFileInfo::exists(QFileInfo(url).absolutePath()));
    } else {
        QVERIFY2(!run.err.contains(m_tdb->url().password), "the password was printed");
    }
}

void TestBadInput::cliInitTwiceChangesNothing()
{
    const CliRun first = runCli({ u"--db"_s, cliUrl(), u"init"_s });
    QVERIFY2(first.finished && first.exitCode == 0, qPrintable(first.describe()));
    const int latest = migrations::latestVersion(Dialect(m_tdb->backend()));
    QVERIFY2(first.out.contains(u"is ready (schema version %1)"_s.arg(latest)),
             qPrintable(first.describe()));
    QVERIFY2(
        !first.out.contains(m_tdb->url().password.isEmpty() ? u"\x01"_s : m_tdb->url().password),
        "the password was printed");

    const QString migrationsSql =
        u"SELECT version, name, applied_at FROM schema_migrations ORDER BY version"_s;
    const auto snapshot = [&] {
        QStringList rows;
        QSqlQuery q(m_tdb->raw());
        q.exec(migrationsSql);
        while (q.next())
            rows.append(u"%1 %2 %3"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                          q.value(2).toString()));
        m_tdb->closeRaw();
        return rows;
    };
    const QStringList migrationsBefore = snapshot();
    QCOMPARE(migrationsBefore.size(), migrations::available(Dialect(m_tdb->backend())).size());
    const CliRun infoBefore = runCli({ u"--db"_s, cliUrl(), u"info"_s, u"--json"_s });
    QVERIFY2(infoBefore.exitCode == 0, qPrintable(infoBefore.describe()));

    const CliRun second = runCli({ u"--db"_s, cliUrl(), u"init"_s });
    QVERIFY2(second.finished && second.exitCode == 0, qPrintable(second.describe()));
    // The first line says the same; what follows (bundled data installed or already there) may not.
    QCOMPARE(second.out.section(u'\n', 0, 0), first.out.section(u'\n', 0, 0));
    QCOMPARE(snapshot(), migrationsBefore);
    const CliRun infoAfter = runCli({ u"--db"_s, cliUrl(), u"info"_s, u"--json"_s });
    QCOMPARE(infoAfter.out, infoBefore.out);
}

void TestBadInput::cliAthleteAddPrintsPseudonym()
{
    const CliRun init = runCli({ u"--db"_s, cliUrl(), u"init"_s });
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    const CliRun add = runCli({ u"--db"_s, cliUrl(), u"athlete"_s, u"add"_s, u"ada"_s, u"--email"_s,
                                u" Ada@Example.com"_s, u"--full-name"_s, u"Ada Lovelace"_s });
    QVERIFY2(add.finished && add.exitCode == 0, qPrintable(add.describe()));
    static const QRegularExpression uuid(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\n$"_s);
    QVERIFY2(uuid.match(add.out).hasMatch(), qPrintable(add.describe()));
    QVERIFY2(add.err.isEmpty(), qPrintable(add.describe()));

    {
        auto db = m_tdb->open({ false, false });
        FT_VERIFY_OK(db);
        auto athlete = findAthlete(**db, add.out.trimmed());
        FT_VERIFY_OK(athlete);
        QCOMPARE(athlete->user.username, u"ada"_s);
        QCOMPARE(athlete->user.email, u"ada@example.com"_s);
        QCOMPARE(athlete->user.fullName, std::optional<QString>(u"Ada Lovelace"_s));
    }

    // The same email again: refused on stderr, nothing written.
    const CliRun again = runCli({ u"--db"_s, cliUrl(), u"athlete"_s, u"add"_s, u"grace"_s,
                                  u"--email"_s, u"ada@example.com"_s });
    QVERIFY2(again.finished && again.exitCode == 1, qPrintable(again.describe()));
    QVERIFY2(again.out.isEmpty(), qPrintable(again.describe()));
    QVERIFY2(again.err.contains(u"users.email"_s) && again.err.contains(u"already exists"_s),
             qPrintable(again.describe()));
    auto db = m_tdb->open({ false, false });
    FT_VERIFY_OK(db);
    QCOMPARE(rowCount(**db, u"users"_s), 1);
    QCOMPARE(rowCount(**db, u"subjects"_s), 1);

    // A usage error is exit code 2.
    const CliRun usage = runCli({ u"--db"_s, cliUrl(), u"athlete"_s, u"add"_s, u"grace"_s });
    QCOMPARE(usage.exitCode, 2);
    QVERIFY2(usage.err.contains(u"--email"_s), qPrintable(usage.describe()));
}

void TestBadInput::cliRestoreIntoFreshAppDatabase()
{
    QVERIFY(runCli({ u"--db"_s, cliUrl(), u"init"_s }).exitCode == 0);
    QVERIFY(runCli({ u"--db"_s, cliUrl(), u"athlete"_s, u"add"_s, u"ada"_s, u"--email"_s,
                     u"ada@example.com"_s })
                .exitCode
            == 0);
    const QString file = m_tdb->tempPath(u"export.json"_s);
    const CliRun exported =
        runCli({ u"--db"_s, cliUrl(), u"export"_s, u"json"_s, u"--output"_s, file });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));

    // A database as the app (and init) creates it: migrated, with the bundled catalog.
    TestDatabase fresh;
    QVERIFY2(fresh.create(), qPrintable(fresh.errorString()));
    const QString freshUrl = fresh.isSQLite() ? fresh.url().path : fresh.urlText();
    QVERIFY(runCli({ u"--db"_s, freshUrl, u"init"_s }).exitCode == 0);
    const CliRun restored = runCli({ u"--db"_s, freshUrl, u"import"_s, u"json"_s, file });
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
    QVERIFY2(restored.out.contains(u"ids kept"_s), qPrintable(restored.describe()));
    const auto counts = [](const QString &url) {
        const CliRun info = runCli({ u"--db"_s, url, u"info"_s, u"--json"_s });
        return QJsonDocument::fromJson(info.out.toUtf8()).object().value(u"counts"_s).toObject();
    };
    QCOMPARE(counts(freshUrl), counts(cliUrl()));
    QVERIFY(!counts(freshUrl).isEmpty());

    // A database with an athlete is not fresh: refused as a usage error, saying why.
    const CliRun refused = runCli({ u"--db"_s, cliUrl(), u"import"_s, u"json"_s, file });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"users (1 rows)"_s), qPrintable(refused.describe()));
}

void TestBadInput::cliInfoJson()
{
    QVERIFY(runCli({ u"--db"_s, cliUrl(), u"init"_s }).exitCode == 0);
    // What init put there (it may install bundled data such as the exercise catalog).
    const CliRun initial = runCli({ u"--db"_s, cliUrl(), u"info"_s, u"--json"_s });
    QVERIFY2(initial.exitCode == 0, qPrintable(initial.describe()));
    const QJsonObject initialCounts =
        QJsonDocument::fromJson(initial.out.toUtf8()).object().value(u"counts"_s).toObject();
    QVERIFY(runCli({ u"--db"_s, cliUrl(), u"athlete"_s, u"add"_s, u"ada"_s, u"--email"_s,
                     u"ada@example.com"_s })
                .exitCode
            == 0);
    const CliRun run = runCli({ u"--db"_s, cliUrl(), u"info"_s, u"--json"_s });
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError,
             qPrintable(parseError.errorString() + u"\n"_s + run.out));
    QVERIFY(document.isObject());
    const QJsonObject json = document.object();

    QCOMPARE(json.value(u"backend"_s).toString(), backendName(m_tdb->backend()));
    QVERIFY(json.value(u"schema_version"_s).isDouble());
    QCOMPARE(json.value(u"schema_version"_s).toInt(),
             migrations::latestVersion(Dialect(m_tdb->backend())));
    const QJsonValue location = json.value(u"location"_s);
    if (!location.isUndefined()) {
        QVERIFY(location.isString());
        if (!m_tdb->isSQLite())
            QVERIFY2(!location.toString().contains(m_tdb->url().password),
                     "the password was printed");
    }
    QVERIFY(json.value(u"counts"_s).isObject());
    const QJsonObject counts = json.value(u"counts"_s).toObject();
    QStringList keys = counts.keys();
    QStringList tables = allTables();
    keys.sort();
    tables.sort();
    QCOMPARE(keys, tables);
    for (const QString &table : allTables()) {
        QVERIFY2(counts.value(table).isDouble(), qPrintable(table));
        const int added = table == u"users" || table == u"subjects" ? 1 : 0;
        QCOMPARE(counts.value(table).toInt(-1), initialCounts.value(table).toInt(-100) + added);
    }
    QStringList topLevel = json.keys();
    topLevel.removeAll(u"location"_s);
    QCOMPARE(topLevel, (QStringList { u"backend"_s, u"counts"_s, u"schema_version"_s }));

    // Without --json: one line per table, readable.
    const CliRun text = runCli({ u"--db"_s, cliUrl(), u"info"_s });
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    for (const QString &table : allTables())
        QVERIFY2(text.out.contains(table), qPrintable(text.describe()));
}

void TestBadInput::cliBadUrl()
{
    const QString bad =
        m_tdb->isSQLite() ? u"mysql://ft@db/fitness"_s : u"postgresql://ft@/fitness"_s;
    const CliRun run = runCli({ u"--db"_s, bad, u"info"_s });
    QVERIFY2(run.finished, qPrintable(run.describe()));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Invalid database URL \"%1\""_s.arg(bad)),
             qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
}

FT_DB_TEST_MAIN(TestBadInput)
#include "tst_badinput.moc"
