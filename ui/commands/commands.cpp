#include "commands.h"

#include "session.h"

#include "core/catalog/catalogstore.h"
#include "core/changes/scopes.h"
#include "core/db/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUndoStack>

namespace ft::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

core::Error noDatabase()
{
    return core::Error::make(core::Error::Kind::Connection, Tr::tr("No database is open."));
}

} // namespace

EditCommand::EditCommand(Session &session, const QString &text, core::Edit edit, QString mergeKey)
    : m_session(session)
    , m_edit(std::move(edit))
    , m_mergeKey(std::move(mergeKey))
{
    setText(text);
}

void EditCommand::undo()
{
    apply(m_edit.after, m_edit.before, Tr::tr("Cannot Undo"));
}

void EditCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_edit.before, m_edit.after, Tr::tr("Cannot Redo"));
}

void EditCommand::apply(const core::RowState &expected, const core::RowState &target,
                        const QString &what)
{
    core::Database *db = m_session.database();
    const core::Status applied =
        db ? core::applyState(*db, expected, target) : core::Status(noDatabase());
    if (applied)
        return;
    // Nothing was written; this step cannot apply any more and leaves the stack.
    setObsolete(true);
    emit m_session.commandFailed(
        what, Tr::tr("“%1” was not applied.\n\n%2").arg(text(), applied.error().message));
}

int EditCommand::id() const
{
    // Commands with a merge key share one id; mergeWith() compares the keys.
    return m_mergeKey.isEmpty() ? -1 : 1;
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditCommand *>(other);
    if (!next || next->m_mergeKey != m_mergeKey || !(next->m_edit.before == m_edit.after))
        return false;
    // The rows the next step started from are the ones this step left: one step from our
    // "before" to its "after".
    core::RowState after = next->m_edit.after;
    m_edit.after = after;
    m_edit.changes.merge(next->m_edit.changes);
    m_edit.rowsChanged += next->m_edit.rowsChanged;
    return true;
}

