#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// A consistent copy of the database in a file, made while the app goes on using it.
//
//   SQLite      `VACUUM INTO` (the path a bound value) on the open connection: SQLite writes the
//               snapshot of one read transaction, so writes that other connections commit
//               meanwhile are either wholly in the copy or not at all (WAL lets them go on).
//   PostgreSQL  the whole database copied into a new SQLite file (copyDatabase()), the same
//               format as an SQLite backup: what a coach takes home from the server.
//
// The copy goes to a hidden temporary file beside the target, is checked (PRAGMA
// integrity_check, rows per table, opened read-only) and only then renamed to the target: a
// failed backup leaves no file behind, never half a file. An existing target is refused unless
// `overwrite`; the database's own file always is.

namespace ft::core {

class Database;

struct BackupReport
{
    QString path;
    qint64 bytes = 0;
    QList<QPair<QString, qint64>> rows; // per table of dataTables(), counted in the copy
    QString integrity;                  // what PRAGMA integrity_check said: "ok"
    qint64 milliseconds = 0;

    qint64 total() const;
    QJsonObject toJson() const;
    QString toText() const;
};

Result<BackupReport> backupDatabase(Database &db, const QString &path, bool overwrite = false);

// PRAGMA integrity_check and the rows per table of an SQLite file, opened read-only.
Result<BackupReport> checkSqliteFile(const QString &path);

} // namespace ft::core
