// The Strong, Hevy and FitNotes readers against the fixtures of tests/data/import/ (written for
// these tests from the format facts of issue 4). Each fixture's whole reading (workouts, sets,
// values, lines, skipped rows, flags, assumptions) is compared with a hand-written reference in
// tests/data/import/expected/. Then the files refused as a whole, and the edge cases.
#include "core/exchange/import/tablereader.h"
#include "core/exchange/import/workoutsource.h"

#include <QBuffer>
#include <QFile>
#include <QLocale>
#include <QTest>

#include <cmath>

using namespace ft::core;
using namespace ft::core::import;
using namespace Qt::StringLiterals;

namespace {

QString shown(QString s)
{
    s.replace(u'\n', u"\\n"_s);
    s.replace(QChar(0x202F), u"<U+202F>"_s);
    s.replace(QChar(0x00A0), u"<U+00A0>"_s);
    return s;
}

// Hundredths when the value is snapped, every digit when it is not (so leftovers show).
QString amount(double v)
{
    const double cents = v * 100.0;
    if (std::abs(cents - std::round(cents)) < 1e-6 && v == std::round(cents) / 100.0)
        return QString::number(v, 'f', 2);
    return QString::number(v, 'g', 17);
}

QString kindName(SetKind kind)
{
    switch (kind) {
    case SetKind::Normal:
        return {};
    case SetKind::Warmup:
        return u" warmup"_s;
    case SetKind::Failure:
        return u" failure"_s;
    case SetKind::Drop:
        return u" drop"_s;
    }
    return u" ?"_s;
}

QStringList dump(WorkoutReader &reader, int *workouts = nullptr)
{
    QStringList body;
    int count = 0;
    while (const auto w = reader.next()) {
        ++count;
        QString line = u"workout line %1 key \"%2\" title \"%3\" start %4"_s.arg(w->line).arg(
            shown(w->key), shown(w->title), w->start.toString(Qt::ISODate));
        if (w->start.timeSpec() != Qt::UTC)
            line += u" NOT-UTC"_s;
        if (w->durationS)
            line += u" duration "_s + QString::number(*w->durationS);
        if (!w->notes.isEmpty())
            line += u" notes \""_s + shown(w->notes) + u'"';
        body.append(line);
        for (const ImportedSet &s : w->sets) {
            QString set = u"  set line %1 \"%2\" #%3%4"_s.arg(s.line)
                              .arg(shown(s.exerciseName))
                              .arg(s.order)
                              .arg(kindName(s.kind));
            if (s.weightKg)
                set += u" weight "_s + amount(*s.weightKg);
            if (s.reps)
                set += u" reps "_s + QString::number(*s.reps);
            if (s.rpe)
                set += u" rpe "_s + QString::number(*s.rpe);
            if (s.distanceM)
                set += u" distance "_s + amount(*s.distanceM);
            if (s.durationS)
                set += u" time "_s + QString::number(*s.durationS);
            if (!s.notes.isEmpty())
                set += u" notes \""_s + shown(s.notes) + u'"';
            body.append(set);
        }
    }
    if (workouts)
        *workouts = count;
    QStringList out { u"format "_s + formatName(reader.format()) };
    for (const QString &a : reader.assumptions())
        out.append(u"assumption "_s + shown(a));
    out += body;
    if (reader.error())
        out.append(u"error "_s + reader.error()->message);
    for (const SkippedRow &s : reader.skipped())
        out.append(u"skipped line %1: %2"_s.arg(s.line).arg(shown(s.reason)));
    for (const Flag &f : reader.flags())
        out.append(u"flag line %1 %2 \"%3\": %4"_s.arg(f.line).arg(shown(f.field), shown(f.value),
                                                                   shown(f.reason)));
    return out;
}

QString fixture(const QString &name)
{
    return QFINDTESTDATA(u"../data/import/"_s + name);
}

QStringList expectedLines(const QString &name)
{
    QFile file(fixture(u"expected/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        return { u"cannot open expected/"_s + name };
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

// Compares line by line, so that a failure names the first line that differs.
bool compareLines(const QStringList &got, const QStringList &expected)
{
    for (qsizetype i = 0; i < std::min(got.size(), expected.size()); ++i) {
        if (got.at(i) != expected.at(i)) {
            qWarning("line %d differs:\n  got:      %s\n  expected: %s", int(i + 1),
                     qPrintable(got.at(i)), qPrintable(expected.at(i)));
            return false;
        }
    }
    if (got.size() != expected.size()) {
        qWarning("got %d lines, expected %d; the rest:\n%s", int(got.size()), int(expected.size()),
                 qPrintable((got.size() > expected.size() ? got : expected)
                                .mid(std::min(got.size(), expected.size()))
                                .join(u'\n')));
        return false;
    }
    return true;
}

Result<std::unique_ptr<WorkoutReader>> openBytes(QBuffer &buffer, const QByteArray &bytes,
                                                 std::optional<Format> format = std::nullopt,
                                                 ReadOptions options = ReadOptions())
{
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    options.timeZone = QTimeZone::utc();
    return openReader(buffer, format, options);
}

// The whole reading (dump) of `bytes`, opened as openBytes does; the refusal when there is one.
QStringList readBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    auto reader = openBytes(buffer, bytes);
    if (!reader)
        return { u"refused: "_s + reader.error().message };
    return dump(**reader);
}

// Wraps a device as a sequential one (a pipe): no seeking back, no size.
class SequentialDevice : public QIODevice
{
public:
    explicit SequentialDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// A sequential device producing a Strong export of `rows` set rows, 20 per workout, on the fly.
class GeneratedStrongExport : public QIODevice
{
public:
    explicit GeneratedStrongExport(qint64 rows, bool bad = false)
        : m_rows(rows)
        , m_bad(bad)
    {
        open(QIODevice::ReadOnly);
        m_pending = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,"
                    "Seconds,Notes,Workout Notes,RPE\n";
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override
    {
        return m_row >= m_rows && m_pending.isEmpty() && QIODevice::atEnd();
    }
    qint64 produced() const { return m_produced; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 n = 0;
        while (n < maxSize) {
            if (m_pending.isEmpty()) {
                if (m_row >= m_rows)
                    break;
                const QDateTime start = QDateTime(QDate(2000, 1, 1), QTime(7, 30), QTimeZone::utc())
                                            .addSecs((m_row / 20) * 3600);
                m_pending = start.toString(u"yyyy-MM-dd HH:mm:ss"_s).toLatin1() + ",Workout "
                    + QByteArray::number(m_row / 20) + ",1h 3m,"
                    + (m_row % 2 ? "Squat (Barbell)" : "Bench Press (Barbell)") + ","
                    + QByteArray::number(m_row % 20 / 2 + 1) + "," + (m_bad ? "-5" : "100")
                    + ",5,0,0,,,8\n";
                ++m_row;
            }
            const qint64 take = std::min<qint64>(maxSize - n, m_pending.size());
            memcpy(data + n, m_pending.constData(), size_t(take));
            m_pending.remove(0, take);
            n += take;
        }
        m_produced += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_rows;
    bool m_bad;
    qint64 m_row = 0;
    qint64 m_produced = 0;
    QByteArray m_pending;
};

} // namespace

class TestImportReaders : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void sameReadingFromAPipe();
    void refused_data();
    void refused();
    void formatNames();
    void ambiguousDatesFollowTheLocale();
    void pipeDatesFollowTheLocale();
    void workoutRowsApart();
    void noteRowWithoutSets();
    void hevyUnquotedDateSpansNoOtherColumn();
    void fitnotesUnquotedCommaInName();
    void headerMatchedByNameNotPosition();
    void missingColumnsAreNamed_data();
    void missingColumnsAreNamed();
    void hugeNumbersAreSkipped();
    void errorStopsAndDropsThePendingWorkout();
    void skippedListIsBoundedCountIsExact();
};

void TestImportReaders::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format"); // empty: detect
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("unit");  // 0 kg, 1 lb
    QTest::addColumn<int>("order"); // -1 unset, 0 day first, 1 month first
    QTest::addColumn<QString>("expected");

    const struct
    {
        const char *file;
        const char *zone;
        int unit;
        int order;
        const char *expected;
    } cases[] = {
        { "strong_comma_kg.csv", "Europe/Berlin", 0, -1, "strong_comma_kg.txt" },
        { "strong_comma_lb_12h.csv", "America/New_York", 1, -1, "strong_comma_lb_12h.txt" },
        { "strong_semicolon.csv", "UTC", 1, -1, "strong_semicolon.txt" },
        { "strong_legacy.csv", "Europe/Berlin", 1, -1, "strong_legacy.txt" },
        { "hevy_kg.csv", "Europe/Berlin", 1, -1, "hevy_kg.txt" },
        { "hevy_lbs_unquoted.csv", "America/Chicago", 0, -1, "hevy_lbs_unquoted.txt" },
        { "fitnotes_kgs.csv", "Europe/Berlin", 0, -1, "fitnotes_kgs.txt" },
        { "fitnotes_lbs_daymonth.csv", "Europe/London", 0, -1, "fitnotes_lbs_daymonth.txt" },
        { "fitnotes_unit_per_row.csv", "UTC", 0, -1, "fitnotes_unit_per_row.txt" },
        { "fitnotes_ambiguous_dates.csv", "UTC", 0, 0, "fitnotes_ambiguous_dates.daymonth.txt" },
        { "fitnotes_ambiguous_dates.csv", "UTC", 0, 1, "fitnotes_ambiguous_dates.monthday.txt" },
    };
    for (const auto &c : cases) {
        const QString file = QString::fromLatin1(c.file);
        const QString format = file.section(u'_', 0, 0);
        for (const QString &f : { QString(), format }) {
            QTest::addRow("%s%s, %s", c.file, f.isEmpty() ? "" : " (named)", c.expected)
                << file << f << QString::fromLatin1(c.zone) << c.unit << c.order
                << QString::fromLatin1(c.expected);
        }
    }
}

void TestImportReaders::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, zone);
    QFETCH(int, unit);
    QFETCH(int, order);
    QFETCH(QString, expected);

    QFile device(fixture(file));
    QVERIFY2(device.open(QIODevice::ReadOnly), qPrintable(file));
    ReadOptions options;
    options.timeZone = QTimeZone(zone.toLatin1());
    QVERIFY2(options.timeZone.isValid(), qPrintable(zone));
    options.unit = unit == 1 ? WeightUnit::Pound : WeightUnit::Kilogram;
    if (order >= 0)
        options.dateOrder = order == 0 ? DateOrder::DayFirst : DateOrder::MonthFirst;
    std::optional<Format> named;
    if (!format.isEmpty())
        named = formatFromName(format);
    auto reader = openReader(device, named, options);
    QVERIFY2(reader.ok(), reader.ok() ? "" : qPrintable(reader.error().message));
    const QStringList got = dump(**reader);
    QVERIFY(compareLines(got, expectedLines(expected)));
    // The counts agree with the lists, and reading past the end stays at the end.
    QCOMPARE((*reader)->skippedCount(), qint64((*reader)->skipped().size()));
    QCOMPARE((*reader)->flagCount(), qint64((*reader)->flags().size()));
    QVERIFY(!(*reader)->next());
    QVERIFY(!(*reader)->error());
}

// A file read from a pipe (no seeking back) reads the same, but for how FitNotes settles the
// order of day and month (see pipeDatesFollowTheLocale).
void TestImportReaders::sameReadingFromAPipe()
{
    for (const char *name : { "strong_comma_kg.csv", "strong_semicolon.csv", "hevy_kg.csv",
                              "hevy_lbs_unquoted.csv", "fitnotes_kgs.csv" }) {
        QFile file(fixture(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ReadOptions options;
        options.timeZone = QTimeZone::utc();
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        SequentialDevice pipe(bytes);
        auto fromFile = openReader(buffer, std::nullopt, options);
        auto fromPipe = openReader(pipe, std::nullopt, options);
        QVERIFY(fromFile.ok() && fromPipe.ok());
        QCOMPARE(dump(**fromPipe), dump(**fromFile));
    }
}

void TestImportReaders::refused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("atOpen");     // refused by openReader, or while reading
    QTest::addColumn<QString>("message"); // exact; or "prefix..." to compare the start

    QTest::newRow("not an export")
        << u"refuse_not_an_export.csv"_s << QString() << true
        << u"This is not an export this importer knows: its first line is \"Booking date,Payee,"
           "Amount,Currency\". It knows Strong (Date,Workout Name,Duration,Exercise Name,Set "
           "Order,Weight,Reps,... or \"Workout #\";\"Date\";... or Date;Workout Name;Exercise "
           "Name;Set Order;Weight;Weight Unit;...), Hevy (title,start_time,end_time,description,"
           "exercise_title,...) and FitNotes (Date,Exercise,Category,Weight (kgs),Reps,...)."_s;
    QTest::newRow("not an export, named Strong")
        << u"refuse_not_an_export.csv"_s << u"strong"_s << true
        << u"This is not a Strong export: its first line is \"Booking date,Payee,Amount,"
           "Currency\"."_s;
    QTest::newRow("Strong missing Reps")
        << u"refuse_strong_missing_reps.csv"_s << QString() << true
        << u"This Strong export (comma layout) lacks the column(s) \"Reps\"."_s;
    QTest::newRow("Hevy missing its weight")
        << u"refuse_hevy_missing_weight.csv"_s << QString() << true
        << u"This Hevy export lacks the column(s) \"weight_kg\" or \"weight_lbs\"."_s;
    QTest::newRow("truncated in a quoted field")
        << u"refuse_truncated_quote.csv"_s << QString() << false
        << u"A quoted field that starts on line 3 is still open at the end of the file: the "
           "file seems truncated."_s;
    QTest::newRow("Latin-1, not UTF-8")
        << u"refuse_latin1.csv"_s << QString() << false
        << u"Line 2 is not valid UTF-8 (a UTF-8 sequence cut short at byte 0xe9): export the "
           "file again as UTF-8."_s;
    QTest::newRow("binary")
        << u"refuse_binary.bin"_s << QString() << true
        << u"This is a binary file, not a CSV text export (a NUL byte at byte 9)."_s;
    QTest::newRow("empty") << u"refuse_empty.csv"_s << QString() << true
                           << u"The file is empty: it has no header line."_s;
    QTest::newRow("Strong named Hevy")
        << u"strong_comma_kg.csv"_s << u"hevy"_s << true
        << u"This is not a Hevy export: its first line is \"Date,Workout Name,Duration,Exercise "
           "Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Not...\". It looks "
           "like a Strong export."_s;
    QTest::newRow("Hevy named FitNotes")
        << u"hevy_kg.csv"_s << u"fitnotes"_s << true
        << u"This is not a FitNotes export: its first line is \"title,start_time,end_time,"
           "description,exercise_title,superset_id,exercise_notes,set_index,set_typ...\". "
           "It looks like a Hevy export."_s;
    QTest::newRow("FitNotes named Strong")
        << u"fitnotes_kgs.csv"_s << u"strong"_s << true
        << u"This is not a Strong export: its first line is \"Date,Exercise,Category,Weight "
           "(kgs),Reps,Distance,Distance Unit,Time,Comment\". It looks like a FitNotes "
           "export."_s;
}

void TestImportReaders::refused()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(bool, atOpen);
    QFETCH(QString, message);

    QFile device(fixture(file));
    QVERIFY(device.open(QIODevice::ReadOnly));
    std::optional<Format> named;
    if (!format.isEmpty())
        named = formatFromName(format);
    auto reader = openReader(device, named, ReadOptions());
    if (atOpen) {
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().kind, Error::Kind::File);
        QCOMPARE(reader.error().message, message);
        return;
    }
    QVERIFY2(reader.ok(), reader.ok() ? "" : qPrintable(reader.error().message));
    int workouts = -1;
    dump(**reader, &workouts);
    QCOMPARE(workouts, 0); // nothing handed out before the error
    QVERIFY((*reader)->error());
    QCOMPARE((*reader)->error()->kind, Error::Kind::File);
    QCOMPARE((*reader)->error()->message, message);
}

