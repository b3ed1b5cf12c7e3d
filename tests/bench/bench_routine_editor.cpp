#include "bench_routine_editor.h"

#include "bench_plan.h"

#include "core/db/database.h"
#include "ui/models/routinetreemodel.h"
#include "ui/pages/routinespage.h"
#include "ui/session.h"

#include <QElapsedTimer>
#include <QTreeView>
#include <QUndoStack>

namespace ft::bench {

namespace {

// A session on the URL's database with the bench routine's owner as the current athlete.
Result<std::pair<std::unique_ptr<ui::Session>, core::Id>> openSession(const Context &context)
{
    auto opened = core::Database::open(context.url);
    if (!opened)
        return opened.error();
    auto routine = benchRoutine(**opened);
    if (!routine)
        return routine.error();
    auto owner = (*opened)->scalar(QStringLiteral("SELECT subject_id FROM routines WHERE id = ?"),
                                   { *routine });
    if (!owner)
        return owner.error();
    auto session = std::make_unique<ui::Session>();
    session->setDatabase(std::move(*opened));
    session->setCurrentAthlete(owner->toLongLong());
    return std::pair(std::move(session), *routine);
}

} // namespace

QString routineViewDescription()
{
    return QStringLiteral("routine_open's 7x12x6 routine loaded into the editor's tree model and "
                          "laid out and painted, all expanded, in a 1000x700 QTreeView; "
                          "reference: the SQL shell's four SELECTs of routine_open");
}

Result<Report> routineView(const Context &context)
{
    auto opened = openSession(context);
    if (!opened)
        return opened.error();
    auto &[session, routine] = *opened;
    ui::RoutineTreeModel model(*session);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&model);
    view.resize(1000, 700);
    view.show();
    int rows = 0;
    Comparison c;
    c.scenario = QStringLiteral("routine_view");
    c.runs = std::max(context.runs, 20);
    c.ours = [&, routine = routine]() -> Status {
        model.setRoutine(0);
        model.setRoutine(routine);
        view.expandAll();
        view.viewport()->repaint(); // layout and paint now, not at the next event loop pass
        rows = model.rowCount();
        return rows == 7 ? Status()
                         : Status(core::Error::make(core::Error::Kind::Database,
                                                    QStringLiteral("routine_view: not 7 days")));
    };
    c.reference = sqlShell(context.url, routineTreeStatements(routine));
    c.overhead = sqlShell(context.url, { QStringLiteral("SELECT 1") });
    c.checkReference = [](const QByteArray &) { return Status(); };
    return compare(context.url, c);
}

QString routineEditDescription()
{
    return QStringLiteral("one weight cell of routine_open's routine edited in the routine editor "
                          "(setData: validation, command with undo capture, write, notifier, "
                          "model row update, weekly summary); reference: the SQL shell running "
                          "the UPDATE of that one cell");
}

Result<Report> routineEdit(const Context &context)
{
    auto opened = openSession(context);
    if (!opened)
        return opened.error();
    auto &[session, routine] = *opened;
    ui::RoutinesPage page(*session);
    page.resize(1280, 800);
    if (!page.selectRoutine(routine))
        return core::Error::make(core::Error::Kind::NotFound,
                                 QStringLiteral("routine_edit: the routine is not listed"));
    ui::RoutineTreeModel *model = page.tree();
    // Day 4, exercise 6, set 3: a cell in the middle of the tree.
    const QModelIndex set =
        model->index(2, ui::RoutineTreeModel::WeightColumn, model->index(5, 0, model->index(3, 0)));
    const core::Id setId = model->idOf(set);
    int turn = 0;
    double summaryBefore = 0;
    Comparison c;
    c.scenario = QStringLiteral("routine_edit");
    c.runs = std::max(context.runs, 30);
    c.ours = [&]() -> Status {
        // Alternate values so that each run changes the row; a new merge key each time so that
        // each run records its own undo step, as separate edits by a user do.
        const QString value = (++turn % 2) ? QStringLiteral("102.5") : QStringLiteral("100");
        summaryBefore = page.summary().passesPerWeek;
        if (!model->setData(set, value))
            return model->lastError();
        session->undoStack()->clear();
        return {};
    };
    const QString update = QStringLiteral("UPDATE routine_exercise_sets SET target_weight_kg = "
                                          "101 WHERE id = %1")
                               .arg(setId);
    c.reference =
        sqlShell(context.url, { QStringLiteral("BEGIN"), update, QStringLiteral("ROLLBACK") });
    c.overhead = sqlShell(context.url, { QStringLiteral("SELECT 1") });
    c.checkReference = [](const QByteArray &) { return Status(); };
    auto report = compare(context.url, c);
    if (report)
        report->insert(QStringLiteral("passes_per_week"), summaryBefore);
    return report;
}

} // namespace ft::bench
