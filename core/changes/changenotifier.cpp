#include "core/changes/changenotifier.h"

#include <QMap>

#include <algorithm>
#include <array>

namespace ft::core {

namespace {

struct Signals
{
    void (ChangeNotifier::*added)(const IdList &);
    void (ChangeNotifier::*edited)(const IdList &, const QStringList &);
    void (ChangeNotifier::*removed)(const IdList &);
};

// In Entity's order.
const std::array<Signals, entityCount> &signalTable()
{
    static const std::array<Signals, entityCount> table = { {
        { &ChangeNotifier::athletesAdded, &ChangeNotifier::athletesEdited,
          &ChangeNotifier::athletesRemoved },
        { &ChangeNotifier::bodyMetricsAdded, &ChangeNotifier::bodyMetricsEdited,
          &ChangeNotifier::bodyMetricsRemoved },
        { &ChangeNotifier::exercisesAdded, &ChangeNotifier::exercisesEdited,
          &ChangeNotifier::exercisesRemoved },
        { &ChangeNotifier::routinesAdded, &ChangeNotifier::routinesEdited,
          &ChangeNotifier::routinesRemoved },
        { &ChangeNotifier::routineDaysAdded, &ChangeNotifier::routineDaysEdited,
          &ChangeNotifier::routineDaysRemoved },
        { &ChangeNotifier::routineSlotsAdded, &ChangeNotifier::routineSlotsEdited,
          &ChangeNotifier::routineSlotsRemoved },
        { &ChangeNotifier::plannedSetsAdded, &ChangeNotifier::plannedSetsEdited,
          &ChangeNotifier::plannedSetsRemoved },
        { &ChangeNotifier::cyclesAdded, &ChangeNotifier::cyclesEdited,
          &ChangeNotifier::cyclesRemoved },
        { &ChangeNotifier::sessionsAdded, &ChangeNotifier::sessionsEdited,
          &ChangeNotifier::sessionsRemoved },
        { &ChangeNotifier::setLogsAdded, &ChangeNotifier::setLogsEdited,
          &ChangeNotifier::setLogsRemoved },
        { &ChangeNotifier::importBatchesAdded, &ChangeNotifier::importBatchesEdited,
          &ChangeNotifier::importBatchesRemoved },
    } };
    return table;
}

IdList sorted(const QSet<Id> &ids)
{
    IdList list(ids.cbegin(), ids.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

void ChangeNotifier::publish(const ChangeSet &changes, Origin origin)
{
    if (changes.everything()) {
        emit everythingChanged();
        emit changed(changes, origin);
        return;
    }
    if (changes.isEmpty())
        return;
    // Parents before children when rows appear, children before parents when they go, so that a
    // model never hears of a row whose parent it does not know.
    for (int e = entityCount - 1; e >= 0; --e) {
        if (const auto &c = changes.of(Entity(e)); !c.removed.isEmpty())
            emit(this->*signalTable()[std::size_t(e)].removed)(sorted(c.removed));
    }
    for (int e = 0; e < entityCount; ++e) {
        const auto &c = changes.of(Entity(e));
        if (!c.added.isEmpty())
            emit(this->*signalTable()[std::size_t(e)].added)(sorted(c.added));
    }
    for (int e = 0; e < entityCount; ++e) {
        const auto &c = changes.of(Entity(e));
        QMap<QStringList, QSet<Id>> byFields;
        for (auto it = c.edited.cbegin(); it != c.edited.cend(); ++it) {
            QStringList fields = it.value().values();
            fields.sort();
            byFields[fields].insert(it.key());
        }
        for (auto it = byFields.cbegin(); it != byFields.cend(); ++it)
            emit(this->*signalTable()[std::size_t(e)].edited)(sorted(it.value()), it.key());
    }
    emit changed(changes, origin);
}

} // namespace ft::core
