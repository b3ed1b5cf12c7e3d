// The catalog in a database, on both backends: installing the bundled catalog on a new database,
// again, and as an upgrade over a database whose user edited and deleted bundled exercises; and
// the helpers the catalog page uses to read, save, duplicate, deactivate and delete exercises.
#include "core/catalog/catalog.h"
#include "core/catalog/catalogstore.h"
#include "core/db/database.h"
#include "core/db/repository.h"
#include "sampledata.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QSet>
#include <QTest>

using namespace ft::core;
using namespace ft::test;
using namespace Qt::StringLiterals;

namespace {
ExerciseDetails newExercise(const QString &name, const QString &slug = {})
{
    ExerciseDetails d;
    d.exercise.name = name;
    d.exercise.slug = slug;
    d.exercise.primaryMuscle = u"BACK"_s;
    d.exercise.movement = u"HORIZONTAL_PULL"_s;
    d.exercise.mechanics = u"COMPOUND"_s;
    d.exercise.force = u"PULL"_s;
    d.exercise.equipment = u"CABLE"_s;
    d.aliases = { u"%1 (Cable)"_s.arg(name) };
    d.tags = { u"pull"_s, u"upper"_s };
    d.secondaryMuscles = { u"BICEPS"_s, u"SHOULDERS"_s };
    return d;
}

// The bundled catalog as version 1 without its last `held` entries, and as version 2 with them
// (their `since` is 2): an older build's catalog and the next one.
std::pair<Catalog, Catalog> twoVersions(const Catalog &bundled, int held)
{
    Catalog v1, v2;
    v1.version = 1;
    v2.version = 2;
    for (qsizetype i = 0; i < bundled.entries.size(); ++i) {
        CatalogEntry e = bundled.entries.at(i);
        e.since = 1;
        if (i < bundled.entries.size() - held) {
            v1.entries.append(e);
        } else {
            e.since = 2;
        }
        v2.entries.append(e);
    }
    return { v1, v2 };
}

const ExerciseDetails *bySlug(const QList<ExerciseDetails> &list, const QString &slug)
{
    for (const ExerciseDetails &d : list) {
        if (d.exercise.slug == slug)
            return &d;
    }
    return nullptr;
}
} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void installOnNewDatabase();
    void installTwiceAddsNothing();
    void prepareDatabaseTwiceChangesNothing();
    void upgradeAddsNewKeepsEditsDoesNotResurrect();
    void upgradeFromPreviousBundledVersion();
    void olderCatalogOnNewerDatabaseAddsNothing();
    void newEntryClashingWithUserExerciseIsSkipped();
    void failedInstallWritesNothing();
    void loadExercisesReadsEverything();
    void saveCreatesWithGeneratedSlug();
    void saveUpdatesAndReplacesChildren();
    void saveRefusesInvalidAndWritesNothing_data();
    void saveRefusesInvalidAndWritesNothing();
    void saveRefusesTakenSlug();
    void tagsReusedAcrossCase();
    void duplicateMakesUniqueCopies();
    void deactivateAndReactivate();
    void deleteRefusedWithHistory();
    void deleteWithoutHistoryCascades();
    void insertManyInChunks();
    void insertManyAllOrNothing();

private:
    Database &db() { return *m_db; }
    void reopen();
    Catalog bundled();

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
};

void TestCatalog::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->create(), qPrintable(m_tdb->errorString()));
    reopen();
}

void TestCatalog::reopen()
{
    auto opened = m_tdb->open();
    FT_VERIFY_OK(opened);
    m_db = std::move(opened).value();
}

void TestCatalog::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

Catalog TestCatalog::bundled()
{
    auto catalog = bundledCatalog();
    if (!catalog)
        qFatal("bundled catalog: %s", qPrintable(catalog.error().message));
    return *catalog;
}

