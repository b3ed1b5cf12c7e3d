#include "core/exchange/tabledata.h"

#include "core/db/bulkinsert.h"
#include "core/db/constraints.h"
#include "core/db/database.h"
#include "core/db/repository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace ft::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TableData)
};

// ---- Table specifications ----------------------------------------------------------------------

template<typename M>
struct IsOptional : std::false_type
{
};
template<typename M>
struct IsOptional<std::optional<M>> : std::true_type
{
};

// The column type of a member of an entity (an optional one: of its value).
template<typename M>
constexpr ColumnType columnType()
{
    if constexpr (IsOptional<M>::value)
        return columnType<typename M::value_type>();
    else if constexpr (std::is_same_v<M, Id> || std::is_same_v<M, int>)
        return ColumnType::Integer;
    else if constexpr (std::is_same_v<M, bool>)
        return ColumnType::Boolean;
    else if constexpr (std::is_same_v<M, double>)
        return ColumnType::Numeric;
    else if constexpr (std::is_same_v<M, QString> || std::is_same_v<M, QUuid>)
        return ColumnType::Text;
    else if constexpr (std::is_same_v<M, QDate>)
        return ColumnType::Date;
    else if constexpr (std::is_same_v<M, QDateTime>)
        return ColumnType::Timestamp;
    else
        static_assert(!std::is_same_v<M, M>, "a member type with no column type");
}

template<typename T>
TableSpec entitySpec()
{
    TableSpec spec;
    spec.name = QString::fromLatin1(T::table);
    spec.dataModel = true;
    QStringList keyParts;
    T row;
    T::fields(row, [&](const FieldSpec &f, const auto &member) {
        using M = std::decay_t<decltype(member)>;
        ColumnSpec c;
        c.name = QString::fromLatin1(f.name);
        c.type = columnType<M>();
        c.nullable = IsOptional<M>::value;
        c.maxLength = f.maxLength;
        c.precision = f.precision;
        c.scale = f.scale;
        spec.columns.append(c);
        if (f.key)
            keyParts.append(c.name);
    });
    spec.key = keyParts;
    for (const ConstraintInfo *fk : foreignKeysFrom(spec.name)) {
        const qsizetype i = spec.indexOf(fk->columns.value(0));
        if (i >= 0)
            spec.columns[i].references = fk->referencedTable;
    }
    return spec;
}

ColumnSpec column(const char *name, ColumnType type, bool nullable = false,
                  const char *references = nullptr)
{
    ColumnSpec c;
    c.name = QString::fromLatin1(name);
    c.type = type;
    c.nullable = nullable;
    c.references = references ? QString::fromLatin1(references) : QString();
    return c;
}

// A varchar(N) column of the infrastructure tables (sql/*/0002, 0003).
ColumnSpec varchar(const char *name, int maxLength)
{
    ColumnSpec c = column(name, ColumnType::Text);
    c.maxLength = maxLength;
    return c;
}

