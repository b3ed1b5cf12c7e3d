#include "exercisespage.h"
#include "formhelpers.h"

#include "commands/commands.h"
#include "enumlabels.h"
#include "messagebox.h"
#include "models/exercisefilterproxy.h"
#include "models/exercisetablemodel.h"
#include "session.h"
#include "widgets/exerciseeditor.h"

#include "core/catalog/catalogstore.h"
#include "core/changes/changenotifier.h"
#include "core/db/database.h"
#include "core/exchange/import/exercisematcher.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace ft::ui {

using core::EnumType;
using Filter = ExerciseFilterProxy::Filter;
using ActiveState = ExerciseFilterProxy::ActiveState;

namespace {

enum StackPage { EmptyPage, TablePage, NoMatchPage };

QComboBox *filterCombo(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->addItem(ExercisesPage::tr("Any"), QString());
    return combo;
}

QComboBox *enumFilterCombo(EnumType type, const QString &objectName, const QString &accessibleName,
                           QWidget *parent)
{
    QComboBox *combo = filterCombo(objectName, accessibleName, parent);
    for (const auto &[label, value] : enumItems(type))
        combo->addItem(label, value);
    return combo;
}

QString quoted(const QString &text)
{
    return ExercisesPage::tr("“%1”").arg(text);
}

} // namespace

ExercisesPage::ExercisesPage(Session &session, QWidget *parent)
    : Page(session, parent)
    , m_model(new ExerciseTableModel(this))
    , m_proxy(new ExerciseFilterProxy(this))
{
    setObjectName(QStringLiteral("exercisesPage"));
    m_proxy->setSourceModel(m_model);
    followNotifier();
    // Before the table exists, so that its selection model hears of row changes after the page.
    keepPaneOnRowChanges();
    createTable();
    QWidget *filters = createFilters();
    QWidget *pane = createPane();
    layOut(filters, pane);
    connectControls();
    createShortcuts();
    setTabOrders();
    rebuildTagFilter();
    updateState();
}

void ExercisesPage::followNotifier()
{
    core::ChangeNotifier *notifier = session().notifier();
    connect(notifier, &core::ChangeNotifier::exercisesAdded, this, &ExercisesPage::exercisesStored);
    connect(notifier, &core::ChangeNotifier::exercisesEdited, this,
            [this](const core::IdList &ids) { exercisesStored(ids); });
    connect(notifier, &core::ChangeNotifier::exercisesRemoved, this,
            &ExercisesPage::exercisesRemoved);
}

