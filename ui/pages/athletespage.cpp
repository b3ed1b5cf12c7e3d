#include "athletespage.h"
#include "formhelpers.h"

#include "commands/commands.h"
#include "dialogs/athletedialog.h"
#include "messagebox.h"
#include "models/athletetablemodel.h"
#include "session.h"

#include "core/db/database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ft::ui {

AthletesPage::AthletesPage(Session &session, QWidget *parent)
    : Page(session, parent)
    , m_model(session.athletes())
{
    setObjectName(QStringLiteral("athletesPage"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("athleteSearch"));
    m_search->setPlaceholderText(tr("Search athletes by name, username or email"));
    m_search->setAccessibleName(tr("Search athletes"));
    m_search->setClearButtonEnabled(true);

    m_newButton = new QPushButton(tr("&New Athlete…"), this);
    m_newButton->setObjectName(QStringLiteral("newAthleteButton"));
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editAthleteButton"));
    m_deleteButton = new QPushButton(tr("&Delete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteAthleteButton"));

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_table = rowTable(m_proxy, QStringLiteral("athleteTable"), tr("Athletes"), this);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AthleteTableModel::NameColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AthleteTableModel::PseudonymColumn,
                                                      QHeaderView::Stretch);

    auto *empty = new QWidget(this);
    auto *emptyText =
        new QLabel(tr("<h3>No athletes yet</h3><p>An athlete is anyone whose training "
                      "you plan or log: you, or the people you coach.</p>"),
                   empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto *emptyButton = new QPushButton(tr("Create the First Athlete"), empty);
    emptyButton->setObjectName(QStringLiteral("createFirstAthleteButton"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_noMatch = new QLabel(this);
    m_noMatch->setAlignment(Qt::AlignCenter);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_noMatch);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_newButton);
    top->addWidget(m_editButton);
    top->addWidget(m_deleteButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateState();
    });
    connect(m_newButton, &QPushButton::clicked, this, &AthletesPage::newAthlete);
    connect(emptyButton, &QPushButton::clicked, this, &AthletesPage::newAthlete);
    connect(m_editButton, &QPushButton::clicked, this, &AthletesPage::editAthlete);
    connect(m_deleteButton, &QPushButton::clicked, this, &AthletesPage::deleteAthlete);
    connect(m_table, &QTableView::activated, this, &AthletesPage::editAthlete);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AthletesPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AthletesPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AthletesPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AthletesPage::updateState);

    setTabOrder(m_search, m_newButton);
    setTabOrder(m_newButton, m_editButton);
    setTabOrder(m_editButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_table);
    updateState();
}

void AthletesPage::databaseChanged()
{
    updateState();
}

QWidget *AthletesPage::searchField() const
{
    return m_search;
}

int AthletesPage::currentSourceRow() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isRowSelected(index.row(), {}))
        return -1;
    return m_proxy->mapToSource(index).row();
}

void AthletesPage::updateState()
{
    const bool hasDb = db() != nullptr;
    m_newButton->setEnabled(hasDb);
    m_search->setEnabled(hasDb && m_model->rowCount() > 0);
    const bool selected = currentSourceRow() >= 0;
    m_editButton->setEnabled(hasDb && selected);
    m_deleteButton->setEnabled(hasDb && selected);
    if (m_model->rowCount() == 0) {
        m_stack->setCurrentIndex(0);
    } else if (m_proxy->rowCount() == 0) {
        m_noMatch->setText(tr("No athlete matches \"%1\".").arg(m_search->text().toHtmlEscaped()));
        m_stack->setCurrentIndex(2);
    } else {
        m_stack->setCurrentIndex(1);
    }
}

void AthletesPage::newAthlete()
{
    if (!db())
        return;
    AthleteDialog dialog(
        core::Athlete(),
        [this](const core::Athlete &a) { return commands::saveAthlete(session(), a); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(tr("Created athlete %1.").arg(dialog.saved().displayName()));
    session().setCurrentAthlete(dialog.saved().subject.id);
}

void AthletesPage::editAthlete()
{
    const int row = currentSourceRow();
    if (!db() || row < 0)
        return;
    AthleteDialog dialog(
        m_model->athlete(row),
        [this](const core::Athlete &a) { return commands::saveAthlete(session(), a); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(tr("Saved athlete %1.").arg(dialog.saved().displayName()));
}

void AthletesPage::deleteAthlete()
{
    const int row = currentSourceRow();
    if (!db() || row < 0)
        return;
    const core::Athlete athlete = m_model->athlete(row);
    auto impact = core::deletionImpact(*db(), athlete.subject.id);
    if (!impact) {
        MessageBox::critical(this, tr("Delete Athlete"), impact.error().message);
        return;
    }
    const QString text =
        tr("Delete %1 and everything recorded for them?\n\nThis removes the user account, the "
           "profile, "
           "%2 routine(s), %3 cycle(s), %4 workout session(s), %5 logged set(s) and %6 body "
           "measurement(s). Edit → Undo brings it all back.")
            .arg(athlete.displayName())
            .arg(impact->routines)
            .arg(impact->cycles)
            .arg(impact->sessions)
            .arg(impact->setLogs)
            .arg(impact->bodyMetrics);
    if (MessageBox::question(this, tr("Delete Athlete"), text,
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (core::Status s = commands::deleteAthlete(session(), athlete); !s) {
        MessageBox::critical(this, tr("Delete Athlete"), s.error().message);
        return;
    }
    emit statusMessage(tr("Deleted athlete %1.").arg(athlete.displayName()));
}

} // namespace ft::ui
