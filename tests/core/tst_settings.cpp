// core::Settings: the preferences' defaults, their round trip through the settings file, and what
// happens to values that break their rules (defaults are used, and the problems are told once).
#include "core/settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ft::core;
using namespace Qt::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaults();
    void defaultWeightUnitFollowsTheLocale_data();
    void defaultWeightUnitFollowsTheLocale();
    void everyKeyRoundTrips();
    void settersRefuseWhatBreaksTheRules();
    void garbageReadsAsDefault_data();
    void garbageReadsAsDefault();
    void lowAboveHighReadsAsDefaultBand();
    void eachProblemIsToldOnce();

private:
    // The settings file as another program (or a hand edit) would write it.
    void writeRaw(const QString &key, const QVariant &value);
    // A new Settings instance on the same file: what the next start of the app reads.
    Settings &reopened();

    QTemporaryDir m_dir;
    QString m_file;
};

void TestSettings::init()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(u"%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_file);
    Settings::useFile(m_file);
}

void TestSettings::cleanup()
{
    Settings::useFile(QString());
}

void TestSettings::writeRaw(const QString &key, const QVariant &value)
{
    Settings::instance().sync();
    QSettings raw(m_file, QSettings::IniFormat);
    raw.setValue(key, value);
    raw.sync();
    QCOMPARE(raw.status(), QSettings::NoError);
}

Settings &TestSettings::reopened()
{
    Settings::instance().sync();
    Settings::useFile(m_dir.filePath(u"other.ini"_s));
    (void)Settings::instance();
    Settings::useFile(m_file);
    return Settings::instance();
}

void TestSettings::defaults()
{
    Settings &s = Settings::instance();
    // The tests run in the C locale: metric.
    QCOMPARE(s.weightUnit(), WeightUnit::Kilogram);
    QCOMPARE(s.weeklySetTarget(), (WeeklySetTarget { 10, 20 }));
    QCOMPARE(s.e1rmRepCap(), 10);
    QCOMPARE(s.e1rmFormula(), u"epley"_s);
    QCOMPARE(s.value(Settings::Key::WeightUnit).toString(), u"kg"_s);
    QCOMPARE(s.value(Settings::Key::E1rmFormula).toString(), u"epley"_s);
    QCOMPARE(s.takeProblems(), QStringList());
    QCOMPARE(Settings::e1rmFormulaKeys(),
             (QStringList { u"epley"_s, u"brzycki"_s, u"lander"_s, u"lombardi"_s, u"mayhew"_s,
                            u"oconner"_s, u"wathan"_s, u"rpe"_s }));
    // Reading the defaults writes nothing.
    s.sync();
    QVERIFY(QSettings(m_file, QSettings::IniFormat).allKeys().isEmpty());
}

void TestSettings::defaultWeightUnitFollowsTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("unit");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                           << int(WeightUnit::Pound);
    QTest::newRow("es_US") << QLocale(QLocale::Spanish, QLocale::UnitedStates)
                           << int(WeightUnit::Pound);
    QTest::newRow("en_GB (imperial UK: kg)")
        << QLocale(QLocale::English, QLocale::UnitedKingdom) << int(WeightUnit::Kilogram);
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany)
                           << int(WeightUnit::Kilogram);
    QTest::newRow("C") << QLocale::c() << int(WeightUnit::Kilogram);
}

void TestSettings::defaultWeightUnitFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(int, unit);
    QCOMPARE(Settings::defaultWeightUnit(locale), WeightUnit(unit));
}

