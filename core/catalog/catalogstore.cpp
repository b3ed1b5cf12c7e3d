#include "core/catalog/catalogstore.h"

#include "core/db/database.h"
#include "core/db/repository.h"
#include "core/db/validators.h"
#include "core/enums.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace ft::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogStore)
};

// Bound values per statement: far below SQLite's (32766 since 3.32) and PostgreSQL's (65535)
// limits, large enough that a catalog takes a handful of statements.
constexpr int maxParametersPerStatement = 900;

Status insertRows(Database &db, const QString &table, const QStringList &columnNames,
                  const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return {};
    const int perRow = int(columnNames.size());
    const int rowsPerStatement = std::max(1, maxParametersPerStatement / perRow);
    const QString tuple = QLatin1Char('(')
        + QStringList(perRow, QStringLiteral("?")).join(QStringLiteral(", ")) + QLatin1Char(')');
    const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                             .arg(table, columnNames.join(QStringLiteral(", ")));
    for (qsizetype start = 0; start < rows.size(); start += rowsPerStatement) {
        const qsizetype end = std::min<qsizetype>(rows.size(), start + rowsPerStatement);
        QVariantList params;
        params.reserve((end - start) * perRow);
        for (qsizetype i = start; i < end; ++i)
            params.append(rows.at(i));
        const QString sql = head + QStringList(end - start, tuple).join(QStringLiteral(", "));
        QVariantMap values;
        if (end - start == 1) {
            for (int c = 0; c < perRow; ++c)
                values.insert(columnNames.at(c), params.at(c));
        }
        if (auto r = db.exec(sql, params, table, values); !r)
            return r.error();
    }
    return {};
}

// Ids of the tags named `names`, creating the missing ones. A name matches a tag of the same name,
// else one that differs only in case.
Result<QHash<QString, Id>> tagIds(Database &db, const QSet<QString> &names)
{
    QHash<QString, Id> exact, folded;
    const auto readTags = [&]() -> Status {
        auto rows = db.exec(QStringLiteral("SELECT id, name FROM tags ORDER BY id"));
        if (!rows)
            return rows.error();
        exact.clear();
        folded.clear();
        while (rows->next()) {
            const Id id = rows->value(0).toLongLong();
            const QString name = rows->value(1).toString();
            exact.insert(name, id);
            if (!folded.contains(name.toCaseFolded()))
                folded.insert(name.toCaseFolded(), id);
        }
        return {};
    };
    if (Status s = readTags(); !s)
        return s.error();
    QList<QVariantList> missing;
    QSet<QString> creating;
    for (const QString &name : names) {
        const QString key = name.toCaseFolded();
        if (exact.contains(name) || folded.contains(key) || creating.contains(key))
            continue;
        creating.insert(key);
        missing.append({ name });
    }
    if (!missing.isEmpty()) {
        if (Status s = insertRows(db, QStringLiteral("tags"), { QStringLiteral("name") }, missing);
            !s)
            return s.error();
        if (Status s = readTags(); !s)
            return s.error();
    }
    QHash<QString, Id> result;
    for (const QString &name : names)
        result.insert(name,
                      exact.contains(name) ? exact.value(name) : folded.value(name.toCaseFolded()));
    return result;
}

// Inserts the aliases, tag links and secondary muscles of exercises that have none yet.
Status insertChildren(Database &db, const QList<Id> &ids, const QList<ExerciseDetails> &details)
{
    QSet<QString> tagNames;
    for (const ExerciseDetails &d : details) {
        for (const QString &tag : d.tags)
            tagNames.insert(tag);
    }
    auto tags = tagIds(db, tagNames);
    if (!tags)
        return tags.error();

    QList<QVariantList> aliasRows, tagRows, muscleRows;
    for (qsizetype i = 0; i < details.size(); ++i) {
        const Id id = ids.at(i);
        const ExerciseDetails &d = details.at(i);
        for (const QString &alias : d.aliases)
            aliasRows.append({ QVariant::fromValue<qlonglong>(id), alias });
        QSet<Id> linked;
        for (const QString &tag : d.tags) {
            const Id tagId = tags->value(tag);
            if (!linked.contains(tagId))
                tagRows.append(
                    { QVariant::fromValue<qlonglong>(id), QVariant::fromValue<qlonglong>(tagId) });
            linked.insert(tagId);
        }
        for (const QString &muscle : d.secondaryMuscles)
            muscleRows.append({ QVariant::fromValue<qlonglong>(id), muscle });
    }
    if (Status s =
            insertRows(db, QStringLiteral("exercise_aliases"),
                       { QStringLiteral("exercise_id"), QStringLiteral("alias") }, aliasRows);
        !s)
        return s;
    if (Status s = insertRows(db, QStringLiteral("exercise_tags"),
                              { QStringLiteral("exercise_id"), QStringLiteral("tag_id") }, tagRows);
        !s)
        return s;
    return insertRows(db, QStringLiteral("exercise_secondary_muscles"),
                      { QStringLiteral("exercise_id"), QStringLiteral("muscle") }, muscleRows);
}

