#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace ft::core {
class Database;
}

namespace ft::ui {

// The application window. For now: the open database and its contents at a glance; the pages
// (athletes, exercises, routines, log, progress, body metrics) arrive with their issues.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<core::Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void refreshSummary();

    std::unique_ptr<core::Database> m_db;
    QLabel *m_summary = nullptr;
};

} // namespace ft::ui
