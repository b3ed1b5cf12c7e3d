#pragma once

#include "core/db/databaseurl.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

namespace ft::bench {

using core::Result;
using core::Status;

// One scenario's result: JSON fields in the order they were added (QJsonObject would sort
// them), so that every line starts with "scenario".
class Report
{
public:
    void insert(const QString &key, const QJsonValue &value);
    QByteArray toJson() const; // one line, compact

private:
    QList<QPair<QString, QJsonValue>> m_fields;
};

// How long each timed run took, in milliseconds.
struct Timings
{
    QList<double> ms;
    double median() const;
    double min() const;
};

// A reference: the same work done by another program (the sqlite3 shell, psql), started as a
// subprocess and timed from start to exit, like a user would see it.
struct Command
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString display; // for the JSON: what was run, without any password
};

struct CommandRun
{
    double ms = 0;
    QByteArray output;
};

// Runs `command` to completion; an error when it cannot start, fails or takes over a minute.
Result<CommandRun> runCommand(const Command &command);

// The SQL shell of the URL's backend running `statements`, one result per line on stdout:
// `sqlite3 -batch FILE "s1; s2; ..."` or `psql -X -A -t -d URL -c s1 -c s2 ...` (the password,
// if any, in PGPASSWORD rather than on the command line).
Command sqlShell(const core::DatabaseUrl &url, const QStringList &statements);

// A scenario measured against a reference: one untimed warm-up of each, then `runs` rounds of
// ours, the reference and the reference's start overhead (the same shell running `SELECT 1`),
// interleaved so that background noise hits all three alike. `checkReference` compares the
// reference's output with what our code computed, so that both provably did the same work.
struct Comparison
{
    QString scenario;
    int runs = 5;
    std::function<Status()> ours;
    Command reference;
    Command overhead;
    std::function<Status(const QByteArray &output)> checkReference;
};

// {"scenario", "backend", "runs", "median_ms", "min_ms", "reference", "reference_ms",
//  "reference_overhead_ms", "reference_net_ms", "ratio", "ratio_net"}: ratio = median_ms /
// reference_ms, ratio_net = median_ms / (reference_ms - reference_overhead_ms).
Result<Report> compare(const core::DatabaseUrl &url, const Comparison &comparison);

// Milliseconds rounded to the microsecond, for the JSON.
double roundMs(double ms);

} // namespace ft::bench
