#pragma once

#include "page.h"

#include "core/db/entities.h"
#include "core/result.h"

#include <QDate>
#include <QElapsedTimer>
#include <QPointer>
#include <QStyledItemDelegate>

#include <optional>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeView;
class QGroupBox;

namespace ft::ui {

class RestTimer;
class RoutineListModel;
class SessionSheetModel;

// Edits a set's cells: a value breaking a rule (reps −3, RPE 11, tempo "3-1") is refused on
// Enter or Tab, the editor stays open with the typed text and `refused` says why.
class SessionSetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    SessionSetDelegate(SessionSheetModel *model, QObject *parent = nullptr);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

signals:
    void refused(const ft::core::Error &error) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SessionSheetModel *m_model;
};

// The Training Log: what comes next in the athlete's cycle and the buttons to start it (or a
// free session, or a backfill of a past day); the open session's header and figures; its sets
// in a table logged from the keyboard (Enter confirms the plan, typing changes a value); last
// time and best of the current exercise; the rest timer. Every write is an undoable step of
// commands::editSession / editSessionsOf.
class TrainingPage : public Page
{
    Q_OBJECT

public:
    explicit TrainingPage(Session &session, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("log"); }
    QString title() const override { return tr("Training Log"); }
    QWidget *searchField() const override;

    SessionSheetModel *sheet() const { return m_model; }
    QTreeView *view() const { return m_view; }
    RestTimer *restTimer() const { return m_restTimer; }
    // The figures line as shown ("Planned working sets 4/6 · …").
    QString figuresText() const;
    QString errorText() const;

public slots:
    void openSession(ft::core::Id sessionId);
    // Opens the athlete's session on `day`, or creates a free one there (a backfill).
    void startSessionOn(const QDate &day);
    // Today's session: opened when it exists, else created from the next routine day.
    void startToday();
    void startFreeSession();
    void finishSession();
    // Starts a cycle of the routine chosen beside "Start Cycle" today.
    void startCycle();

    // The keyboard's actions on the current row.
    void confirmCurrent();
    void addSet();
    void addExercise();
    void skipSet();
    void deleteSet();

signals:
    // The rest timer's text for the status bar ("Rest 1:15"; empty when it is not running).
    void restTimerTextChanged(const QString &text);

protected:
    void databaseChanged() override;
    void currentAthleteChanged() override;
    void refresh() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void showAthlete();
    void updateNext();
    void updateHeader();
    void updateSidePanel();
    void updateActions();
    void saveDetails();
    void showError(const core::Error &error);
    void clearError();
    void spanExerciseRows();
    void moveTo(const QModelIndex &row);
    // Creates the athlete's session on `day` (from `dayId` of `cycleId`, else free) in one step.
    std::optional<core::Id> createSession(const QDate &day, bool fromPlan);
    QDate today() const;

    SessionSheetModel *m_model;
    QLabel *m_nextLabel;
    QPushButton *m_startButton;
    RoutineListModel *m_routines;
    QComboBox *m_routineCombo;
    QPushButton *m_startCycleButton;
    QPushButton *m_freeButton;
    QDateEdit *m_dateEdit;
    QPushButton *m_openButton;
    QGroupBox *m_sessionBox;
    QLabel *m_titleLabel;
    QLineEdit *m_location;
    QSpinBox *m_fatigue;
    QLineEdit *m_bodyWeight;
    QLineEdit *m_notes;
    QPushButton *m_finishButton;
    QLabel *m_figuresLabel;
    QTreeView *m_view;
    QLabel *m_lastTimeLabel;
    QLabel *m_bestLabel;
    RestTimer *m_restTimer;
    QLabel *m_errorLabel;
    QAction *m_addSetAction = nullptr;
    QAction *m_addExerciseAction = nullptr;
    QAction *m_skipAction = nullptr;
    QAction *m_deleteAction = nullptr;
    // Since the last confirmed set of the open session: its rest when the next is confirmed.
    QElapsedTimer m_sinceConfirm;
    std::optional<int> m_lastRestS;
    bool m_updatingHeader = false;
};

} // namespace ft::ui
