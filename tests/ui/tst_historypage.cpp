// The History page (ui/pages/historypage.h) on a real database: the calendar marks a completed,
// a pending and a missed planned day; the list shows each session's plan-versus-actual figures;
// moving a session to a free day and (refused) to a taken one; deleting with the confirmation;
// every write undoes to the same content; the cycles panel starts and ends a cycle; every model
// passes QAbstractItemModelTester while it follows the changes.
#include "dialogs.h"
#include "sampledata.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include "core/db/database.h"
#include "core/log/traininglog.h"
#include "core/plan/routineedit.h"
#include "ui/commands/commands.h"
#include "ui/messagebox.h"
#include "ui/models/cyclelistmodel.h"
#include "ui/models/sessionlistmodel.h"
#include "ui/pages/historypage.h"
#include "ui/session.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace ft;
using core::log::DayMark;
using test::onNextDialog;
using Column = ui::SessionListModel::Column;

namespace {

void clickOk(QDialog *dialog)
{
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(ok);
    ok->click();
}

core::Status statusOf(const auto &result)
{
    return result ? core::Status() : core::Status(result.error());
}

} // namespace

class TestHistoryPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void calendarMarksCompletedPendingAndMissedDays();
    void listShowsTheSessionFigures();
    void moveToAFreeDayAndUndo();
    void moveToATakenDayIsRefused();
    void deleteWithConfirmationAndUndo();
    void cyclesPanelStartsAndEndsACycle();
    void modelsPassTheTester();

private:
    QString cell(int row, int column) const;
    QAction *action(const char *name) const;

    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<ui::HistoryPage> m_page;
    test::SampleGraph m_graph;
    core::Id m_completed = 0; // the session of 2024-05-04, finished
    core::Id m_legsDay = 0;
};

// The sample routine gets day 2 "Pull" (one set of 50 kg x 10) and day 3 "Legs". Cycle 1 starts
// on 2024-05-01, so Push falls on the 1st, Pull on the 2nd, Legs on the 3rd. The sample session
// of 2024-05-02 (Push, 60 x 8 as planned) stays pending; Pull is done on 2024-05-04 with
// 55 x 10 and finished; Legs is never done: missed on the 3rd.
void TestHistoryPage::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_tdb->createMigrated(), qPrintable(m_tdb->errorString()));
    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    core::Database &d = **db;
    auto graph = test::createSampleGraph(d);
    FT_VERIFY_OK(graph);
    m_graph = *graph;
    FT_VERIFY_OK(test::createOtherAthlete(d));
    const core::Id routine = m_graph.routine.id;
    auto pull =
        core::plan::insertDay(d, routine, core::plan::atEnd, { QStringLiteral("Pull"), false, {} });
    FT_VERIFY_OK(pull);
    auto legs =
        core::plan::insertDay(d, routine, core::plan::atEnd, { QStringLiteral("Legs"), false, {} });
    FT_VERIFY_OK(legs);
    m_legsDay = *legs;
    for (core::Id day : { *pull, *legs }) {
        auto slot = core::plan::insertSlot(d, day, m_graph.exercise.id);
        FT_VERIFY_OK(slot);
        core::PlannedSet planned;
        planned.targetWeightKg = 50;
        planned.targetReps = 10;
        FT_VERIFY_OK(core::plan::insertSet(d, *slot, core::plan::atEnd, planned));
    }
    auto session =
        core::log::createSession(d, m_graph.subject.id, QDate(2024, 5, 4), *pull, m_graph.cycle.id);
    FT_VERIFY_OK(session);
    m_completed = session->id;
    auto sheet = core::log::loadSessionSheet(d, m_completed);
    FT_VERIFY_OK(sheet);
    QCOMPARE(sheet->exercises.size(), 1);
    const core::log::SetPair &row = sheet->exercises.first().rows.first();
    QVERIFY(row.planned);
    core::log::SetEntry entry = core::log::entryFromPlan(m_graph.exercise.id, *row.planned);
    entry.weightKg = 55;
    FT_VERIFY_OK(core::log::logSet(d, m_graph.subject.id, m_completed, entry,
                                   QDateTime(QDate(2024, 5, 4), QTime(18, 0))));
    FT_VERIFY_OK(core::log::finishSession(d, m_completed));

    m_session = std::make_unique<ui::Session>();
    m_session->setDatabase(std::move(*db));
    m_session->setCurrentAthlete(m_graph.subject.id);
    m_page = std::make_unique<ui::HistoryPage>(*m_session);
    m_page->resize(1280, 800);
    m_page->show();
    m_page->setToday(QDate(2024, 6, 1));
    m_page->showMonth(2024, 5);
    QCOMPARE(m_page->sessions()->rowCount(), 2);
}

