// Every constraint of the schema, violated on purpose: each unique constraint, the checks, each
// foreign key's ON DELETE action and a reference to a missing parent. Each violation is tried
// through the Repository (validators first) and, where the validators would catch it before the
// database, with the validators bypassed, so that the database's own constraint is proven too.
// Every refusal must name the kind, the field, the value and the constraint, and leave every
// table as it was.
#include "core/db/constraints.h"
#include "core/db/database.h"
#include "core/db/entities.h"
#include "core/db/repository.h"
#include "sampledata.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QTest>

using namespace ft::core;
using namespace ft::test;
using namespace Qt::StringLiterals;

namespace {

constexpr Id missingId = 999999;

// Column values that make a copy of the sample row of `table` collide with no unique constraint
// (so that the only thing wrong with it is what a test changes on purpose).
QVariantMap distinctFromSample(const QString &table)
{
    static const QMap<QString, QVariantMap> breakers = {
        { u"users"_s, { { u"email"_s, u"other@example.com"_s }, { u"username"_s, u"other"_s } } },
        { u"subjects"_s,
          { { u"pseudonym"_s, u"11111111-2222-4333-8444-555555555555"_s },
            { u"user_id"_s, QVariant() } } },
        { u"subject_body_metrics"_s, { { u"measured_on"_s, u"2024-06-01"_s } } },
        { u"exercises"_s, { { u"slug"_s, u"other-exercise"_s } } },
        { u"exercise_aliases"_s, { { u"alias"_s, u"Other Alias"_s } } },
        { u"tags"_s, { { u"name"_s, u"other"_s } } },
        { u"exercise_secondary_muscles"_s, { { u"muscle"_s, u"BICEPS"_s } } },
        { u"routines"_s, { { u"name"_s, u"Other Routine"_s } } },
        { u"routine_days"_s, { { u"day_index"_s, 2 } } },
        { u"routine_day_exercises"_s, { { u"position"_s, 2 } } },
        { u"routine_exercise_sets"_s, { { u"set_index"_s, 2 } } },
        { u"cycles"_s, { { u"cycle_number"_s, 2 } } },
        { u"workout_sessions"_s, { { u"workout_date"_s, u"2024-06-01"_s } } },
        { u"exercise_set_logs"_s, { { u"set_index"_s, 2 } } },
    };
    return breakers.value(table);
}

// Creates, through the Repository or past the validators, a copy of the sample row of `table`
// with `overrides` applied.
Status insertCopy(Database &db, const SampleGraph &graph, const QString &table,
                  const QVariantMap &overrides, bool bypassValidators)
{
    Status result = Error::make(Error::Kind::Usage, u"unknown table "_s + table);
    withEntity(table, [&](auto probe) {
        using T = decltype(probe);
        T row = graph.row<T>();
        const QStringList unknown = setColumns(row, overrides, db.dialect());
        if (!unknown.isEmpty()) {
            result = Error::make(Error::Kind::Usage, u"no columns "_s + unknown.join(u", "_s));
            return;
        }
        if (bypassValidators) {
            result = rawInsert(db, row);
        } else {
            auto created = Repository<T>(db).create(row);
            result = created ? Status() : Status(created.error());
        }
    });
    return result;
}

} // namespace

class TestConstraints : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void uniqueConstraints_data();
    void uniqueConstraints();
    void uniqueConstraintOnUpdate();

    void slugNotEmpty();
    void cycleNumberPositive();
    void notNull();
    void sqliteEnumCheck();
    void sqliteBooleanCheck();
    void sqlitePseudonymCheck();
    void postgresqlBadEnumValue();

    void deleteActions_data();
    void deleteActions();
    void missingParent_data();
    void missingParent();
    void foreignKeyOnUpdate();

private:
    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    SampleGraph m_graph;
};

void TestConstraints::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->createMigrated(), qPrintable(m_tdb->errorString()));
    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    m_db = std::move(*db);
    auto graph = createSampleGraph(*m_db);
    FT_VERIFY_OK(graph);
    m_graph = *graph;
}

