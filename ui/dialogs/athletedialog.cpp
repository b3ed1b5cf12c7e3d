#include "athletedialog.h"
#include "formhelpers.h"

#include "widgets/profilefields.h"

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

    m_profile = new ProfileFields(this);
    m_profile->setProfile(athlete.profile);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Username:"), m_username, this), m_username);
    form->addRow(buddyLabel(tr("&Email:"), m_email, this), m_email);
    form->addRow(buddyLabel(tr("&Full name:"), m_fullName, this), m_fullName);
    m_profile->addRowsTo(form, this);

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
    a.profile = m_profile->profile(a.profile.value_or(core::SubjectProfile()));
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
    };
    if (QWidget *w = widgets.value(error.field, m_profile->fieldFor(error.field)))
        w->setFocus();
}

} // namespace ft::ui
