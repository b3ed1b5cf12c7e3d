// Exercise names from other apps: the normalizer and matcher of core/catalog/exercisenames.h
// against the bundled catalog. The built-in names of Strong, Hevy and FitNotes
// (tests/data/exercise-names/) each resolve to the exercise decisions.tsv says a lifter would
// choose; every rule has a name that needs it; bad input is answered, never taken wrongly.
// No database.
#include "core/catalog/catalog.h"
#include "core/catalog/exercisenames.h"

#include <QFile>
#include <QHash>
#include <QTest>

using namespace ft::core;
using namespace Qt::StringLiterals;

namespace {

struct Decision
{
    QString app, name, slug, reason;
    int line = 0;
};

QList<Decision> decisions()
{
    QFile file(QFINDTESTDATA(u"../data/exercise-names/decisions.tsv"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Decision> out;
    int line = 0;
    while (!file.atEnd()) {
        const QString text = QString::fromUtf8(file.readLine()).chopped(1);
        ++line;
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        const QStringList f = text.split(u'\t');
        out.append({ f.value(0), f.value(1), f.value(2), f.value(3), line });
    }
    return out;
}

QStringList appList(const QString &file)
{
    QFile f(QFINDTESTDATA(u"../data/exercise-names/"_s + file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        if (!line.isEmpty() && !line.startsWith(u'#'))
            names.append(line);
    }
    return names;
}

} // namespace

class TestExerciseNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void normalizes_data();
    void normalizes();
    void appListsAreTheDecisions();
    void appNamesResolve_data();
    void appNamesResolve();
    void rules_data();
    void rules();
    void asksRatherThanGuesses_data();
    void asksRatherThanGuesses();
    void candidatesRankTheClosest();
    void badInput_data();
    void badInput();

private:
    Id idOf(const QString &slug) const { return m_ids.value(slug); }
    QString slugOf(Id id) const { return m_slugs.value(id); }

    ExerciseNameMatcher m_matcher;
    QHash<QString, Id> m_ids;
    QHash<Id, QString> m_slugs;
};

void TestExerciseNames::initTestCase()
{
    auto catalog = bundledCatalog();
    QVERIFY2(catalog, catalog ? "" : qPrintable(catalog.error().message));
    QVERIFY(catalog->version >= 2);
    Id id = 0;
    for (CatalogEntry entry : catalog->entries) {
        entry.details.exercise.id = ++id;
        m_ids.insert(entry.details.exercise.slug, id);
        m_slugs.insert(id, entry.details.exercise.slug);
        m_matcher.add(entry.details);
    }
}

void TestExerciseNames::normalizes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("equipment");
    QTest::addColumn<bool>("unilateral");
    QTest::newRow("case, accents, punctuation")
        << u"  BÉNCH-press!! "_s << u"bench press"_s << QString() << false;
    QTest::newRow("plural") << u"Lateral Raises"_s << u"lateral raise"_s << QString() << false;
    QTest::newRow("plural -es") << u"Bench Presses"_s << u"bench press"_s << QString() << false;
    QTest::newRow("flyes") << u"Incline Flyes"_s << u"incline fly"_s << QString() << false;
    QTest::newRow("tricep") << u"Tricep Pushdown"_s << u"triceps pushdown"_s << QString() << false;
    QTest::newRow("bicep") << u"Bicep Curls"_s << u"biceps curl"_s << QString() << false;
    QTest::newRow("push ups") << u"Push-Ups"_s << u"pushup"_s << QString() << false;
    QTest::newRow("equipment suffix")
        << u"Squat (Barbell)"_s << u"squat"_s << u"BARBELL"_s << false;
    QTest::newRow("equipment prefix") << u"Barbell Squat"_s << u"squat"_s << u"BARBELL"_s << false;
    QTest::newRow("DB") << u"DB Curl"_s << u"curl"_s << u"DUMBBELL"_s << false;
    QTest::newRow("BB") << u"BB Row"_s << u"row"_s << u"BARBELL"_s << false;
    QTest::newRow("KB") << u"KB Swing"_s << u"swing"_s << u"KETTLEBELL"_s << false;
    QTest::newRow("Smith") << u"Squat (Smith)"_s << u"squat"_s << u"SMITH"_s << false;
    QTest::newRow("Smith Machine") << u"Smith Machine Squat"_s << u"squat"_s << u"SMITH"_s << false;
    QTest::newRow("Machine") << u"Leg Press Machine"_s << u"leg press"_s << u"MACHINE"_s << false;
    QTest::newRow("Cable") << u"Cable Curl"_s << u"curl"_s << u"CABLE"_s << false;
    QTest::newRow("EZ bar") << u"EZ-Bar Curl"_s << u"curl"_s << u"EZ_BAR"_s << false;
    QTest::newRow("each side") << u"Dumbbell Curl (Each Side)"_s << u"curl"_s << u"DUMBBELL"_s
                               << true;
    QTest::newRow("single arm keeps the limb")
        << u"Single Arm Cable Row"_s << u"arm row"_s << u"CABLE"_s << true;
    QTest::newRow("one-arm") << u"One-Arm DB Row"_s << u"arm row"_s << u"DUMBBELL"_s << true;
    QTest::newRow("adductor") << u"Hip Adductor (Machine)"_s << u"hip adduction"_s << u"MACHINE"_s
                              << false;
    QTest::newRow("only equipment") << u"(Barbell)"_s << QString() << u"BARBELL"_s << false;
}

void TestExerciseNames::normalizes()
{
    QFETCH(QString, name);
    QFETCH(QString, words);
    QFETCH(QString, equipment);
    QFETCH(bool, unilateral);
    const NormalizedName n = normalizeExerciseName(name);
    QCOMPARE(n.text(), words);
    QCOMPARE(n.equipment, equipment);
    QCOMPARE(n.unilateral, unilateral);
}

void TestExerciseNames::appListsAreTheDecisions()
{
    const QList<Decision> all = decisions();
    QVERIFY(!all.isEmpty());
    const QList<std::pair<QString, QString>> apps = {
        { u"Strong"_s, u"strong.txt"_s },
        { u"Hevy"_s, u"hevy.txt"_s },
        { u"FitNotes"_s, u"fitnotes.txt"_s },
    };
    for (const auto &[app, file] : apps) {
        QStringList decided;
        for (const Decision &d : all) {
            if (d.app == app)
                decided.append(d.name);
        }
        QCOMPARE(appList(file), decided);
    }
    QVERIFY(appList(u"strong.txt"_s).size() >= 200);
    QVERIFY(appList(u"hevy.txt"_s).size() >= 300);
    QVERIFY(appList(u"fitnotes.txt"_s).size() >= 100);
    for (const Decision &d : all)
        QVERIFY2(
            m_ids.contains(d.slug),
            qPrintable(u"decisions.tsv:%1: %2 is no bundled exercise"_s.arg(d.line).arg(d.slug)));
}

void TestExerciseNames::appNamesResolve_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug");
    for (const Decision &d : decisions())
        QTest::newRow(qPrintable(d.app + u": "_s + d.name)) << d.name << d.slug;
}

