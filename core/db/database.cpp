#include "core/db/database.h"
#include "core/changes/changenotifier.h"

#include "core/db/constraints.h"
#include "core/db/entities.h"
#include "core/db/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>

#include <atomic>

namespace ft::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("fitnesstrack-%1").arg(++counter);
}

Error fileError(const QString &path, const QString &problem)
{
    Error e = Error::make(Error::Kind::File, Tr::tr("Cannot open %1: %2").arg(path, problem));
    e.field = QStringLiteral("file");
    e.value = path;
    e.rule = problem;
    return e;
}

QString valueText(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    return v.toString();
}

// "ck_exercises_primary_muscle_enum" -> ("exercises", "primary_muscle") using the table list.
std::pair<QString, QString> splitCheckName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^ck_(.+)_(enum|bool|uuid)$"));
    const auto m = re.match(name);
    if (!m.hasMatch())
        return {};
    const QString rest = m.captured(1);
    for (const QString &table : allTables()) {
        if (rest.startsWith(table + QLatin1Char('_')))
            return { table, rest.mid(table.size() + 1) };
    }
    return {};
}
} // namespace

Error Error::invalid(const QString &field, const QVariant &value, const QString &rule)
{
    Error e;
    e.kind = Kind::InvalidValue;
    e.field = field;
    e.value = valueText(value);
    e.rule = rule;
    e.message = Tr::tr("%1: \"%2\" is not allowed: %3").arg(field, e.value, rule);
    return e;
}

QStringList allTables()
{
    return {
        QStringLiteral("users"),
        QStringLiteral("subjects"),
        QStringLiteral("subject_profiles"),
        QStringLiteral("subject_body_metrics"),
        QStringLiteral("exercises"),
        QStringLiteral("exercise_aliases"),
        QStringLiteral("tags"),
        QStringLiteral("exercise_tags"),
        QStringLiteral("exercise_secondary_muscles"),
        QStringLiteral("routines"),
        QStringLiteral("routine_days"),
        QStringLiteral("routine_day_exercises"),
        QStringLiteral("routine_exercise_sets"),
        QStringLiteral("cycles"),
        QStringLiteral("workout_sessions"),
        QStringLiteral("exercise_set_logs"),
    };
}

Database::Database(const DatabaseUrl &url, Backend backend)
    : m_url(url)
    , m_dialect(backend)
    , m_connectionName(nextConnectionName())
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_depth > 0)
                db.rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url, OpenOptions options)
{
    const Backend backend =
        url.kind == DatabaseUrl::Kind::SQLite ? Backend::SQLite : Backend::PostgreSQL;
    std::unique_ptr<Database> db(new Database(url, backend));
    if (!QSqlDatabase::isDriverAvailable(db->m_dialect.driverName())) {
        return Error::make(Error::Kind::Connection,
                           Tr::tr("The Qt SQL driver %1 is not installed (Debian package %2).")
                               .arg(db->m_dialect.driverName(), db->m_dialect.driverPackage()));
    }
    if (Status s = db->connect(options); !s)
        return s.error();
    if (Status s = migrations::apply(*db, options.migrate); !s)
        return s.error();
    if (Status s = db->configureSession(); !s)
        return s.error();
    return db;
}

