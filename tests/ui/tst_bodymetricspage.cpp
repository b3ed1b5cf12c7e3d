// The Body Metrics page (ui/pages/bodymetricspage.h) on a real database: an entry added from the
// form, the same day edited, a refused value (the seed's validation) that keeps the form and
// writes nothing, deleting the selected entry, undo back to the same content, the profile edited
// on the page, and weights shown and read in pounds when the preference says so.
#include "sampledata.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include "core/athletes/athletes.h"
#include "core/db/database.h"
#include "core/log/traininglog.h"
#include "ui/models/bodymetricsmodel.h"
#include "ui/pages/bodymetricspage.h"
#include "ui/session.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace ft;
using Column = ui::BodyMetricsModel::Column;

class TestBodyMetricsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addEditDeleteAndUndo();
    void refusedValuesKeepTheFormAndWriteNothing_data();
    void refusedValuesKeepTheFormAndWriteNothing();
    void profileEditedOnThePage();
    void weightsInPounds();

private:
    template<typename T>
    T *field(const char *name) const
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }
    // Types the form's values as a user does (the fields are emptied first).
    void fillForm(const QDate &day, const QString &weight, const QString &bodyFat,
                  const QString &restingHr, const QString &notes);
    QList<core::SubjectBodyMetrics> entries() const;

    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<ui::BodyMetricsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    test::SampleGraph m_graph;
};

void TestBodyMetricsPage::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_tdb->createMigrated(), qPrintable(m_tdb->errorString()));
    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    auto graph = test::createSampleGraph(**db); // one entry: 2024-05-01, 60.5 kg
    FT_VERIFY_OK(graph);
    m_graph = *graph;
    m_session = std::make_unique<ui::Session>();
    m_session->setDatabase(std::move(*db));
    m_session->setCurrentAthlete(m_graph.subject.id);
    m_page = std::make_unique<ui::BodyMetricsPage>(*m_session);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1200, 700);
    m_page->show();
    QCOMPARE(m_page->model()->rowCount(), 1);
}

void TestBodyMetricsPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_session.reset();
    m_tdb.reset();
}

QList<core::SubjectBodyMetrics> TestBodyMetricsPage::entries() const
{
    auto list = core::log::listBodyMetrics(*m_session->database(), m_graph.subject.id);
    return list ? *list : QList<core::SubjectBodyMetrics>();
}

