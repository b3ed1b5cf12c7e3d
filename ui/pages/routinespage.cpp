#include "routinespage.h"

#include "commands/commands.h"
#include "delegates/routineitemdelegate.h"
#include "dialogs/copytoathletesdialog.h"
#include "dialogs/exercisepicker.h"
#include "formhelpers.h"
#include "messagebox.h"
#include "models/athletetablemodel.h"
#include "models/routinelistmodel.h"
#include "models/routinetreemodel.h"
#include "models/weeklysummarymodel.h"
#include "print/routineprinter.h"
#include "routineclipboard.h"
#include "session.h"
#include "weightformat.h"

#include "core/catalog/catalogstore.h"
#include "core/changes/changenotifier.h"
#include "core/db/database.h"
#include "core/plan/routineedit.h"
#include "core/plan/routinefragment.h"
#include "core/plan/routinetext.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ft::ui {

using core::Id;
using Level = RoutineTreeModel::Level;

RoutinesPage::RoutinesPage(Session &session, QWidget *parent)
    : Page(session, parent)
    , m_routines(new RoutineListModel(session, this))
    , m_tree(new RoutineTreeModel(session, this))
    , m_muscleSummary(new WeeklySummaryModel(WeeklySummaryModel::Kind::Muscles, this))
    , m_movementSummary(new WeeklySummaryModel(WeeklySummaryModel::Kind::Movements, this))
{
    setObjectName(QStringLiteral("routinesPage"));
    createWidgets();
    createActions();
    layOut();

    connect(m_tree, &RoutineTreeModel::treeChanged, this, [this] {
        updateSummary();
        showRoutineHeader();
        updateActions();
    });
    connect(m_tree, &RoutineTreeModel::refused, this,
            [this](const core::Error &error) { showRefusal(error.message); });
    connect(m_tree, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                // New days and exercises open, so that their sets show.
                for (int row = first; row <= last; ++row)
                    m_treeView->expand(m_tree->index(row, 0, parent));
            });
    connect(session.notifier(), &core::ChangeNotifier::changed, this,
            [this](const core::ChangeSet &c) {
                const auto &exercises = c.of(core::Entity::Exercise);
                if (!exercises.added.isEmpty() || !exercises.removed.isEmpty()
                    || !exercises.edited.isEmpty())
                    loadExercises();
            });
    connect(&session, &Session::preferencesChanged, this, [this] {
        const auto band = Page::session().weeklySetTarget();
        m_muscleSummary->setTargetBand(band.low, band.high);
    });
    const auto band = session.weeklySetTarget();
    m_muscleSummary->setTargetBand(band.low, band.high);
    databaseChanged();
}

QWidget *RoutinesPage::searchField() const
{
    return m_routineTable;
}

