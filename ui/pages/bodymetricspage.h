#pragma once

#include "page.h"

#include "core/result.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ft::ui {

class BodyMetricsModel;
class ProfileFields;

// The athlete's body (issue 10, item 7): one body metrics entry per day in a table with an entry
// form (Save adds or updates the day's entry, Delete removes the selected one), and the profile
// (sex, birth year, height, dominant hand). Weights in the display unit; every write is one undo
// step; a refused value is shown with its field, value and rule and stays typed in the form.
class BodyMetricsPage : public Page
{
    Q_OBJECT

public:
    explicit BodyMetricsPage(Session &session, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("body"); }
    QString title() const override { return tr("Body Metrics"); }
    QWidget *searchField() const override;

    BodyMetricsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // The form's values written as the entry of its day; false (and the error shown) when refused.
    bool saveEntry();
    bool deleteEntry();
    bool saveProfile();
    // What the form's error label says now (empty when nothing is wrong).
    QString entryError() const;
    QString profileError() const;

protected:
    void databaseChanged() override;
    void currentAthleteChanged() override;
    void refresh() override;

private:
    QWidget *createEntryForm();
    QWidget *createProfileForm();
    void loadAthlete();
    // The form shows the entry of `row` (or the day of the date field when -1 and there is one).
    void showEntry(int row);
    void dateChosen();
    void updateState();
    void refuseEntry(const core::Error &error);

    BodyMetricsModel *m_model;
    QTableView *m_table = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_weight = nullptr;
    QLineEdit *m_bodyFat = nullptr;
    QLineEdit *m_restingHr = nullptr;
    QLineEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_entryError = nullptr;
    ProfileFields *m_profile = nullptr;
    QPushButton *m_saveProfile = nullptr;
    QLabel *m_profileError = nullptr;
    QLabel *m_weightUnit = nullptr;
};

} // namespace ft::ui
