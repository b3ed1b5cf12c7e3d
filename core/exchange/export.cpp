#include "core/exchange/export.h"
#include "core/athletes/athletes.h"
#include "core/catalog/catalog.h"

#include "core/db/database.h"
#include "core/exchange/tabledata.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace ft::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

constexpr int exportVersion = 1;

Error fileError(const QString &path, const QString &problem)
{
    Error e = Error::make(Error::Kind::File, Tr::tr("%1: %2").arg(path, problem));
    e.field = QStringLiteral("file");
    e.value = path;
    e.rule = problem;
    return e;
}

Status writeAll(QIODevice &out, const QByteArray &bytes, qint64 *written)
{
    if (out.write(bytes) != bytes.size())
        return Error::make(Error::Kind::File,
                           Tr::tr("Cannot write the export: %1").arg(out.errorString()));
    *written += bytes.size();
    return {};
}

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (v.typeId()) {
    case QMetaType::LongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Bool:
        return QJsonValue(v.toBool());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// "{...,"tables":[" from a complete object: the object without its closing brace, with the
// opening of the list it will get.
QByteArray opening(const QJsonObject &o, const char *listKey)
{
    QByteArray text = compact(o);
    text.chop(1);
    text += text.endsWith('{') ? "" : ",";
    text += '"';
    text += listKey;
    text += "\":[";
    return text;
}

QList<TableSpec> tablesOf(std::optional<Id> subjectId)
{
    QList<TableSpec> tables;
    for (const TableSpec &t : dataTables()) {
        if (!subjectId || t.dataModel)
            tables.append(t);
    }
    return tables;
}

template<typename Write>
Result<ExportSummary> toFile(const QString &path, bool overwrite, Write write)
{
    if (QFileInfo::exists(path) && !overwrite)
        return fileError(
            path,
            Tr::tr("the file exists already (overwrite it explicitly, or choose another name)"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, file.errorString());
    auto summary = write(file);
    if (!summary) {
        file.cancelWriting();
        return summary.error();
    }
    if (!file.commit())
        return fileError(path, file.errorString());
    summary->path = path;
    return summary;
}

// ---- Reading an export -------------------------------------------------------------------------

// What a JSON export is made of, in file order.
class ExportVisitor
{
public:
    virtual ~ExportVisitor() = default;
    virtual Status header(const QJsonObject &header) = 0;
    virtual Status table(const QString &name, const QStringList &columns) = 0;
    virtual Status row(const QJsonArray &values, qint64 line) = 0;
    virtual Status tableEnd() = 0;
};

Error formatError(qint64 line, const QString &problem)
{
    Error e = Error::make(
        Error::Kind::File,
        line > 0 ? Tr::tr("Not a FitnessTrack JSON export, line %1: %2").arg(line).arg(problem)
                 : Tr::tr("Not a FitnessTrack JSON export: %1").arg(problem));
    e.field = QStringLiteral("file");
    e.rule = problem;
    return e;
}

Result<QJsonDocument> parse(const QByteArray &text, qint64 line)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return formatError(
            line, Tr::tr("%1 at character %2").arg(error.errorString()).arg(error.offset + 1));
    return doc;
}

Status visitTableObject(const QJsonObject &table, ExportVisitor &visitor, qint64 line)
{
    const QJsonValue name = table.value(QStringLiteral("table"));
    const QJsonValue columns = table.value(QStringLiteral("columns"));
    if (!name.isString() || !columns.isArray())
        return formatError(line, Tr::tr("a table without \"table\" and \"columns\""));
    QStringList names;
    for (const QJsonValue &c : columns.toArray())
        names.append(c.toString());
    return visitor.table(name.toString(), names);
}

// The whole document in memory: for an export that another program re-formatted.
Status visitDocument(const QByteArray &text, ExportVisitor &visitor)
{
    auto doc = parse(text, 0);
    if (!doc)
        return doc.error();
    QJsonObject root = doc->object();
    const QJsonArray tables = root.take(QStringLiteral("tables")).toArray();
    if (Status s = visitor.header(root); !s)
        return s;
    for (const QJsonValue &t : tables) {
        const QJsonObject table = t.toObject();
        if (Status s = visitTableObject(table, visitor, 0); !s)
            return s;
        for (const QJsonValue &row : table.value(QStringLiteral("rows")).toArray()) {
            if (!row.isArray())
                return formatError(0, Tr::tr("a row that is not a list"));
            if (Status s = visitor.row(row.toArray(), 0); !s)
                return s;
        }
        if (Status s = visitor.tableEnd(); !s)
            return s;
    }
    return {};
}

// The layout exportJson() writes, one line at a time.
Status visitExport(QIODevice &in, ExportVisitor &visitor)
{
    QByteArray first = in.readLine();
    const QByteArray trimmedFirst = first.trimmed();
    if (!trimmedFirst.startsWith('{') || !trimmedFirst.contains("\"fitnesstrack_export\":")
        || !trimmedFirst.endsWith("\"tables\":[")) {
        // Not our line layout: read it whole (bounded by what the device holds).
        return visitDocument(first + in.readAll(), visitor);
    }
    auto header = parse(trimmedFirst + "]}", 1);
    if (!header)
        return header.error();
    QJsonObject headerObject = header->object();
    headerObject.remove(QStringLiteral("tables"));
    if (Status s = visitor.header(headerObject); !s)
        return s;

    qint64 line = 1;
    bool inTable = false;
    bool ended = false;
    while (!in.atEnd()) {
        const QByteArray text = in.readLine().trimmed();
        ++line;
        if (text.isEmpty())
            continue;
        if (ended)
            return formatError(line, Tr::tr("text after the end of the export"));
        if (!inTable) {
            if (text == "]}") {
                ended = true;
                continue;
            }
            if (!text.startsWith('{') || !text.endsWith("\"rows\":["))
                return formatError(line, Tr::tr("a table was expected"));
            auto table = parse(text + "]}", line);
            if (!table)
                return table.error();
            if (Status s = visitTableObject(table->object(), visitor, line); !s)
                return s;
            inTable = true;
            continue;
        }
        if (text == "]}" || text == "]},") {
            if (Status s = visitor.tableEnd(); !s)
                return s;
            inTable = false;
            continue;
        }
        QByteArray rowText = text;
        if (rowText.endsWith(','))
            rowText.chop(1);
        auto row = parse(rowText, line);
        if (!row)
            return row.error();
        if (!row->isArray())
            return formatError(line, Tr::tr("a row that is not a list"));
        if (Status s = visitor.row(row->array(), line); !s)
            return s;
    }
    if (!ended)
        return formatError(line, Tr::tr("the file ends before the export does (truncated?)"));
    return {};
}

// ---- Restoring ---------------------------------------------------------------------------------

QVariant fromJson(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QVariant();
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 9007199254740992.0 ? QVariant(qlonglong(d))
                                                                      : QVariant(d);
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return QVariant::fromValue(v); // a list or an object: checkPortable() refuses it
    }
}

