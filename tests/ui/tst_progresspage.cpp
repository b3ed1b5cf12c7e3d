// The Progress page on a real database with a demo history: every view offscreen, the series
// against core/stats, downsampling, record markers, the models, the empty state and the unit.

#include "accessibility.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include "core/athletes/athletes.h"
#include "core/changes/changenotifier.h"
#include "core/demo/demo.h"
#include "core/settings.h"
#include "core/stats/overview.h"
#include "core/stats/progress.h"
#include "ui/charts/timechartview.h"
#include "ui/dialogs/comparisondialog.h"
#include "ui/models/coachoverviewmodel.h"
#include "ui/models/figuretablemodel.h"
#include "ui/pages/progresspage.h"
#include "ui/session.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>
#include <QXYSeries>
#include <QXmlStreamReader>

#include <set>

using namespace ft;
using namespace Qt::StringLiterals;
namespace stats = ft::core::stats;

class TestProgressPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void e1rmSeriesAndMarkers();
    void downsamplesToTheWidth();
    void weeklyMatchesCore();
    void bodyMetrics();
    void modelsPassTheTester();
    void emptyHistory();
    void poundsChangeAxisAndValues();
    void dashboardAndNames();
    void preferredFormulaFollowed();
    void exportsPngAndCsv();
    void coachOverviewMatchesCore();
    void comparesAthletesAndLifts();
    void comparisonDialogLimits();
    void exportsSvgAndPdf();
    void printsReport();
    void coachOverviewSortsAndOpensAthlete();

private:
    QXYSeries *line(ui::TimeChartView *chart, int index) const;
    core::Id subject() const { return m_session->currentAthlete()->subject.id; }
    core::Id exercise() const;

    const QDate demoEnd { 2026, 6, 28 };
    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<ui::ProgressPage> m_page;
    core::Database *m_db = nullptr;
};

