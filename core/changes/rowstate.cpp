#include "core/changes/rowstate.h"

#include "core/db/database.h"
#include "core/exchange/tabledata.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace ft::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RowState)
};

const TableSpec &spec(const QString &table)
{
    const TableSpec *t = findDataTable(table);
    Q_ASSERT_X(t, "RowState", "a scope names a table dataTables() does not know");
    return *t;
}

// Tables in dataTables() order: parents before children.
QStringList orderedTables(const QSet<QString> &names)
{
    QStringList ordered;
    for (const TableSpec &t : dataTables()) {
        if (names.contains(t.name))
            ordered.append(t.name);
    }
    return ordered;
}

Result<Id> largestId(Database &db, const QString &table)
{
    // Table names come from Scope parts written in core, never from input.
    auto max = db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + table);
    if (!max)
        return max.error();
    return Id(max->toLongLong());
}

Status capture(Database &db, const Scope &scope, const QHash<QString, Id> &largest, bool after,
               RowState &state)
{
    for (const Scope::Part &part : scope.parts()) {
        RowFilter filter { part.where, part.params };
        if (!part.newAboveOf.isEmpty()) {
            if (!after)
                continue; // they do not exist yet
            filter.where = part.newColumn + QStringLiteral(" > ?");
            filter.params = { largest.value(part.newAboveOf) };
        }
        const TableSpec &table = spec(part.table);
        const Status read = readTable(db, table, filter, [&](const QVariantList &row) {
            state.insert(table, row);
            return Status();
        });
        if (!read)
            return read;
    }
    return {};
}

// The rows of `table` at the keys of `rows` (those that still exist).
Status fetchKeys(Database &db, const TableSpec &table, const QList<QVariantList> &rows,
                 RowState &state)
{
    const Dialect &dialect = db.dialect();
    QList<qsizetype> keyColumns;
    for (const QString &k : table.key)
        keyColumns.append(table.indexOf(k));
    const qsizetype chunk = table.hasId() ? 500 : 100;
    for (qsizetype start = 0; start < rows.size(); start += chunk) {
        const qsizetype end = std::min(rows.size(), start + chunk);
        RowFilter filter;
        if (table.hasId()) {
            filter.where =
                QStringLiteral("id IN (%1)")
                    .arg(QStringList(end - start, QStringLiteral("?")).join(QStringLiteral(", ")));
            for (qsizetype i = start; i < end; ++i)
                filter.params.append(rows.at(i).at(keyColumns.first()));
        } else {
            QStringList one;
            for (const QString &k : table.key)
                one.append(k + QStringLiteral(" = ?"));
            const QString condition =
                QLatin1Char('(') + one.join(QStringLiteral(" AND ")) + QLatin1Char(')');
            filter.where = QStringList(end - start, condition).join(QStringLiteral(" OR "));
            for (qsizetype i = start; i < end; ++i) {
                for (qsizetype c : keyColumns)
                    filter.params.append(bindValue(dialect, table.columns.at(c), rows.at(i).at(c)));
            }
        }
        const Status read = readTable(db, table, filter, [&](const QVariantList &row) {
            state.insert(table, row);
            return Status();
        });
        if (!read)
            return read;
    }
    return {};
}

// The rows at every key that `a` or `b` has, as the database holds them now.
Result<RowState> currentAt(Database &db, const RowState &a, const RowState &b)
{
    QSet<QString> names;
    for (auto it = a.tables().cbegin(); it != a.tables().cend(); ++it)
        names.insert(it.key());
    for (auto it = b.tables().cbegin(); it != b.tables().cend(); ++it)
        names.insert(it.key());
    RowState current;
    for (const QString &name : orderedTables(names)) {
        RowState::Rows rows = a.rowsOf(name);
        const RowState::Rows other = b.rowsOf(name);
        for (auto it = other.cbegin(); it != other.cend(); ++it)
            rows.insert(it.key(), it.value());
        if (Status s = fetchKeys(db, spec(name), rows.values(), current); !s)
            return s.error();
    }
    return current;
}

// Row by row, what turns `from` into `to`, per table.
struct TableDiff
{
    QList<QVariantList> deleted; // rows of `from`
    QList<QVariantList> updated; // rows of `to`
    QList<QVariantList> inserted;
    QList<QPair<QVariantList, QVariantList>> updatedPairs; // from, to
};

