// The live schema of a freshly migrated database, read back from the backend's own catalog,
// against what core believes: constraintCatalog(), the entities' columns, the enums, and the
// seed's indexes. A mismatch here means a driver error would be translated wrongly or an entity
// would write a column that is not there.
#include "core/db/constraints.h"
#include "core/db/database.h"
#include "core/db/entities.h"
#include "core/db/repository.h"
#include "core/enums.h"
#include "sampledata.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace ft::core;
using namespace ft::test;
using namespace Qt::StringLiterals;

namespace {

struct LiveConstraint
{
    QString kind; // "unique", "index", "foreign key", "check", "primary key"
    QString table;
    QStringList columns;
    QString referencedTable;
    QString onDelete;
    QString definition;
};

// The indexes the seed lists (besides its unique constraints), with their columns.
const QList<std::pair<const char *, QStringList>> &seedIndexes()
{
    static const QList<std::pair<const char *, QStringList>> indexes = {
        { "ix_users_email", { u"users"_s, u"email"_s } },
        { "ix_users_username", { u"users"_s, u"username"_s } },
        { "ix_subjects_user", { u"subjects"_s, u"user_id"_s } },
        { "ix_subjects_pseudonym", { u"subjects"_s, u"pseudonym"_s } },
        { "ix_subject_profiles_subject_id", { u"subject_profiles"_s, u"subject_id"_s } },
        { "ix_sbm_subject_id", { u"subject_body_metrics"_s, u"subject_id"_s } },
        { "ix_sbm_measured_on", { u"subject_body_metrics"_s, u"measured_on"_s } },
        { "ix_exercises_name", { u"exercises"_s, u"name"_s } },
        { "ix_exercise_muscle",
          { u"exercise_secondary_muscles"_s, u"exercise_id"_s, u"muscle"_s } },
        { "ix_routines_subject_active", { u"routines"_s, u"subject_id"_s, u"is_active"_s } },
        { "ix_rde_day_exercise",
          { u"routine_day_exercises"_s, u"routine_day_id"_s, u"exercise_id"_s } },
        { "ix_cycles_subject_started_on", { u"cycles"_s, u"subject_id"_s, u"started_on"_s } },
        { "ix_cycles_routine", { u"cycles"_s, u"routine_id"_s } },
        { "ix_ws_routine_day", { u"workout_sessions"_s, u"routine_day_id"_s } },
        { "ix_ws_cycle", { u"workout_sessions"_s, u"cycle_id"_s } },
        { "ix_esl_subject_time", { u"exercise_set_logs"_s, u"subject_id"_s, u"performed_at"_s } },
        { "ix_esl_exercise_time", { u"exercise_set_logs"_s, u"exercise_id"_s, u"performed_at"_s } },
        { "ix_esl_by_session",
          { u"exercise_set_logs"_s, u"subject_id"_s, u"exercise_id"_s, u"session_id"_s,
            u"set_index"_s } },
        { "ix_esl_planned", { u"exercise_set_logs"_s, u"planned_set_id"_s } },
    };
    return indexes;
}

QString pgDeleteAction(const QString &code)
{
    if (code == u"a")
        return u"NO ACTION"_s;
    if (code == u"r")
        return u"RESTRICT"_s;
    if (code == u"c")
        return u"CASCADE"_s;
    if (code == u"n")
        return u"SET NULL"_s;
    if (code == u"d")
        return u"SET DEFAULT"_s;
    return code;
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void catalogUniqueConstraintsExist_data();
    void catalogUniqueConstraintsExist();
    void everyLiveUniqueConstraintIsCatalogued();
    void catalogForeignKeysExist_data();
    void catalogForeignKeysExist();
    void everyLiveForeignKeyIsCatalogued();
    void catalogChecksExist_data();
    void catalogChecksExist();
    void seedIndexesExist_data();
    void seedIndexesExist();
    void primaryKeys_data();
    void primaryKeys();
    void entityColumnsMatchSchema_data();
    void entityColumnsMatchSchema();
    void enumColumnsAllowExactlyTheEnumValues_data();
    void enumColumnsAllowExactlyTheEnumValues();
    void postgresqlEnumTypesHaveSeedValuesInOrder_data();
    void postgresqlEnumTypesHaveSeedValuesInOrder();
    void updatedAtTriggers();
    void sqliteForeignKeysAreOn();

private:
    QList<QStringList> rows(const QString &sql, int columns);
    void readLiveSchema();

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    QMap<QString, LiveConstraint> m_live;                        // by name
    QMap<QString, QList<std::pair<QString, QString>>> m_columns; // table -> (column, type)
};

QList<QStringList> TestSchema::rows(const QString &sql, int columns)
{
    QList<QStringList> result;
    auto q = m_db->exec(sql);
    if (!q) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.error().message));
        return result;
    }
    while (q->next()) {
        QStringList row;
        for (int i = 0; i < columns; ++i)
            row.append(q->value(i).toString());
        result.append(row);
    }
    return result;
}

