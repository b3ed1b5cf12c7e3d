// Import of free-exercise-db exercises.json files, on both backends, from the small fixtures in
// tests/data/free-exercise-db/ (written for these tests): the vocabulary mapping, the report of
// what could not be mapped, skipping what exists, and refusing malformed files whole.
#include "core/catalog/catalog.h"
#include "core/catalog/catalogstore.h"
#include "core/catalog/freeexercisedb.h"
#include "core/db/database.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace ft::core;
using namespace ft::test;
using namespace Qt::StringLiterals;

namespace {
QByteArray fixture(const QString &name)
{
    const QString path = QFINDTESTDATA(u"../data/free-exercise-db/"_s + name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

const ExerciseDetails *byName(const QList<ExerciseDetails> &list, const QString &name)
{
    for (const ExerciseDetails &d : list) {
        if (d.exercise.name == name)
            return &d;
    }
    return nullptr;
}

// "field=value ×count → usedInstead: names" for comparing whole reports.
QStringList describe(const QList<UnmappedValue> &values)
{
    QStringList out;
    for (const UnmappedValue &u : values)
        out.append(
            u"%1=%2 x%3: %4"_s.arg(u.field, u.value).arg(u.count).arg(u.exercises.join(u", "_s)));
    return out;
}
} // namespace

class TestFreeExerciseDb : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void convertMapsVocabulary();
    void convertReportsUnmappedValues();
    void importAddsAndSkipsDuplicates();
    void reimportAddsNothing();
    void existingNamesAreSkipped();
    void malformedFileRefusedNothingWritten_data();
    void malformedFileRefusedNothingWritten();
    void missingFile();
    void emptyArray();
    void reportAsJsonAndText();

private:
    Database &db() { return *m_db; }
    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
};

void TestFreeExerciseDb::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->create(), qPrintable(m_tdb->errorString()));
    auto opened = m_tdb->open();
    FT_VERIFY_OK(opened);
    m_db = std::move(opened).value();
}

void TestFreeExerciseDb::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

