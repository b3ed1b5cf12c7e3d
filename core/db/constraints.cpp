#include "core/db/constraints.h"

#include <QCoreApplication>

namespace ft::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Constraints)
};

ConstraintInfo unique(const char *name, const char *table, QStringList columns, QString rule)
{
    return { QString::fromLatin1(name),
             Error::Kind::Unique,
             QString::fromLatin1(table),
             std::move(columns),
             std::move(rule),
             {},
             {} };
}

ConstraintInfo check(const char *name, const char *table, const char *column, QString rule)
{
    return { QString::fromLatin1(name),
             Error::Kind::Check,
             QString::fromLatin1(table),
             { QString::fromLatin1(column) },
             std::move(rule),
             {},
             {} };
}

ConstraintInfo foreignKey(const char *table, const char *column, const char *referenced,
                          const char *onDelete)
{
    const QString t = QString::fromLatin1(table), c = QString::fromLatin1(column);
    const QString r = QString::fromLatin1(referenced);
    return { QStringLiteral("fk_%1_%2").arg(t, c),
             Error::Kind::ForeignKey,
             t,
             { c },
             Tr::tr("must refer to an existing row of %1").arg(r),
             r,
             QString::fromLatin1(onDelete) };
}

QList<ConstraintInfo> buildCatalog()
{
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    return {
        unique("uq_users_email", "users", { s("email") }, Tr::tr("each email belongs to one user")),
        unique("uq_users_username", "users", { s("username") },
               Tr::tr("each username belongs to one user")),
        unique("uq_subjects_user", "subjects", { s("user_id") },
               Tr::tr("a user is linked to at most one subject")),
        unique("uq_subjects_pseudonym", "subjects", { s("pseudonym") },
               Tr::tr("each pseudonym identifies one subject")),
        unique("uq_subject_profiles_subject", "subject_profiles", { s("subject_id") },
               Tr::tr("a subject has at most one profile")),
        unique("uq_sbm_subject_day", "subject_body_metrics", { s("subject_id"), s("measured_on") },
               Tr::tr("one body measurement per subject and day")),
        unique("uq_exercises_slug", "exercises", { s("slug") },
               Tr::tr("each slug names one exercise")),
        unique("uq_exercise_alias", "exercise_aliases", { s("exercise_id"), s("alias") },
               Tr::tr("an exercise has each alias once")),
        unique("uq_tags_name", "tags", { s("name") }, Tr::tr("each tag name exists once")),
        unique("uq_exercise_tag", "exercise_tags", { s("exercise_id"), s("tag_id") },
               Tr::tr("an exercise has each tag once")),
        unique("uq_exercise_muscle", "exercise_secondary_muscles",
               { s("exercise_id"), s("muscle") },
               Tr::tr("an exercise lists each secondary muscle once")),
        unique("uq_routines_subject_name", "routines", { s("subject_id"), s("name") },
               Tr::tr("routine names are unique per subject")),
        unique("uq_routine_days_routine_day_index", "routine_days",
               { s("routine_id"), s("day_index") },
               Tr::tr("day numbers are unique within a routine")),
        unique("uq_rde_day_pos", "routine_day_exercises", { s("routine_day_id"), s("position") },
               Tr::tr("positions are unique within a routine day")),
        unique("uq_res_rde_set_idx", "routine_exercise_sets",
               { s("routine_day_exercise_id"), s("set_index") },
               Tr::tr("set numbers are unique within a planned exercise")),
        unique("uq_cycles_routine_number", "cycles", { s("routine_id"), s("cycle_number") },
               Tr::tr("cycle numbers are unique within a routine")),
        unique("uq_ws_subject_date", "workout_sessions", { s("subject_id"), s("workout_date") },
               Tr::tr("one workout session per subject and day")),
        unique("uq_esl_session_set", "exercise_set_logs",
               { s("subject_id"), s("exercise_id"), s("performed_at"), s("set_index") },
               Tr::tr("one logged set per subject, exercise, time and set number")),

        check("ck_exercises_slug_not_empty", "exercises", "slug", Tr::tr("must not be empty")),
        check("ck_cycles_number_positive", "cycles", "cycle_number",
              Tr::tr("must be greater than 0")),

        foreignKey("subjects", "user_id", "users", "SET NULL"),
        foreignKey("subject_profiles", "subject_id", "subjects", "CASCADE"),
        foreignKey("subject_body_metrics", "subject_id", "subjects", "CASCADE"),
        foreignKey("exercise_aliases", "exercise_id", "exercises", "CASCADE"),
        foreignKey("exercise_tags", "exercise_id", "exercises", "CASCADE"),
        foreignKey("exercise_tags", "tag_id", "tags", "CASCADE"),
        foreignKey("exercise_secondary_muscles", "exercise_id", "exercises", "CASCADE"),
        foreignKey("routines", "subject_id", "subjects", "CASCADE"),
        foreignKey("routine_days", "routine_id", "routines", "CASCADE"),
        foreignKey("routine_day_exercises", "routine_day_id", "routine_days", "CASCADE"),
        foreignKey("routine_day_exercises", "exercise_id", "exercises", "CASCADE"),
        foreignKey("routine_exercise_sets", "routine_day_exercise_id", "routine_day_exercises",
                   "CASCADE"),
        foreignKey("cycles", "subject_id", "subjects", "CASCADE"),
        foreignKey("cycles", "routine_id", "routines", "CASCADE"),
        foreignKey("workout_sessions", "subject_id", "subjects", "CASCADE"),
        foreignKey("workout_sessions", "routine_day_id", "routine_days", "SET NULL"),
        foreignKey("workout_sessions", "cycle_id", "cycles", "SET NULL"),
        foreignKey("exercise_set_logs", "subject_id", "subjects", "CASCADE"),
        foreignKey("exercise_set_logs", "exercise_id", "exercises", "NO ACTION"),
        foreignKey("exercise_set_logs", "session_id", "workout_sessions", "CASCADE"),
        foreignKey("exercise_set_logs", "planned_set_id", "routine_exercise_sets", "SET NULL"),

        // Migration 0003: the bookkeeping of imports.
        foreignKey("import_exercise_mappings", "exercise_id", "exercises", "CASCADE"),
        foreignKey("import_batches", "subject_id", "subjects", "CASCADE"),
        foreignKey("import_batch_rows", "batch_id", "import_batches", "CASCADE"),
        foreignKey("import_batch_sessions", "batch_id", "import_batches", "CASCADE"),
        foreignKey("import_batch_sessions", "session_id", "workout_sessions", "CASCADE"),

        // Migration 0006: the routine a copy was made from.
        foreignKey("routines", "source_routine_id", "routines", "SET NULL"),
    };
}
} // namespace

