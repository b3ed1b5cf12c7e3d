#include "core/athletes/athletes.h"

#include "core/db/repository.h"

#include <QCoreApplication>

#include <algorithm>

namespace ft::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Athletes)
};

bool profileIsEmpty(const SubjectProfile &p)
{
    return !p.sex && !p.birthYear && !p.heightCm
        && (!p.dominantHand || p.dominantHand->trimmed().isEmpty());
}

Result<std::optional<SubjectProfile>> profileOf(Database &db, Id subjectId)
{
    auto profiles = Repository<SubjectProfile>(db).list(
        Filter().where(QStringLiteral("subject_id"), subjectId));
    if (!profiles)
        return profiles.error();
    if (profiles->isEmpty())
        return std::optional<SubjectProfile>();
    return std::optional<SubjectProfile>(profiles->first());
}
} // namespace

QString Athlete::displayName() const
{
    if (user.fullName && !user.fullName->isEmpty())
        return *user.fullName;
    if (!user.username.isEmpty())
        return user.username;
    return Tr::tr("Anonymous %1").arg(subject.pseudonym.toString(QUuid::WithoutBraces).left(8));
}

Result<Athlete> addAthlete(Database &db, const NewAthlete &athlete)
{
    Athlete a;
    a.user.username = athlete.username;
    a.user.email = athlete.email;
    a.user.fullName = athlete.fullName;
    return saveAthlete(db, a);
}

Result<Athlete> saveAthlete(Database &db, Athlete athlete)
{
    Athlete stored;
    Status status = db.transaction([&]() -> Status {
        Repository<User> users(db);
        if (athlete.user.passwordHash.isEmpty())
            athlete.user.passwordHash = QString::fromLatin1(lockedPasswordHash);
        auto user = athlete.user.id ? users.update(athlete.user) : users.create(athlete.user);
        if (!user)
            return user.error();
        stored.user = *user;

        Repository<Subject> subjects(db);
        athlete.subject.userId = user->id;
        if (athlete.subject.pseudonym.isNull())
            athlete.subject.pseudonym = QUuid::createUuid();
        auto subject = athlete.subject.id ? subjects.update(athlete.subject)
                                          : subjects.create(athlete.subject);
        if (!subject)
            return subject.error();
        stored.subject = *subject;

        Repository<SubjectProfile> profiles(db);
        auto existing = profileOf(db, subject->id);
        if (!existing)
            return existing.error();
        if (!athlete.profile || profileIsEmpty(*athlete.profile)) {
            if (*existing) {
                if (Status s = profiles.remove((*existing)->id); !s)
                    return s;
            }
            return {};
        }
        SubjectProfile profile = *athlete.profile;
        profile.subjectId = subject->id;
        profile.id = *existing ? (*existing)->id : 0;
        auto saved = profile.id ? profiles.update(profile) : profiles.create(profile);
        if (!saved)
            return saved.error();
        stored.profile = *saved;
        return {};
    });
    if (!status)
        return status.error();
    return stored;
}

Result<QList<Athlete>> listAthletes(Database &db)
{
    auto users = Repository<User>(db).list();
    if (!users)
        return users.error();
    auto subjects = Repository<Subject>(db).list();
    if (!subjects)
        return subjects.error();
    auto profiles = Repository<SubjectProfile>(db).list();
    if (!profiles)
        return profiles.error();

    QHash<Id, User> usersById;
    for (const User &u : *users)
        usersById.insert(u.id, u);
    QHash<Id, SubjectProfile> profileBySubject;
    for (const SubjectProfile &p : *profiles)
        profileBySubject.insert(p.subjectId, p);

    QList<Athlete> result;
    for (const Subject &s : *subjects) {
        Athlete a;
        a.subject = s;
        if (s.userId)
            a.user = usersById.value(*s.userId);
        if (profileBySubject.contains(s.id))
            a.profile = profileBySubject.value(s.id);
        result.append(a);
    }
    std::sort(result.begin(), result.end(), [](const Athlete &a, const Athlete &b) {
        return QString::localeAwareCompare(a.displayName(), b.displayName()) < 0;
    });
    return result;
}

