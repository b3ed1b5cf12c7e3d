#include "core/plan/routineedit.h"

#include "core/athletes/athletes.h"
#include "core/db/database.h"
#include "core/db/repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace ft::core::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RoutineEdit)
};

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

// One ordered level of a routine: its table, the parent column and the 1-based number.
struct Level
{
    QString table;
    QString parent;
    QString index;
};

const Level &dayLevel()
{
    static const Level level { str("routine_days"), str("routine_id"), str("day_index") };
    return level;
}

const Level &slotLevel()
{
    static const Level level { str("routine_day_exercises"), str("routine_day_id"),
                               str("position") };
    return level;
}

const Level &setLevel()
{
    static const Level level { str("routine_exercise_sets"), str("routine_day_exercise_id"),
                               str("set_index") };
    return level;
}

QString placeholders(qsizetype n)
{
    return QStringList(n, str("?")).join(str(", "));
}

Status inTransaction(Database &db, const std::function<Status()> &work)
{
    // A savepoint inside the caller's transaction: a failure halfway leaves nothing behind.
    return db.transaction(work);
}

// Table names come from Level and the functions here, never from input.
Result<Id> parentOf(Database &db, const Level &level, const QString &table, Id id)
{
    auto parent = db.scalar(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(level.parent, table), { id });
    if (!parent)
        return parent.error();
    if (parent->isNull())
        return columns::notFound(table, id);
    return Id(parent->toLongLong());
}

Result<Id> parentOf(Database &db, const Level &level, Id id)
{
    return parentOf(db, level, level.table, id);
}

Status requireRow(Database &db, const QString &table, Id id)
{
    auto found = db.scalar(QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(table), { id });
    if (!found)
        return found.error();
    if (found->isNull())
        return columns::notFound(table, id);
    return {};
}

Result<QList<Id>> childIds(Database &db, const Level &level, Id parentId)
{
    auto q = db.exec(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY %3")
                         .arg(level.table, level.parent, level.index),
                     { parentId }, level.table);
    if (!q)
        return q.error();
    QList<Id> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

// Where a new or moved row goes in a list of `n`: 0-based, or why not.
Result<qsizetype> slotIn(const Level &level, int position, qsizetype n)
{
    if (position == atEnd)
        return n;
    if (position < 1 || position > n + 1)
        return Error::invalid(level.table + QLatin1Char('.') + level.index, position,
                              Tr::tr("must be from 1 to %1").arg(n + 1));
    return qsizetype(position - 1);
}

// Gives the rows of each parent the numbers 1..n in the order listed, moving rows between the
// parents listed as needed. Only rows whose parent or number changes are written: first to -id,
// which no other row holds, then to their place, so no unique key is tripped on the way.
Status arrange(Database &db, const Level &level, const QList<QPair<Id, QList<Id>>> &order)
{
    QVariantList parents;
    for (const auto &[parent, ids] : order)
        parents.append(parent);
    auto q = db.exec(QStringLiteral("SELECT id, %1, %2 FROM %3 WHERE %1 IN (%4)")
                         .arg(level.parent, level.index, level.table, placeholders(parents.size())),
                     parents, level.table);
    if (!q)
        return q.error();
    QHash<Id, QPair<Id, int>> current;
    while (q->next())
        current.insert(q->value(0).toLongLong(), { q->value(1).toLongLong(), q->value(2).toInt() });
    q->finish();
    QList<std::tuple<Id, Id, int>> changed; // id, parent, number
    for (const auto &[parent, ids] : order) {
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QPair<Id, int> want { parent, int(i + 1) };
            if (current.value(ids.at(i)) != want)
                changed.append({ ids.at(i), parent, int(i + 1) });
        }
    }
    if (changed.isEmpty())
        return {};
    QVariantList ids;
    for (const auto &[id, parent, number] : changed)
        ids.append(id);
    if (auto r = db.exec(QStringLiteral("UPDATE %1 SET %2 = -id WHERE id IN (%3)")
                             .arg(level.table, level.index, placeholders(ids.size())),
                         ids, level.table);
        !r)
        return r.error();
    const QString place = QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ? WHERE id = ?")
                              .arg(level.table, level.parent, level.index);
    for (const auto &[id, parent, number] : changed) {
        if (auto r = db.exec(place, { parent, number, id }, level.table); !r)
            return r.error();
    }
    return {};
}

