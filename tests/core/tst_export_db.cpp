// JSON export and its import, and the per-set CSV export, on both backends. The JSON export is
// lossless: imported into an empty database it gives the same content, every table row by row,
// ids and timestamps included.
#include "core/athletes/athletes.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalogstore.h"
#include "core/db/database.h"
#include "core/db/repository.h"
#include "core/exchange/export.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"
#include "tst_copy_tables.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ft::core;
using namespace ft::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray exportOf(Database &db, std::optional<Id> subject = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto summary = exportJson(db, buffer, subject);
    if (!summary)
        qWarning() << summary.error().message;
    return buffer.data();
}

Result<RestoreSummary> importBytes(Database &db, const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return importJson(db, buffer);
}

// The export without its exported_at: two exports of identical content are then identical.
QByteArray withoutTime(QByteArray bytes)
{
    const qsizetype at = bytes.indexOf("\"exported_at\":\"");
    if (at >= 0)
        bytes.remove(at, bytes.indexOf('"', at + 15) - at + 1);
    return bytes;
}

} // namespace

class TestExportDb : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void wholeDatabaseRoundTripIsIdentical();
    void athleteIntoEmptyDatabaseKeepsIds();
    void athleteIntoDatabaseWithDataGetsNewIds();
    void wholeDatabaseIntoFreshAppDatabaseReplacesTheCatalog();
    void wholeDatabaseIntoChangedCatalogIsRefused();
    void wholeDatabaseIntoNonEmptyIsRefused();
    void truncatedExportWritesNothing();
    void reformattedExportIsReadWhole();
    void newerSchemaIsRefused();
    void unknownColumnIsRefused();
    void valueOfTheWrongTypeIsRefused_data();
    void valueOfTheWrongTypeIsRefused();
    void exportIsOneRowPerLine();
    void csvHasOneLinePerSet();
    void fileExportRefusesToOverwrite();

private:
    std::unique_ptr<Database> openFresh(std::unique_ptr<TestDatabase> &holder);

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
};

void TestExportDb::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->createMigrated(), qPrintable(m_tdb->errorString()));
    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    m_db = std::move(*db);
    FT_VERIFY_OK(fillDatabase(*m_db));
}

void TestExportDb::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

std::unique_ptr<Database> TestExportDb::openFresh(std::unique_ptr<TestDatabase> &holder)
{
    holder = std::make_unique<TestDatabase>();
    if (!holder->createMigrated())
        return nullptr;
    auto db = holder->open();
    return db ? std::move(*db) : nullptr;
}

void TestExportDb::wholeDatabaseRoundTripIsIdentical()
{
    const QByteArray json = exportOf(*m_db);
    QVERIFY(!json.isEmpty());
    std::unique_ptr<TestDatabase> other;
    auto target = openFresh(other);
    QVERIFY(target);
    auto restored = importBytes(*target, json);
    FT_VERIFY_OK(restored);
    QVERIFY(restored->idsKept);
    QCOMPARE(restored->scope, u"database"_s);

    const auto source = dumpTables(*m_db, Timestamps::Exact);
    const auto copy = dumpTables(*target, Timestamps::Exact);
    QVERIFY(dumpRows(source) > 5000);
    for (const QString &table : source.keys())
        QVERIFY2(!source.value(table).isEmpty(),
                 qPrintable(table + u" is empty: the test covers nothing there"_s));
    QVERIFY2(firstDifference(source, copy).isEmpty(), qPrintable(firstDifference(source, copy)));
    QCOMPARE(restored->total(), dumpRows(source));

    // The database goes on giving ids after the restored ones.
    auto maxId = target->scalar(u"SELECT MAX(id) FROM tags"_s);
    FT_VERIFY_OK(maxId);
    auto tag = Repository<Tag>(*target).create(Tag { 0, u"after restore"_s, {}, {} });
    FT_VERIFY_OK(tag);
    QCOMPARE(tag->id, maxId->toLongLong() + 1);
    // And exports the same file again.
    FT_VERIFY_OK(Repository<Tag>(*target).remove(tag->id));
    QCOMPARE(withoutTime(exportOf(*target)), withoutTime(json));
}

