// fitnesstrack-cli: parses the command line and calls core; all the work lives in core.
#include "core/athletes.h"
#include "core/catalog.h"
#include "core/database.h"
#include "core/demo.h"
#include "core/freeexercisedb.h"
#include "core/info.h"
#include "core/paths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace ft::core;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code = 1)
{
    err() << "fitnesstrack-cli: " << message << Qt::endl;
    return code;
}

int fail(const Error &error)
{
    return fail(error.message, error.kind == Error::Kind::Usage ? 2 : 1);
}

struct Command
{
    QString name;
    QStringList arguments;
};

Result<std::unique_ptr<Database>> openDatabase(const QString &urlText, bool create)
{
    auto url = DatabaseUrl::parse(urlText);
    if (!url)
        return url.error();
    OpenOptions options;
    options.createIfMissing = create;
    return Database::open(*url, options);
}

int runInit(const QString &url)
{
    auto db = openDatabase(url, true);
    if (!db)
        return fail(db.error());
    auto version = (*db)->schemaVersion();
    if (!version)
        return fail(version.error());
    auto catalog = prepareDatabase(**db);
    if (!catalog)
        return fail(catalog.error());
    out() << QCoreApplication::translate("cli", "%1 is ready (schema version %2).")
                     .arg((*db)->url().displayName())
                     .arg(*version)
          << Qt::endl;
    out() << catalog->toText() << Qt::endl;
    return 0;
}

int runCatalogImport(const QString &url, const QString &file, bool json)
{
    auto db = openDatabase(url, false);
    if (!db)
        return fail(db.error());
    auto imported = importFreeExerciseDbFile(**db, file);
    if (!imported)
        return fail(imported.error());
    if (json)
        out() << QJsonDocument(imported->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        out() << imported->toText() << Qt::flush;
    return 0;
}

int runInfo(const QString &url, bool json)
{
    auto db = openDatabase(url, false);
    if (!db)
        return fail(db.error());
    auto info = databaseInfo(**db);
    if (!info)
        return fail(info.error());
    if (json)
        out() << QJsonDocument(info->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        out() << info->toText() << Qt::flush;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("FitnessTrack"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "cli",
            "FitnessTrack command-line tool.\n\n"
            "Commands:\n"
            "  init                                   create or migrate the database\n"
            "  info [--json]                          backend, schema version, rows per table\n"
            "  athlete add USERNAME --email EMAIL [--full-name NAME]\n"
            "                                         add an athlete; prints the pseudonym\n"
            "  demo --athletes N --years Y [--seed S] fill the database with synthetic data\n"
            "  catalog import FILE [--json]           add the exercises of a free-exercise-db\n"
            "                                         exercises.json that are not there yet"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
            QStringLiteral("db"),
            QCoreApplication::translate("cli", "Database: a file path, sqlite:PATH or "
                                               "postgresql://user[:password]@host[:port]/dbname "
                                               "(default: %1).")
                    .arg(defaultDatabasePath()),
            QStringLiteral("url"), defaultDatabasePath());
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("cli", "Print JSON."));
    const QCommandLineOption emailOption(QStringLiteral("email"),
                                         QCoreApplication::translate("cli", "The athlete's email."),
                                         QStringLiteral("email"));
    const QCommandLineOption fullNameOption(QStringLiteral("full-name"),
                                            QCoreApplication::translate("cli", "The athlete's full name."),
                                            QStringLiteral("name"));
    const QCommandLineOption athletesOption(QStringLiteral("athletes"),
                                            QCoreApplication::translate("cli", "demo: number of athletes."),
                                            QStringLiteral("n"));
    const QCommandLineOption yearsOption(QStringLiteral("years"),
                                         QCoreApplication::translate("cli", "demo: years of history."),
                                         QStringLiteral("y"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QCoreApplication::translate("cli", "demo: random seed (default 1)."),
                                        QStringLiteral("s"), QStringLiteral("1"));
    parser.addOptions({ dbOption, jsonOption, emailOption, fullNameOption, athletesOption,
                        yearsOption, seedOption });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("cli", "init, info, athlete, demo or catalog"));
    if (!parser.parse(app.arguments()))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(QCoreApplication::translate("cli", "no command given; see --help"), 2);
    const QString command = args.first();
    const QString url = parser.value(dbOption);

    if (command == QLatin1String("init") && args.size() == 1)
        return runInit(url);
    if (command == QLatin1String("info") && args.size() == 1)
        return runInfo(url, parser.isSet(jsonOption));
    if (command == QLatin1String("athlete")) {
        if (args.size() != 3 || args.at(1) != QLatin1String("add"))
            return fail(QCoreApplication::translate("cli", "usage: athlete add USERNAME --email EMAIL [--full-name NAME]"), 2);
        if (!parser.isSet(emailOption))
            return fail(QCoreApplication::translate("cli", "athlete add: --email is required"), 2);
        auto db = openDatabase(url, false);
        if (!db)
            return fail(db.error());
        NewAthlete athlete { args.at(2), parser.value(emailOption), std::nullopt };
        if (parser.isSet(fullNameOption))
            athlete.fullName = parser.value(fullNameOption);
        auto added = addAthlete(**db, athlete);
        if (!added)
            return fail(added.error());
        out() << added->subject.pseudonym.toString(QUuid::WithoutBraces) << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("catalog")) {
        if (args.size() != 3 || args.at(1) != QLatin1String("import"))
            return fail(QCoreApplication::translate("cli", "usage: catalog import FILE [--json]"), 2);
        return runCatalogImport(url, args.at(2), parser.isSet(jsonOption));
    }
    if (command == QLatin1String("demo") && args.size() == 1) {
        bool okAthletes = false, okYears = false, okSeed = false;
        DemoOptions options;
        options.athletes = parser.value(athletesOption).toInt(&okAthletes);
        options.years = parser.value(yearsOption).toInt(&okYears);
        options.seed = parser.value(seedOption).toULongLong(&okSeed);
        if (!okAthletes || options.athletes < 1 || options.athletes > 10000)
            return fail(QCoreApplication::translate("cli", "demo: --athletes must be a whole number from 1 to 10000"), 2);
        if (!okYears || options.years < 1 || options.years > 50)
            return fail(QCoreApplication::translate("cli", "demo: --years must be a whole number from 1 to 50"), 2);
        if (!okSeed)
            return fail(QCoreApplication::translate("cli", "demo: --seed must be a whole number"), 2);
        auto db = openDatabase(url, true);
        if (!db)
            return fail(db.error());
        auto summary = generateDemo(**db, options, [](const QString &progress) {
            err() << progress << Qt::endl;
        });
        if (!summary)
            return fail(summary.error());
        out() << summary->toText() << Qt::flush;
        return 0;
    }
    return fail(QCoreApplication::translate("cli", "unknown command \"%1\"; see --help").arg(args.join(u' ')), 2);
}