// Puts the row `id`, already under `parentId` with a number above the others, at `position`.
Status placeNew(Database &db, const Level &level, Id parentId, Id id, qsizetype at)
{
    auto ids = childIds(db, level, parentId);
    if (!ids)
        return ids.error();
    ids->removeAll(id);
    ids->insert(at, id);
    return arrange(db, level, { { parentId, *ids } });
}

// The number just above the largest of the parent's rows: free, whatever gaps there are.
Result<int> nextNumber(Database &db, const Level &level, Id parentId)
{
    auto max = db.scalar(QStringLiteral("SELECT COALESCE(MAX(%1), 0) FROM %2 WHERE %3 = ?")
                             .arg(level.index, level.table, level.parent),
                         { parentId });
    if (!max)
        return max.error();
    return std::max(0, max->toInt()) + 1;
}

Status removeRow(Database &db, const Level &level, Id id)
{
    return inTransaction(db, [&]() -> Status {
        auto parent = parentOf(db, level, id);
        if (!parent)
            return parent.error();
        if (auto r = db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(level.table), { id },
                             level.table);
            !r)
            return r.error();
        auto rest = childIds(db, level, *parent);
        if (!rest)
            return rest.error();
        return arrange(db, level, { { *parent, *rest } });
    });
}

Status moveRow(Database &db, const Level &level, const QString &parentTable, Id id, Id targetParent,
               int position)
{
    return inTransaction(db, [&]() -> Status {
        auto from = parentOf(db, level, id);
        if (!from)
            return from.error();
        if (Status s = requireRow(db, parentTable, targetParent); !s)
            return s;
        auto source = childIds(db, level, *from);
        if (!source)
            return source.error();
        source->removeAll(id);
        auto target = *from == targetParent ? source : childIds(db, level, targetParent);
        if (!target)
            return target.error();
        auto at = slotIn(level, position, target->size());
        if (!at)
            return at.error();
        target->insert(*at, id);
        if (*from == targetParent)
            return arrange(db, level, { { targetParent, *target } });
        return arrange(db, level, { { *from, *source }, { targetParent, *target } });
    });
}

// Checks a varchar value and writes one column of one row.
Status updateColumn(Database &db, const QString &table, const QString &column, Id id,
                    const QVariant &value)
{
    auto r = db.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column),
                     { value, id }, table, { { column, value } });
    if (!r)
        return r.error();
    if (r->numRowsAffected() == 0)
        return columns::notFound(table, id);
    return {};
}

Result<QVariant> optionalText(const QString &table, const FieldSpec &f, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    if (Status s = columns::checkValue(table, f, trimmed); !s)
        return s.error();
    return QVariant(trimmed);
}

Result<QString> routineName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(str("routines.name"), name, Tr::tr("must not be empty"));
    if (Status s = columns::checkValue(str("routines"), field::text("name", 120), trimmed); !s)
        return s.error();
    return trimmed;
}

} // namespace

// ---- Routines ----------------------------------------------------------------------------------

