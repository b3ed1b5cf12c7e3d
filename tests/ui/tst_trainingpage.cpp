// The Training Log page (ui/pages/trainingpage.h) on a real database: an athlete with a routine
// (one day, two exercises × 3 planned sets) and a started cycle starts today's session from the
// page and logs it from the keyboard alone (Enter through every set, one weight typed, one set
// added); the set logs are checked in the database, the figures on the page, the rest timer,
// undo back to the content fingerprint, and the model under QAbstractItemModelTester. A refused
// value keeps its text and writes nothing.
#include "accessibility.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"
#include "uitesthelpers.h"

#include "core/athletes/athletes.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalogstore.h"
#include "core/db/database.h"
#include "core/log/traininglog.h"
#include "core/plan/routineedit.h"
#include "ui/commands/commands.h"
#include "ui/models/sessionsheetmodel.h"
#include "ui/pages/trainingpage.h"
#include "ui/session.h"
#include "ui/widgets/resttimer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace ft;
using ft::test::typeInto;
using Sheet = ui::SessionSheetModel;

namespace {

// One set log as read back from the database, bypassing core.
struct LoggedRow
{
    qint64 exerciseId = 0;
    QVariant plannedSetId;
    int setIndex = 0;
    double weightKg = 0;
    int reps = 0;
    QVariant restS;
};

} // namespace

class TestTrainingPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void logsAWholeSessionFromTheKeyboard();
    void refusedValueKeepsTheTextAndWritesNothing();
    void startsTheNextCycleInOneStep();
    void restTimerCountsDownAndAdjusts();
    void lastTimeAndBestFollowEarlierSessions();

private:
    QList<LoggedRow> loggedRows();
    void startToday();

    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<ui::TrainingPage> m_page;
    core::Id m_subject = 0;
    core::Id m_routine = 0;
    core::Id m_day = 0;
    core::Id m_cycle = 0;
    core::Id m_squat = 0;
    core::Id m_bench = 0;
    QList<core::Id> m_squatSets;
    QList<core::Id> m_benchSets;
    QByteArray m_beforeSession;
};

void TestTrainingPage::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_tdb->createMigrated(), qPrintable(m_tdb->errorString()));
    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    core::Database &d = **db;
    FT_VERIFY_OK(core::installBundledCatalog(d));
    auto athlete = core::addAthlete(d,
                                    { QStringLiteral("lena"), QStringLiteral("lena@example.org"),
                                      QStringLiteral("Lena Lifter") });
    FT_VERIFY_OK(athlete);
    m_subject = athlete->subject.id;
    for (auto [slug, id] : { std::pair { QStringLiteral("barbell-back-squat"), &m_squat },
                             std::pair { QStringLiteral("barbell-bench-press"), &m_bench } }) {
        auto found = core::findExerciseByIdOrSlug(d, slug);
        FT_VERIFY_OK(found);
        QVERIFY(found->has_value());
        *id = **found;
    }
    auto routine = core::plan::createRoutine(d, m_subject, QStringLiteral("Strength"));
    FT_VERIFY_OK(routine);
    m_routine = *routine;
    auto day = core::plan::insertDay(d, *routine, core::plan::atEnd,
                                     { QStringLiteral("Full Body"), false, {} });
    FT_VERIFY_OK(day);
    m_day = *day;
    // Squats 100 kg × 5 with 2:00 rest, bench press 60 kg × 8 with 1:30.
    for (auto [exercise, kg, reps, rest, ids] :
         { std::tuple { m_squat, 100.0, 5, 120, &m_squatSets },
           std::tuple { m_bench, 60.0, 8, 90, &m_benchSets } }) {
        auto slot = core::plan::insertSlot(d, *day, exercise);
        FT_VERIFY_OK(slot);
        for (int i = 0; i < 3; ++i) {
            core::PlannedSet planned;
            planned.targetWeightKg = kg;
            planned.targetReps = reps;
            planned.targetRestS = rest;
            auto set = core::plan::insertSet(d, *slot, core::plan::atEnd, planned);
            FT_VERIFY_OK(set);
            ids->append(*set);
        }
    }
    auto cycle = core::log::startCycle(d, m_subject, *routine, QDate::currentDate().addDays(-1));
    FT_VERIFY_OK(cycle);
    m_cycle = cycle->id;

    m_session = std::make_unique<ui::Session>();
    m_session->setDatabase(std::move(*db));
    m_session->setCurrentAthlete(m_subject);
    m_page = std::make_unique<ui::TrainingPage>(*m_session);
    m_page->resize(1300, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QCOMPARE(m_page->sheet()->rowCount(), 0);
    const QStringList unnamed = test::unnamedControls(m_page.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u' ')));
}

void TestTrainingPage::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_tdb.reset();
}

