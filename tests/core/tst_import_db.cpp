// The database side of importing other apps' exports, on both backends: exercise mapping, how
// workouts become sessions and set logs, duplicates, preview, undo, and all-or-nothing. The
// workouts come from an in-memory WorkoutReader, so these tests do not depend on the parsers
// (tst_import_files runs real files end to end).
#include "core/athletes/athletes.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalogstore.h"
#include "core/db/database.h"
#include "core/exchange/import/exercisematcher.h"
#include "core/exchange/import/importbatches.h"
#include "core/exchange/import/importer.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace ft::core;
using namespace ft::core::import;
using namespace ft::test;
using namespace Qt::StringLiterals;

namespace {

// Hands out a fixed list of workouts; optionally fails at the end like a truncated file.
class ListReader : public WorkoutReader
{
public:
    ListReader(Format format, QList<ImportedWorkout> workouts, QList<SkippedRow> skipped,
               bool failAtEnd)
        : m_format(format)
        , m_workouts(std::move(workouts))
        , m_skipped(std::move(skipped))
        , m_failAtEnd(failAtEnd)
    { }
    Format format() const override { return m_format; }
    std::optional<ImportedWorkout> next() override
    {
        if (m_next < m_workouts.size())
            return m_workouts.at(m_next++);
        if (m_failAtEnd)
            m_error = Error::make(Error::Kind::File, u"the file ends inside a quoted field"_s);
        return std::nullopt;
    }
    std::optional<Error> error() const override { return m_error; }
    QList<SkippedRow> skipped() const override { return m_skipped; }
    QList<Flag> flags() const override
    {
        return { { 7, u"reps"_s, u"1000"_s, u"more than 100 reps"_s } };
    }

private:
    Format m_format;
    QList<ImportedWorkout> m_workouts;
    QList<SkippedRow> m_skipped;
    bool m_failAtEnd;
    qsizetype m_next = 0;
    std::optional<Error> m_error;
};

ImportSource source(const QList<ImportedWorkout> &workouts, const QString &fingerprint = u"f1"_s,
                    QList<SkippedRow> skipped = {}, bool failAtEnd = false,
                    Format format = Format::Strong)
{
    ImportSource s;
    s.name = u"export.csv"_s;
    s.fingerprint = fingerprint;
    s.open = [=]() -> Result<std::unique_ptr<WorkoutReader>> {
        return std::unique_ptr<WorkoutReader>(
            std::make_unique<ListReader>(format, workouts, skipped, failAtEnd));
    };
    return s;
}

ImportedSet set(const QString &exercise, std::optional<double> kg, std::optional<int> reps,
                SetKind kind = SetKind::Normal, qint64 line = 0)
{
    ImportedSet s;
    s.exerciseName = exercise;
    s.weightKg = kg;
    s.reps = reps;
    s.kind = kind;
    s.line = line;
    return s;
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

ImportedWorkout workout(const QString &title, const QDateTime &start,
                        const QList<ImportedSet> &sets, qint64 line = 2)
{
    ImportedWorkout w;
    w.line = line;
    w.key = title + start.toString(Qt::ISODate);
    w.title = title;
    w.start = start;
    w.durationS = 3600;
    w.sets = sets;
    return w;
}

ImportOptions utcOptions()
{
    ImportOptions options;
    options.read.timeZone = QTimeZone::utc();
    return options;
}

struct LogRow
{
    QString exercise;
    QString performedAt;
    int setIndex;
    bool warmup, failure;
    QVariant weight, reps, rpe;
    QString notes;
    QString date;
};

} // namespace

class TestImportDb : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void matcherRules_data();
    void matcherRules();
    void proposedExerciseGuessesEnums_data();
    void proposedExerciseGuessesEnums();

    void importsWorkoutsIntoSessionsAndSets();
    void setKindsCardioAndNotes();
    void exerciseTwiceInOneWorkoutContinuesSetIndex();
    void twoWorkoutsOnOneDayShareASession();
    void sameDayLaterInTheFileJoinsItsSession();
    void sessionDayFollowsTheTimeZone();
    void existingSessionIsExtendedNotReplaced();
    void sameFileAgainAddsNothing();
    void newerExportAddsOnlyWhatIsNew();
    void duplicateWorkoutInOneFileIsImportedOnce();
    void previewWritesNothingAndMatchesTheImport();
    void unknownExerciseIsCreatedAndRemembered();
    void chosenMappingWins();
    void chosenExerciseMustExist();
    void oddNamesArePreviewedAndNothingIsWritten();
    void impossibleValuesAreSkippedWithTheirLine();
    void failingReaderWritesNothing();
    void unknownAthleteIsRefused();
    void undoRemovesExactlyTheBatch();
    void undoKeepsWhatChangedSince();
    void undoTwiceIsRefused();
    void reportJsonHasTheAgreedKeys();
    void manySetsInOneTransaction();

private:
    Database &db() { return *m_db; }
    QList<LogRow> logs();
    QStringList sessionNotes();
    QString infraCounts();

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    Id m_subject = 0;
};

void TestImportDb::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QString error;
    QVERIFY2(openWithAthlete(*m_tdb, m_db, m_subject, &error), qPrintable(error));
}

void TestImportDb::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

