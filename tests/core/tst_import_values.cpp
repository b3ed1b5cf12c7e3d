// The cell readers of the import: pound conversion and snapping, numbers, durations, dates in
// the spellings of Strong, Hevy and FitNotes, and the placement of unquoted separators.
#include "core/exchange/import/importvalues.h"
#include "core/exchange/import/tablereader.h"

#include <QTest>

using namespace ft::core::import;
using namespace Qt::StringLiterals;

class TestImportValues : public QObject
{
    Q_OBJECT

private slots:
    void pounds_data();
    void pounds();
    void snapKilograms_data();
    void snapKilograms();
    void decimals_data();
    void decimals();
    void durations_data();
    void durations();
    void dates_data();
    void dates();
    void numericDayMonth_data();
    void numericDayMonth();
    void units();
    void alignment_data();
    void alignment();
    void alignmentGivesUp();
};

void TestImportValues::pounds_data()
{
    QTest::addColumn<double>("pounds");
    QTest::addColumn<double>("kg");

    QTest::newRow("135") << 135.0 << 61.23;
    QTest::newRow("149.99999999999997") << 149.99999999999997 << 68.04;
    QTest::newRow("150") << 150.0 << 68.04;
    QTest::newRow("45") << 45.0 << 20.41;
    QTest::newRow("225") << 225.0 << 102.06;
    QTest::newRow("1") << 1.0 << 0.45;
    QTest::newRow("2.5") << 2.5 << 1.13;
    QTest::newRow("0") << 0.0 << 0.0;
    QTest::newRow("1200") << 1200.0 << 544.31;
}

void TestImportValues::pounds()
{
    QFETCH(double, pounds);
    QFETCH(double, kg);
    const double got = values::poundsToKg(pounds);
    QCOMPARE(got, kg);
    // Snapped: exactly the double nearest to a whole number of hundredths.
    QCOMPARE(got, std::round(got * 100.0) / 100.0);
}

void TestImportValues::snapKilograms_data()
{
    QTest::addColumn<double>("in");
    QTest::addColumn<double>("out");

    QTest::newRow("Strong's 135 lb in kg") << 61.234969950 << 61.23;
    QTest::newRow("Strong's 45 lb in kg") << 20.411656650 << 20.41;
    QTest::newRow("binary leftover up") << 100.00000000000001 << 100.0;
    QTest::newRow("binary leftover down") << 99.999999999999986 << 100.0;
    QTest::newRow("2.675 (binary 2.67499...) is a half") << 2.675 << 2.68;
    QTest::newRow("half away from zero") << 0.005 << 0.01;
    QTest::newRow("below half, beyond the tolerance") << 0.00499 << 0.0;
    QTest::newRow("within 1e-6 kg of a half") << 0.0049995 << 0.01;
    QTest::newRow("whole") << 80.0 << 80.0;
}

void TestImportValues::snapKilograms()
{
    QFETCH(double, in);
    QFETCH(double, out);
    QCOMPARE(values::snapKg(in), out);
}

void TestImportValues::decimals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value"); // NaN: no value
    QTest::addColumn<QString>("rule");

    const double none = qQNaN();
    QTest::newRow("integer") << u"12"_s << true << 12.0 << QString();
    QTest::newRow("blanks around") << u" 12.5 "_s << true << 12.5 << QString();
    QTest::newRow("decimal comma") << u"62,5"_s << true << 62.5 << QString();
    QTest::newRow("decimal comma, 2 places") << u"102,25"_s << true << 102.25 << QString();
    QTest::newRow("comma and 3 digits") << u"1,000"_s << false << none
                                        << u"is ambiguous: a decimal comma or a thousands "
                                           "separator"_s;
    QTest::newRow("two commas") << u"1,000,000"_s << false << none << u"is not a number"_s;
    QTest::newRow("comma and point") << u"1,000.5"_s << false << none << u"is not a number"_s;
    QTest::newRow("two points") << u"1.2.3"_s << false << none << u"is not a number"_s;
    QTest::newRow("word") << u"ten"_s << false << none << u"is not a number"_s;
    QTest::newRow("unit glued") << u"40.5kg"_s << false << none << u"is not a number"_s;
    QTest::newRow("empty") << u""_s << true << none << QString();
    QTest::newRow("blank") << u"   "_s << true << none << QString();
    QTest::newRow("negative") << u"-3"_s << true << -3.0 << QString();
    QTest::newRow("typographic minus") << u"\u22122"_s << true << -2.0 << QString();
    QTest::newRow("plus") << u"+4"_s << true << 4.0 << QString();
    QTest::newRow("exponent") << u"1e3"_s << true << 1000.0 << QString();
    QTest::newRow("leading point") << u".5"_s << true << 0.5 << QString();
    QTest::newRow("trailing point") << u"5."_s << true << 5.0 << QString();
    QTest::newRow("nan") << u"nan"_s << false << none << u"is not a number"_s;
    QTest::newRow("inf") << u"inf"_s << false << none << u"is not a number"_s;
    QTest::newRow("huge exponent") << u"1e999"_s << false << none << u"is not a number"_s;
    QTest::newRow("space inside") << u"1 000"_s << false << none << u"is not a number"_s;
    QTest::newRow("lone sign") << u"-"_s << false << none << u"is not a number"_s;
    QTest::newRow("hex") << u"0x10"_s << false << none << u"is not a number"_s;
    QTest::newRow("long leftover")
        << u"149.99999999999997"_s << true << 149.99999999999997 << QString();
}

