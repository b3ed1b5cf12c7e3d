#pragma once

#include "core/db/entities.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <vector>

namespace ft::ui {

class ExerciseTableModel;

// The exercises the catalog page shows, in the order it shows them. Filters combine (an exercise
// must pass every one that is set):
//   muscle            primary or secondary muscle (or the primary only, see MuscleScope)
//   equipment, mechanics, force, level, movement pattern     the exercise's value
//   tag               one of its tags, ignoring case
//   active state      active (the default), inactive or all
//   search text       names and aliases through core::ExerciseSearchIndex: case- and
//                     accent-insensitive
// While a search text is set the rows are in best-match order, until a column header asks for
// another order (sort()); without a search text the header's column decides. Enum columns sort
// in the seed's order (Beginner, Intermediate, Advanced), names by their folded text.
class ExerciseFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class ActiveState { Active, Inactive, All };
    enum class MuscleScope { PrimaryOrSecondary, PrimaryOnly };
    // The filters, in the order the page shows them.
    enum class Filter { Muscle, Equipment, Mechanics, Force, Level, Movement, Tag };

    explicit ExerciseFilterProxy(QObject *parent = nullptr);

    // Must be an ExerciseTableModel.
    void setSourceModel(QAbstractItemModel *model) override;
    ExerciseTableModel *exerciseModel() const { return m_model; }

    void setSearchText(const QString &text);
    const QString &searchText() const { return m_search; }
    bool isSearching() const { return !m_query.isEmpty(); }
    // Rows are in best-match order (a search text is set and no header was clicked since).
    bool isRankOrder() const { return m_rankOrder; }

    // An empty value is "any".
    void setFilter(Filter filter, const QString &value);
    QString filter(Filter filter) const { return m_filters[int(filter)]; }
    void setMuscleScope(MuscleScope scope);
    MuscleScope muscleScope() const { return m_muscleScope; }
    void setActiveState(ActiveState state);
    ActiveState activeState() const { return m_activeState; }

    // Every filter back to "any" and the active state back to Active; the search text stays.
    void clearFilters();
    // Whether any filter differs from its default (the search text is not a filter).
    bool hasFilters() const;
    // The filters that differ from their default, for a person: "Muscle: Chest", "Show: inactive".
    QStringList filterDescriptions() const;

    // Source rows that match the search text (all when there is none), ignoring the filters.
    int countMatchingSearch() const;

    // The source row's place in the best-match order, -1 when it does not match the search text.
    int searchRank(int sourceRow) const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // After the search text, a filter or the active state changed and the rows were refiltered.
    void filtersChanged();
    void rankOrderChanged(bool rankOrder);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void recomputeRanks();
    void setRankOrder(bool rankOrder);
    bool passesFilters(int sourceRow) const;
    bool passesSearch(int sourceRow) const;

    ExerciseTableModel *m_model = nullptr;
    QString m_search;
    QString m_query;         // m_search folded; empty when nothing to search
    std::vector<int> m_rank; // by source row: place in best-match order, -1 no match
    QString m_filters[7];
    MuscleScope m_muscleScope = MuscleScope::PrimaryOrSecondary;
    ActiveState m_activeState = ActiveState::Active;
    bool m_rankOrder = false;
};

} // namespace ft::ui
