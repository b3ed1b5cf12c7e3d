#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace ft::core {

class Database;

struct DatabaseInfo
{
    QString backend;  // "sqlite" or "postgresql"
    QString location; // file path or URL without password
    int schemaVersion = 0;
    QList<QPair<QString, qint64>> counts;

    // {"backend":…, "schema_version":…, "counts":{"<table>":n,…}}
    QJsonObject toJson() const;
    QString toText() const;
};

Result<DatabaseInfo> databaseInfo(Database &db);

} // namespace ft::core