void TestExerciseNames::appNamesResolve()
{
    QFETCH(QString, name);
    QFETCH(QString, slug);
    const NameMatch m = m_matcher.match(name);
    QVERIFY2(m.id, qPrintable(u"not matched (%1)"_s.arg(m.reason)));
    QCOMPARE(slugOf(m.id), slug);
}

void TestExerciseNames::rules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("rule");
    QTest::newRow("exact name") << u"Hammer Curl"_s << u"hammer-curl"_s << u"exact name"_s;
    QTest::newRow("exact, case") << u"hAMMER cURL"_s << u"hammer-curl"_s << u"exact name"_s;
    QTest::newRow("alias") << u"Skullcrusher (EZ Bar)"_s << u"ez-bar-skull-crusher"_s << u"alias"_s;
    QTest::newRow("accents") << u"Hàmmer Cürl"_s << u"hammer-curl"_s << u"exact name"_s;
    QTest::newRow("plural") << u"Hammer Curls"_s << u"hammer-curl"_s << u"normalized"_s;
    QTest::newRow("punctuation and hyphens")
        << u"Toes--to--Bars!"_s << u"toes-to-bar"_s << u"normalized"_s;
    QTest::newRow("pushups") << u"Pushups"_s << u"push-up"_s << u"normalized"_s;
    QTest::newRow("words joined") << u"Lat Pull Downs"_s << u"lat-pulldown"_s << u"normalized"_s;
    QTest::newRow("tricep/triceps") << u"Tricep Dip"_s << u"triceps-dip"_s << u"normalized"_s;
    QTest::newRow("equipment suffix → prefix")
        << u"Calf Raise (Barbell)"_s << u"barbell-calf-raise"_s << u"alias"_s;
    QTest::newRow("equipment suffix, name has it as prefix")
        << u"Thruster (Dumbbell)"_s << u"dumbbell-thruster"_s << u"alias"_s;
    QTest::newRow("equipment moved") << u"Overhead Triceps Extension (Cable)"_s
                                     << u"overhead-cable-triceps-extension"_s << u"equipment"_s;
    QTest::newRow("equipment after a dash")
        << u"Machine - Pendulum Squats"_s << u"pendulum-squat"_s << u"equipment"_s;
    QTest::newRow("DB") << u"DB Step Ups"_s << u"dumbbell-step-up"_s << u"equipment"_s;
    QTest::newRow("BB") << u"BB Hip Thrusts"_s << u"barbell-hip-thrust"_s << u"equipment"_s;
    QTest::newRow("KB") << u"KB Goblet Squats"_s << u"kettlebell-goblet-squat"_s << u"equipment"_s;
    QTest::newRow("Smith") << u"Standing Calf Raise (Smith)"_s << u"smith-machine-calf-raise"_s
                           << u"equipment"_s;
    QTest::newRow("Machine") << u"Machine Leg Extensions"_s << u"leg-extension"_s << u"equipment"_s;
    QTest::newRow("Cable") << u"Cable Face Pulls"_s << u"face-pull"_s << u"equipment"_s;
    QTest::newRow("word order") << u"Curl Hammer"_s << u"hammer-curl"_s << u"word order"_s;
    QTest::newRow("word order and equipment")
        << u"Press Bench (Dumbbell)"_s << u"dumbbell-bench-press"_s << u"word order"_s;
    QTest::newRow("each side: the exercise itself")
        << u"Dumbbell Curl (Each Side)"_s << u"dumbbell-curl"_s << u"side marker"_s;
    QTest::newRow("single arm: the unilateral exercise")
        << u"Cable Row (Single Arm)"_s << u"single-arm-cable-row"_s << u"side marker"_s;
    QTest::newRow("one-arm: the unilateral exercise")
        << u"DB Row (One-Arm)"_s << u"one-arm-dumbbell-row"_s << u"side marker"_s;
    QTest::newRow("single leg: the unilateral exercise")
        << u"Leg Press (Single Leg)"_s << u"single-leg-press"_s << u"side marker"_s;
    QTest::newRow("typo") << u"Romanian Deadlfit"_s << u"romanian-deadlift"_s << u"typo"_s;
    QTest::newRow("spaces only differ")
        << u"Hammer   Curl"_s << u"hammer-curl"_s << u"exact name"_s;
    QTest::newRow("spaces inside a word") << u"Ham mer Curl"_s << u""_s << u""_s;
}