void TestHistoryPage::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_tdb.reset();
}

QString TestHistoryPage::cell(int row, int column) const
{
    return m_page->sessions()->index(row, column).data().toString();
}

QAction *TestHistoryPage::action(const char *name) const
{
    return m_page->findChild<QAction *>(QString::fromLatin1(name));
}

void TestHistoryPage::calendarMarksCompletedPendingAndMissedDays()
{
    QCOMPARE(m_page->markOf(QDate(2024, 5, 4)), DayMark::Completed);
    QCOMPARE(m_page->markOf(QDate(2024, 5, 2)), DayMark::Pending);
    QCOMPARE(m_page->markOf(QDate(2024, 5, 3)), DayMark::Missed);
    QCOMPARE(m_page->markOf(QDate(2024, 5, 1)), DayMark::None); // Push was done on the 2nd
    QCOMPARE(m_page->markOf(QDate(2024, 5, 20)), DayMark::None);
    // What the calendar draws: a tooltip and a background per mark, none on other days.
    QCalendarWidget *calendar = m_page->calendar();
    QCOMPARE(calendar->dateTextFormat(QDate(2024, 5, 4)).toolTip(), QStringLiteral("Completed"));
    QCOMPARE(calendar->dateTextFormat(QDate(2024, 5, 2)).toolTip(), QStringLiteral("Pending"));
    QCOMPARE(calendar->dateTextFormat(QDate(2024, 5, 3)).toolTip(),
             QStringLiteral("Missed planned day"));
    QVERIFY(calendar->dateTextFormat(QDate(2024, 5, 3)).background()
            != calendar->dateTextFormat(QDate(2024, 5, 4)).background());
    QVERIFY(calendar->dateTextFormat(QDate(2024, 5, 20)).toolTip().isEmpty());

    // Another month reloads: nothing in June; back in May the marks return.
    m_page->calendar()->setCurrentPage(2024, 6);
    QCOMPARE(m_page->sessions()->rowCount(), 0);
    QVERIFY(calendar->dateTextFormat(QDate(2024, 5, 4)).toolTip().isEmpty());
    QCOMPARE(m_page->markOf(QDate(2024, 6, 4)), DayMark::None);
    // Keyboard: Page Up goes back a month in the calendar.
    calendar->setFocus();
    calendar->setSelectedDate(QDate(2024, 6, 4));
    QWidget *grid = calendar->findChild<QTableView *>();
    QVERIFY(grid);
    QTest::keyClick(grid, Qt::Key_PageUp);
    QCOMPARE(calendar->monthShown(), 5);
    QCOMPARE(m_page->sessions()->rowCount(), 2);
    QCOMPARE(m_page->markOf(QDate(2024, 5, 3)), DayMark::Missed);
    // The 4th selected in the calendar selects its session in the list.
    QCOMPARE(calendar->selectedDate(), QDate(2024, 5, 4));
    QCOMPARE(m_page->sessionTable()->currentIndex().data(ui::SessionListModel::IdRole).toLongLong(),
             m_completed);
    // Enter on a day opens its session; on a past day without one it asks for a backfill.
    QSignalSpy opened(m_page.get(), &ui::HistoryPage::sessionOpenRequested);
    QSignalSpy backfill(m_page.get(), &ui::HistoryPage::backfillRequested);
    QTest::keyClick(grid, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().value<core::Id>(), m_completed);
    calendar->setSelectedDate(QDate(2024, 5, 20));
    QTest::keyClick(grid, Qt::Key_Return);
    QCOMPARE(backfill.count(), 1);
    QCOMPARE(backfill.first().first().toDate(), QDate(2024, 5, 20));
    QCOMPARE(opened.count(), 1);
}

