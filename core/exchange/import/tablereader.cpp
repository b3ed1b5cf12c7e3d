#include "core/exchange/import/tablereader.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace ft::core::import {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)
};

QString headerKey(const QString &name)
{
    QString key = name.trimmed().toCaseFolded();
    key.remove(QChar(0xFEFF));
    return key;
}

// The number in a cell, or nothing: when the cell is empty, or when it is not a number or (with
// `negative`, the rule then) a negative one, which fails the row.
std::optional<double> readNumber(RowContext &context, const QString &column, const QString &text,
                                 const char *negative = nullptr)
{
    std::optional<double> value;
    QString rule;
    if (!values::readDecimal(text, value, rule)) {
        context.fail(column, text, rule);
        return std::nullopt;
    }
    if (negative && value && *value < 0) {
        context.fail(column, text, Tr::tr(negative));
        return std::nullopt;
    }
    return value;
}

} // namespace

// --- Header ---

Header::Header(const QStringList &names)
{
    m_names.reserve(names.size());
    for (int i = 0; i < names.size(); ++i) {
        QString name = names.at(i).trimmed();
        name.remove(QChar(0xFEFF));
        m_names.append(name);
        const QString key = headerKey(name);
        if (!key.isEmpty() && !m_index.contains(key))
            m_index.insert(key, i);
    }
}

int Header::indexOf(const QString &name) const
{
    return m_index.value(headerKey(name), -1);
}

QStringList Header::missing(const QStringList &needed) const
{
    QStringList out;
    for (const QString &name : needed) {
        if (!has(name))
            out.append(name);
    }
    return out;
}

int Header::countOf(const QStringList &names) const
{
    int count = 0;
    for (const QString &name : names)
        count += has(name) ? 1 : 0;
    return count;
}

Error missingColumnsError(const QString &message, const QStringList &missing)
{
    Error e = Error::make(Error::Kind::File, message);
    e.field = missing.join(u", "_s);
    e.rule = Tr::tr("needed columns");
    return e;
}

// --- RowContext ---

void RowContext::fail(const QString &column, const QString &value, const QString &rule)
{
    if (m_reason.isEmpty()) {
        m_reason = values::describe(column, value, rule);
        m_failedColumn = column;
    }
}

void RowContext::flag(const QString &column, const QString &value, const QString &reason)
{
    m_row.flags.append(Flag { m_line, column, value, reason });
}

void RowContext::flagWorkout(const QString &column, const QString &value, const QString &reason)
{
    if (m_strict)
        fail(column, value, reason);
    m_row.workoutFlags.append(Flag { m_line, column, value, reason });
}

std::optional<double> RowContext::weightKg(const QString &column, const QString &text,
                                           WeightUnit unit)
{
    const std::optional<double> value = readNumber(
        *this, column, text, QT_TRANSLATE_NOOP("TableReader", "is negative; a weight cannot be"));
    if (!value)
        return std::nullopt;
    const double kg =
        unit == WeightUnit::Pound ? values::poundsToKg(*value) : values::snapKg(*value);
    if (!(kg <= limits::maxWeightKg)) {
        fail(column, text, Tr::tr("is more than %1 kg; no weight can be").arg(limits::maxWeightKg));
        return std::nullopt;
    }
    if (kg > limits::flagWeightKgAbove)
        flag(column, text, Tr::tr("more than %1 kg").arg(limits::flagWeightKgAbove));
    return kg;
}

std::optional<int> RowContext::reps(const QString &column, const QString &text)
{
    const std::optional<double> value = readNumber(
        *this, column, text, QT_TRANSLATE_NOOP("TableReader", "is negative; reps cannot be"));
    if (!value)
        return std::nullopt;
    if (std::floor(*value) != *value) {
        fail(column, text, Tr::tr("is not a whole number of reps"));
        return std::nullopt;
    }
    if (*value > limits::maxReps) {
        fail(column, text, Tr::tr("is more than %1 reps; no set can be").arg(limits::maxReps));
        return std::nullopt;
    }
    const int reps = int(*value);
    if (reps > limits::flagRepsAbove)
        flag(column, text, Tr::tr("more than %1 reps").arg(limits::flagRepsAbove));
    return reps;
}

