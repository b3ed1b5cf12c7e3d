// fitnesstrack-cli routine ...: the routines of an athlete; session, cycle and metrics ...: the
// training log. Parsing and printing only; the work is core/plan's and core/log's.
#include "routinecommand.h"

#include "core/athletes/athletes.h"
#include "core/db/database.h"
#include "core/db/repository.h"
#include "core/log/logjson.h"
#include "core/log/traininglog.h"
#include "core/paths.h"
#include "core/plan/routineedit.h"
#include "core/plan/routinetext.h"
#include "core/plan/routinetree.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>
#include <memory>

using namespace ft::core;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message, int code = 1)
{
    QTextStream(stderr) << "fitnesstrack-cli: " << message << Qt::endl;
    return code;
}

int fail(const Error &error)
{
    return fail(error.message, error.kind == Error::Kind::Usage ? 2 : 1);
}

int printJson(const QJsonObject &object)
{
    out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

const QString usageText =
    QStringLiteral("routine list --athlete X [--json]\n"
                   "  routine show ROUTINE --athlete X [--json]\n"
                   "  routine export ROUTINE --athlete X [--output FILE] [--json]\n"
                   "  routine import FILE|- --athlete X [--json]\n"
                   "  routine copy ROUTINE --athlete X --to A,B,... [--json]\n"
                   "  routine delete ROUTINE --athlete X\n"
                   "ROUTINE is a routine's id or exact name; X, A, B are usernames or pseudonyms.");

struct RoutineOptions
{
    QCommandLineParser parser;
    const QCommandLineOption db { QStringLiteral("db"),
                                  tr("Database (default: %1).").arg(defaultDatabasePath()),
                                  QStringLiteral("url"), defaultDatabasePath() };
    const QCommandLineOption json { QStringLiteral("json"), tr("Print JSON.") };
    const QCommandLineOption athlete { QStringLiteral("athlete"),
                                       tr("The athlete: username or pseudonym."),
                                       QStringLiteral("athlete") };
    const QCommandLineOption to { QStringLiteral("to"),
                                  tr("copy: the athletes to copy to, separated by commas."),
                                  QStringLiteral("athletes") };
    const QCommandLineOption output { QStringLiteral("output"),
                                      tr("export: the file to write (default: standard output)."),
                                      QStringLiteral("file") };
    QStringList args; // positional, "routine" first

    RoutineOptions()
    {
        parser.setApplicationDescription(tr("The routines of an athlete.\n\n  ") + usageText);
        parser.addHelpOption();
        parser.addOptions({ db, json, athlete, to, output });
        parser.addPositionalArgument(QStringLiteral("routine"), tr("routine and its command"));
    }
};

int usage()
{
    return fail(tr("usage: %1").arg(usageText), 2);
}

// The database, the athlete of --athlete and, when `routineArg` is given, the routine it names.
struct Target
{
    std::unique_ptr<Database> db;
    Id subject = 0;
    Id routine = 0;
};

Result<Target> target(const RoutineOptions &o, bool withRoutine)
{
    auto url = DatabaseUrl::parse(o.parser.value(o.db));
    if (!url)
        return url.error();
    auto db = Database::open(*url);
    if (!db)
        return db.error();
    Target t;
    t.db = std::move(*db);
    auto athlete = findAthlete(*t.db, o.parser.value(o.athlete));
    if (!athlete)
        return athlete.error();
    t.subject = athlete->subject.id;
    if (withRoutine) {
        auto routine = plan::findRoutine(*t.db, t.subject, o.args.at(2));
        if (!routine)
            return routine.error();
        t.routine = *routine;
    }
    return t;
}

int runList(const RoutineOptions &o)
{
    auto t = target(o, false);
    if (!t)
        return fail(t.error());
    auto list = plan::listRoutines(*t->db, t->subject);
    if (!list)
        return fail(list.error());
    if (o.parser.isSet(o.json)) {
        QJsonArray routines;
        for (const plan::RoutineSummary &r : *list)
            routines.append(plan::toJson(r));
        return printJson({ { QStringLiteral("routines"), routines } });
    }
    for (const plan::RoutineSummary &r : *list) {
        out() << tr("%1  %2: %3 days, %4 planned sets, %5 cycles run%6\n")
                     .arg(r.routine.id)
                     .arg(r.routine.name)
                     .arg(r.days)
                     .arg(r.plannedSets)
                     .arg(r.cyclesRun)
                     .arg(r.routine.isActive ? QString() : tr(" (inactive)"));
    }
    out() << Qt::flush;
    return 0;
}

int runShowOrExport(const RoutineOptions &o, bool show)
{
    auto t = target(o, true);
    if (!t)
        return fail(t.error());
    auto tree = plan::loadRoutineTree(*t->db, t->routine);
    if (!tree)
        return fail(tree.error());
    const QByteArray data = o.parser.isSet(o.json)
        ? QJsonDocument(plan::toJson(*tree)).toJson(QJsonDocument::Compact) + '\n'
        : plan::formatRoutineText(*tree).toUtf8();
    if (!show && o.parser.isSet(o.output)) {
        QFile file(o.parser.value(o.output));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) < 0)
            return fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return 0;
    }
    if (show && !o.parser.isSet(o.json)) {
        const Routine &r = tree->routine;
        out() << tr("routine %1 of athlete %2, %3%4%5\n")
                     .arg(r.id)
                     .arg(o.parser.value(o.athlete))
                     .arg(r.isActive ? tr("active") : tr("inactive"))
                     .arg(r.startsOn ? tr(", starts on %1").arg(r.startsOn->toString(Qt::ISODate))
                                     : QString())
                     .arg(r.sourceRoutineId ? tr(", copied from routine %1").arg(*r.sourceRoutineId)
                                            : QString());
    }
    out() << QString::fromUtf8(data) << Qt::flush;
    return 0;
}