namespace {

// "INSERT INTO table (cols) SELECT exprs FROM ..." over T's written columns: each column is
// `alias.column` unless `given` names another expression for it.
template<typename T>
QString copyInsert(const QString &alias, const QHash<QString, QString> &given, const QString &from)
{
    const QStringList names = columns::writtenColumns<T>();
    QStringList values;
    for (const QString &name : names)
        values.append(given.value(name, alias + QLatin1Char('.') + name));
    return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %4")
        .arg(QString::fromLatin1(T::table), names.join(str(", ")), values.join(str(", ")), from);
}

// Copies every day, slot and planned set of `fromRoutine` into the empty routine `toRoutine`,
// set-wise: a copied row finds its new parent by the unique (routine, day_index) and
// (day, position) keys, so three statements copy any size.
Status copyContents(Database &db, Id fromRoutine, Id toRoutine)
{
    static const QString days =
        copyInsert<RoutineDay>(str("d"), { { str("routine_id"), str("?") } },
                               str("routine_days d WHERE d.routine_id = ?"));
    static const QString slotRows = copyInsert<RoutineDayExercise>(
        str("x"), { { str("routine_day_id"), str("nd.id") } },
        str("routine_day_exercises x JOIN routine_days od ON od.id = x.routine_day_id "
            "JOIN routine_days nd ON nd.routine_id = ? AND nd.day_index = od.day_index "
            "WHERE od.routine_id = ?"));
    static const QString sets = copyInsert<PlannedSet>(
        str("p"), { { str("routine_day_exercise_id"), str("nx.id") } },
        str("routine_exercise_sets p "
            "JOIN routine_day_exercises ox ON ox.id = p.routine_day_exercise_id "
            "JOIN routine_days od ON od.id = ox.routine_day_id "
            "JOIN routine_days nd ON nd.routine_id = ? AND nd.day_index = od.day_index "
            "JOIN routine_day_exercises nx ON nx.routine_day_id = nd.id "
            "AND nx.position = ox.position WHERE od.routine_id = ?"));
    for (const QString *sql : { &days, &slotRows, &sets }) {
        if (auto r = db.exec(*sql, { toRoutine, fromRoutine }); !r)
            return r.error();
    }
    return {};
}

Result<Id> copyRoutine(Database &db, Id routineId, Id subjectId)
{
    auto name = db.scalar(str("SELECT name FROM routines WHERE id = ?"), { routineId });
    if (!name)
        return name.error();
    if (name->isNull())
        return columns::notFound(str("routines"), routineId);
    if (Status s = requireSubject(db, subjectId); !s)
        return s.error();
    auto unused = unusedRoutineName(db, subjectId, name->toString());
    if (!unused)
        return unused.error();
    static const QString insert = copyInsert<Routine>(str("r"),
                                                      { { str("subject_id"), str("?") },
                                                        { str("name"), str("?") },
                                                        { str("source_routine_id"), str("r.id") } },
                                                      str("routines r WHERE r.id = ?"))
        + str(" RETURNING id");
    auto q = db.exec(insert, { subjectId, *unused, routineId }, str("routines"),
                     { { str("name"), *unused } });
    if (!q)
        return q.error();
    if (!q->next())
        return columns::notFound(str("routines"), routineId);
    const Id copy = q->value(0).toLongLong();
    q->finish();
    if (Status s = copyContents(db, routineId, copy); !s)
        return s.error();
    return copy;
}

} // namespace

Result<Id> createRoutine(Database &db, Id subjectId, const QString &name)
{
    auto checked = routineName(name);
    if (!checked)
        return checked.error();
    if (Status s = requireSubject(db, subjectId); !s)
        return s.error();
    Routine row;
    row.subjectId = subjectId;
    row.name = *checked;
    auto created = Repository<Routine>(db).create(row);
    if (!created)
        return created.error();
    return created->id;
}

Status renameRoutine(Database &db, Id routineId, const QString &name)
{
    auto checked = routineName(name);
    if (!checked)
        return checked.error();
    return updateColumn(db, str("routines"), str("name"), routineId, *checked);
}

Status setRoutineDescription(Database &db, Id routineId, const QString &description)
{
    auto value = optionalText(str("routines"), field::plain("description"), description);
    if (!value)
        return value.error();
    return updateColumn(db, str("routines"), str("description"), routineId, *value);
}

