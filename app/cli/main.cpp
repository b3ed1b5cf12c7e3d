// fitnesstrack-cli: parses the command line and calls core; all the work lives in core.
#include "core/athletes/athletes.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalogstore.h"
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
#include "reportcommand.h"
#include "routinecommand.h"

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
        auto found = findExerciseByIdOrSlug(db, target);
        if (!found)
            return found.error();
        if (!*found)
            return Error::make(
                Error::Kind::NotFound,
                QCoreApplication::translate("cli", "--map: there is no exercise \"%1\"")
                    .arg(target));
        chosen.insert(name, **found);
    }
    return chosen;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

// The command word of import, export, backup or copy: the first argument that is neither an
// option nor an option's value. Empty for the other commands.
QString dataCommandWord(const QStringList &arguments)
{
    static const QStringList valueOptions = {
        QStringLiteral("--db"),       QStringLiteral("--athlete"),    QStringLiteral("--unit"),
        QStringLiteral("--timezone"), QStringLiteral("--date-order"), QStringLiteral("--map"),
        QStringLiteral("--output"),   QStringLiteral("--to")
    };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (valueOptions.contains(arguments.at(i))) {
            ++i;
        } else if (!arguments.at(i).startsWith(QLatin1Char('-'))) {
            const QString &word = arguments.at(i);
            if (word == QLatin1String("import") || word == QLatin1String("export")
                || word == QLatin1String("backup") || word == QLatin1String("copy"))
                return word;
            return {};
        }
    }
    return {};
}

// The options of import, export, backup and copy, kept apart from the other commands'.
struct DataOptions
{
    QCommandLineParser parser;
    const QCommandLineOption db { QStringLiteral("db"),
                                  tr("Database (default: %1).").arg(defaultDatabasePath()),
                                  QStringLiteral("url"), defaultDatabasePath() };
    const QCommandLineOption json { QStringLiteral("json"), tr("Print JSON.") };
    const QCommandLineOption athlete { QStringLiteral("athlete"),
                                       tr("The athlete: username or pseudonym."),
                                       QStringLiteral("athlete") };
    const QCommandLineOption unit {
        QStringLiteral("unit"),
        tr("Weight unit of a Strong comma file: kg or lb (default: from the locale)."),
        QStringLiteral("unit")
    };
    const QCommandLineOption timezone {
        QStringLiteral("timezone"),
        tr("Time zone of the file's times, e.g. Europe/Berlin (default: the system's)."),
        QStringLiteral("zone")
    };
    const QCommandLineOption dateOrder { QStringLiteral("date-order"),
                                         tr("Numeric dates: day-first or month-first (default: "
                                            "from the file, else the locale)."),
                                         QStringLiteral("order") };
    const QCommandLineOption map { QStringLiteral("map"),
                                   tr("Map a name of the file to an exercise (slug or id), or to "
                                      "a new one (\"new\"); repeatable."),
                                   QStringLiteral("name=exercise") };
    const QCommandLineOption dryRun { QStringLiteral("dry-run"),
                                      tr("Show what would be imported; write nothing.") };
    const QCommandLineOption output { QStringLiteral("output"),
                                      tr("Output file (- for standard output)."),
                                      QStringLiteral("file") };
    const QCommandLineOption overwrite { QStringLiteral("overwrite"),
                                         tr("Replace an existing file.") };
    const QCommandLineOption to { QStringLiteral("to"), tr("copy: the target database."),
                                  QStringLiteral("url") };
    QStringList args; // the positional arguments, the command word first

    DataOptions()
    {
        parser.setApplicationDescription(tr(
            "Moving data in and out of FitnessTrack.\n\n"
            "  import strong|hevy|fitnotes|auto FILE --athlete USERNAME|PSEUDONYM [--unit kg|lb]\n"
            "         [--timezone ZONE] [--date-order day-first|month-first] [--map "
            "NAME=SLUG|ID|new]\n"
            "         [--dry-run] [--json]\n"
            "                          import another app's export into one athlete, all or "
            "nothing;\n"
            "                          --dry-run shows what would be imported\n"
            "  import json FILE [--json]   import a JSON export (into an empty database, or an\n"
            "                          athlete's export into any database)\n"
            "  import list [--athlete X] [--json]   the imports made, newest first\n"
            "  import undo BATCH [--json]  remove what import batch BATCH added\n"
            "  export json|csv [--athlete X] --output FILE|- [--overwrite] [--json]\n"
            "                          the whole database or one athlete as JSON, or every set as "
            "CSV\n"
            "  backup FILE [--overwrite] [--json]   a consistent SQLite copy, also while the app "
            "runs\n"
            "  copy --to URL [--json]  copy the whole database into a new, empty one (SQLite or\n"
            "                          PostgreSQL), with a count check"));
        parser.addHelpOption();
        parser.addOptions(
            { db, json, athlete, unit, timezone, dateOrder, map, dryRun, output, overwrite, to });
        parser.addPositionalArgument(QStringLiteral("command"),
                                     tr("import, export, backup or copy"));
    }

