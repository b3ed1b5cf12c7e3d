// ui::WeightFormat: every weight the UI shows or reads. Round trips in both units over the whole
// range people lift, the locale's decimal mark, unit suffixes, and what it refuses.
#include "ui/weightformat.h"

#include <QTest>

using namespace ft;
using namespace Qt::StringLiterals;
using core::WeightUnit;
using ui::WeightFormat;

namespace {
// The text a person would type for tenths of a pound: "135", "135.5" (C locale).
QString poundsText(int tenths)
{
    return tenths % 10 == 0 ? QString::number(tenths / 10)
                            : u"%1.%2"_s.arg(tenths / 10).arg(tenths % 10);
}
// The text for hundredths of a kilogram: "60", "60.5", "60.25".
QString kilogramsText(int hundredths)
{
    QString text = u"%1.%2"_s.arg(hundredths / 100).arg(hundredths % 100, 2, 10, QLatin1Char('0'));
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}
} // namespace

class TestWeightFormat : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void everyTenthOfAPoundRoundTrips();
    void everyHundredthOfAKilogramRoundTrips();
    void suffixes_data();
    void suffixes();
    void refused_data();
    void refused();
    void localeDecimalMark();
    void unitSuffix();
};

void TestWeightFormat::format_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<double>("kg");
    QTest::addColumn<bool>("withUnit");
    QTest::addColumn<QString>("text");
    const int kg = int(WeightUnit::Kilogram);
    const int lb = int(WeightUnit::Pound);
    QTest::newRow("kg whole") << kg << 100.0 << true << u"100 kg"_s;
    QTest::newRow("kg one decimal") << kg << 82.5 << true << u"82.5 kg"_s;
    QTest::newRow("kg two decimals") << kg << 61.23 << true << u"61.23 kg"_s;
    QTest::newRow("kg rounded to storage") << kg << 61.234999999 << true << u"61.24 kg"_s;
    QTest::newRow("kg zero") << kg << 0.0 << true << u"0 kg"_s;
    QTest::newRow("kg no group separator") << kg << 9999.99 << true << u"9999.99 kg"_s;
    QTest::newRow("kg without unit") << kg << 20.0 << false << u"20"_s;
    QTest::newRow("lb 135") << lb << 61.23 << true << u"135 lb"_s;
    QTest::newRow("lb 225") << lb << 102.06 << true << u"225 lb"_s;
    QTest::newRow("lb one decimal") << lb << 100.0 << true << u"220.5 lb"_s;
    QTest::newRow("lb 2.5") << lb << 1.13 << true << u"2.5 lb"_s;
    QTest::newRow("lb zero") << lb << 0.0 << true << u"0 lb"_s;
    QTest::newRow("lb largest") << lb << 9999.99 << true << u"22046.2 lb"_s;
    QTest::newRow("lb without unit") << lb << 20.41 << false << u"45"_s;
}

void TestWeightFormat::format()
{
    QFETCH(int, unit);
    QFETCH(double, kg);
    QFETCH(bool, withUnit);
    QFETCH(QString, text);
    QCOMPARE(WeightFormat(WeightUnit(unit), QLocale::c()).format(kg, withUnit), text);
}

// What the user types in pounds is stored in kilograms with two decimals; shown again, it must
// read exactly as typed.
void TestWeightFormat::everyTenthOfAPoundRoundTrips()
{
    const WeightFormat pounds(WeightUnit::Pound, QLocale::c());
    for (int tenths = 0; tenths <= 15'000; ++tenths) {
        const QString typed = poundsText(tenths);
        auto kg = pounds.parseKg(typed, u"Weight"_s);
        QVERIFY2(kg.ok(), qPrintable(typed));
        // Stored: two decimals, as numeric(6,2) keeps it.
        QCOMPARE(*kg, core::roundKg(*kg));
        QCOMPARE(*kg, core::roundKg(tenths / 10.0 * core::kgPerPound));
        const QString shown = pounds.format(*kg, false);
        if (shown != typed)
            QFAIL(qPrintable(u"%1 lb is stored as %2 kg and shown as %3 lb"_s.arg(typed)
                                 .arg(*kg, 0, 'f', 2)
                                 .arg(shown)));
        // With the unit, and read back with the suffix, the same again.
        QCOMPARE(pounds.parseKg(pounds.format(*kg), u"Weight"_s).value(), *kg);
    }
}

void TestWeightFormat::everyHundredthOfAKilogramRoundTrips()
{
    const WeightFormat kilograms(WeightUnit::Kilogram, QLocale::c());
    for (int hundredths = 0; hundredths <= 999'999; ++hundredths) {
        const QString typed = kilogramsText(hundredths);
        auto kg = kilograms.parseKg(typed, u"Weight"_s);
        QVERIFY2(kg.ok(), qPrintable(typed));
        if (*kg != hundredths / 100.0 || kilograms.format(*kg, false) != typed)
            QFAIL(qPrintable(u"%1 kg is stored as %2 and shown as %3"_s.arg(typed)
                                 .arg(*kg, 0, 'f', 6)
                                 .arg(kilograms.format(*kg, false))));
    }
}