void TestConstraints::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

void TestConstraints::uniqueConstraints_data()
{
    QTest::addColumn<QString>("constraint");
    QTest::addColumn<QVariantMap>("overrides"); // on a copy of the sample row
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    const QString ada = adaPseudonym.toString(QUuid::WithoutBraces);
    QTest::newRow("uq_users_email")
        << "uq_users_email" << QVariantMap { { u"username"_s, u"ada2"_s } } << "users.email"
        << "ada@example.com";
    QTest::newRow("uq_users_username")
        << "uq_users_username" << QVariantMap { { u"email"_s, u"other@example.com"_s } }
        << "users.username"
        << "ada";
    QTest::newRow("uq_subjects_user")
        << "uq_subjects_user"
        << QVariantMap { { u"pseudonym"_s, u"11111111-2222-4333-8444-555555555555"_s } }
        << "subjects.user_id"
        << "1";
    QTest::newRow("uq_subjects_pseudonym")
        << "uq_subjects_pseudonym" << QVariantMap { { u"user_id"_s, QVariant() } }
        << "subjects.pseudonym" << ada;
    QTest::newRow("uq_subject_profiles_subject")
        << "uq_subject_profiles_subject" << QVariantMap { { u"birth_year"_s, 1991 } }
        << "subject_profiles.subject_id"
        << "1";
    QTest::newRow("uq_sbm_subject_day")
        << "uq_sbm_subject_day" << QVariantMap { { u"weight_kg"_s, 61.0 } }
        << "subject_body_metrics.subject_id, measured_on"
        << "1, 2024-05-01";
    QTest::newRow("uq_exercises_slug")
        << "uq_exercises_slug" << QVariantMap { { u"name"_s, u"Bench Press Again"_s } }
        << "exercises.slug"
        << "bench-press";
    QTest::newRow("uq_exercise_alias")
        << "uq_exercise_alias" << QVariantMap {} << "exercise_aliases.exercise_id, alias"
        << "1, Flat Bench";
    QTest::newRow("uq_tags_name") << "uq_tags_name" << QVariantMap {} << "tags.name"
                                  << "push";
    QTest::newRow("uq_exercise_tag")
        << "uq_exercise_tag" << QVariantMap {} << "exercise_tags.exercise_id, tag_id"
        << "1, 1";
    QTest::newRow("uq_exercise_muscle") << "uq_exercise_muscle" << QVariantMap {}
                                        << "exercise_secondary_muscles.exercise_id, muscle"
                                        << "1, TRICEPS";
    QTest::newRow("uq_routines_subject_name")
        << "uq_routines_subject_name" << QVariantMap { { u"description"_s, u"again"_s } }
        << "routines.subject_id, name"
        << "1, Push Pull Legs";
    QTest::newRow("uq_routine_days_routine_day_index")
        << "uq_routine_days_routine_day_index" << QVariantMap { { u"title"_s, u"Pull"_s } }
        << "routine_days.routine_id, day_index"
        << "1, 1";
    QTest::newRow("uq_rde_day_pos")
        << "uq_rde_day_pos" << QVariantMap {} << "routine_day_exercises.routine_day_id, position"
        << "1, 1";
    QTest::newRow("uq_res_rde_set_idx")
        << "uq_res_rde_set_idx" << QVariantMap { { u"target_reps"_s, 5 } }
        << "routine_exercise_sets.routine_day_exercise_id, set_index"
        << "1, 1";
    QTest::newRow("uq_cycles_routine_number")
        << "uq_cycles_routine_number" << QVariantMap { { u"started_on"_s, QVariant() } }
        << "cycles.routine_id, cycle_number"
        << "1, 1";
    QTest::newRow("uq_ws_subject_date")
        << "uq_ws_subject_date" << QVariantMap { { u"location"_s, u"Home"_s } }
        << "workout_sessions.subject_id, workout_date"
        << "1, 2024-05-02";
    QTest::newRow("uq_esl_session_set")
        << "uq_esl_session_set" << QVariantMap { { u"actual_reps"_s, 6 } }
        << "exercise_set_logs.subject_id, exercise_id, performed_at, set_index"
        << "1, 1, 2024-05-02T17:03:12.345Z, 1";
}

