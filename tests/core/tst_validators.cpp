// The data model's validators, run by Repository before every write: normalisation, ranges,
// the column types' limits and subject consistency. A refusal names the field and writes nothing.
#include "core/db/database.h"
#include "core/db/entities.h"
#include "core/db/repository.h"
#include "sampledata.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QTest>
#include <QThread>

using namespace ft::core;
using namespace ft::test;
using namespace Qt::StringLiterals;

class TestValidators : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emailNormalisedOnCreateAndUpdate();
    void invalidEmailRefused_data();
    void invalidEmailRefused();
    void usernameTrimmed();
    void birthYear_data();
    void birthYear();
    void heightCm_data();
    void heightCm();
    void bodyMetrics_data();
    void bodyMetrics();
    void cycleNumberAndDates();
    void emptyOrBlankSlugRefused_data();
    void emptyOrBlankSlugRefused();
    void varcharTooLong_data();
    void varcharTooLong();
    void numericOverflow_data();
    void numericOverflow();
    void numericRoundedToScale();
    void enumValueRefused();
    void cycleRoutineOfAnotherSubject();
    void sessionCycleOfAnotherSubject();
    void setLogSessionOfAnotherSubject();
    void sessionRoutineDayNotInCycleRoutine();
    void updatedAtChangesOnUpdate();

private:
    // Asserts that `error` is an InvalidValue naming `field` (and `value` unless empty), and that
    // no table changed since `before`.
    void verifyRefused(const Error &error, const QString &field, const QString &value,
                       const QString &before);

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    SampleGraph m_graph;
};

void TestValidators::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->createMigrated(), qPrintable(m_tdb->errorString()));
    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    m_db = std::move(*db);
    auto graph = createSampleGraph(*m_db);
    FT_VERIFY_OK(graph);
    m_graph = *graph;
}

void TestValidators::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

void TestValidators::verifyRefused(const Error &error, const QString &field, const QString &value,
                                   const QString &before)
{
    QVERIFY2(error.kind == Error::Kind::InvalidValue, qPrintable(describe(error)));
    QCOMPARE(error.field, field);
    if (!value.isNull())
        QCOMPARE(error.value, value);
    QVERIFY2(!error.rule.isEmpty(), qPrintable(describe(error)));
    QVERIFY2(error.message.contains(field), qPrintable(describe(error)));
    QVERIFY2(error.message.contains(error.rule), qPrintable(describe(error)));
    QCOMPARE(countsText(*m_db), before);
}

void TestValidators::emailNormalisedOnCreateAndUpdate()
{
    User u;
    u.email = u"  Grace.Hopper@Example.COM \t"_s;
    u.username = u"grace"_s;
    u.passwordHash = u"!"_s;
    auto created = Repository<User>(*m_db).create(u);
    FT_VERIFY_OK(created);
    QCOMPARE(created->email, u"grace.hopper@example.com"_s);
    // Stored that way, not only returned that way.
    auto stored = m_db->scalar(u"SELECT email FROM users WHERE id = ?"_s, { created->id });
    FT_VERIFY_OK(stored);
    QCOMPARE(stored->toString(), u"grace.hopper@example.com"_s);

    User changed = *created;
    changed.email = u" GRACE@NAVY.MIL "_s;
    auto updated = Repository<User>(*m_db).update(changed);
    FT_VERIFY_OK(updated);
    QCOMPARE(updated->email, u"grace@navy.mil"_s);
    stored = m_db->scalar(u"SELECT email FROM users WHERE id = ?"_s, { created->id });
    FT_VERIFY_OK(stored);
    QCOMPARE(stored->toString(), u"grace@navy.mil"_s);

    // So a differently typed copy of an existing email is a duplicate.
    u.username = u"ada-again"_s;
    u.email = u"ADA@example.com"_s;
    auto duplicate = Repository<User>(*m_db).create(u);
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().kind, Error::Kind::Unique);
    QCOMPARE(duplicate.error().field, u"users.email"_s);
}

