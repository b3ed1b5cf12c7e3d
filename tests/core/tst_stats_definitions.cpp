// The definitions of core/stats/definitions.h without a database: every e1RM formula at 100 kg
// against tests/data/stats/e1rm-formulas.csv (computed independently from the formulas of issue
// 11 and checked by hand at 5 reps), the RPE chart's edges, formula keys, ISO weeks, and
// Largest-Triangle-Three-Buckets.
#include "core/stats/definitions.h"
#include "core/stats/lttb.h"
#include "core/stats/progress.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace ft::core;
using namespace ft::core::stats;
using namespace Qt::StringLiterals;

class TestStatsDefinitions : public QObject
{
    Q_OBJECT

private slots:
    void formulaTable_data();
    void formulaTable();
    void formulaKeys();
    void unknownFormula();
    void rpeRounding();
    void rpeChartEdges();
    void noEstimate();
    void workingSets();
    void dayOfSet();
    void isoWeeks();
    void lttbKeepsEverythingBelowThreshold();
    void lttbKeepsEndsAndPeaks();
    void lttbDropsNonFinite();
    void lttbOfSeries();
    void lttbLargeInput();
};

void TestStatsDefinitions::formulaTable_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("weight");
    QTest::addColumn<int>("reps");
    QTest::addColumn<QString>("rpe");
    QTest::addColumn<int>("cap");
    QTest::addColumn<QString>("expected");
    QFile file(QFINDTESTDATA("../data/stats/e1rm-formulas.csv"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("formula,weight_kg,reps,rpe,rep_cap,e1rm_kg"));
    int rows = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        const QStringList c = QString::fromLatin1(lines.at(i)).split(u',');
        QCOMPARE(c.size(), 6);
        QTest::addRow("%s %s x %s rpe %s cap %s", qPrintable(c[0]), qPrintable(c[1]),
                      qPrintable(c[2]), qPrintable(c[3]), qPrintable(c[4]))
            << c[0] << c[1].toDouble() << c[2].toInt() << c[3] << c[4].toInt() << c[5];
        ++rows;
    }
    // 7 formulas x 2 caps x 6 rep counts, RPE 6 x 6, and one set without RPE.
    QCOMPARE(rows, 7 * 2 * 6 + 6 * 6 + 1);
}

void TestStatsDefinitions::formulaTable()
{
    QFETCH(QString, formula);
    QFETCH(double, weight);
    QFETCH(int, reps);
    QFETCH(QString, rpe);
    QFETCH(int, cap);
    QFETCH(QString, expected);
    auto f = parseE1rmFormula(formula);
    QVERIFY(f.ok());
    const std::optional<double> rpeValue =
        rpe.isEmpty() ? std::nullopt : std::optional<double>(rpe.toDouble());
    const std::optional<double> e = estimateE1rm(*f, weight, reps, rpeValue, cap);
    if (expected.isEmpty()) {
        QVERIFY2(!e, qPrintable(u"expected no estimate, got %1"_s.arg(e.value_or(0))));
        return;
    }
    QVERIFY(e);
    QVERIFY2(std::abs(*e - expected.toDouble()) < 0.00005,
             qPrintable(u"%1, expected %2"_s.arg(*e, 0, 'f', 6).arg(expected)));
}

void TestStatsDefinitions::formulaKeys()
{
    QCOMPARE(e1rmFormulaKeys(),
             QStringList({ u"epley"_s, u"brzycki"_s, u"lander"_s, u"lombardi"_s, u"mayhew"_s,
                           u"oconner"_s, u"wathan"_s, u"rpe"_s }));
    for (E1rmFormula f : allE1rmFormulas) {
        auto parsed = parseE1rmFormula(e1rmFormulaKey(f));
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, f);
    }
    QCOMPARE(*parseE1rmFormula(u" Epley "_s), E1rmFormula::Epley);
    QCOMPARE(defaultE1rmFormula, E1rmFormula::Epley);
}

void TestStatsDefinitions::unknownFormula()
{
    for (const QString &name : { u"epli"_s, u""_s, u"o'conner"_s }) {
        auto parsed = parseE1rmFormula(name);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, Error::Kind::InvalidValue);
        QVERIFY2(parsed.error().message.contains(u"epley, brzycki"_s),
                 qPrintable(parsed.error().message));
    }
}

