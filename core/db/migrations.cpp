#include "core/db/migrations.h"

#include "core/db/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace ft::core::migrations {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
};

Error schemaError(const QString &message)
{
    return Error::make(Error::Kind::Schema, message);
}
} // namespace

QList<Migration> available(const Dialect &dialect)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> result;
    const QDir dir(dialect.migrationsDirectory());
    for (const QString &file :
         dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        result.append({ match.captured(1).toInt(), match.captured(2), dir.filePath(file) });
    }
    return result;
}

int latestVersion(const Dialect &dialect)
{
    const QList<Migration> all = available(dialect);
    return all.isEmpty() ? 0 : all.last().version;
}

QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inSingle = false, inDouble = false, inDollar = false;
    int blockDepth = 0; // BEGIN ... END inside CREATE TRIGGER
    const qsizetype n = script.size();

    const auto flush = [&] {
        const QString s = current.trimmed();
        if (!s.isEmpty())
            statements.append(s);
        current.clear();
        blockDepth = 0;
    };
    const auto wordAt = [&](qsizetype i, QLatin1String word) {
        if (script.mid(i, word.size()).compare(word, Qt::CaseInsensitive) != 0)
            return false;
        const bool startOk = i == 0 || !script.at(i - 1).isLetterOrNumber();
        const qsizetype end = i + word.size();
        const bool endOk =
            end >= n || !(script.at(end).isLetterOrNumber() || script.at(end) == u'_');
        return startOk && endOk;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (inSingle) {
            current += c;
            if (c == u'\'')
                inSingle = false;
            continue;
        }
        if (inDouble) {
            current += c;
            if (c == u'"')
                inDouble = false;
            continue;
        }
        if (inDollar) {
            if (script.mid(i, 2) == QLatin1String("$$")) {
                current += QLatin1String("$$");
                ++i;
                inDollar = false;
            } else {
                current += c;
            }
            continue;
        }
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'\'') {
            inSingle = true;
        } else if (c == u'"') {
            inDouble = true;
        } else if (c == u'$' && script.mid(i, 2) == QLatin1String("$$")) {
            inDollar = true;
            current += QLatin1String("$$");
            ++i;
            continue;
        } else if (current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"),
                                                Qt::CaseInsensitive)) {
            if (wordAt(i, QLatin1String("BEGIN")) || wordAt(i, QLatin1String("CASE")))
                ++blockDepth;
            else if (wordAt(i, QLatin1String("END")) && blockDepth > 0)
                --blockDepth;
        }
        if (c == u';' && blockDepth == 0) {
            flush();
            continue;
        }
        current += c;
    }
    flush();
    return statements;
}

Status apply(Database &db, bool allowChanges)
{
    const Dialect &dialect = db.dialect();
    const QList<Migration> known = available(dialect);
    if (known.isEmpty())
        return schemaError(Tr::tr("This build has no schema for %1.").arg(dialect.name()));
    const int latest = known.last().version;

    auto current = db.schemaVersion();
    if (!current)
        return current.error();
    if (*current > latest) {
        Error e = schemaError(
            Tr::tr("%1 was written by a newer FitnessTrack (schema version %2; this version "
                   "understands up to %3). It was left untouched: update FitnessTrack to open it.")
                .arg(db.url().displayName())
                .arg(*current)
                .arg(latest));
        e.field = QStringLiteral("schema_migrations.version");
        e.value = QString::number(*current);
        e.rule = Tr::tr("at most %1").arg(latest);
        return e;
    }
    if (*current == latest)
        return {};
    if (!allowChanges || db.isReadOnly()) {
        return schemaError(Tr::tr("%1 needs its schema upgraded from version %2 to %3, but it is "
                                  "opened read-only.")
                               .arg(db.url().displayName())
                               .arg(*current)
                               .arg(latest));
    }

    return db.transaction([&]() -> Status {
        if (const QString lock = dialect.migrationLockSql(); !lock.isEmpty()) {
            if (auto r = db.exec(lock); !r)
                return r.error();
        }
        if (auto r = db.exec(dialect.createMigrationsTableSql()); !r)
            return r.error();
        // Re-read under the lock: another client may have migrated meanwhile.
        auto version = db.schemaVersion();
        if (!version)
            return version.error();
        for (const Migration &m : known) {
            if (m.version <= *version)
                continue;
            QFile file(m.path);
            if (!file.open(QIODevice::ReadOnly))
                return schemaError(Tr::tr("Cannot read the embedded migration %1.").arg(m.path));
            const QString script = QString::fromUtf8(file.readAll());
            for (const QString &statement : splitStatements(script)) {
                if (auto r = db.exec(statement); !r) {
                    Error e = r.error();
                    e.kind = Error::Kind::Schema;
                    e.message = Tr::tr("Migration %1 (%2) failed: %3")
                                    .arg(m.version)
                                    .arg(m.name, e.message);
                    return e;
                }
            }
            if (auto r = db.exec(QStringLiteral("INSERT INTO schema_migrations (version, name) "
                                                "VALUES (?, ?)"),
                                 { m.version, m.name });
                !r)
                return r.error();
        }
        return {};
    });
}

} // namespace ft::core::migrations
