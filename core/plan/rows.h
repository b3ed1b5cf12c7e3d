#pragma once

#include "core/db/repository.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

// Reading entity rows out of a joined query: the plan's loaders select several tables' columns
// in one statement, which Repository<T> (one table, no joins) cannot.

namespace ft::core::plan::rows {

// "alias.col1, alias.col2, ...": every column of T, in T::fields() order.
template<typename T>
QString selectList(const QString &alias)
{
    QStringList names = Repository<T>::columnNames();
    for (QString &name : names)
        name.prepend(alias + QLatin1Char('.'));
    return names.join(QStringLiteral(", "));
}

// Reads T's columns starting at `column`, which moves past them.
template<typename T>
T read(const Dialect &dialect, const QSqlQuery &query, int &column)
{
    T row;
    T::fields(row, [&](const FieldSpec &, auto &member) {
        columns::fromDb(dialect, query.value(column++), member);
    });
    return row;
}

} // namespace ft::core::plan::rows
