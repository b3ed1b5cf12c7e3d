// The progress series of core/stats on both backends, on the small hand-made history of
// tests/data/stats/history.csv and body.csv (warm-ups, a set above the rep cap, sets without
// RPE, a RIR-only set, two sessions in one ISO week across a month boundary, a day with two
// entries of one exercise, a weight entered in lb, a set without a session). Every report is
// compared with tests/data/stats/golden/NAME.json, computed independently of this code (and
// checked by hand for the e1RM days, W05's sets and tonnage per muscle); then the same through
// `fitnesstrack-cli report ... --json`; then the dashboard, the coach overview and bad input.
#include "core/athletes/athletes.h"
#include "core/db/database.h"
#include "core/db/repository.h"
#include "core/stats/overview.h"
#include "core/stats/report.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

using namespace ft::core;
using namespace ft::core::stats;
using namespace ft::test;
using namespace Qt::StringLiterals;

class TestStatsSeries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void golden_data();
    void golden();
    void goldenThroughCli_data();
    void goldenThroughCli();
    void cleanPoints();
    void recordsOfRangeMatchWholeHistory();
    void dashboardFigures();
    void coachOverviewFigures();
    void emptyHistory();
    void badInput_data();
    void badInput();
    void badInputThroughCli_data();
    void badInputThroughCli();

private:
    QByteArray runCli(const QStringList &arguments, int *exitCode, QByteArray *errors = nullptr);
    QJsonObject normalized(QJsonObject report);
    static QJsonObject readGolden(const QString &name);
    static QList<QStringList> csvRows(const QString &file);
    static ReportRequest requestFor(const QStringList &arguments);

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    Athlete m_lifter;
    QHash<Id, QString> m_labels; // set log id -> label of history.csv
};

