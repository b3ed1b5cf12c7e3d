#pragma once

// Row-by-row dumps of every table, for the tests of export, restore, copy and backup: two
// databases hold identical content when their dumps are equal. Read with plain SQL, not with
// the code under test; only the list of tables and their column types come from tabledata.h.

#include "core/athletes/athletes.h"
#include "core/db/database.h"
#include "core/demo/demo.h"
#include "core/exchange/tabledata.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace ft::test {

enum class Timestamps {
    Exact,        // as stored: microseconds on PostgreSQL (compare within one backend)
    Milliseconds, // as Qt reads them (compare across backends)
};

// table → one line per row, in key order, "|"-separated normalised values.
inline QMap<QString, QStringList>
dumpTables(core::Database &db, Timestamps timestamps,
           const QList<core::TableSpec> &tables = core::dataTables())
{
    using core::ColumnType;
    const bool sqlite = db.dialect().isSQLite();
    QMap<QString, QStringList> dump;
    for (const core::TableSpec &t : tables) {
        QStringList select;
        for (const core::ColumnSpec &c : t.columns) {
            if (c.type == ColumnType::Timestamp && !sqlite && timestamps == Timestamps::Exact)
                select.append(QStringLiteral("(%1 AT TIME ZONE 'UTC')::text").arg(c.name));
            else
                select.append(c.name);
        }
        QSqlQuery q(db.connection());
        if (!q.exec(
                QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                    .arg(select.join(QLatin1Char(',')), t.name, t.key.join(QLatin1Char(','))))) {
            dump[t.name].append(QStringLiteral("ERROR ") + q.lastError().text());
            continue;
        }
        QStringList &rows = dump[t.name];
        while (q.next()) {
            QStringList values;
            for (qsizetype i = 0; i < t.columns.size(); ++i) {
                const QVariant v = q.value(int(i));
                if (v.isNull()) {
                    values.append(QStringLiteral("NULL"));
                    continue;
                }
                switch (t.columns.at(i).type) {
                case ColumnType::Boolean:
                    values.append(db.dialect().readBool(v) ? QStringLiteral("true")
                                                           : QStringLiteral("false"));
                    break;
                case ColumnType::Numeric:
                    values.append(QString::number(v.toDouble(), 'g', 17));
                    break;
                case ColumnType::Date:
                    values.append(db.dialect().readDate(v).toString(Qt::ISODate));
                    break;
                case ColumnType::Timestamp:
                    values.append(timestamps == Timestamps::Exact
                                      ? v.toString()
                                      : db.dialect().readDateTime(v).toString(Qt::ISODateWithMs));
                    break;
                default:
                    values.append(v.toString());
                    break;
                }
            }
            rows.append(values.join(QLatin1Char('|')));
        }
        // The backends order enums differently (PostgreSQL by declaration, SQLite as text).
        rows.sort();
    }
    return dump;
}

// The first difference between two dumps, in words; empty when they are equal.
inline QString firstDifference(const QMap<QString, QStringList> &a,
                               const QMap<QString, QStringList> &b)
{
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const QStringList other = b.value(it.key());
        if (it->size() != other.size())
            return QStringLiteral("%1: %2 rows against %3")
                .arg(it.key())
                .arg(it->size())
                .arg(other.size());
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i) != other.at(i))
                return QStringLiteral("%1 row %2:\n  %3\n  %4")
                    .arg(it.key())
                    .arg(i)
                    .arg(it->at(i), other.at(i));
        }
    }
    if (a.size() != b.size())
        return QStringLiteral("different tables");
    return {};
}

inline qint64 dumpRows(const QMap<QString, QStringList> &dump)
{
    qint64 n = 0;
    for (const QStringList &rows : dump)
        n += rows.size();
    return n;
}

// Something in every table: the catalog, two demo athletes with a year of history each (users,
// profiles, metrics, routines, days, slots, planned sets, cycles, sessions, set logs), a subject
// without a user, awkward text (quotes, commas, newlines, emoji, accents), NULLs, and rows in
// app_metadata and the importers' tables.
inline core::Status fillDatabase(core::Database &db)
{
    core::DemoOptions options;
    options.athletes = 2;
    options.years = 1;
    auto demo = core::generateDemo(db, options);
    if (!demo)
        return demo.error();
    return db.transaction([&]() -> core::Status {
        const QString awkward =
            QStringLiteral("He said \"go\", then:\nmore; 💪 Crème brûlée, tab\there");
        const char *statements[] = {
            "INSERT INTO subjects (pseudonym) VALUES ('6f1c0e2a-5b7d-4c1e-9a3b-2d4e6f8a0b1c')",
            "INSERT INTO tags (name) VALUES ('Zürich \"quoted\", tag')",
            "INSERT INTO workout_sessions (subject_id, workout_date, status, notes, bodyweight_kg) "
            "VALUES ((SELECT MAX(id) FROM subjects), '2020-02-29', 'COMPLETED', ?, 81.25)",
            "INSERT INTO exercise_set_logs (subject_id, exercise_id, session_id, performed_at, "
            "set_index, "
            "actual_weight_kg, actual_rpe, notes) VALUES ((SELECT MAX(id) FROM subjects), "
            "(SELECT MIN(id) FROM exercises), (SELECT MAX(id) FROM workout_sessions), "
            "'2020-02-29T23:59:59.999Z', 1, 0.1, 7.5, ?)",
            "INSERT INTO import_exercise_mappings (format, source_key, source_name, exercise_id) "
            "VALUES ('strong', 'bench press barbell', 'Bench Press (Barbell)', (SELECT MIN(id) "
            "FROM exercises))",
            "INSERT INTO import_batches (subject_id, format, source_name, fingerprint, time_zone, "
            "workouts, "
            "sets_imported, sets_duplicate, rows_skipped, sessions_created, exercises_new) "
            "VALUES ((SELECT MAX(id) FROM subjects), 'strong', 'strong.csv', 'abc', "
            "'Europe/Berlin', 1, 1, 0, 0, 1, 0)",
            "INSERT INTO import_batch_rows (batch_id, table_name, first_id, last_id) "
            "VALUES ((SELECT MAX(id) FROM import_batches), 'exercise_set_logs', 7, 9)",
            "INSERT INTO import_batch_sessions (batch_id, session_id, notes_before, notes_after) "
            "VALUES ((SELECT MAX(id) FROM import_batches), (SELECT MAX(id) FROM workout_sessions), "
            "NULL, ?)",
            "INSERT INTO app_metadata (key, value) VALUES ('test_key', ?)",
        };
        for (const char *sql : statements) {
            const QString text = QString::fromUtf8(sql);
            auto r = db.exec(
                text, text.contains(QLatin1Char('?')) ? QVariantList { awkward } : QVariantList {});
            if (!r)
                return r.error();
        }
        return {};
    });
}

} // namespace ft::test