    bool asJson() const { return parser.isSet(json); }
    QString url() const { return parser.value(db); }
};

int runImportJson(const DataOptions &o)
{
    if (o.args.size() != 3)
        return usage(tr("import json FILE [--json]"));
    auto database = openDatabase(o.url(), true);
    if (!database)
        return fail(database.error());
    auto restored = importJsonFile(**database, o.args.at(2));
    if (!restored)
        return fail(restored.error());
    return printJsonOrText(o.asJson(), restored->toJson(), restored->toText());
}

int runImportUndo(const DataOptions &o)
{
    bool ok = false;
    const Id batch = o.args.value(2).toLongLong(&ok);
    if (o.args.size() != 3 || !ok)
        return usage(tr("import undo BATCH [--json]"));
    auto database = openDatabase(o.url(), false);
    if (!database)
        return fail(database.error());
    auto undone = import::undoImport(**database, batch);
    if (!undone)
        return fail(undone.error());
    return printJsonOrText(o.asJson(), undone->toJson(), undone->toText());
}

int runImportList(const DataOptions &o)
{
    if (o.args.size() != 2)
        return usage(tr("import list [--athlete X] [--json]"));
    auto database = openDatabase(o.url(), false);
    if (!database)
        return fail(database.error());
    auto subject = optionalAthleteId(**database, o.parser, o.athlete);
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
    return printJsonOrText(o.asJson(), QJsonObject { { QStringLiteral("batches"), list } }, text);
}

// --unit, --timezone and --date-order into `read`; an exit code when one of them is wrong.
std::optional<int> readOptions(const DataOptions &o, import::ReadOptions &read)
{
    const QString unitText = o.parser.value(o.unit);
    if (unitText == QLatin1String("kg"))
        read.unit = import::WeightUnit::Kilogram;
    else if (unitText == QLatin1String("lb") || unitText == QLatin1String("lbs"))
        read.unit = import::WeightUnit::Pound;
    else if (!unitText.isEmpty())
        return usage(tr("--unit kg or --unit lb"));
    else
        read.unit = QLocale::system().measurementSystem() == QLocale::ImperialUSSystem
            ? import::WeightUnit::Pound
            : import::WeightUnit::Kilogram;
    if (o.parser.isSet(o.timezone)) {
        read.timeZone = QTimeZone(o.parser.value(o.timezone).toUtf8());
        if (!read.timeZone.isValid())
            return usage(tr("--timezone takes a zone such as Europe/Berlin or UTC, not \"%1\"")
                             .arg(o.parser.value(o.timezone)));
    }
    if (o.parser.isSet(o.dateOrder)) {
        const QString order = o.parser.value(o.dateOrder);
        if (order == QLatin1String("day-first"))
            read.dateOrder = import::DateOrder::DayFirst;
        else if (order == QLatin1String("month-first"))
            read.dateOrder = import::DateOrder::MonthFirst;
        else
            return usage(tr("--date-order day-first or --date-order month-first"));
    }
    return std::nullopt;
}

// import strong|hevy|fitnotes|auto FILE --athlete X ...
int runImportWorkouts(const DataOptions &o)
{
    const QString what = o.args.value(1);
    const bool automatic = what == QLatin1String("auto");
    const std::optional<import::Format> format = import::formatFromName(what);
    if ((!automatic && !format) || o.args.size() != 3 || !o.parser.isSet(o.athlete))
        return usage(
            tr("import strong|hevy|fitnotes|auto FILE --athlete USERNAME|PSEUDONYM [--unit kg|lb] "
               "[--timezone ZONE] [--dry-run] [--json]; import json FILE; import list; import "
               "undo BATCH"));
    import::ImportOptions options;
    if (const std::optional<int> code = readOptions(o, options.read))
        return *code;
    options.dryRun = o.parser.isSet(o.dryRun);
    auto database = openDatabase(o.url(), false);
    if (!database)
        return fail(database.error());
    auto subject = athleteId(**database, o.parser.value(o.athlete));
    if (!subject)
        return fail(subject.error());
    auto chosen = mappingChoices(**database, o.parser.values(o.map));
    if (!chosen)
        return fail(chosen.error());
    options.chosen = *chosen;
    auto source = import::fileSource(o.args.at(2), format, options.read);
    if (!source)
        return fail(source.error());
    auto report = import::importWorkouts(**database, *subject, *source, options);
    if (!report)
        return fail(report.error());
    return printJsonOrText(o.asJson(), report->toJson(), report->toText());
}

