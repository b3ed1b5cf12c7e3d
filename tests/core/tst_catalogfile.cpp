// The bundled catalog and catalog files: parsing, the rules every exercise passes, the problems
// reported with the entry's index and field, and the synthetic exercises. No database.
#include "core/catalog/catalog.h"
#include "core/catalog/catalogstore.h"
#include "core/enums.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ft::core;
using namespace Qt::StringLiterals;

namespace {
// A valid entry as JSON text, with `extra` spliced in (it may replace keys: the last one wins).
QByteArray entry(const QString &slug, const QString &extra = {})
{
    QString json = uR"({"slug": "%1", "name": "Name of %1", "primary_muscle": "CHEST",
        "movement": "HORIZONTAL_PUSH", "mechanics": "COMPOUND", "force": "PUSH",
        "equipment": "BARBELL")"_s.arg(slug);
    if (!extra.isEmpty())
        json += u", "_s + extra;
    return (json + u'}').toUtf8();
}

QByteArray catalogJson(const QList<QByteArray> &entries, int version = 1)
{
    QByteArray json = "{\"catalog_version\": " + QByteArray::number(version) + ", \"exercises\": [";
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i > 0)
            json += ", ";
        json += entries.at(i);
    }
    return json + "]}";
}

ExerciseDetails validDetails()
{
    ExerciseDetails d;
    d.exercise.name = u"Bench Press"_s;
    d.exercise.slug = u"bench-press"_s;
    d.exercise.primaryMuscle = u"CHEST"_s;
    d.exercise.movement = u"HORIZONTAL_PUSH"_s;
    d.exercise.mechanics = u"COMPOUND"_s;
    d.exercise.force = u"PUSH"_s;
    d.exercise.equipment = u"BARBELL"_s;
    return d;
}
} // namespace

class TestCatalogFile : public QObject
{
    Q_OBJECT

private slots:
    void bundledCatalogIsValid();
    void bundledCatalogHasWhatOtherAppsCallIt();
    void entryDefaults();
    void problems_data();
    void problems();
    void fileProblems_data();
    void fileProblems();
    void loadCatalogRefusesAnyProblem();
    void exerciseProblemsNormalise();
    void exerciseProblemsList_data();
    void exerciseProblemsList();
    void uniqueSlug_data();
    void uniqueSlug();
    void syntheticExercises();
};

void TestCatalogFile::bundledCatalogIsValid()
{
    QFile file(bundledCatalogPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), "the catalog is not embedded in ftcore");
    const CatalogParse parse = parseCatalog(file.readAll());
    QStringList problems;
    for (const CatalogProblem &p : parse.problems)
        problems.append(p.toText());
    QCOMPARE(problems, QStringList());
    QVERIFY(parse.catalog.version >= 1);
    QVERIFY2(parse.catalog.entries.size() >= 150,
             qPrintable(u"%1 exercises"_s.arg(parse.catalog.entries.size())));

    // What the issue asks of each exercise beyond the schema's rules: cues, tags, aliases.
    QSet<QString> slugs;
    for (const CatalogEntry &e : parse.catalog.entries) {
        const QString slug = e.details.exercise.slug;
        QVERIFY2(!slugs.contains(slug), qPrintable(slug));
        slugs.insert(slug);
        QVERIFY2(e.details.exercise.cues.has_value(), qPrintable(slug + u": no cues"_s));
        QVERIFY2(!e.details.tags.isEmpty(), qPrintable(slug + u": no tags"_s));
        QVERIFY2(!e.details.aliases.isEmpty(), qPrintable(slug + u": no aliases"_s));
        QVERIFY(e.since >= 1 && e.since <= parse.catalog.version);
    }

    auto loaded = bundledCatalog();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->entries.size(), parse.catalog.entries.size());
}

void TestCatalogFile::bundledCatalogHasWhatOtherAppsCallIt()
{
    auto catalog = bundledCatalog();
    QVERIFY(catalog.ok());
    const CatalogEntry *bench = nullptr;
    for (const CatalogEntry &e : catalog->entries) {
        if (e.details.exercise.name == u"Bench Press")
            bench = &e;
    }
    QVERIFY(bench);
    QVERIFY(bench->details.aliases.contains(u"Bench Press (Barbell)"_s));
    QVERIFY(bench->details.aliases.contains(u"Flat Bench Press"_s));
    QCOMPARE(bench->details.exercise.primaryMuscle, u"CHEST"_s);
    QCOMPARE(bench->details.exercise.equipment, u"BARBELL"_s);
    // Every enum of the seed is used with valid values (checked above); and every muscle group
    // but the catch-all appears as a primary muscle somewhere.
    QSet<QString> primaries;
    for (const CatalogEntry &e : catalog->entries)
        primaries.insert(e.details.exercise.primaryMuscle);
    for (const QString &m : enumValues(EnumType::MuscleGroup)) {
        if (m != u"OTHER" && m != u"FULL_BODY")
            QVERIFY2(primaries.contains(m), qPrintable(m));
    }
}