QWidget *ExercisesPage::createFilters()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("exerciseSearch"));
    m_search->setPlaceholderText(tr("Search exercises by name or alias (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search exercises"));
    m_search->setClearButtonEnabled(true);

    m_newButton = new QPushButton(tr("&New Exercise"), this);
    m_newButton->setObjectName(QStringLiteral("newExerciseButton"));
    m_newButton->setToolTip(tr("Create an exercise (Ctrl+N)"));

    auto *filters = new QWidget(this);
    filters->setObjectName(QStringLiteral("exerciseFilters"));
    m_muscleFilter = enumFilterCombo(EnumType::MuscleGroup, QStringLiteral("muscleFilter"),
                                     tr("Muscle filter"), filters);
    const QString muscleTip =
        tr("Shows the exercises that work this muscle, as their primary muscle or as a "
           "secondary one. Check “Primary only” to leave out the secondary ones.");
    m_muscleFilter->setToolTip(muscleTip);
    m_primaryOnly = new QCheckBox(tr("Primar&y only"), filters);
    m_primaryOnly->setObjectName(QStringLiteral("primaryOnlyCheck"));
    m_primaryOnly->setToolTip(tr("Match the muscle filter against the primary muscle only."));
    m_equipmentFilter = enumFilterCombo(EnumType::Equipment, QStringLiteral("equipmentFilter"),
                                        tr("Equipment filter"), filters);
    m_mechanicsFilter = enumFilterCombo(EnumType::Mechanics, QStringLiteral("mechanicsFilter"),
                                        tr("Mechanics filter"), filters);
    m_forceFilter = enumFilterCombo(EnumType::ForceVector, QStringLiteral("forceFilter"),
                                    tr("Force filter"), filters);
    m_levelFilter = enumFilterCombo(EnumType::Level, QStringLiteral("levelFilter"),
                                    tr("Level filter"), filters);
    m_movementFilter = enumFilterCombo(EnumType::MovementPattern, QStringLiteral("movementFilter"),
                                       tr("Movement filter"), filters);
    m_tagFilter = filterCombo(QStringLiteral("tagFilter"), tr("Tag filter"), filters);
    m_activeFilter = new QComboBox(filters);
    m_activeFilter->setObjectName(QStringLiteral("activeFilter"));
    m_activeFilter->setAccessibleName(tr("Show active or inactive exercises"));
    m_activeFilter->addItem(tr("Active"), int(ActiveState::Active));
    m_activeFilter->addItem(tr("Inactive"), int(ActiveState::Inactive));
    m_activeFilter->addItem(tr("All"), int(ActiveState::All));
    m_activeFilter->setToolTip(tr("Inactive exercises keep their history but are not offered when "
                                  "choosing exercises."));
    m_clearFiltersButton = new QPushButton(tr("Clear Filters"), filters);
    m_clearFiltersButton->setObjectName(QStringLiteral("clearFiltersButton"));
    m_count = new QLabel(filters);
    m_count->setObjectName(QStringLiteral("exerciseCount"));

    auto *muscleBox = new QHBoxLayout;
    muscleBox->addWidget(m_muscleFilter);
    muscleBox->addWidget(m_primaryOnly);
    auto *grid = new QGridLayout(filters);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    const auto place = [grid, filters](int row, int column, const QString &text, QWidget *field,
                                       QLayout *layout = nullptr) {
        grid->addWidget(buddyLabel(text, field, filters), row, column * 2, Qt::AlignRight);
        if (layout)
            grid->addLayout(layout, row, column * 2 + 1);
        else
            grid->addWidget(field, row, column * 2 + 1);
    };
    place(0, 0, tr("&Muscle:"), m_muscleFilter, muscleBox);
    place(0, 1, tr("E&quipment:"), m_equipmentFilter);
    place(0, 2, tr("Me&chanics:"), m_mechanicsFilter);
    place(0, 3, tr("F&orce:"), m_forceFilter);
    place(1, 0, tr("Movemen&t:"), m_movementFilter);
    place(1, 1, tr("&Level:"), m_levelFilter);
    place(1, 2, tr("Ta&g:"), m_tagFilter);
    place(1, 3, tr("Sho&w:"), m_activeFilter);
    grid->setColumnStretch(8, 1);
    grid->addWidget(m_clearFiltersButton, 0, 9, 1, 2);
    grid->addWidget(m_count, 1, 9, Qt::AlignRight);
    grid->addWidget(m_columnsButton, 1, 10);
    return filters;
}

void ExercisesPage::keepPaneOnRowChanges()
{
    // The pane, not the table's current row, says which exercise is open: when rows disappear or
    // move (a filter, a search, a save, a deactivation), the selection model would move the
    // current row to a neighbour and open that. Connected before the view's selection model
    // exists, so that these run first.
    const auto hold = [this] { ++m_structureChanging; };
    const auto release = [this] {
        --m_structureChanging;
        syncSelection();
    };
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, hold);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, release);
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, hold);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, release);
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, hold);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, release);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, hold);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, release);
}