void TestCatalog::installOnNewDatabase()
{
    const Catalog catalog = bundled();
    auto version = installedCatalogVersion(db());
    FT_VERIFY_OK(version);
    QCOMPARE(*version, 0);

    auto result = prepareDatabase(db());
    FT_VERIFY_OK(result);
    QCOMPARE(result->added, int(catalog.entries.size()));
    QCOMPARE(result->alreadyPresent, 0);
    QCOMPARE(result->removedByUser, 0);
    QCOMPARE(result->previousVersion, 0);
    QCOMPARE(result->catalogVersion, catalog.version);
    QVERIFY(!result->readOnly);

    qint64 aliases = 0, links = 0, muscles = 0;
    QSet<QString> tags;
    for (const CatalogEntry &e : catalog.entries) {
        aliases += e.details.aliases.size();
        links += e.details.tags.size();
        muscles += e.details.secondaryMuscles.size();
        for (const QString &t : e.details.tags)
            tags.insert(t);
    }
    QCOMPARE(rowCount(db(), u"exercises"_s), qint64(catalog.entries.size()));
    QCOMPARE(rowCount(db(), u"exercise_aliases"_s), aliases);
    QCOMPARE(rowCount(db(), u"exercise_tags"_s), links);
    QCOMPARE(rowCount(db(), u"exercise_secondary_muscles"_s), muscles);
    QCOMPARE(rowCount(db(), u"tags"_s), qint64(tags.size()));
    version = installedCatalogVersion(db());
    FT_VERIFY_OK(version);
    QCOMPARE(*version, catalog.version);
}

void TestCatalog::installTwiceAddsNothing()
{
    const Catalog catalog = bundled();
    FT_VERIFY_OK(installBundledCatalog(db()));
    const QString before = countsText(db());
    auto again = installBundledCatalog(db());
    FT_VERIFY_OK(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->alreadyPresent, int(catalog.entries.size()));
    QCOMPARE(again->previousVersion, catalog.version);
    QCOMPARE(countsText(db()), before);
}

void TestCatalog::prepareDatabaseTwiceChangesNothing()
{
    // What `fitnesstrack-cli init` does twice: the second time nothing at all is written.
    FT_VERIFY_OK(prepareDatabase(db()));
    m_db.reset();
    const QByteArray before = m_tdb->fingerprint();
    {
        auto again = m_tdb->open();
        FT_VERIFY_OK(again);
        auto result = prepareDatabase(**again);
        FT_VERIFY_OK(result);
        QCOMPARE(result->added, 0);
    }
    QCOMPARE(m_tdb->fingerprint(), before);
    reopen();
}

void TestCatalog::upgradeAddsNewKeepsEditsDoesNotResurrect()
{
    const auto [v1, v2] = twoVersions(bundled(), 3);
    auto first = installCatalog(db(), v1);
    FT_VERIFY_OK(first);
    QCOMPARE(first->added, int(v1.entries.size()));

    // The user edits the first bundled exercise and deletes the second.
    auto stored = loadExercises(db());
    FT_VERIFY_OK(stored);
    const QString editedSlug = v1.entries.at(0).details.exercise.slug;
    const QString deletedSlug = v1.entries.at(1).details.exercise.slug;
    ExerciseDetails edited = *bySlug(*stored, editedSlug);
    edited.exercise.name = u"My Own Bench"_s;
    edited.exercise.cues = u"My cues."_s;
    edited.aliases = { u"Mine"_s };
    edited.tags = { u"favourite"_s };
    FT_VERIFY_OK(saveExercise(db(), edited));
    FT_VERIFY_OK(deleteExercise(db(), bySlug(*stored, deletedSlug)->exercise.id));

    auto second = installCatalog(db(), v2);
    FT_VERIFY_OK(second);
    QCOMPARE(second->previousVersion, 1);
    QCOMPARE(second->catalogVersion, 2);
    QCOMPARE(second->added, 3);
    QCOMPARE(second->removedByUser, 1);
    QCOMPARE(second->alreadyPresent, int(v1.entries.size()) - 1);
    QCOMPARE(second->skipped(), int(v1.entries.size()));

    auto after = loadExercises(db());
    FT_VERIFY_OK(after);
    QCOMPARE(after->size(), v2.entries.size() - 1);
    QVERIFY2(!bySlug(*after, deletedSlug), "a deleted bundled exercise came back");
    const ExerciseDetails *kept = bySlug(*after, editedSlug);
    QVERIFY(kept);
    QCOMPARE(kept->exercise.name, u"My Own Bench"_s);
    QCOMPARE(*kept->exercise.cues, u"My cues."_s);
    QCOMPARE(kept->aliases, QStringList { u"Mine"_s });
    QCOMPARE(kept->tags, QStringList { u"favourite"_s });
    for (qsizetype i = v1.entries.size(); i < v2.entries.size(); ++i)
        QVERIFY(bySlug(*after, v2.entries.at(i).details.exercise.slug));
    auto version = installedCatalogVersion(db());
    FT_VERIFY_OK(version);
    QCOMPARE(*version, 2);

    // And once more: nothing new.
    auto third = installCatalog(db(), v2);
    FT_VERIFY_OK(third);
    QCOMPARE(third->added, 0);
}