void TestProgressPage::init()
{
    core::Settings::useFile(m_settingsDir.filePath(
        u"settings-%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    m_testDb = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_testDb->createMigrated(), qPrintable(m_testDb->errorString()));
    auto db = m_testDb->open();
    FT_VERIFY_OK(db);
    core::DemoOptions options;
    options.athletes = 2;
    options.years = 1;
    options.endDate = demoEnd;
    FT_VERIFY_OK(core::generateDemo(**db, options));
    m_session = std::make_unique<ui::Session>();
    m_session->setDatabase(std::move(*db));
    m_db = m_session->database();
    m_page = std::make_unique<ui::ProgressPage>(*m_session);
    m_page->setToday(demoEnd);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(m_session->currentAthlete());
}

void TestProgressPage::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_db = nullptr;
    m_testDb.reset();
}

QXYSeries *TestProgressPage::line(ui::TimeChartView *chart, int index) const
{
    const auto series = chart->chart()->series();
    return index < series.size() ? qobject_cast<QXYSeries *>(series.at(index)) : nullptr;
}

core::Id TestProgressPage::exercise() const
{
    return m_page->findChild<QComboBox *>(u"e1rmExercise"_s)->currentData().toLongLong();
}

void TestProgressPage::e1rmSeriesAndMarkers()
{
    m_page->showView(ui::ProgressPage::E1rmView);
    auto *range = m_page->findChild<QComboBox *>(u"e1rmRange"_s);
    range->setCurrentIndex(range->count() - 1); // all
    emit range->activated(range->currentIndex());
    QVERIFY(exercise() != 0);

    auto series = stats::e1rmSeries(*m_db, subject(), exercise());
    FT_VERIFY_OK(series);
    QVERIFY(series->size() > 20);
    QVERIFY(m_page->e1rmChart()->isVisible());
    QXYSeries *e1rm = line(m_page->e1rmChart(), 0);
    QVERIFY(e1rm);
    // Fewer points than pixels: nothing is dropped, and the last one is the last day's e1RM.
    QCOMPARE(e1rm->count(),
             std::min<qsizetype>(series->size(), m_page->e1rmChart()->sampleLimit()));
    QCOMPARE(e1rm->at(e1rm->count() - 1).y(), series->last().value);

    // Hovering the first point names its day, its e1RM and the set behind it.
    emit e1rm->hovered(e1rm->at(0), true);
    const stats::E1rmPoint &first = series->first();
    QVERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(QLocale().toString(first.date)), qPrintable(tip));
    QVERIFY2(tip.contains(m_session->weightFormat().format(first.value)), qPrintable(tip));
    QVERIFY2(tip.contains(u"%1 × %2"_s.arg(m_session->weightFormat().format(first.set.weightKg))
                              .arg(first.set.reps)),
             qPrintable(tip));

    auto records = stats::records(*m_db, subject(), exercise());
    FT_VERIFY_OK(records);
    const auto e1rmRecords = std::count_if(records->cbegin(), records->cend(), [](const auto &r) {
        return r.kind == stats::RecordKind::E1rm;
    });
    QVERIFY(e1rmRecords > 0);
    QCOMPARE(line(m_page->e1rmChart(), 1)->count(), e1rmRecords);

    auto repMaxes = stats::repMaxes(*m_db, subject(), exercise());
    FT_VERIFY_OK(repMaxes);
    QCOMPARE(m_page->repMaxModel()->rowCount(), repMaxes->size());
    QCOMPARE(m_page->repMaxModel()->index(0, 0).data().toString(),
             u"%1RM"_s.arg(repMaxes->first().reps));

    // A shorter range reads fewer days; the markers stay within it.
    range->setCurrentIndex(0); // 4 weeks
    emit range->activated(0);
    auto recent =
        stats::e1rmSeries(*m_db, subject(), exercise(), {}, { m_page->e1rmRangeStart(), demoEnd });
    FT_VERIFY_OK(recent);
    QVERIFY(recent->size() < series->size());
    if (recent->isEmpty())
        QVERIFY(m_page->findChild<QLabel *>(u"e1rmEmpty"_s)->isVisible());
    else
        QCOMPARE(line(m_page->e1rmChart(), 0)->count(), recent->size());

    // Another formula gives other values.
    range->setCurrentIndex(range->count() - 1);
    emit range->activated(range->currentIndex());
    auto *formula = m_page->findChild<QComboBox *>(u"e1rmFormula"_s);
    QCOMPARE(formula->currentData().toString(), u"epley"_s);
    formula->setCurrentIndex(formula->findData(u"brzycki"_s));
    emit formula->activated(formula->currentIndex());
    auto brzycki =
        stats::e1rmSeries(*m_db, subject(), exercise(), { stats::E1rmFormula::Brzycki, 10 });
    FT_VERIFY_OK(brzycki);
    QCOMPARE(line(m_page->e1rmChart(), 0)->at(0).y(), brzycki->first().value);
}

