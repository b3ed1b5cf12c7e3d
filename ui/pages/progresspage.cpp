#include "progresspage.h"

#include "charts/timechartview.h"
#include "delegates/sparklinedelegate.h"
#include "dialogs/comparisondialog.h"
#include "enumlabels.h"
#include "formhelpers.h"
#include "messagebox.h"
#include "models/athletetablemodel.h"
#include "models/coachoverviewmodel.h"
#include "models/figuretablemodel.h"
#include "print/progressreport.h"
#include "session.h"

#include "core/catalog/catalogstore.h"
#include "core/changes/changenotifier.h"
#include "core/stats/overview.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>
#include <map>
#include <set>

namespace ft::ui {

using namespace Qt::StringLiterals;
namespace stats = core::stats;

namespace {

enum RangePreset { FourWeeks, ThreeMonths, OneYear, AllTime };

QTableView *figureTable(FigureTableModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

QLabel *emptyLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()), box);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

// A chart with its export button above its top right corner.
QWidget *withExport(TimeChartView *chart, const QString &baseName, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(chartExportButton(
        chart, [chart] { return chart->csv(); }, baseName, box));
    layout->addLayout(row);
    layout->addWidget(chart, 1);
    return box;
}

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals).remove(QRegularExpression(u"[.,]0+$"_s));
}

} // namespace

