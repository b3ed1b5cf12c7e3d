#include "core/stats/overview.h"

#include "core/athletes/athletes.h"
#include "core/db/database.h"
#include "core/stats/setqueries.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace ft::core::stats {

namespace {

DayRange lastDays(const QDate &asOf, int days)
{
    return DayRange { asOf.addDays(1 - days), asOf };
}

// Sets are read by performed_at (uq_esl_session_set), days are session dates: a set is assumed
// to be performed within two days of its day, and the exact day is checked after reading.
QDateTime performedFromFor(const QDate &firstDay)
{
    return QDateTime(firstDay.addDays(-2), QTime(0, 0), QTimeZone::utc());
}

// e1RM per day of each of `exerciseIds` on the days of `range`, in one query.
Result<QHash<Id, QList<E1rmPoint>>> e1rmOfLifts(Database &db, Id subjectId,
                                                const QList<Id> &exerciseIds,
                                                const E1rmOptions &options, const DayRange &range)
{
    QHash<Id, QList<E1rmPoint>> series;
    if (exerciseIds.isEmpty())
        return series;
    auto sets = loadWorkingSets(db, subjectId, exerciseIds, performedFromFor(range.from));
    if (!sets)
        return sets.error();
    QHash<Id, QList<LoggedSet>> byExercise;
    for (const LoggedSet &set : *sets)
        byExercise[set.exerciseId].append(set);
    for (Id id : exerciseIds)
        series.insert(id, e1rmPerDay(byExercise.value(id), options, range));
    return series;
}

// The `count` lifts with the most working sets among those with a load.
QList<TrainedLift> topLifts(const QHash<Id, qint64> &sets, const QSet<Id> &loaded, int count)
{
    QList<TrainedLift> lifts;
    for (auto it = sets.cbegin(); it != sets.cend(); ++it) {
        if (loaded.contains(it.key()))
            lifts.append(TrainedLift { it.key(), {}, {}, it.value() });
    }
    std::sort(lifts.begin(), lifts.end(), [](const TrainedLift &a, const TrainedLift &b) {
        return a.workingSets != b.workingSets ? a.workingSets > b.workingSets
                                              : a.exerciseId < b.exerciseId;
    });
    if (lifts.size() > count)
        lifts.resize(std::max(count, 0));
    return lifts;
}

// Slugs and names of the lifts.
Status nameLifts(Database &db, QList<TrainedLift *> lifts)
{
    QSet<Id> ids;
    for (const TrainedLift *l : lifts)
        ids.insert(l->exerciseId);
    auto targets = loadExerciseTargets(db, ids);
    if (!targets)
        return targets.error();
    for (TrainedLift *l : lifts) {
        l->slug = targets->value(l->exerciseId).slug;
        l->name = targets->value(l->exerciseId).name;
    }
    return {};
}

} // namespace

Result<QList<SessionSummary>> recentSessions(Database &db, Id subjectId, const QDate &asOf,
                                             int limit)
{
    const Dialect &d = db.dialect();
    // The latest sessions first (uq_ws_subject_date), then only their sets (ix_esl_session).
    auto query = db.exec(
        QStringLiteral(
            "SELECT s.id, s.workout_date, s.status, COUNT(l.id), COUNT(DISTINCT l.exercise_id), "
            "SUM(CASE WHEN l.actual_weight_kg > 0 THEN l.actual_weight_kg * l.actual_reps "
            "ELSE 0 END) "
            "FROM (SELECT id, workout_date, status FROM workout_sessions "
            "      WHERE subject_id = ? AND workout_date <= ? "
            "      ORDER BY workout_date DESC LIMIT ?) s "
            "LEFT JOIN exercise_set_logs l ON l.session_id = s.id AND l.is_warmup = ? "
            "AND l.actual_reps >= 1 "
            "GROUP BY s.id, s.workout_date, s.status ORDER BY s.workout_date DESC"),
        { subjectId, d.bindDate(asOf), std::max(limit, 0), d.bindBool(false) });
    if (!query)
        return query.error();
    QList<SessionSummary> sessions;
    while (query->next()) {
        SessionSummary s;
        s.sessionId = query->value(0).toLongLong();
        s.date = d.readDate(query->value(1));
        s.status = query->value(2).toString();
        s.workingSets = query->value(3).toLongLong();
        s.exercises = query->value(4).toLongLong();
        s.tonnageKg = query->value(5).isNull() ? 0.0 : query->value(5).toDouble();
        sessions.append(s);
    }
    return sessions;
}