QList<QStringList> TestStatsSeries::csvRows(const QString &name)
{
    QFile file(QFINDTESTDATA(u"../data/stats/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            rows.append(QString::fromUtf8(line).split(u','));
    }
    rows.removeFirst(); // the header
    return rows;
}

void TestStatsSeries::initTestCase()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->createMigrated(), qPrintable(m_tdb->errorString()));
    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    m_db = std::move(*db);
    auto lifter = addAthlete(*m_db, { u"lifter"_s, u"lifter@example.org"_s, std::nullopt });
    FT_VERIFY_OK(lifter);
    m_lifter = *lifter;
    FT_VERIFY_OK(addAthlete(*m_db, { u"newbie"_s, u"newbie@example.org"_s, std::nullopt }));

    // The exercises of the history; the bench names its primary muscle among the secondary ones
    // too, which must not count twice.
    struct Spec
    {
        QString slug, name, primary, movement, mechanics, force, equipment;
        QStringList secondary;
    };
    const QList<Spec> specs {
        { u"t-bench"_s,
          u"Test Bench"_s,
          u"CHEST"_s,
          u"HORIZONTAL_PUSH"_s,
          u"COMPOUND"_s,
          u"PUSH"_s,
          u"BARBELL"_s,
          { u"CHEST"_s, u"SHOULDERS"_s, u"TRICEPS"_s } },
        { u"t-squat"_s,
          u"Test Squat"_s,
          u"QUADS"_s,
          u"SQUAT"_s,
          u"COMPOUND"_s,
          u"PUSH"_s,
          u"BARBELL"_s,
          { u"GLUTES"_s } },
        { u"t-curl"_s,
          u"Test Curl"_s,
          u"BICEPS"_s,
          u"OTHER"_s,
          u"ISOLATION"_s,
          u"PULL"_s,
          u"DUMBBELL"_s,
          {} },
    };
    QHash<QString, Id> exercises;
    for (const Spec &spec : specs) {
        Exercise e;
        e.slug = spec.slug;
        e.name = spec.name;
        e.primaryMuscle = spec.primary;
        e.movement = spec.movement;
        e.mechanics = spec.mechanics;
        e.force = spec.force;
        e.equipment = spec.equipment;
        auto created = Repository<Exercise>(*m_db).create(e);
        FT_VERIFY_OK(created);
        exercises.insert(spec.slug, created->id);
        for (const QString &muscle : spec.secondary)
            FT_VERIFY_OK(Repository<ExerciseSecondaryMuscle>(*m_db).create(
                ExerciseSecondaryMuscle { created->id, muscle }));
    }

    const QList<QStringList> history = csvRows(u"history.csv"_s);
    QCOMPARE(history.size(), 15);
    QHash<QDate, Id> sessions;
    for (const QStringList &c : history) {
        QCOMPARE(c.size(), 11);
        SetLog set;
        set.subjectId = m_lifter.subject.id;
        set.exerciseId = exercises.value(c[1]);
        QVERIFY(set.exerciseId);
        const QDate sessionDate = QDate::fromString(c[2], Qt::ISODate);
        if (sessionDate.isValid()) {
            if (!sessions.contains(sessionDate)) {
                WorkoutSession s;
                s.subjectId = m_lifter.subject.id;
                s.workoutDate = sessionDate;
                s.status = u"COMPLETED"_s;
                auto created = Repository<WorkoutSession>(*m_db).create(s);
                FT_VERIFY_OK(created);
                sessions.insert(sessionDate, created->id);
            }
            set.sessionId = sessions.value(sessionDate);
        }
        set.performedAt = QDateTime::fromString(c[3], Qt::ISODateWithMs);
        QVERIFY(set.performedAt.isValid());
        set.setIndex = c[4].toInt();
        set.isWarmup = c[5] == u"1"_s;
        if (!c[6].isEmpty())
            set.actualWeightKg = c[6].toDouble();
        if (!c[7].isEmpty())
            set.actualReps = c[7].toInt();
        if (!c[8].isEmpty())
            set.actualRpe = c[8].toDouble();
        if (!c[9].isEmpty())
            set.actualRir = c[9].toInt();
        auto created = Repository<SetLog>(*m_db).create(set);
        FT_VERIFY_OK(created);
        m_labels.insert(created->id, c[0]);
    }
    for (const QStringList &c : csvRows(u"body.csv"_s)) {
        SubjectBodyMetrics m;
        m.subjectId = m_lifter.subject.id;
        m.measuredOn = QDate::fromString(c[0], Qt::ISODate);
        if (!c[1].isEmpty())
            m.weightKg = c[1].toDouble();
        if (!c[2].isEmpty())
            m.bodyfatPct = c[2].toDouble();
        if (!c[3].isEmpty())
            m.restingHr = c[3].toInt();
        FT_VERIFY_OK(Repository<SubjectBodyMetrics>(*m_db).create(m));
    }
}

void TestStatsSeries::cleanupTestCase()
{
    m_db.reset();
    m_tdb.reset();
}

