#include "mainwindow.h"
#include "formhelpers.h"

#include "dialogs/connectdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importhistorydialog.h"
#include "dialogs/importworkoutsdialog.h"
#include "messagebox.h"
#include "models/athletetablemodel.h"
#include "pages/athletespage.h"
#include "pages/exercisespage.h"
#include "pages/placeholderpage.h"
#include "passwordstore.h"

#include "core/catalog/catalog.h"
#include "core/catalog/freeexercisedb.h"
#include "core/db/database.h"
#include "core/exchange/backup.h"
#include "core/exchange/copy.h"
#include "core/settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QToolBar>

namespace ft::ui {

using core::Settings;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_athletes(new AthleteTableModel(this))
    , m_passwords(new PasswordStore(this))
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
    m_athleteCombo->setModel(m_athletes);
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
    connect(m_athleteCombo, &QComboBox::currentIndexChanged, this,
            &MainWindow::currentAthleteChanged);

    Settings &settings = Settings::instance();
    if (!restoreGeometry(settings.value(Settings::Key::WindowGeometry).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(Settings::Key::WindowState).toByteArray());
    showPage(settings.value(Settings::Key::CurrentPage).toString());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    auto *athletesPage = new AthletesPage(m_athletes, this);
    connect(athletesPage, &AthletesPage::athletesChanged, this, &MainWindow::reloadAthletes);
    m_pages = {
        athletesPage,
        new ExercisesPage(this),
        new PlaceholderPage(QStringLiteral("routines"), tr("Routines"),
                            tr("Plan routines here: days, exercises and planned sets with load, "
                               "reps, RIR or RPE, tempo and rest. The routine editor comes in a "
                               "later version."),
                            this),
        new PlaceholderPage(QStringLiteral("log"), tr("Training Log"),
                            tr("Log sessions set by set against the plan. Until the log editor "
                               "arrives, history can be generated with fitnesstrack-cli."),
                            this),
        new PlaceholderPage(QStringLiteral("progress"), tr("Progress"),
                            tr("Charts of estimated 1RM, records and weekly volume per muscle will "
                               "appear here once sessions are logged."),
                            this),
        new PlaceholderPage(QStringLiteral("body"), tr("Body Metrics"),
                            tr("Body weight, body fat and resting heart rate over time will appear "
                               "here."),
                            this),
    };
    for (Page *page : m_pages) {
        m_stack->addWidget(page);
        auto *item = new QStandardItem(page->title());
        item->setData(page->pageId(), Qt::UserRole);
        item->setSizeHint(QSize(150, 32));
        m_pageModel->appendRow(item);
        connect(page, &Page::statusMessage, this, &MainWindow::showStatus);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *openDb = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabaseFile);
    openDb->setShortcut(QKeySequence::Open);
    QAction *connectDb =
        file->addAction(tr("&Connect to PostgreSQL…"), this, [this] { connectToServer(); });
    connectDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("&Recent Databases"));
    file->addSeparator();
    QAction *importExercises = file->addAction(tr("&Import Exercises (free-exercise-db JSON)…"),
                                               this, [this] { importExerciseFile(); });
    importExercises->setObjectName(QStringLiteral("importExercisesAction"));
    QAction *importWorkoutsAction = file->addAction(
        tr("Import &Workouts (Strong, Hevy, FitNotes)…"), this, [this] { importWorkouts(); });
    importWorkoutsAction->setObjectName(QStringLiteral("importWorkoutsAction"));
    importWorkoutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *importHistory =
        file->addAction(tr("Import &History…"), this, &MainWindow::showImportHistory);
    importHistory->setObjectName(QStringLiteral("importHistoryAction"));
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportData);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *backupAction =
        file->addAction(tr("&Back Up Database…"), this, [this] { backUpDatabase(); });
    backupAction->setObjectName(QStringLiteral("backupAction"));
    QAction *copyAction =
        file->addAction(tr("Copy Database to &Server…"), this, [this] { copyDatabaseTo(); });
    copyAction->setObjectName(QStringLiteral("copyDatabaseAction"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        if (auto *p = qobject_cast<Page *>(m_stack->currentWidget()); p && p->searchField()) {
            p->searchField()->setFocus(Qt::ShortcutFocusReason);
        }
    });
    find->setShortcut(QKeySequence::Find);

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
                                [this, url] { openRecent(url); });
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

