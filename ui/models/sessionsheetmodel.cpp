#include "sessionsheetmodel.h"

#include "commands/commands.h"
#include "session.h"
#include "weightformat.h"

#include "core/changes/changenotifier.h"
#include "core/db/database.h"
#include "core/plan/plannedvalues.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace ft::ui {

using commands::statusOf;

using core::Error;
using core::Id;
using core::PlannedSet;
using core::SetLog;
using core::log::SessionExercise;
using core::log::SessionSheet;
using core::log::SetEntry;
using core::log::SetOutcome;
using core::log::SetPair;
using core::plan::SetField;

namespace {

// Rows are found by key, not by position, so that they keep their place across reloads:
// an exercise by its plan slot (the same exercise may be planned twice), or by the exercise when
// it is unplanned; a set row by its planned set, or by its log when it has no plan.
// Keys are even for the first kind, odd for the second. An index's internal id is 0 for an
// exercise row and its exercise's key for a set row.
Id exerciseKey(const SessionExercise &exercise)
{
    return exercise.slot ? exercise.slot->id * 2 : exercise.exerciseId * 2 + 1;
}

Id rowKey(const SetPair &pair)
{
    return pair.planned ? pair.planned->id * 2 : (pair.log ? pair.log->id * 2 + 1 : 0);
}

template<typename T>
bool sameOptionalRow(const std::optional<T> &a, const std::optional<T> &b)
{
    return a.has_value() == b.has_value() && (!a || sameRow(*a, *b));
}

std::optional<SetField> fieldOf(int column)
{
    switch (column) {
    case SessionSheetModel::WeightColumn:
        return SetField::WeightKg;
    case SessionSheetModel::RepsColumn:
        return SetField::Reps;
    case SessionSheetModel::RirColumn:
        return SetField::Rir;
    case SessionSheetModel::RpeColumn:
        return SetField::Rpe;
    case SessionSheetModel::TempoColumn:
        return SetField::Tempo;
    case SessionSheetModel::RestColumn:
        return SetField::RestSeconds;
    case SessionSheetModel::WarmupColumn:
        return SetField::IsWarmup;
    case SessionSheetModel::FailureColumn:
        return SetField::ToFailure;
    case SessionSheetModel::NotesColumn:
        return SetField::Notes;
    default:
        return std::nullopt;
    }
}

// The set log's column a value of `column` is stored in: what refusals name.
QString logColumnOf(int column)
{
    static const QHash<int, QString> names = {
        { SessionSheetModel::WeightColumn, QStringLiteral("actual_weight_kg") },
        { SessionSheetModel::RepsColumn, QStringLiteral("actual_reps") },
        { SessionSheetModel::RirColumn, QStringLiteral("actual_rir") },
        { SessionSheetModel::RpeColumn, QStringLiteral("actual_rpe") },
        { SessionSheetModel::TempoColumn, QStringLiteral("actual_tempo") },
        { SessionSheetModel::RestColumn, QStringLiteral("actual_rest_s") },
        { SessionSheetModel::WarmupColumn, QStringLiteral("is_warmup") },
        { SessionSheetModel::FailureColumn, QStringLiteral("to_failure") },
        { SessionSheetModel::NotesColumn, QStringLiteral("notes") },
    };
    return QStringLiteral("%1.%2").arg(QLatin1String(SetLog::table), names.value(column));
}

QString signedNumber(double value, const QString &text)
{
    // U+2212, the minus sign, reads better than a hyphen beside a plus.
    return (value < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + text;
}

} // namespace

SetEntry entryOf(const SetLog &log)
{
    SetEntry entry;
    entry.exerciseId = log.exerciseId;
    entry.plannedSetId = log.plannedSetId;
    entry.isWarmup = log.isWarmup;
    entry.toFailure = log.toFailure;
    entry.weightKg = log.actualWeightKg;
    entry.reps = log.actualReps;
    entry.rir = log.actualRir;
    entry.rpe = log.actualRpe;
    entry.tempo = log.actualTempo;
    entry.restS = log.actualRestS;
    entry.notes = log.notes;
    return entry;
}

SessionSheetModel::SessionSheetModel(Session &session, QObject *parent)
    : RowSyncing(parent)
    , m_session(session)
{
    connect(session.notifier(), &core::ChangeNotifier::changed, this,
            [this](const core::ChangeSet &changes) { changed(changes); });
    connect(session.notifier(), &core::ChangeNotifier::everythingChanged, this,
            &SessionSheetModel::reload);
    connect(&session, &Session::preferencesChanged, this, [this] {
        // Weights and load differences show in the new unit.
        for (int e = 0; e < rowCount(); ++e) {
            const QModelIndex parent = index(e, 0);
            if (const int n = rowCount(parent))
                emit dataChanged(index(0, 0, parent), index(n - 1, ColumnCount - 1, parent));
        }
    });
}

void SessionSheetModel::setSessionId(Id sessionId)
{
    beginResetModel();
    m_sheet.reset();
    m_drafts.clear();
    m_typed.clear();
    if (sessionId && m_session.database()) {
        if (auto sheet = core::log::loadSessionSheet(*m_session.database(), sessionId))
            m_sheet = std::move(*sheet);
    }
    endResetModel();
    emit sheetChanged();
}

void SessionSheetModel::changed(const core::ChangeSet &changes)
{
    using core::Entity;
    if (!m_sheet)
        return;
    if (changes.everything()) {
        reload();
        return;
    }
    bool concerned = false;
    for (Entity e : { Entity::Session, Entity::SetLog, Entity::PlannedSet, Entity::RoutineSlot,
                      Entity::RoutineDay, Entity::Routine, Entity::Cycle, Entity::Exercise }) {
        const auto &c = changes.of(e);
        concerned = concerned || !c.added.isEmpty() || !c.removed.isEmpty() || !c.edited.isEmpty();
    }
    if (concerned)
        reloadAfter(changes);
}

namespace {

QSet<Id> logIdsOf(const SessionSheet &sheet)
{
    QSet<Id> ids;
    for (const core::log::SessionExercise &x : sheet.exercises) {
        for (const core::log::SetPair &pair : x.rows) {
            if (pair.log)
                ids.insert(pair.log->id);
        }
    }
    return ids;
}

} // namespace

void SessionSheetModel::reloadAfter(const core::ChangeSet &changes)
{
    using core::Entity;
    core::Database *db = m_session.database();
    const auto &sessions = changes.of(Entity::Session);
    const bool ownSession = sessions.added.isEmpty() && sessions.removed.isEmpty()
        && std::all_of(sessions.edited.keyBegin(), sessions.edited.keyEnd(),
                       [&](Id id) { return id == m_sheet->session.id; })
        && !sessions.edited.value(m_sheet->session.id).contains(QStringLiteral("workout_date"));
    const auto &logs = changes.of(Entity::SetLog);
    const QSet<Id> before = logIdsOf(*m_sheet);
    if (!db || !ownSession || !std::all_of(logs.removed.cbegin(), logs.removed.cend(), [&](Id id) {
            return before.contains(id);
        })) {
        reload();
        return;
    }
    QHash<Id, core::log::ExerciseHistory> known;
    for (const core::log::SessionExercise &x : m_sheet->exercises)
        known.insert(x.exerciseId, x.history);
    auto sheet = core::log::loadSessionSheet(*db, m_sheet->session.id, known);
    if (!sheet) {
        reload();
        return;
    }
    // Sets added or edited elsewhere (an earlier session) may change last time and best.
    const QSet<Id> after = logIdsOf(*sheet);
    const bool own = std::all_of(logs.added.cbegin(), logs.added.cend(),
                                 [&](Id id) { return after.contains(id); })
        && std::all_of(logs.edited.keyBegin(), logs.edited.keyEnd(),
                       [&](Id id) { return after.contains(id); });
    if (!own) {
        reload();
        return;
    }
    apply(std::move(*sheet));
    emit sheetChanged();
}

void SessionSheetModel::reload()
{
    if (!m_sheet)
        return;
    core::Database *db = m_session.database();
    auto sheet = db ? core::log::loadSessionSheet(*db, m_sheet->session.id)
                    : core::Result<SessionSheet>(Error());
    if (!sheet) {
        // The session is gone (deleted, moved by an undo of its creation) or the database.
        setSessionId(0);
        return;
    }
    apply(std::move(*sheet));
    emit sheetChanged();
}

void SessionSheetModel::apply(SessionSheet sheet)
{
    const bool statusChanged = m_sheet->session.status != sheet.session.status;
    m_sheet->session = sheet.session;
    m_sheet->day = sheet.day;
    m_sheet->cycle = sheet.cycle;
    m_sheet->routineName = sheet.routineName;
    m_sheet->figures = sheet.figures;
    const auto rowChanged = [this](const QModelIndex &row) {
        emit dataChanged(row.siblingAtColumn(0), row.siblingAtColumn(ColumnCount - 1));
    };
    syncChildren(QModelIndex(), m_sheet->exercises, sheet.exercises, exerciseKey,
                 [&](int exerciseRow, SessionExercise &exercise, const SessionExercise &wanted) {
                     const QModelIndex parent = index(exerciseRow, 0);
                     exercise.exerciseName = wanted.exerciseName;
                     exercise.slot = wanted.slot;
                     exercise.history = wanted.history;
                     syncChildren(parent, exercise.rows, wanted.rows, rowKey,
                                  [&](int row, SetPair &pair, const SetPair &wantedPair) {
                                      if (statusChanged
                                          || !sameOptionalRow(pair.planned, wantedPair.planned)
                                          || !sameOptionalRow(pair.log, wantedPair.log)) {
                                          pair = wantedPair;
                                          rowChanged(index(row, 0, parent));
                                      }
                                  });
                     // The exercise row counts its sets done.
                     rowChanged(parent);
                 });
    // Drafts of rows that are logged now (or gone) have served.
    for (auto it = m_drafts.begin(); it != m_drafts.end();) {
        const QModelIndex row = indexOfPlanned(it.key());
        if (!row.isValid() || !isPending(row)) {
            m_typed.remove(it.key());
            it = m_drafts.erase(it);
        } else {
            ++it;
        }
    }
}

bool SessionSheetModel::isExerciseRow(const QModelIndex &index)
{
    return index.isValid() && index.internalId() == 0;
}

const SessionExercise *SessionSheetModel::exerciseAt(const QModelIndex &index) const
{
    if (!index.isValid() || !m_sheet)
        return nullptr;
    const QModelIndex top = isExerciseRow(index) ? index : index.parent();
    if (!top.isValid() || top.row() >= m_sheet->exercises.size())
        return nullptr;
    return &m_sheet->exercises.at(top.row());
}

const SetPair *SessionSheetModel::pairAt(const QModelIndex &index) const
{
    if (!index.isValid() || isExerciseRow(index))
        return nullptr;
    const SessionExercise *exercise = exerciseAt(index);
    if (!exercise || index.row() >= exercise->rows.size())
        return nullptr;
    return &exercise->rows.at(index.row());
}

bool SessionSheetModel::isPending(const QModelIndex &index) const
{
    const SetPair *pair = pairAt(index);
    return pair && pair->planned && !pair->log;
}

QModelIndex SessionSheetModel::findRow(const std::function<bool(const SetPair &)> &matches,
                                       int column) const
{
    if (!m_sheet)
        return {};
    for (int e = 0; e < m_sheet->exercises.size(); ++e) {
        const auto &rows = m_sheet->exercises.at(e).rows;
        for (int r = 0; r < rows.size(); ++r) {
            if (matches(rows.at(r)))
                return index(r, column, index(e, 0));
        }
    }
    return {};
}

QModelIndex SessionSheetModel::indexOfLog(Id logId, int column) const
{
    return findRow([logId](const SetPair &p) { return p.log && p.log->id == logId; }, column);
}

QModelIndex SessionSheetModel::indexOfPlanned(Id plannedSetId, int column) const
{
    return findRow(
        [plannedSetId](const SetPair &p) { return p.planned && p.planned->id == plannedSetId; },
        column);
}

QModelIndex SessionSheetModel::nextPending(const QModelIndex &from) const
{
    if (!m_sheet)
        return {};
    // Every set row in view order; the search starts after `from`'s place and wraps around.
    QList<QModelIndex> rows;
    int start = 0;
    for (int e = 0; e < rowCount(); ++e) {
        const QModelIndex parent = index(e, 0);
        if (from.isValid() && from.siblingAtColumn(0) == parent)
            start = rows.size();
        for (int r = 0; r < rowCount(parent); ++r) {
            rows.append(index(r, 0, parent));
            if (from.isValid() && from.siblingAtColumn(0) == rows.last())
                start = rows.size();
        }
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QModelIndex row = rows.at((start + i) % rows.size());
        if (isPending(row))
            return row;
    }
    return {};
}

SetEntry SessionSheetModel::draftOf(const QModelIndex &index) const
{
    const SetPair *pair = pairAt(index);
    const SessionExercise *exercise = exerciseAt(index);
    if (!pair || !exercise)
        return {};
    if (pair->log)
        return entryOf(*pair->log);
    if (!pair->planned)
        return {};
    return m_drafts.value(pair->planned->id,
                          core::log::entryFromPlan(exercise->exerciseId, *pair->planned));
}

bool SessionSheetModel::restTyped(const QModelIndex &index) const
{
    const SetPair *pair = pairAt(index);
    return pair && pair->planned && m_typed.value(pair->planned->id).contains(RestColumn);
}

core::Result<SetLog> SessionSheetModel::logEntry(const SetEntry &entry,
                                                 std::optional<Id> afterLogId, const QString &what)
{
    if (!m_sheet)
        return Error::make(Error::Kind::NotFound, tr("No session is open."));
    const core::WorkoutSession session = m_sheet->session;
    // Now for today's session; for a backfill the same time of day on the session's day.
    const QDateTime performedAt(session.workoutDate, QTime::currentTime());
    std::optional<SetLog> logged;
    const core::Status status =
        commands::editSession(m_session, what, session.id, [&](core::Database &db) {
            auto result = core::log::logSet(db, session.subjectId, session.id, entry, performedAt,
                                            afterLogId);
            if (result)
                logged = *result;
            return statusOf(result);
        });
    if (!status) {
        fail(status.error());
        return status.error();
    }
    return *logged;
}

core::Result<SetLog> SessionSheetModel::confirm(const QModelIndex &index,
                                                std::optional<int> measuredRestS)
{
    if (!isPending(index))
        return Error::make(Error::Kind::InvalidValue,
                           tr("Only a planned set not logged yet can "
                              "be confirmed."));
    SetEntry entry = draftOf(index);
    if (measuredRestS && !restTyped(index))
        entry.restS = measuredRestS;
    const Id plannedId = pairAt(index)->planned->id;
    auto logged = logEntry(entry, std::nullopt, tr("Log Set"));
    if (logged) {
        m_drafts.remove(plannedId);
        m_typed.remove(plannedId);
    }
    return logged;
}

core::Result<SetLog> SessionSheetModel::addSet(const QModelIndex &index)
{
    const SessionExercise *exercise = exerciseAt(index);
    if (!exercise)
        return Error::make(Error::Kind::InvalidValue, tr("Choose the exercise to add a set to."));
    // The exercise row stands for its last set.
    QModelIndex from = index.siblingAtColumn(0);
    if (isExerciseRow(from))
        from = exercise->rows.isEmpty() ? QModelIndex()
                                        : this->index(int(exercise->rows.size()) - 1, 0, from);
    SetEntry entry = from.isValid() ? draftOf(from) : SetEntry();
    entry.exerciseId = exercise->exerciseId;
    entry.plannedSetId.reset();
    entry.notes.reset();
    std::optional<Id> after;
    if (const SetPair *pair = pairAt(from); pair && pair->log)
        after = pair->log->id;
    return logEntry(entry, after, tr("Add Set"));
}

core::Result<SetLog> SessionSheetModel::addExercise(Id exerciseId)
{
    if (!m_sheet || !m_session.database())
        return Error::make(Error::Kind::NotFound, tr("No session is open."));
    std::optional<core::log::ExerciseHistory> history;
    for (const SessionExercise &e : std::as_const(m_sheet->exercises)) {
        if (e.exerciseId == exerciseId)
            history = e.history;
    }
    if (!history) {
        auto loaded = core::log::exerciseHistory(*m_session.database(), m_sheet->session.subjectId,
                                                 exerciseId, m_sheet->session.workoutDate);
        if (loaded)
            history = *loaded;
    }
    SetEntry entry;
    if (history) {
        // Last time's first working set is the informed first guess.
        for (const SetLog &set : std::as_const(history->lastSets)) {
            if (!set.isWarmup && !core::log::isSkipped(set)) {
                entry = entryOf(set);
                break;
            }
        }
    }
    entry.exerciseId = exerciseId;
    entry.plannedSetId.reset();
    entry.restS.reset();
    entry.notes.reset();
    return logEntry(entry, std::nullopt, tr("Add Exercise"));
}

core::Result<SetLog> SessionSheetModel::skip(const QModelIndex &index)
{
    if (!isPending(index) || !m_sheet)
        return Error::make(Error::Kind::InvalidValue,
                           tr("Only a planned set not logged yet can be skipped."));
    const core::WorkoutSession session = m_sheet->session;
    const Id plannedId = pairAt(index)->planned->id;
    std::optional<SetLog> logged;
    const core::Status status =
        commands::editSession(m_session, tr("Skip Set"), session.id, [&](core::Database &db) {
            auto result = core::log::skipSet(db, session.subjectId, session.id, plannedId,
                                             QDateTime(session.workoutDate, QTime::currentTime()));
            if (result)
                logged = *result;
            return statusOf(result);
        });
    if (!status) {
        fail(status.error());
        return status.error();
    }
    return *logged;
}

core::Status SessionSheetModel::remove(const QModelIndex &index)
{
    const SetPair *pair = pairAt(index);
    if (!pair || !pair->log || !m_sheet)
        return Error::make(Error::Kind::InvalidValue, tr("Only a logged set can be deleted."));
    const Id logId = pair->log->id;
    const core::Status status =
        commands::editSession(m_session, tr("Delete Set"), m_sheet->session.id,
                              [&](core::Database &db) { return core::log::deleteSet(db, logId); });
    if (!status)
        fail(status.error());
    return status;
}

QModelIndex SessionSheetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_sheet || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_sheet->exercises.size() ? createIndex(row, column, quintptr(0))
                                               : QModelIndex();
    if (!isExerciseRow(parent) || parent.row() >= m_sheet->exercises.size())
        return {};
    const SessionExercise &exercise = m_sheet->exercises.at(parent.row());
    if (row >= exercise.rows.size())
        return {};
    return createIndex(row, column, quintptr(exerciseKey(exercise)));
}