Status setRoutineStartDate(Database &db, Id routineId, const std::optional<QDate> &startsOn)
{
    const FieldSpec f = field::plain("starts_on");
    return updateColumn(db, str("routines"), str("starts_on"), routineId,
                        columns::toDb(db.dialect(), f, startsOn));
}

Status setRoutineActive(Database &db, Id routineId, bool active)
{
    return updateColumn(db, str("routines"), str("is_active"), routineId,
                        db.dialect().bindBool(active));
}

Result<Id> duplicateRoutine(Database &db, Id routineId)
{
    auto subject = db.scalar(str("SELECT subject_id FROM routines WHERE id = ?"), { routineId });
    if (!subject)
        return subject.error();
    if (subject->isNull())
        return columns::notFound(str("routines"), routineId);
    Result<Id> copy = Id(0);
    const Status done = inTransaction(db, [&]() -> Status {
        copy = copyRoutine(db, routineId, subject->toLongLong());
        return copy ? Status() : Status(copy.error());
    });
    if (!done)
        return done.error();
    return copy;
}

Status deleteRoutine(Database &db, Id routineId)
{
    auto r = db.exec(str("DELETE FROM routines WHERE id = ?"), { routineId }, str("routines"));
    if (!r)
        return r.error();
    if (r->numRowsAffected() == 0)
        return columns::notFound(str("routines"), routineId);
    return {};
}

Result<QList<Id>> copyRoutineToAthletes(Database &db, Id routineId, const QList<Id> &subjectIds)
{
    QList<Id> copies;
    const Status done = inTransaction(db, [&]() -> Status {
        for (const Id subject : subjectIds) {
            auto copy = copyRoutine(db, routineId, subject);
            if (!copy)
                return copy.error();
            copies.append(*copy);
        }
        return {};
    });
    if (!done)
        return done.error();
    return copies;
}

Result<QString> unusedRoutineName(Database &db, Id subjectId, const QString &name)
{
    auto checked = routineName(name);
    if (!checked)
        return checked.error();
    auto q = db.exec(str("SELECT name FROM routines WHERE subject_id = ?"), { subjectId },
                     str("routines"));
    if (!q)
        return q.error();
    QSet<QString> taken;
    while (q->next())
        taken.insert(q->value(0).toString());
    if (!taken.contains(*checked))
        return *checked;
    // "Push (2)" copied again becomes "Push (3)", not "Push (2) (2)".
    static const QRegularExpression numbered(QStringLiteral("^(.*) \\((\\d+)\\)$"));
    QString base = *checked;
    if (const auto m = numbered.match(base); m.hasMatch())
        base = m.captured(1);
    for (int n = 2;; ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        const QString candidate = base.left(120 - suffix.size()).trimmed() + suffix;
        if (!taken.contains(candidate))
            return candidate;
    }
}

// ---- Days --------------------------------------------------------------------------------------

Result<Id> insertDay(Database &db, Id routineId, int dayIndex, const DayValues &values)
{
    Id id = 0;
    const Status done = inTransaction(db, [&]() -> Status {
        if (Status s = requireRow(db, str("routines"), routineId); !s)
            return s;
        auto ids = childIds(db, dayLevel(), routineId);
        if (!ids)
            return ids.error();
        auto at = slotIn(dayLevel(), dayIndex, ids->size());
        if (!at)
            return at.error();
        auto next = nextNumber(db, dayLevel(), routineId);
        if (!next)
            return next.error();
        RoutineDay row;
        row.routineId = routineId;
        row.dayIndex = *next;
        row.isRest = values.isRest;
        row.title = values.title;
        if (row.title && row.title->trimmed().isEmpty())
            row.title.reset();
        row.notes = values.notes;
        auto created = Repository<RoutineDay>(db).create(row);
        if (!created)
            return created.error();
        id = created->id;
        return placeNew(db, dayLevel(), routineId, id, *at);
    });
    if (!done)
        return done.error();
    return id;
}

Status removeDay(Database &db, Id dayId)
{
    return removeRow(db, dayLevel(), dayId);
}

