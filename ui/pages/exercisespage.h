#pragma once

#include "page.h"

#include "core/db/entities.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace ft::ui {

class ExerciseEditor;
class ExerciseFilterProxy;
class ExerciseTableModel;

// The exercise catalog: a sortable table with combinable filters and incremental search over
// names and aliases, beside a pane that edits the selected exercise. New, duplicate, deactivate,
// delete; an exercise with logged sets is deactivated instead of deleted.
class ExercisesPage : public Page
{
    Q_OBJECT

public:
    explicit ExercisesPage(Session &session, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("exercises"); }
    QString title() const override { return tr("Exercises"); }
    QWidget *searchField() const override;

    ExerciseTableModel *model() const { return m_model; }
    ExerciseFilterProxy *proxy() const { return m_proxy; }
    ExerciseEditor *editor() const { return m_editor; }

    // Selects the exercise in the table (if the filters show it) and opens it in the pane.
    bool selectExercise(core::Id id);
    core::Id currentExerciseId() const;

    void newExercise();
    void duplicateExercise();
    void toggleActive();
    void deleteExercise();
    // Saves the pane; false (the error is in the pane) when core refused it.
    bool saveExercise();
    void clearFilters();

protected:
    void databaseChanged() override;
    void refresh() override;

private:
    // The constructor's parts, in the order it calls them.
    void followNotifier();
    void keepPaneOnRowChanges();
    void createTable();
    QWidget *createFilters();
    QWidget *createPane();
    void layOut(QWidget *filters, QWidget *pane);
    void connectControls();
    void createShortcuts();
    void setTabOrders();

    // The notifier's word on exercises, whoever changed them (this page, an undo, an import,
    // another computer): the rows concerned are loaded again or removed.
    void exercisesStored(const QList<qint64> &ids);
    void exercisesRemoved(const QList<qint64> &ids);
    void reload();
    void showExercise(core::Id id);
    // Unsaved changes in the pane: save, discard or stay. True when the pane may be left.
    bool confirmLeave();
    void currentRowChanged(const QModelIndex &current);
    // Selects the pane's exercise in the table when the filters show it, else nothing.
    void syncSelection();
    void setActive(core::Id id, bool active);
    void rebuildTagFilter();
    void updateState();
    void updateActions();
    // Makes the exercise visible in the table, clearing search and filters when they hide it.
    void reveal(core::Id id);

    ExerciseTableModel *m_model;
    ExerciseFilterProxy *m_proxy;
    QLineEdit *m_search;
    QPushButton *m_newButton;
    QComboBox *m_muscleFilter;
    QCheckBox *m_primaryOnly;
    QComboBox *m_equipmentFilter;
    QComboBox *m_mechanicsFilter;
    QComboBox *m_forceFilter;
    QComboBox *m_levelFilter;
    QComboBox *m_movementFilter;
    QComboBox *m_tagFilter;
    QComboBox *m_activeFilter;
    QPushButton *m_clearFiltersButton;
    QLabel *m_count;
    QToolButton *m_columnsButton;
    QAction *m_activeColumnAction = nullptr;
    QSplitter *m_splitter;
    QStackedWidget *m_stack;
    QTableView *m_table = nullptr;
    QLabel *m_emptyText;
    QPushButton *m_emptyNewButton;
    QLabel *m_noMatchText;
    QPushButton *m_noMatchClearFilters;
    QPushButton *m_noMatchClearSearch;
    ExerciseEditor *m_editor = nullptr;
    QPushButton *m_duplicateButton;
    QPushButton *m_activeButton;
    QPushButton *m_deleteButton;
    bool m_changingSelection = false;
    int m_structureChanging = 0;
};

} // namespace ft::ui