QJsonObject TestStatsSeries::readGolden(const QString &name)
{
    QFile file(QFINDTESTDATA(u"../data/stats/golden/"_s + name + u".json"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Ids differ between runs and backends: the athlete goes (checked apart), the exercise is named
// by its slug, and a set by its label in history.csv.
QJsonObject TestStatsSeries::normalized(QJsonObject report)
{
    const QJsonObject athlete = report.take(u"athlete"_s).toObject();
    if (athlete.value(u"id"_s).toInteger() != m_lifter.subject.id
        || athlete.value(u"pseudonym"_s).toString()
            != m_lifter.subject.pseudonym.toString(QUuid::WithoutBraces))
        report.insert(u"athlete_mismatch"_s, athlete);
    QJsonObject parameters = report.value(u"parameters"_s).toObject();
    if (parameters.value(u"exercise"_s).isObject()) {
        QJsonObject exercise = parameters.value(u"exercise"_s).toObject();
        exercise.remove(u"id"_s);
        parameters.insert(u"exercise"_s, exercise);
    }
    report.insert(u"parameters"_s, parameters);
    for (const QString &listName : { u"points"_s, u"rows"_s }) {
        if (!report.contains(listName))
            continue;
        QJsonArray list;
        for (const QJsonValue &v : report.value(listName).toArray()) {
            QJsonObject row = v.toObject();
            if (row.contains(u"set_log_id"_s))
                row.insert(u"set_log_id"_s,
                           m_labels.value(row.value(u"set_log_id"_s).toInteger(), u"?"_s));
            list.append(row);
        }
        report.insert(listName, list);
    }
    return report;
}

ReportRequest TestStatsSeries::requestFor(const QStringList &a)
{
    ReportRequest r;
    r.kind = *parseReportKind(a.at(0));
    for (qsizetype i = 1; i + 1 < a.size(); i += 2) {
        const QString &o = a.at(i), &v = a.at(i + 1);
        if (o == u"--athlete"_s)
            r.athlete = v;
        else if (o == u"--exercise"_s)
            r.exercise = v;
        else if (o == u"--formula"_s)
            r.formula = *parseE1rmFormula(v);
        else if (o == u"--rep-cap"_s)
            r.repCap = v.toInt();
        else if (o == u"--from"_s)
            r.range.from = QDate::fromString(v, Qt::ISODate);
        else if (o == u"--to"_s)
            r.range.to = QDate::fromString(v, Qt::ISODate);
        else if (o == u"--by"_s)
            r.by = *parseWeeklyGrouping(v);
    }
    return r;
}

void TestStatsSeries::golden_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QStringList>("arguments");
    const QString lifter = u"lifter"_s;
    QTest::newRow("e1rm bench") << u"e1rm-bench-epley"_s
                                << QStringList { u"e1rm"_s, u"--athlete"_s, lifter, u"--exercise"_s,
                                                 u"t-bench"_s };
    QTest::newRow("e1rm bench rpe")
        << u"e1rm-bench-rpe"_s
        << QStringList { u"e1rm"_s,    u"--athlete"_s, lifter,  u"--exercise"_s,
                         u"t-bench"_s, u"--formula"_s, u"rpe"_s };
    QTest::newRow("e1rm bench brzycki cap 12 range")
        << u"e1rm-bench-brzycki-cap12-range"_s
        << QStringList { u"e1rm"_s,      u"--athlete"_s, lifter,          u"--exercise"_s,
                         u"t-bench"_s,   u"--formula"_s, u"brzycki"_s,    u"--rep-cap"_s,
                         u"12"_s,        u"--from"_s,    u"2026-01-28"_s, u"--to"_s,
                         u"2026-02-04"_s };
    QTest::newRow("e1rm squat wathan")
        << u"e1rm-squat-wathan"_s
        << QStringList { u"e1rm"_s,    u"--athlete"_s, lifter,     u"--exercise"_s,
                         u"t-squat"_s, u"--formula"_s, u"wathan"_s };
    QTest::newRow("records") << u"records-all"_s
                             << QStringList { u"records"_s, u"--athlete"_s, lifter };
    QTest::newRow("records bench rpe")
        << u"records-bench-rpe"_s
        << QStringList { u"records"_s, u"--athlete"_s, lifter,  u"--exercise"_s,
                         u"t-bench"_s, u"--formula"_s, u"rpe"_s };
    QTest::newRow("rep maxes") << u"rep-maxes-bench"_s
                               << QStringList { u"rep-maxes"_s, u"--athlete"_s, lifter,
                                                u"--exercise"_s, u"t-bench"_s };
    QTest::newRow("weekly muscle")
        << u"weekly-muscle"_s << QStringList { u"weekly"_s, u"--athlete"_s, lifter };
    QTest::newRow("weekly movement")
        << u"weekly-movement"_s
        << QStringList { u"weekly"_s, u"--athlete"_s, lifter, u"--by"_s, u"movement"_s };
    QTest::newRow("body") << u"body"_s << QStringList { u"body"_s, u"--athlete"_s, lifter };
    QTest::newRow("body range") << u"body-range"_s
                                << QStringList { u"body"_s,      u"--athlete"_s,  lifter,
                                                 u"--from"_s,    u"2026-02-01"_s, u"--to"_s,
                                                 u"2026-02-10"_s };
}

void TestStatsSeries::golden()
{
    QFETCH(QString, golden);
    QFETCH(QStringList, arguments);
    const QJsonObject expected = readGolden(golden);
    QVERIFY2(!expected.isEmpty(), qPrintable(golden));
    auto report = buildReport(*m_db, requestFor(arguments));
    FT_VERIFY_OK(report);
    const QJsonObject actual = normalized(report->json);
    QVERIFY2(actual == expected,
             qPrintable(u"\nactual:   %1\nexpected: %2"_s.arg(
                 QString::fromUtf8(QJsonDocument(actual).toJson(QJsonDocument::Compact)),
                 QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)))));
    // The CSV has the same rows under the same names.
    const QString csv = report->toCsv();
    const QString listName = expected.contains(u"points"_s) ? u"points"_s : u"rows"_s;
    QCOMPARE(csv.count(u'\n'), expected.value(listName).toArray().size() + 1);
    QCOMPARE(report->columns.size(),
             expected.value(listName).toArray().isEmpty()
                 ? report->columns.size()
                 : expected.value(listName).toArray().first().toObject().size());
}

