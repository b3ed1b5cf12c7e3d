#include "core/changes/scopes.h"

#include "core/exchange/import/exercisematcher.h"

namespace ft::core::scopes {

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

const char *slotsOfAthlete = "routine_day_id IN (SELECT rd.id FROM routine_days rd JOIN routines r "
                             "ON r.id = rd.routine_id WHERE r.subject_id = ?)";

// The ids an import created in `table` (import_batch_rows ranges), as a condition on `column`.
QString createdBy(const char *table, const char *column)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM import_batch_rows b WHERE b.batch_id = ? AND "
                          "b.table_name = '%1' AND %2 BETWEEN b.first_id AND b.last_id)")
        .arg(QLatin1String(table), QLatin1String(column));
}

Scope importBookkeeping(Id subjectId)
{
    Scope scope;
    const QString batches = s("batch_id IN (SELECT id FROM import_batches WHERE subject_id = ?)");
    scope.rows(s("workout_sessions"), s("subject_id = ?"), { subjectId })
        .rows(s("import_batches"), s("subject_id = ?"), { subjectId })
        .newRows(s("import_batches"))
        .rows(s("import_batch_rows"), batches, { subjectId })
        .newRows(s("import_batch_rows"), s("batch_id"), s("import_batches"))
        .rows(s("import_batch_sessions"), batches, { subjectId })
        .newRows(s("import_batch_sessions"), s("batch_id"), s("import_batches"))
        .rows(s("import_exercise_mappings"), {})
        .rows(s("tags"), s("name = ?"), { import::importedTagName() });
    return scope;
}

// The routine rows whose routine_id (or the routine's own id) is in `routines`, a SQL condition on
// routines' ids with ? placeholders.
Scope routineRows(const QString &routines, const QVariantList &params)
{
    const QString days =
        QStringLiteral("SELECT id FROM routine_days WHERE routine_id IN (%1)").arg(routines);
    const QString slotIds =
        QStringLiteral("SELECT id FROM routine_day_exercises WHERE routine_day_id IN (%1)")
            .arg(days);
    const QString sets = QStringLiteral("SELECT id FROM routine_exercise_sets WHERE "
                                        "routine_day_exercise_id IN (%1)")
                             .arg(slotIds);
    const QString cycles =
        QStringLiteral("SELECT id FROM cycles WHERE routine_id IN (%1)").arg(routines);
    Scope scope;
    scope.rows(s("routines"), QStringLiteral("id IN (%1)").arg(routines), params)
        .rows(s("routine_days"), QStringLiteral("routine_id IN (%1)").arg(routines), params)
        .rows(s("routine_day_exercises"), QStringLiteral("routine_day_id IN (%1)").arg(days),
              params)
        .rows(s("routine_exercise_sets"),
              QStringLiteral("routine_day_exercise_id IN (%1)").arg(slotIds), params)
        .rows(s("cycles"), QStringLiteral("routine_id IN (%1)").arg(routines), params)
        .rows(s("workout_sessions"),
              QStringLiteral("routine_day_id IN (%1) OR cycle_id IN (%2)").arg(days, cycles),
              params + params)
        .rows(s("exercise_set_logs"), QStringLiteral("planned_set_id IN (%1)").arg(sets), params)
        .newRows(s("routines"))
        .newRows(s("routine_days"))
        .newRows(s("routine_day_exercises"))
        .newRows(s("routine_exercise_sets"));
    return scope;
}

} // namespace

Scope routine(Id routineId)
{
    return routineRows(s("?"), { routineId });
}

Scope routinesOf(Id subjectId)
{
    return routineRows(s("SELECT id FROM routines WHERE subject_id = ?"), { subjectId });
}

Scope row(const QString &table, Id id)
{
    Scope scope;
    scope.rows(table, s("id = ?"), { id });
    return scope;
}

Scope session(Id sessionId)
{
    Scope scope;
    scope.rows(s("workout_sessions"), s("id = ?"), { sessionId })
        .rows(s("exercise_set_logs"), s("session_id = ?"), { sessionId })
        .rows(s("import_batch_sessions"), s("session_id = ?"), { sessionId })
        .newRows(s("exercise_set_logs"));
    return scope;
}