void RoutinesPage::createWidgets()
{
    m_routineTable = rowTable(m_routines, QStringLiteral("routineTable"), tr("Routines"), this);
    QHeaderView *listHeader = m_routineTable->horizontalHeader();
    listHeader->setStretchLastSection(false);
    listHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    listHeader->setSectionResizeMode(RoutineListModel::NameColumn, QHeaderView::Stretch);
    m_routineTable->setDragDropMode(QAbstractItemView::NoDragDrop);
    m_newButton = new QPushButton(tr("&New Routine…"), this);
    m_newButton->setObjectName(QStringLiteral("newRoutineButton"));
    m_duplicateButton = new QPushButton(tr("D&uplicate"), this);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateRoutineButton"));
    m_deleteButton = new QPushButton(tr("Delete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteRoutineButton"));
    m_copyButton = new QPushButton(tr("Copy to &Athletes…"), this);
    m_copyButton->setObjectName(QStringLiteral("copyRoutineButton"));
    m_copyButton->setToolTip(tr("An independent copy of this routine for each athlete you pick"));

    m_editor = new QWidget(this);
    m_name = new QLineEdit(m_editor);
    m_name->setObjectName(QStringLiteral("routineName"));
    m_name->setAccessibleName(tr("Routine name"));
    m_name->setMaxLength(120);
    m_description = new QLineEdit(m_editor);
    m_description->setObjectName(QStringLiteral("routineDescription"));
    m_description->setAccessibleName(tr("Routine description"));
    m_active = new QCheckBox(tr("Acti&ve"), m_editor);
    m_active->setObjectName(QStringLiteral("routineActive"));
    m_hasStart = new QCheckBox(tr("&Starts on"), m_editor);
    m_hasStart->setObjectName(QStringLiteral("routineHasStart"));
    m_start = new QDateEdit(m_editor);
    m_start->setObjectName(QStringLiteral("routineStart"));
    m_start->setAccessibleName(tr("Start date"));
    m_start->setCalendarPopup(true);
    m_start->setDate(QDate::currentDate());

    m_treeView = new QTreeView(m_editor);
    m_treeView->setObjectName(QStringLiteral("routineTree"));
    m_treeView->setAccessibleName(tr("Routine plan"));
    m_treeView->setModel(m_tree);
    m_treeView->setItemDelegate(new RoutineItemDelegate(m_tree, m_treeView));
    m_treeView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_treeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_treeView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::AnyKeyPressed);
    m_treeView->setDragDropMode(QAbstractItemView::DragDrop);
    m_treeView->setDefaultDropAction(Qt::MoveAction);
    m_treeView->setDragDropOverwriteMode(false);
    m_treeView->setDropIndicatorShown(true);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->setAllColumnsShowFocus(true);
    m_treeView->setUniformRowHeights(true);
    QHeaderView *header = m_treeView->header();
    header->setStretchLastSection(true);
    header->resizeSection(RoutineTreeModel::NameColumn, 220);
    // Every column as wide as its title; the notes take the rest.
    for (int c = RoutineTreeModel::WarmupColumn; c < RoutineTreeModel::NotesColumn; ++c)
        header->resizeSection(c,
                              header->fontMetrics().horizontalAdvance(
                                  m_tree->headerData(c, Qt::Horizontal).toString())
                                  + 24);

    m_refusal = errorLabel(QStringLiteral("routineRefusal"), m_editor);
    m_emptyText = new QLabel(this);
    m_emptyText->setObjectName(QStringLiteral("routineEmptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);

    m_passes = new QLabel(this);
    m_passes->setObjectName(QStringLiteral("routinePasses"));
    m_passes->setWordWrap(true);
    m_muscleTable = rowTable(m_muscleSummary, QStringLiteral("muscleSummaryTable"),
                             tr("Weekly sets per muscle"), this);
    m_movementTable = rowTable(m_movementSummary, QStringLiteral("movementSummaryTable"),
                               tr("Weekly sets per movement"), this);
    for (QTableView *t : { m_muscleTable, m_movementTable }) {
        t->horizontalHeader()->setStretchLastSection(false);
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        t->setSelectionMode(QAbstractItemView::NoSelection);
    }
}

void RoutinesPage::createActions()
{
    const auto action = [this](const QString &text, const QString &name, const QKeySequence &key,
                               auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                        key.toString(QKeySequence::NativeText)));
        }
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_treeView->addAction(a);
        m_treeActions.append(a);
        return a;
    };
    m_addDayAction =
        action(tr("Add &Day"), QStringLiteral("addDayAction"),
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), [this] { addDay(); });
    m_addExerciseAction =
        action(tr("Add &Exercise…"), QStringLiteral("addExerciseAction"),
               QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { addExercise(); });
    m_addSetAction = action(tr("Add &Set"), QStringLiteral("addSetAction"),
                            QKeySequence(Qt::Key_Insert), [this] { addSet(); });
    m_addSetsLikeAction =
        action(tr("Add Sets &Like This…"), QStringLiteral("addSetsLikeAction"),
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Insert), [this] { addSetsLike(); });
    m_applyAllAction =
        action(tr("Apply to &All Sets"), QStringLiteral("applyToAllSetsAction"),
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { applyToAllSets(); });
    m_moveUpAction = action(tr("Move &Up"), QStringLiteral("moveUpAction"),
                            QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveCurrent(-1); });
    m_moveDownAction = action(tr("Move Do&wn"), QStringLiteral("moveDownAction"),
                              QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveCurrent(1); });
    m_duplicateAction = action(tr("Du&plicate"), QStringLiteral("duplicateRowAction"),
                               QKeySequence(Qt::CTRL | Qt::Key_D), [this] { duplicateCurrent(); });
    m_removeAction = action(tr("&Remove"), QStringLiteral("removeRowAction"),
                            QKeySequence(QKeySequence::Delete), [this] { removeSelected(); });
    m_cutAction = action(tr("Cu&t"), QStringLiteral("cutAction"), QKeySequence(QKeySequence::Cut),
                         [this] { cut(); });
    m_copyAction = action(tr("&Copy"), QStringLiteral("copyAction"),
                          QKeySequence(QKeySequence::Copy), [this] { copy(); });
    m_pasteAction = action(tr("&Paste"), QStringLiteral("pasteAction"),
                           QKeySequence(QKeySequence::Paste), [this] { paste(); });
    m_treeView->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_newButton, &QPushButton::clicked, this, &RoutinesPage::newRoutine);
    connect(m_duplicateButton, &QPushButton::clicked, this, &RoutinesPage::duplicateRoutine);
    connect(m_deleteButton, &QPushButton::clicked, this, &RoutinesPage::deleteRoutine);
    connect(m_copyButton, &QPushButton::clicked, this, &RoutinesPage::copyToAthletes);
    connect(m_routineTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RoutinesPage::routineChosen);
    connect(m_routines, &QAbstractItemModel::modelReset, this, &RoutinesPage::routineChosen);
    connect(m_routines, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_routineTable->currentIndex().isValid() && m_routines->rowCount() > 0)
            m_routineTable->setCurrentIndex(m_routines->index(0, 0));
        routineChosen();
    });
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RoutinesPage::updateActions);
    connect(qobject_cast<RoutineItemDelegate *>(m_treeView->itemDelegate()),
            &RoutineItemDelegate::exerciseChoiceRequested, this, [this](const QModelIndex &index) {
                // After the view's own edit handling has finished.
                QTimer::singleShot(0, this, [this, index = QPersistentModelIndex(index)] {
                    chooseExercise(index);
                });
            });

    const auto commit = [this](auto what) {
        return [this, what] {
            if (m_loadingHeader || !currentRoutineId())
                return;
            what();
        };
    };
    connect(m_name, &QLineEdit::editingFinished, this, commit([this] {
                const QString name = m_name->text().trimmed();
                if (!m_tree->tree() || name == m_tree->tree()->routine.name)
                    return;
                if (!edit(tr("Rename Routine"), [&](core::Database &db) {
                        return core::plan::renameRoutine(db, currentRoutineId(), name);
                    }))
                    showRoutineHeader();
            }));
    connect(m_description, &QLineEdit::editingFinished, this, commit([this] {
                const QString text = m_description->text().trimmed();
                if (!m_tree->tree()
                    || text == m_tree->tree()->routine.description.value_or(QString()))
                    return;
                edit(tr("Describe Routine"), [&](core::Database &db) {
                    return core::plan::setRoutineDescription(db, currentRoutineId(), text);
                });
            }));
    connect(m_active, &QCheckBox::toggled, this, commit([this] {
                const bool on = m_active->isChecked();
                edit(on ? tr("Activate Routine") : tr("Deactivate Routine"),
                     [&](core::Database &db) {
                         return core::plan::setRoutineActive(db, currentRoutineId(), on);
                     });
            }));
    const auto setStart = commit([this] {
        const std::optional<QDate> date =
            m_hasStart->isChecked() ? std::optional(m_start->date()) : std::nullopt;
        if (m_tree->tree() && date == m_tree->tree()->routine.startsOn)
            return;
        edit(tr("Set Start Date"), [&](core::Database &db) {
            return core::plan::setRoutineStartDate(db, currentRoutineId(), date);
        });
    });
    connect(m_hasStart, &QCheckBox::toggled, this, setStart);
    connect(m_start, &QDateEdit::editingFinished, this, setStart);
    connect(m_hasStart, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
}

