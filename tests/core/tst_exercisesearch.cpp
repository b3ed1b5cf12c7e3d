// The search index behind the catalog page: folding, matching, ranking, and its speed with a
// large catalog. No database.
#include "core/catalog/catalog.h"
#include "core/catalog/exercisesearch.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace ft::core;
using namespace Qt::StringLiterals;

namespace {
enum : Id {
    BenchPress = 1,
    BenchDip,
    InclineBenchPress,
    DumbbellRow,
    BarbellRow,
    Squat,
    FrontSquat,
    FarmersWalk,
    CloseGripBench,
    Pullover,
    LateralRaise,
};

QList<SearchEntry> fixture()
{
    return {
        { BenchPress,
          u"Bench Press"_s,
          { u"Bench Press (Barbell)"_s, u"Flat Bench Press"_s, u"BB Bench"_s,
            u"Développé couché"_s } },
        { BenchDip, u"Bench Dip"_s, { u"Bench Dips"_s } },
        { InclineBenchPress, u"Incline Bench Press"_s, { u"Incline Bench Press (Barbell)"_s } },
        { DumbbellRow, u"Dumbbell Row"_s, { u"DB Row"_s, u"One-Arm Dumbbell Row"_s } },
        { BarbellRow, u"Barbell Row"_s, { u"Bent-Over Row"_s, u"BB Row"_s } },
        { Squat, u"Squat"_s, { u"Back Squat"_s, u"Kniebeuge"_s } },
        { FrontSquat, u"Front Squat"_s, {} },
        { FarmersWalk, u"Farmer's Walk"_s, { u"Farmers Carry"_s } },
        { CloseGripBench, u"Close-Grip Bench Press"_s, { u"CGBP"_s } },
        { Pullover, u"Dumbbell Pullover"_s, { u"Straight-Arm Pullover"_s } },
        { LateralRaise, u"Lateral Raise"_s, { u"Seitheben"_s, u"Élévation latérale"_s } },
    };
}

QList<Id> ids(std::initializer_list<Id> list)
{
    return QList<Id>(list);
}
} // namespace

Q_DECLARE_METATYPE(QList<Id>)

class TestExerciseSearch : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void search_data();
    void search();
    void tiers_data();
    void tiers();
    void rankMatchesSearchOrder();
    void emptyQueryMatchesAllInNameOrder();
    void emptyIndex();
    void rebuildReplacesEntries();
    void bundledCatalogBenchFirst();
    void fiveThousandExercises();
};

void TestExerciseSearch::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("accents and parentheses")
        << u"Développé couché (Barre)"_s << u"developpe couche barre"_s;
    QTest::newRow("case and spaces") << u"  BENCH   press "_s << u"bench press"_s;
    QTest::newRow("sharp s") << u"Straße"_s << u"strasse"_s;
    QTest::newRow("capital sharp s") << u"STRAẞE"_s << u"strasse"_s;
    QTest::newRow("apostrophe") << u"Farmer's Walk"_s << u"farmers walk"_s;
    QTest::newRow("typographic apostrophe") << u"Farmer’s Walk"_s << u"farmers walk"_s;
    QTest::newRow("dash") << u"Close-Grip Bench-Press"_s << u"close grip bench press"_s;
    QTest::newRow("punctuation only") << u" -- () / "_s << QString();
    QTest::newRow("full width") << u"ＢＥＮＣＨ"_s << u"bench"_s;
    QTest::newRow("ligature") << u"Cable ﬂye"_s << u"cable flye"_s;
    QTest::newRow("ae oe o-slash") << u"Æble Œuvre Øre"_s << u"aeble oeuvre ore"_s;
    QTest::newRow("stroke") << u"Łódź"_s << u"lodz"_s;
    QTest::newRow("dotted capital I") << u"İnce"_s << u"ince"_s;
    QTest::newRow("umlauts") << u"Hüftstoß Übung"_s << u"huftstoss ubung"_s;
    QTest::newRow("digits kept") << u"21s Curl, 3/4 Sit-Up"_s << u"21s curl 3 4 sit up"_s;
    QTest::newRow("superscript digit") << u"x²"_s << u"x2"_s;
    QTest::newRow("greek") << u"Άλμα"_s << u"αλμα"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestExerciseSearch::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(ExerciseSearchIndex::fold(text), folded);
}

