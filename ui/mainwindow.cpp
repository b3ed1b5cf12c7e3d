#include "mainwindow.h"
#include "formhelpers.h"

#include "databaseactions.h"
#include "dialogs/preferencesdialog.h"
#include "messagebox.h"
#include "models/athletetablemodel.h"
#include "pages/athletespage.h"
#include "pages/bodymetricspage.h"
#include "pages/exercisespage.h"
#include "pages/historypage.h"
#include "pages/progresspage.h"
#include "pages/routinespage.h"
#include "pages/trainingpage.h"
#include "session.h"

#include "core/db/database.h"
#include "core/settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace ft::ui {

using core::Settings;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new Session(this))
    , m_actions(new DatabaseActions(*m_session, this))
    , m_pageModel(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));

    m_pageList = new QListView(this);
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setAccessibleName(tr("Pages"));
    m_pageList->setModel(m_pageModel);
    m_pageList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pageList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pageList->setFixedWidth(170);
    m_pageList->setSpacing(2);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pageStack"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_pageList);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    // The current athlete, visible on every page.
    auto *toolBar = addToolBar(tr("Athlete"));
    toolBar->setObjectName(QStringLiteral("athleteToolBar"));
    toolBar->setMovable(false);
    m_athleteCombo = new QComboBox(toolBar);
    m_athleteCombo->setObjectName(QStringLiteral("athleteSelector"));
    m_athleteCombo->setModel(m_session->athletes());
    m_athleteCombo->setModelColumn(AthleteTableModel::NameColumn);
    m_athleteCombo->setMinimumContentsLength(24);
    m_athleteCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_athleteCombo->setPlaceholderText(tr("No athlete"));
    auto *athleteLabel = new QLabel(tr("&Athlete:"), toolBar);
    athleteLabel->setBuddy(m_athleteCombo);
    athleteLabel->setContentsMargins(6, 0, 6, 0);
    m_athleteCombo->setAccessibleName(tr("Current athlete"));
    toolBar->addWidget(athleteLabel);
    toolBar->addWidget(m_athleteCombo);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);

    createPages();
    createMenus();

    connect(m_pageList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_stack->setCurrentIndex(current.row());
            });
    // The combo box picks the session's current athlete, and shows it whatever changed it.
    connect(m_athleteCombo, &QComboBox::activated, this, [this](int row) {
        if (row >= 0)
            m_session->setCurrentAthlete(m_session->athletes()->athlete(row).subject.id);
    });
    connect(m_session, &Session::currentAthleteChanged, this, &MainWindow::showCurrentAthlete);
    connect(m_session->athletes(), &QAbstractItemModel::modelReset, this,
            &MainWindow::showCurrentAthlete);
    connect(m_session, &Session::databaseChanged, this, &MainWindow::updateTitle);
    connect(m_session, &Session::statusMessage, this, &MainWindow::showStatus);
    connect(m_session, &Session::commandFailed, this,
            [this](const QString &title, const QString &message) {
                MessageBox::critical(this, title, message);
            });
    connect(m_actions, &DatabaseActions::statusMessage, this, &MainWindow::showStatus);
    connect(m_actions, &DatabaseActions::recentDatabasesChanged, this,
            &MainWindow::rebuildRecentMenu);
    connect(m_actions, &DatabaseActions::pageRequested, this, &MainWindow::showPage);

    Settings &settings = Settings::instance();
    if (!restoreGeometry(settings.value(Settings::Key::WindowGeometry).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(Settings::Key::WindowState).toByteArray());
    showPage(settings.value(Settings::Key::CurrentPage).toString());
    updateTitle();
    // Stored preferences that broke their rules were replaced by defaults (the session read them):
    // say so once, until the next message replaces it.
    if (const QStringList problems = settings.takeProblems(); !problems.isEmpty())
        statusBar()->showMessage(tr("Preferences: %1").arg(problems.join(u' ')));
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    Session &session = *m_session;
    m_pages = {
        new AthletesPage(session, this),    new ExercisesPage(session, this),
        new RoutinesPage(session, this),    new TrainingPage(session, this),
        new HistoryPage(session, this),     new ProgressPage(session, this),
        new BodyMetricsPage(session, this),
    };
    for (Page *page : m_pages) {
        m_stack->addWidget(page);
        auto *item = new QStandardItem(page->title());
        item->setData(page->pageId(), Qt::UserRole);
        item->setSizeHint(QSize(150, 32));
        m_pageModel->appendRow(item);
        connect(page, &Page::statusMessage, this, &MainWindow::showStatus);
    }
    // The rest timer stays in sight on every page.
    auto *restLabel = new QLabel(this);
    restLabel->setObjectName(QStringLiteral("restTimerStatus"));
    restLabel->setAccessibleName(tr("Rest timer"));
    restLabel->hide();
    statusBar()->addPermanentWidget(restLabel);
    if (auto *training = qobject_cast<TrainingPage *>(page(QStringLiteral("log")))) {
        connect(training, &TrainingPage::restTimerTextChanged, restLabel,
                [restLabel](const QString &text) {
                    restLabel->setText(text);
                    restLabel->setVisible(!text.isEmpty());
                });
        // History opens and backfills sessions on the Training Log page.
        if (auto *history = qobject_cast<HistoryPage *>(page(QStringLiteral("history")))) {
            connect(history, &HistoryPage::sessionOpenRequested, this,
                    [this, training](core::Id id) {
                        showPage(QStringLiteral("log"));
                        training->openSession(id);
                    });
            connect(history, &HistoryPage::backfillRequested, this,
                    [this, training](const QDate &day) {
                        showPage(QStringLiteral("log"));
                        training->startSessionOn(day);
                    });
        }
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb =
        file->addAction(tr("&New Database…"), m_actions, &DatabaseActions::newDatabase);
    newDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *openDb =
        file->addAction(tr("&Open Database…"), m_actions, &DatabaseActions::openDatabaseFile);
    openDb->setShortcut(QKeySequence::Open);
    QAction *connectDb = file->addAction(tr("&Connect to PostgreSQL…"), this,
                                         [this] { m_actions->connectToServer(); });
    connectDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("&Recent Databases"));
    file->addSeparator();
    QAction *importExercises = file->addAction(tr("&Import Exercises (free-exercise-db JSON)…"),
                                               this, [this] { m_actions->importExerciseFile(); });
    importExercises->setObjectName(QStringLiteral("importExercisesAction"));
    QAction *importWorkoutsAction =
        file->addAction(tr("Import &Workouts (Strong, Hevy, FitNotes)…"), this,
                        [this] { m_actions->importWorkouts(); });
    importWorkoutsAction->setObjectName(QStringLiteral("importWorkoutsAction"));
    importWorkoutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *importHistory =
        file->addAction(tr("Import &History…"), m_actions, &DatabaseActions::showImportHistory);
    importHistory->setObjectName(QStringLiteral("importHistoryAction"));
    file->addSeparator();
    // The routine shown on the Routines page (which opens).
    const auto onRoutines = [this](void (RoutinesPage::*work)()) {
        return [this, work] {
            showPage(QStringLiteral("routines"));
            if (auto *routines = qobject_cast<RoutinesPage *>(page(QStringLiteral("routines"))))
                (routines->*work)();
        };
    };
    QAction *importRoutine =
        file->addAction(tr("Import &Routine (Text)…"), this, onRoutines(&RoutinesPage::importText));
    importRoutine->setObjectName(QStringLiteral("importRoutineAction"));
    QAction *exportRoutine = file->addAction(tr("Export Routine as &Text…"), this,
                                             onRoutines(&RoutinesPage::exportText));
    exportRoutine->setObjectName(QStringLiteral("exportRoutineAction"));
    QAction *printRoutine =
        file->addAction(tr("&Print Routine…"), this, onRoutines(&RoutinesPage::printRoutine));
    printRoutine->setObjectName(QStringLiteral("printRoutineAction"));
    printRoutine->setShortcut(QKeySequence::Print);
    QAction *pdfRoutine =
        file->addAction(tr("Export Routine as P&DF…"), this, onRoutines(&RoutinesPage::exportPdf));
    pdfRoutine->setObjectName(QStringLiteral("exportRoutinePdfAction"));
    file->addSeparator();
    QAction *exportAction =
        file->addAction(tr("&Export…"), m_actions, &DatabaseActions::exportData);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *backupAction =
        file->addAction(tr("&Back Up Database…"), this, [this] { m_actions->backUpDatabase(); });
    backupAction->setObjectName(QStringLiteral("backupAction"));
    QAction *copyAction = file->addAction(tr("Copy Database to &Server…"), this,
                                          [this] { m_actions->copyDatabaseTo(); });
    copyAction->setObjectName(QStringLiteral("copyDatabaseAction"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    // Both conventions, whatever the platform theme says: Ctrl+Shift+Z and Ctrl+Y.
    redo->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    edit->addAction(redo);
    QAction *history = edit->addAction(tr("&History"), this, &MainWindow::showHistory);
    history->setObjectName(QStringLiteral("historyAction"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        if (auto *p = qobject_cast<Page *>(m_stack->currentWidget()); p && p->searchField()) {
            p->searchField()->setFocus(Qt::ShortcutFocusReason);
        }
    });
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    // The platform's key when it has one, and Ctrl+, everywhere.
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (const QKeySequence ctrlComma(Qt::CTRL | Qt::Key_Comma); !preferenceKeys.contains(ctrlComma))
        preferenceKeys.append(ctrlComma);
    preferences->setShortcuts(preferenceKeys);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages.size(); ++i) {
        Page *page = m_pages.at(i);
        QAction *action =
            view->addAction(page->title(), this, [this, id = page->pageId()] { showPage(id); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *athleteFocus = view->addAction(tr("Choose &Athlete"), this, [this] {
        m_athleteCombo->setFocus(Qt::ShortcutFocusReason);
        m_athleteCombo->showPopup();
    });
    athleteFocus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About FitnessTrack"), this, [this] {
        MessageBox::information(
            this, tr("About FitnessTrack"),
            tr("FitnessTrack %1\nPlan strength training, log it, see the progress.")
                .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::instance().recentDatabases();
    for (const QString &url : recent) {
        const auto parsed = core::DatabaseUrl::parse(url);
        m_recentMenu->addAction(parsed ? parsed->displayName() : url, this,
                                [this, url] { m_actions->openRecent(url); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        Settings::instance().setValue(Settings::Key::RecentDatabases, QStringList());
        rebuildRecentMenu();
    });
}

void MainWindow::showPage(const QString &pageId)
{
    int row = 0;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->pageId() == pageId)
            row = i;
    }
    m_pageList->setCurrentIndex(m_pageModel->index(row, 0));
    m_stack->setCurrentIndex(row);
}

core::Database *MainWindow::database() const
{
    return m_session->database();
}

QString MainWindow::currentPageId() const
{
    auto *p = qobject_cast<Page *>(m_stack->currentWidget());
    return p ? p->pageId() : QString();
}

Page *MainWindow::page(const QString &pageId) const
{
    for (Page *p : m_pages) {
        if (p->pageId() == pageId)
            return p;
    }
    return nullptr;
}

// The combo box shows the session's current athlete.
void MainWindow::showCurrentAthlete()
{
    const auto &athlete = m_session->currentAthlete();
    const int row = athlete ? m_session->athletes()->rowOfSubject(athlete->subject.id) : -1;
    const QSignalBlocker blocker(m_athleteCombo);
    m_athleteCombo->setCurrentIndex(row);
}

// Edit → History: every step of the undo stack; choosing one undoes or redoes up to it.
void MainWindow::showHistory()
{
    if (!m_historyDialog) {
        m_historyDialog = new QDialog(this);
        m_historyDialog->setObjectName(QStringLiteral("historyDialog"));
        m_historyDialog->setWindowTitle(tr("History"));
        auto *view = new QUndoView(m_session->undoStack(), m_historyDialog);
        view->setObjectName(QStringLiteral("historyView"));
        view->setAccessibleName(tr("Undo history"));
        view->setEmptyLabel(tr("<database opened>"));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_historyDialog);
        buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
        connect(buttons, &QDialogButtonBox::rejected, m_historyDialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(m_historyDialog);
        layout->addWidget(view);
        layout->addWidget(buttons);
        m_historyDialog->resize(420, 360);
    }
    m_historyDialog->show();
    m_historyDialog->raise();
    m_historyDialog->activateWindow();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(*m_session, this);
    dialog.exec();
}

void MainWindow::updateTitle()
{
    const core::Database *db = m_session->database();
    if (!db) {
        setWindowTitle(tr("FitnessTrack"));
        m_databaseLabel->setText(tr("No database open"));
        return;
    }
    const QString where = db->url().displayName();
    const bool sqlite = db->dialect().isSQLite();
    setWindowTitle(tr("%1 — FitnessTrack").arg(sqlite ? QFileInfo(where).fileName() : where));
    m_databaseLabel->setText(tr("%1: %2").arg(sqlite ? tr("SQLite") : tr("PostgreSQL"), where));
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings &settings = Settings::instance();
    settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    settings.setValue(Settings::Key::WindowState, saveState());
    settings.setValue(Settings::Key::CurrentPage, currentPageId());
    settings.sync();
    event->accept();
}

} // namespace ft::ui
