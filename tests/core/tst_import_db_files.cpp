// Importing real export files end to end, on both backends: the readers
// (core/exchange/import/*reader) and the importer together, through fileSource() as the CLI does,
// and the CLI itself with its
// --json report, --dry-run, undo and its errors.
#include "core/athletes/athletes.h"
#include "core/catalog/catalog.h"
#include "core/db/database.h"
#include "core/exchange/import/importer.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace ft::core;
using namespace ft::core::import;
using namespace ft::test;
using namespace Qt::StringLiterals;

namespace {

// Strong, comma layout, kilograms: two workouts on 2 March (the morning one has the squat twice,
// a warm-up, a failure set and a drop set), a run, and a day's workout on 4 March.
const char strongExport[] =
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout "
    "Notes,RPE\n"
    "2026-03-02 07:15:00,Morning,1h 3m,Squat (Barbell),W,60,5,0,0,\"Felt heavy\nknees ok\",Good "
    "session,\n"
    "2026-03-02 07:15:00,Morning,1h 3m,Squat (Barbell),1,100,5,0,0,,Good session,8\n"
    "2026-03-02 07:15:00,Morning,1h 3m,Squat (Barbell),F,100,3,0,0,,Good session,10\n"
    "2026-03-02 07:15:00,Morning,1h 3m,Bench Press (Barbell),1,80,5,0,0,,Good session,\n"
    "2026-03-02 07:15:00,Morning,1h 3m,Bench Press (Barbell),D,60,8,0,0,,Good session,\n"
    "2026-03-02 07:15:00,Morning,1h 3m,Squat (Barbell),2,90,8,0,0,,Good session,\n"
    "2026-03-02 18:30:00,Evening run,31m,Running,1,0,0,5,1800,,,\n"
    "2026-03-02 18:30:00,Evening run,31m,Squat (Dumbbell),1,20,12,0,0,,,\n"
    "2026-03-04 12:00:00,Pull,45m,Pull Up,1,0,10,0,0,,,\n"
    "2026-03-04 12:00:00,Pull,45m,Pull Up,2,-5,8,0,0,,,\n";

// Hevy, newest workout first, pounds.
const char hevyFile[] =
    "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_"
    "type,"
    "weight_lbs,reps,distance_miles,duration_seconds,rpe\n"
    "Push,\"5 Mar 2026, 18:00\",\"5 Mar 2026, 19:00\",,Bench Press (Barbell),,,0,warmup,95,10,,,\n"
    "Push,\"5 Mar 2026, 18:00\",\"5 Mar 2026, 19:00\",,Bench Press "
    "(Barbell),,,1,normal,225,5,,,8.5\n"
    "Push,\"5 Mar 2026, 18:00\",\"5 Mar 2026, 19:00\",,Bench Press (Barbell),,,2,dropset,185,8,,,\n"
    "Legs,\"3 Mar 2026, 07:00\",\"3 Mar 2026, 08:00\",,Squat (Barbell),,,0,normal,315,5,,,\n"
    "Legs,\"3 Mar 2026, 07:00\",\"3 Mar 2026, 08:00\",,Squat (Barbell),,,1,failure,315,3,,,10\n";

// FitNotes: one row per set, grouped by day, an unquoted comma in a name.
const char fitnotesFile[] = "Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time\n"
                            "2026-03-06,Flat Barbell Bench Press,Chest,80.0,5,,,\n"
                            "2026-03-06,Flat Barbell Bench Press,Chest,80.0,5,,,\n"
                            "2026-03-06,Curl, Hammer,Biceps,14.0,10,,,\n"
                            "2026-03-07,Deadlift,Back,140.0,3,,,\n";

} // namespace

class TestImportDbFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void strongFile_data();
    void strongFile();
    void hevyPoundsNewestFirst();
    void fitnotesDays();
    void cliJsonDryRunImportAgainUndo();
    void cliRefusesWithAMessage_data();
    void cliRefusesWithAMessage();
    void progressIsReportedAndCancelWritesNothing();

private:
    QString write(const QString &name, const QByteArray &bytes);
    Result<ImportReport> importFile(const QString &path, ImportOptions options = {});
    QByteArray runCli(const QStringList &arguments, int *exitCode, QByteArray *errors = nullptr);

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    Id m_subject = 0;
};

void TestImportDbFiles::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QString error;
    QVERIFY2(openWithAthlete(*m_tdb, m_db, m_subject, &error), qPrintable(error));
}

void TestImportDbFiles::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

QString TestImportDbFiles::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_tdb->tempPath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