void TestImportValues::decimals()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    QFETCH(QString, rule);
    std::optional<double> out = 42.0;
    QString why;
    QCOMPARE(values::readDecimal(text, out, why), ok);
    QCOMPARE(why, rule);
    if (qIsNaN(value))
        QVERIFY(!out);
    else
        QCOMPARE(out, std::optional<double>(value));
}

void TestImportValues::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("seconds"); // -1: none, -2: error

    QTest::newRow("20s") << u"20s"_s << 20;
    QTest::newRow("31m") << u"31m"_s << 1860;
    QTest::newRow("1h 3m") << u"1h 3m"_s << 3780;
    QTest::newRow("1h") << u"1h"_s << 3600;
    QTest::newRow("1h 3m 20s") << u"1h 3m 20s"_s << 3800;
    QTest::newRow("1h3m glued") << u"1h3m"_s << 3780;
    QTest::newRow("words") << u"2 hours 5 min"_s << 7500;
    QTest::newRow("45 sec") << u"45 sec"_s << 45;
    QTest::newRow("h:mm:ss") << u"1:03:00"_s << 3780;
    QTest::newRow("0:25:30") << u"0:25:30"_s << 1530;
    QTest::newRow("m:ss") << u"31:20"_s << 1880;
    QTest::newRow("bare seconds") << u"45"_s << 45;
    QTest::newRow("bare seconds with fraction") << u"90.4"_s << 90;
    QTest::newRow("zero") << u"0"_s << 0;
    QTest::newRow("empty") << u""_s << -1;
    QTest::newRow("negative") << u"-5"_s << -2;
    QTest::newRow("word") << u"abc"_s << -2;
    QTest::newRow("unknown unit") << u"3x"_s << -2;
    QTest::newRow("60 minutes in h:mm:ss") << u"1:60:00"_s << -2;
    QTest::newRow("one part") << u"5:"_s << -2;
    QTest::newRow("four parts") << u"1:2:3:4"_s << -2;
    QTest::newRow("number without unit after one") << u"1h 30"_s << -2;
    QTest::newRow("eleven years") << u"100000h"_s << -2;
}

void TestImportValues::durations()
{
    QFETCH(QString, text);
    QFETCH(int, seconds);
    std::optional<int> out;
    QString rule;
    const bool ok = values::readDuration(text, out, rule);
    if (seconds == -2) {
        QVERIFY(!ok);
        QVERIFY(!rule.isEmpty());
        return;
    }
    QVERIFY2(ok, qPrintable(rule));
    if (seconds == -1)
        QVERIFY(!out);
    else
        QCOMPARE(out, std::optional<int>(seconds));
}

