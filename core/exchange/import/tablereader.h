#pragma once

#include "core/exchange/import/csvreader.h"
#include "core/exchange/import/importvalues.h"
#include "core/exchange/import/workoutsource.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

// What the Strong, Hevy and FitNotes readers share: a CSV file with a header line, one set per
// row, rows of one workout next to each other. TableReader reads the rows, lets the format's
// reader turn each into a ParsedRow, and assembles workouts: sets sorted within each run of one
// exercise, numbered per exercise, exercise notes on an exercise's first set.

namespace ft::core::import {

// The header line: column names matched by name (trimmed, case-insensitive), never by position.
class Header
{
public:
    Header() = default;
    explicit Header(const QStringList &names);

    int indexOf(const QString &name) const; // -1 when absent
    bool has(const QString &name) const { return indexOf(name) >= 0; }
    int size() const { return int(m_names.size()); }
    const QStringList &names() const { return m_names; }
    QString name(int index) const { return m_names.value(index); }
    // The names of `needed` the header lacks.
    QStringList missing(const QStringList &needed) const;
    // How many of `names` the header has.
    int countOf(const QStringList &names) const;

private:
    QStringList m_names;
    QHash<QString, int> m_index;
};

// Where a set goes among the sets of its run of one exercise (the sort is stable).
struct SortHint
{
    enum Kind {
        FileOrder,     // as in the file
        First,         // before the numbered sets (a warm-up without a number)
        Number,        // by `number`
        AfterPrevious, // right after the row before it in the file (failure, drop sets)
    };
    Kind kind = FileOrder;
    qint64 number = 0;
};

// One data row as the format's reader understood it.
struct ParsedRow
{
    enum class Kind { Set, Note, Ignore };
    Kind kind = Kind::Set;
    QString key;             // the workout it belongs to
    ImportedWorkout workout; // title, start, duration, notes (used from a workout's first row)
    ImportedSet set;         // exerciseName also for a Note row
    QString exerciseNotes;   // notes about the exercise: put on its first set, once
    SortHint sort;
    QList<Flag> flags;
    QList<Flag> workoutFlags; // kept once per workout, from its first row
};

// Reads the cells of one row, collecting the first reason to skip it and the flags.
class RowContext
{
public:
    RowContext(qint64 line, ParsedRow &row, bool strict = false)
        : m_line(line)
        , m_row(row)
        , m_strict(strict)
    { }

    qint64 line() const { return m_line; }
    // Strict while trying a reading of a row with more fields than the header: then a value
    // that would only be flagged fails the reading, so that a wrong placement is not kept.
    bool strict() const { return m_strict; }
    bool failed() const { return !m_reason.isEmpty(); }
    const QString &reason() const { return m_reason; }
    // The column of the reason, empty when the reason is about the whole row.
    const QString &failedColumn() const { return m_failedColumn; }

    void fail(const QString &column, const QString &value, const QString &rule);
    void flag(const QString &column, const QString &value, const QString &reason);
    void flagWorkout(const QString &column, const QString &value, const QString &reason);

    std::optional<double> weightKg(const QString &column, const QString &text, WeightUnit unit);
    std::optional<int> reps(const QString &column, const QString &text);
    std::optional<double> rpe(const QString &column, const QString &text);
    std::optional<double> distanceM(const QString &column, const QString &text,
                                    double metresPerUnit);
    std::optional<int> setSeconds(const QString &column, const QString &text);
    // A workout's duration: text that is not a duration is flagged and left out, not a reason to
    // lose the workout's rows.
    std::optional<int> workoutSeconds(const QString &column, const QString &text);
    // After the cells: a cardio row (distance or time, no reps and no load) keeps only those; a
    // row that records nothing at all is skipped.
    void finishSet();

private:
    qint64 m_line;
    ParsedRow &m_row;
    bool m_strict;
    QString m_reason;
    QString m_failedColumn;
};

class TableReader : public WorkoutReader
{
public:
    ~TableReader() override;

    std::optional<ImportedWorkout> next() override;
    std::optional<Error> error() const override { return m_error; }
    QList<SkippedRow> skipped() const override { return m_skipped; }
    QList<Flag> flags() const override { return m_flags; }
    qint64 skippedCount() const override { return m_skippedCount; }
    qint64 flagCount() const override { return m_flagCount; }
    QStringList assumptions() const override { return m_assumptions; }

    // The system locale's order for numeric dates, and its name, for the assumption sentence.
    static DateOrder localeDateOrder(QString *localeName = nullptr);

protected:
    TableReader(std::unique_ptr<CsvReader> csv, Header header, ReadOptions options);

