#include "historypage.h"

#include "commands/commands.h"
#include "formhelpers.h"
#include "messagebox.h"
#include "models/cyclelistmodel.h"
#include "models/sessionlistmodel.h"
#include "session.h"

#include "core/changes/changenotifier.h"
#include "core/plan/routinetree.h"

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextCharFormat>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace ft::ui {

using core::Id;
using core::log::DayMark;

namespace {

core::Status statusOf(const auto &result)
{
    return result ? core::Status() : core::Status(result.error());
}

QColor markColor(DayMark mark)
{
    switch (mark) {
    case DayMark::Completed:
        return QColor(0x9b, 0xd8, 0x9b);
    case DayMark::Pending:
        return QColor(0xf5, 0xd0, 0x7a);
    case DayMark::Missed:
        return QColor(0xef, 0x9a, 0x9a);
    case DayMark::None:
        break;
    }
    return {};
}

QString markText(DayMark mark)
{
    switch (mark) {
    case DayMark::Completed:
        return HistoryPage::tr("Completed");
    case DayMark::Pending:
        return HistoryPage::tr("Pending");
    case DayMark::Missed:
        return HistoryPage::tr("Missed planned day");
    case DayMark::None:
        break;
    }
    return {};
}

QDateEdit *dateEdit(const QDate &date, const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

// A small modal form: OK runs `work`; a refusal is shown in the form, which stays open with what
// was typed, so the user can pick another value.
bool execForm(QDialog &dialog, QFormLayout *form, const std::function<core::Status()> &work)
{
    QLabel *error = errorLabel(QStringLiteral("errorLabel"), &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, error, work] {
        const core::Status status = work();
        if (!status) {
            showError(error, status.error().message);
            dialog.adjustSize(); // room for the message
            return;
        }
        dialog.accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(380);
    return dialog.exec() == QDialog::Accepted;
}

// The calendar's legend: a swatch in each mark's colour with its name.
QWidget *legend(QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setObjectName(QStringLiteral("calendarLegend"));
    box->setAccessibleName(HistoryPage::tr("Calendar legend"));
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    for (DayMark mark : { DayMark::Completed, DayMark::Pending, DayMark::Missed }) {
        auto *swatch = new QLabel(box);
        swatch->setFixedSize(14, 14);
        swatch->setStyleSheet(QStringLiteral("background: %1; border: 1px solid palette(mid);")
                                  .arg(markColor(mark).name()));
        row->addWidget(swatch);
        row->addWidget(new QLabel(markText(mark), box));
        row->addSpacing(8);
    }
    row->addStretch();
    return box;
}

} // namespace

HistoryPage::HistoryPage(Session &session, QWidget *parent)
    : Page(session, parent)
    , m_today(QDate::currentDate())
    , m_sessions(new SessionListModel(session, this))
    , m_cycles(new CycleListModel(this))
{
    setObjectName(QStringLiteral("historyPage"));
    createWidgets();
    createActions();
    layOut();

    // Plan edits change the figures too; anything of the log may change the month.
    connect(session.notifier(), &core::ChangeNotifier::changed, this,
            [this](const core::ChangeSet &c) {
                using core::Entity;
                for (Entity e : { Entity::Session, Entity::SetLog, Entity::Cycle, Entity::Routine,
                                  Entity::RoutineDay, Entity::PlannedSet }) {
                    const auto &changes = c.of(e);
                    if (c.everything() || !changes.added.isEmpty() || !changes.removed.isEmpty()
                        || !changes.edited.isEmpty()) {
                        reloadIfShown();
                        return;
                    }
                }
            });
    connect(session.notifier(), &core::ChangeNotifier::everythingChanged, this,
            &HistoryPage::reloadIfShown);
    m_monthShown = QDate(m_today.year(), m_today.month(), 1);
    reload();
}

QWidget *HistoryPage::searchField() const
{
    return m_calendar;
}

void HistoryPage::createWidgets()
{
    m_calendar = new QCalendarWidget(this);
    m_calendar->setObjectName(QStringLiteral("historyCalendar"));
    m_calendar->setAccessibleName(tr("Training calendar"));
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setGridVisible(true);
    m_calendar->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    // The calendar's own parts, for screen readers.
    if (auto *grid = m_calendar->findChild<QWidget *>(QStringLiteral("qt_calendar_calendarview")))
        grid->setAccessibleName(tr("Days of the month"));
    if (auto *year = m_calendar->findChild<QWidget *>(QStringLiteral("qt_calendar_yearedit")))
        year->setAccessibleName(tr("Year"));
    m_monthSummary = new QLabel(this);
    m_monthSummary->setObjectName(QStringLiteral("monthSummary"));
    m_monthSummary->setWordWrap(true);

    m_sessionTable =
        rowTable(m_sessions, QStringLiteral("sessionTable"), tr("Sessions of the month"), this);
    QHeaderView *header = m_sessionTable->horizontalHeader();
    // Every column as wide as its text (routine names are long): the table scrolls sideways
    // rather than eliding the routine and day.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_cycleTable = rowTable(m_cycles, QStringLiteral("cycleTable"), tr("Cycles"), this);
    QHeaderView *cycleHeader = m_cycleTable->horizontalHeader();
    cycleHeader->setStretchLastSection(false);
    cycleHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    cycleHeader->setSectionResizeMode(CycleListModel::RoutineColumn, QHeaderView::Stretch);
    // QHeaderView sizes ResizeToContents sections on insertions but not on dataChanged: setting
    // the mode again schedules that (a session's figures change as its sets are logged).
    const auto refitSessions = [header] {
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
    };
    const auto refitCycles = [cycleHeader] {
        cycleHeader->setSectionResizeMode(CycleListModel::RoutineColumn, QHeaderView::Stretch);
    };
    connect(m_sessions, &QAbstractItemModel::dataChanged, this, refitSessions);
    connect(m_sessions, &QAbstractItemModel::rowsInserted, this, refitSessions);
    connect(m_cycles, &QAbstractItemModel::dataChanged, this, refitCycles);
    connect(m_cycles, &QAbstractItemModel::rowsInserted, this, refitCycles);

    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, [this](int year, int month) {
        m_monthShown = QDate(year, month, 1);
        reload();
    });
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &HistoryPage::calendarDateChosen);
    connect(m_calendar, &QCalendarWidget::activated, this, &HistoryPage::calendarDateActivated);
    connect(m_sessionTable, &QTableView::activated, this, [this] { openSession(); });
    connect(m_sessionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                updateActions();
                if (m_syncingSelection || !current.isValid())
                    return;
                // The calendar follows the list (the same month: no reload).
                m_syncingSelection = true;
                m_calendar->setSelectedDate(current.data(SessionListModel::DateRole).toDate());
                m_syncingSelection = false;
            });
    // The current row changes before a click selects it.
    for (QTableView *table : { m_sessionTable, m_cycleTable })
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &HistoryPage::updateActions);
    for (QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(m_sessions),
                                       static_cast<QAbstractItemModel *>(m_cycles) }) {
        connect(model, &QAbstractItemModel::rowsRemoved, this, &HistoryPage::updateActions);
        connect(model, &QAbstractItemModel::rowsInserted, this, &HistoryPage::updateActions);
        connect(model, &QAbstractItemModel::dataChanged, this, &HistoryPage::updateActions);
    }
}

