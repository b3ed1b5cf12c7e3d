#include "core/stats/report.h"

#include "core/athletes/athletes.h"
#include "core/catalog/catalogstore.h"
#include "core/db/database.h"
#include "core/stats/setqueries.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <map>

namespace ft::core::stats {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stats", text);
}

// One field of a row: its JSON value and its CSV text.
struct Field
{
    QString name;
    QJsonValue json;
    QString text;
};

Field twoDecimals(const QString &name, std::optional<double> value)
{
    if (!value)
        return { name, QJsonValue::Null, {} };
    const double rounded = std::round(*value * 100.0) / 100.0;
    return { name, rounded, QString::number(rounded, 'f', 2) };
}

Field number(const QString &name, std::optional<double> value)
{
    if (!value)
        return { name, QJsonValue::Null, {} };
    return { name, *value, QString::number(*value, 'g', 12) };
}

Field integer(const QString &name, std::optional<qint64> value)
{
    if (!value)
        return { name, QJsonValue::Null, {} };
    return { name, *value, QString::number(*value) };
}

Field text(const QString &name, const QString &value)
{
    return { name, value, value };
}

Field date(const QString &name, const QDate &value)
{
    if (!value.isValid())
        return { name, QJsonValue::Null, {} };
    return text(name, value.toString(Qt::ISODate));
}

QJsonValue dateJson(const QDate &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue::Null;
}

void addRow(Report &report, QJsonArray &list, const QList<Field> &fields)
{
    QJsonObject object;
    QStringList cells;
    for (const Field &f : fields) {
        object.insert(f.name, f.json);
        cells.append(f.text);
    }
    list.append(object);
    report.rows.append(cells);
}

QStringList names(const QList<Field> &fields)
{
    QStringList list;
    for (const Field &f : fields)
        list.append(f.name);
    return list;
}

// The set behind a point, the same fields in every report.
QList<Field> setFields(const SetRef &set)
{
    return { integer(QStringLiteral("set_log_id"), set.setLogId),
             twoDecimals(QStringLiteral("weight_kg"), set.weightKg),
             integer(QStringLiteral("reps"), set.reps), number(QStringLiteral("rpe"), set.rpe) };
}

QString csvCell(const QString &cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"'))
        && !cell.contains(QLatin1Char('\n')))
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

struct Lookup
{
    Athlete athlete;
    std::optional<Id> exerciseId;
    ExerciseTargets exercise;
};

Result<Lookup> lookUp(Database &db, const ReportRequest &request)
{
    Lookup found;
    auto athlete = findAthlete(db, request.athlete);
    if (!athlete)
        return athlete.error();
    found.athlete = *athlete;
    const bool needsExercise =
        request.kind == ReportKind::E1rm || request.kind == ReportKind::RepMaxes;
    if (request.exercise.isEmpty()) {
        if (needsExercise)
            return Error::make(
                Error::Kind::Usage,
                tr("report %1 needs --exercise SLUG").arg(reportKindKey(request.kind)));
        return found;
    }
    auto id = findExerciseByIdOrSlug(db, request.exercise);
    if (!id)
        return id.error();
    if (!*id) {
        Error e = Error::make(Error::Kind::NotFound,
                              tr("There is no exercise \"%1\".").arg(request.exercise));
        e.field = QStringLiteral("exercises.slug");
        e.value = request.exercise;
        return e;
    }
    found.exerciseId = **id;
    auto targets = loadExerciseTargets(db, { **id });
    if (!targets)
        return targets.error();
    found.exercise = targets->value(**id);
    return found;
}

QJsonValue exerciseJson(const Lookup &l)
{
    if (!l.exerciseId)
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("id"), *l.exerciseId },
                         { QStringLiteral("slug"), l.exercise.slug },
                         { QStringLiteral("name"), l.exercise.name } };
}

QJsonObject formulaParameters(const ReportRequest &r)
{
    return { { QStringLiteral("formula"), e1rmFormulaKey(r.formula) },
             { QStringLiteral("rep_cap"), clampE1rmRepCap(r.repCap) } };
}