void TestConstraints::uniqueConstraints()
{
    QFETCH(QString, constraint);
    QFETCH(QVariantMap, overrides);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const ConstraintInfo *info = findConstraint(constraint);
    QVERIFY(info);
    const QString before = countsText(*m_db);

    for (const bool bypass : { false, true }) {
        const Status status = insertCopy(*m_db, m_graph, info->table, overrides, bypass);
        QVERIFY2(!status.ok(), bypass ? "raw insert succeeded" : "Repository::create succeeded");
        const Error &e = status.error();
        QVERIFY2(e.kind == Error::Kind::Unique, qPrintable(describe(e)));
        QCOMPARE(e.field, field);
        QCOMPARE(e.value, value);
        QVERIFY2(e.rule.contains(constraint), qPrintable(describe(e)));
        QVERIFY2(e.message.contains(constraint), qPrintable(describe(e)));
        QVERIFY2(e.message.contains(value), qPrintable(describe(e)));
        QCOMPARE(countsText(*m_db), before);
    }
    // The collision is the only thing wrong: a copy that differs in the key is accepted.
    QVariantMap distinct = distinctFromSample(info->table);
    if (info->table == u"exercise_tags") {
        auto tag = Repository<Tag>(*m_db).create(Tag { 0, u"legs"_s, {}, {} });
        FT_VERIFY_OK(tag);
        distinct = { { u"tag_id"_s, tag->id } };
    } else if (info->table == u"subject_profiles") {
        auto subject = Repository<Subject>(*m_db).create(
            Subject { 0, std::nullopt, QUuid::createUuid(), {}, {} });
        FT_VERIFY_OK(subject);
        distinct = { { u"subject_id"_s, subject->id } };
    }
    FT_VERIFY_OK(insertCopy(*m_db, m_graph, info->table, distinct, false));
}

void TestConstraints::uniqueConstraintOnUpdate()
{
    User bob;
    bob.email = u"bob@example.com"_s;
    bob.username = u"bob"_s;
    bob.passwordHash = u"!"_s;
    auto stored = Repository<User>(*m_db).create(bob);
    FT_VERIFY_OK(stored);
    User changed = *stored;
    changed.email = u"Ada@Example.COM"_s;
    auto updated = Repository<User>(*m_db).update(changed);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().kind, Error::Kind::Unique);
    QCOMPARE(updated.error().field, u"users.email"_s);
    QCOMPARE(updated.error().value, u"ada@example.com"_s);
    QVERIFY2(updated.error().message.contains(u"uq_users_email"_s),
             qPrintable(describe(updated.error())));
    auto reread = Repository<User>(*m_db).get(stored->id);
    FT_VERIFY_OK(reread);
    QCOMPARE(reread->email, u"bob@example.com"_s);
    QCOMPARE(reread->updatedAt, stored->updatedAt);
}