QByteArray TestStatsSeries::runCli(const QStringList &arguments, int *exitCode, QByteArray *errors)
{
    QProcess cli;
    cli.start(QStringLiteral(FT_CLI_PATH), QStringList { u"--db"_s, m_tdb->urlText() } + arguments);
    cli.waitForFinished(60'000);
    *exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    if (errors)
        *errors = cli.readAllStandardError();
    return cli.readAllStandardOutput();
}

void TestStatsSeries::goldenThroughCli_data()
{
    golden_data();
}

void TestStatsSeries::goldenThroughCli()
{
    QFETCH(QString, golden);
    QFETCH(QStringList, arguments);
    int code = -1;
    QByteArray errors;
    const QByteArray output = runCli(
        QStringList { u"report"_s } + arguments + QStringList { u"--json"_s }, &code, &errors);
    QVERIFY2(code == 0, errors.constData());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    QVERIFY2(document.isObject(), qPrintable(parseError.errorString()));
    const QJsonObject actual = normalized(document.object());
    const QJsonObject expected = readGolden(golden);
    QVERIFY2(actual == expected,
             qPrintable(u"\nactual:   %1\nexpected: %2"_s.arg(
                 QString::fromUtf8(QJsonDocument(actual).toJson(QJsonDocument::Compact)),
                 QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)))));
    // --csv: a header and one line per row.
    const QByteArray csv =
        runCli(QStringList { u"report"_s } + arguments + QStringList { u"--csv"_s }, &code);
    QCOMPARE(code, 0);
    const QString listName = expected.contains(u"points"_s) ? u"points"_s : u"rows"_s;
    QCOMPARE(csv.count('\n'), expected.value(listName).toArray().size() + 1);
}

void TestStatsSeries::cleanPoints()
{
    // Every formula: finite, positive points in date order, one per day.
    for (E1rmFormula f : allE1rmFormulas) {
        for (const QString &slug : { u"t-bench"_s, u"t-squat"_s, u"t-curl"_s }) {
            ReportRequest r;
            r.athlete = u"lifter"_s;
            r.exercise = slug;
            r.formula = f;
            auto found = buildReport(*m_db, r);
            FT_VERIFY_OK(found);
            QDate previous;
            for (const QJsonValue &p : found->json.value(u"points"_s).toArray()) {
                const double v = p.toObject().value(u"e1rm_kg"_s).toDouble();
                QVERIFY(std::isfinite(v) && v > 0);
                const QDate day =
                    QDate::fromString(p.toObject().value(u"date"_s).toString(), Qt::ISODate);
                QVERIFY(!previous.isValid() || previous < day);
                previous = day;
            }
        }
    }
}

