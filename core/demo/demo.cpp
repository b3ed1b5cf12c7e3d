// The demo generator: synthetic athletes with years of plausible training history, written fast.
// What an athlete does is planned in demoplan.cpp (the model is described there), the plan is
// written by demowriter.cpp; this file runs the two, one transaction per athlete, the next athlete
// planned on a second thread while one is written.
#include "core/demo/demo.h"

#include "core/catalog/catalog.h"
#include "core/db/database.h"
#include "core/demo/democatalog.h"
#include "core/demo/demoplan.h"
#include "core/demo/demowriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <future>

namespace ft::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

// Refuses a database that already has one of the demo usernames or emails.
Status checkNoDemoAthletes(Database &db, int athletes)
{
    const int chunk = 500;
    for (int first = 1; first <= athletes; first += chunk) {
        const int last = std::min(athletes, first + chunk - 1);
        QVariantList params;
        for (int n = first; n <= last; ++n)
            params.append(QStringLiteral("athlete%1").arg(n, 4, 10, QLatin1Char('0')));
        for (int n = first; n <= last; ++n)
            params.append(QStringLiteral("athlete%1@example.com").arg(n, 4, 10, QLatin1Char('0')));
        const QString marks =
            QStringList(last - first + 1, QStringLiteral("?")).join(QLatin1Char(','));
        auto found = db.exec(QStringLiteral("SELECT username FROM users WHERE username IN (%1) "
                                            "OR email IN (%1) ORDER BY username")
                                 .arg(marks),
                             params);
        if (!found)
            return found.error();
        if (found->next()) {
            const QString username = found->value(0).toString();
            found->finish();
            Error e = Error::make(
                Error::Kind::Unique,
                Tr::tr("%1 already has demo athletes (%2 among them); nothing was written. Use "
                       "an empty database for the demo, or delete those athletes first.")
                    .arg(db.url().displayName(), username));
            e.field = QStringLiteral("users.username");
            e.value = username;
            e.rule = Tr::tr("demo usernames athlete0001 to athlete%1 must be free")
                         .arg(athletes, 4, 10, QLatin1Char('0'));
            return e;
        }
    }
    return {};
}

} // namespace

QString DemoSummary::toText() const
{
    return QStringLiteral(
               "athletes %1, routines %2, cycles %3, planned sets %4, sessions %5 "
               "(%6 missed), set logs %7, body metrics %8, exercises added %9 in %10 ms\n")
        .arg(athletes)
        .arg(routines)
        .arg(cycles)
        .arg(plannedSets)
        .arg(sessions)
        .arg(missedSessions)
        .arg(setLogs)
        .arg(bodyMetrics)
        .arg(exercisesAdded)
        .arg(milliseconds);
}

Result<DemoSummary> generateDemo(Database &db, const DemoOptions &options,
                                 const std::function<void(const QString &)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (options.athletes < 1 || options.athletes > 10000)
        return Error::make(Error::Kind::Usage,
                           Tr::tr("demo: the number of athletes must be from 1 to 10000"));
    if (options.years < 1 || options.years > 50)
        return Error::make(Error::Kind::Usage,
                           Tr::tr("demo: the number of years must be from 1 to 50"));
    if (!options.endDate.isValid())
        return Error::make(Error::Kind::Usage, Tr::tr("demo: the end date is not a valid date"));
    if (db.isReadOnly())
        return Error::make(Error::Kind::File,
                           Tr::tr("demo: %1 is read-only").arg(db.url().displayName()));

    if (Status s = checkNoDemoAthletes(db, options.athletes); !s)
        return s.error();
    // The catalog a new database gets anyway (the bundled one), then the demo's own exercises:
    // those the bundled catalog has are reused by slug.
    auto bundled = prepareDatabase(db);
    if (!bundled)
        return bundled.error();
    auto catalog = ensureDemoCatalog(db);
    if (!catalog)
        return catalog.error();

    DemoSummary summary;
    summary.exercisesAdded = bundled->added + catalog->added;
    const auto generate = [options](int number) { return demo::planAthlete(options, number); };
    // The next athlete is generated on another thread while this one is written.
    demo::DemoWriter writer(db, catalog->exerciseIds, options.rowsPerStatement);
    std::future<demo::AthletePlan> next = std::async(std::launch::async, generate, 1);
    for (int number = 1; number <= options.athletes; ++number) {
        QElapsedTimer athleteTimer;
        athleteTimer.start();
        const demo::AthletePlan plan = next.get();
        if (number < options.athletes)
            next = std::async(std::launch::async, generate, number + 1);
        Status status = db.transaction([&] { return writer.write(plan); });
        if (!status) {
            Error e = status.error();
            e.message = Tr::tr("demo: writing %1 failed (%2 athletes before it were kept): %3")
                            .arg(plan.user.username)
                            .arg(number - 1)
                            .arg(e.message);
            return e;
        }
        ++summary.athletes;
        summary.routines += qint64(plan.routines.size());
        summary.cycles += qint64(plan.cycles.size());
        summary.plannedSets += qint64(plan.planned.size());
        summary.sessions += qint64(plan.sessions.size());
        summary.missedSessions += plan.missed;
        summary.setLogs += qint64(plan.logs.size());
        summary.bodyMetrics += qint64(plan.metrics.size());
        if (progress) {
            progress(Tr::tr("athlete %1/%2 %3: %4 routines, %5 sessions (%6 missed), %7 set logs "
                            "in %8 ms")
                         .arg(number)
                         .arg(options.athletes)
                         .arg(plan.user.username)
                         .arg(plan.routines.size())
                         .arg(plan.sessions.size())
                         .arg(plan.missed)
                         .arg(plan.logs.size())
                         .arg(athleteTimer.elapsed()));
        }
    }
    summary.milliseconds = timer.elapsed();
    return summary;
}

} // namespace ft::core
