#pragma once

#include "core/exchange/import/importer.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ft::ui {

// The exercise names of an import file and the exercise each becomes: one row per distinct name,
// in the order the file first names them. The user changes the target in the Exercise column
// (an exercise id, or 0 for "create a new exercise"); those choices survive a new preview and
// are what ImportOptions::chosen receives.
class ImportMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SourceColumn,
        SetsColumn,
        ExerciseColumn,
        MatchColumn,
        SuggestionsColumn, // for a name nothing matched: the closest exercises, keys 1, 2, 3
        ColumnCount
    };
    enum Role {
        ExerciseIdRole = Qt::UserRole + 1, // the target exercise, 0 for a new one
        SuggestionsRole,                   // QList<qlonglong>: exercises to offer first
        SourceNameRole,                    // the name as the file writes it
        IsNewRole,                         // bool: the import creates an exercise for it
    };

    explicit ImportMappingModel(QObject *parent = nullptr);

    // Every exercise the user may pick, by id (names shown for chosen targets).
    void setExerciseNames(QHash<core::Id, QString> names);
    // The rows of a preview. The user's choices stay.
    void setExercises(const QList<core::import::ImportedExercise> &exercises);

    // The closest exercises offered for `row` (a name the import would create), best first.
    QList<core::Id> offered(int row) const;
    // Picks the `n`th (1-based) offered exercise for `row`, as a choice; false when there is none.
    bool chooseOffered(int row, int n);

    // Source name → chosen exercise id (0: new), only for the rows the user changed.
    const QHash<QString, core::Id> &choices() const { return m_choices; }
    void clearChoices();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString matchLabel(core::import::MatchKind kind);

private:
    // What the row becomes now: the user's choice, else the preview's.
    core::Id targetOf(int row) const;
    bool isNew(int row) const;

    QList<core::import::ImportedExercise> m_rows;
    QHash<core::Id, QString> m_names;
    QHash<QString, core::Id> m_choices;
};

} // namespace ft::ui
