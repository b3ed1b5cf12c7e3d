// core/units.h: the exact pound, storage rounding, the stable unit keys, and that the importer
// uses the same type and rounding.
#include "core/exchange/import/importvalues.h"
#include "core/units.h"

#include <QTest>

#include <type_traits>

using namespace ft::core;
using namespace Qt::StringLiterals;

static_assert(std::is_same_v<import::WeightUnit, WeightUnit>,
              "the importer and the preferences share one weight unit type");

class TestUnits : public QObject
{
    Q_OBJECT

private slots:
    void exactFactor();
    void roundKg_data();
    void roundKg();
    void toStoredKg_data();
    void toStoredKg();
    void keys();
    void importerRoundsTheSameWay();
};

void TestUnits::exactFactor()
{
    QCOMPARE(kgPerPound, 0.45359237);
    QCOMPARE(poundsToKg(1.0), 0.45359237);
    QCOMPARE(poundsToKg(100.0), 45.359237);
    QVERIFY(qAbs(kgToPounds(45.359237) - 100.0) < 1e-12);
    QCOMPARE(fromKg(60.0, WeightUnit::Kilogram), 60.0);
    QVERIFY(qAbs(fromKg(0.45359237, WeightUnit::Pound) - 1.0) < 1e-12);
}

void TestUnits::roundKg_data()
{
    QTest::addColumn<double>("in");
    QTest::addColumn<double>("out");
    QTest::newRow("whole") << 100.0 << 100.0;
    QTest::newRow("down") << 61.2349 << 61.23;
    QTest::newRow("up") << 61.2351 << 61.24;
    QTest::newRow("half away from zero") << 0.125 << 0.13;
    QTest::newRow("binary leftover below a half") << 61.234999999 << 61.24;
    QTest::newRow("negative half") << -0.125 << -0.13;
    QTest::newRow("tiny negative is zero") << -0.001 << 0.0;
    QTest::newRow("largest stored") << 9999.99 << 9999.99;
}

void TestUnits::roundKg()
{
    QFETCH(double, in);
    QFETCH(double, out);
    const double got = ft::core::roundKg(in);
    QCOMPARE(got, out);
    QVERIFY2(!std::signbit(got) || got != 0.0, "no negative zero");
}

void TestUnits::toStoredKg_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("unit");
    QTest::addColumn<double>("kg");
    QTest::newRow("135 lb") << 135.0 << int(WeightUnit::Pound) << 61.23;
    QTest::newRow("225 lb") << 225.0 << int(WeightUnit::Pound) << 102.06;
    QTest::newRow("45 lb") << 45.0 << int(WeightUnit::Pound) << 20.41;
    QTest::newRow("0.1 lb") << 0.1 << int(WeightUnit::Pound) << 0.05;
    QTest::newRow("kg kept") << 82.5 << int(WeightUnit::Kilogram) << 82.5;
    QTest::newRow("kg rounded") << 82.499 << int(WeightUnit::Kilogram) << 82.5;
}

void TestUnits::toStoredKg()
{
    QFETCH(double, value);
    QFETCH(int, unit);
    QFETCH(double, kg);
    QCOMPARE(ft::core::toStoredKg(value, WeightUnit(unit)), kg);
}

void TestUnits::keys()
{
    QCOMPARE(weightUnitKey(WeightUnit::Kilogram), u"kg"_s);
    QCOMPARE(weightUnitKey(WeightUnit::Pound), u"lb"_s);
    QVERIFY(weightUnitFromKey(u"kg"_s) == WeightUnit::Kilogram);
    QVERIFY(weightUnitFromKey(u" LB "_s) == WeightUnit::Pound);
    QVERIFY(!weightUnitFromKey(u"stone"_s));
    QVERIFY(!weightUnitFromKey(u"lbs"_s)); // a stored key is exact; typing is WeightFormat's
    QVERIFY(!weightUnitFromKey(QString()));
}

void TestUnits::importerRoundsTheSameWay()
{
    for (int centiPounds = 0; centiPounds <= 100'000; centiPounds += 7) {
        const double pounds = centiPounds / 100.0;
        QCOMPARE(import::values::poundsToKg(pounds),
                 ft::core::toStoredKg(pounds, WeightUnit::Pound));
    }
    QCOMPARE(import::values::snapKg(61.234999999), ft::core::roundKg(61.234999999));
}

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