void TestImportValues::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("order");        // 0 day first, 1 month first
    QTest::addColumn<QString>("expected"); // "yyyy-MM-dd HH:mm:ss" (+offset), or "error: rule"

    const QString notADate =
        u"error: is not a date (such as 2026-03-02 19:59, 2 Mar 2026, 19:59 or 23/12/2025)"_s;
    QTest::newRow("ISO") << u"2026-03-02 19:59:00"_s << 0 << u"2026-03-02 19:59:00"_s;
    QTest::newRow("ISO T") << u"2026-03-02T19:59"_s << 0 << u"2026-03-02 19:59:00"_s;
    QTest::newRow("ISO Z") << u"2026-03-02T19:59:00Z"_s << 0 << u"2026-03-02 19:59:00 +0"_s;
    QTest::newRow("ISO offset") << u"2026-03-02T19:59:00+01:00"_s << 0
                                << u"2026-03-02 19:59:00 +3600"_s;
    QTest::newRow("ISO milliseconds")
        << u"2026-03-02 19:59:00.250"_s << 0 << u"2026-03-02 19:59:00"_s;
    QTest::newRow("ISO date only") << u"2026-03-02"_s << 0 << u"2026-03-02"_s;
    QTest::newRow("slashes, year first")
        << u"2026/03/02 7:59 pm"_s << 0 << u"2026-03-02 19:59:00"_s;
    QTest::newRow("12-hour, U+202F pm")
        << u"2026-03-05 6:40:00\u202Fpm"_s << 0 << u"2026-03-05 18:40:00"_s;
    QTest::newRow("12-hour, U+00A0 AM")
        << u"2026-03-05 6:40\u00A0AM"_s << 0 << u"2026-03-05 06:40:00"_s;
    QTest::newRow("12 am is midnight")
        << u"2026-03-07 12:05:00\u202Fam"_s << 0 << u"2026-03-07 00:05:00"_s;
    QTest::newRow("12 pm is noon") << u"2026-03-07 12:05 pm"_s << 0 << u"2026-03-07 12:05:00"_s;
    QTest::newRow("p.m.") << u"2026-03-07 1:05 p.m."_s << 0 << u"2026-03-07 13:05:00"_s;
    QTest::newRow("pm glued") << u"2026-03-07 1:05pm"_s << 0 << u"2026-03-07 13:05:00"_s;
    QTest::newRow("Hevy day month") << u"2 Mar 2026, 19:59"_s << 0 << u"2026-03-02 19:59:00"_s;
    QTest::newRow("Hevy month day") << u"May 7, 2026, 6:13 AM"_s << 0 << u"2026-05-07 06:13:00"_s;
    QTest::newRow("Hevy month day, order ignored")
        << u"May 7, 2026, 6:13 PM"_s << 1 << u"2026-05-07 18:13:00"_s;
    QTest::newRow("full month, weekday")
        << u"Thursday, 7 May 2026 06:13"_s << 0 << u"2026-05-07 06:13:00"_s;
    QTest::newRow("Sept") << u"7 Sept 2026, 06:13"_s << 0 << u"2026-09-07 06:13:00"_s;
    QTest::newRow("German") << u"7. Mai 2026, 18:13"_s << 0 << u"2026-05-07 18:13:00"_s;
    QTest::newRow("German März") << u"2. März 2026 um 19:59"_s << 0 << u"2026-03-02 19:59:00"_s;
    QTest::newRow("French") << u"7 févr. 2026 à 18:13"_s << 0 << u"2026-02-07 18:13:00"_s;
    QTest::newRow("Spanish") << u"7 de mayo de 2026, 18:13"_s << 0 << u"2026-05-07 18:13:00"_s;
    QTest::newRow("ordinal") << u"May 7th, 2026 6:13 AM"_s << 0 << u"2026-05-07 06:13:00"_s;
    QTest::newRow("year month day in words") << u"2026 Mar 2"_s << 0 << u"2026-03-02"_s;
    QTest::newRow("day first") << u"23/12/2025"_s << 0 << u"2025-12-23"_s;
    QTest::newRow("month first") << u"12/23/2025"_s << 1 << u"2025-12-23"_s;
    QTest::newRow("ambiguous, day first") << u"03/04/2026"_s << 0 << u"2026-04-03"_s;
    QTest::newRow("ambiguous, month first") << u"03/04/2026"_s << 1 << u"2026-03-04"_s;
    QTest::newRow("dots") << u"23.12.2025"_s << 0 << u"2025-12-23"_s;
    QTest::newRow("two-digit year") << u"23/12/25"_s << 0 << u"2025-12-23"_s;
    QTest::newRow("two-digit year, last century") << u"23/12/99"_s << 0 << u"1999-12-23"_s;
    QTest::newRow("numeric with time") << u"23/12/2025 18:30"_s << 0 << u"2025-12-23 18:30:00"_s;
    QTest::newRow("30 February") << u"2026-02-30"_s << 0
                                 << u"error: is a date that does not exist"_s;
    QTest::newRow("29 February 2025")
        << u"29/02/2025"_s << 0 << u"error: is a date that does not exist"_s;
    QTest::newRow("29 February 2028") << u"29/02/2028"_s << 0 << u"2028-02-29"_s;
    QTest::newRow("31 November") << u"31/11/2025"_s << 0
                                 << u"error: is a date that does not exist"_s;
    QTest::newRow("month 23 day first") << u"12/23/2025"_s << 0
                                        << u"error: is not a date read as day/month/year (there "
                                           "is no month 23)"_s;
    QTest::newRow("month 23 month first") << u"23/12/2025"_s << 1
                                          << u"error: is not a date read as month/day/year "
                                             "(there is no month 23)"_s;
    QTest::newRow("month 13") << u"2026-13-01"_s << 0 << u"error: is a date that does not exist"_s;
    QTest::newRow("day 0") << u"2026-01-00"_s << 0 << u"error: is a date that does not exist"_s;
    QTest::newRow("hour 24") << u"2026-01-01 24:00"_s << 0
                             << u"error: is a time that does not exist"_s;
    QTest::newRow("minute 60") << u"2026-01-01 10:60"_s << 0
                               << notADate.left(7) + u"is a time that does not exist"_s;
    QTest::newRow("13 pm") << u"2026-01-01 13:00 pm"_s << 0
                           << u"error: is not a time: 13 o'clock with am/pm"_s;
    QTest::newRow("year 1850") << u"1850-01-01"_s << 0
                               << u"error: has a year outside 1900 to 2200"_s;
    QTest::newRow("word") << u"yesterday"_s << 0 << notADate;
    QTest::newRow("empty") << u""_s << 0 << notADate;
    QTest::newRow("two month names") << u"May Jun 2026"_s << 0 << notADate;
    QTest::newRow("juillet or juin") << u"7 jui 2026"_s << 0 << notADate;
    QTest::newRow("junk after time") << u"2 Mar 2026, 19:59,2 Mar 2026"_s << 0 << notADate;
    QTest::newRow("am without time") << u"2 Mar 2026 am"_s << 0 << notADate;
    QTest::newRow("five-digit year") << u"20261-01-01"_s << 0 << notADate;
    QTest::newRow("only two numbers") << u"12/2025"_s << 0 << notADate;
    QTest::newRow("time only") << u"19:59"_s << 0 << notADate;
    QTest::newRow("bad offset") << u"2026-03-02T19:59+1"_s << 0 << notADate;
}