class Restore : public ExportVisitor
{
public:
    explicit Restore(Database &db)
        : m_db(db)
    { }

    RestoreSummary summary;

    Status header(const QJsonObject &header) override
    {
        if (header.value(QStringLiteral("fitnesstrack_export")).toInt() != exportVersion)
            return formatError(1, Tr::tr("\"fitnesstrack_export\" must be %1").arg(exportVersion));
        summary.scope = header.value(QStringLiteral("scope")).toString();
        if (summary.scope != QLatin1String("database") && summary.scope != QLatin1String("athlete"))
            return formatError(1, Tr::tr("\"scope\" must be \"database\" or \"athlete\""));
        auto version = m_db.schemaVersion();
        if (!version)
            return version.error();
        const int fileVersion = header.value(QStringLiteral("schema_version")).toInt();
        if (fileVersion > *version)
            return Error::make(
                Error::Kind::Schema,
                Tr::tr(
                    "The export was written by a newer FitnessTrack (schema %1; this one has %2): "
                    "update FitnessTrack to import it.")
                    .arg(fileVersion)
                    .arg(*version));

        // Which tables hold rows already decides between keeping ids and giving new ones.
        auto counts = countRows(m_db, dataTables());
        if (!counts)
            return counts.error();
        QStringList used;
        bool onlyCatalog = true;
        for (const auto &[table, n] : *counts) {
            if (n > 0 && table != QLatin1String("app_metadata")) {
                used.append(Tr::tr("%1 (%2 rows)").arg(table).arg(n));
                onlyCatalog = onlyCatalog && catalogTables().contains(table);
            }
        }
        if (!used.isEmpty() && summary.scope == QLatin1String("database")) {
            if (Status s = replaceBundledCatalog(used, onlyCatalog); !s)
                return s;
            used.clear();
        }
        summary.idsKept = used.isEmpty();
        if (summary.scope == QLatin1String("database")) {
            if (auto r = m_db.exec(QStringLiteral("DELETE FROM app_metadata")); !r)
                return r.error();
        }
        return {};
    }