// The bundled catalog as the build before it shipped it: the entries of earlier versions
// without the aliases this version added.
Catalog previousVersion(const Catalog &bundled)
{
    Catalog older;
    older.version = bundled.version - 1;
    for (CatalogEntry e : bundled.entries) {
        if (e.since > older.version)
            continue;
        for (const auto &[version, aliases] : std::as_const(e.addedAliases)) {
            if (version > older.version) {
                for (const QString &alias : aliases)
                    e.details.aliases.removeAll(alias);
            }
        }
        e.addedAliases.clear();
        older.entries.append(e);
    }
    return older;
}

// A database made by the previous build, used and edited, then opened by this one: the new
// exercises and the new names of the old ones arrive; what the user changed stays as it is.
void TestCatalog::upgradeFromPreviousBundledVersion()
{
    const Catalog current = bundled();
    const Catalog older = previousVersion(current);
    QVERIFY(older.version >= 1);
    qsizetype newEntries = 0;
    for (const CatalogEntry &e : current.entries)
        newEntries += e.since > older.version ? 1 : 0;
    QVERIFY(newEntries > 0);
    FT_VERIFY_OK(installCatalog(db(), older));
    FT_VERIFY_OK(findExerciseByIdOrSlug(db(), u"leg-press"_s));
    QVERIFY(!findExerciseByIdOrSlug(db(), u"barbell-preacher-curl"_s)->has_value());

    // The user edits the leg press, names a cable exercise "Chest Fly", deletes the Z press.
    auto stored = loadExercises(db());
    FT_VERIFY_OK(stored);
    ExerciseDetails legPress = *bySlug(*stored, u"leg-press"_s);
    QVERIFY(!legPress.aliases.contains(u"Seated Leg Press (Machine)"_s));
    legPress.exercise.name = u"Leg Press (my gym)"_s;
    legPress.exercise.cues = u"Seat at notch 4."_s;
    legPress.aliases = { u"Sled"_s };
    FT_VERIFY_OK(saveExercise(db(), legPress));
    ExerciseDetails crossover = *bySlug(*stored, u"cable-crossover"_s);
    crossover.aliases.append(u"chest fly"_s);
    FT_VERIFY_OK(saveExercise(db(), crossover));
    FT_VERIFY_OK(deleteExercise(db(), bySlug(*stored, u"z-press"_s)->exercise.id));

    auto upgrade = prepareDatabase(db());
    FT_VERIFY_OK(upgrade);
    QCOMPARE(upgrade->previousVersion, older.version);
    QCOMPARE(upgrade->catalogVersion, current.version);
    QCOMPARE(upgrade->added, int(newEntries));
    QCOMPARE(upgrade->removedByUser, 1);
    QVERIFY(upgrade->aliasesAdded > 0);
    QVERIFY(upgrade->toText().contains(u"new names"_s));

    auto after = loadExercises(db());
    FT_VERIFY_OK(after);
    QVERIFY(bySlug(*after, u"barbell-preacher-curl"_s));
    QVERIFY(bySlug(*after, u"running"_s));
    QVERIFY2(!bySlug(*after, u"z-press"_s), "a deleted bundled exercise came back");
    const ExerciseDetails *kept = bySlug(*after, u"leg-press"_s);
    QCOMPARE(kept->exercise.name, u"Leg Press (my gym)"_s);
    QCOMPARE(*kept->exercise.cues, u"Seat at notch 4."_s);
    QCOMPARE(kept->exercise.equipment, legPress.exercise.equipment);
    QVERIFY(kept->aliases.contains(u"Sled"_s));
    QVERIFY(kept->aliases.contains(u"Seated Leg Press (Machine)"_s));
    // "Chest Fly" is the user's name of the cable crossover now: the dumbbell fly does not get it.
    QVERIFY(!bySlug(*after, u"dumbbell-fly"_s)->aliases.contains(u"Chest Fly"_s));
    QVERIFY(bySlug(*after, u"cable-crossover"_s)->aliases.contains(u"chest fly"_s));

    // Opened again: nothing to do, nothing changes.
    const QString before = countsText(db());
    auto again = installBundledCatalog(db());
    FT_VERIFY_OK(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->aliasesAdded, 0);
    QCOMPARE(countsText(db()), before);
}

