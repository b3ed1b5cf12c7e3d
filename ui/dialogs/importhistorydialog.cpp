#include "importhistorydialog.h"
#include "commands/commands.h"
#include "formhelpers.h"
#include "messagebox.h"
#include "session.h"

#include "models/importbatchmodel.h"

#include "core/exchange/import/importbatches.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ft::ui {

ImportHistoryDialog::ImportHistoryDialog(Session &session, QHash<core::Id, QString> athleteNames,
                                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_db(*session.database())
    , m_model(new ImportBatchModel(this))
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import History"));
    m_model->setAthleteNames(std::move(athleteNames));

    m_view = rowTable(m_model, QStringLiteral("importHistoryView"), tr("Workout imports"), this);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_emptyLabel = new QLabel(tr("No workouts have been imported into this database."), this);
    m_emptyLabel->setObjectName(QStringLiteral("importHistoryEmpty"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undoButton = buttons->addButton(tr("&Undo Import…"), QDialogButtonBox::ActionRole);
    m_undoButton->setObjectName(QStringLiteral("undoImportButton"));
    m_undoButton->setToolTip(tr("Remove the sets, sessions and new exercises this import added."));
    connect(m_undoButton, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 420);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportHistoryDialog::updateButtons);
    reload();
}

void ImportHistoryDialog::reload()
{
    auto batches = core::import::listImportBatches(m_db);
    if (!batches) {
        m_model->setBatches({});
        m_emptyLabel->setText(
            tr("The import history cannot be read: %1").arg(batches.error().message));
        m_emptyLabel->show();
    } else {
        m_model->setBatches(std::move(*batches));
        m_emptyLabel->setText(tr("No workouts have been imported into this database."));
        m_emptyLabel->setVisible(m_model->rowCount() == 0);
    }
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateButtons();
}

int ImportHistoryDialog::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ImportHistoryDialog::updateButtons()
{
    const int row = selectedRow();
    m_undoButton->setEnabled(row >= 0 && !m_model->batch(row).undoneAt);
}

void ImportHistoryDialog::selectBatch(core::Id batchId)
{
    if (const int row = m_model->rowOfBatch(batchId); row >= 0)
        m_view->selectRow(row);
}

bool ImportHistoryDialog::undoSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_model->batch(row).undoneAt)
        return false;
    const core::import::ImportBatch batch = m_model->batch(row);
    const QLocale locale;
    const auto answer = MessageBox::question(
        this, tr("Undo Import"),
        tr("Undo the import of “%1” from %2?\n\nThis removes the %3 sets it added, the sessions "
           "it created and the exercises it created that nothing else uses. Sets logged since "
           "in those sessions stay, and so do the sessions that hold them. Edit → Undo brings "
           "the import back.")
            .arg(batch.sourceName,
                 locale.toString(batch.importedAt.toLocalTime(), QLocale::ShortFormat),
                 locale.toString(batch.setsImported)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    auto undone =
        waitingFor([&] { return commands::undoImport(m_session, batch.subjectId, batch.id); });
    if (!undone) {
        MessageBox::critical(this, tr("Undo Import"),
                             tr("The import stays as it was.\n\n%1").arg(undone.error().message));
        return false;
    }
    reload();
    selectBatch(batch.id);
    MessageBox::information(this, tr("Undo Import"), undone->toText());
    emit importUndone(batch.id);
    return true;
}

} // namespace ft::ui
