#pragma once

#include "page.h"

#include "core/log/traininglog.h"

#include <QDate>

class QAction;
class QCalendarWidget;
class QLabel;
class QTableView;

namespace ft::ui {

class CycleListModel;
class SessionListModel;

// The athlete's training history (issue 10, item 6): a month calendar marking completed, pending
// and missed planned days, the month's sessions with their plan-versus-actual figures, and the
// athlete's cycles. Sessions are opened and backfilled on the Training Log page (the signals);
// moving, deleting and the cycles are written here through the commands, each one undo step.
class HistoryPage : public Page
{
    Q_OBJECT

public:
    explicit HistoryPage(Session &session, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("history"); }
    QString title() const override { return tr("History"); }
    QWidget *searchField() const override;

    // The day missed marks and cycle figures are counted to (today unless a test says otherwise).
    void setToday(const QDate &today);
    void showMonth(int year, int month);
    // Makes the session current in the list (and its day in the calendar); false when it is not
    // in the month shown.
    bool selectSession(core::Id sessionId);
    bool selectCycle(core::Id cycleId);

    QCalendarWidget *calendar() const { return m_calendar; }
    QTableView *sessionTable() const { return m_sessionTable; }
    QTableView *cycleTable() const { return m_cycleTable; }
    SessionListModel *sessions() const { return m_sessions; }
    CycleListModel *cycles() const { return m_cycles; }
    // The mark shown for `day` of the month shown.
    core::log::DayMark markOf(const QDate &day) const;

    void openSession();
    void backfill();
    void moveSession();
    void deleteSession();
    void startCycle();
    void endCycle();

signals:
    void sessionOpenRequested(core::Id sessionId);
    void backfillRequested(const QDate &date);

protected:
    void databaseChanged() override;
    void currentAthleteChanged() override;
    void refresh() override;
    void showEvent(QShowEvent *event) override;

private:
    void createWidgets();
    void createActions();
    void layOut();
    void reload();
    void reloadIfShown();
    void showMarks(const core::log::HistoryMonth &month);
    void calendarDateChosen();
    void calendarDateActivated(const QDate &date);
    void updateActions();
    const core::log::SessionSummary *currentSession() const;
    const core::log::CycleSummary *currentCycle() const;
    core::Id athleteId() const;
    void showRefusal(const QString &title, const core::Status &status);

    QDate m_today;
    bool m_stale = false;
    bool m_syncingSelection = false;
    QList<core::log::DayMark> m_marks;
    QDate m_monthShown;
    SessionListModel *m_sessions;
    CycleListModel *m_cycles;
    QCalendarWidget *m_calendar = nullptr;
    QLabel *m_monthSummary = nullptr;
    QTableView *m_sessionTable = nullptr;
    QTableView *m_cycleTable = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_backfillAction = nullptr;
    QAction *m_moveAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_startCycleAction = nullptr;
    QAction *m_endCycleAction = nullptr;
};

} // namespace ft::ui