Status moveDay(Database &db, Id dayId, int dayIndex)
{
    auto routine = parentOf(db, dayLevel(), dayId);
    if (!routine)
        return routine.error();
    if (dayIndex == atEnd)
        return Error::invalid(str("routine_days.day_index"), dayIndex, Tr::tr("must be 1 or more"));
    return moveRow(db, dayLevel(), str("routines"), dayId, *routine, dayIndex);
}

Status setDayTitle(Database &db, Id dayId, const QString &title)
{
    auto value = optionalText(str("routine_days"), field::text("title", 100), title);
    if (!value)
        return value.error();
    return updateColumn(db, str("routine_days"), str("title"), dayId, *value);
}

Status setDayRest(Database &db, Id dayId, bool isRest)
{
    return updateColumn(db, str("routine_days"), str("is_rest"), dayId,
                        db.dialect().bindBool(isRest));
}

Status setDayNotes(Database &db, Id dayId, const QString &notes)
{
    auto value = optionalText(str("routine_days"), field::plain("notes"), notes);
    if (!value)
        return value.error();
    return updateColumn(db, str("routine_days"), str("notes"), dayId, *value);
}

// ---- Slots -------------------------------------------------------------------------------------

Result<Id> insertSlot(Database &db, Id dayId, Id exerciseId, int position, const QString &notes)
{
    Id id = 0;
    const Status done = inTransaction(db, [&]() -> Status {
        if (Status s = requireRow(db, str("routine_days"), dayId); !s)
            return s;
        if (Status s = requireRow(db, str("exercises"), exerciseId); !s)
            return s;
        auto ids = childIds(db, slotLevel(), dayId);
        if (!ids)
            return ids.error();
        auto at = slotIn(slotLevel(), position, ids->size());
        if (!at)
            return at.error();
        auto next = nextNumber(db, slotLevel(), dayId);
        if (!next)
            return next.error();
        RoutineDayExercise row;
        row.routineDayId = dayId;
        row.exerciseId = exerciseId;
        row.position = *next;
        if (!notes.trimmed().isEmpty())
            row.notes = notes.trimmed();
        auto created = Repository<RoutineDayExercise>(db).create(row);
        if (!created)
            return created.error();
        id = created->id;
        return placeNew(db, slotLevel(), dayId, id, *at);
    });
    if (!done)
        return done.error();
    return id;
}

Status removeSlot(Database &db, Id slotId)
{
    return removeRow(db, slotLevel(), slotId);
}

Status moveSlot(Database &db, Id slotId, Id targetDayId, int position)
{
    return moveRow(db, slotLevel(), str("routine_days"), slotId, targetDayId, position);
}

Status setSlotExercise(Database &db, Id slotId, Id exerciseId)
{
    if (Status s = requireRow(db, str("exercises"), exerciseId); !s)
        return s;
    return updateColumn(db, str("routine_day_exercises"), str("exercise_id"), slotId, exerciseId);
}

Status setSlotNotes(Database &db, Id slotId, const QString &notes)
{
    auto value = optionalText(str("routine_day_exercises"), field::plain("notes"), notes);
    if (!value)
        return value.error();
    return updateColumn(db, str("routine_day_exercises"), str("notes"), slotId, *value);
}

// ---- Planned sets ------------------------------------------------------------------------------

namespace {

Result<QList<Id>> insertSets(Database &db, Id slotId, qsizetype at, PlannedSet values, int count)
{
    if (Status s = validatePlannedSet(values); !s)
        return s.error();
    auto ids = childIds(db, setLevel(), slotId);
    if (!ids)
        return ids.error();
    auto next = nextNumber(db, setLevel(), slotId);
    if (!next)
        return next.error();
    QList<Id> added;
    Repository<PlannedSet> sets(db);
    for (int i = 0; i < count; ++i) {
        PlannedSet row = values;
        row.id = 0;
        row.routineDayExerciseId = slotId;
        row.setIndex = *next + i;
        auto created = sets.create(row);
        if (!created)
            return created.error();
        added.append(created->id);
    }
    QList<Id> order = *ids;
    for (qsizetype i = 0; i < added.size(); ++i)
        order.insert(at + i, added.at(i));
    if (Status s = arrange(db, setLevel(), { { slotId, order } }); !s)
        return s.error();
    return added;
}

} // namespace