ProgressPage::ProgressPage(Session &session, QWidget *parent)
    : Page(session, parent)
    , m_today(QDate::currentDate())
    , m_tabs(new QTabWidget(this))
    , m_sessionsModel(new FigureTableModel(
          { tr("Date"), tr("Status"), tr("Working sets"), tr("Exercises"), tr("Tonnage") },
          { 2, 3, 4 }, this))
    , m_recordsModel(new FigureTableModel(
          { tr("Date"), tr("Exercise"), tr("Record"), tr("Value"), tr("Set") }, { 3 }, this))
    , m_weekModel(new FigureTableModel({ tr("Muscle"), tr("Sets"), tr("Target") }, { 1, 2 }, this))
    , m_repMaxModel(new FigureTableModel({ tr("Reps"), tr("Weight"), tr("Date") }, { 1 }, this))
    , m_weeklyModel(new FigureTableModel(
          { tr("Week"), tr("Muscle"), tr("Sets"), tr("Tonnage"), tr("Training days") }, { 2, 3, 4 },
          this))
    , m_coachModel(new CoachOverviewModel(this))
    , m_coachProxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"progressPage"_s);
    m_tabs->setObjectName(u"progressViews"_s);
    m_tabs->setAccessibleName(tr("Progress views"));
    m_tabs->addTab(createDashboard(), tr("&Dashboard"));
    m_tabs->addTab(createE1rmView(), tr("&e1RM"));
    m_tabs->addTab(createWeeklyView(), tr("&Weekly volume"));
    m_tabs->addTab(createBodyView(), tr("&Body metrics"));
    m_tabs->addTab(createCoachView(), tr("&Coach overview"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int view) {
        if (view == CoachView && m_coachStale)
            refreshCoach();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    // Any change may move a figure (a set logged, an exercise renamed, a weight measured), and
    // one command can send many signals: recompute once, after them.
    core::ChangeNotifier *notifier = session.notifier();
    connect(notifier, &core::ChangeNotifier::changed, this, &ProgressPage::scheduleRefresh);
    connect(notifier, &core::ChangeNotifier::everythingChanged, this,
            &ProgressPage::scheduleRefresh);
    connect(&session, &Session::preferencesChanged, this, [this] {
        const int formula = m_formulaCombo->findData(this->session().e1rmFormula());
        if (formula >= 0)
            m_formulaCombo->setCurrentIndex(formula);
        refresh();
    });
    setToday(m_today);
}

QList<FigureTableModel *> ProgressPage::models() const
{
    return { m_sessionsModel, m_recordsModel, m_weekModel, m_repMaxModel, m_weeklyModel };
}

void ProgressPage::setToday(const QDate &today)
{
    m_today = today;
    m_reportFrom->setDate(today.addMonths(-3).addDays(1));
    m_reportTo->setDate(today);
    refresh();
}

void ProgressPage::showView(View view)
{
    m_tabs->setCurrentIndex(view);
}

QWidget *ProgressPage::createDashboard()
{
    auto *stack = new QStackedWidget(this);
    m_dashboardStack = stack;
    stack->addWidget(emptyLabel(tr("No sets logged yet. Log a session, or generate a demo history "
                                   "with fitnesstrack-cli, and the figures appear here."),
                                stack));
    auto *page = new QWidget(stack);
    auto *grid = new QGridLayout(page);
    grid->addWidget(titled(tr("Recent sessions"),
                           figureTable(m_sessionsModel, tr("Recent sessions"), page), page),
                    0, 0);
    grid->addWidget(titled(tr("Records of the last 30 days"),
                           figureTable(m_recordsModel, tr("Records of the last 30 days"), page),
                           page),
                    1, 0);
    grid->addWidget(titled(tr("Sets per muscle this week"),
                           figureTable(m_weekModel, tr("Sets per muscle this week"), page), page),
                    2, 0);
    m_dashboardBody = new TimeChartView(tr("Body weight, 90 days"), page);
    m_dashboardBody->setObjectName(u"dashboardBodyWeight"_s);
    // Body weight and the main lifts two by two: wide enough for readable dates.
    auto *charts = new QGridLayout;
    charts->addWidget(m_dashboardBody, 0, 0);
    for (int i = 0; i < 3; ++i) {
        auto *chart = new TimeChartView(tr("Main lift %1").arg(i + 1), page);
        chart->setObjectName(u"mainLift%1"_s.arg(i + 1));
        chart->chart()->legend()->hide();
        m_liftCharts.append(chart);
        charts->addWidget(chart, (i + 1) / 2, (i + 1) % 2);
    }
    grid->addLayout(charts, 0, 1, 3, 1);
    m_dashboardNote = emptyLabel(QString(), page);
    m_dashboardNote->setObjectName(u"dashboardNote"_s);
    grid->addWidget(m_dashboardNote, 3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    stack->addWidget(page);

    // The printable report: this athlete's dashboard over a range of days.
    auto *box = new QWidget(this);
    m_reportFrom = new QDateEdit(box);
    m_reportFrom->setObjectName(u"reportFrom"_s);
    m_reportFrom->setCalendarPopup(true);
    m_reportTo = new QDateEdit(box);
    m_reportTo->setObjectName(u"reportTo"_s);
    m_reportTo->setCalendarPopup(true);
    auto *save = new QToolButton(box);
    save->setObjectName(u"saveReport"_s);
    save->setText(tr("Save PDF re&port…"));
    connect(save, &QToolButton::clicked, this, [this] {
        const QString name =
            session().currentAthlete() ? session().currentAthlete()->displayName() : QString();
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Progress Report"),
            documentsFolder() + u'/'
                + tr("progress-%1.pdf").arg(name.simplified().replace(u' ', u'-')),
            tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return;
        if (core::Status s = saveReport(path, { m_reportFrom->date(), m_reportTo->date() }); !s)
            MessageBox::critical(this, tr("Save Progress Report"), s.error().message);
        else
            emit statusMessage(tr("Saved the report to %1.").arg(path));
    });
    auto *controls = new QHBoxLayout;
    controls->addStretch(1);
    controls->addWidget(buddyLabel(tr("Report &from:"), m_reportFrom, box));
    controls->addWidget(m_reportFrom);
    controls->addWidget(buddyLabel(tr("&to:"), m_reportTo, box));
    controls->addWidget(m_reportTo);
    controls->addWidget(save);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(stack, 1);
    return box;
}

core::Status ProgressPage::saveReport(const QString &path, const stats::DayRange &range)
{
    core::Database *database = db();
    if (!database || !session().currentAthlete())
        return core::Error::make(core::Error::Kind::NotFound, tr("No athlete is chosen."));
    ProgressReport report(*session().currentAthlete(), range, session().weightFormat(),
                          session().weeklySetTarget(), e1rmOptions());
    if (core::Status s = report.load(*database); !s)
        return s;
    return report.writePdf(path);
}

QWidget *ProgressPage::createE1rmView()
{
    auto *page = new QWidget(this);
    m_exerciseCombo = new QComboBox(page);
    m_exerciseCombo->setObjectName(u"e1rmExercise"_s);
    m_exerciseCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_formulaCombo = new QComboBox(page);
    m_formulaCombo->setObjectName(u"e1rmFormula"_s);
    for (stats::E1rmFormula formula : stats::allE1rmFormulas)
        m_formulaCombo->addItem(stats::e1rmFormulaName(formula), stats::e1rmFormulaKey(formula));
    m_formulaCombo->setCurrentIndex(std::max(0, m_formulaCombo->findData(session().e1rmFormula())));
    m_rangeCombo = new QComboBox(page);
    m_rangeCombo->setObjectName(u"e1rmRange"_s);
    m_rangeCombo->addItem(tr("4 weeks"), FourWeeks);
    m_rangeCombo->addItem(tr("3 months"), ThreeMonths);
    m_rangeCombo->addItem(tr("1 year"), OneYear);
    m_rangeCombo->addItem(tr("All"), AllTime);
    m_rangeCombo->setCurrentIndex(OneYear);

    m_e1rmChart = new TimeChartView(tr("Estimated 1RM"), page);
    m_e1rmChart->setObjectName(u"e1rmChart"_s);
    auto *controls = new QHBoxLayout;
    controls->addWidget(buddyLabel(tr("E&xercise:"), m_exerciseCombo, page));
    controls->addWidget(m_exerciseCombo);
    controls->addWidget(buddyLabel(tr("&Formula:"), m_formulaCombo, page));
    controls->addWidget(m_formulaCombo);
    controls->addWidget(buddyLabel(tr("&Range:"), m_rangeCombo, page));
    controls->addWidget(m_rangeCombo);
    auto *compareAthletes = new QToolButton(page);
    compareAthletes->setObjectName(u"compareAthletes"_s);
    compareAthletes->setText(tr("Compare a&thletes…"));
    compareAthletes->setToolTip(tr("Up to three other athletes' e1RM of this exercise beside this "
                                   "athlete's"));
    connect(compareAthletes, &QToolButton::clicked, this, &ProgressPage::chooseAthletesToCompare);
    auto *compareLifts = new QToolButton(page);
    compareLifts->setObjectName(u"compareLifts"_s);
    compareLifts->setText(tr("Compare &lifts…"));
    compareLifts->setToolTip(tr("Up to three other exercises of this athlete on the same chart"));
    connect(compareLifts, &QToolButton::clicked, this, &ProgressPage::chooseLiftsToCompare);
    controls->addWidget(compareAthletes);
    controls->addWidget(compareLifts);
    controls->addStretch(1);
    controls->addWidget(chartExportButton(
        m_e1rmChart, [this] { return m_e1rmChart->csv(); }, u"e1rm"_s, page));

    m_e1rmStack = new QStackedWidget(page);
    m_e1rmEmpty = emptyLabel(QString(), m_e1rmStack);
    m_e1rmEmpty->setObjectName(u"e1rmEmpty"_s);
    m_e1rmStack->addWidget(m_e1rmEmpty);
    m_e1rmStack->addWidget(m_e1rmChart);
    auto *repMaxes = figureTable(m_repMaxModel, tr("Rep maxes"), page);
    repMaxes->setObjectName(u"repMaxTable"_s);
    auto *splitter = new QSplitter(page);
    splitter->addWidget(m_e1rmStack);
    splitter->addWidget(titled(tr("Rep maxes"), repMaxes, splitter));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    for (QComboBox *combo : { m_exerciseCombo, m_formulaCombo, m_rangeCombo })
        connect(combo, &QComboBox::activated, this, &ProgressPage::refreshE1rm);
    return page;
}

QWidget *ProgressPage::createWeeklyView()
{
    auto *page = new QWidget(this);
    m_weeksCombo = new QComboBox(page);
    m_weeksCombo->setObjectName(u"weeklyRange"_s);
    for (int weeks : { 8, 12, 26 })
        m_weeksCombo->addItem(tr("%n week(s)", nullptr, weeks), weeks);
    m_weeksCombo->setCurrentIndex(1);
    connect(m_weeksCombo, &QComboBox::activated, this, &ProgressPage::refreshWeekly);
    m_muscleCombo = new QComboBox(page);
    m_muscleCombo->setObjectName(u"weeklyMuscle"_s);
    m_muscleCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_muscleCombo, &QComboBox::activated, this, &ProgressPage::refreshWeekly);
    m_tonnageChart = new TimeChartView(tr("Tonnage per week"), page);
    m_tonnageChart->setObjectName(u"tonnageChart"_s);
    m_tonnageChart->chart()->legend()->hide();

    m_weeklyChart = new QChartView(new QChart, page);
    m_weeklyChart->setObjectName(u"weeklyChart"_s);
    m_weeklyChart->setAccessibleName(tr("Working sets per muscle and week"));
    m_weeklyChart->setRenderHint(QPainter::Antialiasing);
    m_weeklyChart->chart()->setTitle(tr("Working sets per muscle"));
    m_weeklyChart->chart()->legend()->setAlignment(Qt::AlignRight);
    // Up to 16 muscles beside the bars: a smaller font keeps every name in the legend.
    QFont legendFont = m_weeklyChart->chart()->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.8);
    m_weeklyChart->chart()->legend()->setFont(legendFont);

    auto *controls = new QHBoxLayout;
    controls->addWidget(buddyLabel(tr("&Period:"), m_weeksCombo, page));
    controls->addWidget(m_weeksCombo);
    controls->addWidget(buddyLabel(tr("&Muscle:"), m_muscleCombo, page));
    controls->addWidget(m_muscleCombo);
    controls->addStretch(1);
    controls->addWidget(chartExportButton(
        m_weeklyChart,
        [this] {
            QString csv = tr("week,muscle,sets,tonnage_kg,training_days") + u'\n';
            for (const FigureTableModel::Row &row : m_weeklyModel->rows())
                csv += row.toolTip + u'\n';
            return csv;
        },
        u"weekly-volume"_s, page));

    m_weeklyStack = new QStackedWidget(page);
    m_weeklyStack->addWidget(emptyLabel(tr("No working sets in this period."), m_weeklyStack));
    auto *splitter = new QSplitter(m_weeklyStack);
    auto *charts = new QWidget(splitter);
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_weeklyChart, 3);
    chartsLayout->addWidget(m_tonnageChart, 2);
    splitter->addWidget(charts);
    auto *table = figureTable(m_weeklyModel, tr("Weekly sets and tonnage"), splitter);
    table->setObjectName(u"weeklyTable"_s);
    splitter->addWidget(table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 700, 350 });
    m_weeklyStack->addWidget(splitter);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(controls);
    layout->addWidget(m_weeklyStack, 1);
    return page;
}