    Status table(const QString &name, const QStringList &columns) override
    {
        m_table = findDataTable(name);
        if (!m_table || (summary.scope == QLatin1String("athlete") && !m_table->dataModel))
            return formatError(0,
                               Tr::tr("the table \"%1\" is not one this version knows").arg(name));
        if (m_seen.contains(name))
            return formatError(0, Tr::tr("the table \"%1\" comes twice").arg(name));
        m_seen.insert(name);
        m_positions.clear();
        QSet<QString> present;
        for (const QString &c : columns) {
            const qsizetype i = m_table->indexOf(c);
            if (i < 0)
                return formatError(0,
                                   Tr::tr("%1 has no column \"%2\" in this version").arg(name, c));
            m_positions.append(i);
            present.insert(c);
        }
        for (const ColumnSpec &c : m_table->columns) {
            if (!present.contains(c.name))
                return formatError(0, Tr::tr("%1: the column \"%2\" is missing").arg(name, c.name));
        }
        m_writer = std::make_unique<TableWriter>(
            m_db, *m_table, summary.idsKept ? TableWriter::Ids::Keep : TableWriter::Ids::New,
            &m_maps);
        m_row.resize(m_table->columns.size());
        if (!summary.idsKept) {
            if (Status s = prepareMatches(name); !s)
                return s;
        }
        return {};
    }

    Status row(const QJsonArray &values, qint64 line) override
    {
        if (values.size() != m_positions.size())
            return formatError(line,
                               Tr::tr("%1: a row of %2 values for %3 columns")
                                   .arg(m_table->name)
                                   .arg(values.size())
                                   .arg(m_positions.size()));
        for (qsizetype k = 0; k < values.size(); ++k) {
            const qsizetype i = m_positions.at(k);
            auto value = checkPortable(*m_table, m_table->columns.at(i), fromJson(values.at(k)));
            if (!value) {
                Error e = value.error();
                if (line > 0)
                    e.message = Tr::tr("line %1: %2").arg(line).arg(e.message);
                return e;
            }
            m_row[i] = *value;
        }
        if (!summary.idsKept && matched())
            return {};
        return m_writer->add(m_row);
    }

    Status tableEnd() override
    {
        if (Status s = m_writer->finish(); !s)
            return s;
        summary.rows.append({ m_table->name, m_writer->rowsWritten() });
        m_writer.reset();
        return {};
    }

    Status finish()
    {
        if (summary.idsKept)
            return resetIdentitySequences(m_db);
        return {};
    }

private:
    // A whole-database export goes into an empty database, or into one that holds nothing but
    // the bundled catalog as the app installs it on first start: those rows are deleted (in this
    // transaction) for the file's. Anything else is refused, so that nothing is merged or lost.
    Status replaceBundledCatalog(const QStringList &used, bool onlyCatalog)
    {
        const QString refusal =
            Tr::tr("A whole-database export is imported only into an empty database or one that "
                   "holds nothing but the untouched bundled exercise catalog, so that nothing is "
                   "merged or overwritten; %1 has data: %2")
                .arg(m_db.url().displayName(), used.join(QStringLiteral(", ")));
        if (!onlyCatalog)
            return Error::make(Error::Kind::Usage, refusal + QLatin1Char('.'));
        auto difference = differenceFromBundledCatalog(m_db);
        if (!difference)
            return difference.error();
        if (!difference->isEmpty())
            return Error::make(
                Error::Kind::Usage,
                Tr::tr("%1, and its exercise catalog is not the bundled one as installed: %2.")
                    .arg(refusal, *difference));
        const QList<TableSpec> &tables = dataTables();
        for (auto t = tables.crbegin(); t != tables.crend(); ++t) {
            if (!catalogTables().contains(t->name))
                continue;
            // Table names come from catalogTables(), never from input.
            if (auto r = m_db.exec(QStringLiteral("DELETE FROM ") + t->name); !r)
                return r.error();
        }
        return {};
    }

