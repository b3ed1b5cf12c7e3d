#include "core/settings.h"

#include <QUrl>

namespace ft::core {

namespace {
struct KeyInfo
{
    const char *name;
    QVariant defaultValue;
};

KeyInfo info(Settings::Key key)
{
    switch (key) {
    case Settings::Key::WindowGeometry:
        return { "window/geometry", QByteArray() };
    case Settings::Key::WindowState:
        return { "window/state", QByteArray() };
    case Settings::Key::CurrentPage:
        return { "window/currentPage", QStringLiteral("athletes") };
    case Settings::Key::LastDatabase:
        return { "database/last", QString() };
    case Settings::Key::RecentDatabases:
        return { "database/recent", QStringList() };
    case Settings::Key::CurrentAthlete:
        return { "athlete/current", QString() };
    case Settings::Key::RememberPassword:
        return { "database/rememberPassword", false };
    }
    return { "", QVariant() };
}

QString withoutPassword(const QString &url)
{
    QUrl parsed(url);
    if (parsed.isValid() && !parsed.password().isEmpty()) {
        parsed.setPassword(QString());
        return parsed.toString();
    }
    return url;
}

QString &overrideFile()
{
    static QString path;
    return path;
}
} // namespace

Settings::Settings(std::unique_ptr<QSettings> backend)
    : m_settings(std::move(backend))
{ }

Settings &Settings::instance()
{
    static std::unique_ptr<Settings> settings;
    static QString fileOfInstance;
    if (!settings || fileOfInstance != overrideFile()) {
        fileOfInstance = overrideFile();
        settings.reset(
            new Settings(fileOfInstance.isEmpty()
                             ? std::make_unique<QSettings>()
                             : std::make_unique<QSettings>(fileOfInstance, QSettings::IniFormat)));
    }
    return *settings;
}

void Settings::useFile(const QString &path)
{
    overrideFile() = path;
}

QVariant Settings::value(Key key) const
{
    const KeyInfo i = info(key);
    return m_settings->value(QString::fromLatin1(i.name), i.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    QVariant stored = value;
    // A password must never reach a settings file, whatever a caller passes.
    if (key == Key::LastDatabase)
        stored = withoutPassword(value.toString());
    m_settings->setValue(QString::fromLatin1(info(key).name), stored);
}

void Settings::reset(Key key)
{
    m_settings->remove(QString::fromLatin1(info(key).name));
}

QStringList Settings::recentDatabases() const
{
    return value(Key::RecentDatabases).toStringList();
}

void Settings::addRecentDatabase(const QString &url)
{
    const QString clean = withoutPassword(url);
    QStringList recent = recentDatabases();
    recent.removeAll(clean);
    recent.prepend(clean);
    while (recent.size() > maxRecentDatabases)
        recent.removeLast();
    setValue(Key::RecentDatabases, recent);
}

void Settings::removeRecentDatabase(const QString &url)
{
    QStringList recent = recentDatabases();
    recent.removeAll(withoutPassword(url));
    setValue(Key::RecentDatabases, recent);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace ft::core