QList<LogRow> TestImportDb::logs()
{
    QList<LogRow> rows;
    auto q =
        db().exec(u"SELECT e.name, l.performed_at, l.set_index, l.is_warmup, l.to_failure, "
                  "l.actual_weight_kg, l.actual_reps, l.actual_rpe, l.notes, s.workout_date "
                  "FROM exercise_set_logs l JOIN exercises e ON e.id = l.exercise_id "
                  "JOIN workout_sessions s ON s.id = l.session_id ORDER BY l.performed_at, l.id"_s);
    if (!q)
        return rows;
    const Dialect &d = db().dialect();
    while (q->next()) {
        rows.append({ q->value(0).toString(),
                      d.bindDateTime(d.readDateTime(q->value(1))).toString(), q->value(2).toInt(),
                      d.readBool(q->value(3)), d.readBool(q->value(4)),
                      q->value(5).isNull() ? QVariant() : QVariant(q->value(5).toDouble()),
                      q->value(6).isNull() ? QVariant() : QVariant(q->value(6).toInt()),
                      q->value(7).isNull() ? QVariant() : QVariant(q->value(7).toDouble()),
                      q->value(8).toString(), d.readDate(q->value(9)).toString(Qt::ISODate) });
    }
    return rows;
}

QStringList TestImportDb::sessionNotes()
{
    QStringList notes;
    auto q = db().exec(u"SELECT workout_date, notes FROM workout_sessions ORDER BY workout_date"_s);
    while (q && q->next())
        notes.append(db().dialect().readDate(q->value(0)).toString(Qt::ISODate) + u": "_s
                     + q->value(1).toString());
    return notes;
}

QString TestImportDb::infraCounts()
{
    QString text = countsText(db());
    for (const char *table : { "import_exercise_mappings", "import_batches", "import_batch_rows",
                               "import_batch_sessions" })
        text += u" %1=%2"_s.arg(QString::fromLatin1(table))
                    .arg(rowCount(db(), QString::fromLatin1(table)));
    return text;
}

void TestImportDb::matcherRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug"); // empty: no match
    QTest::addColumn<QString>("kind");
    QTest::newRow("name") << "Back Squat"
                          << "barbell-back-squat"
                          << "name";
    QTest::newRow("name, case and accents") << "  bâck SQUAT "
                                            << "barbell-back-squat"
                                            << "name";
    QTest::newRow("alias in Name (Equipment)") << "Bench Press (Barbell)"
                                               << "barbell-bench-press"
                                               << "alias";
    QTest::newRow("alias, punctuation") << "bench-press (barbell)"
                                        << "barbell-bench-press"
                                        << "alias";
    QTest::newRow("equipment: base is a name of that equipment")
        << "Pendulum Squat (Leverage Machine)"
        << "pendulum-squat"
        << "equipment";
    QTest::newRow("equipment: base is an alias of that equipment") << "Reverse Lunge (Dumbbells)"
                                                                   << "dumbbell-reverse-lunge"
                                                                   << "equipment";
    QTest::newRow("equipment: no such exercise with that equipment") << "Squat (Plate)"
                                                                     << ""
                                                                     << "";
    QTest::newRow("qualifier that is no equipment") << "Squat (Paused Twice)"
                                                    << ""
                                                    << "";
    QTest::newRow("unknown") << "Zercher Carry"
                             << ""
                             << "";
}

void TestImportDb::matcherRules()
{
    QFETCH(QString, name);
    QFETCH(QString, slug);
    QFETCH(QString, kind);
    auto matcher = ExerciseMatcher::load(db(), Format::Strong);
    FT_VERIFY_OK(matcher);
    const auto match = matcher->match(name);
    if (slug.isEmpty()) {
        QVERIFY2(!match,
                 qPrintable(u"matched %1"_s.arg(match ? matcher->exerciseName(match->exerciseId)
                                                      : QString())));
        return;
    }
    QVERIFY(match);
    auto exercise = loadExercise(db(), match->exerciseId);
    FT_VERIFY_OK(exercise);
    QCOMPARE(exercise->exercise.slug, slug);
    QCOMPARE(matchKindName(match->kind), kind);
}

void TestImportDb::proposedExerciseGuessesEnums_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("equipment");
    QTest::addColumn<QString>("muscle");
    QTest::addColumn<QString>("movement");
    QTest::addColumn<bool>("unilateral");
    QTest::newRow("parenthesis") << "Squat (Dumbbell)"
                                 << "DUMBBELL"
                                 << "QUADS"
                                 << "SQUAT" << false;
    QTest::newRow("word in the name") << "Cable Kneeling Crunch"
                                      << "CABLE"
                                      << "ABS"
                                      << "CORE_BRACE" << false;
    QTest::newRow("abbreviation") << "DB Spider Curl"
                                  << "DUMBBELL"
                                  << "BICEPS"
                                  << "OTHER" << false;
    QTest::newRow("unilateral") << "Single Arm Landmine Row"
                                << "OTHER"
                                << "BACK"
                                << "HORIZONTAL_PULL" << true;
    QTest::newRow("cardio") << "Running (Treadmill)"
                            << "OTHER"
                            << "FULL_BODY"
                            << "OTHER" << false;
    QTest::newRow("nothing known") << "Zercher Carry Deluxe"
                                   << "OTHER"
                                   << "FULL_BODY"
                                   << "CARRY" << false;
    QTest::newRow("emoji only") << "💪💪"
                                << "OTHER"
                                << "OTHER"
                                << "OTHER" << false;
}

void TestImportDb::proposedExerciseGuessesEnums()
{
    QFETCH(QString, name);
    QFETCH(QString, equipment);
    QFETCH(QString, muscle);
    QFETCH(QString, movement);
    QFETCH(bool, unilateral);
    auto matcher = ExerciseMatcher::load(db(), Format::Hevy);
    FT_VERIFY_OK(matcher);
    ExerciseDetails d = matcher->proposeExercise(name);
    QCOMPARE(d.exercise.name, name);
    QCOMPARE(d.exercise.equipment, equipment);
    QCOMPARE(d.exercise.primaryMuscle, muscle);
    QCOMPARE(d.exercise.movement, movement);
    QCOMPARE(d.exercise.unilateral, unilateral);
    QCOMPARE(d.tags, (QStringList { u"imported"_s, u"needs-review"_s }));
    QVERIFY(!d.exercise.slug.isEmpty());
    // Valid as it stands: it can be written.
    QVERIFY(exerciseProblems(d).isEmpty());
    FT_VERIFY_OK(insertExercises(db(), { d }));
}