std::optional<double> RowContext::rpe(const QString &column, const QString &text)
{
    const std::optional<double> value = readNumber(*this, column, text);
    if (!value || *value == 0)
        return std::nullopt; // 0: no RPE recorded
    if (*value < limits::minRpe || *value > limits::maxRpe) {
        fail(
            column, text,
            Tr::tr("is outside the RPE scale of %1 to %2").arg(limits::minRpe).arg(limits::maxRpe));
        return std::nullopt;
    }
    return std::round(*value * 10.0) / 10.0;
}

std::optional<double> RowContext::distanceM(const QString &column, const QString &text,
                                            double metresPerUnit)
{
    const std::optional<double> value = readNumber(
        *this, column, text, QT_TRANSLATE_NOOP("TableReader", "is negative; a distance cannot be"));
    if (!value)
        return std::nullopt;
    const double metres = std::round(*value * metresPerUnit * 100.0) / 100.0;
    if (!(metres <= limits::maxDistanceM)) {
        fail(column, text,
             Tr::tr("is more than %1 km; no set can be").arg(limits::maxDistanceM / 1000.0));
        return std::nullopt;
    }
    if (metres == 0)
        return std::nullopt;
    if (metres > limits::flagDistanceMAbove)
        flag(column, text, Tr::tr("more than %1 km").arg(limits::flagDistanceMAbove / 1000.0));
    return metres;
}

std::optional<int> RowContext::setSeconds(const QString &column, const QString &text)
{
    std::optional<int> seconds;
    QString rule;
    if (!values::readDuration(text, seconds, rule)) {
        fail(column, text, rule);
        return std::nullopt;
    }
    if (!seconds || *seconds == 0)
        return std::nullopt;
    if (*seconds > limits::maxSetSeconds) {
        fail(column, text, Tr::tr("is longer than a week; no set can be"));
        return std::nullopt;
    }
    if (*seconds > limits::flagSetSecondsAbove)
        flag(column, text,
             Tr::tr("a set longer than %1 hours").arg(limits::flagSetSecondsAbove / 3600));
    return seconds;
}

std::optional<int> RowContext::workoutSeconds(const QString &column, const QString &text)
{
    std::optional<int> seconds;
    QString rule;
    if (!values::readDuration(text, seconds, rule)) {
        flagWorkout(column, text, rule + Tr::tr("; the workout's duration is left out"));
        return std::nullopt;
    }
    if (!seconds || *seconds == 0)
        return std::nullopt;
    if (*seconds > limits::flagWorkoutSecondsAbove)
        flagWorkout(
            column, text,
            Tr::tr("a workout longer than %1 hours").arg(limits::flagWorkoutSecondsAbove / 3600));
    return seconds;
}

void RowContext::finishSet()
{
    if (failed())
        return;
    ImportedSet &s = m_row.set;
    const bool load = s.weightKg && *s.weightKg > 0;
    const bool reps = s.reps && *s.reps > 0;
    const bool cardio = s.distanceM || s.durationS;
    if (!load && !reps) {
        if (cardio) {
            s.weightKg.reset();
            s.reps.reset();
        } else {
            m_reason = Tr::tr("the row records no weight, reps, distance or time");
        }
    }
}

// --- TableReader ---

TableReader::TableReader(std::unique_ptr<CsvReader> csv, Header header, ReadOptions options)
    : m_csv(std::move(csv))
    , m_header(std::move(header))
    , m_options(std::move(options))
{
    m_dateOrder = m_options.dateOrder.value_or(localeDateOrder());
}

TableReader::~TableReader() = default;

void TableReader::setFreeColumns(const QStringList &names)
{
    m_freeColumns.clear();
    for (const QString &name : names) {
        const int index = m_header.indexOf(name);
        if (index >= 0 && !m_freeColumns.contains(index))
            m_freeColumns.append(index);
    }
}

QString TableReader::cell(const QStringList &fields, int column)
{
    if (column < 0 || column >= fields.size())
        return {};
    return fields.at(column).trimmed();
}

DateOrder TableReader::localeDateOrder(QString *localeName)
{
    const QLocale locale = QLocale::system();
    if (localeName)
        *localeName = locale.name();
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype d = format.indexOf(u'd');
    const qsizetype m = format.indexOf(u'M');
    return (m >= 0 && (d < 0 || m < d)) ? DateOrder::MonthFirst : DateOrder::DayFirst;
}

