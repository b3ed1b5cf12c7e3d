#include "core/changes/changeset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ft::core {

namespace {

const char *entityKey(Entity entity)
{
    static constexpr std::array<const char *, entityCount> keys = {
        "athlete",     "body_metric", "exercise", "routine", "routine_day",  "routine_slot",
        "planned_set", "cycle",       "session",  "set_log", "import_batch",
    };
    return keys.at(std::size_t(entity));
}

QJsonArray idArray(const QSet<Id> &ids)
{
    QJsonArray array;
    for (Id id : ids)
        array.append(id);
    return array;
}

} // namespace

void ChangeSet::add(Entity entity, Id id)
{
    at(entity).added.insert(id);
}

void ChangeSet::remove(Entity entity, Id id)
{
    at(entity).removed.insert(id);
}

void ChangeSet::edit(Entity entity, Id id, const QString &field)
{
    at(entity).edited[id].insert(field);
}

void ChangeSet::merge(const ChangeSet &other)
{
    m_everything = m_everything || other.m_everything;
    for (int e = 0; e < entityCount; ++e) {
        Changes &mine = m_changes[std::size_t(e)];
        const Changes &theirs = other.m_changes[std::size_t(e)];
        mine.added.unite(theirs.added);
        mine.removed.unite(theirs.removed);
        for (auto it = theirs.edited.cbegin(); it != theirs.edited.cend(); ++it)
            mine.edited[it.key()].unite(it.value());
    }
}

void ChangeSet::normalize()
{
    for (Changes &c : m_changes) {
        const QSet<Id> both = QSet<Id>(c.added).intersect(c.removed);
        c.added.subtract(both);
        c.removed.subtract(both);
        for (auto it = c.edited.begin(); it != c.edited.end();) {
            if (c.added.contains(it.key()) || c.removed.contains(it.key())
                || both.contains(it.key()))
                it = c.edited.erase(it);
            else
                ++it;
        }
    }
}

bool ChangeSet::isEmpty() const
{
    return !m_everything && size() == 0;
}

qsizetype ChangeSet::size() const
{
    qsizetype n = 0;
    for (const Changes &c : m_changes)
        n += c.added.size() + c.removed.size() + c.edited.size();
    return n;
}

QByteArray ChangeSet::toJson() const
{
    QJsonObject root;
    if (m_everything)
        root.insert(QStringLiteral("everything"), true);
    for (int e = 0; e < entityCount; ++e) {
        const Changes &c = m_changes[std::size_t(e)];
        if (c.added.isEmpty() && c.removed.isEmpty() && c.edited.isEmpty())
            continue;
        QJsonObject entry;
        if (!c.added.isEmpty())
            entry.insert(QStringLiteral("a"), idArray(c.added));
        if (!c.removed.isEmpty())
            entry.insert(QStringLiteral("r"), idArray(c.removed));
        if (!c.edited.isEmpty()) {
            QJsonObject edited;
            for (auto it = c.edited.cbegin(); it != c.edited.cend(); ++it)
                edited.insert(QString::number(it.key()), QJsonArray::fromStringList(it->values()));
            entry.insert(QStringLiteral("e"), edited);
        }
        root.insert(QString::fromLatin1(entityKey(Entity(e))), entry);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<ChangeSet> ChangeSet::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    ChangeSet set;
    if (root.value(QStringLiteral("everything")).toBool())
        set.setEverything();
    for (int e = 0; e < entityCount; ++e) {
        const QJsonValue value = root.value(QString::fromLatin1(entityKey(Entity(e))));
        if (value.isUndefined())
            continue;
        if (!value.isObject())
            return std::nullopt;
        const QJsonObject entry = value.toObject();
        Changes &c = set.at(Entity(e));
        for (const QJsonValue id : entry.value(QStringLiteral("a")).toArray())
            c.added.insert(id.toInteger());
        for (const QJsonValue id : entry.value(QStringLiteral("r")).toArray())
            c.removed.insert(id.toInteger());
        const QJsonObject edited = entry.value(QStringLiteral("e")).toObject();
        for (auto it = edited.constBegin(); it != edited.constEnd(); ++it) {
            bool ok = false;
            const Id id = it.key().toLongLong(&ok);
            if (!ok)
                return std::nullopt;
            for (const QJsonValue field : it.value().toArray())
                c.edited[id].insert(field.toString());
        }
    }
    return set;
}

} // namespace ft::core