int runImport(const RoutineOptions &o)
{
    const QString path = o.args.at(2);
    QFile file;
    const bool opened = path == QLatin1String("-")
        ? file.open(stdin, QIODevice::ReadOnly)
        : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(tr("cannot read %1: %2").arg(path, file.errorString()));
    const QString text = QString::fromUtf8(file.readAll());
    auto t = target(o, false);
    if (!t)
        return fail(t.error());
    auto id = plan::importRoutineText(*t->db, t->subject, text);
    if (!id)
        return fail(tr("%1: %2").arg(path, id.error().message));
    if (o.parser.isSet(o.json))
        return printJson({ { QStringLiteral("routine_id"), *id } });
    out() << tr("imported routine %1").arg(*id) << Qt::endl;
    return 0;
}

int runCopy(const RoutineOptions &o)
{
    const QStringList names = o.parser.value(o.to).split(u',', Qt::SkipEmptyParts);
    if (names.isEmpty())
        return usage();
    auto t = target(o, true);
    if (!t)
        return fail(t.error());
    QList<Id> subjects;
    for (const QString &name : names) {
        auto athlete = findAthlete(*t->db, name.trimmed());
        if (!athlete)
            return fail(athlete.error());
        subjects.append(athlete->subject.id);
    }
    Result<QList<Id>> copies = QList<Id>();
    const Status done = t->db->transaction([&]() -> Status {
        copies = plan::copyRoutineToAthletes(*t->db, t->routine, subjects);
        return copies ? Status() : Status(copies.error());
    });
    if (!done)
        return fail(done.error());
    if (o.parser.isSet(o.json)) {
        QJsonArray ids;
        for (Id id : *copies)
            ids.append(id);
        return printJson({ { QStringLiteral("copies"), ids } });
    }
    for (qsizetype i = 0; i < copies->size(); ++i)
        out() << tr("copied to %1 as routine %2\n").arg(names.at(i).trimmed()).arg(copies->at(i));
    out() << Qt::flush;
    return 0;
}

int runDelete(const RoutineOptions &o)
{
    auto t = target(o, true);
    if (!t)
        return fail(t.error());
    const Status done = t->db->transaction([&] { return plan::deleteRoutine(*t->db, t->routine); });
    if (!done)
        return fail(done.error());
    out() << tr("deleted routine %1").arg(t->routine) << Qt::endl;
    return 0;
}

