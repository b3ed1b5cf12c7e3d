#include "core/exchange/copy.h"

#include "core/db/database.h"
#include "core/exchange/tabledata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>
#include <list>

namespace ft::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copy)
};
} // namespace

qint64 CopyReport::rows() const
{
    qint64 n = 0;
    for (const Table &t : tables)
        n += t.source;
    return n;
}

bool CopyReport::countsMatch() const
{
    return std::all_of(tables.cbegin(), tables.cend(),
                       [](const Table &t) { return t.source == t.target; });
}

QJsonObject CopyReport::toJson() const
{
    QJsonArray list;
    for (const Table &t : tables)
        list.append(QJsonObject { { QStringLiteral("table"), t.name },
                                  { QStringLiteral("source"), t.source },
                                  { QStringLiteral("target"), t.target } });
    return { { QStringLiteral("from"), from },   { QStringLiteral("to"), to },
             { QStringLiteral("rows"), rows() }, { QStringLiteral("counts_match"), countsMatch() },
             { QStringLiteral("tables"), list }, { QStringLiteral("milliseconds"), milliseconds } };
}

QString CopyReport::toText() const
{
    QString text =
        Tr::tr("Copied %1 rows from %2 to %3 in %4 ms.").arg(rows()).arg(from, to).arg(milliseconds)
        + QLatin1Char('\n');
    text += Tr::tr("Count check (source → target):") + QLatin1Char('\n');
    for (const Table &t : tables) {
        text += QStringLiteral("  %1 %2 → %3%4\n")
                    .arg(t.name, -28)
                    .arg(t.source, 9)
                    .arg(t.target, 9)
                    .arg(t.source == t.target ? QString() : QStringLiteral("  MISMATCH"));
    }
    text += countsMatch() ? Tr::tr("All counts match.") : Tr::tr("The counts differ.");
    return text + QLatin1Char('\n');
}

Status checkEmptyTarget(Database &db)
{
    auto counts = countRows(db, dataTables());
    if (!counts)
        return counts.error();
    QStringList used;
    for (const auto &[table, n] : *counts) {
        if (n > 0 && table != QLatin1String("app_metadata"))
            used.append(Tr::tr("%1 (%2 rows)").arg(table).arg(n));
    }
    if (used.isEmpty())
        return {};
    Error e = Error::make(
        Error::Kind::Usage,
        Tr::tr("%1 is not empty: %2. A copy goes only into a new, empty database, so that "
               "nothing is merged or overwritten (create it by opening it, not with init, "
               "which installs the exercise catalog).")
            .arg(db.url().displayName(), used.join(QStringLiteral(", "))));
    e.field = QStringLiteral("url");
    e.value = db.url().displayName();
    return e;
}

Result<CopyReport> copyDatabase(Database &source, Database &target,
                                const std::function<void(const QString &)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    CopyReport report;
    report.from = source.url().displayName();
    report.to = target.url().displayName();
    if (source.url().kind == target.url().kind && report.from == report.to)
        return Error::make(
            Error::Kind::Usage,
            Tr::tr("The source and the target are the same database (%1).").arg(report.from));
    auto sourceVersion = source.schemaVersion();
    if (!sourceVersion)
        return sourceVersion.error();
    auto targetVersion = target.schemaVersion();
    if (!targetVersion)
        return targetVersion.error();
    if (*sourceVersion != *targetVersion)
        return Error::make(
            Error::Kind::Schema,
            Tr::tr("The source has schema version %1 and the target %2; open both with the same "
                   "FitnessTrack first.")
                .arg(*sourceVersion)
                .arg(*targetVersion));

    // The writers outlive the target's transaction (see BulkInsert).
    std::list<TableWriter> writers;
    const Status status = inSnapshot(source, [&]() -> Status {
        return target.transaction([&]() -> Status {
            if (Status s = checkEmptyTarget(target); !s)
                return s;
            if (auto r = target.exec(QStringLiteral("DELETE FROM app_metadata")); !r)
                return r.error();
            auto sourceCounts = countRows(source, dataTables());
            if (!sourceCounts)
                return sourceCounts.error();
            for (const TableSpec &table : dataTables()) {
                if (progress)
                    progress(Tr::tr("Copying %1 ...").arg(table.name));
                TableWriter &writer = writers.emplace_back(target, table, TableWriter::Ids::Keep);
                if (Status s = readTable(source, table, {},
                                         [&](const QVariantList &row) { return writer.add(row); });
                    !s)
                    return s;
                if (Status s = writer.finish(); !s)
                    return s;
                const qint64 counted = sourceCounts->at(report.tables.size()).second;
                if (writer.rowsWritten() != counted)
                    return Error::make(Error::Kind::Database,
                                       Tr::tr("%1: %2 rows read from the source, which counts %3.")
                                           .arg(table.name)
                                           .arg(writer.rowsWritten())
                                           .arg(counted));
                report.tables.append({ table.name, counted, 0 });
            }
            if (Status s = resetIdentitySequences(target); !s)
                return s;
            auto counts = countRows(target, dataTables());
            if (!counts)
                return counts.error();
            for (qsizetype i = 0; i < report.tables.size(); ++i)
                report.tables[i].target = counts->at(i).second;
            if (!report.countsMatch())
                return Error::make(Error::Kind::Database,
                                   Tr::tr("The copy was rolled back: the counts differ.\n%1")
                                       .arg(report.toText()));
            return {};
        });
    });
    if (!status)
        return status.error();
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace ft::core
