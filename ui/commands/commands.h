#pragma once

#include "core/athletes/athletes.h"
#include "core/catalog/catalog.h"
#include "core/catalog/freeexercisedb.h"
#include "core/changes/rowstate.h"
#include "core/exchange/import/importer.h"

#include <QUndoCommand>

#include <functional>

// Every change a user makes goes through here: it is written at once, in one transaction (the
// database is the document, there is no "save"), and becomes one step on the session's undo
// stack (Subsurface's commands/command.h is the model). Undo and redo write back the rows the
// step changed, exactly (core/changes/rowstate.h), after checking nobody changed them since.

namespace ft::ui {

class Session;

// One recorded edit on the undo stack.
class EditCommand : public QUndoCommand
{
public:
    // `mergeKey`: consecutive commands with the same non-empty key become one step (typing in
    // one field); the merged step undoes to the first one's "before".
    EditCommand(Session &session, const QString &text, core::Edit edit, QString mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const core::RowState &expected, const core::RowState &target, const QString &what);

    Session &m_session;
    core::Edit m_edit;
    QString m_mergeKey;
    bool m_firstRedo = true; // the edit was written when it was recorded
};

namespace commands {

// The facade: records `work` (which writes inside `scope`) and pushes it as the step `text`.
// Nothing is pushed when the work fails (then nothing was written) or changed nothing.
core::Status record(Session &session, const QString &text, const core::Scope &scope,
                    const std::function<core::Status()> &work, const QString &mergeKey = {});

core::Result<core::Athlete> saveAthlete(Session &session, const core::Athlete &athlete);
core::Status deleteAthlete(Session &session, const core::Athlete &athlete);

core::Result<core::ExerciseDetails> saveExercise(Session &session,
                                                 const core::ExerciseDetails &details);
core::Result<core::ExerciseDetails> duplicateExercise(Session &session, core::Id id);
core::Status setExerciseActive(Session &session, core::Id id, bool active);
core::Status deleteExercise(Session &session, core::Id id);
core::Result<core::FreeExerciseDbImport> importExerciseFile(Session &session, const QString &path);

core::Result<core::import::ImportReport> importWorkouts(Session &session, core::Id subjectId,
                                                        const core::import::ImportSource &source,
                                                        const core::import::ImportOptions &options);
core::Result<core::import::UndoReport> undoImport(Session &session, core::Id subjectId,
                                                  core::Id batchId);

// Routine edits (core/plan/routineedit.h): `work` writes with the session's database inside
// the scope of the routine(s) it touches.
using DatabaseWork = std::function<core::Status(core::Database &)>;
// A core call's result as the Status a DatabaseWork returns.
template<typename T>
core::Status statusOf(const core::Result<T> &result)
{
    return result ? core::Status() : core::Status(result.error());
}
core::Status editRoutine(Session &session, const QString &text, core::Id routineId,
                         const DatabaseWork &work, const QString &mergeKey = {});
// A change that moves rows between routines needs the scope of each.
core::Status editRoutines(Session &session, const QString &text, const QList<core::Id> &routineIds,
                          const DatabaseWork &work);
// Creating, duplicating or deleting routines of the athletes `subjectIds`.
core::Status editRoutinesOf(Session &session, const QString &text,
                            const QList<core::Id> &subjectIds, const DatabaseWork &work);

// Training log edits (core/log/traininglog.h): `work` writes with the session's database inside
// the scope named (scopes.h): one session and its sets; an athlete's sessions and cycles; an
// athlete's body metrics. `mergeKey` as for record().
core::Status editSession(Session &session, const QString &text, core::Id sessionId,
                         const DatabaseWork &work, const QString &mergeKey = {});
core::Status editSessionsOf(Session &session, const QString &text, core::Id subjectId,
                            const DatabaseWork &work);
core::Status editBodyMetricsOf(Session &session, const QString &text, core::Id subjectId,
                               const DatabaseWork &work);
} // namespace commands

} // namespace ft::ui