void TestSchema::initTestCase()
{
    // The schema is the same for every function: one migrated database for the whole class.
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->createMigrated(), qPrintable(m_tdb->errorString()));
    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    m_db = std::move(*db);
    readLiveSchema();
    QVERIFY(!m_live.isEmpty());
}

void TestSchema::cleanupTestCase()
{
    m_db.reset();
    m_tdb.reset();
}

void TestSchema::readLiveSchema()
{
    if (m_db->dialect().isSQLite()) {
        // Every table, also those later migrations add beside the data model's sixteen.
        QStringList tables;
        for (const QStringList &t : rows(m_db->dialect().listTablesSql(), 1)) {
            if (t[0] != u"schema_migrations")
                tables.append(t[0]);
        }
        static const QRegularExpression fkName(
            u"CONSTRAINT\\s+(\\w+)\\s+FOREIGN\\s+KEY\\s*\\((\\w+)\\)"_s);
        static const QRegularExpression columnFkName(
            u"(\\w+)\\s+integer\\s+CONSTRAINT\\s+(\\w+)\\s+REFERENCES"_s);
        static const QRegularExpression checkName(u"CONSTRAINT\\s+(\\w+)\\s+CHECK\\s*"_s);
        for (const QString &table : tables) {
            for (const QStringList &c : rows(u"PRAGMA table_info(%1)"_s.arg(table), 6))
                m_columns[table].append({ c[1], c[2] });
            // Unique and plain indexes created by CREATE INDEX (origin "c").
            for (const QStringList &ix : rows(u"PRAGMA index_list(%1)"_s.arg(table), 5)) {
                LiveConstraint lc;
                lc.table = table;
                lc.kind = ix[3] == u"pk" ? u"primary key"_s
                    : ix[2] == u"1"      ? u"unique"_s
                                         : u"index"_s;
                for (const QStringList &col : rows(u"PRAGMA index_info(%1)"_s.arg(ix[1]), 3))
                    lc.columns.append(col[2]);
                lc.definition = ix[3];
                m_live.insert(ix[1], lc);
            }
            // Foreign keys: actions from the pragma, names from the table's SQL.
            const QString sql = rows(u"SELECT sql FROM sqlite_master WHERE type = 'table' AND "
                                     "name = '%1'"_s.arg(table),
                                     1)
                                    .value(0)
                                    .value(0);
            QMap<QString, QString> nameByColumn;
            for (auto it = fkName.globalMatch(sql); it.hasNext();) {
                const auto m = it.next();
                nameByColumn.insert(m.captured(2), m.captured(1));
            }
            // A column added by ALTER TABLE names its key in the column definition (0006).
            for (auto it = columnFkName.globalMatch(sql); it.hasNext();) {
                const auto m = it.next();
                nameByColumn.insert(m.captured(1), m.captured(2));
            }
            for (const QStringList &fk : rows(u"PRAGMA foreign_key_list(%1)"_s.arg(table), 8)) {
                LiveConstraint lc { u"foreign key"_s, table, { fk[3] }, fk[2], fk[6], {} };
                m_live.insert(nameByColumn.value(fk[3], u"<unnamed fk %1.%2>"_s.arg(table, fk[3])),
                              lc);
            }
            for (auto it = checkName.globalMatch(sql); it.hasNext();) {
                const auto m = it.next();
                // The check's expression: up to the next CONSTRAINT or the end of the table.
                const qsizetype end = sql.indexOf(u"CONSTRAINT"_s, m.capturedEnd());
                const QString expression =
                    sql.mid(m.capturedEnd(), end < 0 ? -1 : end - m.capturedEnd());
                m_live.insert(m.captured(1), { u"check"_s, table, {}, {}, {}, expression });
            }
            // The primary key as declared (an INTEGER PRIMARY KEY has no index of its own).
            QStringList pk;
            for (const QStringList &c :
                 rows(u"SELECT name FROM pragma_table_info('%1') WHERE pk > 0 "
                      "ORDER BY pk"_s.arg(table),
                      1))
                pk.append(c[0]);
            m_live.insert(u"<primary key of %1>"_s.arg(table),
                          { u"primary key"_s, table, pk, {}, {}, {} });
        }
        return;
    }

    for (const QString &table : allTables()) {
        for (const QStringList &c :
             rows(u"SELECT column_name, CASE WHEN data_type = 'USER-DEFINED' "
                  "THEN udt_name ELSE data_type END, "
                  "coalesce(character_maximum_length::text, ''), "
                  "coalesce(numeric_precision::text, ''), "
                  "coalesce(numeric_scale::text, '') FROM information_schema.columns "
                  "WHERE table_schema = current_schema() AND table_name = '%1' "
                  "ORDER BY ordinal_position"_s.arg(table),
                  5)) {
            QString type = c[1];
            if (!c[2].isEmpty())
                type += u"(%1)"_s.arg(c[2]);
            else if (type == u"numeric" && !c[3].isEmpty())
                type += u"(%1,%2)"_s.arg(c[3], c[4]);
            m_columns[table].append({ c[0], type });
        }
    }
    const QString columnsOf = u"array_to_string(ARRAY(SELECT a.attname FROM unnest(%1) WITH "
                              "ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = %2 "
                              "AND a.attnum = k.attnum ORDER BY k.ord), ',')"_s;
    for (const QStringList &c :
         rows(u"SELECT c.conname, c.contype, t.relname, %1, "
              "coalesce(r.relname, ''), c.confdeltype, pg_get_constraintdef(c.oid) "
              "FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
              "JOIN pg_namespace n ON n.oid = t.relnamespace "
              "LEFT JOIN pg_class r ON r.oid = c.confrelid "
              "WHERE n.nspname = current_schema()"_s.arg(
                  columnsOf.arg(u"c.conkey"_s, u"c.conrelid"_s)),
              7)) {
        LiveConstraint lc;
        lc.kind = c[1] == u"u" ? u"unique"_s
            : c[1] == u"f"     ? u"foreign key"_s
            : c[1] == u"c"     ? u"check"_s
            : c[1] == u"p"     ? u"primary key"_s
                               : c[1];
        lc.table = c[2];
        lc.columns = c[3].split(QLatin1Char(','), Qt::SkipEmptyParts);
        lc.referencedTable = c[4];
        lc.onDelete = lc.kind == u"foreign key" ? pgDeleteAction(c[5]) : QString();
        lc.definition = c[6];
        m_live.insert(c[0], lc);
    }
    // Indexes that back no constraint.
    for (const QStringList &c :
         rows(u"SELECT i.relname, t.relname, ix.indisunique, %1 FROM pg_index ix "
              "JOIN pg_class i ON i.oid = ix.indexrelid "
              "JOIN pg_class t ON t.oid = ix.indrelid "
              "JOIN pg_namespace n ON n.oid = t.relnamespace "
              "WHERE n.nspname = current_schema() AND NOT EXISTS (SELECT 1 "
              "FROM pg_constraint c WHERE c.conindid = ix.indexrelid)"_s.arg(
                  columnsOf.arg(u"ix.indkey"_s, u"ix.indrelid"_s)),
              4)) {
        LiveConstraint lc { c[2] == u"true" ? u"unique index"_s : u"index"_s,
                            c[1],
                            c[3].split(QLatin1Char(','), Qt::SkipEmptyParts),
                            {},
                            {},
                            {} };
        m_live.insert(c[0], lc);
    }
}

