#include "trainingpage.h"

#include "commands/commands.h"
#include "dialogs/exercisepicker.h"
#include "formhelpers.h"
#include "models/routinelistmodel.h"
#include "models/sessionsheetmodel.h"
#include "session.h"
#include "widgets/resttimer.h"

#include "core/catalog/catalogstore.h"
#include "core/changes/changenotifier.h"
#include "core/db/database.h"
#include "core/log/traininglog.h"
#include "core/plan/plannedvalues.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

namespace ft::ui {

using commands::statusOf;

using core::Id;
namespace log = core::log;

namespace {

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

} // namespace

// ---- SessionSetDelegate -----------------------------------------------------------------------

SessionSetDelegate::SessionSetDelegate(SessionSheetModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{ }

QWidget *SessionSetDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setAccessibleName(
            m_model->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString());
        line->setProperty("sheetIndex", QVariant::fromValue(QPersistentModelIndex(index)));
        if (index.column() == SessionSheetModel::TempoColumn)
            line->setPlaceholderText(QStringLiteral("3-1-X-0"));
        else if (index.column() == SessionSheetModel::RestColumn)
            line->setPlaceholderText(tr("m:ss"));
    }
    return editor;
}

bool SessionSetDelegate::eventFilter(QObject *watched, QEvent *event)
{
    auto *line = qobject_cast<QLineEdit *>(watched);
    if (line && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab
            || key == Qt::Key_Backtab) {
            const QModelIndex index = line->property("sheetIndex").value<QPersistentModelIndex>();
            if (const auto error = m_model->check(index, line->text())) {
                // Refused: the editor stays open with the text to correct, the rule beside it.
                QToolTip::showText(line->mapToGlobal(QPoint(0, line->height())), error->message,
                                   line);
                emit refused(*error);
                return true;
            }
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

// ---- TrainingPage -----------------------------------------------------------------------------

TrainingPage::TrainingPage(Session &session, QWidget *parent)
    : Page(session, parent)
    , m_model(new SessionSheetModel(session, this))
{
    setObjectName(QStringLiteral("trainingPage"));

    // What comes next, and the ways into a session.
    m_nextLabel = new QLabel(this);
    m_nextLabel->setObjectName(QStringLiteral("nextLabel"));
    m_nextLabel->setWordWrap(true);
    m_nextLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_startButton = new QPushButton(tr("&Start Today's Session"), this);
    m_startButton->setObjectName(QStringLiteral("startTodayButton"));
    m_startButton->setAccessibleName(tr("Start today's session"));
    // Without a running cycle: which routine to start one of.
    m_routines = new RoutineListModel(session, this);
    m_routineCombo = new QComboBox(this);
    m_routineCombo->setObjectName(QStringLiteral("cycleRoutineCombo"));
    m_routineCombo->setAccessibleName(tr("Routine to start a cycle of"));
    m_routineCombo->setModel(m_routines);
    m_routineCombo->setModelColumn(RoutineListModel::NameColumn);
    m_routineCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_routineCombo->setMinimumContentsLength(20);
    m_startCycleButton = new QPushButton(tr("Start &Cycle"), this);
    m_startCycleButton->setObjectName(QStringLiteral("startCycleButton"));
    m_startCycleButton->setAccessibleName(tr("Start a cycle of the routine"));
    m_freeButton = new QPushButton(tr("F&ree Session"), this);
    m_freeButton->setObjectName(QStringLiteral("freeSessionButton"));
    m_freeButton->setAccessibleName(tr("Free session"));
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("sessionDateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_openButton = new QPushButton(tr("&Open/Backfill"), this);
    m_openButton->setObjectName(QStringLiteral("openDayButton"));
    m_openButton->setAccessibleName(tr("Open or backfill the session of the date"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_nextLabel, 1);
    top->addWidget(m_routineCombo);
    top->addWidget(m_startCycleButton);
    top->addWidget(m_startButton);
    top->addWidget(m_freeButton);
    top->addSpacing(12);
    top->addWidget(buddyLabel(tr("&Day:"), m_dateEdit, this));
    top->addWidget(m_dateEdit);
    top->addWidget(m_openButton);

    // The session's header.
    m_sessionBox = new QGroupBox(tr("Session"), this);
    m_sessionBox->setObjectName(QStringLiteral("sessionBox"));
    m_titleLabel = new QLabel(m_sessionBox);
    m_titleLabel->setObjectName(QStringLiteral("sessionTitle"));
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_location = new QLineEdit(m_sessionBox);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_location->setMaxLength(120);
    m_fatigue = new QSpinBox(m_sessionBox);
    m_fatigue->setObjectName(QStringLiteral("fatigueSpin"));
    m_fatigue->setRange(0, 10);
    m_fatigue->setSpecialValueText(tr("—"));
    m_fatigue->setToolTip(tr("Perceived fatigue, 1 (fresh) to 10 (exhausted)"));
    m_bodyWeight = new QLineEdit(m_sessionBox);
    m_bodyWeight->setObjectName(QStringLiteral("bodyWeightEdit"));
    m_notes = new QLineEdit(m_sessionBox);
    m_notes->setObjectName(QStringLiteral("sessionNotesEdit"));
    m_finishButton = new QPushButton(tr("Fi&nish Session"), m_sessionBox);
    m_finishButton->setObjectName(QStringLiteral("finishSessionButton"));
    m_finishButton->setAccessibleName(tr("Finish session"));
    m_figuresLabel = new QLabel(m_sessionBox);
    m_figuresLabel->setObjectName(QStringLiteral("figuresLabel"));
    m_figuresLabel->setAccessibleName(tr("Session figures"));
    m_figuresLabel->setWordWrap(true);
    m_figuresLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *details = new QHBoxLayout;
    details->addWidget(buddyLabel(tr("&Location:"), m_location, m_sessionBox));
    details->addWidget(m_location, 2);
    details->addWidget(buddyLabel(tr("Fat&igue:"), m_fatigue, m_sessionBox));
    details->addWidget(m_fatigue);
    details->addWidget(buddyLabel(tr("&Body weight:"), m_bodyWeight, m_sessionBox));
    details->addWidget(m_bodyWeight, 1);
    details->addWidget(buddyLabel(tr("Not&es:"), m_notes, m_sessionBox));
    details->addWidget(m_notes, 3);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_titleLabel, 1);
    titleRow->addWidget(m_finishButton);
    auto *boxLayout = new QVBoxLayout(m_sessionBox);
    boxLayout->addLayout(titleRow);
    boxLayout->addLayout(details);
    boxLayout->addWidget(m_figuresLabel);

    // The sets.
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("sessionSheetView"));
    m_view->setAccessibleName(tr("Sets of the session"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    // Cells, not rows: the arrows move between the values to type into.
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::DoubleClicked);
    m_view->setAllColumnsShowFocus(false);
    auto *delegate = new SessionSetDelegate(m_model, m_view);
    m_view->setItemDelegate(delegate);
    m_view->installEventFilter(this);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Compact columns, so that "vs Plan" and the status are in sight beside the side panel.
    const QFontMetrics fm = fontMetrics();
    const QList<std::pair<int, QString>> widths = {
        { SessionSheetModel::SetColumn, QStringLiteral("(00)____") },
        { SessionSheetModel::TargetColumn, QStringLiteral("100 kg × 10 · RPE 8.5 · rest 3:00") },
        { SessionSheetModel::WeightColumn, QStringLiteral("Weight (kg)") },
        { SessionSheetModel::RepsColumn, QStringLiteral("Reps") },
        { SessionSheetModel::RirColumn, QStringLiteral("RIR") },
        { SessionSheetModel::RpeColumn, QStringLiteral("RPE") },
        { SessionSheetModel::TempoColumn, QStringLiteral("3-1-X-0") },
        { SessionSheetModel::RestColumn, QStringLiteral("00:00") },
        { SessionSheetModel::WarmupColumn, QStringLiteral("Warm-up") },
        { SessionSheetModel::FailureColumn, QStringLiteral("Failure") },
        { SessionSheetModel::NotesColumn, QStringLiteral("Notes notes") },
        { SessionSheetModel::VersusPlanColumn, QStringLiteral("+1 rep, −2.5 kg") },
        { SessionSheetModel::StatusColumn, QStringLiteral("Unplanned") },
    };
    for (const auto &[column, sample] : widths)
        m_view->setColumnWidth(column, fm.horizontalAdvance(sample) + 16);

    // Beside the table: the current exercise's last time and best, and the rest timer.
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("exerciseSidePanel"));
    auto *lastBox = new QGroupBox(tr("Last Time"), side);
    m_lastTimeLabel = new QLabel(lastBox);
    m_lastTimeLabel->setObjectName(QStringLiteral("lastTimeLabel"));
    m_lastTimeLabel->setAccessibleName(tr("Last time"));
    m_lastTimeLabel->setWordWrap(true);
    m_lastTimeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (new QVBoxLayout(lastBox))->addWidget(m_lastTimeLabel);
    auto *bestBox = new QGroupBox(tr("Best"), side);
    m_bestLabel = new QLabel(bestBox);
    m_bestLabel->setObjectName(QStringLiteral("bestLabel"));
    m_bestLabel->setAccessibleName(tr("Best"));
    m_bestLabel->setWordWrap(true);
    m_bestLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (new QVBoxLayout(bestBox))->addWidget(m_bestLabel);
    auto *restBox = new QGroupBox(tr("Rest"), side);
    m_restTimer = new RestTimer(restBox);
    (new QVBoxLayout(restBox))->addWidget(m_restTimer);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(lastBox);
    sideLayout->addWidget(bestBox);
    sideLayout->addWidget(restBox);
    sideLayout->addStretch(1);
    side->setMinimumWidth(200);

    m_errorLabel = errorLabel(QStringLiteral("trainingError"), this);

    auto *tools = new QHBoxLayout;
    buildActions();
    for (QAction *action : { m_addSetAction, m_addExerciseAction, m_skipAction, m_deleteAction }) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(action->text().remove(u'&'));
        tools->addWidget(button);
    }
    tools->addStretch(1);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("trainingSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({ 1000, 210 });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_sessionBox);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_errorLabel);

    connect(m_startButton, &QPushButton::clicked, this, &TrainingPage::startToday);
    connect(m_freeButton, &QPushButton::clicked, this, &TrainingPage::startFreeSession);
    connect(m_startCycleButton, &QPushButton::clicked, this, &TrainingPage::startCycle);
    // A cycle started or ended, a session made or removed (here, by an undo or elsewhere): what
    // comes next changes.
    connect(session.notifier(), &core::ChangeNotifier::changed, this,
            [this](const core::ChangeSet &changes) {
                const auto touched = [&](core::Entity e) {
                    const auto &c = changes.of(e);
                    return !c.added.isEmpty() || !c.removed.isEmpty() || !c.edited.isEmpty();
                };
                if (touched(core::Entity::Cycle) || touched(core::Entity::Session)
                    || touched(core::Entity::Routine))
                    updateNext();
            });
    connect(m_openButton, &QPushButton::clicked, this,
            [this] { startSessionOn(m_dateEdit->date()); });
    connect(m_finishButton, &QPushButton::clicked, this, &TrainingPage::finishSession);
    for (QLineEdit *edit : { m_location, m_bodyWeight, m_notes })
        connect(edit, &QLineEdit::editingFinished, this, &TrainingPage::saveDetails);
    connect(m_fatigue, &QSpinBox::valueChanged, this, [this] {
        if (!m_updatingHeader)
            saveDetails();
    });
    connect(delegate, &SessionSetDelegate::refused, this, &TrainingPage::showError);
    // The editor closed: taken, or left with Escape; either way the refusal is over.
    connect(delegate, &QAbstractItemDelegate::closeEditor, this, &TrainingPage::clearError);
    connect(m_model, &SessionSheetModel::refused, this, &TrainingPage::showError);
    connect(m_model, &SessionSheetModel::sheetChanged, this, [this] {
        updateHeader();
        updateSidePanel();
        updateActions();
        updateNext();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TrainingPage::spanExerciseRows);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrainingPage::spanExerciseRows);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateSidePanel();
        updateActions();
    });
    connect(m_restTimer, &RestTimer::textChanged, this, &TrainingPage::restTimerTextChanged);
    connect(&session, &Session::preferencesChanged, this, [this] {
        updateHeader();
        updateSidePanel();
    });

    showAthlete();
}