void TestBodyMetricsPage::fillForm(const QDate &day, const QString &weight, const QString &bodyFat,
                                   const QString &restingHr, const QString &notes)
{
    field<QDateEdit>("measuredOnEdit")->setDate(day);
    const std::pair<const char *, QString> values[] = { { "weightEdit", weight },
                                                        { "bodyFatEdit", bodyFat },
                                                        { "restingHrEdit", restingHr },
                                                        { "notesEdit", notes } };
    for (const auto &[name, text] : values) {
        auto *edit = field<QLineEdit>(name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
}

void TestBodyMetricsPage::addEditDeleteAndUndo()
{
    const QByteArray before = m_tdb->contentFingerprint();
    const QLocale locale;
    // A new day: the form is empty for it; Enter in a field saves.
    fillForm(QDate(2024, 5, 8), locale.toString(61.2), locale.toString(19.5), QStringLiteral("52"),
             QStringLiteral("after rest day"));
    QTest::keyClick(field<QLineEdit>("notesEdit"), Qt::Key_Return);
    QCOMPARE(m_page->entryError(), QString());
    QCOMPARE(m_page->model()->rowCount(), 2);
    QList<core::SubjectBodyMetrics> now = entries();
    QCOMPARE(now.first().measuredOn, QDate(2024, 5, 8)); // newest first
    QCOMPARE(now.first().weightKg, std::optional(61.2));
    QCOMPARE(now.first().bodyfatPct, std::optional(19.5));
    QCOMPARE(now.first().restingHr, std::optional(52));
    QCOMPARE(now.first().notes, std::optional(QStringLiteral("after rest day")));
    QCOMPARE(m_page->model()->index(0, Column::WeightColumn).data().toString(),
             m_session->weightFormat().format(61.2));
    const QByteArray added = m_tdb->contentFingerprint();

    // The same day again: its entry shows in the form, Save updates it (no second row).
    field<QDateEdit>("measuredOnEdit")->setDate(QDate(2024, 5, 1));
    QCOMPARE(field<QLineEdit>("weightEdit")->text(), m_session->weightFormat().format(60.5, false));
    field<QDateEdit>("measuredOnEdit")->setDate(QDate(2024, 5, 8));
    QCOMPARE(field<QLineEdit>("restingHrEdit")->text(), QStringLiteral("52"));
    field<QLineEdit>("restingHrEdit")->clear();
    QTest::keyClicks(field<QLineEdit>("restingHrEdit"), QStringLiteral("50"));
    QVERIFY(m_page->saveEntry());
    QCOMPARE(m_page->model()->rowCount(), 2);
    now = entries();
    QCOMPARE(now.size(), 2);
    QCOMPARE(now.first().restingHr, std::optional(50));
    QCOMPARE(now.first().weightKg, std::optional(61.2));

    // Delete the selected entry: a click on the 8th's row selects it.
    QTableView *table = m_page->table();
    table->clearSelection();
    QVERIFY(!field<QPushButton>("deleteEntryButton")->isEnabled());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(m_page->model()->index(0, 0)).center());
    QVERIFY(field<QPushButton>("deleteEntryButton")->isEnabled());
    QTest::mouseClick(field<QPushButton>("deleteEntryButton"), Qt::LeftButton);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(entries().first().measuredOn, QDate(2024, 5, 1));

    m_session->undoStack()->undo(); // the deletion
    QCOMPARE(m_page->model()->rowCount(), 2);
    m_session->undoStack()->undo(); // the edit
    QCOMPARE(m_tdb->contentFingerprint(), added);
    m_session->undoStack()->undo(); // the addition
    QCOMPARE(m_tdb->contentFingerprint(), before);
    QCOMPARE(m_page->model()->rowCount(), 1);
}

void TestBodyMetricsPage::refusedValuesKeepTheFormAndWriteNothing_data()
{
    QTest::addColumn<QString>("weight");
    QTest::addColumn<QString>("bodyFat");
    QTest::addColumn<QString>("restingHr");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    // numeric(5,2) holds up to 999.99 kg; the seed's 0-100 % and a positive heart rate.
    QTest::newRow("weight 1000 kg") << "1000"
                                    << "20"
                                    << "55"
                                    << "weight_kg"
                                    << "1000";
    QTest::newRow("body fat 101 %") << "70"
                                    << "101"
                                    << "55"
                                    << "bodyfat_pct"
                                    << "101";
    QTest::newRow("resting HR 0") << "70"
                                  << "20"
                                  << "0"
                                  << "resting_hr"
                                  << "0";
    QTest::newRow("body fat not a number") << "70"
                                           << "lots"
                                           << "55"
                                           << "bodyfat_pct"
                                           << "lots";
}

void TestBodyMetricsPage::refusedValuesKeepTheFormAndWriteNothing()
{
    QFETCH(QString, weight);
    QFETCH(QString, bodyFat);
    QFETCH(QString, restingHr);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const QByteArray before = m_tdb->contentFingerprint();
    const int steps = m_session->undoStack()->count();
    fillForm(QDate(2024, 5, 9), weight, bodyFat, restingHr, QStringLiteral("typed"));
    QVERIFY(!m_page->saveEntry());
    const QString error = m_page->entryError();
    QVERIFY2(error.contains(field), qPrintable(error));
    QVERIFY2(error.contains(QLatin1Char('"') + value), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("not allowed")), qPrintable(error));
    // Nothing written, nothing on the undo stack, every typed value still there.
    QCOMPARE(m_tdb->contentFingerprint(), before);
    QCOMPARE(m_session->undoStack()->count(), steps);
    QCOMPARE(this->field<QLineEdit>("weightEdit")->text(), weight);
    QCOMPARE(this->field<QLineEdit>("bodyFatEdit")->text(), bodyFat);
    QCOMPARE(this->field<QLineEdit>("restingHrEdit")->text(), restingHr);
    QCOMPARE(this->field<QLineEdit>("notesEdit")->text(), QStringLiteral("typed"));
    QCOMPARE(this->field<QDateEdit>("measuredOnEdit")->date(), QDate(2024, 5, 9));
    // Corrected, it saves and the error goes.
    auto *fixed =
        this->field<QLineEdit>(field == QLatin1String("weight_kg")        ? "weightEdit"
                                   : field == QLatin1String("resting_hr") ? "restingHrEdit"
                                                                          : "bodyFatEdit");
    fixed->setText(QStringLiteral("60"));
    QVERIFY(m_page->saveEntry());
    QCOMPARE(m_page->entryError(), QString());
    QCOMPARE(entries().size(), 2);
}