QWidget *ProgressPage::createBodyView()
{
    m_bodyStack = new QStackedWidget(this);
    m_bodyStack->addWidget(emptyLabel(tr("No body metrics measured yet."), m_bodyStack));
    auto *page = new QWidget(m_bodyStack);
    auto *layout = new QVBoxLayout(page);
    const QString titles[3] = { tr("Body weight"), tr("Body fat"), tr("Resting heart rate") };
    const QString names[3] = { u"body-weight"_s, u"body-fat"_s, u"resting-hr"_s };
    for (int i = 0; i < 3; ++i) {
        m_bodyCharts[i] = new TimeChartView(titles[i], page);
        m_bodyCharts[i]->setObjectName(u"bodyChart%1"_s.arg(i));
        layout->addWidget(withExport(m_bodyCharts[i], names[i], page), 1);
    }
    m_bodyStack->addWidget(page);
    return m_bodyStack;
}

void ProgressPage::setComparison(const QList<core::Id> &athletes, const QList<core::Id> &exercises)
{
    m_compareAthletes = athletes.mid(0, maxCompared);
    m_compareExercises = exercises.mid(0, maxCompared);
    refreshE1rm();
}

void ProgressPage::chooseAthletesToCompare()
{
    const AthleteTableModel *athletes = session().athletes();
    const core::Id current =
        session().currentAthlete() ? session().currentAthlete()->subject.id : 0;
    QList<std::pair<core::Id, QString>> choices;
    for (int row = 0; row < athletes->rowCount(); ++row) {
        const core::Athlete &a = athletes->athlete(row);
        if (a.subject.id != current)
            choices.append({ a.subject.id, a.displayName() });
    }
    ComparisonDialog dialog(tr("Compare Athletes"),
                            tr("Athletes whose e1RM of %1 is drawn beside this athlete's:")
                                .arg(m_exerciseCombo->currentText()),
                            choices, m_compareAthletes, maxCompared, this);
    if (dialog.exec() == QDialog::Accepted)
        setComparison(dialog.chosen(), m_compareExercises);
}