void TestHistoryPage::listShowsTheSessionFigures()
{
    // By date: the pending Push session first, then the finished Pull session.
    QCOMPARE(m_page->sessions()->index(0, 0).data(ui::SessionListModel::IdRole).toLongLong(),
             m_graph.session.id);
    QCOMPARE(cell(0, Column::RoutineColumn), QStringLiteral("Push Pull Legs · Push"));
    QCOMPARE(cell(0, Column::CycleColumn), QStringLiteral("1"));
    QCOMPARE(cell(0, Column::StatusColumn), QStringLiteral("Pending"));
    QCOMPARE(cell(0, Column::SetsColumn), QStringLiteral("1/1"));
    QCOMPARE(cell(0, Column::LoadColumn), QStringLiteral("100 %"));
    QCOMPARE(cell(0, Column::RepsColumn), QStringLiteral("100 %"));
    QCOMPARE(cell(0, Column::UnplannedColumn), QStringLiteral("0"));
    QCOMPARE(cell(0, Column::TonnageColumn), m_session->weightFormat().format(480));

    QCOMPARE(cell(1, Column::RoutineColumn), QStringLiteral("Push Pull Legs · Pull"));
    QCOMPARE(cell(1, Column::StatusColumn), QStringLiteral("Completed"));
    QCOMPARE(cell(1, Column::SetsColumn), QStringLiteral("1/1"));
    QCOMPARE(cell(1, Column::LoadColumn), QStringLiteral("110 %")); // 55 of 50 kg
    QCOMPARE(cell(1, Column::RepsColumn), QStringLiteral("100 %"));
    QCOMPARE(cell(1, Column::TonnageColumn), m_session->weightFormat().format(550));

    // An unplanned set logged elsewhere (the Training Log page) shows up in the row.
    const core::Id sessionId = m_graph.session.id;
    core::log::SetEntry extra;
    extra.exerciseId = m_graph.exercise.id;
    extra.weightKg = 40;
    extra.reps = 12;
    FT_VERIFY_OK(ui::commands::editSession(
        *m_session, QStringLiteral("log"), sessionId, [&](core::Database &d) {
            return statusOf(core::log::logSet(d, m_graph.subject.id, sessionId, extra,
                                              QDateTime(QDate(2024, 5, 2), QTime(18, 30))));
        }));
    QCOMPARE(cell(0, Column::UnplannedColumn), QStringLiteral("1"));
    QCOMPARE(cell(0, Column::TonnageColumn), m_session->weightFormat().format(960));

    // Pounds when the preference says so.
    ui::Preferences prefs = m_session->preferences();
    prefs.weightUnit = core::WeightUnit::Pound;
    FT_VERIFY_OK(m_session->setPreferences(prefs));
    QVERIFY(cell(1, Column::TonnageColumn).endsWith(QStringLiteral(" lb")));
    prefs.weightUnit = core::WeightUnit::Kilogram;
    FT_VERIFY_OK(m_session->setPreferences(prefs));
}

void TestHistoryPage::moveToAFreeDayAndUndo()
{
    const QByteArray before = m_tdb->contentFingerprint();
    QVERIFY(m_page->selectSession(m_completed));
    onNextDialog([](QDialog *dialog) {
        auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("moveDate"));
        QVERIFY(date);
        date->setDate(QDate(2024, 5, 9));
        clickOk(dialog);
        QVERIFY(!dialog->isVisible());
    });
    action("moveSessionAction")->trigger();
    auto moved =
        core::log::sessionOn(*m_session->database(), m_graph.subject.id, QDate(2024, 5, 9));
    FT_VERIFY_OK(moved);
    QVERIFY(moved->has_value());
    QCOMPARE((*moved)->id, m_completed);
    QCOMPARE(m_page->markOf(QDate(2024, 5, 9)), DayMark::Completed);
    QCOMPARE(m_page->markOf(QDate(2024, 5, 4)), DayMark::None);
    // The list follows row by row: the session stays current.
    QCOMPARE(m_page->sessionTable()->currentIndex().data(ui::SessionListModel::IdRole).toLongLong(),
             m_completed);
    QCOMPARE(m_page->sessionTable()->currentIndex().data(ui::SessionListModel::DateRole).toDate(),
             QDate(2024, 5, 9));

    m_session->undoStack()->undo();
    QCOMPARE(m_tdb->contentFingerprint(), before);
    QCOMPARE(m_page->markOf(QDate(2024, 5, 4)), DayMark::Completed);
    QCOMPARE(m_page->markOf(QDate(2024, 5, 9)), DayMark::None);
}