void TestConstraints::slugNotEmpty()
{
    const QString before = countsText(*m_db);
    // The validator refuses an empty or blank slug before the database sees it...
    for (const QString &slug : { u""_s, u"   "_s }) {
        Exercise e = m_graph.exercise;
        e.slug = slug;
        auto created = Repository<Exercise>(*m_db).create(e);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, Error::Kind::InvalidValue);
        QCOMPARE(created.error().field, u"exercises.slug"_s);
        QVERIFY2(created.error().rule.contains(u"must not be empty"_s),
                 qPrintable(describe(created.error())));
    }
    // ...and the database's ck_exercises_slug_not_empty refuses it when the validator is bypassed.
    Exercise e = m_graph.exercise;
    e.slug = u""_s; // empty, not NULL
    Error error;
    FT_VERIFY_FAILS(rawInsert(*m_db, e), error);
    QVERIFY2(error.kind == Error::Kind::Check, qPrintable(describe(error)));
    QCOMPARE(error.field, u"exercises.slug"_s);
    QCOMPARE(error.value, QString());
    QVERIFY2(error.message.contains(u"ck_exercises_slug_not_empty"_s), qPrintable(describe(error)));
    QVERIFY2(error.message.contains(u"must not be empty"_s), qPrintable(describe(error)));
    // An update to an empty slug, with raw SQL, too.
    FT_VERIFY_FAILS(m_db->exec(u"UPDATE exercises SET slug = ? WHERE id = ?"_s,
                               { u""_s, m_graph.exercise.id }, u"exercises"_s,
                               { { u"slug"_s, u""_s } }),
                    error);
    QVERIFY2(error.kind == Error::Kind::Check, qPrintable(describe(error)));
    QCOMPARE(error.field, u"exercises.slug"_s);
    QCOMPARE(countsText(*m_db), before);
    QCOMPARE(Repository<Exercise>(*m_db).get(m_graph.exercise.id)->slug, u"bench-press"_s);
}

void TestConstraints::cycleNumberPositive()
{
    const QString before = countsText(*m_db);
    for (const int number : { 0, -1 }) {
        Cycle c = m_graph.cycle;
        c.cycleNumber = number;
        auto created = Repository<Cycle>(*m_db).create(c);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, Error::Kind::InvalidValue);
        QCOMPARE(created.error().field, u"cycles.cycle_number"_s);
        QCOMPARE(created.error().value, QString::number(number));

        Error error;
        FT_VERIFY_FAILS(rawInsert(*m_db, c), error);
        QVERIFY2(error.kind == Error::Kind::Check, qPrintable(describe(error)));
        QCOMPARE(error.field, u"cycles.cycle_number"_s);
        QCOMPARE(error.value, QString::number(number));
        QVERIFY2(error.message.contains(u"ck_cycles_number_positive"_s),
                 qPrintable(describe(error)));
        QVERIFY2(error.message.contains(u"must be greater than 0"_s), qPrintable(describe(error)));
    }
    QCOMPARE(countsText(*m_db), before);
}

void TestConstraints::notNull()
{
    const QString before = countsText(*m_db);
    Error error;
    FT_VERIFY_FAILS(m_db->exec(u"INSERT INTO subjects (user_id, pseudonym) VALUES (NULL, NULL)"_s,
                               {}, u"subjects"_s),
                    error);
    QVERIFY2(error.kind == Error::Kind::NotNull, qPrintable(describe(error)));
    QCOMPARE(error.field, u"subjects.pseudonym"_s);
    QCOMPARE(error.value, u"NULL"_s);
    QVERIFY2(error.message.contains(u"subjects.pseudonym"_s), qPrintable(describe(error)));
    QCOMPARE(countsText(*m_db), before);
}

void TestConstraints::sqliteEnumCheck()
{
    const QString before = countsText(*m_db);
    WorkoutSession s = m_graph.session;
    s.workoutDate = QDate(2024, 6, 1);
    s.status = u"DONE"_s;
    auto created = Repository<WorkoutSession>(*m_db).create(s);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, Error::Kind::InvalidValue);
    QCOMPARE(created.error().field, u"workout_sessions.status"_s);
    QCOMPARE(created.error().value, u"DONE"_s);
    QVERIFY2(created.error().rule.contains(u"PENDING, COMPLETED"_s),
             qPrintable(describe(created.error())));

    Error error;
    FT_VERIFY_FAILS(rawInsert(*m_db, s), error);
    QVERIFY2(error.kind == Error::Kind::Check, qPrintable(describe(error)));
    QCOMPARE(error.field, u"workout_sessions.status"_s);
    QCOMPARE(error.value, u"DONE"_s);
    QVERIFY2(error.message.contains(u"ck_workout_sessions_status_enum"_s),
             qPrintable(describe(error)));
    // Case matters: the stored labels are upper-case.
    s.status = u"pending"_s;
    FT_VERIFY_FAILS(rawInsert(*m_db, s), error);
    QCOMPARE(error.kind, Error::Kind::Check);
    QCOMPARE(countsText(*m_db), before);
}