void ProgressPage::chooseLiftsToCompare()
{
    const core::Id current = m_exerciseCombo->currentData().toLongLong();
    QList<std::pair<core::Id, QString>> choices;
    for (int i = 0; i < m_exerciseCombo->count(); ++i) {
        if (m_exerciseCombo->itemData(i).toLongLong() != current)
            choices.append(
                { m_exerciseCombo->itemData(i).toLongLong(), m_exerciseCombo->itemText(i) });
    }
    ComparisonDialog dialog(
        tr("Compare Lifts"),
        tr("Exercises whose e1RM is drawn beside %1:").arg(m_exerciseCombo->currentText()), choices,
        m_compareExercises, maxCompared, this);
    if (dialog.exec() == QDialog::Accepted)
        setComparison(m_compareAthletes, dialog.chosen());
}

QString ProgressPage::comparisonName(core::Id subject, core::Id exercise) const
{
    // Lines of athletes are named by athlete, lines of lifts by exercise, both when both vary.
    QString athlete, lift;
    const AthleteTableModel *athletes = session().athletes();
    if (const int row = athletes->rowOfSubject(subject); row >= 0)
        athlete = athletes->athlete(row).displayName();
    if (const int index = m_exerciseCombo->findData(exercise); index >= 0)
        lift = m_exerciseCombo->itemText(index);
    if (m_compareExercises.isEmpty())
        return athlete;
    if (m_compareAthletes.isEmpty())
        return lift;
    return tr("%1, %2").arg(athlete, lift);
}

void ProgressPage::addComparisons(core::Id subject, core::Id exercise, const stats::DayRange &range,
                                  const stats::E1rmOptions &options)
{
    QList<std::pair<core::Id, core::Id>> lines; // (athlete, exercise)
    for (core::Id other : std::as_const(m_compareAthletes)) {
        if (other != subject)
            lines.append({ other, exercise });
    }
    for (core::Id other : std::as_const(m_compareExercises)) {
        if (other != exercise)
            lines.append({ subject, other });
    }
    const WeightFormat &wf = session().weightFormat();
    const QLocale locale;
    for (const auto &[athlete, lift] : lines) {
        auto series = stats::e1rmSeries(*db(), athlete, lift, options, range);
        QString name = comparisonName(athlete, lift);
        QList<ChartPoint> points;
        if (series) {
            for (const stats::E1rmPoint &p : *series)
                points.append({ p.date, core::fromKg(p.value, wf.unit()),
                                tr("%1\n%2: e1RM %3\n%4")
                                    .arg(name, locale.toString(p.date), wf.format(p.value),
                                         setText(p.set)) });
        }
        if (points.isEmpty())
            name = tr("%1 (no sets in this range)").arg(name);
        // Colours of their own: the theme's next ones are close to the records' orange.
        static const QColor colors[] = { QColor(46, 125, 50), QColor(142, 36, 170),
                                         QColor(198, 40, 40), QColor(0, 131, 143),
                                         QColor(93, 64, 55),  QColor(96, 125, 139) };
        QXYSeries *added = m_e1rmChart->addLine(name, points);
        QPen pen = added->pen();
        pen.setColor(colors[(m_e1rmChart->chart()->series().size() - 3) % std::size(colors)]);
        added->setPen(pen);
    }
}