void TestSchema::catalogUniqueConstraintsExist_data()
{
    QTest::addColumn<QString>("name");
    int n = 0;
    for (const ConstraintInfo &c : constraintCatalog()) {
        if (c.kind == Error::Kind::Unique) {
            QTest::newRow(qPrintable(c.name)) << c.name;
            ++n;
        }
    }
    QCOMPARE(n, 18); // the seed's eighteen unique constraints
}

void TestSchema::catalogUniqueConstraintsExist()
{
    QFETCH(QString, name);
    const ConstraintInfo *info = findConstraint(name);
    QVERIFY(info);
    QVERIFY2(m_live.contains(name), qPrintable(u"no constraint or index named "_s + name));
    const LiveConstraint live = m_live.value(name);
    QCOMPARE(live.kind, u"unique"_s);
    QCOMPARE(live.table, info->table);
    QCOMPARE(live.columns, info->columns);
}

void TestSchema::everyLiveUniqueConstraintIsCatalogued()
{
    // A unique constraint the catalog does not know would be reported without its name; an
    // SQLite inline UNIQUE (sqlite_autoindex_*) would have lost the seed's name.
    QStringList unknown;
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        if ((it->kind == u"unique" || it->kind == u"unique index") && !findConstraint(it.key()))
            unknown.append(it.key());
    }
    QCOMPARE(unknown, QStringList());
}