void TestExportDb::athleteIntoEmptyDatabaseKeepsIds()
{
    auto ada = findAthlete(*m_db, u"athlete0002"_s);
    FT_VERIFY_OK(ada);
    const QByteArray json = exportOf(*m_db, ada->subject.id);
    std::unique_ptr<TestDatabase> other;
    auto target = openFresh(other);
    QVERIFY(target);
    auto restored = importBytes(*target, json);
    FT_VERIFY_OK(restored);
    QVERIFY(restored->idsKept);
    QCOMPARE(restored->scope, u"athlete"_s);
    QCOMPARE(rowCount(*target, u"users"_s), 1);
    QCOMPARE(rowCount(*target, u"subjects"_s), 1);
    auto logs = m_db->scalar(u"SELECT COUNT(*) FROM exercise_set_logs WHERE subject_id = ?"_s,
                             { ada->subject.id });
    FT_VERIFY_OK(logs);
    QCOMPARE(rowCount(*target, u"exercise_set_logs"_s), logs->toLongLong());
    QVERIFY(rowCount(*target, u"exercises"_s) < rowCount(*m_db, u"exercises"_s));
    // Row for row what the source has of this athlete: its export from there is the same file.
    QCOMPARE(withoutTime(exportOf(*target, ada->subject.id)), withoutTime(json));
}

void TestExportDb::athleteIntoDatabaseWithDataGetsNewIds()
{
    auto source = findAthlete(*m_db, u"athlete0002"_s);
    FT_VERIFY_OK(source);
    const QByteArray json = exportOf(*m_db, source->subject.id);

    std::unique_ptr<TestDatabase> other;
    auto target = openFresh(other);
    QVERIFY(target);
    FT_VERIFY_OK(installBundledCatalog(*target));
    FT_VERIFY_OK(addAthlete(*target, { u"coach"_s, u"coach@example.com"_s, std::nullopt }));
    const qint64 exercisesBefore = rowCount(*target, u"exercises"_s);

    auto restored = importBytes(*target, json);
    FT_VERIFY_OK(restored);
    QVERIFY(!restored->idsKept);
    QVERIFY(restored->exercisesMatched > 0);
    QCOMPARE(rowCount(*target, u"users"_s), 2);
    auto moved = findAthlete(*target, u"athlete0002"_s);
    FT_VERIFY_OK(moved);
    QCOMPARE(moved->subject.pseudonym, source->subject.pseudonym);
    QCOMPARE(moved->user.createdAt, source->user.createdAt);

    // The same training, exercise by exercise (by slug), with the same numbers.
    const QString perExercise =
        u"SELECT e.slug, COUNT(*), SUM(l.actual_reps), SUM(l.actual_weight_kg) "
        "FROM exercise_set_logs l JOIN exercises e ON e.id = l.exercise_id "
        "WHERE l.subject_id = ? GROUP BY e.slug ORDER BY e.slug"_s;
    const auto summary = [&](Database &db, Id subject) {
        QStringList lines;
        auto q = db.exec(perExercise, { subject });
        while (q && q->next())
            lines.append(u"%1 %2 %3 %4"_s.arg(q->value(0).toString())
                             .arg(q->value(1).toLongLong())
                             .arg(q->value(2).toLongLong())
                             .arg(q->value(3).toDouble(), 0, 'f', 2));
        return lines;
    };
    QCOMPARE(summary(*target, moved->subject.id), summary(*m_db, source->subject.id));
    QVERIFY(rowCount(*target, u"exercises"_s) - exercisesBefore < restored->exercisesMatched);
    const qint64 plannedLinks = [&] {
        auto n = target->scalar(
            u"SELECT COUNT(*) FROM exercise_set_logs WHERE planned_set_id IS NOT NULL"_s);
        return n ? n->toLongLong() : -1;
    }();
    auto sourceLinks =
        m_db->scalar(u"SELECT COUNT(*) FROM exercise_set_logs WHERE planned_set_id IS NOT NULL "
                     "AND subject_id = ?"_s,
                     { source->subject.id });
    FT_VERIFY_OK(sourceLinks);
    QCOMPARE(plannedLinks, sourceLinks->toLongLong());

    // The same athlete again: refused, nothing written.
    const QString before = countsText(*target);
    auto again = importBytes(*target, json);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Unique);
    QCOMPARE(countsText(*target), before);
}

