// The import wizard and the import history on a real database (both backends): a file that is no
// export is refused on the first page; the exercise mapping can be changed, and the choice is
// imported, remembered and offered again; a second import of the file adds nothing; the history
// undoes an import as a whole. A name without a match offers its three closest exercises, picked
// with the keys 1, 2, 3; the preview is one row per workout.
#include "accessibility.h"
#include "testdatabase.h"
#include "testmain.h"

#include "core/athletes/athletes.h"
#include "core/catalog/catalog.h"
#include "core/db/database.h"
#include "core/settings.h"
#include "ui/databaseactions.h"
#include "ui/dialogs/importhistorydialog.h"
#include "ui/dialogs/importworkoutsdialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/models/importbatchmodel.h"
#include "ui/models/importissuesmodel.h"
#include "ui/models/importmappingmodel.h"
#include "ui/models/importworkoutsmodel.h"
#include "ui/pages/exercisespage.h"
#include "ui/session.h"
#include "ui/widgets/exerciseeditor.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ft;
using namespace Qt::StringLiterals;
using ui::ImportMappingModel;
using ui::ImportWorkoutsDialog;

class TestImportWorkouts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusesWhatItCannotRead();
    void mappingChoicesAreImportedAndRemembered();
    void closestExercisePickedFromTheKeyboard();
    void everyControlHasAnAccessibleName();
    void historyUndoesAnImport();
    void mainWindowRunsTheWizard();

private:
    std::unique_ptr<ImportWorkoutsDialog> wizard(const QString &file);
    qint64 count(const QString &sql);
    core::Id exerciseId(const QString &slug);
    int rowOf(const QString &sourceName) const;

    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<ui::Session> m_session;
    core::Database *m_db = nullptr;
    core::Athlete m_athlete;
    std::unique_ptr<ImportWorkoutsDialog> m_wizard;
    QTemporaryDir m_settingsDir;
};

void TestImportWorkouts::init()
{
    core::Settings::useFile(m_settingsDir.filePath(
        u"settings-%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    m_tdb = std::make_unique<test::TestDatabase>();
    core::Id subject = 0;
    QString error;
    std::unique_ptr<core::Database> db;
    QVERIFY2(test::openWithAthlete(*m_tdb, db, subject, &error), qPrintable(error));
    m_session = std::make_unique<ui::Session>();
    m_session->setDatabase(std::move(db));
    m_db = m_session->database();
    auto athlete = core::findAthlete(*m_db, u"ada"_s);
    if (!athlete)
        QFAIL(qPrintable(athlete.error().message));
    m_athlete = *athlete;
}

void TestImportWorkouts::cleanup()
{
    m_wizard.reset();
    m_session.reset();
    m_db = nullptr;
    m_tdb.reset();
}

std::unique_ptr<ImportWorkoutsDialog> TestImportWorkouts::wizard(const QString &file)
{
    auto w = std::make_unique<ImportWorkoutsDialog>(*m_session, QList<core::Athlete> { m_athlete },
                                                    m_athlete.subject.id);
    w->setFilePath(file);
    w->show();
    return w;
}

qint64 TestImportWorkouts::count(const QString &sql)
{
    auto n = m_db->scalar(sql);
    return n ? n->toLongLong() : -1;
}

core::Id TestImportWorkouts::exerciseId(const QString &slug)
{
    auto id = m_db->scalar(u"SELECT id FROM exercises WHERE slug = ?"_s, { slug });
    return id ? id->toLongLong() : 0;
}

int TestImportWorkouts::rowOf(const QString &sourceName) const
{
    ImportMappingModel *model = m_wizard->mappingModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ImportMappingModel::SourceNameRole).toString() == sourceName)
            return row;
    }
    return -1;
}

