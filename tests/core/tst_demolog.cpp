// The demo data follows the training log's rules (issue 10, item 9), on both backends: every
// session carries its routine day and cycle, subject consistency holds for every row, a planned
// set logged belongs to the session's day, set_index counts 1..n per exercise and session, each
// set is performed on its session's day; and the log's own readers pair the demo's set logs with
// their planned sets.
#include "core/db/database.h"
#include "core/db/repository.h"
#include "core/demo/demo.h"
#include "core/log/traininglog.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QHash>
#include <QTest>

using namespace ft::core;
using namespace ft::test;
using namespace Qt::StringLiterals;

class TestDemoLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void violations_data();
    void violations();
    void setsArePerformedOnTheirSessionDay();
    void sheetsPairEveryPlannedLog();

private:
    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
};

void TestDemoLog::initTestCase()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->createMigrated(), qPrintable(m_tdb->errorString()));
    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    m_db = std::move(*db);
    DemoOptions options;
    options.athletes = 2;
    options.years = 1;
    auto summary = generateDemo(*m_db, options, {});
    FT_VERIFY_OK(summary);
    QVERIFY(summary->setLogs > 1000);
}

void TestDemoLog::cleanupTestCase()
{
    m_db.reset();
    m_tdb.reset();
}

void TestDemoLog::violations_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("set log in another subject's session")
        << u"SELECT COUNT(*) FROM exercise_set_logs l JOIN workout_sessions s "
           "ON s.id = l.session_id WHERE s.subject_id <> l.subject_id"_s;
    QTest::newRow("session in another subject's cycle")
        << u"SELECT COUNT(*) FROM workout_sessions s JOIN cycles c ON c.id = s.cycle_id "
           "WHERE c.subject_id <> s.subject_id"_s;
    QTest::newRow("cycle of another subject's routine")
        << u"SELECT COUNT(*) FROM cycles c JOIN routines r ON r.id = c.routine_id "
           "WHERE r.subject_id <> c.subject_id"_s;
    QTest::newRow("session without routine day or cycle")
        << u"SELECT COUNT(*) FROM workout_sessions WHERE routine_day_id IS NULL "
           "OR cycle_id IS NULL"_s;
    QTest::newRow("session day of another routine than its cycle's")
        << u"SELECT COUNT(*) FROM workout_sessions s JOIN cycles c ON c.id = s.cycle_id "
           "JOIN routine_days d ON d.id = s.routine_day_id WHERE d.routine_id <> c.routine_id"_s;
    QTest::newRow("planned set of another day than the session's")
        << u"SELECT COUNT(*) FROM exercise_set_logs l JOIN workout_sessions s "
           "ON s.id = l.session_id JOIN routine_exercise_sets p ON p.id = l.planned_set_id "
           "JOIN routine_day_exercises x ON x.id = p.routine_day_exercise_id "
           "WHERE x.routine_day_id <> s.routine_day_id"_s;
    QTest::newRow("set log without session")
        << u"SELECT COUNT(*) FROM exercise_set_logs WHERE session_id IS NULL"_s;
    QTest::newRow("set_index not 1..n per exercise and session")
        << u"SELECT COUNT(*) FROM (SELECT session_id, exercise_id FROM exercise_set_logs "
           "GROUP BY session_id, exercise_id "
           "HAVING MIN(set_index) <> 1 OR MAX(set_index) <> COUNT(*)) g"_s;
    QTest::newRow("session with sets of its day's plan but none linked to it")
        << u"SELECT COUNT(*) FROM workout_sessions s WHERE EXISTS (SELECT 1 FROM "
           "exercise_set_logs l JOIN routine_day_exercises x ON x.exercise_id = l.exercise_id "
           "AND x.routine_day_id = s.routine_day_id WHERE l.session_id = s.id) "
           "AND NOT EXISTS (SELECT 1 FROM exercise_set_logs l WHERE l.session_id = s.id "
           "AND l.planned_set_id IS NOT NULL)"_s;
}

void TestDemoLog::violations()
{
    QFETCH(QString, sql);
    auto count = m_db->scalar(sql);
    FT_VERIFY_OK(count);
    QCOMPARE(count->toLongLong(), 0);
}

void TestDemoLog::setsArePerformedOnTheirSessionDay()
{
    auto sessions = Repository<WorkoutSession>(*m_db).list();
    FT_VERIFY_OK(sessions);
    QHash<Id, QDate> dayOf;
    for (const WorkoutSession &s : *sessions)
        dayOf.insert(s.id, s.workoutDate);
    auto logs = Repository<SetLog>(*m_db).list();
    FT_VERIFY_OK(logs);
    QVERIFY(!logs->isEmpty());
    int offDay = 0;
    for (const SetLog &log : *logs) {
        if (log.performedAt.toLocalTime().date() != dayOf.value(*log.sessionId))
            ++offDay;
    }
    QCOMPARE(offDay, 0);
}

void TestDemoLog::sheetsPairEveryPlannedLog()
{
    // The sessions of the first athlete: every log with a planned set sits in that planned row.
    auto first = m_db->scalar(u"SELECT MIN(subject_id) FROM workout_sessions"_s);
    FT_VERIFY_OK(first);
    auto sessions = log::listSessions(*m_db, first->toLongLong(), QDate(), QDate());
    FT_VERIFY_OK(sessions);
    QVERIFY(sessions->size() > 20);
    int paired = 0;
    for (const log::SessionSummary &summary : *sessions) {
        auto sheet = log::loadSessionSheet(*m_db, summary.session.id);
        FT_VERIFY_OK(sheet);
        QCOMPARE(sheet->figures.doneWorkingSets, summary.figures.doneWorkingSets);
        for (const log::SessionExercise &x : sheet->exercises) {
            for (const log::SetPair &row : x.rows) {
                if (!row.log || !row.log->plannedSetId)
                    continue;
                QVERIFY(row.planned);
                QCOMPARE(row.planned->id, *row.log->plannedSetId);
                ++paired;
            }
        }
    }
    auto planned = m_db->scalar(u"SELECT COUNT(*) FROM exercise_set_logs WHERE subject_id = ? "
                                "AND planned_set_id IS NOT NULL"_s,
                                { *first });
    FT_VERIFY_OK(planned);
    QCOMPARE(qint64(paired), planned->toLongLong());
}

FT_DB_TEST_MAIN(TestDemoLog)
#include "tst_demolog.moc"
