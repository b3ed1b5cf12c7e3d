#include "core/db/dialect.h"

#include <QRegularExpression>
#include <QSqlError>
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

QString Dialect::driverPackage() const
{
    return isSQLite() ? QStringLiteral("libqt6sql6-sqlite") : QStringLiteral("libqt6sql6-psql");
}

bool Dialect::storesInFile() const
{
    return isSQLite();
}

bool Dialect::keepsFailedQueriesUntilRollback() const
{
    return !isSQLite();
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

QVariant Dialect::bindNullBool() const
{
    return isSQLite() ? QVariant(QMetaType::fromType<int>())
                      : QVariant(QMetaType::fromType<bool>());
}

QString Dialect::timestampSelectExpression(const QString &column) const
{
    // PostgreSQL keeps microseconds, QDateTime only milliseconds: read the text.
    if (isSQLite())
        return column;
    return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')")
        .arg(column);
}

QString Dialect::portableTimestamp(const QVariant &stored) const
{
    QString text = stored.toString();
    if (isSQLite())
        return text;
    // PostgreSQL's microseconds, trimmed to SQLite's milliseconds form when they are whole.
    if (text.size() == 27 && text.endsWith(QLatin1String("000Z")))
        text.remove(23, 3);
    return text;
}

QVariant Dialect::bindTimestampText(const QString &portable) const
{
    if (!isSQLite())
        return portable;
    // SQLite stores exactly milliseconds (sql/README.md): other precisions are rounded as Qt
    // rounds them when it reads a PostgreSQL timestamp.
    static const QRegularExpression milliseconds(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
    if (milliseconds.match(portable).hasMatch())
        return portable;
    return bindDateTime(QDateTime::fromString(portable, Qt::ISODateWithMs));
}

DriverError Dialect::classify(const QSqlError &error, bool connectionOpen) const
{
    DriverError d;
    d.text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString &text = d.text;
    using Kind = DriverError::Kind;

    if (isSQLite()) {
        // SQLite names CHECKs, but gives table.column for UNIQUE and NOT NULL.
        static const QRegularExpression unique(QStringLiteral("UNIQUE constraint failed: (.+)$"));
        static const QRegularExpression check(QStringLiteral("CHECK constraint failed: (\\w+)"));
        static const QRegularExpression notNull(
            QStringLiteral("NOT NULL constraint failed: (\\w+)\\.(\\w+)"));
        if (const auto m = unique.match(text); m.hasMatch()) {
            d.kind = Kind::Unique;
            for (const QString &part : m.captured(1).split(QStringLiteral(", "))) {
                const auto dot = part.indexOf(QLatin1Char('.'));
                d.table = part.left(dot).trimmed();
                d.columns.append(part.mid(dot + 1).trimmed());
            }
        } else if (const auto m2 = check.match(text); m2.hasMatch()) {
            d.kind = Kind::Check;
            d.constraint = m2.captured(1);
        } else if (text.contains(QLatin1String("FOREIGN KEY constraint failed"))) {
            d.kind = Kind::ForeignKey;
        } else if (text.contains(QLatin1String("NOT NULL constraint failed"))) {
            d.kind = Kind::NotNull;
            if (const auto m3 = notNull.match(text); m3.hasMatch()) {
                d.table = m3.captured(1);
                d.columns = QStringList { m3.captured(2) };
            }
        } else if (text.contains(QLatin1String("readonly database"))) {
            d.kind = Kind::ReadOnly;
        } else if (text.contains(QLatin1String("malformed"))
                   || text.contains(QLatin1String("not a database"))) {
            d.kind = Kind::Corrupt;
        } else if (text.contains(QLatin1String("database is locked"))) {
            d.kind = Kind::Locked;
        }
        return d;
    }

    // PostgreSQL: the SQLSTATE, and the constraint's name in the message.
    const QString code = error.nativeErrorCode();
    static const QRegularExpression name(QStringLiteral("constraint \"([^\"]+)\""));
    static const QRegularExpression key(QStringLiteral("Key \\(([^)]+)\\)="));
    static const QRegularExpression enumLabel(
        QStringLiteral("invalid input value for enum (\\w+): \"(.*)\""));
    static const QRegularExpression notNull(
        QStringLiteral("null value in column \"(\\w+)\" of relation \"(\\w+)\""));
    if (const auto m = name.match(text); m.hasMatch())
        d.constraint = m.captured(1);
    if (code == QLatin1String("23505")) {
        d.kind = Kind::Unique;
        // The key's columns: the primary key named may duplicate a catalogued unique constraint.
        if (const auto m = key.match(text); m.hasMatch())
            d.columns = m.captured(1).split(QStringLiteral(", "));
    } else if (const auto m = enumLabel.match(text);
               m.hasMatch() && code == QLatin1String("22P02")) {
        d.kind = Kind::InvalidEnum;
        d.enumType = m.captured(1);
        d.enumValue = m.captured(2);
    } else if (code == QLatin1String("23514")) {
        d.kind = Kind::Check;
    } else if (code == QLatin1String("23503")) {
        d.kind = Kind::ForeignKey;
    } else if (code == QLatin1String("23502")) {
        d.kind = Kind::NotNull;
        if (const auto m2 = notNull.match(text); m2.hasMatch()) {
            d.table = m2.captured(2);
            d.columns = QStringList { m2.captured(1) };
        }
    } else if (!connectionOpen || code.startsWith(QLatin1String("08"))
               || code == QLatin1String("57P01")
               || text.contains(QLatin1String("server closed the connection"))
               || text.contains(QLatin1String("no connection to the server"))) {
        d.kind = Kind::ConnectionLost;
    }
    return d;
}

DriverError Dialect::classifyConnectFailure(const QSqlError &error) const
{
    DriverError d;
    d.text = error.databaseText().trimmed();
    const QString &text = d.text;
    using Kind = DriverError::Kind;
    if (text.contains(QLatin1String("password authentication failed")))
        d.kind = Kind::PasswordRefused;
    else if (text.contains(QLatin1String("no password supplied")))
        d.kind = Kind::PasswordMissing;
    else if (text.contains(QLatin1String("does not exist")))
        d.kind = Kind::DoesNotExist;
    else if (text.contains(QLatin1String("Connection refused"))
             || text.contains(QLatin1String("could not connect"))
             || text.contains(QLatin1String("timeout expired"))
             || text.contains(QLatin1String("could not translate host name")))
        d.kind = Kind::Unreachable;
    return d;
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

QStringList Dialect::connectionSetupSql() const
{
    // Foreign keys are off by default in SQLite, per connection; outside any transaction.
    if (isSQLite())
        return { QStringLiteral("PRAGMA foreign_keys = ON") };
    return { QStringLiteral("SET client_min_messages TO warning"),
             QStringLiteral("SET TIME ZONE 'UTC'") };
}

QStringList Dialect::wideEditBeginSql() const
{
    if (isSQLite())
        return { QStringLiteral("PRAGMA cache_size = -65536") }; // 64 MB
    return {};
}

QStringList Dialect::wideEditEndSql() const
{
    if (isSQLite())
        return { QStringLiteral("PRAGMA cache_size = -2000") }; // SQLite's default, 2 MB
    return {};
}

QStringList Dialect::writableSessionSql() const
{
    // WAL lets a backup or a second reader run while the app writes.
    if (isSQLite())
        return { QStringLiteral("PRAGMA journal_mode = WAL"),
                 QStringLiteral("PRAGMA synchronous = NORMAL") };
    return {};
}

QString Dialect::snapshotBeginSql() const
{
    return isSQLite() ? QString()
                      : QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
}

QString Dialect::resetSequenceSql(const QString &table) const
{
    // SQLite moves sqlite_sequence up by itself, but never down: after rows were deleted (the
    // bundled catalog a restore replaces) the next id must still follow the largest one.
    if (isSQLite())
        return QStringLiteral("UPDATE sqlite_sequence SET seq = "
                              "(SELECT COALESCE(MAX(id), 0) FROM %1) WHERE name = '%1'")
            .arg(table);
    return QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                          "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
        .arg(table);
}

QString Dialect::copyIntoFileSql() const
{
    return isSQLite() ? QStringLiteral("VACUUM INTO ?") : QString();
}

} // namespace ft::core