QHash<QString, TableDiff> diff(const RowState &from, const RowState &to)
{
    QSet<QString> names;
    for (auto it = from.tables().cbegin(); it != from.tables().cend(); ++it)
        names.insert(it.key());
    for (auto it = to.tables().cbegin(); it != to.tables().cend(); ++it)
        names.insert(it.key());
    QHash<QString, TableDiff> result;
    for (const QString &name : names) {
        const RowState::Rows a = from.rowsOf(name);
        const RowState::Rows b = to.rowsOf(name);
        TableDiff d;
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            const auto there = b.constFind(it.key());
            if (there == b.cend())
                d.deleted.append(it.value());
            else if (there.value() != it.value()) {
                d.updated.append(there.value());
                d.updatedPairs.append({ it.value(), there.value() });
            }
        }
        for (auto it = b.cbegin(); it != b.cend(); ++it) {
            if (!a.contains(it.key()))
                d.inserted.append(it.value());
        }
        if (!d.deleted.isEmpty() || !d.updated.isEmpty() || !d.inserted.isEmpty())
            result.insert(name, d);
    }
    return result;
}

// Beyond this many rows a change is announced as "everything changed" (a large import, an
// athlete with years of history): a reset is cheaper than that many row signals.
constexpr qsizetype largeChange = 5000;

qsizetype rowCount(const QHash<QString, TableDiff> &d)
{
    qsizetype n = 0;
    for (const TableDiff &t : d)
        n += t.deleted.size() + t.updated.size() + t.inserted.size();
    return n;
}

// How a table's rows show in the change notifier: the entity a row is (or belongs to, reported
// as an edit of `field`), and the column that holds that entity's id.
struct EntityOfTable
{
    Entity entity;
    const char *idColumn;
    const char *field; // null: the row is the entity itself
};

std::optional<EntityOfTable> entityOf(const QString &table)
{
    static const QHash<QString, EntityOfTable> map = {
        { QStringLiteral("subjects"), { Entity::Athlete, "id", nullptr } },
        { QStringLiteral("subject_profiles"), { Entity::Athlete, "subject_id", "profile" } },
        { QStringLiteral("subject_body_metrics"), { Entity::BodyMetric, "id", nullptr } },
        { QStringLiteral("exercises"), { Entity::Exercise, "id", nullptr } },
        { QStringLiteral("exercise_aliases"), { Entity::Exercise, "exercise_id", "aliases" } },
        { QStringLiteral("exercise_tags"), { Entity::Exercise, "exercise_id", "tags" } },
        { QStringLiteral("exercise_secondary_muscles"),
          { Entity::Exercise, "exercise_id", "secondary_muscles" } },
        { QStringLiteral("routines"), { Entity::Routine, "id", nullptr } },
        { QStringLiteral("routine_days"), { Entity::RoutineDay, "id", nullptr } },
        { QStringLiteral("routine_day_exercises"), { Entity::RoutineSlot, "id", nullptr } },
        { QStringLiteral("routine_exercise_sets"), { Entity::PlannedSet, "id", nullptr } },
        { QStringLiteral("cycles"), { Entity::Cycle, "id", nullptr } },
        { QStringLiteral("workout_sessions"), { Entity::Session, "id", nullptr } },
        { QStringLiteral("exercise_set_logs"), { Entity::SetLog, "id", nullptr } },
        { QStringLiteral("import_batches"), { Entity::ImportBatch, "id", nullptr } },
        { QStringLiteral("import_batch_rows"), { Entity::ImportBatch, "batch_id", "rows" } },
        { QStringLiteral("import_batch_sessions"),
          { Entity::ImportBatch, "batch_id", "sessions" } },
    };
    const auto it = map.constFind(table);
    if (it == map.cend())
        return std::nullopt;
    return *it;
}

