#include "core/db/dialect.h"

#include <QTimeZone>

namespace ft::core {

QString Dialect::name() const
{
    return isSQLite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

QString Dialect::driverName() const
{
    return isSQLite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString Dialect::migrationsDirectory() const
{
    return QStringLiteral(":/sql/") + name();
}

QVariant Dialect::bindBool(bool value) const
{
    return isSQLite() ? QVariant(value ? 1 : 0) : QVariant(value);
}

QVariant Dialect::bindDate(const QDate &value) const
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return value.toString(Qt::ISODate);
}

QVariant Dialect::bindDateTime(const QDateTime &value) const
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    // One textual form on both backends: SQLite compares these strings in unique keys, so the
    // format must never vary (UTC, milliseconds, 'Z').
    return QString(value.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
                   + QLatin1Char('Z'));
}

bool Dialect::readBool(const QVariant &value) const
{
    if (value.typeId() == QMetaType::QString)
        return value.toString() == QLatin1String("t") || value.toString() == QLatin1String("true")
            || value.toString() == QLatin1String("1");
    return value.toBool();
}

QDate Dialect::readDate(const QVariant &value) const
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QDateTime Dialect::readDateTime(const QVariant &value) const
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QString text = value.toString();
    // PostgreSQL's text form "2026-01-02 10:00:00+00" and SQLite's "2026-01-02T10:00:00.000Z".
    text.replace(QLatin1Char(' '), QLatin1Char('T'));
    if (text.endsWith(QLatin1String("+00")))
        text.append(QLatin1String(":00"));
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return dt.toUTC();
}

QString Dialect::listTablesSql() const
{
    if (isSQLite())
        return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY name");
    return QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                          "ORDER BY tablename");
}

QString Dialect::migrationLockSql() const
{
    // Two clients opening one server database at once must not both migrate it.
    return isSQLite() ? QString() : QStringLiteral("SELECT pg_advisory_xact_lock(7364021)");
}

QString Dialect::createMigrationsTableSql() const
{
    if (isSQLite())
        return QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version integer PRIMARY KEY NOT NULL,"
            " name text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))");
    return QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                          " version integer PRIMARY KEY,"
                          " name text NOT NULL,"
                          " applied_at timestamptz NOT NULL DEFAULT now())");
}

QString Dialect::containsOperator() const
{
    return isSQLite() ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
}

} // namespace ft::core