void TestImportDb::importsWorkoutsIntoSessionsAndSets()
{
    const QList<ImportedWorkout> workouts = {
        workout(u"Push"_s, utc(2024, 3, 4, 17, 30),
                { set(u"Bench Press (Barbell)"_s, 60, 10, SetKind::Normal, 2),
                  set(u"Bench Press (Barbell)"_s, 80, 5, SetKind::Normal, 3),
                  set(u"Overhead Press (Barbell)"_s, 40, 8, SetKind::Normal, 4) },
                2),
        workout(u"Legs"_s, utc(2024, 3, 6, 7, 5),
                { set(u"Squat (Barbell)"_s, 100, 5, SetKind::Normal, 5) }, 5),
    };
    auto report = importWorkouts(db(), m_subject, source(workouts), utcOptions());
    FT_VERIFY_OK(report);
    QCOMPARE(report->workouts, 2);
    QCOMPARE(report->setsRead, 4);
    QCOMPARE(report->setsImported, 4);
    QCOMPARE(report->setsDuplicate, 0);
    QCOMPARE(report->sessionsCreated, 2);
    QCOMPARE(report->firstDate, QDate(2024, 3, 4));
    QCOMPARE(report->lastDate, QDate(2024, 3, 6));
    QCOMPARE(report->exercisesNew(), 0);
    QCOMPARE(report->exercises.size(), 3);
    QCOMPARE(report->exercises.at(0).sets, 2);
    QVERIFY(report->batchId > 0);
    QCOMPARE(report->flagCount, 1);

    const QList<LogRow> rows = logs();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).exercise, u"Bench Press"_s);
    QCOMPARE(rows.at(0).performedAt, u"2024-03-04T17:30:00.000Z"_s);
    QCOMPARE(rows.at(0).setIndex, 1);
    QCOMPARE(rows.at(1).performedAt, u"2024-03-04T17:30:01.000Z"_s);
    QCOMPARE(rows.at(1).setIndex, 2);
    QCOMPARE(rows.at(1).weight, QVariant(80.0));
    QCOMPARE(rows.at(1).reps, QVariant(5));
    QCOMPARE(rows.at(2).performedAt, u"2024-03-04T17:30:02.000Z"_s);
    QCOMPARE(rows.at(2).setIndex, 1);
    QCOMPARE(rows.at(3).exercise, u"Back Squat"_s);
    QCOMPARE(rows.at(3).date, u"2024-03-06"_s);
    QCOMPARE(sessionNotes(),
             QStringList(
                 { u"2024-03-04: Push (17:30, 60 min)"_s, u"2024-03-06: Legs (07:05, 60 min)"_s }));

    auto status =
        db().scalar(u"SELECT COUNT(*) FROM workout_sessions WHERE status = 'COMPLETED'"_s);
    FT_VERIFY_OK(status);
    QCOMPARE(status->toInt(), 2);
    // The mapping is remembered for the next Strong file.
    QCOMPARE(rowCount(db(), u"import_exercise_mappings"_s), 3);
}

void TestImportDb::setKindsCardioAndNotes()
{
    ImportedSet cardio = set(u"Running (Treadmill)"_s, std::nullopt, std::nullopt);
    cardio.distanceM = 5000;
    cardio.durationS = 1530;
    ImportedSet noted = set(u"Bench Press (Barbell)"_s, 70, 3, SetKind::Drop);
    noted.notes = u"  grip wider  "_s;
    ImportedSet rpe = set(u"Bench Press (Barbell)"_s, 82.499999, 3, SetKind::Failure);
    rpe.rpe = 9.5;
    const QList<ImportedWorkout> workouts = {
        workout(u"Mixed"_s, utc(2024, 3, 4, 17, 30),
                { set(u"Bench Press (Barbell)"_s, 40, 10, SetKind::Warmup), rpe, noted, cardio }),
    };
    auto report = importWorkouts(db(), m_subject, source(workouts), utcOptions());
    FT_VERIFY_OK(report);
    const QList<LogRow> rows = logs();
    QCOMPARE(rows.size(), 4);
    QVERIFY(rows.at(0).warmup);
    QVERIFY(!rows.at(0).failure);
    QVERIFY(!rows.at(1).warmup);
    QVERIFY(rows.at(1).failure);
    QCOMPARE(rows.at(1).weight, QVariant(82.5));
    QCOMPARE(rows.at(1).rpe, QVariant(9.5));
    // A drop set: a working set with a note, neither flag.
    QVERIFY(!rows.at(2).warmup);
    QVERIFY(!rows.at(2).failure);
    QCOMPARE(rows.at(2).notes, u"Drop set; grip wider"_s);
    QCOMPARE(rows.at(2).setIndex, 3);
    // Cardio: kept, with distance and time in the note.
    QCOMPARE(rows.at(3).exercise, u"Treadmill Running"_s);
    QVERIFY(rows.at(3).weight.isNull());
    QVERIFY(rows.at(3).reps.isNull());
    QCOMPARE(rows.at(3).notes, u"Distance 5000 m; Time 25:30"_s);
    QCOMPARE(report->exercisesNew(), 0); // Running (Treadmill) is bundled since catalog 2
}

void TestImportDb::exerciseTwiceInOneWorkoutContinuesSetIndex()
{
    const QList<ImportedWorkout> workouts = {
        workout(u"Supersets"_s, utc(2024, 3, 4, 17, 30),
                { set(u"Bench Press (Barbell)"_s, 60, 10), set(u"Bench Press (Barbell)"_s, 60, 10),
                  set(u"Squat (Barbell)"_s, 60, 10), set(u"Bench Press (Barbell)"_s, 60, 10),
                  set(u"Bench Press (Barbell)"_s, 60, 10) }),
    };
    FT_VERIFY_OK(importWorkouts(db(), m_subject, source(workouts), utcOptions()));
    QList<int> benchIndices;
    for (const LogRow &row : logs()) {
        if (row.exercise == u"Bench Press"_s)
            benchIndices.append(row.setIndex);
    }
    QCOMPARE(benchIndices, QList<int>({ 1, 2, 3, 4 }));
}

