#pragma once

#include "core/athletes/athletes.h"

#include <QWidget>

#include <optional>

namespace ft::core {
class Database;
}

namespace ft::ui {

// One page of the main window. The window hands every page the open database (or none) and the
// current athlete; pages never own either.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Stable id for settings ("athletes", "exercises", ...).
    virtual QString pageId() const = 0;
    virtual QString title() const = 0;
    virtual void setDatabase(core::Database *db) = 0;
    virtual void setCurrentAthlete(const std::optional<core::Athlete> &athlete)
    {
        Q_UNUSED(athlete);
    }
    // The data changed underneath (an import, an undo): show it again, keeping the user's work
    // (a selection, an unsaved edit). Pages that show no data need nothing.
    virtual void refresh() { }
    // Where the keyboard goes when the page is shown, and what Ctrl+F focuses.
    virtual QWidget *searchField() const { return nullptr; }

signals:
    void statusMessage(const QString &message);
};

} // namespace ft::ui