QWidget *ProgressPage::createCoachView()
{
    auto *page = new QWidget(this);
    m_coachProxy->setSourceModel(m_coachModel);
    m_coachProxy->setSortRole(CoachOverviewModel::SortRole);
    m_coachProxy->setSortLocaleAware(true);
    m_coachTable = new QTableView(page);
    m_coachTable->setObjectName(u"coachOverview"_s);
    m_coachTable->setAccessibleName(tr("Coach overview"));
    m_coachTable->setModel(m_coachProxy);
    m_coachTable->setItemDelegate(new SparklineDelegate(m_coachTable));
    m_coachTable->setSortingEnabled(true);
    m_coachTable->sortByColumn(CoachOverviewModel::AthleteColumn, Qt::AscendingOrder);
    m_coachTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_coachTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_coachTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_coachTable->setAlternatingRowColors(true);
    m_coachTable->setWordWrap(false);
    m_coachTable->verticalHeader()->hide();
    m_coachTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_coachTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_coachTable->horizontalHeader()->setStretchLastSection(true);
    // Enter and a double-click both activate a row.
    connect(m_coachTable, &QAbstractItemView::activated, this, &ProgressPage::openAthlete);
    m_coachNote = new QLabel(page);
    m_coachNote->setObjectName(u"coachNote"_s);
    m_coachNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_coachNote);
    layout->addWidget(m_coachTable, 1);
    return page;
}

void ProgressPage::refreshCoach()
{
    if (m_tabs->currentIndex() != CoachView) {
        m_coachStale = true;
        return;
    }
    m_coachStale = false;
    core::Database *database = db();
    QList<stats::AthleteOverview> rows;
    stats::CoachOverviewOptions options;
    options.e1rm = e1rmOptions();
    QString note = tr("Figures up to %1. The lifts are each athlete's three most trained of the "
                      "last %2 weeks, with their e1RM change and weekly best. Enter or a "
                      "double-click opens the athlete's dashboard.")
                       .arg(QLocale().toString(m_today, QLocale::ShortFormat))
                       .arg(options.trendWeeks);
    if (database) {
        // Every athlete's history: long enough on a large database to show the wait cursor.
        if (auto result =
                waitingFor([&] { return stats::coachOverview(*database, m_today, options); }))
            rows = std::move(*result);
        else
            note = tr("The overview could not be read: %1").arg(result.error().message);
    }
    m_coachModel->setOverview(rows, session().weightFormat(), m_today, options.trendWeeks);
    m_coachNote->setText(note);
}

void ProgressPage::openAthlete(const QModelIndex &index)
{
    const core::Id subject = index.data(CoachOverviewModel::SubjectIdRole).toLongLong();
    if (subject == 0)
        return;
    showView(DashboardView);
    session().setCurrentAthlete(subject);
}

void ProgressPage::databaseChanged()
{
    refresh();
}

void ProgressPage::currentAthleteChanged()
{
    // The overview is of every athlete: it stays as it is.
    refreshAthlete();
}

void ProgressPage::scheduleRefresh()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refresh();
    });
}

void ProgressPage::refresh()
{
    refreshAthlete();
    refreshCoach();
}

void ProgressPage::refreshAthlete()
{
    reloadExercises();
    refreshDashboard();
    refreshE1rm();
    refreshWeekly();
    refreshBody();
}

stats::E1rmOptions ProgressPage::e1rmOptions() const
{
    stats::E1rmOptions options;
    if (auto formula = stats::parseE1rmFormula(m_formulaCombo->currentData().toString()))
        options.formula = *formula;
    options.repCap = session().e1rmRepCap();
    return options;
}

QString ProgressPage::weightTitle(const QString &what) const
{
    return tr("%1 (%2)").arg(what, session().weightFormat().unitSuffix());
}

QString ProgressPage::setText(const stats::SetRef &set) const
{
    QString text = tr("%1 × %2").arg(session().weightFormat().format(set.weightKg)).arg(set.reps);
    if (set.rpe)
        text += tr(" @ RPE %1").arg(number(*set.rpe));
    return text;
}

QBrush ProgressPage::bandBrush(double sets) const
{
    const core::WeeklySetTarget target = session().weeklySetTarget();
    if (sets < target.low)
        return QColor(255, 236, 179); // below: amber
    if (sets > target.high)
        return QColor(255, 205, 210); // above: red
    return QColor(200, 230, 201);     // inside: green
}

void ProgressPage::addMeasured(TimeChartView *chart, const QList<ChartPoint> &values,
                               const QList<ChartPoint> &averages)
{
    // The average first, so that the measured dots stay visible where the two coincide.
    QXYSeries *average = chart->addLine(tr("7-day average"), averages);
    QPen thick = average->pen();
    thick.setWidthF(2.5);
    average->setPen(thick);
    QXYSeries *measured = chart->addLine(tr("Measured"), values);
    measured->setPointsVisible(true);
    QPen thin = measured->pen();
    thin.setWidthF(1);
    measured->setPen(thin);
    chart->fitAxes();
}

void ProgressPage::reloadExercises()
{
    const core::Id previous = m_exerciseCombo->currentData().toLongLong();
    m_exerciseCombo->clear();
    core::Database *database = db();
    if (!database || !session().currentAthlete())
        return;
    // The exercises the athlete lifted with a load, the most trained first.
    auto lifts = stats::mostTrainedLifts(*database, session().currentAthlete()->subject.id, m_today,
                                         100 * 52, 1000);
    if (!lifts)
        return;
    for (const stats::TrainedLift &lift : *lifts)
        m_exerciseCombo->addItem(lift.name, lift.exerciseId);
    m_exerciseCombo->setCurrentIndex(std::max(0, m_exerciseCombo->findData(previous)));
}