void TrainingPage::buildActions()
{
    const auto make = [this](const QString &text, const QString &name, const QKeySequence &key,
                             void (TrainingPage::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(u'&'),
                                                         key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_addSetAction = make(tr("Add Set"), QStringLiteral("addSetAction"),
                          QKeySequence(Qt::Key_Insert), &TrainingPage::addSet);
    m_addExerciseAction = make(tr("Add Exercise…"), QStringLiteral("addExerciseAction"),
                               QKeySequence(Qt::CTRL | Qt::Key_Return), &TrainingPage::addExercise);
    m_skipAction = make(tr("Skip Set"), QStringLiteral("skipSetAction"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &TrainingPage::skipSet);
    m_deleteAction = make(tr("Delete Set"), QStringLiteral("deleteSetAction"),
                          QKeySequence(QKeySequence::Delete), &TrainingPage::deleteSet);
}

QWidget *TrainingPage::searchField() const
{
    return m_view;
}

QDate TrainingPage::today() const
{
    return QDate::currentDate();
}

QString TrainingPage::figuresText() const
{
    return m_figuresLabel->text();
}

QString TrainingPage::errorText() const
{
    return m_errorLabel->isVisible() || !m_errorLabel->text().isEmpty() ? m_errorLabel->text()
                                                                        : QString();
}

void TrainingPage::databaseChanged()
{
    showAthlete();
}

void TrainingPage::currentAthleteChanged()
{
    showAthlete();
}

void TrainingPage::refresh()
{
    updateNext();
}

// A new athlete or database: today's session if there is one, else none.
void TrainingPage::showAthlete()
{
    m_restTimer->stop();
    m_sinceConfirm.invalidate();
    m_lastRestS.reset();
    clearError();
    m_dateEdit->setMaximumDate(today());
    m_dateEdit->setDate(today());
    Id todays = 0;
    const auto &athlete = session().currentAthlete();
    if (db() && athlete) {
        if (auto on = log::sessionOn(*db(), athlete->subject.id, today()); on && on->has_value())
            todays = (*on)->id;
    }
    openSession(todays);
    m_routines->setAthlete(db() && athlete ? athlete->subject.id : 0);
    // The newest active routine is the likely one to start a cycle of.
    for (int row = m_routines->rowCount() - 1; row >= 0; --row) {
        if (m_routines->routineAt(row)->routine.isActive) {
            m_routineCombo->setCurrentIndex(row);
            break;
        }
    }
    updateNext();
}

void TrainingPage::startCycle()
{
    const auto &athlete = session().currentAthlete();
    const int row = m_routineCombo->currentIndex();
    if (!db() || !athlete || row < 0)
        return;
    const Id subject = athlete->subject.id;
    const Id routineId = m_routines->routineAt(row)->routine.id;
    clearError();
    const core::Status status =
        commands::editSessionsOf(session(), tr("Start Cycle"), subject, [&](core::Database &d) {
            return statusOf(log::startCycle(d, subject, routineId, today()));
        });
    if (!status)
        showError(status.error());
}

void TrainingPage::updateNext()
{
    const auto &athlete = session().currentAthlete();
    const bool haveAthlete = db() && athlete;
    m_startButton->setEnabled(haveAthlete);
    m_freeButton->setEnabled(haveAthlete);
    m_openButton->setEnabled(haveAthlete);
    m_dateEdit->setEnabled(haveAthlete);
    if (!haveAthlete) {
        m_routineCombo->hide();
        m_startCycleButton->hide();
        m_nextLabel->setText(tr("Choose or add an athlete to log training."));
        return;
    }
    const Id subject = athlete->subject.id;
    bool todayExists = false;
    if (auto on = log::sessionOn(*db(), subject, today()); on && on->has_value())
        todayExists = true;
    m_startButton->setText(todayExists ? tr("&Open Today's Session")
                                       : tr("&Start Today's Session"));
    m_freeButton->setEnabled(!todayExists);
    auto next = log::nextRoutineDay(*db(), subject, today());
    if (!next) {
        m_nextLabel->setText(next.error().message);
        return;
    }
    const bool running = next->has_value();
    m_routineCombo->setVisible(!running && m_routines->rowCount() > 0);
    m_startCycleButton->setVisible(!running && m_routines->rowCount() > 0);
    if (!running) {
        m_nextLabel->setText(m_routines->rowCount() > 0
                                 ? tr("No cycle is running: start a cycle of a routine, or a free "
                                      "session.")
                                 : tr("No routine yet: plan one on the Routines page, or start a "
                                      "free session."));
        return;
    }
    const log::NextDay &n = **next;
    const int cycleNumber = n.cycle.cycleNumber + (n.startsNewCycle ? 1 : 0);
    const QString dayName = n.day.title && !n.day.title->isEmpty()
        ? tr("Day %1 %2").arg(n.day.dayIndex).arg(*n.day.title)
        : tr("Day %1").arg(n.day.dayIndex);
    m_nextLabel->setText(
        tr("Next: %1 · cycle %2 · %3 — %4")
            .arg(n.routineName)
            .arg(cycleNumber)
            .arg(dayName, QLocale().toString(n.scheduledOn, QStringLiteral("ddd d MMM"))));
}

void TrainingPage::updateHeader()
{
    const auto &sheet = m_model->sheet();
    m_sessionBox->setEnabled(sheet.has_value());
    m_view->setEnabled(sheet.has_value());
    if (!sheet) {
        m_titleLabel->setText(tr("No session open"));
        m_figuresLabel->clear();
        m_location->clear();
        m_bodyWeight->clear();
        m_notes->clear();
        return;
    }
    const core::WorkoutSession &s = sheet->session;
    QStringList title { shortDate(s.workoutDate) };
    if (sheet->day) {
        QString day = sheet->day->title && !sheet->day->title->isEmpty()
            ? tr("Day %1 %2").arg(sheet->day->dayIndex).arg(*sheet->day->title)
            : tr("Day %1").arg(sheet->day->dayIndex);
        title << sheet->routineName << day;
    } else {
        title << tr("Free session");
    }
    if (sheet->cycle)
        title << tr("cycle %1").arg(sheet->cycle->cycleNumber);
    const bool completed = s.status == QLatin1String("COMPLETED");
    title << (completed ? tr("Completed") : tr("Pending"));
    m_titleLabel->setText(title.join(QStringLiteral(" · ")));
    m_finishButton->setEnabled(!completed);

    // Fields being typed into keep the typed text.
    m_updatingHeader = true;
    const WeightFormat &wf = session().weightFormat();
    if (!m_location->hasFocus())
        m_location->setText(s.location.value_or(QString()));
    if (!m_fatigue->hasFocus())
        m_fatigue->setValue(s.perceivedFatigue.value_or(0));
    if (!m_bodyWeight->hasFocus())
        m_bodyWeight->setText(s.bodyweightKg ? wf.format(*s.bodyweightKg) : QString());
    m_bodyWeight->setPlaceholderText(wf.unitSuffix());
    if (!m_notes->hasFocus())
        m_notes->setText(s.notes.value_or(QString()));
    m_updatingHeader = false;

    const log::SessionFigures &f = sheet->figures;
    const auto percent = [](const std::optional<double> &ratio) {
        return ratio ? QStringLiteral("%1 %").arg(QLocale().toString(*ratio * 100, 'f', 0))
                     : QStringLiteral("—");
    };
    QStringList figures;
    if (f.plannedWorkingSets > 0)
        figures
            << tr("Planned working sets %1/%2").arg(f.doneWorkingSets).arg(f.plannedWorkingSets);
    figures << tr("Load %1").arg(percent(f.loadAdherence()))
            << tr("Reps %1").arg(percent(f.repsAdherence()))
            << tr("Unplanned sets %1").arg(f.unplannedSets);
    if (f.skippedSets > 0)
        figures << tr("Skipped %1").arg(f.skippedSets);
    figures << tr("TUT %1").arg(core::plan::formatRest(f.tutS))
            << tr("Tonnage %1").arg(wf.format(f.tonnageKg));
    m_figuresLabel->setText(figures.join(QStringLiteral("  ·  ")));
}

void TrainingPage::updateSidePanel()
{
    const log::SessionExercise *exercise = m_model->exerciseAt(m_view->currentIndex());
    if (!exercise) {
        m_lastTimeLabel->setText(
            m_model->sheet() && m_model->rowCount() == 0
                ? tr("Add an exercise (%1) to log its first set.")
                      .arg(m_addExerciseAction->shortcut().toString(QKeySequence::NativeText))
                : tr("Choose an exercise to see what you did last time."));
        m_bestLabel->clear();
        return;
    }
    const WeightFormat &wf = session().weightFormat();
    const log::ExerciseHistory &h = exercise->history;
    if (!h.lastDate.isValid()) {
        m_lastTimeLabel->setText(tr("%1: never done before.").arg(exercise->exerciseName));
        m_bestLabel->clear();
        return;
    }
    QStringList sets;
    for (const core::SetLog &set : h.lastSets) {
        if (log::isSkipped(set))
            continue;
        QString text = set.actualWeightKg ? wf.format(*set.actualWeightKg) : tr("body weight");
        if (set.actualReps)
            text += QStringLiteral(" × %1").arg(*set.actualReps);
        if (set.isWarmup)
            text += tr(" (warm-up)");
        sets << text;
    }
    m_lastTimeLabel->setText(
        tr("%1, %2:\n%3")
            .arg(exercise->exerciseName, shortDate(h.lastDate), sets.join(QLatin1Char('\n'))));
    QStringList best;
    if (h.heaviestKg)
        best << tr("Heaviest: %1 (%2)").arg(wf.format(*h.heaviestKg), shortDate(h.heaviestOn));
    if (h.bestE1rmKg)
        best << tr("Best e1RM: %1 (%2)").arg(wf.format(*h.bestE1rmKg), shortDate(h.bestE1rmOn));
    m_bestLabel->setText(best.join(QLatin1Char('\n')));
}

void TrainingPage::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool open = m_model->sheet().has_value();
    const core::log::SetPair *pair = m_model->pairAt(current);
    m_addSetAction->setEnabled(open && m_model->exerciseAt(current));
    m_addExerciseAction->setEnabled(open);
    m_skipAction->setEnabled(open && m_model->isPending(current));
    m_deleteAction->setEnabled(open && pair && pair->log);
}

void TrainingPage::spanExerciseRows()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        m_view->setFirstColumnSpanned(row, QModelIndex(), true);
        m_view->expand(m_model->index(row, 0));
    }
}