void TestExportDb::wholeDatabaseIntoFreshAppDatabaseReplacesTheCatalog()
{
    const QByteArray json = exportOf(*m_db);
    std::unique_ptr<TestDatabase> other;
    auto target = openFresh(other);
    QVERIFY(target);
    FT_VERIFY_OK(prepareDatabase(*target)); // what the app does on first start
    auto untouched = differenceFromBundledCatalog(*target);
    FT_VERIFY_OK(untouched);
    QCOMPARE(*untouched, QString());
    // Installed again from scratch: the same content under larger ids than the source's, so
    // that the file's ids must win and the sequences must come back down.
    for (const QString &table : { u"exercises"_s, u"tags"_s, u"app_metadata"_s })
        FT_VERIFY_OK(target->exec(u"DELETE FROM "_s + table));
    FT_VERIFY_OK(installBundledCatalog(*target));
    auto stillUntouched = differenceFromBundledCatalog(*target);
    FT_VERIFY_OK(stillUntouched);
    QCOMPARE(*stillUntouched, QString());

    auto restored = importBytes(*target, json);
    FT_VERIFY_OK(restored);
    QVERIFY(restored->idsKept);
    const auto source = dumpTables(*m_db, Timestamps::Exact);
    const auto copy = dumpTables(*target, Timestamps::Exact);
    QVERIFY2(firstDifference(source, copy).isEmpty(), qPrintable(firstDifference(source, copy)));
    QCOMPARE(countsText(*target), countsText(*m_db));

    // New rows follow the restored ids, although the deleted catalog's tags had larger ones.
    auto maxId = target->scalar(u"SELECT MAX(id) FROM tags"_s);
    FT_VERIFY_OK(maxId);
    auto tag = Repository<Tag>(*target).create(Tag { 0, u"after restore"_s, {}, {} });
    FT_VERIFY_OK(tag);
    QCOMPARE(tag->id, maxId->toLongLong() + 1);
}

void TestExportDb::wholeDatabaseIntoChangedCatalogIsRefused()
{
    const QByteArray json = exportOf(*m_db);
    std::unique_ptr<TestDatabase> other;
    auto target = openFresh(other);
    QVERIFY(target);
    FT_VERIFY_OK(prepareDatabase(*target));
    auto exercises = loadExercises(*target);
    FT_VERIFY_OK(exercises);
    ExerciseDetails renamed = exercises->first();
    const QString slug = renamed.exercise.slug;
    renamed.exercise.name += u" (mine)"_s;
    FT_VERIFY_OK(saveExercise(*target, renamed));
    target.reset(); // the fingerprint reads the file (SQLite) or every table (PostgreSQL)
    const QByteArray before = other->fingerprint();

    auto reopened = other->open();
    FT_VERIFY_OK(reopened);
    auto restored = importBytes(**reopened, json);
    QVERIFY(!restored);
    QCOMPARE(restored.error().kind, Error::Kind::Usage);
    QVERIFY2(restored.error().message.contains(u"(%1) was changed"_s.arg(slug)),
             qPrintable(restored.error().message));
    reopened->reset();
    QCOMPARE(other->fingerprint(), before);
}