void TestStatsDefinitions::rpeRounding()
{
    QCOMPARE(roundRpe(7.25), 7.5);
    QCOMPARE(roundRpe(7.24), 7.0);
    QCOMPARE(roundRpe(7.75), 8.0);
    QCOMPARE(roundRpe(9.3), 9.5);
    QCOMPARE(roundRpe(10.0), 10.0);
    SetValues set;
    set.rir = 2;
    QCOMPARE(*effectiveRpe(set), 8.0);
    set.rpe = 9.0; // actual_rpe wins over actual_rir
    QCOMPARE(*effectiveRpe(set), 9.0);
}

void TestStatsDefinitions::rpeChartEdges()
{
    QCOMPARE(*rpeFraction(5, 8.0), 0.811); // issue 11's example
    QCOMPARE(*rpeFraction(1, 10.0), 1.0);
    QCOMPARE(*rpeFraction(12, 7.0), 0.599); // index 28, the chart's last value
    QVERIFY(!rpeFraction(12, 6.5));         // index 29: past the end
    QVERIFY(!rpeFraction(5, 6.0));          // below 6.5
    QVERIFY(!rpeFraction(5, 10.5));
    QVERIFY(!rpeFraction(13, 10.0));
    QVERIFY(!rpeFraction(0, 10.0));
    QCOMPARE(*rpeFraction(1, 6.3), 0.878); // 6.3 rounds to 6.5: index 7
}

void TestStatsDefinitions::noEstimate()
{
    QVERIFY(!estimateE1rm(E1rmFormula::Epley, 0.0, 5));
    QVERIFY(!estimateE1rm(E1rmFormula::Epley, -10.0, 5));
    QVERIFY(!estimateE1rm(E1rmFormula::Epley, 100.0, 0));
    QVERIFY(!estimateE1rm(E1rmFormula::Epley, qQNaN(), 5));
    QVERIFY(!estimateE1rm(E1rmFormula::Epley, qInf(), 5));
    QVERIFY(!estimateE1rm(E1rmFormula::Rpe, 100.0, 5)); // no RPE
    QVERIFY(!estimateE1rm(E1rmFormula::Epley, 100.0, 11));
    QCOMPARE(*estimateE1rm(E1rmFormula::Epley, 100.0, 11, std::nullopt, 12),
             100.0 * (1 + 11 / 30.0));
    // Caps outside 1..12 are clamped: 20 acts as 12, 0 as 1.
    QVERIFY(!estimateE1rm(E1rmFormula::Epley, 100.0, 13, std::nullopt, 20));
    QVERIFY(!estimateE1rm(E1rmFormula::Epley, 100.0, 2, std::nullopt, 0));
    QCOMPARE(*estimateE1rm(E1rmFormula::Brzycki, 100.0, 1, std::nullopt, 0), 100.0);
    // A warm-up has no estimate, even with a load.
    SetValues warmup { true, 100.0, 5, 8.0, std::nullopt };
    QVERIFY(!estimateE1rm(E1rmFormula::Epley, warmup));
    warmup.isWarmup = false;
    QCOMPARE(*estimateE1rm(E1rmFormula::Rpe, warmup), 100.0 / 0.811);
}

void TestStatsDefinitions::workingSets()
{
    QVERIFY(isWorkingSet({ false, std::nullopt, 10, std::nullopt, std::nullopt }));
    QVERIFY(!isLoadWorkingSet({ false, std::nullopt, 10, std::nullopt, std::nullopt }));
    QVERIFY(!isLoadWorkingSet({ false, 0.0, 10, std::nullopt, std::nullopt }));
    QVERIFY(isLoadWorkingSet({ false, 0.5, 1, std::nullopt, std::nullopt }));
    QVERIFY(!isWorkingSet({ true, 100.0, 5, std::nullopt, std::nullopt }));
    QVERIFY(!isWorkingSet({ false, 100.0, 0, std::nullopt, std::nullopt }));
    QVERIFY(!isWorkingSet({ false, 100.0, std::nullopt, std::nullopt, std::nullopt }));
}

void TestStatsDefinitions::dayOfSet()
{
    const QDateTime lateEvening(QDate(2026, 1, 31), QTime(23, 30), QTimeZone::utc());
    QCOMPARE(setDay(QDate(2026, 1, 30), lateEvening), QDate(2026, 1, 30)); // the session wins
    QCOMPARE(setDay({}, lateEvening), lateEvening.toLocalTime().date());   // TZ=UTC in ctest
    QCOMPARE(setDay({}, lateEvening), QDate(2026, 1, 31));
}

