// PasswordStore against a real Secret Service (run through tests/support/with-keyring.sh), and
// the rule that a password never reaches the settings file.
#include "core/settings.h"
#include "ui/passwordstore.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using namespace Qt::StringLiterals;

class TestPasswordStore : public QObject
{
    Q_OBJECT

private slots:
    void writeReadOverwriteRemove();
    void settingsNeverHoldPasswords();

private:
    struct ReadResult
    {
        bool done = false;
        std::optional<QString> password;
        QString error;
    };
    ReadResult read(ui::PasswordStore &store, const QString &key);
    QString write(ui::PasswordStore &store, const QString &key, const QString &password);
    QString remove(ui::PasswordStore &store, const QString &key);
};

TestPasswordStore::ReadResult TestPasswordStore::read(ui::PasswordStore &store, const QString &key)
{
    ReadResult result;
    store.read(key, [&result](std::optional<QString> password, QString error) {
        result = { true, std::move(password), std::move(error) };
    });
    // The store answers asynchronously; QTRY_ lets the event loop run until it does.
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.done, 20000); }();
    return result;
}

QString TestPasswordStore::write(ui::PasswordStore &store, const QString &key,
                                 const QString &password)
{
    bool done = false;
    QString error;
    store.write(key, password, [&](QString e) {
        error = std::move(e);
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return done ? error : u"no answer"_s;
}

QString TestPasswordStore::remove(ui::PasswordStore &store, const QString &key)
{
    bool done = false;
    QString error;
    store.remove(key, [&](QString e) {
        error = std::move(e);
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return done ? error : u"no answer"_s;
}

void TestPasswordStore::writeReadOverwriteRemove()
{
    ui::PasswordStore store;
    const QString key = u"postgresql://coach@db.example:5432/gym"_s;

    ReadResult before = read(store, key);
    QVERIFY(before.done);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    QVERIFY(!before.password);

    QCOMPARE(write(store, key, u"s3cret with spaces & ünïcödé"_s), QString());
    ReadResult stored = read(store, key);
    QVERIFY2(stored.error.isEmpty(), qPrintable(stored.error));
    QCOMPARE(stored.password, std::optional<QString>(u"s3cret with spaces & ünïcödé"_s));

    // Another server's key is another entry.
    QVERIFY(!read(store, u"postgresql://coach@other:5432/gym"_s).password);

    QCOMPARE(write(store, key, u"changed"_s), QString());
    QCOMPARE(read(store, key).password, std::optional<QString>(u"changed"_s));

    QCOMPARE(remove(store, key), QString());
    QVERIFY(!read(store, key).password);
    // Removing what is not there is not an error.
    QCOMPARE(remove(store, key), QString());
}

void TestPasswordStore::settingsNeverHoldPasswords()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"settings.ini"_s);
    core::Settings::useFile(file);
    core::Settings &settings = core::Settings::instance();
    settings.setValue(core::Settings::Key::LastDatabase,
                      u"postgresql://coach:hunter2@db:5432/gym"_s);
    settings.addRecentDatabase(u"postgresql://coach:hunter2@db:5432/gym"_s);
    settings.sync();
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY(content.contains("db:5432/gym"));
    QVERIFY2(!content.contains("hunter2"), content.constData());
    QCOMPARE(settings.recentDatabases(), QStringList { u"postgresql://coach@db:5432/gym"_s });
    core::Settings::useFile(QString());
}

QTEST_MAIN(TestPasswordStore)
#include "tst_passwordstore.moc"
