#include "core/exchange/import/importer.h"
#include "core/athletes/athletes.h"

#include "core/catalog/catalogstore.h"
#include "core/db/bulkinsert.h"
#include "core/db/database.h"
#include "core/db/repository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace ft::core::import {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

// Ids written, as ascending ranges [first, last]: what a batch records for its undo.
class IdRanges
{
public:
    void add(Id id)
    {
        if (!m_ranges.isEmpty() && m_ranges.last().second + 1 == id)
            m_ranges.last().second = id;
        else
            m_ranges.append({ id, id });
    }
    bool isEmpty() const { return m_ranges.isEmpty(); }
    // Sorted and merged (RETURNING gives no order guarantee).
    QList<QPair<Id, Id>> ranges() const
    {
        QList<QPair<Id, Id>> sorted = m_ranges;
        std::sort(sorted.begin(), sorted.end());
        QList<QPair<Id, Id>> merged;
        for (const auto &r : sorted) {
            if (!merged.isEmpty() && merged.last().second + 1 >= r.first)
                merged.last().second = std::max(merged.last().second, r.second);
            else
                merged.append(r);
        }
        return merged;
    }

private:
    QList<QPair<Id, Id>> m_ranges;
};

// "5000", "1609.34": metres without trailing zeros.
QString number(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.contains(QLatin1Char('.'))
           && (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text;
}

// 95 → "1:35", 3725 → "1:02:05".
QString clock(int seconds)
{
    const int h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

// The note a set log gets. Stored data, so not translated: the same file gives the same rows.
QString setNotes(const ImportedSet &set)
{
    QStringList parts;
    if (set.kind == SetKind::Drop)
        parts.append(QStringLiteral("Drop set"));
    if (set.distanceM)
        parts.append(QStringLiteral("Distance %1 m").arg(number(*set.distanceM)));
    if (set.durationS)
        parts.append(QStringLiteral("Time %1").arg(clock(*set.durationS)));
    if (const QString notes = set.notes.trimmed(); !notes.isEmpty())
        parts.append(notes);
    return parts.join(QStringLiteral("; "));
}

// Why a set cannot be stored, or empty. The readers refuse these already; this is the backstop
// for the limits of the columns.
QString setProblem(const ImportedSet &set)
{
    if (set.weightKg && (!std::isfinite(*set.weightKg) || *set.weightKg < 0))
        return Tr::tr("weight %1 kg: must not be negative").arg(*set.weightKg);
    if (set.weightKg && std::round(*set.weightKg * 100) / 100 > limits::maxWeightKg)
        return Tr::tr("weight %1 kg: the most a set log holds is %2 kg")
            .arg(*set.weightKg)
            .arg(limits::maxWeightKg);
    if (set.reps && *set.reps < 0)
        return Tr::tr("reps %1: must not be negative").arg(*set.reps);
    if (set.rpe && (!std::isfinite(*set.rpe) || *set.rpe < 0 || *set.rpe > 10))
        return Tr::tr("RPE %1: must be from 0 to 10").arg(*set.rpe);
    if (set.distanceM && (!std::isfinite(*set.distanceM) || *set.distanceM < 0))
        return Tr::tr("distance %1 m: must not be negative").arg(*set.distanceM);
    if (set.durationS && *set.durationS < 0)
        return Tr::tr("time %1 s: must not be negative").arg(*set.durationS);
    return {};
}

// Text that is empty is NULL in the columns the importer writes.
std::optional<QString> nonEmpty(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

// One import, inside the caller's transaction.
class ImportRun
{
public:
    ImportRun(Database &db, Id subjectId, const ImportSource &source, const ImportOptions &options,
              ExerciseMatcher &matcher, ImportReport &report)
        : m_db(db)
        , m_subject(subjectId)
        , m_source(source)
        , m_options(options)
        , m_matcher(matcher)
        , m_report(report)
        , m_logs(BulkInsert::of<ExerciseSetLog>(db, { QStringLiteral("id") }))
    {
        m_logs.setReturnedRowHandler(
            [this](const QSqlQuery &q) { m_logIds.add(q.value(0).toLongLong()); });
        for (auto it = options.chosen.cbegin(); it != options.chosen.cend(); ++it)
            m_chosen.insert(nameKey(it.key()), it.value());
    }

    // The reader's skipped rows and flags (the listed ones) on each workout's lines.
    void countIssuesPerWorkout(const QList<SkippedRow> &skipped, const QList<Flag> &flags)
    {
        QList<qint64> lines;
        for (const SkippedRow &row : skipped)
            lines.append(row.line);
        for (const Flag &flag : flags)
            lines.append(flag.line);
        if (lines.isEmpty())
            return;
        std::sort(lines.begin(), lines.end());
        for (WorkoutSummary &w : m_report.workoutRows) {
            const auto from = std::lower_bound(lines.cbegin(), lines.cend(), w.line);
            const auto to = std::upper_bound(lines.cbegin(), lines.cend(), w.lastLine);
            w.issues += to - from;
        }
    }

    Status run(WorkoutReader &reader)
    {
        if (Status s = prepare(); !s)
            return s;
        while (std::optional<ImportedWorkout> w = reader.next()) {
            if (Status s = workout(*w); !s)
                return s;
            if (m_options.progress && !m_options.progress(reader.fractionRead().value_or(-1.0)))
                return Error::make(Error::Kind::Cancelled,
                                   Tr::tr("The import was cancelled: nothing was written."));
        }
        if (std::optional<Error> e = reader.error()) {
            Error error = *e;
            if (!m_source.name.isEmpty())
                error.message = m_source.name + QStringLiteral(": ") + error.message;
            return error;
        }
        if (Status s = flush(); !s)
            return s;
        m_report.skipped = reader.skipped() + m_skipped;
        std::stable_sort(m_report.skipped.begin(), m_report.skipped.end(),
                         [](const SkippedRow &a, const SkippedRow &b) { return a.line < b.line; });
        m_report.skippedCount = reader.skippedCount() + m_skippedCount;
        m_report.flags = reader.flags();
        m_report.flagCount = reader.flagCount();
        countIssuesPerWorkout(reader.skipped(), reader.flags());
        m_report.assumptions = reader.assumptions();
        if (m_options.dryRun)
            return {};
        return recordBatch();
    }

private:
    void skip(qint64 line, const QString &reason)
    {
        if (m_skipped.size() < limits::maxListed)
            m_skipped.append({ line, reason });
        ++m_skippedCount;
    }

    Result<QSqlQuery> prepareQuery(const QString &sql)
    {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return m_db.translate(query.lastError());
        return query;
    }

    Status execute(QSqlQuery &query, std::initializer_list<QVariant> values, const char *table)
    {
        int i = 0;
        for (const QVariant &v : values)
            query.bindValue(i++, v);
        if (!query.exec())
            return m_db.translate(query.lastError(), QString::fromLatin1(table));
        return {};
    }

    Status prepare()
    {
        if (Status s = requireSubject(m_db, m_subject); !s)
            return s;

        // The athlete's history before the import: workouts outside it cannot hold duplicates
        // (except of this file's own rows, which the run tracks itself).
        auto prior = m_db.exec(QStringLiteral("SELECT MIN(performed_at), MAX(performed_at) "
                                              "FROM exercise_set_logs WHERE subject_id = ?"),
                               { m_subject });
        if (!prior)
            return prior.error();
        if (prior->next() && !prior->value(0).isNull()) {
            m_priorFirst = m_db.dialect().readDateTime(prior->value(0)).toMSecsSinceEpoch();
            m_priorLast = m_db.dialect().readDateTime(prior->value(1)).toMSecsSinceEpoch();
            m_hasPrior = true;
        }
        prior->finish();

        struct Statement
        {
            QSqlQuery *query;
            QString sql;
        };
        const Statement statements[] = {
            { &m_findSession,
              QStringLiteral("SELECT id, notes FROM workout_sessions "
                             "WHERE subject_id = ? AND workout_date = ?") },
            { &m_insertSession,
              QStringLiteral(
                  "INSERT INTO workout_sessions (subject_id, workout_date, status, notes) "
                  "VALUES (?, ?, 'COMPLETED', ?) RETURNING id") },
            { &m_updateNotes,
              QStringLiteral("UPDATE workout_sessions SET notes = ? WHERE id = ?") },
            // The prefix (subject_id, exercise_id, session_id) of ix_esl_by_session.
            { &m_maxSetIndex,
              QStringLiteral("SELECT MAX(set_index) FROM exercise_set_logs "
                             "WHERE subject_id = ? AND exercise_id = ? AND session_id = ?") },
            // ix_esl_subject_time.
            { &m_existingSets,
              QStringLiteral("SELECT exercise_id, performed_at FROM exercise_set_logs "
                             "WHERE subject_id = ? AND performed_at >= ? AND performed_at <= ?") },
        };
        for (const Statement &s : statements) {
            auto q = prepareQuery(s.sql);
            if (!q)
                return q.error();
            *s.query = std::move(*q);
        }
        return {};
    }

    // One workout, summed up for the preview (WorkoutSummary).
    Status workout(const ImportedWorkout &w)
    {
        WorkoutSummary summary;
        summary.title = w.title.trimmed();
        summary.line = w.line;
        summary.lastLine = w.line;
        for (const ImportedSet &set : w.sets)
            summary.lastLine = std::max(summary.lastLine, set.line);
        if (w.start.isValid())
            summary.date = w.start.toTimeZone(m_options.read.timeZone).date();
        const qint64 imported = m_report.setsImported, duplicate = m_report.setsDuplicate,
                     skipped = m_skippedCount;
        m_workoutExercises.clear();
        if (Status s = workoutSets(w); !s)
            return s;
        summary.sets = m_report.setsImported - imported;
        summary.setsDuplicate = m_report.setsDuplicate - duplicate;
        summary.issues = m_skippedCount - skipped;
        summary.exercises = int(m_workoutExercises.size());
        for (const Id id : std::as_const(m_workoutExercises))
            summary.newExercises += m_newExercises.contains(id) ? 1 : 0;
        m_report.workoutRows.append(summary);
        return {};
    }

    Status workoutSets(const ImportedWorkout &w)
    {
        ++m_report.workouts;
        if (!w.start.isValid()) {
            skip(w.line,
                 Tr::tr("the workout has no valid start time; its %n set(s) were skipped", nullptr,
                        int(w.sets.size())));
            m_report.setsRead += w.sets.size();
            return {};
        }
        const QDateTime local = w.start.toTimeZone(m_options.read.timeZone);
        const QDate day = local.date();
        if (!m_report.firstDate.isValid() || day < m_report.firstDate)
            m_report.firstDate = day;
        if (!m_report.lastDate.isValid() || day > m_report.lastDate)
            m_report.lastDate = day;

        QString title = w.title.trimmed();
        if (title.isEmpty())
            title = QStringLiteral("%1 workout").arg(formatDisplayName(m_report.format));
        QString heading = title + QStringLiteral(" (") + local.toString(QStringLiteral("HH:mm"));
        if (w.durationS && *w.durationS > 0)
            heading += QStringLiteral(", %1 min").arg((*w.durationS + 30) / 60);
        heading += QLatin1Char(')');
        QString paragraph = heading;
        if (const QString notes = w.notes.trimmed(); !notes.isEmpty())
            paragraph += QLatin1Char('\n') + notes;
        if (Status s = enterSession(day, heading, paragraph); !s)
            return s;

        const qint64 startMs = w.start.toMSecsSinceEpoch();
        const qint64 endMs = startMs + 1000 * std::max<qint64>(0, w.sets.size() - 1);
        if (m_sessionFromDb || (m_hasPrior && startMs <= m_priorLast && endMs >= m_priorFirst)) {
            if (Status s = loadExisting(startMs, endMs); !s)
                return s;
        }

        for (qsizetype i = 0; i < w.sets.size(); ++i) {
            const ImportedSet &set = w.sets.at(i);
            ++m_report.setsRead;
            auto exercise = exerciseFor(set.exerciseName);
            if (!exercise)
                return exercise.error();
            m_workoutExercises.insert(*exercise);
            if (const QString problem = setProblem(set); !problem.isEmpty()) {
                skip(set.line, problem);
                continue;
            }
            const qint64 performedMs = startMs + 1000 * i;
            const QPair<Id, qint64> key { *exercise, performedMs };
            if (m_seen.contains(key)) {
                ++m_report.setsDuplicate;
                continue;
            }
            m_seen.insert(key);
            auto setIndex = nextSetIndex(*exercise);
            if (!setIndex)
                return setIndex.error();
            ExerciseSetLog log;
            log.subjectId = m_subject;
            log.exerciseId = *exercise;
            log.sessionId = m_session;
            log.performedAt = QDateTime::fromMSecsSinceEpoch(performedMs, QTimeZone::utc());
            log.setIndex = *setIndex;
            log.isWarmup = set.kind == SetKind::Warmup;
            log.toFailure = set.kind == SetKind::Failure;
            log.actualWeightKg = set.weightKg;
            log.actualReps = set.reps;
            log.actualRpe = set.rpe;
            log.notes = nonEmpty(setNotes(set));
            if (Status s = m_logs.addEntity(m_db.dialect(), log); !s)
                return s;
            ++m_pending;
            ++m_report.setsImported;
        }
        return {};
    }

    // Makes the session of `day` current: the one of the previous workout, one that exists, or
    // a new one.
    Status enterSession(const QDate &day, const QString &heading, const QString &paragraph)
    {
        if (m_session != 0 && day == m_day) {
            ++m_report.workoutsMerged;
            return appendParagraph(heading, paragraph);
        }
        m_day = day;
        m_counters.clear();
        m_seen.clear();
        const QVariant date = m_db.dialect().bindDate(day);
        if (Status s = execute(m_findSession, { m_subject, date }, "workout_sessions"); !s)
            return s;
        if (m_findSession.next()) {
            m_session = m_findSession.value(0).toLongLong();
            m_notes = m_findSession.value(1).toString();
            m_findSession.finish();
            // Sets of it may wait in the buffer (a day that comes back later in the file).
            m_sessionFromDb = true;
            ++m_report.workoutsMerged;
            return appendParagraph(heading, paragraph);
        }
        m_findSession.finish();
        if (Status s = execute(m_insertSession, { m_subject, date, paragraph }, "workout_sessions");
            !s)
            return s;
        if (!m_insertSession.next())
            return Error::make(Error::Kind::Database,
                               Tr::tr("The new session's id did not come back."));
        m_session = m_insertSession.value(0).toLongLong();
        m_insertSession.finish();
        m_created.insert(m_session);
        m_sessionIds.add(m_session);
        m_notes = paragraph;
        m_sessionFromDb = false;
        ++m_report.sessionsCreated;
        return {};
    }

    Status appendParagraph(const QString &heading, const QString &paragraph)
    {
        const QString lines = QLatin1Char('\n') + m_notes + QLatin1Char('\n');
        if (lines.contains(QLatin1Char('\n') + heading + QLatin1Char('\n')))
            return {};
        const QString notes =
            m_notes.isEmpty() ? paragraph : m_notes + QStringLiteral("\n\n") + paragraph;
        if (Status s = execute(m_updateNotes, { notes, m_session }, "workout_sessions"); !s)
            return s;
        if (!m_created.contains(m_session)) {
            auto it = m_extended.find(m_session);
            if (it == m_extended.end())
                it = m_extended.insert(m_session, { m_notes, QString() });
            it->second = notes;
        }
        m_notes = notes;
        return {};
    }

    // The athlete's sets in [startMs, endMs], as duplicates to skip.
    Status loadExisting(qint64 startMs, qint64 endMs)
    {
        if (Status s = flush(); !s)
            return s;
        const Dialect &d = m_db.dialect();
        if (Status s =
                execute(m_existingSets,
                        { m_subject,
                          d.bindDateTime(QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc())),
                          d.bindDateTime(QDateTime::fromMSecsSinceEpoch(endMs, QTimeZone::utc())) },
                        "exercise_set_logs");
            !s)
            return s;
        while (m_existingSets.next())
            m_seen.insert({ m_existingSets.value(0).toLongLong(),
                            d.readDateTime(m_existingSets.value(1)).toMSecsSinceEpoch() });
        m_existingSets.finish();
        return {};
    }

    Result<int> nextSetIndex(Id exercise)
    {
        auto it = m_counters.find(exercise);
        if (it == m_counters.end()) {
            int highest = 0;
            if (m_sessionFromDb) {
                if (Status s = flush(); !s)
                    return s.error();
                if (Status s = execute(m_maxSetIndex, { m_subject, exercise, m_session },
                                       "exercise_set_logs");
                    !s)
                    return s.error();
                if (m_maxSetIndex.next())
                    highest = m_maxSetIndex.value(0).toInt();
                m_maxSetIndex.finish();
            }
            it = m_counters.insert(exercise, highest);
        }
        return ++*it;
    }

    Result<Id> exerciseFor(const QString &name)
    {
        const QString key = nameKey(name);
        if (const auto it = m_exerciseByKey.constFind(key); it != m_exerciseByKey.constEnd()) {
            ++m_report.exercises[it->second].sets;
            return it->first;
        }
        ImportedExercise entry;
        entry.sourceName = name.trimmed();
        entry.sets = 1;
        const auto chosen = m_chosen.constFind(key);
        if (chosen != m_chosen.constEnd() && *chosen != 0) {
            if (!m_matcher.contains(*chosen))
                return Error::make(Error::Kind::NotFound,
                                   Tr::tr("The exercise chosen for \"%1\" (id %2) does not exist.")
                                       .arg(entry.sourceName)
                                       .arg(*chosen));
            entry.exerciseId = *chosen;
            entry.match = MatchKind::Chosen;
        } else if (chosen == m_chosen.constEnd()) {
            if (const auto match = m_matcher.match(name, &entry.reason)) {
                entry.exerciseId = match->exerciseId;
                entry.match = match->kind;
            }
        }
        if (entry.exerciseId == 0) {
            ExerciseDetails details = m_matcher.proposeExercise(name);
            entry.suggestions = m_matcher.suggestions(name);
            auto ids = insertExercises(m_db, { details });
            if (!ids) {
                Error e = ids.error();
                e.message = Tr::tr("Cannot create the exercise for \"%1\": %2")
                                .arg(entry.sourceName, e.message);
                return e;
            }
            details.exercise.id = ids->value(0);
            m_matcher.learn(details);
            m_exerciseIds.add(details.exercise.id);
            entry.exerciseId = details.exercise.id;
            entry.match = MatchKind::New;
            entry.created = details;
            m_newExercises.insert(details.exercise.id);
        }
        entry.exerciseName = m_matcher.exerciseName(entry.exerciseId);
        m_exerciseByKey.insert(key, { entry.exerciseId, m_report.exercises.size() });
        m_report.exercises.append(entry);
        return entry.exerciseId;
    }

    Status flush()
    {
        if (m_pending == 0)
            return {};
        m_pending = 0;
        return m_logs.finish();
    }

    Status recordBatch()
    {
        const qint64 created =
            m_report.setsImported + m_report.sessionsCreated + m_report.exercisesNew();
        if (created == 0 && m_extended.isEmpty())
            return rememberMappings();
        auto batch = m_db.exec(
            QStringLiteral(
                "INSERT INTO import_batches (subject_id, format, source_name, fingerprint, "
                "time_zone, workouts, sets_imported, sets_duplicate, rows_skipped, "
                "sessions_created, exercises_new) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            { m_subject, formatName(m_report.format), m_source.name, m_source.fingerprint,
              QString::fromUtf8(m_options.read.timeZone.id()), m_report.workouts,
              m_report.setsImported, m_report.setsDuplicate, m_report.rowsSkipped(),
              m_report.sessionsCreated, m_report.exercisesNew() },
            QStringLiteral("import_batches"));
        if (!batch)
            return batch.error();
        if (!batch->next())
            return Error::make(Error::Kind::Database,
                               Tr::tr("The import batch's id did not come back."));
        m_report.batchId = batch->value(0).toLongLong();
        batch->finish();

        const std::pair<const char *, const IdRanges *> created_[] = {
            { "exercises", &m_exerciseIds },
            { "workout_sessions", &m_sessionIds },
            { "exercise_set_logs", &m_logIds },
        };
        for (const auto &[table, ranges] : created_) {
            for (const auto &[first, last] : ranges->ranges()) {
                auto r = m_db.exec(
                    QStringLiteral(
                        "INSERT INTO import_batch_rows (batch_id, table_name, first_id, last_id) "
                        "VALUES (?, ?, ?, ?)"),
                    { m_report.batchId, QString::fromLatin1(table), first, last },
                    QStringLiteral("import_batch_rows"));
                if (!r)
                    return r.error();
            }
        }
        for (auto it = m_extended.cbegin(); it != m_extended.cend(); ++it) {
            auto r = m_db.exec(
                QStringLiteral("INSERT INTO import_batch_sessions (batch_id, "
                               "session_id, notes_before, notes_after) "
                               "VALUES (?, ?, ?, ?)"),
                { m_report.batchId, it.key(),
                  columns::toDb(m_db.dialect(), field::plain("notes_before"), nonEmpty(it->first)),
                  it->second },
                QStringLiteral("import_batch_sessions"));
            if (!r)
                return r.error();
        }
        return rememberMappings();
    }

    Status rememberMappings()
    {
        for (const ImportedExercise &e : std::as_const(m_report.exercises)) {
            if (Status s =
                    ExerciseMatcher::remember(m_db, m_report.format, e.sourceName, e.exerciseId);
                !s)
                return s;
        }
        return {};
    }

    Database &m_db;
    const Id m_subject;
    const ImportSource &m_source;
    const ImportOptions &m_options;
    ExerciseMatcher &m_matcher;
    ImportReport &m_report;
    BulkInsert m_logs;
    qint64 m_pending = 0;

    QSqlQuery m_findSession, m_insertSession, m_updateNotes, m_maxSetIndex, m_existingSets;
    bool m_hasPrior = false;
    qint64 m_priorFirst = 0, m_priorLast = 0;

    // The current day's session.
    QDate m_day;
    Id m_session = 0;
    QString m_notes;
    bool m_sessionFromDb = false;   // it has rows from before (or from earlier in the file)
    QHash<Id, int> m_counters;      // exercise → last set_index in the session
    QSet<QPair<Id, qint64>> m_seen; // (exercise, performed_at ms) in the session's workouts

    QHash<QString, Id> m_chosen;                              // nameKey → exercise (0: new)
    QHash<QString, std::pair<Id, qsizetype>> m_exerciseByKey; // nameKey → (exercise, report index)
    QSet<Id> m_created;                                       // sessions this import created
    QHash<Id, std::pair<QString, QString>> m_extended; // sessions from before: notes before, after
    IdRanges m_exerciseIds, m_sessionIds, m_logIds;
    QList<SkippedRow> m_skipped;
    qint64 m_skippedCount = 0;
    QSet<Id> m_workoutExercises; // of the workout being read
    QSet<Id> m_newExercises;     // created by this import
};

// A reader that owns the file it reads.
class FileReader : public WorkoutReader
{
public:
    FileReader(std::unique_ptr<QFile> file, std::unique_ptr<WorkoutReader> reader)
        : m_file(std::move(file))
        , m_reader(std::move(reader))
    { }
    Format format() const override { return m_reader->format(); }
    std::optional<ImportedWorkout> next() override { return m_reader->next(); }
    std::optional<Error> error() const override { return m_reader->error(); }
    QList<SkippedRow> skipped() const override { return m_reader->skipped(); }
    QList<Flag> flags() const override { return m_reader->flags(); }
    qint64 skippedCount() const override { return m_reader->skippedCount(); }
    qint64 flagCount() const override { return m_reader->flagCount(); }
    QStringList assumptions() const override { return m_reader->assumptions(); }
    std::optional<double> fractionRead() const override
    {
        const qint64 size = m_file->size();
        if (size <= 0)
            return std::nullopt;
        return std::clamp(double(m_file->pos()) / double(size), 0.0, 1.0);
    }

private:
    std::unique_ptr<QFile> m_file; // outlives the reader: declared first
    std::unique_ptr<WorkoutReader> m_reader;
};

Result<std::unique_ptr<QFile>> openFile(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (QFileInfo(path).isDir() || !file->open(QIODevice::ReadOnly)) {
        Error e = Error::make(
            Error::Kind::File,
            Tr::tr("Cannot open %1: %2")
                .arg(path,
                     QFileInfo(path).isDir() ? Tr::tr("it is a folder") : file->errorString()));
        e.field = QStringLiteral("file");
        e.value = path;
        return e;
    }
    return file;
}

} // namespace

Result<ImportSource> fileSource(const QString &path, std::optional<Format> format,
                                const ReadOptions &options)
{
    auto file = openFile(path);
    if (!file)
        return file.error();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(file->get()))
        return Error::make(Error::Kind::File,
                           Tr::tr("Cannot read %1: %2").arg(path, (*file)->errorString()));
    ImportSource source;
    source.name = QFileInfo(path).fileName();
    source.fingerprint = QString::fromLatin1(hash.result().toHex());
    source.open = [path, format, options]() -> Result<std::unique_ptr<WorkoutReader>> {
        auto file = openFile(path);
        if (!file)
            return file.error();
        auto reader = openReader(**file, format, options);
        if (!reader) {
            Error e = reader.error();
            e.message = path + QStringLiteral(": ") + e.message;
            return e;
        }
        return std::unique_ptr<WorkoutReader>(
            std::make_unique<FileReader>(std::move(*file), std::move(*reader)));
    };
    return source;
}