void HistoryPage::createActions()
{
    const auto action = [this](const QString &text, const QString &name, const QKeySequence &key,
                               auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                    key.toString(QKeySequence::NativeText)));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_openAction = action(tr("&Open"), QStringLiteral("openSessionAction"),
                          QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { openSession(); });
    m_backfillAction = action(tr("&Backfill…"), QStringLiteral("backfillAction"),
                              QKeySequence(Qt::CTRL | Qt::Key_B), [this] { backfill(); });
    m_moveAction = action(tr("&Move…"), QStringLiteral("moveSessionAction"),
                          QKeySequence(Qt::CTRL | Qt::Key_M), [this] { moveSession(); });
    m_deleteAction = action(tr("&Delete…"), QStringLiteral("deleteSessionAction"),
                            QKeySequence(QKeySequence::Delete), [this] { deleteSession(); });
    m_startCycleAction =
        action(tr("&Start Cycle…"), QStringLiteral("startCycleAction"),
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { startCycle(); });
    m_endCycleAction =
        action(tr("&End Cycle"), QStringLiteral("endCycleAction"),
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { endCycle(); });
    // The list's context menu offers what the buttons do.
    m_sessionTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_sessionTable->addActions({ m_openAction, m_backfillAction, m_moveAction, m_deleteAction });
    m_cycleTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_cycleTable->addActions({ m_startCycleAction, m_endCycleAction });
}

