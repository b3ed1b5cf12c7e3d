#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace ft::core {

// Conditions for Repository::list(): column names are checked against the entity's columns and
// values are always bound, so a filter can never inject SQL.
struct Filter
{
    enum class Op {
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Contains,
        IsNull,
        IsNotNull
    };
    struct Condition
    {
        QString column;
        Op op;
        QVariant value;
    };

    QList<Condition> conditions;
    QString orderBy; // a column; empty: primary key order
    bool descending = false;
    int limit = -1;
    int offset = 0;

    Filter &where(const QString &column, const QVariant &value)
    {
        conditions.append({ column, value.isNull() ? Op::IsNull : Op::Equal, value });
        return *this;
    }
    Filter &where(const QString &column, Op op, const QVariant &value = {})
    {
        conditions.append({ column, op, value });
        return *this;
    }
    Filter &order(const QString &column, bool desc = false)
    {
        orderBy = column;
        descending = desc;
        return *this;
    }
    Filter &take(int n, int skip = 0)
    {
        limit = n;
        offset = skip;
        return *this;
    }
};

} // namespace ft::core
