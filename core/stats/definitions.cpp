#include "core/stats/definitions.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace ft::core::stats {

namespace {

struct FormulaInfo
{
    E1rmFormula formula;
    const char *key;
    const char *name;
};

constexpr FormulaInfo formulaInfo[] = {
    { E1rmFormula::Epley, "epley", "Epley" },
    { E1rmFormula::Brzycki, "brzycki", "Brzycki" },
    { E1rmFormula::Lander, "lander", "Lander" },
    { E1rmFormula::Lombardi, "lombardi", "Lombardi" },
    { E1rmFormula::Mayhew, "mayhew", "Mayhew et al." },
    { E1rmFormula::OConner, "oconner", "O'Conner et al." },
    { E1rmFormula::Wathan, "wathan", "Wathan" },
    { E1rmFormula::Rpe, "rpe", "RPE (Tuchscherer)" },
};

const FormulaInfo &info(E1rmFormula formula)
{
    for (const FormulaInfo &i : formulaInfo) {
        if (i.formula == formula)
            return i;
    }
    return formulaInfo[0];
}

// Tuchscherer's RPE chart, percent of 1RM: index 2 * (reps - 1) + 2 * (10 - rpe).
constexpr std::array<double, 29> rpeChart = {
    100.0, 97.8, 95.5, 93.9, 92.2, 90.7, 89.2, 87.8, 86.3, 85.0, 83.7, 82.4, 81.1, 79.9, 78.6,
    77.4,  76.2, 75.1, 73.9, 72.3, 70.7, 69.4, 68.0, 66.7, 65.3, 64.0, 62.6, 61.3, 59.9,
};

} // namespace

QString e1rmFormulaKey(E1rmFormula formula)
{
    return QString::fromLatin1(info(formula).key);
}

QString e1rmFormulaName(E1rmFormula formula)
{
    return QString::fromUtf8(info(formula).name);
}

QStringList e1rmFormulaKeys()
{
    QStringList keys;
    for (const FormulaInfo &i : formulaInfo)
        keys.append(QString::fromLatin1(i.key));
    return keys;
}

Result<E1rmFormula> parseE1rmFormula(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (const FormulaInfo &i : formulaInfo) {
        if (wanted == QLatin1String(i.key))
            return i.formula;
    }
    Error e =
        Error::invalid(QStringLiteral("e1rm_formula"), key,
                       QStringLiteral("one of ") + e1rmFormulaKeys().join(QStringLiteral(", ")));
    e.message = QCoreApplication::translate("stats", "Unknown e1RM formula \"%1\"; known: %2.")
                    .arg(key, e1rmFormulaKeys().join(QStringLiteral(", ")));
    return e;
}

int clampE1rmRepCap(int cap)
{
    return std::clamp(cap, 1, maxE1rmRepCap);
}

bool isWorkingSet(const SetValues &set)
{
    return !set.isWarmup && set.reps && *set.reps >= 1;
}

bool isLoadWorkingSet(const SetValues &set)
{
    return isWorkingSet(set) && set.weightKg && *set.weightKg > 0;
}

std::optional<double> effectiveRpe(const SetValues &set)
{
    if (set.rpe)
        return *set.rpe;
    if (set.rir)
        return 10.0 - *set.rir;
    return std::nullopt;
}

double roundRpe(double rpe)
{
    return std::floor(rpe * 2.0 + 0.5) / 2.0;
}

std::optional<double> rpeFraction(int reps, double rpe)
{
    const double p = roundRpe(rpe);
    if (p < 6.5 || p > 10.0 || reps < 1 || reps > maxRecordReps)
        return std::nullopt;
    // 2 * (10 - p) is a whole number since p is a multiple of 0.5.
    const int index = 2 * (reps - 1) + int(std::lround(2.0 * (10.0 - p)));
    if (index < 0 || index >= int(rpeChart.size()))
        return std::nullopt;
    return rpeChart[size_t(index)] / 100.0;
}

std::optional<double> estimateE1rm(E1rmFormula formula, double w, int r, std::optional<double> rpe,
                                   int cap)
{
    if (!(w > 0) || !std::isfinite(w) || r < 1)
        return std::nullopt;
    if (formula == E1rmFormula::Rpe) {
        if (!rpe)
            return std::nullopt;
        const std::optional<double> fraction = rpeFraction(r, *rpe);
        if (!fraction)
            return std::nullopt;
        return w / *fraction;
    }
    if (r == 1)
        return w;
    if (r > clampE1rmRepCap(cap))
        return std::nullopt;
    double e = 0;
    switch (formula) {
    case E1rmFormula::Epley:
        e = w * (1.0 + r / 30.0);
        break;
    case E1rmFormula::Brzycki:
        e = w * 36.0 / (37.0 - r);
        break;
    case E1rmFormula::Lander:
        e = 100.0 * w / (101.3 - 2.67123 * r);
        break;
    case E1rmFormula::Lombardi:
        e = w * std::pow(double(r), 0.10);
        break;
    case E1rmFormula::Mayhew:
        e = 100.0 * w / (52.2 + 41.9 * std::exp(-0.055 * r));
        break;
    case E1rmFormula::OConner:
        e = w * (1.0 + 0.025 * r);
        break;
    case E1rmFormula::Wathan:
        e = 100.0 * w / (48.8 + 53.8 * std::exp(-0.075 * r));
        break;
    case E1rmFormula::Rpe:
        break; // handled above
    }
    if (!std::isfinite(e) || e <= 0)
        return std::nullopt;
    return e;
}

std::optional<double> estimateE1rm(E1rmFormula formula, const SetValues &set, int cap)
{
    if (!isLoadWorkingSet(set))
        return std::nullopt;
    return estimateE1rm(formula, *set.weightKg, *set.reps, effectiveRpe(set), cap);
}

QDate setDay(const QDate &sessionDate, const QDateTime &performedAt)
{
    if (sessionDate.isValid())
        return sessionDate;
    return performedAt.toLocalTime().date();
}

QDate isoWeekStart(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QString isoWeekLabel(const QDate &day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(week, 2, 10, QLatin1Char('0'));
}

} // namespace ft::core::stats