Error slugTaken(const QString &slug, const QString &otherName)
{
    Error e = Error::make(Error::Kind::Unique,
                          Tr::tr("The slug \"%1\" is already used by the exercise \"%2\"; choose "
                                 "another one.")
                              .arg(slug, otherName));
    e.field = QStringLiteral("exercises.slug");
    e.value = slug;
    e.rule = QStringLiteral("uq_exercises_slug");
    return e;
}

Error withPosition(Error e, qsizetype index, qsizetype count, const QString &name)
{
    if (count > 1)
        e.message =
            Tr::tr("Exercise %1 of %2 (\"%3\"): %4").arg(index + 1).arg(count).arg(name, e.message);
    return e;
}

// The exercises (all, or one) with their aliases, tags and secondary muscles.
Result<QList<ExerciseDetails>> loadDetails(Database &db, std::optional<Id> only)
{
    Filter filter;
    if (only)
        filter.where(QStringLiteral("id"), *only);
    auto exercises = Repository<Exercise>(db).list(filter);
    if (!exercises)
        return exercises.error();
    QList<ExerciseDetails> result;
    result.reserve(exercises->size());
    QHash<Id, qsizetype> index;
    for (Exercise &e : *exercises) {
        index.insert(e.id, result.size());
        result.append({ std::move(e), {}, {}, {} });
    }
    if (result.isEmpty())
        return result;

    const QString where = only ? QStringLiteral(" WHERE exercise_id = ?") : QString();
    const QVariantList params = only ? QVariantList { *only } : QVariantList {};
    const auto each =
        [&](const QString &sql,
            const std::function<void(ExerciseDetails &, const QString &)> &add) -> Status {
        auto rows = db.exec(sql, params);
        if (!rows)
            return rows.error();
        while (rows->next()) {
            const auto it = index.constFind(rows->value(0).toLongLong());
            if (it != index.constEnd())
                add(result[*it], rows->value(1).toString());
        }
        return {};
    };
    if (Status s = each(QStringLiteral("SELECT exercise_id, alias FROM exercise_aliases") + where
                            + QStringLiteral(" ORDER BY exercise_id, id"),
                        [](ExerciseDetails &d, const QString &v) { d.aliases.append(v); });
        !s)
        return s.error();
    if (Status s = each(QStringLiteral("SELECT et.exercise_id, t.name FROM exercise_tags et "
                                       "JOIN tags t ON t.id = et.tag_id")
                            + (only ? QStringLiteral(" WHERE et.exercise_id = ?") : QString()),
                        [](ExerciseDetails &d, const QString &v) { d.tags.append(v); });
        !s)
        return s.error();
    if (Status s = each(QStringLiteral("SELECT exercise_id, muscle FROM exercise_secondary_muscles")
                            + where,
                        [](ExerciseDetails &d, const QString &v) { d.secondaryMuscles.append(v); });
        !s)
        return s.error();

    // The same order on both backends (PostgreSQL sorts enums by declaration and text by
    // collation, SQLite by bytes).
    const QStringList &muscles = enumValues(EnumType::MuscleGroup);
    for (ExerciseDetails &d : result) {
        std::sort(d.tags.begin(), d.tags.end(), [](const QString &a, const QString &b) {
            const int c = a.compare(b, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a < b;
        });
        std::sort(d.secondaryMuscles.begin(), d.secondaryMuscles.end(),
                  [&](const QString &a, const QString &b) {
                      return muscles.indexOf(a) < muscles.indexOf(b);
                  });
    }
    return result;
}

Error firstProblem(const QList<Error> &problems)
{
    Error e = problems.first();
    if (problems.size() > 1)
        e.message +=
            QLatin1Char(' ') + Tr::tr("(and %n more problem(s))", "", int(problems.size() - 1));
    return e;
}

} // namespace

Result<QList<ExerciseDetails>> loadExercises(Database &db)
{
    return loadDetails(db, std::nullopt);
}

Result<ExerciseDetails> loadExercise(Database &db, Id id)
{
    auto list = loadDetails(db, id);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return columns::notFound(QStringLiteral("exercises"), id);
    return list->first();
}

