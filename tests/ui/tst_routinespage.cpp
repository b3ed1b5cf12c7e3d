// The routine editor (ui/pages/routinespage.h) on a real database: the models pass
// QAbstractItemModelTester while they follow edits; every structure edit is one undo step whose
// undo and redo restore the database content exactly (also near the unique position keys);
// pastes between athletes; an inline edit and a refused value from the keyboard; a drop through
// the view; the summary and the printout follow the routine.
#include "sampledata.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"
#include "uitesthelpers.h"

#include "core/catalog/catalogstore.h"
#include "core/db/database.h"
#include "core/plan/routineedit.h"
#include "core/plan/routinetree.h"
#include "ui/commands/commands.h"
#include "ui/messagebox.h"
#include "ui/models/routinelistmodel.h"
#include "ui/models/routinetreemodel.h"
#include "ui/models/weeklysummarymodel.h"
#include "ui/pages/routinespage.h"
#include "ui/print/routineprinter.h"
#include "ui/routineclipboard.h"
#include "ui/session.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace ft;
using namespace ft::core::plan;
using Level = ui::RoutineTreeModel::Level;
using ft::core::PlannedSet;
using ft::test::typeInto;

namespace {

core::Status statusOf(const auto &result)
{
    return result ? core::Status() : core::Status(result.error());
}

} // namespace

class TestRoutinesPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelsPassTheTester();
    void structureEditsUndoAndRedoExactly_data();
    void structureEditsUndoAndRedoExactly();
    void pasteIntoAnotherAthletesRoutine();
    void inlineEditFromTheKeyboard();
    void dropThroughTheView();
    void summaryFollowsEdits();
    void printoutShowsTheRoutine();

private:
    core::Id setId(int day, int slot, int set) const;
    core::Id slotId(int day, int slot) const;
    core::Id dayId(int day) const;
    RoutineTree tree() const;

    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<ui::RoutinesPage> m_page;
    test::SampleGraph m_graph;
    test::OtherAthlete m_other;
    core::Id m_squat = 0;
};

void TestRoutinesPage::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_tdb->createMigrated(), qPrintable(m_tdb->errorString()));
    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    core::Database &d = **db;
    auto graph = test::createSampleGraph(d);
    FT_VERIFY_OK(graph);
    m_graph = *graph;
    auto other = test::createOtherAthlete(d);
    FT_VERIFY_OK(other);
    m_other = *other;
    FT_VERIFY_OK(core::installBundledCatalog(d));
    auto squat = core::findExerciseByIdOrSlug(d, QStringLiteral("barbell-back-squat"));
    FT_VERIFY_OK(squat);
    QVERIFY(squat->has_value());
    m_squat = **squat;
    // The sample routine: day 1 with the sample exercise (3 sets) and squats (2 sets), day 2
    // with squats (1 set).
    const core::Id slot1 = m_graph.routineDayExercise.id;
    for (int reps : { 8, 6 }) {
        PlannedSet s;
        s.targetReps = reps;
        FT_VERIFY_OK(insertSet(d, slot1, atEnd, s));
    }
    auto slot2 = insertSlot(d, m_graph.routineDay.id, m_squat);
    FT_VERIFY_OK(slot2);
    for (double kg : { 60.0, 100.0 }) {
        PlannedSet s;
        s.targetWeightKg = kg;
        s.targetReps = 5;
        s.isWarmup = kg < 100;
        FT_VERIFY_OK(insertSet(d, *slot2, atEnd, s));
    }
    auto day2 = insertDay(d, m_graph.routine.id, atEnd, { QStringLiteral("Legs"), false, {} });
    FT_VERIFY_OK(day2);
    auto slot3 = insertSlot(d, *day2, m_squat);
    FT_VERIFY_OK(slot3);
    FT_VERIFY_OK(insertSet(d, *slot3));

    m_session = std::make_unique<ui::Session>();
    m_session->setDatabase(std::move(*db));
    m_session->setCurrentAthlete(m_graph.subject.id);
    m_page = std::make_unique<ui::RoutinesPage>(*m_session);
    m_page->resize(1280, 800);
    QVERIFY(m_page->selectRoutine(m_graph.routine.id));
    QCOMPARE(m_page->tree()->rowCount(), 2);
}

