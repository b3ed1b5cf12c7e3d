#pragma once

#include "core/changes/changeset.h"

#include <QObject>

// The one place that says what changed in the database, after it was committed (Subsurface's
// DiveListNotifier is the model). Core publishes here after every commit that recorded changes
// (Database::transaction), never for a rolled-back one; on PostgreSQL, what other connections
// committed arrives here too (LISTEN/NOTIFY). Models turn the signals into dataChanged,
// rowsInserted and rowsRemoved for the rows concerned, and reset only on everythingChanged().
// Nothing here knows a widget.

namespace ft::core {

class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    enum class Origin { ThisApp, OtherConnection };

    // Emits the typed signals for `changes`: removals first, then additions, then edits (ids
    // ascending, edits grouped by the fields that changed), then changed().
    void publish(const ChangeSet &changes, Origin origin = Origin::ThisApp);

signals:
    // Another database was opened, or too much changed to say row by row: show everything again.
    void everythingChanged();
    // Every change at once, after the typed signals (for views that only need to know "something").
    void changed(const ft::core::ChangeSet &changes, ft::core::ChangeNotifier::Origin origin);

    void athletesAdded(const ft::core::IdList &ids);
    void athletesEdited(const ft::core::IdList &ids, const QStringList &fields);
    void athletesRemoved(const ft::core::IdList &ids);
    void bodyMetricsAdded(const ft::core::IdList &ids);
    void bodyMetricsEdited(const ft::core::IdList &ids, const QStringList &fields);
    void bodyMetricsRemoved(const ft::core::IdList &ids);
    void exercisesAdded(const ft::core::IdList &ids);
    void exercisesEdited(const ft::core::IdList &ids, const QStringList &fields);
    void exercisesRemoved(const ft::core::IdList &ids);
    void routinesAdded(const ft::core::IdList &ids);
    void routinesEdited(const ft::core::IdList &ids, const QStringList &fields);
    void routinesRemoved(const ft::core::IdList &ids);
    void routineDaysAdded(const ft::core::IdList &ids);
    void routineDaysEdited(const ft::core::IdList &ids, const QStringList &fields);
    void routineDaysRemoved(const ft::core::IdList &ids);
    void routineSlotsAdded(const ft::core::IdList &ids);
    void routineSlotsEdited(const ft::core::IdList &ids, const QStringList &fields);
    void routineSlotsRemoved(const ft::core::IdList &ids);
    void plannedSetsAdded(const ft::core::IdList &ids);
    void plannedSetsEdited(const ft::core::IdList &ids, const QStringList &fields);
    void plannedSetsRemoved(const ft::core::IdList &ids);
    void cyclesAdded(const ft::core::IdList &ids);
    void cyclesEdited(const ft::core::IdList &ids, const QStringList &fields);
    void cyclesRemoved(const ft::core::IdList &ids);
    void sessionsAdded(const ft::core::IdList &ids);
    void sessionsEdited(const ft::core::IdList &ids, const QStringList &fields);
    void sessionsRemoved(const ft::core::IdList &ids);
    void setLogsAdded(const ft::core::IdList &ids);
    void setLogsEdited(const ft::core::IdList &ids, const QStringList &fields);
    void setLogsRemoved(const ft::core::IdList &ids);
    void importBatchesAdded(const ft::core::IdList &ids);
    void importBatchesEdited(const ft::core::IdList &ids, const QStringList &fields);
    void importBatchesRemoved(const ft::core::IdList &ids);
};

} // namespace ft::core