void TestValidators::invalidEmailRefused_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("no at") << "ada.example.com";
    QTest::newRow("two ats") << "ada@@example.com";
    QTest::newRow("space inside") << "ada lovelace@example.com";
}

void TestValidators::invalidEmailRefused()
{
    QFETCH(QString, email);
    const QString before = countsText(*m_db);
    User u;
    u.email = email;
    u.username = u"someone"_s;
    u.passwordHash = u"!"_s;
    auto created = Repository<User>(*m_db).create(u);
    QVERIFY(!created.ok());
    verifyRefused(created.error(), u"users.email"_s, email.trimmed().toLower(), before);
}

void TestValidators::usernameTrimmed()
{
    User u;
    u.email = u"linus@example.com"_s;
    u.username = u"  linus \n"_s;
    u.passwordHash = u"!"_s;
    u.fullName = u"   "_s;
    auto created = Repository<User>(*m_db).create(u);
    FT_VERIFY_OK(created);
    QCOMPARE(created->username, u"linus"_s);
    QVERIFY(!created->fullName.has_value()); // a blank full name is no name

    const QString before = countsText(*m_db);
    u.email = u"blank@example.com"_s;
    u.username = u" \t "_s;
    auto blank = Repository<User>(*m_db).create(u);
    QVERIFY(!blank.ok());
    verifyRefused(blank.error(), u"users.username"_s, QString(), before);
}

void TestValidators::birthYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("accepted");
    const int thisYear = QDate::currentDate().year();
    QTest::newRow("1899") << 1899 << false;
    QTest::newRow("1900") << 1900 << true;
    QTest::newRow("this year") << thisYear << true;
    QTest::newRow("next year") << thisYear + 1 << false;
    QTest::newRow("0") << 0 << false;
    QTest::newRow("negative") << -5 << false;
}

void TestValidators::birthYear()
{
    QFETCH(int, year);
    QFETCH(bool, accepted);
    const QString before = countsText(*m_db);
    SubjectProfile p = m_graph.profile;
    p.birthYear = year;
    auto updated = Repository<SubjectProfile>(*m_db).update(p);
    if (accepted) {
        FT_VERIFY_OK(updated);
        QCOMPARE(updated->birthYear, std::optional<int>(year));
        return;
    }
    QVERIFY(!updated.ok());
    verifyRefused(updated.error(), u"subject_profiles.birth_year"_s, QString::number(year), before);
    QVERIFY2(updated.error().rule.contains(QString::number(QDate::currentDate().year())),
             qPrintable(describe(updated.error())));
    QCOMPARE(Repository<SubjectProfile>(*m_db).get(p.id)->birthYear, std::optional<int>(1990));
    // The same rule on create.
    auto subject =
        Repository<Subject>(*m_db).create(Subject { 0, std::nullopt, QUuid::createUuid(), {}, {} });
    FT_VERIFY_OK(subject);
    SubjectProfile fresh;
    fresh.subjectId = subject->id;
    fresh.birthYear = year;
    const QString beforeCreate = countsText(*m_db);
    auto created = Repository<SubjectProfile>(*m_db).create(fresh);
    QVERIFY(!created.ok());
    verifyRefused(created.error(), u"subject_profiles.birth_year"_s, QString::number(year),
                  beforeCreate);
}

void TestValidators::heightCm_data()
{
    QTest::addColumn<int>("height");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("0") << 0 << false;
    QTest::newRow("-1") << -1 << false;
    QTest::newRow("1") << 1 << true;
    QTest::newRow("185") << 185 << true;
}

void TestValidators::heightCm()
{
    QFETCH(int, height);
    QFETCH(bool, accepted);
    const QString before = countsText(*m_db);
    SubjectProfile p = m_graph.profile;
    p.heightCm = height;
    auto updated = Repository<SubjectProfile>(*m_db).update(p);
    if (accepted) {
        FT_VERIFY_OK(updated);
        QCOMPARE(updated->heightCm, std::optional<int>(height));
        return;
    }
    QVERIFY(!updated.ok());
    verifyRefused(updated.error(), u"subject_profiles.height_cm"_s, QString::number(height),
                  before);
    QCOMPARE(Repository<SubjectProfile>(*m_db).get(p.id)->heightCm, std::optional<int>(170));
}

