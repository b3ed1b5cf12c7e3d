#include "core/db/databaseurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace ft::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)
};

Error urlError(const QString &text, const QString &rule)
{
    Error e =
        Error::make(Error::Kind::Url, Tr::tr("Invalid database URL \"%1\": %2").arg(text, rule));
    e.field = QStringLiteral("url");
    e.value = text;
    e.rule = rule;
    return e;
}
} // namespace

DatabaseUrl DatabaseUrl::sqliteFile(const QString &path)
{
    DatabaseUrl url;
    url.kind = Kind::SQLite;
    url.path = QFileInfo(path).absoluteFilePath();
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return urlError(input, Tr::tr("it is empty"));

    if (text.startsWith(QLatin1String("postgresql://"))
        || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid())
            return urlError(text, url.errorString());
        DatabaseUrl result;
        result.kind = Kind::PostgreSQL;
        result.host = url.host();
        if (result.host.isEmpty())
            return urlError(text,
                            Tr::tr("the host is missing (postgresql://user@host[:port]/dbname)"));
        result.port = url.port(5432);
        if (result.port < 1 || result.port > 65535)
            return urlError(text, Tr::tr("the port must be from 1 to 65535"));
        result.user = url.userName(QUrl::FullyDecoded);
        if (result.user.isEmpty())
            return urlError(text,
                            Tr::tr("the user is missing (postgresql://user@host[:port]/dbname)"));
        result.password = url.password(QUrl::FullyDecoded);
        QString db = url.path(QUrl::FullyDecoded);
        if (db.startsWith(QLatin1Char('/')))
            db.remove(0, 1);
        if (db.isEmpty() || db.contains(QLatin1Char('/')))
            return urlError(
                text,
                Tr::tr("the database name is missing (postgresql://user@host[:port]/dbname)"));
        if (url.hasQuery() || url.hasFragment())
            return urlError(text, Tr::tr("query parameters and fragments are not supported"));
        result.database = db;
        return result;
    }

    QString path = text;
    if (path.startsWith(QLatin1String("sqlite://")))
        path = path.mid(9);
    else if (path.startsWith(QLatin1String("sqlite:")))
        path = path.mid(7);
    else if (path.contains(QLatin1String("://")))
        return urlError(text,
                        Tr::tr("unknown scheme; use a file path, sqlite:PATH or postgresql://"));
    if (path.isEmpty())
        return urlError(text, Tr::tr("the SQLite file path is missing"));
    if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    return sqliteFile(path);
}

QString DatabaseUrl::displayName() const
{
    if (kind == Kind::SQLite)
        return path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString DatabaseUrl::toString(bool withPassword) const
{
    if (kind == Kind::SQLite)
        return QStringLiteral("sqlite:") + path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    if (withPassword && !password.isEmpty())
        url.setPassword(password);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace ft::core