void TestImportValues::dates()
{
    QFETCH(QString, text);
    QFETCH(int, order);
    QFETCH(QString, expected);
    values::LocalDateTime local;
    QString rule;
    const bool ok = values::readDateTime(
        text, order == 0 ? DateOrder::DayFirst : DateOrder::MonthFirst, local, rule);
    QString got;
    if (!ok) {
        got = u"error: "_s + rule;
    } else {
        got = local.date.toString(u"yyyy-MM-dd"_s);
        if (local.hasTime)
            got += local.time.toString(u" HH:mm:ss"_s);
        if (local.offsetSeconds)
            got += u" +"_s + QString::number(*local.offsetSeconds);
    }
    QCOMPARE(got, expected);
}

void TestImportValues::numericDayMonth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("first"); // -1: not a numeric date
    QTest::addColumn<int>("second");

    QTest::newRow("23/12/2025") << u"23/12/2025"_s << 23 << 12;
    QTest::newRow("12/23/25 7:00") << u"12/23/25 7:00"_s << 12 << 23;
    QTest::newRow("03.04.2026") << u"03.04.2026"_s << 3 << 4;
    QTest::newRow("ISO") << u"2026-03-04"_s << -1 << -1;
    QTest::newRow("month name") << u"3 Apr 2026"_s << -1 << -1;
    QTest::newRow("junk") << u"x"_s << -1 << -1;
}

void TestImportValues::numericDayMonth()
{
    QFETCH(QString, text);
    QFETCH(int, first);
    QFETCH(int, second);
    const auto pair = values::numericDayMonth(text);
    if (first < 0) {
        QVERIFY(!pair);
        return;
    }
    QVERIFY(pair);
    QCOMPARE(pair->first, first);
    QCOMPARE(pair->second, second);
}