const TableReader::CachedTime &TableReader::cachedTime(const QString &text)
{
    for (const CachedTime &c : m_timeCache) {
        if (!c.text.isNull() && c.text == text)
            return c;
    }
    CachedTime &c = m_timeCache[m_timeCacheNext];
    m_timeCacheNext = (m_timeCacheNext + 1) % 4;
    c = CachedTime();
    c.text = text;
    c.ok = values::readDateTime(text, m_dateOrder, c.local, c.rule);
    if (c.ok) {
        values::LocalDateTime local = c.local;
        if (!local.hasTime)
            local.time = QTime(12, 0);
        c.utc = values::toUtc(local, m_options.timeZone);
    }
    return c;
}

std::optional<QDateTime> TableReader::readStart(RowContext &context, const QString &column,
                                                const QString &text, bool requireTime)
{
    if (text.isEmpty()) {
        context.fail(column, text, Tr::tr("is empty; every row needs a date"));
        return std::nullopt;
    }
    QString rule;
    const auto start = tryStart(text, rule, requireTime);
    if (!start)
        context.fail(column, text, rule);
    return start;
}

std::optional<QDateTime> TableReader::tryStart(const QString &text, QString &rule, bool requireTime)
{
    const CachedTime &c = cachedTime(text);
    if (!c.ok) {
        rule = c.rule;
        return std::nullopt;
    }
    if (requireTime && !c.local.hasTime) {
        rule = Tr::tr("has no time of day");
        return std::nullopt;
    }
    return c.utc;
}

bool TableReader::blankOrZero(const QString &text)
{
    std::optional<double> value;
    QString rule;
    return values::readDecimal(text, value, rule) && (!value || *value == 0);
}

std::optional<QDate> TableReader::readDay(RowContext &context, const QString &column,
                                          const QString &text)
{
    if (text.isEmpty()) {
        context.fail(column, text, Tr::tr("is empty; every row needs a date"));
        return std::nullopt;
    }
    const CachedTime &c = cachedTime(text);
    if (!c.ok) {
        context.fail(column, text, c.rule);
        return std::nullopt;
    }
    return c.local.date;
}

void TableReader::addWeightUnitAssumption()
{
    addAssumption(m_options.unit == WeightUnit::Pound
                      ? Tr::tr("Weights read as pounds (the file does not say its unit).")
                      : Tr::tr("Weights read as kilograms (the file does not say its unit)."));
}

DistanceUnit TableReader::assumedDistanceUnit() const
{
    return m_options.distanceUnit.value_or(
        m_options.unit == WeightUnit::Pound ? DistanceUnit::Mile : DistanceUnit::Kilometre);
}

bool TableReader::readExercise(RowContext &context, const QStringList &fields, int column,
                               ParsedRow &row) const
{
    const QString exercise = cell(fields, column);
    if (exercise.isEmpty()) {
        context.fail(m_header.name(column), exercise,
                     Tr::tr("is empty; every set needs an exercise"));
        return false;
    }
    row.set.exerciseName = exercise;
    return true;
}

void TableReader::skip(qint64 line, const QString &reason)
{
    ++m_skippedCount;
    if (m_skipped.size() < limits::maxListed)
        m_skipped.append(SkippedRow { line, reason });
}

void TableReader::addFlags(const QList<Flag> &flags)
{
    for (const Flag &f : flags) {
        ++m_flagCount;
        if (m_flags.size() < limits::maxListed)
            m_flags.append(f);
    }
}

std::optional<ImportedWorkout> TableReader::next()
{
    while (!m_ready && !m_done && !m_error) {
        if (!m_csv->next()) {
            m_done = true;
            if (m_csv->error()) {
                m_error = m_csv->error();
                m_current = Pending();
                break;
            }
            m_ready = finish();
            break;
        }
        processRecord();
    }
    if (m_error)
        return std::nullopt;
    std::optional<ImportedWorkout> out = std::move(m_ready);
    m_ready.reset();
    return out;
}

bool TableReader::tryParse(const QStringList &fields, qint64 line, ParsedRow &row, QString &reason,
                           QString *column, bool strict)
{
    row = ParsedRow();
    RowContext context(line, row, strict);
    parseRow(fields, context, row);
    if (context.failed()) {
        reason = context.reason();
        if (column)
            *column = context.failedColumn();
        return false;
    }
    return true;
}

