#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace ft::ui {

// Database passwords in the system keychain (Secret Service, KWallet, ...) through QtKeychain,
// asynchronously: callers pass a continuation and never spin an event loop. The insecure
// plaintext fallback stays off, so a password is never written to a file by us.
class PasswordStore : public QObject
{
    Q_OBJECT

public:
    explicit PasswordStore(QObject *parent = nullptr);

    // `done(password, error)`: password empty when none is stored; error set when the keychain
    // could not be asked.
    void read(const QString &key, std::function<void(std::optional<QString>, QString)> done);
    void write(const QString &key, const QString &password, std::function<void(QString)> done);
    void remove(const QString &key, std::function<void(QString)> done);

    static QString serviceName();
};

} // namespace ft::ui
