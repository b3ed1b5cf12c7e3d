#pragma once

#include "core/db/entities.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

// Whole tables as backend-independent rows: what a copy between databases, a JSON export and its
// restore move. A row is a QVariantList in the table's column order, every value in "portable"
// form, the same whichever backend it came from:
//
//   Integer    qlonglong          Boolean    bool               Numeric    double
//   Text       QString (enums, UUIDs and varchar included)
//   Date       QString "YYYY-MM-DD"
//   Timestamp  QString, UTC ISO 8601: "2024-05-02T17:03:12.345Z" (SQLite's stored form); a
//              PostgreSQL value with microseconds keeps them ("…12.345678Z"), so that a
//              PostgreSQL database exported and restored is identical to the microsecond
//   NULL       a null QVariant

namespace ft::core {

class Database;
class Dialect;

enum class ColumnType { Integer, Boolean, Numeric, Text, Date, Timestamp };

struct ColumnSpec
{
    QString name;
    ColumnType type = ColumnType::Text;
    bool nullable = false;
    QString references; // a foreign key: the table whose id this column holds
    int maxLength = 0;  // varchar(N): at most N characters; 0 for no limit
    int precision =
        -1; // numeric(p,s): p digits in all, s after the point; -1 when not numeric(p,s)
    int scale = -1;
};

struct TableSpec
{
    QString name;
    QList<ColumnSpec> columns;
    QStringList key;        // the primary key, the order rows are read in
    bool dataModel = false; // one of the sixteen tables of the data model

    bool hasId() const { return key.size() == 1 && key.first() == QLatin1String("id"); }
    QStringList columnNames() const;
    qsizetype indexOf(const QString &column) const;
};

// Every table a copy or a whole-database export moves, parents before children: the data
// model's sixteen (allTables(), columns from entities.h), then app_metadata and the importers'
// tables (sql/*/0003_import.sql). schema_migrations is not data: the target has its own.
const QList<TableSpec> &dataTables();
const TableSpec *findDataTable(const QString &name);

// The SELECT expression that reads `column` (named `qualified` in the query, e.g. "l.performed_at")
// so that portableValue() can turn it into the portable form.
QString selectExpression(const Dialect &dialect, const ColumnSpec &column,
                         const QString &qualified = {});
// Conversions between what a backend stores (as selectExpression() reads it) and the portable
// form above.
QVariant portableValue(const Dialect &dialect, const ColumnSpec &column, const QVariant &stored);
QVariant bindValue(const Dialect &dialect, const ColumnSpec &column, const QVariant &portable);
// Checks (and normalises: a JSON number for an Integer column becomes qlonglong) a value read
// from a file: its type, varchar(N) length and numeric(p,s) range, which SQLite would not
// enforce; the error names table.column, the value and the rule.
Result<QVariant> checkPortable(const TableSpec &table, const ColumnSpec &column,
                               const QVariant &value);

// Rows to read: all of them, or those of one athlete (see athleteFilter()).
struct RowFilter
{
    QString where; // an SQL condition with ? placeholders, empty for every row
    QVariantList params;
};

// The rows of `table` that belong to the athlete (subject) `subjectId`: their user, subject,
// profile, body metrics, routines with days, slots and planned sets, cycles, sessions and set
// logs, and the exercises these refer to with their aliases, tags and secondary muscles. Tables
// that hold nothing of an athlete (app_metadata, the importers' tables) get a filter that
// matches no row.
RowFilter athleteFilter(const TableSpec &table, Id subjectId);

using RowHandler = std::function<Status(const QVariantList &row)>;
// Streams the rows of `table` that pass `filter`, in key order, as portable rows.
Status readTable(Database &db, const TableSpec &table, const RowFilter &filter,
                 const RowHandler &handler);

// Old id → new id for the tables whose ids changed while writing (see TableWriter::Ids::New).
using IdMaps = QHash<QString, QHash<Id, Id>>;

// Writes portable rows into one table of `db`. The caller owns the transaction.
//   Ids::Keep  every column is written as it is, ids included (a copy or a restore into an
//              empty database); multi-row statements through BulkInsert.
//   Ids::New   the database gives new ids; foreign keys are translated through `maps`, and a
//              table that others refer to records old → new in `maps` (rows are then written
//              one by one, to get their id back).
class TableWriter
{
public:
    enum class Ids { Keep, New };

    TableWriter(Database &db, const TableSpec &table, Ids ids, IdMaps *maps = nullptr);
    ~TableWriter();
    TableWriter(const TableWriter &) = delete;
    TableWriter &operator=(const TableWriter &) = delete;

    Status add(const QVariantList &row);
    Status finish();
    qint64 rowsWritten() const { return m_rows; }

private:
    struct Private;
    std::unique_ptr<Private> d;
    qint64 m_rows = 0;
};

// Moves each id sequence (PostgreSQL's identity, SQLite's sqlite_sequence) just past the largest
// id, after rows were written with their ids.
Status resetIdentitySequences(Database &db);

// Rows per table, for the tables given.
Result<QList<QPair<QString, qint64>>> countRows(Database &db, const QList<TableSpec> &tables);

// Runs `work` in a transaction that sees one snapshot of the database while others write
// (SQLite's WAL read transaction, PostgreSQL's REPEATABLE READ); inside the caller's transaction
// when there is one.
Status inSnapshot(Database &db, const std::function<Status()> &work);

} // namespace ft::core