Result<QList<RecordPoint>> recordsInRange(Database &db, Id subjectId, const DayRange &range,
                                          const E1rmOptions &options)
{
    // The history before the range is reduced by the database to the best values so far, of
    // the exercises lifted since only; the sets from (nearly) the range's start on are read one
    // by one.
    RecordStates states;
    std::optional<QDateTime> from;
    if (range.from.isValid())
        from = performedFromFor(range.from);
    auto sets = loadWorkingSets(db, subjectId, {}, from.value_or(QDateTime()));
    if (!sets)
        return sets.error();
    if (from && !sets->isEmpty()) {
        QList<Id> lifted;
        for (const LoggedSet &set : *sets) {
            if (!lifted.contains(set.exerciseId))
                lifted.append(set.exerciseId);
        }
        if (Status s = seedRecordStates(db, subjectId, *from, options, states, lifted); !s)
            return s.error();
    }
    QList<RecordPoint> inRange;
    for (const RecordPoint &r : recordsOf(*sets, options, &states)) {
        if (range.contains(r.date))
            inRange.append(r);
    }
    return inRange;
}

Result<QList<RecordPoint>> recentRecords(Database &db, Id subjectId, const QDate &asOf, int days,
                                         const E1rmOptions &options)
{
    return recordsInRange(db, subjectId, lastDays(asOf, days), options);
}

Result<int> recordCount(Database &db, Id subjectId, const DayRange &range,
                        const E1rmOptions &options)
{
    auto records = recordsInRange(db, subjectId, range, options);
    if (!records)
        return records.error();
    QSet<Id> recordSets;
    for (const RecordPoint &r : *records)
        recordSets.insert(r.set.setLogId);
    return int(recordSets.size());
}

Result<QList<TrainedLift>> mostTrainedLifts(Database &db, Id subjectId, const QDate &asOf,
                                            int weeks, int count)
{
    auto totals = loadDayTotals(db, subjectId, lastDays(asOf, 7 * weeks));
    if (!totals)
        return totals.error();
    QHash<Id, qint64> sets;
    QSet<Id> loaded; // only lifts with a load can have an e1RM
    for (const DayTotal &t : *totals) {
        sets[t.exerciseId] += t.workingSets;
        if (t.tonnageKg > 0)
            loaded.insert(t.exerciseId);
    }
    QList<TrainedLift> lifts = topLifts(sets, loaded, count);
    QList<TrainedLift *> named;
    for (TrainedLift &l : lifts)
        named.append(&l);
    if (Status s = nameLifts(db, named); !s)
        return s.error();
    return lifts;
}

Result<Dashboard> dashboard(Database &db, Id subjectId, const QDate &asOf,
                            const DashboardOptions &options)
{
    Dashboard board;
    board.asOf = asOf;
    auto sessions = recentSessions(db, subjectId, asOf, options.recentSessions);
    if (!sessions)
        return sessions.error();
    board.recentSessions = *sessions;
    auto records = recentRecords(db, subjectId, asOf, options.recordDays, options.e1rm);
    if (!records)
        return records.error();
    board.records = *records;
    const QDate monday = isoWeekStart(asOf);
    auto week = weeklyFigures(db, subjectId, WeeklyGrouping::Muscle, { monday, monday.addDays(6) });
    if (!week)
        return week.error();
    board.weekSetsPerMuscle = *week;
    auto body = bodySeries(db, subjectId, lastDays(asOf, options.bodyWeightDays));
    if (!body)
        return body.error();
    board.bodyWeight = body->weightKg;
    auto lifts = mostTrainedLifts(db, subjectId, asOf, options.mainLiftWeeks, options.mainLifts);
    if (!lifts)
        return lifts.error();
    const DayRange months { asOf.addMonths(-options.mainLiftMonths).addDays(1), asOf };
    QList<Id> ids;
    for (const TrainedLift &lift : *lifts)
        ids.append(lift.exerciseId);
    auto e1rm = e1rmOfLifts(db, subjectId, ids, options.e1rm, months);
    if (!e1rm)
        return e1rm.error();
    for (const TrainedLift &lift : *lifts)
        board.mainLifts.append(MainLift { lift, e1rm->value(lift.exerciseId) });
    return board;
}