Result<ImportReport> TestImportDbFiles::importFile(const QString &path, ImportOptions options)
{
    options.read.timeZone = QTimeZone::utc();
    auto source = fileSource(path, std::nullopt, options.read);
    if (!source)
        return source.error();
    return importWorkouts(*m_db, m_subject, *source, options);
}

// A Strong export of `workouts` workouts on consecutive days, three sets each.
static QByteArray strongWorkouts(int workouts)
{
    QByteArray bytes("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,"
                     "Seconds,Notes,Workout Notes,RPE\n");
    const QDate first(2025, 1, 1);
    for (int w = 0; w < workouts; ++w) {
        const QByteArray date = first.addDays(w).toString(Qt::ISODate).toLatin1();
        for (int set = 1; set <= 3; ++set)
            bytes += date + " 18:00:00,Legs,1h,Squat (Barbell)," + QByteArray::number(set)
                + ",100,5,0,0,,,\n";
    }
    return bytes;
}

QByteArray TestImportDbFiles::runCli(const QStringList &arguments, int *exitCode,
                                     QByteArray *errors)
{
    QProcess cli;
    cli.start(QStringLiteral(FT_CLI_PATH), QStringList { u"--db"_s, m_tdb->urlText() } + arguments);
    cli.waitForFinished(60'000);
    *exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    if (errors)
        *errors = cli.readAllStandardError();
    return cli.readAllStandardOutput();
}

void TestImportDbFiles::strongFile_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::addColumn<QByteArray>("bom");
    QTest::newRow("LF") << QByteArray("\n") << QByteArray();
    QTest::newRow("CRLF, BOM") << QByteArray("\r\n") << QByteArray("\xEF\xBB\xBF");
}

void TestImportDbFiles::strongFile()
{
    QFETCH(QByteArray, lineEnd);
    QFETCH(QByteArray, bom);
    QByteArray bytes(strongExport);
    bytes.replace("\n", lineEnd);
    const QString path = write(u"strong.csv"_s, bom + bytes);
    auto report = importFile(path);
    FT_VERIFY_OK(report);
    QCOMPARE(formatName(report->format), u"strong"_s);
    QCOMPARE(report->workouts, 3);
    QCOMPARE(report->sessionsCreated, 2);
    QCOMPARE(report->workoutsMerged, 1);
    QCOMPARE(report->setsImported, 9);
    QCOMPARE(report->rowsSkipped(), 1); // the negative weight
    QCOMPARE(report->skipped.first().line, lineEnd == "\n" ? 12 : 12);
    QCOMPARE(report->exercisesNew(), 0); // Running, Squat (Dumbbell): bundled since catalog 2

    // The morning squat: warm-up, set 1, failure, and set 2 after the bench press.
    auto q =
        m_db->exec(u"SELECT l.set_index, l.is_warmup, l.to_failure, l.actual_weight_kg, l.notes "
                   "FROM exercise_set_logs l JOIN exercises e ON e.id = l.exercise_id "
                   "WHERE e.slug = 'barbell-back-squat' ORDER BY l.performed_at"_s);
    FT_VERIFY_OK(q);
    QStringList squat;
    while (q->next())
        squat.append(u"%1 %2 %3 %4"_s.arg(q->value(0).toInt())
                         .arg(m_db->dialect().readBool(q->value(1)))
                         .arg(m_db->dialect().readBool(q->value(2)))
                         .arg(q->value(3).toDouble()));
    QCOMPARE(squat, QStringList({ u"1 1 0 60"_s, u"2 0 0 100"_s, u"3 0 1 100"_s, u"4 0 0 90"_s }));
    auto drop = m_db->scalar(
        u"SELECT notes FROM exercise_set_logs WHERE actual_weight_kg = 60 AND actual_reps = 8"_s);
    FT_VERIFY_OK(drop);
    QCOMPARE(drop->toString(), u"Drop set"_s);
    auto run = m_db->scalar(
        u"SELECT l.notes FROM exercise_set_logs l JOIN exercises e ON e.id = l.exercise_id "
        "WHERE e.name = 'Running'"_s);
    FT_VERIFY_OK(run);
    QCOMPARE(run->toString(), u"Distance 5000 m; Time 30:00"_s);
    auto notes =
        m_db->scalar(u"SELECT notes FROM workout_sessions WHERE workout_date = '2026-03-02'"_s);
    FT_VERIFY_OK(notes);
    QCOMPARE(notes->toString(),
             u"Morning (07:15, 63 min)\nGood session\n\nEvening run (18:30, 31 min)"_s);

    // Again: nothing new.
    auto again = importFile(path);
    FT_VERIFY_OK(again);
    QCOMPARE(again->setsImported, 0);
    QCOMPARE(again->setsDuplicate, 9);
    QCOMPARE(again->previousBatch, std::optional<Id>(report->batchId));
}