void TestCatalog::olderCatalogOnNewerDatabaseAddsNothing()
{
    const auto [v1, v2] = twoVersions(bundled(), 2);
    FT_VERIFY_OK(installCatalog(db(), v2));
    // A user deletes one of the exercises v1 also has; an older build then opens the database.
    auto stored = loadExercises(db());
    FT_VERIFY_OK(stored);
    FT_VERIFY_OK(deleteExercise(db(), stored->first().exercise.id));
    auto older = installCatalog(db(), v1);
    FT_VERIFY_OK(older);
    QCOMPARE(older->added, 0);
    QCOMPARE(older->removedByUser, 1);
    auto version = installedCatalogVersion(db());
    FT_VERIFY_OK(version);
    QCOMPARE(*version, 2); // never goes down
}

void TestCatalog::newEntryClashingWithUserExerciseIsSkipped()
{
    const auto [v1, v2] = twoVersions(bundled(), 2);
    FT_VERIFY_OK(installCatalog(db(), v1));
    // Before v2 arrives the user creates one exercise with a new entry's slug and one with the
    // other's name (in other case, without accents).
    const ExerciseDetails &a = v2.entries.at(v2.entries.size() - 2).details;
    const ExerciseDetails &b = v2.entries.at(v2.entries.size() - 1).details;
    FT_VERIFY_OK(saveExercise(db(), newExercise(u"Something Else"_s, a.exercise.slug)));
    FT_VERIFY_OK(saveExercise(db(), newExercise(b.exercise.name.toUpper(), u"mine"_s)));
    const QString before = countsText(db());
    auto result = installCatalog(db(), v2);
    FT_VERIFY_OK(result);
    QCOMPARE(result->added, 0);
    QCOMPARE(result->alreadyPresent, int(v2.entries.size()));
    QCOMPARE(countsText(db()), before);
}

void TestCatalog::failedInstallWritesNothing()
{
    Catalog broken;
    broken.version = 1;
    CatalogEntry a { newExercise(u"Row A"_s, u"row"_s), 1, {} };
    CatalogEntry b { newExercise(u"Row B"_s, u"row"_s), 1, {} }; // the same slug
    broken.entries = { a, b };
    const QString before = countsText(db());
    auto result = installCatalog(db(), broken);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, u"exercises.slug"_s);
    QCOMPARE(countsText(db()), before);
    auto version = installedCatalogVersion(db());
    FT_VERIFY_OK(version);
    QCOMPARE(*version, 0);
}