void TestFreeExerciseDb::convertMapsVocabulary()
{
    auto conversion = convertFreeExerciseDb(fixture(u"exercises.json"_s));
    FT_VERIFY_OK(conversion);
    const QList<ExerciseDetails> &list = conversion->exercises;
    QCOMPARE(list.size(), 10);

    const ExerciseDetails *squat = byName(list, u"Barbell Back Squat Test"_s);
    QVERIFY(squat);
    QCOMPARE(squat->exercise.slug, u"barbell-back-squat-test"_s);
    QCOMPARE(squat->exercise.primaryMuscle, u"QUADS"_s);
    QCOMPARE(squat->secondaryMuscles, (QStringList { u"BACK"_s, u"HAMSTRINGS"_s, u"GLUTES"_s }));
    QCOMPARE(squat->exercise.movement, u"SQUAT"_s);
    QCOMPARE(squat->exercise.force, u"PUSH"_s);
    QCOMPARE(squat->exercise.mechanics, u"COMPOUND"_s);
    QCOMPARE(squat->exercise.equipment, u"BARBELL"_s);
    QCOMPARE(squat->exercise.difficulty, u"INTERMEDIATE"_s);
    QCOMPARE(squat->exercise.unilateral, false);
    QCOMPARE(*squat->exercise.instructions,
             u"Set the bar on your upper back.\nSit down between your heels.\nStand back up."_s);
    QCOMPARE(squat->tags, (QStringList { u"strength"_s, u"free-exercise-db"_s }));

    // Nulls: force from the category (a stretch is static), mechanics from the muscles,
    // equipment OTHER, no instructions.
    const ExerciseDetails *stretch = byName(list, u"Hamstring Stretch Test"_s);
    QVERIFY(stretch);
    QCOMPARE(stretch->exercise.force, u"STATIC"_s);
    QCOMPARE(stretch->exercise.mechanics, u"ISOLATION"_s);
    QCOMPARE(stretch->exercise.equipment, u"OTHER"_s);
    QCOMPARE(stretch->exercise.movement, u"OTHER"_s);
    QVERIFY(!stretch->exercise.instructions.has_value());
    QCOMPARE(stretch->tags, (QStringList { u"stretching"_s, u"free-exercise-db"_s }));

    // A second primary muscle becomes secondary; lats and middle back are both BACK (once);
    // equipment without an enum value is OTHER and kept as a tag; expert is ADVANCED.
    const ExerciseDetails *slam = byName(list, u"Medicine Ball Slam Test"_s);
    QVERIFY(slam);
    QCOMPARE(slam->exercise.primaryMuscle, u"SHOULDERS"_s);
    QCOMPARE(slam->secondaryMuscles, (QStringList { u"BACK"_s, u"TRICEPS"_s, u"ABS"_s }));
    QCOMPARE(slam->exercise.equipment, u"OTHER"_s);
    QCOMPARE(slam->exercise.difficulty, u"ADVANCED"_s);
    QCOMPARE(slam->tags,
             (QStringList { u"medicine ball"_s, u"plyometrics"_s, u"free-exercise-db"_s }));

    // Unknown values: OTHER / BEGINNER, the secondary OTHER dropped as it equals the primary.
    const ExerciseDetails *carry = byName(list, u"Sandbag Carry Test"_s);
    QVERIFY(carry);
    QCOMPARE(carry->exercise.primaryMuscle, u"OTHER"_s);
    QCOMPARE(carry->secondaryMuscles, QStringList { u"BACK"_s });
    QCOMPARE(carry->exercise.difficulty, u"BEGINNER"_s);
    QCOMPARE(carry->exercise.equipment, u"OTHER"_s);
    QCOMPARE(carry->exercise.movement, u"CARRY"_s);
    QCOMPARE(carry->tags, (QStringList { u"sandbag"_s, u"strongman"_s, u"free-exercise-db"_s }));

    const ExerciseDetails *smith = byName(list, u"Smith Machine Shoulder Press Test"_s);
    QVERIFY(smith);
    QCOMPARE(smith->exercise.equipment, u"SMITH"_s);
    QCOMPARE(smith->exercise.movement, u"VERTICAL_PUSH"_s);
    QCOMPARE(smith->exercise.slug, u"smith-machine-press-test"_s); // from the id

    const ExerciseDetails *twist = byName(list, u"Russian Twist Test"_s);
    QVERIFY(twist);
    QCOMPARE(twist->exercise.primaryMuscle, u"OBLIQUES"_s);
    QCOMPARE(twist->exercise.movement, u"ROTATION"_s);
    QCOMPARE(twist->exercise.equipment, u"BODYWEIGHT"_s);

    const ExerciseDetails *swing = byName(list, u"Single-Arm Kettlebell Swing Test"_s);
    QVERIFY(swing);
    QCOMPARE(swing->exercise.unilateral, true);
    QCOMPARE(swing->exercise.movement, u"HINGE"_s);
    QCOMPARE(swing->exercise.equipment, u"KETTLEBELL"_s);
    QVERIFY(swing->tags.contains(u"olympic weightlifting"_s));

    const ExerciseDetails *curl = byName(list, u"Incline Hammer Curls Test"_s);
    QVERIFY(curl);
    QCOMPARE(curl->exercise.movement, u"OTHER"_s);
    QCOMPARE(curl->exercise.equipment, u"DUMBBELL"_s);
    QCOMPARE(curl->exercise.difficulty, u"BEGINNER"_s);

    const ExerciseDetails *neck = byName(list, u"Neck Mystery Test"_s);
    QVERIFY(neck);
    QCOMPARE(neck->exercise.primaryMuscle, u"OTHER"_s);
    QCOMPARE(neck->exercise.equipment, u"OTHER"_s);
    QCOMPARE(neck->tags, (QStringList { u"yoga"_s, u"free-exercise-db"_s })); // no "other" tag

    // Every converted exercise passes the catalog's rules.
    for (ExerciseDetails d : list)
        QVERIFY(exerciseProblems(d).isEmpty());
}