void TestImportDb::twoWorkoutsOnOneDayShareASession()
{
    ImportedWorkout morning = workout(
        u"Morning 🌅"_s, utc(2024, 3, 4, 6, 0),
        { set(u"Bench Press (Barbell)"_s, 60, 10), set(u"Bench Press (Barbell)"_s, 60, 9) });
    morning.notes = u"Felt fresh"_s;
    const ImportedWorkout evening =
        workout(u"Evening"_s, utc(2024, 3, 4, 18, 0),
                { set(u"Bench Press (Barbell)"_s, 70, 5), set(u"Squat (Barbell)"_s, 90, 5) });
    auto report = importWorkouts(db(), m_subject, source({ morning, evening }), utcOptions());
    FT_VERIFY_OK(report);
    QCOMPARE(report->sessionsCreated, 1);
    QCOMPARE(report->workoutsMerged, 1);
    QCOMPARE(report->setsImported, 4);
    QCOMPARE(rowCount(db(), u"workout_sessions"_s), 1);
    QCOMPARE(
        sessionNotes(),
        QStringList {
            u"2024-03-04: Morning 🌅 (06:00, 60 min)\nFelt fresh\n\nEvening (18:00, 60 min)"_s });
    QList<int> benchIndices;
    for (const LogRow &row : logs()) {
        if (row.exercise == u"Bench Press"_s)
            benchIndices.append(row.setIndex);
    }
    QCOMPARE(benchIndices, QList<int>({ 1, 2, 3 }));
}

void TestImportDb::sameDayLaterInTheFileJoinsItsSession()
{
    // Hevy lists the newest workout first; a day may also come back after others.
    const QList<ImportedWorkout> workouts = {
        workout(u"A"_s, utc(2024, 3, 4, 18, 0), { set(u"Bench Press (Barbell)"_s, 60, 10) }),
        workout(u"B"_s, utc(2024, 3, 5, 18, 0), { set(u"Bench Press (Barbell)"_s, 60, 10) }),
        workout(u"C"_s, utc(2024, 3, 4, 7, 0), { set(u"Bench Press (Barbell)"_s, 65, 8) }),
    };
    auto report = importWorkouts(db(), m_subject, source(workouts), utcOptions());
    FT_VERIFY_OK(report);
    QCOMPARE(report->sessionsCreated, 2);
    QCOMPARE(report->workoutsMerged, 1);
    QCOMPARE(report->setsImported, 3);
    QCOMPARE(sessionNotes(),
             QStringList({ u"2024-03-04: A (18:00, 60 min)\n\nC (07:00, 60 min)"_s,
                           u"2024-03-05: B (18:00, 60 min)"_s }));
    QList<int> day1;
    for (const LogRow &row : logs()) {
        if (row.date == u"2024-03-04"_s)
            day1.append(row.setIndex);
    }
    // C was performed first but read second: its set continues the session's numbering.
    QCOMPARE(day1, QList<int>({ 2, 1 }));
}

void TestImportDb::sessionDayFollowsTheTimeZone()
{
    ImportOptions options;
    options.read.timeZone = QTimeZone("Europe/Berlin");
    QVERIFY(options.read.timeZone.isValid());
    // 23:30 UTC on 4 March is 00:30 on 5 March in Berlin.
    const QList<ImportedWorkout> workouts = {
        workout(u"Late"_s, utc(2024, 3, 4, 23, 30), { set(u"Bench Press (Barbell)"_s, 60, 10) }),
    };
    FT_VERIFY_OK(importWorkouts(db(), m_subject, source(workouts), options));
    QCOMPARE(sessionNotes(), QStringList { u"2024-03-05: Late (00:30, 60 min)"_s });
    QCOMPARE(logs().value(0).performedAt, u"2024-03-04T23:30:00.000Z"_s);
}

void TestImportDb::existingSessionIsExtendedNotReplaced()
{
    FT_VERIFY_OK(db().exec(
        u"INSERT INTO workout_sessions (subject_id, workout_date, status, location, notes) "
        "VALUES (?, '2024-03-04', 'PENDING', 'Home gym', 'Logged by hand')"_s,
        { m_subject }));
    auto bench = db().scalar(u"SELECT id FROM exercises WHERE slug = 'barbell-bench-press'"_s);
    FT_VERIFY_OK(bench);
    FT_VERIFY_OK(db().exec(
        u"INSERT INTO exercise_set_logs (subject_id, exercise_id, session_id, performed_at, "
        u"set_index) "
        "VALUES (?, ?, (SELECT id FROM workout_sessions), '2024-03-04T16:00:00.000Z', 1)"_s,
        { m_subject, *bench }));
    const QList<ImportedWorkout> workouts = {
        workout(u"Push"_s, utc(2024, 3, 4, 17, 30), { set(u"Bench Press (Barbell)"_s, 60, 10) }),
    };
    auto report = importWorkouts(db(), m_subject, source(workouts), utcOptions());
    FT_VERIFY_OK(report);
    QCOMPARE(report->sessionsCreated, 0);
    QCOMPARE(report->workoutsMerged, 1);
    QCOMPARE(rowCount(db(), u"workout_sessions"_s), 1);
    QCOMPARE(sessionNotes(),
             QStringList { u"2024-03-04: Logged by hand\n\nPush (17:30, 60 min)"_s });
    auto location = db().scalar(u"SELECT location FROM workout_sessions"_s);
    FT_VERIFY_OK(location);
    QCOMPARE(location->toString(), u"Home gym"_s);
    const QList<LogRow> rows = logs();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).setIndex, 2); // after the set logged by hand
}