void TestCatalogFile::entryDefaults()
{
    const CatalogParse parse = parseCatalog(catalogJson({ entry(u"a"_s) }, 3));
    QCOMPARE(parse.problems.size(), 0);
    QCOMPARE(parse.catalog.version, 3);
    QCOMPARE(parse.catalog.entries.size(), 1);
    const CatalogEntry &e = parse.catalog.entries.first();
    QCOMPARE(e.since, 1);
    QCOMPARE(e.details.exercise.difficulty, u"BEGINNER"_s);
    QCOMPARE(e.details.exercise.unilateral, false);
    QCOMPARE(e.details.exercise.isActive, true);
    QVERIFY(!e.details.exercise.grip.has_value());
    QVERIFY(e.details.aliases.isEmpty());
    QVERIFY(e.details.tags.isEmpty());
    QVERIFY(e.details.secondaryMuscles.isEmpty());
}

void TestCatalogFile::problems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("field");

    const QByteArray ok = entry(u"fine"_s);
    QTest::newRow("bad enum") << catalogJson({ ok, entry(u"b"_s, uR"("movement": "PUSHING")"_s) })
                              << 1 << u"exercises.movement"_s;
    QTest::newRow("bad secondary muscle")
        << catalogJson({ entry(u"b"_s, uR"("secondary_muscles": ["TRAPS"])"_s) }) << 0
        << u"exercise_secondary_muscles.muscle"_s;
    QTest::newRow("secondary is primary")
        << catalogJson({ ok, entry(u"c"_s, uR"("secondary_muscles": ["CHEST"])"_s) }) << 1
        << u"exercise_secondary_muscles.muscle"_s;
    QTest::newRow("missing name") << catalogJson(
        { ok, uR"({"slug": "x", "primary_muscle": "CHEST", "movement": "HINGE",
                "mechanics": "COMPOUND", "force": "PULL", "equipment": "BARBELL"})"_s.toUtf8() })
                                  << 1 << u"name"_s;
    QTest::newRow("name too long")
        << catalogJson({ entry(u"long"_s, uR"("name": "%1")"_s.arg(QString(121, u'x'))) }) << 0
        << u"exercises.name"_s;
    QTest::newRow("empty name") << catalogJson({ entry(u"e"_s, uR"("name": "  ")"_s) }) << 0
                                << u"exercises.name"_s;
    QTest::newRow("slug with capitals")
        << catalogJson({ entry(u"Bench-Press"_s) }) << 0 << u"exercises.slug"_s;
    QTest::newRow("slug with double dash")
        << catalogJson({ entry(u"bench--press"_s) }) << 0 << u"exercises.slug"_s;
    QTest::newRow("duplicate slug")
        << catalogJson({ ok, entry(u"fine"_s) }) << 1 << u"exercises.slug"_s;
    QTest::newRow("duplicate name, other case and accents") << catalogJson(
        { entry(u"a"_s, uR"("name": "Développé")"_s), entry(u"b"_s, uR"("name": "DEVELOPPE")"_s) })
                                                            << 1 << u"exercises.name"_s;
    QTest::newRow("duplicate alias")
        << catalogJson({ entry(u"a"_s, uR"("aliases": ["X", "Y", "X"])"_s) }) << 0
        << u"exercise_aliases.alias"_s;
    QTest::newRow("alias too long")
        << catalogJson({ entry(u"a"_s, uR"("aliases": ["%1"])"_s.arg(QString(121, u'a'))) }) << 0
        << u"exercise_aliases.alias"_s;
    QTest::newRow("tag too long") << catalogJson(
        { entry(u"a"_s, uR"("tags": ["%1"])"_s.arg(QString(51, u't'))) })
                                  << 0 << u"tags.name"_s;
    QTest::newRow("duplicate tag")
        << catalogJson({ entry(u"a"_s, uR"("tags": ["home", "Home"])"_s) }) << 0 << u"tags.name"_s;
    QTest::newRow("grip too long")
        << catalogJson({ entry(u"a"_s, uR"("grip": "%1")"_s.arg(QString(51, u'g'))) }) << 0
        << u"exercises.grip"_s;
    QTest::newRow("unknown key") << catalogJson({ entry(u"a"_s, uR"("secondary_muscle": [])"_s) })
                                 << 0 << u"secondary_muscle"_s;
    QTest::newRow("unilateral not a boolean")
        << catalogJson({ entry(u"a"_s, uR"("unilateral": "yes")"_s) }) << 0 << u"unilateral"_s;
    QTest::newRow("aliases not a list")
        << catalogJson({ entry(u"a"_s, uR"("aliases": "X")"_s) }) << 0 << u"aliases"_s;
    QTest::newRow("empty alias") << catalogJson({ entry(u"a"_s, uR"("aliases": [""])"_s) }) << 0
                                 << u"aliases"_s;
    QTest::newRow("since after the catalog version")
        << catalogJson({ entry(u"a"_s, uR"("since": 2)"_s) }) << 0 << u"since"_s;
    QTest::newRow("entry not an object") << catalogJson({ ok, "42" }) << 1 << u"exercises[1]"_s;
}