ChangeSet changesOf(const QHash<QString, TableDiff> &d, const RowState &from, const RowState &to)
{
    ChangeSet changes;
    if (rowCount(d) > largeChange) {
        changes.setEverything();
        return changes;
    }
    // users rows are part of the athlete whose subject links them.
    QHash<Id, Id> subjectOfUser;
    const TableSpec &subjects = spec(QStringLiteral("subjects"));
    const qsizetype userColumn = subjects.indexOf(QStringLiteral("user_id"));
    for (const RowState *state : { &from, &to }) {
        const RowState::Rows rows = state->rowsOf(subjects.name);
        for (const QVariantList &row : rows) {
            if (!row.at(userColumn).isNull())
                subjectOfUser.insert(row.at(userColumn).toLongLong(), row.at(0).toLongLong());
        }
    }
    for (auto it = d.cbegin(); it != d.cend(); ++it) {
        const TableSpec &table = spec(it.key());
        const TableDiff &t = it.value();
        if (table.name == QLatin1String("users")) {
            for (const auto *rows : { &t.deleted, &t.updated, &t.inserted }) {
                for (const QVariantList &row : *rows) {
                    if (const Id subject = subjectOfUser.value(row.at(0).toLongLong()))
                        changes.edit(Entity::Athlete, subject, QStringLiteral("user"));
                }
            }
            continue;
        }
        const auto entity = entityOf(table.name);
        if (!entity)
            continue;
        const qsizetype idColumn = table.indexOf(QString::fromLatin1(entity->idColumn));
        const auto idOf = [&](const QVariantList &row) {
            return Id(row.at(idColumn).toLongLong());
        };
        if (entity->field) {
            const QString field = QString::fromLatin1(entity->field);
            for (const auto *rows : { &t.deleted, &t.updated, &t.inserted }) {
                for (const QVariantList &row : *rows)
                    changes.edit(entity->entity, idOf(row), field);
            }
            continue;
        }
        for (const QVariantList &row : t.deleted)
            changes.remove(entity->entity, idOf(row));
        for (const QVariantList &row : t.inserted)
            changes.add(entity->entity, idOf(row));
        for (const auto &[before, after] : t.updatedPairs) {
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                const QString &name = table.columns.at(c).name;
                if (before.at(c) != after.at(c) && name != QLatin1String("updated_at"))
                    changes.edit(entity->entity, idOf(after), name);
            }
        }
    }
    changes.normalize();
    return changes;
}

QString valueText(const QVariant &value)
{
    return value.isNull() ? QStringLiteral("NULL")
                          : QLatin1Char('"') + value.toString() + QLatin1Char('"');
}

// Where `current` differs from `expected` at the keys of `expected` and `target`; empty when
// the database holds what the command left.
std::optional<Error> conflictWith(const RowState &current, const RowState &expected,
                                  const RowState &target)
{
    QStringList lines;
    Error first;
    bool found = false;
    const auto note = [&](const QString &field, const QVariant &value, const QString &line) {
        if (!found) {
            first.field = field;
            first.value = value.toString();
            found = true;
        }
        if (lines.size() < 5)
            lines.append(line);
        else if (lines.size() == 5)
            lines.append(Tr::tr("and more"));
    };
    for (const QString &name : orderedTables(
             QSet<QString>(expected.tables().keyBegin(), expected.tables().keyEnd())
                 .unite(QSet<QString>(target.tables().keyBegin(), target.tables().keyEnd())))) {
        const TableSpec &table = spec(name);
        const RowState::Rows want = expected.rowsOf(name);
        const RowState::Rows now = current.rowsOf(name);
        for (auto it = want.cbegin(); it != want.cend(); ++it) {
            const QString where =
                name + QLatin1Char(' ') + QString(it.key()).replace(QChar(0x1f), QLatin1Char('/'));
            const auto there = now.constFind(it.key());
            if (there == now.cend()) {
                note(name, it.key(), Tr::tr("%1 was deleted").arg(where));
                continue;
            }
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                if (there->at(c) == it->at(c))
                    continue;
                note(name + QLatin1Char('.') + table.columns.at(c).name, there->at(c),
                     Tr::tr("%1: %2 is %3 now, not %4")
                         .arg(where, table.columns.at(c).name, valueText(there->at(c)),
                              valueText(it->at(c))));
                break;
            }
        }
        const RowState::Rows added = target.rowsOf(name);
        for (auto it = added.cbegin(); it != added.cend(); ++it) {
            if (!want.contains(it.key()) && now.contains(it.key()))
                note(name, it.key(),
                     Tr::tr("%1 %2 exists again")
                         .arg(name, QString(it.key()).replace(QChar(0x1f), QLatin1Char('/'))));
        }
    }
    if (!found)
        return std::nullopt;
    first.kind = Error::Kind::Conflict;
    first.rule = Tr::tr("the rows must be as the command left them");
    first.message = Tr::tr("The data changed since (another edit, perhaps on another computer), so "
                           "nothing was changed:\n%1")
                        .arg(lines.join(QLatin1Char('\n')));
    return first;
}