void TestBodyMetricsPage::profileEditedOnThePage()
{
    const QByteArray before = m_tdb->contentFingerprint();
    auto *sex = field<QComboBox>("sexCombo");
    auto *birthYear = field<QSpinBox>("birthYearSpin");
    auto *height = field<QSpinBox>("heightSpin");
    auto *hand = field<QComboBox>("handCombo");
    // The sample profile is shown, with the enum's label.
    QCOMPARE(sex->currentText(), QStringLiteral("Female"));
    QCOMPARE(birthYear->value(), 1990);
    QCOMPARE(height->value(), 170);
    QCOMPARE(hand->currentText(), QStringLiteral("right"));

    sex->setCurrentIndex(sex->findData(QStringLiteral("OTHER")));
    height->setValue(172);
    hand->setCurrentText(QStringLiteral("left"));
    QTest::mouseClick(field<QPushButton>("saveProfileButton"), Qt::LeftButton);
    QCOMPARE(m_page->profileError(), QString());
    auto stored = core::loadAthlete(*m_session->database(), m_graph.subject.id);
    FT_VERIFY_OK(stored);
    QVERIFY(stored->profile);
    QCOMPARE(stored->profile->sex, std::optional(QStringLiteral("OTHER")));
    QCOMPARE(stored->profile->heightCm, std::optional(172));
    QCOMPARE(stored->profile->dominantHand, std::optional(QStringLiteral("left")));
    QCOMPARE(stored->profile->birthYear, std::optional(1990));

    // Undo: the database and the form are as before.
    m_session->undoStack()->undo();
    QCOMPARE(m_tdb->contentFingerprint(), before);
    QCOMPARE(height->value(), 170);
    QCOMPARE(sex->currentText(), QStringLiteral("Female"));
}

void TestBodyMetricsPage::weightsInPounds()
{
    ui::Preferences prefs = m_session->preferences();
    prefs.weightUnit = core::WeightUnit::Pound;
    FT_VERIFY_OK(m_session->setPreferences(prefs));
    const QString shown = m_page->model()->index(0, Column::WeightColumn).data().toString();
    QCOMPARE(shown, m_session->weightFormat().format(60.5));
    QVERIFY2(shown.endsWith(QStringLiteral(" lb")), qPrintable(shown));
    // A weight typed in pounds is stored in kilograms.
    fillForm(QDate(2024, 5, 10), QLocale().toString(150), QString(), QString(), QString());
    QVERIFY(m_page->saveEntry());
    QCOMPARE(entries().first().weightKg, std::optional(68.04)); // 150 lb
    QCOMPARE(m_page->model()->index(0, Column::WeightColumn).data().toString(),
             m_session->weightFormat().format(68.04));
    prefs.weightUnit = core::WeightUnit::Kilogram;
    FT_VERIFY_OK(m_session->setPreferences(prefs));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestBodyMetricsPage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return ft::test::runDatabaseTests(&test, argc, argv);
}
#include "tst_bodymetricspage.moc"
