#pragma once

#include "measure.h"

#include <QString>

// The `match_names` benchmark scenario (issue 12): 1,000 distinct exercise names as other apps
// and people write them (a fifth each: the name as it is, upper case and plural, the equipment
// moved to a "(Tool)" suffix, the words in another order, a name of no exercise) matched by
// core::ExerciseNameMatcher against 5,000 synthetic exercises with 15,000 aliases
// (core::syntheticExercises); a name it does not take also gets its three closest candidates, as
// the import does. Median of `runs` passes over the 1,000 names; the index is built once, outside
// the timing (build_ms). Reference, in the same run: the previous matcher's work for the same
// names (a folded name/alias hash lookup, and for a name it does not find the search index's
// matches of the name and of its base as suggestions). Target: under 200 ms median.
//
// JSON fields, in order: scenario, exercises, aliases, names, runs, median_ms, min_ms,
// reference, reference_ms, ratio, target_ms, build_ms, matched, by_rule.

namespace ft::bench {

struct Context;

QString matchNamesDescription();
Result<Report> matchNames(const Context &context);

} // namespace ft::bench