namespace {

const QString hasWorkingSet =
    QStringLiteral("EXISTS (SELECT 1 FROM exercise_set_logs l WHERE l.session_id = s.id "
                   "AND l.is_warmup = ? AND l.actual_reps >= 1)");

// Sessions with a working set in the last 7 and 28 days, and the last one, of every athlete.
Status fillSessions(Database &db, const QDate &asOf, QHash<Id, AthleteOverview *> &rows)
{
    const Dialect &d = db.dialect();
    auto recent = db.exec(QStringLiteral("SELECT s.subject_id, s.workout_date FROM "
                                         "workout_sessions s WHERE s.workout_date >= ? "
                                         "AND s.workout_date <= ? AND ")
                              + hasWorkingSet,
                          { d.bindDate(asOf.addDays(-27)), d.bindDate(asOf), d.bindBool(false) });
    if (!recent)
        return recent.error();
    while (recent->next()) {
        AthleteOverview *row = rows.value(recent->value(0).toLongLong());
        if (!row)
            continue;
        const QDate day = d.readDate(recent->value(1));
        ++row->sessionsLast28;
        if (day >= asOf.addDays(-6))
            ++row->sessionsLast7;
        if (!row->lastSession || day > *row->lastSession)
            row->lastSession = day;
    }
    // Who did not train in those four weeks: their latest session (uq_ws_subject_date, newest
    // first, the first with a working set).
    for (AthleteOverview *row : rows) {
        if (row->lastSession)
            continue;
        auto last =
            db.exec(QStringLiteral("SELECT s.workout_date FROM workout_sessions s "
                                   "WHERE s.subject_id = ? AND s.workout_date <= ? AND ")
                        + hasWorkingSet + QStringLiteral(" ORDER BY s.workout_date DESC LIMIT 1"),
                    { row->subjectId, d.bindDate(asOf), d.bindBool(false) });
        if (!last)
            return last.error();
        if (last->next())
            row->lastSession = d.readDate(last->value(0));
    }
    return {};
}

// Working sets per athlete and exercise on the days of `range`, and which had a load.
struct LiftCounts
{
    QHash<Id, qint64> sets;
    QSet<Id> loaded;
};

Result<QHash<Id, LiftCounts>> liftCounts(Database &db, const DayRange &range)
{
    const Dialect &d = db.dialect();
    QHash<Id, LiftCounts> counts;
    // CROSS JOIN keeps SQLite on the sessions of the range first, then their sets
    // (ix_esl_session); left to itself it scans every set. PostgreSQL plans it as any join.
    auto query = db.exec(
        QStringLiteral("SELECT s.subject_id, l.exercise_id, COUNT(*), "
                       "MAX(CASE WHEN l.actual_weight_kg > 0 THEN 1 ELSE 0 END) "
                       "FROM workout_sessions s CROSS JOIN exercise_set_logs l "
                       "WHERE l.session_id = s.id AND s.workout_date >= ? AND s.workout_date <= ? "
                       "AND l.is_warmup = ? "
                       "AND l.actual_reps >= 1 GROUP BY s.subject_id, l.exercise_id"),
        { d.bindDate(range.from), d.bindDate(range.to), d.bindBool(false) });
    if (!query)
        return query.error();
    while (query->next()) {
        LiftCounts &c = counts[query->value(0).toLongLong()];
        const Id exercise = query->value(1).toLongLong();
        c.sets[exercise] += query->value(2).toLongLong();
        if (query->value(3).toInt() > 0)
            c.loaded.insert(exercise);
    }
    // Sets without a session: their day is known only here (see loadDayTotals).
    auto loose = db.exec(
        QStringLiteral("SELECT l.subject_id, l.performed_at, l.exercise_id, l.actual_weight_kg "
                       "FROM exercise_set_logs l WHERE l.session_id IS NULL AND l.is_warmup = ? "
                       "AND l.actual_reps >= 1"),
        { d.bindBool(false) });
    if (!loose)
        return loose.error();
    while (loose->next()) {
        if (!range.contains(setDay({}, d.readDateTime(loose->value(1)))))
            continue;
        LiftCounts &c = counts[loose->value(0).toLongLong()];
        const Id exercise = loose->value(2).toLongLong();
        c.sets[exercise] += 1;
        if (loose->value(3).toDouble() > 0)
            c.loaded.insert(exercise);
    }
    return counts;
}

// First and last weight measured in `range`, of every athlete (ix_sbm_measured_on).
Status fillBodyWeight(Database &db, const DayRange &range, QHash<Id, AthleteOverview *> &rows)
{
    const Dialect &d = db.dialect();
    auto query = db.exec(QStringLiteral("SELECT subject_id, weight_kg FROM subject_body_metrics "
                                        "WHERE measured_on >= ? AND measured_on <= ? "
                                        "AND weight_kg IS NOT NULL ORDER BY measured_on"),
                         { d.bindDate(range.from), d.bindDate(range.to) });
    if (!query)
        return query.error();
    while (query->next()) {
        AthleteOverview *row = rows.value(query->value(0).toLongLong());
        const double weight = query->value(1).toDouble();
        if (!row || !std::isfinite(weight))
            continue;
        if (!row->bodyWeightStartKg)
            row->bodyWeightStartKg = weight;
        row->bodyWeightEndKg = weight;
    }
    for (AthleteOverview *row : rows) {
        if (row->bodyWeightStartKg && row->bodyWeightEndKg)
            row->bodyWeightChangeKg = *row->bodyWeightEndKg - *row->bodyWeightStartKg;
    }
    return {};
}

} // namespace

