#include "core/exchange/import/importbatches.h"

#include "core/db/database.h"
#include "core/exchange/import/exercisematcher.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ft::core::import {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};
} // namespace

QJsonObject ImportBatch::toJson() const
{
    return {
        { QStringLiteral("batch"), id },
        { QStringLiteral("subject_id"), subjectId },
        { QStringLiteral("format"), format },
        { QStringLiteral("source_name"), sourceName },
        { QStringLiteral("fingerprint"), fingerprint },
        { QStringLiteral("workouts"), workouts },
        { QStringLiteral("sets_imported"), setsImported },
        { QStringLiteral("sessions_created"), sessionsCreated },
        { QStringLiteral("exercises_new"), exercisesNew },
        { QStringLiteral("imported_at"), importedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("undone_at"),
          undoneAt ? QJsonValue(undoneAt->toString(Qt::ISODateWithMs)) : QJsonValue() },
    };
}

QJsonObject UndoReport::toJson() const
{
    return {
        { QStringLiteral("batch"), batchId },
        { QStringLiteral("sets_deleted"), setsDeleted },
        { QStringLiteral("sessions_deleted"), sessionsDeleted },
        { QStringLiteral("sessions_kept"), sessionsKept },
        { QStringLiteral("notes_restored"), notesRestored },
        { QStringLiteral("notes_kept"), notesKept },
        { QStringLiteral("exercises_deleted"), exercisesDeleted },
        { QStringLiteral("exercises_kept"), exercisesKept },
    };
}

QString UndoReport::toText() const
{
    QString text = Tr::tr("Undid import batch %1: %2 sets, %3 sessions and %4 exercises deleted.")
                       .arg(batchId)
                       .arg(setsDeleted)
                       .arg(sessionsDeleted)
                       .arg(exercisesDeleted);
    if (notesRestored)
        text += QLatin1Char(' ') + Tr::tr("%1 session notes restored.").arg(notesRestored);
    if (sessionsKept || exercisesKept || notesKept)
        text += QLatin1Char(' ')
            + Tr::tr("Kept because they changed since the import: %1 sessions with other sets, "
                     "%2 exercises in use, %3 edited session notes.")
                  .arg(sessionsKept)
                  .arg(exercisesKept)
                  .arg(notesKept);
    return text + QLatin1Char('\n');
}

Result<QList<ImportBatch>> listImportBatches(Database &db, std::optional<Id> subjectId)
{
    QString sql = QStringLiteral(
        "SELECT id, subject_id, format, source_name, fingerprint, workouts, sets_imported, "
        "sessions_created, exercises_new, imported_at, undone_at FROM import_batches");
    QVariantList params;
    if (subjectId) {
        sql += QStringLiteral(" WHERE subject_id = ?");
        params.append(*subjectId);
    }
    sql += QStringLiteral(" ORDER BY id DESC");
    auto rows = db.exec(sql, params);
    if (!rows)
        return rows.error();
    QList<ImportBatch> batches;
    const Dialect &d = db.dialect();
    while (rows->next()) {
        ImportBatch b;
        b.id = rows->value(0).toLongLong();
        b.subjectId = rows->value(1).toLongLong();
        b.format = rows->value(2).toString();
        b.sourceName = rows->value(3).toString();
        b.fingerprint = rows->value(4).toString();
        b.workouts = rows->value(5).toLongLong();
        b.setsImported = rows->value(6).toLongLong();
        b.sessionsCreated = rows->value(7).toLongLong();
        b.exercisesNew = rows->value(8).toLongLong();
        b.importedAt = d.readDateTime(rows->value(9));
        if (!rows->value(10).isNull())
            b.undoneAt = d.readDateTime(rows->value(10));
        batches.append(b);
    }
    return batches;
}