int runImport(const DataOptions &o)
{
    const QString what = o.args.value(1);
    if (what == QLatin1String("json"))
        return runImportJson(o);
    if (what == QLatin1String("undo"))
        return runImportUndo(o);
    if (what == QLatin1String("list"))
        return runImportList(o);
    return runImportWorkouts(o);
}

int runExport(const DataOptions &o)
{
    const QString what = o.args.value(1);
    if (o.args.size() != 2 || (what != QLatin1String("json") && what != QLatin1String("csv"))
        || !o.parser.isSet(o.output))
        return usage(tr("export json|csv [--athlete X] --output FILE|- [--overwrite] [--json]"));
    auto database = openDatabase(o.url(), false);
    if (!database)
        return fail(database.error());
    auto chosen = optionalAthleteId(**database, o.parser, o.athlete);
    if (!chosen)
        return fail(chosen.error());
    const std::optional<Id> subject = *chosen;
    const bool asJsonFile = what == QLatin1String("json");
    const QString path = o.parser.value(o.output);
    if (path == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return fail(stdoutFile.errorString());
        auto summary = asJsonFile ? exportJson(**database, stdoutFile, subject)
                                  : exportSetsCsv(**database, stdoutFile, subject);
        if (!summary)
            return fail(summary.error());
        return 0; // the data went to standard output: nothing else is printed there
    }
    const bool replace = o.parser.isSet(o.overwrite);
    auto summary = asJsonFile ? exportJsonFile(**database, path, subject, replace)
                              : exportSetsCsvFile(**database, path, subject, replace);
    if (!summary)
        return fail(summary.error());
    return printJsonOrText(o.asJson(), summary->toJson(), summary->toText());
}

int runBackup(const DataOptions &o)
{
    if (o.args.size() != 2)
        return usage(tr("backup FILE [--overwrite] [--json]"));
    auto database = openDatabase(o.url(), false);
    if (!database)
        return fail(database.error());
    auto backup = backupDatabase(**database, o.args.at(1), o.parser.isSet(o.overwrite));
    if (!backup)
        return fail(backup.error());
    return printJsonOrText(o.asJson(), backup->toJson(), backup->toText());
}

int runCopy(const DataOptions &o)
{
    if (o.args.size() != 1 || !o.parser.isSet(o.to))
        return usage(tr("copy --to URL [--json]"));
    auto source = openDatabase(o.url(), false);
    if (!source)
        return fail(source.error());
    // The target is created (SQLite) and migrated, but gets no catalog: it must stay empty.
    auto target = openDatabase(o.parser.value(o.to), true);
    if (!target)
        return fail(target.error());
    auto report =
        copyDatabase(**source, **target, [](const QString &line) { err() << line << Qt::endl; });
    if (!report)
        return fail(report.error());
    return printJsonOrText(o.asJson(), report->toJson(), report->toText());
}

// import, export, backup and copy; nothing for the other commands.
std::optional<int> runDataCommand(const QStringList &arguments)
{
    const QString command = dataCommandWord(arguments);
    if (command.isEmpty())
        return std::nullopt;
    DataOptions o;
    if (!o.parser.parse(arguments))
        return fail(o.parser.errorText(), 2);
    if (o.parser.isSet(QStringLiteral("help")))
        o.parser.showHelp(0);
    o.args = o.parser.positionalArguments();
    if (command == QLatin1String("import"))
        return runImport(o);
    if (command == QLatin1String("export"))
        return runExport(o);
    if (command == QLatin1String("backup"))
        return runBackup(o);
    return runCopy(o);
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
    // report, routine and the training log (session, cycle, metrics) parse their own options
    // (reportcommand.cpp, routinecommand.cpp).
    if (const std::optional<int> code = runReportCommand(app.arguments()))
        return *code;
    if (const std::optional<int> code = runRoutineCommand(app.arguments()))
        return *code;
    if (const std::optional<int> code = runTrainingLogCommand(app.arguments()))
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
        "  report e1rm|records|rep-maxes|weekly|body --athlete X ...\n"
        "                                         progress figures as a table, --json or --csv\n"
        "  routine list|show|export|import|copy|delete ...\n"
        "                                         an athlete's routines\n"
        "  session show|list, cycle list|start|end, metrics add|list ...\n"
        "                                         the training log\n"
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