void TestImportDb::sameFileAgainAddsNothing()
{
    const QList<ImportedWorkout> workouts = {
        workout(u"Push"_s, utc(2024, 3, 4, 17, 30),
                { set(u"Bench Press (Barbell)"_s, 60, 10), set(u"Mystery Move"_s, 10, 10) }),
        workout(u"Legs"_s, utc(2024, 3, 6, 7, 5), { set(u"Squat (Barbell)"_s, 100, 5) }),
    };
    auto first = importWorkouts(db(), m_subject, source(workouts), utcOptions());
    FT_VERIFY_OK(first);
    const QString after = infraCounts();
    const QStringList notes = sessionNotes();

    auto second = importWorkouts(db(), m_subject, source(workouts), utcOptions());
    FT_VERIFY_OK(second);
    QCOMPARE(second->setsImported, 0);
    QCOMPARE(second->setsDuplicate, 3);
    QCOMPARE(second->sessionsCreated, 0);
    QCOMPARE(second->exercisesNew(), 0);
    QCOMPARE(second->batchId, 0);
    QCOMPARE(second->previousBatch, std::optional<Id>(first->batchId));
    // The unknown exercise created the first time is remembered, not created again.
    QCOMPARE(second->exercises.at(1).match, MatchKind::Remembered);
    QCOMPARE(infraCounts(), after);
    QCOMPARE(sessionNotes(), notes);
}

void TestImportDb::newerExportAddsOnlyWhatIsNew()
{
    QList<ImportedWorkout> workouts = {
        workout(u"Push"_s, utc(2024, 3, 4, 17, 30), { set(u"Bench Press (Barbell)"_s, 60, 10) }),
        workout(u"Legs"_s, utc(2024, 3, 6, 7, 5), { set(u"Squat (Barbell)"_s, 100, 5) }),
    };
    FT_VERIFY_OK(importWorkouts(db(), m_subject, source(workouts), utcOptions()));
    workouts.append(
        workout(u"Pull"_s, utc(2024, 3, 8, 7, 5), { set(u"Deadlift (Barbell)"_s, 140, 3) }));
    workouts.append(
        workout(u"Legs again"_s, utc(2024, 3, 6, 19, 0), { set(u"Squat (Barbell)"_s, 105, 5) }));
    auto report = importWorkouts(db(), m_subject, source(workouts, u"f2"_s), utcOptions());
    FT_VERIFY_OK(report);
    QCOMPARE(report->setsImported, 2);
    QCOMPARE(report->setsDuplicate, 2);
    QCOMPARE(report->sessionsCreated, 1);
    QVERIFY(!report->previousBatch);
    QCOMPARE(rowCount(db(), u"exercise_set_logs"_s), 4);
    QCOMPARE(sessionNotes().at(1),
             u"2024-03-06: Legs (07:05, 60 min)\n\nLegs again (19:00, 60 min)"_s);
}

void TestImportDb::duplicateWorkoutInOneFileIsImportedOnce()
{
    const ImportedWorkout w = workout(
        u"Push"_s, utc(2024, 3, 4, 17, 30),
        { set(u"Bench Press (Barbell)"_s, 60, 10), set(u"Bench Press (Barbell)"_s, 60, 8) });
    auto report = importWorkouts(db(), m_subject, source({ w, w }), utcOptions());
    FT_VERIFY_OK(report);
    QCOMPARE(report->setsImported, 2);
    QCOMPARE(report->setsDuplicate, 2);
    QCOMPARE(sessionNotes(), QStringList { u"2024-03-04: Push (17:30, 60 min)"_s });
}

void TestImportDb::previewWritesNothingAndMatchesTheImport()
{
    const QList<ImportedWorkout> workouts = {
        workout(u"Push"_s, utc(2024, 3, 4, 17, 30),
                { set(u"Bench Press (Barbell)"_s, 60, 10), set(u"Unheard Of Press"_s, 10, 10) }),
        workout(u"Legs"_s, utc(2024, 3, 6, 7, 5), { set(u"Squat (Barbell)"_s, 100, 5) }),
    };
    const QString before = infraCounts();
    auto preview = previewImport(
        db(), m_subject, source(workouts, u"f1"_s, { { 9, u"Weight: \"abc\" is not a number"_s } }),
        utcOptions());
    FT_VERIFY_OK(preview);
    QCOMPARE(infraCounts(), before);
    QVERIFY(preview->dryRun);
    QCOMPARE(preview->batchId, 0);
    QCOMPARE(preview->exercisesNew(), 1);
    QCOMPARE(preview->exercises.at(1).exerciseId, 0);
    QVERIFY(preview->exercises.at(1).created);
    QCOMPARE(preview->rowsSkipped(), 1);

    auto imported = importWorkouts(
        db(), m_subject, source(workouts, u"f1"_s, { { 9, u"Weight: \"abc\" is not a number"_s } }),
        utcOptions());
    FT_VERIFY_OK(imported);
    for (const char *key :
         { "workouts", "sets_read", "sets_imported", "sets_duplicate", "sessions_created",
           "rows_skipped", "exercises_new", "first_date", "last_date", "skipped" })
        QCOMPARE(preview->toJson().value(QString::fromLatin1(key)),
                 imported->toJson().value(QString::fromLatin1(key)));
}