void TestValidators::bodyMetrics_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("shownValue");

    QTest::newRow("weight -0.1") << "weight_kg" << -0.1 << false << "-0.1";
    QTest::newRow("weight 0") << "weight_kg" << 0.0 << true << "";
    QTest::newRow("weight 999.99") << "weight_kg" << 999.99 << true << "";
    QTest::newRow("bodyfat -1") << "bodyfat_pct" << -1.0 << false << "-1";
    QTest::newRow("bodyfat 0") << "bodyfat_pct" << 0.0 << true << "";
    QTest::newRow("bodyfat 100") << "bodyfat_pct" << 100.0 << true << "";
    QTest::newRow("bodyfat 100.1") << "bodyfat_pct" << 100.1 << false << "100.1";
    QTest::newRow("resting_hr 0") << "resting_hr" << 0.0 << false << "0";
    QTest::newRow("resting_hr -60") << "resting_hr" << -60.0 << false << "-60";
    QTest::newRow("resting_hr 1") << "resting_hr" << 1.0 << true << "";
}

void TestValidators::bodyMetrics()
{
    QFETCH(QString, column);
    QFETCH(double, value);
    QFETCH(bool, accepted);
    QFETCH(QString, shownValue);
    const QString before = countsText(*m_db);
    SubjectBodyMetrics m;
    m.subjectId = m_graph.subject.id;
    m.measuredOn = QDate(2024, 6, 1);
    if (column == u"weight_kg")
        m.weightKg = value;
    else if (column == u"bodyfat_pct")
        m.bodyfatPct = value;
    else
        m.restingHr = int(value);
    auto created = Repository<SubjectBodyMetrics>(*m_db).create(m);
    if (accepted) {
        FT_VERIFY_OK(created);
        const auto stored = m_db->scalar(
            u"SELECT %1 FROM subject_body_metrics WHERE id = ?"_s.arg(column), { created->id });
        FT_VERIFY_OK(stored);
        QCOMPARE(stored->toDouble(), value);
        return;
    }
    QVERIFY(!created.ok());
    verifyRefused(created.error(), u"subject_body_metrics."_s + column, shownValue, before);
}

void TestValidators::cycleNumberAndDates()
{
    const QString before = countsText(*m_db);
    Cycle c = m_graph.cycle;
    c.cycleNumber = 0;
    auto created = Repository<Cycle>(*m_db).create(c);
    QVERIFY(!created.ok());
    verifyRefused(created.error(), u"cycles.cycle_number"_s, u"0"_s, before);

    c.cycleNumber = 2;
    c.startedOn = QDate(2024, 6, 10);
    c.endedOn = QDate(2024, 6, 9);
    created = Repository<Cycle>(*m_db).create(c);
    QVERIFY(!created.ok());
    verifyRefused(created.error(), u"cycles.ended_on"_s, u"2024-06-09"_s, before);

    c.endedOn = QDate(2024, 6, 10); // a one-day cycle is fine
    FT_VERIFY_OK(Repository<Cycle>(*m_db).create(c));
}

void TestValidators::emptyOrBlankSlugRefused_data()
{
    QTest::addColumn<QString>("slug");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("tab and newline") << "\t\n";
}

void TestValidators::emptyOrBlankSlugRefused()
{
    QFETCH(QString, slug);
    const QString before = countsText(*m_db);
    Exercise e = m_graph.exercise;
    e.slug = slug;
    auto created = Repository<Exercise>(*m_db).create(e);
    QVERIFY(!created.ok());
    verifyRefused(created.error(), u"exercises.slug"_s, QString(), before);

    // On update too, and the stored slug stays.
    auto updated = Repository<Exercise>(*m_db).update(e);
    QVERIFY(!updated.ok());
    verifyRefused(updated.error(), u"exercises.slug"_s, QString(), before);
    QCOMPARE(Repository<Exercise>(*m_db).get(e.id)->slug, u"bench-press"_s);
}

