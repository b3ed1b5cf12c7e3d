#pragma once

#include "core/catalog/catalog.h"
#include "core/catalog/exercisesearch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace ft::core {
class Database;
}

namespace ft::ui {

// The exercises of the open database, each with its aliases, tags and secondary muscles: one row
// per exercise, in the order loaded (the proxy sorts). Enum columns show the labels of
// enumlabels.h; ValueRole gives the stored value. Keeps the search index over names and aliases
// and the list of every tag up to date with the rows.
class ExerciseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        PrimaryMuscleColumn,
        EquipmentColumn,
        MechanicsColumn,
        ForceColumn,
        LevelColumn,
        MovementColumn,
        ActiveColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ValueRole,            // the stored value of the column: enum value, name, is_active
        AliasesRole,          // QStringList
        TagsRole,             // QStringList
        SecondaryMusclesRole, // QStringList of enum values
    };

    explicit ExerciseTableModel(QObject *parent = nullptr);

    // Reloads from the database (nullptr: empty). Returns the error message if loading failed.
    QString reload(core::Database *db);
    void setExercises(QList<core::ExerciseDetails> exercises);

    const core::ExerciseDetails &exercise(int row) const { return m_rows.at(row).details; }
    // The name as the search index folds it: an accent- and case-insensitive sort key.
    const QString &sortKey(int row) const { return m_rows.at(row).sortKey; }
    int rowOfId(core::Id id) const { return m_rowById.value(id, -1); }

    // Replaces the row of `details.exercise.id`, or appends it when there is none. Returns the row.
    int upsert(const core::ExerciseDetails &details);
    void setActive(core::Id id, bool active);
    void remove(core::Id id);

    const core::ExerciseSearchIndex &searchIndex() const { return m_index; }
    // Every tag of every exercise, without case duplicates, sorted.
    const QStringList &tags() const { return m_tags; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The enum type of a column, EnumType::None for name and active.
    static core::EnumType columnEnumType(int column);
    static QString columnTitle(int column);

signals:
    // After every change of the rows, once the search index and the tag list are rebuilt.
    void contentChanged();

private:
    struct Row
    {
        core::ExerciseDetails details;
        QString sortKey;
    };
    static Row makeRow(const core::ExerciseDetails &details);
    void rebuildDerived();

    QList<Row> m_rows;
    QHash<core::Id, int> m_rowById;
    core::ExerciseSearchIndex m_index;
    QStringList m_tags;
};

} // namespace ft::ui
