#pragma once

#include "core/db/database.h"
#include "core/db/databaseurl.h"
#include "core/db/entities.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace ft::test {

// The backend a database test runs against: FT_TEST_BACKEND=sqlite|postgresql, which ctest sets
// for the two registrations of every ft_add_db_test(). Empty with `error` set when it is missing.
std::optional<core::Backend> backendFromEnvironment(QString *error = nullptr);
QString backendName(core::Backend backend);

// One fresh, empty database for one test function, on the backend of FT_TEST_BACKEND:
//   SQLite      a file in a QTemporaryDir (created when core opens it, or by raw());
//   PostgreSQL  a database `ft_t_<random>` created on the test server (URL from FT_TEST_PG_URL,
//               else the file written by tests/support/pgcluster.sh) and dropped by the
//               destructor, whoever is still connected.
// When the server is not there, create() fails with a message that says how to start it: the
// test then fails, it is never skipped.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool create();
    // The same, but already migrated to the latest schema (still without any row): a copy of a
    // template that core migrated once for this process. For tests about something else than
    // migrating, which this makes several times quicker on PostgreSQL.
    bool createMigrated();
    QString errorString() const { return m_error; }

    core::Backend backend() const { return m_backend; }
    bool isSQLite() const { return m_backend == core::Backend::SQLite; }
    const core::DatabaseUrl &url() const { return m_url; }
    // What a user would type: the path, or the URL with its password.
    QString urlText() const;
    // A folder that lives as long as this object, for files a test makes (both backends).
    QString tempPath(const QString &name) const;

    // Opens the database through core. By default an SQLite file is created when missing.
    core::Result<std::unique_ptr<core::Database>>
    open(core::OpenOptions options = defaultOptions()) const;
    static core::OpenOptions defaultOptions() { return { true, true }; }

    // A connection that bypasses core entirely: to set up states core would refuse to create
    // (a newer schema, foreign tables) and to look at what was written. Opened on first use.
    QSqlDatabase raw();
    // Runs one statement on raw(); on failure returns false and sets `error`.
    bool execRaw(const QString &sql, QString *error = nullptr);
    // First column of the first row on raw(), or an invalid QVariant.
    QVariant rawScalar(const QString &sql);
    void closeRaw();

    // Everything a "left untouched" assertion compares: SQLite: the SHA-256 of the file and the
    // names of the files beside it (journal, WAL); PostgreSQL: every table with its columns and
    // a digest of all its rows, and every type. Uses (and then closes) the raw connection.
    QByteArray fingerprint();
    // Every table's rows, whatever the file's bytes: what "the same content" means after an undo
    // (SQLite's file differs in its free pages and sqlite_sequence; PostgreSQL: fingerprint()).
    QByteArray contentFingerprint();

    // The test server's URL (its maintenance database), or nothing with `error` set.
    static std::optional<core::DatabaseUrl> serverUrl(QString *error);
    // Runs one statement on the server's maintenance database (CREATE/DROP DATABASE, roles).
    static bool execOnServer(const QString &sql, QString *error);

private:
    core::Backend m_backend = core::Backend::SQLite;
    core::DatabaseUrl m_url;
    QTemporaryDir m_dir;
    QString m_error;
    QString m_rawName;
    bool m_created = false;
};

// Where the import tests start: creates `tdb` migrated, opens it into `db`, installs the bundled
// catalog and adds one athlete, "ada" (ada@example.com), whose subject id goes to `subject`.
// False with `error` set when a step failed.
bool openWithAthlete(TestDatabase &tdb, std::unique_ptr<core::Database> &db, core::Id &subject,
                     QString *error);

} // namespace ft::test