void HistoryPage::layOut()
{
    const auto buttonRow = [this](const QList<QAction *> &actions) {
        auto *row = new QHBoxLayout;
        for (QAction *a : actions) {
            auto *button = new QToolButton(this);
            button->setDefaultAction(a);
            button->setObjectName(a->objectName() + QStringLiteral("Button"));
            button->setAccessibleName(QString(a->text()).remove(QLatin1Char('&')));
            button->setToolButtonStyle(Qt::ToolButtonTextOnly);
            row->addWidget(button);
        }
        row->addStretch();
        return row;
    };

    auto *left = new QWidget(this);
    auto *leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    leftColumn->addWidget(m_calendar);
    leftColumn->addWidget(legend(left));
    leftColumn->addWidget(m_monthSummary);
    leftColumn->addStretch();

    auto *right = new QWidget(this);
    auto *rightColumn = new QVBoxLayout(right);
    rightColumn->setContentsMargins(0, 0, 0, 0);
    rightColumn->addLayout(
        buttonRow({ m_openAction, m_backfillAction, m_moveAction, m_deleteAction }));
    rightColumn->addWidget(m_sessionTable);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("historySplitter"));
    top->addWidget(left);
    top->addWidget(right);
    top->setStretchFactor(1, 1);
    top->setChildrenCollapsible(false);

    auto *cyclesBox = new QGroupBox(tr("Cycles"), this);
    cyclesBox->setObjectName(QStringLiteral("cyclesPanel"));
    auto *cyclesColumn = new QVBoxLayout(cyclesBox);
    cyclesColumn->addLayout(buttonRow({ m_startCycleAction, m_endCycleAction }));
    cyclesColumn->addWidget(m_cycleTable);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(cyclesBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    setTabOrder(m_calendar, m_sessionTable);
    setTabOrder(m_sessionTable, m_cycleTable);
}

void HistoryPage::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void HistoryPage::showMonth(int year, int month)
{
    m_monthShown = QDate(year, month, 1);
    if (m_calendar->yearShown() != year || m_calendar->monthShown() != month)
        m_calendar->setCurrentPage(year, month); // reloads through currentPageChanged
    else
        reload();
}

Id HistoryPage::athleteId() const
{
    const auto &athlete = session().currentAthlete();
    return athlete ? athlete->subject.id : 0;
}

void HistoryPage::databaseChanged()
{
    reload();
}

void HistoryPage::currentAthleteChanged()
{
    reload();
}

void HistoryPage::refresh()
{
    reload();
}

void HistoryPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_stale)
        reload();
}

// A hidden page only notes that it is out of date: the log page writes a set at a time.
void HistoryPage::reloadIfShown()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void HistoryPage::reload()
{
    m_stale = false;
    const Id subjectId = athleteId();
    core::log::HistoryMonth month;
    month.first = m_monthShown;
    QList<core::log::CycleSummary> cycles;
    if (subjectId && db()) {
        auto loaded = core::log::historyMonth(*db(), subjectId, m_monthShown.year(),
                                              m_monthShown.month(), m_today);
        if (loaded)
            month = *loaded;
        else
            emit statusMessage(loaded.error().message);
        auto listed = core::log::listCycles(*db(), subjectId, m_today);
        if (listed)
            cycles = *listed;
        else
            emit statusMessage(listed.error().message);
    }
    m_syncingSelection = true;
    m_sessions->setSessions(month.sessions);
    m_cycles->setCycles(cycles);
    // A removed session moves the current row: the calendar follows it within the month.
    if (const auto *current = currentSession();
        current && current->session.workoutDate != m_calendar->selectedDate())
        m_calendar->setSelectedDate(current->session.workoutDate);
    m_syncingSelection = false;
    showMarks(month);
    updateActions();
}

void HistoryPage::showMarks(const core::log::HistoryMonth &month)
{
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clears every date
    m_marks = month.days;
    int counts[4] = {};
    for (qsizetype i = 0; i < m_marks.size(); ++i) {
        const DayMark mark = m_marks.at(i);
        counts[int(mark)]++;
        if (mark == DayMark::None)
            continue;
        QTextCharFormat format;
        format.setBackground(markColor(mark));
        format.setFontWeight(QFont::Bold);
        format.setToolTip(markText(mark));
        m_calendar->setDateTextFormat(m_monthShown.addDays(i), format);
    }
    m_monthSummary->setText(tr("%1: %2 completed, %3 pending, %4 missed planned days.")
                                .arg(QLocale().standaloneMonthName(m_monthShown.month()))
                                .arg(counts[int(DayMark::Completed)])
                                .arg(counts[int(DayMark::Pending)])
                                .arg(counts[int(DayMark::Missed)]));
}

DayMark HistoryPage::markOf(const QDate &day) const
{
    const qint64 i = m_monthShown.daysTo(day);
    return i >= 0 && i < m_marks.size() ? m_marks.at(i) : DayMark::None;
}

bool HistoryPage::selectSession(Id sessionId)
{
    const int row = m_sessions->rowOf(sessionId);
    if (row < 0)
        return false;
    m_sessionTable->setCurrentIndex(m_sessions->index(row, 0));
    return true;
}

