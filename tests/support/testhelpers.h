#pragma once

#include "core/db/database.h"
#include "core/db/repository.h"
#include "core/result.h"

#include <QString>
#include <QTest>
#include <QVariantMap>

#include <type_traits>

namespace ft::core {
// Lets QCOMPARE print an Error::Kind by name (found by argument-dependent lookup).
char *toString(Error::Kind kind);
} // namespace ft::core

namespace ft::test {

QString kindName(core::Error::Kind kind);
// Every field of an Error on one line, for failure messages.
QString describe(const core::Error &error);

// "users=1 subjects=1 ...": the row count of every table, to compare before and after an
// operation that must leave nothing behind. A failure to count is part of the text.
QString countsText(core::Database &db);
qint64 rowCount(core::Database &db, const QString &table);

// One run of a program (the CLI): its exit code (-1 when it crashed or did not end within a
// minute) and what it printed.
struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const;
};
ProgramRun runProgram(const QString &program, const QStringList &arguments);

// Inserts `row` the way Repository<T>::create does, but without any validator: for tests that
// prove the database's own constraint. Errors are translated by Database::exec as usual.
template<typename T>
core::Status rawInsert(core::Database &db, const T &row)
{
    QStringList names;
    QVariantList params;
    QVariantMap values;
    T::fields(row, [&](const core::FieldSpec &f, const auto &member) {
        if (f.generated)
            return;
        const QString name = QString::fromLatin1(f.name);
        names.append(name);
        params.append(core::columns::toDb(db.dialect(), f, member));
        values.insert(name, params.last());
    });
    const QString table = QString::fromLatin1(T::table);
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, names.join(QStringLiteral(", ")),
                 QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    auto query = db.exec(sql, params, table, values);
    if (!query)
        return query.error();
    return {};
}

// Sets members of `row` by column name, converting as a read from the database would; a null
// QVariant empties an optional. Returns the names that matched no column.
template<typename T>
QStringList setColumns(T &row, const QVariantMap &values, const core::Dialect &dialect)
{
    QStringList unknown = values.keys();
    T::fields(row, [&](const core::FieldSpec &f, auto &member) {
        const QString name = QString::fromLatin1(f.name);
        if (!values.contains(name))
            return;
        unknown.removeAll(name);
        core::columns::fromDb(dialect, values.value(name), member);
    });
    return unknown;
}

// The value `row` would bind for `column`, or an invalid QVariant when it has no such column.
template<typename T>
QVariant columnValue(const T &row, const QString &column, const core::Dialect &dialect)
{
    QVariant value;
    T::fields(row, [&](const core::FieldSpec &f, const auto &member) {
        if (QLatin1String(f.name) == column)
            value = core::columns::toDb(dialect, f, member);
    });
    return value;
}

} // namespace ft::test

// QVERIFY for a Result or Status, printing the whole Error when it is not ok.
#define FT_VERIFY_OK(expr) \
    do { \
        const auto &ft_result_ = (expr); \
        QVERIFY2( \
            ft_result_.ok(), \
            qPrintable(QStringLiteral(#expr " failed: ") \
                       + (ft_result_.ok() ? QString() : ft::test::describe(ft_result_.error())))); \
    } while (false)

// QVERIFY that a Result or Status failed; `errorOut` receives its Error.
#define FT_VERIFY_FAILS(expr, errorOut) \
    do { \
        const auto &ft_result_ = (expr); \
        QVERIFY2(!ft_result_.ok(), #expr " succeeded but should have failed"); \
        errorOut = ft_result_.error(); \
    } while (false)
