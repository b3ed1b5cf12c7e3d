#pragma once

#include "core/db/databaseurl.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace ft::ui {

// Asks for a PostgreSQL server: host, port, database, user and password. The password is kept
// only if the user asks for it, and then in the system keychain.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(const core::DatabaseUrl &initial, QWidget *parent = nullptr);

    core::DatabaseUrl url() const;
    bool rememberPassword() const;

private:
    void updateOk();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    class QPushButton *m_connect;
};

} // namespace ft::ui
