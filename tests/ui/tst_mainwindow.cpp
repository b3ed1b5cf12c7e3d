// The real main window, offscreen: pages, the current-athlete selector, the athletes page's
// create / edit / search / delete flows, and what happens when a database cannot be opened.
#include "accessibility.h"
#include "dialogs.h"
#include "testdatabase.h"
#include "testmain.h"

#include "core/athletes/athletes.h"
#include "core/settings.h"
#include "ui/commands/commands.h"
#include "ui/databaseactions.h"
#include "ui/dialogs/athletedialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/models/athletetablemodel.h"
#include "ui/pages/athletespage.h"
#include "ui/pages/exercisespage.h"
#include "ui/session.h"
#include "ui/widgets/exerciseeditor.h"

#include "core/catalog/catalogstore.h"

#include <QUndoStack>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ft;
using namespace Qt::StringLiterals;

using test::onNextDialog;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pagesSwitchAndAreRemembered();
    void createEditSearchDelete();
    void invalidInputKeepsDialogOpen();
    void failedOpenKeepsCurrentDatabase();
    void everyControlHasAnAccessibleName();
    void importExercisesFromFreeExerciseDb();
    void ctrlZUndoesAnExerciseEditAndAnAthleteDeletion();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_settingsDir;
};

void TestMainWindow::init()
{
    core::Settings::useFile(m_settingsDir.filePath(
        u"settings-%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->create(), qPrintable(m_db->errorString()));
    m_window = std::make_unique<ui::MainWindow>();
    m_window->show();
    QVERIFY(m_window->databaseActions()->openDatabase(m_db->url(), true));
    QVERIFY(m_window->database());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_db.reset();
}

void TestMainWindow::pagesSwitchAndAreRemembered()
{
    auto *list = m_window->findChild<QListView *>(u"pageList"_s);
    auto *stack = m_window->findChild<QStackedWidget *>(u"pageStack"_s);
    QVERIFY(list && stack);
    QAbstractItemModelTester tester(list->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list->model()->rowCount(), 7);

    const QStringList ids = { u"athletes"_s, u"exercises"_s, u"routines"_s, u"log"_s,
                              u"history"_s,  u"progress"_s,  u"body"_s };
    for (int i = 0; i < ids.size(); ++i) {
        list->setCurrentIndex(list->model()->index(i, 0));
        QCOMPARE(stack->currentIndex(), i);
        QCOMPARE(m_window->currentPageId(), ids.at(i));
    }
    m_window->showPage(u"routines"_s);
    QCOMPARE(m_window->currentPageId(), u"routines"_s);
    QCOMPARE(list->currentIndex().row(), 2);

    // Closing remembers the page and the database; a new window starts there.
    m_window->close();
    QCOMPARE(core::Settings::instance().value(core::Settings::Key::CurrentPage).toString(),
             u"routines"_s);
    QCOMPARE(core::Settings::instance().value(core::Settings::Key::LastDatabase).toString(),
             m_db->url().toString(false));
    ui::MainWindow second;
    QCOMPARE(second.currentPageId(), u"routines"_s);
}

void TestMainWindow::createEditSearchDelete()
{
    m_window->showPage(u"athletes"_s);
    auto *page = qobject_cast<ui::AthletesPage *>(m_window->page(u"athletes"_s));
    QVERIFY(page);
    auto *table = page->findChild<QTableView *>(u"athleteTable"_s);
    auto *selector = m_window->findChild<QComboBox *>(u"athleteSelector"_s);
    QVERIFY(table && selector);
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(selector->currentIndex(), -1);

    // Create through the dialog, typing as a user would.
    onNextDialog([](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"usernameEdit"_s), u" maria "_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"emailEdit"_s), u"Maria@Example.COM"_s);
        dialog->findChild<QLineEdit *>(u"fullNameEdit"_s)
            ->insert(u"María López"_s); // keyClicks is ASCII-only
        dialog->findChild<QSpinBox *>(u"birthYearSpin"_s)->setValue(1990);
        dialog->findChild<QSpinBox *>(u"heightSpin"_s)->setValue(168);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    });
    page->newAthlete();
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(selector->currentText(), u"María López"_s);
    auto stored = core::findAthlete(*m_window->database(), u"maria"_s);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    QCOMPARE(stored->user.email, u"maria@example.com"_s);
    QVERIFY(stored->profile);
    QCOMPARE(stored->profile->birthYear, std::optional<int>(1990));
    QCOMPARE(stored->profile->heightCm, std::optional<int>(168));

    // A second athlete, created in core, shows up after a reload through the page.
    onNextDialog([](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"usernameEdit"_s), u"tom"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"emailEdit"_s), u"tom@example.com"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    });
    page->newAthlete();
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(selector->count(), 2);

    // Search narrows the list.
    auto *search = page->findChild<QLineEdit *>(u"athleteSearch"_s);
    search->insert(u"LÓPEZ"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, u"example"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    search->clear();

    // Edit: select María, change the height.
    const QModelIndexList maria =
        table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, u"María López"_s);
    QCOMPARE(maria.size(), 1);
    table->selectRow(maria.first().row());
    onNextDialog([](QDialog *dialog) {
        dialog->findChild<QSpinBox *>(u"heightSpin"_s)->setValue(170);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    });
    page->editAthlete();
    stored = core::findAthlete(*m_window->database(), u"maria"_s);
    QVERIFY(stored && stored->profile);
    QCOMPARE(stored->profile->heightCm, std::optional<int>(170));

    // Delete asks first: "Cancel" keeps her, "Yes" removes her and says what goes with her.
    table->selectRow(table->model()
                         ->match(table->model()->index(0, 0), Qt::DisplayRole, u"María López"_s)
                         .first()
                         .row());
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    page->deleteAthlete();
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(ui::MessageBox::lastText().contains(u"routine"_s));
    table->selectRow(table->model()
                         ->match(table->model()->index(0, 0), Qt::DisplayRole, u"María López"_s)
                         .first()
                         .row());
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    page->deleteAthlete();
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(!core::findAthlete(*m_window->database(), u"maria"_s));
    QCOMPARE(selector->currentText(), u"tom"_s);
}