void TrainingPage::showError(const core::Error &error)
{
    ui::showError(m_errorLabel, error.message);
}

void TrainingPage::clearError()
{
    ui::showError(m_errorLabel, QString());
}

void TrainingPage::openSession(Id sessionId)
{
    if (sessionId != m_model->sessionId()) {
        m_restTimer->stop();
        m_sinceConfirm.invalidate();
        m_lastRestS.reset();
    }
    clearError();
    m_model->setSessionId(sessionId);
    spanExerciseRows();
    const QModelIndex first = m_model->nextPending(QModelIndex());
    if (first.isValid())
        moveTo(first);
    else if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    if (isVisible())
        m_view->setFocus();
}

std::optional<Id> TrainingPage::createSession(const QDate &day, bool fromPlan)
{
    const auto &athlete = session().currentAthlete();
    if (!db() || !athlete)
        return std::nullopt;
    const Id subject = athlete->subject.id;
    std::optional<log::NextDay> next;
    if (fromPlan) {
        auto found = log::nextRoutineDay(*db(), subject, day);
        if (!found) {
            showError(found.error());
            return std::nullopt;
        }
        next = *found;
    }
    Id created = 0;
    const QString text = next ? tr("Start Today's Session")
                              : (day == today() ? tr("Free Session") : tr("Backfill Session"));
    // Ending a cycle that is through, starting the next and its first session are one step:
    // undo takes back all three.
    const core::Status status =
        commands::editSessionsOf(session(), text, subject, [&](core::Database &d) -> core::Status {
            std::optional<Id> dayId;
            std::optional<Id> cycleId;
            if (next) {
                dayId = next->day.id;
                cycleId = next->cycle.id;
                if (next->startsNewCycle) {
                    // The cycle that is through ends the day before (not before it began).
                    const QDate endedOn =
                        std::max(next->cycle.startedOn.value_or(day), day.addDays(-1));
                    if (auto ended = log::endCycle(d, next->cycle.id, endedOn); !ended)
                        return ended.error();
                    auto cycle = log::startCycle(d, subject, next->cycle.routineId, day);
                    if (!cycle)
                        return cycle.error();
                    cycleId = cycle->id;
                }
            }
            auto made = log::createSession(d, subject, day, dayId, cycleId);
            if (!made)
                return made.error();
            created = made->id;
            return {};
        });
    if (!status) {
        showError(status.error());
        return std::nullopt;
    }
    return created;
}

