#pragma once

#include "core/db/repository.h"

#include <QJsonObject>
#include <QJsonValue>
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

inline QJsonValue jsonOf(const QString &v)
{
    return v;
}
inline QJsonValue jsonOf(Id v)
{
    return v;
}
inline QJsonValue jsonOf(int v)
{
    return v;
}
inline QJsonValue jsonOf(bool v)
{
    return v;
}
inline QJsonValue jsonOf(double v)
{
    return v;
}
inline QJsonValue jsonOf(const QDate &v)
{
    return v.toString(Qt::ISODate);
}
template<typename T>
QJsonValue jsonOf(const std::optional<T> &v)
{
    return v ? jsonOf(*v) : QJsonValue();
}

// Every column of `row` by name, but the timestamps, which change with every edit (the CLI's
// --json of routines and of the training log).
template<typename T>
QJsonObject toJson(const T &row)
{
    QJsonObject object;
    T::fields(row, [&](const FieldSpec &f, const auto &member) {
        if constexpr (!std::is_same_v<std::decay_t<decltype(member)>, QDateTime>)
            object.insert(QString::fromLatin1(f.name), jsonOf(member));
    });
    return object;
}

} // namespace ft::core::plan::rows
