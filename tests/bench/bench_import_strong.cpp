#include "bench_import_strong.h"

#include "scenario.h"

#include "core/athletes/athletes.h"
#include "core/catalog/catalog.h"
#include "core/db/database.h"
#include "core/exchange/import/importer.h"
#include "core/exchange/import/samplefiles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace ft::bench {

namespace {

using core::Error;

// The peak RSS (VmHWM, kB) of `program arguments`: polled from /proc/PID/status while it runs
// (the high-water mark only grows, so the last reading before it exits is its peak, give or take
// the last 10 ms).
Result<qint64> peakRssKb(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted())
        return Error::make(Error::Kind::File, QStringLiteral("cannot start %1").arg(program));
    const QString status = QStringLiteral("/proc/%1/status").arg(process.processId());
    qint64 peak = 0;
    while (!process.waitForFinished(10)) {
        QFile file(status);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                peak = std::max(peak, line.mid(6).trimmed().split(' ').value(0).toLongLong());
        }
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error::make(
            Error::Kind::Database,
            QStringLiteral("%1 failed: %2")
                .arg(program, QString::fromLocal8Bit(process.readAllStandardError())));
    return peak;
}

Status writeSample(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::File, file.errorString());
    core::import::SampleFileOptions options;
    options.rows = rows;
    return core::import::writeStrongSample(file, options);
}

// A new database with the catalog and the athlete "bench".
Result<std::unique_ptr<core::Database>> freshDatabase(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    core::OpenOptions options;
    options.createIfMissing = true;
    auto db = core::Database::open(core::DatabaseUrl::sqliteFile(path), options);
    if (!db)
        return db.error();
    if (auto catalog = core::installBundledCatalog(**db); !catalog)
        return catalog.error();
    if (auto athlete = core::addAthlete(
            **db, { QStringLiteral("bench"), QStringLiteral("bench@example.com"), std::nullopt });
        !athlete)
        return athlete.error();
    return db;
}

// What the CLI's `import strong FILE --athlete bench --unit kg --timezone UTC` does.
Result<core::import::ImportReport> importFile(core::Database &db, const QString &file)
{
    core::import::ImportOptions options;
    options.read.unit = core::import::WeightUnit::Kilogram;
    options.read.timeZone = QTimeZone::utc();
    auto source = core::import::fileSource(file, core::import::Format::Strong, options.read);
    if (!source)
        return source.error();
    auto athlete = core::findAthlete(db, QStringLiteral("bench"));
    if (!athlete)
        return athlete.error();
    return core::import::importWorkouts(db, athlete->subject.id, *source, options);
}

} // namespace

QString importStrongDescription()
{
    return QStringLiteral("a 100,000-row Strong CSV imported into a fresh SQLite database (target "
                          "< 3 s); reference: sqlite3 .import --csv into a bare table; peak RSS "
                          "for 100k and 400k rows");
}

Result<Report> importStrong(const Context &context)
{
    constexpr qint64 rows = 100'000;
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::make(Error::Kind::File, dir.errorString());
    const QString file = dir.filePath(QStringLiteral("strong.csv"));
    if (Status s = writeSample(file, rows); !s)
        return s.error();
    const QString dbPath = dir.filePath(QStringLiteral("import.sqlite"));
    const QString referencePath = dir.filePath(QStringLiteral("reference.sqlite"));

    Command reference;
    reference.program = QStringLiteral("sqlite3");
    reference.arguments = { referencePath, QStringLiteral("DROP TABLE IF EXISTS sets"),
                            QStringLiteral(".import --csv %1 sets").arg(file),
                            QStringLiteral("SELECT COUNT(*) FROM sets") };
    reference.display = QStringLiteral("sqlite3 FILE \".import --csv strong.csv sets\"");

    Timings ours, theirs;
    qint64 imported = 0;
    // One untimed round first (the dynamic loader, the page cache), then the timed ones.
    for (int i = 0; i <= context.runs; ++i) {
        auto db = freshDatabase(dbPath);
        if (!db)
            return db.error();
        QElapsedTimer timer;
        timer.start();
        auto report = importFile(**db, file);
        if (!report)
            return report.error();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        imported = report->setsImported;
        if (imported != rows)
            return Error::make(
                Error::Kind::Database,
                QStringLiteral("import_strong: %1 sets imported of %2").arg(imported).arg(rows));
        db->reset();
        auto run = runCommand(reference);
        if (!run)
            return run.error();
        if (run->output.trimmed().toLongLong() != rows)
            return Error::make(Error::Kind::Database,
                               QStringLiteral("import_strong: the reference imported %1 rows")
                                   .arg(QString::fromLatin1(run->output.trimmed())));
        if (i > 0) {
            ours.ms.append(ms);
            theirs.ms.append(run->ms);
        }
    }

    // Peak memory of the CLI importing 100k rows, then 400k rows, each into a fresh database.
    const QString bigFile = dir.filePath(QStringLiteral("strong-400k.csv"));
    if (Status s = writeSample(bigFile, 4 * rows); !s)
        return s.error();
    const QString cli =
        QCoreApplication::applicationDirPath() + QStringLiteral("/fitnesstrack-cli");
    QList<qint64> peaks;
    for (const QString &path : { file, bigFile }) {
        if (auto db = freshDatabase(dbPath); !db)
            return db.error();
        auto peak = peakRssKb(cli,
                              { QStringLiteral("--db"), dbPath, QStringLiteral("import"),
                                QStringLiteral("strong"), path, QStringLiteral("--athlete"),
                                QStringLiteral("bench"), QStringLiteral("--unit"),
                                QStringLiteral("kg"), QStringLiteral("--timezone"),
                                QStringLiteral("UTC"), QStringLiteral("--json") });
        if (!peak)
            return peak.error();
        peaks.append(*peak);
    }

    Report report;
    report.insert(QStringLiteral("scenario"), QStringLiteral("import_strong"));
    report.insert(QStringLiteral("backend"), QStringLiteral("sqlite"));
    report.insert(QStringLiteral("runs"), context.runs);
    report.insert(QStringLiteral("rows"), rows);
    report.insert(QStringLiteral("median_ms"), roundMs(ours.median()));
    report.insert(QStringLiteral("min_ms"), roundMs(ours.min()));
    report.insert(QStringLiteral("reference"), reference.display);
    report.insert(QStringLiteral("reference_ms"), roundMs(theirs.median()));
    report.insert(QStringLiteral("ratio"), std::round(ours.median() / theirs.median() * 100) / 100);
    report.insert(QStringLiteral("target_ms"), 3000);
    report.insert(QStringLiteral("sets_imported"), imported);
    report.insert(QStringLiteral("file_bytes"), QFileInfo(file).size());
    report.insert(QStringLiteral("peak_rss_100k_kb"), peaks.value(0));
    report.insert(QStringLiteral("peak_rss_400k_kb"), peaks.value(1));
    report.insert(QStringLiteral("rss_growth"),
                  peaks.value(0) > 0
                      ? std::round(double(peaks.value(1)) / double(peaks.value(0)) * 100) / 100
                      : 0.0);
    return report;
}

} // namespace ft::bench