void TestValidators::varcharTooLong_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("length");
    QTest::newRow("users.email 254") << "users"
                                     << "email" << 254;
    QTest::newRow("users.username 50") << "users"
                                       << "username" << 50;
    QTest::newRow("users.full_name 100") << "users"
                                         << "full_name" << 100;
    QTest::newRow("exercises.name 120") << "exercises"
                                        << "name" << 120;
    QTest::newRow("exercises.slug 140") << "exercises"
                                        << "slug" << 140;
    QTest::newRow("tags.name 50") << "tags"
                                  << "name" << 50;
    QTest::newRow("routine_exercise_sets.target_tempo 15") << "routine_exercise_sets"
                                                           << "target_tempo" << 15;
    QTest::newRow("subject_profiles.dominant_hand 10") << "subject_profiles"
                                                       << "dominant_hand" << 10;
}

void TestValidators::varcharTooLong()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(int, length);
    // Exactly the limit is fine (the email keeps its shape: a@... padded to the length).
    const auto text = [&](int n) -> QString {
        QString s = column == u"email" ? u"a@"_s : QString();
        return s + QString(n - s.size(), QLatin1Char('x'));
    };
    bool found = false;
    withEntity(table, [&](auto probe) {
        using T = decltype(probe);
        if constexpr (Repository<T>::hasId) {
            found = true;
            const T original = m_graph.row<T>();
            T row = original;
            const QVariantMap atLimit { { column, text(length) } };
            QVERIFY(setColumns(row, atLimit, m_db->dialect()).isEmpty());
            auto ok = Repository<T>(*m_db).update(row);
            FT_VERIFY_OK(ok);
            QCOMPARE(columnValue(*ok, column, m_db->dialect()).toString(), text(length));

            const QString before = countsText(*m_db);
            const QVariantMap overLimit { { column, text(length + 1) } };
            QVERIFY(setColumns(row, overLimit, m_db->dialect()).isEmpty());
            auto tooLong = Repository<T>(*m_db).update(row);
            QVERIFY(!tooLong.ok());
            verifyRefused(tooLong.error(), table + u'.' + column, text(length + 1), before);
            QVERIFY2(tooLong.error().rule.contains(u"at most %1 characters"_s.arg(length)),
                     qPrintable(describe(tooLong.error())));
            QVERIFY2(tooLong.error().rule.contains(u"it has %1"_s.arg(length + 1)),
                     qPrintable(describe(tooLong.error())));
            QCOMPARE(
                columnValue(*Repository<T>(*m_db).get(row.id), column, m_db->dialect()).toString(),
                text(length));
        }
    });
    QVERIFY(found);
}

void TestValidators::numericOverflow_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("accepted");
    // actual_weight_kg numeric(6,2): below 10000.
    QTest::newRow("9999.99") << "actual_weight_kg" << 9999.99 << true;
    QTest::newRow("10000") << "actual_weight_kg" << 10000.0 << false;
    QTest::newRow("9999.999 rounds to 10000") << "actual_weight_kg" << 9999.999 << false;
    QTest::newRow("-10000") << "actual_weight_kg" << -10000.0 << false;
    // actual_rpe numeric(3,1): below 100.
    QTest::newRow("rpe 99.9") << "actual_rpe" << 99.9 << true;
    QTest::newRow("rpe 100") << "actual_rpe" << 100.0 << false;
    QTest::newRow("infinity") << "actual_weight_kg" << qInf() << false;
    QTest::newRow("NaN") << "actual_weight_kg" << qQNaN() << false;
}