// The first positional argument (the command), skipping the values of the options that take one.
QString firstPositional(const QStringList &arguments)
{
    static const QStringList withValue {
        QStringLiteral("--db"),      QStringLiteral("--athlete"),  QStringLiteral("--to"),
        QStringLiteral("--output"),  QStringLiteral("--date"),     QStringLiteral("--from"),
        QStringLiteral("--routine"), QStringLiteral("--notes"),    QStringLiteral("--cycle"),
        QStringLiteral("--weight"),  QStringLiteral("--body-fat"), QStringLiteral("--resting-hr"),
    };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (withValue.contains(a))
            ++i;
        else if (!a.startsWith(u'-'))
            return a;
    }
    return {};
}

// ---- session, cycle, metrics ----------------------------------------------------------------

const QString logUsageText = QStringLiteral(
    "session show --athlete X --date D [--json]\n"
    "  session list --athlete X [--from D] [--to D] [--json|--csv]\n"
    "  cycle list --athlete X [--json]\n"
    "  cycle start --athlete X --routine ROUTINE [--date D] [--notes TEXT]\n"
    "  cycle end --athlete X --cycle ID [--date D]\n"
    "  metrics add --athlete X --date D [--weight KG] [--body-fat PCT] [--resting-hr BPM] "
    "[--notes TEXT]\n"
    "  metrics list --athlete X [--json|--csv]\n"
    "X is a username or pseudonym, D a date YYYY-MM-DD (default: today where optional).");

struct LogOptions
{
    QCommandLineParser parser;
    const QCommandLineOption db { QStringLiteral("db"),
                                  tr("Database (default: %1).").arg(defaultDatabasePath()),
                                  QStringLiteral("url"), defaultDatabasePath() };
    const QCommandLineOption json { QStringLiteral("json"), tr("Print JSON.") };
    const QCommandLineOption csv { QStringLiteral("csv"), tr("Print CSV.") };
    const QCommandLineOption athlete { QStringLiteral("athlete"),
                                       tr("The athlete: username or pseudonym."),
                                       QStringLiteral("athlete") };
    const QCommandLineOption date { QStringLiteral("date"), tr("The day, YYYY-MM-DD."),
                                    QStringLiteral("date") };
    const QCommandLineOption from { QStringLiteral("from"), tr("First day, YYYY-MM-DD."),
                                    QStringLiteral("date") };
    const QCommandLineOption to { QStringLiteral("to"), tr("Last day, YYYY-MM-DD."),
                                  QStringLiteral("date") };
    const QCommandLineOption routine { QStringLiteral("routine"),
                                       tr("cycle start: the routine's id or exact name."),
                                       QStringLiteral("routine") };
    const QCommandLineOption notes { QStringLiteral("notes"), tr("Notes."),
                                     QStringLiteral("text") };
    const QCommandLineOption cycle { QStringLiteral("cycle"), tr("cycle end: the cycle's id."),
                                     QStringLiteral("id") };
    const QCommandLineOption weight { QStringLiteral("weight"), tr("Body weight in kg."),
                                      QStringLiteral("kg") };
    const QCommandLineOption bodyFat { QStringLiteral("body-fat"), tr("Body fat in percent."),
                                       QStringLiteral("pct") };
    const QCommandLineOption restingHr { QStringLiteral("resting-hr"),
                                         tr("Resting heart rate, beats per minute."),
                                         QStringLiteral("bpm") };
    QStringList args;

    LogOptions()
    {
        parser.setApplicationDescription(tr("The training log of an athlete.\n\n  ")
                                         + logUsageText);
        parser.addHelpOption();
        parser.addOptions({ db, json, csv, athlete, date, from, to, routine, notes, cycle, weight,
                            bodyFat, restingHr });
        parser.addPositionalArgument(QStringLiteral("command"),
                                     tr("session, cycle or metrics and its command"));
    }
};

int logUsage()
{
    return fail(tr("usage: %1").arg(logUsageText), 2);
}

// The date of `option`: `fallback` when not given, an invalid date (a usage error) when malformed.
Result<QDate> dateOption(const LogOptions &o, const QCommandLineOption &option,
                         const QDate &fallback)
{
    if (!o.parser.isSet(option))
        return fallback;
    const QString text = o.parser.value(option);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return Error::make(
            Error::Kind::Usage,
            tr("--%1 %2 is not a date YYYY-MM-DD").arg(option.names().first(), text));
    return date;
}