// The table, its column chooser, and the states shown instead of it (no exercises, no match).
void ExercisesPage::createTable()
{
    m_table = rowTable(m_proxy, QStringLiteral("exerciseTable"), tr("Exercises"), this);
    m_table->horizontalHeader()->setStretchLastSection(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ExerciseTableModel::NameColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    header->setMinimumSectionSize(40);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ExerciseTableModel::NameColumn, Qt::AscendingOrder);
    // Columns as wide as their longest label (measuring the rows would cost on every change).
    for (int column = ExerciseTableModel::NameColumn + 1; column < ExerciseTableModel::ColumnCount;
         ++column) {
        QStringList texts;
        if (const EnumType type = ExerciseTableModel::columnEnumType(column);
            type != EnumType::None) {
            for (const auto &item : enumItems(type))
                texts.append(item.first);
        } else {
            texts = { tr("Yes"), tr("No") };
        }
        int width =
            header->fontMetrics().horizontalAdvance(ExerciseTableModel::columnTitle(column)) + 28;
        for (const QString &text : std::as_const(texts))
            width = std::max(width, m_table->fontMetrics().horizontalAdvance(text) + 16);
        m_table->setColumnWidth(column, width);
    }
    // Mechanics and force are one word each and rarely sorted by: hidden until asked for, so that
    // names have room beside the pane at 1280 pixels.
    m_table->setColumnHidden(ExerciseTableModel::MechanicsColumn, true);
    m_table->setColumnHidden(ExerciseTableModel::ForceColumn, true);
    // The Active column says something only when the list mixes both: it follows Show.
    m_table->setColumnHidden(ExerciseTableModel::ActiveColumn, true);
    m_columnsButton = new QToolButton(this);
    m_columnsButton->setObjectName(QStringLiteral("columnsButton"));
    m_columnsButton->setText(tr("Columns"));
    m_columnsButton->setToolTip(tr("Choose the columns of the table"));
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    auto *columnsMenu = new QMenu(m_columnsButton);
    for (int column = ExerciseTableModel::NameColumn + 1; column < ExerciseTableModel::ColumnCount;
         ++column) {
        QAction *action = columnsMenu->addAction(ExerciseTableModel::columnTitle(column));
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        action->setData(column);
        connect(action, &QAction::toggled, this,
                [this, column](bool on) { m_table->setColumnHidden(column, !on); });
        if (column == ExerciseTableModel::ActiveColumn)
            m_activeColumnAction = action;
    }
    m_columnsButton->setMenu(columnsMenu);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        header, &QHeaderView::customContextMenuRequested, this,
        [header, columnsMenu](const QPoint &pos) { columnsMenu->popup(header->mapToGlobal(pos)); });

    auto *empty = new QWidget(this);
    m_emptyText = new QLabel(empty);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyNewButton = new QPushButton(tr("Create an Exercise"), empty);
    m_emptyNewButton->setObjectName(QStringLiteral("createFirstExerciseButton"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyNewButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    auto *noMatch = new QWidget(this);
    noMatch->setObjectName(QStringLiteral("noMatchState"));
    m_noMatchText = new QLabel(noMatch);
    m_noMatchText->setObjectName(QStringLiteral("noMatchText"));
    m_noMatchText->setWordWrap(true);
    m_noMatchText->setAlignment(Qt::AlignCenter);
    m_noMatchClearFilters = new QPushButton(tr("Clear Filters"), noMatch);
    m_noMatchClearFilters->setObjectName(QStringLiteral("noMatchClearFiltersButton"));
    m_noMatchClearSearch = new QPushButton(tr("Clear Search"), noMatch);
    m_noMatchClearSearch->setObjectName(QStringLiteral("noMatchClearSearchButton"));
    auto *noMatchButtons = new QHBoxLayout;
    noMatchButtons->addStretch();
    noMatchButtons->addWidget(m_noMatchClearFilters);
    noMatchButtons->addWidget(m_noMatchClearSearch);
    noMatchButtons->addStretch();
    auto *noMatchLayout = new QVBoxLayout(noMatch);
    noMatchLayout->addStretch();
    noMatchLayout->addWidget(m_noMatchText);
    noMatchLayout->addLayout(noMatchButtons);
    noMatchLayout->addStretch();

    m_stack = new QStackedWidget(this);
    m_stack->insertWidget(EmptyPage, empty);
    m_stack->insertWidget(TablePage, m_table);
    m_stack->insertWidget(NoMatchPage, noMatch);
}

QWidget *ExercisesPage::createPane()
{
    auto *pane = new QWidget(this);
    pane->setObjectName(QStringLiteral("exercisePane"));
    m_duplicateButton = new QPushButton(tr("D&uplicate"), pane);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateExerciseButton"));
    m_duplicateButton->setToolTip(tr("Copy this exercise to edit it into a variation"));
    m_activeButton = new QPushButton(tr("Deact&ivate"), pane);
    m_activeButton->setObjectName(QStringLiteral("toggleActiveButton"));
    m_deleteButton = new QPushButton(tr("&Delete…"), pane);
    m_deleteButton->setObjectName(QStringLiteral("deleteExerciseButton"));
    m_editor = new ExerciseEditor(pane);
    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(6, 0, 0, 0);
    actions->addWidget(m_duplicateButton);
    actions->addWidget(m_activeButton);
    actions->addWidget(m_deleteButton);
    actions->addStretch();
    auto *paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->addLayout(actions);
    paneLayout->addWidget(m_editor, 1);
    pane->setMinimumWidth(360);

    return pane;
}

void ExercisesPage::layOut(QWidget *filters, QWidget *pane)
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("exerciseSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(pane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 640, 380 });

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_newButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(filters);
    layout->addWidget(m_splitter, 1);
}

void ExercisesPage::connectControls()
{
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ExerciseFilterProxy::setSearchText);
    const auto bindFilter = [this](QComboBox *combo, Filter filter) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, filter] {
            m_proxy->setFilter(filter, combo->currentData().toString());
        });
    };
    bindFilter(m_muscleFilter, Filter::Muscle);
    bindFilter(m_equipmentFilter, Filter::Equipment);
    bindFilter(m_mechanicsFilter, Filter::Mechanics);
    bindFilter(m_forceFilter, Filter::Force);
    bindFilter(m_levelFilter, Filter::Level);
    bindFilter(m_movementFilter, Filter::Movement);
    bindFilter(m_tagFilter, Filter::Tag);
    connect(m_primaryOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setMuscleScope(on ? ExerciseFilterProxy::MuscleScope::PrimaryOnly
                                   : ExerciseFilterProxy::MuscleScope::PrimaryOrSecondary);
    });
    connect(m_activeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const auto state = ActiveState(m_activeFilter->currentData().toInt());
        m_proxy->setActiveState(state);
        m_activeColumnAction->setChecked(state == ActiveState::All);
    });
    connect(m_proxy, &ExerciseFilterProxy::filtersChanged, this, &ExercisesPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ExercisesPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ExercisesPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ExercisesPage::updateState);
    connect(m_proxy, &ExerciseFilterProxy::rankOrderChanged, this, [this](bool rankOrder) {
        // Best match first while typing: no column decides the order, so none shows an arrow.
        m_table->horizontalHeader()->setSortIndicatorShown(!rankOrder);
    });
    connect(m_model, &ExerciseTableModel::contentChanged, this, [this] {
        rebuildTagFilter();
        m_editor->setTagSuggestions(m_model->tags());
    });
    connect(m_clearFiltersButton, &QPushButton::clicked, this, &ExercisesPage::clearFilters);
    connect(m_noMatchClearFilters, &QPushButton::clicked, this, &ExercisesPage::clearFilters);
    connect(m_noMatchClearSearch, &QPushButton::clicked, m_search, &QLineEdit::clear);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    // Enter (or a double click) on an exercise: on to its fields.
    connect(m_table, &QTableView::activated, this,
            [this] { m_editor->firstField()->setFocus(Qt::TabFocusReason); });

    connect(m_newButton, &QPushButton::clicked, this, &ExercisesPage::newExercise);
    connect(m_emptyNewButton, &QPushButton::clicked, this, &ExercisesPage::newExercise);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ExercisesPage::duplicateExercise);
    connect(m_activeButton, &QPushButton::clicked, this, &ExercisesPage::toggleActive);
    connect(m_deleteButton, &QPushButton::clicked, this, &ExercisesPage::deleteExercise);
    connect(m_editor, &ExerciseEditor::saveRequested, this, &ExercisesPage::saveExercise);
    connect(m_editor, &ExerciseEditor::modifiedChanged, this, &ExercisesPage::updateActions);
}