Result<Id> insertSet(Database &db, Id slotId, int setIndex, PlannedSet values)
{
    Result<QList<Id>> added = QList<Id>();
    const Status done = inTransaction(db, [&]() -> Status {
        if (Status s = requireRow(db, str("routine_day_exercises"), slotId); !s)
            return s;
        auto count = childIds(db, setLevel(), slotId);
        if (!count)
            return count.error();
        auto at = slotIn(setLevel(), setIndex, count->size());
        if (!at)
            return at.error();
        added = insertSets(db, slotId, *at, values, 1);
        return added ? Status() : Status(added.error());
    });
    if (!done)
        return done.error();
    return added->first();
}

Status removeSet(Database &db, Id setId)
{
    return removeRow(db, setLevel(), setId);
}

Status moveSet(Database &db, Id setId, Id targetSlotId, int setIndex)
{
    return moveRow(db, setLevel(), str("routine_day_exercises"), setId, targetSlotId, setIndex);
}

Result<QList<Id>> addSetsLike(Database &db, Id setId, int count)
{
    if (count < 1 || count > 100)
        return Error::invalid(str("routine_exercise_sets"), count,
                              Tr::tr("the number of sets to add must be from 1 to 100"));
    Result<QList<Id>> added = QList<Id>();
    const Status done = inTransaction(db, [&]() -> Status {
        auto model = Repository<PlannedSet>(db).get(setId);
        if (!model)
            return model.error();
        auto ids = childIds(db, setLevel(), model->routineDayExerciseId);
        if (!ids)
            return ids.error();
        added = insertSets(db, model->routineDayExerciseId, ids->indexOf(setId) + 1, *model, count);
        return added ? Status() : Status(added.error());
    });
    if (!done)
        return done.error();
    return added;
}

Result<Id> duplicateSet(Database &db, Id setId)
{
    auto added = addSetsLike(db, setId, 1);
    if (!added)
        return added.error();
    return added->first();
}

namespace {

Result<QVariant> boundSetValue(Database &db, SetField field, const QVariant &value)
{
    auto normal = normalizeSetField(field, value);
    if (!normal)
        return normal.error();
    if (field == SetField::IsWarmup || field == SetField::ToFailure)
        return db.dialect().bindBool(normal->toBool());
    if (normal->isNull()) {
        const bool isText = field == SetField::Tempo || field == SetField::Notes;
        const bool isReal = field == SetField::WeightKg || field == SetField::Rpe;
        return QVariant(isText       ? QMetaType::fromType<QString>()
                            : isReal ? QMetaType::fromType<double>()
                                     : QMetaType::fromType<int>());
    }
    return *normal;
}

} // namespace

Status setSetField(Database &db, Id setId, SetField field, const QVariant &value)
{
    auto bound = boundSetValue(db, field, value);
    if (!bound)
        return bound.error();
    return updateColumn(db, str("routine_exercise_sets"), columnOf(field), setId, *bound);
}

Status applyToAllSets(Database &db, Id slotId, SetField field, const QVariant &value)
{
    auto bound = boundSetValue(db, field, value);
    if (!bound)
        return bound.error();
    if (Status s = requireRow(db, str("routine_day_exercises"), slotId); !s)
        return s;
    const QString column = columnOf(field);
    auto r = db.exec(QStringLiteral("UPDATE routine_exercise_sets SET %1 = ? "
                                    "WHERE routine_day_exercise_id = ?")
                         .arg(column),
                     { *bound, slotId }, str("routine_exercise_sets"), { { column, *bound } });
    if (!r)
        return r.error();
    return {};
}

} // namespace ft::core::plan