bool MainWindow::openDatabase(const core::DatabaseUrl &url, bool createIfMissing)
{
    core::OpenOptions options;
    options.createIfMissing = createIfMissing;
    auto db = waitingFor([&] { return core::Database::open(url, options); });
    if (!db) {
        MessageBox::critical(
            this, tr("Cannot Open Database"),
            db.error().message
                + (m_db ? tr("\n\n%1 stays open.").arg(m_db->url().displayName()) : QString()));
        return false;
    }
    setDatabase(std::move(*db));
    return true;
}

void MainWindow::openRecent(const QString &urlText, std::function<void(bool)> done)
{
    const auto finish = [done](bool ok) {
        if (done)
            done(ok);
    };
    auto url = core::DatabaseUrl::parse(urlText);
    if (!url) {
        MessageBox::critical(this, tr("Cannot Open Database"), url.error().message);
        finish(false);
        return;
    }
    if (url->kind == core::DatabaseUrl::Kind::SQLite || !url->password.isEmpty()) {
        finish(openDatabase(*url));
        return;
    }
    m_passwords->read(
        url->displayName(),
        [this, target = *url, finish](std::optional<QString> password, QString) mutable {
            if (password) {
                target.password = *password;
                if (openDatabase(target)) {
                    finish(true);
                    return;
                }
            }
            finish(connectToServer(target));
        });
}

void MainWindow::setDatabase(std::unique_ptr<core::Database> db)
{
    for (Page *page : m_pages)
        page->setDatabase(nullptr);
    m_db = std::move(db);
    if (m_db) {
        // The bundled catalog, installed or brought up to this build's version.
        if (auto prepared = core::prepareDatabase(*m_db); !prepared)
            showStatus(tr("The exercise catalog could not be installed: %1")
                           .arg(prepared.error().message));
        Settings &settings = Settings::instance();
        const QString url = m_db->url().toString(false);
        settings.setValue(Settings::Key::LastDatabase, url);
        settings.addRecentDatabase(url);
        rebuildRecentMenu();
    }
    for (Page *page : m_pages)
        page->setDatabase(m_db.get());
    reloadAthletes();
    updateTitle();
}

void MainWindow::reloadAthletes(core::Id selectSubjectId)
{
    QString keep = m_athleteCombo->currentIndex() >= 0
        ? m_athletes
              ->data(m_athletes->index(m_athleteCombo->currentIndex(), 0),
                     AthleteTableModel::PseudonymRole)
              .toString()
        : Settings::instance().value(Settings::Key::CurrentAthlete).toString();
    if (const QString error = m_athletes->reload(m_db.get()); !error.isEmpty())
        MessageBox::critical(this, tr("Cannot Load Athletes"), error);
    int row = selectSubjectId ? m_athletes->rowOfSubject(selectSubjectId)
                              : m_athletes->rowOfPseudonym(keep);
    if (row < 0 && m_athletes->rowCount() > 0)
        row = 0;
    m_athleteCombo->setCurrentIndex(row);
    currentAthleteChanged();
}

void MainWindow::currentAthleteChanged()
{
    const std::optional<core::Athlete> athlete = currentAthlete();
    if (athlete)
        Settings::instance().setValue(Settings::Key::CurrentAthlete,
                                      athlete->subject.pseudonym.toString(QUuid::WithoutBraces));
    for (Page *page : m_pages)
        page->setCurrentAthlete(athlete);
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

void MainWindow::newDatabase()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("New Database"), QString(),
                                     tr("FitnessTrack databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!path.contains(QLatin1Char('.')))
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        MessageBox::critical(this, tr("New Database"),
                             tr("%1 already exists. Use Open Database to open it.").arg(path));
        return;
    }
    openDatabase(core::DatabaseUrl::sqliteFile(path), true);
}