void TestImportValues::units()
{
    QCOMPARE(values::weightUnitFromText(u"kg"_s), WeightUnit::Kilogram);
    QCOMPARE(values::weightUnitFromText(u" KGS "_s), WeightUnit::Kilogram);
    QCOMPARE(values::weightUnitFromText(u"lbs"_s), WeightUnit::Pound);
    QCOMPARE(values::weightUnitFromText(u"lb"_s), WeightUnit::Pound);
    QVERIFY(!values::weightUnitFromText(u"stone"_s));
    QVERIFY(!values::weightUnitFromText(u""_s));
    QCOMPARE(values::metresPerUnit(u"mi."_s), std::optional<double>(1609.344));
    QCOMPARE(values::metresPerUnit(u"mi"_s), std::optional<double>(1609.344));
    QCOMPARE(values::metresPerUnit(u"Miles"_s), std::optional<double>(1609.344));
    QCOMPARE(values::metresPerUnit(u"km"_s), std::optional<double>(1000.0));
    QCOMPARE(values::metresPerUnit(u"m"_s), std::optional<double>(1.0));
    QCOMPARE(values::metresPerUnit(u"ft"_s), std::optional<double>(0.3048));
    QCOMPARE(values::metresPerUnit(u"yd"_s), std::optional<double>(0.9144));
    QVERIFY(!values::metresPerUnit(u"furlong"_s));
}

void TestImportValues::alignment_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<int>("headerSize");
    QTest::addColumn<QList<int>>("free");
    QTest::addColumn<QStringList>("tried"); // each candidate, fields joined with " | "

    QTest::newRow("one extra, one free column")
        << QStringList { u"d"_s, u"a"_s, u" b"_s, u"1"_s } << 3 << QList<int> { 1 }
        << QStringList { u"d | a, b | 1"_s };
    QTest::newRow("one extra, two free columns: the first is tried first")
        << QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s } << 3 << QList<int> { 2, 0 }
        << QStringList { u"a | b | c,d"_s, u"a,b | c | d"_s };
    QTest::newRow("two extras, two free columns")
        << QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s } << 2 << QList<int> { 0, 1 }
        << QStringList { u"a,b,c | d"_s, u"a,b | c,d"_s, u"a | b,c,d"_s };
}

void TestImportValues::alignment()
{
    QFETCH(QStringList, fields);
    QFETCH(int, headerSize);
    QFETCH(QList<int>, free);
    QFETCH(QStringList, tried);
    QStringList got;
    const bool accepted = alignFields(fields, headerSize, free, u',', [&](const QStringList &row) {
        got.append(row.join(u" | "_s));
        return false;
    });
    QVERIFY(!accepted);
    QCOMPARE(got, tried);

    // Accepting the last candidate stops there.
    got.clear();
    QVERIFY(alignFields(fields, headerSize, free, u',', [&](const QStringList &row) {
        got.append(row.join(u" | "_s));
        return got.size() == tried.size();
    }));
    QCOMPARE(got, tried);
}

void TestImportValues::alignmentGivesUp()
{
    int calls = 0;
    auto count = [&](const QStringList &) {
        ++calls;
        return false;
    };
    // No free column, too few fields, or far too many extras: nothing is tried.
    QVERIFY(!alignFields({ u"a"_s, u"b"_s }, 1, {}, u',', count));
    QVERIFY(!alignFields({ u"a"_s }, 2, { 0 }, u',', count));
    QVERIFY(!alignFields(QStringList(100, u"x"_s), 3, { 0, 1, 2 }, u',', count));
    QCOMPARE(calls, 0);
    // Many ways: stops at the limit.
    QVERIFY(!alignFields(QStringList(22, u"x"_s), 10, { 0, 1, 2, 3, 4, 5 }, u',', count, 50));
    QCOMPARE(calls, 50);
    // Many ways none of which is tried (all unlikely readings): stops after 16 times the limit.
    calls = 0;
    QStringList blanks(26, QString());
    QVERIFY(!alignFields(blanks, 10, { 0, 1, 2, 3, 4, 5 }, u',', count, 10));
    QCOMPARE(calls, 10);
}

QTEST_GUILESS_MAIN(TestImportValues)
#include "tst_import_values.moc"
