#include "routineitemdelegate.h"

#include "models/routinetreemodel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QToolTip>

namespace ft::ui {

RoutineItemDelegate::RoutineItemDelegate(RoutineTreeModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{ }

QWidget *RoutineItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    if (RoutineTreeModel::levelOf(index) == RoutineTreeModel::Level::Slot
        && index.column() == RoutineTreeModel::NameColumn) {
        emit exerciseChoiceRequested(index);
        return nullptr;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setAccessibleName(
            m_model->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString());
        line->setToolTip(
            m_model->headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole).toString());
        if (index.column() == RoutineTreeModel::TempoColumn)
            line->setPlaceholderText(QStringLiteral("3-1-X-0"));
        else if (index.column() == RoutineTreeModel::RestColumn)
            line->setPlaceholderText(tr("m:ss"));
    }
    m_editing.insert(editor, index);
    return editor;
}

void RoutineItemDelegate::destroyEditor(QWidget *editor, const QModelIndex &index) const
{
    m_editing.remove(editor);
    QStyledItemDelegate::destroyEditor(editor, index);
}

bool RoutineItemDelegate::eventFilter(QObject *watched, QEvent *event)
{
    auto *line = qobject_cast<QLineEdit *>(watched);
    if (line && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab
            || key == Qt::Key_Backtab) {
            if (const auto error = m_model->check(m_editing.value(line), line->text())) {
                // Refused: the editor stays open with the text to correct, the rule beside it.
                QToolTip::showText(line->mapToGlobal(QPoint(0, line->height())), error->message,
                                   line);
                line->setProperty("refusal", error->message);
                return true;
            }
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace ft::ui