void TestConstraints::sqliteBooleanCheck()
{
    const QString before = countsText(*m_db);
    Error error;
    FT_VERIFY_FAILS(
        m_db->exec(u"INSERT INTO routines (subject_id, name, is_active) VALUES (?, ?, ?)"_s,
                   { m_graph.subject.id, u"Two"_s, 2 }, u"routines"_s,
                   { { u"subject_id"_s, m_graph.subject.id },
                     { u"name"_s, u"Two"_s },
                     { u"is_active"_s, 2 } }),
        error);
    QVERIFY2(error.kind == Error::Kind::Check, qPrintable(describe(error)));
    QCOMPARE(error.field, u"routines.is_active"_s);
    QCOMPARE(error.value, u"2"_s);
    QVERIFY2(error.message.contains(u"ck_routines_is_active_bool"_s), qPrintable(describe(error)));
    // Text is no boolean either.
    FT_VERIFY_FAILS(m_db->exec(u"UPDATE exercises SET is_active = 'true' WHERE id = ?"_s,
                               { m_graph.exercise.id }, u"exercises"_s,
                               { { u"is_active"_s, u"true"_s } }),
                    error);
    QVERIFY2(error.kind == Error::Kind::Check, qPrintable(describe(error)));
    QCOMPARE(error.field, u"exercises.is_active"_s);
    QVERIFY2(error.message.contains(u"ck_exercises_is_active_bool"_s), qPrintable(describe(error)));
    QCOMPARE(countsText(*m_db), before);
    QCOMPARE(Repository<Exercise>(*m_db).get(m_graph.exercise.id)->isActive, true);
}

void TestConstraints::sqlitePseudonymCheck()
{
    const QString before = countsText(*m_db);
    Error error;
    FT_VERIFY_FAILS(m_db->exec(u"INSERT INTO subjects (pseudonym) VALUES (?)"_s,
                               { u"not-a-uuid"_s }, u"subjects"_s,
                               { { u"pseudonym"_s, u"not-a-uuid"_s } }),
                    error);
    QVERIFY2(error.kind == Error::Kind::Check, qPrintable(describe(error)));
    QCOMPARE(error.field, u"subjects.pseudonym"_s);
    QCOMPARE(error.value, u"not-a-uuid"_s);
    QVERIFY2(error.message.contains(u"ck_subjects_pseudonym_uuid"_s), qPrintable(describe(error)));
    QCOMPARE(countsText(*m_db), before);
}

void TestConstraints::postgresqlBadEnumValue()
{
    // PostgreSQL's native enum refuses a label it does not have, before any CHECK.
    const QString before = countsText(*m_db);
    WorkoutSession s = m_graph.session;
    s.workoutDate = QDate(2024, 6, 1);
    s.status = u"DONE"_s;
    Error error;
    FT_VERIFY_FAILS(rawInsert(*m_db, s), error);
    QVERIFY2(error.kind == Error::Kind::Check, qPrintable(describe(error)));
    QCOMPARE(error.field, u"workout_sessions.status"_s);
    QCOMPARE(error.value, u"DONE"_s);
    QVERIFY2(error.message.contains(u"workout_status"_s), qPrintable(describe(error)));
    QCOMPARE(countsText(*m_db), before);
    // The connection is still usable after the refused statement.
    FT_VERIFY_OK(Repository<Tag>(*m_db).create(Tag { 0, u"after"_s, {}, {} }));
}

void TestConstraints::deleteActions_data()
{
    QTest::addColumn<QString>("fk");
    // The data model's keys, which the sample graph has a row for.
    for (const ConstraintInfo &c : constraintCatalog()) {
        if (c.kind == Error::Kind::ForeignKey && allTables().contains(c.table))
            QTest::addRow("%s %s", qPrintable(c.name), qPrintable(c.onDelete)) << c.name;
    }
}

