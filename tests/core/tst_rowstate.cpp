// Undo and redo without hand-written inverses (core/changes/rowstate.h): a recorded edit, written
// back and forth with the same ids and values; a stale undo refused with nothing changed; and the
// change notifier, which hears of committed changes only, on this connection and (PostgreSQL)
// on another one through NOTIFY.
#include "core/athletes/athletes.h"
#include "core/catalog/catalogstore.h"
#include "core/changes/changenotifier.h"
#include "core/changes/rowstate.h"
#include "core/changes/scopes.h"
#include "core/db/database.h"
#include "sampledata.h"
#include "testdatabase.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QSignalSpy>
#include <QTest>

using namespace ft::core;
using namespace ft::test;
using namespace Qt::StringLiterals;

class TestRowState : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void deleteAthleteUndoRedoRestoresEverything();
    void renameExerciseUndoRedo();
    void createExerciseUndoRemovesItsNewTag();
    void failedWorkWritesAndAnnouncesNothing();
    void staleUndoChangesNothing();
    void notifierHearsCommittedChangesOnly();
    void changeSetJsonRoundTrip();
    void postgresqlOtherConnectionHearsNotify();

private:
    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    ChangeNotifier m_notifier;
    SampleGraph m_graph;
};

void TestRowState::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->createMigrated(), qPrintable(m_tdb->errorString()));
    auto db = m_tdb->open();
    FT_VERIFY_OK(db);
    m_db = std::move(*db);
    auto graph = createSampleGraph(*m_db);
    FT_VERIFY_OK(graph);
    m_graph = *graph;
    m_db->setChangeNotifier(&m_notifier);
}

void TestRowState::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

void TestRowState::deleteAthleteUndoRedoRestoresEverything()
{
    const Id subject = m_graph.subject.id;
    const QByteArray original = m_tdb->contentFingerprint();
    QSignalSpy removed(&m_notifier, &ChangeNotifier::athletesRemoved);
    QSignalSpy setLogsRemoved(&m_notifier, &ChangeNotifier::setLogsRemoved);

    auto edit = recordEdit(*m_db, scopes::athleteWithEverything(subject),
                           [&] { return deleteAthlete(*m_db, subject); });
    FT_VERIFY_OK(edit);
    // The user, subject, profile, body metrics, routine with day, slot and set, cycle, session
    // and set log: eleven rows went.
    QCOMPARE(edit->rowsChanged, 11);
    QCOMPARE(edit->after.rowCount(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().first().value<IdList>(), IdList { subject });
    QCOMPARE(setLogsRemoved.first().first().value<IdList>(), IdList { m_graph.setLog.id });
    const QByteArray deleted = m_tdb->contentFingerprint();
    QVERIFY(deleted != original);

    FT_VERIFY_OK(applyState(*m_db, edit->after, edit->before));
    QCOMPARE(m_tdb->contentFingerprint(), original);
    auto back = findAthlete(*m_db, adaPseudonym.toString(QUuid::WithoutBraces));
    FT_VERIFY_OK(back);
    QCOMPARE(back->subject.id, subject);
    QCOMPARE(back->subject.updatedAt, m_graph.subject.updatedAt);

    FT_VERIFY_OK(applyState(*m_db, edit->before, edit->after));
    QCOMPARE(m_tdb->contentFingerprint(), deleted);
    FT_VERIFY_OK(applyState(*m_db, edit->after, edit->before));
    QCOMPARE(m_tdb->contentFingerprint(), original);
}

void TestRowState::renameExerciseUndoRedo()
{
    const Id id = m_graph.exercise.id;
    auto details = loadExercise(*m_db, id);
    FT_VERIFY_OK(details);
    const QByteArray original = m_tdb->contentFingerprint();
    QSignalSpy edited(&m_notifier, &ChangeNotifier::exercisesEdited);

    details->exercise.name = u"Flat Bench Press"_s;
    auto edit = recordEdit(*m_db, scopes::exercise(id), [&]() -> Status {
        auto saved = saveExercise(*m_db, *details);
        return saved ? Status() : Status(saved.error());
    });
    FT_VERIFY_OK(edit);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.first().at(0).value<IdList>(), IdList { id });
    QVERIFY(edited.first().at(1).toStringList().contains(u"name"_s));
    const QByteArray renamed = m_tdb->contentFingerprint();

    FT_VERIFY_OK(applyState(*m_db, edit->after, edit->before));
    QCOMPARE(m_tdb->contentFingerprint(), original);
    QCOMPARE(edited.size(), 2);
    FT_VERIFY_OK(applyState(*m_db, edit->before, edit->after));
    QCOMPARE(m_tdb->contentFingerprint(), renamed);
    auto stored = loadExercise(*m_db, id);
    FT_VERIFY_OK(stored);
    QCOMPARE(stored->exercise.name, u"Flat Bench Press"_s);
}