void TestHistoryPage::moveToATakenDayIsRefused()
{
    const QByteArray before = m_tdb->contentFingerprint();
    const int steps = m_session->undoStack()->count();
    QVERIFY(m_page->selectSession(m_completed));
    QString refusal;
    onNextDialog([&refusal](QDialog *dialog) {
        auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("moveDate"));
        QVERIFY(date);
        date->setDate(QDate(2024, 5, 2)); // the pending session's day
        clickOk(dialog);
        // Refused: the form stays open with the day typed and says why.
        QVERIFY(dialog->isVisible());
        QCOMPARE(date->date(), QDate(2024, 5, 2));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error && !error->isHidden());
        refusal = error->text();
    });
    action("moveSessionAction")->trigger();
    QVERIFY2(refusal.contains(QStringLiteral("uq_ws_subject_date")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QStringLiteral("2024-05-02")), qPrintable(refusal));
    QCOMPARE(m_session->undoStack()->count(), steps);
    QCOMPARE(m_tdb->contentFingerprint(), before);
    QCOMPARE(m_page->markOf(QDate(2024, 5, 4)), DayMark::Completed);
}

void TestHistoryPage::deleteWithConfirmationAndUndo()
{
    const QByteArray before = m_tdb->contentFingerprint();
    QVERIFY(m_page->selectSession(m_completed));
    // Cancelled: nothing happens.
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    action("deleteSessionAction")->trigger();
    QCOMPARE(m_page->sessions()->rowCount(), 2);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    action("deleteSessionAction")->trigger();
    const QString asked = ui::MessageBox::lastText();
    QVERIFY2(asked.contains(QLocale().toString(QDate(2024, 5, 4), QLocale::LongFormat)),
             qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("1 logged set")), qPrintable(asked));
    QCOMPARE(m_page->sessions()->rowCount(), 1);
    QCOMPARE(test::rowCount(*m_session->database(), QStringLiteral("workout_sessions")),
             2); // ada's other and the other athlete's
    QCOMPARE(m_page->markOf(QDate(2024, 5, 4)), DayMark::None);
    // Its sets went with it; undo brings both back exactly.
    m_session->undoStack()->undo();
    QCOMPARE(m_tdb->contentFingerprint(), before);
    QCOMPARE(m_page->sessions()->rowCount(), 2);
    QCOMPARE(m_page->markOf(QDate(2024, 5, 4)), DayMark::Completed);
    m_session->undoStack()->redo();
    QCOMPARE(m_page->sessions()->rowCount(), 1);
}