Status Database::connect(const OpenOptions &options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    if (m_dialect.storesInFile()) {
        const QString path = m_url.path;
        const QFileInfo info(path);
        if (!info.exists()) {
            if (!options.createIfMissing)
                return fileError(path, Tr::tr("the file does not exist"));
            if (!QDir().mkpath(info.absolutePath()))
                return fileError(path,
                                 Tr::tr("cannot create the folder %1").arg(info.absolutePath()));
            if (!QFileInfo(info.absolutePath()).isWritable())
                return fileError(path,
                                 Tr::tr("the folder %1 is not writable").arg(info.absolutePath()));
        } else {
            if (info.isDir())
                return fileError(path, Tr::tr("it is a folder, not a file"));
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return fileError(path, Tr::tr("it cannot be read (%1)").arg(file.errorString()));
            const QByteArray header = file.read(16);
            if (info.size() > 0 && header != QByteArray("SQLite format 3\0", 16))
                return fileError(path, Tr::tr("it is not an SQLite database"));
            m_readOnly = !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable();
        }
        db.setDatabaseName(path);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (m_readOnly) {
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
            // A WAL database is read through its -shm file. In a folder where that file neither
            // exists nor can be created (read-only media), SQLite reads it only as immutable.
            if (!QFileInfo(info.absolutePath()).isWritable()
                && !QFileInfo::exists(path + QStringLiteral("-shm"))) {
                db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                                   + QStringLiteral("?immutable=1"));
                connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
            }
        }
        db.setConnectOptions(connectOptions);
        if (!db.open())
            return fileError(path, db.lastError().text());
        for (const QString &sql : m_dialect.connectionSetupSql()) {
            QSqlQuery setup(db);
            if (!setup.exec(sql)) {
                // A damaged file can fail already here (the page cache size reads the header).
                if (m_dialect.classify(setup.lastError()).kind == DriverError::Kind::Corrupt)
                    return fileError(
                        path, Tr::tr("the file is corrupt (%1)").arg(setup.lastError().text()));
                return fileError(path, setup.lastError().text());
            }
        }
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        if (!m_url.password.isEmpty())
            db.setPassword(m_url.password);
        db.setDatabaseName(m_url.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=fitnesstrack"));
        if (!db.open()) {
            const DriverError failure = m_dialect.classifyConnectFailure(db.lastError());
            const QString &text = failure.text;
            QString problem;
            switch (failure.kind) {
            case DriverError::Kind::PasswordRefused:
                problem = Tr::tr("the password for user %1 was refused").arg(m_url.user);
                break;
            case DriverError::Kind::PasswordMissing:
                problem = Tr::tr("the server asks for a password and none was given "
                                 "(put it in the URL or in PGPASSWORD)");
                break;
            case DriverError::Kind::DoesNotExist:
                problem = Tr::tr("%1").arg(text);
                break;
            case DriverError::Kind::Unreachable:
                problem = Tr::tr("the server %1:%2 cannot be reached (%3)")
                              .arg(m_url.host)
                              .arg(m_url.port)
                              .arg(text);
                break;
            default:
                problem = text;
                break;
            }
            Error e =
                Error::make(Error::Kind::Connection,
                            Tr::tr("Cannot connect to %1: %2").arg(m_url.displayName(), problem));
            e.field = QStringLiteral("url");
            e.value = m_url.displayName();
            e.rule = problem;
            return e;
        }
        for (const QString &sql : m_dialect.connectionSetupSql()) {
            QSqlQuery setup(db);
            if (!setup.exec(sql))
                return translate(setup.lastError());
        }
    }

    // Refuse databases that belong to something else before anything is written.
    auto tables = exec(m_dialect.listTablesSql());
    if (!tables) {
        if (m_dialect.storesInFile() && tables.error().kind != Error::Kind::File)
            return fileError(m_url.path, tables.error().message);
        return tables.error();
    }
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());
    if (!names.isEmpty() && !names.contains(QLatin1String("schema_migrations"))) {
        Error e =
            Error::make(Error::Kind::Schema,
                        Tr::tr("%1 is not a FitnessTrack database: it has tables (%2) but no "
                               "schema_migrations. It was left untouched.")
                            .arg(m_url.displayName(), names.mid(0, 5).join(QStringLiteral(", "))));
        e.field = QStringLiteral("schema_migrations");
        return e;
    }
    return {};
}

