#pragma once

#include "scenario.h"

#include "core/db/entities.h"

namespace ft::core {
class Database;
}

namespace ft::bench {

// The first athlete's routine of 7 days × 12 exercises × 6 planned sets ("bench routine
// 7x12x6"), made and committed on first use; the routine scenarios all work on it.
Result<core::Id> benchRoutine(core::Database &db);
// The four SELECTs that read that routine's tree, for the SQL shell's reference.
QStringList routineTreeStatements(core::Id routine);

// routine_open: loadRoutineTree of a 7 days × 12 exercises × 6 sets routine (the core load; the
// editor's model and view come on top of it).
QString routineOpenDescription();
Result<Report> routineOpen(const Context &context);

// routine_copy: that routine copied to 30 athletes in one transaction (rolled back after).
QString routineCopyDescription();
Result<Report> routineCopy(const Context &context);

} // namespace ft::bench
