#pragma once

#include "core/db/entities.h"
#include "core/result.h"

namespace ft::core {

class Database;

// The data model's validators: normalisation (email trimmed and lower-cased, username trimmed)
// and the rules that need a look at other rows (a cycle's routine, a session's cycle and a set
// log's session belong to the same subject). Called by Repository before every write; a failure
// names the field, the value and the rule, and nothing is written.
template<typename T>
Status validateEntity(Database &, T &)
{
    return {};
}

template<>
Status validateEntity<User>(Database &db, User &row);
template<>
Status validateEntity<SubjectProfile>(Database &db, SubjectProfile &row);
template<>
Status validateEntity<SubjectBodyMetrics>(Database &db, SubjectBodyMetrics &row);
template<>
Status validateEntity<Exercise>(Database &db, Exercise &row);
template<>
Status validateEntity<ExerciseAlias>(Database &db, ExerciseAlias &row);
template<>
Status validateEntity<Tag>(Database &db, Tag &row);
template<>
Status validateEntity<Routine>(Database &db, Routine &row);
template<>
Status validateEntity<Cycle>(Database &db, Cycle &row);
template<>
Status validateEntity<WorkoutSession>(Database &db, WorkoutSession &row);
template<>
Status validateEntity<ExerciseSetLog>(Database &db, ExerciseSetLog &row);

// A slug from a name: "Bench Press (Barbell)" -> "bench-press-barbell".
QString slugify(const QString &name);

} // namespace ft::core
