#pragma once

#include <QHash>
#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace ft::ui {

class RoutineTreeModel;

// Edits the routine tree's cells: a line edit that refuses a value breaking a rule (a negative
// weight, an RPE of 11, a tempo of "3-1") with the rule shown beside it and the typed text kept
// to correct; the exercise of a slot through the exercise picker (exerciseChoiceRequested).
class RoutineItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    RoutineItemDelegate(RoutineTreeModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void destroyEditor(QWidget *editor, const QModelIndex &index) const override;

signals:
    void exerciseChoiceRequested(const QModelIndex &slotIndex) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    RoutineTreeModel *m_model;
    mutable QHash<QWidget *, QPersistentModelIndex> m_editing;
};

} // namespace ft::ui