QModelIndex SessionSheetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0 || !m_sheet)
        return {};
    const Id key = Id(child.internalId());
    for (int e = 0; e < m_sheet->exercises.size(); ++e) {
        if (exerciseKey(m_sheet->exercises.at(e)) == key)
            return createIndex(e, 0, quintptr(0));
    }
    return {};
}

int SessionSheetModel::rowCount(const QModelIndex &parent) const
{
    if (!m_sheet)
        return 0;
    if (!parent.isValid())
        return int(m_sheet->exercises.size());
    if (parent.column() != 0 || !isExerciseRow(parent) || parent.row() >= m_sheet->exercises.size())
        return 0;
    return int(m_sheet->exercises.at(parent.row()).rows.size());
}

int SessionSheetModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString SessionSheetModel::targetText(const PlannedSet &planned) const
{
    const WeightFormat &wf = m_session.weightFormat();
    QStringList parts;
    QString load;
    if (planned.targetWeightKg)
        load = wf.format(*planned.targetWeightKg);
    if (planned.targetReps)
        load += (load.isEmpty() ? QStringLiteral("× %1") : QStringLiteral(" × %1"))
                    .arg(*planned.targetReps);
    if (!load.isEmpty())
        parts << load;
    if (planned.targetRir)
        parts << tr("RIR %1").arg(*planned.targetRir);
    if (planned.targetRpe)
        parts << tr("RPE %1").arg(core::plan::formatNumber(*planned.targetRpe));
    if (planned.targetTempo)
        parts << *planned.targetTempo;
    if (planned.targetRestS)
        parts << tr("rest %1").arg(core::plan::formatRest(*planned.targetRestS));
    if (planned.toFailure)
        parts << tr("to failure");
    if (planned.isWarmup)
        parts << tr("warm-up");
    return parts.join(QStringLiteral(" · "));
}