bool HistoryPage::selectCycle(Id cycleId)
{
    const int row = m_cycles->rowOf(cycleId);
    if (row < 0)
        return false;
    m_cycleTable->setCurrentIndex(m_cycles->index(row, 0));
    return true;
}

// A day picked in the calendar selects its session in the list.
void HistoryPage::calendarDateChosen()
{
    if (m_syncingSelection)
        return;
    const QDate date = m_calendar->selectedDate();
    m_syncingSelection = true;
    bool found = false;
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        if (m_sessions->rowAt(row)->session.workoutDate == date) {
            m_sessionTable->setCurrentIndex(m_sessions->index(row, 0));
            found = true;
            break;
        }
    }
    if (!found)
        m_sessionTable->clearSelection();
    m_syncingSelection = false;
    updateActions();
}

// Enter or a double click on a day: its session, or a backfill of a day without one.
void HistoryPage::calendarDateActivated(const QDate &date)
{
    calendarDateChosen();
    if (const auto *s = currentSession(); s && s->session.workoutDate == date)
        emit sessionOpenRequested(s->session.id);
    else if (athleteId() && date <= m_today)
        emit backfillRequested(date);
}

const core::log::SessionSummary *HistoryPage::currentSession() const
{
    const QModelIndex index = m_sessionTable->currentIndex();
    if (!index.isValid() || !m_sessionTable->selectionModel()->isRowSelected(index.row(), {}))
        return nullptr;
    return m_sessions->rowAt(index.row());
}

const core::log::CycleSummary *HistoryPage::currentCycle() const
{
    const QModelIndex index = m_cycleTable->currentIndex();
    if (!index.isValid() || !m_cycleTable->selectionModel()->isRowSelected(index.row(), {}))
        return nullptr;
    return m_cycles->rowAt(index.row());
}

void HistoryPage::updateActions()
{
    const bool athlete = db() && athleteId();
    const bool selected = athlete && currentSession();
    m_openAction->setEnabled(selected);
    m_moveAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_backfillAction->setEnabled(athlete);
    m_startCycleAction->setEnabled(athlete);
    const auto *cycle = currentCycle();
    m_endCycleAction->setEnabled(athlete && cycle && !cycle->cycle.endedOn);
}

void HistoryPage::showRefusal(const QString &title, const core::Status &status)
{
    MessageBox::critical(this, title, status.error().message);
}

void HistoryPage::openSession()
{
    if (const auto *s = currentSession())
        emit sessionOpenRequested(s->session.id);
}

void HistoryPage::backfill()
{
    if (!athleteId())
        return;
    const QDate chosen = m_calendar->selectedDate();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("backfillDialog"));
    dialog.setWindowTitle(tr("Backfill a Session"));
    QDateEdit *date = dateEdit(std::min(chosen, m_today), QStringLiteral("backfillDate"), &dialog);
    date->setMaximumDate(m_today);
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Day:"), date, &dialog), date);
    const bool accepted = execForm(dialog, form, [&]() -> core::Status {
        auto existing = core::log::sessionOn(*db(), athleteId(), date->date());
        if (!existing)
            return existing.error();
        if (*existing) {
            core::Error error =
                core::Error::make(core::Error::Kind::Unique,
                                  tr("There is already a session on %1: open it to add sets.")
                                      .arg(QLocale().toString(date->date(), QLocale::ShortFormat)));
            error.field = QStringLiteral("workout_sessions.workout_date");
            error.value = date->date().toString(Qt::ISODate);
            error.rule = QStringLiteral("uq_ws_subject_date");
            return error;
        }
        return {};
    });
    if (accepted)
        emit backfillRequested(date->date());
}

void HistoryPage::moveSession()
{
    const auto *s = currentSession();
    if (!s)
        return;
    const Id sessionId = s->session.id;
    const QDate from = s->session.workoutDate;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("moveSessionDialog"));
    dialog.setWindowTitle(tr("Move Session"));
    QDateEdit *date = dateEdit(from, QStringLiteral("moveDate"), &dialog);
    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("The session of %1 and its sets move to another day.")
                                .arg(QLocale().toString(from, QLocale::LongFormat)),
                            &dialog));
    form->addRow(buddyLabel(tr("&New day:"), date, &dialog), date);
    const bool moved = execForm(dialog, form, [&]() -> core::Status {
        if (date->date() == from)
            return {};
        return commands::editSession(
            session(),
            tr("Move Session to %1").arg(QLocale().toString(date->date(), QLocale::ShortFormat)),
            sessionId, [&](core::Database &d) {
                return statusOf(core::log::moveSession(d, sessionId, date->date()));
            });
    });
    if (!moved)
        return;
    // Follow the session to its new day.
    showMonth(date->date().year(), date->date().month());
    selectSession(sessionId);
    emit statusMessage(tr("Moved the session of %1 to %2.")
                           .arg(QLocale().toString(from, QLocale::ShortFormat),
                                QLocale().toString(date->date(), QLocale::ShortFormat)));
}

