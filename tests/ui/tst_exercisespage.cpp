// The Exercises page offscreen, on the bundled catalog: the table model and the filter proxy
// (QAbstractItemModelTester), every filter alone and combined, search ranking, the detail pane's
// save / error / revert, duplicate, deactivate, delete (refused with history), the empty states,
// keyboard order and accessible names.
#include "accessibility.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include "core/athletes/athletes.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalogstore.h"
#include "core/db/repository.h"
#include "core/exchange/import/exercisematcher.h"
#include "core/settings.h"
#include "ui/databaseactions.h"
#include "ui/enumlabels.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/models/exercisefilterproxy.h"
#include "ui/models/exercisetablemodel.h"
#include "ui/pages/exercisespage.h"
#include "ui/session.h"
#include "ui/widgets/exerciseeditor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace ft;
using namespace Qt::StringLiterals;
using Filter = ui::ExerciseFilterProxy::Filter;
using ActiveState = ui::ExerciseFilterProxy::ActiveState;

namespace {

QStringList namesInView(const QAbstractItemModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, ui::ExerciseTableModel::NameColumn).data().toString());
    return names;
}

// The filters of one data row, as the page's combo boxes hold them (empty: any).
struct Filters
{
    QString muscle, equipment, mechanics, force, level, movement, tag;
    bool primaryOnly = false;
    ActiveState active = ActiveState::Active;
};

// The same rules as the proxy, written out plainly, to compare against.
bool expectedToPass(const core::ExerciseDetails &d, const Filters &f)
{
    const core::Exercise &e = d.exercise;
    if (f.active == ActiveState::Active && !e.isActive)
        return false;
    if (f.active == ActiveState::Inactive && e.isActive)
        return false;
    if (!f.muscle.isEmpty() && e.primaryMuscle != f.muscle
        && (f.primaryOnly || !d.secondaryMuscles.contains(f.muscle)))
        return false;
    const auto differs = [](const QString &wanted, const QString &value) {
        return !wanted.isEmpty() && wanted != value;
    };
    if (differs(f.equipment, e.equipment) || differs(f.mechanics, e.mechanics)
        || differs(f.force, e.force) || differs(f.level, e.difficulty)
        || differs(f.movement, e.movement))
        return false;
    if (!f.tag.isEmpty() && !d.tags.contains(f.tag, Qt::CaseInsensitive))
        return false;
    return true;
}

void selectComboData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0,
             qPrintable(u"%1 has no item %2"_s.arg(combo->objectName(), data.toString())));
    combo->setCurrentIndex(index);
}

} // namespace

Q_DECLARE_METATYPE(ActiveState)

class TestExercisesPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelsPassTheTester();
    void enumLabels();
    void filters_data();
    void filters();
    void activeState();
    void needsReviewFilter();
    void searchRanksBestFirst();
    void searchIsCaseAndAccentInsensitive();
    void searchAndFiltersCombine();
    void noMatchSaysWhyAndClears();
    void editThroughThePane();
    void invalidInputShowsErrorAndWritesNothing_data();
    void invalidInputShowsErrorAndWritesNothing();
    void tooLongTextCannotBeTyped();
    void revertAndUnsavedChanges();
    void newExerciseThenDeleteIt();
    void duplicate();
    void deleteWithHistoryOffersDeactivation();
    void keyboardOrderAndEnter();
    void inTheMainWindow();

private:
    QComboBox *combo(const QString &name) const;
    ui::ExerciseTableModel *model() const { return m_page->model(); }
    ui::ExerciseFilterProxy *proxy() const { return m_page->proxy(); }
    ui::ExerciseEditor *editor() const { return m_page->editor(); }
    QTableView *table() const { return m_page->findChild<QTableView *>(u"exerciseTable"_s); }
    QLineEdit *search() const { return m_page->findChild<QLineEdit *>(u"exerciseSearch"_s); }
    core::Id idOf(const QString &name) const;
    core::ExerciseDetails stored(core::Id id) const;

    std::unique_ptr<test::TestDatabase> m_testDb;
    // Opens the test database again into the session: what opening a database does to the page.
    void reopen()
    {
        auto db = m_testDb->open();
        FT_VERIFY_OK(db);
        m_session->setDatabase(std::move(*db));
        m_db = m_session->database();
    }

    std::unique_ptr<ui::Session> m_session;
    core::Database *m_db = nullptr;
    std::unique_ptr<ui::ExercisesPage> m_page;
    QList<core::ExerciseDetails> m_catalog;
    QTemporaryDir m_settingsDir;
};

void TestExercisesPage::init()
{
    core::Settings::useFile(m_settingsDir.filePath(
        u"settings-%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    m_testDb = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_testDb->create(), qPrintable(m_testDb->errorString()));
    auto db = m_testDb->open();
    FT_VERIFY_OK(db);
    m_session = std::make_unique<ui::Session>();
    m_page = std::make_unique<ui::ExercisesPage>(*m_session);
    m_session->setDatabase(std::move(*db));
    m_db = m_session->database();
    auto installed = core::prepareDatabase(*m_db);
    FT_VERIFY_OK(installed);
    auto catalog = core::loadExercises(*m_db);
    FT_VERIFY_OK(catalog);
    m_catalog = *catalog;
    QVERIFY(m_catalog.size() >= 150);

    m_page->resize(1100, 700);
    m_page->show();
    reopen();
    QCOMPARE(model()->rowCount(), m_catalog.size());
}

void TestExercisesPage::needsReviewFilter()
{
    // An import's new exercise is tagged needs-review; the tag filter offers it first, also
    // before any exercise has the tag.
    QComboBox *tags = combo(u"tagFilter"_s);
    QCOMPARE(tags->itemData(1).toString(), u"needs-review"_s);
    QCOMPARE(tags->itemText(1), u"Needs review"_s);
    selectComboData(tags, u"needs-review"_s);
    QCOMPARE(proxy()->rowCount(), 0);

    auto matcher = core::import::ExerciseMatcher::load(*m_db, core::import::Format::Strong);
    FT_VERIFY_OK(matcher);
    core::ExerciseDetails guessed = matcher->proposeExercise(u"Zercher Carry Deluxe"_s);
    FT_VERIFY_OK(core::insertExercises(*m_db, { guessed }));
    reopen();
    tags = combo(u"tagFilter"_s);
    QCOMPARE(tags->findData(u"needs-review"_s), 1);
    int listed = 0; // the tag itself is not listed a second time
    for (int i = 0; i < tags->count(); ++i)
        listed += tags->itemData(i).toString() == u"needs-review"_s ? 1 : 0;
    QCOMPARE(listed, 1);
    selectComboData(tags, u"needs-review"_s);
    QCOMPARE(namesInView(proxy()), QStringList { u"Zercher Carry Deluxe"_s });
    selectComboData(tags, QString());
    QCOMPARE(proxy()->rowCount(), model()->rowCount());
}

void TestExercisesPage::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_db = nullptr;
    m_testDb.reset();
}

QComboBox *TestExercisesPage::combo(const QString &name) const
{
    return m_page->findChild<QComboBox *>(name);
}

core::Id TestExercisesPage::idOf(const QString &name) const
{
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (model()->exercise(row).exercise.name == name)
            return model()->exercise(row).exercise.id;
    }
    return 0;
}