Result<QList<Id>> insertExercises(Database &db, QList<ExerciseDetails> exercises)
{
    QList<Id> ids;
    if (exercises.isEmpty())
        return ids;
    QHash<QString, qsizetype> slugs;
    for (qsizetype i = 0; i < exercises.size(); ++i) {
        ExerciseDetails &d = exercises[i];
        if (const QList<Error> problems = exerciseProblems(d); !problems.isEmpty())
            return withPosition(firstProblem(problems), i, exercises.size(), d.exercise.name);
        if (slugs.contains(d.exercise.slug))
            return withPosition(slugTaken(d.exercise.slug,
                                          exercises.at(slugs.value(d.exercise.slug)).exercise.name),
                                i, exercises.size(), d.exercise.name);
        slugs.insert(d.exercise.slug, i);
    }

    const Status status = db.transaction([&]() -> Status {
        // A clear message for a slug that is already stored (the unique index is the backstop).
        auto stored = db.exec(QStringLiteral("SELECT slug, name FROM exercises"));
        if (!stored)
            return stored.error();
        while (stored->next()) {
            const auto it = slugs.constFind(stored->value(0).toString());
            if (it != slugs.constEnd())
                return withPosition(slugTaken(it.key(), stored->value(1).toString()), *it,
                                    exercises.size(), exercises.at(*it).exercise.name);
        }
        stored->finish();

        const QStringList columnNames = columns::writtenColumns<Exercise>();
        const qsizetype perStatement =
            std::max<qsizetype>(1, maxParametersPerStatement / columnNames.size());
        QHash<QString, Id> idBySlug;
        for (qsizetype start = 0; start < exercises.size(); start += perStatement) {
            const qsizetype end = std::min(exercises.size(), start + perStatement);
            QList<QVariantList> rows;
            QVariantList chunkSlugs;
            for (qsizetype i = start; i < end; ++i) {
                columns::appendWritten(db.dialect(), exercises.at(i).exercise, rows.emplace_back());
                chunkSlugs.append(exercises.at(i).exercise.slug);
            }
            if (Status s = insertRows(db, QStringLiteral("exercises"), columnNames, rows); !s)
                return s;
            auto created =
                db.exec(QStringLiteral("SELECT id, slug FROM exercises WHERE slug IN (%1)")
                            .arg(QStringList(chunkSlugs.size(), QStringLiteral("?"))
                                     .join(QStringLiteral(", "))),
                        chunkSlugs);
            if (!created)
                return created.error();
            while (created->next())
                idBySlug.insert(created->value(1).toString(), created->value(0).toLongLong());
        }
        for (const ExerciseDetails &d : std::as_const(exercises))
            ids.append(idBySlug.value(d.exercise.slug));
        return insertChildren(db, ids, exercises);
    });
    if (!status)
        return status.error();
    return ids;
}

Result<ExerciseDetails> saveExercise(Database &db, ExerciseDetails details)
{
    Exercise &e = details.exercise;
    if (e.slug.trimmed().isEmpty()) {
        auto taken = exerciseSlugs(db);
        if (!taken)
            return taken.error();
        if (e.id != 0) {
            auto current =
                db.scalar(QStringLiteral("SELECT slug FROM exercises WHERE id = ?"), { e.id });
            if (!current)
                return current.error();
            taken->remove(current->toString());
        }
        QString base = slugify(e.name);
        if (base.isEmpty())
            base = QStringLiteral("exercise");
        e.slug = uniqueSlug(base, *taken);
    }
    if (e.id == 0) {
        auto ids = insertExercises(db, { details });
        if (!ids)
            return ids.error();
        return loadExercise(db, ids->first());
    }

    if (const QList<Error> problems = exerciseProblems(details); !problems.isEmpty())
        return firstProblem(problems);
    const Status status = db.transaction([&]() -> Status {
        auto other =
            db.exec(QStringLiteral("SELECT name FROM exercises WHERE slug = ? AND id <> ?"),
                    { e.slug, e.id });
        if (!other)
            return other.error();
        if (other->next())
            return slugTaken(e.slug, other->value(0).toString());
        other->finish();
        auto updated = Repository<Exercise>(db).update(e);
        if (!updated)
            return updated.error();
        for (const char *table :
             { "exercise_aliases", "exercise_tags", "exercise_secondary_muscles" }) {
            // Table names are constants of this function.
            if (auto r = db.exec(QStringLiteral("DELETE FROM %1 WHERE exercise_id = ?")
                                     .arg(QString::fromLatin1(table)),
                                 { e.id }, QString::fromLatin1(table));
                !r)
                return r.error();
        }
        return insertChildren(db, { e.id }, { details });
    });
    if (!status)
        return status.error();
    return loadExercise(db, e.id);
}