void TestCatalog::loadExercisesReadsEverything()
{
    const Catalog catalog = bundled();
    FT_VERIFY_OK(installBundledCatalog(db()));
    auto loaded = loadExercises(db());
    FT_VERIFY_OK(loaded);
    QCOMPARE(loaded->size(), catalog.entries.size());
    for (const CatalogEntry &entry : catalog.entries) {
        const ExerciseDetails &want = entry.details;
        const ExerciseDetails *got = bySlug(*loaded, want.exercise.slug);
        QVERIFY2(got, qPrintable(want.exercise.slug));
        QVERIFY(got->exercise.id > 0);
        QCOMPARE(got->exercise.name, want.exercise.name);
        QCOMPARE(got->exercise.primaryMuscle, want.exercise.primaryMuscle);
        QCOMPARE(got->exercise.movement, want.exercise.movement);
        QCOMPARE(got->exercise.mechanics, want.exercise.mechanics);
        QCOMPARE(got->exercise.force, want.exercise.force);
        QCOMPARE(got->exercise.equipment, want.exercise.equipment);
        QCOMPARE(got->exercise.difficulty, want.exercise.difficulty);
        QCOMPARE(got->exercise.unilateral, want.exercise.unilateral);
        QCOMPARE(got->exercise.grip, want.exercise.grip);
        QCOMPARE(got->exercise.rangeOfMotion, want.exercise.rangeOfMotion);
        QCOMPARE(got->exercise.cues, want.exercise.cues);
        QCOMPARE(got->exercise.instructions, want.exercise.instructions);
        QCOMPARE(got->exercise.isActive, true);
        QCOMPARE(got->aliases, want.aliases);
        QStringList tags = want.tags;
        std::sort(tags.begin(), tags.end(), [](const QString &x, const QString &y) {
            const int c = x.compare(y, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : x < y;
        });
        QCOMPARE(got->tags, tags);
        QCOMPARE(got->secondaryMuscles, want.secondaryMuscles);
        QCOMPARE(got->searchEntry().id, got->exercise.id);
    }
    // In id order, and one exercise alone reads the same.
    for (qsizetype i = 1; i < loaded->size(); ++i)
        QVERIFY(loaded->at(i - 1).exercise.id < loaded->at(i).exercise.id);
    auto one = loadExercise(db(), loaded->at(5).exercise.id);
    FT_VERIFY_OK(one);
    QCOMPARE(one->aliases, loaded->at(5).aliases);
    QCOMPARE(one->tags, loaded->at(5).tags);
    QCOMPARE(one->secondaryMuscles, loaded->at(5).secondaryMuscles);
    auto missing = loadExercise(db(), 999999);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

void TestCatalog::saveCreatesWithGeneratedSlug()
{
    auto first = saveExercise(db(), newExercise(u"Seated Cable Row (Wide)"_s));
    FT_VERIFY_OK(first);
    QVERIFY(first->exercise.id > 0);
    QCOMPARE(first->exercise.slug, u"seated-cable-row-wide"_s);
    QCOMPARE(first->aliases, QStringList { u"Seated Cable Row (Wide) (Cable)"_s });
    QCOMPARE(first->tags, (QStringList { u"pull"_s, u"upper"_s }));
    QCOMPARE(first->secondaryMuscles, (QStringList { u"SHOULDERS"_s, u"BICEPS"_s }));
    // The same name again gets the next free slug.
    auto second = saveExercise(db(), newExercise(u"Seated Cable Row (Wide)"_s));
    FT_VERIFY_OK(second);
    QCOMPARE(second->exercise.slug, u"seated-cable-row-wide-2"_s);
    // A name without any ASCII letter still gets a slug.
    auto third = saveExercise(db(), newExercise(u"深蹲"_s));
    FT_VERIFY_OK(third);
    QCOMPARE(third->exercise.slug, u"exercise"_s);
}

void TestCatalog::saveUpdatesAndReplacesChildren()
{
    auto created = saveExercise(db(), newExercise(u"Cable Row"_s));
    FT_VERIFY_OK(created);
    ExerciseDetails d = *created;
    d.exercise.name = u"Seated Cable Row"_s;
    d.exercise.grip = u"neutral"_s;
    d.exercise.difficulty = u"INTERMEDIATE"_s;
    d.aliases = { u"Low Row"_s, u"Seated Row"_s };
    d.tags = { u"back"_s };
    d.secondaryMuscles = { u"FOREARMS"_s };
    auto updated = saveExercise(db(), d);
    FT_VERIFY_OK(updated);
    QCOMPARE(updated->exercise.id, created->exercise.id);
    QCOMPARE(updated->exercise.slug, created->exercise.slug); // kept
    QCOMPARE(updated->exercise.name, u"Seated Cable Row"_s);
    QCOMPARE(*updated->exercise.grip, u"neutral"_s);
    QCOMPARE(updated->exercise.difficulty, u"INTERMEDIATE"_s);
    QCOMPARE(updated->aliases, (QStringList { u"Low Row"_s, u"Seated Row"_s }));
    QCOMPARE(updated->tags, QStringList { u"back"_s });
    QCOMPARE(updated->secondaryMuscles, QStringList { u"FOREARMS"_s });
    QCOMPARE(rowCount(db(), u"exercise_aliases"_s), 2);
    QCOMPARE(rowCount(db(), u"exercise_tags"_s), 1);
    QCOMPARE(rowCount(db(), u"exercise_secondary_muscles"_s), 1);
    QCOMPARE(rowCount(db(), u"tags"_s), 3); // pull and upper stay in the vocabulary

    // Clearing the slug of an existing exercise makes one from its (new) name.
    d = *updated;
    d.exercise.slug.clear();
    auto reslugged = saveExercise(db(), d);
    FT_VERIFY_OK(reslugged);
    QCOMPARE(reslugged->exercise.slug, u"seated-cable-row"_s);

    // Saving an exercise that is gone.
    d.exercise.id = 999999;
    d.exercise.slug = u"gone"_s;
    auto gone = saveExercise(db(), d);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, Error::Kind::NotFound);
}

void TestCatalog::saveRefusesInvalidAndWritesNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::newRow("movement") << u"movement"_s << u"exercises.movement"_s;
    QTest::newRow("name") << u"name"_s << u"exercises.name"_s;
    QTest::newRow("alias twice") << u"alias"_s << u"exercise_aliases.alias"_s;
    QTest::newRow("secondary is primary")
        << u"secondary"_s << u"exercise_secondary_muscles.muscle"_s;
    QTest::newRow("tag too long") << u"tag"_s << u"tags.name"_s;
    QTest::newRow("slug") << u"slug"_s << u"exercises.slug"_s;
}