void TestImportReaders::formatNames()
{
    for (Format f : { Format::Strong, Format::Hevy, Format::FitNotes })
        QCOMPARE(formatFromName(formatName(f)), f);
    QCOMPARE(formatName(Format::FitNotes), u"fitnotes"_s);
    QCOMPARE(formatFromName(u" Hevy "_s), Format::Hevy);
    QVERIFY(!formatFromName(u"auto"_s));

    QBuffer closed;
    const auto r = openReader(closed, std::nullopt, ReadOptions());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, u"The file is not open for reading."_s);
}

// Dates that fit either order: the system locale decides, and the reader says so.
void TestImportReaders::ambiguousDatesFollowTheLocale()
{
    QFile device(fixture(u"fitnotes_ambiguous_dates.csv"_s));
    QVERIFY(device.open(QIODevice::ReadOnly));
    ReadOptions options;
    options.timeZone = QTimeZone::utc();
    auto reader = openReader(device, std::nullopt, options);
    QVERIFY(reader.ok());
    QString locale;
    const DateOrder order = TableReader::localeDateOrder(&locale);
    QCOMPARE(
        (*reader)->assumptions(),
        QStringList { u"Dates such as 03/04/2026 (line 2) could be day/month or month/day; "
                      "read as %1, the order of the system locale (%2)."_s.arg(
                          order == DateOrder::DayFirst ? u"day/month/year"_s : u"month/day/year"_s,
                          locale) });
    const auto first = (*reader)->next();
    QVERIFY(first);
    QCOMPARE(first->key, order == DateOrder::DayFirst ? u"2026-04-03"_s : u"2026-03-04"_s);
}