void ProgressPage::refreshDashboard()
{
    core::Database *database = db();
    std::optional<stats::Dashboard> board;
    if (database && session().currentAthlete()) {
        stats::DashboardOptions options;
        options.e1rm = e1rmOptions();
        if (auto result = stats::dashboard(*database, session().currentAthlete()->subject.id,
                                           m_today, options))
            board = std::move(*result);
    }
    if (!board || board->recentSessions.isEmpty()) {
        m_dashboardStack->setCurrentIndex(0);
        for (FigureTableModel *model : { m_sessionsModel, m_recordsModel, m_weekModel })
            model->setRows({});
        return;
    }
    m_dashboardStack->setCurrentIndex(1);
    const WeightFormat &wf = session().weightFormat();
    const QLocale locale;

    QList<FigureTableModel::Row> sessions;
    for (const stats::SessionSummary &s : board->recentSessions)
        sessions.append(
            { { locale.toString(s.date, QLocale::ShortFormat),
                enumLabel(core::EnumType::WorkoutStatus, s.status), QString::number(s.workingSets),
                QString::number(s.exercises), wf.format(s.tonnageKg) },
              {},
              {} });
    m_sessionsModel->setRows(sessions);

    const auto names = exerciseNames(*database);
    QList<FigureTableModel::Row> records;
    for (const stats::RecordPoint &r : board->records) {
        const QString value = r.kind == stats::RecordKind::Volume
            ? tr("%1 × reps").arg(wf.format(r.value))
            : wf.format(r.value);
        const auto name = names.find(r.exerciseId);
        records.append({ { locale.toString(r.date, QLocale::ShortFormat),
                           name != names.end() ? name->second : QString(), recordLabel(r), value,
                           setText(r.set) },
                         {},
                         {} });
    }
    m_recordsModel->setRows(records);

    const core::WeeklySetTarget target = session().weeklySetTarget();
    QList<FigureTableModel::Row> week;
    for (const stats::WeeklyRow &w : board->weekSetsPerMuscle)
        week.append({ { enumLabel(core::EnumType::MuscleGroup, w.group), number(w.sets),
                        tr("%1–%2").arg(target.low).arg(target.high) },
                      bandBrush(w.sets),
                      {} });
    m_weekModel->setRows(week);

    m_dashboardBody->clearSeries();
    m_dashboardBody->setValueTitle(wf.unitSuffix());
    QList<ChartPoint> weight, average;
    for (const stats::BodyPoint &p : board->bodyWeight) {
        const double v = core::fromKg(p.value, wf.unit());
        weight.append({ p.date, v, tr("%1: %2").arg(locale.toString(p.date), wf.format(p.value)) });
        average.append(
            { p.date, core::fromKg(p.average7, wf.unit()),
              tr("%1: 7-day average %2").arg(locale.toString(p.date), wf.format(p.average7)) });
    }
    addMeasured(m_dashboardBody, weight, average);
    m_dashboardBody->setVisible(!weight.isEmpty());
    QStringList missing;
    if (weight.isEmpty())
        missing.append(tr("No body weight measured in the last 90 days."));
    if (board->mainLifts.isEmpty())
        missing.append(tr("No lifts with a load in the last 12 weeks."));
    m_dashboardNote->setText(missing.join(u'\n'));
    m_dashboardNote->setVisible(!missing.isEmpty());

    for (int i = 0; i < m_liftCharts.size(); ++i) {
        TimeChartView *chart = m_liftCharts.at(i);
        chart->clearSeries();
        chart->setValueTitle(wf.unitSuffix());
        if (i >= board->mainLifts.size()) {
            chart->chart()->setTitle(QString());
            chart->hide();
            continue;
        }
        const stats::MainLift &lift = board->mainLifts.at(i);
        chart->show();
        chart->chart()->setTitle(tr("%1, e1RM").arg(lift.lift.name));
        QList<ChartPoint> points;
        for (const stats::E1rmPoint &p : lift.e1rm)
            points.append(
                { p.date, core::fromKg(p.value, wf.unit()),
                  tr("%1: e1RM %2\n%3")
                      .arg(locale.toString(p.date), wf.format(p.value), setText(p.set)) });
        chart->addLine(lift.lift.name, points);
        chart->fitAxes();
    }
}

QDate ProgressPage::e1rmRangeStart() const
{
    switch (m_rangeCombo->currentData().toInt()) {
    case FourWeeks:
        return m_today.addDays(-27);
    case ThreeMonths:
        return m_today.addMonths(-3).addDays(1);
    case OneYear:
        return m_today.addYears(-1).addDays(1);
    default:
        return {};
    }
}

