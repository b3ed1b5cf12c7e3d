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

Statement workingSetsStatement(const Dialect &d, Id subjectId, const QList<Id> &exerciseIds,
                               const QDateTime &performedFrom)
{
    // The WHERE is the definition of a load working set (definitions.h: isLoadWorkingSet).
    Statement st;
    st.sql = QStringLiteral(
        "SELECT l.id, l.exercise_id, s.workout_date, l.performed_at, l.actual_weight_kg, "
        "l.actual_reps, l.actual_rpe, l.actual_rir "
        "FROM exercise_set_logs l LEFT JOIN workout_sessions s "
        "ON s.id = l.session_id AND s.subject_id = ? "
        "WHERE l.subject_id = ? AND l.is_warmup = ? AND l.actual_reps >= 1 "
        "AND l.actual_weight_kg > 0");
    // The session's athlete is the set's (validators.cpp); saying so lets PostgreSQL hash only
    // this athlete's sessions (uq_ws_subject_date) instead of every session.
    st.params = { subjectId, subjectId, d.bindBool(false) };
    if (!exerciseIds.isEmpty()) {
        st.sql +=
            QStringLiteral(" AND l.exercise_id IN (%1)").arg(placeholders(exerciseIds.size()));
        for (Id id : exerciseIds)
            st.params.append(id);
    }
    if (performedFrom.isValid()) {
        st.sql += QStringLiteral(" AND l.performed_at >= ?");
        st.params.append(d.bindDateTime(performedFrom));
    }
    // Time order: with one exercise uq_esl_session_set gives it, for all of them
    // ix_esl_subject_time reads the athlete's rows in the order they were logged.
    st.sql += QStringLiteral(" ORDER BY l.performed_at, l.set_index");
    return st;
}

