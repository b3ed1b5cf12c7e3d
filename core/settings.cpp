#include "core/settings.h"

#include <QCoreApplication>
#include <QUrl>

#include <utility>

namespace ft::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Settings)
};

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
    case Settings::Key::WeightUnit:
        return { "units/weight", weightUnitKey(Settings::defaultWeightUnit()) };
    case Settings::Key::WeeklySetTargetLow:
        return { "targets/weeklySetsLow", WeeklySetTarget().low };
    case Settings::Key::WeeklySetTargetHigh:
        return { "targets/weeklySetsHigh", WeeklySetTarget().high };
    case Settings::Key::E1rmRepCap:
        return { "e1rm/repCap", 10 };
    case Settings::Key::E1rmFormula:
        return { "e1rm/formula", QStringLiteral("epley") };
    }
    return { "", QVariant() };
}

// A stored value as the user would see it in the file.
QString storedText(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString();
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

core::WeightUnit Settings::defaultWeightUnit(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? core::WeightUnit::Pound
                                                                   : core::WeightUnit::Kilogram;
}

QStringList Settings::e1rmFormulaKeys()
{
    return { QStringLiteral("epley"),    QStringLiteral("brzycki"), QStringLiteral("lander"),
             QStringLiteral("lombardi"), QStringLiteral("mayhew"),  QStringLiteral("oconner"),
             QStringLiteral("wathan"),   QStringLiteral("rpe") };
}

void Settings::noteProblem(Key key, const QString &value, const QString &rule,
                           const QString &used) const
{
    const QString name = QString::fromLatin1(info(key).name);
    const QString id = name + u'=' + value;
    if (m_reported.contains(id))
        return;
    m_reported.append(id);
    m_problems.append(
        Tr::tr("Setting %1 = \"%2\" ignored: %3; using %4.").arg(name, value, rule, used));
}

QStringList Settings::takeProblems()
{
    return std::exchange(m_problems, {});
}

std::optional<int> Settings::storedInt(Key key, int min, int max) const
{
    const QString name = QString::fromLatin1(info(key).name);
    if (!m_settings->contains(name))
        return std::nullopt;
    const QString text = storedText(m_settings->value(name));
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (ok && value >= min && value <= max)
        return value;
    noteProblem(key, text, Tr::tr("must be a whole number from %1 to %2").arg(min).arg(max),
                info(key).defaultValue.toString());
    return std::nullopt;
}

core::WeightUnit Settings::weightUnit() const
{
    const QString name = QString::fromLatin1(info(Key::WeightUnit).name);
    const core::WeightUnit fallback = defaultWeightUnit();
    if (!m_settings->contains(name))
        return fallback;
    const QString text = storedText(m_settings->value(name));
    if (const auto unit = weightUnitFromKey(text))
        return *unit;
    noteProblem(Key::WeightUnit, text, Tr::tr("must be kg or lb"), weightUnitKey(fallback));
    return fallback;
}

void Settings::setWeightUnit(core::WeightUnit unit)
{
    setValue(Key::WeightUnit, weightUnitKey(unit));
}

WeeklySetTarget Settings::weeklySetTarget() const
{
    const WeeklySetTarget fallback;
    const WeeklySetTarget target {
        storedInt(Key::WeeklySetTargetLow, 0, maxWeeklySets).value_or(fallback.low),
        storedInt(Key::WeeklySetTargetHigh, 0, maxWeeklySets).value_or(fallback.high),
    };
    if (target.low <= target.high)
        return target;
    noteProblem(Key::WeeklySetTargetLow,
                QStringLiteral("%1 (%2 = %3)")
                    .arg(target.low)
                    .arg(QString::fromLatin1(info(Key::WeeklySetTargetHigh).name))
                    .arg(target.high),
                Tr::tr("must not be above the high target"),
                QStringLiteral("%1-%2").arg(fallback.low).arg(fallback.high));
    return fallback;
}

Status Settings::setWeeklySetTarget(WeeklySetTarget target)
{
    if (target.low < 0 || target.low > maxWeeklySets)
        return Error::invalid(QString::fromLatin1(info(Key::WeeklySetTargetLow).name), target.low,
                              Tr::tr("must be from 0 to %1").arg(maxWeeklySets));
    if (target.high < target.low || target.high > maxWeeklySets)
        return Error::invalid(
            QString::fromLatin1(info(Key::WeeklySetTargetHigh).name), target.high,
            Tr::tr("must be from the low target (%1) to %2").arg(target.low).arg(maxWeeklySets));
    setValue(Key::WeeklySetTargetLow, target.low);
    setValue(Key::WeeklySetTargetHigh, target.high);
    return {};
}

int Settings::e1rmRepCap() const
{
    return storedInt(Key::E1rmRepCap, minE1rmRepCap, maxE1rmRepCap)
        .value_or(info(Key::E1rmRepCap).defaultValue.toInt());
}

Status Settings::setE1rmRepCap(int reps)
{
    if (reps < minE1rmRepCap || reps > maxE1rmRepCap)
        return Error::invalid(
            QString::fromLatin1(info(Key::E1rmRepCap).name), reps,
            Tr::tr("must be a whole number from %1 to %2").arg(minE1rmRepCap).arg(maxE1rmRepCap));
    setValue(Key::E1rmRepCap, reps);
    return {};
}

QString Settings::e1rmFormula() const
{
    const KeyInfo i = info(Key::E1rmFormula);
    const QString name = QString::fromLatin1(i.name);
    if (!m_settings->contains(name))
        return i.defaultValue.toString();
    const QString text = storedText(m_settings->value(name));
    const QString key = text.trimmed().toLower();
    if (e1rmFormulaKeys().contains(key))
        return key;
    noteProblem(Key::E1rmFormula, text,
                Tr::tr("must be one of %1").arg(e1rmFormulaKeys().join(QStringLiteral(", "))),
                i.defaultValue.toString());
    return i.defaultValue.toString();
}

Status Settings::setE1rmFormula(const QString &key)
{
    if (!e1rmFormulaKeys().contains(key))
        return Error::invalid(
            QString::fromLatin1(info(Key::E1rmFormula).name), key,
            Tr::tr("must be one of %1").arg(e1rmFormulaKeys().join(QStringLiteral(", "))));
    setValue(Key::E1rmFormula, key);
    return {};
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace ft::core
