#pragma once

#include "core/result.h"
#include "core/units.h"

#include <QLocale>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace ft::core {

// How many hard sets per muscle and week the plan and the progress views aim at: a band.
struct WeeklySetTarget
{
    int low = 10;
    int high = 20;
    friend bool operator==(const WeeklySetTarget &, const WeeklySetTarget &) = default;
};

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
        LastDatabase,        // URL without password
        RecentDatabases,     // URLs without password, newest first
        CurrentAthlete,      // subject pseudonym
        RememberPassword,    // whether to offer keychain storage by default
        WeightUnit,          // "kg" or "lb": how weights are shown and typed (stored: kg)
        WeeklySetTargetLow,  // 0..100
        WeeklySetTargetHigh, // low..100
        E1rmRepCap,          // 1..12: sets with more reps give no e1RM
        E1rmFormula,         // a key of e1rmFormulaKeys()
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

    // The preferences, typed and checked. A stored value that breaks its rule (WeightUnit=stone,
    // a low target above the high one, "abc" for a number) reads as the default, and a sentence
    // naming the key, the value and the rule is kept for takeProblems(). The setters refuse a
    // value that breaks its rule and store nothing then.
    core::WeightUnit weightUnit() const;
    void setWeightUnit(core::WeightUnit unit);
    WeeklySetTarget weeklySetTarget() const;
    Status setWeeklySetTarget(WeeklySetTarget target);
    int e1rmRepCap() const;
    Status setE1rmRepCap(int reps);
    QString e1rmFormula() const;
    Status setE1rmFormula(const QString &key);

    // The weight unit a new user of `locale` expects: pounds in the US system, else kilograms.
    static core::WeightUnit defaultWeightUnit(const QLocale &locale = QLocale::system());
    // The e1RM formulas, as stored (the stats code names them the same way), default first.
    static QStringList e1rmFormulaKeys();
    static constexpr int maxWeeklySets = 100;
    static constexpr int minE1rmRepCap = 1;
    static constexpr int maxE1rmRepCap = 12;

    // The problems found in stored values since the last call, each once; then forgets them.
    QStringList takeProblems();

    void sync();

private:
    explicit Settings(std::unique_ptr<QSettings> backend);
    // The stored int of `key` within [min, max]; nothing (and a problem noted) when the text is
    // not such a number; nothing either when the key is not stored.
    std::optional<int> storedInt(Key key, int min, int max) const;
    void noteProblem(Key key, const QString &value, const QString &rule, const QString &used) const;

    std::unique_ptr<QSettings> m_settings;
    mutable QStringList m_problems;
    mutable QStringList m_reported; // "key=value" of every problem noted: each is told once
};

} // namespace ft::core
