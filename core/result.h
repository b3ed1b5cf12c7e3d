#pragma once

#include <QString>
#include <QVariant>

#include <utility>
#include <variant>

namespace ft::core {

// An error is a value: core never shows dialogs or prints, it returns one of these and the caller
// (CLI or UI) decides how to present it. `message` is a complete sentence for a person; the other
// fields let callers and tests act on the error without parsing text.
struct Error
{
    enum class Kind {
        InvalidValue, // a validator refused a value before anything was written
        Unique,       // a unique constraint or key would be violated
        Check,        // a CHECK constraint refused a value
        ForeignKey,   // a referenced row is missing, or a row is still referenced
        NotNull,      // a required value is missing
        NotFound,     // no row with that key
        Url,          // a malformed database URL
        Connection,   // the server cannot be reached, authentication failed, ...
        File,         // a missing, read-only, corrupt or non-database file
        Schema,       // migrations failed or the schema is newer than this build
        Database,     // any other database error
        Usage,        // a command line that does not make sense
        Cancelled,    // the user stopped it; nothing was written
        Conflict, // the rows changed since (someone else's edit): an undo that no longer applies
    };

    Kind kind = Kind::Database;
    QString field;   // "users.email": table.column the error is about, if any
    QString value;   // the offending value as text, if any
    QString rule;    // the rule, in words, or the constraint name
    QString message; // the whole explanation for a person

    static Error make(Kind kind, QString message)
    {
        Error e;
        e.kind = kind;
        e.message = std::move(message);
        return e;
    }
    static Error invalid(const QString &field, const QVariant &value, const QString &rule);
};

// Either a value or an Error. Small on purpose: GCC 12 has no std::expected yet.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace ft::core