void TrainingPage::startToday()
{
    startSessionOn(today());
}

void TrainingPage::startSessionOn(const QDate &day)
{
    const auto &athlete = session().currentAthlete();
    if (!db() || !athlete || !day.isValid())
        return;
    auto on = log::sessionOn(*db(), athlete->subject.id, day);
    if (!on) {
        showError(on.error());
        return;
    }
    if (on->has_value()) {
        openSession((*on)->id);
        return;
    }
    // Today follows the plan; a past day is backfilled as a free session.
    if (const auto created = createSession(day, day == today()))
        openSession(*created);
}

void TrainingPage::startFreeSession()
{
    const auto &athlete = session().currentAthlete();
    if (!db() || !athlete)
        return;
    if (auto on = log::sessionOn(*db(), athlete->subject.id, today()); on && on->has_value()) {
        openSession((*on)->id);
        emit statusMessage(tr("Today already has a session: it is open."));
        return;
    }
    if (const auto created = createSession(today(), false))
        openSession(*created);
}

void TrainingPage::saveDetails()
{
    const auto &sheet = m_model->sheet();
    if (!sheet || m_updatingHeader)
        return;
    core::WorkoutSession s = sheet->session;
    const QString location = m_location->text().trimmed();
    s.location = location.isEmpty() ? std::nullopt : std::optional(location);
    s.perceivedFatigue = m_fatigue->value() == 0 ? std::nullopt : std::optional(m_fatigue->value());
    const QString weight = m_bodyWeight->text().trimmed();
    if (weight.isEmpty()) {
        s.bodyweightKg.reset();
    } else {
        auto kg = session().weightFormat().parseKg(
            weight, QStringLiteral("workout_sessions.bodyweight_kg"));
        if (!kg) {
            showError(kg.error());
            return;
        }
        s.bodyweightKg = *kg;
    }
    const QString notes = m_notes->text().trimmed();
    s.notes = notes.isEmpty() ? std::nullopt : std::optional(notes);
    if (s.location == sheet->session.location
        && s.perceivedFatigue == sheet->session.perceivedFatigue
        && s.bodyweightKg == sheet->session.bodyweightKg && s.notes == sheet->session.notes)
        return;
    clearError();
    const core::Status status =
        commands::editSession(session(), tr("Edit Session"), s.id, [&](core::Database &d) {
            return statusOf(log::updateSession(d, s));
        });
    if (!status)
        showError(status.error());
}

