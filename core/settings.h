#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace ft::core {

// The one typed facade over the user's settings. Keys and defaults live in one table
// (settings.cpp); nothing else names a settings key. Secrets never go here: passwords belong to
// the system keychain.
class Settings
{
public:
    enum class Key {
        WindowGeometry,
        WindowState,
        CurrentPage,
        LastDatabase,     // URL without password
        RecentDatabases,  // URLs without password, newest first
        CurrentAthlete,   // subject pseudonym
        RememberPassword, // whether to offer keychain storage by default
    };

    // The application's settings (QSettings in the user's config folder).
    static Settings &instance();
    // Tests: route every later instance() call to an INI file of their own.
    static void useFile(const QString &path);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);

    QStringList recentDatabases() const;
    void addRecentDatabase(const QString &url);
    void removeRecentDatabase(const QString &url);
    static constexpr int maxRecentDatabases = 8;

    void sync();

private:
    explicit Settings(std::unique_ptr<QSettings> backend);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ft::core