void TestImportDb::unknownExerciseIsCreatedAndRemembered()
{
    const QList<ImportedWorkout> workouts = {
        workout(u"Odd"_s, utc(2024, 3, 4, 17, 30), { set(u"Squat (Plate)"_s, 20, 10) }),
    };
    auto report = importWorkouts(db(), m_subject, source(workouts), utcOptions());
    FT_VERIFY_OK(report);
    QCOMPARE(report->exercisesNew(), 1);
    const ImportedExercise &e = report->exercises.first();
    QCOMPARE(e.match, MatchKind::New);
    QVERIFY(e.created);
    QCOMPARE(e.created->exercise.equipment, u"PLATE"_s);
    QCOMPARE(e.created->exercise.slug, u"squat-plate"_s);
    QVERIFY(!e.suggestions.isEmpty());
    QVERIFY(!e.reason.isEmpty());
    auto stored = loadExercise(db(), e.exerciseId);
    FT_VERIFY_OK(stored);
    QCOMPARE(stored->exercise.name, u"Squat (Plate)"_s);
    QCOMPARE(stored->tags, (QStringList { u"imported"_s, u"needs-review"_s }));

    // Another file of the same app: the same exercise, remembered; another app: matched anew.
    const QList<ImportedWorkout> later = {
        workout(u"Odd"_s, utc(2024, 4, 4, 17, 30), { set(u"squat (plate)"_s, 22, 10) }),
    };
    auto again = importWorkouts(db(), m_subject, source(later, u"f2"_s), utcOptions());
    FT_VERIFY_OK(again);
    QCOMPARE(again->exercises.first().match, MatchKind::Remembered);
    QCOMPARE(again->exercises.first().exerciseId, e.exerciseId);
    auto hevy = previewImport(db(), m_subject, source(later, u"f3"_s, {}, false, Format::Hevy),
                              utcOptions());
    FT_VERIFY_OK(hevy);
    QCOMPARE(hevy->exercises.first().match, MatchKind::Name);
    QCOMPARE(hevy->exercises.first().exerciseId, e.exerciseId);
}

void TestImportDb::chosenMappingWins()
{
    auto goblet = db().scalar(u"SELECT id FROM exercises WHERE slug = 'goblet-squat'"_s);
    FT_VERIFY_OK(goblet);
    ImportOptions options = utcOptions();
    options.chosen.insert(u"Squat (Dumbbell)"_s, goblet->toLongLong());
    options.chosen.insert(u"Bench Press (Barbell)"_s, 0); // a new exercise although one matches
    const QList<ImportedWorkout> workouts = {
        workout(u"Odd"_s, utc(2024, 3, 4, 17, 30),
                { set(u"Squat (Dumbbell)"_s, 20, 10), set(u"Bench Press (Barbell)"_s, 60, 10) }),
    };
    auto report = importWorkouts(db(), m_subject, source(workouts), options);
    FT_VERIFY_OK(report);
    QCOMPARE(report->exercises.at(0).match, MatchKind::Chosen);
    QCOMPARE(report->exercises.at(0).exerciseName, u"Goblet Squat"_s);
    QCOMPARE(report->exercises.at(1).match, MatchKind::New);
    QCOMPARE(report->exercises.at(1).created->exercise.slug, u"bench-press-barbell"_s);
    // The choice is remembered.
    auto next = previewImport(db(), m_subject, source(workouts, u"f2"_s), utcOptions());
    FT_VERIFY_OK(next);
    QCOMPARE(next->exercises.at(0).match, MatchKind::Remembered);
    QCOMPARE(next->exercises.at(0).exerciseId, goblet->toLongLong());
}

void TestImportDb::chosenExerciseMustExist()
{
    ImportOptions options = utcOptions();
    options.chosen.insert(u"Bench Press (Barbell)"_s, 999999);
    const QString before = infraCounts();
    const QList<ImportedWorkout> workouts = {
        workout(u"Push"_s, utc(2024, 3, 4, 17, 30), { set(u"Bench Press (Barbell)"_s, 60, 10) }),
    };
    auto report = importWorkouts(db(), m_subject, source(workouts), options);
    QVERIFY(!report);
    QCOMPARE(report.error().kind, Error::Kind::NotFound);
    QVERIFY(report.error().message.contains(u"999999"_s));
    QCOMPARE(infraCounts(), before);
}

// Names no app should write, and some do: answered one by one (matched, or new with a reason),
// never a crash, and the preview writes nothing.
void TestImportDb::oddNamesArePreviewedAndNothingIsWritten()
{
    const QString longName = u"Very Long Exercise Name "_s.repeated(21).left(500);
    const QList<ImportedWorkout> workouts = {
        workout(
            u"Odd"_s, utc(2024, 3, 4, 17, 30),
            { set(u"Bench Press (Barbell)"_s, 60, 10), set(u"Bench  Press   (Barbell)"_s, 60, 9),
              set(u" BENCH-PRESS (barbell) "_s, 60, 8), set(longName, 20, 10),
              set(u"Жим лёжа"_s, 60, 10), set(u"ベンチプレス"_s, 60, 10), set(u"💪💪"_s, 0, 10) }),
    };
    const QString before = infraCounts();
    auto preview = previewImport(db(), m_subject, source(workouts), utcOptions());
    FT_VERIFY_OK(preview);
    QCOMPARE(infraCounts(), before);
    QCOMPARE(preview->setsImported, 7);
    // Spaces, case and punctuation aside, one name: one exercise, matched.
    QCOMPARE(preview->exercises.size(), 5);
    const ImportedExercise &bench = preview->exercises.at(0);
    QCOMPARE(bench.sets, 3);
    QCOMPARE(bench.match, MatchKind::Alias);
    // The others are new, each with the reason nothing was taken and a name that fits.
    for (qsizetype i = 1; i < preview->exercises.size(); ++i) {
        const ImportedExercise &e = preview->exercises.at(i);
        QCOMPARE(e.match, MatchKind::New);
        QVERIFY2(!e.reason.isEmpty(), qPrintable(e.sourceName));
        QVERIFY(e.created);
        QVERIFY(!e.created->exercise.name.isEmpty());
        QVERIFY(e.created->exercise.name.size() <= 120);
        QVERIFY(!e.created->exercise.slug.isEmpty());
    }
    QCOMPARE(preview->exercises.at(2).created->exercise.name, u"Жим лёжа"_s);

    // A reader never delivers an empty name; if a source does, the import says so and writes
    // nothing.
    const QList<ImportedWorkout> empty = {
        workout(u"Odd"_s, utc(2024, 3, 4, 17, 30), { set(u"   "_s, 60, 10) }),
    };
    auto refused = importWorkouts(db(), m_subject, source(empty, u"f2"_s), utcOptions());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"exercise"_s), qPrintable(refused.error().message));
    QCOMPARE(infraCounts(), before);
}

