// fitnesstrack-cli: parses the command line and calls core; all the work lives in core.
#include "core/athletes/athletes.h"
#include "core/catalog/catalog.h"
#include "core/catalog/freeexercisedb.h"
#include "core/db/database.h"
#include "core/db/info.h"
#include "core/demo/demo.h"
#include "core/exchange/backup.h"
#include "core/exchange/copy.h"
#include "core/exchange/export.h"
#include "core/exchange/import/importbatches.h"
#include "core/exchange/import/importer.h"
#include "core/paths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>
#include <QTimeZone>

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

int printJsonOrText(bool json, const QJsonObject &object, const QString &text)
{
    if (json)
        out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        out() << text << Qt::flush;
    return 0;
}

int usage(const QString &text)
{
    return fail(QCoreApplication::translate("cli", "usage: %1").arg(text), 2);
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
    return printJsonOrText(json, imported->toJson(), imported->toText());
}

int runInfo(const QString &url, bool json)
{
    auto db = openDatabase(url, false);
    if (!db)
        return fail(db.error());
    auto info = databaseInfo(**db);
    if (!info)
        return fail(info.error());
    return printJsonOrText(json, info->toJson(), info->toText());
}

// ---- import, export, backup, copy: moving data in and out
// ---------------------------------------- These commands parse their own options (runDataCommand),
// so that theirs stay out of the others'.

Result<Id> athleteId(Database &db, const QString &usernameOrPseudonym)
{
    auto athlete = findAthlete(db, usernameOrPseudonym);
    if (!athlete)
        return athlete.error();
    return athlete->subject.id;
}

// The athlete of an optional --athlete: none (every athlete) when it is not given.
Result<std::optional<Id>> optionalAthleteId(Database &db, const QCommandLineParser &parser,
                                            const QCommandLineOption &athlete)
{
    if (!parser.isSet(athlete))
        return std::optional<Id>();
    auto id = athleteId(db, parser.value(athlete));
    if (!id)
        return id.error();
    return std::optional<Id>(*id);
}

// "--map NAME=SLUG", "--map NAME=ID", "--map NAME=new": the user's mapping decisions.
Result<QHash<QString, Id>> mappingChoices(Database &db, const QStringList &choices)
{
    QHash<QString, Id> chosen;
    for (const QString &choice : choices) {
        const qsizetype eq = choice.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error::make(Error::Kind::Usage,
                               QCoreApplication::translate(
                                   "cli", "--map takes NAME=SLUG, NAME=ID or NAME=new, not \"%1\"")
                                   .arg(choice));
        const QString name = choice.left(eq).trimmed(), target = choice.mid(eq + 1).trimmed();
        if (target == QLatin1String("new")) {
            chosen.insert(name, 0);
            continue;
        }
        bool isId = false;
        const Id id = target.toLongLong(&isId);
        auto found = db.scalar(isId ? QStringLiteral("SELECT id FROM exercises WHERE id = ?")
                                    : QStringLiteral("SELECT id FROM exercises WHERE slug = ?"),
                               { isId ? QVariant(id) : QVariant(target) });
        if (!found)
            return found.error();
        if (found->isNull())
            return Error::make(
                Error::Kind::NotFound,
                QCoreApplication::translate("cli", "--map: there is no exercise \"%1\"")
                    .arg(target));
        chosen.insert(name, found->toLongLong());
    }
    return chosen;
}

