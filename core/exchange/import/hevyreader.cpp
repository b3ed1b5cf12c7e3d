#include "core/exchange/import/hevyreader.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ft::core::import {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HevyReader)
};

const QStringList &knownColumns()
{
    static const QStringList columns = {
        u"title"_s,          u"start_time"_s,     u"end_time"_s,         u"description"_s,
        u"exercise_title"_s, u"superset_id"_s,    u"exercise_notes"_s,   u"set_index"_s,
        u"set_type"_s,       u"weight_kg"_s,      u"weight_lbs"_s,       u"reps"_s,
        u"distance_km"_s,    u"distance_miles"_s, u"duration_seconds"_s, u"rpe"_s,
    };
    return columns;
}

} // namespace

int HevyReader::score(const Header &header)
{
    if (!header.has(u"exercise_title"_s) && !header.has(u"start_time"_s)
        && !header.has(u"set_index"_s) && !header.has(u"set_type"_s))
        return 0;
    return header.countOf(knownColumns());
}

Result<std::unique_ptr<WorkoutReader>>
HevyReader::open(std::unique_ptr<CsvReader> csv, const Header &header, const ReadOptions &options)
{
    QStringList missing = header.missing({ u"title"_s, u"start_time"_s, u"exercise_title"_s });
    if (!header.has(u"weight_kg"_s) && !header.has(u"weight_lbs"_s))
        missing.append(u"weight_kg\" or \"weight_lbs"_s);
    if (!header.has(u"reps"_s))
        missing.append(u"reps"_s);
    if (!missing.isEmpty())
        return missingColumnsError(
            Tr::tr("This Hevy export lacks the column(s) \"%1\".").arg(missing.join(u"\", \""_s)),
            missing);
    return std::unique_ptr<WorkoutReader>(new HevyReader(std::move(csv), header, options));
}

HevyReader::HevyReader(std::unique_ptr<CsvReader> csv, const Header &header,
                       const ReadOptions &options)
    : TableReader(std::move(csv), header, options)
{
    const Header &h = this->header();
    m_col.title = h.indexOf(u"title"_s);
    m_col.start = h.indexOf(u"start_time"_s);
    m_col.end = h.indexOf(u"end_time"_s);
    m_col.description = h.indexOf(u"description"_s);
    m_col.exercise = h.indexOf(u"exercise_title"_s);
    m_col.notes = h.indexOf(u"exercise_notes"_s);
    m_col.setIndex = h.indexOf(u"set_index"_s);
    m_col.setType = h.indexOf(u"set_type"_s);
    m_col.weightKg = h.indexOf(u"weight_kg"_s);
    m_col.weightLbs = h.indexOf(u"weight_lbs"_s);
    m_col.reps = h.indexOf(u"reps"_s);
    m_col.distanceKm = h.indexOf(u"distance_km"_s);
    m_col.distanceMiles = h.indexOf(u"distance_miles"_s);
    m_col.duration = h.indexOf(u"duration_seconds"_s);
    m_col.rpe = h.indexOf(u"rpe"_s);
    setFreeColumns({ u"start_time"_s, u"end_time"_s, u"description"_s, u"exercise_notes"_s,
                     u"title"_s, u"exercise_title"_s });
}

void HevyReader::parseRow(const QStringList &fields, RowContext &context, ParsedRow &row)
{
    const Header &h = header();
    const QString title = cell(fields, m_col.title);
    const QString start = cell(fields, m_col.start);
    row.key = start + u" | "_s + title;
    row.workout.title = title;
    const auto startTime = readStart(context, h.name(m_col.start), start, true);
    if (startTime)
        row.workout.start = *startTime;
    const QString end = cell(fields, m_col.end);
    if (startTime && !end.isEmpty()) {
        // The end time is the workout's, not the set's: a bad one is flagged, not a reason to
        // lose the row.
        QString rule;
        if (const auto endTime = tryStart(end, rule, true)) {
            const qint64 seconds = startTime->secsTo(*endTime);
            if (seconds < 0) {
                context.flagWorkout(h.name(m_col.end), end,
                                    Tr::tr("is before start_time; the workout's duration is "
                                           "left out"));
            } else if (seconds > 0) {
                row.workout.durationS = int(qMin<qint64>(seconds, 366LL * 24 * 3600));
                if (seconds > limits::flagWorkoutSecondsAbove)
                    context.flagWorkout(h.name(m_col.end), end,
                                        Tr::tr("a workout longer than %1 hours")
                                            .arg(limits::flagWorkoutSecondsAbove / 3600));
            }
        } else {
            context.flagWorkout(h.name(m_col.end), end,
                                rule + Tr::tr("; the workout's duration is left out"));
        }
    }
    row.workout.notes = cell(fields, m_col.description);

    if (!readExercise(context, fields, m_col.exercise, row))
        return;
    row.exerciseNotes = cell(fields, m_col.notes);

    const QString index = cell(fields, m_col.setIndex);
    if (index.isEmpty()) {
        row.sort.kind = SortHint::AfterPrevious;
    } else {
        std::optional<double> value;
        QString rule;
        if (!values::readDecimal(index, value, rule) || !value || !(*value >= 0 && *value <= 1e9)
            || *value != std::floor(*value)) {
            context.fail(h.name(m_col.setIndex), index,
                         Tr::tr("is not a set number (0, 1, 2, ...)"));
            return;
        }
        row.sort.kind = SortHint::Number;
        row.sort.number = qint64(*value);
    }

    const QString type = cell(fields, m_col.setType).toLower();
    if (type == u"warmup"_s || type == u"warm_up"_s || type == u"warm-up"_s)
        row.set.kind = SetKind::Warmup;
    else if (type == u"failure"_s)
        row.set.kind = SetKind::Failure;
    else if (type == u"dropset"_s || type == u"drop_set"_s || type == u"drop"_s)
        row.set.kind = SetKind::Drop;
    else if (!type.isEmpty() && type != u"normal"_s)
        context.flag(h.name(m_col.setType), cell(fields, m_col.setType),
                     Tr::tr("is not a set type this importer knows; read as a normal set"));

    const QString kg = cell(fields, m_col.weightKg);
    if (!kg.isEmpty() || m_col.weightLbs < 0)
        row.set.weightKg = context.weightKg(h.name(m_col.weightKg), kg, WeightUnit::Kilogram);
    else
        row.set.weightKg = context.weightKg(h.name(m_col.weightLbs), cell(fields, m_col.weightLbs),
                                            WeightUnit::Pound);
    row.set.reps = context.reps(h.name(m_col.reps), cell(fields, m_col.reps));
    const QString km = cell(fields, m_col.distanceKm);
    if (m_col.distanceKm >= 0 && (!km.isEmpty() || m_col.distanceMiles < 0))
        row.set.distanceM = context.distanceM(h.name(m_col.distanceKm), km, 1000.0);
    else if (m_col.distanceMiles >= 0)
        row.set.distanceM = context.distanceM(
            h.name(m_col.distanceMiles), cell(fields, m_col.distanceMiles), values::metresPerMile);
    if (m_col.duration >= 0)
        row.set.durationS =
            context.setSeconds(h.name(m_col.duration), cell(fields, m_col.duration));
    if (m_col.rpe >= 0)
        row.set.rpe = context.rpe(h.name(m_col.rpe), cell(fields, m_col.rpe));
    context.finishSet();
}

} // namespace ft::core::import
