#pragma once

#include "core/athletes/athletes.h"
#include "core/db/databaseurl.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDialog;
class QLabel;
class QListView;
class QMenu;
class QStackedWidget;
class QStandardItemModel;

namespace ft::core {
class Database;
}

namespace ft::ui {

class DatabaseActions;
class Page;
class Session;

// The application window: a page list on the left, the current page, the current-athlete selector
// in the tool bar, the menus and the status bar. The session (session.h) holds what the pages
// share; the File menu's database work is DatabaseActions'.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    DatabaseActions *databaseActions() const { return m_actions; }
    core::Database *database() const;

    void showPage(const QString &pageId);
    QString currentPageId() const;
    Page *page(const QString &pageId) const;
    // Edit → History.
    void showHistory();
    // Edit → Preferences (modal).
    void showPreferences();

protected:
    void closeEvent(class QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    void rebuildRecentMenu();
    void showCurrentAthlete();
    void updateTitle();
    void showStatus(const QString &message);

    Session *m_session;
    DatabaseActions *m_actions;
    QDialog *m_historyDialog = nullptr;
    QStandardItemModel *m_pageModel;
    QListView *m_pageList;
    QStackedWidget *m_stack;
    QComboBox *m_athleteCombo;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_databaseLabel;
    QList<Page *> m_pages;
};

} // namespace ft::ui
