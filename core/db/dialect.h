#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlError;

namespace ft::core {

enum class Backend { SQLite, PostgreSQL };

// What a driver error means, read from the backend's own codes and messages; Database::translate
// turns it into an Error that names the field, the value and the rule.
struct DriverError
{
    enum class Kind {
        Other,
        Unique,
        Check,
        ForeignKey,
        NotNull,
        InvalidEnum,    // a label a native enum does not have (PostgreSQL; SQLite has a CHECK)
        ReadOnly,       // SQLite: the file cannot be written
        Corrupt,        // SQLite: not a database, or a damaged one
        Locked,         // SQLite: another program holds the lock
        ConnectionLost, // PostgreSQL: the server went away
        // Opening a server connection:
        PasswordRefused,
        PasswordMissing,
        DoesNotExist, // the database or the role
        Unreachable,
    };
    Kind kind = Kind::Other;
    QString constraint;  // the constraint the message names, if any
    QString table;       // Unique (SQLite) and NotNull: the table the message names
    QStringList columns; // Unique: the key's columns; NotNull: the column
    QString enumType;    // InvalidEnum: the type and the label it refused
    QString enumValue;
    QString text; // the driver's message
};

// Every difference between SQLite and PostgreSQL that the rest of core needs lives here:
// how values are bound and read back, and the few statements that are spelled differently.
class Dialect
{
public:
    explicit Dialect(Backend backend)
        : m_backend(backend)
    { }

    Backend backend() const { return m_backend; }
    bool isSQLite() const { return m_backend == Backend::SQLite; }
    // "sqlite" or "postgresql": the folder of the migrations and the name in `info`.
    QString name() const;
    QString driverName() const;
    QString migrationsDirectory() const;
    // The Debian package that installs driverName().
    QString driverPackage() const;

    // Capabilities.
    // The database is one local file, opened by its path (SQLite), not a server.
    bool storesInFile() const;
    // After an error inside a transaction the failed statement cannot be released until the
    // rollback (PostgreSQL aborts the transaction): Database keeps such queries until then.
    bool keepsFailedQueriesUntilRollback() const;

    // Values as this backend stores them.
    QVariant bindBool(bool value) const;
    QVariant bindDate(const QDate &value) const;
    QVariant bindDateTime(const QDateTime &value) const;
    bool readBool(const QVariant &value) const;
    QDate readDate(const QVariant &value) const;
    QDateTime readDateTime(const QVariant &value) const;
    // A typed NULL for a boolean column.
    QVariant bindNullBool() const;
    // Timestamps as exact text (tabledata.h's portable form), microseconds included where the
    // backend keeps them: the SELECT expression that reads `column` as such text, the portable
    // text of what it read, and the value to bind for a portable text.
    QString timestampSelectExpression(const QString &column) const;
    QString portableTimestamp(const QVariant &stored) const;
    QVariant bindTimestampText(const QString &portable) const;

    // Driver errors.
    DriverError classify(const QSqlError &error, bool connectionOpen = true) const;
    // Why opening a server connection failed (Other when the message says nothing known).
    DriverError classifyConnectFailure(const QSqlError &error) const;

    // SQL text that differs.
    QString listTablesSql() const;    // user tables, one name per row
    QString migrationLockSql() const; // serialises concurrent migrations; empty if none
    QString createMigrationsTableSql() const;
    // A case- and accent-preserving "contains" match: `column LIKE ?` (SQLite's LIKE is ASCII
    // case-insensitive, PostgreSQL needs ILIKE).
    QString containsOperator() const;
    // Announcing committed changes to other connections: PostgreSQL's LISTEN/NOTIFY. The
    // statement takes the channel and the payload as bound values.
    bool supportsNotifications() const { return m_backend == Backend::PostgreSQL; }
    QString notifySql() const { return QStringLiteral("SELECT pg_notify(?, ?)"); }
    // Run on every new connection (foreign keys, time zone, ...).
    QStringList connectionSetupSql() const;
    // Run around an edit that is recorded or undone row by row (rowstate.h): SQLite's default 2 MB
    // page cache re-reads index pages for every row when an athlete with 20,000 sets comes back.
    // Not for every connection: it would hold an import's pages until its commit.
    QStringList wideEditBeginSql() const;
    QStringList wideEditEndSql() const;
    // Run once the database is known to be ours and current, when it may be written.
    QStringList writableSessionSql() const;
    // Begins the snapshot of inSnapshot(), first thing in the transaction; empty if none is
    // needed (SQLite's WAL read transaction is one already).
    QString snapshotBeginSql() const;
    // Moves `table`'s id sequence just past its largest id after rows were written with their
    // ids. `table` must not come from input.
    QString resetSequenceSql(const QString &table) const;
    // A consistent copy of the whole database into the file bound to `?`; empty when the
    // backend cannot write one (then copyDatabase() into a new SQLite file does).
    QString copyIntoFileSql() const;

private:
    Backend m_backend;
};

} // namespace ft::core