void HistoryPage::deleteSession()
{
    const auto *s = currentSession();
    if (!s)
        return;
    const Id sessionId = s->session.id;
    const QString day = QLocale().toString(s->session.workoutDate, QLocale::LongFormat);
    const int sets = s->figures.loggedSets + s->figures.skippedSets;
    const QString text = tr("Delete the session of %1 with its %n logged set(s)?\n\nEdit → Undo "
                            "brings it back.",
                            nullptr, sets)
                             .arg(day);
    if (MessageBox::question(this, tr("Delete Session"), text,
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const core::Status status = commands::editSession(
        session(), tr("Delete Session of %1").arg(day), sessionId,
        [sessionId](core::Database &d) { return core::log::deleteSession(d, sessionId); });
    if (!status) {
        showRefusal(tr("Delete Session"), status);
        return;
    }
    emit statusMessage(tr("Deleted the session of %1.").arg(day));
}

void HistoryPage::startCycle()
{
    const Id subjectId = athleteId();
    if (!subjectId)
        return;
    auto routines = core::plan::listRoutines(*db(), subjectId);
    if (!routines) {
        showRefusal(tr("Start Cycle"), routines.error());
        return;
    }
    if (routines->isEmpty()) {
        MessageBox::information(this, tr("Start Cycle"),
                                tr("This athlete has no routine yet: create one on the Routines "
                                   "page first."));
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("startCycleDialog"));
    dialog.setWindowTitle(tr("Start Cycle"));
    auto *routine = new QComboBox(&dialog);
    routine->setObjectName(QStringLiteral("cycleRoutineCombo"));
    for (const core::plan::RoutineSummary &r : *routines)
        routine->addItem(r.routine.name, r.routine.id);
    // The selected cycle's routine, else the one run last.
    const core::log::CycleSummary *like = currentCycle() ? currentCycle() : m_cycles->rowAt(0);
    if (like)
        routine->setCurrentIndex(std::max(0, routine->findData(like->cycle.routineId)));
    QDateEdit *start = dateEdit(m_today, QStringLiteral("cycleStartDate"), &dialog);
    auto *notes = new QLineEdit(&dialog);
    notes->setObjectName(QStringLiteral("cycleNotesEdit"));
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Routine:"), routine, &dialog), routine);
    form->addRow(buddyLabel(tr("&Starts on:"), start, &dialog), start);
    form->addRow(buddyLabel(tr("&Notes:"), notes, &dialog), notes);
    Id started = 0;
    const bool accepted = execForm(dialog, form, [&]() -> core::Status {
        const QString text = notes->text().trimmed();
        return commands::editSessionsOf(
            session(), tr("Start Cycle of %1").arg(routine->currentText()), subjectId,
            [&](core::Database &d) -> core::Status {
                auto cycle = core::log::startCycle(
                    d, subjectId, routine->currentData().value<Id>(), start->date(),
                    text.isEmpty() ? std::nullopt : std::optional<QString>(text));
                if (!cycle)
                    return cycle.error();
                started = cycle->id;
                return {};
            });
    });
    if (!accepted)
        return;
    selectCycle(started);
    emit statusMessage(tr("Started a cycle of %1.").arg(routine->currentText()));
}

void HistoryPage::endCycle()
{
    const auto *c = currentCycle();
    if (!c || c->cycle.endedOn)
        return;
    const Id cycleId = c->cycle.id;
    // Today, or the start day for a cycle that starts later (never before it starts).
    const QDate endsOn = std::max(m_today, c->cycle.startedOn.value_or(m_today));
    const QString name = tr("%1, cycle %2").arg(c->routineName).arg(c->cycle.cycleNumber);
    const core::Status status = commands::editSessionsOf(
        session(), tr("End Cycle %1").arg(name), c->cycle.subjectId,
        [&](core::Database &d) { return statusOf(core::log::endCycle(d, cycleId, endsOn)); });
    if (!status) {
        showRefusal(tr("End Cycle"), status);
        return;
    }
    emit statusMessage(
        tr("Ended %1 on %2.").arg(name, QLocale().toString(endsOn, QLocale::ShortFormat)));
}

} // namespace ft::ui