// A number option: none when not given, a usage error when it is not a number.
Result<std::optional<double>> numberOption(const LogOptions &o, const QCommandLineOption &option)
{
    if (!o.parser.isSet(option))
        return std::optional<double>();
    bool ok = false;
    const double value = o.parser.value(option).toDouble(&ok);
    if (!ok)
        return Error::make(
            Error::Kind::Usage,
            tr("--%1 %2 is not a number").arg(option.names().first(), o.parser.value(option)));
    return std::optional<double>(value);
}

int printTable(const LogOptions &o, const stats::Report &table)
{
    if (o.parser.isSet(o.json))
        return printJson(table.json);
    out() << (o.parser.isSet(o.csv) ? table.toCsv() : table.toText()) << Qt::flush;
    return 0;
}

int runSession(const LogOptions &o, Database &db, Id subject)
{
    const QString command = o.args.value(1);
    if (command == QLatin1String("show") && o.parser.isSet(o.date)) {
        auto day = dateOption(o, o.date, QDate());
        if (!day)
            return fail(day.error());
        auto session = log::sessionOn(db, subject, *day);
        if (!session)
            return fail(session.error());
        if (!*session)
            return fail(tr("%1 has no session on %2")
                            .arg(o.parser.value(o.athlete), day->toString(Qt::ISODate)));
        auto sheet = log::loadSessionSheet(db, (*session)->id);
        if (!sheet)
            return fail(sheet.error());
        if (o.parser.isSet(o.json))
            return printJson(log::toJson(*sheet));
        out() << log::toText(*sheet) << Qt::flush;
        return 0;
    }
    if (command == QLatin1String("list")) {
        auto from = dateOption(o, o.from, QDate());
        auto to = dateOption(o, o.to, QDate());
        if (!from || !to)
            return fail(from ? to.error() : from.error());
        auto sessions = log::listSessions(db, subject, *from, *to);
        if (!sessions)
            return fail(sessions.error());
        return printTable(o, log::sessionTable(*sessions));
    }
    return logUsage();
}

int runCycle(const LogOptions &o, Database &db, Id subject)
{
    const QString command = o.args.value(1);
    const QDate today = QDate::currentDate();
    if (command == QLatin1String("list")) {
        auto cycles = log::listCycles(db, subject, today);
        if (!cycles)
            return fail(cycles.error());
        if (o.parser.isSet(o.json)) {
            QJsonArray list;
            for (const log::CycleSummary &c : *cycles)
                list.append(log::toJson(c));
            return printJson({ { QStringLiteral("cycles"), list } });
        }
        out() << log::toText(*cycles) << Qt::flush;
        return 0;
    }
    auto day = dateOption(o, o.date, today);
    if (!day)
        return fail(day.error());
    if (command == QLatin1String("start") && o.parser.isSet(o.routine)) {
        auto routine = plan::findRoutine(db, subject, o.parser.value(o.routine));
        if (!routine)
            return fail(routine.error());
        std::optional<QString> notes;
        if (o.parser.isSet(o.notes))
            notes = o.parser.value(o.notes);
        auto cycle = log::startCycle(db, subject, *routine, *day, notes);
        if (!cycle)
            return fail(cycle.error());
        out() << tr("started cycle %1 (number %2)").arg(cycle->id).arg(cycle->cycleNumber)
              << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("end") && o.parser.isSet(o.cycle)) {
        bool ok = false;
        const Id id = o.parser.value(o.cycle).toLongLong(&ok);
        auto cycle = ok ? Repository<Cycle>(db).get(id) : Result<Cycle>(Error());
        if (!cycle || cycle->subjectId != subject)
            return fail(
                tr("%1 has no cycle %2").arg(o.parser.value(o.athlete), o.parser.value(o.cycle)));
        auto ended = log::endCycle(db, id, *day);
        if (!ended)
            return fail(ended.error());
        out() << tr("ended cycle %1 on %2").arg(id).arg(day->toString(Qt::ISODate)) << Qt::endl;
        return 0;
    }
    return logUsage();
}