// From a pipe the file cannot be looked over first: the locale decides, said once.
void TestImportReaders::pipeDatesFollowTheLocale()
{
    QFile file(fixture(u"fitnotes_lbs_daymonth.csv"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    SequentialDevice pipe(file.readAll());
    ReadOptions options;
    options.timeZone = QTimeZone::utc();
    auto reader = openReader(pipe, std::nullopt, options);
    QVERIFY(reader.ok());
    QVERIFY((*reader)->assumptions().isEmpty());
    int workouts = 0;
    dump(**reader, &workouts);
    QString locale;
    const DateOrder order = TableReader::localeDateOrder(&locale);
    QCOMPARE((*reader)->assumptions(),
             QStringList { u"Dates read as %1, the order of the system locale (%2): the file "
                           "could not be looked over first."_s.arg(order == DateOrder::DayFirst
                                                                       ? u"day/month/year"_s
                                                                       : u"month/day/year"_s,
                                                                   locale) });
    if (order == DateOrder::DayFirst)
        QCOMPARE(workouts, 2);
}

// Rows of one workout separated by another: two workouts with the same key, and a flag.
void TestImportReaders::workoutRowsApart()
{
    const QByteArray csv =
        "\"Workout #\";\"Date\";\"Workout Name\";\"Exercise Name\";\"Set Order\";"
        "\"Weight (kg)\";\"Reps\"\n"
        "\"1\";\"2026-01-01 10:00:00\";\"A\";\"Squat\";\"1\";\"100\";\"5\"\n"
        "\"2\";\"2026-01-02 10:00:00\";\"B\";\"Squat\";\"1\";\"100\";\"5\"\n"
        "\"1\";\"2026-01-01 10:00:00\";\"A\";\"Squat\";\"2\";\"100\";\"5\"\n";
    QCOMPARE(readBytes(csv),
             (QStringList {
                 u"format strong"_s,
                 u"workout line 2 key \"#1\" title \"A\" start 2026-01-01T10:00:00Z"_s,
                 u"  set line 2 \"Squat\" #0 weight 100.00 reps 5"_s,
                 u"workout line 3 key \"#2\" title \"B\" start 2026-01-02T10:00:00Z"_s,
                 u"  set line 3 \"Squat\" #0 weight 100.00 reps 5"_s,
                 u"workout line 4 key \"#1\" title \"A\" start 2026-01-01T10:00:00Z"_s,
                 u"  set line 4 \"Squat\" #0 weight 100.00 reps 5"_s,
                 u"flag line 4 workout \"#1\": the rows of this workout are not together: read "
                 "as a second workout with the same key"_s,
             }));
}

// A Note row whose exercise has no set in the workout ends up in the workout's notes; a Note
// row after its exercise's sets joins that exercise's notes.
void TestImportReaders::noteRowWithoutSets()
{
    const QByteArray csv = "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Notes\n"
                           "2026-01-01 10:00:00,A,Squat,1,100,5,Deep\n"
                           "2026-01-01 10:00:00,A,Squat,Note,,,Knees out\n"
                           "2026-01-01 10:00:00,A,Plank,Note,,,Not done today\n"
                           "2026-01-01 10:00:00,A,Curl,Rest Timer,,,\n";
    QCOMPARE(readBytes(csv).mid(2),
             (QStringList {
                 u"workout line 2 key \"2026-01-01 10:00:00 | A\" title \"A\" start "
                 "2026-01-01T10:00:00Z notes \"Plank: Not done today\""_s,
                 u"  set line 2 \"Squat\" #0 weight 100.00 reps 5 notes \"Deep\\nKnees out\""_s,
             }));
}

// Hevy without quotes: the commas of the dates go to the dates, nowhere else.
void TestImportReaders::hevyUnquotedDateSpansNoOtherColumn()
{
    const QByteArray csv =
        "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,"
        "set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n"
        "Push, Pull,2 Mar 2026, 19:59,,Two, parts,Press,,,0,normal,50,5,,,\n";
    QCOMPARE(readBytes(csv).mid(1),
             (QStringList {
                 u"workout line 2 key \"2 Mar 2026, 19:59 | Push, Pull\" title \"Push, Pull\" "
                 "start 2026-03-02T19:59:00Z notes \"Two, parts\""_s,
                 u"  set line 2 \"Press\" #0 weight 50.00 reps 5"_s,
             }));
}

void TestImportReaders::fitnotesUnquotedCommaInName()
{
    // An unquoted comma in an exercise's name, then a bad value in a row of normal width.
    const QByteArray csv = "Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time\n"
                           "2026-01-01,Press, Overhead,Shoulders,40,5,,,\n"
                           "2026-01-01,Press,,40,abc,,,\n";
    QCOMPARE(readBytes(csv).mid(1),
             (QStringList {
                 u"workout line 2 key \"2026-01-01\" title \"\" start 2026-01-01T12:00:00Z"_s,
                 u"  set line 2 \"Press, Overhead\" #0 weight 40.00 reps 5"_s,
                 u"skipped line 3: Reps \"abc\" is not a number"_s,
             }));
}

// Columns in another order, an unknown extra column, other case and blanks in the header.
void TestImportReaders::headerMatchedByNameNotPosition()
{
    const QByteArray csv = " reps ,Exercise Name,Extra,weight,set order,date,workout name\n"
                           "5,Squat,zzz,100,1,2026-01-01 10:00:00,A\n";
    QCOMPARE(readBytes(csv).mid(2),
             (QStringList {
                 u"workout line 2 key \"2026-01-01 10:00:00 | A\" title \"A\" start "
                 "2026-01-01T10:00:00Z"_s,
                 u"  set line 2 \"Squat\" #0 weight 100.00 reps 5"_s,
             }));
}

void TestImportReaders::missingColumnsAreNamed_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("message");

    QTest::newRow("Strong semicolon without weight and reps")
        << QByteArray("\"Workout #\";\"Date\";\"Workout Name\";\"Exercise Name\";\"Set Order\"\n")
        << u"This Strong export (semicolon layout with Workout #) lacks the column(s) \"Weight "
           "(kg)\", \"Reps\"."_s;
    QTest::newRow("Strong legacy without dates")
        << QByteArray("Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps\n")
        << u"This Strong export (legacy layout with units per row) lacks the column(s) "
           "\"Date\"."_s;
    QTest::newRow("Hevy without title and start")
        << QByteArray("exercise_title,set_index,set_type,weight_kg,reps\n")
        << u"This Hevy export lacks the column(s) \"title\", \"start_time\"."_s;
    QTest::newRow("FitNotes without weight and reps")
        << QByteArray("Date,Exercise,Category,Distance,Distance Unit,Time\n")
        << u"This FitNotes export lacks the column(s) \"Weight (kgs)\" or \"Weight (lbs)\" or "
           "\"Weight\", \"Reps\"."_s;
}

void TestImportReaders::missingColumnsAreNamed()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, message);
    QBuffer buffer;
    const auto reader = openBytes(buffer, header);
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().message, message);
}