void ExercisesPage::createShortcuts()
{
    auto *newAction = new QAction(tr("New Exercise"), this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newAction, &QAction::triggered, this, &ExercisesPage::newExercise);
    addAction(newAction);
    auto *deleteAction = new QAction(tr("Delete Exercise"), m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &ExercisesPage::deleteExercise);
    m_table->addAction(deleteAction);
}

void ExercisesPage::setTabOrders()
{
    // Search → filters → table → the pane's fields → Save → Revert → the pane's actions.
    QWidget *order[] = { m_search,
                         m_newButton,
                         m_muscleFilter,
                         m_primaryOnly,
                         m_equipmentFilter,
                         m_mechanicsFilter,
                         m_forceFilter,
                         m_movementFilter,
                         m_levelFilter,
                         m_tagFilter,
                         m_activeFilter,
                         m_clearFiltersButton,
                         m_columnsButton,
                         m_table,
                         m_emptyNewButton,
                         m_noMatchClearFilters,
                         m_noMatchClearSearch,
                         m_editor->firstField() };
    for (size_t i = 0; i + 1 < std::size(order); ++i)
        setTabOrder(order[i], order[i + 1]);
    setTabOrder(m_editor->lastField(), m_duplicateButton);
    setTabOrder(m_duplicateButton, m_activeButton);
    setTabOrder(m_activeButton, m_deleteButton);
}