void addRange(QJsonObject &parameters, const DayRange &range)
{
    parameters.insert(QStringLiteral("from"), dateJson(range.from));
    parameters.insert(QStringLiteral("to"), dateJson(range.to));
}

} // namespace

QString reportKindKey(ReportKind kind)
{
    switch (kind) {
    case ReportKind::E1rm:
        return QStringLiteral("e1rm");
    case ReportKind::Records:
        return QStringLiteral("records");
    case ReportKind::RepMaxes:
        return QStringLiteral("rep-maxes");
    case ReportKind::Weekly:
        return QStringLiteral("weekly");
    case ReportKind::Body:
        return QStringLiteral("body");
    }
    return {};
}

std::optional<ReportKind> parseReportKind(const QString &key)
{
    for (ReportKind k : { ReportKind::E1rm, ReportKind::Records, ReportKind::RepMaxes,
                          ReportKind::Weekly, ReportKind::Body }) {
        if (reportKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString Report::toCsv() const
{
    QString csv = columns.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(csvCell(cell));
        csv += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

QString Report::toText() const
{
    if (rows.isEmpty())
        return tr("No data.\n");
    QList<qsizetype> widths;
    for (const QString &c : columns)
        widths.append(c.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto line = [&](const QStringList &cells) -> QString {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i)
            padded.append(cells.at(i).leftJustified(widths.value(i)));
        return padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    };
    QString out = line(columns);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

Result<Report> buildReport(Database &db, const ReportRequest &request)
{
    if (Status s = checkRange(request.range); !s) {
        Error e = s.error();
        e.kind = Error::Kind::Usage;
        e.message = tr("--to %1 is before --from %2")
                        .arg(request.range.to.toString(Qt::ISODate),
                             request.range.from.toString(Qt::ISODate));
        return e;
    }
    auto found = lookUp(db, request);
    if (!found)
        return found.error();
    const Id subject = found->athlete.subject.id;
    const E1rmOptions e1rm { request.formula, clampE1rmRepCap(request.repCap) };

    Report report;
    QJsonObject parameters;
    QJsonArray list;
    QString listName = QStringLiteral("rows");
    switch (request.kind) {
    case ReportKind::E1rm: {
        parameters = formulaParameters(request);
        parameters.insert(QStringLiteral("exercise"), exerciseJson(*found));
        addRange(parameters, request.range);
        auto fields = [](const E1rmPoint &p) {
            return QList<Field> { date(QStringLiteral("date"), p.date),
                                  twoDecimals(QStringLiteral("e1rm_kg"), p.value) }
            + setFields(p.set);
        };
        report.columns = names(fields({}));
        auto points = e1rmSeries(db, subject, *found->exerciseId, e1rm, request.range);
        if (!points)
            return points.error();
        for (const E1rmPoint &p : *points)
            addRow(report, list, fields(p));
        listName = QStringLiteral("points");
        break;
    }
    case ReportKind::Records: {
        parameters = formulaParameters(request);
        parameters.insert(QStringLiteral("exercise"), exerciseJson(*found));
        auto points = records(db, subject, found->exerciseId, e1rm);
        if (!points)
            return points.error();
        QSet<Id> ids;
        for (const RecordPoint &p : *points)
            ids.insert(p.exerciseId);
        auto targets = loadExerciseTargets(db, ids);
        if (!targets)
            return targets.error();
        auto fields = [&](const RecordPoint &p) {
            // A volume is kg x reps: two decimals too, but not a weight.
            auto value = [&](const QString &name, std::optional<double> v) {
                if (p.kind != RecordKind::Volume)
                    return twoDecimals(name, v);
                return number(name,
                              v ? std::optional<double>(std::round(*v * 100) / 100) : std::nullopt);
            };
            return QList<Field> {
                text(QStringLiteral("exercise"), targets->value(p.exerciseId).slug),
                date(QStringLiteral("date"), p.date),
                text(QStringLiteral("record"), recordKindKey(p.kind)),
                integer(QStringLiteral("rep_max_reps"),
                        p.kind == RecordKind::RepMax ? std::optional<qint64>(p.reps)
                                                     : std::nullopt),
                value(QStringLiteral("value"), p.value),
                value(QStringLiteral("previous_value"), p.previous)
            }
            + setFields(p.set);
        };
        report.columns = names(fields({}));
        for (const RecordPoint &p : *points)
            addRow(report, list, fields(p));
        break;
    }
    case ReportKind::RepMaxes: {
        parameters.insert(QStringLiteral("exercise"), exerciseJson(*found));
        auto fields = [](const RepMax &m) {
            return QList<Field> { integer(QStringLiteral("rep_max_reps"), m.reps),
                                  twoDecimals(QStringLiteral("load_kg"), m.weightKg),
                                  date(QStringLiteral("date"), m.date) }
            + setFields(m.set);
        };
        report.columns = names(fields({}));
        auto maxes = repMaxes(db, subject, *found->exerciseId);
        if (!maxes)
            return maxes.error();
        for (const RepMax &m : *maxes)
            addRow(report, list, fields(m));
        break;
    }
    case ReportKind::Weekly: {
        parameters.insert(QStringLiteral("by"), weeklyGroupingKey(request.by));
        addRange(parameters, request.range);
        auto fields = [](const WeeklyRow &r) {
            return QList<Field> { date(QStringLiteral("week_start"), r.weekStart),
                                  text(QStringLiteral("iso_week"),
                                       r.weekStart.isValid() ? isoWeekLabel(r.weekStart)
                                                             : QString()),
                                  text(QStringLiteral("group"), r.group),
                                  number(QStringLiteral("working_sets"), r.sets),
                                  twoDecimals(QStringLiteral("tonnage_kg"), r.tonnageKg),
                                  integer(QStringLiteral("training_days"), r.trainingDays) };
        };
        report.columns = names(fields({}));
        auto rows = weeklyFigures(db, subject, request.by, request.range);
        if (!rows)
            return rows.error();
        for (const WeeklyRow &r : *rows)
            addRow(report, list, fields(r));
        break;
    }
    case ReportKind::Body: {
        addRange(parameters, request.range);
        auto body = bodySeries(db, subject, request.range);
        if (!body)
            return body.error();
        // One point per measured day, each metric with its 7-day average (null when that metric
        // was not measured that day).
        using Day = std::array<std::optional<BodyPoint>, 3>;
        std::map<QDate, Day> days;
        const QList<BodyPoint> *series[3] = { &body->weightKg, &body->bodyfatPct,
                                              &body->restingHr };
        for (int m = 0; m < 3; ++m) {
            for (const BodyPoint &p : *series[m])
                days[p.date][size_t(m)] = p;
        }
        auto measured = [](const std::optional<BodyPoint> &p) {
            return p ? std::optional<double>(p->value) : std::nullopt;
        };
        auto average = [](const std::optional<BodyPoint> &p) {
            return p ? std::optional<double>(p->average7) : std::nullopt;
        };
        auto fields = [&](const QDate &day, const Day &m) {
            return QList<Field> { date(QStringLiteral("date"), day),
                                  twoDecimals(QStringLiteral("weight_kg"), measured(m[0])),
                                  twoDecimals(QStringLiteral("weight_kg_avg7"), average(m[0])),
                                  number(QStringLiteral("bodyfat_pct"), measured(m[1])),
                                  twoDecimals(QStringLiteral("bodyfat_pct_avg7"), average(m[1])),
                                  number(QStringLiteral("resting_hr"), measured(m[2])),
                                  twoDecimals(QStringLiteral("resting_hr_avg7"), average(m[2])) };
        };
        report.columns = names(fields({}, {}));
        for (const auto &[day, m] : days)
            addRow(report, list, fields(day, m));
        listName = QStringLiteral("points");
        break;
    }
    }
    report.json.insert(QStringLiteral("report"), reportKindKey(request.kind));
    report.json.insert(
        QStringLiteral("athlete"),
        QJsonObject { { QStringLiteral("id"), subject },
                      { QStringLiteral("pseudonym"),
                        found->athlete.subject.pseudonym.toString(QUuid::WithoutBraces) } });
    report.json.insert(QStringLiteral("parameters"), parameters);
    report.json.insert(listName, list);
    return report;
}

} // namespace ft::core::stats
