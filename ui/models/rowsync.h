#pragma once

#include "core/db/entities.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QUuid>
#include <QVariant>

#include <type_traits>

// Bringing a model's rows to what the database holds now, row by row instead of with a reset, so
// that views keep their selection, current row and expanded branches: the rows that are gone
// are removed, new rows inserted at their place, moved rows moved, and `onKept` decides whether
// a row that stayed changed. `announce` wraps the model's protected begin/end calls:
//   announce(RowChange::BeginRemove, row, 0) ... announce(RowChange::EndRemove, 0, 0)
// and the same for inserting (row) and moving (from, to: QAbstractItemModel::beginMoveRows'
// destination, the row to move before).

namespace ft::ui {

// The values of an entity row, field by field (entities.h), to tell whether a reloaded row
// changed.
template<typename T>
QVariantList rowValues(const T &row)
{
    QVariantList values;
    T::fields(row, [&](const core::FieldSpec &, const auto &member) {
        using M = std::decay_t<decltype(member)>;
        if constexpr (requires { member.has_value(); })
            values.append(member ? QVariant::fromValue(*member) : QVariant());
        else if constexpr (std::is_same_v<M, QUuid>)
            values.append(member.toString());
        else
            values.append(QVariant::fromValue(member));
    });
    return values;
}

template<typename T>
bool sameRow(const T &a, const T &b)
{
    return rowValues(a) == rowValues(b);
}

enum class RowChange { BeginRemove, EndRemove, BeginInsert, EndInsert, BeginMove, EndMove };

template<typename Item, typename IdOf, typename Announce, typename OnKept>
void syncRows(QList<Item> &current, const QList<Item> &wanted, IdOf idOf, Announce announce,
              OnKept onKept)
{
    QSet<core::Id> wantedIds;
    for (const Item &item : wanted)
        wantedIds.insert(idOf(item));
    for (qsizetype i = current.size() - 1; i >= 0; --i) {
        if (wantedIds.contains(idOf(current.at(i))))
            continue;
        announce(RowChange::BeginRemove, int(i), 0);
        current.removeAt(i);
        announce(RowChange::EndRemove, 0, 0);
    }
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const core::Id id = idOf(wanted.at(i));
        qsizetype at = -1;
        for (qsizetype j = i; j < current.size() && at < 0; ++j) {
            if (idOf(current.at(j)) == id)
                at = j;
        }
        if (at < 0) {
            announce(RowChange::BeginInsert, int(i), 0);
            current.insert(i, wanted.at(i));
            announce(RowChange::EndInsert, 0, 0);
            continue;
        }
        if (at != i) {
            // Row `at` (below) comes up to `i`; the rows between move down by one.
            announce(RowChange::BeginMove, int(at), int(i));
            current.move(at, i);
            announce(RowChange::EndMove, 0, 0);
        }
        onKept(int(i), current[i], wanted.at(i));
    }
}

// A model base that syncs the children of one parent at a time (the begin/end calls are
// protected members of the model, hence a base class).
template<typename Model>
class RowSyncing : public Model
{
public:
    using Model::Model;

protected:
    template<typename Item, typename IdOf, typename OnKept>
    void syncChildren(const QModelIndex &parent, QList<Item> &current, const QList<Item> &wanted,
                      IdOf idOf, OnKept onKept)
    {
        syncRows(
            current, wanted, idOf,
            [this, parent](RowChange change, int row, int to) {
                switch (change) {
                case RowChange::BeginRemove:
                    this->beginRemoveRows(parent, row, row);
                    break;
                case RowChange::EndRemove:
                    this->endRemoveRows();
                    break;
                case RowChange::BeginInsert:
                    this->beginInsertRows(parent, row, row);
                    break;
                case RowChange::EndInsert:
                    this->endInsertRows();
                    break;
                case RowChange::BeginMove:
                    this->beginMoveRows(parent, row, row, parent, to);
                    break;
                case RowChange::EndMove:
                    this->endMoveRows();
                    break;
                }
            },
            onKept);
    }
};

// A flat table of rows that have an id (`IdOf`): the History page's sessions and cycles. setRows()
// brings it to a new list row by row, so a view keeps its current row when one row changes.
template<typename Row, core::Id (*IdOf)(const Row &)>
class RowTable : public RowSyncing<QAbstractTableModel>
{
public:
    using RowSyncing::RowSyncing;

    const Row *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    int rowOf(core::Id id) const
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (IdOf(m_rows.at(i)) == id)
                return int(i);
        }
        return -1;
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    // `same`: whether a kept row shows as before; when not, its whole row is dataChanged.
    template<typename Same>
    void setRows(const QList<Row> &rows, Same same)
    {
        syncChildren({}, m_rows, rows, IdOf, [this, &same](int row, Row &kept, const Row &now) {
            if (same(kept, now))
                return;
            kept = now;
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        });
    }
    // Every cell again (a preference changed how values read).
    void allChanged()
    {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }

    QList<Row> m_rows;
};

} // namespace ft::ui