void TestExportDb::wholeDatabaseIntoNonEmptyIsRefused()
{
    const QByteArray json = exportOf(*m_db);
    std::unique_ptr<TestDatabase> other;
    auto target = openFresh(other);
    QVERIFY(target);
    FT_VERIFY_OK(installBundledCatalog(*target));
    FT_VERIFY_OK(addAthlete(*target, { u"coach"_s, u"coach@example.com"_s, std::nullopt }));
    const auto before = dumpTables(*target, Timestamps::Exact);
    auto restored = importBytes(*target, json);
    QVERIFY(!restored);
    QCOMPARE(restored.error().kind, Error::Kind::Usage);
    QVERIFY2(restored.error().message.contains(u"users ("_s), qPrintable(restored.error().message));
    QVERIFY(firstDifference(before, dumpTables(*target, Timestamps::Exact)).isEmpty());
}

void TestExportDb::truncatedExportWritesNothing()
{
    const QByteArray json = exportOf(*m_db);
    std::unique_ptr<TestDatabase> other;
    auto target = openFresh(other);
    QVERIFY(target);
    for (const double fraction : { 0.3, 0.9 }) {
        QByteArray cut = json.left(qsizetype(double(json.size()) * fraction));
        cut.truncate(cut.lastIndexOf('\n') + 1); // whole lines: only the end is missing
        auto restored = importBytes(*target, cut);
        QVERIFY(!restored);
        QCOMPARE(restored.error().kind, Error::Kind::File);
        QVERIFY2(restored.error().message.contains(u"truncated"_s),
                 qPrintable(restored.error().message));
        QCOMPARE(dumpRows(dumpTables(*target, Timestamps::Exact)), 0);
    }
    // A line cut in the middle.
    auto broken = importBytes(*target, json.left(json.size() / 2));
    QVERIFY(!broken);
    QCOMPARE(broken.error().kind, Error::Kind::File);
    QCOMPARE(dumpRows(dumpTables(*target, Timestamps::Exact)), 0);
}

void TestExportDb::reformattedExportIsReadWhole()
{
    const QByteArray json = exportOf(*m_db);
    const QByteArray indented = QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented);
    QVERIFY(indented.size() > json.size());
    std::unique_ptr<TestDatabase> other;
    auto target = openFresh(other);
    QVERIFY(target);
    FT_VERIFY_OK(importBytes(*target, indented));
    const auto source = dumpTables(*m_db, Timestamps::Exact);
    const auto copy = dumpTables(*target, Timestamps::Exact);
    QVERIFY2(firstDifference(source, copy).isEmpty(), qPrintable(firstDifference(source, copy)));
}

void TestExportDb::newerSchemaIsRefused()
{
    QByteArray json = exportOf(*m_db);
    const qsizetype at = json.indexOf("\"schema_version\":");
    QVERIFY(at > 0);
    json.replace(at, json.indexOf(',', at) - at, "\"schema_version\":999");
    std::unique_ptr<TestDatabase> other;
    auto target = openFresh(other);
    QVERIFY(target);
    auto restored = importBytes(*target, json);
    QVERIFY(!restored);
    QCOMPARE(restored.error().kind, Error::Kind::Schema);
    QVERIFY(restored.error().message.contains(u"999"_s));
}

void TestExportDb::unknownColumnIsRefused()
{
    QByteArray json = exportOf(*m_db);
    json.replace("\"columns\":[\"id\",\"name\",\"created_at\"",
                 "\"columns\":[\"id\",\"nom\",\"created_at\"");
    std::unique_ptr<TestDatabase> other;
    auto target = openFresh(other);
    QVERIFY(target);
    auto restored = importBytes(*target, json);
    QVERIFY(!restored);
    QCOMPARE(restored.error().kind, Error::Kind::File);
    QVERIFY2(restored.error().message.contains(u"\"nom\""_s), qPrintable(restored.error().message));
    QCOMPARE(dumpRows(dumpTables(*target, Timestamps::Exact)), 0);
}