std::optional<int> runDataCommand(const QStringList &arguments)
{
    // The command word: the first argument that is neither an option nor an option's value.
    static const QStringList valueOptions = {
        QStringLiteral("--db"),       QStringLiteral("--athlete"),    QStringLiteral("--unit"),
        QStringLiteral("--timezone"), QStringLiteral("--date-order"), QStringLiteral("--map"),
        QStringLiteral("--output"),   QStringLiteral("--to")
    };
    QString command;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (valueOptions.contains(arguments.at(i))) {
            ++i;
        } else if (!arguments.at(i).startsWith(QLatin1Char('-'))) {
            command = arguments.at(i);
            break;
        }
    }
    if (command != QLatin1String("import") && command != QLatin1String("export")
        && command != QLatin1String("backup") && command != QLatin1String("copy"))
        return std::nullopt;

    const auto tr = [](const char *text) { return QCoreApplication::translate("cli", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Moving data in and out of FitnessTrack.\n\n"
        "  import strong|hevy|fitnotes|auto FILE --athlete USERNAME|PSEUDONYM [--unit kg|lb]\n"
        "         [--timezone ZONE] [--date-order day-first|month-first] [--map NAME=SLUG|ID|new]\n"
        "         [--dry-run] [--json]\n"
        "                          import another app's export into one athlete, all or nothing;\n"
        "                          --dry-run shows what would be imported\n"
        "  import json FILE [--json]   import a JSON export (into an empty database, or an\n"
        "                          athlete's export into any database)\n"
        "  import list [--athlete X] [--json]   the imports made, newest first\n"
        "  import undo BATCH [--json]  remove what import batch BATCH added\n"
        "  export json|csv [--athlete X] --output FILE|- [--overwrite] [--json]\n"
        "                          the whole database or one athlete as JSON, or every set as CSV\n"
        "  backup FILE [--overwrite] [--json]   a consistent SQLite copy, also while the app runs\n"
        "  copy --to URL [--json]  copy the whole database into a new, empty one (SQLite or\n"
        "                          PostgreSQL), with a count check"));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("Database (default: %1).").arg(defaultDatabasePath()),
                                QStringLiteral("url"), defaultDatabasePath());
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption athlete(QStringLiteral("athlete"),
                                     tr("The athlete: username or pseudonym."),
                                     QStringLiteral("athlete"));
    const QCommandLineOption unit(
        QStringLiteral("unit"),
        tr("Weight unit of a Strong comma file: kg or lb (default: from the locale)."),
        QStringLiteral("unit"));
    const QCommandLineOption timezone(
        QStringLiteral("timezone"),
        tr("Time zone of the file's times, e.g. Europe/Berlin (default: the system's)."),
        QStringLiteral("zone"));
    const QCommandLineOption dateOrder(
        QStringLiteral("date-order"),
        tr("Numeric dates: day-first or month-first (default: from the file, "
           "else the locale)."),
        QStringLiteral("order"));
    const QCommandLineOption map(
        QStringLiteral("map"),
        tr("Map a name of the file to an exercise (slug or id), or to a new one "
           "(\"new\"); repeatable."),
        QStringLiteral("name=exercise"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Show what would be imported; write nothing."));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("Output file (- for standard output)."),
                                    QStringLiteral("file"));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"),
                                       tr("Replace an existing file."));
    const QCommandLineOption to(QStringLiteral("to"), tr("copy: the target database."),
                                QStringLiteral("url"));
    parser.addOptions(
        { db, json, athlete, unit, timezone, dateOrder, map, dryRun, output, overwrite, to });
    parser.addPositionalArgument(QStringLiteral("command"), tr("import, export, backup or copy"));
    if (!parser.parse(arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    const QStringList args = parser.positionalArguments();
    const bool asJson = parser.isSet(json);
    const QString url = parser.value(db);

    if (command == QLatin1String("import")) {
        const QString what = args.value(1);
        if (what == QLatin1String("json")) {
            if (args.size() != 3)
                return usage(tr("import json FILE [--json]"));
            auto database = openDatabase(url, true);
            if (!database)
                return fail(database.error());
            auto restored = importJsonFile(**database, args.at(2));
            if (!restored)
                return fail(restored.error());
            return printJsonOrText(asJson, restored->toJson(), restored->toText());
        }
        if (what == QLatin1String("undo")) {
            bool ok = false;
            const Id batch = args.value(2).toLongLong(&ok);
            if (args.size() != 3 || !ok)
                return usage(tr("import undo BATCH [--json]"));
            auto database = openDatabase(url, false);
            if (!database)
                return fail(database.error());
            auto undone = import::undoImport(**database, batch);
            if (!undone)
                return fail(undone.error());
            return printJsonOrText(asJson, undone->toJson(), undone->toText());
        }
        if (what == QLatin1String("list")) {
            if (args.size() != 2)
                return usage(tr("import list [--athlete X] [--json]"));
            auto database = openDatabase(url, false);
            if (!database)
                return fail(database.error());
            auto subject = optionalAthleteId(**database, parser, athlete);
            if (!subject)
                return fail(subject.error());
            auto batches = import::listImportBatches(**database, *subject);
            if (!batches)
                return fail(batches.error());
            QJsonArray list;
            QString text;
            for (const import::ImportBatch &b : *batches) {
                list.append(b.toJson());
                text += tr("%1  %2  %3 %4: %5 sets, %6 sessions, %7 new exercises%8\n")
                            .arg(b.id)
                            .arg(b.importedAt.toString(Qt::ISODate), b.format, b.sourceName)
                            .arg(b.setsImported)
                            .arg(b.sessionsCreated)
                            .arg(b.exercisesNew)
                            .arg(b.undoneAt ? tr(" (undone)") : QString());
            }
            return printJsonOrText(asJson, QJsonObject { { QStringLiteral("batches"), list } },
                                   text);
        }
        const bool automatic = what == QLatin1String("auto");
        const std::optional<import::Format> format = import::formatFromName(what);
        if ((!automatic && !format) || args.size() != 3 || !parser.isSet(athlete))
            return usage(tr(
                "import strong|hevy|fitnotes|auto FILE --athlete USERNAME|PSEUDONYM [--unit kg|lb] "
                "[--timezone ZONE] [--dry-run] [--json]; import json FILE; import list; import "
                "undo BATCH"));
        import::ImportOptions options;
        const QString unitText = parser.value(unit);
        if (unitText == QLatin1String("kg"))
            options.read.unit = import::WeightUnit::Kilogram;
        else if (unitText == QLatin1String("lb") || unitText == QLatin1String("lbs"))
            options.read.unit = import::WeightUnit::Pound;
        else if (!unitText.isEmpty())
            return usage(tr("--unit kg or --unit lb"));
        else
            options.read.unit = QLocale::system().measurementSystem() == QLocale::ImperialUSSystem
                ? import::WeightUnit::Pound
                : import::WeightUnit::Kilogram;
        if (parser.isSet(timezone)) {
            options.read.timeZone = QTimeZone(parser.value(timezone).toUtf8());
            if (!options.read.timeZone.isValid())
                return usage(tr("--timezone takes a zone such as Europe/Berlin or UTC, not \"%1\"")
                                 .arg(parser.value(timezone)));
        }
        if (parser.isSet(dateOrder)) {
            const QString order = parser.value(dateOrder);
            if (order == QLatin1String("day-first"))
                options.read.dateOrder = import::DateOrder::DayFirst;
            else if (order == QLatin1String("month-first"))
                options.read.dateOrder = import::DateOrder::MonthFirst;
            else
                return usage(tr("--date-order day-first or --date-order month-first"));
        }
        options.dryRun = parser.isSet(dryRun);
        auto database = openDatabase(url, false);
        if (!database)
            return fail(database.error());
        auto subject = athleteId(**database, parser.value(athlete));
        if (!subject)
            return fail(subject.error());
        auto chosen = mappingChoices(**database, parser.values(map));
        if (!chosen)
            return fail(chosen.error());
        options.chosen = *chosen;
        auto source = import::fileSource(args.at(2), format, options.read);
        if (!source)
            return fail(source.error());
        auto report = import::importWorkouts(**database, *subject, *source, options);
        if (!report)
            return fail(report.error());
        return printJsonOrText(asJson, report->toJson(), report->toText());
    }

    if (command == QLatin1String("export")) {
        const QString what = args.value(1);
        if (args.size() != 2 || (what != QLatin1String("json") && what != QLatin1String("csv"))
            || !parser.isSet(output))
            return usage(
                tr("export json|csv [--athlete X] --output FILE|- [--overwrite] [--json]"));
        auto database = openDatabase(url, false);
        if (!database)
            return fail(database.error());
        auto chosen = optionalAthleteId(**database, parser, athlete);
        if (!chosen)
            return fail(chosen.error());
        const std::optional<Id> subject = *chosen;
        const QString path = parser.value(output);
        Result<ExportSummary> summary = Error();
        if (path == QLatin1String("-")) {
            QFile stdoutFile;
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
                return fail(stdoutFile.errorString());
            summary = what == QLatin1String("json")
                ? exportJson(**database, stdoutFile, subject)
                : exportSetsCsv(**database, stdoutFile, subject);
            if (!summary)
                return fail(summary.error());
            return 0; // the data went to standard output: nothing else is printed there
        }
        summary = what == QLatin1String("json")
            ? exportJsonFile(**database, path, subject, parser.isSet(overwrite))
            : exportSetsCsvFile(**database, path, subject, parser.isSet(overwrite));
        if (!summary)
            return fail(summary.error());
        return printJsonOrText(asJson, summary->toJson(), summary->toText());
    }

    if (command == QLatin1String("backup")) {
        if (args.size() != 2)
            return usage(tr("backup FILE [--overwrite] [--json]"));
        auto database = openDatabase(url, false);
        if (!database)
            return fail(database.error());
        auto backup = backupDatabase(**database, args.at(1), parser.isSet(overwrite));
        if (!backup)
            return fail(backup.error());
        return printJsonOrText(asJson, backup->toJson(), backup->toText());
    }

    // copy
    if (args.size() != 1 || !parser.isSet(to))
        return usage(tr("copy --to URL [--json]"));
    auto source = openDatabase(url, false);
    if (!source)
        return fail(source.error());
    // The target is created (SQLite) and migrated, but gets no catalog: it must stay empty.
    auto target = openDatabase(parser.value(to), true);
    if (!target)
        return fail(target.error());
    auto report =
        copyDatabase(**source, **target, [](const QString &line) { err() << line << Qt::endl; });
    if (!report)
        return fail(report.error());
    return printJsonOrText(asJson, report->toJson(), report->toText());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("FitnessTrack"));

    // import, export, backup and copy parse their own options.
    if (const std::optional<int> code = runDataCommand(app.arguments()))
        return *code;

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
        "                                         exercises.json that are not there yet\n"
        "  import strong|hevy|fitnotes|auto|json|list|undo ...\n"
        "                                         import another app's export or a JSON\n"
        "                                         export; list or undo imports\n"
        "  export json|csv --output FILE          the database or one athlete, as JSON or CSV\n"
        "  backup FILE                            a consistent copy of the database\n"
        "  copy --to URL                          copy the database into a new, empty one\n"
        "                                         (see COMMAND --help for their options)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("cli",
                                    "Database: a file path, sqlite:PATH or "
                                    "postgresql://user[:password]@host[:port]/dbname "
                                    "(default: %1).")
            .arg(defaultDatabasePath()),
        QStringLiteral("url"), defaultDatabasePath());
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("cli", "Print JSON."));
    const QCommandLineOption emailOption(QStringLiteral("email"),
                                         QCoreApplication::translate("cli", "The athlete's email."),
                                         QStringLiteral("email"));
    const QCommandLineOption fullNameOption(
        QStringLiteral("full-name"), QCoreApplication::translate("cli", "The athlete's full name."),
        QStringLiteral("name"));
    const QCommandLineOption athletesOption(
        QStringLiteral("athletes"), QCoreApplication::translate("cli", "demo: number of athletes."),
        QStringLiteral("n"));
    const QCommandLineOption yearsOption(
        QStringLiteral("years"), QCoreApplication::translate("cli", "demo: years of history."),
        QStringLiteral("y"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QCoreApplication::translate("cli", "demo: random seed (default 1)."), QStringLiteral("s"),
        QStringLiteral("1"));
    parser.addOptions({ dbOption, jsonOption, emailOption, fullNameOption, athletesOption,
                        yearsOption, seedOption });
    parser.addPositionalArgument(
        QStringLiteral("command"),
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
            return usage(QCoreApplication::translate(
                "cli", "athlete add USERNAME --email EMAIL [--full-name NAME]"));
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
            return usage(QCoreApplication::translate("cli", "catalog import FILE [--json]"));
        return runCatalogImport(url, args.at(2), parser.isSet(jsonOption));
    }
    if (command == QLatin1String("demo") && args.size() == 1) {
        bool okAthletes = false, okYears = false, okSeed = false;
        DemoOptions options;
        options.athletes = parser.value(athletesOption).toInt(&okAthletes);
        options.years = parser.value(yearsOption).toInt(&okYears);
        options.seed = parser.value(seedOption).toULongLong(&okSeed);
        if (!okAthletes || options.athletes < 1 || options.athletes > 10000)
            return fail(QCoreApplication::translate(
                            "cli", "demo: --athletes must be a whole number from 1 to 10000"),
                        2);
        if (!okYears || options.years < 1 || options.years > 50)
            return fail(QCoreApplication::translate(
                            "cli", "demo: --years must be a whole number from 1 to 50"),
                        2);
        if (!okSeed)
            return fail(QCoreApplication::translate("cli", "demo: --seed must be a whole number"),
                        2);
        auto db = openDatabase(url, true);
        if (!db)
            return fail(db.error());
        auto summary = generateDemo(**db, options,
                                    [](const QString &progress) { err() << progress << Qt::endl; });
        if (!summary)
            return fail(summary.error());
        out() << summary->toText() << Qt::flush;
        return 0;
    }
    return fail(QCoreApplication::translate("cli", "unknown command \"%1\"; see --help")
                    .arg(args.join(u' ')),
                2);
}
