#pragma once

#include "scenario.h"

namespace ft::bench {

// routine_view: routine_open's routine loaded into the editor's tree model and laid out and
// painted in a QTreeView with every branch expanded (the user's wait when opening a routine).
QString routineViewDescription();
Result<Report> routineView(const Context &context);

// routine_edit: one cell edit in the routine editor, from setData through the command's write,
// the notifier, the model's row update to the live summary.
QString routineEditDescription();
Result<Report> routineEdit(const Context &context);

} // namespace ft::bench
