#pragma once

// Plan versus actual, defined once (issue 10, item 5). Pure functions over entity rows: the
// session view, the cycle overview, the history list, the CLI and the benchmarks all use these,
// and nothing else computes an adherence figure. Nothing here touches the database.

#include "core/db/entities.h"

#include <QList>
#include <QString>

#include <optional>

namespace ft::core::log {

// Seconds of one repetition of a tempo ("3-1-X-0", "31X0", "2010": eccentric, pause,
// concentric, pause; X, explosive, counts 1 s). None for an empty or unreadable tempo.
std::optional<int> tempoSecondsPerRep(const std::optional<QString> &tempo);

// Time under tension of one set: tempo seconds per rep x reps. The logged tempo, else the planned
// one; none without reps or without either tempo.
std::optional<int> timeUnderTension(const std::optional<QString> &actualTempo,
                                    const std::optional<QString> &plannedTempo,
                                    std::optional<int> reps);

// A row of a session: a planned set, a logged set, or both (the log answers the plan through
// planned_set_id).
struct SetPair
{
    std::optional<PlannedSet> planned;
    std::optional<SetLog> log;
};

// How one row compares with its plan.
enum class SetOutcome {
    Pending,   // planned, nothing logged yet, the session is still PENDING
    Done,      // planned and logged with reps other than 0 (or no reps recorded)
    Skipped,   // planned and logged explicitly as skipped (actual_reps 0)
    Missed,    // planned, nothing logged, the session is COMPLETED
    Unplanned, // logged without a plan
};

// A logged set that says "skipped": the set log written by skipSet() (actual_reps 0, no load).
bool isSkipped(const SetLog &log);

struct SetComparison
{
    SetOutcome outcome = SetOutcome::Pending;
    // actual - target, when both are known and the set was done.
    std::optional<int> repsDiff;
    std::optional<double> loadDiffKg;
    std::optional<int> rirDiff;
    std::optional<double> rpeDiff;
    std::optional<int> tutDiffS; // time under tension of the logged tempo - of the planned tempo
    std::optional<int> tutS;     // the set's time under tension (logged sets only)
};

SetComparison compareSet(const SetPair &pair, bool sessionCompleted);

// Per session. Warm-ups (planned or logged) are left out of the working-set counts and the
// adherence means; unplanned sets are counted apart.
struct SessionFigures
{
    int plannedWorkingSets = 0; // planned sets that are not warm-ups
    int doneWorkingSets = 0;    // of those, the ones done (SetOutcome::Done)
    int skippedSets = 0;        // planned sets skipped explicitly
    int unplannedSets = 0;      // logged sets without a plan (warm-ups included)
    // load and reps adherence = mean over the done planned working sets that have both values of
    // actual / target; kept as sum and count so that figures add up over a cycle.
    double loadRatioSum = 0;
    int loadRatioCount = 0;
    double repsRatioSum = 0;
    int repsRatioCount = 0;
    int tutS = 0;         // time under tension of every logged set
    double tonnageKg = 0; // weight x reps of every logged working set
    int loggedSets = 0;   // every logged set but the skipped ones

    std::optional<double> loadAdherence() const; // loadRatioSum / loadRatioCount
    std::optional<double> repsAdherence() const;
    // doneWorkingSets / plannedWorkingSets; none without a plan.
    std::optional<double> completion() const;

    SessionFigures &operator+=(const SessionFigures &other);
};

SessionFigures sessionFigures(const QList<SetPair> &rows, bool sessionCompleted);

// Per cycle: the session figures summed, and the routine's training days against the sessions.
struct CycleFigures
{
    int plannedDays = 0;  // training days (not rest days) of the routine
    int sessionsDone = 0; // sessions of the cycle on distinct routine days
    int missedDays = 0;   // training days whose scheduled date has passed without a session
    SessionFigures sets;  // summed over the cycle's sessions
};

} // namespace ft::core::log
