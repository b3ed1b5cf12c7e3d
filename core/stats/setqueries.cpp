#include "core/stats/setqueries.h"

#include "core/db/database.h"

#include <array>
#include <cmath>
#include <map>

namespace ft::core::stats {

QString placeholders(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(QStringLiteral(", "));
}

Result<QList<LoggedSet>> loadWorkingSets(Database &db, Id subjectId, std::optional<Id> exerciseId,
                                         const QDateTime &performedFrom)
{
    const Dialect &d = db.dialect();
    // The WHERE is the definition of a load working set (definitions.h: isLoadWorkingSet).
    QString sql = QStringLiteral(
        "SELECT l.id, l.exercise_id, s.workout_date, l.performed_at, l.actual_weight_kg, "
        "l.actual_reps, l.actual_rpe, l.actual_rir "
        "FROM exercise_set_logs l LEFT JOIN workout_sessions s ON s.id = l.session_id "
        "WHERE l.subject_id = ? AND l.is_warmup = ? AND l.actual_reps >= 1 "
        "AND l.actual_weight_kg > 0");
    QVariantList params { subjectId, d.bindBool(false) };
    if (exerciseId) {
        sql += QStringLiteral(" AND l.exercise_id = ?");
        params.append(*exerciseId);
    }
    if (performedFrom.isValid()) {
        sql += QStringLiteral(" AND l.performed_at >= ?");
        params.append(d.bindDateTime(performedFrom));
    }
    sql += QStringLiteral(" ORDER BY l.exercise_id, l.performed_at, l.set_index");
    auto query = db.exec(sql, params);
    if (!query)
        return query.error();
    QList<LoggedSet> sets;
    while (query->next()) {
        LoggedSet set;
        set.ref.setLogId = query->value(0).toLongLong();
        set.exerciseId = query->value(1).toLongLong();
        const QVariant sessionDate = query->value(2);
        // Parsing a timestamp costs more than the rest of the row: only without a session.
        set.ref.day = sessionDate.isNull() ? setDay({}, d.readDateTime(query->value(3)))
                                           : d.readDate(sessionDate);
        set.ref.weightKg = query->value(4).toDouble();
        set.ref.reps = query->value(5).toInt();
        SetValues values;
        if (!query->value(6).isNull())
            values.rpe = query->value(6).toDouble();
        if (!query->value(7).isNull())
            values.rir = query->value(7).toInt();
        set.ref.rpe = effectiveRpe(values);
        if (!std::isfinite(set.ref.weightKg) || !set.ref.day.isValid())
            continue;
        sets.append(set);
    }
    return sets;
}

QList<RecordPoint> recordsOf(const QList<LoggedSet> &sets, const E1rmOptions &options)
{
    QList<RecordPoint> found;
    Id exercise = 0;
    std::optional<double> load, e1rm, volume;
    std::array<std::optional<double>, maxRecordReps + 1> repMax;
    // A record is strictly greater than every earlier value; the first value is one.
    auto check = [&](std::optional<double> &best, double value, const LoggedSet &set,
                     RecordKind kind, int reps) {
        if (best && !(value > *best))
            return;
        found.append(RecordPoint { set.exerciseId, kind, reps, set.ref.day, value, best, set.ref });
        best = value;
    };
    for (const LoggedSet &set : sets) {
        if (set.exerciseId != exercise) {
            exercise = set.exerciseId;
            load.reset();
            e1rm.reset();
            volume.reset();
            repMax.fill(std::nullopt);
        }
        const double w = set.ref.weightKg;
        const int r = set.ref.reps;
        check(load, w, set, RecordKind::Load, 0);
        if (const std::optional<double> e =
                estimateE1rm(options.formula, w, r, set.ref.rpe, options.repCap))
            check(e1rm, *e, set, RecordKind::E1rm, 0);
        check(volume, w * r, set, RecordKind::Volume, 0);
        for (int k = 1; k <= std::min(r, maxRecordReps); ++k)
            check(repMax[size_t(k)], w, set, RecordKind::RepMax, k);
    }
    return found;
}

QList<E1rmPoint> e1rmPerDay(const QList<LoggedSet> &sets, const E1rmOptions &options,
                            const DayRange &range)
{
    // Sets come in performed order, but a day is the session's date: collect per day. On equal
    // values the earlier set stays the one behind the point.
    std::map<QDate, E1rmPoint> days;
    for (const LoggedSet &set : sets) {
        if (!range.contains(set.ref.day))
            continue;
        const std::optional<double> e1rm = estimateE1rm(options.formula, set.ref.weightKg,
                                                        set.ref.reps, set.ref.rpe, options.repCap);
        if (!e1rm)
            continue;
        auto [it, added] = days.try_emplace(set.ref.day, E1rmPoint { set.ref.day, *e1rm, set.ref });
        if (!added && *e1rm > it->second.value)
            it->second = E1rmPoint { set.ref.day, *e1rm, set.ref };
    }
    QList<E1rmPoint> points;
    points.reserve(qsizetype(days.size()));
    for (const auto &[day, point] : days)
        points.append(point);
    return points;
}

Result<QList<DayTotal>> loadDayTotals(Database &db, Id subjectId, const DayRange &range)
{
    const Dialect &d = db.dialect();
    QList<DayTotal> totals;
    // Sets of a session: the session is the day (one per athlete and date), so the database
    // sums them per session date. Driven by the athlete's sessions (uq_ws_subject_date), then each
    // session's sets (ix_esl_session); a session's sets are its athlete's (validators.cpp), and
    // naming l.subject_id here would lead SQLite to scan all of the athlete's sets per session.
    QString sql = QStringLiteral(
        "SELECT s.workout_date, l.exercise_id, COUNT(*), "
        "SUM(CASE WHEN l.actual_weight_kg > 0 THEN l.actual_weight_kg * l.actual_reps ELSE 0 END) "
        "FROM workout_sessions s JOIN exercise_set_logs l ON l.session_id = s.id "
        "WHERE s.subject_id = ? AND l.is_warmup = ? AND l.actual_reps >= 1");
    QVariantList params { subjectId, d.bindBool(false) };
    if (range.from.isValid()) {
        sql += QStringLiteral(" AND s.workout_date >= ?");
        params.append(d.bindDate(range.from));
    }
    if (range.to.isValid()) {
        sql += QStringLiteral(" AND s.workout_date <= ?");
        params.append(d.bindDate(range.to));
    }
    sql += QStringLiteral(" GROUP BY s.workout_date, l.exercise_id");
    auto query = db.exec(sql, params);
    if (!query)
        return query.error();
    while (query->next()) {
        const double tonnage = query->value(3).toDouble();
        totals.append(DayTotal { d.readDate(query->value(0)), query->value(1).toLongLong(),
                                 query->value(2).toLongLong(),
                                 std::isfinite(tonnage) ? tonnage : 0.0 });
    }

    // Sets without a session (rare): their day is the local date of performed_at, which SQL
    // cannot know, so they are read one by one. The unary + keeps SQLite on ix_esl_session
    // (session_id IS NULL) instead of reading every set of the athlete.
    auto loose = db.exec(
        QStringLiteral("SELECT l.performed_at, l.exercise_id, l.actual_weight_kg, l.actual_reps "
                       "FROM exercise_set_logs l WHERE +l.subject_id = ? AND l.session_id IS NULL "
                       "AND l.is_warmup = ? AND l.actual_reps >= 1"),
        { subjectId, d.bindBool(false) });
    if (!loose)
        return loose.error();
    QHash<QPair<QDate, Id>, qsizetype> looseIndex;
    while (loose->next()) {
        const QDate day = setDay({}, d.readDateTime(loose->value(0)));
        if (!day.isValid() || !range.contains(day))
            continue;
        const Id exercise = loose->value(1).toLongLong();
        const double w = loose->value(2).toDouble();
        const double tonnage = w > 0 && std::isfinite(w) ? w * loose->value(3).toInt() : 0.0;
        auto it = looseIndex.constFind({ day, exercise });
        if (it == looseIndex.constEnd()) {
            looseIndex.insert({ day, exercise }, totals.size());
            totals.append(DayTotal { day, exercise, 1, tonnage });
        } else {
            totals[*it].workingSets += 1;
            totals[*it].tonnageKg += tonnage;
        }
    }
    return totals;
}

Result<QHash<Id, ExerciseTargets>> loadExerciseTargets(Database &db, const QSet<Id> &exerciseIds)
{
    QHash<Id, ExerciseTargets> targets;
    if (exerciseIds.isEmpty())
        return targets;
    QVariantList ids;
    for (Id id : exerciseIds)
        ids.append(id);
    auto query = db.exec(QStringLiteral("SELECT id, slug, name, primary_muscle, movement "
                                        "FROM exercises WHERE id IN (%1)")
                             .arg(placeholders(ids.size())),
                         ids);
    if (!query)
        return query.error();
    while (query->next()) {
        ExerciseTargets &t = targets[query->value(0).toLongLong()];
        t.slug = query->value(1).toString();
        t.name = query->value(2).toString();
        t.primaryMuscle = query->value(3).toString();
        t.movementPattern = query->value(4).toString();
    }
    auto secondary = db.exec(QStringLiteral("SELECT exercise_id, muscle FROM "
                                            "exercise_secondary_muscles WHERE exercise_id IN (%1) "
                                            "ORDER BY exercise_id, muscle")
                                 .arg(placeholders(ids.size())),
                             ids);
    if (!secondary)
        return secondary.error();
    while (secondary->next()) {
        QStringList &muscles = targets[secondary->value(0).toLongLong()].secondaryMuscles;
        const QString muscle = secondary->value(1).toString();
        if (!muscles.contains(muscle))
            muscles.append(muscle);
    }
    return targets;
}

} // namespace ft::core::stats