void TestSettings::everyKeyRoundTrips()
{
    Settings &s = Settings::instance();
    s.setWeightUnit(WeightUnit::Pound);
    QVERIFY(s.setWeeklySetTarget({ 0, 100 }).ok());
    QVERIFY(s.setE1rmRepCap(12).ok());
    QVERIFY(s.setE1rmFormula(u"oconner"_s).ok());

    // Stored as stable strings and numbers, not as enum values.
    s.sync();
    QSettings raw(m_file, QSettings::IniFormat);
    QCOMPARE(raw.value(u"units/weight"_s).toString(), u"lb"_s);
    QCOMPARE(raw.value(u"targets/weeklySetsLow"_s).toInt(), 0);
    QCOMPARE(raw.value(u"targets/weeklySetsHigh"_s).toInt(), 100);
    QCOMPARE(raw.value(u"e1rm/repCap"_s).toInt(), 12);
    QCOMPARE(raw.value(u"e1rm/formula"_s).toString(), u"oconner"_s);

    Settings &again = reopened();
    QCOMPARE(again.weightUnit(), WeightUnit::Pound);
    QCOMPARE(again.weeklySetTarget(), (WeeklySetTarget { 0, 100 }));
    QCOMPARE(again.e1rmRepCap(), 12);
    QCOMPARE(again.e1rmFormula(), u"oconner"_s);

    // Every formula and both ends of the rep cap, and back to kilograms.
    for (const QString &key : Settings::e1rmFormulaKeys()) {
        QVERIFY(again.setE1rmFormula(key).ok());
        QCOMPARE(reopened().e1rmFormula(), key);
    }
    QVERIFY(reopened().setE1rmRepCap(1).ok());
    QCOMPARE(reopened().e1rmRepCap(), 1);
    reopened().setWeightUnit(WeightUnit::Kilogram);
    QCOMPARE(reopened().weightUnit(), WeightUnit::Kilogram);
    QVERIFY(reopened().setWeeklySetTarget({ 12, 12 }).ok());
    QCOMPARE(reopened().weeklySetTarget(), (WeeklySetTarget { 12, 12 }));
    QCOMPARE(reopened().takeProblems(), QStringList());
}

void TestSettings::settersRefuseWhatBreaksTheRules()
{
    Settings &s = Settings::instance();
    QVERIFY(s.setWeeklySetTarget({ 8, 16 }).ok());
    QVERIFY(s.setE1rmRepCap(6).ok());
    QVERIFY(s.setE1rmFormula(u"wathan"_s).ok());

    const auto lowAboveHigh = s.setWeeklySetTarget({ 21, 20 });
    QVERIFY(!lowAboveHigh.ok());
    QCOMPARE(lowAboveHigh.error().kind, Error::Kind::InvalidValue);
    QCOMPARE(lowAboveHigh.error().field, u"targets/weeklySetsHigh"_s);
    QCOMPARE(lowAboveHigh.error().value, u"20"_s);
    QVERIFY(!s.setWeeklySetTarget({ -1, 20 }).ok());
    QVERIFY(!s.setWeeklySetTarget({ 10, 101 }).ok());
    QVERIFY(!s.setE1rmRepCap(0).ok());
    QVERIFY(!s.setE1rmRepCap(13).ok());
    const auto unknown = s.setE1rmFormula(u"Epley"_s); // keys are exact
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(u"e1rm/formula"_s));
    QVERIFY(unknown.error().message.contains(u"brzycki"_s));

    // Nothing of the refused values was stored.
    Settings &again = reopened();
    QCOMPARE(again.weeklySetTarget(), (WeeklySetTarget { 8, 16 }));
    QCOMPARE(again.e1rmRepCap(), 6);
    QCOMPARE(again.e1rmFormula(), u"wathan"_s);
}

void TestSettings::garbageReadsAsDefault_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QString>("rule"); // a part of the rule's words
    QTest::newRow("unit stone") << u"units/weight"_s << QVariant(u"stone"_s) << u"kg or lb"_s;
    QTest::newRow("unit lbs") << u"units/weight"_s << QVariant(u"lbs"_s) << u"kg or lb"_s;
    QTest::newRow("unit empty") << u"units/weight"_s << QVariant(u""_s) << u"kg or lb"_s;
    QTest::newRow("low abc") << u"targets/weeklySetsLow"_s << QVariant(u"abc"_s)
                             << u"from 0 to 100"_s;
    QTest::newRow("low negative") << u"targets/weeklySetsLow"_s << QVariant(u"-3"_s)
                                  << u"from 0 to 100"_s;
    QTest::newRow("high 101") << u"targets/weeklySetsHigh"_s << QVariant(u"101"_s)
                              << u"from 0 to 100"_s;
    QTest::newRow("high 12.5") << u"targets/weeklySetsHigh"_s << QVariant(u"12.5"_s)
                               << u"from 0 to 100"_s;
    QTest::newRow("rep cap 0") << u"e1rm/repCap"_s << QVariant(u"0"_s) << u"from 1 to 12"_s;
    QTest::newRow("rep cap 13") << u"e1rm/repCap"_s << QVariant(u"13"_s) << u"from 1 to 12"_s;
    QTest::newRow("rep cap abc") << u"e1rm/repCap"_s << QVariant(u"abc"_s) << u"from 1 to 12"_s;
    QTest::newRow("rep cap list") << u"e1rm/repCap"_s << QVariant(QStringList { u"1"_s, u"2"_s })
                                  << u"from 1 to 12"_s;
    QTest::newRow("formula unknown")
        << u"e1rm/formula"_s << QVariant(u"magic"_s) << u"one of epley"_s;
}

