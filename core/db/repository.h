#pragma once

#include "core/db/database.h"
#include "core/db/entities.h"
#include "core/db/filter.h"
#include "core/db/validators.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>
#include <type_traits>

namespace ft::core {

// Conversions between entity members and the values a backend stores. One overload per member
// type; std::optional<T> is NULL when empty.
namespace columns {

QVariant toDb(const Dialect &d, const FieldSpec &f, const QString &v);
QVariant toDb(const Dialect &d, const FieldSpec &f, Id v);
QVariant toDb(const Dialect &d, const FieldSpec &f, int v);
QVariant toDb(const Dialect &d, const FieldSpec &f, bool v);
QVariant toDb(const Dialect &d, const FieldSpec &f, double v);
QVariant toDb(const Dialect &d, const FieldSpec &f, const QDate &v);
QVariant toDb(const Dialect &d, const FieldSpec &f, const QDateTime &v);
QVariant toDb(const Dialect &d, const FieldSpec &f, const QUuid &v);
QVariant nullOf(const Dialect &d, const FieldSpec &f, QMetaType type);

template<typename T>
QVariant toDb(const Dialect &d, const FieldSpec &f, const std::optional<T> &v)
{
    if (!v)
        return nullOf(d, f, QMetaType::fromType<T>());
    return toDb(d, f, *v);
}

void fromDb(const Dialect &d, const QVariant &in, QString &out);
void fromDb(const Dialect &d, const QVariant &in, Id &out);
void fromDb(const Dialect &d, const QVariant &in, int &out);
void fromDb(const Dialect &d, const QVariant &in, bool &out);
void fromDb(const Dialect &d, const QVariant &in, double &out);
void fromDb(const Dialect &d, const QVariant &in, QDate &out);
void fromDb(const Dialect &d, const QVariant &in, QDateTime &out);
void fromDb(const Dialect &d, const QVariant &in, QUuid &out);

template<typename T>
void fromDb(const Dialect &d, const QVariant &in, std::optional<T> &out)
{
    if (in.isNull()) {
        out.reset();
        return;
    }
    T value {};
    fromDb(d, in, value);
    out = std::move(value);
}

// Dialect::bindDateTime()'s text ("2024-05-02T17:03:12.345Z") for a time in milliseconds since
// 1970 UTC, without QDateTime's formatter: bulk writes bind hundreds of thousands of these.
QString utcText(qint64 msSinceEpoch);

// What a write binds: every column but those the database fills (id, created_at, updated_at), or
// with created_at and updated_at taken from the row (a history written after the fact: the demo).
enum class Timestamps { FromDatabase, FromRow };

constexpr bool isWritten(const FieldSpec &f, Timestamps t)
{
    return !f.generated || (t == Timestamps::FromRow && !f.key);
}

// The columns a write of T binds, in the order of T::fields().
template<typename T>
QStringList writtenColumns(Timestamps t = Timestamps::FromDatabase)
{
    QStringList names;
    T probe;
    T::fields(probe, [&](const FieldSpec &f, const auto &) {
        if (isWritten(f, t))
            names.append(QString::fromLatin1(f.name));
    });
    return names;
}

// Appends the values of those columns of `row` to `out`, in the same order.
template<typename T>
void appendWritten(const Dialect &d, const T &row, QVariantList &out,
                   Timestamps t = Timestamps::FromDatabase)
{
    T::fields(row, [&](const FieldSpec &f, const auto &member) {
        if (isWritten(f, t))
            out.append(toDb(d, f, member));
    });
}

// The checks every column gets from its type: varchar length, enum membership, numeric range.
Status checkValue(const QString &table, const FieldSpec &f, const QString &v);
Status checkValue(const QString &table, const FieldSpec &f, double v);
template<typename T>
Status checkValue(const QString &, const FieldSpec &, const T &)
{
    return {};
}
template<typename T>
Status checkValue(const QString &table, const FieldSpec &f, const std::optional<T> &v)
{
    return v ? checkValue(table, f, *v) : Status();
}

// Non-template halves of the repository, shared by every entity.
struct Statement
{
    QString sql;
    QVariantList params;
};
Result<Statement> selectStatement(const QString &table, const QStringList &columns,
                                  const QStringList &keyColumns, const Filter &filter,
                                  const Dialect &dialect, bool countOnly = false);
Error notFound(const QString &table, const QVariant &key);

} // namespace columns

template<typename T>
class Repository
{
public:
    explicit Repository(Database &db)
        : m_db(db)
    { }

    static QString table() { return QString::fromLatin1(T::table); }
    static constexpr bool hasId = requires(T t) { t.id; };

