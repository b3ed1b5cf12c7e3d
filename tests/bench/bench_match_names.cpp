#include "bench_match_names.h"

#include "scenario.h"

#include "core/catalog/catalog.h"
#include "core/catalog/exercisenames.h"
#include "core/catalog/exercisesearch.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ft::bench {

namespace {

constexpr int exerciseCount = 5000;
constexpr int nameCount = 1000;

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// "Incline Dumbbell Bench Press 2" → "Incline Bench Press 2 (Dumbbell)": the equipment word, if
// the name has one of the synthetic tools, moved to a suffix.
QString equipmentToSuffix(const QString &name)
{
    static const QRegularExpression tool(
        QStringLiteral("\\b(Barbell|Dumbbell|Kettlebell|Cable|Machine|Band|Smith Machine|"
                       "Trap Bar|EZ Bar|Plate)\\b"));
    const auto m = tool.match(name);
    if (!m.hasMatch())
        return name + QStringLiteral(" (Other)");
    QString base = name;
    base.remove(m.capturedStart(), m.capturedLength());
    return base.simplified() + QStringLiteral(" (") + m.captured(1) + QLatin1Char(')');
}

// 1,000 distinct names, a fifth of each kind.
QStringList queries(const QList<core::ExerciseDetails> &catalog)
{
    QStringList names;
    QSet<QString> seen;
    for (int i = 0; names.size() < nameCount; ++i) {
        const QString name = catalog.at((i * 7) % catalog.size()).exercise.name;
        QString query;
        switch (i % 5) {
        case 0:
            query = name;
            break;
        case 1:
            query = name.toUpper() + QLatin1Char('S');
            break;
        case 2:
            query = equipmentToSuffix(name);
            break;
        case 3: {
            QStringList words = name.split(QLatin1Char(' '));
            std::reverse(words.begin(), words.end());
            query = words.join(QLatin1Char(' '));
            break;
        }
        default:
            query = QStringLiteral("Zorbel Quux %1 Lift").arg(i);
        }
        if (!seen.contains(query)) {
            seen.insert(query);
            names.append(query);
        }
    }
    return names;
}

} // namespace

QString matchNamesDescription()
{
    return QStringLiteral("1,000 exercise names as other apps write them matched against 5,000 "
                          "synthetic exercises with 15,000 aliases, with candidates for the "
                          "names not taken; reference: the previous matcher (folded hash lookup, "
                          "search-index suggestions); target < 200 ms");
}

Result<Report> matchNames(const Context &context)
{
    const QList<core::ExerciseDetails> catalog = core::syntheticExercises(exerciseCount);
    qint64 aliases = 0;
    for (const core::ExerciseDetails &d : catalog)
        aliases += d.aliases.size();
    const QStringList names = queries(catalog);

    QElapsedTimer build;
    build.start();
    core::ExerciseNameMatcher matcher;
    for (const core::ExerciseDetails &d : catalog)
        matcher.add(d);
    const double buildMs = elapsedMs(build);

    // The previous matcher: folded names and aliases in a hash, the search index for suggestions.
    QHash<QString, core::Id> folded;
    for (const core::ExerciseDetails &d : catalog) {
        folded.insert(core::ExerciseSearchIndex::fold(d.exercise.name), d.exercise.id);
        for (const QString &alias : d.aliases)
            folded.insert(core::ExerciseSearchIndex::fold(alias), d.exercise.id);
    }
    const core::ExerciseSearchIndex index(core::searchEntries(catalog));
    static const QRegularExpression suffix(QStringLiteral("\\s*\\([^()]*\\)\\s*$"));

    QHash<QString, int> byRule;
    qint64 matched = 0, checksum = 0;
    const auto ours = [&](bool count) {
        for (const QString &name : names) {
            const core::NameMatch m = matcher.match(name);
            if (m.id) {
                checksum += m.id;
                if (count) {
                    ++matched;
                    ++byRule[core::nameRuleName(m.rule)];
                }
            } else {
                checksum += matcher.candidates(name, 3).size();
            }
        }
    };
    const auto reference = [&] {
        for (const QString &name : names) {
            if (const auto it = folded.constFind(core::ExerciseSearchIndex::fold(name));
                it != folded.constEnd()) {
                checksum += *it;
                continue;
            }
            QString base = name;
            base.remove(suffix);
            checksum += std::min<qsizetype>(3, index.matchingIds(name).size());
            checksum += std::min<qsizetype>(3, index.matchingIds(base).size());
        }
    };

    ours(true); // warm-up, and the counts
    reference();
    Timings ourTimes, referenceTimes;
    for (int run = 0; run < context.runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        ours(false);
        ourTimes.ms.append(elapsedMs(timer));
        timer.restart();
        reference();
        referenceTimes.ms.append(elapsedMs(timer));
    }

    QJsonObject rules;
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
        rules.insert(it.key(), it.value());
    Report report;
    report.insert(QStringLiteral("scenario"), QStringLiteral("match_names"));
    report.insert(QStringLiteral("exercises"), qint64(catalog.size()));
    report.insert(QStringLiteral("aliases"), aliases);
    report.insert(QStringLiteral("names"), qint64(names.size()));
    report.insert(QStringLiteral("runs"), context.runs);
    report.insert(QStringLiteral("median_ms"), roundMs(ourTimes.median()));
    report.insert(QStringLiteral("min_ms"), roundMs(ourTimes.min()));
    report.insert(QStringLiteral("reference"),
                  QStringLiteral("previous matcher: folded hash lookup + search index"));
    report.insert(QStringLiteral("reference_ms"), roundMs(referenceTimes.median()));
    report.insert(QStringLiteral("ratio"),
                  referenceTimes.median() > 0
                      ? std::round(ourTimes.median() / referenceTimes.median() * 1000) / 1000
                      : 0.0);
    report.insert(QStringLiteral("target_ms"), 200);
    report.insert(QStringLiteral("build_ms"), roundMs(buildMs));
    report.insert(QStringLiteral("matched"), matched);
    report.insert(QStringLiteral("by_rule"), rules);
    report.insert(QStringLiteral("checksum"), checksum);
    return report;
}

} // namespace ft::bench
