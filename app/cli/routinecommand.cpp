// fitnesstrack-cli routine ...: the routines of an athlete. Parsing and printing only; the work
// is core/plan's.
#include "routinecommand.h"

#include "core/athletes/athletes.h"
#include "core/db/database.h"
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

} // namespace

std::optional<int> runRoutineCommand(const QStringList &arguments)
{
    // "routine" must be the first positional argument; --db's value is not.
    QStringList positional;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--db") || a == QLatin1String("--athlete")
            || a == QLatin1String("--to") || a == QLatin1String("--output"))
            ++i;
        else if (!a.startsWith(u'-'))
            positional.append(a);
    }
    if (positional.value(0) != QLatin1String("routine"))
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
