#pragma once

#include "weightformat.h"

#include "core/athletes/athletes.h"
#include "core/settings.h"

#include <QObject>

#include <memory>
#include <optional>

class QUndoStack;

namespace ft::core {
class ChangeNotifier;
class Database;
} // namespace ft::core

namespace ft::ui {

class AthleteTableModel;

// The display preferences every page shares (Edit → Preferences), kept in core::Settings.
struct Preferences
{
    core::WeightUnit weightUnit = core::WeightUnit::Kilogram;
    core::WeeklySetTarget weeklySetTarget;
    int e1rmRepCap = 10;
    QString e1rmFormula = QStringLiteral("epley");
    friend bool operator==(const Preferences &, const Preferences &) = default;
};

// What every page shares: the open database, the athletes and the current one, the one undo
// stack and the change notifier. Pages receive the session once and ask it; they write only
// through the commands (commands/commands.h), which put every change on the undo stack, and
// they learn of every change, theirs, an undo's or another computer's, from the notifier.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    core::Database *database() const { return m_db.get(); }
    // Makes `db` the open database (null: none). The undo stack is cleared (its commands belong
    // to the database they changed), the athletes are loaded and every model hears
    // everythingChanged.
    void setDatabase(std::unique_ptr<core::Database> db);

    core::ChangeNotifier *notifier() const { return m_notifier; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Every athlete of the database, kept up to date through the notifier.
    AthleteTableModel *athletes() const { return m_athletes; }
    const std::optional<core::Athlete> &currentAthlete() const { return m_currentAthlete; }
    // Selects the athlete of `subjectId` (0 or unknown: the first one, or none when there is none).
    void setCurrentAthlete(core::Id subjectId);

    // The preferences, read from Settings when the session starts.
    const Preferences &preferences() const { return m_preferences; }
    // Every weight the UI shows or reads goes through this (in the preferred unit).
    const WeightFormat &weightFormat() const { return m_weightFormat; }
    core::WeeklySetTarget weeklySetTarget() const { return m_preferences.weeklySetTarget; }
    int e1rmRepCap() const { return m_preferences.e1rmRepCap; }
    QString e1rmFormula() const { return m_preferences.e1rmFormula; }
    // Stores `preferences` through Settings (all or nothing: a value that breaks its rule stores
    // none) and emits preferencesChanged when anything differs.
    core::Status setPreferences(const Preferences &preferences);
    // Reads the preferences from Settings again; emits preferencesChanged when anything differs.
    void reloadPreferences();

signals:
    void databaseChanged();
    void currentAthleteChanged();
    // Something the user should see in the status bar.
    void statusMessage(const QString &message);
    // An undo or redo that could not apply (the data changed since, the connection is gone):
    // nothing was changed, and the command has left the stack.
    void commandFailed(const QString &title, const QString &message);
    // The weight unit, the weekly set target or the e1RM settings changed: pages redraw.
    void preferencesChanged();

private:
    void reloadAthletes();
    void athletesTouched(const QList<qint64> &ids);
    void athletesRemoved(const QList<qint64> &ids);
    void applyPreferences(const Preferences &preferences);

    std::unique_ptr<core::Database> m_db;
    core::ChangeNotifier *m_notifier;
    QUndoStack *m_undoStack;
    AthleteTableModel *m_athletes;
    std::optional<core::Athlete> m_currentAthlete;
    Preferences m_preferences;
    WeightFormat m_weightFormat;
};

} // namespace ft::ui