void TestProgressPage::downsamplesToTheWidth()
{
    ui::TimeChartView view(u"Test"_s);
    view.resize(700, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QList<ui::ChartPoint> points;
    const QDate start(2010, 1, 1);
    for (int i = 0; i < 5000; ++i)
        points.append({ start.addDays(i), 100 + (i % 37) + i * 0.01, {} });
    QXYSeries *series = view.addLine(u"e1RM"_s, points);
    view.fitAxes();
    QCoreApplication::processEvents(); // the chart's layout
    const qreal plot = view.chart()->plotArea().width();
    QVERIFY(plot > 300);
    QVERIFY2(series->count() <= 2 * plot, qPrintable(u"%1 points"_s.arg(series->count())));
    QVERIFY(series->count() > plot); // about two per pixel, not far fewer
    QCOMPARE(series->at(0), QPointF(QDateTime(start, QTime(12, 0)).toMSecsSinceEpoch(), 100));
    // The CSV keeps every point.
    QCOMPARE(view.csv().count(u'\n'), 5001);

    // Narrower: sampled again.
    const qsizetype wide = series->count();
    view.resize(400, 300);
    QCoreApplication::processEvents();
    QVERIFY(series->count() < wide);
    QVERIFY(series->count() <= 2 * view.chart()->plotArea().width());
    // Ticks readable: no more than fit the width.
    auto *axis = qobject_cast<QDateTimeAxis *>(view.chart()->axes(Qt::Horizontal).first());
    QVERIFY(axis->tickCount() <= 5);
    QCOMPARE(axis->format(), u"MMM yy"_s);
}

void TestProgressPage::weeklyMatchesCore()
{
    m_page->showView(ui::ProgressPage::WeeklyView);
    const QDate from = stats::isoWeekStart(demoEnd).addDays(-7 * 11);
    auto rows =
        stats::weeklyFigures(*m_db, subject(), stats::WeeklyGrouping::Muscle, { from, demoEnd });
    FT_VERIFY_OK(rows);
    QVERIFY(!rows->isEmpty());
    ui::FigureTableModel *model = m_page->weeklyModel();
    QCOMPARE(model->rowCount(), rows->size());
    double total = 0;
    for (int i = 0; i < rows->size(); ++i) {
        QCOMPARE(model->index(i, 0).data().toString(), stats::isoWeekLabel(rows->at(i).weekStart));
        QCOMPARE(QLocale().toDouble(model->index(i, 2).data().toString()), rows->at(i).sets);
        total += rows->at(i).sets;
    }
    auto *bars =
        qobject_cast<QStackedBarSeries *>(m_page->weeklyChart()->chart()->series().first());
    QVERIFY(bars);
    double drawn = 0;
    for (QBarSet *set : bars->barSets()) {
        QCOMPARE(set->count(), 12);
        drawn += set->sum();
    }
    QCOMPARE(drawn, total);
    std::set<QDate> weeks;
    for (const stats::WeeklyRow &row : *rows)
        weeks.insert(row.weekStart);
    QCOMPARE(line(m_page->tonnageChart(), 0)->count(), qsizetype(weeks.size()));
    QCOMPARE(m_page->weeklyChart()->chart()->series().size(), 1); // no band for all muscles

    // One muscle: its rows only, and the target band over its bars.
    auto *muscle = m_page->findChild<QComboBox *>(u"weeklyMuscle"_s);
    const int chest = muscle->findData(u"CHEST"_s);
    QVERIFY(chest > 0);
    muscle->setCurrentIndex(chest);
    emit muscle->activated(chest);
    const auto chestRows = std::count_if(rows->cbegin(), rows->cend(),
                                         [](const auto &r) { return r.group == u"CHEST"_s; });
    QCOMPARE(model->rowCount(), chestRows);
    const auto series = m_page->weeklyChart()->chart()->series();
    QCOMPARE(series.size(), 2);
    auto *band = qobject_cast<QAreaSeries *>(series.at(1));
    QVERIFY(band);
    QCOMPARE(band->lowerSeries()->at(0).y(), qreal(m_session->weeklySetTarget().low));
    QCOMPARE(band->upperSeries()->at(0).y(), qreal(m_session->weeklySetTarget().high));
}

void TestProgressPage::bodyMetrics()
{
    m_page->showView(ui::ProgressPage::BodyView);
    auto body = stats::bodySeries(*m_db, subject(), { {}, demoEnd });
    FT_VERIFY_OK(body);
    QVERIFY(!body->weightKg.isEmpty());
    // The 7-day average, then the measured values.
    QCOMPARE(line(m_page->bodyChart(0), 1)->count(), body->weightKg.size());
    QCOMPARE(line(m_page->bodyChart(0), 0)->at(0).y(), body->weightKg.first().average7);
    QCOMPARE(line(m_page->bodyChart(2), 1)->count(), body->restingHr.size());
    QVERIFY(m_page->bodyChart(0)->isVisible());
}

void TestProgressPage::modelsPassTheTester()
{
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (ui::FigureTableModel *model : m_page->models())
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    // Every model filled again, then emptied by another athlete, then filled again.
    auto athletes = core::listAthletes(*m_db);
    FT_VERIFY_OK(athletes);
    QCOMPARE(athletes->size(), 2);
    m_session->setCurrentAthlete(athletes->last().subject.id);
    m_session->setCurrentAthlete(athletes->first().subject.id);
    for (ui::FigureTableModel *model : m_page->models())
        QVERIFY2(model->rowCount() > 0,
                 qPrintable(model->headerData(0, Qt::Horizontal).toString()));
}

void TestProgressPage::emptyHistory()
{
    auto athlete = core::addAthlete(*m_db, { u"newcomer"_s, u"new@example.org"_s, {} });
    FT_VERIFY_OK(athlete);
    emit m_session->notifier()->everythingChanged(); // written past the commands
    m_session->setCurrentAthlete(athlete->subject.id);
    QCOMPARE(m_session->currentAthlete()->subject.id, athlete->subject.id);
    m_page->showView(ui::ProgressPage::E1rmView);
    auto *empty = m_page->findChild<QLabel *>(u"e1rmEmpty"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().startsWith(u"No sets logged yet"_s));
    QCOMPARE(m_page->repMaxModel()->rowCount(), 0);
    QVERIFY(!m_page->e1rmChart()->isVisible());
    m_page->showView(ui::ProgressPage::WeeklyView);
    QVERIFY(!m_page->weeklyChart()->isVisible());
    QCOMPARE(m_page->weeklyModel()->rowCount(), 0);
    m_page->showView(ui::ProgressPage::BodyView);
    QVERIFY(!m_page->bodyChart(0)->isVisible());
}

void TestProgressPage::poundsChangeAxisAndValues()
{
    m_page->showView(ui::ProgressPage::E1rmView);
    QVERIFY(m_page->e1rmChart()->valueTitle().contains(u"(kg)"_s));
    const double kg = line(m_page->e1rmChart(), 0)->at(0).y();
    const QString repMax = m_page->repMaxModel()->index(0, 1).data().toString();
    QVERIFY(repMax.endsWith(u" kg"_s));

    ui::Preferences preferences = m_session->preferences();
    preferences.weightUnit = core::WeightUnit::Pound;
    FT_VERIFY_OK(m_session->setPreferences(preferences));
    QVERIFY(m_page->e1rmChart()->valueTitle().contains(u"(lb)"_s));
    QCOMPARE(line(m_page->e1rmChart(), 0)->at(0).y(), core::kgToPounds(kg));
    QVERIFY(m_page->repMaxModel()->index(0, 1).data().toString().endsWith(u" lb"_s));
    QCOMPARE(m_page->bodyChart(0)->valueTitle(), u"lb"_s);
}

void TestProgressPage::dashboardAndNames()
{
    m_page->showView(ui::ProgressPage::DashboardView);
    QVERIFY(m_page->models().at(0)->rowCount() > 0); // recent sessions
    QVERIFY(m_page->findChild<ui::TimeChartView *>(u"mainLift1"_s)->isVisible());
    QVERIFY(m_page->findChild<ui::TimeChartView *>(u"dashboardBodyWeight"_s)->isVisible());
    const int exercises = m_page->findChild<QComboBox *>(u"e1rmExercise"_s)->count();
    QVERIFY(exercises > 0);
    for (int view = 0; view <= ui::ProgressPage::CoachView; ++view) {
        m_page->showView(ui::ProgressPage::View(view));
        const QStringList unnamed = test::unnamedControls(m_page.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }
}

void TestProgressPage::preferredFormulaFollowed()
{
    ui::Preferences preferences = m_session->preferences();
    preferences.e1rmFormula = u"wathan"_s;
    FT_VERIFY_OK(m_session->setPreferences(preferences));
    auto *formula = m_page->findChild<QComboBox *>(u"e1rmFormula"_s);
    QCOMPARE(formula->currentData().toString(), u"wathan"_s);
    auto *range = m_page->findChild<QComboBox *>(u"e1rmRange"_s);
    range->setCurrentIndex(range->count() - 1);
    emit range->activated(range->currentIndex());
    auto wathan =
        stats::e1rmSeries(*m_db, subject(), exercise(), { stats::E1rmFormula::Wathan, 10 });
    FT_VERIFY_OK(wathan);
    QCOMPARE(line(m_page->e1rmChart(), 0)->at(0).y(), wathan->first().value);
}

void TestProgressPage::exportsPngAndCsv()
{
    m_page->showView(ui::ProgressPage::E1rmView);
    QTemporaryDir dir;
    const QString png = dir.filePath(u"e1rm.png"_s), csv = dir.filePath(u"e1rm.csv"_s);
    QVERIFY(m_page->e1rmChart()->savePng(png));
    QImage image(png);
    QCOMPARE(image.size(), m_page->e1rmChart()->size() * m_page->devicePixelRatio());
    QVERIFY(m_page->e1rmChart()->saveCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("date,series,value"));
    const qsizetype points = line(m_page->e1rmChart(), 0)->count()
        + line(m_page->e1rmChart(), 1)->count(); // no more points than pixels: none dropped
    QCOMPARE(lines.size(), points + 1);
    QVERIFY(lines.at(1).contains(",e1RM,"));
}

void TestProgressPage::coachOverviewMatchesCore()
{
    m_page->showView(ui::ProgressPage::CoachView);
    ui::CoachOverviewModel *model = m_page->coachModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_page->coachTable()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto overview = stats::coachOverview(*m_db, demoEnd);
    FT_VERIFY_OK(overview);
    QCOMPARE(model->rowCount(), overview->size());
    QVERIFY(overview->size() >= 2);
    for (int row = 0; row < model->rowCount(); ++row) {
        const stats::AthleteOverview &expected = overview->at(row);
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model->index(row, column).data(role);
        };
        QCOMPARE(cell(0, ui::CoachOverviewModel::SubjectIdRole).toLongLong(), expected.subjectId);
        QCOMPARE(cell(ui::CoachOverviewModel::AthleteColumn).toString(), expected.displayName);
        QCOMPARE(cell(ui::CoachOverviewModel::Sessions7Column).toInt(), expected.sessionsLast7);
        QCOMPARE(cell(ui::CoachOverviewModel::Sessions28Column).toInt(), expected.sessionsLast28);
        QVERIFY(expected.recordsLast30);
        QCOMPARE(cell(ui::CoachOverviewModel::RecordsColumn).toInt(), *expected.recordsLast30);
        QVERIFY(!expected.lifts.isEmpty());
        const stats::LiftTrend &lift = expected.lifts.first();
        const int first = ui::CoachOverviewModel::FirstLiftColumn;
        QCOMPARE(cell(first, ui::CoachOverviewModel::LiftNameRole).toString(), lift.lift.name);
        QVERIFY(lift.changeKg);
        QCOMPARE(cell(first, ui::CoachOverviewModel::SortRole).toDouble(), *lift.changeKg);
        // The sparkline: the best e1RM of each of the 12 weeks, the last week's last.
        const auto spark =
            cell(first, ui::CoachOverviewModel::SparklineRole).value<QList<QPointF>>();
        QVERIFY(spark.size() >= 2 && spark.size() <= 12);
        const QDate lastMonday = demoEnd.addDays(-6);
        double lastWeek = 0;
        for (const stats::E1rmPoint &p : lift.e1rm) {
            if (p.date >= lastMonday)
                lastWeek = std::max(lastWeek, p.value);
        }
        if (lastWeek > 0) {
            QCOMPARE(spark.last().x(), 11.0);
            QCOMPARE(spark.last().y(), lastWeek);
        }
        if (expected.bodyWeightChangeKg) {
            const QString change = cell(ui::CoachOverviewModel::BodyWeightColumn).toString();
            QVERIFY2(change.endsWith(u" kg"_s), qPrintable(change));
        }
    }
    // Painting the lift cells (the delegate) offscreen does not fail.
    QVERIFY(!m_page->coachTable()->grab().isNull());
}

void TestProgressPage::coachOverviewSortsAndOpensAthlete()
{
    m_page->showView(ui::ProgressPage::CoachView);
    QTableView *table = m_page->coachTable();
    QAbstractItemModel *proxy = table->model();
    QVERIFY(proxy->rowCount() >= 2);
    // Sorting by the sessions of 28 days, most first.
    table->sortByColumn(ui::CoachOverviewModel::Sessions28Column, Qt::DescendingOrder);
    for (int row = 1; row < proxy->rowCount(); ++row)
        QVERIFY(proxy->index(row - 1, ui::CoachOverviewModel::Sessions28Column).data().toInt()
                >= proxy->index(row, ui::CoachOverviewModel::Sessions28Column).data().toInt());

    // Enter on the row of the athlete who is not the current one opens their dashboard.
    const core::Id current = subject();
    int other = -1;
    for (int row = 0; row < proxy->rowCount() && other < 0; ++row) {
        if (proxy->index(row, 0).data(ui::CoachOverviewModel::SubjectIdRole).toLongLong()
            != current)
            other = row;
    }
    QVERIFY(other >= 0);
    const core::Id wanted =
        proxy->index(other, 0).data(ui::CoachOverviewModel::SubjectIdRole).toLongLong();
    table->setFocus();
    table->setCurrentIndex(proxy->index(other, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_COMPARE(m_session->currentAthlete()->subject.id, wanted);
    auto *tabs = m_page->findChild<QTabWidget *>(u"progressViews"_s);
    QCOMPARE(tabs->currentIndex(), int(ui::ProgressPage::DashboardView));
    QVERIFY(m_page->models().at(0)->rowCount() > 0);
    // The overview kept its rows and sort order while another athlete was chosen.
    m_page->showView(ui::ProgressPage::CoachView);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(),
             int(ui::CoachOverviewModel::Sessions28Column));
}

void TestProgressPage::comparesAthletesAndLifts()
{
    m_page->showView(ui::ProgressPage::E1rmView);
    auto *range = m_page->findChild<QComboBox *>(u"e1rmRange"_s);
    range->setCurrentIndex(range->count() - 1); // all
    emit range->activated(range->currentIndex());
    auto athletes = core::listAthletes(*m_db);
    FT_VERIFY_OK(athletes);
    QVERIFY(athletes->size() >= 2);
    const core::Athlete &other =
        athletes->at(0).subject.id == subject() ? athletes->at(1) : athletes->at(0);
    QCOMPARE(m_page->e1rmChart()->chart()->series().size(), 2); // the line and its records

    // Another athlete's e1RM of the same exercise, as a third series named after them.
    m_page->setComparison({ other.subject.id }, {});
    auto theirs = stats::e1rmSeries(*m_db, other.subject.id, exercise());
    FT_VERIFY_OK(theirs);
    QVERIFY(!theirs->isEmpty());
    QCOMPARE(m_page->e1rmChart()->chart()->series().size(), 3);
    QXYSeries *compared = line(m_page->e1rmChart(), 2);
    QCOMPARE(compared->name(), other.displayName());
    QCOMPARE(line(m_page->e1rmChart(), 0)->name(), m_session->currentAthlete()->displayName());
    QCOMPARE(compared->count(),
             std::min<qsizetype>(theirs->size(), m_page->e1rmChart()->sampleLimit()));
    QCOMPARE(compared->at(compared->count() - 1).y(), theirs->last().value);

    // The athlete's next most trained exercise beside the first: lines named by exercise.
    auto *combo = m_page->findChild<QComboBox *>(u"e1rmExercise"_s);
    QVERIFY(combo->count() >= 2);
    const core::Id second = combo->itemData(1).toLongLong();
    m_page->setComparison({}, { second });
    QCOMPARE(m_page->e1rmChart()->chart()->series().size(), 3);
    QCOMPARE(line(m_page->e1rmChart(), 0)->name(), combo->currentText());
    QCOMPARE(line(m_page->e1rmChart(), 2)->name(), combo->itemText(1));
    auto lift = stats::e1rmSeries(*m_db, subject(), second);
    FT_VERIFY_OK(lift);
    QCOMPARE(line(m_page->e1rmChart(), 2)->at(line(m_page->e1rmChart(), 2)->count() - 1).y(),
             lift->last().value);

    // Both at once, then none.
    m_page->setComparison({ other.subject.id }, { second });
    QCOMPARE(m_page->e1rmChart()->chart()->series().size(), 4);
    m_page->setComparison({}, {});
    QCOMPARE(m_page->e1rmChart()->chart()->series().size(), 2);
    QCOMPARE(line(m_page->e1rmChart(), 0)->name(), u"e1RM"_s);
}

void TestProgressPage::comparisonDialogLimits()
{
    QList<std::pair<core::Id, QString>> choices;
    for (int i = 1; i <= 5; ++i)
        choices.append({ i, u"Athlete %1"_s.arg(i) });
    ui::ComparisonDialog dialog(u"Compare"_s, u"Athletes:"_s, choices, { 2 }, 3);
    QAbstractItemModelTester tester(dialog.list()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.chosen(), QList<core::Id>({ 2 }));
    for (int row : { 0, 2, 3 })
        dialog.list()->item(row)->setCheckState(Qt::Checked);
    QCOMPARE(dialog.chosen().size(), 4);
    QPushButton *compare = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == u"&Compare"_s)
            compare = button;
    }
    QVERIFY(compare);
    QVERIFY(!compare->isEnabled()); // four do not fit
    dialog.list()->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(compare->isEnabled());
    QCOMPARE(dialog.chosen(), QList<core::Id>({ 2, 3, 4 }));
    const QStringList unnamed = test::unnamedControls(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestProgressPage::exportsSvgAndPdf()
{
    m_page->showView(ui::ProgressPage::E1rmView);
    QTemporaryDir dir;
    const QString svg = dir.filePath(u"e1rm.svg"_s), pdf = dir.filePath(u"e1rm.pdf"_s);
    QVERIFY(ui::saveChartSvg(m_page->e1rmChart(), svg));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svgFile);
    int paths = 0;
    bool titled = false;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (xml.name() == u"path"_s || xml.name() == u"polyline"_s)
                ++paths;
            if (xml.name() == u"title"_s)
                titled = xml.readElementText().contains(u"estimated 1RM"_s);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(paths > 10);
    QVERIFY(titled);

    // The weekly bars too (a plain chart view), as PDF: its title and a muscle in the text.
    m_page->showView(ui::ProgressPage::WeeklyView);
    QVERIFY(ui::saveChartPdf(m_page->weeklyChart(), pdf));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QProcess text;
    text.start(u"pdftotext"_s, { pdf, u"-"_s });
    QVERIFY(text.waitForFinished());
    QCOMPARE(text.exitCode(), 0);
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(words.contains(u"Working sets per muscle"_s), qPrintable(words));
    QVERIFY2(words.contains(u"ISO week"_s), qPrintable(words));
}

void TestProgressPage::printsReport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    const stats::DayRange range { demoEnd.addDays(-89), demoEnd };

    // Dates in the wrong order: a clear error, no file.
    auto wrong = m_page->saveReport(path, { range.to, range.from });
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().field, u"report range"_s);
    QVERIFY(!QFile::exists(path));

    FT_VERIFY_OK(m_page->saveReport(path, range));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QProcess text;
    text.start(u"pdftotext"_s, { u"-layout"_s, path, u"-"_s });
    QVERIFY(text.waitForFinished());
    QCOMPARE(text.exitCode(), 0);
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    const core::Athlete &athlete = *m_session->currentAthlete();
    QVERIFY2(words.contains(athlete.displayName()), qPrintable(words));
    QVERIFY2(words.contains(athlete.subject.pseudonym.toString(QUuid::WithoutBraces)),
             qPrintable(words));
    // The range's sessions, as the figures table counts them.
    auto sessions = stats::recentSessions(*m_db, subject(), range.to, 1000);
    FT_VERIFY_OK(sessions);
    sessions->removeIf([&](const stats::SessionSummary &s) { return s.date < range.from; });
    QVERIFY(!sessions->isEmpty());
    const QString figures = words.section(u"Body weight"_s, 1, 1).section(u"Records"_s, 0, 0);
    QVERIFY2(figures.simplified().startsWith(QString::number(sessions->size()) + u' '),
             qPrintable(figures));
    // The main lifts' charts, each kept whole on a page.
    auto lifts = stats::mostTrainedLifts(*m_db, subject(), range.to, 13, 3);
    FT_VERIFY_OK(lifts);
    QVERIFY(!lifts->isEmpty());
    int charts = 0;
    for (const stats::TrainedLift &lift : *lifts) {
        auto e1rm = stats::e1rmSeries(*m_db, subject(), lift.exerciseId, {}, range);
        FT_VERIFY_OK(e1rm);
        // A lift done above the rep cap only has no e1RM, and no chart.
        QCOMPARE(words.contains(lift.name + u", estimated 1RM"_s), !e1rm->isEmpty());
        charts += e1rm->isEmpty() ? 0 : 1;
    }
    QVERIFY(charts > 0);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestProgressPage test;
    return ft::test::runDatabaseTests(&test, argc, argv);
}

#include "tst_progresspage.moc"