Status Database::configureSession()
{
    if (m_readOnly)
        return {};
    // Set only after the database is known to be ours and current, so that a refused file is
    // never rewritten.
    for (const QString &sql : m_dialect.writableSessionSql()) {
        if (auto r = exec(sql); !r)
            return r.error();
    }
    return {};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &params,
                                 const QString &table, const QVariantMap &values)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    bool ok;
    if (params.isEmpty()) {
        ok = query.exec(sql);
    } else {
        ok = query.prepare(sql);
        if (ok) {
            for (const QVariant &p : params)
                query.addBindValue(p);
            ok = query.exec();
        }
    }
    if (!ok) {
        QVariantMap context = values;
        if (sql.trimmed().startsWith(QLatin1String("DELETE"), Qt::CaseInsensitive))
            context.insert(QStringLiteral("__delete__"), true);
        const Error error = translate(query.lastError(), table, context);
        if (m_dialect.keepsFailedQueriesUntilRollback() && m_depth > 0)
            m_failedQueries.append(query);
        return error;
    }
    return query;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &params)
{
    auto query = exec(sql, params);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

Status Database::transaction(const std::function<Status()> &work)
{
    QSqlDatabase db = connection();
    const bool outermost = m_depth == 0;
    const QString savepoint = QStringLiteral("ft_sp_%1").arg(++m_savepointCounter);
    if (outermost) {
        m_pendingChanges.clear();
        if (!db.transaction())
            return translate(db.lastError());
    } else if (auto r = exec(QStringLiteral("SAVEPOINT ") + savepoint); !r) {
        return r.error();
    }
    const qsizetype changesBefore = m_pendingChanges.size();
    ++m_depth;
    Status result = work();
    --m_depth;
    if (outermost) {
        if (result.ok())
            result = announceChanges();
        if (result.ok()) {
            if (db.commit()) {
                publishChanges();
                return result;
            }
            const Error error = translate(db.lastError());
            db.rollback();
            m_failedQueries.clear();
            m_pendingChanges.clear();
            return error;
        }
        db.rollback();
        m_failedQueries.clear();
        m_pendingChanges.clear();
        return result;
    }
    if (result.ok()) {
        if (auto r = exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint); !r)
            return r.error();
        return result;
    }
    (void)exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint);
    (void)exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint);
    m_failedQueries.clear();
    m_pendingChanges.resize(changesBefore);
    return result;
}

QString Database::changeChannel()
{
    return QStringLiteral("fitnesstrack_changes");
}

void Database::setChangeNotifier(ChangeNotifier *notifier)
{
    QSqlDriver *driver = connection().driver();
    if (m_notifier && m_dialect.supportsNotifications()) {
        driver->unsubscribeFromNotification(changeChannel());
        QObject::disconnect(driver, &QSqlDriver::notification, m_notifier, nullptr);
    }
    m_notifier = notifier;
    if (!m_notifier || !m_dialect.supportsNotifications())
        return;
    // What other connections commit (their NOTIFY, sent inside their transaction, arrives only
    // once they committed). Our own announcements come back as SelfSource: already published.
    QObject::connect(driver, &QSqlDriver::notification, m_notifier,
                     [notifier](const QString &name, QSqlDriver::NotificationSource source,
                                const QVariant &payload) {
                         if (name != changeChannel() || source == QSqlDriver::SelfSource)
                             return;
                         std::optional<ChangeSet> changes =
                             ChangeSet::fromJson(payload.toString().toUtf8());
                         if (!changes) {
                             changes = ChangeSet();
                             changes->setEverything();
                         }
                         notifier->publish(*changes, ChangeNotifier::Origin::OtherConnection);
                     });
    driver->subscribeToNotification(changeChannel());
}

void Database::recordChanges(const ChangeSet &changes)
{
    if (changes.isEmpty())
        return;
    m_pendingChanges.append(changes);
    if (m_depth == 0)
        publishChanges(); // autocommit: already committed
}

ChangeSet Database::pendingChanges() const
{
    ChangeSet all;
    for (const ChangeSet &c : m_pendingChanges)
        all.merge(c);
    all.normalize();
    return all;
}

Status Database::announceChanges()
{
    if (m_pendingChanges.isEmpty() || !m_dialect.supportsNotifications())
        return {};
    QByteArray payload = pendingChanges().toJson();
    // A NOTIFY payload holds less than 8000 bytes: beyond that, the others reload everything.
    if (payload.size() > 7900) {
        ChangeSet everything;
        everything.setEverything();
        payload = everything.toJson();
    }
    auto r = exec(m_dialect.notifySql(), { changeChannel(), QString::fromUtf8(payload) });
    if (!r)
        return r.error();
    return {};
}

