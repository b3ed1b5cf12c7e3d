#include "core/exchange/import/strongreader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ft::core::import {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StrongReader)
};

const QStringList &knownColumns()
{
    static const QStringList columns = {
        u"Workout #"_s,
        u"Date"_s,
        u"Workout Name"_s,
        u"Duration"_s,
        u"Duration (sec)"_s,
        u"Exercise Name"_s,
        u"Set Order"_s,
        u"Weight"_s,
        u"Weight (kg)"_s,
        u"Weight Unit"_s,
        u"Reps"_s,
        u"RPE"_s,
        u"Distance"_s,
        u"Distance (meters)"_s,
        u"Distance Unit"_s,
        u"Seconds"_s,
        u"Notes"_s,
        u"Workout Notes"_s,
        u"Workout Duration"_s,
    };
    return columns;
}

QStringList neededColumns(StrongReader::Layout layout)
{
    switch (layout) {
    case StrongReader::Layout::Comma:
        return { u"Date"_s,      u"Workout Name"_s, u"Exercise Name"_s,
                 u"Set Order"_s, u"Weight"_s,       u"Reps"_s };
    case StrongReader::Layout::Numbered:
        return { u"Workout #"_s, u"Date"_s,        u"Workout Name"_s, u"Exercise Name"_s,
                 u"Set Order"_s, u"Weight (kg)"_s, u"Reps"_s };
    case StrongReader::Layout::Legacy:
        return { u"Date"_s,   u"Workout Name"_s, u"Exercise Name"_s, u"Set Order"_s,
                 u"Weight"_s, u"Weight Unit"_s,  u"Reps"_s };
    }
    return {};
}

QString layoutName(StrongReader::Layout layout)
{
    switch (layout) {
    case StrongReader::Layout::Comma:
        return Tr::tr("comma layout");
    case StrongReader::Layout::Numbered:
        return Tr::tr("semicolon layout with Workout #");
    case StrongReader::Layout::Legacy:
        return Tr::tr("legacy layout with units per row");
    }
    return {};
}