void TestImportWorkouts::refusesWhatItCannotRead()
{
    const struct
    {
        QString file;
        QString expected; // in the message on the first page
    } cases[] = {
        { QFINDTESTDATA(u"../data/import/refuse_not_an_export.csv"_s),
          u"Booking date,Payee,Amount,Currency"_s },
        { QFINDTESTDATA(u"../data/import/refuse_truncated_quote.csv"_s), u"truncated"_s },
        { m_tdb->tempPath(u"no-such-file.csv"_s), u"does not exist"_s },
    };
    for (const auto &c : cases) {
        m_wizard = wizard(c.file);
        auto *problem = m_wizard->findChild<QLabel *>(u"importFileProblem"_s);
        QVERIFY(problem);
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(ImportWorkoutsDialog::FilePage));
        QVERIFY2(problem->isVisible(), qPrintable(c.file));
        QVERIFY2(problem->text().contains(c.expected), qPrintable(problem->text()));
        QVERIFY(!m_wizard->preview());
    }

    // A time zone that does not exist is named, and the page stays.
    m_wizard = wizard(QFINDTESTDATA(u"../data/import/strong_comma_kg.csv"_s));
    auto *zone = m_wizard->findChild<QComboBox *>(u"importTimeZoneCombo"_s);
    QVERIFY(zone);
    zone->setCurrentText(u"Mars/Olympus_Mons"_s);
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWorkoutsDialog::FilePage));
    QVERIFY(m_wizard->findChild<QLabel *>(u"importFileProblem"_s)
                ->text()
                .contains(u"Mars/Olympus_Mons"_s));

    // Nothing of this reached the database.
    QCOMPARE(count(u"SELECT COUNT(*) FROM workout_sessions"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM import_batches"_s), 0);
}

void TestImportWorkouts::mappingChoicesAreImportedAndRemembered()
{
    const QString file = QFINDTESTDATA(u"../data/import/strong_comma_kg.csv"_s);
    QVERIFY(!file.isEmpty());
    const qint64 exercisesBefore = count(u"SELECT COUNT(*) FROM exercises"_s);
    const core::Id incline = exerciseId(u"incline-barbell-bench-press"_s);
    QVERIFY(incline > 0);

    m_wizard = wizard(file);
    auto *fileInfo = m_wizard->findChild<QLabel *>(u"importFileInfo"_s);
    QVERIFY(fileInfo && fileInfo->text().contains(u"Strong"_s));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWorkoutsDialog::MappingPage));
    ImportMappingModel *mapping = m_wizard->mappingModel();
    QAbstractItemModelTester mappingTester(mapping,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(mapping->rowCount(), m_wizard->preview()->exercises.size());
    const int bench = rowOf(u"Bench Press (Barbell)"_s); // the file's trailing space is trimmed
    const int squat = rowOf(u"Squat (Barbell)"_s);
    QVERIFY(bench >= 0 && squat >= 0);
    const QModelIndex benchTarget = mapping->index(bench, ImportMappingModel::ExerciseColumn);
    QCOMPARE(benchTarget.data().toString(), u"Bench Press"_s); // matched through an alias
    QVERIFY(!mapping->index(squat, 0).data(ImportMappingModel::IsNewRole).toBool());

    // The user maps the bench press to the incline one and makes the squat a new exercise.
    QVERIFY(!mapping->setData(benchTarget, qlonglong(999'999))); // no such exercise
    QVERIFY(mapping->setData(benchTarget, qlonglong(incline)));
    QCOMPARE(benchTarget.data().toString(), u"Incline Bench Press"_s);
    QCOMPARE(mapping->index(bench, ImportMappingModel::MatchColumn).data().toString(),
             ImportMappingModel::matchLabel(core::import::MatchKind::Chosen));
    auto *view = m_wizard->findChild<QTableView *>(u"importMappingView"_s);
    QVERIFY(view);
    view->setCurrentIndex(view->model()->index(squat, 0)); // the view's rows are in model order
    m_wizard->findChild<QPushButton *>(u"importNewExerciseButton"_s)->click();
    QVERIFY(mapping->index(squat, 0).data(ImportMappingModel::IsNewRole).toBool());
    QCOMPARE(mapping->choices().size(), 2);

    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWorkoutsDialog::PreviewPage));
    const core::import::ImportReport preview = *m_wizard->preview();
    QVERIFY(preview.dryRun);
    QVERIFY(preview.setsImported > 0);
    QCOMPARE(preview.exercisesNew(),
             1
                 + qint64(std::count_if(m_wizard->preview()->exercises.cbegin(),
                                        m_wizard->preview()->exercises.cend(), [](const auto &e) {
                                            return e.sourceName != u"Squat (Barbell)"_s
                                                && e.match == core::import::MatchKind::New;
                                        })));
    auto *summary = m_wizard->findChild<QLabel *>(u"importSummary"_s);
    QVERIFY(summary->text().contains(QLocale().toString(preview.setsImported)));
    QAbstractItemModelTester issuesTester(m_wizard->issuesModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_wizard->issuesModel()->rowCount(), preview.skipped.size() + preview.flags.size());
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    // The preview wrote nothing.
    QCOMPARE(count(u"SELECT COUNT(*) FROM exercise_set_logs"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM exercises"_s), exercisesBefore);

    m_wizard->accept();
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    const core::import::ImportReport imported =
        *m_wizard->importReport(); // a copy: the wizard goes
    QVERIFY(imported.batchId > 0);
    QCOMPARE(imported.setsImported, preview.setsImported);
    QCOMPARE(count(u"SELECT COUNT(*) FROM exercise_set_logs"_s), imported.setsImported);
    QVERIFY(count(u"SELECT COUNT(*) FROM exercise_set_logs WHERE exercise_id = %1"_s.arg(incline))
            > 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM exercise_set_logs l JOIN exercises e ON e.id = "
                   "l.exercise_id WHERE e.slug = 'barbell-bench-press'"_s),
             0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM exercises WHERE name = 'Squat (Barbell)'"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM exercises"_s), exercisesBefore + imported.exercisesNew());

    // Next time the choice is offered as remembered, and the same file adds nothing.
    m_wizard = wizard(file);
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWorkoutsDialog::MappingPage));
    const int benchAgain = rowOf(u"Bench Press (Barbell)"_s);
    QCOMPARE(m_wizard->mappingModel()
                 ->index(benchAgain, 0)
                 .data(ImportMappingModel::ExerciseIdRole)
                 .toLongLong(),
             incline);
    QCOMPARE(m_wizard->mappingModel()->index(benchAgain, ImportMappingModel::MatchColumn).data(),
             QVariant(ImportMappingModel::matchLabel(core::import::MatchKind::Remembered)));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWorkoutsDialog::PreviewPage));
    QCOMPARE(m_wizard->preview()->setsImported, 0);
    QCOMPARE(m_wizard->preview()->previousBatch, std::optional<core::Id>(imported.batchId));
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(m_wizard->findChild<QLabel *>(u"importSummary"_s)->text().contains(u"before"_s));
}