void TestHistoryPage::cyclesPanelStartsAndEndsACycle()
{
    ui::CycleListModel *cycles = m_page->cycles();
    QCOMPARE(cycles->rowCount(), 1);
    const core::log::CycleSummary *first = cycles->rowAt(0);
    QCOMPARE(first->cycle.cycleNumber, 1);
    // Push and Pull done of three training days; Legs (the 3rd) missed.
    QCOMPARE(cycles->index(0, ui::CycleListModel::SessionsColumn).data().toString(),
             QStringLiteral("2/3"));
    QCOMPARE(cycles->index(0, ui::CycleListModel::MissedColumn).data().toInt(), 1);
    QCOMPARE(cycles->index(0, ui::CycleListModel::SetsColumn).data().toString(),
             QStringLiteral("2/2"));
    QCOMPARE(cycles->index(0, ui::CycleListModel::LoadColumn).data().toString(),
             QStringLiteral("105 %"));

    const QByteArray before = m_tdb->contentFingerprint();
    // Ending the open cycle: today is 2024-06-01.
    QVERIFY(m_page->selectCycle(first->cycle.id));
    QVERIFY(action("endCycleAction")->isEnabled());
    action("endCycleAction")->trigger();
    QCOMPARE(cycles->index(0, ui::CycleListModel::EndedColumn).data().toString(),
             QLocale().toString(QDate(2024, 6, 1), QLocale::ShortFormat));
    QVERIFY(!action("endCycleAction")->isEnabled());

    // Start Cycle… : cycle 2 of the routine, on the day and with the notes typed.
    onNextDialog([this](QDialog *dialog) {
        auto *routine = dialog->findChild<QComboBox *>(QStringLiteral("cycleRoutineCombo"));
        QVERIFY(routine);
        QCOMPARE(routine->count(), 1); // only ada's routine, not the other athlete's
        QCOMPARE(routine->currentData().toLongLong(), m_graph.routine.id);
        dialog->findChild<QDateEdit *>(QStringLiteral("cycleStartDate"))
            ->setDate(QDate(2024, 6, 3));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("cycleNotesEdit")),
                         QStringLiteral("deload first"));
        clickOk(dialog);
        QVERIFY(!dialog->isVisible());
    });
    action("startCycleAction")->trigger();
    QCOMPARE(cycles->rowCount(), 2);
    const core::log::CycleSummary *started = cycles->rowAt(0); // newest start first
    QCOMPARE(started->cycle.cycleNumber, 2);
    QCOMPARE(started->cycle.startedOn, std::optional(QDate(2024, 6, 3)));
    QCOMPARE(started->cycle.notes, std::optional(QStringLiteral("deload first")));
    QCOMPARE(m_page->cycleTable()->currentIndex().row(), 0);

    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    QCOMPARE(cycles->rowCount(), 1);
    QCOMPARE(m_tdb->contentFingerprint(), before);
}

void TestHistoryPage::modelsPassTheTester()
{
    QAbstractItemModelTester sessionsTester(m_page->sessions(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester cyclesTester(m_page->cycles(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    const core::Id subject = m_graph.subject.id;
    // A backfilled session between the two, a free one, a move past another, deletions, cycles.
    FT_VERIFY_OK(ui::commands::editSessionsOf(
        *m_session, QStringLiteral("t"), subject, [&](core::Database &d) {
            return statusOf(core::log::createSession(d, subject, QDate(2024, 5, 3), m_legsDay,
                                                     m_graph.cycle.id));
        }));
    QCOMPARE(m_page->sessions()->rowCount(), 3);
    QCOMPARE(m_page->markOf(QDate(2024, 5, 3)), DayMark::Pending);
    FT_VERIFY_OK(ui::commands::editSession(
        *m_session, QStringLiteral("t"), m_graph.session.id, [&](core::Database &d) {
            return statusOf(core::log::moveSession(d, m_graph.session.id, QDate(2024, 5, 20)));
        }));
    QCOMPARE(m_page->sessions()->index(2, 0).data(ui::SessionListModel::IdRole).toLongLong(),
             m_graph.session.id);
    FT_VERIFY_OK(ui::commands::editSessionsOf(
        *m_session, QStringLiteral("t"), subject, [&](core::Database &d) -> core::Status {
            // One open cycle per routine: the next starts when the first has ended.
            if (auto ended = core::log::endCycle(d, m_graph.cycle.id, QDate(2024, 5, 24)); !ended)
                return ended.error();
            return statusOf(
                core::log::startCycle(d, subject, m_graph.routine.id, QDate(2024, 5, 25)));
        }));
    QCOMPARE(m_page->cycles()->rowCount(), 2);
    while (m_session->undoStack()->canUndo())
        m_session->undoStack()->undo();
    QCOMPARE(m_page->sessions()->rowCount(), 2);
    QCOMPARE(m_page->cycles()->rowCount(), 1);
    QCOMPARE(m_page->markOf(QDate(2024, 5, 3)), DayMark::Missed);
    // A hidden page catches up when it is shown again.
    m_page->hide();
    m_session->undoStack()->redo();
    m_page->show();
    QCOMPARE(m_page->sessions()->rowCount(), 3);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestHistoryPage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return ft::test::runDatabaseTests(&test, argc, argv);
}
#include "tst_historypage.moc"
