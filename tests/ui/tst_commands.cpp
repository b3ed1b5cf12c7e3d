// Every user edit is one step on the session's undo stack: for each command, do → undo → redo
// leaves exactly the database content of each step (TestDatabase::contentFingerprint), on both
// backends; and a step that cannot apply any more changes nothing and leaves the stack.
#include "sampledata.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include "core/athletes/athletes.h"
#include "core/catalog/catalogstore.h"
#include "core/changes/changenotifier.h"
#include "core/db/database.h"
#include "core/exchange/import/importer.h"
#include "ui/commands/commands.h"
#include "ui/models/athletetablemodel.h"
#include "ui/session.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ft;
using namespace Qt::StringLiterals;

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void eachCommandUndoesAndRedoesExactly_data();
    void eachCommandUndoesAndRedoesExactly();
    void newDatabaseClearsTheStack();
    void conflictingUndoChangesNothingAndLeavesTheStack();

private:
    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<ui::Session> m_session;
    test::SampleGraph m_graph;
};

void TestCommands::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_tdb->createMigrated(), qPrintable(m_tdb->errorString()));
    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    auto graph = test::createSampleGraph(**db);
    FT_VERIFY_OK(graph);
    m_graph = *graph;
    FT_VERIFY_OK(core::installBundledCatalog(**db));
    m_session = std::make_unique<ui::Session>();
    m_session->setDatabase(std::move(*db));
    QCOMPARE(m_session->athletes()->rowCount(), 1);
}

void TestCommands::cleanup()
{
    m_session.reset();
    m_tdb.reset();
}

using Command = std::function<core::Status(ui::Session &, const test::SampleGraph &)>;
Q_DECLARE_METATYPE(Command)

namespace {

// Called by a command row once its set-up is written: the state "undo" must come back to.
std::function<void()> markBefore;

core::Status statusOf(const auto &result)
{
    return result ? core::Status() : core::Status(result.error());
}

core::Status importFile(ui::Session &s, core::Id subject, const QString &name)
{
    core::import::ImportOptions options;
    options.read.timeZone = QTimeZone::utc();
    auto source = core::import::fileSource(QFINDTESTDATA(u"../data/import/"_s + name), std::nullopt,
                                           options.read);
    if (!source)
        return source.error();
    return statusOf(ui::commands::importWorkouts(s, subject, *source, options));
}

} // namespace

void TestCommands::eachCommandUndoesAndRedoesExactly_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<QString>("undoText");
    using S = ui::Session;
    using G = test::SampleGraph;
    QTest::newRow("create athlete") << Command([](S &s, const G &) {
        core::Athlete a;
        a.user.username = u"grace"_s;
        a.user.email = u"grace@example.com"_s;
        a.profile = core::SubjectProfile();
        a.profile->birthYear = 1906;
        return statusOf(ui::commands::saveAthlete(s, a));
    }) << u"New Athlete grace"_s;
    QTest::newRow("edit athlete") << Command([](S &s, const G &g) {
        auto a = core::loadAthlete(*s.database(), g.subject.id);
        if (!a)
            return core::Status(a.error());
        a->user.fullName = u"Ada King"_s;
        a->profile->heightCm = 168;
        return statusOf(ui::commands::saveAthlete(s, *a));
    }) << u"Edit Athlete Ada King"_s;
    QTest::newRow("delete athlete") << Command([](S &s, const G &g) {
        auto a = core::loadAthlete(*s.database(), g.subject.id);
        if (!a)
            return core::Status(a.error());
        return ui::commands::deleteAthlete(s, *a);
    }) << u"Delete Athlete Ada Lovelace"_s;
    QTest::newRow("create exercise") << Command([](S &s, const G &) {
        core::ExerciseDetails d;
        d.exercise.name = u"Landmine Press"_s;
        d.exercise.primaryMuscle = u"SHOULDERS"_s;
        d.exercise.movement = u"VERTICAL_PUSH"_s;
        d.exercise.mechanics = u"COMPOUND"_s;
        d.exercise.force = u"PUSH"_s;
        d.exercise.equipment = u"BARBELL"_s;
        d.exercise.isActive = true;
        d.aliases = { u"Angled Press"_s };
        d.tags = { u"landmine"_s };
        d.secondaryMuscles = { u"TRICEPS"_s };
        return statusOf(ui::commands::saveExercise(s, d));
    }) << u"New Exercise Landmine Press"_s;
    QTest::newRow("rename exercise") << Command([](S &s, const G &g) {
        auto d = core::loadExercise(*s.database(), g.exercise.id);
        if (!d)
            return core::Status(d.error());
        d->exercise.name = u"Flat Bench Press"_s;
        d->aliases.append(u"Barbell Flat Press"_s);
        d->tags = { u"strength"_s };
        return statusOf(ui::commands::saveExercise(s, *d));
    }) << u"Rename Exercise Flat Bench Press"_s;
    QTest::newRow("duplicate exercise") << Command([](S &s, const G &g) {
        return statusOf(ui::commands::duplicateExercise(s, g.exercise.id));
    }) << u"Duplicate Exercise"_s;
    QTest::newRow("deactivate exercise") << Command([](S &s, const G &g) {
        return ui::commands::setExerciseActive(s, g.exercise.id, false);
    }) << u"Deactivate Exercise"_s;
    QTest::newRow("delete exercise in a routine") << Command([](S &s, const G &) {
        // A catalog exercise without history, planned in a routine slot of its own.
        auto id =
            s.database()->scalar(u"SELECT id FROM exercises WHERE slug = 'barbell-back-squat'"_s);
        if (!id || id->isNull())
            return core::Status(core::Error::make(core::Error::Kind::NotFound, u"squat"_s));
        auto slot = s.database()->exec(
            u"INSERT INTO routine_day_exercises (routine_day_id, exercise_id, position) "
            "VALUES (1, ?, 2)"_s,
            { *id });
        if (!slot)
            return core::Status(slot.error());
        markBefore();
        return ui::commands::deleteExercise(s, id->toLongLong());
    }) << u"Delete Exercise Back Squat"_s;
    QTest::newRow("import exercises") << Command([](S &s, const G &) {
        return statusOf(ui::commands::importExerciseFile(
            s, QFINDTESTDATA(u"../data/free-exercise-db/exercises.json"_s)));
    }) << u"Import Exercises from exercises.json"_s;
    QTest::newRow("import workouts") << Command([](S &s, const G &g) {
        return importFile(s, g.subject.id, u"strong_semicolon.csv"_s);
    }) << u"Import Workouts from strong_semicolon.csv"_s;
    QTest::newRow("undo an import") << Command([](S &s, const G &g) {
        if (core::Status st = importFile(s, g.subject.id, u"hevy_kg.csv"_s); !st)
            return st;
        s.undoStack()->clear(); // the set-up is not a step
        markBefore();
        auto batches = core::import::listImportBatches(*s.database(), g.subject.id);
        if (!batches || batches->isEmpty())
            return core::Status(core::Error::make(core::Error::Kind::NotFound, u"batch"_s));
        return statusOf(ui::commands::undoImport(s, g.subject.id, batches->first().id));
    }) << u"Undo Import"_s;
}

