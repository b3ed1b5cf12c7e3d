#include "core/exchange/backup.h"

#include "core/db/database.h"
#include "core/exchange/copy.h"
#include "core/exchange/tabledata.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace ft::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

Error fileError(const QString &path, const QString &problem)
{
    Error e = Error::make(Error::Kind::File, Tr::tr("Cannot back up to %1: %2").arg(path, problem));
    e.field = QStringLiteral("file");
    e.value = path;
    e.rule = problem;
    return e;
}

// Removes the temporary file (and what SQLite may have left beside it) unless released.
class TemporaryCopy
{
public:
    explicit TemporaryCopy(QString path)
        : m_path(std::move(path))
    { }
    ~TemporaryCopy()
    {
        if (m_path.isEmpty())
            return;
        for (const char *suffix : { "", "-journal", "-wal", "-shm" })
            QFile::remove(m_path + QString::fromLatin1(suffix));
    }
    const QString &path() const { return m_path; }
    void release() { m_path.clear(); }

private:
    QString m_path;
};

} // namespace

qint64 BackupReport::total() const
{
    qint64 n = 0;
    for (const auto &[table, count] : rows)
        n += count;
    return n;
}

QJsonObject BackupReport::toJson() const
{
    QJsonObject tables;
    for (const auto &[table, n] : rows)
        tables.insert(table, n);
    return {
        { QStringLiteral("path"), path },           { QStringLiteral("bytes"), bytes },
        { QStringLiteral("integrity"), integrity }, { QStringLiteral("rows"), total() },
        { QStringLiteral("tables"), tables },       { QStringLiteral("milliseconds"), milliseconds }
    };
}

QString BackupReport::toText() const
{
    return Tr::tr("Backed up %1 rows to %2 (%3 bytes, integrity check: %4) in %5 ms.")
               .arg(total())
               .arg(path)
               .arg(bytes)
               .arg(integrity)
               .arg(milliseconds)
        + QLatin1Char('\n');
}

Result<BackupReport> checkSqliteFile(const QString &path)
{
    BackupReport report;
    report.path = path;
    report.bytes = QFileInfo(path).size();
    const QString name =
        QStringLiteral("fitnesstrack-check-%1").arg(QRandomGenerator::global()->generate64());
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            status = fileError(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            QStringList problems;
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
                status = fileError(path, q.lastError().text());
            while (status && q.next())
                problems.append(q.value(0).toString());
            report.integrity = problems.join(QStringLiteral("; "));
            for (const TableSpec &t : dataTables()) {
                if (!status)
                    break;
                if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + t.name) || !q.next())
                    status = fileError(path, q.lastError().text());
                else
                    report.rows.append({ t.name, q.value(0).toLongLong() });
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!status)
        return status.error();
    return report;
}

Result<BackupReport> backupDatabase(Database &db, const QString &path, bool overwrite)
{
    QElapsedTimer timer;
    timer.start();
    if (db.inTransaction())
        return Error::make(Error::Kind::Usage,
                           Tr::tr("A backup cannot be made inside a transaction."));
    const QFileInfo target(path);
    if (target.isDir())
        return fileError(path, Tr::tr("it is a folder"));
    if (db.dialect().storesInFile() && target.exists()
        && target.canonicalFilePath() == QFileInfo(db.url().path).canonicalFilePath())
        return fileError(path, Tr::tr("it is the database itself"));
    if (target.exists() && !overwrite)
        return fileError(
            path,
            Tr::tr("the file exists already (overwrite it explicitly, or choose another name)"));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        return fileError(
            path, Tr::tr("the folder %1 does not exist or is not writable").arg(folder.filePath()));

    TemporaryCopy copy(
        QDir(folder.filePath())
            .filePath(QStringLiteral(".%1.partial-%2")
                          .arg(target.fileName())
                          .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))));
    if (const QString sql = db.dialect().copyIntoFileSql(); !sql.isEmpty()) {
        if (auto r = db.exec(sql, { copy.path() }); !r)
            return fileError(path, r.error().message);
    } else {
        const DatabaseUrl url = DatabaseUrl::sqliteFile(copy.path());
        OpenOptions options;
        options.createIfMissing = true;
        auto file = Database::open(url, options);
        if (!file)
            return fileError(path, file.error().message);
        auto copied = copyDatabase(db, **file);
        if (!copied)
            return fileError(path, copied.error().message);
        // Back to a single file: the backup is one file, whatever the journal mode.
        if (auto r = (*file)->exec(QStringLiteral("PRAGMA journal_mode = DELETE")); !r)
            return fileError(path, r.error().message);
    }

    auto checked = checkSqliteFile(copy.path());
    if (!checked)
        return checked.error();
    if (checked->integrity != QLatin1String("ok"))
        return fileError(path,
                         Tr::tr("the copy fails its integrity check: %1").arg(checked->integrity));

    // Into place: atomically over an existing file when allowed, never over one otherwise.
    if (overwrite) {
        if (std::rename(QFile::encodeName(copy.path()).constData(),
                        QFile::encodeName(path).constData())
            != 0)
            return fileError(path, Tr::tr("cannot rename the copy into place"));
    } else if (!QFile::rename(copy.path(), path)) {
        return fileError(
            path, Tr::tr("cannot rename the copy into place (did the file appear meanwhile?)"));
    }
    copy.release();
    checked->path = path;
    checked->milliseconds = timer.elapsed();
    return checked;
}

} // namespace ft::core
