#include "databaseactions.h"

#include "commands/commands.h"
#include "dialogs/connectdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importhistorydialog.h"
#include "dialogs/importworkoutsdialog.h"
#include "formhelpers.h"
#include "messagebox.h"
#include "models/athletetablemodel.h"
#include "passwordstore.h"
#include "session.h"

#include "core/catalog/catalog.h"
#include "core/db/database.h"
#include "core/exchange/backup.h"
#include "core/exchange/copy.h"
#include "core/settings.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QWidget>

namespace ft::ui {

using core::Settings;

DatabaseActions::DatabaseActions(Session &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_passwords(new PasswordStore(this))
{ }

void DatabaseActions::setDatabase(std::unique_ptr<core::Database> db)
{
    if (db) {
        // The bundled catalog, installed or brought up to this build's version.
        if (auto prepared = core::prepareDatabase(*db); !prepared)
            emit statusMessage(tr("The exercise catalog could not be installed: %1")
                                   .arg(prepared.error().message));
        Settings &settings = Settings::instance();
        const QString url = db->url().toString(false);
        settings.setValue(Settings::Key::LastDatabase, url);
        settings.addRecentDatabase(url);
    }
    m_session.setDatabase(std::move(db));
    emit recentDatabasesChanged();
}

bool DatabaseActions::openDatabase(const core::DatabaseUrl &url, bool createIfMissing)
{
    core::OpenOptions options;
    options.createIfMissing = createIfMissing;
    auto db = waitingFor([&] { return core::Database::open(url, options); });
    if (!db) {
        MessageBox::critical(
            m_window, tr("Cannot Open Database"),
            db.error().message
                + (m_session.database()
                       ? tr("\n\n%1 stays open.").arg(m_session.database()->url().displayName())
                       : QString()));
        return false;
    }
    setDatabase(std::move(*db));
    return true;
}

void DatabaseActions::openRecent(const QString &urlText, std::function<void(bool)> done)
{
    const auto finish = [done](bool ok) {
        if (done)
            done(ok);
    };
    auto url = core::DatabaseUrl::parse(urlText);
    if (!url) {
        MessageBox::critical(m_window, tr("Cannot Open Database"), url.error().message);
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

void DatabaseActions::newDatabase()
{
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("New Database"), QString(),
                                     tr("FitnessTrack databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!path.contains(QLatin1Char('.')))
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        MessageBox::critical(m_window, tr("New Database"),
                             tr("%1 already exists. Use Open Database to open it.").arg(path));
        return;
    }
    openDatabase(core::DatabaseUrl::sqliteFile(path), true);
}

void DatabaseActions::openDatabaseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open Database"), QString(),
                                     tr("FitnessTrack databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(core::DatabaseUrl::sqliteFile(path));
}

bool DatabaseActions::connectToServer(const core::DatabaseUrl &initial)
{
    ConnectDialog dialog(initial, m_window);
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
                emit statusMessage(
                    tr("The password could not be stored in the keychain: %1").arg(error));
        });
    } else if (!dialog.rememberPassword()) {
        m_passwords->remove(key, [](const QString &) {});
    }
    return true;
}

void DatabaseActions::importExerciseFile(const QString &givenPath)
{
    core::Database *db = m_session.database();
    if (!db)
        return;
    const QString path = givenPath.isEmpty()
        ? QFileDialog::getOpenFileName(m_window, tr("Import Exercises"), QString(),
                                       tr("free-exercise-db exercises (*.json);;All files (*)"))
        : givenPath;
    if (path.isEmpty())
        return;
    auto result = waitingFor([&] { return commands::importExerciseFile(m_session, path); });
    if (!result) {
        MessageBox::critical(m_window, tr("Import Exercises"),
                             tr("Nothing was imported.\n\n%1").arg(result.error().message));
        return;
    }
    MessageBox::information(m_window, tr("Import Exercises"), result->toText());
    emit statusMessage(
        tr("Imported %1 exercise(s) from %2.").arg(result->added).arg(QFileInfo(path).fileName()));
}

void DatabaseActions::importWorkouts(const QString &path)
{
    core::Database *db = m_session.database();
    if (!db)
        return;
    if (m_session.athletes()->rowCount() == 0) {
        MessageBox::information(m_window, tr("Import Workouts"),
                                tr("Workouts are imported into one athlete, and there is none "
                                   "yet. Add the athlete on the Athletes page first."));
        emit pageRequested(QStringLiteral("athletes"));
        return;
    }
    QList<core::Athlete> athletes;
    for (int row = 0; row < m_session.athletes()->rowCount(); ++row)
        athletes.append(m_session.athletes()->athlete(row));
    const auto &current = m_session.currentAthlete();
    ImportWorkoutsDialog dialog(m_session, athletes, current ? current->subject.id : 0, m_window);
    if (!path.isEmpty())
        dialog.setFilePath(path);
    if (dialog.exec() != QDialog::Accepted || !dialog.importReport())
        return;
    const core::import::ImportReport &report = *dialog.importReport();
    const int row = m_session.athletes()->rowOfSubject(dialog.subjectId());
    const QString athlete = row >= 0 ? m_session.athletes()->athlete(row).displayName() : QString();
    const QLocale locale;
    const QString text = report.batchId
        ? tr("Imported %1 sets in %2 workouts into %3, with %4 new exercises.\n\n"
             "File → Import History can undo this import as a whole.")
              .arg(locale.toString(report.setsImported), locale.toString(report.workouts), athlete,
                   locale.toString(report.exercisesNew()))
        : tr("Nothing new was imported: every set of the file is in the database already.");
    MessageBox::information(m_window, tr("Import Workouts"), text);
    emit statusMessage(
        tr("Imported %1 sets from %2.")
            .arg(locale.toString(report.setsImported), QFileInfo(dialog.filePath()).fileName()));
}

void DatabaseActions::exportData()
{
    core::Database *db = m_session.database();
    if (!db)
        return;
    ExportDialog dialog(*db, m_session.currentAthlete(), m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.summary())
        return;
    emit statusMessage(dialog.summary()->toText().trimmed());
}

void DatabaseActions::backUpDatabase(const QString &givenPath)
{
    core::Database *db = m_session.database();
    if (!db)
        return;
    if (!db->dialect().storesInFile()) {
        MessageBox::information(m_window, tr("Back Up Database"),
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
        ? QFileDialog::getSaveFileName(m_window, tr("Back Up Database"), suggested,
                                       tr("SQLite databases (*.sqlite *.db);;All files (*)"))
        : givenPath;
    if (path.isEmpty())
        return;
    auto backup = waitingFor([&] { return core::backupDatabase(*db, path, fromDialog); });
    if (!backup) {
        MessageBox::critical(m_window, tr("Back Up Database"),
                             tr("No backup was written.\n\n%1").arg(backup.error().message));
        return;
    }
    MessageBox::information(m_window, tr("Back Up Database"), backup->toText().trimmed());
    emit statusMessage(tr("Backed up to %1.").arg(path));
}

bool DatabaseActions::copyDatabaseTo(const core::DatabaseUrl &givenTarget)
{
    core::Database *db = m_session.database();
    if (!db)
        return false;
    core::DatabaseUrl target = givenTarget;
    if (target.toString(false).isEmpty()) {
        ConnectDialog dialog(core::DatabaseUrl(), m_window);
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
        MessageBox::critical(m_window, tr("Copy Database"),
                             tr("Nothing was copied.\n\n%1").arg(opened.error().message));
        return false;
    }
    std::unique_ptr<core::Database> copy = std::move(*opened);
    auto report = waitingFor([&] {
        return core::copyDatabase(*db, *copy,
                                  [this](const QString &line) { emit statusMessage(line); });
    });
    if (!report) {
        MessageBox::critical(m_window, tr("Copy Database"),
                             tr("Nothing was copied: %1 is as it was.\n\n%2")
                                 .arg(target.displayName(), report.error().message));
        return false;
    }
    emit statusMessage(tr("Copied %1 rows to %2.").arg(report->rows()).arg(target.displayName()));
    const auto answer = MessageBox::question(
        m_window, tr("Copy Database"),
        tr("Copied %1 rows to %2; every table's count matches.\n\nWork on the copy from now on?")
            .arg(report->rows())
            .arg(target.displayName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        setDatabase(std::move(copy));
    return true;
}

void DatabaseActions::showImportHistory()
{
    core::Database *db = m_session.database();
    if (!db)
        return;
    QHash<core::Id, QString> names;
    for (int row = 0; row < m_session.athletes()->rowCount(); ++row)
        names.insert(m_session.athletes()->athlete(row).subject.id,
                     m_session.athletes()->athlete(row).displayName());
    ImportHistoryDialog dialog(m_session, names, m_window);
    connect(&dialog, &ImportHistoryDialog::importUndone, this,
            [this] { emit statusMessage(tr("Import undone.")); });
    dialog.exec();
}

} // namespace ft::ui
