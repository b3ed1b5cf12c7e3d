// Plan versus actual (core/log/adherence.h) against hand-checked reference files in
// tests/data/log: per set the outcome, the differences and the time under tension, per session
// the figures; each file explains its numbers in words. Also the tempo forms and cycle sums.
#include "core/log/adherence.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <type_traits>

using namespace ft::core;
using namespace ft::core::log;
using namespace Qt::StringLiterals;

namespace {

// A row of T from a JSON object of its columns; missing columns keep their defaults.
template<typename T>
T rowFromJson(const QJsonObject &object)
{
    T row;
    T::fields(row, [&](const FieldSpec &f, auto &member) {
        const QJsonValue v = object.value(QString::fromLatin1(f.name));
        if (v.isUndefined() || v.isNull())
            return;
        using M = std::decay_t<decltype(member)>;
        if constexpr (std::is_same_v<M, bool>)
            member = v.toBool();
        else if constexpr (std::is_same_v<M, int> || std::is_same_v<M, std::optional<int>>)
            member = v.toInt();
        else if constexpr (std::is_same_v<M, Id> || std::is_same_v<M, std::optional<Id>>)
            member = v.toInteger();
        else if constexpr (std::is_same_v<M, std::optional<double>>)
            member = v.toDouble();
        else if constexpr (std::is_same_v<M, std::optional<QString>>)
            member = v.toString();
    });
    return row;
}

QJsonValue optionalJson(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString outcomeName(SetOutcome o)
{
    switch (o) {
    case SetOutcome::Pending:
        return u"pending"_s;
    case SetOutcome::Done:
        return u"done"_s;
    case SetOutcome::Skipped:
        return u"skipped"_s;
    case SetOutcome::Missed:
        return u"missed"_s;
    case SetOutcome::Unplanned:
        return u"unplanned"_s;
    }
    return {};
}

void compareNumber(const QJsonValue &actual, const QJsonValue &expected, const QString &what)
{
    if (expected.isNull()) {
        QVERIFY2(actual.isNull(), qPrintable(what + u": expected null"_s));
        return;
    }
    QVERIFY2(!actual.isNull(), qPrintable(what + u": expected a value"_s));
    QVERIFY2(
        qAbs(actual.toDouble() - expected.toDouble()) < 1e-9,
        qPrintable(
            u"%1: %2 instead of %3"_s.arg(what).arg(actual.toDouble()).arg(expected.toDouble())));
}

} // namespace

class TestAdherence : public QObject
{
    Q_OBJECT

private slots:
    void reference_data();
    void reference();
    void tempoForms_data();
    void tempoForms();
    void timeUnderTensionFallsBackToPlan();
    void cycleSumsSessionFigures();
};

void TestAdherence::reference_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : { "completed-session", "pending-session", "free-session" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestAdherence::reference()
{
    QFETCH(QString, file);
    QFile in(QFINDTESTDATA(u"../data/log/"_s + file + u".json"_s));
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(in.fileName()));
    const QJsonObject doc = QJsonDocument::fromJson(in.readAll()).object();
    QVERIFY(!doc.value(u"explanation"_s).toString().isEmpty());
    const bool completed = doc.value(u"session_status"_s).toString() == u"COMPLETED"_s;

    QList<SetPair> rows;
    const QJsonArray list = doc.value(u"rows"_s).toArray();
    QVERIFY(!list.isEmpty());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject r = list.at(i).toObject();
        SetPair pair;
        if (r.value(u"planned"_s).isObject())
            pair.planned = rowFromJson<PlannedSet>(r.value(u"planned"_s).toObject());
        if (r.value(u"log"_s).isObject())
            pair.log = rowFromJson<SetLog>(r.value(u"log"_s).toObject());
        rows.append(pair);
        const SetComparison c = compareSet(pair, completed);
        const QJsonObject e = r.value(u"expected"_s).toObject();
        const QString at = u"row %1 "_s.arg(i + 1);
        QCOMPARE(outcomeName(c.outcome), e.value(u"outcome"_s).toString());
        compareNumber(optionalJson(c.repsDiff), e.value(u"reps_diff"_s), at + u"reps_diff"_s);
        compareNumber(optionalJson(c.loadDiffKg), e.value(u"load_diff_kg"_s),
                      at + u"load_diff_kg"_s);
        compareNumber(optionalJson(c.rirDiff), e.value(u"rir_diff"_s), at + u"rir_diff"_s);
        compareNumber(optionalJson(c.rpeDiff), e.value(u"rpe_diff"_s), at + u"rpe_diff"_s);
        compareNumber(optionalJson(c.tutS), e.value(u"tut_s"_s), at + u"tut_s"_s);
        compareNumber(optionalJson(c.tutDiffS), e.value(u"tut_diff_s"_s), at + u"tut_diff_s"_s);
    }