// Numbers far beyond any range are skipped with their rule, never converted (found by fuzz_hevy:
// a set_index of 1.3e47 was cast to an integer before its range was checked).
void TestImportReaders::hugeNumbersAreSkipped()
{
    const QByteArray csv =
        "title,start_time,exercise_title,set_index,weight_kg,reps,distance_km,"
        "duration_seconds,rpe\n"
        "A,2026-01-01 10:00,Squat,133333333333333333333333333333333333333,100,5,,,\n"
        "A,2026-01-01 10:00,Squat,1,1e308,5,,,\n"
        "A,2026-01-01 10:00,Squat,1,100,1e300,,,\n"
        "A,2026-01-01 10:00,Run,1,,,1e308,,\n"
        "A,2026-01-01 10:00,Run,1,,,,1e308,\n"
        "A,2026-01-01 10:00,Squat,1,100,5,,,1e308\n"
        "A,2026-01-01 10:00,Squat,-0,100,5,,,\n";
    QCOMPARE(readBytes(csv).mid(1),
             (QStringList {
                 u"workout line 8 key \"2026-01-01 10:00 | A\" title \"A\" start "
                 "2026-01-01T10:00:00Z"_s,
                 u"  set line 8 \"Squat\" #0 weight 100.00 reps 5"_s,
                 u"skipped line 2: set_index \"133333333333333333333333333333333333333\" is not a "
                 "set number (0, 1, 2, ...)"_s,
                 u"skipped line 3: weight_kg \"1e308\" is more than 9999.99 kg; no weight can be"_s,
                 u"skipped line 4: reps \"1e300\" is more than 100000 reps; no set can be"_s,
                 u"skipped line 5: distance_km \"1e308\" is more than 10000 km; no set can be"_s,
                 u"skipped line 6: duration_seconds \"1e308\" is longer than any workout can be"_s,
                 u"skipped line 7: rpe \"1e308\" is outside the RPE scale of 1 to 10"_s,
             }));
}

