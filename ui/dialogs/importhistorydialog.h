#pragma once

#include "core/db/entities.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTableView;

namespace ft::core {
class Database;
}

namespace ft::ui {

class ImportBatchModel;

// File → Import History: every workout import of the database, newest first, and Undo Import,
// which removes what one import added (core::import::undoImport) after a confirmation.
class Session;

class ImportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    ImportHistoryDialog(Session &session, QHash<core::Id, QString> athleteNames,
                        QWidget *parent = nullptr);

    ImportBatchModel *model() const { return m_model; }
    // Selects the row of `batchId` (the import just made, say).
    void selectBatch(core::Id batchId);
    // Undoes the selected import, after asking. Returns whether it was undone.
    bool undoSelected();

signals:
    // An import was undone: sessions, set logs and perhaps exercises are gone.
    void importUndone(core::Id batchId);

private:
    void reload();
    void updateButtons();
    int selectedRow() const;

    Session &m_session;
    core::Database &m_db;
    ImportBatchModel *m_model;
    QTableView *m_view;
    QPushButton *m_undoButton;
    QLabel *m_emptyLabel;
};

} // namespace ft::ui