void TrainingPage::finishSession()
{
    const auto &sheet = m_model->sheet();
    if (!sheet)
        return;
    const Id id = sheet->session.id;
    const core::Status status =
        commands::editSession(session(), tr("Finish Session"), id, [&](core::Database &d) {
            return statusOf(log::finishSession(d, id));
        });
    if (!status)
        showError(status.error());
    else
        m_restTimer->stop();
}

void TrainingPage::moveTo(const QModelIndex &row)
{
    // Keep the column the athlete works in, so that typing goes on where it was.
    int column = m_view->currentIndex().column();
    if (column < SessionSheetModel::WeightColumn || column > SessionSheetModel::NotesColumn)
        column = SessionSheetModel::WeightColumn;
    const QModelIndex target = row.siblingAtColumn(column);
    m_view->setCurrentIndex(target);
    // Vertically only: the set number and target stay in sight on the left.
    m_view->scrollTo(row.siblingAtColumn(0));
}

void TrainingPage::confirmCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_model->isPending(current)) {
        if (const QModelIndex next = m_model->nextPending(current); next.isValid())
            moveTo(next);
        return;
    }
    clearError();
    std::optional<int> measured;
    if (m_sinceConfirm.isValid())
        measured = int(m_sinceConfirm.elapsed() / 1000);
    auto logged = m_model->confirm(current, measured);
    if (!logged)
        return; // the model said why (refused)
    m_sinceConfirm.start();
    if (logged->actualRestS > 0)
        m_lastRestS = logged->actualRestS;
    const QModelIndex next = m_model->nextPending(m_model->indexOfLog(logged->id));
    std::optional<int> rest;
    if (next.isValid()) {
        moveTo(next);
        if (const core::log::SetPair *pair = m_model->pairAt(next))
            rest = pair->planned->targetRestS;
    } else {
        emit statusMessage(tr("Every planned set is logged."));
        const QModelIndex done = m_model->indexOfLog(logged->id);
        if (done.isValid())
            moveTo(done);
    }
    if (!rest)
        rest = m_lastRestS;
    if (rest)
        m_restTimer->start(*rest);
}