QString SessionSheetModel::differenceText(const core::log::SetComparison &c) const
{
    const WeightFormat &wf = m_session.weightFormat();
    QStringList parts;
    if (c.repsDiff && *c.repsDiff != 0)
        parts << signedNumber(
            *c.repsDiff,
            std::abs(*c.repsDiff) == 1 ? tr("1 rep") : tr("%1 reps").arg(std::abs(*c.repsDiff)));
    if (c.loadDiffKg && std::abs(*c.loadDiffKg) >= 0.005)
        parts << signedNumber(*c.loadDiffKg, wf.format(std::abs(*c.loadDiffKg)));
    if (c.rirDiff && *c.rirDiff != 0)
        parts << tr("RIR %1").arg(signedNumber(*c.rirDiff, QString::number(std::abs(*c.rirDiff))));
    if (c.rpeDiff && std::abs(*c.rpeDiff) >= 0.05)
        parts << tr("RPE %1").arg(
            signedNumber(*c.rpeDiff, core::plan::formatNumber(std::abs(*c.rpeDiff))));
    if (c.tutDiffS && *c.tutDiffS != 0)
        parts << tr("TUT %1 s")
                     .arg(signedNumber(*c.tutDiffS, QString::number(std::abs(*c.tutDiffS))));
    return parts.join(QStringLiteral(", "));
}

