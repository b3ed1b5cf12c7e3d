#include "core/stats/overview.h"

#include "core/athletes/athletes.h"
#include "core/db/database.h"
#include "core/stats/setqueries.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

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

Result<QList<E1rmPoint>> e1rmSince(Database &db, Id subjectId, Id exerciseId,
                                   const E1rmOptions &options, const DayRange &range)
{
    auto sets = loadWorkingSets(db, subjectId, exerciseId, performedFromFor(range.from));
    if (!sets)
        return sets.error();
    return e1rmPerDay(*sets, options, range);
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

Result<QList<RecordPoint>> recentRecords(Database &db, Id subjectId, const QDate &asOf, int days,
                                         const E1rmOptions &options)
{
    const DayRange window = lastDays(asOf, days);
    auto sets = loadWorkingSets(db, subjectId, std::nullopt);
    if (!sets)
        return sets.error();
    QList<RecordPoint> recent;
    for (const RecordPoint &r : recordsOf(*sets, options)) {
        if (window.contains(r.date))
            recent.append(r);
    }
    return recent;
}

Result<int> recordCount(Database &db, Id subjectId, const DayRange &range,
                        const E1rmOptions &options)
{
    auto sets = loadWorkingSets(db, subjectId, std::nullopt);
    if (!sets)
        return sets.error();
    QSet<Id> recordSets;
    for (const RecordPoint &r : recordsOf(*sets, options)) {
        if (range.contains(r.date))
            recordSets.insert(r.set.setLogId);
    }
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
    QSet<Id> ids;
    for (const TrainedLift &l : lifts)
        ids.insert(l.exerciseId);
    auto targets = loadExerciseTargets(db, ids);
    if (!targets)
        return targets.error();
    for (TrainedLift &l : lifts) {
        l.slug = targets->value(l.exerciseId).slug;
        l.name = targets->value(l.exerciseId).name;
    }
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
    for (const TrainedLift &lift : *lifts) {
        auto e1rm = e1rmSince(db, subjectId, lift.exerciseId, options.e1rm, months);
        if (!e1rm)
            return e1rm.error();
        board.mainLifts.append(MainLift { lift, *e1rm });
    }
    return board;
}

namespace {

Status fillSessions(Database &db, const QDate &asOf, AthleteOverview &row)
{
    const Dialect &d = db.dialect();
    const QString hasWorkingSet =
        QStringLiteral("EXISTS (SELECT 1 FROM exercise_set_logs l WHERE l.session_id = s.id "
                       "AND l.is_warmup = ? AND l.actual_reps >= 1)");
    auto last =
        db.exec(QStringLiteral("SELECT s.workout_date FROM workout_sessions s "
                               "WHERE s.subject_id = ? AND s.workout_date <= ? AND ")
                    + hasWorkingSet + QStringLiteral(" ORDER BY s.workout_date DESC LIMIT 1"),
                { row.subjectId, d.bindDate(asOf), d.bindBool(false) });
    if (!last)
        return last.error();
    if (last->next())
        row.lastSession = d.readDate(last->value(0));
    auto counts = db.exec(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN s.workout_date >= ? THEN 1 ELSE 0 "
                       "END), 0) FROM workout_sessions s "
                       "WHERE s.subject_id = ? AND s.workout_date >= ? AND s.workout_date <= ? "
                       "AND ")
            + hasWorkingSet,
        { d.bindDate(asOf.addDays(-6)), row.subjectId, d.bindDate(asOf.addDays(-27)),
          d.bindDate(asOf), d.bindBool(false) });
    if (!counts)
        return counts.error();
    if (counts->next()) {
        row.sessionsLast28 = counts->value(0).toInt();
        row.sessionsLast7 = counts->value(1).toInt();
    }
    return {};
}

Status fillBodyWeight(Database &db, const DayRange &window, AthleteOverview &row)
{
    auto body = bodySeries(db, row.subjectId, window);
    if (!body)
        return body.error();
    if (body->weightKg.isEmpty())
        return {};
    row.bodyWeightStartKg = body->weightKg.first().value;
    row.bodyWeightEndKg = body->weightKg.last().value;
    row.bodyWeightChangeKg = *row.bodyWeightEndKg - *row.bodyWeightStartKg;
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
    QList<AthleteOverview> rows;
    for (const Athlete &athlete : *athletes) {
        AthleteOverview row;
        row.subjectId = athlete.subject.id;
        row.pseudonym = athlete.subject.pseudonym;
        row.displayName = athlete.displayName();
        if (Status s = fillSessions(db, asOf, row); !s)
            return s.error();
        if (options.records) {
            auto n = recordCount(db, row.subjectId, lastDays(asOf, 30), options.e1rm);
            if (!n)
                return n.error();
            row.recordsLast30 = *n;
        }
        auto lifts = mostTrainedLifts(db, row.subjectId, asOf, options.trendWeeks, options.lifts);
        if (!lifts)
            return lifts.error();
        for (const TrainedLift &lift : *lifts) {
            auto e1rm = e1rmSince(db, row.subjectId, lift.exerciseId, options.e1rm, trend);
            if (!e1rm)
                return e1rm.error();
            LiftTrend t { lift, *e1rm, {}, {}, {} };
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
        if (Status s = fillBodyWeight(db, trend, row); !s)
            return s.error();
        rows.append(row);
    }
    return rows;
}

} // namespace ft::core::stats
