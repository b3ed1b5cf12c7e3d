#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ft::core {

class Database;
class Dialect;

// A numbered schema change, `sql/<backend>/NNNN_name.sql`, embedded in the binaries.
struct Migration
{
    int version = 0;
    QString name;
    QString path;
};

namespace migrations {

// The migrations this build knows for a backend, ascending by version.
QList<Migration> available(const Dialect &dialect);
int latestVersion(const Dialect &dialect);

// Splits a script into statements at `;` line ends, keeping quoted text, `$$` bodies and
// `CREATE TRIGGER ... END;` blocks whole, and dropping `--` comments.
QStringList splitStatements(const QString &script);

// Brings the schema up to latestVersion() in one transaction, or leaves it untouched and says why:
// a database written by a newer FitnessTrack is refused.
Status apply(Database &db, bool allowChanges);

} // namespace migrations
} // namespace ft::core
