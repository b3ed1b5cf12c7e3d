#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

// Copying a whole database to another one, across backends: SQLite → PostgreSQL when a coach
// moves from a laptop to a shared server, and back.
//
//   - The target must be empty: no row in any table of dataTables() (app_metadata aside, which is
//     replaced by the source's). A target with data is refused, naming its tables, so that
//     nothing is merged or overwritten. Create it with Database::open (the CLI's `copy --to URL`
//     does), not with `init`, which installs the bundled catalog.
//   - Every table of dataTables(): the sixteen of the data model, app_metadata and the importers'
//     tables, every row with its id and timestamps. PostgreSQL's identity sequences are moved
//     past the copied ids.
//   - The source is read in one snapshot while the app may go on writing; the target is written
//     in one transaction: a copy that fails leaves the target as it was.
//   - At the end, still inside the transaction, every table of the target is counted and
//     compared with the rows read; a difference fails the copy. The counts are the report.

namespace ft::core {

class Database;

struct CopyReport
{
    struct Table
    {
        QString name;
        qint64 source = 0; // rows counted in the source snapshot (and read)
        qint64 target = 0; // rows counted in the target afterwards
    };
    QString from, to; // display names (no passwords)
    QList<Table> tables;
    qint64 milliseconds = 0;

    qint64 rows() const;
    bool countsMatch() const;
    QJsonObject toJson() const;
    QString toText() const;
};

Result<CopyReport> copyDatabase(Database &source, Database &target,
                                const std::function<void(const QString &)> &progress = {});

// Fails, naming the tables that have rows, unless `db` is empty as copyDatabase() wants it.
Status checkEmptyTarget(Database &db);

} // namespace ft::core