Status deleteRows(Database &db, const TableSpec &table, const QList<QVariantList> &rows)
{
    const Dialect &dialect = db.dialect();
    if (table.hasId()) {
        for (qsizetype start = 0; start < rows.size(); start += 500) {
            const qsizetype end = std::min(rows.size(), start + 500);
            QVariantList ids;
            for (qsizetype i = start; i < end; ++i)
                ids.append(rows.at(i).at(table.indexOf(QStringLiteral("id"))));
            auto r = db.exec(
                QStringLiteral("DELETE FROM %1 WHERE id IN (%2)")
                    .arg(table.name,
                         QStringList(ids.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
                ids, table.name);
            if (!r)
                return r.error();
        }
        return {};
    }
    QStringList conditions;
    for (const QString &k : table.key)
        conditions.append(k + QStringLiteral(" = ?"));
    const QString sql = QStringLiteral("DELETE FROM %1 WHERE %2")
                            .arg(table.name, conditions.join(QStringLiteral(" AND ")));
    for (const QVariantList &row : rows) {
        QVariantList params;
        for (const QString &k : table.key) {
            const qsizetype c = table.indexOf(k);
            params.append(bindValue(dialect, table.columns.at(c), row.at(c)));
        }
        if (auto r = db.exec(sql, params, table.name); !r)
            return r.error();
    }
    return {};
}

Status updateRows(Database &db, const TableSpec &table, const QList<QVariantList> &rows)
{
    const Dialect &dialect = db.dialect();
    QStringList assignments;
    QStringList conditions;
    for (const ColumnSpec &c : table.columns) {
        if (table.key.contains(c.name))
            conditions.append(c.name + QStringLiteral(" = ?"));
        else
            assignments.append(c.name + QStringLiteral(" = ?"));
    }
    const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                            .arg(table.name, assignments.join(QStringLiteral(", ")),
                                 conditions.join(QStringLiteral(" AND ")));
    for (const QVariantList &row : rows) {
        QVariantList params;
        QVariantList keys;
        QVariantMap values;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const ColumnSpec &column = table.columns.at(c);
            const QVariant bound = bindValue(dialect, column, row.at(c));
            (table.key.contains(column.name) ? keys : params).append(bound);
            values.insert(column.name, row.at(c));
        }
        auto r = db.exec(sql, params + keys, table.name, values);
        if (!r)
            return r.error();
        if (r->numRowsAffected() != 1) {
            Error e = Error::make(Error::Kind::Conflict,
                                  Tr::tr("%1 %2 disappeared while it was being restored.")
                                      .arg(table.name, RowState::keyOf(table, row)));
            e.field = table.name;
            return e;
        }
    }
    return {};
}

// The 1-based numbers under a unique key with their parent (uq_routine_days_routine_day_index,
// uq_rde_day_pos, uq_res_rde_set_idx, and the set logs of a session, which the training log
// renumbers under uq_esl_session_set): the parent column and the number column.
const QHash<QString, QPair<QString, QString>> &numberedTables()
{
    static const QHash<QString, QPair<QString, QString>> tables = {
        { QStringLiteral("routine_days"),
          { QStringLiteral("routine_id"), QStringLiteral("day_index") } },
        { QStringLiteral("routine_day_exercises"),
          { QStringLiteral("routine_day_id"), QStringLiteral("position") } },
        { QStringLiteral("routine_exercise_sets"),
          { QStringLiteral("routine_day_exercise_id"), QStringLiteral("set_index") } },
        { QStringLiteral("exercise_set_logs"),
          { QStringLiteral("session_id"), QStringLiteral("set_index") } },
    };
    return tables;
}

// Rows are updated one by one, so writing back swapped numbers (undo of "swap set 1 and 2")
// would meet the other row's number under the unique key. First the rows whose parent or
// number changes move to -id, which no row holds (numbers are positive), then updateRows()
// writes every row as it is in the target.
Status parkRenumberedRows(Database &db, const TableSpec &table, const TableDiff &t)
{
    const auto numbered = numberedTables().constFind(table.name);
    if (numbered == numberedTables().cend())
        return {};
    const qsizetype parent = table.indexOf(numbered->first);
    const qsizetype number = table.indexOf(numbered->second);
    const qsizetype id = table.indexOf(QStringLiteral("id"));
    QVariantList ids;
    for (const auto &[from, to] : t.updatedPairs) {
        if (from.at(parent) != to.at(parent) || from.at(number) != to.at(number))
            ids.append(to.at(id));
    }
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        const QVariantList chunk = ids.mid(start, 500);
        // Table and column names come from numberedTables(), never from input.
        auto r = db.exec(
            QStringLiteral("UPDATE %1 SET %2 = -id WHERE id IN (%3)")
                .arg(table.name, numbered->second,
                     QStringList(chunk.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
            chunk, table.name);
        if (!r)
            return r.error();
    }
    return {};
}

Status write(Database &db, const QHash<QString, TableDiff> &d)
{
    const QStringList order = orderedTables(QSet<QString>(d.keyBegin(), d.keyEnd()));
    // Children go before their parents, and come back after them.
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        if (Status s = deleteRows(db, spec(*it), d.value(*it).deleted); !s)
            return s;
    }
    for (const QString &name : order) {
        const TableSpec &table = spec(name);
        const TableDiff &t = d.value(name);
        if (Status s = parkRenumberedRows(db, table, t); !s)
            return s;
        if (Status s = updateRows(db, table, t.updated); !s)
            return s;
        if (t.inserted.isEmpty())
            continue;
        TableWriter writer(db, table, TableWriter::Ids::Keep);
        for (const QVariantList &row : t.inserted) {
            if (Status s = writer.add(row); !s)
                return s;
        }
        if (Status s = writer.finish(); !s)
            return s;
    }
    return {};
}

} // namespace