void TestRowState::createExerciseUndoRemovesItsNewTag()
{
    auto existing = loadExercise(*m_db, m_graph.exercise.id);
    FT_VERIFY_OK(existing);
    const QByteArray original = m_tdb->contentFingerprint();
    ExerciseDetails details = *existing;
    details.exercise.id = 0;
    details.exercise.name = u"Incline Bench Press"_s;
    details.exercise.slug = u"incline-bench-press"_s;
    details.aliases = { u"Incline Press"_s };
    // One tag that exists (the sample's) and one the save creates.
    details.tags = existing->tags + QStringList { u"upper-chest"_s };
    QSignalSpy added(&m_notifier, &ChangeNotifier::exercisesAdded);
    Id newId = 0;
    auto edit = recordEdit(*m_db, scopes::newExercises(), [&]() -> Status {
        auto saved = saveExercise(*m_db, details);
        if (!saved)
            return saved.error();
        newId = saved->exercise.id;
        return {};
    });
    FT_VERIFY_OK(edit);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().first().value<IdList>(), IdList { newId });
    // The exercise, its alias, two tag links, its secondary muscle(s) and the new tag; not the
    // sample's tag, which existed before.
    QCOMPARE(edit->after.rowsOf(u"tags"_s).size(), 1);
    const QByteArray created = m_tdb->contentFingerprint();

    FT_VERIFY_OK(applyState(*m_db, edit->after, edit->before));
    QCOMPARE(m_tdb->contentFingerprint(), original);
    FT_VERIFY_OK(applyState(*m_db, edit->before, edit->after));
    QCOMPARE(m_tdb->contentFingerprint(), created);
    auto again = loadExercise(*m_db, newId);
    FT_VERIFY_OK(again);
    QCOMPARE(again->tags.size(), 2);
}

void TestRowState::failedWorkWritesAndAnnouncesNothing()
{
    const QByteArray original = m_tdb->contentFingerprint();
    QSignalSpy changed(&m_notifier, &ChangeNotifier::changed);
    const Id subject = m_graph.subject.id;
    auto edit = recordEdit(*m_db, scopes::athleteWithEverything(subject), [&]() -> Status {
        if (Status s = deleteAthlete(*m_db, subject); !s)
            return s;
        // Something inside the same transaction recorded changes, then the work fails.
        ChangeSet extra;
        extra.add(Entity::Routine, 99);
        m_db->recordChanges(extra);
        return Error::make(Error::Kind::InvalidValue, u"refused"_s);
    });
    QVERIFY(!edit);
    QCOMPARE(edit.error().message, u"refused"_s);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_tdb->contentFingerprint(), original);
}

void TestRowState::staleUndoChangesNothing()
{
    const Id id = m_graph.exercise.id;
    auto details = loadExercise(*m_db, id);
    FT_VERIFY_OK(details);
    details->exercise.name = u"Flat Bench Press"_s;
    auto edit = recordEdit(*m_db, scopes::exercise(id), [&]() -> Status {
        auto saved = saveExercise(*m_db, *details);
        return saved ? Status() : Status(saved.error());
    });
    FT_VERIFY_OK(edit);
    // Someone else renames it again, behind this app's back.
    QString error;
    QVERIFY2(m_tdb->execRaw(u"UPDATE exercises SET name = 'Bench (coach)' WHERE id = %1"_s.arg(id),
                            &error),
             qPrintable(error));
    m_tdb->closeRaw();
    const QByteArray theirs = m_tdb->contentFingerprint();
    QSignalSpy changed(&m_notifier, &ChangeNotifier::changed);

    const Status undo = applyState(*m_db, edit->after, edit->before);
    QVERIFY(!undo);
    QCOMPARE(undo.error().kind, Error::Kind::Conflict);
    QCOMPARE(undo.error().field, u"exercises.name"_s);
    QCOMPARE(undo.error().value, u"Bench (coach)"_s);
    QVERIFY2(undo.error().message.contains(u"Bench (coach)"_s)
                 && undo.error().message.contains(u"Flat Bench Press"_s),
             qPrintable(undo.error().message));
    QCOMPARE(m_tdb->contentFingerprint(), theirs);
    QCOMPARE(changed.size(), 0);

    // A row the undo would bring back exists again: refused too.
    auto created = recordEdit(*m_db, scopes::athleteWithEverything(m_graph.subject.id),
                              [&] { return deleteAthlete(*m_db, m_graph.subject.id); });
    FT_VERIFY_OK(created);
    FT_VERIFY_OK(applyState(*m_db, created->after, created->before));
    const Status twice = applyState(*m_db, created->after, created->before);
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, Error::Kind::Conflict);
}