core::ExerciseDetails TestExercisesPage::stored(core::Id id) const
{
    auto details = core::loadExercise(*m_db, id);
    return details ? *details : core::ExerciseDetails();
}

void TestExercisesPage::modelsPassTheTester()
{
    QAbstractItemModelTester modelTester(model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Every kind of change while both testers watch.
    QTest::keyClicks(search(), u"press"_s);
    selectComboData(combo(u"muscleFilter"_s), u"CHEST"_s);
    selectComboData(combo(u"activeFilter"_s), int(ActiveState::All));
    table()->sortByColumn(ui::ExerciseTableModel::LevelColumn, Qt::DescendingOrder);
    search()->clear();
    const core::Id bench = idOf(u"Bench Press"_s);
    QVERIFY(m_page->selectExercise(bench));
    auto *name = m_page->findChild<QLineEdit *>(u"nameEdit"_s);
    name->setText(u"Flat Bench Press"_s);
    QVERIFY(m_page->saveExercise());
    m_page->duplicateExercise();
    m_page->toggleActive();
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    m_page->deleteExercise();
    reopen(); // a reset
    m_session->setDatabase(nullptr);
    QCOMPARE(proxy()->rowCount(), 0);
    QCOMPARE(m_page->findChild<QStackedWidget *>()->currentIndex(), 0);

    // Display and value roles of an enum column.
    reopen();
    const int row = model()->rowOfId(bench);
    QCOMPARE(model()->index(row, ui::ExerciseTableModel::MovementColumn).data().toString(),
             u"Horizontal push"_s);
    QCOMPARE(model()
                 ->index(row, ui::ExerciseTableModel::MovementColumn)
                 .data(ui::ExerciseTableModel::ValueRole)
                 .toString(),
             u"HORIZONTAL_PUSH"_s);
    QCOMPARE(model()->headerData(ui::ExerciseTableModel::MovementColumn, Qt::Horizontal).toString(),
             u"Movement"_s);
}

void TestExercisesPage::enumLabels()
{
    QCOMPARE(ui::enumLabel(core::EnumType::MovementPattern, u"HORIZONTAL_PUSH"_s),
             u"Horizontal push"_s);
    QCOMPARE(ui::enumLabel(core::EnumType::Equipment, u"EZ_BAR"_s), u"EZ bar"_s);
    QCOMPARE(ui::enumLabel(core::EnumType::Equipment, u"SOMETHING_NEW"_s), u"SOMETHING_NEW"_s);
    QCOMPARE(ui::enumLabel(core::EnumType::Equipment, QString()), QString());
    // Every value of every enum has its own label (no upper-case value reaches the screen).
    for (core::EnumType type : core::allEnumTypes) {
        for (const QString &value : core::enumValues(type)) {
            const QString label = ui::enumLabel(type, value);
            QVERIFY2(label != value, qPrintable(value));
            QVERIFY2(label.at(0).isUpper() && label.mid(1) != label.mid(1).toUpper(),
                     qPrintable(label));
        }
    }
}

void TestExercisesPage::filters_data()
{
    QTest::addColumn<QString>("muscle");
    QTest::addColumn<bool>("primaryOnly");
    QTest::addColumn<QString>("equipment");
    QTest::addColumn<QString>("mechanics");
    QTest::addColumn<QString>("force");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("movement");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<ActiveState>("active");
    QTest::addColumn<QStringList>("mustShow");
    QTest::addColumn<QStringList>("mustHide");

    const QString any;
    const ActiveState active = ActiveState::Active;
    QTest::newRow("none") << any << false << any << any << any << any << any << any << active
                          << QStringList { u"Bench Press"_s, u"Bench Dip"_s } << QStringList();
    QTest::newRow("chest, primary or secondary")
        << u"CHEST"_s << false << any << any << any << any << any << any << active
        << QStringList { u"Bench Press"_s, u"Bench Dip"_s } << QStringList { u"Back Squat"_s };
    QTest::newRow("chest, primary only")
        << u"CHEST"_s << true << any << any << any << any << any << any << active
        << QStringList { u"Bench Press"_s } << QStringList { u"Bench Dip"_s };
    QTest::newRow("equipment") << any << false << u"BARBELL"_s << any << any << any << any << any
                               << active << QStringList { u"Bench Press"_s, u"Back Squat"_s }
                               << QStringList { u"Bench Dip"_s };
    QTest::newRow("mechanics") << any << false << any << u"ISOLATION"_s << any << any << any << any
                               << active << QStringList { u"Band Curl"_s }
                               << QStringList { u"Bench Press"_s };
    QTest::newRow("force") << any << false << any << any << u"STATIC"_s << any << any << any
                           << active << QStringList { u"Band Pallof Press"_s }
                           << QStringList { u"Bench Press"_s };
    QTest::newRow("level") << any << false << any << any << any << u"ADVANCED"_s << any << any
                           << active << QStringList { u"Barbell Rollout"_s }
                           << QStringList { u"Bench Press"_s };
    QTest::newRow("movement") << any << false << any << any << any << any << u"HORIZONTAL_PUSH"_s
                              << any << active << QStringList { u"Bench Press"_s }
                              << QStringList { u"Bench Dip"_s };
    QTest::newRow("tag") << any << false << any << any << any << any << any << u"powerlifting"_s
                         << active << QStringList { u"Bench Press"_s }
                         << QStringList { u"Bench Dip"_s };
    QTest::newRow("chest + barbell + compound + push")
        << u"CHEST"_s << false << u"BARBELL"_s << u"COMPOUND"_s << u"PUSH"_s << any << any << any
        << active << QStringList { u"Bench Press"_s, u"Incline Bench Press"_s }
        << QStringList { u"Dumbbell Bench Press"_s, u"Bench Dip"_s };
    QTest::newRow("triceps + bodyweight + beginner")
        << u"TRICEPS"_s << false << u"BODYWEIGHT"_s << any << any << u"BEGINNER"_s << any << any
        << active << QStringList { u"Bench Dip"_s } << QStringList { u"Bench Press"_s };
    QTest::newRow("every filter") << u"CHEST"_s << true << u"BARBELL"_s << u"COMPOUND"_s
                                  << u"PUSH"_s << u"BEGINNER"_s << u"HORIZONTAL_PUSH"_s
                                  << u"powerlifting"_s << active << QStringList { u"Bench Press"_s }
                                  << QStringList { u"Paused Bench Press"_s };
    QTest::newRow("all states") << any << false << any << any << any << any << any << any
                                << ActiveState::All << QStringList { u"Bench Press"_s }
                                << QStringList();
}

void TestExercisesPage::filters()
{
    Filters f;
    QFETCH(QString, muscle);
    QFETCH(bool, primaryOnly);
    QFETCH(QString, equipment);
    QFETCH(QString, mechanics);
    QFETCH(QString, force);
    QFETCH(QString, level);
    QFETCH(QString, movement);
    QFETCH(QString, tag);
    QFETCH(ActiveState, active);
    QFETCH(QStringList, mustShow);
    QFETCH(QStringList, mustHide);
    f = { muscle, equipment, mechanics, force, level, movement, tag, primaryOnly, active };

    QAbstractItemModelTester tester(proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(proxy(), &ui::ExerciseFilterProxy::filtersChanged);
    // Through the page's own controls, as a user sets them.
    selectComboData(combo(u"muscleFilter"_s), muscle);
    m_page->findChild<QCheckBox *>(u"primaryOnlyCheck"_s)->setChecked(primaryOnly);
    selectComboData(combo(u"equipmentFilter"_s), equipment);
    selectComboData(combo(u"mechanicsFilter"_s), mechanics);
    selectComboData(combo(u"forceFilter"_s), force);
    selectComboData(combo(u"levelFilter"_s), level);
    selectComboData(combo(u"movementFilter"_s), movement);
    selectComboData(combo(u"tagFilter"_s), tag);
    selectComboData(combo(u"activeFilter"_s), int(active));

    QStringList expected;
    for (const core::ExerciseDetails &d : std::as_const(m_catalog)) {
        if (expectedToPass(d, f))
            expected.append(d.exercise.name);
    }
    QStringList shown = namesInView(proxy());
    QVERIFY(!shown.isEmpty());
    QStringList sortedShown = shown;
    sortedShown.sort();
    expected.sort();
    QCOMPARE(sortedShown, expected);
    for (const QString &name : std::as_const(mustShow))
        QVERIFY2(shown.contains(name), qPrintable(name));
    for (const QString &name : std::as_const(mustHide))
        QVERIFY2(!shown.contains(name), qPrintable(name));

    // Name order, ignoring case.
    QStringList byName = shown;
    std::sort(byName.begin(), byName.end(), [](const QString &a, const QString &b) {
        return core::ExerciseSearchIndex::fold(a) < core::ExerciseSearchIndex::fold(b);
    });
    QCOMPARE(shown, byName);

    const QString count = m_page->findChild<QLabel *>(u"exerciseCount"_s)->text();
    QCOMPARE(count, u"%1 of %2 exercises"_s.arg(shown.size()).arg(m_catalog.size()));
    const bool filtered = !muscle.isEmpty() || !equipment.isEmpty() || !mechanics.isEmpty()
        || !force.isEmpty() || !level.isEmpty() || !movement.isEmpty() || !tag.isEmpty()
        || primaryOnly || active != ActiveState::Active;
    QCOMPARE(proxy()->hasFilters(), filtered);
    QCOMPARE(m_page->findChild<QPushButton *>(u"clearFiltersButton"_s)->isEnabled(), filtered);
    QCOMPARE(changed.isEmpty(), !filtered);

    // Clear Filters brings everything active back and resets the controls.
    m_page->findChild<QPushButton *>(u"clearFiltersButton"_s)->click();
    QCOMPARE(proxy()->hasFilters(), false);
    QCOMPARE(combo(u"muscleFilter"_s)->currentIndex(), 0);
    QCOMPARE(combo(u"activeFilter"_s)->currentIndex(), 0);
    QVERIFY(!m_page->findChild<QCheckBox *>(u"primaryOnlyCheck"_s)->isChecked());
    QCOMPARE(proxy()->rowCount(), m_catalog.size());
}

void TestExercisesPage::activeState()
{
    const core::Id bench = idOf(u"Bench Press"_s);
    const core::Id dip = idOf(u"Bench Dip"_s);
    FT_VERIFY_OK(core::deactivateExercise(*m_db, bench));
    FT_VERIFY_OK(core::deactivateExercise(*m_db, dip));
    reopen();
    QAbstractItemModelTester tester(proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Active by default.
    QCOMPARE(proxy()->activeState(), ActiveState::Active);
    QCOMPARE(proxy()->rowCount(), m_catalog.size() - 2);
    QVERIFY(!namesInView(proxy()).contains(u"Bench Press"_s));
    QVERIFY(table()->isColumnHidden(ui::ExerciseTableModel::ActiveColumn));

    selectComboData(combo(u"activeFilter"_s), int(ActiveState::Inactive));
    QStringList inactive = namesInView(proxy());
    QCOMPARE(inactive, (QStringList { u"Bench Dip"_s, u"Bench Press"_s }));

    // All: the Active column appears and says which is which; inactive rows are greyed.
    selectComboData(combo(u"activeFilter"_s), int(ActiveState::All));
    QCOMPARE(proxy()->rowCount(), m_catalog.size());
    QVERIFY(!table()->isColumnHidden(ui::ExerciseTableModel::ActiveColumn));
    const QModelIndex benchIndex = proxy()->mapFromSource(
        model()->index(model()->rowOfId(bench), ui::ExerciseTableModel::ActiveColumn));
    QCOMPARE(benchIndex.data().toString(), u"No"_s);
    QVERIFY(benchIndex.data(Qt::ForegroundRole).isValid());

    // Activating from the pane moves it back among the active ones.
    QVERIFY(m_page->selectExercise(bench));
    auto *toggle = m_page->findChild<QPushButton *>(u"toggleActiveButton"_s);
    QCOMPARE(toggle->text().remove(u'&'), u"Activate"_s);
    toggle->click();
    QCOMPARE(stored(bench).exercise.isActive, true);
    QCOMPARE(toggle->text().remove(u'&'), u"Deactivate"_s);
    selectComboData(combo(u"activeFilter"_s), int(ActiveState::Active));
    QVERIFY(namesInView(proxy()).contains(u"Bench Press"_s));
    QVERIFY(!namesInView(proxy()).contains(u"Bench Dip"_s));

    // Deactivating hides it from the default view; the pane keeps showing it.
    QVERIFY(m_page->selectExercise(bench));
    toggle->click();
    QCOMPARE(stored(bench).exercise.isActive, false);
    QVERIFY(!namesInView(proxy()).contains(u"Bench Press"_s));
    QCOMPARE(editor()->exerciseId(), bench);
    QVERIFY(!m_page->findChild<QCheckBox *>(u"activeCheck"_s)->isChecked());
    QVERIFY(!editor()->isModified());
}

void TestExercisesPage::searchRanksBestFirst()
{
    QAbstractItemModelTester tester(proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QHeaderView *header = table()->horizontalHeader();
    QVERIFY(header->isSortIndicatorShown());

    // Typed key by key, as a user would: the best match leads after every keystroke.
    QTest::keyClicks(search(), u"bench"_s);
    QVERIFY(proxy()->isRankOrder());
    QVERIFY(!header->isSortIndicatorShown());
    QStringList shown = namesInView(proxy());
    QCOMPARE(shown.first(), u"Bench Press"_s);
    QVERIFY(shown.indexOf(u"Bench Press"_s) < shown.indexOf(u"Incline Bench Press"_s));
    // The rows are in the index's order, and only its matches are shown.
    const QList<core::Id> ranked = model()->searchIndex().matchingIds(u"bench");
    QList<core::Id> ids;
    for (int row = 0; row < proxy()->rowCount(); ++row)
        ids.append(proxy()->index(row, 0).data(ui::ExerciseTableModel::IdRole).toLongLong());
    QList<core::Id> rankedActive;
    for (core::Id id : ranked) {
        if (model()->exercise(model()->rowOfId(id)).exercise.isActive)
            rankedActive.append(id);
    }
    QCOMPARE(ids, rankedActive);

    // An alias finds its exercise: "Flat Bench Press" is the bench press.
    search()->clear();
    QTest::keyClicks(search(), u"flat bench"_s);
    QCOMPARE(namesInView(proxy()).first(), u"Bench Press"_s);

    // A header click while searching: that column's order instead, with its arrow.
    table()->horizontalHeader()->setSortIndicator(ui::ExerciseTableModel::NameColumn,
                                                  Qt::DescendingOrder);
    QVERIFY(!proxy()->isRankOrder());
    QVERIFY(header->isSortIndicatorShown());
    shown = namesInView(proxy());
    QStringList descending = shown;
    std::sort(descending.begin(), descending.end(), [](const QString &a, const QString &b) {
        return core::ExerciseSearchIndex::fold(a) > core::ExerciseSearchIndex::fold(b);
    });
    QCOMPARE(shown, descending);

    // Typing again ranks again, even with a descending header.
    QTest::keyClick(search(), Qt::Key_Backspace);
    QVERIFY(proxy()->isRankOrder());
    QCOMPARE(namesInView(proxy()).first(), u"Bench Press"_s);

    // Without a query, the header's column decides.
    search()->clear();
    QVERIFY(!proxy()->isRankOrder());
    QCOMPARE(proxy()->rowCount(), m_catalog.size());
    shown = namesInView(proxy());
    QCOMPARE(shown.first().at(0).toUpper(), u'Z');
}

void TestExercisesPage::searchIsCaseAndAccentInsensitive()
{
    search()->insert(u"BÉNCH PRÉSS"_s); // keyClicks is ASCII-only
    QCOMPARE(namesInView(proxy()).first(), u"Bench Press"_s);
    search()->clear();

    // An accented alias, added through the pane, is found without its accents; the index
    // follows the edit.
    const core::Id bench = idOf(u"Bench Press"_s);
    QVERIFY(m_page->selectExercise(bench));
    auto *aliases = m_page->findChild<QPlainTextEdit *>(u"aliasesEdit"_s);
    aliases->setPlainText(aliases->toPlainText() + u"\nDéveloppé couché"_s);
    QVERIFY(m_page->saveExercise());
    QVERIFY(stored(bench).aliases.contains(u"Développé couché"_s));
    QTest::keyClicks(search(), u"developpe COUCHE"_s);
    QCOMPARE(namesInView(proxy()), QStringList { u"Bench Press"_s });
}

void TestExercisesPage::searchAndFiltersCombine()
{
    QAbstractItemModelTester tester(proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClicks(search(), u"press"_s);
    const int searched = proxy()->rowCount();
    selectComboData(combo(u"muscleFilter"_s), u"SHOULDERS"_s);
    selectComboData(combo(u"equipmentFilter"_s), u"DUMBBELL"_s);

    Filters f;
    f.muscle = u"SHOULDERS"_s;
    f.equipment = u"DUMBBELL"_s;
    const QList<core::Id> ranked = model()->searchIndex().matchingIds(u"press");
    QList<core::Id> expected;
    for (core::Id id : ranked) {
        if (expectedToPass(model()->exercise(model()->rowOfId(id)), f))
            expected.append(id);
    }
    QList<core::Id> ids;
    for (int row = 0; row < proxy()->rowCount(); ++row)
        ids.append(proxy()->index(row, 0).data(ui::ExerciseTableModel::IdRole).toLongLong());
    QVERIFY(!ids.isEmpty());
    QVERIFY(ids.size() < searched);
    QCOMPARE(ids, expected); // filtered, still best first
    QVERIFY(namesInView(proxy()).contains(u"Seated Dumbbell Press"_s));

    // Clearing the filters keeps the search.
    m_page->clearFilters();
    QCOMPARE(proxy()->rowCount(), searched);
    QCOMPARE(search()->text(), u"press"_s);
}

void TestExercisesPage::noMatchSaysWhyAndClears()
{
    auto *stack = qobject_cast<QStackedWidget *>(table()->parentWidget());
    QVERIFY(stack);
    auto *text = m_page->findChild<QLabel *>(u"noMatchText"_s);
    auto *clearFilters = m_page->findChild<QPushButton *>(u"noMatchClearFiltersButton"_s);
    auto *clearSearch = m_page->findChild<QPushButton *>(u"noMatchClearSearchButton"_s);

    // Filters that exclude each other: the state names them and offers to clear them.
    selectComboData(combo(u"muscleFilter"_s), u"CALVES"_s);
    m_page->findChild<QCheckBox *>(u"primaryOnlyCheck"_s)->setChecked(true);
    selectComboData(combo(u"equipmentFilter"_s), u"EZ_BAR"_s);
    QCOMPARE(proxy()->rowCount(), 0);
    QCOMPARE(stack->currentWidget(), m_page->findChild<QWidget *>(u"noMatchState"_s));
    QVERIFY2(text->text().contains(u"Muscle: Calves (primary only)"_s), qPrintable(text->text()));
    QVERIFY2(text->text().contains(u"Equipment: EZ bar"_s), qPrintable(text->text()));
    QVERIFY(!clearFilters->isHidden());
    QVERIFY(clearSearch->isHidden());
    QCOMPARE(m_page->findChild<QLabel *>(u"exerciseCount"_s)->text(),
             u"0 of %1 exercises"_s.arg(m_catalog.size()));
    clearFilters->click();
    QCOMPARE(proxy()->rowCount(), m_catalog.size());
    QCOMPARE(stack->currentWidget(), table());

    // A search with filters: both are said, and how many the search alone would find.
    QTest::keyClicks(search(), u"curl"_s);
    selectComboData(combo(u"equipmentFilter"_s), u"TRAP_BAR"_s);
    QCOMPARE(proxy()->rowCount(), 0);
    QVERIFY2(text->text().contains(u"curl"_s) && text->text().contains(u"Equipment: Trap bar"_s),
             qPrintable(text->text()));
    QVERIFY2(text->text().contains(u"Without the filters, "_s), qPrintable(text->text()));
    QVERIFY(!clearSearch->isHidden());

    // A search that finds nothing at all: clear the search.
    clearFilters->click();
    search()->clear();
    QTest::keyClicks(search(), u"zzzq"_s);
    QCOMPARE(stack->currentWidget(), m_page->findChild<QWidget *>(u"noMatchState"_s));
    QVERIFY(clearFilters->isHidden());
    clearSearch->click();
    QCOMPARE(search()->text(), QString());
    QCOMPARE(proxy()->rowCount(), m_catalog.size());
}

void TestExercisesPage::editThroughThePane()
{
    const core::Id bench = idOf(u"Bench Press"_s);
    QVERIFY(m_page->selectExercise(bench));
    QCOMPARE(editor()->exerciseId(), bench);
    auto *save = m_page->findChild<QPushButton *>(u"saveExerciseButton"_s);
    auto *revert = m_page->findChild<QPushButton *>(u"revertExerciseButton"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(!revert->isEnabled());

    // Type into the name field like a user.
    auto *name = m_page->findChild<QLineEdit *>(u"nameEdit"_s);
    QCOMPARE(name->text(), u"Bench Press"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Barbell Bench Press"_s);
    QVERIFY(save->isEnabled());
    QVERIFY(revert->isEnabled());
    // The other kinds of field.
    auto *tags = m_page->findChild<QLineEdit *>(u"tagsEdit"_s);
    tags->setText(tags->text() + u", chest day"_s);
    auto *secondary = m_page->findChild<QListWidget *>(u"secondaryMusclesList"_s);
    const auto muscleItem = [secondary](const QString &value) -> QListWidgetItem * {
        for (int i = 0; i < secondary->count(); ++i) {
            if (secondary->item(i)->data(Qt::UserRole).toString() == value)
                return secondary->item(i);
        }
        return nullptr;
    };
    muscleItem(u"FOREARMS"_s)->setCheckState(Qt::Checked);
    QVERIFY(!(muscleItem(u"CHEST"_s)->flags() & Qt::ItemIsEnabled)); // the primary muscle
    selectComboData(m_page->findChild<QComboBox *>(u"difficultyCombo"_s), u"INTERMEDIATE"_s);
    m_page->findChild<QLineEdit *>(u"gripEdit"_s)->setText(u"shoulder width"_s);

    QSignalSpy dataChanged(model(), &QAbstractItemModel::dataChanged);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(editor()->errorText().isEmpty(), qPrintable(editor()->errorText()));
    QCOMPARE(dataChanged.size(), 1);
    QVERIFY(!save->isEnabled());

    // The row and the database changed.
    const int row = model()->rowOfId(bench);
    QCOMPARE(model()->index(row, ui::ExerciseTableModel::NameColumn).data().toString(),
             u"Barbell Bench Press"_s);
    QCOMPARE(model()->index(row, ui::ExerciseTableModel::LevelColumn).data().toString(),
             u"Intermediate"_s);
    const core::ExerciseDetails d = stored(bench);
    QCOMPARE(d.exercise.name, u"Barbell Bench Press"_s);
    QCOMPARE(d.exercise.difficulty, u"INTERMEDIATE"_s);
    QCOMPARE(d.exercise.grip, std::optional<QString>(u"shoulder width"_s));
    QVERIFY(d.tags.contains(u"chest day"_s));
    QVERIFY(d.secondaryMuscles.contains(u"FOREARMS"_s));
    QVERIFY(d.aliases.contains(u"Flat Bench Press"_s)); // untouched
    // The new tag is offered by the tag filter.
    QVERIFY(combo(u"tagFilter"_s)->findData(u"chest day"_s) >= 0);
    // Still selected, and the pane shows what was stored.
    QCOMPARE(table()->currentIndex().data(ui::ExerciseTableModel::IdRole).toLongLong(), bench);
    QCOMPARE(m_page->findChild<QLabel *>(u"exerciseTitle"_s)->text(), u"Barbell Bench Press"_s);
}

void TestExercisesPage::invalidInputShowsErrorAndWritesNothing_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field"); // what the error names (Error::invalid names table.column)

    QTest::newRow("empty name") << u"nameEdit"_s << QString() << u"exercises.name"_s;
    QTest::newRow("blank name") << u"nameEdit"_s << u"   "_s << u"exercises.name"_s;
    QTest::newRow("slug with spaces") << u"slugEdit"_s << u"Bench Press!"_s << u"exercises.slug"_s;
    QTest::newRow("slug of another exercise") << u"slugEdit"_s << u"SLUG_OF_BACK_SQUAT"_s
                                              << u"already used by the exercise \"Back Squat\""_s;
    QTest::newRow("alias twice") << u"aliasesEdit"_s << u"Flat Bench\nFlat Bench"_s
                                 << u"exercise_aliases.alias"_s;
    QTest::newRow("alias too long")
        << u"aliasesEdit"_s << QString(121, u'a') << u"exercise_aliases.alias"_s;
    QTest::newRow("tag too long") << u"tagsEdit"_s << QString(51, u't') << u"tags.name"_s;
    QTest::newRow("tag twice") << u"tagsEdit"_s << u"push, Push"_s << u"tags.name"_s;
}

void TestExercisesPage::invalidInputShowsErrorAndWritesNothing()
{
    QFETCH(QString, objectName);
    QFETCH(QString, text);
    QFETCH(QString, field);
    if (text == u"SLUG_OF_BACK_SQUAT"_s)
        text = stored(idOf(u"Back Squat"_s)).exercise.slug;

    const core::Id bench = idOf(u"Bench Press"_s);
    const QString before = test::countsText(*m_db);
    const core::ExerciseDetails original = stored(bench);
    QVERIFY(m_page->selectExercise(bench));
    // Something valid changed too: nothing of it may be written either.
    m_page->findChild<QLineEdit *>(u"gripEdit"_s)->setText(u"wide"_s);
    QWidget *widget = m_page->findChild<QWidget *>(objectName);
    QVERIFY(widget);
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->setText(text);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        plain->setPlainText(text);

    QVERIFY(!m_page->saveExercise());
    const QString error = editor()->errorText();
    QVERIFY2(error.contains(field), qPrintable(error));
    QCOMPARE(m_page->findChild<QLabel *>(u"exerciseErrorLabel"_s)->isHidden(), false);
    QCOMPARE(m_page->focusWidget(), widget);
    // Nothing written, nothing changed in the table, the typing kept.
    QCOMPARE(test::countsText(*m_db), before);
    const core::ExerciseDetails after = stored(bench);
    QCOMPARE(after.exercise.name, original.exercise.name);
    QCOMPARE(after.exercise.slug, original.exercise.slug);
    QCOMPARE(after.exercise.grip, original.exercise.grip);
    QCOMPARE(after.aliases, original.aliases);
    QCOMPARE(after.tags, original.tags);
    QCOMPARE(model()->exercise(model()->rowOfId(bench)).exercise.grip, original.exercise.grip);
    QVERIFY(editor()->isModified());
    QCOMPARE(m_page->findChild<QLineEdit *>(u"gripEdit"_s)->text(), u"wide"_s);

    // Fixing it and saving clears the message.
    editor()->revert();
    QVERIFY(editor()->errorText().isEmpty());
    QVERIFY(!editor()->isModified());
}

void TestExercisesPage::tooLongTextCannotBeTyped()
{
    // Fields with a column length stop at it instead of failing on save.
    QVERIFY(m_page->selectExercise(idOf(u"Bench Press"_s)));
    const QList<std::pair<QString, int>> limits = { { u"nameEdit"_s, 120 },
                                                    { u"slugEdit"_s, 140 },
                                                    { u"gripEdit"_s, 50 },
                                                    { u"videoUrlEdit"_s, 255 } };
    for (const auto &[objectName, length] : limits) {
        auto *edit = m_page->findChild<QLineEdit *>(objectName);
        edit->clear();
        QTest::keyClicks(edit, QString(length + 5, u'x'));
        QCOMPARE(edit->text().size(), length);
    }
}

void TestExercisesPage::revertAndUnsavedChanges()
{
    const core::Id bench = idOf(u"Bench Press"_s);
    const core::Id squat = idOf(u"Back Squat"_s);
    QVERIFY(m_page->selectExercise(bench));
    auto *name = m_page->findChild<QLineEdit *>(u"nameEdit"_s);
    QSignalSpy modified(editor(), &ui::ExerciseEditor::modifiedChanged);

    // Revert restores the stored values; typing back the original is not a change.
    name->setText(u"Something"_s);
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.last().first().toBool(), true);
    name->setText(u"Bench Press"_s);
    QCOMPARE(modified.last().first().toBool(), false);
    name->setText(u"Something"_s);
    m_page->findChild<QPushButton *>(u"revertExerciseButton"_s)->click();
    QCOMPARE(name->text(), u"Bench Press"_s);
    QVERIFY(!editor()->isModified());

    // Leaving unsaved changes asks. Cancel: stay on them.
    name->setText(u"Bench Press Renamed"_s);
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(m_page->selectExercise(squat));
    QVERIFY(ui::MessageBox::lastText().contains(u"Save the changes"_s));
    QCOMPARE(editor()->exerciseId(), bench);
    QCOMPARE(name->text(), u"Bench Press Renamed"_s);
    QTRY_COMPARE(table()->currentIndex().data(ui::ExerciseTableModel::IdRole).toLongLong(), bench);
    // Discard: move on, nothing written.
    ui::MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(m_page->selectExercise(squat));
    QCOMPARE(editor()->exerciseId(), squat);
    QCOMPARE(stored(bench).exercise.name, u"Bench Press"_s);
    // Save: written, then move on.
    name->setText(u"Barbell Back Squat"_s);
    ui::MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(m_page->selectExercise(bench));
    QCOMPARE(stored(squat).exercise.name, u"Barbell Back Squat"_s);
    QCOMPARE(editor()->exerciseId(), bench);
}

void TestExercisesPage::newExerciseThenDeleteIt()
{
    const QString before = test::countsText(*m_db);
    selectComboData(combo(u"muscleFilter"_s), u"CALVES"_s); // hides what we create
    QTest::keyClicks(search(), u"calf"_s);
    m_page->findChild<QPushButton *>(u"newExerciseButton"_s)->click();
    QVERIFY(editor()->isNew());
    QCOMPARE(m_page->focusWidget(), m_page->findChild<QLineEdit *>(u"nameEdit"_s));
    QVERIFY(!m_page->findChild<QPushButton *>(u"duplicateExerciseButton"_s)->isEnabled());

    // Required enum fields missing: the error names the first one.
    QTest::keyClicks(m_page->findChild<QLineEdit *>(u"nameEdit"_s), u"Yoke Walk"_s);
    QVERIFY(!m_page->saveExercise());
    QVERIFY2(editor()->errorText().contains(u"exercises.primary_muscle"_s),
             qPrintable(editor()->errorText()));
    QCOMPARE(m_page->focusWidget(), m_page->findChild<QComboBox *>(u"primaryMuscleCombo"_s));
    QCOMPARE(test::countsText(*m_db), before);

    selectComboData(m_page->findChild<QComboBox *>(u"primaryMuscleCombo"_s), u"QUADS"_s);
    selectComboData(m_page->findChild<QComboBox *>(u"movementCombo"_s), u"CARRY"_s);
    selectComboData(m_page->findChild<QComboBox *>(u"mechanicsCombo"_s), u"COMPOUND"_s);
    selectComboData(m_page->findChild<QComboBox *>(u"forceCombo"_s), u"PUSH"_s);
    selectComboData(m_page->findChild<QComboBox *>(u"equipmentCombo"_s), u"OTHER"_s);
    m_page->findChild<QPlainTextEdit *>(u"aliasesEdit"_s)
        ->setPlainText(u"Yoke Carry\nSuper Yoke"_s);
    QVERIFY(m_page->saveExercise());
    const core::Id id = editor()->exerciseId();
    QVERIFY(id > 0);
    const core::ExerciseDetails d = stored(id);
    QCOMPARE(d.exercise.name, u"Yoke Walk"_s);
    QCOMPARE(d.exercise.slug, u"yoke-walk"_s);
    QCOMPARE(d.aliases, (QStringList { u"Yoke Carry"_s, u"Super Yoke"_s }));
    // The filters that hid it were cleared so that it shows, selected.
    QCOMPARE(model()->rowCount(), m_catalog.size() + 1);
    QVERIFY(!proxy()->hasFilters());
    QCOMPARE(search()->text(), QString());
    QCOMPARE(table()->currentIndex().data(ui::ExerciseTableModel::IdRole).toLongLong(), id);
    // Search finds it by its alias.
    QTest::keyClicks(search(), u"super yoke"_s);
    QCOMPARE(namesInView(proxy()).first(), u"Yoke Walk"_s);

    // No history: deleting asks, then removes it everywhere.
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_page->deleteExercise();
    QVERIFY(!stored(id).exercise.name.isEmpty());
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    m_page->deleteExercise();
    QVERIFY(ui::MessageBox::lastText().contains(u"Edit → Undo brings it back"_s));
    QVERIFY(!core::loadExercise(*m_db, id));
    QCOMPARE(model()->rowOfId(id), -1);
    QCOMPARE(model()->rowCount(), m_catalog.size());
    QVERIFY(!editor()->hasExercise() || editor()->exerciseId() != id);
    QCOMPARE(test::countsText(*m_db), before);
}

void TestExercisesPage::duplicate()
{
    const core::Id bench = idOf(u"Bench Press"_s);
    QVERIFY(m_page->selectExercise(bench));
    m_page->findChild<QPushButton *>(u"duplicateExerciseButton"_s)->click();
    const core::Id copy = editor()->exerciseId();
    QVERIFY(copy != bench && copy > 0);
    const core::ExerciseDetails d = stored(copy);
    QCOMPARE(d.exercise.name, u"Bench Press (copy)"_s);
    QCOMPARE(d.exercise.slug, stored(bench).exercise.slug + u"-copy"_s);
    QVERIFY(d.aliases.isEmpty());
    QCOMPARE(d.tags, stored(bench).tags);
    QCOMPARE(model()->rowCount(), m_catalog.size() + 1);
    QCOMPARE(table()->currentIndex().data(ui::ExerciseTableModel::IdRole).toLongLong(), copy);
    // Ready to be renamed.
    auto *name = m_page->findChild<QLineEdit *>(u"nameEdit"_s);
    QCOMPARE(m_page->focusWidget(), name);
    QCOMPARE(name->selectedText(), u"Bench Press (copy)"_s);
    QTest::keyClicks(name, u"Spoto Press"_s);
    QVERIFY(m_page->saveExercise());
    QCOMPARE(stored(copy).exercise.name, u"Spoto Press"_s);
}

void TestExercisesPage::deleteWithHistoryOffersDeactivation()
{
    const core::Id bench = idOf(u"Bench Press"_s);
    auto athlete = core::addAthlete(*m_db, { u"ann"_s, u"ann@example.com"_s, std::nullopt });
    FT_VERIFY_OK(athlete);
    core::ExerciseSetLog set;
    set.subjectId = athlete->subject.id;
    set.exerciseId = bench;
    set.performedAt = QDateTime(QDate(2024, 5, 6), QTime(18, 0), Qt::UTC);
    set.actualWeightKg = 80;
    set.actualReps = 5;
    FT_VERIFY_OK(core::Repository<core::ExerciseSetLog>(*m_db).create(set));

    // The pane says it before anyone tries.
    QVERIFY(m_page->selectExercise(bench));
    QVERIFY2(m_page->findChild<QLabel *>(u"exerciseInfo"_s)->text().contains(u"Logged sets: 1."_s),
             qPrintable(m_page->findChild<QLabel *>(u"exerciseInfo"_s)->text()));

    // No: nothing happens.
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    m_page->deleteExercise();
    QVERIFY2(ui::MessageBox::lastText().contains(
                 u"cannot be deleted: it has training history (logged sets: 1)"_s),
             qPrintable(ui::MessageBox::lastText()));
    QVERIFY(ui::MessageBox::lastText().contains(u"Deactivate"_s));
    QCOMPARE(stored(bench).exercise.isActive, true);

    // Yes: deactivated, history kept, hidden from the default view.
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    m_page->deleteExercise();
    QCOMPARE(stored(bench).exercise.isActive, false);
    QCOMPARE(test::rowCount(*m_db, u"exercise_set_logs"_s), 1);
    QVERIFY(!namesInView(proxy()).contains(u"Bench Press"_s));
    QCOMPARE(model()->rowOfId(bench) >= 0, true);

    // Already inactive: it only explains.
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    m_page->deleteExercise();
    QVERIFY(ui::MessageBox::lastText().contains(u"already inactive"_s));
    QVERIFY(core::loadExercise(*m_db, bench));
}

void TestExercisesPage::keyboardOrderAndEnter()
{
    // Search → filters → table → the pane's fields → Save, along the focus chain.
    const QStringList order = {
        u"exerciseSearch"_s,     u"muscleFilter"_s,         u"equipmentFilter"_s,
        u"activeFilter"_s,       u"exerciseTable"_s,        u"nameEdit"_s,
        u"slugEdit"_s,           u"aliasesEdit"_s,          u"tagsEdit"_s,
        u"primaryMuscleCombo"_s, u"secondaryMusclesList"_s, u"instructionsEdit"_s,
        u"activeCheck"_s,        u"saveExerciseButton"_s,   u"revertExerciseButton"_s
    };
    QStringList chain;
    QWidget *w = search();
    for (int i = 0; i < 200 && (i == 0 || w != search()); ++i, w = w->nextInFocusChain()) {
        if (order.contains(w->objectName()) && !chain.contains(w->objectName()))
            chain.append(w->objectName());
    }
    QCOMPARE(chain, order);

    // Enter on a row opens it in the pane with the keyboard on its name.
    table()->setFocus();
    QVERIFY(m_page->selectExercise(idOf(u"Back Squat"_s)));
    QTest::keyClick(table(), Qt::Key_Return);
    QCOMPARE(m_page->focusWidget(), m_page->findChild<QLineEdit *>(u"nameEdit"_s));
    QCOMPARE(m_page->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"Back Squat"_s);
    // Down moves to the next exercise.
    table()->setFocus();
    const int row = table()->currentIndex().row();
    QTest::keyClick(table(), Qt::Key_Down);
    QCOMPARE(table()->currentIndex().row(), row + 1);
    QCOMPARE(editor()->exerciseId(),
             table()->currentIndex().data(ui::ExerciseTableModel::IdRole).toLongLong());
}

void TestExercisesPage::inTheMainWindow()
{
    // The window installs the catalog into a new database and shows it on the Exercises page.
    m_page.reset();
    m_session.reset();
    m_db = nullptr;
    auto fresh = std::make_unique<test::TestDatabase>();
    QVERIFY2(fresh->create(), qPrintable(fresh->errorString()));
    ui::MainWindow window;
    window.show();
    QVERIFY(window.databaseActions()->openDatabase(fresh->url(), true));
    window.showPage(u"exercises"_s);
    auto *page = qobject_cast<ui::ExercisesPage *>(window.page(u"exercises"_s));
    QVERIFY(page);
    QCOMPARE(page->model()->rowCount(), m_catalog.size());
    QCOMPARE(page->findChild<QLabel *>(u"exerciseCount"_s)->text(),
             u"%1 of %1 exercises"_s.arg(m_catalog.size()));

    // Edit > Find puts the keyboard in the search field.
    QAction *find = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Find))
            find = action;
    }
    QVERIFY(find);
    find->trigger();
    QCOMPARE(window.focusWidget(), page->searchField());

    // Every input of the page has a name a screen reader can say.
    const QStringList unnamed = test::unnamedControls(page);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestExercisesPage test;
    return ft::test::runDatabaseTests(&test, argc, argv);
}

#include "tst_exercisespage.moc"
