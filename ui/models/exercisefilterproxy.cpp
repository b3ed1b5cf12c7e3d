#include "exercisefilterproxy.h"

#include "enumlabels.h"
#include "models/exercisetablemodel.h"

#include "core/enums.h"

namespace ft::ui {

using core::EnumType;

namespace {
constexpr int filterCount = 7;

EnumType filterEnumType(ExerciseFilterProxy::Filter filter)
{
    switch (filter) {
    case ExerciseFilterProxy::Filter::Muscle:
        return EnumType::MuscleGroup;
    case ExerciseFilterProxy::Filter::Equipment:
        return EnumType::Equipment;
    case ExerciseFilterProxy::Filter::Mechanics:
        return EnumType::Mechanics;
    case ExerciseFilterProxy::Filter::Force:
        return EnumType::ForceVector;
    case ExerciseFilterProxy::Filter::Level:
        return EnumType::Level;
    case ExerciseFilterProxy::Filter::Movement:
        return EnumType::MovementPattern;
    case ExerciseFilterProxy::Filter::Tag:
        return EnumType::None;
    }
    return EnumType::None;
}

QString filterTitle(ExerciseFilterProxy::Filter filter)
{
    switch (filter) {
    case ExerciseFilterProxy::Filter::Muscle:
        return ExerciseFilterProxy::tr("Muscle");
    case ExerciseFilterProxy::Filter::Equipment:
        return ExerciseFilterProxy::tr("Equipment");
    case ExerciseFilterProxy::Filter::Mechanics:
        return ExerciseFilterProxy::tr("Mechanics");
    case ExerciseFilterProxy::Filter::Force:
        return ExerciseFilterProxy::tr("Force");
    case ExerciseFilterProxy::Filter::Level:
        return ExerciseFilterProxy::tr("Level");
    case ExerciseFilterProxy::Filter::Movement:
        return ExerciseFilterProxy::tr("Movement");
    case ExerciseFilterProxy::Filter::Tag:
        return ExerciseFilterProxy::tr("Tag");
    }
    return {};
}
} // namespace

ExerciseFilterProxy::ExerciseFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void ExerciseFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = qobject_cast<ExerciseTableModel *>(model);
    Q_ASSERT_X(m_model || !model, "ExerciseFilterProxy",
               "the source must be an ExerciseTableModel");
    recomputeRanks();
    QSortFilterProxyModel::setSourceModel(m_model);
    if (m_model) {
        // Names and aliases changed: the ranks of a running search change with them.
        connect(m_model, &ExerciseTableModel::contentChanged, this, [this] {
            if (!isSearching())
                return;
            recomputeRanks();
            invalidate();
        });
    }
}

void ExerciseFilterProxy::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    const QString query = core::ExerciseSearchIndex::fold(text);
    if (query == m_query) // "bench " after "bench": same search
        return;
    m_query = query;
    recomputeRanks();
    setRankOrder(isSearching());
    invalidate();
    emit filtersChanged();
}

void ExerciseFilterProxy::recomputeRanks()
{
    m_rank.clear();
    if (!m_model || m_query.isEmpty())
        return;
    const QHash<core::Id, int> ranks = m_model->searchIndex().rank(m_query);
    m_rank.assign(size_t(m_model->rowCount()), -1);
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_rank[size_t(row)] = ranks.value(m_model->exercise(row).exercise.id, -1);
}

int ExerciseFilterProxy::searchRank(int sourceRow) const
{
    if (m_query.isEmpty())
        return 0;
    if (sourceRow < 0 || size_t(sourceRow) >= m_rank.size())
        return -1;
    return m_rank[size_t(sourceRow)];
}

void ExerciseFilterProxy::setRankOrder(bool rankOrder)
{
    if (m_rankOrder == rankOrder)
        return;
    m_rankOrder = rankOrder;
    emit rankOrderChanged(rankOrder);
}

void ExerciseFilterProxy::setFilter(Filter filter, const QString &value)
{
    QString &current = m_filters[int(filter)];
    if (current == value)
        return;
    current = value;
    invalidateRowsFilter();
    emit filtersChanged();
}

void ExerciseFilterProxy::setMuscleScope(MuscleScope scope)
{
    if (m_muscleScope == scope)
        return;
    m_muscleScope = scope;
    if (!m_filters[int(Filter::Muscle)].isEmpty())
        invalidateRowsFilter();
    emit filtersChanged();
}

void ExerciseFilterProxy::setActiveState(ActiveState state)
{
    if (m_activeState == state)
        return;
    m_activeState = state;
    invalidateRowsFilter();
    emit filtersChanged();
}

void ExerciseFilterProxy::clearFilters()
{
    if (!hasFilters())
        return;
    for (QString &f : m_filters)
        f.clear();
    m_muscleScope = MuscleScope::PrimaryOrSecondary;
    m_activeState = ActiveState::Active;
    invalidateRowsFilter();
    emit filtersChanged();
}

bool ExerciseFilterProxy::hasFilters() const
{
    if (m_activeState != ActiveState::Active || m_muscleScope != MuscleScope::PrimaryOrSecondary)
        return true;
    for (const QString &f : m_filters) {
        if (!f.isEmpty())
            return true;
    }
    return false;
}

