// Edit → Preferences, offscreen: the dialog driven by the keyboard, what it stores, what the
// session then shows, and the main window telling about broken stored preferences at start-up.
#include "accessibility.h"

#include "core/settings.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ft;
using namespace Qt::StringLiterals;
using core::Settings;
using core::WeightUnit;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sessionReadsSettingsAtStart();
    void keyboardChangesUnitToPounds();
    void everyControlIsNamedAndReachable();
    void targetBandStaysABand();
    void cancelChangesNothing();
    void refusedPreferencesStoreNothing();
    void ctrlCommaOpensPreferencesFromTheMainWindow();
    void brokenStoredPreferencesAreToldAtStartUp();

private:
    QString m_file;
    QTemporaryDir m_dir;
};

void TestPreferences::init()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(u"%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    Settings::useFile(m_file);
}

void TestPreferences::cleanup()
{
    Settings::useFile(QString());
}

void TestPreferences::sessionReadsSettingsAtStart()
{
    Settings &settings = Settings::instance();
    settings.setWeightUnit(WeightUnit::Pound);
    QVERIFY(settings.setWeeklySetTarget({ 6, 14 }).ok());
    QVERIFY(settings.setE1rmRepCap(8).ok());
    QVERIFY(settings.setE1rmFormula(u"brzycki"_s).ok());

    ui::Session session;
    QCOMPARE(session.weightFormat().unit(), WeightUnit::Pound);
    QCOMPARE(session.weightFormat().format(102.06), u"225 lb"_s);
    QCOMPARE(session.weeklySetTarget(), (core::WeeklySetTarget { 6, 14 }));
    QCOMPARE(session.e1rmRepCap(), 8);
    QCOMPARE(session.e1rmFormula(), u"brzycki"_s);

    // Reloading what did not change says nothing; a change elsewhere is heard on reload.
    QSignalSpy changed(&session, &ui::Session::preferencesChanged);
    session.reloadPreferences();
    QCOMPARE(changed.count(), 0);
    settings.setWeightUnit(WeightUnit::Kilogram);
    session.reloadPreferences();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(session.weightFormat().format(102.06), u"102.06 kg"_s);
}

void TestPreferences::keyboardChangesUnitToPounds()
{
    ui::Session session;
    QCOMPARE(session.weightFormat().unit(), WeightUnit::Kilogram); // C locale: metric
    QSignalSpy changed(&session, &ui::Session::preferencesChanged);

    ui::PreferencesDialog dialog(session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *unit = dialog.findChild<QComboBox *>(u"weightUnitCombo"_s);
    auto *low = dialog.findChild<QSpinBox *>(u"weeklySetTargetLowSpin"_s);
    QVERIFY(unit && low);
    QCOMPARE(unit->currentText(), u"Kilograms (kg)"_s);
    QCOMPARE(low->value(), 10);

    // The unit has the focus first; from elsewhere, Alt+W (its label's mnemonic) reaches it.
    QCOMPARE(QApplication::focusWidget(), unit);
    QTest::keyClick(unit, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), low);
    QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), unit);
    // Down picks pounds.
    QTest::keyClick(unit, Qt::Key_Down);
    QCOMPARE(unit->currentText(), u"Pounds (lb)"_s);
    // Tab to the low target and type 12 over it.
    QTest::keyClick(unit, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), low);
    low->selectAll();
    QTest::keyClicks(low, u"12"_s);
    QCOMPARE(low->value(), 12);
    QCOMPARE(changed.count(), 0); // nothing applies before OK
    // Return is OK.
    QTest::keyClick(low, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());

    QCOMPARE(changed.count(), 1);
    QCOMPARE(session.weightFormat().unit(), WeightUnit::Pound);
    QCOMPARE(session.weightFormat().format(100.0), u"220.5 lb"_s);
    QCOMPARE(session.weeklySetTarget(), (core::WeeklySetTarget { 12, 20 }));
    QCOMPARE(Settings::instance().weightUnit(), WeightUnit::Pound);
    QCOMPARE(Settings::instance().weeklySetTarget(), (core::WeeklySetTarget { 12, 20 }));
    // In the file, as the next start reads it.
    QSettings raw(m_file, QSettings::IniFormat);
    QCOMPARE(raw.value(u"units/weight"_s).toString(), u"lb"_s);
    QCOMPARE(raw.value(u"targets/weeklySetsLow"_s).toInt(), 12);

    // Opened again, the dialog shows what is stored.
    ui::PreferencesDialog again(session);
    QCOMPARE(again.findChild<QComboBox *>(u"weightUnitCombo"_s)->currentText(), u"Pounds (lb)"_s);
    QCOMPARE(again.preferences(), session.preferences());
}

void TestPreferences::everyControlIsNamedAndReachable()
{
    ui::Session session;
    ui::PreferencesDialog dialog(session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(test::unnamedControls(&dialog), QStringList());

    // Every input has a label that is its buddy.
    QList<QWidget *> buddies;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        buddies.append(label->buddy());
    QList<QWidget *> inputs;
    for (QComboBox *combo : dialog.findChildren<QComboBox *>())
        inputs.append(combo);
    for (QSpinBox *spin : dialog.findChildren<QSpinBox *>())
        inputs.append(spin);
    QCOMPARE(inputs.size(), 5);
    for (QWidget *input : inputs)
        QVERIFY2(buddies.contains(input), qPrintable(input->objectName()));

    // Tab goes through them in reading order.
    const QStringList order = { u"weightUnitCombo"_s, u"weeklySetTargetLowSpin"_s,
                                u"weeklySetTargetHighSpin"_s, u"e1rmFormulaCombo"_s,
                                u"e1rmRepCapSpin"_s };
    QCOMPARE(QApplication::focusWidget()->objectName(), order.first());
    for (int i = 1; i < order.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), order.at(i));
    }

    // Every formula the settings know, with a translated label.
    auto *formula = dialog.findChild<QComboBox *>(u"e1rmFormulaCombo"_s);
    QCOMPARE(formula->count(), Settings::e1rmFormulaKeys().size());
    for (int i = 0; i < formula->count(); ++i) {
        QCOMPARE(formula->itemData(i).toString(), Settings::e1rmFormulaKeys().at(i));
        QVERIFY(!formula->itemText(i).isEmpty());
        QVERIFY(formula->itemText(i) != formula->itemData(i).toString());
    }
    auto *cap = dialog.findChild<QSpinBox *>(u"e1rmRepCapSpin"_s);
    QCOMPARE(cap->minimum(), 1);
    QCOMPARE(cap->maximum(), 12);
}