void TestValidators::numericOverflow()
{
    QFETCH(QString, column);
    QFETCH(double, value);
    QFETCH(bool, accepted);
    const QString before = countsText(*m_db);
    ExerciseSetLog log = m_graph.setLog;
    log.setIndex = 2;
    if (column == u"actual_weight_kg")
        log.actualWeightKg = value;
    else
        log.actualRpe = value;
    auto created = Repository<ExerciseSetLog>(*m_db).create(log);
    if (accepted) {
        FT_VERIFY_OK(created);
        const auto stored = m_db->scalar(
            u"SELECT %1 FROM exercise_set_logs WHERE id = ?"_s.arg(column), { created->id });
        FT_VERIFY_OK(stored);
        QCOMPARE(stored->toDouble(), value);
        return;
    }
    QVERIFY(!created.ok());
    verifyRefused(created.error(), u"exercise_set_logs."_s + column, QString(), before);
}

void TestValidators::numericRoundedToScale()
{
    // SQLite would keep 82.555 as it is; both backends must store the column's scale.
    SubjectBodyMetrics m;
    m.subjectId = m_graph.subject.id;
    m.measuredOn = QDate(2024, 6, 2);
    m.weightKg = 82.556;
    m.bodyfatPct = 15.04;
    auto created = Repository<SubjectBodyMetrics>(*m_db).create(m);
    FT_VERIFY_OK(created);
    QCOMPARE(created->weightKg, std::optional<double>(82.56));
    QCOMPARE(created->bodyfatPct, std::optional<double>(15.0));
}

void TestValidators::enumValueRefused()
{
    const QString before = countsText(*m_db);
    SubjectProfile p = m_graph.profile;
    p.sex = u"female"_s; // labels are upper-case
    auto updated = Repository<SubjectProfile>(*m_db).update(p);
    QVERIFY(!updated.ok());
    verifyRefused(updated.error(), u"subject_profiles.sex"_s, u"female"_s, before);
    QVERIFY2(updated.error().rule.contains(u"MALE, FEMALE, OTHER, PREFER_NOT_TO_SAY"_s),
             qPrintable(describe(updated.error())));
}

void TestValidators::cycleRoutineOfAnotherSubject()
{
    auto other = createOtherAthlete(*m_db);
    FT_VERIFY_OK(other);
    const QString before = countsText(*m_db);
    Cycle c;
    c.subjectId = m_graph.subject.id;
    c.routineId = other->routine.id;
    c.cycleNumber = 7;
    auto created = Repository<Cycle>(*m_db).create(c);
    QVERIFY(!created.ok());
    verifyRefused(created.error(), u"cycles.routine_id"_s, QString::number(other->routine.id),
                  before);
    QVERIFY2(created.error().rule.contains(
                 u"belongs to subject %1, not to subject %2"_s.arg(other->subject.id)
                     .arg(m_graph.subject.id)),
             qPrintable(describe(created.error())));
    // Moving an existing cycle to the other subject's routine is refused the same way.
    Cycle moved = m_graph.cycle;
    moved.routineId = other->routine.id;
    auto updated = Repository<Cycle>(*m_db).update(moved);
    QVERIFY(!updated.ok());
    verifyRefused(updated.error(), u"cycles.routine_id"_s, QString::number(other->routine.id),
                  before);
    QCOMPARE(Repository<Cycle>(*m_db).get(moved.id)->routineId, m_graph.routine.id);
}

void TestValidators::sessionCycleOfAnotherSubject()
{
    auto other = createOtherAthlete(*m_db);
    FT_VERIFY_OK(other);
    const QString before = countsText(*m_db);
    WorkoutSession s;
    s.subjectId = m_graph.subject.id;
    s.workoutDate = QDate(2024, 6, 1);
    s.cycleId = other->cycle.id;
    auto created = Repository<WorkoutSession>(*m_db).create(s);
    QVERIFY(!created.ok());
    verifyRefused(created.error(), u"workout_sessions.cycle_id"_s, QString::number(other->cycle.id),
                  before);
    QVERIFY2(created.error().rule.contains(u"the cycle belongs to subject"_s),
             qPrintable(describe(created.error())));
}