    // New ids: exercises by slug and tags by name are the database's own when it has them.
    Status prepareMatches(const QString &table)
    {
        m_existing.clear();
        QString sql;
        if (table == QLatin1String("exercises"))
            sql = QStringLiteral("SELECT slug, id FROM exercises");
        else if (table == QLatin1String("tags"))
            sql = QStringLiteral("SELECT name, id FROM tags");
        if (sql.isEmpty())
            return {};
        auto rows = m_db.exec(sql);
        if (!rows)
            return rows.error();
        while (rows->next())
            m_existing.insert(rows->value(0).toString(), rows->value(1).toLongLong());
        return {};
    }

    // Whether the current row is one the database has already (then it is not written).
    bool matched()
    {
        const QString &t = m_table->name;
        if (t == QLatin1String("exercises") || t == QLatin1String("tags")) {
            const QString key =
                m_row
                    .at(m_table->indexOf(t == QLatin1String("exercises") ? QStringLiteral("slug")
                                                                         : QStringLiteral("name")))
                    .toString();
            const auto it = m_existing.constFind(key);
            if (it == m_existing.constEnd())
                return false;
            const Id old = m_row.at(m_table->indexOf(QStringLiteral("id"))).toLongLong();
            m_maps[t].insert(old, *it);
            if (t == QLatin1String("exercises")) {
                m_matchedExercises.insert(old);
                ++summary.exercisesMatched;
            } else {
                ++summary.tagsMatched;
            }
            return true;
        }
        // The details of a matched exercise are the database's.
        if (t == QLatin1String("exercise_aliases") || t == QLatin1String("exercise_tags")
            || t == QLatin1String("exercise_secondary_muscles"))
            return m_matchedExercises.contains(
                m_row.at(m_table->indexOf(QStringLiteral("exercise_id"))).toLongLong());
        return false;
    }

    Database &m_db;
    const TableSpec *m_table = nullptr;
    QList<qsizetype> m_positions; // file column → spec column
    QVariantList m_row;
    std::unique_ptr<TableWriter> m_writer;
    IdMaps m_maps;
    QHash<QString, Id> m_existing;
    QSet<Id> m_matchedExercises;
    QSet<QString> m_seen;
};

QString csvField(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
    for (const QChar c : text)
        quote = quote || special.contains(c);
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString csvNumber(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
}

} // namespace

// ---- Summaries ---------------------------------------------------------------------------------

qint64 ExportSummary::total() const
{
    qint64 n = 0;
    for (const auto &[table, rows] : this->rows)
        n += rows;
    return n;
}

QJsonObject ExportSummary::toJson() const
{
    QJsonObject tables;
    for (const auto &[table, n] : rows)
        tables.insert(table, n);
    return { { QStringLiteral("path"), path },
             { QStringLiteral("rows"), total() },
             { QStringLiteral("tables"), tables },
             { QStringLiteral("bytes"), bytes } };
}

QString ExportSummary::toText() const
{
    return Tr::tr("Wrote %1 rows (%2 bytes) to %3.").arg(total()).arg(bytes).arg(path)
        + QLatin1Char('\n');
}

qint64 RestoreSummary::total() const
{
    qint64 n = 0;
    for (const auto &[table, rows] : this->rows)
        n += rows;
    return n;
}

QJsonObject RestoreSummary::toJson() const
{
    QJsonObject tables;
    for (const auto &[table, n] : rows)
        tables.insert(table, n);
    return { { QStringLiteral("scope"), scope },
             { QStringLiteral("ids_kept"), idsKept },
             { QStringLiteral("rows"), total() },
             { QStringLiteral("tables"), tables },
             { QStringLiteral("exercises_matched"), exercisesMatched },
             { QStringLiteral("tags_matched"), tagsMatched } };
}

QString RestoreSummary::toText() const
{
    QString text = Tr::tr("Imported a %1 export: %2 rows").arg(scope).arg(total());
    text += idsKept ? Tr::tr(", ids kept.")
                    : Tr::tr(", with new ids; %1 exercises and %2 tags were already there.")
                          .arg(exercisesMatched)
                          .arg(tagsMatched);
    return text + QLatin1Char('\n');
}