QWidget *ExercisesPage::searchField() const
{
    return m_search;
}

void ExercisesPage::databaseChanged()
{
    m_editor->clear();
}

void ExercisesPage::exercisesStored(const QList<qint64> &ids)
{
    if (!db())
        return;
    for (const core::Id id : ids) {
        auto details = core::loadExercise(*db(), id);
        if (!details) {
            emit statusMessage(details.error().message);
            continue;
        }
        m_changingSelection = true;
        m_model->upsert(*details);
        m_changingSelection = false;
    }
    // The pane follows what is stored, unless the user is editing it.
    if (m_editor->hasExercise() && !m_editor->isNew() && !m_editor->isModified()
        && ids.contains(m_editor->exerciseId()))
        showExercise(m_editor->exerciseId());
    syncSelection();
    updateState();
}

void ExercisesPage::exercisesRemoved(const QList<qint64> &ids)
{
    m_changingSelection = true;
    for (const core::Id id : ids)
        m_model->remove(id);
    m_changingSelection = false;
    if (m_editor->hasExercise() && !m_editor->isNew() && ids.contains(m_editor->exerciseId()))
        m_editor->clear();
    updateState();
    updateActions();
}

void ExercisesPage::refresh()
{
    reload();
    // An unsaved edit stays in the pane as it is; otherwise the pane shows the exercise afresh
    // (or nothing, when it is gone).
    if (m_editor->isModified() || !m_editor->hasExercise() || m_editor->isNew())
        return;
    showExercise(m_editor->exerciseId());
    syncSelection();
}

void ExercisesPage::reload()
{
    const QString error = m_model->reload(db());
    if (!error.isEmpty())
        MessageBox::critical(this, tr("Cannot Load Exercises"), error);
    updateState();
}

void ExercisesPage::rebuildTagFilter()
{
    const QString current = m_tagFilter->currentData().toString();
    const QSignalBlocker blocker(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("Any"), QString());
    // What an import created from a name alone: its muscle, equipment and movement are guesses.
    const QString review = core::import::needsReviewTagName();
    m_tagFilter->addItem(tr("Needs review"), review);
    for (const QString &tag : m_model->tags()) {
        if (tag.compare(review, Qt::CaseInsensitive) != 0)
            m_tagFilter->addItem(tag, tag);
    }
    const int index =
        current.isEmpty() ? 0 : m_tagFilter->findData(current, Qt::UserRole, Qt::MatchFixedString);
    m_tagFilter->setCurrentIndex(std::max(0, index));
    if (index < 0)
        m_proxy->setFilter(Filter::Tag, QString());
}

void ExercisesPage::clearFilters()
{
    for (QComboBox *combo : { m_muscleFilter, m_equipmentFilter, m_mechanicsFilter, m_forceFilter,
                              m_levelFilter, m_movementFilter, m_tagFilter, m_activeFilter }) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blocker(m_primaryOnly);
        m_primaryOnly->setChecked(false);
    }
    m_activeColumnAction->setChecked(false);
    m_proxy->clearFilters();
    updateState();
}