// A refusal in the middle of a file: workouts already handed out stay out (the importer throws
// them away), the pending one is not handed out, and next() stays at nothing.
void TestImportReaders::errorStopsAndDropsThePendingWorkout()
{
    const QByteArray csv = "Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n"
                           "2026-01-01 10:00:00,A,Squat,1,100,5\n"
                           "2026-01-02 10:00:00,B,Squat,1,100,5\n"
                           "2026-01-02 10:00:00,B,Squat,2,100,\xFF\n"
                           "2026-01-03 10:00:00,C,Squat,1,100,5\n";
    QBuffer buffer;
    auto reader = openBytes(buffer, csv);
    QVERIFY(reader.ok());
    QVERIFY((*reader)->next());  // A
    QVERIFY(!(*reader)->next()); // B is dropped
    QVERIFY((*reader)->error());
    QCOMPARE((*reader)->error()->message,
             u"Line 4 is not valid UTF-8 (a byte that cannot start a UTF-8 sequence at byte "
             "0xff): export the file again as UTF-8."_s);
    QVERIFY(!(*reader)->next());
}

void TestImportReaders::skippedListIsBoundedCountIsExact()
{
    GeneratedStrongExport device(limits::maxListed + 50, true);
    auto reader = openReader(device, std::nullopt, ReadOptions());
    QVERIFY(reader.ok());
    while ((*reader)->next()) { }
    QVERIFY(!(*reader)->error());
    QCOMPARE((*reader)->skippedCount(), qint64(limits::maxListed + 50));
    QCOMPARE((*reader)->skipped().size(), qsizetype(limits::maxListed));
    QCOMPARE((*reader)->skipped().constLast().line, qint64(limits::maxListed + 1));
    QCOMPARE((*reader)->skipped().constFirst().reason,
             u"Weight \"-5\" is negative; a weight cannot be"_s);
}

// Reading 8 times more rows does not raise the peak memory by more than a few MiB: memory does
// not grow with the file.
QTEST_GUILESS_MAIN(TestImportReaders)
#include "tst_import_readers.moc"
