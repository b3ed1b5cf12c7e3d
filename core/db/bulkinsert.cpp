#include "core/db/bulkinsert.h"

#include "core/db/database.h"

#include <QSqlError>

namespace ft::core {

BulkInsert::BulkInsert(Database &db, const QString &table, const QStringList &columns,
                       const QStringList &returning, int rowsPerStatement)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_returning(returning)
    , m_rowsPerStatement(qMax(1, rowsPerStatement))
{
    m_values.reserve(qsizetype(m_rowsPerStatement) * m_columns.size());
}

BulkInsert::~BulkInsert() = default;

Status BulkInsert::addRow(std::initializer_list<QVariant> values)
{
    Q_ASSERT(qsizetype(values.size()) == m_columns.size());
    for (const QVariant &value : values)
        m_values.append(value);
    return rowAdded();
}

Status BulkInsert::addRow(const QVariantList &values)
{
    Q_ASSERT(values.size() == m_columns.size());
    m_values.append(values);
    return rowAdded();
}

Status BulkInsert::rowAdded()
{
    if (m_values.size() >= qsizetype(m_rowsPerStatement) * m_columns.size()) {
        Status s = run(m_rowsPerStatement, 0);
        m_values.clear();
        return s;
    }
    return {};
}

Status BulkInsert::finish()
{
    const int columns = int(m_columns.size());
    int rows = int(m_values.size() / columns);
    qsizetype offset = 0;
    // 2^k-row statements for the rest: 200 rows are one statement of 128, 64 and 8 rows.
    for (int size = 1 << 30; rows > 0; size >>= 1) {
        if (size > rows || size > m_rowsPerStatement)
            continue;
        if (Status s = run(size, offset); !s) {
            m_values.clear();
            return s;
        }
        offset += qsizetype(size) * columns;
        rows -= size;
    }
    m_values.clear();
    return {};
}

QSqlQuery *BulkInsert::statement(int rows, Status *status)
{
    auto found = m_statements.find(rows);
    if (found != m_statements.end())
        return &found->second;

    const QString row = QLatin1Char('(')
        + QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
        + QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (")
        + m_columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ");
    sql.reserve(sql.size() + rows * (row.size() + 1) + 64);
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QLatin1Char(',');
        sql += row;
    }
    if (!m_returning.isEmpty())
        sql += QStringLiteral(" RETURNING ") + m_returning.join(QStringLiteral(", "));

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *status = m_db.translate(query.lastError(), m_table);
        return nullptr;
    }
    return &m_statements.emplace(rows, std::move(query)).first->second;
}

Status BulkInsert::run(int rows, qsizetype offset)
{
    Status status;
    QSqlQuery *query = statement(rows, &status);
    if (!query)
        return status;
    const int count = rows * int(m_columns.size());
    for (int i = 0; i < count; ++i)
        query->bindValue(i, m_values.at(offset + i));
    if (!query->exec())
        return m_db.translate(query->lastError(), m_table);
    if (!m_returning.isEmpty()) {
        while (query->next()) {
            if (m_onReturned)
                m_onReturned(*query);
        }
    }
    query->finish();
    m_rowsWritten += rows;
    ++m_statementsRun;
    return {};
}

} // namespace ft::core