QString SessionSheetModel::cellText(const SetEntry &entry, int column) const
{
    switch (column) {
    case WeightColumn:
        return entry.weightKg ? m_session.weightFormat().format(*entry.weightKg, false) : QString();
    case RepsColumn:
        return entry.reps ? QString::number(*entry.reps) : QString();
    case RirColumn:
        return entry.rir ? QString::number(*entry.rir) : QString();
    case RpeColumn:
        return entry.rpe ? core::plan::formatNumber(*entry.rpe) : QString();
    case TempoColumn:
        return entry.tempo.value_or(QString());
    case RestColumn:
        return entry.restS ? core::plan::formatRest(*entry.restS) : QString();
    case NotesColumn:
        return entry.notes.value_or(QString());
    default:
        return {};
    }
}

QVariant SessionSheetModel::exerciseRowData(const SessionExercise &exercise, int column,
                                            int role) const
{
    if (role == ExerciseIdRole)
        return exercise.exerciseId;
    if (column != SetColumn)
        return {};
    if (role == Qt::FontRole) {
        QFont font = QApplication::font();
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    int planned = 0;
    int done = 0;
    int unplanned = 0;
    for (const SetPair &pair : exercise.rows) {
        if (pair.planned) {
            ++planned;
            done += pair.log && !core::log::isSkipped(*pair.log) ? 1 : 0;
        } else {
            ++unplanned;
        }
    }
    QString text = exercise.exerciseName;
    if (planned > 0)
        text += QStringLiteral("  ·  ") + tr("%1 of %2 planned sets done").arg(done).arg(planned);
    if (unplanned > 0)
        text += QStringLiteral("  ·  ")
            + (unplanned == 1 ? tr("1 unplanned set") : tr("%1 unplanned sets").arg(unplanned));
    return text;
}

QVariant SessionSheetModel::setRowData(const SessionExercise &exercise, const SetPair &pair,
                                       int column, int role) const
{
    const bool pending = pair.planned && !pair.log;
    switch (role) {
    case LogIdRole:
        return pair.log ? pair.log->id : Id(0);
    case PlannedIdRole:
        return pair.planned ? pair.planned->id : Id(0);
    case ExerciseIdRole:
        return exercise.exerciseId;
    case PendingRole:
        return pending;
    default:
        break;
    }
    const SetEntry entry = pair.log
        ? entryOf(*pair.log)
        : m_drafts.value(pair.planned->id,
                         core::log::entryFromPlan(exercise.exerciseId, *pair.planned));
    const bool completed = m_sheet->session.status == QLatin1String("COMPLETED");
    if (role == Qt::ForegroundRole) {
        // The plan's defaults are greyed until confirmed; what the athlete typed is not.
        if (pending && !m_typed.value(pair.planned->id).contains(column))
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    }
    if (role == Qt::CheckStateRole) {
        if (column == WarmupColumn)
            return entry.isWarmup ? Qt::Checked : Qt::Unchecked;
        if (column == FailureColumn)
            return entry.toFailure ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (column >= WeightColumn && column <= RestColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const bool display = role == Qt::DisplayRole || role == Qt::AccessibleTextRole;
    if (role == Qt::EditRole)
        return cellText(entry, column);
    if (role == Qt::ToolTipRole && column == TargetColumn && pair.planned && pair.planned->notes)
        return *pair.planned->notes;
    if (!display)
        return {};
    switch (column) {
    case SetColumn:
        // A pending set has no index yet (it takes the next free one when logged): the plan's
        // position in brackets.
        return pair.log ? QString::number(pair.log->setIndex)
                        : QStringLiteral("(%1)").arg(pair.planned->setIndex);
    case TargetColumn:
        return pair.planned ? targetText(*pair.planned) : tr("—");
    case VersusPlanColumn:
        return pair.planned && pair.log ? differenceText(core::log::compareSet(pair, completed))
                                        : QString();
    case StatusColumn:
        switch (core::log::compareSet(pair, completed).outcome) {
        case SetOutcome::Pending:
            return tr("Pending");
        case SetOutcome::Done:
            return tr("Done");
        case SetOutcome::Skipped:
            return tr("Skipped");
        case SetOutcome::Missed:
            return tr("Missed");
        case SetOutcome::Unplanned:
            return tr("Unplanned");
        }
        return {};
    case WarmupColumn:
    case FailureColumn:
        return {};
    default:
        return cellText(entry, column);
    }
}

QVariant SessionSheetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_sheet)
        return {};
    const SessionExercise *exercise = exerciseAt(index);
    if (!exercise)
        return {};
    if (isExerciseRow(index))
        return exerciseRowData(*exercise, index.column(), role);
    const SetPair *pair = pairAt(index);
    return pair ? setRowData(*exercise, *pair, index.column(), role) : QVariant();
}

QVariant SessionSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SetColumn:
            return tr("Set");
        case TargetColumn:
            return tr("Target");
        case WeightColumn:
            return tr("Weight (%1)").arg(m_session.weightFormat().unitSuffix());
        case RepsColumn:
            return tr("Reps");
        case RirColumn:
            return tr("RIR");
        case RpeColumn:
            return tr("RPE");
        case TempoColumn:
            return tr("Tempo");
        case RestColumn:
            return tr("Rest");
        case WarmupColumn:
            return tr("Warm-up");
        case FailureColumn:
            return tr("Failure");
        case NotesColumn:
            return tr("Notes");
        case VersusPlanColumn:
            return tr("vs Plan");
        case StatusColumn:
            return tr("Status");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TargetColumn:
            return tr("What the plan asks for this set");
        case RirColumn:
            return tr("Repetitions in reserve");
        case RpeColumn:
            return tr("Rate of perceived exertion, 1 to 10 in steps of 0.5");
        case TempoColumn:
            return tr(
                "Eccentric, pause, concentric, pause in seconds (X: explosive), e.g. 3-1-X-0");
        case RestColumn:
            return tr("Rest before this set, as m:ss or seconds");
        case VersusPlanColumn:
            return tr("What you did against the plan");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags SessionSheetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isExerciseRow(index))
        return f;
    f |= Qt::ItemNeverHasChildren;
    const int column = index.column();
    if (column == WarmupColumn || column == FailureColumn)
        return f | Qt::ItemIsUserCheckable;
    if (fieldOf(column))
        return f | Qt::ItemIsEditable;
    return f;
}