// ---- Import ----------------------------------------------------------------------------------

Result<ImportReport> previewImport(Database &db, Id subjectId, const ImportSource &source,
                                   ImportOptions options)
{
    options.dryRun = true;
    return importWorkouts(db, subjectId, source, options);
}

Result<ImportReport> importWorkouts(Database &db, Id subjectId, const ImportSource &source,
                                    const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    auto reader = source.open();
    if (!reader)
        return reader.error();
    ImportReport report;
    report.format = (*reader)->format();
    report.dryRun = options.dryRun;

    auto matcher = ExerciseMatcher::load(db, report.format);
    if (!matcher)
        return matcher.error();
    if (!source.fingerprint.isEmpty()) {
        auto previous =
            db.scalar(QStringLiteral("SELECT MAX(id) FROM import_batches WHERE subject_id = ? "
                                     "AND fingerprint = ? AND undone_at IS NULL"),
                      { subjectId, source.fingerprint });
        if (!previous)
            return previous.error();
        if (!previous->isNull())
            report.previousBatch = previous->toLongLong();
    }

    // Outlives the transaction: its prepared statements are released after the commit or the
    // rollback (see BulkInsert).
    ImportRun run(db, subjectId, source, options, *matcher, report);
    bool previewDone = false;
    const Status status = db.transaction([&]() -> Status {
        if (Status s = run.run(**reader); !s)
            return s;
        if (!options.dryRun)
            return {};
        previewDone = true;
        return Error::make(Error::Kind::Usage, QStringLiteral("preview: roll back"));
    });
    if (!status && !previewDone)
        return status.error();
    if (options.dryRun) {
        for (ImportedExercise &e : report.exercises) {
            if (e.match == MatchKind::New)
                e.exerciseId = 0;
        }
    }
    report.milliseconds = timer.elapsed();
    return report;
}
} // namespace ft::core::import