void TableReader::processRecord()
{
    const QStringList &fields = m_csv->fields();
    const qint64 line = m_csv->line();
    const bool blank = std::all_of(fields.cbegin(), fields.cend(),
                                   [](const QString &f) { return f.trimmed().isEmpty(); });
    if (blank)
        return;

    const int columns = m_header.size();
    if (fields.size() < columns) {
        QString reason =
            Tr::tr("the row has %1 fields where the header has %2").arg(fields.size()).arg(columns);
        if (!m_csv->endedWithLineBreak())
            reason += Tr::tr(" (and no line end: the file seems cut off)");
        skip(line, reason);
        return;
    }

    ParsedRow row;
    QString reason;
    bool ok = false;
    if (fields.size() == columns) {
        ok = tryParse(fields, line, row, reason);
    } else {
        // The reason shown is the first one about a column that cannot take the extra
        // separators (a number, a unit): that reading put the names and notes right.
        QString first;
        QString firstFixed;
        ok = alignFields(fields, columns, m_freeColumns, QChar::fromLatin1(m_csv->separator()),
                         [&](const QStringList &candidate) {
                             QString why;
                             QString column;
                             if (tryParse(candidate, line, row, why, &column, true))
                                 return true;
                             if (first.isEmpty())
                                 first = why;
                             const int index = m_header.indexOf(column);
                             if (firstFixed.isEmpty() && !column.isEmpty()
                                 && !m_freeColumns.contains(index))
                                 firstFixed = why;
                             return false;
                         });
        if (!firstFixed.isEmpty())
            first = firstFixed;
        if (!ok) {
            reason = Tr::tr("the row has %1 fields where the header has %2")
                         .arg(fields.size())
                         .arg(columns);
            if (!first.isEmpty())
                reason += Tr::tr(", and read with the extra separators as part of a name or "
                                 "note: %1")
                              .arg(first);
        }
    }
    if (!ok) {
        skip(line, reason);
        return;
    }
    accept(row, line);
}

void TableReader::startWorkout(ParsedRow &row, qint64 line)
{
    m_current = Pending();
    m_current.active = true;
    m_current.workout = row.workout;
    m_current.workout.key = row.key;
    m_current.workout.line = line;
    m_current.workout.sets.clear();
    if (m_finishedKeys.contains(qHash(row.key))) {
        addFlags({ Flag { line, Tr::tr("workout"), row.key,
                          Tr::tr("the rows of this workout are not together: read as a second "
                                 "workout with the same key") } });
    }
    addFlags(row.workoutFlags);
}

void TableReader::accept(ParsedRow &row, qint64 line)
{
    if (row.kind == ParsedRow::Kind::Ignore)
        return;

    if (!m_current.active || m_current.workout.key != row.key) {
        if (m_current.active)
            m_ready = finish();
        startWorkout(row, line);
    } else if (m_current.workout.notes.isEmpty() && !row.workout.notes.isEmpty()) {
        m_current.workout.notes = row.workout.notes;
    }

    const QString &exercise = row.set.exerciseName;
    if (row.kind == ParsedRow::Kind::Note) {
        if (row.exerciseNotes.isEmpty())
            return;
        if (!m_current.blocks.isEmpty() && m_current.blocks.constLast().exercise == exercise) {
            QStringList &notes = m_current.blocks.last().notes;
            if (!notes.contains(row.exerciseNotes))
                notes.append(row.exerciseNotes);
        } else {
            m_current.orphanNotes.append({ exercise, row.exerciseNotes });
        }
        return;
    }

    if (m_current.setCount >= limits::maxSetsPerWorkout) {
        skip(line,
             Tr::tr("the workout that starts on line %1 already has %2 sets, the most one "
                    "workout may have")
                 .arg(m_current.workout.line)
                 .arg(limits::maxSetsPerWorkout));
        return;
    }

    if (m_current.blocks.isEmpty() || m_current.blocks.constLast().exercise != exercise) {
        Block block;
        block.exercise = exercise;
        for (qsizetype i = 0; i < m_current.orphanNotes.size();) {
            if (m_current.orphanNotes.at(i).first == exercise) {
                block.notes.append(m_current.orphanNotes.at(i).second);
                m_current.orphanNotes.removeAt(i);
            } else {
                ++i;
            }
        }
        m_current.blocks.append(block);
    }
    Block &block = m_current.blocks.last();
    if (!row.exerciseNotes.isEmpty() && !block.notes.contains(row.exerciseNotes))
        block.notes.append(row.exerciseNotes);

    PendingSet pending;
    pending.set = row.set;
    pending.set.line = line;
    const PendingSet *previous = block.sets.isEmpty() ? nullptr : &block.sets.constLast();
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    switch (row.sort.kind) {
    case SortHint::FileOrder:
        pending.major = previous ? previous->major : 0;
        pending.minor = previous ? previous->minor + 1 : 0;
        break;
    case SortHint::First:
        pending.major = lowest;
        pending.minor = 0;
        break;
    case SortHint::Number:
        pending.major = row.sort.number;
        pending.minor = 0;
        break;
    case SortHint::AfterPrevious:
        pending.major = previous ? previous->major : lowest;
        pending.minor = previous ? previous->minor + 1 : 1;
        break;
    }
    block.sets.append(pending);
    ++m_current.setCount;
    addFlags(row.flags);
}