    // Fills `row` from `fields` (as many as the header has columns); reasons to skip the row
    // and flags go to `context`.
    virtual void parseRow(const QStringList &fields, RowContext &context, ParsedRow &row) = 0;
    // The columns that may hold an unquoted separator, the most likely first.
    void setFreeColumns(const QStringList &names);

    const Header &header() const { return m_header; }
    const ReadOptions &options() const { return m_options; }
    static QString cell(const QStringList &fields, int column);

    // Reads a local date and time in the chosen zone and returns it in UTC; a date without a
    // time of day is put at 12:00 local time. Cached: a workout's rows repeat the same text.
    std::optional<QDateTime> readStart(RowContext &context, const QString &column,
                                       const QString &text, bool requireTime = false);
    // The same without a row to skip: nothing and `rule` set when `text` is not a date.
    std::optional<QDateTime> tryStart(const QString &text, QString &rule, bool requireTime = false);
    std::optional<QDate> readDay(RowContext &context, const QString &column, const QString &text);
    // The exercise's name into row.set.exerciseName; false, with the row failed, when it is empty.
    bool readExercise(RowContext &context, const QStringList &fields, int column,
                      ParsedRow &row) const;
    // An empty cell, or one that reads as 0.
    static bool blankOrZero(const QString &text);

    DateOrder dateOrder() const { return m_dateOrder; }
    void setDateOrder(DateOrder order) { m_dateOrder = order; }
    void addAssumption(const QString &text) { m_assumptions.append(text); }
    // For a file that does not say its weight unit: weights are read in options().unit.
    void addWeightUnitAssumption();
    // The unit of distances where the file does not say it: the one chosen, else miles with
    // pounds and kilometres with kilograms.
    DistanceUnit assumedDistanceUnit() const;

private:
    struct PendingSet
    {
        ImportedSet set;
        qint64 major = 0;
        qint64 minor = 0;
    };
    struct Block
    {
        QString exercise;
        QList<PendingSet> sets;
        QStringList notes;
    };
    struct Pending
    {
        bool active = false;
        ImportedWorkout workout;
        QList<Block> blocks;
        QList<std::pair<QString, QString>> orphanNotes; // Note rows before their exercise
        int setCount = 0;
    };
    struct CachedTime
    {
        QString text;
        bool ok = false;
        values::LocalDateTime local;
        QDateTime utc;
        QString rule;
    };

    void processRecord();
    bool tryParse(const QStringList &fields, qint64 line, ParsedRow &row, QString &reason,
                  QString *column = nullptr, bool strict = false);
    void accept(ParsedRow &row, qint64 line);
    void startWorkout(ParsedRow &row, qint64 line);
    std::optional<ImportedWorkout> finish();
    void skip(qint64 line, const QString &reason);
    void addFlags(const QList<Flag> &flags);
    const CachedTime &cachedTime(const QString &text);

    std::unique_ptr<CsvReader> m_csv;
    Header m_header;
    ReadOptions m_options;
    DateOrder m_dateOrder = DateOrder::DayFirst;
    QList<int> m_freeColumns;
    Pending m_current;
    std::optional<ImportedWorkout> m_ready;
    // Hashes of the workouts read so far, to flag a workout whose rows are apart; at most
    // maxRememberedKeys (memory stays bounded; a real export has a few thousand workouts).
    static constexpr qsizetype maxRememberedKeys = 200'000;
    QSet<size_t> m_finishedKeys;
    bool m_done = false;
    std::optional<Error> m_error;
    QList<SkippedRow> m_skipped;
    QList<Flag> m_flags;
    qint64 m_skippedCount = 0;
    qint64 m_flagCount = 0;
    QStringList m_assumptions;
    CachedTime m_timeCache[4];
    int m_timeCacheNext = 0;
};

// The refusal of a file that lacks needed columns: `message` says which, `missing` names them.
Error missingColumnsError(const QString &message, const QStringList &missing);

// The ways to read a row that has more fields than the header: each way gives the extra fields
// to the free columns (joined back with the separator), the first free column the most, and
// readings in which a text would start or end with the separator come last. Calls `tryRow`
// with each candidate (header.size() fields) until it returns true; at most `maxCandidates`
// tries. Returns whether one was accepted.
bool alignFields(const QStringList &fields, int headerSize, const QList<int> &freeColumns,
                 QChar separator, const std::function<bool(const QStringList &)> &tryRow,
                 int maxCandidates = 64);

} // namespace ft::core::import