int runMetrics(const LogOptions &o, Database &db, Id subject)
{
    const QString command = o.args.value(1);
    if (command == QLatin1String("list")) {
        auto metrics = log::listBodyMetrics(db, subject);
        if (!metrics)
            return fail(metrics.error());
        return printTable(o, log::bodyMetricsTable(*metrics));
    }
    if (command == QLatin1String("add") && o.parser.isSet(o.date)) {
        auto day = dateOption(o, o.date, QDate());
        auto weight = numberOption(o, o.weight);
        auto bodyFat = numberOption(o, o.bodyFat);
        auto restingHr = numberOption(o, o.restingHr);
        for (const Error *e :
             { day ? nullptr : &day.error(), weight ? nullptr : &weight.error(),
               bodyFat ? nullptr : &bodyFat.error(), restingHr ? nullptr : &restingHr.error() }) {
            if (e)
                return fail(*e);
        }
        SubjectBodyMetrics row;
        row.subjectId = subject;
        row.measuredOn = *day;
        row.weightKg = *weight;
        row.bodyfatPct = *bodyFat;
        if (*restingHr) {
            if (**restingHr != std::floor(**restingHr))
                return fail(
                    tr("--resting-hr %1 is not a whole number").arg(o.parser.value(o.restingHr)),
                    2);
            row.restingHr = int(**restingHr);
        }
        if (o.parser.isSet(o.notes))
            row.notes = o.parser.value(o.notes);
        auto saved = log::saveBodyMetrics(db, row);
        if (!saved)
            return fail(saved.error());
        out() << tr("added body metrics %1 on %2")
                     .arg(saved->id)
                     .arg(saved->measuredOn.toString(Qt::ISODate))
              << Qt::endl;
        return 0;
    }
    return logUsage();
}

} // namespace

std::optional<int> runRoutineCommand(const QStringList &arguments)
{
    if (firstPositional(arguments) != QLatin1String("routine"))
        return std::nullopt;
    RoutineOptions o;
    if (!o.parser.parse(arguments))
        return fail(o.parser.errorText(), 2);
    if (o.parser.isSet(QStringLiteral("help")))
        o.parser.showHelp(0);
    o.args = o.parser.positionalArguments();
    const QString command = o.args.value(1);
    if (!o.parser.isSet(o.athlete))
        return usage();
    if (command == QLatin1String("list") && o.args.size() == 2)
        return runList(o);
    if (o.args.size() != 3)
        return usage();
    if (command == QLatin1String("show"))
        return runShowOrExport(o, true);
    if (command == QLatin1String("export"))
        return runShowOrExport(o, false);
    if (command == QLatin1String("import"))
        return runImport(o);
    if (command == QLatin1String("copy") && o.parser.isSet(o.to))
        return runCopy(o);
    if (command == QLatin1String("delete"))
        return runDelete(o);
    return usage();
}

std::optional<int> runTrainingLogCommand(const QStringList &arguments)
{
    const QString name = firstPositional(arguments);
    if (name != QLatin1String("session") && name != QLatin1String("cycle")
        && name != QLatin1String("metrics"))
        return std::nullopt;
    LogOptions o;
    if (!o.parser.parse(arguments))
        return fail(o.parser.errorText(), 2);
    if (o.parser.isSet(QStringLiteral("help")))
        o.parser.showHelp(0);
    o.args = o.parser.positionalArguments();
    if (!o.parser.isSet(o.athlete) || o.args.size() != 2
        || (o.parser.isSet(o.json) && o.parser.isSet(o.csv)))
        return logUsage();
    auto url = DatabaseUrl::parse(o.parser.value(o.db));
    if (!url)
        return fail(url.error());
    auto db = Database::open(*url);
    if (!db)
        return fail(db.error());
    auto athlete = findAthlete(**db, o.parser.value(o.athlete));
    if (!athlete)
        return fail(athlete.error());
    const Id subject = athlete->subject.id;
    if (name == QLatin1String("session"))
        return runSession(o, **db, subject);
    if (name == QLatin1String("cycle"))
        return runCycle(o, **db, subject);
    return runMetrics(o, **db, subject);
}
