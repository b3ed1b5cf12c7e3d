#include "athletedialog.h"
#include "formhelpers.h"

#include "models/athletetablemodel.h"

#include "core/enums.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ft::ui {

AthleteDialog::AthleteDialog(const core::Athlete &athlete, SaveFunction save, QWidget *parent)
    : QDialog(parent)
    , m_original(athlete)
    , m_save(std::move(save))
{
    setWindowTitle(athlete.subject.id ? tr("Edit Athlete") : tr("New Athlete"));
    setObjectName(QStringLiteral("athleteDialog"));

    m_username = new QLineEdit(athlete.user.username, this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setMaxLength(50);
    m_email = new QLineEdit(athlete.user.email, this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setMaxLength(254);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_fullName = new QLineEdit(athlete.user.fullName.value_or(QString()), this);
    m_fullName->setObjectName(QStringLiteral("fullNameEdit"));
    m_fullName->setMaxLength(100);

    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    m_sex->addItem(tr("Not given"), QString());
    for (const QString &value : core::enumValues(core::EnumType::Sex))
        m_sex->addItem(AthleteTableModel::sexLabel(value), value);
    const auto &profile = athlete.profile;
    if (profile && profile->sex)
        m_sex->setCurrentIndex(std::max(0, m_sex->findData(*profile->sex)));

    const int thisYear = QDate::currentDate().year();
    m_birthYear = new QSpinBox(this);
    m_birthYear->setObjectName(QStringLiteral("birthYearSpin"));
    m_birthYear->setRange(1899, thisYear); // 1899 is "not given"
    m_birthYear->setSpecialValueText(tr("Not given"));
    m_birthYear->setValue(profile && profile->birthYear ? *profile->birthYear : 1899);

    m_height = new QSpinBox(this);
    m_height->setObjectName(QStringLiteral("heightSpin"));
    m_height->setRange(0, 272);
    m_height->setSuffix(tr(" cm"));
    m_height->setSpecialValueText(tr("Not given"));
    m_height->setValue(profile && profile->heightCm ? *profile->heightCm : 0);

    m_hand = new QComboBox(this);
    m_hand->setObjectName(QStringLiteral("handCombo"));
    m_hand->setEditable(true);
    m_hand->addItems({ QString(), tr("right"), tr("left"), tr("both") });
    m_hand->lineEdit()->setMaxLength(10);
    m_hand->setCurrentText(profile && profile->dominantHand ? *profile->dominantHand : QString());

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Username:"), m_username, this), m_username);
    form->addRow(buddyLabel(tr("&Email:"), m_email, this), m_email);
    form->addRow(buddyLabel(tr("&Full name:"), m_fullName, this), m_fullName);
    form->addRow(buddyLabel(tr("&Sex:"), m_sex, this), m_sex);
    form->addRow(buddyLabel(tr("&Birth year:"), m_birthYear, this), m_birthYear);
    form->addRow(buddyLabel(tr("&Height:"), m_height, this), m_height);
    form->addRow(buddyLabel(tr("&Dominant hand:"), m_hand, this), m_hand);

    auto *privacy =
        new QLabel(tr("Username, email and full name are personal data: they stay with the "
                      "user account. Training data refers to a pseudonym."),
                   this);
    privacy->setWordWrap(true);
    privacy->setEnabled(false);

    m_error = errorLabel(QStringLiteral("errorLabel"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AthleteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AthleteDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(privacy);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

core::Athlete AthleteDialog::athlete() const
{
    core::Athlete a = m_original;
    a.user.username = m_username->text();
    a.user.email = m_email->text();
    a.user.fullName = m_fullName->text().trimmed().isEmpty()
        ? std::nullopt
        : std::optional<QString>(m_fullName->text());
    core::SubjectProfile profile = a.profile.value_or(core::SubjectProfile());
    const QString sex = m_sex->currentData().toString();
    profile.sex = sex.isEmpty() ? std::nullopt : std::optional<QString>(sex);
    profile.birthYear = m_birthYear->value() == m_birthYear->minimum()
        ? std::nullopt
        : std::optional<int>(m_birthYear->value());
    profile.heightCm =
        m_height->value() == 0 ? std::nullopt : std::optional<int>(m_height->value());
    const QString hand = m_hand->currentText().trimmed();
    profile.dominantHand = hand.isEmpty() ? std::nullopt : std::optional<QString>(hand);
    a.profile = profile;
    return a;
}

void AthleteDialog::accept()
{
    auto result = m_save(athlete());
    if (!result) {
        showError(result.error());
        return;
    }
    m_saved = *result;
    QDialog::accept();
}

void AthleteDialog::showError(const core::Error &error)
{
    m_error->setText(error.message);
    m_error->show();
    const QHash<QString, QWidget *> widgets = {
        { QStringLiteral("users.username"), m_username },
        { QStringLiteral("users.email"), m_email },
        { QStringLiteral("users.full_name"), m_fullName },
        { QStringLiteral("subject_profiles.sex"), m_sex },
        { QStringLiteral("subject_profiles.birth_year"), m_birthYear },
        { QStringLiteral("subject_profiles.height_cm"), m_height },
        { QStringLiteral("subject_profiles.dominant_hand"), m_hand },
    };
    if (QWidget *w = widgets.value(error.field))
        w->setFocus();
}

} // namespace ft::ui