Result<QList<LoggedSet>> loadWorkingSets(Database &db, Id subjectId, const QList<Id> &exerciseIds,
                                         const QDateTime &performedFrom)
{
    const Dialect &d = db.dialect();
    const Statement st = workingSetsStatement(d, subjectId, exerciseIds, performedFrom);
    auto query = db.exec(st.sql, st.params);
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

void RecordState::offer(
    double w, int r, std::optional<double> rpe, const E1rmOptions &options,
    const std::function<void(RecordKind, int, double, std::optional<double>)> &onRecord)
{
    // A record is strictly greater than every earlier value; the first value is one.
    auto check = [&](std::optional<double> &best, double value, RecordKind kind, int reps) {
        if (best && !(value > *best))
            return;
        if (onRecord)
            onRecord(kind, reps, value, best);
        best = value;
    };
    check(load, w, RecordKind::Load, 0);
    if (const std::optional<double> e = estimateE1rm(options.formula, w, r, rpe, options.repCap))
        check(e1rm, *e, RecordKind::E1rm, 0);
    check(volume, w * r, RecordKind::Volume, 0);
    for (int k = 1; k <= std::min(r, maxRecordReps); ++k)
        check(repMax[size_t(k)], w, RecordKind::RepMax, k);
}

QList<RecordPoint> recordsOf(const QList<LoggedSet> &sets, const E1rmOptions &options,
                             RecordStates *states)
{
    RecordStates own;
    RecordStates &state = states ? *states : own;
    QList<RecordPoint> found;
    for (const LoggedSet &set : sets) {
        state[set.exerciseId].offer(
            set.ref.weightKg, set.ref.reps, set.ref.rpe, options,
            [&](RecordKind kind, int reps, double value, std::optional<double> previous) {
                found.append(RecordPoint { set.exerciseId, kind, reps, set.ref.day, value, previous,
                                           set.ref });
            });
    }
    // Exercise by exercise, each in the order performed.
    std::stable_sort(found.begin(), found.end(), [](const RecordPoint &a, const RecordPoint &b) {
        return a.exerciseId < b.exerciseId;
    });
    return found;
}

Status seedRecordStates(Database &db, Id subjectId, const QDateTime &before,
                        const E1rmOptions &options, RecordStates &states,
                        const QList<Id> &exerciseIds)
{
    // Every record kind grows with the load at a fixed reps and RPE (e1RM by any formula, w x r,
    // the rep maxes), so the heaviest load per exercise, reps, RPE and RIR carries every best
    // value: the database reduces the history to those few rows. Only the RPE formula needs the
    // RPE; the others group by exercise and reps alone, a tenth of the rows. Both read the
    // covering ix_esl_subject_best (0007) in its order: no table row, no sorting.
    const Dialect &d = db.dialect();
    const bool byRpe = options.formula == E1rmFormula::Rpe;
    QString sql = byRpe
        ? QStringLiteral("SELECT exercise_id, actual_reps, actual_rpe, actual_rir, ")
        : QStringLiteral("SELECT exercise_id, actual_reps, NULL, NULL, ");
    sql += QStringLiteral("MAX(actual_weight_kg) FROM exercise_set_logs "
                          "WHERE subject_id = ? AND performed_at < ? AND is_warmup = ? "
                          "AND actual_reps >= 1 AND actual_weight_kg > 0");
    QVariantList params { subjectId, d.bindDateTime(before), d.bindBool(false) };
    if (!exerciseIds.isEmpty()) {
        sql += QStringLiteral(" AND exercise_id IN (%1)").arg(placeholders(exerciseIds.size()));
        for (Id id : exerciseIds)
            params.append(id);
    }
    sql += byRpe ? QStringLiteral(" GROUP BY exercise_id, actual_reps, actual_rpe, actual_rir")
                 : QStringLiteral(" GROUP BY exercise_id, actual_reps");
    auto query = db.exec(sql, params);
    if (!query)
        return query.error();
    while (query->next()) {
        SetValues values;
        if (!query->value(2).isNull())
            values.rpe = query->value(2).toDouble();
        if (!query->value(3).isNull())
            values.rir = query->value(3).toInt();
        const double w = query->value(4).toDouble();
        if (!std::isfinite(w))
            continue;
        states[query->value(0).toLongLong()].offer(w, query->value(1).toInt(), effectiveRpe(values),
                                                   options, {});
    }
    return {};
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

Statement dayTotalsStatement(const Dialect &d, Id subjectId, const DayRange &range)
{
    // Sets of a session: the session is the day (one per athlete and date), so the database
    // sums them per session date. Driven by the athlete's sessions (uq_ws_subject_date), then each
    // session's sets (ix_esl_session); a session's sets are its athlete's (validators.cpp), and
    // naming l.subject_id here would lead SQLite to scan all of the athlete's sets per session.
    Statement st;
    st.sql = QStringLiteral(
        "SELECT s.workout_date, l.exercise_id, COUNT(*), "
        "SUM(CASE WHEN l.actual_weight_kg > 0 THEN l.actual_weight_kg * l.actual_reps ELSE 0 END) "
        "FROM workout_sessions s JOIN exercise_set_logs l ON l.session_id = s.id "
        "WHERE s.subject_id = ? AND l.is_warmup = ? AND l.actual_reps >= 1");
    st.params = { subjectId, d.bindBool(false) };
    if (range.from.isValid()) {
        st.sql += QStringLiteral(" AND s.workout_date >= ?");
        st.params.append(d.bindDate(range.from));
    }
    if (range.to.isValid()) {
        st.sql += QStringLiteral(" AND s.workout_date <= ?");
        st.params.append(d.bindDate(range.to));
    }
    st.sql += QStringLiteral(" GROUP BY s.workout_date, l.exercise_id");
    return st;
}

Result<QList<DayTotal>> loadDayTotals(Database &db, Id subjectId, const DayRange &range)
{
    const Dialect &d = db.dialect();
    QList<DayTotal> totals;
    const Statement st = dayTotalsStatement(d, subjectId, range);
    auto query = db.exec(st.sql, st.params);
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