void TestConstraints::deleteActions()
{
    QFETCH(QString, fk);
    const ConstraintInfo *info = findConstraint(fk);
    QVERIFY(info);
    const QString column = info->columns.value(0);

    // The sample row of the child table and the parent it refers to.
    QVariant parentId;
    QVariant childKey;
    QString childKeyColumn = u"id"_s;
    withEntity(info->table, [&](auto probe) {
        using T = decltype(probe);
        const T &child = m_graph.row<T>();
        parentId = columnValue(child, column, m_db->dialect());
        if constexpr (Repository<T>::hasId) {
            childKey = child.id;
        } else {
            // The association tables: identified by their other key column.
            childKeyColumn = column == u"exercise_id" && info->table == u"exercise_tags"
                ? u"tag_id"_s
                : column == u"exercise_id" ? u"muscle"_s
                                           : u"exercise_id"_s;
            childKey = columnValue(child, childKeyColumn, m_db->dialect());
        }
    });
    if (fk == u"fk_routines_source_routine_id") {
        // The sample routine is no copy: give it a template to have been copied from.
        Routine source;
        source.subjectId = m_graph.subject.id;
        source.name = u"Template"_s;
        auto created = Repository<Routine>(*m_db).create(source);
        FT_VERIFY_OK(created);
        FT_VERIFY_OK(m_db->exec(u"UPDATE routines SET source_routine_id = ? WHERE id = ?"_s,
                                { created->id, m_graph.routine.id }));
        parentId = created->id;
    }
    QVERIFY(!parentId.isNull());
    const QString childSql =
        u"SELECT %1 FROM %2 WHERE %3 = ?"_s.arg(column, info->table, childKeyColumn);

    // Exercises with logged sets cannot be deleted (the NO ACTION key); to see the other keys of
    // exercises act, the logged set goes first.
    if (info->referencedTable == u"exercises" && info->table != u"exercise_set_logs")
        FT_VERIFY_OK(Repository<ExerciseSetLog>(*m_db).remove(m_graph.setLog.id));

    const QString before = countsText(*m_db);
    const qint64 parentsBefore = rowCount(*m_db, info->referencedTable);
    Status removed;
    withEntity(info->referencedTable, [&](auto probe) {
        using T = decltype(probe);
        if constexpr (Repository<T>::hasId)
            removed = Repository<T>(*m_db).remove(parentId.toLongLong());
    });

    if (info->onDelete == u"NO ACTION") {
        QVERIFY2(!removed.ok(), "the parent was deleted although rows still refer to it");
        const Error &e = removed.error();
        QVERIFY2(e.kind == Error::Kind::ForeignKey, qPrintable(describe(e)));
        QCOMPARE(e.field, info->table + u'.' + column);
        QCOMPARE(e.value, parentId.toString());
        QVERIFY2(e.message.contains(info->table), qPrintable(describe(e)));
        QVERIFY2(e.message.contains(fk), qPrintable(describe(e)));
        // Nothing was deleted, not even what the parent's cascading keys would have taken along.
        QCOMPARE(countsText(*m_db), before);
        return;
    }
    FT_VERIFY_OK(removed);
    QCOMPARE(rowCount(*m_db, info->referencedTable), parentsBefore - 1);
    auto child = m_db->exec(childSql, { childKey });
    FT_VERIFY_OK(child);
    if (info->onDelete == u"CASCADE") {
        QVERIFY2(!child->next(),
                 qPrintable(u"the child row of "_s + info->table + u" is still there"_s));
    } else {
        QCOMPARE(info->onDelete, u"SET NULL"_s);
        QVERIFY2(child->next(), qPrintable(u"the child row of "_s + info->table + u" is gone"_s));
        QVERIFY2(child->value(0).isNull(), qPrintable(child->value(0).toString()));
    }
}

