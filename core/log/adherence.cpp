#include "core/log/adherence.h"

#include "core/plan/plannedvalues.h"

namespace ft::core::log {

std::optional<int> tempoSecondsPerRep(const std::optional<QString> &tempo)
{
    if (!tempo)
        return std::nullopt;
    // parseTempo accepts every written form and gives "3-1-X-0": one character per phase.
    const std::optional<QString> normal = plan::parseTempo(*tempo);
    if (!normal)
        return std::nullopt;
    int seconds = 0;
    for (const QString &phase : normal->split(QLatin1Char('-'))) {
        if (phase.compare(QLatin1String("X"), Qt::CaseInsensitive) == 0)
            seconds += 1;
        else
            seconds += phase.toInt();
    }
    return seconds;
}

std::optional<int> timeUnderTension(const std::optional<QString> &actualTempo,
                                    const std::optional<QString> &plannedTempo,
                                    std::optional<int> reps)
{
    if (!reps)
        return std::nullopt;
    std::optional<int> perRep = tempoSecondsPerRep(actualTempo);
    if (!perRep)
        perRep = tempoSecondsPerRep(plannedTempo);
    if (!perRep)
        return std::nullopt;
    return *perRep * *reps;
}

bool isSkipped(const SetLog &log)
{
    return log.actualReps && *log.actualReps == 0
        && (!log.actualWeightKg || *log.actualWeightKg == 0);
}

namespace {

template<typename T>
std::optional<T> difference(const std::optional<T> &actual, const std::optional<T> &target)
{
    if (!actual || !target)
        return std::nullopt;
    return *actual - *target;
}

} // namespace

SetComparison compareSet(const SetPair &pair, bool sessionCompleted)
{
    SetComparison c;
    if (!pair.log) {
        c.outcome = sessionCompleted ? SetOutcome::Missed : SetOutcome::Pending;
        return c;
    }
    const SetLog &log = *pair.log;
    const std::optional<QString> plannedTempo =
        pair.planned ? pair.planned->targetTempo : std::nullopt;
    c.tutS = timeUnderTension(log.actualTempo, plannedTempo, log.actualReps);
    if (!pair.planned) {
        c.outcome = SetOutcome::Unplanned;
        return c;
    }
    if (isSkipped(log)) {
        c.outcome = SetOutcome::Skipped;
        return c;
    }
    c.outcome = SetOutcome::Done;
    const PlannedSet &plan = *pair.planned;
    c.repsDiff = difference(log.actualReps, plan.targetReps);
    c.loadDiffKg = difference(log.actualWeightKg, plan.targetWeightKg);
    c.rirDiff = difference(log.actualRir, plan.targetRir);
    c.rpeDiff = difference(log.actualRpe, plan.targetRpe);
    // The set's time under tension against the planned one (planned tempo x target reps).
    c.tutDiffS =
        difference(c.tutS, timeUnderTension(plan.targetTempo, std::nullopt, plan.targetReps));
    return c;
}

std::optional<double> SessionFigures::loadAdherence() const
{
    if (loadRatioCount == 0)
        return std::nullopt;
    return loadRatioSum / loadRatioCount;
}

std::optional<double> SessionFigures::repsAdherence() const
{
    if (repsRatioCount == 0)
        return std::nullopt;
    return repsRatioSum / repsRatioCount;
}

std::optional<double> SessionFigures::completion() const
{
    if (plannedWorkingSets == 0)
        return std::nullopt;
    return double(doneWorkingSets) / plannedWorkingSets;
}

SessionFigures &SessionFigures::operator+=(const SessionFigures &other)
{
    plannedWorkingSets += other.plannedWorkingSets;
    doneWorkingSets += other.doneWorkingSets;
    skippedSets += other.skippedSets;
    unplannedSets += other.unplannedSets;
    loadRatioSum += other.loadRatioSum;
    loadRatioCount += other.loadRatioCount;
    repsRatioSum += other.repsRatioSum;
    repsRatioCount += other.repsRatioCount;
    tutS += other.tutS;
    tonnageKg += other.tonnageKg;
    loggedSets += other.loggedSets;
    return *this;
}

SessionFigures sessionFigures(const QList<SetPair> &rows, bool sessionCompleted)
{
    SessionFigures f;
    for (const SetPair &row : rows) {
        const SetComparison c = compareSet(row, sessionCompleted);
        if (row.log) {
            const SetLog &log = *row.log;
            f.tutS += c.tutS.value_or(0);
            if (c.outcome != SetOutcome::Skipped)
                ++f.loggedSets;
            if (!log.isWarmup && log.actualReps && *log.actualReps > 0 && log.actualWeightKg)
                f.tonnageKg += *log.actualWeightKg * *log.actualReps;
        }
        if (c.outcome == SetOutcome::Unplanned) {
            ++f.unplannedSets;
            continue;
        }
        if (c.outcome == SetOutcome::Skipped)
            ++f.skippedSets;
        if (row.planned->isWarmup)
            continue;
        ++f.plannedWorkingSets;
        if (c.outcome != SetOutcome::Done)
            continue;
        ++f.doneWorkingSets;
        const PlannedSet &plan = *row.planned;
        const SetLog &log = *row.log;
        // A target of 0 has no ratio (a bodyweight set planned without load).
        if (log.actualWeightKg && plan.targetWeightKg && *plan.targetWeightKg > 0) {
            f.loadRatioSum += *log.actualWeightKg / *plan.targetWeightKg;
            ++f.loadRatioCount;
        }
        if (log.actualReps && plan.targetReps && *plan.targetReps > 0) {
            f.repsRatioSum += double(*log.actualReps) / *plan.targetReps;
            ++f.repsRatioCount;
        }
    }
    return f;
}

} // namespace ft::core::log