void Database::publishChanges()
{
    const ChangeSet all = pendingChanges();
    m_pendingChanges.clear();
    if (m_notifier && !all.isEmpty())
        m_notifier->publish(all);
}

Result<int> Database::schemaVersion()
{
    auto tables = exec(m_dialect.listTablesSql());
    if (!tables)
        return tables.error();
    bool hasTable = false;
    while (tables->next())
        hasTable = hasTable || tables->value(0).toString() == QLatin1String("schema_migrations");
    if (!hasTable)
        return 0;
    auto version =
        scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!version)
        return version.error();
    return version->toInt();
}

Result<QList<QPair<QString, qint64>>> Database::tableCounts()
{
    QList<QPair<QString, qint64>> counts;
    for (const QString &table : allTables()) {
        // Table names come from allTables(), never from input.
        auto n = scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        if (!n)
            return n.error();
        counts.append({ table, n->toLongLong() });
    }
    return counts;
}

Error Database::translate(const QSqlError &error, const QString &table, const QVariantMap &values)
{
    const DriverError driver = m_dialect.classify(error, connection().isOpen());
    const QString &text = driver.text;
    const bool isDelete = values.contains(QStringLiteral("__delete__"));
    const auto columnsValue = [&](const QStringList &columns) {
        QStringList parts;
        for (const QString &c : columns)
            parts.append(valueText(values.value(c)));
        return parts.join(QStringLiteral(", "));
    };
    const auto withField = [](Error e, const QString &field, const QString &value,
                              const QString &rule) {
        e.field = field;
        e.value = value;
        e.rule = rule;
        return e;
    };

    // Which constraint: by the name the driver gives, else by the key's columns.
    const ConstraintInfo *info =
        driver.constraint.isEmpty() ? nullptr : findConstraint(driver.constraint);
    Error::Kind kind = Error::Kind::Database;
    QString checkName;
    QString enumType;
    switch (driver.kind) {
    case DriverError::Kind::Unique: {
        kind = Error::Kind::Unique;
        // PostgreSQL may name a primary key that duplicates a catalogued unique constraint
        // (exercise_tags, exercise_secondary_muscles): find the catalogued one by its columns.
        const QString uniqueTable = driver.table.isEmpty() ? table : driver.table;
        if ((!info || info->kind != Error::Kind::Unique) && !driver.columns.isEmpty()
            && !uniqueTable.isEmpty())
            info = findUnique(uniqueTable, driver.columns);
        break;
    }
    case DriverError::Kind::Check:
        kind = Error::Kind::Check;
        checkName = driver.constraint;
        break;
    case DriverError::Kind::InvalidEnum:
        // A label a native enum does not have: the CHECK of the SQLite schema, by another name.
        kind = Error::Kind::Check;
        enumType = driver.enumType;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.value().toString() == driver.enumValue)
                checkName = QStringLiteral("ck_%1_%2_enum").arg(table, it.key());
        }
        break;
    case DriverError::Kind::ForeignKey:
        kind = Error::Kind::ForeignKey;
        break;
    case DriverError::Kind::NotNull:
        kind = Error::Kind::NotNull;
        break;
    default:
        break;
    }

    switch (kind) {
    case Error::Kind::Unique: {
        const QStringList columns = info ? info->columns : QStringList();
        const QString t = info ? info->table : table;
        const QString field = t + QLatin1Char('.') + columns.join(QStringLiteral(", "));
        const QString value = columnsValue(columns);
        const QString rule = info ? QStringLiteral("%1 (%2)").arg(info->rule, info->name) : text;
        return withField(
            Error::make(kind, Tr::tr("%1: \"%2\" already exists: %3").arg(field, value, rule)),
            field, value, rule);
    }
    case Error::Kind::Check: {
        QString field, rule;
        if (info) {
            field = info->table + QLatin1Char('.') + info->columns.value(0);
            rule = QStringLiteral("%1 (%2)").arg(info->rule, info->name);
        } else if (const auto [t, c] = splitCheckName(checkName); !t.isEmpty()) {
            field = t + QLatin1Char('.') + c;
            rule = checkName.endsWith(QLatin1String("_enum"))
                ? Tr::tr("must be one of the enum's values (%1)")
                      .arg(enumType.isEmpty() ? checkName : enumType)
                : checkName;
        } else {
            field = table;
            rule = checkName.isEmpty() ? text : checkName;
        }
        const QString column = field.section(QLatin1Char('.'), 1);
        const QString value = valueText(values.value(column));
        return withField(
            Error::make(kind, Tr::tr("%1: \"%2\" is not allowed: %3").arg(field, value, rule)),
            field, value, rule);
    }
    case Error::Kind::ForeignKey: {
        // A delete blocked by rows that still refer to it (NO ACTION), or a write that refers to
        // a row that does not exist. SQLite does not say which key: find it.
        if (isDelete) {
            const ConstraintInfo *blocking = info;
            if (!blocking) {
                for (const ConstraintInfo *fk : foreignKeysTo(table)) {
                    if (fk->onDelete == QLatin1String("NO ACTION"))
                        blocking = fk;
                }
            }
            const QString field =
                blocking ? blocking->table + QLatin1Char('.') + blocking->columns.value(0) : table;
            const QString value = valueText(values.value(QStringLiteral("id")));
            const QString rule = blocking
                ? Tr::tr("rows of %1 still refer to it (%2)").arg(blocking->table, blocking->name)
                : text;
            return withField(
                Error::make(kind, Tr::tr("Cannot delete %1 %2: %3").arg(table, value, rule)), field,
                value, rule);
        }
        if (!info) {
            for (const ConstraintInfo *fk : foreignKeysFrom(table)) {
                const QVariant v = values.value(fk->columns.value(0));
                if (v.isNull())
                    continue;
                auto found = scalar(QStringLiteral("SELECT 1 FROM ") + fk->referencedTable
                                        + QStringLiteral(" WHERE id = ?"),
                                    { v });
                if (found && found->isNull()) {
                    info = fk;
                    break;
                }
            }
        }
        const QString field =
            info ? info->table + QLatin1Char('.') + info->columns.value(0) : table;
        const QString value = info ? valueText(values.value(info->columns.value(0))) : QString();
        const QString rule = info ? QStringLiteral("%1 (%2)").arg(info->rule, info->name) : text;
        return withField(
            Error::make(kind, Tr::tr("%1: \"%2\" is not allowed: %3").arg(field, value, rule)),
            field, value, rule);
    }
    case Error::Kind::NotNull: {
        const QString field = driver.table.isEmpty()
            ? QString()
            : driver.table + QLatin1Char('.') + driver.columns.value(0);
        const QString rule = Tr::tr("a value is required");
        return withField(Error::make(kind, Tr::tr("%1: %2").arg(field, rule)), field,
                         QStringLiteral("NULL"), rule);
    }
    default:
        break;
    }

    switch (driver.kind) {
    case DriverError::Kind::ReadOnly:
        return fileError(m_url.path, Tr::tr("the file is read-only"));
    case DriverError::Kind::Corrupt:
        return fileError(m_url.path, Tr::tr("the file is corrupt (%1)").arg(text));
    case DriverError::Kind::Locked:
        return fileError(m_url.path, Tr::tr("another program holds a lock on it; try again"));
    case DriverError::Kind::ConnectionLost: {
        Error e = Error::make(
            Error::Kind::Connection,
            Tr::tr("The connection to %1 was lost: %2").arg(m_url.displayName(), text.trimmed()));
        e.field = QStringLiteral("url");
        e.value = m_url.displayName();
        return e;
    }
    default:
        break;
    }
    Error e = Error::make(Error::Kind::Database,
                          table.isEmpty()
                              ? Tr::tr("Database error: %1").arg(text.trimmed())
                              : Tr::tr("Database error in %1: %2").arg(table, text.trimmed()));
    e.field = table;
    return e;
}

} // namespace ft::core