// ---- Scope -------------------------------------------------------------------------------------

Scope &Scope::rows(const QString &table, const QString &where, const QVariantList &params)
{
    m_parts.append({ table, where, params, {}, {} });
    return *this;
}

Scope &Scope::newRows(const QString &table)
{
    return newRows(table, QStringLiteral("id"), table);
}

Scope &Scope::newRows(const QString &table, const QString &column, const QString &parentTable)
{
    m_parts.append({ table, {}, {}, column, parentTable });
    return *this;
}

Scope &Scope::operator+=(const Scope &other)
{
    m_parts += other.m_parts;
    return *this;
}

// ---- RowState ----------------------------------------------------------------------------------

void RowState::insert(const TableSpec &table, const QVariantList &row)
{
    m_tables[table.name].insert(keyOf(table, row), row);
}

qsizetype RowState::rowCount() const
{
    qsizetype n = 0;
    for (const Rows &rows : m_tables)
        n += rows.size();
    return n;
}

QString RowState::keyOf(const TableSpec &table, const QVariantList &row)
{
    if (table.hasId())
        return row.at(table.indexOf(QStringLiteral("id"))).toString();
    QStringList parts;
    for (const QString &k : table.key)
        parts.append(row.at(table.indexOf(k)).toString());
    return parts.join(QChar(0x1f));
}

// ---- Recording and applying --------------------------------------------------------------------

Result<Edit> recordEdit(Database &db, const Scope &scope, const std::function<Status()> &work)
{
    Edit edit;
    const Status done = db.transaction([&]() -> Status {
        QHash<QString, Id> largest;
        for (const Scope::Part &part : scope.parts()) {
            if (part.newAboveOf.isEmpty() || largest.contains(part.newAboveOf))
                continue;
            auto max = largestId(db, part.newAboveOf);
            if (!max)
                return max.error();
            largest.insert(part.newAboveOf, *max);
        }
        if (Status s = capture(db, scope, largest, false, edit.before); !s)
            return s;
        if (Status s = work(); !s)
            return s;
        if (Status s = capture(db, scope, largest, true, edit.after); !s)
            return s;
        // Rows the scope found before and no longer finds: deleted, or moved out of it.
        for (auto it = edit.before.tables().cbegin(); it != edit.before.tables().cend(); ++it) {
            QList<QVariantList> missing;
            const RowState::Rows now = edit.after.rowsOf(it.key());
            for (auto row = it->cbegin(); row != it->cend(); ++row) {
                if (!now.contains(row.key()))
                    missing.append(row.value());
            }
            if (Status s = fetchKeys(db, spec(it.key()), missing, edit.after); !s)
                return s;
        }
        const auto d = diff(edit.before, edit.after);
        edit.rowsChanged = rowCount(d);
        edit.changes = changesOf(d, edit.before, edit.after);
        db.recordChanges(edit.changes);
        return {};
    });
    if (!done)
        return done.error();
    return edit;
}

Status applyState(Database &db, const RowState &expected, const RowState &target)
{
    return db.transaction([&]() -> Status {
        auto current = currentAt(db, expected, target);
        if (!current)
            return current.error();
        if (auto conflict = conflictWith(*current, expected, target))
            return *conflict;
        const auto d = diff(*current, target);
        if (Status s = write(db, d); !s)
            return s;
        db.recordChanges(changesOf(d, *current, target));
        return {};
    });
}

ChangeSet changesBetween(const RowState &from, const RowState &to)
{
    return changesOf(diff(from, to), from, to);
}

} // namespace ft::core