void TestExerciseSearch::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<Id>>("expected"); // the whole result, best first

    // "bench": Bench Press and Bench Dip both start with it; Bench Press is also the start of
    // three of its aliases, Bench Dip of one.
    // Then the names that contain the word, Incline Bench Press before Close-Grip Bench Press
    // because one of its aliases matches too.
    const QList<Id> bench = ids({ BenchPress, BenchDip, InclineBenchPress, CloseGripBench });
    QTest::newRow("bench finds Bench Press first") << u"bench"_s << bench;
    QTest::newRow("upper case") << u"BENCH"_s << bench;
    QTest::newRow("spaces around") << u"  bench  "_s << bench;
    QTest::newRow("accent-free query, accented alias") << u"developpe"_s << ids({ BenchPress });
    QTest::newRow("accented query") << u"Développé couché"_s << ids({ BenchPress });
    QTest::newRow("upper-case accented query") << u"DÉVELOPPÉ"_s << ids({ BenchPress });
    QTest::newRow("db row via alias DB Row") << u"db row"_s << ids({ DumbbellRow });
    QTest::newRow("bb: two alias prefixes, then inside Dumbbell")
        << u"bb"_s << ids({ BarbellRow, BenchPress, DumbbellRow, Pullover });
    QTest::newRow("row: name words, ties by name") << u"row"_s << ids({ BarbellRow, DumbbellRow });
    QTest::newRow("squat: exact name first") << u"squat"_s << ids({ Squat, FrontSquat });
    QTest::newRow("word prefixes in any order") << u"squ fr"_s << ids({ FrontSquat });
    QTest::newRow("apostrophe dropped") << u"farmers"_s << ids({ FarmersWalk });
    QTest::newRow("apostrophe typed") << u"farmer's walk"_s << ids({ FarmersWalk });
    QTest::newRow("alias in another language") << u"kniebeuge"_s << ids({ Squat });
    QTest::newRow("alias words") << u"bench barbell"_s << ids({ BenchPress, InclineBenchPress });
    QTest::newRow("words across name and alias") << u"lateral seit"_s << ids({ LateralRaise });
    QTest::newRow("substring inside a word")
        << u"ench"_s << ids({ BenchPress, BenchDip, InclineBenchPress, CloseGripBench });
    QTest::newRow("substring over two words, alias hit first")
        << u"ll row"_s << ids({ DumbbellRow, BarbellRow });
    QTest::newRow("punctuation in query") << u"close-grip"_s << ids({ CloseGripBench });
    QTest::newRow("abbreviation alias") << u"cgbp"_s << ids({ CloseGripBench });
    QTest::newRow("pullover, not pull") << u"pullo"_s << ids({ Pullover });
    QTest::newRow("no match") << u"zercher"_s << QList<Id>();
    QTest::newRow("a word that matches nothing") << u"bench zzz"_s << QList<Id>();
}

void TestExerciseSearch::search()
{
    QFETCH(QString, query);
    QFETCH(QList<Id>, expected);
    const ExerciseSearchIndex index(fixture());
    QCOMPARE(index.matchingIds(query), expected);
}

void TestExerciseSearch::tiers_data()
{
    using Kind = ExerciseSearchIndex::MatchKind;
    QTest::addColumn<QString>("query");
    QTest::addColumn<Id>("id");
    QTest::addColumn<int>("kind");
    QTest::newRow("exact name") << u"bench press"_s << Id(BenchPress) << int(Kind::NameExact);
    QTest::newRow("name prefix") << u"bench pr"_s << Id(BenchPress) << int(Kind::NamePrefix);
    QTest::newRow("name words") << u"bench pr"_s << Id(InclineBenchPress) << int(Kind::NameWords);
    QTest::newRow("alias exact") << u"db row"_s << Id(DumbbellRow) << int(Kind::AliasExact);
    QTest::newRow("alias prefix") << u"flat ben"_s << Id(BenchPress) << int(Kind::AliasPrefix);
    QTest::newRow("alias words") << u"bench barbell"_s << Id(BenchPress) << int(Kind::AliasWords);
    QTest::newRow("words anywhere") << u"lateral seit"_s << Id(LateralRaise) << int(Kind::AnyWords);
    QTest::newRow("substring") << u"ench"_s << Id(BenchDip) << int(Kind::Substring);
    QTest::newRow("empty") << QString() << Id(Squat) << int(Kind::All);
}

void TestExerciseSearch::tiers()
{
    QFETCH(QString, query);
    QFETCH(Id, id);
    QFETCH(int, kind);
    const ExerciseSearchIndex index(fixture());
    const QList<ExerciseSearchIndex::Match> matches = index.search(query);
    const auto it = std::find_if(matches.begin(), matches.end(),
                                 [&](const ExerciseSearchIndex::Match &m) { return m.id == id; });
    QVERIFY(it != matches.end());
    QCOMPARE(int(it->kind), kind);
    // Best first: kinds never increase along the list.
    for (qsizetype i = 1; i < matches.size(); ++i)
        QVERIFY(matches.at(i - 1).kind >= matches.at(i).kind);
}