QList<LoggedRow> TestTrainingPage::loggedRows()
{
    QList<LoggedRow> rows;
    {
        QSqlQuery query(m_tdb->raw());
        if (!query.exec(QStringLiteral(
                "SELECT exercise_id, planned_set_id, set_index, actual_weight_kg, actual_reps, "
                "actual_rest_s FROM exercise_set_logs ORDER BY exercise_id, set_index")))
            qWarning() << query.lastError().text();
        while (query.next()) {
            rows.append({ query.value(0).toLongLong(), query.value(1), query.value(2).toInt(),
                          query.value(3).toDouble(), query.value(4).toInt(), query.value(5) });
        }
    }
    m_tdb->closeRaw();
    return rows;
}

// Clicks "Start Today's Session": the session from the cycle's next day, every planned set a
// pending row, the first one current.
void TestTrainingPage::startToday()
{
    m_beforeSession = m_tdb->contentFingerprint();
    auto *start = m_page->findChild<QPushButton *>(QStringLiteral("startTodayButton"));
    QVERIFY(start);
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    ui::SessionSheetModel *model = m_page->sheet();
    QVERIFY2(model->sessionId() != 0, qPrintable(m_page->errorText()));
    QCOMPARE(m_session->undoStack()->count(), 1);
    QCOMPARE(model->rowCount(), 2);
    const QModelIndex squat = model->index(0, 0);
    QCOMPARE(model->data(squat, Sheet::ExerciseIdRole).value<core::Id>(), m_squat);
    QCOMPARE(model->rowCount(squat), 3);
    QCOMPARE(model->rowCount(model->index(1, 0)), 3);
    const QModelIndex first = model->index(0, Sheet::WeightColumn, squat);
    QVERIFY(model->isPending(first));
    // The plan is the default, shown in the display unit.
    QCOMPARE(first.data().toString(), QStringLiteral("100"));
    QCOMPARE(model->index(0, Sheet::StatusColumn, squat).data().toString(),
             QStringLiteral("Pending"));
    QCOMPARE(m_page->view()->currentIndex().siblingAtColumn(0), first.siblingAtColumn(0));
    QVERIFY(m_page->view()->hasFocus());
}

