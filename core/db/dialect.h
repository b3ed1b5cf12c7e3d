#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace ft::core {

enum class Backend { SQLite, PostgreSQL };

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

    // Values as this backend stores them.
    QVariant bindBool(bool value) const;
    QVariant bindDate(const QDate &value) const;
    QVariant bindDateTime(const QDateTime &value) const;
    bool readBool(const QVariant &value) const;
    QDate readDate(const QVariant &value) const;
    QDateTime readDateTime(const QVariant &value) const;

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

private:
    Backend m_backend;
};

} // namespace ft::core
