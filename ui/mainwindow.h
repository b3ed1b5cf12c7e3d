#pragma once

#include "core/athletes/athletes.h"
#include "core/db/databaseurl.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListView;
class QMenu;
class QStackedWidget;
class QStandardItemModel;

namespace ft::core {
class Database;
}

namespace ft::ui {

class AthleteTableModel;
class Page;
class PasswordStore;

// The application window: a page list on the left, the current page, the current-athlete selector
// in the tool bar, and the database menus. It owns the open database and hands it to the pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `url` and, on success, makes it the current database. On failure the error is shown
    // and the current database stays open. Returns whether it opened.
    bool openDatabase(const core::DatabaseUrl &url, bool createIfMissing = false);
    // A URL from the recent list or the settings: PostgreSQL passwords come from the keychain
    // (asynchronously); `done` learns whether it opened.
    void openRecent(const QString &urlText, std::function<void(bool)> done = {});
    core::Database *database() const { return m_db.get(); }

    void showPage(const QString &pageId);
    QString currentPageId() const;
    Page *page(const QString &pageId) const;

    void newDatabase();
    // Imports a free-exercise-db exercises.json into the catalog (asks for the file when empty).
    void importExerciseFile(const QString &path = {});
    // File → Import Workouts: the wizard, with `path` filled in when given.
    void importWorkouts(const QString &path = {});
    // File → Import History: the imports of the database, and undo.
    void showImportHistory();
    // File → Export: the current athlete or the whole database, as JSON or CSV.
    void exportData();
    // File → Back Up Database: a consistent copy of the SQLite file (asks for `path` when empty).
    void backUpDatabase(const QString &path = {});
    // File → Copy Database to Server: the whole database into a new, empty one (asks where with
    // the connect dialog when `target` is empty), then offers to switch to the copy. Returns
    // whether the copy was made.
    bool copyDatabaseTo(const core::DatabaseUrl &target = {});
    void openDatabaseFile();
    // Returns whether a database was opened.
    bool connectToServer(const core::DatabaseUrl &initial = {});

protected:
    void closeEvent(class QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    void rebuildRecentMenu();
    void setDatabase(std::unique_ptr<core::Database> db);
    void reloadAthletes(core::Id selectSubjectId = 0);
    void currentAthleteChanged();
    void updateTitle();
    void showStatus(const QString &message);
    std::optional<core::Athlete> currentAthlete() const;
    void refreshPages();

    std::unique_ptr<core::Database> m_db;
    AthleteTableModel *m_athletes;
    PasswordStore *m_passwords;
    QStandardItemModel *m_pageModel;
    QListView *m_pageList;
    QStackedWidget *m_stack;
    QComboBox *m_athleteCombo;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_databaseLabel;
    QList<Page *> m_pages;
};

} // namespace ft::ui