Result<QList<AthleteOverview>> coachOverview(Database &db, const QDate &asOf,
                                             const CoachOverviewOptions &options)
{
    auto athletes = listAthletes(db);
    if (!athletes)
        return athletes.error();
    const DayRange trend = lastDays(asOf, 7 * options.trendWeeks);
    // The trend's first and last third (four weeks each of twelve).
    const int third = std::max(7 * options.trendWeeks / 3, 1);
    const DayRange early { trend.from, trend.from.addDays(third - 1) };
    const DayRange late { asOf.addDays(1 - third), asOf };

    // Figures of all athletes at once where one statement can do it; per athlete only what
    // needs that athlete's index range (the last session of who did not train lately, the
    // lifts' sets, records).
    QList<AthleteOverview> rows;
    rows.reserve(athletes->size());
    for (const Athlete &athlete : *athletes) {
        AthleteOverview row;
        row.subjectId = athlete.subject.id;
        row.pseudonym = athlete.subject.pseudonym;
        row.displayName = athlete.displayName();
        rows.append(row);
    }
    QHash<Id, AthleteOverview *> byId;
    for (AthleteOverview &row : rows)
        byId.insert(row.subjectId, &row);
    if (Status s = fillSessions(db, asOf, byId); !s)
        return s.error();
    if (Status s = fillBodyWeight(db, trend, byId); !s)
        return s.error();
    auto counts = liftCounts(db, trend);
    if (!counts)
        return counts.error();
    QList<TrainedLift *> named;
    for (AthleteOverview &row : rows) {
        if (options.records) {
            auto n = recordCount(db, row.subjectId, lastDays(asOf, 30), options.e1rm);
            if (!n)
                return n.error();
            row.recordsLast30 = *n;
        }
        const LiftCounts c = counts->value(row.subjectId);
        const QList<TrainedLift> lifts = topLifts(c.sets, c.loaded, options.lifts);
        QList<Id> ids;
        for (const TrainedLift &lift : lifts)
            ids.append(lift.exerciseId);
        auto e1rm = e1rmOfLifts(db, row.subjectId, ids, options.e1rm, trend);
        if (!e1rm)
            return e1rm.error();
        for (const TrainedLift &lift : lifts) {
            LiftTrend t { lift, e1rm->value(lift.exerciseId), {}, {}, {} };
            for (const E1rmPoint &p : t.e1rm) {
                if (early.contains(p.date) && (!t.startKg || p.value > *t.startKg))
                    t.startKg = p.value;
                if (late.contains(p.date) && (!t.endKg || p.value > *t.endKg))
                    t.endKg = p.value;
            }
            if (t.startKg && t.endKg)
                t.changeKg = *t.endKg - *t.startKg;
            row.lifts.append(t);
        }
    }
    for (AthleteOverview &row : rows) {
        for (LiftTrend &t : row.lifts)
            named.append(&t.lift);
    }
    if (Status s = nameLifts(db, named); !s)
        return s.error();
    return rows;
}

} // namespace ft::core::stats