void TestExerciseNames::rules()
{
    QFETCH(QString, name);
    QFETCH(QString, slug);
    QFETCH(QString, rule);
    const NameMatch m = m_matcher.match(name);
    if (slug.isEmpty()) {
        QVERIFY2(!m.id, qPrintable(u"matched %1"_s.arg(slugOf(m.id))));
        QVERIFY(!m.reason.isEmpty());
        return;
    }
    QVERIFY2(m.id, qPrintable(m.reason));
    QCOMPARE(slugOf(m.id), slug);
    QCOMPARE(nameRuleName(m.rule), rule);
}

void TestExerciseNames::asksRatherThanGuesses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("candidate"); // among the first three
    // Several exercises fit: the equipment decides, and it is not said.
    QTest::newRow("kickback, no equipment") << u"Kickbacks"_s << u"dumbbell-triceps-kickback"_s;
    QTest::newRow("shrug, no equipment") << u"Shrugs"_s << u"barbell-shrug"_s;
    // Close but another exercise: seated is not standing.
    QTest::newRow("position differs")
        << u"Seated Lateral Raise (Cable)"_s << u"cable-lateral-raise"_s;
    // The equipment said has no such exercise: not the exercise of another equipment.
    QTest::newRow("other equipment") << u"Preacher Curl (Cable)"_s << u"machine-preacher-curl"_s;
    QTest::newRow("extra word") << u"Paused Front Squat"_s << u"front-squat"_s;
}