void TestConstraints::missingParent_data()
{
    QTest::addColumn<QString>("fk");
    QTest::addColumn<int>("repositoryKind"); // what the validators + database say
    QTest::addColumn<QString>("repositoryField");

    const int fkKind = int(Error::Kind::ForeignKey), invalid = int(Error::Kind::InvalidValue);
    for (const ConstraintInfo &c : constraintCatalog()) {
        if (c.kind != Error::Kind::ForeignKey || !allTables().contains(c.table))
            continue;
        const QString field = c.table + u'.' + c.columns.value(0);
        int kind = fkKind;
        QString repositoryField = field;
        // The subject-consistency validators look the parent up first and name the link they
        // could not follow.
        if (field == u"cycles.routine_id" || field == u"workout_sessions.cycle_id"
            || field == u"workout_sessions.routine_day_id"
            || field == u"exercise_set_logs.session_id") {
            kind = invalid;
        } else if (field == u"cycles.subject_id") {
            kind = invalid;
            repositoryField =
                u"cycles.routine_id"_s; // "the routine belongs to subject 1, not 999999"
        } else if (field == u"workout_sessions.subject_id") {
            kind = invalid;
            repositoryField = u"workout_sessions.cycle_id"_s;
        } else if (field == u"exercise_set_logs.subject_id") {
            kind = invalid;
            repositoryField = u"exercise_set_logs.session_id"_s;
        }
        QTest::newRow(qPrintable(c.name)) << c.name << kind << repositoryField;
    }
}

void TestConstraints::missingParent()
{
    QFETCH(QString, fk);
    QFETCH(int, repositoryKind);
    QFETCH(QString, repositoryField);
    const ConstraintInfo *info = findConstraint(fk);
    QVERIFY(info);
    const QString column = info->columns.value(0);
    const QString field = info->table + u'.' + column;
    QVariantMap overrides = distinctFromSample(info->table);
    overrides.insert(column, missingId);
    const QString before = countsText(*m_db);

    // The database's own foreign key.
    Status status = insertCopy(*m_db, m_graph, info->table, overrides, true);
    QVERIFY2(!status.ok(), "a row referring to a missing parent was written");
    Error e = status.error();
    QVERIFY2(e.kind == Error::Kind::ForeignKey, qPrintable(describe(e)));
    QCOMPARE(e.field, field);
    QCOMPARE(e.value, QString::number(missingId));
    QVERIFY2(e.message.contains(fk), qPrintable(describe(e)));
    QVERIFY2(e.message.contains(info->referencedTable), qPrintable(describe(e)));
    QCOMPARE(countsText(*m_db), before);

    // Through the Repository.
    status = insertCopy(*m_db, m_graph, info->table, overrides, false);
    QVERIFY2(!status.ok(), "a row referring to a missing parent was written");
    e = status.error();
    QVERIFY2(e.kind == Error::Kind(repositoryKind), qPrintable(describe(e)));
    QCOMPARE(e.field, repositoryField);
    if (repositoryField == field)
        QCOMPARE(e.value, QString::number(missingId));
    QCOMPARE(countsText(*m_db), before);
}

void TestConstraints::foreignKeyOnUpdate()
{
    RoutineDay day = m_graph.routineDay;
    day.routineId = missingId;
    auto updated = Repository<RoutineDay>(*m_db).update(day);
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().kind == Error::Kind::ForeignKey,
             qPrintable(describe(updated.error())));
    QCOMPARE(updated.error().field, u"routine_days.routine_id"_s);
    QCOMPARE(updated.error().value, QString::number(missingId));
    QVERIFY2(updated.error().message.contains(u"fk_routine_days_routine_id"_s),
             qPrintable(describe(updated.error())));
    auto reread = Repository<RoutineDay>(*m_db).get(day.id);
    FT_VERIFY_OK(reread);
    QCOMPARE(reread->routineId, m_graph.routine.id);
}

FT_DB_TEST_MAIN(TestConstraints)
#include "tst_constraints.moc"
