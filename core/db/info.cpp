#include "core/db/info.h"

#include "core/db/database.h"

#include <QCoreApplication>

namespace ft::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseInfo)
};
} // namespace

QJsonObject DatabaseInfo::toJson() const
{
    QJsonObject countsObject;
    for (const auto &[table, n] : counts)
        countsObject.insert(table, n);
    return { { QStringLiteral("backend"), backend },
             { QStringLiteral("location"), location },
             { QStringLiteral("schema_version"), schemaVersion },
             { QStringLiteral("counts"), countsObject } };
}

QString DatabaseInfo::toText() const
{
    QString text = Tr::tr("Backend:        %1\nLocation:       %2\nSchema version: %3\n")
                       .arg(backend, location)
                       .arg(schemaVersion);
    for (const auto &[table, n] : counts)
        text += QStringLiteral("  %1 %2\n").arg(table, -28).arg(n, 10);
    return text;
}

Result<DatabaseInfo> databaseInfo(Database &db)
{
    DatabaseInfo info;
    info.backend = db.dialect().name();
    info.location = db.url().displayName();
    auto version = db.schemaVersion();
    if (!version)
        return version.error();
    info.schemaVersion = *version;
    auto counts = db.tableCounts();
    if (!counts)
        return counts.error();
    info.counts = *counts;
    return info;
}

} // namespace ft::core