Scope sessionsOf(Id subjectId)
{
    Scope scope;
    scope.rows(s("cycles"), s("subject_id = ?"), { subjectId })
        .newRows(s("cycles"))
        .newRows(s("workout_sessions"));
    return scope;
}

Scope bodyMetricsOf(Id subjectId)
{
    Scope scope;
    scope.rows(s("subject_body_metrics"), s("subject_id = ?"), { subjectId })
        .newRows(s("subject_body_metrics"));
    return scope;
}

Scope athlete(Id subjectId)
{
    Scope scope;
    scope.rows(s("users"), s("id = (SELECT user_id FROM subjects WHERE id = ?)"), { subjectId })
        .rows(s("subjects"), s("id = ?"), { subjectId })
        .rows(s("subject_profiles"), s("subject_id = ?"), { subjectId });
    return scope;
}

Scope athleteWithEverything(Id subjectId)
{
    Scope scope = athlete(subjectId);
    for (const char *table : { "subject_body_metrics", "routines", "cycles", "workout_sessions",
                               "exercise_set_logs", "import_batches" })
        scope.rows(s(table), s("subject_id = ?"), { subjectId });
    scope
        .rows(s("routine_days"), s("routine_id IN (SELECT id FROM routines WHERE subject_id = ?)"),
              { subjectId })
        .rows(s("routine_day_exercises"), s(slotsOfAthlete), { subjectId })
        .rows(s("routine_exercise_sets"),
              QStringLiteral("routine_day_exercise_id IN (SELECT id FROM routine_day_exercises "
                             "WHERE %1)")
                  .arg(s(slotsOfAthlete)),
              { subjectId });
    const QString batches = s("batch_id IN (SELECT id FROM import_batches WHERE subject_id = ?)");
    scope.rows(s("import_batch_rows"), batches, { subjectId })
        .rows(s("import_batch_sessions"), batches, { subjectId });
    return scope;
}

Scope newAthlete()
{
    Scope scope;
    scope.newRows(s("users")).newRows(s("subjects")).newRows(s("subject_profiles"));
    return scope;
}

Scope exercise(Id exerciseId)
{
    Scope scope;
    const QVariantList id { exerciseId };
    scope.rows(s("exercises"), s("id = ?"), id);
    for (const char *table : { "exercise_aliases", "exercise_tags", "exercise_secondary_muscles",
                               "import_exercise_mappings", "routine_day_exercises" })
        scope.rows(s(table), s("exercise_id = ?"), id);
    scope
        .rows(s("routine_exercise_sets"),
              s("routine_day_exercise_id IN (SELECT id FROM routine_day_exercises WHERE "
                "exercise_id = ?)"),
              id)
        .rows(s("tags"), s("id IN (SELECT tag_id FROM exercise_tags WHERE exercise_id = ?)"), id)
        .newRows(s("tags"));
    return scope;
}

Scope newExercises()
{
    Scope scope;
    scope.newRows(s("exercises"))
        .newRows(s("exercise_aliases"))
        .newRows(s("exercise_tags"), s("exercise_id"), s("exercises"))
        .newRows(s("exercise_secondary_muscles"), s("exercise_id"), s("exercises"))
        .newRows(s("tags"));
    return scope;
}

Scope importInto(Id subjectId)
{
    Scope scope = importBookkeeping(subjectId);
    scope.newRows(s("exercise_set_logs"));
    scope += newExercises();
    return scope;
}

Scope undoImport(Id subjectId, Id batchId)
{
    Scope scope = importBookkeeping(subjectId);
    const QVariantList batch { batchId };
    const QString exercises = createdBy("exercises", "exercise_id");
    scope
        .rows(s("exercise_set_logs"), createdBy("exercise_set_logs", "exercise_set_logs.id"), batch)
        .rows(s("exercises"), createdBy("exercises", "exercises.id"), batch);
    for (const char *table : { "exercise_aliases", "exercise_tags", "exercise_secondary_muscles" })
        scope.rows(s(table), exercises, batch);
    return scope;
}

} // namespace ft::core::scopes
