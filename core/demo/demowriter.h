#pragma once

#include "core/db/bulkinsert.h"
#include "core/db/dialect.h"
#include "core/demo/demoplan.h"

#include <QList>

namespace ft::core::demo {

// Writes athletes' plans with multi-row inserts, one BulkInsert per table kept across athletes.
// The caller owns the transaction.
class DemoWriter
{
public:
    DemoWriter(Database &db, const QList<Id> &exerciseIds, int rowsPerStatement);
    Status write(const AthletePlan &plan);

private:
    // Binds `row` as the repository does, with the plan's own created_at and updated_at.
    template<typename T>
    Status addRow(BulkInsert &insert, const T &row)
    {
        return insert.addEntity(m_dialect, row, columns::Timestamps::FromRow);
    }

    Database &m_db;
    const Dialect m_dialect;
    const QList<Id> m_exerciseIds;
    BulkInsert m_users, m_subjects, m_profiles, m_metrics, m_routines, m_days, m_slots, m_planned,
        m_cycles, m_sessions, m_logs;
};

} // namespace ft::core::demo