void TestExportDb::valueOfTheWrongTypeIsRefused_data()
{
    QTest::addColumn<QByteArray>(
        "table"); // the table's name and columns, as the export writes them
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("field");
    const QByteArray tags = R"("table":"tags","columns":["id","name","created_at","updated_at"])";
    QTest::newRow("list for text")
        << tags << QByteArray(R"([1,["x"],"2024-01-01T00:00:00.000Z","2024-01-01T00:00:00.000Z"])")
        << u"tags.name"_s;
    QTest::newRow("text for a number")
        << tags << QByteArray(R"(["1","x","2024-01-01T00:00:00.000Z","2024-01-01T00:00:00.000Z"])")
        << u"tags.id"_s;
    QTest::newRow("fraction for a whole number")
        << tags << QByteArray(R"([1.5,"x","2024-01-01T00:00:00.000Z","2024-01-01T00:00:00.000Z"])")
        << u"tags.id"_s;
    QTest::newRow("null where required")
        << tags << QByteArray(R"([1,null,"2024-01-01T00:00:00.000Z","2024-01-01T00:00:00.000Z"])")
        << u"tags.name"_s;
    QTest::newRow("not a time") << tags
                                << QByteArray(R"([1,"x","yesterday","2024-01-01T00:00:00.000Z"])")
                                << u"tags.created_at"_s;
    // SQLite would store these; PostgreSQL (and a later copy there) would not.
    QTest::newRow("longer than varchar(50)")
        << tags
        << QByteArray(R"([1,")" + QByteArray(51, 'x')
                      + R"(","2024-01-01T00:00:00.000Z","2024-01-01T00:00:00.000Z"])")
        << u"tags.name"_s;
    const QByteArray metrics =
        R"("table":"subject_body_metrics","columns":["id","subject_id","measured_on","weight_kg",)"
        R"("bodyfat_pct","resting_hr","notes","created_at","updated_at"])";
    QTest::newRow("beyond numeric(5,2)")
        << metrics
        << QByteArray(R"([1,1,"2024-01-01",1000,null,null,null,"2024-01-01T00:00:00.000Z",)"
                      R"("2024-01-01T00:00:00.000Z"])")
        << u"subject_body_metrics.weight_kg"_s;
    QTest::newRow("rounds beyond numeric(4,1)")
        << metrics
        << QByteArray(R"([1,1,"2024-01-01",80,999.96,null,null,"2024-01-01T00:00:00.000Z",)"
                      R"("2024-01-01T00:00:00.000Z"])")
        << u"subject_body_metrics.bodyfat_pct"_s;
}

void TestExportDb::valueOfTheWrongTypeIsRefused()
{
    QFETCH(QByteArray, table);
    QFETCH(QByteArray, row);
    QFETCH(QString, field);
    const QByteArray json =
        R"({"fitnesstrack_export":1,"scope":"database","schema_version":1,"tables":[)"
        "\n{"
        + table + R"(,"rows":[)" + "\n" + row + "\n]}\n]}\n";
    std::unique_ptr<TestDatabase> other;
    auto target = openFresh(other);
    QVERIFY(target);
    auto restored = importBytes(*target, json);
    QVERIFY(!restored);
    QCOMPARE(restored.error().field, field);
    QVERIFY2(restored.error().message.startsWith(u"line 3: "_s),
             qPrintable(restored.error().message));
    const QString tableName = field.section(u'.', 0, 0);
    QCOMPARE(rowCount(*target, tableName), 0);
}