void TestTrainingPage::logsAWholeSessionFromTheKeyboard()
{
    ui::SessionSheetModel *model = m_page->sheet();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray before = m_tdb->contentFingerprint();
    startToday();
    QTreeView *view = m_page->view();

    // The first squat set at 102.5 kg: typed into the pending row, then Enter confirms it.
    const QModelIndex squat = model->index(0, 0);
    QLineEdit *editor =
        typeInto(view, model->index(0, Sheet::WeightColumn, squat), QStringLiteral("102.5"));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model->index(0, Sheet::WeightColumn, squat).data().toString(),
                 QStringLiteral("102.5"));
    QTRY_VERIFY(view->hasFocus());
    // Typing wrote nothing: the value waits for the confirmation.
    QCOMPARE(loggedRows().size(), 0);

    // Enter through every set.
    QVERIFY(!m_page->restTimer()->isRunning());
    for (int i = 0; i < 6; ++i) {
        QVERIFY(model->isPending(view->currentIndex()));
        QTest::keyClick(view, Qt::Key_Return);
        if (i == 0) {
            // The rest timer counts down the next set's planned rest, 2:00.
            QVERIFY(m_page->restTimer()->isRunning());
            QVERIFY(m_page->restTimer()->remainingSeconds() > 100);
            QVERIFY(m_page->restTimer()->remainingSeconds() <= 120);
        }
    }
    QVERIFY(!model->nextPending(QModelIndex()).isValid());
    QCOMPARE(m_session->undoStack()->count(), 7);

    // One set more after the last bench press set, from the keyboard (Insert).
    const QModelIndex bench = model->index(1, 0);
    view->setCurrentIndex(model->index(2, Sheet::WeightColumn, bench));
    QTest::keyClick(view, Qt::Key_Insert);
    QCOMPARE(model->rowCount(bench), 4);
    QCOMPARE(model->index(3, Sheet::StatusColumn, bench).data().toString(),
             QStringLiteral("Unplanned"));
    QCOMPARE(m_session->undoStack()->count(), 8);

    // The rows in the database: every planned set answered in order, the typed weight, the
    // added set without a plan after them.
    const QList<LoggedRow> rows = loggedRows();
    QCOMPARE(rows.size(), 7);
    const auto check = [&](const LoggedRow &row, core::Id exercise, std::optional<core::Id> plan,
                           int index, double kg, int reps) {
        QCOMPARE(row.exerciseId, exercise);
        QCOMPARE(row.plannedSetId.isNull(), !plan.has_value());
        if (plan)
            QCOMPARE(row.plannedSetId.toLongLong(), *plan);
        QCOMPARE(row.setIndex, index);
        QCOMPARE(row.weightKg, kg);
        QCOMPARE(row.reps, reps);
    };
    const bool squatFirst = m_squat < m_bench;
    const QList<LoggedRow> squats = squatFirst ? rows.mid(0, 3) : rows.mid(4, 3);
    const QList<LoggedRow> benches = squatFirst ? rows.mid(3, 4) : rows.mid(0, 4);
    for (int i = 0; i < 3; ++i) {
        check(squats.at(i), m_squat, m_squatSets.at(i), i + 1, i == 0 ? 102.5 : 100.0, 5);
        check(benches.at(i), m_bench, m_benchSets.at(i), i + 1, 60.0, 8);
    }
    check(benches.at(3), m_bench, std::nullopt, 4, 60.0, 8);
    // Every set after the first has its rest from the clock: the seconds since the previous
    // confirmation (the test presses Enter at once), not the planned 2:00 or 1:30.
    for (const QList<LoggedRow> *list : { &squats, &benches }) {
        for (const LoggedRow &row : *list) {
            if (&row == &squats.first())
                continue;
            QVERIFY(!row.restS.isNull());
            QVERIFY2(row.restS.toInt() < 30, qPrintable(row.restS.toString()));
        }
    }

    // The figures shown: 6 of 6 planned working sets, one unplanned, the tonnage
    // 102.5×5 + 2×100×5 + 4×60×8 = 3432.5 kg, load adherence (1.025 + 5) / 6 ≈ 100 %.
    const QString figures = m_page->figuresText();
    QVERIFY2(figures.contains(QStringLiteral("Planned working sets 6/6")), qPrintable(figures));
    QVERIFY2(figures.contains(QStringLiteral("Unplanned sets 1")), qPrintable(figures));
    QVERIFY2(figures.contains(QStringLiteral("Tonnage 3432.5 kg")), qPrintable(figures));
    QVERIFY2(figures.contains(QStringLiteral("Load 100 %")), qPrintable(figures));
    QVERIFY2(figures.contains(QStringLiteral("Reps 100 %")), qPrintable(figures));
    // The difference from the plan where there is one.
    QCOMPARE(model->index(0, Sheet::VersusPlanColumn, squat).data().toString(),
             QStringLiteral("+2.5 kg"));
    QCOMPARE(model->index(1, Sheet::VersusPlanColumn, squat).data().toString(), QString());

    // Changing a logged set's weight updates its log (one more undo step).
    editor = typeInto(view, model->index(1, Sheet::RepsColumn, squat), QStringLiteral("6"));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model->index(1, Sheet::RepsColumn, squat).data().toString(), QStringLiteral("6"));
    QCOMPARE(model->index(1, Sheet::VersusPlanColumn, squat).data().toString(),
             QStringLiteral("+1 rep"));
    QCOMPARE(m_session->undoStack()->count(), 9);

    // Undo takes everything back, session and cycle state included.
    while (m_session->undoStack()->canUndo())
        m_session->undoStack()->undo();
    QCOMPARE(m_tdb->contentFingerprint(), before);
    QCOMPARE(model->rowCount(), 0);
}

void TestTrainingPage::refusedValueKeepsTheTextAndWritesNothing()
{
    ui::SessionSheetModel *model = m_page->sheet();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    startToday();
    QTreeView *view = m_page->view();
    QTest::keyClick(view, Qt::Key_Return);
    const QModelIndex squat = model->index(0, 0);
    QVERIFY(!model->isPending(model->index(0, 0, squat)));
    const QByteArray before = m_tdb->contentFingerprint();
    const int steps = m_session->undoStack()->count();

    // On the logged set and on the pending one: refused, the text stays to correct.
    for (int row : { 0, 1 }) {
        QLineEdit *editor =
            typeInto(view, model->index(row, Sheet::RepsColumn, squat), QStringLiteral("-3"));
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(QApplication::focusWidget(), editor);
        QCOMPARE(editor->text(), QStringLiteral("-3"));
        const QString error = m_page->errorText();
        QVERIFY2(error.contains(QStringLiteral("exercise_set_logs.actual_reps"))
                     && error.contains(QStringLiteral("-3")),
                 qPrintable(error));
        QTest::keyClick(editor, Qt::Key_Escape);
        QCoreApplication::processEvents();
        QCOMPARE(model->index(row, Sheet::RepsColumn, squat).data().toString(),
                 QStringLiteral("5"));
    }
    QCOMPARE(m_tdb->contentFingerprint(), before);
    QCOMPARE(m_session->undoStack()->count(), steps);
}