    const SessionFigures f = sessionFigures(rows, completed);
    const QJsonObject e = doc.value(u"figures"_s).toObject();
    QCOMPARE(f.plannedWorkingSets, e.value(u"planned_working_sets"_s).toInt());
    QCOMPARE(f.doneWorkingSets, e.value(u"done_working_sets"_s).toInt());
    QCOMPARE(f.skippedSets, e.value(u"skipped_sets"_s).toInt());
    QCOMPARE(f.unplannedSets, e.value(u"unplanned_sets"_s).toInt());
    QCOMPARE(f.loggedSets, e.value(u"logged_sets"_s).toInt());
    QCOMPARE(f.tutS, e.value(u"tut_s"_s).toInt());
    QCOMPARE(f.loadRatioCount, e.value(u"load_ratio_count"_s).toInt());
    QCOMPARE(f.repsRatioCount, e.value(u"reps_ratio_count"_s).toInt());
    compareNumber(f.loadRatioSum, e.value(u"load_ratio_sum"_s), u"load_ratio_sum"_s);
    compareNumber(f.repsRatioSum, e.value(u"reps_ratio_sum"_s), u"reps_ratio_sum"_s);
    compareNumber(f.tonnageKg, e.value(u"tonnage_kg"_s), u"tonnage_kg"_s);
    compareNumber(optionalJson(f.loadAdherence()), e.value(u"load_adherence"_s),
                  u"load_adherence"_s);
    compareNumber(optionalJson(f.repsAdherence()), e.value(u"reps_adherence"_s),
                  u"reps_adherence"_s);
    compareNumber(optionalJson(f.completion()), e.value(u"completion"_s), u"completion"_s);
}

void TestAdherence::tempoForms_data()
{
    QTest::addColumn<QString>("tempo");
    QTest::addColumn<int>("seconds"); // -1: none
    QTest::newRow("dashes") << u"3-1-X-0"_s << 5;
    QTest::newRow("packed") << u"31X0"_s << 5;
    QTest::newRow("digits only") << u"2010"_s << 3;
    QTest::newRow("slashes") << u"3/1/x/0"_s << 5;
    QTest::newRow("all explosive") << u"X-X-X-X"_s << 4;
    QTest::newRow("long pauses") << u"5-3-2-1"_s << 11;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("words") << u"slow"_s << -1;
    QTest::newRow("three phases") << u"3-1-X"_s << -1;
}

void TestAdherence::tempoForms()
{
    QFETCH(QString, tempo);
    QFETCH(int, seconds);
    const std::optional<int> perRep = tempoSecondsPerRep(tempo);
    QCOMPARE(perRep.value_or(-1), seconds);
}

void TestAdherence::timeUnderTensionFallsBackToPlan()
{
    QCOMPARE(timeUnderTension(std::nullopt, u"2-0-2-0"_s, 8), std::optional<int>(32));
    QCOMPARE(timeUnderTension(u"4-0-1-0"_s, u"2-0-2-0"_s, 8), std::optional<int>(40));
    QCOMPARE(timeUnderTension(u"bad"_s, u"2-0-2-0"_s, 8), std::optional<int>(32));
    QCOMPARE(timeUnderTension(u"2-0-2-0"_s, std::nullopt, std::nullopt), std::nullopt);
    QCOMPARE(timeUnderTension(std::nullopt, std::nullopt, 8), std::nullopt);
}

void TestAdherence::cycleSumsSessionFigures()
{
    SessionFigures a;
    a.plannedWorkingSets = 4;
    a.doneWorkingSets = 2;
    a.loadRatioSum = 2.025;
    a.loadRatioCount = 2;
    a.tutS = 115;
    SessionFigures b;
    b.plannedWorkingSets = 3;
    b.doneWorkingSets = 2;
    b.loadRatioSum = 0.95;
    b.loadRatioCount = 1;
    b.tonnageKg = 950;
    CycleFigures cycle;
    cycle.sets += a;
    cycle.sets += b;
    QCOMPARE(cycle.sets.plannedWorkingSets, 7);
    QCOMPARE(cycle.sets.doneWorkingSets, 4);
    // The mean over all five done sets, not the mean of the two session means.
    QVERIFY(qAbs(*cycle.sets.loadAdherence() - (2.025 + 0.95) / 3) < 1e-12);
    QCOMPARE(cycle.sets.tutS, 115);
    QCOMPARE(cycle.sets.tonnageKg, 950.0);
    QCOMPARE(*cycle.sets.completion(), 4.0 / 7);
}

QTEST_APPLESS_MAIN(TestAdherence)
#include "tst_adherence.moc"
