#include "reportcommand.h"

#include "core/db/database.h"
#include "core/paths.h"
#include "core/stats/report.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

using namespace ft::core;
using namespace ft::core::stats;
using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

int fail(const QString &message, int code)
{
    QTextStream(stderr) << "fitnesstrack-cli: " << message << Qt::endl;
    return code;
}

int fail(const Error &error)
{
    return fail(error.message, error.kind == Error::Kind::Usage ? 2 : 1);
}

const QStringList valueOptions = {
    QStringLiteral("--db"),      QStringLiteral("--athlete"), QStringLiteral("--exercise"),
    QStringLiteral("--formula"), QStringLiteral("--from"),    QStringLiteral("--to"),
    QStringLiteral("--by"),      QStringLiteral("--rep-cap"),
};

// True when the first word that is neither an option nor an option's value is "report".
bool isReportCommand(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (valueOptions.contains(arguments.at(i)))
            ++i;
        else if (!arguments.at(i).startsWith(QLatin1Char('-')))
            return arguments.at(i) == QLatin1String("report");
    }
    return false;
}

std::optional<QDate> parseDay(const QString &text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid() || text.size() != 10)
        return std::nullopt;
    return day;
}

} // namespace

std::optional<int> runReportCommand(const QStringList &arguments)
{
    if (!isReportCommand(arguments))
        return std::nullopt;
    const QString synopsis =
        tr("report e1rm --athlete X --exercise SLUG [--formula F] [--rep-cap N] [--from D] "
           "[--to D]\n"
           "       report records --athlete X [--exercise SLUG] [--formula F] [--rep-cap N]\n"
           "       report rep-maxes --athlete X --exercise SLUG\n"
           "       report weekly --athlete X [--by muscle|movement] [--from D] [--to D]\n"
           "       report body --athlete X [--from D] [--to D]\n"
           "       each with --json or --csv");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Progress reports (see README.md, \"Progress "
                                        "reports\").\n\n  ")
                                     + QString(synopsis).replace(u"\n       "_s, u"\n  "_s));
    parser.addHelpOption();
    const QCommandLineOption db { QStringLiteral("db"),
                                  tr("Database (default: %1).").arg(defaultDatabasePath()),
                                  QStringLiteral("url"), defaultDatabasePath() };
    const QCommandLineOption athlete { QStringLiteral("athlete"),
                                       tr("The athlete: username or pseudonym."),
                                       QStringLiteral("athlete") };
    const QCommandLineOption exercise { QStringLiteral("exercise"), tr("The exercise: slug or id."),
                                        QStringLiteral("slug") };
    const QCommandLineOption formula {
        QStringLiteral("formula"),
        tr("e1RM formula: %1 (default epley).").arg(e1rmFormulaKeys().join(QStringLiteral(", "))),
        QStringLiteral("formula")
    };
    const QCommandLineOption repCap { QStringLiteral("rep-cap"),
                                      tr("Most reps an e1RM is estimated from, 1-12 (default "
                                         "10; the rpe formula goes to 12)."),
                                      QStringLiteral("n") };
    const QCommandLineOption from { QStringLiteral("from"), tr("First day, YYYY-MM-DD."),
                                    QStringLiteral("date") };
    const QCommandLineOption to { QStringLiteral("to"), tr("Last day, YYYY-MM-DD."),
                                  QStringLiteral("date") };
    const QCommandLineOption by { QStringLiteral("by"), tr("weekly: muscle (default) or movement."),
                                  QStringLiteral("grouping") };
    const QCommandLineOption json { QStringLiteral("json"), tr("Print one JSON object.") };
    const QCommandLineOption csv { QStringLiteral("csv"), tr("Print CSV.") };
    parser.addOptions({ db, athlete, exercise, formula, repCap, from, to, by, json, csv });
    parser.addPositionalArgument(QStringLiteral("report"), synopsis);
    if (!parser.parse(arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);

    const QStringList args = parser.positionalArguments();
    const std::optional<ReportKind> kind =
        args.size() == 2 ? parseReportKind(args.at(1)) : std::nullopt;
    if (!kind || !parser.isSet(athlete) || (parser.isSet(json) && parser.isSet(csv)))
        return fail(tr("usage: %1").arg(synopsis), 2);

    ReportRequest request;
    request.kind = *kind;
    request.athlete = parser.value(athlete);
    request.exercise = parser.value(exercise);
    if (parser.isSet(formula)) {
        auto parsed = parseE1rmFormula(parser.value(formula));
        if (!parsed)
            return fail(parsed.error().message, 2);
        request.formula = *parsed;
    }
    if (parser.isSet(repCap)) {
        bool ok = false;
        request.repCap = parser.value(repCap).toInt(&ok);
        if (!ok || request.repCap < 1 || request.repCap > maxE1rmRepCap)
            return fail(tr("--rep-cap takes a whole number from 1 to %1").arg(maxE1rmRepCap), 2);
    }
    for (const auto &[option, day] :
         { std::pair { &from, &request.range.from }, std::pair { &to, &request.range.to } }) {
        if (!parser.isSet(*option))
            continue;
        const std::optional<QDate> parsed = parseDay(parser.value(*option));
        if (!parsed)
            return fail(tr("--%1 takes a date as YYYY-MM-DD, not \"%2\"")
                            .arg(option->names().constFirst(), parser.value(*option)),
                        2);
        *day = *parsed;
    }
    if (parser.isSet(by)) {
        auto grouping = parseWeeklyGrouping(parser.value(by));
        if (!grouping)
            return fail(grouping.error().message, 2);
        request.by = *grouping;
    }

    auto url = DatabaseUrl::parse(parser.value(db));
    if (!url)
        return fail(url.error());
    auto database = Database::open(*url);
    if (!database)
        return fail(database.error());
    auto report = buildReport(**database, request);
    if (!report)
        return fail(report.error());
    QTextStream out(stdout);
    if (parser.isSet(json))
        out << QJsonDocument(report->json).toJson(QJsonDocument::Compact) << Qt::endl;
    else if (parser.isSet(csv))
        out << report->toCsv() << Qt::flush;
    else
        out << report->toText() << Qt::flush;
    return 0;
}