void TestCatalog::saveRefusesInvalidAndWritesNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    auto created = saveExercise(db(), newExercise(u"Cable Row"_s));
    FT_VERIFY_OK(created);
    const QString before = countsText(db());
    for (const bool existing : { false, true }) {
        ExerciseDetails d = existing ? *created : newExercise(u"Other Row"_s);
        if (what == u"movement")
            d.exercise.movement = u"SIDEWAYS"_s;
        else if (what == u"name")
            d.exercise.name = QString(121, u'n');
        else if (what == u"alias")
            d.aliases = { u"A"_s, u"B"_s, u"A"_s };
        else if (what == u"secondary")
            d.secondaryMuscles = { u"BACK"_s };
        else if (what == u"tag")
            d.tags = { QString(51, u't') };
        else if (what == u"slug")
            d.exercise.slug = u"Not A Slug"_s;
        auto saved = saveExercise(db(), d);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Error::Kind::InvalidValue);
        QCOMPARE(saved.error().field, field);
        QCOMPARE(countsText(db()), before);
    }
    auto unchanged = loadExercise(db(), created->exercise.id);
    FT_VERIFY_OK(unchanged);
    QCOMPARE(unchanged->exercise.name, created->exercise.name);
    QCOMPARE(unchanged->aliases, created->aliases);
}

void TestCatalog::saveRefusesTakenSlug()
{
    auto a = saveExercise(db(), newExercise(u"Row A"_s, u"row-a"_s));
    auto b = saveExercise(db(), newExercise(u"Row B"_s, u"row-b"_s));
    FT_VERIFY_OK(a);
    FT_VERIFY_OK(b);
    const QString before = countsText(db());
    ExerciseDetails d = *b;
    d.exercise.slug = u"row-a"_s;
    d.aliases = { u"Changed"_s };
    auto updated = saveExercise(db(), d);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().kind, Error::Kind::Unique);
    QCOMPARE(updated.error().field, u"exercises.slug"_s);
    QVERIFY(updated.error().message.contains(u"Row A"_s));
    auto created = saveExercise(db(), newExercise(u"Row C"_s, u"row-a"_s));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, Error::Kind::Unique);
    QCOMPARE(countsText(db()), before);
    auto stillB = loadExercise(db(), b->exercise.id);
    FT_VERIFY_OK(stillB);
    QCOMPARE(stillB->aliases, b->aliases);
}