void TestCatalogFile::problems()
{
    QFETCH(QByteArray, json);
    QFETCH(int, index);
    QFETCH(QString, field);
    const CatalogParse parse = parseCatalog(json);
    QVERIFY(!parse.problems.isEmpty());
    bool found = false;
    QStringList texts;
    for (const CatalogProblem &p : parse.problems) {
        texts.append(p.toText());
        if (p.index == index && p.error.field == field) {
            found = true;
            QCOMPARE(p.error.kind, Error::Kind::InvalidValue);
            QVERIFY(!p.error.rule.isEmpty());
            QVERIFY2(p.toText().startsWith(u"exercises[%1]"_s.arg(index)), qPrintable(p.toText()));
        }
    }
    QVERIFY2(found, qPrintable(texts.join(u'\n')));
    // Entries with problems are left out; the others are kept.
    QSet<int> bad;
    for (const CatalogProblem &p : parse.problems)
        bad.insert(p.index);
    const qsizetype total =
        QJsonDocument::fromJson(json).object().value(u"exercises"_s).toArray().size();
    QCOMPARE(parse.catalog.entries.size(), total - bad.size());
}

void TestCatalogFile::fileProblems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray(
        "{\n  \"catalog_version\": 1,\n  \"exercises\": [\n  ,]\n}")
                              << u"line 4"_s;
    QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"JSON object"_s;
    QTest::newRow("no version") << QByteArray("{\"exercises\": []}") << u"catalog_version"_s;
    QTest::newRow("version zero") << QByteArray("{\"catalog_version\": 0, \"exercises\": []}")
                                  << u"catalog_version"_s;
    QTest::newRow("version not whole")
        << QByteArray("{\"catalog_version\": 1.5, \"exercises\": []}") << u"catalog_version"_s;
    QTest::newRow("exercises not a list")
        << QByteArray("{\"catalog_version\": 1, \"exercises\": {}}")
        << u"exercises must be a list"_s;
}

void TestCatalogFile::fileProblems()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const CatalogParse parse = parseCatalog(json);
    QCOMPARE(parse.problems.size(), 1);
    QCOMPARE(parse.problems.first().index, -1);
    QCOMPARE(parse.problems.first().error.kind, Error::Kind::File);
    QVERIFY2(parse.problems.first().toText().contains(message),
             qPrintable(parse.problems.first().toText()));
    QVERIFY(parse.catalog.entries.isEmpty());
}

void TestCatalogFile::loadCatalogRefusesAnyProblem()
{
    const QByteArray json = catalogJson({ entry(u"a"_s), entry(u"b"_s, uR"("force": "SHOVE")"_s) });
    auto catalog = loadCatalog(json);
    QVERIFY(!catalog.ok());
    QCOMPARE(catalog.error().field, u"exercises.force"_s);
    QCOMPARE(catalog.error().value, u"SHOVE"_s);
    QVERIFY2(catalog.error().message.contains(u"exercises[1] (b)"_s),
             qPrintable(catalog.error().message));
    QVERIFY(loadCatalog(catalogJson({ entry(u"a"_s) })).ok());
}

void TestCatalogFile::exerciseProblemsNormalise()
{
    ExerciseDetails d = validDetails();
    d.exercise.name = u"  Bench Press  "_s;
    d.exercise.grip = u"   "_s;
    d.exercise.cues = u" Tight. "_s;
    d.aliases = { u" Flat Bench "_s, u""_s, u"  "_s };
    d.tags = { u" push "_s, QString() };
    d.secondaryMuscles = { u"TRICEPS"_s, u"SHOULDERS"_s };
    QCOMPARE(exerciseProblems(d).size(), 0);
    QCOMPARE(d.exercise.name, u"Bench Press"_s);
    QVERIFY(!d.exercise.grip.has_value());
    QCOMPARE(*d.exercise.cues, u"Tight."_s);
    QCOMPARE(d.aliases, QStringList { u"Flat Bench"_s });
    QCOMPARE(d.tags, QStringList { u"push"_s });
    QCOMPARE(d.secondaryMuscles, (QStringList { u"SHOULDERS"_s, u"TRICEPS"_s })); // enum order
}

