#pragma once

#include "core/db/databaseurl.h"

#include <QObject>

#include <functional>
#include <memory>

class QWidget;

namespace ft::core {
class Database;
}

namespace ft::ui {

class PasswordStore;
class Session;

// The File menu's database work: open, create, connect, the recent list, import, export, back
// up and copy. It asks the user what it needs (file and connect dialogs, confirmations) with
// `window` as parent, and hands an opened database to the session.
class DatabaseActions : public QObject
{
    Q_OBJECT

public:
    DatabaseActions(Session &session, QWidget *window);

    // Opens `url` and, on success, makes it the session's database. On failure the error is
    // shown and the current database stays open. Returns whether it opened.
    bool openDatabase(const core::DatabaseUrl &url, bool createIfMissing = false);
    // A URL from the recent list or the settings: PostgreSQL passwords come from the keychain
    // (asynchronously); `done` learns whether it opened.
    void openRecent(const QString &urlText, std::function<void(bool)> done = {});
    void newDatabase();
    void openDatabaseFile();
    // Returns whether a database was opened.
    bool connectToServer(const core::DatabaseUrl &initial = {});

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

signals:
    void statusMessage(const QString &message);
    void recentDatabasesChanged();
    void pageRequested(const QString &pageId);

private:
    void setDatabase(std::unique_ptr<core::Database> db);

    Session &m_session;
    QWidget *m_window;
    PasswordStore *m_passwords;
};

} // namespace ft::ui