Result<ExerciseDetails> duplicateExercise(Database &db, Id id)
{
    auto original = loadExercise(db, id);
    if (!original)
        return original.error();
    auto taken = exerciseSlugs(db);
    if (!taken)
        return taken.error();
    ExerciseDetails copy = *original;
    Exercise &e = copy.exercise;
    const QString suffix = Tr::tr(" (copy)");
    e.name = e.name.left(120 - suffix.size()).trimmed() + suffix;
    QString base = e.slug.left(140 - 5 - 4);
    while (base.endsWith(u'-'))
        base.chop(1);
    e.slug = uniqueSlug(base + QStringLiteral("-copy"), *taken);
    e.id = 0;
    e.isActive = true;
    copy.aliases.clear();
    auto ids = insertExercises(db, { copy });
    if (!ids)
        return ids.error();
    return loadExercise(db, ids->first());
}

Status setExerciseActive(Database &db, Id id, bool active)
{
    auto r = db.exec(QStringLiteral("UPDATE exercises SET is_active = ? WHERE id = ?"),
                     { db.dialect().bindBool(active), id }, QStringLiteral("exercises"));
    if (!r)
        return r.error();
    if (r->numRowsAffected() == 0)
        return columns::notFound(QStringLiteral("exercises"), id);
    return {};
}

Status deleteExercise(Database &db, Id id)
{
    return db.transaction([&]() -> Status {
        auto name = db.scalar(QStringLiteral("SELECT name FROM exercises WHERE id = ?"), { id });
        if (!name)
            return name.error();
        if (name->isNull())
            return columns::notFound(QStringLiteral("exercises"), id);
        auto sets = loggedSetCount(db, id);
        if (!sets)
            return sets.error();
        if (*sets > 0) {
            Error e = Error::make(
                Error::Kind::ForeignKey,
                Tr::tr("\"%1\" cannot be deleted: %n logged set(s) refer to it, and deleting it "
                       "would erase that training history. Deactivate it instead: it no longer "
                       "appears when choosing exercises, and its history stays.",
                       "", int(std::min<qint64>(*sets, INT_MAX)))
                    .arg(name->toString()));
            e.field = QStringLiteral("exercise_set_logs.exercise_id");
            e.value = QString::number(id);
            e.rule = QStringLiteral("fk_exercise_set_logs_exercise_id");
            return e;
        }
        return Repository<Exercise>(db).remove(id);
    });
}

Result<qint64> loggedSetCount(Database &db, Id id)
{
    auto n = db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM exercise_set_logs WHERE exercise_id = ?"), { id });
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<QHash<Id, qint64>> loggedSetCounts(Database &db)
{
    auto rows = db.exec(QStringLiteral("SELECT exercise_id, COUNT(*) FROM exercise_set_logs "
                                       "GROUP BY exercise_id"));
    if (!rows)
        return rows.error();
    QHash<Id, qint64> counts;
    while (rows->next())
        counts.insert(rows->value(0).toLongLong(), rows->value(1).toLongLong());
    return counts;
}

QString uniqueSlug(const QString &base, const QSet<QString> &taken)
{
    const auto fit = [](QString text, qsizetype length) {
        text = text.left(length);
        while (text.endsWith(u'-'))
            text.chop(1);
        return text;
    };
    const QString first = fit(base, 140);
    if (!taken.contains(first))
        return first;
    for (int n = 2;; ++n) {
        const QString suffix = QStringLiteral("-%1").arg(n);
        const QString candidate = fit(base, 140 - suffix.size()) + suffix;
        if (!taken.contains(candidate))
            return candidate;
    }
}

Result<QSet<QString>> exerciseSlugs(Database &db)
{
    auto rows = db.exec(QStringLiteral("SELECT slug FROM exercises"));
    if (!rows)
        return rows.error();
    QSet<QString> slugs;
    while (rows->next())
        slugs.insert(rows->value(0).toString());
    return slugs;
}

Result<std::optional<Id>> findExerciseByIdOrSlug(Database &db, const QString &idOrSlug)
{
    bool isId = false;
    const Id id = idOrSlug.toLongLong(&isId);
    auto found = db.scalar(isId ? QStringLiteral("SELECT id FROM exercises WHERE id = ?")
                                : QStringLiteral("SELECT id FROM exercises WHERE slug = ?"),
                           { isId ? QVariant(id) : QVariant(idOrSlug) });
    if (!found)
        return found.error();
    if (found->isNull())
        return std::optional<Id>();
    return std::optional<Id>(found->toLongLong());
}

} // namespace ft::core