void TestWeightFormat::suffixes_data()
{
    QTest::addColumn<int>("displayUnit");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("kg");
    const int kg = int(WeightUnit::Kilogram);
    const int lb = int(WeightUnit::Pound);
    QTest::newRow("no suffix, kg") << kg << u"100"_s << 100.0;
    QTest::newRow("no suffix, lb") << lb << u"100"_s << 45.36;
    QTest::newRow("kg in lb display") << lb << u"100 kg"_s << 100.0;
    QTest::newRow("lb in kg display") << kg << u"135 lb"_s << 61.23;
    QTest::newRow("lbs") << kg << u"135 lbs"_s << 61.23;
    QTest::newRow("no space") << kg << u"135lb"_s << 61.23;
    QTest::newRow("capitals") << lb << u"60 KG"_s << 60.0;
    QTest::newRow("spaces around") << kg << u"  82.5 kg  "_s << 82.5;
    QTest::newRow("kg rounded") << kg << u"82.499"_s << 82.5;
    QTest::newRow("largest kg") << kg << u"9999.99 kg"_s << 9999.99;
    QTest::newRow("largest lb") << lb << u"22046.2"_s << 9999.99;
    QTest::newRow("zero") << lb << u"0"_s << 0.0;
}

void TestWeightFormat::suffixes()
{
    QFETCH(int, displayUnit);
    QFETCH(QString, text);
    QFETCH(double, kg);
    auto parsed = WeightFormat(WeightUnit(displayUnit), QLocale::c()).parseKg(text, u"W"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(*parsed, kg);
}

void TestWeightFormat::refused_data()
{
    QTest::addColumn<int>("displayUnit");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");
    const int kg = int(WeightUnit::Kilogram);
    const int lb = int(WeightUnit::Pound);
    QTest::newRow("empty") << kg << u""_s << u"must not be empty"_s;
    QTest::newRow("only a unit") << kg << u"kg"_s << u"must not be empty"_s;
    QTest::newRow("negative") << kg << u"-5"_s << u"must not be negative"_s;
    QTest::newRow("negative lb") << lb << u"-0.1 lb"_s << u"must not be negative"_s;
    QTest::newRow("typographic minus") << kg << u"\u22125"_s << u"must not be negative"_s;
    QTest::newRow("letters") << kg << u"abc"_s << u"is not a number"_s;
    QTest::newRow("two numbers") << kg << u"60 70"_s << u"is not a number"_s;
    QTest::newRow("other unit") << kg << u"10 stone"_s << u"is not a number"_s;
    QTest::newRow("two units") << kg << u"10 kg lb"_s << u"is not a number"_s;
    QTest::newRow("group separator") << lb << u"1,500"_s << u"is not a number"_s;
    QTest::newRow("infinity") << kg << u"inf"_s << u"is not a number"_s;
    QTest::newRow("nan") << kg << u"nan"_s << u"is not a number"_s;
    QTest::newRow("too heavy kg") << kg << u"10000"_s << u"must be at most 9999.99 kg"_s;
    QTest::newRow("rounds above the limit")
        << kg << u"9999.995"_s << u"must be at most 9999.99 kg"_s;
    QTest::newRow("too heavy lb") << lb << u"22046.3"_s << u"must be at most 22046.2 lb"_s;
    QTest::newRow("too heavy lb suffix") << kg << u"30000 lb"_s << u"must be at most 22046.2 lb"_s;
}

void TestWeightFormat::refused()
{
    QFETCH(int, displayUnit);
    QFETCH(QString, text);
    QFETCH(QString, rule);
    auto parsed =
        WeightFormat(WeightUnit(displayUnit), QLocale::c()).parseKg(text, u"Target weight"_s);
    QVERIFY(!parsed.ok());
    const core::Error &e = parsed.error();
    QCOMPARE(e.kind, core::Error::Kind::InvalidValue);
    QCOMPARE(e.field, u"Target weight"_s);
    QCOMPARE(e.value, text);
    QCOMPARE(e.rule, rule);
    // The message names the field, the value and the rule.
    QVERIFY2(e.message.contains(u"Target weight"_s), qPrintable(e.message));
    QVERIFY2(e.message.contains(text), qPrintable(e.message));
    QVERIFY2(e.message.contains(rule), qPrintable(e.message));
}

void TestWeightFormat::localeDecimalMark()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const WeightFormat kg(WeightUnit::Kilogram, german);
    QCOMPARE(kg.format(82.5), u"82,5 kg"_s);
    QCOMPARE(kg.format(1234.56), u"1234,56 kg"_s); // no group separator
    QCOMPARE(kg.parseKg(u"82,5"_s, u"W"_s).value(), 82.5);
    QCOMPARE(kg.parseKg(u"82,5 kg"_s, u"W"_s).value(), 82.5);
    // In German "1.500" is a thousands grouping, not 1.5: refused rather than misread.
    QVERIFY(!kg.parseKg(u"1.500"_s, u"W"_s).ok());

    const WeightFormat lb(WeightUnit::Pound, german);
    QCOMPARE(lb.format(100.0), u"220,5 lb"_s);
    for (int tenths = 0; tenths <= 2000; ++tenths) {
        const QString shown = lb.format(core::toStoredKg(tenths / 10.0, WeightUnit::Pound));
        QCOMPARE(lb.parseKg(shown, u"W"_s).value(),
                 core::toStoredKg(tenths / 10.0, WeightUnit::Pound));
    }
}

void TestWeightFormat::unitSuffix()
{
    QCOMPARE(WeightFormat(WeightUnit::Kilogram).unitSuffix(), u"kg"_s);
    QCOMPARE(WeightFormat(WeightUnit::Pound).unitSuffix(), u"lb"_s);
    QCOMPARE(WeightFormat(WeightUnit::Kilogram).decimals(), 2);
    QCOMPARE(WeightFormat(WeightUnit::Pound).decimals(), 1);
    QCOMPARE(WeightFormat(WeightUnit::Pound).unit(), WeightUnit::Pound);
}

QTEST_GUILESS_MAIN(TestWeightFormat)
#include "tst_weightformat.moc"