void TestCommands::eachCommandUndoesAndRedoesExactly()
{
    QFETCH(Command, command);
    QFETCH(QString, undoText);
    QAbstractItemModelTester tester(m_session->athletes(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(m_session->notifier(), &core::ChangeNotifier::changed);
    QUndoStack *stack = m_session->undoStack();

    QByteArray before = m_tdb->contentFingerprint();
    markBefore = [&] { before = m_tdb->contentFingerprint(); };
    FT_VERIFY_OK(command(*m_session, m_graph));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), undoText);
    QVERIFY(changed.size() >= 1);
    const QByteArray after = m_tdb->contentFingerprint();
    QVERIFY(after != before);

    const qsizetype heard = changed.size();
    stack->undo();
    QCOMPARE(stack->count(), 1); // applied, so still on the stack
    QCOMPARE(m_tdb->contentFingerprint(), before);
    QCOMPARE(changed.size(), heard + 1);
    stack->redo();
    QCOMPARE(m_tdb->contentFingerprint(), after);
    stack->undo();
    QCOMPARE(m_tdb->contentFingerprint(), before);
}

void TestCommands::newDatabaseClearsTheStack()
{
    FT_VERIFY_OK(ui::commands::setExerciseActive(*m_session, m_graph.exercise.id, false));
    QCOMPARE(m_session->undoStack()->count(), 1);
    auto again = m_tdb->open();
    FT_VERIFY_OK(again);
    QSignalSpy everything(m_session->notifier(), &core::ChangeNotifier::everythingChanged);
    m_session->setDatabase(std::move(*again));
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(everything.size(), 1);
}

void TestCommands::conflictingUndoChangesNothingAndLeavesTheStack()
{
    auto d = core::loadExercise(*m_session->database(), m_graph.exercise.id);
    FT_VERIFY_OK(d);
    d->exercise.name = u"Flat Bench Press"_s;
    FT_VERIFY_OK(ui::commands::saveExercise(*m_session, *d));
    QString error;
    QVERIFY2(m_tdb->execRaw(u"UPDATE exercises SET name = 'Renamed elsewhere' WHERE id = %1"_s.arg(
                                m_graph.exercise.id),
                            &error),
             qPrintable(error));
    m_tdb->closeRaw();
    const QByteArray theirs = m_tdb->contentFingerprint();
    QSignalSpy failed(m_session.get(), &ui::Session::commandFailed);

    m_session->undoStack()->undo();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().at(1).toString().contains(u"Renamed elsewhere"_s),
             qPrintable(failed.first().at(1).toString()));
    QCOMPARE(m_tdb->contentFingerprint(), theirs);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

FT_DB_TEST_MAIN(TestCommands)
#include "tst_commands.moc"
