#pragma once

#include "core/db/entities.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <array>

// What a committed transaction changed, by kind of row: the vocabulary of the change notifier
// (changenotifier.h). Child rows that belong to one thing are reported as an edit of that thing:
// an exercise's aliases, tags and secondary muscles are a field of the exercise ("aliases",
// "tags", "secondary_muscles"); an athlete is the subject with its user and profile.

namespace ft::core {

using IdList = QList<Id>;

enum class Entity {
    Athlete,     // subjects.id (with users and subject_profiles)
    BodyMetric,  // subject_body_metrics.id
    Exercise,    // exercises.id (with aliases, tags, secondary muscles)
    Routine,     // routines.id
    RoutineDay,  // routine_days.id
    RoutineSlot, // routine_day_exercises.id
    PlannedSet,  // routine_exercise_sets.id
    Cycle,       // cycles.id
    Session,     // workout_sessions.id
    SetLog,      // exercise_set_logs.id
    ImportBatch, // import_batches.id
};
inline constexpr int entityCount = int(Entity::ImportBatch) + 1;

class ChangeSet
{
public:
    struct Changes
    {
        QSet<Id> added;
        QSet<Id> removed;
        QHash<Id, QSet<QString>> edited; // id → the columns (or child fields) that changed
    };

    void add(Entity entity, Id id);
    void remove(Entity entity, Id id);
    void edit(Entity entity, Id id, const QString &field);
    // Everything may have changed: another database, a large import. Models reset.
    void setEverything() { m_everything = true; }
    void merge(const ChangeSet &other);
    // Drops what cancels out: an edit of a row added or removed in the same change, a row
    // added and removed again.
    void normalize();

    bool everything() const { return m_everything; }
    bool isEmpty() const;
    qsizetype size() const; // ids mentioned
    const Changes &of(Entity entity) const { return m_changes.at(std::size_t(entity)); }

    // The change as compact JSON (PostgreSQL NOTIFY payloads) and back; null on a malformed text.
    QByteArray toJson() const;
    static std::optional<ChangeSet> fromJson(const QByteArray &json);

private:
    Changes &at(Entity entity) { return m_changes[std::size_t(entity)]; }
    std::array<Changes, entityCount> m_changes;
    bool m_everything = false;
};

} // namespace ft::core