void ProgressPage::refreshE1rm()
{
    m_e1rmChart->clearSeries();
    m_repMaxModel->setRows({});
    core::Database *database = db();
    const WeightFormat &wf = session().weightFormat();
    m_e1rmChart->setValueTitle(weightTitle(tr("e1RM")));
    if (!database || !session().currentAthlete() || m_exerciseCombo->count() == 0) {
        m_e1rmEmpty->setText(tr("No sets logged yet for this athlete."));
        m_e1rmStack->setCurrentWidget(m_e1rmEmpty);
        return;
    }
    const core::Id subject = session().currentAthlete()->subject.id;
    const core::Id exercise = m_exerciseCombo->currentData().toLongLong();
    const stats::DayRange range { e1rmRangeStart(), m_today };
    const stats::E1rmOptions options = e1rmOptions();
    auto series = stats::e1rmSeries(*database, subject, exercise, options, range);
    auto records = stats::records(*database, subject, exercise, options);
    auto repMaxes = stats::repMaxes(*database, subject, exercise);
    if (!series || !records || !repMaxes) {
        const core::Error &error = !series ? series.error()
            : !records                     ? records.error()
                                           : repMaxes.error();
        m_e1rmEmpty->setText(tr("The figures could not be read: %1").arg(error.message));
        m_e1rmStack->setCurrentWidget(m_e1rmEmpty);
        return;
    }
    const QLocale locale;
    QList<FigureTableModel::Row> rows;
    for (const stats::RepMax &r : *repMaxes)
        rows.append({ { tr("%1RM").arg(r.reps), wf.format(r.weightKg),
                        locale.toString(r.date, QLocale::ShortFormat) },
                      {},
                      setText(r.set) });
    m_repMaxModel->setRows(rows);

    if (series->isEmpty()) {
        m_e1rmEmpty->setText(m_rangeCombo->currentData().toInt() == AllTime
                                 ? tr("No sets logged yet for this exercise.")
                                 : tr("No sets of this exercise in this range."));
        m_e1rmStack->setCurrentWidget(m_e1rmEmpty);
        return;
    }
    QList<ChartPoint> points;
    points.reserve(series->size());
    for (const stats::E1rmPoint &p : *series)
        points.append({ p.date, core::fromKg(p.value, wf.unit()),
                        tr("%1: e1RM %2\n%3")
                            .arg(locale.toString(p.date), wf.format(p.value), setText(p.set)) });
    QList<ChartPoint> marks;
    for (const stats::RecordPoint &r : *records) {
        if (r.kind == stats::RecordKind::E1rm && range.contains(r.date))
            marks.append({ r.date, core::fromKg(r.value, wf.unit()),
                           tr("%1: e1RM record %2\n%3")
                               .arg(locale.toString(r.date), wf.format(r.value), setText(r.set)) });
    }
    m_e1rmChart->chart()->setTitle(
        tr("%1, estimated 1RM (%2)")
            .arg(m_exerciseCombo->currentText(), m_formulaCombo->currentText()));
    const bool comparing = !m_compareAthletes.isEmpty() || !m_compareExercises.isEmpty();
    m_e1rmChart->addLine(comparing ? comparisonName(subject, exercise) : tr("e1RM"), points);
    m_e1rmChart->addMarkers(tr("Records"), marks);
    if (comparing)
        addComparisons(subject, exercise, range, options);
    m_e1rmChart->fitAxes();
    m_e1rmStack->setCurrentWidget(m_e1rmChart);
}

