#include "bench_changes.h"

#include "core/athletes/athletes.h"
#include "core/catalog/catalogstore.h"
#include "core/changes/changenotifier.h"
#include "core/changes/rowstate.h"
#include "core/changes/scopes.h"
#include "core/db/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

namespace ft::bench {

using core::Database;
using core::Error;

QString undoDeleteAthleteDescription()
{
    return QStringLiteral("delete the athlete with about 20,000 set logs (recorded edit) and undo "
                          "it; reference: the SQL shell deleting it in a rolled-back transaction");
}

Result<Report> undoDeleteAthlete(const Context &context)
{
    auto opened = Database::open(context.url);
    if (!opened)
        return opened.error();
    Database &db = **opened;
    auto pick = db.exec(QStringLiteral(
        "SELECT subject_id, COUNT(*) AS n FROM exercise_set_logs GROUP BY subject_id "
        "ORDER BY ABS(COUNT(*) - 20000), subject_id LIMIT 1"));
    if (!pick)
        return pick.error();
    if (!pick->next())
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("undo_delete_athlete: no set logs; run demo first"));
    const core::Id subject = pick->value(0).toLongLong();
    const qint64 setLogs = pick->value(1).toLongLong();
    pick->finish();

    Timings deletes;
    Timings undos;
    qsizetype rows = 0;
    const auto once = [&]() -> Status {
        QElapsedTimer timer;
        timer.start();
        auto edit = core::recordEdit(db, core::scopes::athleteWithEverything(subject),
                                     [&] { return core::deleteAthlete(db, subject); });
        if (!edit)
            return edit.error();
        deletes.ms.append(timer.nsecsElapsed() / 1e6);
        rows = edit->rowsChanged;
        timer.restart();
        if (Status s = core::applyState(db, edit->after, edit->before); !s)
            return s;
        undos.ms.append(timer.nsecsElapsed() / 1e6);
        return {};
    };
    if (Status s = once(); !s) // warm-up
        return s.error();
    deletes.ms.clear();
    undos.ms.clear();
    for (int i = 0; i < context.runs; ++i) {
        if (Status s = once(); !s)
            return s.error();
    }
    const QString deleteSql = QStringLiteral("DELETE FROM subjects WHERE id = %1").arg(subject);
    Timings reference;
    for (int i = 0; i < context.runs; ++i) {
        auto run = runCommand(sqlShell(
            context.url, { QStringLiteral("BEGIN"), deleteSql, QStringLiteral("ROLLBACK") }));
        if (!run)
            return run.error();
        reference.ms.append(run->ms);
    }
    Report report;
    report.insert(QStringLiteral("scenario"), QStringLiteral("undo_delete_athlete"));
    report.insert(QStringLiteral("backend"), db.dialect().name());
    report.insert(QStringLiteral("runs"), context.runs);
    report.insert(QStringLiteral("set_logs"), setLogs);
    report.insert(QStringLiteral("rows"), qint64(rows));
    report.insert(QStringLiteral("delete_median_ms"), roundMs(deletes.median()));
    report.insert(QStringLiteral("undo_median_ms"), roundMs(undos.median()));
    report.insert(QStringLiteral("reference"),
                  QStringLiteral("shell: BEGIN; DELETE subject; ROLLBACK"));
    report.insert(QStringLiteral("reference_ms"), roundMs(reference.median()));
    report.insert(QStringLiteral("ratio_delete"), roundMs(deletes.median() / reference.median()));
    report.insert(QStringLiteral("ratio_undo"), roundMs(undos.median() / reference.median()));
    return report;
}

QString notifyLatencyDescription()
{
    return QStringLiteral("PostgreSQL: an exercise rename committed on one connection until the "
                          "other's notifier has it; reference: a SELECT 1 round trip");
}

Result<Report> notifyLatency(const Context &context)
{
    if (context.url.kind != core::DatabaseUrl::Kind::PostgreSQL)
        return Error::make(Error::Kind::Usage,
                           QStringLiteral("notify_latency needs a PostgreSQL --db"));
    auto writerOpened = Database::open(context.url);
    auto readerOpened = Database::open(context.url);
    if (!writerOpened)
        return writerOpened.error();
    if (!readerOpened)
        return readerOpened.error();
    Database &writer = **writerOpened;
    Database &reader = **readerOpened;
    core::ChangeNotifier writerNotifier;
    core::ChangeNotifier readerNotifier;
    writer.setChangeNotifier(&writerNotifier);
    reader.setChangeNotifier(&readerNotifier);

    auto id = writer.scalar(QStringLiteral("SELECT MIN(id) FROM exercises"));
    if (!id || id->isNull())
        return Error::make(Error::Kind::NotFound, QStringLiteral("notify_latency: no exercise"));
    const core::Id exercise = id->toLongLong();
    auto original = core::loadExercise(writer, exercise);
    if (!original)
        return original.error();

    bool heard = false;
    QObject::connect(&readerNotifier, &core::ChangeNotifier::exercisesEdited, &readerNotifier,
                     [&](const core::IdList &ids) { heard = heard || ids.contains(exercise); });
    Timings latency;
    const int rounds = std::max(context.runs, 20);
    for (int i = 0; i <= rounds; ++i) {
        core::ExerciseDetails details = *original;
        details.exercise.name =
            original->exercise.name + (i % 2 ? QString() : QStringLiteral(" (bench)"));
        heard = false;
        auto edit = core::recordEdit(writer, core::scopes::exercise(exercise), [&]() -> Status {
            auto saved = core::saveExercise(writer, details);
            return saved ? Status() : Status(saved.error());
        });
        if (!edit)
            return edit.error();
        QElapsedTimer timer; // from the commit
        timer.start();
        while (!heard && timer.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!heard)
            return Error::make(Error::Kind::Database,
                               QStringLiteral("notify_latency: no notification within 5 s"));
        if (i > 0) // the first is the warm-up
            latency.ms.append(timer.nsecsElapsed() / 1e6);
    }
    // Leave the name as it was.
    if (auto restored = core::saveExercise(writer, *original); !restored)
        return restored.error();
    Timings roundTrip;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (auto r = reader.scalar(QStringLiteral("SELECT 1")); !r)
            return r.error();
        roundTrip.ms.append(timer.nsecsElapsed() / 1e6);
    }
    Report report;
    report.insert(QStringLiteral("scenario"), QStringLiteral("notify_latency"));
    report.insert(QStringLiteral("backend"), writer.dialect().name());
    report.insert(QStringLiteral("runs"), rounds);
    report.insert(QStringLiteral("median_ms"), roundMs(latency.median()));
    report.insert(QStringLiteral("max_ms"),
                  roundMs(*std::max_element(latency.ms.cbegin(), latency.ms.cend())));
    report.insert(QStringLiteral("reference"), QStringLiteral("SELECT 1 round trip on the reader"));
    report.insert(QStringLiteral("reference_ms"), roundMs(roundTrip.median()));
    report.insert(QStringLiteral("ratio"), roundMs(latency.median() / roundTrip.median()));
    return report;
}

} // namespace ft::bench
