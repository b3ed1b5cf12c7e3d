#include "measure.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace ft::bench {

using core::DatabaseUrl;
using core::Error;

void Report::insert(const QString &key, const QJsonValue &value)
{
    for (auto &field : m_fields) {
        if (field.first == key) {
            field.second = value;
            return;
        }
    }
    m_fields.append({ key, value });
}

QByteArray Report::toJson() const
{
    // Each key and value written by QJsonDocument (escaping, number format), joined in order.
    const auto encode = [](const QJsonValue &v) {
        const QByteArray array = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    };
    QByteArray json = "{";
    for (const auto &[key, value] : m_fields) {
        if (json.size() > 1)
            json += ',';
        json += encode(key) + ':' + encode(value);
    }
    return json + '}';
}

double Timings::median() const
{
    if (ms.isEmpty())
        return 0;
    QList<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
}

double Timings::min() const
{
    return ms.isEmpty() ? 0 : *std::min_element(ms.cbegin(), ms.cend());
}

double roundMs(double ms)
{
    return std::round(ms * 1000) / 1000;
}

Result<CommandRun> runCommand(const Command &command)
{
    QProcess process;
    process.setProcessEnvironment(command.environment);
    process.setProgram(command.program);
    process.setArguments(command.arguments);
    QElapsedTimer timer;
    timer.start();
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(10000))
        return Error::make(
            Error::Kind::Usage,
            QStringLiteral("cannot start %1: %2").arg(command.program, process.errorString()));
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(1000);
        return Error::make(
            Error::Kind::Usage,
            QStringLiteral("%1 did not finish within a minute").arg(command.display));
    }
    CommandRun run;
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return Error::make(
            Error::Kind::Usage,
            QStringLiteral("%1 failed (exit code %2): %3")
                .arg(command.display)
                .arg(process.exitCode())
                .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    }
    return run;
}

Command sqlShell(const DatabaseUrl &url, const QStringList &statements)
{
    Command c;
    if (url.kind == DatabaseUrl::Kind::SQLite) {
        c.program = QStringLiteral("sqlite3");
        const QString script = statements.join(QStringLiteral("; "));
        c.arguments = { QStringLiteral("-batch"), url.path, script };
        c.display = QStringLiteral("sqlite3 -batch %1 \"%2\"").arg(url.path, script);
        return c;
    }
    QUrl uri;
    uri.setScheme(QStringLiteral("postgresql"));
    uri.setUserName(url.user);
    uri.setHost(url.host);
    uri.setPort(url.port);
    uri.setPath(QLatin1Char('/') + url.database);
    if (!url.password.isEmpty())
        c.environment.insert(QStringLiteral("PGPASSWORD"), url.password);
    c.program = QStringLiteral("psql");
    c.arguments = { QStringLiteral("-X"), QStringLiteral("-q"),
                    QStringLiteral("-A"), QStringLiteral("-t"),
                    QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-d"), uri.toString(QUrl::FullyEncoded) };
    QStringList shown;
    for (const QString &statement : statements) {
        c.arguments << QStringLiteral("-c") << statement;
        shown << QStringLiteral("-c \"%1\"").arg(statement);
    }
    c.display = QStringLiteral("psql -X -q -A -t -d %1 %2")
                    .arg(uri.toString(QUrl::FullyEncoded), shown.join(QLatin1Char(' ')));
    return c;
}

Result<Report> compare(const DatabaseUrl &url, const Comparison &comparison)
{
    const auto timeOurs = [&]() -> Result<double> {
        QElapsedTimer timer;
        timer.start();
        if (Status s = comparison.ours(); !s)
            return s.error();
        return double(timer.nsecsElapsed()) / 1e6;
    };

    // Warm-up round: caches, the dynamic loader, the server's buffers.
    if (auto warm = timeOurs(); !warm)
        return warm.error();
    auto warmReference = runCommand(comparison.reference);
    if (!warmReference)
        return warmReference.error();
    if (comparison.checkReference) {
        if (Status s = comparison.checkReference(warmReference->output); !s)
            return s.error();
    }
    if (auto warm = runCommand(comparison.overhead); !warm)
        return warm.error();

    Timings ours, reference, overhead;
    for (int i = 0; i < comparison.runs; ++i) {
        auto o = timeOurs();
        if (!o)
            return o.error();
        ours.ms.append(*o);
        auto r = runCommand(comparison.reference);
        if (!r)
            return r.error();
        reference.ms.append(r->ms);
        auto s = runCommand(comparison.overhead);
        if (!s)
            return s.error();
        overhead.ms.append(s->ms);
    }

    const double median = ours.median();
    const double referenceMs = reference.median();
    const double overheadMs = overhead.median();
    const double net = referenceMs - overheadMs;
    Report report;
    report.insert(QStringLiteral("scenario"), comparison.scenario);
    report.insert(QStringLiteral("backend"),
                  url.kind == DatabaseUrl::Kind::SQLite ? QStringLiteral("sqlite")
                                                        : QStringLiteral("postgresql"));
    report.insert(QStringLiteral("median_ms"), roundMs(median));
    report.insert(QStringLiteral("min_ms"), roundMs(ours.min()));
    report.insert(QStringLiteral("runs"), comparison.runs);
    report.insert(QStringLiteral("reference"), comparison.reference.display);
    report.insert(QStringLiteral("reference_ms"), roundMs(referenceMs));
    report.insert(QStringLiteral("reference_overhead_ms"), roundMs(overheadMs));
    report.insert(QStringLiteral("reference_net_ms"), roundMs(net));
    report.insert(QStringLiteral("ratio"),
                  referenceMs > 0 ? std::round(median / referenceMs * 1000) / 1000 : 0.0);
    if (net > 0)
        report.insert(QStringLiteral("ratio_net"), std::round(median / net * 1000) / 1000);
    return report;
}

} // namespace ft::bench
