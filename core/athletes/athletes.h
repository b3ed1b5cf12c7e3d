#pragma once

#include "core/db/entities.h"
#include "core/result.h"

#include <QList>

namespace ft::core {

class Database;

// An athlete is a user (the personal data: username, email, full name) linked to a pseudonymous
// subject, which everything else refers to, and the subject's optional profile. Names never live
// in `subjects`.
struct NewAthlete
{
    QString username;
    QString email;
    std::optional<QString> fullName;
};

struct Athlete
{
    User user;
    Subject subject;
    std::optional<SubjectProfile> profile;

    QString displayName() const;
};

// What deleting a subject takes with it (through the schema's cascades).
struct DeletionImpact
{
    qint64 routines = 0;
    qint64 cycles = 0;
    qint64 sessions = 0;
    qint64 setLogs = 0;
    qint64 bodyMetrics = 0;
};

// Creates the user and its subject in one transaction. The password hash is the locked marker
// "!" until accounts can log in (a later issue brings Argon2id).
Result<Athlete> addAthlete(Database &db, const NewAthlete &athlete);

// Creates (ids 0) or updates the user, the subject and the profile in one transaction, with the
// seed's validation; a profile that becomes empty is removed. Returns the stored athlete.
Result<Athlete> saveAthlete(Database &db, Athlete athlete);

// Every athlete (subjects without a user included), ordered by display name.
Result<QList<Athlete>> listAthletes(Database &db);

// The athlete of subject `subjectId` (NotFound when there is none).
Result<Athlete> loadAthlete(Database &db, Id subjectId);

// By username (case as typed, trimmed) or by the subject's pseudonym.
Result<Athlete> findAthlete(Database &db, const QString &usernameOrPseudonym);

// Fails with NotFound (field subjects.id) unless the subject `subjectId` exists: what an import
// or an export into or of one athlete checks first.
Status requireSubject(Database &db, Id subjectId);

Result<DeletionImpact> deletionImpact(Database &db, Id subjectId);
// Deletes the subject (its routines, cycles, sessions, logs, metrics and profile cascade) and its
// user, in one transaction.
Status deleteAthlete(Database &db, Id subjectId);

inline constexpr const char *lockedPasswordHash = "!";

} // namespace ft::core