QList<TableSpec> buildTables()
{
    QList<TableSpec> tables = {
        entitySpec<User>(),
        entitySpec<Subject>(),
        entitySpec<SubjectProfile>(),
        entitySpec<SubjectBodyMetrics>(),
        entitySpec<Exercise>(),
        entitySpec<ExerciseAlias>(),
        entitySpec<Tag>(),
        entitySpec<ExerciseTag>(),
        entitySpec<ExerciseSecondaryMuscle>(),
        entitySpec<Routine>(),
        entitySpec<RoutineDay>(),
        entitySpec<RoutineDayExercise>(),
        entitySpec<RoutineExerciseSet>(),
        entitySpec<Cycle>(),
        entitySpec<WorkoutSession>(),
        entitySpec<ExerciseSetLog>(),
    };
    Q_ASSERT(tables.size() == allTables().size());

    using T = ColumnType;
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    tables.append({ s("app_metadata"),
                    { varchar("key", 64), column("value", T::Text) },
                    { s("key") },
                    false });
    tables.append(
        { s("import_exercise_mappings"),
          { varchar("format", 20), varchar("source_key", 200), varchar("source_name", 200),
            column("exercise_id", T::Integer, false, "exercises"),
            column("created_at", T::Timestamp), column("updated_at", T::Timestamp) },
          { s("format"), s("source_key") },
          false });
    tables.append(
        { s("import_batches"),
          { column("id", T::Integer), column("subject_id", T::Integer, false, "subjects"),
            varchar("format", 20), column("source_name", T::Text), varchar("fingerprint", 64),
            varchar("time_zone", 64), column("workouts", T::Integer),
            column("sets_imported", T::Integer), column("sets_duplicate", T::Integer),
            column("rows_skipped", T::Integer), column("sessions_created", T::Integer),
            column("exercises_new", T::Integer), column("imported_at", T::Timestamp),
            column("undone_at", T::Timestamp, true) },
          { s("id") },
          false });
    tables.append(
        { s("import_batch_rows"),
          { column("batch_id", T::Integer, false, "import_batches"), varchar("table_name", 40),
            column("first_id", T::Integer), column("last_id", T::Integer) },
          { s("batch_id"), s("table_name"), s("first_id") },
          false });
    tables.append({ s("import_batch_sessions"),
                    { column("batch_id", T::Integer, false, "import_batches"),
                      column("session_id", T::Integer, false, "workout_sessions"),
                      column("notes_before", T::Text, true), column("notes_after", T::Text, true) },
                    { s("batch_id"), s("session_id") },
                    false });
    return tables;
}

// ---- Values ------------------------------------------------------------------------------------

// "2024-05-02T17:03:12.345Z", "…12.345678Z", "…12Z": what a portable timestamp may look like.
const QRegularExpression &timestampPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,6}))?Z$"));
    return re;
}

// Characters as varchar(N) counts them: code points, not UTF-16 units.
qsizetype characterCount(const QString &text)
{
    return text.size()
        - std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLowSurrogate(); });
}

// A portable value goes through the member type its column has in entities.h, bound and read as
// the repository binds and reads it. Unscaled: toDb() rounds to a scale, a copy keeps values as
// they are.
constexpr FieldSpec portableField { "" };

QVariant nullOf(const Dialect &dialect, ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return columns::nullOf(dialect, portableField, QMetaType::fromType<Id>());
    case ColumnType::Boolean:
        return columns::nullOf(dialect, portableField, QMetaType::fromType<bool>());
    case ColumnType::Numeric:
        return columns::nullOf(dialect, portableField, QMetaType::fromType<double>());
    default:
        return columns::nullOf(dialect, portableField, QMetaType::fromType<QString>());
    }
}

template<typename M>
M readAs(const Dialect &dialect, const QVariant &stored)
{
    M value {};
    columns::fromDb(dialect, stored, value);
    return value;
}

// ---- BulkInsert with a row whose length is known at run time
// -------------------------------------

template<std::size_t... I>
Status addRowOf(BulkInsert &insert, const QVariantList &values, std::index_sequence<I...>)
{
    return insert.addRow({ values.at(qsizetype(I))... });
}

using AddRow = Status (*)(BulkInsert &, const QVariantList &);

template<std::size_t... N>
constexpr std::array<AddRow, sizeof...(N)> addRowTable(std::index_sequence<N...>)
{
    return { [](BulkInsert &insert, const QVariantList &values) {
        return addRowOf(insert, values, std::make_index_sequence<N>());
    }... };
}

// BulkInsert::addRow takes an initializer list: one instantiation per row length.
constexpr auto addRowBySize = addRowTable(std::make_index_sequence<32>());

int rowsPerStatement(qsizetype columns)
{
    // SQLite 3.32+ allows 32,766 parameters per statement, PostgreSQL 65,535.
    return int(std::clamp<qsizetype>(30000 / std::max<qsizetype>(1, columns), 1, 256));
}

} // namespace

