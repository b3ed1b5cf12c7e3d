#include "exercisechoicedelegate.h"

#include "models/importmappingmodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QHash>
#include <QLineEdit>

namespace ft::ui {

ExerciseChoiceDelegate::ExerciseChoiceDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void ExerciseChoiceDelegate::setExercises(QList<std::pair<core::Id, QString>> exercises)
{
    m_exercises = std::move(exercises);
    m_names.clear();
    m_names.reserve(m_exercises.size());
    for (const auto &[id, name] : m_exercises)
        m_names.insert(id, name);
}

QWidget *ExerciseChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                              const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("exerciseChoiceEditor"));
    combo->setAccessibleName(tr("Import as exercise"));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    const QString source = index.data(ImportMappingModel::SourceNameRole).toString();
    combo->addItem(tr("New exercise “%1”").arg(source), qlonglong(0));
    const auto suggestions =
        index.data(ImportMappingModel::SuggestionsRole).value<QList<qlonglong>>();
    for (qlonglong id : suggestions) {
        if (const auto name = m_names.constFind(id); name != m_names.cend())
            combo->addItem(*name, id);
    }
    combo->insertSeparator(combo->count());
    for (const auto &[id, name] : m_exercises)
        combo->addItem(name, qlonglong(id));
    return combo;
}

void ExerciseChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toLongLong())));
    // Typing replaces the name: the user searches for another exercise.
    combo->lineEdit()->selectAll();
}

void ExerciseChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                          const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    // Typed text that names no exercise picks nothing: the row keeps its target.
    int row = combo->currentIndex();
    if (row < 0 || combo->itemText(row) != combo->currentText())
        row = combo->findText(combo->currentText(), Qt::MatchFixedString);
    if (row < 0)
        return;
    const QVariant id = combo->itemData(row);
    if (id.isValid())
        model->setData(index, id, Qt::EditRole);
}

} // namespace ft::ui