void TestRowState::notifierHearsCommittedChangesOnly()
{
    QSignalSpy everything(&m_notifier, &ChangeNotifier::everythingChanged);
    QSignalSpy athletesAdded(&m_notifier, &ChangeNotifier::athletesAdded);
    QSignalSpy athletesEdited(&m_notifier, &ChangeNotifier::athletesEdited);
    QSignalSpy changed(&m_notifier, &ChangeNotifier::changed);

    // Inside a transaction nothing is published until the commit.
    const Status s = m_db->transaction([&]() -> Status {
        auto edit = recordEdit(*m_db, scopes::newAthlete(), [&]() -> Status {
            auto a = addAthlete(*m_db, { u"grace"_s, u"grace@example.com"_s, u"Grace H"_s });
            return a ? Status() : Status(a.error());
        });
        if (!edit)
            return edit.error();
        if (changed.size() != 0)
            return Error::make(Error::Kind::Database, u"published before the commit"_s);
        return {};
    });
    FT_VERIFY_OK(s);
    QCOMPARE(athletesAdded.size(), 1);
    QCOMPARE(changed.size(), 1);

    // A profile edit is an edit of the athlete, field "profile"; the user's name field "user".
    auto grace = findAthlete(*m_db, u"grace"_s);
    FT_VERIFY_OK(grace);
    grace->profile = SubjectProfile();
    grace->profile->heightCm = 170;
    grace->user.fullName = u"Grace Hopper"_s;
    auto edit = recordEdit(*m_db, scopes::athlete(grace->subject.id), [&]() -> Status {
        auto saved = saveAthlete(*m_db, *grace);
        return saved ? Status() : Status(saved.error());
    });
    FT_VERIFY_OK(edit);
    QCOMPARE(athletesEdited.size(), 1);
    QCOMPARE(athletesEdited.first().at(0).value<IdList>(), IdList { grace->subject.id });
    QCOMPARE(athletesEdited.first().at(1).toStringList(),
             (QStringList { u"profile"_s, u"user"_s }));

    // A rolled-back outer transaction drops what an inner edit recorded.
    const int before = int(changed.size());
    const Status rolledBack = m_db->transaction([&]() -> Status {
        auto inner = recordEdit(*m_db, scopes::newAthlete(), [&]() -> Status {
            auto a = addAthlete(*m_db, { u"linus"_s, u"linus@example.com"_s, std::nullopt });
            return a ? Status() : Status(a.error());
        });
        if (!inner)
            return inner.error();
        return Error::make(Error::Kind::InvalidValue, u"changed my mind"_s);
    });
    QVERIFY(!rolledBack);
    QCOMPARE(changed.size(), before);
    QCOMPARE(everything.size(), 0);
}

void TestRowState::changeSetJsonRoundTrip()
{
    ChangeSet set;
    set.add(Entity::SetLog, 5);
    set.remove(Entity::Athlete, 7);
    set.edit(Entity::Exercise, 12, u"name"_s);
    set.edit(Entity::Exercise, 12, u"aliases"_s);
    const auto back = ChangeSet::fromJson(set.toJson());
    QVERIFY(back);
    QCOMPARE(back->of(Entity::SetLog).added, QSet<Id> { 5 });
    QCOMPARE(back->of(Entity::Athlete).removed, QSet<Id> { 7 });
    QCOMPARE(back->of(Entity::Exercise).edited.value(12),
             (QSet<QString> { u"name"_s, u"aliases"_s }));
    QVERIFY(!ChangeSet::fromJson("{\"exercise\": 3}"));
    QVERIFY(!ChangeSet::fromJson("not json"));
}

void TestRowState::postgresqlOtherConnectionHearsNotify()
{
    auto second = m_tdb->open();
    FT_VERIFY_OK(second);
    ChangeNotifier theirs;
    (*second)->setChangeNotifier(&theirs);
    QSignalSpy edited(&theirs, &ChangeNotifier::exercisesEdited);
    QSignalSpy mine(&m_notifier, &ChangeNotifier::exercisesEdited);

    auto details = loadExercise(*m_db, m_graph.exercise.id);
    FT_VERIFY_OK(details);
    details->exercise.name = u"Flat Bench Press"_s;
    auto edit = recordEdit(*m_db, scopes::exercise(details->exercise.id), [&]() -> Status {
        auto saved = saveExercise(*m_db, *details);
        return saved ? Status() : Status(saved.error());
    });
    FT_VERIFY_OK(edit);
    QTRY_COMPARE_WITH_TIMEOUT(edited.size(), 1, 5000);
    QCOMPARE(edited.first().at(0).value<IdList>(), IdList { m_graph.exercise.id });
    QVERIFY(edited.first().at(1).toStringList().contains(u"name"_s));
    // This connection published it once, and does not hear its own NOTIFY again.
    QTest::qWait(200);
    QCOMPARE(mine.size(), 1);
}

FT_DB_TEST_MAIN(TestRowState)
#include "tst_rowstate.moc"