std::optional<ImportedWorkout> TableReader::finish()
{
    if (!m_current.active)
        return std::nullopt;
    Pending p = std::move(m_current);
    m_current = Pending();
    if (m_finishedKeys.size() < maxRememberedKeys)
        m_finishedKeys.insert(qHash(p.workout.key));

    ImportedWorkout workout = std::move(p.workout);
    QHash<QString, int> counts;
    for (Block &block : p.blocks) {
        std::stable_sort(block.sets.begin(), block.sets.end(),
                         [](const PendingSet &a, const PendingSet &b) {
                             return a.major != b.major ? a.major < b.major : a.minor < b.minor;
                         });
        if (!block.notes.isEmpty() && !block.sets.isEmpty()) {
            ImportedSet &first = block.sets.first().set;
            const QString notes = block.notes.join(u'\n');
            first.notes = first.notes.isEmpty() ? notes : notes + u'\n' + first.notes;
        }
        for (PendingSet &ps : block.sets) {
            ps.set.order = counts[block.exercise]++;
            workout.sets.append(std::move(ps.set));
        }
    }
    for (const auto &[exercise, note] : std::as_const(p.orphanNotes)) {
        const QString line = exercise + u": "_s + note;
        workout.notes = workout.notes.isEmpty() ? line : workout.notes + u'\n' + line;
    }
    if (workout.sets.isEmpty())
        return std::nullopt;
    return workout;
}

// --- alignFields ---

bool alignFields(const QStringList &fields, int headerSize, const QList<int> &freeColumns,
                 QChar separator, const std::function<bool(const QStringList &)> &tryRow,
                 int maxCandidates)
{
    const int extra = int(fields.size()) - headerSize;
    QList<int> free;
    for (int c : freeColumns) {
        if (c >= 0 && c < headerSize && !free.contains(c))
            free.append(c);
    }
    // More than 16 extra separators are not a name with commas in it.
    if (extra <= 0 || free.isEmpty() || extra > 16)
        return false;

    QList<int> give(headerSize, 0);
    int tries = 0;
    int visited = 0; // ways looked at in a round, tried or not: bounds the time per row
    const int maxVisited = 16 * maxCandidates;
    bool accepted = false;
    const QString sep(separator);

    auto build = [&]() {
        QStringList row;
        row.reserve(headerSize);
        qsizetype at = 0;
        for (int c = 0; c < headerSize; ++c) {
            const int span = 1 + give.at(c);
            row.append(span == 1 ? fields.at(at) : fields.mid(at, span).join(sep));
            at += span;
        }
        return row;
    };
    // A text that starts or ends with the separator ("" joined with the next field) is an
    // unlikely reading: such candidates are tried in a second round, after all the others.
    auto plausible = [&]() {
        qsizetype at = 0;
        for (int c = 0; c < headerSize; ++c) {
            const int span = 1 + give.at(c);
            if (span > 1
                && (fields.at(at).trimmed().isEmpty()
                    || fields.at(at + span - 1).trimmed().isEmpty()))
                return false;
            at += span;
        }
        return true;
    };
    // Gives `left` extras to free[k..], the first the most; stops when accepted or out of tries.
    int round = 0;
    std::function<void(int, int)> distribute = [&](int k, int left) {
        if (accepted || tries >= maxCandidates || visited >= maxVisited)
            return;
        if (k == free.size() - 1) {
            ++visited;
            give[free.at(k)] = left;
            if (plausible() == (round == 0)) {
                ++tries;
                accepted = tryRow(build());
            }
            give[free.at(k)] = 0;
            return;
        }
        for (int e = left; e >= 0 && !accepted && tries < maxCandidates && visited < maxVisited;
             --e) {
            give[free.at(k)] = e;
            distribute(k + 1, left - e);
        }
        give[free.at(k)] = 0;
    };
    for (round = 0; round < 2 && !accepted; ++round) {
        visited = 0;
        distribute(0, extra);
    }
    return accepted;
}

} // namespace ft::core::import