void TestFreeExerciseDb::convertReportsUnmappedValues()
{
    auto conversion = convertFreeExerciseDb(fixture(u"exercises.json"_s));
    FT_VERIFY_OK(conversion);
    const QStringList expected {
        u"category=yoga x1: Neck Mystery Test"_s,
        u"equipment=null x1: Hamstring Stretch Test"_s,
        u"equipment=sandbag x1: Sandbag Carry Test"_s,
        u"force=null x1: Hamstring Stretch Test"_s,
        u"level=elite x1: Sandbag Carry Test"_s,
        u"mechanic=null x1: Hamstring Stretch Test"_s,
        u"movement=(not in the source) x4: Incline Hammer Curls Test, Hamstring Stretch Test, "
        "Medicine Ball Slam Test, Neck Mystery Test"_s,
        u"primaryMuscles=serratus x1: Sandbag Carry Test"_s,
        u"secondaryMuscles=serratus x1: Sandbag Carry Test"_s,
    };
    QCOMPARE(describe(conversion->unmapped), expected);
    for (const UnmappedValue &u : conversion->unmapped)
        QVERIFY2(!u.usedInstead.isEmpty(), qPrintable(u.field));
}

void TestFreeExerciseDb::importAddsAndSkipsDuplicates()
{
    auto result = importFreeExerciseDb(db(), fixture(u"exercises.json"_s));
    FT_VERIFY_OK(result);
    QCOMPARE(result->total, 10);
    QCOMPARE(result->added, 9);
    QCOMPARE(result->skippedExisting, 1);
    QCOMPARE(result->skipped, QStringList { u"Barbell Back Squat Test (again)"_s }); // same id
    QCOMPARE(result->unmapped.size(), 9);
    QCOMPARE(rowCount(db(), u"exercises"_s), 9);
    auto loaded = loadExercises(db());
    FT_VERIFY_OK(loaded);
    const ExerciseDetails *slam = byName(*loaded, u"Medicine Ball Slam Test"_s);
    QVERIFY(slam);
    QCOMPARE(slam->secondaryMuscles, (QStringList { u"BACK"_s, u"TRICEPS"_s, u"ABS"_s }));
    QCOMPARE(slam->tags,
             (QStringList { u"free-exercise-db"_s, u"medicine ball"_s, u"plyometrics"_s }));
}

void TestFreeExerciseDb::reimportAddsNothing()
{
    FT_VERIFY_OK(importFreeExerciseDb(db(), fixture(u"exercises.json"_s)));
    const QString before = countsText(db());
    auto again =
        importFreeExerciseDbFile(db(), QFINDTESTDATA(u"../data/free-exercise-db/exercises.json"_s));
    FT_VERIFY_OK(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->skippedExisting, 10);
    QCOMPARE(countsText(db()), before);
}

void TestFreeExerciseDb::existingNamesAreSkipped()
{
    // The bundled "Bench Press" under another slug and in other case: skipped, not duplicated.
    FT_VERIFY_OK(installBundledCatalog(db()));
    const QString before = countsText(db());
    const QByteArray json = R"([
        {"id": "Some_Other_Id", "name": "BENCH PRESS", "force": "push", "level": "beginner",
         "mechanic": "compound", "equipment": "barbell", "primaryMuscles": ["chest"],
         "secondaryMuscles": ["triceps"], "instructions": [], "category": "strength"},
        {"name": "Brand New Thing", "force": null, "level": "beginner", "mechanic": null,
         "equipment": null, "primaryMuscles": ["chest"], "secondaryMuscles": [],
         "instructions": null, "category": "strength"}
    ])";
    auto result = importFreeExerciseDb(db(), json);
    FT_VERIFY_OK(result);
    QCOMPARE(result->added, 1);
    QCOMPARE(result->skipped, QStringList { u"BENCH PRESS"_s });
    QVERIFY(countsText(db()) != before);
    auto loaded = loadExercises(db());
    FT_VERIFY_OK(loaded);
    const ExerciseDetails *added = byName(*loaded, u"Brand New Thing"_s);
    QVERIFY(added);
    QCOMPARE(added->exercise.slug, u"brand-new-thing"_s); // no id: from the name
}

