#pragma once

#include "page.h"

#include "core/catalog/exercisedetails.h"
#include "core/plan/weeklysummary.h"
#include "core/result.h"

#include <QAbstractItemModel>
#include <functional>

class QAction;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTreeView;

namespace ft::ui {

class RoutineListModel;
class RoutineTreeModel;
class WeeklySummaryModel;

// The current athlete's routines: a list to create, duplicate, delete and copy them to other
// athletes; the chosen routine as a tree of days, exercises and planned sets edited in place
// (keyboard, mouse, drag and drop, cut/copy/paste); and beside it the weekly sets per muscle
// and per movement against the target band, updated with every edit. Text in and out, print
// and PDF. Every change is one undoable command.
class RoutinesPage : public Page
{
    Q_OBJECT

public:
    explicit RoutinesPage(Session &session, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("routines"); }
    QString title() const override { return tr("Routines"); }
    QWidget *searchField() const override;

    RoutineListModel *routines() const { return m_routines; }
    RoutineTreeModel *tree() const { return m_tree; }
    QTreeView *treeView() const { return m_treeView; }
    QTableView *routineTable() const { return m_routineTable; }
    WeeklySummaryModel *muscleSummary() const { return m_muscleSummary; }
    const core::plan::WeeklySummary &summary() const { return m_summary; }

    core::Id currentRoutineId() const;
    bool selectRoutine(core::Id routineId);

    // The actions of the page (tests and the File menu trigger them).
    void newRoutine();
    void duplicateRoutine();
    void deleteRoutine();
    void copyToAthletes();
    void addDay();
    void addExercise();
    void addSet();
    void addSetsLike();
    void applyToAllSets();
    void moveCurrent(int delta);
    void duplicateCurrent();
    void removeSelected();
    void cut();
    void copy();
    void paste();
    void importText();
    void exportText();
    void printRoutine();
    void exportPdf();
    // Writes the routine's printout to `path`; false (with a message) when it could not.
    bool writePdf(const QString &path, bool athleteName);

protected:
    void databaseChanged() override;
    void currentAthleteChanged() override;
    void refresh() override;

private:
    void createWidgets();
    void createActions();
    void layOut();
    void routineChosen();
    void showRoutineHeader();
    void updateSummary();
    void loadExercises();
    void updateActions();
    void showRefusal(const QString &message);
    // The current tree row's id at `level`, walking up from the current index; 0 when none.
    core::Id currentIdAt(int level) const;
    QModelIndexList selectedRows() const;
    void chooseExercise(const QModelIndex &slotIndex);
    // Runs `work` as one step on the routine; a refusal shows in the page.
    bool edit(const QString &text, const std::function<core::Status(core::Database &)> &work);
    void selectAfterChange(int level, core::Id id);
    QString athleteLabel(bool name) const;

    RoutineListModel *m_routines;
    RoutineTreeModel *m_tree;
    WeeklySummaryModel *m_muscleSummary;
    WeeklySummaryModel *m_movementSummary;
    core::plan::WeeklySummary m_summary;
    QList<core::ExerciseDetails> m_exercises;
    QHash<core::Id, core::plan::ExerciseMuscles> m_muscles;

    QTableView *m_routineTable = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QCheckBox *m_active = nullptr;
    QCheckBox *m_hasStart = nullptr;
    QDateEdit *m_start = nullptr;
    QTreeView *m_treeView = nullptr;
    QLabel *m_refusal = nullptr;
    QLabel *m_emptyText = nullptr;
    QLabel *m_passes = nullptr;
    QTableView *m_muscleTable = nullptr;
    QTableView *m_movementTable = nullptr;
    QWidget *m_editor = nullptr;
    QList<QAction *> m_treeActions;
    QAction *m_addDayAction = nullptr;
    QAction *m_addExerciseAction = nullptr;
    QAction *m_addSetAction = nullptr;
    QAction *m_addSetsLikeAction = nullptr;
    QAction *m_applyAllAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_cutAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    bool m_loadingHeader = false;
};

} // namespace ft::ui