void TestStatsSeries::recordsOfRangeMatchWholeHistory()
{
    // recordsInRange() starts from the database's best values before the range (one GROUP BY);
    // it must find exactly the records that walking the whole history finds in that range.
    for (E1rmFormula formula : { E1rmFormula::Epley, E1rmFormula::Rpe, E1rmFormula::Mayhew }) {
        const E1rmOptions options { formula, 10 };
        auto all = records(*m_db, m_lifter.subject.id, std::nullopt, options);
        FT_VERIFY_OK(all);
        QVERIFY(!all->isEmpty());
        for (QDate from(2026, 1, 25); from <= QDate(2026, 2, 8); from = from.addDays(1)) {
            const DayRange range { from, QDate(2026, 2, 10) };
            auto inRange = recordsInRange(*m_db, m_lifter.subject.id, range, options);
            FT_VERIFY_OK(inRange);
            QList<Id> expected, actual;
            for (const RecordPoint &r : *all) {
                if (range.contains(r.date))
                    expected.append(r.set.setLogId * 100 + int(r.kind) * 20 + r.reps);
            }
            for (const RecordPoint &r : *inRange)
                actual.append(r.set.setLogId * 100 + int(r.kind) * 20 + r.reps);
            QVERIFY2(actual == expected,
                     qPrintable(
                         u"%1 from %2"_s.arg(e1rmFormulaKey(formula), from.toString(Qt::ISODate))));
        }
    }
}

void TestStatsSeries::dashboardFigures()
{
    const Id lifter = m_lifter.subject.id;
    auto board = dashboard(*m_db, lifter, QDate(2026, 2, 6));
    FT_VERIFY_OK(board);
    // Sessions, newest first; 4 February: b7, s3, c4 (not the warm-up s2, not c3 without reps).
    QCOMPARE(board->recentSessions.size(), 3);
    const SessionSummary &last = board->recentSessions.first();
    QCOMPARE(last.date, QDate(2026, 2, 4));
    QCOMPARE(last.workingSets, 3);
    QCOMPARE(last.exercises, 3);
    QCOMPARE(last.tonnageKg, 107.5 * 2 + 150 * 3);
    QCOMPARE(board->recentSessions.at(1).date, QDate(2026, 2, 1));
    QCOMPARE(board->recentSessions.at(1).workingSets, 4);
    QCOMPARE(std::round(board->recentSessions.at(1).tonnageKg * 100), 65118.0);
    QCOMPARE(board->recentSessions.at(2).tonnageKg, 2660.0);

    // Records of the last 30 days: all of them here (the golden file's rows).
    const QJsonArray allRecords = readGolden(u"records-all"_s).value(u"rows"_s).toArray();
    QCOMPARE(board->records.size(), allRecords.size());
    // Of the last 2 days (5 and 6 February): only b9's.
    auto recent = recentRecords(*m_db, lifter, QDate(2026, 2, 6), 2);
    FT_VERIFY_OK(recent);
    int b9 = 0;
    for (const QJsonValue &row : allRecords)
        b9 += row.toObject().value(u"set_log_id"_s).toString() == u"b9"_s;
    QCOMPARE(recent->size(), b9);
    for (const RecordPoint &r : *recent)
        QCOMPARE(m_labels.value(r.set.setLogId), u"b9"_s);

    // This week's sets per muscle = the golden week 2026-W06.
    QList<QJsonObject> w06;
    for (const QJsonValue &row : readGolden(u"weekly-muscle"_s).value(u"rows"_s).toArray()) {
        if (row.toObject().value(u"iso_week"_s).toString() == u"2026-W06"_s)
            w06.append(row.toObject());
    }
    QCOMPARE(board->weekSetsPerMuscle.size(), w06.size());
    for (qsizetype i = 0; i < w06.size(); ++i) {
        QCOMPARE(board->weekSetsPerMuscle.at(i).group, w06.at(i).value(u"group"_s).toString());
        QCOMPARE(board->weekSetsPerMuscle.at(i).sets,
                 w06.at(i).value(u"working_sets"_s).toDouble());
    }
    // Body weight of the last 90 days: the five measurements up to 6 February.
    QCOMPARE(board->bodyWeight.size(), 5);
    QCOMPARE(board->bodyWeight.last().date, QDate(2026, 2, 4));

    // Main lifts: bench (7 working sets), curl (3), squat (2).
    QCOMPARE(board->mainLifts.size(), 3);
    QCOMPARE(board->mainLifts.at(0).lift.slug, u"t-bench"_s);
    QCOMPARE(board->mainLifts.at(0).lift.workingSets, 7);
    QCOMPARE(board->mainLifts.at(1).lift.slug, u"t-curl"_s);
    QCOMPARE(board->mainLifts.at(1).lift.workingSets, 3);
    QCOMPARE(board->mainLifts.at(2).lift.slug, u"t-squat"_s);
    const QJsonArray benchE1rm = readGolden(u"e1rm-bench-epley"_s).value(u"points"_s).toArray();
    QCOMPARE(board->mainLifts.at(0).e1rm.size(), benchE1rm.size());
    QVERIFY(board->mainLifts.at(1).e1rm.isEmpty()); // 20 kg x 12: above the cap
}