// The routine has one training day: after yesterday's session the cycle is through, and today's
// session opens cycle 2. Starting the cycle and the session is one undo step.
void TestTrainingPage::startsTheNextCycleInOneStep()
{
    FT_VERIFY_OK(core::log::createSession(*m_session->database(), m_subject,
                                          QDate::currentDate().addDays(-1), m_day, m_cycle));
    const QByteArray before = m_tdb->contentFingerprint();
    m_page->startToday();
    ui::SessionSheetModel *model = m_page->sheet();
    QVERIFY2(model->sessionId() != 0, qPrintable(m_page->errorText()));
    QCOMPARE(m_session->undoStack()->count(), 1);
    const auto &sheet = model->sheet();
    QVERIFY(sheet->cycle);
    QCOMPARE(sheet->cycle->cycleNumber, 2);
    QCOMPARE(sheet->cycle->routineId, m_routine);
    QCOMPARE(sheet->session.routineDayId, std::optional(m_day));
    // Cycle 1 ended yesterday, the day it began: one open cycle of the routine at a time.
    QCOMPARE(
        m_tdb->rawScalar(QStringLiteral("SELECT ended_on FROM cycles WHERE id = %1").arg(m_cycle))
            .toDate(),
        QDate::currentDate().addDays(-1));
    m_tdb->closeRaw();
    QCOMPARE(model->rowCount(), 2);
    m_session->undoStack()->undo();
    QCOMPARE(m_tdb->contentFingerprint(), before);
    QCOMPARE(model->rowCount(), 0);
}

void TestTrainingPage::restTimerCountsDownAndAdjusts()
{
    ui::RestTimer *timer = m_page->restTimer();
    QSignalSpy texts(m_page.get(), &ui::TrainingPage::restTimerTextChanged);
    QSignalSpy zero(timer, &ui::RestTimer::zeroReached);
    timer->start(90);
    QCOMPARE(timer->text(), QStringLiteral("Rest 1:30"));
    QVERIFY(!texts.isEmpty());
    QCOMPARE(texts.last().at(0).toString(), QStringLiteral("Rest 1:30"));
    timer->adjust(15);
    QCOMPARE(timer->remainingSeconds(), 105);
    timer->adjust(-15);
    timer->adjust(-15);
    QCOMPARE(timer->remainingSeconds(), 75);
    // Shortened below what has passed: it is over at once.
    timer->adjust(-600);
    QTRY_COMPARE(zero.count(), 1);
    QCOMPARE(timer->text(), QStringLiteral("Rest over"));
    timer->stop();
    QCOMPARE(texts.last().at(0).toString(), QString());
    // A short rest runs out by itself.
    timer->start(1);
    QTRY_COMPARE_WITH_TIMEOUT(zero.count(), 2, 3000);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestTrainingPage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return ft::test::runDatabaseTests(&test, argc, argv);
}
// Logging today's sets keeps last time and best as they were read (they are about earlier days);
// a set logged into an earlier session, and its undo, change them.
void TestTrainingPage::lastTimeAndBestFollowEarlierSessions()
{
    startToday();
    ui::SessionSheetModel *model = m_page->sheet();
    const auto squatHistory = [&] { return model->sheet()->exercises.first().history; };
    QVERIFY(!squatHistory().lastDate.isValid());
    QVERIFY(!squatHistory().heaviestKg);

    const QModelIndex squat = model->index(0, 0);
    FT_VERIFY_OK(model->confirm(model->index(0, 0, squat), std::nullopt));
    QCOMPARE(model->sheet()->figures.doneWorkingSets, 1);
    QVERIFY(!squatHistory().heaviestKg); // today's set is not "before"

    const QDate yesterday = QDate::currentDate().addDays(-1);
    core::Id earlier = 0;
    FT_VERIFY_OK(ui::commands::editSessionsOf(
        *m_session, QStringLiteral("Backfill"), m_subject, [&](core::Database &db) -> core::Status {
            auto created = core::log::createSession(db, m_subject, yesterday);
            if (!created)
                return created.error();
            earlier = created->id;
            return {};
        }));
    core::log::SetEntry entry;
    entry.exerciseId = m_squat;
    entry.weightKg = 110;
    entry.reps = 3;
    FT_VERIFY_OK(ui::commands::editSession(
        *m_session, QStringLiteral("Log Set"), earlier, [&](core::Database &db) -> core::Status {
            auto logged = core::log::logSet(db, m_subject, earlier, entry,
                                            QDateTime(yesterday, QTime(18, 0)));
            return logged ? core::Status() : core::Status(logged.error());
        }));
    QCOMPARE(squatHistory().lastDate, yesterday);
    QCOMPARE(squatHistory().heaviestKg, std::optional<double>(110));
    QCOMPARE(squatHistory().heaviestOn, yesterday);
    // Today's logged set is still there.
    QCOMPARE(model->sheet()->figures.doneWorkingSets, 1);

    m_session->undoStack()->undo();
    QVERIFY(!squatHistory().heaviestKg);
    QVERIFY(!squatHistory().lastDate.isValid());
}

#include "tst_trainingpage.moc"
