#include "passwordstore.h"

#include <qt6keychain/keychain.h>

namespace ft::ui {

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{ }

QString PasswordStore::serviceName()
{
    return QStringLiteral("FitnessTrack");
}

void PasswordStore::read(const QString &key,
                         std::function<void(std::optional<QString>, QString)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::EntryNotFound)
            done(std::nullopt, QString());
        else if (j->error() != QKeychain::NoError)
            done(std::nullopt, j->errorString());
        else
            done(readJob->textData(), QString());
    });
    job->start();
}

void PasswordStore::write(const QString &key, const QString &password,
                          std::function<void(QString)> done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

void PasswordStore::remove(const QString &key, std::function<void(QString)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok ? QString() : j->errorString());
    });
    job->start();
}

} // namespace ft::ui