void TestStatsSeries::coachOverviewFigures()
{
    CoachOverviewOptions options;
    options.trendWeeks = 2; // 26 January .. 8 February; thirds of 4 days
    auto rows = coachOverview(*m_db, QDate(2026, 2, 8), options);
    FT_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 2);
    const AthleteOverview &lifter = rows->at(0);
    QCOMPARE(lifter.subjectId, m_lifter.subject.id);
    QCOMPARE(lifter.lastSession, std::optional<QDate>(QDate(2026, 2, 4)));
    QCOMPARE(lifter.sessionsLast7, 1);
    QCOMPARE(lifter.sessionsLast28, 3);
    QSet<QString> recordSets;
    for (const QJsonValue &row : readGolden(u"records-all"_s).value(u"rows"_s).toArray())
        recordSets.insert(row.toObject().value(u"set_log_id"_s).toString());
    QCOMPARE(lifter.recordsLast30, std::optional<int>(int(recordSets.size())));
    QCOMPARE(lifter.lifts.size(), 3);
    const LiftTrend &bench = lifter.lifts.at(0);
    QCOMPARE(bench.lift.slug, u"t-bench"_s);
    // First third 26..29 January: b2 100 x 5; last third 5..8 February: b9 90 x 8.
    QCOMPARE(std::round(*bench.startKg * 100), 11667.0);
    QCOMPARE(*bench.endKg, 114.0);
    QCOMPARE(std::round(*bench.changeKg * 100), -267.0);
    const LiftTrend &squat = lifter.lifts.at(2);
    QCOMPARE(squat.lift.slug, u"t-squat"_s);
    QVERIFY(squat.startKg);
    QVERIFY(!squat.endKg); // no squat from 5 February on
    QVERIFY(!squat.changeKg);
    // Body weight from 28 January (80.6) to 4 February (81.5).
    QCOMPARE(*lifter.bodyWeightStartKg, 80.6);
    QCOMPARE(*lifter.bodyWeightEndKg, 81.5);
    QCOMPARE(std::round(*lifter.bodyWeightChangeKg * 100), 90.0);

    const AthleteOverview &newbie = rows->at(1);
    QVERIFY(!newbie.lastSession);
    QCOMPARE(newbie.sessionsLast28, 0);
    QCOMPARE(newbie.recordsLast30, std::optional<int>(0));
    QVERIFY(newbie.lifts.isEmpty());
    QVERIFY(!newbie.bodyWeightChangeKg);

    options.records = false;
    auto withoutRecords = coachOverview(*m_db, QDate(2026, 2, 8), options);
    FT_VERIFY_OK(withoutRecords);
    QVERIFY(!withoutRecords->at(0).recordsLast30);
}

void TestStatsSeries::emptyHistory()
{
    // An athlete without sets, a range without data: empty lists, no error.
    for (ReportKind kind : { ReportKind::E1rm, ReportKind::Records, ReportKind::RepMaxes,
                             ReportKind::Weekly, ReportKind::Body }) {
        ReportRequest r;
        r.kind = kind;
        r.athlete = u"newbie"_s;
        r.exercise = u"t-bench"_s;
        auto report = buildReport(*m_db, r);
        FT_VERIFY_OK(report);
        const QString listName = report->json.contains(u"points"_s) ? u"points"_s : u"rows"_s;
        QVERIFY(report->json.value(listName).toArray().isEmpty());
        QVERIFY(!report->columns.isEmpty());
        QCOMPARE(report->toCsv().count(u'\n'), 1); // the header only
    }
    ReportRequest future;
    future.athlete = u"lifter"_s;
    future.exercise = u"t-bench"_s;
    future.range.from = QDate(2030, 1, 1);
    auto report = buildReport(*m_db, future);
    FT_VERIFY_OK(report);
    QVERIFY(report->json.value(u"points"_s).toArray().isEmpty());
    int code = -1;
    runCli({ u"report"_s, u"body"_s, u"--athlete"_s, u"newbie"_s, u"--json"_s }, &code);
    QCOMPARE(code, 0);
}