QStringList ExerciseFilterProxy::filterDescriptions() const
{
    QStringList out;
    for (int i = 0; i < filterCount; ++i) {
        const auto filter = Filter(i);
        const QString &value = m_filters[i];
        if (value.isEmpty())
            continue;
        const EnumType type = filterEnumType(filter);
        QString text = tr("%1: %2").arg(filterTitle(filter),
                                        type == EnumType::None ? value : enumLabel(type, value));
        if (filter == Filter::Muscle)
            text += m_muscleScope == MuscleScope::PrimaryOnly ? tr(" (primary only)")
                                                              : tr(" (primary or secondary)");
        out.append(text);
    }
    switch (m_activeState) {
    case ActiveState::Active:
        break;
    case ActiveState::Inactive:
        out.append(tr("Show: inactive only"));
        break;
    case ActiveState::All:
        out.append(tr("Show: active and inactive"));
        break;
    }
    return out;
}

int ExerciseFilterProxy::countMatchingSearch() const
{
    if (!m_model)
        return 0;
    if (!isSearching())
        return m_model->rowCount();
    int n = 0;
    for (int r : m_rank)
        n += r >= 0;
    return n;
}

bool ExerciseFilterProxy::passesSearch(int sourceRow) const
{
    return searchRank(sourceRow) >= 0;
}

bool ExerciseFilterProxy::passesFilters(int sourceRow) const
{
    const core::ExerciseDetails &d = m_model->exercise(sourceRow);
    const core::Exercise &e = d.exercise;
    switch (m_activeState) {
    case ActiveState::Active:
        if (!e.isActive)
            return false;
        break;
    case ActiveState::Inactive:
        if (e.isActive)
            return false;
        break;
    case ActiveState::All:
        break;
    }
    const auto differs = [this](Filter f, const QString &value) {
        const QString &wanted = m_filters[int(f)];
        return !wanted.isEmpty() && wanted != value;
    };
    if (differs(Filter::Equipment, e.equipment) || differs(Filter::Mechanics, e.mechanics)
        || differs(Filter::Force, e.force) || differs(Filter::Level, e.difficulty)
        || differs(Filter::Movement, e.movement))
        return false;
    if (const QString &muscle = m_filters[int(Filter::Muscle)];
        !muscle.isEmpty() && e.primaryMuscle != muscle) {
        if (m_muscleScope == MuscleScope::PrimaryOnly || !d.secondaryMuscles.contains(muscle))
            return false;
    }
    if (const QString &tag = m_filters[int(Filter::Tag)];
        !tag.isEmpty() && !d.tags.contains(tag, Qt::CaseInsensitive))
        return false;
    return true;
}

bool ExerciseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    return passesSearch(sourceRow) && passesFilters(sourceRow);
}

void ExerciseFilterProxy::sort(int column, Qt::SortOrder order)
{
    // A header click while searching: the user asks for that column's order instead.
    setRankOrder(false);
    QSortFilterProxyModel::sort(column, order);
}

bool ExerciseFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int l = left.row();
    const int r = right.row();
    if (m_rankOrder) {
        // Best match first whatever the header's direction: QSortFilterProxyModel reverses
        // lessThan() for a descending sort, so answer the reverse question then.
        const bool less = searchRank(l) < searchRank(r);
        const bool greater = searchRank(r) < searchRank(l);
        return sortOrder() == Qt::AscendingOrder ? less : greater;
    }
    const core::Exercise &a = m_model->exercise(l).exercise;
    const core::Exercise &b = m_model->exercise(r).exercise;
    const auto byName = [&] {
        const int c = m_model->sortKey(l).compare(m_model->sortKey(r));
        if (c != 0)
            return c < 0;
        if (const int n = a.name.compare(b.name); n != 0)
            return n < 0;
        return a.id < b.id;
    };
    const auto byEnum = [&](EnumType type, const QString &x, const QString &y) {
        const QStringList &values = core::enumValues(type);
        const qsizetype ix = values.indexOf(x);
        const qsizetype iy = values.indexOf(y);
        if (ix != iy)
            return ix < iy;
        return byName();
    };
    switch (left.column()) {
    case ExerciseTableModel::PrimaryMuscleColumn:
        return byEnum(EnumType::MuscleGroup, a.primaryMuscle, b.primaryMuscle);
    case ExerciseTableModel::EquipmentColumn:
        return byEnum(EnumType::Equipment, a.equipment, b.equipment);
    case ExerciseTableModel::MechanicsColumn:
        return byEnum(EnumType::Mechanics, a.mechanics, b.mechanics);
    case ExerciseTableModel::ForceColumn:
        return byEnum(EnumType::ForceVector, a.force, b.force);
    case ExerciseTableModel::LevelColumn:
        return byEnum(EnumType::Level, a.difficulty, b.difficulty);
    case ExerciseTableModel::MovementColumn:
        return byEnum(EnumType::MovementPattern, a.movement, b.movement);
    case ExerciseTableModel::ActiveColumn:
        if (a.isActive != b.isActive)
            return a.isActive && !b.isActive; // active first
        return byName();
    default:
        return byName();
    }
}

} // namespace ft::ui