void TestImportDbFiles::hevyPoundsNewestFirst()
{
    auto report = importFile(write(u"hevy.csv"_s, hevyFile));
    FT_VERIFY_OK(report);
    QCOMPARE(formatName(report->format), u"hevy"_s);
    QCOMPARE(report->workouts, 2);
    QCOMPARE(report->setsImported, 5);
    QCOMPARE(report->firstDate, QDate(2026, 3, 3));
    QCOMPARE(report->lastDate, QDate(2026, 3, 5));
    auto q = m_db->exec(
        u"SELECT actual_weight_kg, is_warmup, to_failure, notes, set_index FROM exercise_set_logs "
        "ORDER BY performed_at"_s);
    FT_VERIFY_OK(q);
    QStringList rows;
    while (q->next())
        rows.append(u"%1 %2 %3 %4 %5"_s.arg(q->value(0).toDouble())
                        .arg(m_db->dialect().readBool(q->value(1)))
                        .arg(m_db->dialect().readBool(q->value(2)))
                        .arg(q->value(3).toString())
                        .arg(q->value(4).toInt()));
    // 315 lb = 142.88 kg, 225 lb = 102.06 kg: converted once, to the hundredth.
    QCOMPARE(rows,
             QStringList({ u"142.88 0 0  1"_s, u"142.88 0 1  2"_s, u"43.09 1 0  1"_s,
                           u"102.06 0 0  2"_s, u"83.91 0 0 Drop set 3"_s }));
}

void TestImportDbFiles::fitnotesDays()
{
    auto report = importFile(write(u"fitnotes.csv"_s, fitnotesFile));
    FT_VERIFY_OK(report);
    QCOMPARE(formatName(report->format), u"fitnotes"_s);
    QCOMPARE(report->workouts, 2);
    QCOMPARE(report->sessionsCreated, 2);
    QCOMPARE(report->setsImported, 4);
    QStringList names;
    for (const ImportedExercise &e : report->exercises)
        names.append(e.sourceName);
    QCOMPARE(names,
             QStringList({ u"Flat Barbell Bench Press"_s, u"Curl, Hammer"_s, u"Deadlift"_s }));
    QCOMPARE(report->exercises.at(0).exerciseName, u"Bench Press"_s);
}

void TestImportDbFiles::cliJsonDryRunImportAgainUndo()
{
    const QString path = write(u"strong.csv"_s, strongExport);
    const QString before = countsText(*m_db);
    const QStringList import = { u"import"_s, u"auto"_s,   path,    u"--athlete"_s,
                                 u"ada"_s,    u"--unit"_s, u"kg"_s, u"--timezone"_s,
                                 u"UTC"_s,    u"--json"_s };
    int code = -1;
    const QJsonObject preview =
        QJsonDocument::fromJson(runCli(import + QStringList { u"--dry-run"_s }, &code)).object();
    QCOMPARE(code, 0);
    QCOMPARE(countsText(*m_db), before);
    for (const char *key :
         { "format", "workouts", "sets_imported", "rows_skipped", "skipped", "exercises_new" })
        QVERIFY2(preview.contains(QLatin1String(key)), key);
    QCOMPARE(preview.value(u"format"_s).toString(), u"strong"_s);
    QCOMPARE(preview.value(u"workouts"_s).toInt(), 3);
    QCOMPARE(preview.value(u"sets_imported"_s).toInt(), 9);
    QCOMPARE(preview.value(u"rows_skipped"_s).toInt(), 1);
    QCOMPARE(preview.value(u"exercises_new"_s).toInt(),
             0); // Running, Squat (Dumbbell): bundled since catalog 2
    const QJsonObject skipped = preview.value(u"skipped"_s).toArray().first().toObject();
    QCOMPARE(skipped.value(u"line"_s).toInt(), 12);
    QVERIFY(!skipped.value(u"reason"_s).toString().isEmpty());
    QVERIFY(preview.value(u"dry_run"_s).toBool());

    const QJsonObject done = QJsonDocument::fromJson(runCli(import, &code)).object();
    QCOMPARE(code, 0);
    QCOMPARE(done.value(u"sets_imported"_s).toInt(), 9);
    QCOMPARE(rowCount(*m_db, u"exercise_set_logs"_s), 9);
    const QJsonObject again = QJsonDocument::fromJson(runCli(import, &code)).object();
    QCOMPARE(code, 0);
    QCOMPARE(again.value(u"sets_imported"_s).toInt(), 0);
    QCOMPARE(rowCount(*m_db, u"exercise_set_logs"_s), 9);

    const QString batch = QString::number(done.value(u"batch"_s).toInteger());
    const QJsonObject undone =
        QJsonDocument::fromJson(runCli({ u"import"_s, u"undo"_s, batch, u"--json"_s }, &code))
            .object();
    QCOMPARE(code, 0);
    QCOMPARE(undone.value(u"sets_deleted"_s).toInt(), 9);
    QCOMPARE(countsText(*m_db), before);
}