const QList<ConstraintInfo> &constraintCatalog()
{
    static const QList<ConstraintInfo> catalog = buildCatalog();
    return catalog;
}

const ConstraintInfo *findConstraint(const QString &name)
{
    for (const ConstraintInfo &c : constraintCatalog()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const ConstraintInfo *findUnique(const QString &table, const QStringList &columns)
{
    for (const ConstraintInfo &c : constraintCatalog()) {
        if (c.kind == Error::Kind::Unique && c.table == table && c.columns.size() == columns.size()
            && std::all_of(columns.begin(), columns.end(),
                           [&](const QString &col) { return c.columns.contains(col); }))
            return &c;
    }
    return nullptr;
}

QList<const ConstraintInfo *> foreignKeysFrom(const QString &table)
{
    QList<const ConstraintInfo *> result;
    for (const ConstraintInfo &c : constraintCatalog()) {
        if (c.kind == Error::Kind::ForeignKey && c.table == table)
            result.append(&c);
    }
    return result;
}

QList<const ConstraintInfo *> foreignKeysTo(const QString &table)
{
    QList<const ConstraintInfo *> result;
    for (const ConstraintInfo &c : constraintCatalog()) {
        if (c.kind == Error::Kind::ForeignKey && c.referencedTable == table)
            result.append(&c);
    }
    return result;
}

} // namespace ft::core
