#pragma once

#include "page.h"

#include "core/stats/progress.h"

#include <QDate>

class QBarCategoryAxis;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QValueAxis;

namespace ft::ui {

class CoachOverviewModel;
class FigureTableModel;
class TimeChartView;
struct ChartPoint;

// The current athlete's progress, drawn from core/stats: a dashboard, the e1RM of one exercise
// with its records and rep maxes, weekly working sets per muscle, and body metrics. Every weight
// is shown in the preferred unit; it follows the notifier, the athlete and the preferences.
class ProgressPage : public Page
{
    Q_OBJECT

public:
    enum View { DashboardView, E1rmView, WeeklyView, BodyView, CoachView };

    explicit ProgressPage(Session &session, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("progress"); }
    QString title() const override { return tr("Progress"); }

    // The day the figures end on (today unless a test says otherwise).
    void setToday(const QDate &today);
    void showView(View view);

    // For tests and the exports.
    TimeChartView *e1rmChart() const { return m_e1rmChart; }
    TimeChartView *bodyChart(int metric) const { return m_bodyCharts[metric]; }
    FigureTableModel *repMaxModel() const { return m_repMaxModel; }
    FigureTableModel *weeklyModel() const { return m_weeklyModel; }
    QChartView *weeklyChart() const { return m_weeklyChart; }
    TimeChartView *tonnageChart() const { return m_tonnageChart; }
    QList<FigureTableModel *> models() const;
    CoachOverviewModel *coachModel() const { return m_coachModel; }
    QTableView *coachTable() const { return m_coachTable; }
    // What the e1RM chart draws beside its line: other athletes' e1RM of the same exercise and
    // the same athlete's other exercises, at most maxCompared of each.
    static constexpr int maxCompared = 3;
    void setComparison(const QList<core::Id> &athletes, const QList<core::Id> &exercises);
    // The current athlete's report (print/progressreport.h) of `range` as a PDF at `path`.
    core::Status saveReport(const QString &path, const core::stats::DayRange &range);
    // The e1RM range's first day (invalid: the whole history).
    QDate e1rmRangeStart() const;

protected:
    void databaseChanged() override;
    void currentAthleteChanged() override;
    void refresh() override;

private:
    QWidget *createDashboard();
    QWidget *createE1rmView();
    QWidget *createWeeklyView();
    QWidget *createBodyView();
    QWidget *createCoachView();
    void scheduleRefresh();
    // Every view of the current athlete.
    void refreshAthlete();
    void reloadExercises();
    void refreshDashboard();
    void refreshE1rm();
    void chooseAthletesToCompare();
    void chooseLiftsToCompare();
    QString comparisonName(core::Id subject, core::Id exercise) const;
    void addComparisons(core::Id subject, core::Id exercise, const core::stats::DayRange &range,
                        const core::stats::E1rmOptions &options);
    void refreshWeekly();
    void refreshBody();
    // The overview reads every athlete: only while it is shown, else when it is shown next.
    void refreshCoach();
    void openAthlete(const QModelIndex &index);
    core::stats::E1rmOptions e1rmOptions() const;
    QString weightTitle(const QString &what) const;
    QString setText(const core::stats::SetRef &set) const;
    QBrush bandBrush(double sets) const;
    // A measured series and its 7-day average: the measures as dots on a thin line, the average
    // as a line over them.
    void addMeasured(TimeChartView *chart, const QList<ChartPoint> &values,
                     const QList<ChartPoint> &averages);

    QDate m_today;
    bool m_refreshQueued = false;
    QTabWidget *m_tabs;

    // Dashboard
    QStackedWidget *m_dashboardStack = nullptr;
    FigureTableModel *m_sessionsModel;
    FigureTableModel *m_recordsModel;
    FigureTableModel *m_weekModel;
    TimeChartView *m_dashboardBody = nullptr;
    QLabel *m_dashboardNote = nullptr; // what the charts beside the tables have nothing of
    QList<TimeChartView *> m_liftCharts;
    QDateEdit *m_reportFrom = nullptr;
    QDateEdit *m_reportTo = nullptr;

    // e1RM
    QComboBox *m_exerciseCombo = nullptr;
    QComboBox *m_formulaCombo = nullptr;
    QComboBox *m_rangeCombo = nullptr;
    QStackedWidget *m_e1rmStack = nullptr;
    QLabel *m_e1rmEmpty = nullptr;
    TimeChartView *m_e1rmChart = nullptr;
    FigureTableModel *m_repMaxModel;
    QList<core::Id> m_compareAthletes;
    QList<core::Id> m_compareExercises;

    // Weekly
    QComboBox *m_weeksCombo = nullptr;
    QComboBox *m_muscleCombo = nullptr; // all muscles stacked, or one with its target band
    TimeChartView *m_tonnageChart = nullptr;
    QStackedWidget *m_weeklyStack = nullptr;
    QChartView *m_weeklyChart = nullptr;
    FigureTableModel *m_weeklyModel;

    // Body
    QStackedWidget *m_bodyStack = nullptr;
    TimeChartView *m_bodyCharts[3] = {};

    // Coach overview
    CoachOverviewModel *m_coachModel;
    QSortFilterProxyModel *m_coachProxy;
    QTableView *m_coachTable = nullptr;
    QLabel *m_coachNote = nullptr;
    bool m_coachStale = true;
};

} // namespace ft::ui
