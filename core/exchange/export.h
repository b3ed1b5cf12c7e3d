#pragma once

#include "core/db/entities.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class QIODevice;

// Taking data out, and putting a JSON export back.
//
// JSON export: the whole database (the data model's sixteen tables, app_metadata and the
// importers' tables) or one athlete (their rows of the sixteen tables and the exercises, tags
// they use: see athleteFilter()), every column of every row, ids and timestamps included, values
// in the portable form of tabledata.h. The file is valid JSON laid out one row per line, so that
// it is written and read back as a stream whatever its size:
//
//   {"fitnesstrack_export":1,"scope":"database","athlete":null,"schema_version":3,
//    "exported_at":"2026-06-28T10:00:00.000Z","tables":[
//   {"table":"users","columns":["id","email",...],"rows":[
//   [1,"ada@example.com",...],
//   [2,"grace@example.com",...]
//   ]},
//   ...
//   ]}
//
// (A file re-indented by another program is still read, but whole into memory.)
//
// Import of a JSON export (`import json`), in one transaction:
//   - a whole-database export goes only into an empty database (no row in any of its tables but
//     app_metadata, which is replaced), or into one that holds nothing but the bundled exercise
//     catalog exactly as the app installs it on first start (differenceFromBundledCatalog()):
//     those rows are deleted for the file's. Every row keeps its id, the id sequences are moved
//     just past them. The result is identical to the exported database, row for row.
//   - an athlete export into an empty database: the same, ids kept. Into a database that has
//     data: the athlete's rows get new ids; exercises are matched by slug and tags by name (the
//     database's own are used, with their aliases, tags and muscles as they are there; the
//     others are added). An athlete whose username, email or pseudonym is already there is
//     refused.
//   - a file written by a newer schema, or with tables or columns this version does not know, is
//     refused before anything is written.
//
// Per-set CSV export: one line per set log, in time order per athlete, with the columns
//   date,performed_at,athlete,session_id,exercise,exercise_slug,set_index,weight_kg,reps,rpe,rir,
//   warmup,failure,rest_s,tempo,notes
// `date` is the session's day (the UTC day of performed_at for a set without a session),
// `athlete` the username or, without a user, the pseudonym; UTF-8, RFC 4180 quoting.

namespace ft::core {

class Database;

using TableCounts = QList<QPair<QString, qint64>>;

struct ExportSummary
{
    QString path;
    TableCounts rows; // rows written per table (JSON), or {"exercise_set_logs", n} (CSV)
    qint64 bytes = 0;

    qint64 total() const;
    QJsonObject toJson() const;
    QString toText() const;
};

Result<ExportSummary> exportJson(Database &db, QIODevice &out, std::optional<Id> subjectId = {});
Result<ExportSummary> exportSetsCsv(Database &db, QIODevice &out, std::optional<Id> subjectId = {});

// The same into a file, written whole or not at all (a temporary file renamed at the end). An
// existing file is refused unless `overwrite`.
Result<ExportSummary> exportJsonFile(Database &db, const QString &path,
                                     std::optional<Id> subjectId = {}, bool overwrite = false);
Result<ExportSummary> exportSetsCsvFile(Database &db, const QString &path,
                                        std::optional<Id> subjectId = {}, bool overwrite = false);

struct RestoreSummary
{
    QString scope;               // "database" or "athlete"
    bool idsKept = true;         // false: the athlete's rows got new ids
    TableCounts rows;            // rows written per table
    qint64 exercisesMatched = 0; // athlete into a database with data: exercises found by slug
    qint64 tagsMatched = 0;

    qint64 total() const;
    QJsonObject toJson() const;
    QString toText() const;
};

Result<RestoreSummary> importJson(Database &db, QIODevice &in);
Result<RestoreSummary> importJsonFile(Database &db, const QString &path);

} // namespace ft::core