void TestExportDb::exportIsOneRowPerLine()
{
    const QByteArray json = exportOf(*m_db);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().value(u"fitnesstrack_export"_s).toInt(), 1);
    const QJsonArray tables = doc.object().value(u"tables"_s).toArray();
    QCOMPARE(tables.size(), dataTables().size());
    qint64 rows = 0;
    for (const QJsonValue &t : tables)
        rows += t.toObject().value(u"rows"_s).toArray().size();
    // A header line, a line per table, a line per row, a closing line per table and the end.
    QCOMPARE(json.count('\n'), 1 + 2 * tables.size() + rows + 1);
    QVERIFY(json.contains("💪")); // UTF-8, not escaped
}

void TestExportDb::csvHasOneLinePerSet()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto summary = exportSetsCsv(*m_db, buffer);
    FT_VERIFY_OK(summary);
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.first(),
             QByteArray("date,performed_at,athlete,session_id,exercise,exercise_slug,set_index,"
                        "weight_kg,reps,rpe,rir,warmup,failure,rest_s,tempo,notes"));
    // The awkward note has a newline inside quotes: count records, not lines.
    QCOMPARE(summary->total(), rowCount(*m_db, u"exercise_set_logs"_s));
    const QString text = QString::fromUtf8(buffer.data());
    QVERIFY(text.contains(
        u"2020-02-29,2020-02-29T23:59:59.999Z,6f1c0e2a-5b7d-4c1e-9a3b-2d4e6f8a0b1c,"_s));
    QVERIFY(text.contains(
        u",1,0.1,,7.5,,false,false,,,\"He said \"\"go\"\", then:\nmore; 💪 Crème brûlée, tab\there\"\n"_s));

    // An athlete that does not exist: refused by name, and not even the header is written (the
    // CLI's `--output -` would have printed it).
    QBuffer none;
    none.open(QIODevice::WriteOnly);
    auto refused = exportSetsCsv(*m_db, none, Id(424242));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::NotFound);
    QCOMPARE(refused.error().field, u"subjects.id"_s);
    QCOMPARE(refused.error().value, u"424242"_s);
    QVERIFY(none.data().isEmpty());

    // One athlete: only their sets, in time order.
    auto athlete = findAthlete(*m_db, u"athlete0001"_s);
    FT_VERIFY_OK(athlete);
    QBuffer one;
    one.open(QIODevice::WriteOnly);
    auto own = exportSetsCsv(*m_db, one, athlete->subject.id);
    FT_VERIFY_OK(own);
    auto expected = m_db->scalar(u"SELECT COUNT(*) FROM exercise_set_logs WHERE subject_id = ?"_s,
                                 { athlete->subject.id });
    FT_VERIFY_OK(expected);
    QCOMPARE(own->total(), expected->toLongLong());
    QStringList times;
    for (const QByteArray &line : one.data().split('\n').mid(1)) {
        if (!line.isEmpty()) {
            QVERIFY(line.contains(",athlete0001,"));
            times.append(QString::fromUtf8(line.split(',').at(1)));
        }
    }
    QCOMPARE(times.size(), expected->toLongLong());
    QStringList sorted = times;
    sorted.sort();
    QCOMPARE(times, sorted);
}

void TestExportDb::fileExportRefusesToOverwrite()
{
    const QString path = m_tdb->tempPath(u"export.json"_s);
    auto first = exportJsonFile(*m_db, path);
    FT_VERIFY_OK(first);
    QCOMPARE(QFileInfo(path).size(), first->bytes);
    auto second = exportJsonFile(*m_db, path);
    QVERIFY(!second);
    QCOMPARE(second.error().kind, Error::Kind::File);
    FT_VERIFY_OK(exportJsonFile(*m_db, path, std::nullopt, true));
    // A failed export leaves no file.
    const QString missing = m_tdb->tempPath(u"nobody.csv"_s);
    QVERIFY(!exportSetsCsvFile(*m_db, missing, Id(424242)));
    QVERIFY(!QFileInfo::exists(missing));
}

FT_DB_TEST_MAIN(TestExportDb)
#include "tst_export_db.moc"