void TestImportDb::impossibleValuesAreSkippedWithTheirLine()
{
    const QList<ImportedWorkout> workouts = {
        workout(u"Push"_s, utc(2024, 3, 4, 17, 30),
                { set(u"Bench Press (Barbell)"_s, 60, 10, SetKind::Normal, 2),
                  set(u"Bench Press (Barbell)"_s, -5, 10, SetKind::Normal, 3),
                  set(u"Bench Press (Barbell)"_s, 10000, 1, SetKind::Normal, 4),
                  set(u"Bench Press (Barbell)"_s, 9999.99, 1, SetKind::Normal, 5) }),
    };
    auto report = importWorkouts(
        db(), m_subject, source(workouts, u"f"_s, { { 6, u"reader's own"_s } }), utcOptions());
    FT_VERIFY_OK(report);
    QCOMPARE(report->setsImported, 2);
    QCOMPARE(report->rowsSkipped(), 3);
    QCOMPARE(report->skipped.at(0).line, 3);
    QVERIFY(report->skipped.at(0).reason.contains(u"negative"_s));
    QCOMPARE(report->skipped.at(1).line, 4);
    QVERIFY(report->skipped.at(1).reason.contains(u"9999.99"_s));
    QCOMPARE(report->skipped.at(2).line, 6);
    QCOMPARE(logs().last().weight, QVariant(9999.99));
}

void TestImportDb::failingReaderWritesNothing()
{
    const QList<ImportedWorkout> workouts = {
        workout(u"Push"_s, utc(2024, 3, 4, 17, 30),
                { set(u"Bench Press (Barbell)"_s, 60, 10), set(u"New Thing"_s, 1, 1) }),
        workout(u"Legs"_s, utc(2024, 3, 6, 7, 5), { set(u"Squat (Barbell)"_s, 100, 5) }),
    };
    const QString before = infraCounts();
    auto report = importWorkouts(db(), m_subject, source(workouts, u"f"_s, {}, true), utcOptions());
    QVERIFY(!report);
    QCOMPARE(report.error().kind, Error::Kind::File);
    QCOMPARE(infraCounts(), before);
    QVERIFY(!db().inTransaction());
}

void TestImportDb::unknownAthleteIsRefused()
{
    const QString before = infraCounts();
    auto report = importWorkouts(
        db(), 424242,
        source({ workout(u"Push"_s, utc(2024, 3, 4, 17, 30), { set(u"New Thing"_s, 1, 1) }) }),
        utcOptions());
    QVERIFY(!report);
    QCOMPARE(report.error().kind, Error::Kind::NotFound);
    QCOMPARE(infraCounts(), before);
}

void TestImportDb::undoRemovesExactlyTheBatch()
{
    // History from before: a session logged by hand on a day the import also has, and an
    // earlier import.
    FT_VERIFY_OK(
        db().exec(u"INSERT INTO workout_sessions (subject_id, workout_date, status, notes) "
                  "VALUES (?, '2024-03-06', 'COMPLETED', NULL)"_s,
                  { m_subject }));
    auto earlier = importWorkouts(
        db(), m_subject,
        source({ workout(u"Old"_s, utc(2024, 1, 2, 17, 30), { set(u"Old Thing"_s, 1, 1) }) },
               u"f0"_s),
        utcOptions());
    FT_VERIFY_OK(earlier);
    const QString before = countsText(db());
    const QStringList notesBefore = sessionNotes();
    const QList<LogRow> logsBefore = logs();

    const QList<ImportedWorkout> workouts = {
        workout(u"Push"_s, utc(2024, 3, 4, 17, 30),
                { set(u"Bench Press (Barbell)"_s, 60, 10), set(u"Brand New"_s, 1, 1) }),
        workout(u"Legs"_s, utc(2024, 3, 6, 7, 5), { set(u"Squat (Barbell)"_s, 100, 5) }),
    };
    auto report = importWorkouts(db(), m_subject, source(workouts), utcOptions());
    FT_VERIFY_OK(report);
    QCOMPARE(report->setsImported, 3);

    auto batches = listImportBatches(db(), m_subject);
    FT_VERIFY_OK(batches);
    QCOMPARE(batches->size(), 2);
    QCOMPARE(batches->first().id, report->batchId);

    auto undo = undoImport(db(), report->batchId);
    FT_VERIFY_OK(undo);
    QCOMPARE(undo->setsDeleted, 3);
    QCOMPARE(undo->sessionsDeleted, 1);
    QCOMPARE(undo->notesRestored, 1);
    QCOMPARE(undo->exercisesDeleted, 1);
    QCOMPARE(undo->sessionsKept + undo->exercisesKept + undo->notesKept, 0);
    // The data model's tables as before; the batch stays, marked undone, and so do the
    // remembered mappings (but the one to the deleted exercise, which went with it).
    QCOMPARE(countsText(db()), before);
    QCOMPARE(sessionNotes(), notesBefore);
    QCOMPARE(logs().size(), logsBefore.size());
    QCOMPARE(rowCount(db(), u"import_batches"_s), 2);
    auto brandNew = db().scalar(
        u"SELECT COUNT(*) FROM import_exercise_mappings WHERE source_name = 'Brand New'"_s);
    FT_VERIFY_OK(brandNew);
    QCOMPARE(brandNew->toInt(), 0);
    QCOMPARE(rowCount(db(), u"import_exercise_mappings"_s), 3);
    auto listed = listImportBatches(db(), m_subject);
    FT_VERIFY_OK(listed);
    QVERIFY(listed->first().undoneAt);
    QVERIFY(!listed->last().undoneAt);

    // Imported again, it all comes back.
    auto again = importWorkouts(db(), m_subject, source(workouts), utcOptions());
    FT_VERIFY_OK(again);
    QCOMPARE(again->setsImported, 3);
    QVERIFY(!again->previousBatch);
}

