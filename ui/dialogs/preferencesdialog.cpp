#include "preferencesdialog.h"
#include "formhelpers.h"

#include "core/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ft::ui {

using core::Settings;
using core::WeightUnit;

namespace {
// Each formula the settings know: its label, and its shape for the tooltip (w: weight, r: reps).
struct Formula
{
    const char *key;
    const char *label;
    const char *shape;
};
constexpr Formula formulas[] = {
    { "epley", QT_TRANSLATE_NOOP("ft::ui::PreferencesDialog", "Epley"), "w × (1 + r / 30)" },
    { "brzycki", QT_TRANSLATE_NOOP("ft::ui::PreferencesDialog", "Brzycki"), "w × 36 / (37 − r)" },
    { "lander", QT_TRANSLATE_NOOP("ft::ui::PreferencesDialog", "Lander"),
      "100 × w / (101.3 − 2.67123 × r)" },
    { "lombardi", QT_TRANSLATE_NOOP("ft::ui::PreferencesDialog", "Lombardi"), "w × r^0.10" },
    { "mayhew", QT_TRANSLATE_NOOP("ft::ui::PreferencesDialog", "Mayhew et al."),
      "100 × w / (52.2 + 41.9 × e^(−0.055 × r))" },
    { "oconner", QT_TRANSLATE_NOOP("ft::ui::PreferencesDialog", "O'Conner et al."),
      "w × (1 + r / 40)" },
    { "wathan", QT_TRANSLATE_NOOP("ft::ui::PreferencesDialog", "Wathan"),
      "100 × w / (48.8 + 53.8 × e^(−0.075 × r))" },
    { "rpe", QT_TRANSLATE_NOOP("ft::ui::PreferencesDialog", "RPE chart (reps and RPE of the set)"),
      "" },
};

const Formula *findFormula(const QString &key)
{
    for (const Formula &f : formulas) {
        if (key == QLatin1String(f.key))
            return &f;
    }
    return nullptr;
}
} // namespace

QString PreferencesDialog::formulaLabel(const QString &key)
{
    const Formula *f = findFormula(key);
    return f ? tr(f->label) : key;
}

PreferencesDialog::PreferencesDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    const Preferences &current = session.preferences();

    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("weightUnitCombo"));
    m_unit->addItem(tr("Kilograms (kg)"), int(WeightUnit::Kilogram));
    m_unit->addItem(tr("Pounds (lb)"), int(WeightUnit::Pound));
    m_unit->setCurrentIndex(m_unit->findData(int(current.weightUnit)));
    m_unit->setToolTip(tr("How weights are shown and typed. They are stored in kilograms; "
                          "imports and exports keep their own units."));

    m_targetLow = new QSpinBox(this);
    m_targetLow->setObjectName(QStringLiteral("weeklySetTargetLowSpin"));
    m_targetLow->setRange(0, Settings::maxWeeklySets);
    m_targetLow->setValue(current.weeklySetTarget.low);
    m_targetHigh = new QSpinBox(this);
    m_targetHigh->setObjectName(QStringLiteral("weeklySetTargetHighSpin"));
    m_targetHigh->setRange(0, Settings::maxWeeklySets);
    m_targetHigh->setValue(current.weeklySetTarget.high);
    // The band stays a band: the other end follows.
    connect(m_targetLow, &QSpinBox::valueChanged, this, [this](int low) {
        if (m_targetHigh->value() < low)
            m_targetHigh->setValue(low);
    });
    connect(m_targetHigh, &QSpinBox::valueChanged, this, [this](int high) {
        if (m_targetLow->value() > high)
            m_targetLow->setValue(high);
    });
    m_targetLow->setSuffix(tr(" sets"));
    m_targetHigh->setSuffix(tr(" sets"));

    m_formula = new QComboBox(this);
    m_formula->setObjectName(QStringLiteral("e1rmFormulaCombo"));
    for (const QString &key : Settings::e1rmFormulaKeys()) {
        m_formula->addItem(formulaLabel(key), key);
        if (const Formula *f = findFormula(key); f && *f->shape)
            m_formula->setItemData(m_formula->count() - 1, QString::fromUtf8(f->shape),
                                   Qt::ToolTipRole);
    }
    m_formula->setCurrentIndex(std::max(0, m_formula->findData(current.e1rmFormula)));

    m_repCap = new QSpinBox(this);
    m_repCap->setObjectName(QStringLiteral("e1rmRepCapSpin"));
    m_repCap->setRange(Settings::minE1rmRepCap, Settings::maxE1rmRepCap);
    m_repCap->setValue(current.e1rmRepCap);
    m_repCap->setSuffix(tr(" reps"));
    m_repCap->setToolTip(tr("Sets with more reps than this give no estimated 1RM: the formulas "
                            "lose their accuracy beyond a few reps."));

    auto *units = new QGroupBox(tr("Units"), this);
    auto *unitsForm = new QFormLayout(units);
    unitsForm->addRow(buddyLabel(tr("&Weight unit:"), m_unit, units), m_unit);

    auto *targets = new QGroupBox(tr("Hard sets per muscle and week"), this);
    auto *targetsForm = new QFormLayout(targets);
    m_targetLow->setAccessibleName(tr("Weekly set target, low"));
    m_targetHigh->setAccessibleName(tr("Weekly set target, high"));
    targetsForm->addRow(buddyLabel(tr("&Low end of the target:"), m_targetLow, targets),
                        m_targetLow);
    targetsForm->addRow(buddyLabel(tr("&High end of the target:"), m_targetHigh, targets),
                        m_targetHigh);

    auto *e1rm = new QGroupBox(tr("Estimated one-rep max (e1RM)"), this);
    auto *e1rmForm = new QFormLayout(e1rm);
    m_formula->setAccessibleName(tr("e1RM formula"));
    m_repCap->setAccessibleName(tr("e1RM rep cap"));
    e1rmForm->addRow(buddyLabel(tr("&Formula:"), m_formula, e1rm), m_formula);
    e1rmForm->addRow(buddyLabel(tr("&Reps at most:"), m_repCap, e1rm), m_repCap);

    m_error = errorLabel(QStringLiteral("errorLabel"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(units);
    layout->addWidget(targets);
    layout->addWidget(e1rm);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    setTabOrder(m_unit, m_targetLow);
    setTabOrder(m_targetLow, m_targetHigh);
    setTabOrder(m_targetHigh, m_formula);
    setTabOrder(m_formula, m_repCap);
    m_unit->setFocus();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.weightUnit = WeightUnit(m_unit->currentData().toInt());
    p.weeklySetTarget = { m_targetLow->value(), m_targetHigh->value() };
    p.e1rmRepCap = m_repCap->value();
    p.e1rmFormula = m_formula->currentData().toString();
    return p;
}

void PreferencesDialog::accept()
{
    if (const auto status = m_session.setPreferences(preferences()); !status) {
        showError(m_error, status.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace ft::ui