core::Result<SetEntry> SessionSheetModel::withText(SetEntry entry, int column,
                                                   const QString &text) const
{
    const auto field = fieldOf(column);
    if (!field)
        return Error::make(Error::Kind::InvalidValue, tr("This column cannot be edited."));
    const QString typed = text.trimmed();
    if (*field == SetField::WeightKg) {
        if (typed.isEmpty()) {
            entry.weightKg.reset();
            return entry;
        }
        auto kg = m_session.weightFormat().parseKg(typed, logColumnOf(column));
        if (!kg)
            return kg.error();
        entry.weightKg = *kg;
        return entry;
    }
    QVariant input(typed);
    if (*field == SetField::IsWarmup || *field == SetField::ToFailure)
        input = QVariant(typed == QLatin1String("true"));
    // The planned values' rules are the logged values' rules; the refusal names the log's column.
    auto value = core::plan::normalizeSetField(*field, input);
    if (!value)
        return Error::invalid(logColumnOf(column), typed, value.error().rule);
    const QVariant v = *value;
    switch (*field) {
    case SetField::Reps:
        entry.reps = v.isNull() ? std::nullopt : std::optional(v.toInt());
        break;
    case SetField::Rir:
        entry.rir = v.isNull() ? std::nullopt : std::optional(v.toInt());
        break;
    case SetField::Rpe:
        entry.rpe = v.isNull() ? std::nullopt : std::optional(v.toDouble());
        break;
    case SetField::Tempo:
        entry.tempo = v.isNull() ? std::nullopt : std::optional(v.toString());
        break;
    case SetField::RestSeconds:
        entry.restS = v.isNull() ? std::nullopt : std::optional(v.toInt());
        break;
    case SetField::Notes:
        entry.notes = v.toString().isEmpty() ? std::nullopt : std::optional(v.toString());
        break;
    case SetField::IsWarmup:
        entry.isWarmup = v.toBool();
        break;
    case SetField::ToFailure:
        entry.toFailure = v.toBool();
        break;
    case SetField::WeightKg:
        break;
    }
    return entry;
}

