#include "testhelpers.h"

#include "core/db/entities.h"

#include <QProcess>

namespace ft::core {
char *toString(Error::Kind kind)
{
    return qstrdup(qPrintable(ft::test::kindName(kind)));
}
} // namespace ft::core

namespace ft::test {

using core::Error;

QString kindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::InvalidValue:
        return QStringLiteral("InvalidValue");
    case Error::Kind::Unique:
        return QStringLiteral("Unique");
    case Error::Kind::Check:
        return QStringLiteral("Check");
    case Error::Kind::ForeignKey:
        return QStringLiteral("ForeignKey");
    case Error::Kind::NotNull:
        return QStringLiteral("NotNull");
    case Error::Kind::NotFound:
        return QStringLiteral("NotFound");
    case Error::Kind::Url:
        return QStringLiteral("Url");
    case Error::Kind::Connection:
        return QStringLiteral("Connection");
    case Error::Kind::File:
        return QStringLiteral("File");
    case Error::Kind::Schema:
        return QStringLiteral("Schema");
    case Error::Kind::Database:
        return QStringLiteral("Database");
    case Error::Kind::Usage:
        return QStringLiteral("Usage");
    case Error::Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Error::Kind::Conflict:
        return QStringLiteral("Conflict");
    }
    return QStringLiteral("Kind(%1)").arg(int(kind));
}

QString describe(const Error &error)
{
    return QStringLiteral("[%1] field=\"%2\" value=\"%3\" rule=\"%4\" message=\"%5\"")
        .arg(kindName(error.kind), error.field, error.value, error.rule, error.message);
}

qint64 rowCount(core::Database &db, const QString &table)
{
    auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return n ? n->toLongLong() : -1;
}

QString countsText(core::Database &db)
{
    auto counts = db.tableCounts();
    if (!counts)
        return QStringLiteral("<cannot count: %1>").arg(counts.error().message);
    QStringList parts;
    for (const auto &[table, n] : *counts)
        parts.append(QStringLiteral("%1=%2").arg(table).arg(n));
    return parts.join(QLatin1Char(' '));
}

QString ProgramRun::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
}

ProgramRun runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ProgramRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace ft::test