namespace commands {

core::Status record(Session &session, const QString &text, const core::Scope &scope,
                    const std::function<core::Status()> &work, const QString &mergeKey)
{
    core::Database *db = session.database();
    if (!db)
        return noDatabase();
    auto edit = core::recordEdit(*db, scope, work);
    if (!edit)
        return edit.error();
    if (!edit->isEmpty())
        session.undoStack()->push(new EditCommand(session, text, std::move(*edit), mergeKey));
    return {};
}

core::Result<core::Athlete> saveAthlete(Session &session, const core::Athlete &athlete)
{
    const bool isNew = athlete.subject.id == 0;
    core::Athlete saved;
    const core::Status s =
        record(session,
               isNew ? Tr::tr("New Athlete %1").arg(athlete.displayName())
                     : Tr::tr("Edit Athlete %1").arg(athlete.displayName()),
               isNew ? core::scopes::newAthlete() : core::scopes::athlete(athlete.subject.id),
               [&]() -> core::Status {
                   auto result = core::saveAthlete(*session.database(), athlete);
                   if (!result)
                       return result.error();
                   saved = *result;
                   return {};
               });
    if (!s)
        return s.error();
    return saved;
}

core::Status deleteAthlete(Session &session, const core::Athlete &athlete)
{
    const core::Id id = athlete.subject.id;
    return record(session, Tr::tr("Delete Athlete %1").arg(athlete.displayName()),
                  core::scopes::athleteWithEverything(id),
                  [&] { return core::deleteAthlete(*session.database(), id); });
}

core::Result<core::ExerciseDetails> saveExercise(Session &session,
                                                 const core::ExerciseDetails &details)
{
    const core::Id id = details.exercise.id;
    QString text = Tr::tr("New Exercise %1").arg(details.exercise.name);
    if (id && session.database()) {
        auto stored = core::loadExercise(*session.database(), id);
        text = stored && stored->exercise.name != details.exercise.name
            ? Tr::tr("Rename Exercise %1").arg(details.exercise.name)
            : Tr::tr("Edit Exercise %1").arg(details.exercise.name);
    }
    core::ExerciseDetails saved;
    const core::Status s =
        record(session, text, id ? core::scopes::exercise(id) : core::scopes::newExercises(),
               [&]() -> core::Status {
                   auto result = core::saveExercise(*session.database(), details);
                   if (!result)
                       return result.error();
                   saved = *result;
                   return {};
               });
    if (!s)
        return s.error();
    return saved;
}

core::Result<core::ExerciseDetails> duplicateExercise(Session &session, core::Id id)
{
    core::ExerciseDetails copy;
    const core::Status s = record(
        session, Tr::tr("Duplicate Exercise"), core::scopes::newExercises(), [&]() -> core::Status {
            auto result = core::duplicateExercise(*session.database(), id);
            if (!result)
                return result.error();
            copy = *result;
            return {};
        });
    if (!s)
        return s.error();
    return copy;
}

core::Status setExerciseActive(Session &session, core::Id id, bool active)
{
    return record(session, active ? Tr::tr("Activate Exercise") : Tr::tr("Deactivate Exercise"),
                  core::scopes::exercise(id),
                  [&] { return core::setExerciseActive(*session.database(), id, active); });
}

core::Status deleteExercise(Session &session, core::Id id)
{
    QString name;
    if (session.database()) {
        if (auto stored = core::loadExercise(*session.database(), id))
            name = stored->exercise.name;
    }
    return record(session, Tr::tr("Delete Exercise %1").arg(name), core::scopes::exercise(id),
                  [&] { return core::deleteExercise(*session.database(), id); });
}

core::Result<core::FreeExerciseDbImport> importExerciseFile(Session &session, const QString &path)
{
    std::optional<core::FreeExerciseDbImport> report;
    const core::Status s =
        record(session, Tr::tr("Import Exercises from %1").arg(QFileInfo(path).fileName()),
               core::scopes::newExercises(), [&]() -> core::Status {
                   auto result = core::importFreeExerciseDbFile(*session.database(), path);
                   if (!result)
                       return result.error();
                   report = *result;
                   return {};
               });
    if (!s)
        return s.error();
    return *report;
}

core::Result<core::import::ImportReport> importWorkouts(Session &session, core::Id subjectId,
                                                        const core::import::ImportSource &source,
                                                        const core::import::ImportOptions &options)
{
    std::optional<core::import::ImportReport> report;
    const core::Status s = record(session, Tr::tr("Import Workouts from %1").arg(source.name),
                                  core::scopes::importInto(subjectId), [&]() -> core::Status {
                                      auto result = core::import::importWorkouts(
                                          *session.database(), subjectId, source, options);
                                      if (!result)
                                          return result.error();
                                      report = *result;
                                      return {};
                                  });
    if (!s)
        return s.error();
    return *report;
}

core::Result<core::import::UndoReport> undoImport(Session &session, core::Id subjectId,
                                                  core::Id batchId)
{
    std::optional<core::import::UndoReport> report;
    const core::Status s =
        record(session, Tr::tr("Undo Import"), core::scopes::undoImport(subjectId, batchId),
               [&]() -> core::Status {
                   auto result = core::import::undoImport(*session.database(), batchId);
                   if (!result)
                       return result.error();
                   report = *result;
                   return {};
               });
    if (!s)
        return s.error();
    return *report;
}

core::Status editRoutine(Session &session, const QString &text, core::Id routineId,
                         const DatabaseWork &work, const QString &mergeKey)
{
    return record(
        session, text, core::scopes::routine(routineId), [&] { return work(*session.database()); },
        mergeKey);
}

core::Status editRoutines(Session &session, const QString &text, const QList<core::Id> &routineIds,
                          const DatabaseWork &work)
{
    core::Scope scope;
    for (core::Id id : routineIds)
        scope += core::scopes::routine(id);
    return record(session, text, scope, [&] { return work(*session.database()); });
}

core::Status editRoutinesOf(Session &session, const QString &text,
                            const QList<core::Id> &subjectIds, const DatabaseWork &work)
{
    core::Scope scope;
    for (core::Id id : subjectIds)
        scope += core::scopes::routinesOf(id);
    return record(session, text, scope, [&] { return work(*session.database()); });
}

core::Status editSession(Session &session, const QString &text, core::Id sessionId,
                         const DatabaseWork &work, const QString &mergeKey)
{
    return record(
        session, text, core::scopes::session(sessionId), [&] { return work(*session.database()); },
        mergeKey);
}

core::Status editSessionsOf(Session &session, const QString &text, core::Id subjectId,
                            const DatabaseWork &work)
{
    return record(session, text, core::scopes::sessionsOf(subjectId),
                  [&] { return work(*session.database()); });
}

core::Status editBodyMetricsOf(Session &session, const QString &text, core::Id subjectId,
                               const DatabaseWork &work)
{
    return record(session, text, core::scopes::bodyMetricsOf(subjectId),
                  [&] { return work(*session.database()); });
}

} // namespace commands

} // namespace ft::ui