// ---- TableSpec
// -----------------------------------------------------------------------------------

QStringList TableSpec::columnNames() const
{
    QStringList names;
    names.reserve(columns.size());
    for (const ColumnSpec &c : columns)
        names.append(c.name);
    return names;
}

qsizetype TableSpec::indexOf(const QString &column) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == column)
            return i;
    }
    return -1;
}

const QList<TableSpec> &dataTables()
{
    static const QList<TableSpec> tables = buildTables();
    return tables;
}

const TableSpec *findDataTable(const QString &name)
{
    for (const TableSpec &t : dataTables()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QString selectExpression(const Dialect &dialect, const ColumnSpec &column, const QString &qualified)
{
    const QString name = qualified.isEmpty() ? column.name : qualified;
    if (column.type == ColumnType::Timestamp)
        return dialect.timestampSelectExpression(name);
    return name;
}

QVariant portableValue(const Dialect &dialect, const ColumnSpec &column, const QVariant &stored)
{
    if (stored.isNull())
        return QVariant();
    switch (column.type) {
    case ColumnType::Integer:
        return QVariant::fromValue<qlonglong>(readAs<Id>(dialect, stored));
    case ColumnType::Boolean:
        return readAs<bool>(dialect, stored);
    case ColumnType::Numeric:
        return readAs<double>(dialect, stored);
    case ColumnType::Text:
        return readAs<QString>(dialect, stored);
    case ColumnType::Date:
        return readAs<QDate>(dialect, stored).toString(Qt::ISODate);
    case ColumnType::Timestamp:
        return dialect.portableTimestamp(stored);
    }
    return stored;
}

QVariant bindValue(const Dialect &dialect, const ColumnSpec &column, const QVariant &portable)
{
    if (portable.isNull())
        return nullOf(dialect, column.type);
    switch (column.type) {
    case ColumnType::Integer:
        return columns::toDb(dialect, portableField, Id(portable.toLongLong()));
    case ColumnType::Boolean:
        return columns::toDb(dialect, portableField, portable.toBool());
    case ColumnType::Numeric:
        return columns::toDb(dialect, portableField, portable.toDouble());
    case ColumnType::Text:
    case ColumnType::Date:
        return columns::toDb(dialect, portableField, portable.toString());
    case ColumnType::Timestamp:
        return dialect.bindTimestampText(portable.toString());
    }
    return portable;
}

Result<QVariant> checkPortable(const TableSpec &table, const ColumnSpec &column,
                               const QVariant &value)
{
    const QString field = table.name + QLatin1Char('.') + column.name;
    if (value.isNull()) {
        if (!column.nullable)
            return Error::invalid(field, value, Tr::tr("a value is required"));
        return QVariant();
    }
    const auto wrongType = [&](const QString &expected) {
        return Error::invalid(field, value, Tr::tr("must be %1").arg(expected));
    };
    switch (column.type) {
    case ColumnType::Integer: {
        if (value.typeId() != QMetaType::Double && value.typeId() != QMetaType::LongLong
            && value.typeId() != QMetaType::Int)
            return wrongType(Tr::tr("a whole number"));
        const double d = value.toDouble();
        if (d != std::floor(d) || std::abs(d) > 9007199254740992.0)
            return wrongType(Tr::tr("a whole number"));
        return QVariant(qlonglong(d));
    }
    case ColumnType::Boolean:
        if (value.typeId() != QMetaType::Bool)
            return wrongType(Tr::tr("true or false"));
        return value;
    case ColumnType::Numeric: {
        if (value.typeId() != QMetaType::Double && value.typeId() != QMetaType::LongLong
            && value.typeId() != QMetaType::Int)
            return wrongType(Tr::tr("a number"));
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return wrongType(Tr::tr("a number"));
        // numeric(p,s) holds less than 10^(p-s) once rounded to s decimals.
        if (column.precision > 0 && column.scale >= 0) {
            const double limit = std::pow(10.0, column.precision - column.scale);
            const double factor = std::pow(10.0, column.scale);
            if (std::abs(std::round(d * factor) / factor) >= limit)
                return Error::invalid(field, value,
                                      Tr::tr("must be less than %1 in magnitude (numeric(%2,%3))")
                                          .arg(limit, 0, 'f', 0)
                                          .arg(column.precision)
                                          .arg(column.scale));
        }
        return QVariant(d);
    }
    case ColumnType::Text:
        if (value.typeId() != QMetaType::QString)
            return wrongType(Tr::tr("text"));
        if (const qsizetype length = characterCount(value.toString());
            column.maxLength > 0 && length > column.maxLength)
            return Error::invalid(field, QString(value.toString().left(40) + QStringLiteral("…")),
                                  Tr::tr("%1 characters are more than varchar(%2) holds")
                                      .arg(length)
                                      .arg(column.maxLength));
        return value;
    case ColumnType::Date:
        if (value.typeId() != QMetaType::QString
            || !QDate::fromString(value.toString(), Qt::ISODate).isValid()
            || value.toString().size() != 10)
            return wrongType(Tr::tr("a date written YYYY-MM-DD"));
        return value;
    case ColumnType::Timestamp: {
        if (value.typeId() != QMetaType::QString)
            return wrongType(Tr::tr("a UTC time written YYYY-MM-DDTHH:MM:SS.sssZ"));
        const auto m = timestampPattern().match(value.toString());
        if (!m.hasMatch() || !QDateTime::fromString(m.captured(1), Qt::ISODate).isValid())
            return wrongType(Tr::tr("a UTC time written YYYY-MM-DDTHH:MM:SS.sssZ"));
        return value;
    }
    }
    return value;
}

// ---- Reading
// -------------------------------------------------------------------------------------

RowFilter athleteFilter(const TableSpec &table, Id subjectId)
{
    const QString exercisesOfAthlete =
        QStringLiteral("SELECT exercise_id FROM exercise_set_logs WHERE subject_id = ? "
                       "UNION SELECT rde.exercise_id FROM routine_day_exercises rde "
                       "JOIN routine_days rd ON rd.id = rde.routine_day_id "
                       "JOIN routines r ON r.id = rd.routine_id WHERE r.subject_id = ?");
    const QVariantList twice { subjectId, subjectId };
    const QString &t = table.name;
    if (t == QLatin1String("users"))
        return { QStringLiteral("id = (SELECT user_id FROM subjects WHERE id = ?)"),
                 { subjectId } };
    if (t == QLatin1String("subjects"))
        return { QStringLiteral("id = ?"), { subjectId } };
    if (t == QLatin1String("exercises"))
        return { QStringLiteral("id IN (%1)").arg(exercisesOfAthlete), twice };
    if (t == QLatin1String("exercise_aliases") || t == QLatin1String("exercise_tags")
        || t == QLatin1String("exercise_secondary_muscles"))
        return { QStringLiteral("exercise_id IN (%1)").arg(exercisesOfAthlete), twice };
    if (t == QLatin1String("tags"))
        return { QStringLiteral(
                     "id IN (SELECT tag_id FROM exercise_tags WHERE exercise_id IN (%1))")
                     .arg(exercisesOfAthlete),
                 twice };
    if (t == QLatin1String("routine_days"))
        return { QStringLiteral("routine_id IN (SELECT id FROM routines WHERE subject_id = ?)"),
                 { subjectId } };
    if (t == QLatin1String("routine_day_exercises"))
        return { QStringLiteral("routine_day_id IN (SELECT rd.id FROM routine_days rd "
                                "JOIN routines r ON r.id = rd.routine_id WHERE r.subject_id = ?)"),
                 { subjectId } };
    if (t == QLatin1String("routine_exercise_sets"))
        return { QStringLiteral(
                     "routine_day_exercise_id IN (SELECT rde.id FROM routine_day_exercises rde "
                     "JOIN routine_days rd ON rd.id = rde.routine_day_id "
                     "JOIN routines r ON r.id = rd.routine_id WHERE r.subject_id = ?)"),
                 { subjectId } };
    if (table.dataModel && table.indexOf(QStringLiteral("subject_id")) >= 0)
        return { QStringLiteral("subject_id = ?"), { subjectId } };
    return { QStringLiteral("1 = 0"), {} };
}

Status readTable(Database &db, const TableSpec &table, const RowFilter &filter,
                 const RowHandler &handler)
{
    const Dialect &dialect = db.dialect();
    QStringList expressions;
    for (const ColumnSpec &c : table.columns)
        expressions.append(selectExpression(dialect, c));
    // Tables with an id are read in pages (keyset), so that neither driver holds a whole table
    // in memory (the PostgreSQL driver fetches a result set whole).
    constexpr int pageSize = 5000;
    const bool paged = table.hasId();
    // The first page, then the pages after the last id read.
    const auto statement = [&](bool afterId) {
        QString sql = QStringLiteral("SELECT %1 FROM %2")
                          .arg(expressions.join(QStringLiteral(", ")), table.name);
        QStringList conditions;
        if (!filter.where.isEmpty())
            conditions.append(QLatin1Char('(') + filter.where + QLatin1Char(')'));
        if (afterId)
            conditions.append(QStringLiteral("id > ?"));
        if (!conditions.isEmpty())
            sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
        sql += QStringLiteral(" ORDER BY ") + table.key.join(QStringLiteral(", "));
        if (paged)
            sql += QStringLiteral(" LIMIT %1").arg(pageSize);
        return sql;
    };
    const QString firstPage = statement(false);
    const QString nextPage = paged ? statement(true) : QString();

    const qsizetype idColumn = table.indexOf(QStringLiteral("id"));
    std::optional<Id> after;
    QVariantList row;
    row.resize(table.columns.size());
    for (;;) {
        QVariantList params = filter.params;
        if (after)
            params.append(QVariant::fromValue<qlonglong>(*after));
        const QString &sql = after ? nextPage : firstPage;
        auto query = db.exec(sql, params, table.name);
        if (!query)
            return query.error();
        int rows = 0;
        while (query->next()) {
            for (qsizetype i = 0; i < table.columns.size(); ++i)
                row[i] = portableValue(dialect, table.columns.at(i), query->value(int(i)));
            if (Status s = handler(row); !s)
                return s;
            ++rows;
            if (paged)
                after = row.at(idColumn).toLongLong();
        }
        query->finish();
        if (!paged || rows < pageSize)
            return {};
    }
}

// ---- Writing
// -------------------------------------------------------------------------------------

struct TableWriter::Private
{
    Database &db;
    const TableSpec &table;
    Ids ids;
    IdMaps *maps;
    QList<qsizetype> written;         // indices of the columns written
    std::unique_ptr<BulkInsert> bulk; // Keep, or New for a table nobody refers to
    std::optional<QSqlQuery> single;  // New for a table others refer to: INSERT ... RETURNING id
    bool recordIds = false;           // New, and others refer to this table
    QVariantList values;
    Status prepared;

    Private(Database &d, const TableSpec &t, Ids i, IdMaps *m)
        : db(d)
        , table(t)
        , ids(i)
        , maps(m)
    { }
};

TableWriter::TableWriter(Database &db, const TableSpec &table, Ids ids, IdMaps *maps)
    : d(std::make_unique<Private>(db, table, ids, maps))
{
    Q_ASSERT(ids == Ids::Keep || maps);
    bool referenced = false;
    for (const TableSpec &other : dataTables()) {
        for (const ColumnSpec &c : other.columns)
            referenced = referenced || c.references == table.name;
    }
    QStringList names;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        if (ids == Ids::New && table.hasId() && table.columns.at(i).name == QLatin1String("id"))
            continue;
        d->written.append(i);
        names.append(table.columns.at(i).name);
    }
    Q_ASSERT(names.size() < qsizetype(addRowBySize.size()));
    d->values.resize(names.size());
    if (ids == Ids::New && table.hasId() && referenced) {
        d->recordIds = true;
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        if (!query.prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                    .arg(
                        table.name, names.join(QStringLiteral(", ")),
                        QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")))))
            d->prepared = db.translate(query.lastError(), table.name);
        d->single = std::move(query);
    } else {
        d->bulk = std::make_unique<BulkInsert>(db, table.name, names, QStringList(),
                                               rowsPerStatement(names.size()));
    }
}

TableWriter::~TableWriter() = default;

Status TableWriter::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == d->table.columns.size());
    if (!d->prepared)
        return d->prepared;
    const Dialect &dialect = d->db.dialect();
    for (qsizetype k = 0; k < d->written.size(); ++k) {
        const qsizetype i = d->written.at(k);
        const ColumnSpec &c = d->table.columns.at(i);
        QVariant value = row.at(i);
        if (d->ids == Ids::New && !c.references.isEmpty() && !value.isNull()) {
            const auto map = d->maps->constFind(c.references);
            const Id old = value.toLongLong();
            const bool found = map != d->maps->constEnd() && map->contains(old);
            // A copy's source (routines.source_routine_id) outside the rows written, e.g. another
            // athlete's template: the copy stays, without its lineage.
            if (!found && c.nullable && c.references == d->table.name) {
                d->values[k] = bindValue(dialect, c, QVariant());
                continue;
            }
            if (!found) {
                return Error::invalid(d->table.name + QLatin1Char('.') + c.name, value,
                                      Tr::tr("refers to %1 %2, which is not among the rows written")
                                          .arg(c.references)
                                          .arg(old));
            }
            value = map->value(old);
        }
        d->values[k] = bindValue(dialect, c, value);
    }
    ++m_rows;
    if (d->bulk)
        return addRowBySize[std::size_t(d->values.size())](*d->bulk, d->values);

    QSqlQuery &query = *d->single;
    for (qsizetype k = 0; k < d->values.size(); ++k)
        query.bindValue(int(k), d->values.at(k));
    if (!query.exec())
        return d->db.translate(query.lastError(), d->table.name);
    if (!query.next())
        return Error::make(Error::Kind::Database,
                           Tr::tr("%1: the new row's id did not come back").arg(d->table.name));
    const Id newId = query.value(0).toLongLong();
    query.finish();
    (*d->maps)[d->table.name].insert(row.at(d->table.indexOf(QStringLiteral("id"))).toLongLong(),
                                     newId);
    return {};
}

Status TableWriter::finish()
{
    if (d->bulk)
        return d->bulk->finish();
    return {};
}

Status resetIdentitySequences(Database &db)
{
    for (const TableSpec &t : dataTables()) {
        // Table names come from dataTables(), never from input.
        if (!t.hasId())
            continue;
        if (auto r = db.exec(db.dialect().resetSequenceSql(t.name)); !r)
            return r.error();
    }
    return {};
}

Status inSnapshot(Database &db, const std::function<Status()> &work)
{
    if (db.inTransaction())
        return work();
    return db.transaction([&]() -> Status {
        if (const QString sql = db.dialect().snapshotBeginSql(); !sql.isEmpty()) {
            if (auto r = db.exec(sql); !r)
                return r.error();
        }
        return work();
    });
}

Result<QList<QPair<QString, qint64>>> countRows(Database &db, const QList<TableSpec> &tables)
{
    QList<QPair<QString, qint64>> counts;
    for (const TableSpec &t : tables) {
        auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + t.name);
        if (!n)
            return n.error();
        counts.append({ t.name, n->toLongLong() });
    }
    return counts;
}

} // namespace ft::core