// ---- Export ------------------------------------------------------------------------------------

Result<ExportSummary> exportJson(Database &db, QIODevice &out, std::optional<Id> subjectId)
{
    ExportSummary summary;
    const Status status = inSnapshot(db, [&]() -> Status {
        QJsonObject header { { QStringLiteral("fitnesstrack_export"), exportVersion },
                             { QStringLiteral("scope"),
                               subjectId ? QStringLiteral("athlete") : QStringLiteral("database") },
                             { QStringLiteral("athlete"), QJsonValue::Null } };
        if (subjectId) {
            if (Status s = requireSubject(db, *subjectId); !s)
                return s;
            auto pseudonym = db.scalar(
                QStringLiteral("SELECT pseudonym FROM subjects WHERE id = ?"), { *subjectId });
            if (!pseudonym)
                return pseudonym.error();
            header.insert(QStringLiteral("athlete"), pseudonym->toString());
        }
        auto version = db.schemaVersion();
        if (!version)
            return version.error();
        header.insert(QStringLiteral("schema_version"), *version);
        header.insert(QStringLiteral("exported_at"),
                      db.dialect().bindDateTime(QDateTime::currentDateTimeUtc()).toString());
        if (Status s = writeAll(out, opening(header, "tables"), &summary.bytes); !s)
            return s;

        const QList<TableSpec> tables = tablesOf(subjectId);
        for (qsizetype t = 0; t < tables.size(); ++t) {
            const TableSpec &table = tables.at(t);
            QJsonArray columns;
            for (const ColumnSpec &c : table.columns)
                columns.append(c.name);
            const QJsonObject tableHeader { { QStringLiteral("table"), table.name },
                                            { QStringLiteral("columns"), columns } };
            if (Status s =
                    writeAll(out, QByteArray("\n") + opening(tableHeader, "rows"), &summary.bytes);
                !s)
                return s;
            qint64 rows = 0;
            QJsonArray values;
            const RowFilter filter = subjectId ? athleteFilter(table, *subjectId) : RowFilter();
            Status s = readTable(db, table, filter, [&](const QVariantList &row) -> Status {
                values = QJsonArray();
                for (const QVariant &v : row)
                    values.append(jsonValue(v));
                QByteArray line = rows == 0 ? QByteArray("\n") : QByteArray(",\n");
                line += QJsonDocument(values).toJson(QJsonDocument::Compact);
                ++rows;
                return writeAll(out, line, &summary.bytes);
            });
            if (!s)
                return s;
            if (Status w = writeAll(out, t + 1 < tables.size() ? "\n]}," : "\n]}", &summary.bytes);
                !w)
                return w;
            summary.rows.append({ table.name, rows });
        }
        return writeAll(out, "\n]}\n", &summary.bytes);
    });
    if (!status)
        return status.error();
    return summary;
}