void RoutinesPage::layOut()
{
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_routineTable, 1);
    auto *routineButtons = new QGridLayout;
    routineButtons->addWidget(m_newButton, 0, 0);
    routineButtons->addWidget(m_duplicateButton, 0, 1);
    routineButtons->addWidget(m_deleteButton, 1, 0);
    routineButtons->addWidget(m_copyButton, 1, 1);
    leftLayout->addLayout(routineButtons);

    auto *form = new QGridLayout;
    form->addWidget(buddyLabel(tr("&Name:"), m_name, m_editor), 0, 0);
    form->addWidget(m_name, 0, 1);
    form->addWidget(m_active, 0, 2);
    form->addWidget(m_hasStart, 0, 3);
    form->addWidget(m_start, 0, 4);
    form->addWidget(buddyLabel(tr("Desc&ription:"), m_description, m_editor), 1, 0);
    form->addWidget(m_description, 1, 1, 1, 4);
    form->setColumnStretch(1, 1);

    auto *toolbar = new QHBoxLayout;
    for (QAction *a : { m_addDayAction, m_addExerciseAction, m_addSetAction }) {
        auto *b = new QToolButton(m_editor);
        b->setDefaultAction(a);
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        toolbar->addWidget(b);
    }
    auto *more = new QToolButton(m_editor);
    more->setObjectName(QStringLiteral("routineMoreButton"));
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    menu->addActions({ m_addSetsLikeAction, m_applyAllAction, m_moveUpAction, m_moveDownAction,
                       m_duplicateAction, m_removeAction });
    menu->addSeparator();
    menu->addActions({ m_cutAction, m_copyAction, m_pasteAction });
    menu->addSeparator();
    menu->addAction(tr("Import Routine from Text…"), this, &RoutinesPage::importText);
    menu->addAction(tr("Export Routine as Text…"), this, &RoutinesPage::exportText);
    menu->addAction(tr("Print Routine…"), this, &RoutinesPage::printRoutine);
    menu->addAction(tr("Export Routine as PDF…"), this, &RoutinesPage::exportPdf);
    more->setMenu(menu);
    toolbar->addWidget(more);
    toolbar->addStretch();

    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    editorLayout->addLayout(toolbar);
    editorLayout->addWidget(m_treeView, 1);
    editorLayout->addWidget(m_refusal);

    // The summary under the list, so that the tree has the width for its ten columns.
    auto *summary = new QWidget(this);
    summary->setObjectName(QStringLiteral("routineSummary"));
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    auto *summaryTitle = new QLabel(tr("<b>Per week</b>"), summary);
    summaryLayout->addWidget(summaryTitle);
    summaryLayout->addWidget(m_passes);
    summaryLayout->addWidget(m_muscleTable, 3);
    summaryLayout->addWidget(m_movementTable, 2);

    auto *side = new QSplitter(Qt::Vertical, this);
    side->setObjectName(QStringLiteral("routineSideSplitter"));
    side->setChildrenCollapsible(false);
    side->addWidget(left);
    side->addWidget(summary);
    side->setSizes({ 300, 420 });

    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addWidget(m_editor, 1);
    centerLayout->addWidget(m_emptyText, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("routineSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(side);
    splitter->addWidget(center);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 310, 890 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setTabOrder(m_routineTable, m_newButton);
    setTabOrder(m_newButton, m_duplicateButton);
    setTabOrder(m_duplicateButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_copyButton);
    setTabOrder(m_copyButton, m_name);
    setTabOrder(m_name, m_active);
    setTabOrder(m_active, m_hasStart);
    setTabOrder(m_hasStart, m_start);
    setTabOrder(m_start, m_description);
    setTabOrder(m_description, m_treeView);
}

// ---- Following the session ---------------------------------------------------------------------

void RoutinesPage::databaseChanged()
{
    loadExercises();
    currentAthleteChanged();
}

void RoutinesPage::currentAthleteChanged()
{
    const auto &athlete = session().currentAthlete();
    m_routines->setAthlete(athlete ? athlete->subject.id : 0);
    if (m_routines->rowCount() > 0)
        m_routineTable->setCurrentIndex(m_routines->index(0, 0));
    routineChosen();
}

void RoutinesPage::refresh()
{
    const Id current = currentRoutineId();
    loadExercises();
    m_routines->reload();
    if (!selectRoutine(current))
        routineChosen();
}

void RoutinesPage::loadExercises()
{
    m_exercises.clear();
    m_muscles.clear();
    if (db()) {
        if (auto list = core::loadExercises(*db()))
            m_exercises = *list;
    }
    for (const auto &e : std::as_const(m_exercises))
        m_muscles.insert(e.exercise.id,
                         { e.exercise.primaryMuscle, e.secondaryMuscles, e.exercise.movement });
    updateSummary();
}

Id RoutinesPage::currentRoutineId() const
{
    const auto *r = m_routines->routineAt(m_routineTable->currentIndex().row());
    return r ? r->routine.id : 0;
}

bool RoutinesPage::selectRoutine(Id routineId)
{
    const int row = m_routines->rowOf(routineId);
    if (row < 0)
        return false;
    m_routineTable->setCurrentIndex(m_routines->index(row, 0));
    routineChosen();
    return true;
}

void RoutinesPage::routineChosen()
{
    const Id id = currentRoutineId();
    if (id != m_tree->routineId()) {
        m_tree->setRoutine(id);
        m_treeView->expandAll();
    }
    const bool athlete = session().currentAthlete().has_value();
    m_editor->setVisible(id != 0);
    m_emptyText->setVisible(id == 0);
    m_emptyText->setText(!athlete ? tr("Choose or add an athlete to plan their routines.")
                                  : tr("No routine yet. Create one with “New Routine…”, or import "
                                       "one written as text (More → Import Routine from Text…)."));
    m_refusal->hide();
    showRoutineHeader();
    updateSummary();
    updateActions();
}

void RoutinesPage::showRoutineHeader()
{
    if (!m_tree->tree())
        return;
    const core::Routine &r = m_tree->tree()->routine;
    m_loadingHeader = true;
    if (!m_name->hasFocus())
        m_name->setText(r.name);
    if (!m_description->hasFocus()) {
        m_description->setText(r.description.value_or(QString()));
        m_description->setCursorPosition(0); // the start of a long description, not its end
    }
    m_active->setChecked(r.isActive);
    m_hasStart->setChecked(r.startsOn.has_value());
    m_start->setEnabled(r.startsOn.has_value());
    if (r.startsOn)
        m_start->setDate(*r.startsOn);
    m_loadingHeader = false;
}

void RoutinesPage::updateSummary()
{
    m_summary = m_tree->tree() ? core::plan::weeklySummary(*m_tree->tree(), m_muscles)
                               : core::plan::WeeklySummary();
    m_muscleSummary->setSummary(m_summary);
    m_movementSummary->setSummary(m_summary);
    if (!m_tree->tree() || m_tree->tree()->days.isEmpty()) {
        m_passes->setText(tr("Add days to see the weekly sets."));
        return;
    }
    const qsizetype days = m_tree->tree()->days.size();
    m_passes->setText(tr("%n day(s) a pass: %1 passes a week.", nullptr, int(days))
                          .arg(QLocale().toString(m_summary.passesPerWeek, 'f', 2)));
}

void RoutinesPage::updateActions()
{
    const bool routine = currentRoutineId() != 0;
    m_duplicateButton->setEnabled(routine);
    m_deleteButton->setEnabled(routine);
    m_copyButton->setEnabled(routine && session().athletes()->rowCount() > 1);
    m_newButton->setEnabled(session().currentAthlete().has_value());
    const QModelIndex current = m_treeView->currentIndex();
    const bool any = current.isValid();
    const bool hasDay = any || (routine && m_tree->rowCount() > 0);
    m_addDayAction->setEnabled(routine);
    m_addExerciseAction->setEnabled(routine && hasDay);
    m_addSetAction->setEnabled(any && RoutineTreeModel::levelOf(current) != Level::Day);
    m_addSetsLikeAction->setEnabled(any && RoutineTreeModel::levelOf(current) == Level::Set);
    m_applyAllAction->setEnabled(any && RoutineTreeModel::levelOf(current) == Level::Set
                                 && RoutineTreeModel::setFieldOf(current.column()).has_value());
    for (QAction *a : { m_moveUpAction, m_moveDownAction, m_duplicateAction, m_removeAction,
                        m_cutAction, m_copyAction })
        a->setEnabled(any);
    m_pasteAction->setEnabled(routine);
}

void RoutinesPage::showRefusal(const QString &message)
{
    showError(m_refusal, message);
    emit statusMessage(message);
}

bool RoutinesPage::edit(const QString &text,
                        const std::function<core::Status(core::Database &)> &work)
{
    const Id routineId = currentRoutineId();
    if (!routineId)
        return false;
    const core::Status s = commands::editRoutine(session(), text, routineId, work);
    if (!s) {
        showRefusal(s.error().message);
        return false;
    }
    m_refusal->hide();
    return true;
}

void RoutinesPage::selectAfterChange(int level, Id id)
{
    const QModelIndex index = m_tree->indexOf(Level(level), id);
    if (!index.isValid())
        return;
    m_treeView->expand(index);
    m_treeView->setCurrentIndex(index);
    m_treeView->scrollTo(index);
}

Id RoutinesPage::currentIdAt(int level) const
{
    QModelIndex index = m_treeView->currentIndex().siblingAtColumn(0);
    while (index.isValid() && int(RoutineTreeModel::levelOf(index)) > level)
        index = index.parent();
    if (!index.isValid() || int(RoutineTreeModel::levelOf(index)) != level)
        return 0;
    return m_tree->idOf(index);
}

QModelIndexList RoutinesPage::selectedRows() const
{
    QModelIndexList rows = m_treeView->selectionModel()->selectedRows(0);
    if (rows.isEmpty() && m_treeView->currentIndex().isValid())
        rows.append(m_treeView->currentIndex().siblingAtColumn(0));
    return rows;
}

QString RoutinesPage::athleteLabel(bool name) const
{
    const auto &athlete = session().currentAthlete();
    if (!athlete)
        return {};
    return name ? athlete->displayName()
                : athlete->subject.pseudonym.toString(QUuid::WithoutBraces).left(8);
}

// ---- Routines ----------------------------------------------------------------------------------

void RoutinesPage::newRoutine()
{
    const auto &athlete = session().currentAthlete();
    if (!athlete || !db())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Routine"), tr("Routine name:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    Id created = 0;
    const core::Status s = commands::editRoutinesOf(
        session(), tr("New Routine %1").arg(name), { athlete->subject.id },
        [&](core::Database &database) -> core::Status {
            auto id = core::plan::createRoutine(database, athlete->subject.id, name);
            if (!id)
                return id.error();
            created = *id;
            auto day = core::plan::insertDay(database, created);
            if (!day)
                return day.error();
            return {};
        });
    if (!s) {
        MessageBox::critical(this, tr("New Routine"), s.error().message);
        return;
    }
    selectRoutine(created);
    m_treeView->setFocus(Qt::OtherFocusReason);
    if (m_tree->rowCount() > 0)
        m_treeView->setCurrentIndex(m_tree->index(0, 0));
}

void RoutinesPage::duplicateRoutine()
{
    const Id id = currentRoutineId();
    const auto &athlete = session().currentAthlete();
    if (!id || !athlete)
        return;
    Id copy = 0;
    const core::Status s =
        commands::editRoutinesOf(session(), tr("Duplicate Routine"), { athlete->subject.id },
                                 [&](core::Database &database) -> core::Status {
                                     auto created = core::plan::duplicateRoutine(database, id);
                                     if (!created)
                                         return created.error();
                                     copy = *created;
                                     return {};
                                 });
    if (!s) {
        MessageBox::critical(this, tr("Duplicate Routine"), s.error().message);
        return;
    }
    selectRoutine(copy);
}

void RoutinesPage::deleteRoutine()
{
    const Id id = currentRoutineId();
    const auto &athlete = session().currentAthlete();
    const auto *summary = m_routines->routineAt(m_routineTable->currentIndex().row());
    if (!id || !athlete || !summary)
        return;
    const QString text =
        tr("Delete the routine “%1” with its %2 day(s), %3 planned set(s) and %4 cycle(s)?\n\n"
           "Logged sets stay in the training log (they lose their link to the plan). "
           "Edit → Undo brings it all back.")
            .arg(summary->routine.name)
            .arg(summary->days)
            .arg(summary->plannedSets)
            .arg(summary->cyclesRun);
    if (MessageBox::question(this, tr("Delete Routine"), text,
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const core::Status s = commands::editRoutinesOf(
        session(), tr("Delete Routine %1").arg(summary->routine.name), { athlete->subject.id },
        [&](core::Database &database) { return core::plan::deleteRoutine(database, id); });
    if (!s)
        MessageBox::critical(this, tr("Delete Routine"), s.error().message);
}

void RoutinesPage::copyToAthletes()
{
    const Id id = currentRoutineId();
    const auto &athlete = session().currentAthlete();
    if (!id || !athlete)
        return;
    CopyToAthletesDialog dialog(*session().athletes(), athlete->subject.id, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty())
        return;
    const QList<Id> subjects = dialog.chosen();
    const core::Status s = commands::editRoutinesOf(
        session(), tr("Copy Routine to %n Athlete(s)", nullptr, int(subjects.size())), subjects,
        [&](core::Database &database) -> core::Status {
            auto copies = core::plan::copyRoutineToAthletes(database, id, subjects);
            if (!copies)
                return copies.error();
            return {};
        });
    if (!s) {
        MessageBox::critical(this, tr("Copy to Athletes"), s.error().message);
        return;
    }
    emit statusMessage(tr("Copied to %n athlete(s).", nullptr, int(subjects.size())));
}

// ---- The tree ----------------------------------------------------------------------------------

void RoutinesPage::addDay()
{
    const Id routineId = currentRoutineId();
    if (!routineId)
        return;
    // After the current day, else at the end.
    int position = core::plan::atEnd;
    if (const Id dayId = currentIdAt(int(Level::Day))) {
        const QModelIndex day = m_tree->indexOf(Level::Day, dayId);
        position = day.row() + 2;
    }
    Id created = 0;
    if (edit(tr("Add Day"), [&](core::Database &database) -> core::Status {
            auto id = core::plan::insertDay(database, routineId, position);
            if (!id)
                return id.error();
            created = *id;
            return {};
        }))
        selectAfterChange(int(Level::Day), created);
}

void RoutinesPage::chooseExercise(const QModelIndex &slotIndex)
{
    const auto *slot = m_tree->slotAt(slotIndex);
    if (!slot)
        return;
    const Id chosen = ExercisePicker::pick(m_exercises, this, tr("Change Exercise"));
    if (chosen && chosen != slot->row.exerciseId)
        m_tree->setData(slotIndex.siblingAtColumn(RoutineTreeModel::NameColumn), chosen);
}

void RoutinesPage::addExercise()
{
    Id dayId = currentIdAt(int(Level::Day));
    if (!dayId && m_tree->rowCount() > 0)
        dayId = m_tree->idOf(m_tree->index(m_tree->rowCount() - 1, 0));
    if (!dayId)
        return;
    int position = core::plan::atEnd;
    if (const Id slotId = currentIdAt(int(Level::Slot)))
        position = m_tree->indexOf(Level::Slot, slotId).row() + 2;
    const Id exerciseId = ExercisePicker::pick(m_exercises, this, tr("Add Exercise"));
    if (!exerciseId)
        return;
    Id created = 0;
    if (edit(tr("Add Exercise"), [&](core::Database &database) -> core::Status {
            auto id = core::plan::insertSlot(database, dayId, exerciseId, position);
            if (!id)
                return id.error();
            created = *id;
            // One working set to start from.
            auto set = core::plan::insertSet(database, created);
            return set ? core::Status() : core::Status(set.error());
        }))
        selectAfterChange(int(Level::Slot), created);
}

void RoutinesPage::addSet()
{
    const Id slotId = currentIdAt(int(Level::Slot));
    if (!slotId)
        return;
    const Id setId = currentIdAt(int(Level::Set));
    Id created = 0;
    if (edit(tr("Add Set"), [&](core::Database &database) -> core::Status {
            // A new set is like the one it follows (the last one of the exercise).
            const auto *slot = m_tree->slotAt(m_tree->indexOf(Level::Slot, slotId));
            Id like = setId;
            if (!like && slot && !slot->sets.isEmpty())
                like = slot->sets.last().id;
            if (like) {
                auto ids = core::plan::addSetsLike(database, like, 1);
                if (!ids)
                    return ids.error();
                created = ids->value(0);
                return {};
            }
            auto id = core::plan::insertSet(database, slotId);
            if (!id)
                return id.error();
            created = *id;
            return {};
        }))
        selectAfterChange(int(Level::Set), created);
}

void RoutinesPage::addSetsLike()
{
    const Id setId = currentIdAt(int(Level::Set));
    if (!setId)
        return;
    bool ok = false;
    const int count = QInputDialog::getInt(this, tr("Add Sets Like This One"),
                                           tr("Number of sets to add:"), 2, 1, 20, 1, &ok);
    if (!ok)
        return;
    edit(tr("Add %n Set(s)", nullptr, count), [&](core::Database &database) -> core::Status {
        auto ids = core::plan::addSetsLike(database, setId, count);
        return ids ? core::Status() : core::Status(ids.error());
    });
}

void RoutinesPage::applyToAllSets()
{
    const QModelIndex current = m_treeView->currentIndex();
    const auto field = RoutineTreeModel::setFieldOf(current.column());
    const auto *set = m_tree->setAt(current);
    const Id slotId = currentIdAt(int(Level::Slot));
    if (!field || !set || !slotId)
        return;
    const QVariant value = core::plan::valueOf(*set, *field);
    const QString column = m_tree->headerData(current.column(), Qt::Horizontal).toString();
    edit(tr("Apply %1 to All Sets").arg(column), [&](core::Database &database) {
        return core::plan::applyToAllSets(database, slotId, *field, value);
    });
}

void RoutinesPage::moveCurrent(int delta)
{
    const QModelIndex current = m_treeView->currentIndex().siblingAtColumn(0);
    if (!current.isValid())
        return;
    const int target = current.row() + delta; // 0-based
    if (target < 0 || target >= m_tree->rowCount(current.parent()))
        return;
    const Id id = m_tree->idOf(current);
    const Level level = RoutineTreeModel::levelOf(current);
    const Id container = m_tree->idOf(current.parent());
    const int column = m_treeView->currentIndex().column();
    if (!edit(delta < 0 ? tr("Move Up") : tr("Move Down"), [&](core::Database &database) {
            switch (level) {
            case Level::Day:
                return core::plan::moveDay(database, id, target + 1);
            case Level::Slot:
                return core::plan::moveSlot(database, id, container, target + 1);
            case Level::Set:
                return core::plan::moveSet(database, id, container, target + 1);
            }
            return core::Status();
        }))
        return;
    const QModelIndex moved = m_tree->indexOf(level, id, column);
    m_treeView->setCurrentIndex(moved);
}

void RoutinesPage::duplicateCurrent()
{
    auto fragment = RoutineClipboard::fragmentOf(*m_tree, selectedRows());
    if (!fragment)
        return;
    std::unique_ptr<QMimeData> data(RoutineClipboard::toMimeData(*fragment, session()));
    // A copy right after the last selected row.
    const QModelIndexList rows = selectedRows();
    QModelIndex last = rows.first();
    for (const QModelIndex &r : rows) {
        if (RoutineTreeModel::levelOf(r) == RoutineTreeModel::levelOf(last) && r.row() > last.row())
            last = r;
    }
    const core::Status s = RoutineClipboard::drop(session(), *m_tree, data.get(), Qt::CopyAction,
                                                  last.row() + 1, last.parent());
    if (!s)
        showRefusal(s.error().message);
}

void RoutinesPage::removeSelected()
{
    const QModelIndexList rows = selectedRows();
    if (rows.isEmpty())
        return;
    QList<std::pair<Level, Id>> doomed;
    for (const QModelIndex &r : rows)
        doomed.append({ RoutineTreeModel::levelOf(r), m_tree->idOf(r) });
    edit(tr("Remove %n Row(s)", nullptr, int(doomed.size())),
         [&](core::Database &database) -> core::Status {
             // Sets before exercises before days: a row whose parent went is gone already.
             std::sort(doomed.begin(), doomed.end(),
                       [](const auto &a, const auto &b) { return int(a.first) > int(b.first); });
             for (const auto &[level, id] : std::as_const(doomed)) {
                 core::Status s;
                 switch (level) {
                 case Level::Day:
                     s = core::plan::removeDay(database, id);
                     break;
                 case Level::Slot:
                     s = core::plan::removeSlot(database, id);
                     break;
                 case Level::Set:
                     s = core::plan::removeSet(database, id);
                     break;
                 }
                 if (!s)
                     return s;
             }
             return {};
         });
    emit statusMessage(tr("Removed. Edit → Undo brings it back."));
}

void RoutinesPage::copy()
{
    auto fragment = RoutineClipboard::fragmentOf(*m_tree, selectedRows());
    if (!fragment)
        return;
    QMimeData *data = RoutineClipboard::toMimeData(*fragment, session());
    // Plain text too, for an editor or a chat message: the lines of the text format.
    if (m_tree->tree()) {
        core::plan::RoutineTree part;
        part.routine = m_tree->tree()->routine;
        if (fragment->level == core::plan::FragmentLevel::Day) {
            part.days = fragment->days;
        } else if (fragment->level == core::plan::FragmentLevel::Slot) {
            core::plan::RoutineTreeDay day;
            day.row.dayIndex = 1;
            day.exerciseSlots = fragment->exerciseSlots;
            part.days = { day };
        }
        if (!part.days.isEmpty())
            data->setText(core::plan::formatRoutineText(part));
    }
    QApplication::clipboard()->setMimeData(data);
    emit statusMessage(tr("Copied %n row(s).", nullptr, int(fragment->size())));
}

void RoutinesPage::cut()
{
    copy();
    removeSelected();
}

void RoutinesPage::paste()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (!data || !currentRoutineId())
        return;
    std::unique_ptr<QMimeData> converted;
    if (!data->hasFormat(RoutineClipboard::mimeType())) {
        // Text a coach wrote: the lines of the routine text format, with or without headings.
        QString text = data->text().trimmed();
        if (text.isEmpty()) {
            showRefusal(
                tr("The clipboard holds neither part of a routine nor text to read as one."));
            return;
        }
        auto names = db() ? core::plan::ExerciseNames::load(*db())
                          : core::Result<core::plan::ExerciseNames>(core::Error());
        if (!names) {
            showRefusal(names.error().message);
            return;
        }
        const bool hasDays = text.contains(QLatin1String("## "));
        if (!text.startsWith(QLatin1String("# ")))
            text.prepend(hasDays ? QStringLiteral("# Pasted\n")
                                 : QStringLiteral("# Pasted\n## Day 1\n"));
        auto tree = core::plan::parseRoutineText(text, *names);
        if (!tree) {
            showRefusal(tr("The pasted text is not a routine: %1").arg(tree.error().message));
            return;
        }
        core::plan::RoutineFragment fragment;
        if (hasDays) {
            fragment.level = core::plan::FragmentLevel::Day;
            fragment.days = tree->days;
        } else {
            fragment.level = core::plan::FragmentLevel::Slot;
            fragment.exerciseSlots = tree->days.value(0).exerciseSlots;
        }
        converted.reset(RoutineClipboard::toMimeData(fragment, session()));
        data = converted.get();
    }
    const auto level = RoutineClipboard::levelOf(data);
    if (!level) {
        showRefusal(tr("The clipboard holds something this page cannot paste."));
        return;
    }
    const auto place = RoutineClipboard::pastePlace(*m_tree, *level, m_treeView->currentIndex());
    if (!place) {
        showRefusal(*level == Level::Set ? tr("Choose an exercise or a set to paste sets at.")
                                         : tr("Choose a day to paste exercises into."));
        return;
    }
    const core::Status s = RoutineClipboard::drop(session(), *m_tree, data, Qt::CopyAction,
                                                  place->first, place->second);
    if (!s)
        showRefusal(s.error().message);
    else
        m_refusal->hide();
}

// ---- Text, print and PDF -----------------------------------------------------------------------

void RoutinesPage::importText()
{
    const auto &athlete = session().currentAthlete();
    if (!athlete || !db())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Routine from Text"), documentsFolder(), tr("Text (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::critical(this, tr("Import Routine"),
                             tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QString text = QString::fromUtf8(file.readAll());
    Id created = 0;
    const core::Status s = commands::editRoutinesOf(
        session(), tr("Import Routine"), { athlete->subject.id },
        [&](core::Database &database) -> core::Status {
            auto id = core::plan::importRoutineText(database, athlete->subject.id, text);
            if (!id)
                return id.error();
            created = *id;
            return {};
        });
    if (!s) {
        MessageBox::critical(
            this, tr("Import Routine"),
            tr("Nothing was imported from %1.\n\n%2").arg(path, s.error().message));
        return;
    }
    selectRoutine(created);
}

void RoutinesPage::exportText()
{
    if (!m_tree->tree())
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Routine as Text"),
                                     documentsFolder() + QLatin1Char('/')
                                         + m_tree->tree()->routine.name + QStringLiteral(".txt"),
                                     tr("Text (*.txt)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(core::plan::formatRoutineText(*m_tree->tree()).toUtf8()) < 0
        || !file.commit()) {
        MessageBox::critical(this, tr("Export Routine"),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    emit statusMessage(tr("Routine written to %1").arg(path));
}

void RoutinesPage::printRoutine()
{
    if (!m_tree->tree())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_tree->tree()->routine.name);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Routine"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    RoutinePrinter(*m_tree->tree(), athleteLabel(false), session().weightFormat()).print(printer);
}

void RoutinesPage::exportPdf()
{
    if (!m_tree->tree())
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Routine as PDF"),
                                     documentsFolder() + QLatin1Char('/')
                                         + m_tree->tree()->routine.name + QStringLiteral(".pdf"),
                                     tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const bool name = MessageBox::question(this, tr("Export Routine as PDF"),
                                           tr("Print the athlete's name? “No” prints their "
                                              "pseudonym only."),
                                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
    if (writePdf(path, name))
        emit statusMessage(tr("Routine written to %1").arg(path));
}

bool RoutinesPage::writePdf(const QString &path, bool athleteName)
{
    if (!m_tree->tree())
        return false;
    QPdfWriter writer(path);
    writer.setTitle(m_tree->tree()->routine.name);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    const int pages =
        RoutinePrinter(*m_tree->tree(), athleteLabel(athleteName), session().weightFormat())
            .print(writer);
    if (pages == 0) {
        MessageBox::critical(this, tr("Export Routine as PDF"), tr("Cannot write %1.").arg(path));
        return false;
    }
    return true;
}

} // namespace ft::ui