void TestImportDb::undoKeepsWhatChangedSince()
{
    const QList<ImportedWorkout> workouts = {
        workout(u"Push"_s, utc(2024, 3, 4, 17, 30), { set(u"Brand New"_s, 1, 1) }),
        workout(u"Legs"_s, utc(2024, 3, 6, 7, 5), { set(u"Squat (Barbell)"_s, 100, 5) }),
    };
    auto report = importWorkouts(db(), m_subject, source(workouts), utcOptions());
    FT_VERIFY_OK(report);
    // A set logged by hand into the imported session of 6 March, with the new exercise.
    auto created = db().scalar(u"SELECT id FROM exercises WHERE name = 'Brand New'"_s);
    FT_VERIFY_OK(created);
    FT_VERIFY_OK(db().exec(
        u"INSERT INTO exercise_set_logs (subject_id, exercise_id, session_id, performed_at, "
        u"set_index) "
        "VALUES (?, ?, (SELECT id FROM workout_sessions WHERE workout_date = '2024-03-06'), "
        "'2024-03-06T08:00:00.000Z', 1)"_s,
        { m_subject, *created }));
    auto undo = undoImport(db(), report->batchId);
    FT_VERIFY_OK(undo);
    QCOMPARE(undo->setsDeleted, 2);
    QCOMPARE(undo->sessionsDeleted, 1);
    QCOMPARE(undo->sessionsKept, 1);
    QCOMPARE(undo->exercisesKept, 1);
    QCOMPARE(undo->exercisesDeleted, 0);
    QCOMPARE(rowCount(db(), u"exercise_set_logs"_s), 1);
}

void TestImportDb::undoTwiceIsRefused()
{
    auto report = importWorkouts(db(), m_subject,
                                 source({ workout(u"Push"_s, utc(2024, 3, 4, 17, 30),
                                                  { set(u"Bench Press (Barbell)"_s, 60, 10) }) }),
                                 utcOptions());
    FT_VERIFY_OK(report);
    FT_VERIFY_OK(undoImport(db(), report->batchId));
    const QString before = infraCounts();
    auto again = undoImport(db(), report->batchId);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Usage);
    auto missing = undoImport(db(), 4242);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    QCOMPARE(infraCounts(), before);
}

void TestImportDb::reportJsonHasTheAgreedKeys()
{
    auto report =
        importWorkouts(db(), m_subject,
                       source({ workout(u"Push"_s, utc(2024, 3, 4, 17, 30),
                                        { set(u"Bench Press (Barbell)"_s, 60, 10) }) },
                              u"f"_s, { { 12, u"Date: \"31/02/2024\" does not exist"_s } }),
                       utcOptions());
    FT_VERIFY_OK(report);
    const QJsonObject json = report->toJson();
    QCOMPARE(json.value(u"format"_s).toString(), u"strong"_s);
    QCOMPARE(json.value(u"workouts"_s).toInt(), 1);
    QCOMPARE(json.value(u"sets_imported"_s).toInt(), 1);
    QCOMPARE(json.value(u"rows_skipped"_s).toInt(), 1);
    QCOMPARE(json.value(u"exercises_new"_s).toInt(), 0);
    const QJsonObject skipped = json.value(u"skipped"_s).toArray().first().toObject();
    QCOMPARE(skipped.value(u"line"_s).toInt(), 12);
    QCOMPARE(skipped.value(u"reason"_s).toString(), u"Date: \"31/02/2024\" does not exist"_s);
}

void TestImportDb::manySetsInOneTransaction()
{
    // 20,000 sets in 1,000 workouts: one transaction, multi-row statements.
    QList<ImportedWorkout> workouts;
    const QStringList names = { u"Bench Press (Barbell)"_s, u"Squat (Barbell)"_s,
                                u"Deadlift (Barbell)"_s, u"Pull Up"_s };
    for (int w = 0; w < 1000; ++w) {
        QList<ImportedSet> sets;
        for (int i = 0; i < 20; ++i)
            sets.append(set(names.at(i / 5), 50 + i, 5));
        workouts.append(workout(u"W%1"_s.arg(w), utc(2020, 1, 1, 18, 0).addDays(w), sets));
    }
    auto report = importWorkouts(db(), m_subject, source(workouts), utcOptions());
    FT_VERIFY_OK(report);
    QCOMPARE(report->setsImported, 20000);
    QCOMPARE(rowCount(db(), u"exercise_set_logs"_s), 20000);
    // One range of ids per table on an otherwise quiet database.
    auto ranges = db().scalar(
        u"SELECT COUNT(*) FROM import_batch_rows WHERE table_name = 'exercise_set_logs'"_s);
    FT_VERIFY_OK(ranges);
    QCOMPARE(ranges->toInt(), 1);
    auto undo = undoImport(db(), report->batchId);
    FT_VERIFY_OK(undo);
    QCOMPARE(undo->setsDeleted, 20000);
    QCOMPARE(undo->sessionsDeleted, 1000);
}

FT_DB_TEST_MAIN(TestImportDb)
#include "tst_import_db.moc"
