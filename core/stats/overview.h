#pragma once

// What the Progress page opens on: one athlete's dashboard, and the coach's overview of every
// athlete. Plain values; `asOf` is the day the figures end on (the UI passes today, the
// benchmarks the demo's last day).

#include "core/stats/progress.h"

#include <QUuid>

namespace ft::core::stats {

struct SessionSummary
{
    Id sessionId = 0;
    QDate date;
    QString status;         // PENDING or COMPLETED
    qint64 workingSets = 0; // definitions.h
    qint64 exercises = 0;   // distinct exercises among the working sets
    double tonnageKg = 0;   // w x r of the load working sets
};

// The athlete's latest `limit` sessions on or before `asOf`, newest first.
Result<QList<SessionSummary>> recentSessions(Database &db, Id subjectId, const QDate &asOf,
                                             int limit = 5);

// The records (progress.h) set on the days of `range`, in order of exercise and time; each is
// judged against the athlete's whole history.
Result<QList<RecordPoint>> recordsInRange(Database &db, Id subjectId, const DayRange &range,
                                          const E1rmOptions &options = {});

// The records set on the days asOf - days + 1 .. asOf, in order of exercise and
// time; each is still judged against the athlete's whole history.
Result<QList<RecordPoint>> recentRecords(Database &db, Id subjectId, const QDate &asOf, int days,
                                         const E1rmOptions &options = {});

// The athlete's most trained lifts: the most working sets on the days asOf - 7 * weeks + 1 ..
// asOf (ties: lower exercise id) among exercises lifted with a load on those days, at most
// `count` of them.
struct TrainedLift
{
    Id exerciseId = 0;
    QString slug;
    QString name;
    qint64 workingSets = 0; // in the window
};
Result<QList<TrainedLift>> mostTrainedLifts(Database &db, Id subjectId, const QDate &asOf,
                                            int weeks = 12, int count = 3);

struct MainLift
{
    TrainedLift lift;
    QList<E1rmPoint> e1rm; // e1RM per day over the dashboard's months
};

struct DashboardOptions
{
    int recentSessions = 5;
    int recordDays = 30;
    int bodyWeightDays = 90;
    int mainLifts = 3;
    int mainLiftWeeks = 12; // how "most trained" is counted
    int mainLiftMonths = 6; // the length of their e1RM series
    E1rmOptions e1rm;
};

struct Dashboard
{
    QDate asOf;
    QList<SessionSummary> recentSessions;
    QList<RecordPoint> records;         // of the last recordDays days
    QList<WeeklyRow> weekSetsPerMuscle; // asOf's ISO week, grouped by muscle
    QList<BodyPoint> bodyWeight;        // the last bodyWeightDays days, with 7-day averages
    QList<MainLift> mainLifts;
};

Result<Dashboard> dashboard(Database &db, Id subjectId, const QDate &asOf,
                            const DashboardOptions &options = {});

// ---- coach overview
// ------------------------------------------------------------------------------

struct LiftTrend
{
    TrainedLift lift;
    QList<E1rmPoint> e1rm;          // per day over the trend weeks: the sparkline
    std::optional<double> startKg;  // highest e1RM of the window's first third (4 of 12 weeks)
    std::optional<double> endKg;    // highest e1RM of its last third
    std::optional<double> changeKg; // end - start, when both exist
};

struct AthleteOverview
{
    Id subjectId = 0;
    QUuid pseudonym;
    QString displayName;
    std::optional<QDate> lastSession; // latest session on or before asOf with a working set
    int sessionsLast7 = 0;            // sessions with a working set, asOf - 6 .. asOf
    int sessionsLast28 = 0;           // asOf - 27 .. asOf
    std::optional<int> recordsLast30; // record sets, asOf - 29 .. asOf; none when not asked for
    QList<LiftTrend> lifts;           // the most trained lifts of the trend weeks
    std::optional<double> bodyWeightStartKg; // first weight measured in the trend weeks
    std::optional<double> bodyWeightEndKg;   // last one
    std::optional<double> bodyWeightChangeKg;
};

struct CoachOverviewOptions
{
    int trendWeeks = 12;
    int lifts = 3;
    // Records need each athlete's whole history (every earlier set): by far the slowest column,
    // so a UI can fill it in afterwards with recordCount().
    bool records = true;
    E1rmOptions e1rm;
};

// One row per athlete, in listAthletes() order.
Result<QList<AthleteOverview>> coachOverview(Database &db, const QDate &asOf,
                                             const CoachOverviewOptions &options = {});

// The number of record sets (set logs that set at least one record) on the days of `range`.
Result<int> recordCount(Database &db, Id subjectId, const DayRange &range,
                        const E1rmOptions &options = {});

} // namespace ft::core::stats