void TestCatalog::tagsReusedAcrossCase()
{
    FT_VERIFY_OK(saveExercise(db(), newExercise(u"Row A"_s)));
    ExerciseDetails d = newExercise(u"Row B"_s);
    d.tags = { u"PULL"_s, u"Upper"_s, u"new tag"_s };
    auto saved = saveExercise(db(), d);
    FT_VERIFY_OK(saved);
    QCOMPARE(saved->tags, (QStringList { u"new tag"_s, u"pull"_s, u"upper"_s }));
    QCOMPARE(rowCount(db(), u"tags"_s), 3);
}

void TestCatalog::duplicateMakesUniqueCopies()
{
    auto original = saveExercise(db(), newExercise(u"Cable Row"_s, u"cable-row"_s));
    FT_VERIFY_OK(original);
    auto first = duplicateExercise(db(), original->exercise.id);
    FT_VERIFY_OK(first);
    auto second = duplicateExercise(db(), original->exercise.id);
    FT_VERIFY_OK(second);
    QCOMPARE(first->exercise.slug, u"cable-row-copy"_s);
    QCOMPARE(second->exercise.slug, u"cable-row-copy-2"_s);
    QCOMPARE(first->exercise.name, u"Cable Row (copy)"_s);
    QVERIFY(first->exercise.id != original->exercise.id);
    QVERIFY(first->aliases.isEmpty());
    QCOMPARE(first->tags, original->tags);
    QCOMPARE(first->secondaryMuscles, original->secondaryMuscles);
    QCOMPARE(first->exercise.movement, original->exercise.movement);
    QCOMPARE(first->exercise.equipment, original->exercise.equipment);
    // A copy of a copy, and of an exercise whose name is at the length limit.
    auto third = duplicateExercise(db(), first->exercise.id);
    FT_VERIFY_OK(third);
    QCOMPARE(third->exercise.slug, u"cable-row-copy-copy"_s);
    ExerciseDetails longest = newExercise(QString(120, u'L'), QString(140, u'l'));
    longest.aliases.clear();
    auto longOne = saveExercise(db(), longest);
    FT_VERIFY_OK(longOne);
    auto longCopy = duplicateExercise(db(), longOne->exercise.id);
    FT_VERIFY_OK(longCopy);
    QCOMPARE(longCopy->exercise.name.size(), 120);
    QVERIFY(longCopy->exercise.slug.endsWith(u"-copy"_s));
    QVERIFY(longCopy->exercise.slug.size() <= 140);

    auto original2 = loadExercise(db(), original->exercise.id);
    FT_VERIFY_OK(original2);
    QCOMPARE(original2->aliases, original->aliases);
    auto missing = duplicateExercise(db(), 999999);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

void TestCatalog::deactivateAndReactivate()
{
    auto saved = saveExercise(db(), newExercise(u"Cable Row"_s));
    FT_VERIFY_OK(saved);
    FT_VERIFY_OK(deactivateExercise(db(), saved->exercise.id));
    auto loaded = loadExercise(db(), saved->exercise.id);
    FT_VERIFY_OK(loaded);
    QCOMPARE(loaded->exercise.isActive, false);
    FT_VERIFY_OK(setExerciseActive(db(), saved->exercise.id, true));
    loaded = loadExercise(db(), saved->exercise.id);
    FT_VERIFY_OK(loaded);
    QCOMPARE(loaded->exercise.isActive, true);
    Error e;
    FT_VERIFY_FAILS(deactivateExercise(db(), 999999), e);
    QCOMPARE(e.kind, Error::Kind::NotFound);
}

void TestCatalog::deleteRefusedWithHistory()
{
    auto graph = createSampleGraph(db());
    FT_VERIFY_OK(graph);
    const Id id = graph->exercise.id;
    auto count = loggedSetCount(db(), id);
    FT_VERIFY_OK(count);
    QCOMPARE(*count, 1);
    auto counts = loggedSetCounts(db());
    FT_VERIFY_OK(counts);
    QCOMPARE(*counts, (QHash<Id, qint64> { { id, 1 } }));

    const QString before = countsText(db());
    Error e;
    FT_VERIFY_FAILS(deleteExercise(db(), id), e);
    QCOMPARE(e.kind, Error::Kind::ForeignKey);
    QCOMPARE(e.field, u"exercise_set_logs.exercise_id"_s);
    QCOMPARE(e.rule, u"fk_exercise_set_logs_exercise_id"_s);
    QVERIFY2(e.message.contains(u"Bench Press"_s) && e.message.contains(u" 1 logged set"_s)
                 && e.message.contains(u"Deactivate"_s),
             qPrintable(e.message));
    QCOMPARE(countsText(db()), before);

    // The database's NO ACTION foreign key refuses too when the check is bypassed.
    FT_VERIFY_FAILS(Repository<Exercise>(db()).remove(id), e);
    QCOMPARE(e.kind, Error::Kind::ForeignKey);
    QCOMPARE(countsText(db()), before);

    // Deactivating is the way out.
    FT_VERIFY_OK(deactivateExercise(db(), id));
    FT_VERIFY_FAILS(deleteExercise(db(), 999999), e);
    QCOMPARE(e.kind, Error::Kind::NotFound);
}

void TestCatalog::deleteWithoutHistoryCascades()
{
    auto keep = saveExercise(db(), newExercise(u"Row A"_s));
    auto drop = saveExercise(db(), newExercise(u"Row B"_s));
    FT_VERIFY_OK(keep);
    FT_VERIFY_OK(drop);
    auto count = loggedSetCount(db(), drop->exercise.id);
    FT_VERIFY_OK(count);
    QCOMPARE(*count, 0);
    FT_VERIFY_OK(deleteExercise(db(), drop->exercise.id));
    QCOMPARE(rowCount(db(), u"exercises"_s), 1);
    QCOMPARE(rowCount(db(), u"exercise_aliases"_s), 1);
    QCOMPARE(rowCount(db(), u"exercise_tags"_s), 2);
    QCOMPARE(rowCount(db(), u"exercise_secondary_muscles"_s), 2);
    QCOMPARE(rowCount(db(), u"tags"_s), 2);
    auto gone = loadExercise(db(), drop->exercise.id);
    QVERIFY(!gone.ok());
}

void TestCatalog::insertManyInChunks()
{
    QList<ExerciseDetails> many = syntheticExercises(700, 3);
    for (ExerciseDetails &d : many)
        d.exercise.id = 0;
    auto ids = insertExercises(db(), many);
    FT_VERIFY_OK(ids);
    QCOMPARE(ids->size(), 700);
    QCOMPARE(QSet<Id>(ids->begin(), ids->end()).size(), 700);
    QCOMPARE(rowCount(db(), u"exercises"_s), 700);
    QCOMPARE(rowCount(db(), u"exercise_aliases"_s), 2100);
    auto loaded = loadExercises(db());
    FT_VERIFY_OK(loaded);
    for (qsizetype i = 0; i < many.size(); i += 97) {
        const ExerciseDetails *d = bySlug(*loaded, many.at(i).exercise.slug);
        QVERIFY(d);
        QCOMPARE(d->exercise.id, ids->at(i));
        QCOMPARE(d->aliases, many.at(i).aliases);
    }
}

void TestCatalog::insertManyAllOrNothing()
{
    FT_VERIFY_OK(saveExercise(db(), newExercise(u"Taken"_s, u"taken"_s)));
    const QString before = countsText(db());
    QList<ExerciseDetails> many = syntheticExercises(300, 4);
    for (ExerciseDetails &d : many)
        d.exercise.id = 0;
    many[250].exercise.slug = u"taken"_s;
    auto ids = insertExercises(db(), many);
    QVERIFY(!ids.ok());
    QCOMPARE(ids.error().kind, Error::Kind::Unique);
    QVERIFY2(ids.error().message.contains(u"Exercise 251 of 300"_s),
             qPrintable(ids.error().message));
    QCOMPARE(countsText(db()), before);

    many[250].exercise.slug = u"fine"_s;
    many[120].exercise.equipment = u"ROPE"_s;
    ids = insertExercises(db(), many);
    QVERIFY(!ids.ok());
    QCOMPARE(ids.error().field, u"exercises.equipment"_s);
    QVERIFY2(ids.error().message.contains(u"Exercise 121 of 300"_s),
             qPrintable(ids.error().message));
    QCOMPARE(countsText(db()), before);
}

FT_DB_TEST_MAIN(TestCatalog)
#include "tst_catalog.moc"