void TestImportDbFiles::cliRefusesWithAMessage_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("arguments"); // FILE stands for the file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList strong = { u"import"_s, u"strong"_s, u"FILE"_s, u"--athlete"_s, u"ada"_s };
    QTest::newRow("not an export")
        << QByteArray("name,age\nada,36\n") << strong << 1 << u"not a Strong export"_s;
    QTest::newRow("truncated quote")
        << QByteArray(strongExport).left(QByteArray(strongExport).indexOf("knees")) << strong << 1
        << u"input.csv: A quoted field"_s;
    QTest::newRow("unknown athlete")
        << QByteArray(strongExport)
        << QStringList { u"import"_s, u"strong"_s, u"FILE"_s, u"--athlete"_s, u"nobody"_s } << 1
        << u"nobody"_s;
    QTest::newRow("no athlete") << QByteArray(strongExport)
                                << QStringList { u"import"_s, u"strong"_s, u"FILE"_s } << 2
                                << u"usage"_s;
    QTest::newRow("bad unit") << QByteArray(strongExport)
                              << strong + QStringList { u"--unit"_s, u"stone"_s } << 2
                              << u"--unit"_s;
    QTest::newRow("bad time zone")
        << QByteArray(strongExport) << strong + QStringList { u"--timezone"_s, u"Mars/Olympus"_s }
        << 2 << u"Mars/Olympus"_s;
    QTest::newRow("missing file") << QByteArray()
                                  << QStringList { u"import"_s, u"hevy"_s, u"/nonexistent/x.csv"_s,
                                                   u"--athlete"_s, u"ada"_s }
                                  << 1 << u"/nonexistent/x.csv"_s;
}

void TestImportDbFiles::cliRefusesWithAMessage()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString path = write(u"input.csv"_s, content);
    arguments.replaceInStrings(u"FILE"_s, path);
    message.replace(u"FILE"_s, path);
    const QString before = countsText(*m_db);
    int code = -1;
    QByteArray errors;
    const QByteArray output = runCli(arguments, &code, &errors);
    QCOMPARE(code, exitCode);
    QVERIFY(output.isEmpty());
    QVERIFY2(QString::fromUtf8(errors).contains(message), errors.constData());
    QCOMPARE(countsText(*m_db), before);
}

void TestImportDbFiles::progressIsReportedAndCancelWritesNothing()
{
    const QString path = write(u"progress.csv"_s, strongWorkouts(3000));
    const auto count = [this](const QString &table) {
        auto n = m_db->scalar(u"SELECT COUNT(*) FROM "_s + table);
        return n ? n->toLongLong() : -1;
    };

    // Cancelled part-way, as a preview and as an import: an error that says so, nothing written.
    for (const bool dryRun : { true, false }) {
        ImportOptions options;
        options.dryRun = dryRun;
        int calls = 0;
        options.progress = [&calls](double) { return ++calls < 50; };
        auto report = importFile(path, options);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, Error::Kind::Cancelled);
        QCOMPARE(calls, 50);
        QCOMPARE(count(u"exercise_set_logs"_s), 0);
        QCOMPARE(count(u"workout_sessions"_s), 0);
        QCOMPARE(count(u"import_batches"_s), 0);
        QCOMPARE(count(u"import_exercise_mappings"_s), 0);
        QVERIFY(!m_db->inTransaction());
    }

    // Not cancelled: one report per workout, through the file from start to end (the readers
    // read ahead in blocks: the first report is not at 0).
    ImportOptions options;
    QList<double> fractions;
    options.progress = [&fractions](double f) {
        fractions.append(f);
        return true;
    };
    auto report = importFile(path, options);
    FT_VERIFY_OK(report);
    QCOMPARE(report->setsImported, 9000);
    QCOMPARE(fractions.size(), 3000);
    QVERIFY(std::is_sorted(fractions.cbegin(), fractions.cend()));
    QVERIFY2(fractions.first() >= 0.0 && fractions.first() < 0.5,
             qPrintable(QString::number(fractions.first())));
    QCOMPARE(fractions.last(), 1.0);
}

FT_DB_TEST_MAIN(TestImportDbFiles)
#include "tst_import_db_files.moc"
