#include "bodymetricsmodel.h"

#include "session.h"

#include "core/changes/changenotifier.h"
#include "core/log/traininglog.h"

#include <QLocale>

namespace ft::ui {

using core::SubjectBodyMetrics;

namespace {

bool sameEntry(const SubjectBodyMetrics &a, const SubjectBodyMetrics &b)
{
    return a.measuredOn == b.measuredOn && a.weightKg == b.weightKg && a.bodyfatPct == b.bodyfatPct
        && a.restingHr == b.restingHr && a.notes == b.notes;
}

} // namespace

BodyMetricsModel::BodyMetricsModel(Session &session, QObject *parent)
    : RowSyncing(parent)
    , m_session(session)
{
    connect(session.notifier(), &core::ChangeNotifier::changed, this,
            [this](const core::ChangeSet &changes) { changed(changes); });
    connect(session.notifier(), &core::ChangeNotifier::everythingChanged, this,
            &BodyMetricsModel::reload);
    connect(&session, &Session::preferencesChanged, this, [this] {
        if (!m_entries.isEmpty())
            emit dataChanged(index(0, WeightColumn), index(rowCount() - 1, WeightColumn));
    });
}

QList<SubjectBodyMetrics> BodyMetricsModel::load() const
{
    if (!m_subjectId || !m_session.database())
        return {};
    auto list = core::log::listBodyMetrics(*m_session.database(), m_subjectId);
    return list ? *list : QList<SubjectBodyMetrics>();
}

void BodyMetricsModel::setAthlete(core::Id subjectId)
{
    beginResetModel();
    m_subjectId = subjectId;
    m_entries = load();
    endResetModel();
}

void BodyMetricsModel::changed(const core::ChangeSet &changes)
{
    const auto &c = changes.of(core::Entity::BodyMetric);
    if (changes.everything() || !c.added.isEmpty() || !c.removed.isEmpty() || !c.edited.isEmpty())
        reload();
}

void BodyMetricsModel::reload()
{
    syncChildren(
        {}, m_entries, load(), [](const SubjectBodyMetrics &e) { return e.id; },
        [this](int row, SubjectBodyMetrics &kept, const SubjectBodyMetrics &now) {
            if (sameEntry(kept, now))
                return;
            kept = now;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
}

const SubjectBodyMetrics *BodyMetricsModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int BodyMetricsModel::rowOn(const QDate &day) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).measuredOn == day)
            return int(i);
    }
    return -1;
}

int BodyMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BodyMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BodyMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SubjectBodyMetrics &e = m_entries.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == Qt::TextAlignmentRole && index.column() != NotesColumn
        && index.column() != DateColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case DateColumn:
        return locale.toString(e.measuredOn, QLocale::ShortFormat);
    case WeightColumn:
        return e.weightKg ? m_session.weightFormat().format(*e.weightKg) : QString();
    case BodyFatColumn:
        return e.bodyfatPct ? tr("%1 %").arg(locale.toString(*e.bodyfatPct, 'f', 1)) : QString();
    case RestingHrColumn:
        return e.restingHr ? tr("%1 bpm").arg(*e.restingHr) : QString();
    case NotesColumn:
        return e.notes.value_or(QString());
    default:
        return {};
    }
}

QVariant BodyMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case WeightColumn:
        return tr("Weight");
    case BodyFatColumn:
        return tr("Body fat");
    case RestingHrColumn:
        return tr("Resting HR");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace ft::ui
