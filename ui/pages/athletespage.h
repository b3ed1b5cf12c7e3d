#pragma once

#include "page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace ft::ui {

class AthleteTableModel;

// The coach's athletes: a searchable list; create, edit and delete.
class AthletesPage : public Page
{
    Q_OBJECT

public:
    explicit AthletesPage(Session &session, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("athletes"); }
    QString title() const override { return tr("Athletes"); }
    QWidget *searchField() const override;

    void newAthlete();
    void editAthlete();
    void deleteAthlete();

protected:
    void databaseChanged() override;

private:
    void updateState();
    int currentSourceRow() const;

    AthleteTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_noMatch;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
};

} // namespace ft::ui