Result<Athlete> loadAthlete(Database &db, Id subjectId)
{
    auto subject = Repository<Subject>(db).get(subjectId);
    if (!subject)
        return subject.error();
    return findAthlete(db, subject->pseudonym.toString(QUuid::WithoutBraces));
}

Result<Athlete> findAthlete(Database &db, const QString &usernameOrPseudonym)
{
    const QString key = usernameOrPseudonym.trimmed();
    Athlete athlete;
    const QUuid pseudonym = QUuid::fromString(key);
    if (!pseudonym.isNull()) {
        auto subjects = Repository<Subject>(db).list(
            Filter().where(QStringLiteral("pseudonym"), pseudonym.toString(QUuid::WithoutBraces)));
        if (!subjects)
            return subjects.error();
        if (!subjects->isEmpty()) {
            athlete.subject = subjects->first();
            if (athlete.subject.userId) {
                auto user = Repository<User>(db).get(*athlete.subject.userId);
                if (!user)
                    return user.error();
                athlete.user = *user;
            }
            auto profile = profileOf(db, athlete.subject.id);
            if (!profile)
                return profile.error();
            athlete.profile = *profile;
            return athlete;
        }
    }
    auto users = Repository<User>(db).list(Filter().where(QStringLiteral("username"), key));
    if (!users)
        return users.error();
    if (!users->isEmpty()) {
        athlete.user = users->first();
        auto subjects = Repository<Subject>(db).list(
            Filter().where(QStringLiteral("user_id"), athlete.user.id));
        if (!subjects)
            return subjects.error();
        if (!subjects->isEmpty()) {
            athlete.subject = subjects->first();
            auto profile = profileOf(db, athlete.subject.id);
            if (!profile)
                return profile.error();
            athlete.profile = *profile;
            return athlete;
        }
    }
    Error e = Error::make(Error::Kind::NotFound,
                          Tr::tr("No athlete with username or pseudonym \"%1\".").arg(key));
    e.field = QStringLiteral("athlete");
    e.value = key;
    e.rule = Tr::tr("must name an existing athlete");
    return e;
}

Status requireSubject(Database &db, Id subjectId)
{
    auto exists = db.scalar(QStringLiteral("SELECT id FROM subjects WHERE id = ?"), { subjectId });
    if (!exists)
        return exists.error();
    if (!exists->isNull())
        return {};
    Error e = Error::make(Error::Kind::NotFound,
                          Tr::tr("There is no athlete with the subject id %1.").arg(subjectId));
    e.field = QStringLiteral("subjects.id");
    e.value = QString::number(subjectId);
    e.rule = Tr::tr("must name an existing athlete");
    return e;
}

Result<DeletionImpact> deletionImpact(Database &db, Id subjectId)
{
    DeletionImpact impact;
    const Filter bySubject = Filter().where(QStringLiteral("subject_id"), subjectId);
    auto routines = Repository<Routine>(db).count(bySubject);
    auto cycles = Repository<Cycle>(db).count(bySubject);
    auto sessions = Repository<WorkoutSession>(db).count(bySubject);
    auto logs = Repository<ExerciseSetLog>(db).count(bySubject);
    auto metrics = Repository<SubjectBodyMetrics>(db).count(bySubject);
    for (const auto *r : { &routines, &cycles, &sessions, &logs, &metrics }) {
        if (!*r)
            return r->error();
    }
    impact.routines = *routines;
    impact.cycles = *cycles;
    impact.sessions = *sessions;
    impact.setLogs = *logs;
    impact.bodyMetrics = *metrics;
    return impact;
}

Status deleteAthlete(Database &db, Id subjectId)
{
    return db.transaction([&]() -> Status {
        auto subject = Repository<Subject>(db).get(subjectId);
        if (!subject)
            return subject.error();
        if (Status s = Repository<Subject>(db).remove(subjectId); !s)
            return s;
        if (subject->userId)
            return Repository<User>(db).remove(*subject->userId);
        return {};
    });
}

} // namespace ft::core