Result<ExportSummary> exportSetsCsv(Database &db, QIODevice &out, std::optional<Id> subjectId)
{
    ExportSummary summary;
    const Status status = inSnapshot(db, [&]() -> Status {
        // Before the header: an unknown athlete writes nothing, not even to standard output.
        if (subjectId) {
            if (Status s = requireSubject(db, *subjectId); !s)
                return s;
        }
        if (Status s =
                writeAll(out,
                         "date,performed_at,athlete,session_id,exercise,exercise_slug,set_index,"
                         "weight_kg,reps,rpe,rir,warmup,failure,rest_s,tempo,notes\n",
                         &summary.bytes);
            !s)
            return s;
        // Pages in (subject, performed_at, id) order, so that neither driver holds every row.
        constexpr int pageSize = 5000;
        const Dialect &d = db.dialect();
        const ColumnSpec performedAt {
            QStringLiteral("performed_at"), ColumnType::Timestamp, false, {}
        };
        const QString sql =
            QStringLiteral(
                "SELECT l.subject_id, %3, l.id, s.workout_date, COALESCE(u.username, "
                "CAST(sub.pseudonym AS TEXT)), "
                "l.session_id, e.name, e.slug, l.set_index, l.actual_weight_kg, l.actual_reps, "
                "l.actual_rpe, "
                "l.actual_rir, l.is_warmup, l.to_failure, l.actual_rest_s, l.actual_tempo, l.notes "
                "FROM exercise_set_logs l JOIN exercises e ON e.id = l.exercise_id "
                "JOIN subjects sub ON sub.id = l.subject_id LEFT JOIN users u ON u.id = "
                "sub.user_id "
                "LEFT JOIN workout_sessions s ON s.id = l.session_id "
                "WHERE %1 (l.subject_id > ? OR (l.subject_id = ? AND (l.performed_at > ? "
                "OR (l.performed_at = ? AND l.id > ?)))) "
                "ORDER BY l.subject_id, l.performed_at, l.id LIMIT %2")
                .arg(subjectId ? QStringLiteral("l.subject_id = ? AND") : QString())
                .arg(pageSize)
                .arg(selectExpression(d, performedAt, QStringLiteral("l.performed_at")));
        QVariant lastSubject = QVariant::fromValue<qlonglong>(-1);
        QVariant lastTime = QStringLiteral("0001-01-01T00:00:00.000Z");
        QVariant lastId = QVariant::fromValue<qlonglong>(-1);
        qint64 rows = 0;
        for (;;) {
            QVariantList params;
            if (subjectId)
                params.append(*subjectId);
            params << lastSubject << lastSubject << lastTime << lastTime << lastId;
            auto q = db.exec(sql, params);
            if (!q)
                return q.error();
            int page = 0;
            while (q->next()) {
                ++page;
                lastSubject = q->value(0).toLongLong();
                lastTime = q->value(1).toString();
                lastId = q->value(2).toLongLong();
                const QString performed = portableValue(d, performedAt, q->value(1)).toString();
                const QString day = q->value(3).isNull()
                    ? performed.left(10)
                    : d.readDate(q->value(3)).toString(Qt::ISODate);
                const QStringList fields {
                    day,
                    performed,
                    csvField(q->value(4).toString()),
                    q->value(5).isNull() ? QString() : q->value(5).toString(),
                    csvField(q->value(6).toString()),
                    q->value(7).toString(),
                    q->value(8).toString(),
                    csvNumber(q->value(9)),
                    q->value(10).isNull() ? QString() : q->value(10).toString(),
                    csvNumber(q->value(11)),
                    q->value(12).isNull() ? QString() : q->value(12).toString(),
                    d.readBool(q->value(13)) ? QStringLiteral("true") : QStringLiteral("false"),
                    d.readBool(q->value(14)) ? QStringLiteral("true") : QStringLiteral("false"),
                    q->value(15).isNull() ? QString() : q->value(15).toString(),
                    csvField(q->value(16).toString()),
                    csvField(q->value(17).toString()),
                };
                if (Status s =
                        writeAll(out, (fields.join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8(),
                                 &summary.bytes);
                    !s)
                    return s;
            }
            q->finish();
            rows += page;
            if (page < pageSize)
                break;
        }
        summary.rows.append({ QStringLiteral("exercise_set_logs"), rows });
        return {};
    });
    if (!status)
        return status.error();
    return summary;
}

Result<ExportSummary> exportJsonFile(Database &db, const QString &path, std::optional<Id> subjectId,
                                     bool overwrite)
{
    return toFile(path, overwrite, [&](QIODevice &out) { return exportJson(db, out, subjectId); });
}

Result<ExportSummary> exportSetsCsvFile(Database &db, const QString &path,
                                        std::optional<Id> subjectId, bool overwrite)
{
    return toFile(path, overwrite,
                  [&](QIODevice &out) { return exportSetsCsv(db, out, subjectId); });
}

// ---- Import ------------------------------------------------------------------------------------

Result<RestoreSummary> importJson(Database &db, QIODevice &in)
{
    Restore restore(db);
    const Status status = db.transaction([&]() -> Status {
        if (Status s = visitExport(in, restore); !s)
            return s;
        return restore.finish();
    });
    if (!status)
        return status.error();
    return restore.summary;
}

Result<RestoreSummary> importJsonFile(Database &db, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, file.errorString());
    auto summary = importJson(db, file);
    if (!summary) {
        Error e = summary.error();
        if (e.kind == Error::Kind::File && !e.message.startsWith(path))
            e.message = path + QStringLiteral(": ") + e.message;
        return e;
    }
    return summary;
}

} // namespace ft::core
