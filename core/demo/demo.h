#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>

#include <functional>

namespace ft::core {

class Database;

struct DemoOptions
{
    int athletes = 5;
    int years = 1;
    quint64 seed = 1;
    // The last day of the history. A fixed date rather than today, so that the same options give
    // the same rows whatever day the generator runs.
    QDate endDate { 2026, 6, 28 };
    // Rows per multi-row INSERT statement.
    int rowsPerStatement = 256;
};

struct DemoSummary
{
    qint64 athletes = 0;
    qint64 routines = 0;
    qint64 cycles = 0;
    qint64 plannedSets = 0;
    qint64 sessions = 0;       // every session row, missed ones included
    qint64 missedSessions = 0; // status PENDING, no set logged
    qint64 setLogs = 0;
    qint64 bodyMetrics = 0;
    qint64 exercisesAdded = 0; // to the catalog: the bundled one on a new database, demo ones
    qint64 milliseconds = 0;
    QString toText() const;
};

// A realistic, deterministic synthetic dataset: the same options give the same rows (ids aside).
// Athletes are users athlete0001, athlete0002, ... with a subject, a profile, weekly body
// metrics, a new routine (mesocycle) every 4-8 weeks run as weekly cycles, sessions on the planned
// days (some missed), and set logs that follow the plan with deviations. See demoplan.cpp for the
// model. Refuses, before writing anything, a database that already has one of these usernames or
// emails. One transaction per athlete: a failure keeps the athletes written before it. `progress`
// gets one line per athlete.
Result<DemoSummary> generateDemo(Database &db, const DemoOptions &options,
                                 const std::function<void(const QString &)> &progress = {});

} // namespace ft::core
