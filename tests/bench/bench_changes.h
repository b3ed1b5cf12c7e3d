#pragma once

#include "scenario.h"

namespace ft::bench {

// undo_delete_athlete: deleting the athlete whose set logs number closest to 20,000 as a recorded
// edit, then undoing it (every row back with its id), timed apart.
QString undoDeleteAthleteDescription();
Result<Report> undoDeleteAthlete(const Context &context);

// notify_latency (PostgreSQL): an edit committed on one connection until the other
// connection's notifier announces it.
QString notifyLatencyDescription();
Result<Report> notifyLatency(const Context &context);

} // namespace ft::bench