void TestPreferences::targetBandStaysABand()
{
    ui::Session session;
    ui::PreferencesDialog dialog(session);
    auto *low = dialog.findChild<QSpinBox *>(u"weeklySetTargetLowSpin"_s);
    auto *high = dialog.findChild<QSpinBox *>(u"weeklySetTargetHighSpin"_s);
    QVERIFY(low && high);
    low->setValue(30); // above the high end: the high end follows
    QCOMPARE(high->value(), 30);
    high->setValue(5); // below the low end: the low end follows
    QCOMPARE(low->value(), 5);
    QCOMPARE(high->value(), 5);
    high->setValue(100);
    QCOMPARE(low->value(), 5);
    QCOMPARE(high->maximum(), 100);
    QCOMPARE(low->minimum(), 0);
    dialog.accept();
    QCOMPARE(Settings::instance().weeklySetTarget(), (core::WeeklySetTarget { 5, 100 }));
}

void TestPreferences::cancelChangesNothing()
{
    ui::Session session;
    QSignalSpy changed(&session, &ui::Session::preferencesChanged);
    ui::PreferencesDialog dialog(session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *unit = dialog.findChild<QComboBox *>(u"weightUnitCombo"_s);
    unit->setCurrentIndex(unit->findData(int(WeightUnit::Pound)));
    dialog.findChild<QSpinBox *>(u"e1rmRepCapSpin"_s)->setValue(3);
    QTest::keyClick(unit, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(session.weightFormat().unit(), WeightUnit::Kilogram);
    Settings::instance().sync();
    QVERIFY(QSettings(m_file, QSettings::IniFormat).allKeys().isEmpty());
}

void TestPreferences::refusedPreferencesStoreNothing()
{
    ui::Session session;
    ui::Preferences good = session.preferences();
    good.e1rmFormula = u"lander"_s;
    QVERIFY(session.setPreferences(good).ok());
    QSignalSpy changed(&session, &ui::Session::preferencesChanged);

    ui::Preferences bad = good;
    bad.weightUnit = WeightUnit::Pound;
    bad.weeklySetTarget = { 4, 8 };
    bad.e1rmRepCap = 13; // refused, after the unit and the band were accepted
    const auto status = session.setPreferences(bad);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(u"e1rm/repCap"_s), qPrintable(status.error().message));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(session.preferences(), good);
    // All or nothing: the unit and the band went back too.
    QCOMPARE(Settings::instance().weightUnit(), WeightUnit::Kilogram);
    QCOMPARE(Settings::instance().weeklySetTarget(), (core::WeeklySetTarget { 10, 20 }));
    QCOMPARE(Settings::instance().e1rmFormula(), u"lander"_s);
}

void TestPreferences::ctrlCommaOpensPreferencesFromTheMainWindow()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy changed(window.session(), &ui::Session::preferencesChanged);

    bool seen = false;
    QTimer::singleShot(0, [&seen] {
        auto *dialog = qobject_cast<ui::PreferencesDialog *>(QApplication::activeModalWidget());
        QVERIFY2(dialog, "Ctrl+, opened no Preferences dialog");
        seen = true;
        auto *unit = dialog->findChild<QComboBox *>(u"weightUnitCombo"_s);
        auto *formula = dialog->findChild<QComboBox *>(u"e1rmFormulaCombo"_s);
        unit->setCurrentIndex(unit->findData(int(WeightUnit::Pound)));
        formula->setCurrentIndex(formula->findData(u"mayhew"_s));
        dialog->accept();
        if (dialog->isVisible())
            dialog->reject(); // never leave the test blocked on exec()
    });
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    QVERIFY(seen);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(window.session()->weightFormat().unit(), WeightUnit::Pound);
    QCOMPARE(window.session()->e1rmFormula(), u"mayhew"_s);
    QCOMPARE(Settings::instance().e1rmFormula(), u"mayhew"_s);
}

void TestPreferences::brokenStoredPreferencesAreToldAtStartUp()
{
    {
        QSettings raw(m_file, QSettings::IniFormat);
        raw.setValue(u"units/weight"_s, u"stone"_s);
        raw.setValue(u"e1rm/repCap"_s, u"abc"_s);
    }
    ui::MainWindow window;
    // The app runs, on the defaults.
    QCOMPARE(window.session()->weightFormat().unit(), WeightUnit::Kilogram);
    QCOMPARE(window.session()->e1rmRepCap(), 10);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(u"units/weight"_s) && message.contains(u"\"stone\""_s)
                 && message.contains(u"kg or lb"_s),
             qPrintable(message));
    QVERIFY2(message.contains(u"e1rm/repCap"_s) && message.contains(u"\"abc\""_s)
                 && message.contains(u"from 1 to 12"_s),
             qPrintable(message));
    // Told once: a second window of the same run does not repeat it.
    ui::MainWindow second;
    QCOMPARE(second.statusBar()->currentMessage(), QString());
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestPreferences test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_preferences.moc"
