#include "athletes.h"

#include "repository.h"

#include <QCoreApplication>

namespace ft::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Athletes)
};
} // namespace

Result<Athlete> addAthlete(Database &db, const NewAthlete &athlete)
{
    Athlete created;
    Status status = db.transaction([&]() -> Status {
        User user;
        user.username = athlete.username;
        user.email = athlete.email;
        user.fullName = athlete.fullName;
        user.passwordHash = QString::fromLatin1(lockedPasswordHash);
        auto storedUser = Repository<User>(db).create(user);
        if (!storedUser)
            return storedUser.error();
        Subject subject;
        subject.userId = storedUser->id;
        subject.pseudonym = QUuid::createUuid();
        auto storedSubject = Repository<Subject>(db).create(subject);
        if (!storedSubject)
            return storedSubject.error();
        created = { *storedUser, *storedSubject };
        return {};
    });
    if (!status)
        return status.error();
    return created;
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
                if (user)
                    athlete.user = *user;
            }
            return athlete;
        }
    }
    auto users = Repository<User>(db).list(Filter().where(QStringLiteral("username"), key));
    if (!users)
        return users.error();
    if (!users->isEmpty()) {
        athlete.user = users->first();
        auto subjects = Repository<Subject>(db).list(Filter().where(QStringLiteral("user_id"), athlete.user.id));
        if (!subjects)
            return subjects.error();
        if (!subjects->isEmpty()) {
            athlete.subject = subjects->first();
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

} // namespace ft::core