void TestValidators::setLogSessionOfAnotherSubject()
{
    auto other = createOtherAthlete(*m_db);
    FT_VERIFY_OK(other);
    const QString before = countsText(*m_db);
    ExerciseSetLog log = m_graph.setLog;
    log.setIndex = 2;
    log.sessionId = other->session.id;
    auto created = Repository<ExerciseSetLog>(*m_db).create(log);
    QVERIFY(!created.ok());
    verifyRefused(created.error(), u"exercise_set_logs.session_id"_s,
                  QString::number(other->session.id), before);
    QVERIFY2(created.error().rule.contains(u"the session belongs to subject"_s),
             qPrintable(describe(created.error())));
}

void TestValidators::sessionRoutineDayNotInCycleRoutine()
{
    auto other = createOtherAthlete(*m_db);
    FT_VERIFY_OK(other);
    // A second routine of Ada's own, so only the day/cycle mismatch is wrong.
    Routine second;
    second.subjectId = m_graph.subject.id;
    second.name = u"Upper Lower"_s;
    auto routine = Repository<Routine>(*m_db).create(second);
    FT_VERIFY_OK(routine);
    RoutineDay day;
    day.routineId = routine->id;
    day.dayIndex = 1;
    auto storedDay = Repository<RoutineDay>(*m_db).create(day);
    FT_VERIFY_OK(storedDay);

    const QString before = countsText(*m_db);
    WorkoutSession s;
    s.subjectId = m_graph.subject.id;
    s.workoutDate = QDate(2024, 6, 1);
    s.cycleId = m_graph.cycle.id;
    s.routineDayId = storedDay->id;
    auto created = Repository<WorkoutSession>(*m_db).create(s);
    QVERIFY(!created.ok());
    verifyRefused(created.error(), u"workout_sessions.routine_day_id"_s,
                  QString::number(storedDay->id), before);
    QVERIFY2(created.error().rule.contains(
                 u"belongs to routine %1, but the cycle runs routine %2"_s.arg(routine->id)
                     .arg(m_graph.routine.id)),
             qPrintable(describe(created.error())));

    // With the cycle's own routine day it is accepted.
    s.routineDayId = m_graph.routineDay.id;
    FT_VERIFY_OK(Repository<WorkoutSession>(*m_db).create(s));
}

void TestValidators::updatedAtChangesOnUpdate()
{
    const User original = m_graph.user;
    QVERIFY(original.createdAt.isValid());
    QVERIFY(original.updatedAt.isValid());
    QThread::msleep(20);
    User changed = original;
    changed.fullName = u"Augusta Ada King"_s;
    auto updated = Repository<User>(*m_db).update(changed);
    FT_VERIFY_OK(updated);
    QVERIFY2(updated->updatedAt > original.updatedAt,
             qPrintable(updated->updatedAt.toString(Qt::ISODateWithMs) + u" <= "_s
                        + original.updatedAt.toString(Qt::ISODateWithMs)));
    QCOMPARE(updated->createdAt, original.createdAt);
    QVERIFY(updated->updatedAt <= QDateTime::currentDateTimeUtc().addSecs(5));

    // Even when the client sends an old updated_at (it is generated, never written by clients),
    // and on another table.
    const Tag tag = m_graph.tag;
    QThread::msleep(20);
    Tag renamed = tag;
    renamed.name = u"pushing"_s;
    renamed.updatedAt = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
    auto updatedTag = Repository<Tag>(*m_db).update(renamed);
    FT_VERIFY_OK(updatedTag);
    QVERIFY(updatedTag->updatedAt > tag.updatedAt);
    QCOMPARE(updatedTag->createdAt, tag.createdAt);

    // Raw SQL too: the trigger, not the repository, keeps it.
    QThread::msleep(20);
    FT_VERIFY_OK(m_db->exec(u"UPDATE tags SET name = 'pressing' WHERE id = ?"_s, { tag.id }));
    auto reread = Repository<Tag>(*m_db).get(tag.id);
    FT_VERIFY_OK(reread);
    QVERIFY(reread->updatedAt > updatedTag->updatedAt);
}

FT_DB_TEST_MAIN(TestValidators)
#include "tst_validators.moc"
