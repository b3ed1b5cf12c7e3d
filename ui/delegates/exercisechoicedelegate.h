#pragma once

#include "core/db/entities.h"

#include <QHash>
#include <QList>
#include <QStyledItemDelegate>

#include <utility>

namespace ft::ui {

// Edits an exercise id (Qt::EditRole) with a searchable combo box: "New exercise" (id 0), the
// index's suggestions (ImportMappingModel::SuggestionsRole), then every exercise by name. Typing
// filters the list by any part of the name.
class ExerciseChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ExerciseChoiceDelegate(QObject *parent = nullptr);

    // (id, name) of every exercise that may be picked, in the order to list them.
    void setExercises(QList<std::pair<core::Id, QString>> exercises);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QList<std::pair<core::Id, QString>> m_exercises;
    QHash<core::Id, QString> m_names; // the same, by id: the suggestions' names
};

} // namespace ft::ui