void TestSchema::catalogForeignKeysExist_data()
{
    QTest::addColumn<QString>("name");
    int seed = 0;
    for (const ConstraintInfo &c : constraintCatalog()) {
        if (c.kind == Error::Kind::ForeignKey) {
            QTest::newRow(qPrintable(c.name)) << c.name;
            seed += allTables().contains(c.table) ? 1 : 0;
        }
    }
    QCOMPARE(seed, 21); // the data model's foreign keys; later migrations add their own
}

void TestSchema::catalogForeignKeysExist()
{
    QFETCH(QString, name);
    const ConstraintInfo *info = findConstraint(name);
    QVERIFY(info);
    QVERIFY2(m_live.contains(name), qPrintable(u"no foreign key named "_s + name));
    const LiveConstraint live = m_live.value(name);
    QCOMPARE(live.kind, u"foreign key"_s);
    QCOMPARE(live.table, info->table);
    QCOMPARE(live.columns, info->columns);
    QCOMPARE(live.referencedTable, info->referencedTable);
    QCOMPARE(live.onDelete, info->onDelete);
}

void TestSchema::everyLiveForeignKeyIsCatalogued()
{
    QStringList unknown;
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        if (it->kind == u"foreign key" && !findConstraint(it.key()))
            unknown.append(it.key());
    }
    QCOMPARE(unknown, QStringList());
}

void TestSchema::catalogChecksExist_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expression");
    QTest::newRow("ck_exercises_slug_not_empty") << "ck_exercises_slug_not_empty"
                                                 << "> 0";
    QTest::newRow("ck_cycles_number_positive") << "ck_cycles_number_positive"
                                               << "> 0";
    int n = 0;
    for (const ConstraintInfo &c : constraintCatalog())
        n += c.kind == Error::Kind::Check ? 1 : 0;
    QCOMPARE(n, 2);
}

void TestSchema::catalogChecksExist()
{
    QFETCH(QString, name);
    QFETCH(QString, expression);
    const ConstraintInfo *info = findConstraint(name);
    QVERIFY(info);
    QVERIFY2(m_live.contains(name), qPrintable(u"no check named "_s + name));
    const LiveConstraint live = m_live.value(name);
    QCOMPARE(live.kind, u"check"_s);
    QCOMPARE(live.table, info->table);
    QVERIFY2(live.definition.contains(expression), qPrintable(live.definition));
    QVERIFY2(live.definition.contains(info->columns.value(0)), qPrintable(live.definition));
}

