#pragma once

#include "scenario.h"

namespace ft::bench {

// routine_open: loadRoutineTree of a 7 days × 12 exercises × 6 sets routine (the core load; the
// editor's model and view come on top of it).
QString routineOpenDescription();
Result<Report> routineOpen(const Context &context);

// routine_copy: that routine copied to 30 athletes in one transaction (rolled back after).
QString routineCopyDescription();
Result<Report> routineCopy(const Context &context);

} // namespace ft::bench
