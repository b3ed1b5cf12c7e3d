#include "connectdialog.h"
#include "formhelpers.h"

#include "core/settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ft::ui {

ConnectDialog::ConnectDialog(const core::DatabaseUrl &initial, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to PostgreSQL"));
    setObjectName(QStringLiteral("connectDialog"));
    const bool pg = initial.kind == core::DatabaseUrl::Kind::PostgreSQL;

    m_host = new QLineEdit(pg ? initial.host : QStringLiteral("localhost"), this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(pg ? initial.port : 5432);
    m_database = new QLineEdit(pg ? initial.database : QStringLiteral("fitnesstrack"), this);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user = new QLineEdit(pg ? initial.user : QString(), this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(pg ? initial.password : QString(), this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setAccessibleName(tr("Remember the password in the system keychain"));
    m_remember->setChecked(
        core::Settings::instance().value(core::Settings::Key::RememberPassword).toBool());

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Host:"), m_host, this), m_host);
    form->addRow(buddyLabel(tr("P&ort:"), m_port, this), m_port);
    form->addRow(buddyLabel(tr("&Database:"), m_database, this), m_database);
    form->addRow(buddyLabel(tr("&User:"), m_user, this), m_user);
    form->addRow(buddyLabel(tr("&Password:"), m_password, this), m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : { m_host, m_database, m_user })
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
    updateOk();
}

void ConnectDialog::updateOk()
{
    m_connect->setEnabled(!m_host->text().trimmed().isEmpty()
                          && !m_database->text().trimmed().isEmpty()
                          && !m_user->text().trimmed().isEmpty());
}

core::DatabaseUrl ConnectDialog::url() const
{
    core::DatabaseUrl url;
    url.kind = core::DatabaseUrl::Kind::PostgreSQL;
    url.host = m_host->text().trimmed();
    url.port = m_port->value();
    url.database = m_database->text().trimmed();
    url.user = m_user->text().trimmed();
    url.password = m_password->text();
    return url;
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

} // namespace ft::ui