void ProgressPage::refreshWeekly()
{
    QChart *chart = m_weeklyChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis; // removeAxis gives it back: the chart is refilled on every refresh
    }
    m_weeklyModel->setRows({});
    core::Database *database = db();
    if (!database || !session().currentAthlete()) {
        m_weeklyStack->setCurrentIndex(0);
        return;
    }
    const int weeks = m_weeksCombo->currentData().toInt();
    const QDate last = stats::isoWeekStart(m_today);
    const stats::DayRange range { last.addDays(-7 * (weeks - 1)), m_today };
    auto rows = stats::weeklyFigures(*database, session().currentAthlete()->subject.id,
                                     stats::WeeklyGrouping::Muscle, range);
    if (!rows || rows->isEmpty()) {
        m_weeklyStack->setCurrentIndex(0);
        return;
    }
    m_weeklyStack->setCurrentIndex(1);
    const WeightFormat &wf = session().weightFormat();

    // The muscles of the period; the one chosen stays chosen while it has sets.
    const QString chosen = m_muscleCombo->currentData().toString();
    std::set<QString> groups;
    for (const stats::WeeklyRow &w : *rows)
        groups.insert(w.group);
    m_muscleCombo->clear();
    m_muscleCombo->addItem(tr("All muscles"), QString());
    for (const QString &group : groups)
        m_muscleCombo->addItem(enumLabel(core::EnumType::MuscleGroup, group), group);
    m_muscleCombo->setCurrentIndex(std::max(0, m_muscleCombo->findData(chosen)));
    const QString muscle = m_muscleCombo->currentData().toString();
    if (!muscle.isEmpty())
        rows->removeIf([&muscle](const stats::WeeklyRow &w) { return w.group != muscle; });

    // One stacked bar per week, one band per muscle; weeks without sets stay empty bars. A bar
    // is narrow: its label is the week's number only.
    QStringList categories;
    for (int i = 0; i < weeks; ++i)
        categories.append(QString::number(range.from.addDays(7 * i).weekNumber()));
    std::map<QString, QList<qreal>> byMuscle;
    QList<FigureTableModel::Row> table;
    for (const stats::WeeklyRow &w : *rows) {
        auto &values = byMuscle[w.group];
        if (values.isEmpty())
            values.fill(0, weeks);
        values[int(range.from.daysTo(w.weekStart) / 7)] = w.sets;
        table.append(
            { { stats::isoWeekLabel(w.weekStart), enumLabel(core::EnumType::MuscleGroup, w.group),
                number(w.sets), wf.format(w.tonnageKg), QString::number(w.trainingDays) },
              bandBrush(w.sets),
              u"%1,%2,%3,%4,%5"_s.arg(stats::isoWeekLabel(w.weekStart), w.group)
                  .arg(w.sets)
                  .arg(w.tonnageKg, 0, 'f', 2)
                  .arg(w.trainingDays) });
    }
    m_weeklyModel->setRows(table);

    std::map<QDate, double> tonnage;
    for (const stats::WeeklyRow &w : *rows)
        tonnage[w.weekStart] += w.tonnageKg;
    QList<ChartPoint> tonnagePoints;
    for (const auto &[week, kg] : tonnage)
        tonnagePoints.append({ week, core::fromKg(kg, wf.unit()),
                               tr("%1: %2").arg(stats::isoWeekLabel(week), wf.format(kg)) });
    m_tonnageChart->clearSeries();
    m_tonnageChart->setValueTitle(wf.unitSuffix());
    m_tonnageChart->addLine(tr("Tonnage"), tonnagePoints)->setPointsVisible(true);
    m_tonnageChart->fitAxes();

    auto *stacked = new QStackedBarSeries(chart);
    for (const auto &[group, values] : byMuscle) {
        auto *set = new QBarSet(enumLabel(core::EnumType::MuscleGroup, group), stacked);
        set->append(values);
        stacked->append(set);
    }
    chart->addSeries(stacked);
    // Bars stand at x = 0, 1, ...: a category axis on those values can label every week, or
    // every fourth when a label per bar would not fit (a bar-category axis elides them to dots).
    auto *x = new QCategoryAxis(chart);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, weeks - 0.5);
    const int step = weeks > 12 ? 4 : 1;
    for (int i = 0; i < weeks; i += step)
        x->append(categories.at(i), i);
    x->setGridLineVisible(false);
    x->setTitleText(tr("ISO week"));
    auto *y = new QValueAxis(chart);
    y->setTitleText(tr("Working sets"));
    y->setLabelFormat(u"%.0f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    stacked->attachAxis(x);
    stacked->attachAxis(y);
    if (!muscle.isEmpty()) {
        // The target applies to one muscle's sets, so the band is drawn only then.
        const core::WeeklySetTarget target = session().weeklySetTarget();
        auto *band = new QAreaSeries(chart);
        auto *low = new QLineSeries(band), *high = new QLineSeries(band);
        low->replace({ QPointF(-0.5, target.low), QPointF(weeks - 0.5, target.low) });
        high->replace({ QPointF(-0.5, target.high), QPointF(weeks - 0.5, target.high) });
        band->setUpperSeries(high);
        band->setLowerSeries(low);
        band->setName(tr("Target %1–%2 sets").arg(target.low).arg(target.high));
        band->setColor(QColor(76, 175, 80, 60));
        band->setBorderColor(QColor(56, 142, 60));
        chart->addSeries(band);
        band->attachAxis(x);
        band->attachAxis(y);
        double top = target.high;
        for (const auto &[group, values] : byMuscle)
            top = std::max(top, *std::max_element(values.cbegin(), values.cend()));
        y->setRange(0, top * 1.1);
    }
    y->applyNiceNumbers();
}

void ProgressPage::refreshBody()
{
    for (TimeChartView *chart : m_bodyCharts)
        chart->clearSeries();
    core::Database *database = db();
    std::optional<stats::BodySeries> body;
    if (database && session().currentAthlete()) {
        if (auto result = stats::bodySeries(*database, session().currentAthlete()->subject.id,
                                            { {}, m_today }))
            body = std::move(*result);
    }
    if (!body
        || (body->weightKg.isEmpty() && body->bodyfatPct.isEmpty() && body->restingHr.isEmpty())) {
        m_bodyStack->setCurrentIndex(0);
        return;
    }
    m_bodyStack->setCurrentIndex(1);
    const WeightFormat &wf = session().weightFormat();
    const QLocale locale;
    const auto fill = [&](TimeChartView *chart, const QList<stats::BodyPoint> &points,
                          const QString &axis, const std::function<double(double)> &convert,
                          const std::function<QString(double)> &format) {
        chart->setValueTitle(axis);
        QList<ChartPoint> values, averages;
        for (const stats::BodyPoint &p : points) {
            const QString day = locale.toString(p.date);
            values.append({ p.date, convert(p.value), tr("%1: %2").arg(day, format(p.value)) });
            averages.append({ p.date, convert(p.average7),
                              tr("%1: 7-day average %2").arg(day, format(p.average7)) });
        }
        addMeasured(chart, values, averages);
    };
    const auto same = [](double v) { return v; };
    fill(
        m_bodyCharts[0], body->weightKg, wf.unitSuffix(),
        [&wf](double kg) { return core::fromKg(kg, wf.unit()); },
        [&wf](double kg) { return wf.format(kg); });
    fill(m_bodyCharts[1], body->bodyfatPct, tr("%"), same,
         [](double v) { return tr("%1 %").arg(number(v)); });
    fill(m_bodyCharts[2], body->restingHr, tr("bpm"), same,
         [](double v) { return tr("%1 bpm").arg(number(v, 0)); });
}

} // namespace ft::ui