Result<UndoReport> undoImport(Database &db, Id batchId)
{
    UndoReport report;
    report.batchId = batchId;
    const Status status = db.transaction([&]() -> Status {
        auto batch =
            db.exec(QStringLiteral("SELECT subject_id, undone_at FROM import_batches WHERE id = ?"),
                    { batchId });
        if (!batch)
            return batch.error();
        if (!batch->next())
            return Error::make(Error::Kind::NotFound,
                               Tr::tr("There is no import batch %1.").arg(batchId));
        const Id subject = batch->value(0).toLongLong();
        if (!batch->value(1).isNull())
            return Error::make(
                Error::Kind::Usage,
                Tr::tr("Import batch %1 was undone already (%2).")
                    .arg(batchId)
                    .arg(db.dialect().readDateTime(batch->value(1)).toString(Qt::ISODateWithMs)));
        batch->finish();

        QHash<QString, QList<QPair<Id, Id>>> ranges;
        auto rows =
            db.exec(QStringLiteral("SELECT table_name, first_id, last_id FROM import_batch_rows "
                                   "WHERE batch_id = ? ORDER BY table_name, first_id"),
                    { batchId });
        if (!rows)
            return rows.error();
        while (rows->next())
            ranges[rows->value(0).toString()].append(
                { rows->value(1).toLongLong(), rows->value(2).toLongLong() });
        rows->finish();

        const auto affected = [&](const QString &sql, const QVariantList &params,
                                  qint64 *count) -> Status {
            auto q = db.exec(sql, params);
            if (!q)
                return q.error();
            *count += q->numRowsAffected();
            return {};
        };
        const auto remaining = [&](const QString &table, qint64 *count) -> Status {
            for (const auto &[first, last] : ranges.value(table)) {
                auto n = db.scalar(
                    QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id BETWEEN ? AND ?").arg(table),
                    { first, last });
                if (!n)
                    return n.error();
                *count += n->toLongLong();
            }
            return {};
        };

        for (const auto &[first, last] : ranges.value(QStringLiteral("exercise_set_logs"))) {
            if (Status s = affected(QStringLiteral("DELETE FROM exercise_set_logs WHERE subject_id "
                                                   "= ? AND id BETWEEN ? AND ?"),
                                    { subject, first, last }, &report.setsDeleted);
                !s)
                return s;
        }
        // Sessions the import created, unless sets were logged in them since.
        for (const auto &[first, last] : ranges.value(QStringLiteral("workout_sessions"))) {
            if (Status s = affected(
                    QStringLiteral(
                        "DELETE FROM workout_sessions WHERE subject_id = ? AND id BETWEEN ? AND ? "
                        "AND id NOT IN (SELECT session_id FROM exercise_set_logs "
                        "WHERE subject_id = ? AND session_id BETWEEN ? AND ?)"),
                    { subject, first, last, subject, first, last }, &report.sessionsDeleted);
                !s)
                return s;
        }
        if (Status s = remaining(QStringLiteral("workout_sessions"), &report.sessionsKept); !s)
            return s;

        // Sessions that existed: their notes as before, unless edited since.
        auto extended =
            db.exec(QStringLiteral(
                        "SELECT session_id, notes_before, notes_after FROM import_batch_sessions "
                        "WHERE batch_id = ?"),
                    { batchId });
        if (!extended)
            return extended.error();
        QList<std::tuple<Id, QVariant, QVariant>> notes;
        while (extended->next())
            notes.append(
                { extended->value(0).toLongLong(), extended->value(1), extended->value(2) });
        extended->finish();
        for (const auto &[session, before, after] : notes) {
            qint64 restored = 0;
            if (Status s = affected(
                    QStringLiteral(
                        "UPDATE workout_sessions SET notes = ? WHERE id = ? AND notes = ?"),
                    { before.isNull() ? QVariant(QMetaType::fromType<QString>()) : before, session,
                      after },
                    &restored);
                !s)
                return s;
            report.notesRestored += restored;
            report.notesKept += 1 - restored;
        }

        // Exercises the import created, unless something uses them now.
        for (const auto &[first, last] : ranges.value(QStringLiteral("exercises"))) {
            if (Status s =
                    affected(QStringLiteral("DELETE FROM exercises WHERE id BETWEEN ? AND ? "
                                            "AND NOT EXISTS (SELECT 1 FROM exercise_set_logs l "
                                            "WHERE l.exercise_id = exercises.id) "
                                            "AND NOT EXISTS (SELECT 1 FROM routine_day_exercises r "
                                            "WHERE r.exercise_id = exercises.id)"),
                             { first, last }, &report.exercisesDeleted);
                !s)
                return s;
        }
        if (Status s = remaining(QStringLiteral("exercises"), &report.exercisesKept); !s)
            return s;
        // The importer's tag goes with the last exercise that had it.
        if (auto r =
                db.exec(QStringLiteral("DELETE FROM tags WHERE name = ? AND NOT EXISTS "
                                       "(SELECT 1 FROM exercise_tags t WHERE t.tag_id = tags.id)"),
                        { importedTagName() });
            !r)
            return r.error();

        auto done =
            db.exec(QStringLiteral("UPDATE import_batches SET undone_at = ? WHERE id = ?"),
                    { db.dialect().bindDateTime(QDateTime::currentDateTimeUtc()), batchId });
        if (!done)
            return done.error();
        return {};
    });
    if (!status)
        return status.error();
    return report;
}

} // namespace ft::core::import
