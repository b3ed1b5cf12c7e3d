#pragma once

#include "core/result.h"

#include <QString>

namespace ft::core {

// Where a database lives. Parsed from what a user types: a file path, `sqlite:PATH`, or
// `postgresql://user[:password]@host[:port]/dbname` (`postgres://` too). A missing password is
// left to libpq, which reads PGPASSWORD.
struct DatabaseUrl
{
    enum class Kind { SQLite, PostgreSQL };
    Kind kind = Kind::SQLite;
    QString path; // SQLite: absolute file path
    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqliteFile(const QString &path);

    // For messages and "recent databases": never contains the password.
    QString displayName() const;
    // A URL that parse() gives back as this; without the password unless asked for.
    QString toString(bool withPassword = false) const;
};

} // namespace ft::core