void TestCatalogFile::exerciseProblemsList_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("name") << u"name"_s << QString() << u"exercises.name"_s;
    QTest::newRow("slug") << u"slug"_s << QString() << u"exercises.slug"_s;
    QTest::newRow("slug with space") << u"slug"_s << u"bench press"_s << u"exercises.slug"_s;
    QTest::newRow("slug too long") << u"slug"_s << QString(141, u'a') << u"exercises.slug"_s;
    QTest::newRow("primary muscle")
        << u"primary_muscle"_s << u"chest"_s << u"exercises.primary_muscle"_s;
    QTest::newRow("equipment") << u"equipment"_s << u"SANDBAG"_s << u"exercises.equipment"_s;
    QTest::newRow("difficulty") << u"difficulty"_s << u"EXPERT"_s << u"exercises.difficulty"_s;
    QTest::newRow("mechanics") << u"mechanics"_s << QString() << u"exercises.mechanics"_s;
    QTest::newRow("video url") << u"video_url"_s << QString(256, u'v') << u"exercises.video_url"_s;
}

void TestCatalogFile::exerciseProblemsList()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, field);
    ExerciseDetails d = validDetails();
    Exercise &e = d.exercise;
    if (column == u"name")
        e.name = value;
    else if (column == u"slug")
        e.slug = value;
    else if (column == u"primary_muscle")
        e.primaryMuscle = value;
    else if (column == u"equipment")
        e.equipment = value;
    else if (column == u"difficulty")
        e.difficulty = value;
    else if (column == u"mechanics")
        e.mechanics = value;
    else if (column == u"video_url")
        e.videoUrl = value;
    const QList<Error> problems = exerciseProblems(d);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, field);
    QCOMPARE(problems.first().kind, Error::Kind::InvalidValue);
    QVERIFY(problems.first().message.contains(field));
}

void TestCatalogFile::uniqueSlug_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");
    QTest::newRow("free") << u"squat"_s << QStringList() << u"squat"_s;
    QTest::newRow("taken") << u"squat"_s << QStringList { u"squat"_s } << u"squat-2"_s;
    QTest::newRow("copy") << u"squat-copy"_s << QStringList { u"squat"_s } << u"squat-copy"_s;
    QTest::newRow("copy taken") << u"squat-copy"_s << QStringList { u"squat-copy"_s }
                                << u"squat-copy-2"_s;
    QTest::newRow("copy and copy-2 taken")
        << u"squat-copy"_s << QStringList { u"squat-copy"_s, u"squat-copy-2"_s }
        << u"squat-copy-3"_s;
    const QString longBase = QString(135, u'a') + u"-bbbbbbbb"_s;
    QTest::newRow("long") << longBase << QStringList() << QString(135, u'a') + u"-bbbb"_s;
    QTest::newRow("long taken") << QString(140, u'a') << QStringList { QString(140, u'a') }
                                << QString(138, u'a') + u"-2"_s;
    QTest::newRow("cut at a dash")
        << QString(137, u'a') + u"-bc"_s << QStringList { QString(137, u'a') + u"-bc"_s }
        << QString(137, u'a') + u"-2"_s;
}

void TestCatalogFile::uniqueSlug()
{
    QFETCH(QString, base);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    const QString slug = ft::core::uniqueSlug(base, QSet<QString>(taken.begin(), taken.end()));
    QCOMPARE(slug, expected);
    QVERIFY(slug.size() <= 140);
}

void TestCatalogFile::syntheticExercises()
{
    const QList<ExerciseDetails> a = ft::core::syntheticExercises(2000, 5);
    const QList<ExerciseDetails> b = ft::core::syntheticExercises(2000, 5);
    const QList<ExerciseDetails> c = ft::core::syntheticExercises(2000, 6);
    QCOMPARE(a.size(), 2000);
    QSet<QString> slugs;
    bool differs = false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        ExerciseDetails d = a.at(i);
        const QList<Error> problems = exerciseProblems(d);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        QCOMPARE(d.exercise.id, Id(i + 1));
        QCOMPARE(d.aliases.size(), 3);
        QVERIFY(!slugs.contains(d.exercise.slug));
        slugs.insert(d.exercise.slug);
        QCOMPARE(a.at(i).exercise.name, b.at(i).exercise.name);
        QCOMPARE(a.at(i).aliases, b.at(i).aliases);
        differs = differs || a.at(i).exercise.name != c.at(i).exercise.name;
    }
    QVERIFY(differs);
    // Accented aliases, so that a benchmark exercises the folding.
    static const QRegularExpression accented(u"[éèüöß]"_s);
    QVERIFY(std::any_of(a.begin(), a.end(), [](const ExerciseDetails &d) {
        return d.aliases.last().contains(accented);
    }));
}

QTEST_GUILESS_MAIN(TestCatalogFile)
#include "tst_catalogfile.moc"
