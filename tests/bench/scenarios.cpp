// The benchmark scenarios. To add one: write a function Context -> Result<Report> (usually
// a Comparison handed to compare()) and add it to the list in scenarios().
#include "scenario.h"

#include "bench_catalog_search.h"
#include "bench_changes.h"
#include "bench_import_strong.h"
#include "bench_log.h"
#include "bench_match_names.h"
#include "bench_plan.h"
#include "bench_routine_editor.h"
#include "bench_stats.h"

#include "core/db/database.h"
#include "core/db/entities.h"

#include <memory>

namespace ft::bench {

namespace {

using core::Database;
using core::Error;

// open: what starting the app on a big database costs. Database::open (connect, check the
// schema, migrate if needed, session settings) and the row counts of the 16 tables
// (Database::tableCounts, what `info` and the status bar show), then close. Reference: the SQL
// shell running the same 16 SELECT COUNT(*).
Result<Report> openScenario(const Context &context)
{
    auto counts = std::make_shared<QList<qint64>>();
    Comparison c;
    c.scenario = QStringLiteral("open");
    c.runs = context.runs;
    c.ours = [url = context.url, counts]() -> Status {
        core::OpenOptions options;
        options.createIfMissing = false;
        auto db = Database::open(url, options);
        if (!db)
            return db.error();
        auto tables = (*db)->tableCounts();
        if (!tables)
            return tables.error();
        counts->clear();
        for (const auto &[table, n] : *tables)
            counts->append(n);
        return {};
    };
    QStringList statements;
    for (const QString &table : core::allTables())
        statements.append(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    c.reference = sqlShell(context.url, statements);
    c.overhead = sqlShell(context.url, { QStringLiteral("SELECT 1") });
    c.checkReference = [counts](const QByteArray &output) -> Status {
        QList<qint64> theirs;
        for (const QByteArray &line : output.split('\n')) {
            if (!line.trimmed().isEmpty())
                theirs.append(line.trimmed().toLongLong());
        }
        if (theirs != *counts)
            return Error::make(Error::Kind::Database,
                               QStringLiteral("open: the reference counted other rows than "
                                              "Database::tableCounts"));
        return {};
    };
    auto report = compare(context.url, c);
    if (!report)
        return report.error();
    qint64 rows = 0;
    for (qint64 n : *counts)
        rows += n;
    report->insert(QStringLiteral("rows"), rows);
    return report;
}

} // namespace

const QList<Scenario> &scenarios()
{
    static const QList<Scenario> list {
        { QStringLiteral("open"),
          QStringLiteral("Database::open and the row counts of all 16 tables; reference: the SQL "
                         "shell's 16 SELECT COUNT(*)"),
          openScenario },
        { QStringLiteral("catalog_search"), catalogSearchDescription(),
          [](const Context &context) -> Result<Report> {
              auto fields = catalogSearch(context.runs);
              if (!fields)
                  return fields.error();
              Report report;
              for (const auto &[key, value] : *fields)
                  report.insert(key, value);
              return report;
          },
          false },
        { QStringLiteral("import_strong"), importStrongDescription(), importStrong, false },
        { QStringLiteral("match_names"), matchNamesDescription(), matchNames, false },
        { QStringLiteral("undo_delete_athlete"), undoDeleteAthleteDescription(),
          undoDeleteAthlete },
        { QStringLiteral("notify_latency"), notifyLatencyDescription(), notifyLatency },
        { QStringLiteral("e1rm_chart"), e1rmChartDescription(), e1rmChart },
        { QStringLiteral("e1rm_chart_render"), e1rmChartRenderDescription(), e1rmChartRender },
        { QStringLiteral("weekly_volume"), weeklyVolumeDescription(), weeklyVolume },
        { QStringLiteral("dashboard_open"), dashboardOpenDescription(), dashboardOpen },
        { QStringLiteral("coach_overview"), coachOverviewDescription(), coachOverview },
        { QStringLiteral("routine_open"), routineOpenDescription(), routineOpen },
        { QStringLiteral("routine_copy"), routineCopyDescription(), routineCopy },
        { QStringLiteral("routine_view"), routineViewDescription(), routineView },
        { QStringLiteral("routine_edit"), routineEditDescription(), routineEdit },
        { QStringLiteral("session_open"), sessionOpenDescription(), sessionOpen },
        { QStringLiteral("log_set"), logSetDescription(), logSet },
        { QStringLiteral("history_month"), historyMonthDescription(), historyMonth },
    };
    return list;
}

} // namespace ft::bench
