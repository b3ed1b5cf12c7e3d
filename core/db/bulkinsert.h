#pragma once

#include "core/db/repository.h"
#include "core/result.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <map>

namespace ft::core {

class Database;

// Writes many rows of one table fast: multi-row `INSERT ... VALUES (?,..),(?,..)` statements with
// bound values, each statement size prepared once and re-bound. Full statements hold
// `rowsPerStatement` rows; what is left at finish() goes out in statements of 2^k rows, so at most
// a handful of sizes is ever prepared (PostgreSQL keeps each as a server-side prepared statement).
//
// For bulk writers (demo data, imports): the caller checks the values (the Repository's validators
// do not run here), binds them through the Dialect, and owns the transaction. Keep a BulkInsert
// alive across transactions to reuse its prepared statements, and destroy it after the last
// transaction has ended.
class BulkInsert
{
public:
    // Called once for every row a RETURNING clause gives back, in no guaranteed order: return the
    // row's own key columns with the id to match it to what was written.
    using ReturnedRow = std::function<void(const QSqlQuery &)>;

    BulkInsert(Database &db, const QString &table, const QStringList &columns,
               const QStringList &returning = {}, int rowsPerStatement = 256);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    void setReturnedRowHandler(ReturnedRow handler) { m_onReturned = std::move(handler); }

    // One row, its values in the order of `columns`. Runs a statement whenever one is full.
    Status addRow(std::initializer_list<QVariant> values);
    // The same, for a row built at run time.
    Status addRow(const QVariantList &values);

    // A BulkInsert into the table of entity T, its columns columns::writtenColumns<T>(t).
    template<typename T>
    static BulkInsert of(Database &db, const QStringList &returning = {},
                         int rowsPerStatement = 256,
                         columns::Timestamps t = columns::Timestamps::FromDatabase)
    {
        return BulkInsert(db, QString::fromLatin1(T::table), columns::writtenColumns<T>(t),
                          returning, rowsPerStatement);
    }
    // One row of such a table, bound as the repository binds it.
    template<typename T>
    Status addEntity(const Dialect &d, const T &row,
                     columns::Timestamps t = columns::Timestamps::FromDatabase)
    {
        m_row.clear();
        columns::appendWritten(d, row, m_row, t);
        return addRow(m_row);
    }
    // Writes every buffered row.
    Status finish();

    const QString &table() const { return m_table; }
    qint64 rowsWritten() const { return m_rowsWritten; }
    int statementsRun() const { return m_statementsRun; }

private:
    Status rowAdded();
    Status run(int rows, qsizetype offset);
    QSqlQuery *statement(int rows, Status *status);

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    QStringList m_returning;
    int m_rowsPerStatement;
    QVariantList m_values;
    QVariantList m_row; // addEntity()'s row, its capacity kept
    std::map<int, QSqlQuery> m_statements;
    ReturnedRow m_onReturned;
    qint64 m_rowsWritten = 0;
    int m_statementsRun = 0;
};

} // namespace ft::core
