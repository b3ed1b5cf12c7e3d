#pragma once

#include "scenario.h"

namespace ft::bench {

// session_open: opening today's session of the athlete with the most sessions: nextRoutineDay,
// starting the cycle when it is through, createSession (rolled back after each run), and
// loadSessionSheet with every exercise's last time and best.
QString sessionOpenDescription();
Result<Report> sessionOpen(const Context &context);

// log_set: confirming one planned set: recordEdit of logSet with scopes::session, then the
// session's figures from the rows in memory (sessionFigures), as the Training Log page does.
QString logSetDescription();
Result<Report> logSet(const Context &context);

// history_month: historyMonth of that athlete for one month of the demo's last year.
QString historyMonthDescription();
Result<Report> historyMonth(const Context &context);

} // namespace ft::bench
