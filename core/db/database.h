#pragma once

#include "core/changes/changeset.h"
#include "core/db/databaseurl.h"
#include "core/db/dialect.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <memory>

class QSqlError;

namespace ft::core {

class ChangeNotifier;

struct OpenOptions
{
    // SQLite: create the file when it does not exist (init, the GUI's first start). Otherwise a
    // missing file is an error and nothing is created.
    bool createIfMissing = false;
    // Apply pending migrations. When false, a database that needs them is refused.
    bool migrate = true;
};

// One open database: a named Qt SQL connection, its dialect, and the helpers every repository
// uses. Not copyable; owned by whoever opened it. Not thread-safe: one thread per Database.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens, checks that this is a FitnessTrack database (or an empty one), and migrates it.
    // On failure nothing on disk or on the server has changed.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url, OpenOptions options = {});

    const DatabaseUrl &url() const { return m_url; }
    const Dialect &dialect() const { return m_dialect; }
    Backend backend() const { return m_dialect.backend(); }
    QSqlDatabase connection() const;
    bool isReadOnly() const { return m_readOnly; }

    // Prepares `sql` (with `?` placeholders), binds `params` in order and executes it. On error
    // the result explains it, using `table` and `values` to name the field and value.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &params = {},
                           const QString &table = {}, const QVariantMap &values = {});
    // A single scalar (first column of the first row), or a null QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &params = {});

    // Runs `work` in a transaction: committed when it returns ok, rolled back otherwise (and when
    // the commit itself fails). Nested calls become savepoints, so a caller's transaction stays
    // all-or-nothing.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_depth > 0; }

    // Where committed changes are announced (not owned; may be null). On PostgreSQL this
    // connection also listens for what other connections commit and announces it there.
    void setChangeNotifier(ChangeNotifier *notifier);
    ChangeNotifier *changeNotifier() const { return m_notifier; }
    // Called by whoever writes, inside the transaction that writes: published to the notifier
    // (and on PostgreSQL to other connections, NOTIFY) after the outermost commit, dropped when
    // the transaction or the savepoint it was recorded in rolls back.
    void recordChanges(const ChangeSet &changes);
    // The NOTIFY channel of FitnessTrack's change announcements.
    static QString changeChannel();

    // The newest migration applied.
    Result<int> schemaVersion();
    // Row count for each table of the data model, in allTables() order.
    Result<QList<QPair<QString, qint64>>> tableCounts();

    // Turns a driver error into an Error that names the constraint, the field and the value.
    Error translate(const QSqlError &error, const QString &table = {},
                    const QVariantMap &values = {});

private:
    Database(const DatabaseUrl &url, Backend backend);
    Status connect(const OpenOptions &options);
    Status configureSession();
    ChangeSet pendingChanges() const;
    Status announceChanges(); // PostgreSQL: NOTIFY, inside the transaction
    void publishChanges();    // after the commit

    DatabaseUrl m_url;
    Dialect m_dialect;
    QString m_connectionName;
    bool m_readOnly = false;
    int m_depth = 0;
    // PostgreSQL cannot deallocate a prepared statement inside an aborted transaction; failed
    // queries are kept until the rollback so that their cleanup succeeds quietly.
    QList<QSqlQuery> m_failedQueries;
    int m_savepointCounter = 0;
    ChangeNotifier *m_notifier = nullptr;
    QList<ChangeSet> m_pendingChanges; // recorded in the open transaction
};

} // namespace ft::core
