#pragma once

#include <QWidget>

namespace ft::core {
class Database;
}

namespace ft::ui {

class Session;

// One page of the main window. Every page receives the session once and asks it for the
// database and the current athlete; it writes only through the commands (commands/commands.h)
// and learns of changes from the session's notifier.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(Session &session, QWidget *parent = nullptr);

    // Stable id for settings ("athletes", "exercises", ...).
    virtual QString pageId() const = 0;
    virtual QString title() const = 0;
    // Where the keyboard goes when the page is shown, and what Ctrl+F focuses.
    virtual QWidget *searchField() const { return nullptr; }

signals:
    void statusMessage(const QString &message);

protected:
    Session &session() const { return m_session; }
    core::Database *db() const;
    // Another database was opened (or none).
    virtual void databaseChanged() { }
    virtual void currentAthleteChanged() { }
    // Too much changed to say row by row (everythingChanged): show it again, keeping the user's
    // work (a selection, an unsaved edit).
    virtual void refresh() { }

private:
    Session &m_session;
};

} // namespace ft::ui