void TestRoutinesPage::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_tdb.reset();
}

RoutineTree TestRoutinesPage::tree() const
{
    auto t = loadRoutineTree(*m_session->database(), m_graph.routine.id);
    return t ? *t : RoutineTree();
}

core::Id TestRoutinesPage::dayId(int day) const
{
    return tree().days.at(day).row.id;
}

core::Id TestRoutinesPage::slotId(int day, int slot) const
{
    return tree().days.at(day).exerciseSlots.at(slot).row.id;
}

core::Id TestRoutinesPage::setId(int day, int slot, int set) const
{
    return tree().days.at(day).exerciseSlots.at(slot).sets.at(set).id;
}

void TestRoutinesPage::modelsPassTheTester()
{
    QAbstractItemModelTester treeTester(m_page->tree(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester listTester(m_page->routines(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester summaryTester(m_page->muscleSummary(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    ui::RoutineTreeModel *model = m_page->tree();
    const core::Id routine = m_graph.routine.id;
    // Inserts, moves, removals and value changes, each followed row by row by the model.
    FT_VERIFY_OK(ui::commands::editRoutine(
        *m_session, QStringLiteral("t"), routine,
        [&](core::Database &db) { return statusOf(insertDay(db, routine, 1)); }));
    QCOMPARE(model->rowCount(), 3);
    const core::Id moved = slotId(1, 1);
    FT_VERIFY_OK(ui::commands::editRoutine(
        *m_session, QStringLiteral("t"), routine,
        [&](core::Database &db) { return moveSlot(db, moved, dayId(2), 1); }));
    QCOMPARE(model->idOf(model->index(0, 0, model->index(2, 0))), moved);
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowCount(model->index(0, 0)), 2);
    QVERIFY(model->setData(
        model->index(0, ui::RoutineTreeModel::RepsColumn, model->index(0, 0, model->index(0, 0))),
        QStringLiteral("12")));
    QCOMPARE(tree().days.first().exerciseSlots.first().sets.first().targetReps, std::optional(12));
    FT_VERIFY_OK(ui::commands::editRoutinesOf(
        *m_session, QStringLiteral("t"), { m_graph.subject.id },
        [&](core::Database &db) { return statusOf(duplicateRoutine(db, routine)); }));
    QCOMPARE(m_page->routines()->rowCount(), 2);
}

using Work = std::function<core::Status(core::Database &, const RoutineTree &)>;
Q_DECLARE_METATYPE(Work)

void TestRoutinesPage::structureEditsUndoAndRedoExactly_data()
{
    QTest::addColumn<Work>("edit");
    const auto set = [](const RoutineTree &t, int d, int s, int k) {
        return t.days.at(d).exerciseSlots.at(s).sets.at(k).id;
    };
    const auto slot = [](const RoutineTree &t, int d, int s) {
        return t.days.at(d).exerciseSlots.at(s).row.id;
    };
    QTest::newRow("add day") << Work([](core::Database &db, const RoutineTree &t) {
        return statusOf(insertDay(db, t.routine.id, 1));
    });
    QTest::newRow("swap sets 1 and 2") << Work([=](core::Database &db, const RoutineTree &t) {
        return moveSet(db, set(t, 0, 0, 1), slot(t, 0, 0), 1);
    });
    QTest::newRow("move last set to first") << Work([=](core::Database &db, const RoutineTree &t) {
        return moveSet(db, set(t, 0, 0, 2), slot(t, 0, 0), 1);
    });
    QTest::newRow("move last exercise to first")
        << Work([=](core::Database &db, const RoutineTree &t) {
               return moveSlot(db, slot(t, 0, 1), t.days.at(0).row.id, 1);
           });
    QTest::newRow("move exercise across days")
        << Work([=](core::Database &db, const RoutineTree &t) {
               return moveSlot(db, slot(t, 0, 0), t.days.at(1).row.id, 1);
           });
    QTest::newRow("move set across exercises")
        << Work([=](core::Database &db, const RoutineTree &t) {
               return moveSet(db, set(t, 0, 0, 0), slot(t, 1, 0), 1);
           });
    QTest::newRow("move day 2 to 1") << Work([](core::Database &db, const RoutineTree &t) {
        return moveDay(db, t.days.at(1).row.id, 1);
    });
    QTest::newRow("remove first day") << Work([](core::Database &db, const RoutineTree &t) {
        return removeDay(db, t.days.at(0).row.id);
    });
    QTest::newRow("add 3 sets like the first")
        << Work([=](core::Database &db, const RoutineTree &t) {
               return statusOf(addSetsLike(db, set(t, 0, 0, 0), 3));
           });
    QTest::newRow("apply reps to all sets") << Work([=](core::Database &db, const RoutineTree &t) {
        return applyToAllSets(db, slot(t, 0, 0), SetField::Reps, 4);
    });
    QTest::newRow("remove middle set") << Work(
        [=](core::Database &db, const RoutineTree &t) { return removeSet(db, set(t, 0, 0, 1)); });
}

void TestRoutinesPage::structureEditsUndoAndRedoExactly()
{
    QFETCH(Work, edit);
    QAbstractItemModelTester tester(m_page->tree(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const RoutineTree start = tree();
    const QByteArray before = m_tdb->contentFingerprint();
    FT_VERIFY_OK(ui::commands::editRoutine(*m_session, QStringLiteral("edit"), m_graph.routine.id,
                                           [&](core::Database &db) { return edit(db, start); }));
    const QByteArray after = m_tdb->contentFingerprint();
    QVERIFY(after != before);
    // Numbers stay 1-based and without gaps.
    const RoutineTree changed = tree();
    for (qsizetype d = 0; d < changed.days.size(); ++d) {
        QCOMPARE(changed.days.at(d).row.dayIndex, int(d) + 1);
        for (qsizetype s = 0; s < changed.days.at(d).exerciseSlots.size(); ++s) {
            const RoutineSlot &slot = changed.days.at(d).exerciseSlots.at(s);
            QCOMPARE(slot.row.position, int(s) + 1);
            for (qsizetype k = 0; k < slot.sets.size(); ++k)
                QCOMPARE(slot.sets.at(k).setIndex, int(k) + 1);
        }
    }
    // The model shows what the database holds.
    QCOMPARE(m_page->tree()->rowCount(), int(changed.days.size()));
    QUndoStack *stack = m_session->undoStack();
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QCOMPARE(m_tdb->contentFingerprint(), before);
    QCOMPARE(m_page->tree()->rowCount(), int(start.days.size()));
    stack->redo();
    QCOMPARE(m_tdb->contentFingerprint(), after);
    stack->undo();
    QCOMPARE(m_tdb->contentFingerprint(), before);
}

void TestRoutinesPage::pasteIntoAnotherAthletesRoutine()
{
    // Copy day 1's exercises here, paste them into the other athlete's routine day.
    ui::RoutineTreeModel *model = m_page->tree();
    const QModelIndex day = model->index(0, 0);
    auto fragment = ui::RoutineClipboard::fragmentOf(
        *model, { model->index(0, 0, day), model->index(1, 0, day) });
    QVERIFY(fragment);
    QCOMPARE(fragment->exerciseSlots.size(), 2);
    std::unique_ptr<QMimeData> data(ui::RoutineClipboard::toMimeData(*fragment, *m_session));

    ui::RoutineTreeModel other(*m_session);
    QAbstractItemModelTester tester(&other, QAbstractItemModelTester::FailureReportingMode::QtTest);
    other.setRoutine(m_other.routine.id);
    QCOMPARE(other.rowCount(), 1);
    const int slotsBefore = other.rowCount(other.index(0, 0));
    const QByteArray before = m_tdb->contentFingerprint();
    FT_VERIFY_OK(ui::RoutineClipboard::drop(*m_session, other, data.get(), Qt::CopyAction, -1,
                                            other.index(0, 0)));
    QCOMPARE(other.rowCount(other.index(0, 0)), slotsBefore + 2);
    auto pasted = loadRoutineTree(*m_session->database(), m_other.routine.id);
    FT_VERIFY_OK(pasted);
    const RoutineSlot &squat = pasted->days.first().exerciseSlots.last();
    QCOMPARE(squat.row.exerciseId, m_squat);
    QCOMPARE(squat.sets.size(), 2);
    QCOMPARE(squat.sets.last().targetWeightKg, std::optional(100.0));
    // The source is untouched, and the paste is one undo step.
    QCOMPARE(tree().days.first().exerciseSlots.size(), 2);
    m_session->undoStack()->undo();
    QCOMPARE(m_tdb->contentFingerprint(), before);
    // Sets cannot go into a day: refused, nothing written.
    RoutineFragment sets;
    sets.level = FragmentLevel::Set;
    sets.sets = tree().days.first().exerciseSlots.first().sets;
    std::unique_ptr<QMimeData> setData(ui::RoutineClipboard::toMimeData(sets, *m_session));
    const core::Status refused = ui::RoutineClipboard::drop(*m_session, other, setData.get(),
                                                            Qt::CopyAction, -1, other.index(0, 0));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Sets go into an exercise")),
             qPrintable(refused.error().message));
    // Foreign clipboard content: refused with its rule.
    QMimeData foreign;
    foreign.setData(ui::RoutineClipboard::mimeType(), "{\"hello\": 1}");
    const core::Status foreignRefused = ui::RoutineClipboard::drop(
        *m_session, other, &foreign, Qt::CopyAction, -1, other.index(0, 0));
    QVERIFY(!foreignRefused);
    QCOMPARE(foreignRefused.error().field, QStringLiteral("format"));
    QCOMPARE(m_tdb->contentFingerprint(), before);
}

void TestRoutinesPage::inlineEditFromTheKeyboard()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTreeView *view = m_page->treeView();
    ui::RoutineTreeModel *model = m_page->tree();
    const QModelIndex squat = model->index(1, 0, model->index(0, 0));
    const QModelIndex weight = model->index(1, ui::RoutineTreeModel::WeightColumn, squat);
    QCOMPARE(weight.data().toString(), QStringLiteral("100"));
    view->setFocus();
    // Typing starts the editor (any key), Enter commits.
    QLineEdit *editor = typeInto(view, weight, QStringLiteral("102.5"));
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("102.5"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The view commits and closes the editor from its event loop.
    QTRY_COMPARE(tree().days.first().exerciseSlots.at(1).sets.at(1).targetWeightKg,
                 std::optional(102.5));
    QCOMPARE(model->index(1, ui::RoutineTreeModel::WeightColumn, squat).data().toString(),
             QStringLiteral("102.5"));
    QCOMPARE(m_session->undoStack()->count(), 1);

    // A refused value: the editor stays with the text and the rule; nothing is written.
    const QByteArray before = m_tdb->contentFingerprint();
    const QModelIndex rpe = model->index(1, ui::RoutineTreeModel::RpeColumn, squat);
    editor = typeInto(view, rpe, QStringLiteral("11"));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(QApplication::focusWidget(), editor);
    QCOMPARE(editor->text(), QStringLiteral("11"));
    QVERIFY2(editor->property("refusal").toString().contains(QStringLiteral("target_rpe")),
             qPrintable(editor->property("refusal").toString()));
    QTest::keyClick(editor, Qt::Key_Escape);
    QCoreApplication::processEvents();
    QCOMPARE(m_tdb->contentFingerprint(), before);

    // The tempo in any accepted form is stored in its normal form.
    const QModelIndex tempo = model->index(1, ui::RoutineTreeModel::TempoColumn, squat);
    editor = typeInto(view, tempo, QStringLiteral("31x0"));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(tree().days.first().exerciseSlots.at(1).sets.at(1).targetTempo,
                 std::optional(QStringLiteral("3-1-X-0")));
}

void TestRoutinesPage::dropThroughTheView()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTreeView *view = m_page->treeView();
    ui::RoutineTreeModel *model = m_page->tree();
    view->expandAll();
    const QModelIndex firstSlot = model->index(0, 0, model->index(0, 0));
    const QModelIndex lastSet = model->index(2, 0, firstSlot);
    const core::Id moved = model->idOf(lastSet);
    const QByteArray before = m_tdb->contentFingerprint();
    std::unique_ptr<QMimeData> data(model->mimeData({ lastSet }));
    QVERIFY(data);
    // Dropped on the upper part of the first set: before it.
    const QRect target = view->visualRect(model->index(0, 0, firstSlot));
    const QPoint at(target.center().x(), target.top() + 2);
    QDragEnterEvent enter(at, Qt::MoveAction | Qt::CopyAction, data.get(), Qt::LeftButton,
                          Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(at, Qt::MoveAction | Qt::CopyAction, data.get(), Qt::LeftButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(at, Qt::MoveAction | Qt::CopyAction, data.get(), Qt::LeftButton,
                    Qt::NoModifier);
    // What a drag without Ctrl does (the offscreen platform has no drag to propose it).
    drop.setDropAction(Qt::MoveAction);
    QCoreApplication::sendEvent(view->viewport(), &drop);
    const RoutineTree after = tree();
    QCOMPARE(after.days.first().exerciseSlots.first().sets.size(), 3);
    QCOMPARE(after.days.first().exerciseSlots.first().sets.first().id, moved);
    QCOMPARE(model->idOf(model->index(0, 0, firstSlot)), moved);
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(m_tdb->contentFingerprint(), before);
}

void TestRoutinesPage::summaryFollowsEdits()
{
    const auto quads = [this] {
        return m_page->summary().muscle(QStringLiteral("QUADS")).setsPerWeek;
    };
    // Two days a pass (7/2 passes a week); squats: 1 working set on day 1, 1 on day 2.
    QCOMPARE(m_page->summary().passesPerWeek, 3.5);
    QCOMPARE(quads(), 7.0);
    const core::Id squatSet = setId(1, 0, 0);
    FT_VERIFY_OK(ui::commands::editRoutine(
        *m_session, QStringLiteral("t"), m_graph.routine.id,
        [&](core::Database &db) { return statusOf(addSetsLike(db, squatSet, 2)); }));
    QCOMPARE(quads(), 14.0);
    m_session->undoStack()->undo();
    QCOMPARE(quads(), 7.0);
}

void TestRoutinesPage::printoutShowsTheRoutine()
{
    const RoutineTree t = tree();
    ui::RoutinePrinter printer(t, QStringLiteral("a1b2c3d4"), m_session->weightFormat());
    const QString day = printer.dayHtml(t.days.first());
    QVERIFY(day.contains(QStringLiteral("Day 1")));
    QVERIFY(day.contains(QStringLiteral("100")));
    QVERIFY(printer.headerHtml().contains(QStringLiteral("a1b2c3d4")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("routine.pdf"));
    QVERIFY(m_page->writePdf(path, false));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    // A long routine: more pages, each day whole on one.
    RoutineTree big = t;
    for (int i = 0; i < 12; ++i)
        big.days.append(t.days.first());
    QPdfWriter writer(dir.filePath(QStringLiteral("big.pdf")));
    QVERIFY(ui::RoutinePrinter(big, QStringLiteral("x"), m_session->weightFormat()).print(writer)
            > 1);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestRoutinesPage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return ft::test::runDatabaseTests(&test, argc, argv);
}
#include "tst_routinespage.moc"