void TestImportWorkouts::closestExercisePickedFromTheKeyboard()
{
    const QString file = QFINDTESTDATA(u"../data/exercise-names/strong_unmatched.csv"_s);
    QVERIFY(!file.isEmpty());
    const qint64 exercisesBefore = count(u"SELECT COUNT(*) FROM exercises"_s);
    m_wizard = wizard(file);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWorkoutsDialog::MappingPage));
    ImportMappingModel *mapping = m_wizard->mappingModel();
    QAbstractItemModelTester mappingTester(mapping,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto matchedBy = [mapping, this](const QString &name) {
        return mapping->index(rowOf(name), ImportMappingModel::MatchColumn).data().toString();
    };
    using core::import::MatchKind;
    QCOMPARE(matchedBy(u"Pushups"_s), ImportMappingModel::matchLabel(MatchKind::Normalized));
    QCOMPARE(matchedBy(u"Dumbbell Curl (Each Side)"_s),
             ImportMappingModel::matchLabel(MatchKind::SideMarker));
    QCOMPARE(matchedBy(u"Hip Adductor (Machine)"_s),
             ImportMappingModel::matchLabel(MatchKind::Equipment));
    QCOMPARE(matchedBy(u"Seated Leg Press (Machine)"_s),
             ImportMappingModel::matchLabel(MatchKind::Alias));

    // No exercise is a cable preacher curl: nothing is taken, three are offered, the reason is
    // one hover away.
    const int preacher = rowOf(u"Preacher Curl (Cable)"_s);
    QVERIFY(preacher >= 0);
    QVERIFY(mapping->index(preacher, 0).data(ImportMappingModel::IsNewRole).toBool());
    QCOMPARE(matchedBy(u"Preacher Curl (Cable)"_s), ImportMappingModel::matchLabel(MatchKind::New));
    QVERIFY(!mapping->index(preacher, ImportMappingModel::MatchColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
    const QList<core::Id> offered = mapping->offered(preacher);
    QCOMPARE(offered.size(), 3);
    const QString offers =
        mapping->index(preacher, ImportMappingModel::SuggestionsColumn).data().toString();
    QVERIFY2(offers.startsWith(u"1: "_s) && offers.contains(u"3: "_s), qPrintable(offers));

    // The keyboard: the row is current, 2 takes the second exercise offered, 9 does nothing.
    auto *view = m_wizard->findChild<QTableView *>(u"importMappingView"_s);
    QVERIFY(view);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(preacher, ImportMappingModel::ExerciseColumn));
    QTest::keyClick(view, Qt::Key_2);
    QCOMPARE(mapping->index(preacher, 0).data(ImportMappingModel::ExerciseIdRole).toLongLong(),
             offered.at(1));
    QVERIFY(!mapping->index(preacher, 0).data(ImportMappingModel::IsNewRole).toBool());
    QCOMPARE(matchedBy(u"Preacher Curl (Cable)"_s),
             ImportMappingModel::matchLabel(MatchKind::Chosen));
    QVERIFY(!view->isPersistentEditorOpen(view->currentIndex()));
    QTest::keyClick(view, Qt::Key_9);
    QCOMPARE(mapping->index(preacher, 0).data(ImportMappingModel::ExerciseIdRole).toLongLong(),
             offered.at(1));
    // A matched name offers nothing: 1 leaves it as it is.
    const int pushups = rowOf(u"Pushups"_s);
    const qlonglong pushupTarget =
        mapping->index(pushups, 0).data(ImportMappingModel::ExerciseIdRole).toLongLong();
    view->setCurrentIndex(view->model()->index(pushups, ImportMappingModel::ExerciseColumn));
    QVERIFY(!mapping->chooseOffered(pushups, 1));
    QCOMPARE(mapping->index(pushups, 0).data(ImportMappingModel::ExerciseIdRole).toLongLong(),
             pushupTarget);

    // The preview: one row per workout. Nothing is written before Import.
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWorkoutsDialog::PreviewPage));
    ui::ImportWorkoutsModel *workouts = m_wizard->workoutsModel();
    QAbstractItemModelTester workoutsTester(workouts,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(workouts->rowCount(), 2);
    const auto cell = [workouts](int row, int column) {
        return workouts->index(row, column).data().toString();
    };
    using W = ui::ImportWorkoutsModel;
    QCOMPARE(cell(0, W::NameColumn), u"Arms"_s);
    QCOMPARE(cell(0, W::SetsColumn), u"5"_s);
    QCOMPARE(cell(0, W::ExercisesColumn), u"4"_s);
    QCOMPARE(cell(0, W::NewExercisesColumn), u"1"_s); // the carry; the curl was picked
    QCOMPARE(cell(0, W::IssuesColumn), u"0"_s);
    QCOMPARE(workouts->index(0, W::DateColumn).data(Qt::EditRole).toDate(), QDate(2026, 4, 6));
    QCOMPARE(cell(1, W::NameColumn), u"Legs"_s);
    QCOMPARE(cell(1, W::SetsColumn), u"3"_s);
    QCOMPARE(cell(1, W::NewExercisesColumn), u"0"_s);
    QCOMPARE(cell(1, W::IssuesColumn), u"2"_s); // the negative weight, 3000 km of running
    QVERIFY(m_wizard->findChild<QTableView *>(u"importWorkoutsView"_s)->isVisible());
    QCOMPARE(count(u"SELECT COUNT(*) FROM exercises"_s), exercisesBefore);
    QCOMPARE(count(u"SELECT COUNT(*) FROM workout_sessions"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM exercise_set_logs"_s), 0);

    // Imported: the curls are logged on the exercise picked with the key.
    m_wizard->accept();
    QVERIFY(m_wizard->importReport());
    auto curls = m_db->scalar(u"SELECT COUNT(*) FROM exercise_set_logs WHERE exercise_id = ?"_s,
                              { qlonglong(offered.at(1)) });
    QVERIFY(curls);
    QCOMPARE(curls->toLongLong(), 2);
    QCOMPARE(count(u"SELECT COUNT(*) FROM exercises"_s), exercisesBefore + 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM exercises e JOIN exercise_tags et ON et.exercise_id = "
                   "e.id JOIN tags t ON t.id = et.tag_id WHERE t.name = 'needs-review'"_s),
             1);
}

void TestImportWorkouts::everyControlHasAnAccessibleName()
{
    m_wizard = wizard(QFINDTESTDATA(u"../data/import/strong_comma_kg.csv"_s));
    QStringList unnamed = test::unnamedControls(m_wizard.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));

    ui::ImportHistoryDialog history(*m_session, {});
    unnamed = test::unnamedControls(&history);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestImportWorkouts::historyUndoesAnImport()
{
    m_wizard = wizard(QFINDTESTDATA(u"../data/import/hevy_kg.csv"_s));
    m_wizard->next();
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWorkoutsDialog::PreviewPage));
    m_wizard->accept();
    QVERIFY(m_wizard->importReport());
    const core::Id batch = m_wizard->importReport()->batchId;
    const qint64 sets = count(u"SELECT COUNT(*) FROM exercise_set_logs"_s);
    QVERIFY(sets > 0);

    ui::ImportHistoryDialog history(*m_session, { { m_athlete.subject.id, u"Ada Lovelace"_s } });
    QAbstractItemModelTester tester(history.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(history.model()->rowCount(), 1);
    QCOMPARE(history.model()->index(0, ui::ImportBatchModel::AthleteColumn).data().toString(),
             u"Ada Lovelace"_s);
    QCOMPARE(history.model()->index(0, ui::ImportBatchModel::FormatColumn).data().toString(),
             u"Hevy"_s);
    QCOMPARE(history.model()->index(0, ui::ImportBatchModel::SetsColumn).data().toLongLong(), sets);
    auto *undo = history.findChild<QPushButton *>(u"undoImportButton"_s);
    QVERIFY(undo && undo->isEnabled());

    // Cancelled: nothing happens.
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!history.undoSelected());
    QCOMPARE(count(u"SELECT COUNT(*) FROM exercise_set_logs"_s), sets);

    // Confirmed: the sets and the sessions of the import are gone, the row says so.
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QSignalSpy undone(&history, &ui::ImportHistoryDialog::importUndone);
    QVERIFY(history.undoSelected());
    QCOMPARE(undone.size(), 1);
    QCOMPARE(undone.at(0).at(0).toLongLong(), batch);
    QVERIFY2(ui::MessageBox::lastText().contains(QString::number(sets)),
             qPrintable(ui::MessageBox::lastText()));
    QCOMPARE(count(u"SELECT COUNT(*) FROM exercise_set_logs"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM workout_sessions"_s), 0);
    QVERIFY(history.model()->index(0, 0).data(ui::ImportBatchModel::IsUndoneRole).toBool());
    QVERIFY(!undo->isEnabled());
    QVERIFY(!history.undoSelected()); // undone already
}

void TestImportWorkouts::mainWindowRunsTheWizard()
{
    // The window's File → Import Workouts opens the wizard on the current athlete; the file is
    // imported and the window reports it. An unsaved edit on the exercises page survives the
    // import, whose new exercises join the page's list.
    m_session.reset();
    m_db = nullptr;
    ui::MainWindow window;
    window.show();
    QVERIFY(window.databaseActions()->openDatabase(m_tdb->url()));
    window.showPage(u"exercises"_s);
    auto *page = qobject_cast<ui::ExercisesPage *>(window.page(u"exercises"_s));
    QVERIFY(page);
    auto benchId =
        window.database()->scalar(u"SELECT id FROM exercises WHERE slug = 'barbell-bench-press'"_s);
    QVERIFY(benchId && !benchId->isNull());
    const core::Id bench = benchId->toLongLong();
    QVERIFY(page->selectExercise(bench));
    auto *name = page->findChild<QLineEdit *>(u"nameEdit"_s);
    QVERIFY(name);
    name->setText(u"My edit, not saved yet"_s);
    QVERIFY(page->editor()->isModified());
    auto *table = page->findChild<QTableView *>(u"exerciseTable"_s);
    QVERIFY(table);
    const int listedBefore = table->model()->rowCount();
    auto before = window.database()->scalar(u"SELECT COUNT(*) FROM exercises"_s);
    QVERIFY(before);
    bool ran = false;
    QTimer::singleShot(0, [&ran] {
        auto *dialog = qobject_cast<ImportWorkoutsDialog *>(QApplication::activeModalWidget());
        QVERIFY2(dialog, "the import wizard is not open");
        ran = true;
        dialog->next();
        dialog->next();
        ui::MessageBox::setNextAnswer(QMessageBox::Ok); // the window's report
        if (dialog->currentId() == ImportWorkoutsDialog::PreviewPage)
            dialog->accept();
        if (dialog->isVisible())
            dialog->reject();
    });
    window.databaseActions()->importWorkouts(
        QFINDTESTDATA(u"../data/exercise-names/strong_unmatched.csv"_s));
    QVERIFY(ran);
    QVERIFY2(ui::MessageBox::lastText().startsWith(u"Imported "_s),
             qPrintable(ui::MessageBox::lastText()));
    auto sets = window.database()->scalar(u"SELECT COUNT(*) FROM exercise_set_logs"_s);
    QVERIFY(sets && sets->toLongLong() > 0);
    QVERIFY(ui::MessageBox::lastText().contains(QLocale().toString(sets->toLongLong())));

    QVERIFY(page->editor()->isModified());
    QCOMPARE(page->editor()->exerciseId(), bench);
    QCOMPARE(name->text(), u"My edit, not saved yet"_s);
    auto after = window.database()->scalar(u"SELECT COUNT(*) FROM exercises"_s);
    QVERIFY(after && after->toLongLong() > before->toLongLong()); // the file's new exercises
    QCOMPARE(table->model()->rowCount(),
             listedBefore + (after->toLongLong() - before->toLongLong()));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestImportWorkouts test;
    return ft::test::runDatabaseTests(&test, argc, argv);
}

#include "tst_importworkouts.moc"