void TestStatsSeries::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown athlete")
        << QStringList { u"e1rm"_s, u"--athlete"_s, u"nobody"_s, u"--exercise"_s, u"t-bench"_s }
        << int(Error::Kind::NotFound) << u"nobody"_s;
    QTest::newRow("unknown exercise")
        << QStringList { u"e1rm"_s, u"--athlete"_s, u"lifter"_s, u"--exercise"_s, u"t-nope"_s }
        << int(Error::Kind::NotFound) << u"t-nope"_s;
    QTest::newRow("no exercise") << QStringList { u"rep-maxes"_s, u"--athlete"_s, u"lifter"_s }
                                 << int(Error::Kind::Usage) << u"--exercise"_s;
    QTest::newRow("dates in the wrong order")
        << QStringList { u"e1rm"_s,   u"--athlete"_s,  u"lifter"_s, u"--exercise"_s, u"t-bench"_s,
                         u"--from"_s, u"2026-02-04"_s, u"--to"_s,   u"2026-01-28"_s }
        << int(Error::Kind::Usage) << u"before"_s;
}

void TestStatsSeries::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, kind);
    QFETCH(QString, message);
    auto report = buildReport(*m_db, requestFor(arguments));
    QVERIFY(!report.ok());
    QCOMPARE(int(report.error().kind), kind);
    QVERIFY2(report.error().message.contains(message), qPrintable(report.error().message));
    // The series themselves refuse a reversed range too.
    QVERIFY(!weeklyFigures(*m_db, m_lifter.subject.id, WeeklyGrouping::Muscle,
                           { QDate(2026, 2, 1), QDate(2026, 1, 1) })
                 .ok());
    QVERIFY(!bodySeries(*m_db, m_lifter.subject.id, { QDate(2026, 2, 1), QDate(2026, 1, 1) }).ok());
}

void TestStatsSeries::badInputThroughCli_data()
{
    badInput_data();
    // What only the command line can get wrong: usage errors, exit status 2.
    const int usage = int(Error::Kind::Usage);
    const QStringList bench { u"e1rm"_s, u"--athlete"_s, u"lifter"_s, u"--exercise"_s,
                              u"t-bench"_s };
    QTest::newRow("unknown formula") << bench + QStringList { u"--formula"_s, u"epli"_s } << usage
                                     << u"Unknown e1RM formula \"epli\""_s;
    QTest::newRow("bad date") << bench + QStringList { u"--from"_s, u"1.2.2026"_s } << usage
                              << u"YYYY-MM-DD"_s;
    QTest::newRow("rep cap 13") << bench + QStringList { u"--rep-cap"_s, u"13"_s } << usage
                                << u"--rep-cap"_s;
    QTest::newRow("unknown grouping")
        << QStringList { u"weekly"_s, u"--athlete"_s, u"lifter"_s, u"--by"_s, u"day"_s } << usage
        << u"muscle or movement"_s;
    QTest::newRow("unknown report")
        << QStringList { u"progress"_s, u"--athlete"_s, u"lifter"_s } << usage << u"usage"_s;
    QTest::newRow("no athlete") << QStringList { u"body"_s } << usage << u"usage"_s;
}

void TestStatsSeries::badInputThroughCli()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, kind);
    QFETCH(QString, message);
    int code = -1;
    QByteArray errors;
    const QByteArray output = runCli(
        QStringList { u"report"_s } + arguments + QStringList { u"--json"_s }, &code, &errors);
    QCOMPARE(code, kind == int(Error::Kind::Usage) ? 2 : 1);
    QVERIFY(output.isEmpty());
    QVERIFY2(QString::fromUtf8(errors).contains(message), errors.constData());
    QVERIFY(!errors.contains("\n\n")); // one clear message, no dump
}

FT_DB_TEST_MAIN(TestStatsSeries)
#include "tst_stats_series.moc"