void MainWindow::openDatabaseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Database"), QString(),
                                     tr("FitnessTrack databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(core::DatabaseUrl::sqliteFile(path));
}

bool MainWindow::connectToServer(const core::DatabaseUrl &initial)
{
    ConnectDialog dialog(initial, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const core::DatabaseUrl url = dialog.url();
    if (!openDatabase(url))
        return false;
    Settings::instance().setValue(Settings::Key::RememberPassword, dialog.rememberPassword());
    const QString key = url.displayName();
    if (dialog.rememberPassword() && !url.password.isEmpty()) {
        m_passwords->write(key, url.password, [this](const QString &error) {
            if (!error.isEmpty())
                showStatus(tr("The password could not be stored in the keychain: %1").arg(error));
        });
    } else if (!dialog.rememberPassword()) {
        m_passwords->remove(key, [](const QString &) {});
    }
    return true;
}

void MainWindow::importExerciseFile(const QString &givenPath)
{
    if (!m_db)
        return;
    const QString path = givenPath.isEmpty()
        ? QFileDialog::getOpenFileName(this, tr("Import Exercises"), QString(),
                                       tr("free-exercise-db exercises (*.json);;All files (*)"))
        : givenPath;
    if (path.isEmpty())
        return;
    auto result = waitingFor([&] { return core::importFreeExerciseDbFile(*m_db, path); });
    if (!result) {
        MessageBox::critical(this, tr("Import Exercises"),
                             tr("Nothing was imported.\n\n%1").arg(result.error().message));
        return;
    }
    refreshPages();
    MessageBox::information(this, tr("Import Exercises"), result->toText());
    showStatus(
        tr("Imported %1 exercise(s) from %2.").arg(result->added).arg(QFileInfo(path).fileName()));
}

void MainWindow::importWorkouts(const QString &path)
{
    if (!m_db)
        return;
    if (m_athletes->rowCount() == 0) {
        MessageBox::information(this, tr("Import Workouts"),
                                tr("Workouts are imported into one athlete, and there is none "
                                   "yet. Add the athlete on the Athletes page first."));
        showPage(QStringLiteral("athletes"));
        return;
    }
    QList<core::Athlete> athletes;
    for (int row = 0; row < m_athletes->rowCount(); ++row)
        athletes.append(m_athletes->athlete(row));
    const auto current = currentAthlete();
    ImportWorkoutsDialog dialog(*m_db, athletes, current ? current->subject.id : 0, this);
    if (!path.isEmpty())
        dialog.setFilePath(path);
    if (dialog.exec() != QDialog::Accepted || !dialog.importReport())
        return;
    const core::import::ImportReport &report = *dialog.importReport();
    refreshPages();
    const int row = m_athletes->rowOfSubject(dialog.subjectId());
    const QString athlete = row >= 0 ? m_athletes->athlete(row).displayName() : QString();
    const QLocale locale;
    const QString text = report.batchId
        ? tr("Imported %1 sets in %2 workouts into %3, with %4 new exercises.\n\n"
             "File → Import History can undo this import as a whole.")
              .arg(locale.toString(report.setsImported), locale.toString(report.workouts), athlete,
                   locale.toString(report.exercisesNew()))
        : tr("Nothing new was imported: every set of the file is in the database already.");
    MessageBox::information(this, tr("Import Workouts"), text);
    showStatus(
        tr("Imported %1 sets from %2.")
            .arg(locale.toString(report.setsImported), QFileInfo(dialog.filePath()).fileName()));
}

// The database changed underneath the pages (an import, an undo).
void MainWindow::refreshPages()
{
    for (Page *page : m_pages)
        page->refresh();
}

std::optional<core::Athlete> MainWindow::currentAthlete() const
{
    const int row = m_athleteCombo->currentIndex();
    if (row < 0 || row >= m_athletes->rowCount())
        return std::nullopt;
    return m_athletes->athlete(row);
}

void MainWindow::exportData()
{
    if (!m_db)
        return;
    ExportDialog dialog(*m_db, currentAthlete(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.summary())
        return;
    showStatus(dialog.summary()->toText().trimmed());
}

void MainWindow::backUpDatabase(const QString &givenPath)
{
    if (!m_db)
        return;
    if (!m_db->dialect().isSQLite()) {
        MessageBox::information(this, tr("Back Up Database"),
                                tr("A PostgreSQL server is backed up on the server (pg_dump). "
                                   "File → Export writes all of its data as JSON."));
        return;
    }
    const QString suggested = QDir(documentsFolder())
                                  .filePath(QStringLiteral("fitnesstrack-backup-%1.sqlite")
                                                .arg(QDate::currentDate().toString(Qt::ISODate)));
    // The file dialog asks before replacing a file: a path from there may be overwritten.
    const bool fromDialog = givenPath.isEmpty();
    const QString path = fromDialog
        ? QFileDialog::getSaveFileName(this, tr("Back Up Database"), suggested,
                                       tr("SQLite databases (*.sqlite *.db);;All files (*)"))
        : givenPath;
    if (path.isEmpty())
        return;
    auto backup = waitingFor([&] { return core::backupDatabase(*m_db, path, fromDialog); });
    if (!backup) {
        MessageBox::critical(this, tr("Back Up Database"),
                             tr("No backup was written.\n\n%1").arg(backup.error().message));
        return;
    }
    MessageBox::information(this, tr("Back Up Database"), backup->toText().trimmed());
    showStatus(tr("Backed up to %1.").arg(path));
}

bool MainWindow::copyDatabaseTo(const core::DatabaseUrl &givenTarget)
{
    if (!m_db)
        return false;
    core::DatabaseUrl target = givenTarget;
    if (target.toString(false).isEmpty()) {
        ConnectDialog dialog(core::DatabaseUrl(), this);
        dialog.setWindowTitle(tr("Copy Database to Server"));
        if (dialog.exec() != QDialog::Accepted)
            return false;
        target = dialog.url();
    }
    core::OpenOptions options;
    options.createIfMissing = target.kind == core::DatabaseUrl::Kind::SQLite;
    // Opened as it is (migrated, no catalog installed): the copy wants it empty.
    auto opened = waitingFor([&] { return core::Database::open(target, options); });
    if (!opened) {
        MessageBox::critical(this, tr("Copy Database"),
                             tr("Nothing was copied.\n\n%1").arg(opened.error().message));
        return false;
    }
    std::unique_ptr<core::Database> copy = std::move(*opened);
    auto report = waitingFor([&] {
        return core::copyDatabase(*m_db, *copy, [this](const QString &line) { showStatus(line); });
    });
    if (!report) {
        MessageBox::critical(this, tr("Copy Database"),
                             tr("Nothing was copied: %1 is as it was.\n\n%2")
                                 .arg(target.displayName(), report.error().message));
        return false;
    }
    showStatus(tr("Copied %1 rows to %2.").arg(report->rows()).arg(target.displayName()));
    const auto answer = MessageBox::question(
        this, tr("Copy Database"),
        tr("Copied %1 rows to %2; every table's count matches.\n\nWork on the copy from now on?")
            .arg(report->rows())
            .arg(target.displayName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        setDatabase(std::move(copy));
    return true;
}

void MainWindow::showImportHistory()
{
    if (!m_db)
        return;
    QHash<core::Id, QString> names;
    for (int row = 0; row < m_athletes->rowCount(); ++row)
        names.insert(m_athletes->athlete(row).subject.id, m_athletes->athlete(row).displayName());
    ImportHistoryDialog dialog(*m_db, names, this);
    connect(&dialog, &ImportHistoryDialog::importUndone, this, [this] {
        refreshPages();
        showStatus(tr("Import undone."));
    });
    dialog.exec();
}

void MainWindow::updateTitle()
{
    if (!m_db) {
        setWindowTitle(tr("FitnessTrack"));
        m_databaseLabel->setText(tr("No database open"));
        return;
    }
    const QString where = m_db->url().displayName();
    const bool sqlite = m_db->dialect().isSQLite();
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
