#pragma once

#include "entities.h"
#include "result.h"

namespace ft::core {

class Database;

// An athlete is a user (the personal data: username, email, full name) linked to a pseudonymous
// subject, which everything else refers to.
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
};

// Creates the user and its subject in one transaction. The password hash is the locked marker
// "!" until accounts can log in (a later issue brings Argon2id).
Result<Athlete> addAthlete(Database &db, const NewAthlete &athlete);

// By username (case as typed, trimmed) or by the subject's pseudonym.
Result<Athlete> findAthlete(Database &db, const QString &usernameOrPseudonym);

inline constexpr const char *lockedPasswordHash = "!";

} // namespace ft::core