void TestExerciseSearch::rankMatchesSearchOrder()
{
    const ExerciseSearchIndex index(fixture());
    for (const QString &query : { u"bench"_s, u"row"_s, u"ench"_s, QString(), u"nothing"_s }) {
        const QList<Id> order = index.matchingIds(query);
        const QHash<Id, int> rank = index.rank(query);
        QCOMPARE(rank.size(), order.size());
        for (int i = 0; i < order.size(); ++i)
            QCOMPARE(rank.value(order.at(i), -1), i);
    }
}

void TestExerciseSearch::emptyQueryMatchesAllInNameOrder()
{
    const ExerciseSearchIndex index(fixture());
    const QList<Id> expected =
        ids({ BarbellRow, BenchDip, BenchPress, CloseGripBench, Pullover, DumbbellRow, FarmersWalk,
              FrontSquat, InclineBenchPress, LateralRaise, Squat });
    QCOMPARE(index.matchingIds(QString()), expected);
    QCOMPARE(index.matchingIds(u"   "_s), expected);
    QCOMPARE(index.matchingIds(u"()"_s), expected);
    QCOMPARE(index.size(), 11);
}

void TestExerciseSearch::emptyIndex()
{
    const ExerciseSearchIndex index;
    QCOMPARE(index.size(), 0);
    QVERIFY(index.matchingIds(u"bench"_s).isEmpty());
    QVERIFY(index.matchingIds(QString()).isEmpty());
    QVERIFY(index.rank(u"x"_s).isEmpty());
}

void TestExerciseSearch::rebuildReplacesEntries()
{
    ExerciseSearchIndex index(fixture());
    index.build({ { 42, u"Zercher Squat"_s, {} } });
    QCOMPARE(index.size(), 1);
    QCOMPARE(index.matchingIds(u"squat"_s), ids({ 42 }));
    QVERIFY(index.matchingIds(u"bench"_s).isEmpty());
}

void TestExerciseSearch::bundledCatalogBenchFirst()
{
    auto catalog = bundledCatalog();
    QVERIFY2(catalog.ok(), catalog.ok() ? "" : qPrintable(catalog.error().message));
    QList<SearchEntry> entries;
    Id id = 0;
    QHash<Id, QString> names;
    for (const CatalogEntry &e : catalog->entries) {
        entries.append({ ++id, e.details.exercise.name, e.details.aliases });
        names.insert(id, e.details.exercise.name);
    }
    const ExerciseSearchIndex index(entries);
    const auto first = [&](const QString &query) {
        const QList<Id> found = index.matchingIds(query);
        return found.isEmpty() ? QString() : names.value(found.first());
    };
    QCOMPARE(first(u"bench"_s), u"Bench Press"_s);
    QCOMPARE(first(u"BENCH"_s), u"Bench Press"_s);
    QCOMPARE(first(u"squat"_s), u"Back Squat"_s);
    QCOMPARE(first(u"bench press (barbell)"_s), u"Bench Press"_s);
    QCOMPARE(first(u"flat bench press"_s), u"Bench Press"_s);
    QCOMPARE(first(u"deadlift"_s), u"Deadlift"_s);
    QCOMPARE(index.matchingIds(QString()).size(), catalog->entries.size());
}

void TestExerciseSearch::fiveThousandExercises()
{
    // Behaviour at catalog_search's scale; its speed is measured by fitnesstrack-bench, never here.
    const QList<ExerciseDetails> exercises = syntheticExercises(5000, 7);
    QCOMPARE(exercises.size(), 5000);
    const ExerciseSearchIndex index(searchEntries(exercises));
    QCOMPARE(index.size(), 5000);

    // Every exercise is found first by its own exact name, and by each of its aliases.
    for (qsizetype i = 0; i < exercises.size(); i += 97) {
        const ExerciseDetails &e = exercises.at(i);
        const QList<ExerciseSearchIndex::Match> byName = index.search(e.exercise.name);
        QVERIFY(!byName.isEmpty());
        QCOMPARE(byName.first().id, e.exercise.id);
        QCOMPARE(byName.first().kind, ExerciseSearchIndex::MatchKind::NameExact);
        for (const QString &alias : e.aliases)
            QVERIFY2(index.matchingIds(alias).contains(e.exercise.id), qPrintable(alias));
    }
    // Typing narrows monotonically: each keystroke's matches are a subset of the previous ones.
    const QString typed = u"incline dumbbell bench"_s;
    QList<Id> previous = index.matchingIds(QString());
    QCOMPARE(previous.size(), 5000);
    for (qsizetype i = 1; i <= typed.size(); ++i) {
        const QList<Id> now = index.matchingIds(typed.left(i));
        const QSet<Id> before(previous.begin(), previous.end());
        for (Id id : now)
            QVERIFY2(before.contains(id) || typed.at(i - 1) == u' ', qPrintable(typed.left(i)));
        previous = now;
    }
}

QTEST_GUILESS_MAIN(TestExerciseSearch)
#include "tst_exercisesearch.moc"
