#include "core/exchange/import/importreport.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace ft::core::import {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};
} // namespace

qint64 ImportReport::exercisesNew() const
{
    return std::count_if(exercises.cbegin(), exercises.cend(),
                         [](const ImportedExercise &e) { return e.match == MatchKind::New; });
}

QJsonObject ImportReport::toJson() const
{
    const auto nullable = [](const auto &v) { return v ? QJsonValue(qint64(*v)) : QJsonValue(); };
    QJsonArray skippedRows;
    for (const SkippedRow &row : skipped)
        skippedRows.append(QJsonObject { { QStringLiteral("line"), row.line },
                                         { QStringLiteral("reason"), row.reason } });
    QJsonArray flagged;
    for (const Flag &f : flags)
        flagged.append(QJsonObject { { QStringLiteral("line"), f.line },
                                     { QStringLiteral("field"), f.field },
                                     { QStringLiteral("value"), f.value },
                                     { QStringLiteral("reason"), f.reason } });
    QJsonArray names;
    for (const ImportedExercise &e : exercises) {
        QJsonObject o { { QStringLiteral("name"), e.sourceName },
                        { QStringLiteral("exercise_id"),
                          e.exerciseId ? QJsonValue(e.exerciseId) : QJsonValue() },
                        { QStringLiteral("exercise"), e.exerciseName },
                        { QStringLiteral("match"), matchKindName(e.match) },
                        { QStringLiteral("sets"), e.sets } };
        if (e.created) {
            const Exercise &x = e.created->exercise;
            o.insert(QStringLiteral("new_exercise"),
                     QJsonObject { { QStringLiteral("slug"), x.slug },
                                   { QStringLiteral("equipment"), x.equipment },
                                   { QStringLiteral("primary_muscle"), x.primaryMuscle },
                                   { QStringLiteral("movement"), x.movement },
                                   { QStringLiteral("mechanics"), x.mechanics },
                                   { QStringLiteral("force"), x.force } });
            QJsonArray suggested;
            for (const Id id : e.suggestions)
                suggested.append(id);
            o.insert(QStringLiteral("suggestions"), suggested);
            if (!e.reason.isEmpty())
                o.insert(QStringLiteral("reason"), e.reason);
        }
        names.append(o);
    }
    return {
        { QStringLiteral("format"), formatName(format) },
        { QStringLiteral("dry_run"), dryRun },
        { QStringLiteral("batch"), batchId ? QJsonValue(batchId) : QJsonValue() },
        { QStringLiteral("workouts"), workouts },
        { QStringLiteral("sets_read"), setsRead },
        { QStringLiteral("sets_imported"), setsImported },
        { QStringLiteral("sets_duplicate"), setsDuplicate },
        { QStringLiteral("sessions_created"), sessionsCreated },
        { QStringLiteral("workouts_merged"), workoutsMerged },
        { QStringLiteral("first_date"),
          firstDate.isValid() ? QJsonValue(firstDate.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("last_date"),
          lastDate.isValid() ? QJsonValue(lastDate.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("rows_skipped"), rowsSkipped() },
        { QStringLiteral("skipped"), skippedRows },
        { QStringLiteral("flags"), flagged },
        { QStringLiteral("flag_count"), flagCount },
        { QStringLiteral("assumptions"), QJsonArray::fromStringList(assumptions) },
        { QStringLiteral("exercises_new"), exercisesNew() },
        { QStringLiteral("exercises"), names },
        { QStringLiteral("previous_batch"), nullable(previousBatch) },
        { QStringLiteral("milliseconds"), milliseconds },
    };
}

QString ImportReport::toText() const
{
    QStringList lines;
    lines.append(
        dryRun ? Tr::tr("Preview of a %1 import (nothing was written):").arg(formatName(format))
            : batchId ? Tr::tr("Imported from %1 as batch %2:").arg(formatName(format)).arg(batchId)
                      : Tr::tr("Nothing new to import from this %1 file:").arg(formatName(format)));
    if (previousBatch)
        lines.append(Tr::tr("  this file was imported before (batch %1)").arg(*previousBatch));
    lines.append(
        Tr::tr(
            "  workouts: %1 from %2 to %3; sessions: %4 new, %5 workouts added to an existing one")
            .arg(workouts)
            .arg(firstDate.toString(Qt::ISODate), lastDate.toString(Qt::ISODate))
            .arg(sessionsCreated)
            .arg(workoutsMerged));
    lines.append(Tr::tr("  %1 sets read, %2 imported, %3 already there")
                     .arg(setsRead)
                     .arg(setsImported)
                     .arg(setsDuplicate));
    lines.append(Tr::tr("  %1 exercises, %2 new").arg(exercises.size()).arg(exercisesNew()));
    for (const ImportedExercise &e : exercises) {
        if (e.match == MatchKind::New)
            lines.append(Tr::tr("    new: \"%1\" (%2, %3)")
                             .arg(e.sourceName, e.created->exercise.equipment,
                                  e.created->exercise.primaryMuscle));
        else if (e.sourceName != e.exerciseName)
            lines.append(Tr::tr("    \"%1\" → %2 (%3)")
                             .arg(e.sourceName, e.exerciseName, matchKindName(e.match)));
    }
    for (const QString &assumption : assumptions)
        lines.append(QStringLiteral("  ") + assumption);
    lines.append(Tr::tr("  %1 rows skipped").arg(rowsSkipped()));
    for (const SkippedRow &row : skipped)
        lines.append(Tr::tr("    line %1: %2").arg(row.line).arg(row.reason));
    if (flagCount > 0) {
        lines.append(Tr::tr("  %1 values to check").arg(flagCount));
        for (const Flag &f : flags)
            lines.append(
                Tr::tr("    line %1: %2 %3: %4").arg(f.line).arg(f.field, f.value, f.reason));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ft::core::import