void TestFreeExerciseDb::malformedFileRefusedNothingWritten_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("not JSON") << u"not-json.json"_s
                              << QStringList { u"not valid JSON"_s, u"line 7"_s, u"byte offset"_s };
    QTest::newRow("not an array") << u"not-array.json"_s << QStringList { u"must be an array"_s };
    QTest::newRow("entry without name")
        << u"missing-name.json"_s << QStringList { u"Entry 2"_s, u"name is missing"_s };
    QTest::newRow("value of the wrong type")
        << u"wrong-type.json"_s
        << QStringList { u"Entry 1 (\"Typed Test\")"_s, u"secondaryMuscles"_s, u"only texts"_s };
}

void TestFreeExerciseDb::malformedFileRefusedNothingWritten()
{
    QFETCH(QString, file);
    QFETCH(QStringList, mentions);
    FT_VERIFY_OK(saveExercise(db(), [] {
        ExerciseDetails d;
        d.exercise.name = u"Existing"_s;
        d.exercise.primaryMuscle = u"CHEST"_s;
        d.exercise.movement = u"OTHER"_s;
        d.exercise.mechanics = u"COMPOUND"_s;
        d.exercise.force = u"PUSH"_s;
        d.exercise.equipment = u"OTHER"_s;
        return d;
    }()));
    const QString before = countsText(db());
    auto result =
        importFreeExerciseDbFile(db(), QFINDTESTDATA(u"../data/free-exercise-db/"_s + file));
    QVERIFY(!result.ok());
    const Error &e = result.error();
    for (const QString &m : mentions)
        QVERIFY2(e.message.contains(m), qPrintable(e.message));
    QVERIFY2(e.message.startsWith(file), qPrintable(e.message));
    QVERIFY(e.message.contains(u"Nothing was imported"_s));
    QCOMPARE(countsText(db()), before);
}

void TestFreeExerciseDb::missingFile()
{
    auto result = importFreeExerciseDbFile(db(), m_tdb->tempPath(u"nope.json"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::File);
    QVERIFY(result.error().message.contains(u"nope.json"_s));
}

void TestFreeExerciseDb::emptyArray()
{
    auto result = importFreeExerciseDb(db(), "[]");
    FT_VERIFY_OK(result);
    QCOMPARE(result->total, 0);
    QCOMPARE(result->added, 0);
    QVERIFY(result->unmapped.isEmpty());
}

void TestFreeExerciseDb::reportAsJsonAndText()
{
    auto result = importFreeExerciseDb(db(), fixture(u"exercises.json"_s));
    FT_VERIFY_OK(result);
    const QJsonObject json = result->toJson();
    QCOMPARE(json.value(u"total"_s).toInt(), 10);
    QCOMPARE(json.value(u"added"_s).toInt(), 9);
    QCOMPARE(json.value(u"skipped_existing"_s).toInt(), 1);
    const QJsonArray unmapped = json.value(u"unmapped"_s).toArray();
    QCOMPARE(unmapped.size(), 9);
    const QJsonObject first = unmapped.first().toObject();
    QCOMPARE(first.value(u"field"_s).toString(), u"category"_s);
    QCOMPARE(first.value(u"value"_s).toString(), u"yoga"_s);
    QCOMPARE(first.value(u"count"_s).toInt(), 1);
    QCOMPARE(first.value(u"exercises"_s).toArray().first().toString(), u"Neck Mystery Test"_s);
    QVERIFY(!first.value(u"used_instead"_s).toString().isEmpty());
    const QString text = result->toText();
    QVERIFY2(text.contains(u"9 added"_s) && text.contains(u"equipment = sandbag"_s),
             qPrintable(text));
}

FT_DB_TEST_MAIN(TestFreeExerciseDb)
#include "tst_freeexercisedb.moc"
