#pragma once

#include "core/db/entities.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Undo: each import that wrote anything is a batch (import_batches) that records the id ranges
// of the exercises, sessions and set logs it created and the notes of sessions it extended
// (sql/*/0003_import.sql). undoImport() removes exactly those in one transaction.

namespace ft::core {
class Database;
}

namespace ft::core::import {

struct ImportBatch
{
    Id id = 0;
    Id subjectId = 0;
    QString format;
    QString sourceName;
    QString fingerprint;
    qint64 workouts = 0;
    qint64 setsImported = 0;
    qint64 sessionsCreated = 0;
    qint64 exercisesNew = 0;
    QDateTime importedAt;
    std::optional<QDateTime> undoneAt;

    QJsonObject toJson() const;
};

// The imports of one athlete (or of everyone), newest first.
Result<QList<ImportBatch>> listImportBatches(Database &db, std::optional<Id> subjectId = {});

struct UndoReport
{
    Id batchId = 0;
    qint64 setsDeleted = 0;
    qint64 sessionsDeleted = 0;
    qint64 sessionsKept = 0;  // created by the import, but sets were added to them since
    qint64 notesRestored = 0; // sessions that existed before, their notes as they were
    qint64 notesKept = 0;     // ... unless edited since the import
    qint64 exercisesDeleted = 0;
    qint64 exercisesKept = 0; // created by the import, but used elsewhere since

    QJsonObject toJson() const;
    QString toText() const;
};

// Deletes what the batch created (set logs, then the sessions it created that have no other
// sets, then the exercises it created that nothing else uses) and restores the notes of sessions
// it extended, in one transaction; the batch is marked undone. A batch undone already is refused.
Result<UndoReport> undoImport(Database &db, Id batchId);

} // namespace ft::core::import