bool allDigits(const QString &text)
{
    if (text.isEmpty() || text.size() > 9)
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

int StrongReader::score(const Header &header)
{
    if (!header.has(u"Exercise Name"_s) && !header.has(u"Set Order"_s)
        && !header.has(u"Workout Name"_s) && !header.has(u"Workout #"_s))
        return 0;
    return header.countOf(knownColumns());
}

Result<std::unique_ptr<WorkoutReader>>
StrongReader::open(std::unique_ptr<CsvReader> csv, const Header &header, const ReadOptions &options)
{
    Layout layout = Layout::Comma;
    if (header.has(u"Workout #"_s))
        layout = Layout::Numbered;
    else if (header.has(u"Weight Unit"_s))
        layout = Layout::Legacy;
    const QStringList missing = header.missing(neededColumns(layout));
    if (!missing.isEmpty())
        return missingColumnsError(Tr::tr("This Strong export (%1) lacks the column(s) \"%2\".")
                                       .arg(layoutName(layout), missing.join(u"\", \""_s)),
                                   missing);
    return std::unique_ptr<WorkoutReader>(
        new StrongReader(std::move(csv), header, options, layout));
}

StrongReader::StrongReader(std::unique_ptr<CsvReader> csv, const Header &header,
                           const ReadOptions &options, Layout layout)
    : TableReader(std::move(csv), header, options)
    , m_layout(layout)
{
    const Header &h = this->header();
    m_col.date = h.indexOf(u"Date"_s);
    m_col.workoutName = h.indexOf(u"Workout Name"_s);
    m_col.exercise = h.indexOf(u"Exercise Name"_s);
    m_col.setOrder = h.indexOf(u"Set Order"_s);
    m_col.reps = h.indexOf(u"Reps"_s);
    m_col.rpe = h.indexOf(u"RPE"_s);
    m_col.seconds = h.indexOf(u"Seconds"_s);
    m_col.notes = h.indexOf(u"Notes"_s);
    m_col.workoutNotes = h.indexOf(u"Workout Notes"_s);
    switch (layout) {
    case Layout::Comma: {
        m_col.duration = h.indexOf(u"Duration"_s);
        m_col.weight = h.indexOf(u"Weight"_s);
        m_col.distance = h.indexOf(u"Distance"_s);
        const DistanceUnit unit = assumedDistanceUnit();
        m_metresPerDistance = unit == DistanceUnit::Mile ? values::metresPerMile : 1000.0;
        addWeightUnitAssumption();
        if (m_col.distance >= 0)
            addAssumption(unit == DistanceUnit::Mile
                              ? Tr::tr("Distances read as miles (the file does not say its unit).")
                              : Tr::tr("Distances read as kilometres (the file does not say its "
                                       "unit)."));
        break;
    }
    case Layout::Numbered:
        m_col.workoutNumber = h.indexOf(u"Workout #"_s);
        m_col.duration = h.indexOf(u"Duration (sec)"_s);
        m_col.weight = h.indexOf(u"Weight (kg)"_s);
        m_col.distance = h.indexOf(u"Distance (meters)"_s);
        m_metresPerDistance = 1.0;
        break;
    case Layout::Legacy:
        m_col.duration = h.indexOf(u"Workout Duration"_s);
        m_col.weight = h.indexOf(u"Weight"_s);
        m_col.weightUnit = h.indexOf(u"Weight Unit"_s);
        m_col.distance = h.indexOf(u"Distance"_s);
        m_col.distanceUnit = h.indexOf(u"Distance Unit"_s);
        break;
    }
    setFreeColumns({ u"Exercise Name"_s, u"Workout Name"_s, u"Notes"_s, u"Workout Notes"_s });
}

void StrongReader::parseRow(const QStringList &fields, RowContext &context, ParsedRow &row)
{
    const Header &h = header();
    const QString setOrder = cell(fields, m_col.setOrder);
    if (setOrder.compare(u"Rest Timer"_s, Qt::CaseInsensitive) == 0) {
        row.kind = ParsedRow::Kind::Ignore;
        return;
    }

    const QString date = cell(fields, m_col.date);
    const QString name = cell(fields, m_col.workoutName);
    const QString number = cell(fields, m_col.workoutNumber);
    row.key = number.isEmpty() ? QString(date + u" | "_s + name) : QString(u"#"_s + number);
    row.workout.title = name;
    if (const auto start = readStart(context, h.name(m_col.date), date))
        row.workout.start = *start;
    if (m_col.duration >= 0)
        row.workout.durationS =
            context.workoutSeconds(h.name(m_col.duration), cell(fields, m_col.duration));
    row.workout.notes = cell(fields, m_col.workoutNotes);

    if (!readExercise(context, fields, m_col.exercise, row))
        return;
    row.exerciseNotes = cell(fields, m_col.notes);
    if (setOrder.compare(u"Note"_s, Qt::CaseInsensitive) == 0) {
        row.kind = ParsedRow::Kind::Note;
        return;
    }

    const bool numbered = m_layout == Layout::Numbered;
    const QString order = setOrder.toUpper();
    if (order.isEmpty()) {
        row.sort.kind = SortHint::AfterPrevious;
    } else if (allDigits(order)) {
        row.sort.kind = numbered ? SortHint::Number : SortHint::FileOrder;
        row.sort.number = order.toLongLong();
    } else if (order == u"W"_s || order == u"WARM_UP"_s || order == u"WARMUP"_s) {
        row.set.kind = SetKind::Warmup;
        row.sort.kind = numbered ? SortHint::First : SortHint::FileOrder;
    } else if (order == u"F"_s || order == u"FAILURE"_s) {
        row.set.kind = SetKind::Failure;
        row.sort.kind = numbered ? SortHint::AfterPrevious : SortHint::FileOrder;
    } else if (order == u"D"_s || order == u"DROP_SET"_s || order == u"DROPSET"_s) {
        row.set.kind = SetKind::Drop;
        row.sort.kind = numbered ? SortHint::AfterPrevious : SortHint::FileOrder;
    } else {
        context.fail(h.name(m_col.setOrder), setOrder,
                     Tr::tr("is not a set number, W, F, D, WARM_UP, FAILURE, DROP_SET, "
                            "Rest Timer or Note"));
        return;
    }

    // Weight
    const QString weight = cell(fields, m_col.weight);
    WeightUnit unit = m_layout == Layout::Comma ? options().unit : WeightUnit::Kilogram;
    if (m_layout == Layout::Legacy) {
        const QString unitText = cell(fields, m_col.weightUnit);
        if (const auto u = values::weightUnitFromText(unitText)) {
            unit = *u;
        } else if (!unitText.isEmpty()) {
            context.fail(h.name(m_col.weightUnit), unitText,
                         Tr::tr("is not a weight unit (kg or lbs)"));
            return;
        } else if (!blankOrZero(weight)) {
            context.fail(h.name(m_col.weightUnit), unitText,
                         Tr::tr("is empty, but the row has a weight"));
            return;
        }
    }
    row.set.weightKg = context.weightKg(h.name(m_col.weight), weight, unit);
    row.set.reps = context.reps(h.name(m_col.reps), cell(fields, m_col.reps));
    if (m_col.rpe >= 0)
        row.set.rpe = context.rpe(h.name(m_col.rpe), cell(fields, m_col.rpe));

    // Distance
    if (m_col.distance >= 0) {
        const QString distance = cell(fields, m_col.distance);
        double factor = m_metresPerDistance;
        if (m_layout == Layout::Legacy) {
            const QString unitText = cell(fields, m_col.distanceUnit);
            if (const auto f = values::metresPerUnit(unitText)) {
                factor = *f;
            } else if (!unitText.isEmpty()) {
                context.fail(h.name(m_col.distanceUnit), unitText,
                             Tr::tr("is not a distance unit (m, km, mi., ft or yd)"));
                return;
            } else if (!blankOrZero(distance)) {
                context.fail(h.name(m_col.distanceUnit), unitText,
                             Tr::tr("is empty, but the row has a distance"));
                return;
            }
        }
        row.set.distanceM = context.distanceM(h.name(m_col.distance), distance, factor);
    }
    if (m_col.seconds >= 0)
        row.set.durationS = context.setSeconds(h.name(m_col.seconds), cell(fields, m_col.seconds));
    context.finishSet();
}

} // namespace ft::core::import