void TestSchema::seedIndexesExist_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("columns");
    for (const auto &[name, tableAndColumns] : seedIndexes())
        QTest::newRow(name) << QString::fromLatin1(name) << tableAndColumns.first()
                            << tableAndColumns.mid(1);
}

void TestSchema::seedIndexesExist()
{
    QFETCH(QString, name);
    QFETCH(QString, table);
    QFETCH(QStringList, columns);
    QVERIFY2(m_live.contains(name), qPrintable(u"no index named "_s + name));
    const LiveConstraint live = m_live.value(name);
    QCOMPARE(live.kind, u"index"_s);
    QCOMPARE(live.table, table);
    QCOMPARE(live.columns, columns);
}

void TestSchema::primaryKeys_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("columns");
    for (const QString &table : allTables()) {
        if (table == u"exercise_tags")
            QTest::newRow(qPrintable(table))
                << table << QStringList { u"exercise_id"_s, u"tag_id"_s };
        else if (table == u"exercise_secondary_muscles")
            QTest::newRow(qPrintable(table))
                << table << QStringList { u"exercise_id"_s, u"muscle"_s };
        else
            QTest::newRow(qPrintable(table)) << table << QStringList { u"id"_s };
    }
}

void TestSchema::primaryKeys()
{
    QFETCH(QString, table);
    QFETCH(QStringList, columns);
    QStringList found;
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        if (it->kind == u"primary key" && it->table == table && !it->columns.isEmpty()) {
            found.append(it.key());
            QCOMPARE(it->columns, columns);
        }
    }
    QVERIFY2(!found.isEmpty(), qPrintable(u"no primary key on "_s + table));
    // The composite keys keep the names the schema gives them (SQLite does not keep them).
    if (columns.size() > 1 && !m_db->dialect().isSQLite())
        QCOMPARE(found, QStringList { u"pk_"_s + table });
}

void TestSchema::entityColumnsMatchSchema_data()
{
    QTest::addColumn<QString>("table");
    for (const QString &table : allTables())
        QTest::newRow(qPrintable(table)) << table;
}

void TestSchema::entityColumnsMatchSchema()
{
    // The entity's fields, in order, are the table's columns; varchar lengths and numeric
    // precision/scale that core checks are the ones the schema declares.
    QFETCH(QString, table);
    const auto live = m_columns.value(table);
    QVERIFY(!live.isEmpty());
    QStringList liveNames;
    for (const auto &[name, type] : live)
        liveNames.append(name);

    QStringList entityNames;
    QStringList mismatches;
    QVERIFY(withEntity(table, [&](auto probe) {
        using T = decltype(probe);
        T::fields(probe, [&](const FieldSpec &f, const auto &) {
            const QString name = QString::fromLatin1(f.name);
            entityNames.append(name);
            QString liveType;
            for (const auto &[n, t] : live) {
                if (n == name)
                    liveType = t.toLower();
            }
            if (f.maxLength > 0) {
                const QString expected = m_db->dialect().isSQLite()
                    ? u"varchar(%1)"_s.arg(f.maxLength)
                    : u"character varying(%1)"_s.arg(f.maxLength);
                if (liveType != expected)
                    mismatches.append(
                        u"%1 is %2, the entity says %3"_s.arg(name, liveType, expected));
            }
            if (f.precision > 0) {
                const QString expected = u"numeric(%1,%2)"_s.arg(f.precision).arg(f.scale);
                if (liveType != expected)
                    mismatches.append(
                        u"%1 is %2, the entity says %3"_s.arg(name, liveType, expected));
            }
            if (f.enumType != EnumType::None && !m_db->dialect().isSQLite()
                && liveType != enumTypeName(f.enumType))
                mismatches.append(u"%1 is %2, the entity says %3"_s.arg(name, liveType,
                                                                        enumTypeName(f.enumType)));
        });
    }));
    QCOMPARE(entityNames, liveNames);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u"; "_s)));
}

