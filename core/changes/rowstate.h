#pragma once

#include "core/changes/changeset.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

// Undo without hand-written inverses. A command names the rows it may touch (a Scope); core
// captures them before and after the work (a RowState each, in the portable form of
// tabledata.h), and the difference is what it changed. Undo writes the "before" rows back, redo
// the "after" rows, each in one transaction and with the same ids and values, after checking
// that the database still holds what the command left (on a shared server someone else may have
// changed it since). The same difference says which rows changed, for the change notifier.

namespace ft::core {

class Database;
struct TableSpec;

// The rows a command reads and writes.
class Scope
{
public:
    struct Part
    {
        QString table;
        QString where; // SQL condition with ? placeholders; empty: the new rows (see newRows)
        QVariantList params;
        QString newColumn;  // newRows: the column compared with the largest id before the work
        QString newAboveOf; // newRows: the table whose largest id that is
    };

    // The rows of `table` that match `where`, before the work and after it. `where` is SQL of
    // core's own with ? placeholders, never user text.
    Scope &rows(const QString &table, const QString &where, const QVariantList &params = {});
    // The rows the work creates in `table`: ids above the largest id before the work.
    Scope &newRows(const QString &table);
    // The rows the work creates under new parents: `column` above the largest id of
    // `parentTable` before the work (an association table without ids of its own).
    Scope &newRows(const QString &table, const QString &column, const QString &parentTable);
    Scope &operator+=(const Scope &other);

    const QList<Part> &parts() const { return m_parts; }

private:
    QList<Part> m_parts;
};

// Rows of several tables, by table name and key. A row is a QVariantList in the table's column
// order (dataTables()), values in portable form.
class RowState
{
public:
    using Rows = QHash<QString, QVariantList>; // key text → row

    void insert(const TableSpec &table, const QVariantList &row);
    const QHash<QString, Rows> &tables() const { return m_tables; }
    Rows rowsOf(const QString &table) const { return m_tables.value(table); }
    qsizetype rowCount() const;
    bool isEmpty() const { return rowCount() == 0; }
    bool operator==(const RowState &other) const { return m_tables == other.m_tables; }

    static QString keyOf(const TableSpec &table, const QVariantList &row);

private:
    QHash<QString, Rows> m_tables;
};

// What a command did: the rows it touched before and after, and what that means to the notifier.
struct Edit
{
    RowState before;
    RowState after;
    ChangeSet changes;
    qsizetype rowsChanged = 0; // inserted, updated and deleted rows

    bool isEmpty() const { return rowsChanged == 0; }
};

// In one transaction: captures `scope`, runs `work`, captures `scope` again (and the rows at the
// keys found before, wherever they went). Nothing is written when `work` fails. The changes are
// recorded on `db` and published after the commit.
Result<Edit> recordEdit(Database &db, const Scope &scope, const std::function<Status()> &work);

// In one transaction: checks that the rows of `expected` are in the database as they are there
// (and that rows only `target` has are absent), then writes `target`: deletes, updates and
// inserts with the same ids and values. When the database differs, nothing is written and the
// error (Error::Kind::Conflict) says what differs.
Status applyState(Database &db, const RowState &expected, const RowState &target);

// What changes between two states, by kind of row (users, profiles, aliases and the like are
// reported as edits of their athlete or exercise).
ChangeSet changesBetween(const RowState &from, const RowState &to);

} // namespace ft::core
