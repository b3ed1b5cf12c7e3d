// fitnesstrack-bench SCENARIO --db URL [--runs N]: times a scenario against an existing database
// and prints one JSON object per scenario on stdout. Make a big database first with
// `fitnesstrack-cli --db URL demo --athletes 50 --years 5`.
#include "scenario.h"

#include "core/db/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>

using namespace ft;

namespace {

int fail(const QString &message, int code)
{
    QTextStream(stderr) << "fitnesstrack-bench: " << message << Qt::endl;
    return code;
}

QString scenarioList()
{
    qsizetype width = 3;
    for (const bench::Scenario &s : bench::scenarios())
        width = std::max(width, s.name.size());
    QString text;
    for (const bench::Scenario &s : bench::scenarios())
        text += QStringLiteral("  %1  %2\n").arg(s.name, -int(width)).arg(s.description);
    return text
        + QStringLiteral("  %1  every scenario above\n").arg(QStringLiteral("all"), -int(width));
}

} // namespace

int main(int argc, char *argv[])
{
    // Some scenarios drive item views (catalog_search): a QApplication, offscreen unless told
    // otherwise, so that the benchmark runs without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fitnesstrack-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times FitnessTrack scenarios against a database, each next to the same "
                       "work done by sqlite3 or psql, and prints one JSON object per "
                       "scenario.\n\nScenarios:\n")
        + scenarioList());
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("The database: a file path, sqlite:PATH or "
                       "postgresql://user[:password]@host[:port]/dbname."),
        QStringLiteral("url"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed runs per scenario (default 5); the "
                                                       "median is reported."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption listOption(QStringLiteral("list"),
                                        QStringLiteral("List the scenarios."));
    parser.addOptions({ dbOption, runsOption, listOption });
    parser.addPositionalArgument(QStringLiteral("scenario"),
                                 QStringLiteral("A scenario name, or all."));
    if (!parser.parse(app.arguments()))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(listOption)) {
        QTextStream(stdout) << scenarioList();
        return 0;
    }

    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(QStringLiteral("give one scenario (or all); see --help"), 2);
    QList<bench::Scenario> chosen;
    if (args.first() == QLatin1String("all")) {
        chosen = bench::scenarios();
    } else {
        for (const bench::Scenario &s : bench::scenarios()) {
            if (s.name == args.first())
                chosen.append(s);
        }
        if (chosen.isEmpty())
            return fail(QStringLiteral("unknown scenario \"%1\"; the scenarios are:\n%2")
                            .arg(args.first(), scenarioList()),
                        2);
    }

    bool ok = false;
    const int runs = parser.value(runsOption).toInt(&ok);
    if (!ok || runs < 1 || runs > 1000)
        return fail(QStringLiteral("--runs must be a whole number from 1 to 1000"), 2);
    const bool needsDatabase = std::any_of(
        chosen.cbegin(), chosen.cend(), [](const bench::Scenario &s) { return s.needsDatabase; });
    core::DatabaseUrl url;
    if (parser.isSet(dbOption)) {
        auto parsed = core::DatabaseUrl::parse(parser.value(dbOption));
        if (!parsed)
            return fail(parsed.error().message, 2);
        url = *parsed;
        // The database must exist and open before anything is timed.
        core::OpenOptions options;
        options.createIfMissing = false;
        auto db = core::Database::open(url, options);
        if (!db)
            return fail(db.error().message, 1);
    } else if (needsDatabase) {
        return fail(QStringLiteral("--db URL is required"), 2);
    }

    const bench::Context context { url, runs };
    int status = 0;
    for (const bench::Scenario &s : chosen) {
        auto report = s.run(context);
        if (!report) {
            status = fail(QStringLiteral("%1: %2").arg(s.name, report.error().message), 1);
            continue;
        }
        QTextStream(stdout) << report->toJson() << Qt::endl;
    }
    return status;
}