void TestSchema::enumColumnsAllowExactlyTheEnumValues_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("type");
    for (const QString &table : allTables()) {
        withEntity(table, [&](auto probe) {
            using T = decltype(probe);
            T::fields(probe, [&](const FieldSpec &f, const auto &) {
                if (f.enumType != EnumType::None)
                    QTest::addRow("%s.%s", qPrintable(table), f.name)
                        << table << QString::fromLatin1(f.name) << int(f.enumType);
            });
        });
    }
}

void TestSchema::enumColumnsAllowExactlyTheEnumValues()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(int, type);
    const QStringList values = enumValues(EnumType(type));
    QVERIFY(!values.isEmpty());
    if (m_db->dialect().isSQLite()) {
        // CONSTRAINT ck_<table>_<column>_enum CHECK (<column> IN ('A','B',...)), in the seed's
        // order.
        const QString name = u"ck_%1_%2_enum"_s.arg(table, column);
        QVERIFY2(m_live.contains(name), qPrintable(u"no check named "_s + name));
        QCOMPARE(m_live.value(name).table, table);
        static const QRegularExpression in(u"\\(\\s*(\\w+)\\s+IN\\s*\\(([^)]*)\\)"_s);
        const auto m = in.match(m_live.value(name).definition);
        QVERIFY2(m.hasMatch(), qPrintable(m_live.value(name).definition));
        QCOMPARE(m.captured(1), column);
        QStringList listed;
        for (QString v : m.captured(2).split(QLatin1Char(','))) {
            v = v.trimmed();
            listed.append(v.mid(1, v.size() - 2));
        }
        QCOMPARE(listed, values);
    } else {
        const auto udt = m_db->scalar(u"SELECT udt_name FROM information_schema.columns WHERE "
                                      "table_schema = current_schema() AND table_name = ? AND "
                                      "column_name = ?"_s,
                                      { table, column });
        FT_VERIFY_OK(udt);
        QCOMPARE(udt->toString(), enumTypeName(EnumType(type)));
    }
}

void TestSchema::postgresqlEnumTypesHaveSeedValuesInOrder_data()
{
    QTest::addColumn<int>("type");
    for (const EnumType type : allEnumTypes)
        QTest::newRow(qPrintable(enumTypeName(type))) << int(type);
}

void TestSchema::postgresqlEnumTypesHaveSeedValuesInOrder()
{
    QFETCH(int, type);
    QStringList labels;
    for (const QStringList &r : rows(u"SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = "
                                     "e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace "
                                     "WHERE n.nspname = current_schema() AND t.typname = '%1' "
                                     "ORDER BY e.enumsortorder"_s.arg(enumTypeName(EnumType(type))),
                                     1))
        labels.append(r[0]);
    QCOMPARE(labels, enumValues(EnumType(type)));
}

void TestSchema::updatedAtTriggers()
{
    const QString sql = m_db->dialect().isSQLite()
        ? u"SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"_s
        : u"SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN "
          "pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND n.nspname = "
          "current_schema() ORDER BY 1"_s;
    QStringList live;
    for (const QStringList &r : rows(sql, 1))
        live.append(r[0]);
    QStringList expected;
    for (const QString &table : allTables()) {
        if (table != u"exercise_tags" && table != u"exercise_secondary_muscles")
            expected.append(u"trg_%1_updated_at"_s.arg(table));
    }
    expected.sort();
    QCOMPARE(live, expected);
}

void TestSchema::sqliteForeignKeysAreOn()
{
    auto on = m_db->scalar(u"PRAGMA foreign_keys"_s);
    FT_VERIFY_OK(on);
    QCOMPARE(on->toInt(), 1);
    // And on every connection core opens, not just the first.
    auto second = m_tdb->open();
    FT_VERIFY_OK(second);
    auto alsoOn = (*second)->scalar(u"PRAGMA foreign_keys"_s);
    FT_VERIFY_OK(alsoOn);
    QCOMPARE(alsoOn->toInt(), 1);
}

FT_DB_TEST_MAIN(TestSchema)
#include "tst_schema.moc"