std::optional<Error> SessionSheetModel::check(const QModelIndex &index, const QString &text) const
{
    if (!pairAt(index))
        return std::nullopt;
    auto entry = withText(draftOf(index), index.column(), text);
    if (!entry)
        return entry.error();
    return std::nullopt;
}

bool SessionSheetModel::fail(const Error &error)
{
    m_lastError = error;
    emit refused(error);
    return false;
}

bool SessionSheetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const SetPair *pair = pairAt(index);
    if (!pair || !m_sheet)
        return false;
    const int column = index.column();
    QString text;
    if (role == Qt::CheckStateRole && (column == WarmupColumn || column == FailureColumn))
        text = value.toInt() == Qt::Checked ? QStringLiteral("true") : QStringLiteral("false");
    else if (role == Qt::EditRole)
        text = value.toString();
    else
        return false;
    auto entry = withText(draftOf(index), column, text);
    if (!entry)
        return fail(entry.error());
    if (!pair->log) {
        // A pending row: the value waits for the confirmation.
        const Id plannedId = pair->planned->id;
        m_drafts.insert(plannedId, *entry);
        m_typed[plannedId].insert(column);
        emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
        return true;
    }
    const Id logId = pair->log->id;
    const QString what =
        tr("Change %1").arg(headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    const core::Status status =
        commands::editSession(m_session, what, m_sheet->session.id, [&](core::Database &db) {
            return statusOf(core::log::updateSet(db, logId, *entry));
        });
    return status ? true : fail(status.error());
}

} // namespace ft::ui