void TestStatsDefinitions::isoWeeks()
{
    // Wednesday 28 January and Sunday 1 February 2026: one ISO week across a month boundary.
    QCOMPARE(isoWeekStart(QDate(2026, 1, 28)), QDate(2026, 1, 26));
    QCOMPARE(isoWeekStart(QDate(2026, 2, 1)), QDate(2026, 1, 26));
    QCOMPARE(isoWeekStart(QDate(2026, 2, 2)), QDate(2026, 2, 2));
    QCOMPARE(isoWeekLabel(QDate(2026, 2, 1)), u"2026-W05"_s);
    // 1 January 2027 is a Friday: ISO week 53 of 2026.
    QCOMPARE(isoWeekLabel(QDate(2027, 1, 1)), u"2026-W53"_s);
    QCOMPARE(isoWeekStart(QDate(2027, 1, 1)), QDate(2026, 12, 28));
}

void TestStatsDefinitions::lttbKeepsEverythingBelowThreshold()
{
    const QList<QPointF> points { { 0, 1 }, { 1, 2 }, { 2, 0 } };
    QCOMPARE(downsampleLttb(points, 3), points);
    QCOMPARE(downsampleLttb(points, 10), points);
    QCOMPARE(downsampleLttb(points, 2), points); // a threshold below 3 keeps everything
    QCOMPARE(downsampleLttb(QList<QPointF>(), 5), QList<QPointF>());
}

void TestStatsDefinitions::lttbKeepsEndsAndPeaks()
{
    // A flat line with one spike in each half: 3 buckets of 4 inner points... the spikes must
    // survive, the first and last point always do.
    QList<QPointF> points;
    for (int i = 0; i < 14; ++i)
        points.append(QPointF(i, 0));
    points[3].setY(10);
    points[10].setY(-10);
    const QList<QPointF> kept = downsampleLttb(points, 4);
    QCOMPARE(kept.size(), 4);
    QCOMPARE(kept.first(), points.first());
    QCOMPARE(kept.last(), points.last());
    QVERIFY(kept.contains(points[3]));
    QVERIFY(kept.contains(points[10]));
    // Hand-worked example: 5 points into 4 buckets (inner bucket size 1.5).
    const QList<QPointF> five { { 0, 0 }, { 1, 5 }, { 2, 1 }, { 3, 0 }, { 4, 0 } };
    // Bucket 1 = {1}, bucket 2 = {2, 3}: from (1, 5) towards the last point, (2, 1) spans the
    // larger triangle.
    QCOMPARE(lttbIndices(five, 4), QList<qsizetype>({ 0, 1, 2, 4 }));
}

void TestStatsDefinitions::lttbDropsNonFinite()
{
    const QList<QPointF> points { { 0, 1 }, { 1, qQNaN() }, { 2, qInf() }, { 3, 4 } };
    QCOMPARE(lttbIndices(points, 10), QList<qsizetype>({ 0, 3 }));
}

void TestStatsDefinitions::lttbOfSeries()
{
    QList<E1rmPoint> series;
    for (int d = 0; d < 100; ++d)
        series.append(E1rmPoint { QDate(2026, 1, 1).addDays(d), 100.0 + (d % 7), {} });
    const QList<E1rmPoint> kept = downsampleLttb(series, 20);
    QCOMPARE(kept.size(), 20);
    QCOMPARE(kept.first().date, series.first().date);
    QCOMPARE(kept.last().date, series.last().date);
    for (qsizetype i = 1; i < kept.size(); ++i)
        QVERIFY(kept.at(i - 1).date < kept.at(i).date);
}

void TestStatsDefinitions::lttbLargeInput()
{
    QList<QPointF> points;
    for (int i = 0; i < 100'000; ++i)
        points.append(QPointF(i, std::sin(i / 1000.0) * 100));
    const QList<qsizetype> kept = lttbIndices(points, 2000);
    QCOMPARE(kept.size(), 2000);
    for (qsizetype i = 1; i < kept.size(); ++i)
        QVERIFY(kept.at(i - 1) < kept.at(i));
    // The sine's extremes (at 1000 * pi / 2 and 3 pi / 2, +-100) are kept within a bucket.
    double top = -1000, bottom = 1000;
    for (qsizetype i : kept) {
        top = std::max(top, points.at(i).y());
        bottom = std::min(bottom, points.at(i).y());
    }
    QVERIFY(top > 99.99);
    QVERIFY(bottom < -99.99);
}

QTEST_GUILESS_MAIN(TestStatsDefinitions)
#include "tst_stats_definitions.moc"