core::Id ExercisesPage::currentExerciseId() const
{
    return m_editor->hasExercise() ? m_editor->exerciseId() : 0;
}

bool ExercisesPage::selectExercise(core::Id id)
{
    const int sourceRow = m_model->rowOfId(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // Hidden by the filters: the pane still shows it.
        if (m_editor->exerciseId() != id && confirmLeave())
            showExercise(id);
        return false;
    }
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void ExercisesPage::syncSelection()
{
    if (m_structureChanging > 0 || !m_table || !m_editor)
        return;
    QItemSelectionModel *selection = m_table->selectionModel();
    const core::Id id = m_editor->hasExercise() && !m_editor->isNew() ? m_editor->exerciseId() : 0;
    const int sourceRow = id ? m_model->rowOfId(id) : -1;
    const QModelIndex index =
        sourceRow >= 0 ? m_proxy->mapFromSource(m_model->index(sourceRow, 0)) : QModelIndex();
    if (index.isValid() && selection->currentIndex().row() == index.row()
        && selection->isRowSelected(index.row()))
        return;
    m_changingSelection = true;
    if (index.isValid())
        selection->setCurrentIndex(index,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else if (selection->currentIndex().isValid() || selection->hasSelection())
        selection->clear();
    m_changingSelection = false;
}

void ExercisesPage::currentRowChanged(const QModelIndex &current)
{
    if (m_changingSelection || m_structureChanging > 0 || !current.isValid())
        return; // filtered away: the pane keeps its exercise
    const core::Id id = m_proxy->data(current, ExerciseTableModel::IdRole).toLongLong();
    if (m_editor->hasExercise() && !m_editor->isNew() && m_editor->exerciseId() == id)
        return;
    if (!confirmLeave()) {
        // Back to the exercise being edited, once the view has finished its own selection.
        QTimer::singleShot(0, this, [this] {
            const QSignalBlocker blocker(m_table->selectionModel());
            const QModelIndex back =
                m_proxy->mapFromSource(m_model->index(m_model->rowOfId(m_editor->exerciseId()), 0));
            m_changingSelection = true;
            if (back.isValid())
                m_table->selectionModel()->setCurrentIndex(
                    back, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            else
                m_table->selectionModel()->clear();
            m_changingSelection = false;
            m_table->viewport()->update();
        });
        return;
    }
    showExercise(id);
}

void ExercisesPage::showExercise(core::Id id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        m_editor->clear();
        updateActions();
        return;
    }
    qint64 loggedSets = -1;
    if (db()) {
        if (auto n = core::loggedSetCount(*db(), id))
            loggedSets = *n;
    }
    m_editor->setExercise(m_model->exercise(row), loggedSets);
    updateActions();
}

bool ExercisesPage::confirmLeave()
{
    if (!m_editor->isModified())
        return true;
    const QString name =
        m_editor->isNew() ? tr("the new exercise") : quoted(m_editor->original().exercise.name);
    const auto answer = MessageBox::question(
        this, tr("Unsaved Changes"), tr("Save the changes to %1?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveExercise();
    return answer == QMessageBox::Discard;
}

void ExercisesPage::newExercise()
{
    if (!db() || !confirmLeave())
        return;
    core::ExerciseDetails draft;
    draft.exercise.isActive = true;
    {
        m_changingSelection = true;
        m_table->selectionModel()->clear();
        m_changingSelection = false;
    }
    m_editor->setExercise(draft, 0);
    updateActions();
    m_editor->firstField()->setFocus(Qt::OtherFocusReason);
    emit statusMessage(tr("Fill in the new exercise, then save it."));
}

bool ExercisesPage::saveExercise()
{
    if (!db() || !m_editor->hasExercise())
        return false;
    if (!m_editor->isModified())
        return true;
    const bool wasNew = m_editor->isNew();
    auto saved = commands::saveExercise(session(), m_editor->exercise());
    if (!saved) {
        m_editor->showError(saved.error());
        emit statusMessage(tr("Not saved: the exercise pane says why."));
        return false;
    }
    const core::Id id = saved->exercise.id;
    qint64 loggedSets = 0;
    if (!wasNew) {
        if (auto n = core::loggedSetCount(*db(), id))
            loggedSets = *n;
        else
            loggedSets = -1;
    }
    // The notifier has put the stored exercise in the table already.
    m_editor->setExercise(*saved, loggedSets);
    if (wasNew)
        reveal(id);
    else
        selectExercise(id);
    updateState();
    emit statusMessage(wasNew ? tr("Created %1.").arg(quoted(saved->exercise.name))
                              : tr("Saved %1.").arg(quoted(saved->exercise.name)));
    return true;
}

void ExercisesPage::reveal(core::Id id)
{
    if (selectExercise(id))
        return;
    m_search->clear();
    clearFilters();
    if (selectExercise(id))
        emit statusMessage(tr("The search and filters were cleared to show the exercise."));
}

void ExercisesPage::duplicateExercise()
{
    if (!db() || !m_editor->hasExercise() || m_editor->isNew() || !confirmLeave())
        return;
    auto copy = commands::duplicateExercise(session(), m_editor->exerciseId());
    if (!copy) {
        MessageBox::critical(this, tr("Duplicate Exercise"), copy.error().message);
        return;
    }
    m_editor->setExercise(*copy, 0);
    reveal(copy->exercise.id);
    updateState();
    // Straight on to renaming the copy.
    m_editor->firstField()->setFocus(Qt::OtherFocusReason);
    if (auto *name = qobject_cast<QLineEdit *>(m_editor->firstField()))
        name->selectAll();
    emit statusMessage(tr("Created %1: rename it and change what differs, then save.")
                           .arg(quoted(copy->exercise.name)));
}

void ExercisesPage::setActive(core::Id id, bool active)
{
    if (core::Status s = commands::setExerciseActive(session(), id, active); !s) {
        MessageBox::critical(this, active ? tr("Activate Exercise") : tr("Deactivate Exercise"),
                             s.error().message);
        return;
    }
    if (m_editor->exerciseId() == id)
        m_editor->setStoredActive(active);
    syncSelection();
    const QString name = quoted(m_model->exercise(m_model->rowOfId(id)).exercise.name);
    updateState();
    updateActions();
    if (active) {
        emit statusMessage(
            tr("Activated %1: it is offered again when choosing exercises.").arg(name));
    } else {
        emit statusMessage(tr("Deactivated %1: it keeps its history and is no longer offered when "
                              "choosing exercises (Show: Inactive lists it).")
                               .arg(name));
    }
}

void ExercisesPage::toggleActive()
{
    if (!db() || !m_editor->hasExercise() || m_editor->isNew())
        return;
    setActive(m_editor->exerciseId(), !m_editor->original().exercise.isActive);
}

void ExercisesPage::deleteExercise()
{
    if (!db() || !m_editor->hasExercise())
        return;
    if (m_editor->isNew()) {
        // Nothing stored yet: deleting the draft is discarding it.
        m_editor->clear();
        updateActions();
        return;
    }
    const core::Id id = m_editor->exerciseId();
    const QString name = quoted(m_editor->original().exercise.name);
    const auto offerDeactivation = [&](const QString &why) {
        const bool active = m_editor->original().exercise.isActive;
        const QString text = active
            ? why + QStringLiteral("\n\n") + tr("Deactivate %1 instead?").arg(name)
            : why + QStringLiteral("\n\n") + tr("%1 is already inactive.").arg(name);
        if (!active) {
            MessageBox::information(this, tr("Delete Exercise"), text);
            return;
        }
        if (MessageBox::question(this, tr("Delete Exercise"), text,
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes)
            setActive(id, false);
    };

    auto sets = core::loggedSetCount(*db(), id);
    if (!sets) {
        MessageBox::critical(this, tr("Delete Exercise"), sets.error().message);
        return;
    }
    if (*sets > 0) {
        offerDeactivation(
            tr("%1 cannot be deleted: it has training history (logged sets: %2), and deleting "
               "it would erase that history. A deactivated exercise keeps its history and is "
               "no longer offered when choosing exercises.")
                .arg(name)
                .arg(*sets));
        return;
    }
    if (MessageBox::question(
            this, tr("Delete Exercise"),
            tr("Delete %1 with its aliases, tags and secondary muscles? Routines that "
               "plan it lose it too. Edit → Undo brings it back.")
                .arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    // The row below takes the place of the deleted one.
    const QModelIndex current = m_table->currentIndex();
    const int proxyRow = current.isValid() ? current.row() : -1;
    if (core::Status s = commands::deleteExercise(session(), id); !s) {
        if (s.error().kind == core::Error::Kind::ForeignKey)
            offerDeactivation(s.error().message); // a set was logged meanwhile
        else
            MessageBox::critical(this, tr("Delete Exercise"), s.error().message);
        return;
    }
    m_editor->clear();
    if (proxyRow >= 0 && m_proxy->rowCount() > 0) {
        const QModelIndex next = m_proxy->index(std::min(proxyRow, m_proxy->rowCount() - 1), 0);
        selectExercise(m_proxy->data(next, ExerciseTableModel::IdRole).toLongLong());
    }
    updateState();
    updateActions();
    emit statusMessage(tr("Deleted %1.").arg(name));
}

void ExercisesPage::updateActions()
{
    const bool stored = db() && m_editor->hasExercise() && !m_editor->isNew();
    m_newButton->setEnabled(db() != nullptr);
    m_duplicateButton->setEnabled(stored);
    m_activeButton->setEnabled(stored);
    m_deleteButton->setEnabled(stored);
    const bool active = !stored || m_editor->original().exercise.isActive;
    m_activeButton->setText(active ? tr("Deact&ivate") : tr("Act&ivate"));
    m_activeButton->setToolTip(
        active ? tr("Hide this exercise when choosing exercises; its history stays")
               : tr("Offer this exercise again when choosing exercises"));
}

void ExercisesPage::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(tr("%1 of %n exercises", "", total).arg(shown));
    m_clearFiltersButton->setEnabled(m_proxy->hasFilters());
    m_search->setEnabled(db() != nullptr);

    if (total == 0) {
        m_emptyText->setText(
            db() ? tr("<h3>No exercises yet</h3><p>The catalog of this database is empty. "
                      "Create exercises one by one, or import a catalog with "
                      "<i>fitnesstrack-cli catalog import</i>.</p>")
                 : tr("<h3>No database is open</h3><p>Open or create a database in "
                      "the File menu.</p>"));
        m_emptyNewButton->setVisible(db() != nullptr);
        m_stack->setCurrentIndex(EmptyPage);
    } else if (shown == 0) {
        const QStringList filters = m_proxy->filterDescriptions();
        const QString filterText = filters.join(QStringLiteral("; "));
        QString text;
        if (m_proxy->isSearching() && !filters.isEmpty())
            text = tr("<h3>No exercise matches %1 with these filters</h3><p>%2</p>")
                       .arg(quoted(m_search->text().trimmed()).toHtmlEscaped(),
                            filterText.toHtmlEscaped());
        else if (m_proxy->isSearching())
            text = tr("<h3>No exercise matches %1</h3>")
                       .arg(quoted(m_search->text().trimmed()).toHtmlEscaped());
        else
            text = tr("<h3>No exercise passes these filters</h3><p>%1</p>")
                       .arg(filterText.toHtmlEscaped());
        const int withoutFilters = m_proxy->countMatchingSearch();
        if (!filters.isEmpty() && withoutFilters > 0)
            text += tr("<p>Without the filters, %1 would match.</p>").arg(withoutFilters);
        else if (m_proxy->isSearching())
            text += tr(
                "<p>Names and aliases are searched, ignoring case and accents. Check the spelling, "
                "try fewer letters, or clear the search.</p>");
        m_noMatchText->setText(text);
        m_noMatchClearFilters->setVisible(!filters.isEmpty());
        m_noMatchClearSearch->setVisible(m_proxy->isSearching());
        m_stack->setCurrentIndex(NoMatchPage);
    } else {
        m_stack->setCurrentIndex(TablePage);
    }
    updateActions();
}

} // namespace ft::ui