void TrainingPage::addSet()
{
    clearError();
    auto logged = m_model->addSet(m_view->currentIndex());
    if (!logged)
        return showError(logged.error());
    moveTo(m_model->indexOfLog(logged->id));
}

void TrainingPage::addExercise()
{
    if (!m_model->sheet() || !db())
        return;
    auto exercises = core::loadExercises(*db());
    if (!exercises)
        return showError(exercises.error());
    const Id chosen = ExercisePicker::pick(*exercises, this, tr("Add Exercise"));
    if (!chosen)
        return;
    clearError();
    auto logged = m_model->addExercise(chosen);
    if (!logged)
        return showError(logged.error());
    moveTo(m_model->indexOfLog(logged->id));
}

void TrainingPage::skipSet()
{
    clearError();
    const QModelIndex current = m_view->currentIndex();
    auto logged = m_model->skip(current);
    if (!logged)
        return showError(logged.error());
    if (const QModelIndex next = m_model->nextPending(m_model->indexOfLog(logged->id));
        next.isValid())
        moveTo(next);
}

void TrainingPage::deleteSet()
{
    clearError();
    const QModelIndex current = m_view->currentIndex();
    if (const core::Status status = m_model->remove(current); !status)
        showError(status.error());
}

bool TrainingPage::eventFilter(QObject *watched, QEvent *event)
{
    // Only while the view itself has the focus: an open editor commits on Enter.
    if (watched == m_view && event->type() == QEvent::KeyPress
        && QApplication::focusWidget() == m_view) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            confirmCurrent();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

} // namespace ft::ui