void TestSettings::garbageReadsAsDefault()
{
    QFETCH(QString, key);
    QFETCH(QVariant, stored);
    QFETCH(QString, rule);
    writeRaw(key, stored);
    Settings &s = reopened();

    // The app keeps running on the defaults.
    QCOMPARE(s.weightUnit(), WeightUnit::Kilogram);
    QCOMPARE(s.weeklySetTarget(), (WeeklySetTarget { 10, 20 }));
    QCOMPARE(s.e1rmRepCap(), 10);
    QCOMPARE(s.e1rmFormula(), u"epley"_s);

    const QStringList problems = s.takeProblems();
    QCOMPARE(problems.size(), 1);
    const QString text = stored.metaType().id() == QMetaType::QStringList
        ? stored.toStringList().join(u", "_s)
        : stored.toString();
    QVERIFY2(problems.first().contains(key), qPrintable(problems.first()));
    QVERIFY2(problems.first().contains(u"\"%1\""_s.arg(text)), qPrintable(problems.first()));
    QVERIFY2(problems.first().contains(rule), qPrintable(problems.first()));
    QVERIFY2(problems.first().contains(u"using"_s), qPrintable(problems.first()));
}

void TestSettings::lowAboveHighReadsAsDefaultBand()
{
    writeRaw(u"targets/weeklySetsLow"_s, 30);
    writeRaw(u"targets/weeklySetsHigh"_s, 25);
    Settings &s = reopened();
    QCOMPARE(s.weeklySetTarget(), (WeeklySetTarget { 10, 20 }));
    const QStringList problems = s.takeProblems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"targets/weeklySetsLow"_s), qPrintable(problems.first()));
    QVERIFY2(problems.first().contains(u"30"_s), qPrintable(problems.first()));
    QVERIFY2(problems.first().contains(u"25"_s), qPrintable(problems.first()));
    QVERIFY2(problems.first().contains(u"above the high target"_s), qPrintable(problems.first()));

    // A valid low with a garbage high falls back to the default high: the band stays valid.
    writeRaw(u"targets/weeklySetsLow"_s, 15);
    writeRaw(u"targets/weeklySetsHigh"_s, u"lots"_s);
    QCOMPARE(reopened().weeklySetTarget(), (WeeklySetTarget { 15, 20 }));
}

void TestSettings::eachProblemIsToldOnce()
{
    writeRaw(u"units/weight"_s, u"stone"_s);
    writeRaw(u"e1rm/formula"_s, u"magic"_s);
    Settings &s = reopened();
    QCOMPARE(s.weightUnit(), WeightUnit::Kilogram);
    QCOMPARE(s.weightUnit(), WeightUnit::Kilogram);
    QCOMPARE(s.e1rmFormula(), u"epley"_s);
    QCOMPARE(s.takeProblems().size(), 2);
    // Taken: gone, and reading the same values again does not repeat them.
    QCOMPARE(s.weightUnit(), WeightUnit::Kilogram);
    QCOMPARE(s.takeProblems(), QStringList());
    // Repairing the value through the setter ends the problem.
    s.setWeightUnit(WeightUnit::Pound);
    QCOMPARE(s.weightUnit(), WeightUnit::Pound);
    QCOMPARE(s.takeProblems(), QStringList());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