    // Validates (normalising where the rules say so), inserts, and returns the stored row.
    Result<T> create(T row)
    {
        if (Status s = validate(row); !s)
            return s.error();
        const QStringList names = columns::writtenColumns<T>();
        QVariantList params;
        columns::appendWritten(m_db.dialect(), row, params);
        const QVariantMap values = named(names, params);
        QString sql =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table(), names.join(QStringLiteral(", ")),
                     QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
        if constexpr (hasId)
            sql += QStringLiteral(" RETURNING id");
        auto query = m_db.exec(sql, params, table(), values);
        if (!query)
            return query.error();
        if constexpr (hasId) {
            if (!query->next())
                return columns::notFound(table(), QVariant());
            const Id id = query->value(0).toLongLong();
            query->finish();
            return get(id);
        } else {
            return row;
        }
    }

    Result<T> get(Id id) requires hasId
    {
        auto rows = list(Filter().where(QStringLiteral("id"), id));
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            return columns::notFound(table(), id);
        return rows->first();
    }

    Result<QList<T>> list(const Filter &filter = {})
    {
        auto statement =
            columns::selectStatement(table(), columnNames(), keyColumns(), filter, m_db.dialect());
        if (!statement)
            return statement.error();
        auto query = m_db.exec(statement->sql, statement->params, table());
        if (!query)
            return query.error();
        QList<T> rows;
        while (query->next())
            rows.append(read(*query));
        return rows;
    }

    Result<qint64> count(const Filter &filter = {})
    {
        auto statement = columns::selectStatement(table(), columnNames(), keyColumns(), filter,
                                                  m_db.dialect(), true);
        if (!statement)
            return statement.error();
        auto n = m_db.scalar(statement->sql, statement->params);
        if (!n)
            return n.error();
        return n->toLongLong();
    }

    // Writes every column of `row` (by id) and returns the stored row with its new updated_at.
    Result<T> update(T row) requires hasId
    {
        if (Status s = validate(row); !s)
            return s.error();
        const QStringList names = columns::writtenColumns<T>();
        QVariantList params;
        columns::appendWritten(m_db.dialect(), row, params);
        QVariantMap values = named(names, params);
        QStringList assignments;
        for (const QString &name : names)
            assignments.append(name + QStringLiteral(" = ?"));
        params.append(row.id);
        values.insert(QStringLiteral("id"), row.id);
        auto query = m_db.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                   .arg(table(), assignments.join(QStringLiteral(", "))),
                               params, table(), values);
        if (!query)
            return query.error();
        if (query->numRowsAffected() == 0)
            return columns::notFound(table(), row.id);
        query->finish();
        return get(row.id);
    }

    Status remove(Id id) requires hasId
    {
        auto query = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table()), { id },
                               table(), { { QStringLiteral("id"), id } });
        if (!query)
            return query.error();
        if (query->numRowsAffected() == 0)
            return columns::notFound(table(), id);
        return {};
    }

    // For the association tables, whose key is the whole row.
    Status remove(const T &row) requires(!hasId)
    {
        QStringList conditions;
        QVariantList params;
        T::fields(row, [&](const FieldSpec &f, const auto &member) {
            conditions.append(QString::fromLatin1(f.name) + QStringLiteral(" = ?"));
            params.append(columns::toDb(m_db.dialect(), f, member));
        });
        auto query = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE %2")
                                   .arg(table(), conditions.join(QStringLiteral(" AND "))),
                               params, table());
        if (!query)
            return query.error();
        if (query->numRowsAffected() == 0)
            return columns::notFound(table(), params.value(0));
        return {};
    }

    static QStringList columnNames()
    {
        QStringList names;
        T probe;
        T::fields(probe, [&](const FieldSpec &f, const auto &) {
            names.append(QString::fromLatin1(f.name));
        });
        return names;
    }

private:
    // The values by column name, for the error of a failed write.
    static QVariantMap named(const QStringList &names, const QVariantList &params)
    {
        QVariantMap values;
        for (qsizetype i = 0; i < names.size(); ++i)
            values.insert(names.at(i), params.at(i));
        return values;
    }

    static QStringList keyColumns()
    {
        QStringList names;
        T probe;
        T::fields(probe, [&](const FieldSpec &f, const auto &) {
            if (f.key)
                names.append(QString::fromLatin1(f.name));
        });
        return names;
    }

    Status validate(T &row)
    {
        Status result;
        T::fields(row, [&](const FieldSpec &f, const auto &member) {
            if (result.ok() && !f.generated)
                result = columns::checkValue(table(), f, member);
        });
        if (!result)
            return result;
        return validateEntity(m_db, row);
    }

    T read(const QSqlQuery &query) const
    {
        T row;
        int i = 0;
        T::fields(row, [&](const FieldSpec &, auto &member) {
            columns::fromDb(m_db.dialect(), query.value(i++), member);
        });
        return row;
    }

    Database &m_db;
};

} // namespace ft::core