void TestMainWindow::invalidInputKeepsDialogOpen()
{
    auto *page = qobject_cast<ui::AthletesPage *>(m_window->page(u"athletes"_s));
    bool sawError = false;
    onNextDialog([&sawError](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"usernameEdit"_s), u"ann"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"emailEdit"_s), u"not-an-email"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        // Still open, the error names the field, the email field has the focus, typing is kept.
        QVERIFY(dialog->isVisible());
        auto *error = dialog->findChild<QLabel *>(u"errorLabel"_s);
        sawError =
            error->text().contains(u"users.email"_s) && error->text().contains(u"not-an-email"_s);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"usernameEdit"_s)->text(), u"ann"_s);
        QCOMPARE(dialog->focusWidget(), dialog->findChild<QLineEdit *>(u"emailEdit"_s));
    });
    page->newAthlete();
    QVERIFY(sawError);
    auto count = core::listAthletes(*m_window->database());
    QVERIFY(count);
    QCOMPARE(count->size(), 0);
}

void TestMainWindow::failedOpenKeepsCurrentDatabase()
{
    const QString before = m_window->database()->url().displayName();
    const QString junk = m_db->tempPath(u"notes.txt"_s);
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("shopping list\n");
    file.close();

    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->databaseActions()->openDatabase(core::DatabaseUrl::sqliteFile(junk)));
    QVERIFY(ui::MessageBox::lastText().contains(u"not an SQLite database"_s));
    QVERIFY(ui::MessageBox::lastText().contains(u"stays open"_s));
    QCOMPARE(m_window->database()->url().displayName(), before);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("shopping list\n"));

    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->databaseActions()->openDatabase(
        core::DatabaseUrl::sqliteFile(m_db->tempPath(u"missing.sqlite"_s))));
    QVERIFY(!QFile::exists(m_db->tempPath(u"missing.sqlite"_s)));
    QCOMPARE(m_window->database()->url().displayName(), before);
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    // Inputs and views must be findable by screen readers and automated tours; buttons speak
    // through their text.
    const QStringList unnamed = test::unnamedControls(m_window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestMainWindow::importExercisesFromFreeExerciseDb()
{
    const auto countExercises = [this] {
        auto n = m_window->database()->scalar(u"SELECT COUNT(*) FROM exercises"_s);
        return n ? n->toLongLong() : -1;
    };
    const qint64 before = countExercises();
    QVERIFY(before > 0); // the bundled catalog

    // A malformed file: an error that says so, and nothing written.
    const QString bad = QFINDTESTDATA(u"../data/free-exercise-db/not-json.json"_s);
    QVERIFY(!bad.isEmpty());
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->databaseActions()->importExerciseFile(bad);
    QVERIFY(ui::MessageBox::lastText().startsWith(u"Nothing was imported"_s));
    QCOMPARE(countExercises(), before);

    // A good one adds its exercises and the report says how many.
    const QString good = QFINDTESTDATA(u"../data/free-exercise-db/exercises.json"_s);
    QVERIFY(!good.isEmpty());
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->databaseActions()->importExerciseFile(good);
    const qint64 after = countExercises();
    QVERIFY(after > before);
    QVERIFY2(ui::MessageBox::lastText().contains(QString::number(after - before)),
             qPrintable(ui::MessageBox::lastText()));

    // Importing it again adds nothing.
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->databaseActions()->importExerciseFile(good);
    QCOMPARE(countExercises(), after);
}

void TestMainWindow::ctrlZUndoesAnExerciseEditAndAnAthleteDeletion()
{
    // An athlete, then an exercise renamed on its page, then the athlete deleted on theirs.
    onNextDialog([](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"usernameEdit"_s), u"ada"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"emailEdit"_s), u"ada@example.com"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    });
    auto *athletes = qobject_cast<ui::AthletesPage *>(m_window->page(u"athletes"_s));
    QVERIFY(athletes);
    athletes->newAthlete();
    auto *table = athletes->findChild<QTableView *>(u"athleteTable"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    core::Database &db = *m_window->database();
    const auto ada = core::findAthlete(db, u"ada"_s);
    QVERIFY(ada);

    m_window->showPage(u"exercises"_s);
    auto *exercises = qobject_cast<ui::ExercisesPage *>(m_window->page(u"exercises"_s));
    QVERIFY(exercises);
    auto bench = db.scalar(u"SELECT id FROM exercises WHERE slug = 'barbell-bench-press'"_s);
    QVERIFY(bench && !bench->isNull());
    const core::Id benchId = bench->toLongLong();
    const QString originalName = core::loadExercise(db, benchId)->exercise.name;
    QVERIFY(exercises->selectExercise(benchId));
    auto *name = exercises->findChild<QLineEdit *>(u"nameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Flat Bench Press"_s);
    QVERIFY(exercises->saveExercise());
    QCOMPARE(core::loadExercise(db, benchId)->exercise.name, u"Flat Bench Press"_s);

    m_window->showPage(u"athletes"_s);
    table->selectRow(0);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    athletes->deleteAthlete();
    QVERIFY(ui::MessageBox::lastText().contains(u"Edit → Undo brings it all back"_s));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!core::findAthlete(db, u"ada"_s));
    QUndoStack *stack = m_window->session()->undoStack();
    QCOMPARE(stack->undoText(), u"Delete Athlete ada"_s);

    // Ctrl+Z twice, from the keyboard.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(table->model()->rowCount(), 1);
    const auto back = core::findAthlete(db, u"ada"_s);
    QVERIFY(back);
    QCOMPARE(back->subject.id, ada->subject.id);
    QCOMPARE(back->user.id, ada->user.id);
    QCOMPARE(m_window->findChild<QComboBox *>(u"athleteSelector"_s)->currentText(), u"ada"_s);
    QCOMPARE(stack->undoText(), u"Rename Exercise Flat Bench Press"_s);

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(core::loadExercise(db, benchId)->exercise.name, originalName);
    // The page shows what is stored again.
    QCOMPARE(exercises->editor()->exercise().exercise.name, originalName);
    // And Ctrl+Shift+Z redoes.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(core::loadExercise(db, benchId)->exercise.name, u"Flat Bench Press"_s);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestMainWindow test;
    return ft::test::runDatabaseTests(&test, argc, argv);
}

#include "tst_mainwindow.moc"