void TestExerciseNames::asksRatherThanGuesses()
{
    QFETCH(QString, name);
    QFETCH(QString, candidate);
    const NameMatch m = m_matcher.match(name);
    QVERIFY2(!m.id, qPrintable(u"took %1 by %2"_s.arg(slugOf(m.id), nameRuleName(m.rule))));
    QVERIFY(!m.reason.isEmpty());
    QStringList offered;
    for (const NameCandidate &c : m_matcher.candidates(name, 3))
        offered.append(slugOf(c.id));
    QVERIFY2(offered.contains(candidate), qPrintable(offered.join(u", "_s)));
}

void TestExerciseNames::candidatesRankTheClosest()
{
    const QList<NameCandidate> c = m_matcher.candidates(u"Preacher Curl (Cable)"_s, 3);
    QCOMPARE(c.size(), 3);
    for (int i = 1; i < c.size(); ++i)
        QVERIFY(c.at(i - 1).score >= c.at(i).score);
    // Every candidate is a preacher curl.
    for (const NameCandidate &one : c)
        QVERIFY2(slugOf(one.id).contains(u"preacher"_s), qPrintable(slugOf(one.id)));
    QCOMPARE(m_matcher.candidates(u"Preacher Curl"_s, 0).size(), 0);
    QCOMPARE(m_matcher.candidates(u"Xyzzy Plugh"_s, 3).size(), 0);
}

void TestExerciseNames::badInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces") << u"    "_s << QString();
    QTest::newRow("punctuation only") << u"(-) !"_s << QString();
    QTest::newRow("equipment only") << u"(Barbell)"_s << QString();
    QTest::newRow("500 characters") << QString(500, u'x') << QString();
    QTest::newRow("500 characters of words")
        << QString(u"Bench Press "_s).repeated(42).left(500) << QString();
    QTest::newRow("cyrillic") << u"Жим лёжа"_s << QString();
    QTest::newRow("japanese") << u"ベンチプレス"_s << QString();
    QTest::newRow("emoji") << u"💪🏋️"_s << QString();
    QTest::newRow("NUL and controls") << u"Bench\u0000Press\u0007"_s << u"barbell-bench-press"_s;
    QTest::newRow("tabs and newlines") << u"\tBench\nPress\r"_s << u"barbell-bench-press"_s;
}

void TestExerciseNames::badInput()
{
    QFETCH(QString, name);
    QFETCH(QString, slug);
    const NameMatch m = m_matcher.match(name);
    if (slug.isEmpty()) {
        QCOMPARE(m.id, Id(0));
        QVERIFY(!m.reason.isEmpty());
    } else {
        QCOMPARE(slugOf(m.id), slug);
    }
    // Candidates never crash and never offer more than asked.
    QVERIFY(m_matcher.candidates(name, 3).size() <= 3);
}

QTEST_GUILESS_MAIN(TestExerciseNames)
#include "tst_exercisenames.moc"
