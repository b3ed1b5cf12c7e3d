#include "exerciseeditor.h"
#include "formhelpers.h"

#include "enumlabels.h"

#include "core/enums.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStringListModel>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace ft::ui {

using core::EnumType;

namespace {

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

QComboBox *enumCombo(EnumType type, const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setPlaceholderText(ExerciseEditor::tr("Choose…"));
    for (const auto &[label, value] : enumItems(type))
        combo->addItem(label, value);
    return combo;
}

void setComboValue(QComboBox *combo, const QString &value)
{
    combo->setCurrentIndex(value.isEmpty() ? -1 : combo->findData(value));
}

QString comboValue(const QComboBox *combo)
{
    return combo->currentIndex() < 0 ? QString() : combo->currentData().toString();
}

std::optional<QString> optionalText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    return text;
}

QStringList nonEmpty(const QStringList &parts)
{
    QStringList out;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            out.append(p.trimmed());
    }
    return out;
}

bool sameExercise(const core::ExerciseDetails &a, const core::ExerciseDetails &b)
{
    const core::Exercise &x = a.exercise;
    const core::Exercise &y = b.exercise;
    return x.name == y.name && x.slug == y.slug && x.primaryMuscle == y.primaryMuscle
        && x.movement == y.movement && x.mechanics == y.mechanics && x.force == y.force
        && x.unilateral == y.unilateral && x.equipment == y.equipment && x.grip == y.grip
        && x.rangeOfMotion == y.rangeOfMotion && x.difficulty == y.difficulty && x.cues == y.cues
        && x.instructions == y.instructions && x.videoUrl == y.videoUrl && x.isActive == y.isActive
        && a.aliases == b.aliases && a.tags == b.tags && a.secondaryMuscles == b.secondaryMuscles;
}

// Completes the tag being typed after the last comma, keeping the ones before it.
class TagCompleter : public QCompleter
{
public:
    TagCompleter(QAbstractItemModel *model, QLineEdit *edit)
        : QCompleter(model, edit)
        , m_edit(edit)
    {
        setCaseSensitivity(Qt::CaseInsensitive);
        setCompletionMode(QCompleter::PopupCompletion);
        setFilterMode(Qt::MatchStartsWith);
    }

    QStringList splitPath(const QString &path) const override
    {
        return { path.mid(path.lastIndexOf(QLatin1Char(',')) + 1).trimmed() };
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString completion = QCompleter::pathFromIndex(index);
        const QString text = m_edit->text();
        QString before = text.left(text.lastIndexOf(QLatin1Char(',')) + 1);
        if (!before.isEmpty() && !before.endsWith(QLatin1Char(' ')))
            before += QLatin1Char(' ');
        return before + completion;
    }

private:
    QLineEdit *m_edit;
};

// A checkable list laid out in as many columns as its width allows, as tall as its items need.
class MuscleList : public QListWidget
{
public:
    explicit MuscleList(QWidget *parent)
        : QListWidget(parent)
    {
        setFlow(QListView::LeftToRight);
        setWrapping(true);
        setResizeMode(QListView::Adjust);
        setSelectionMode(QAbstractItemView::SingleSelection);
        setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }

    // One cell per item, wide enough for the longest label beside its check box.
    void fitGrid()
    {
        int text = 0;
        for (int i = 0; i < count(); ++i)
            text = std::max(text, fontMetrics().horizontalAdvance(item(i)->text()));
        const int indicator = style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this);
        const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1;
        const int height =
            std::max(fontMetrics().height(),
                     style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, this));
        const QSize cell(text + indicator + 4 * margin + 10, height + 6);
        setGridSize(cell);
        for (int i = 0; i < count(); ++i)
            item(i)->setSizeHint(cell);
        updateGeometry();
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        const QSize cell = gridSize();
        const int frame = 2 * frameWidth() + 2;
        if (!cell.isValid() || count() == 0)
            return frame + 20;
        const int columns = std::max(1, (width - frame) / cell.width());
        const int rows = (count() + columns - 1) / columns;
        return rows * cell.height() + frame;
    }
    QSize sizeHint() const override
    {
        const int width = 3 * std::max(1, gridSize().width()) + 2 * frameWidth() + 2;
        return { width, heightForWidth(width) };
    }
    QSize minimumSizeHint() const override
    {
        const int width = 2 * std::max(1, gridSize().width()) + 2 * frameWidth() + 2;
        return { width, heightForWidth(width) };
    }
};

} // namespace

ExerciseEditor::ExerciseEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("exerciseEditor"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("exerciseTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("exerciseInfo"));
    m_info->setWordWrap(true);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("exerciseEditorScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_form = new QWidget(m_scroll);
    m_form->setObjectName(QStringLiteral("exerciseForm"));

    // Created in the order the keyboard visits them.
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(120);
    m_slug = new QLineEdit(m_form);
    m_slug->setObjectName(QStringLiteral("slugEdit"));
    m_slug->setMaxLength(140);
    m_slug->setPlaceholderText(tr("made from the name when empty"));
    m_slug->setToolTip(tr("The exercise's stable identifier in files and links: lower-case letters "
                          "and digits joined by dashes, like barbell-bench-press."));
    m_aliases = new QPlainTextEdit(m_form);
    m_aliases->setObjectName(QStringLiteral("aliasesEdit"));
    m_aliases->setTabChangesFocus(true);
    m_aliases->setPlaceholderText(tr("Other names, one per line (the names other apps use)"));
    m_aliases->setToolTip(
        tr("Other names of this exercise, one per line. Search and imports match them."));
    m_tags = new QLineEdit(m_form);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("comma-separated, e.g. push, upper"));
    m_tagModel = new QStringListModel(this);
    m_tags->setCompleter(new TagCompleter(m_tagModel, m_tags));

    m_primary = enumCombo(EnumType::MuscleGroup, QStringLiteral("primaryMuscleCombo"), m_form);
    auto *secondary = new MuscleList(m_form);
    m_secondary = secondary;
    m_secondary->setObjectName(QStringLiteral("secondaryMusclesList"));
    m_secondary->setToolTip(tr("Muscles that also work. Check or uncheck with the space bar."));
    for (const auto &[label, value] : enumItems(EnumType::MuscleGroup)) {
        auto *item = new QListWidgetItem(label, m_secondary);
        item->setData(Qt::UserRole, value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    secondary->fitGrid();
    m_movement = enumCombo(EnumType::MovementPattern, QStringLiteral("movementCombo"), m_form);
    m_mechanics = enumCombo(EnumType::Mechanics, QStringLiteral("mechanicsCombo"), m_form);
    m_force = enumCombo(EnumType::ForceVector, QStringLiteral("forceCombo"), m_form);
    m_equipment = enumCombo(EnumType::Equipment, QStringLiteral("equipmentCombo"), m_form);
    m_difficulty = enumCombo(EnumType::Level, QStringLiteral("difficultyCombo"), m_form);
    m_unilateral = new QCheckBox(tr("One side at a time (unilateral)"), m_form);
    m_unilateral->setObjectName(QStringLiteral("unilateralCheck"));

    m_grip = new QLineEdit(m_form);
    m_grip->setObjectName(QStringLiteral("gripEdit"));
    m_grip->setMaxLength(50);
    m_grip->setPlaceholderText(tr("e.g. pronated, shoulder width"));
    m_range = new QLineEdit(m_form);
    m_range->setObjectName(QStringLiteral("rangeOfMotionEdit"));
    m_range->setPlaceholderText(tr("e.g. bar from lockout to lower chest"));
    m_cues = new QPlainTextEdit(m_form);
    m_cues->setObjectName(QStringLiteral("cuesEdit"));
    m_cues->setTabChangesFocus(true);
    m_cues->setPlaceholderText(tr("Short coaching cues"));
    m_instructions = new QPlainTextEdit(m_form);
    m_instructions->setObjectName(QStringLiteral("instructionsEdit"));
    m_instructions->setTabChangesFocus(true);
    m_videoUrl = new QLineEdit(m_form);
    m_videoUrl->setObjectName(QStringLiteral("videoUrlEdit"));
    m_videoUrl->setMaxLength(255);
    m_videoUrl->setPlaceholderText(tr("https://…"));
    m_active = new QCheckBox(tr("Active: offered when choosing exercises"), m_form);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_active->setToolTip(tr("An inactive exercise keeps its history but is hidden when routines "
                            "and logs offer exercises."));

    const int lineHeight = fontMetrics().lineSpacing();
    m_aliases->setFixedHeight(lineHeight * 4 + 12);
    m_cues->setFixedHeight(lineHeight * 3 + 12);
    m_instructions->setFixedHeight(lineHeight * 5 + 12);

    auto *form = new QFormLayout(m_form);
    m_formLayout = form;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(buddyLabel(tr("Name:"), m_name, m_form), m_name);
    form->addRow(buddyLabel(tr("Slug:"), m_slug, m_form), m_slug);
    form->addRow(buddyLabel(tr("Also known as:"), m_aliases, m_form), m_aliases);
    form->addRow(buddyLabel(tr("Tags:"), m_tags, m_form), m_tags);
    form->addRow(sectionLabel(tr("Classification"), m_form));
    form->addRow(buddyLabel(tr("&Primary muscle:"), m_primary, m_form), m_primary);
    form->addRow(buddyLabel(tr("Secondary muscles:"), m_secondary, m_form), m_secondary);
    form->addRow(buddyLabel(tr("Movement:"), m_movement, m_form), m_movement);
    form->addRow(buddyLabel(tr("Mechanics:"), m_mechanics, m_form), m_mechanics);
    form->addRow(buddyLabel(tr("Force:"), m_force, m_form), m_force);
    form->addRow(buddyLabel(tr("Equipment:"), m_equipment, m_form), m_equipment);
    form->addRow(buddyLabel(tr("Level:"), m_difficulty, m_form), m_difficulty);
    form->addRow(QString(), m_unilateral);
    form->addRow(sectionLabel(tr("Technique"), m_form));
    form->addRow(buddyLabel(tr("Grip:"), m_grip, m_form), m_grip);
    form->addRow(buddyLabel(tr("Range of motion:"), m_range, m_form), m_range);
    form->addRow(buddyLabel(tr("Cues:"), m_cues, m_form), m_cues);
    form->addRow(buddyLabel(tr("Instructions:"), m_instructions, m_form), m_instructions);
    form->addRow(buddyLabel(tr("Video URL:"), m_videoUrl, m_form), m_videoUrl);
    form->addRow(QString(), m_active);
    m_scroll->setWidget(m_form);

    m_error = errorLabel(QStringLiteral("exerciseErrorLabel"), this, Qt::RichText);

    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveExerciseButton"));
    m_saveButton->setToolTip(tr("Save the changes to this exercise (Ctrl+S)"));
    m_revertButton = new QPushButton(tr("&Revert"), this);
    m_revertButton->setObjectName(QStringLiteral("revertExerciseButton"));
    m_revertButton->setToolTip(tr("Undo the unsaved changes to this exercise"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_info);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    // Ctrl+S saves while the keyboard is anywhere in the pane.
    auto *saveAction = new QAction(tr("Save Exercise"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_saveButton->isEnabled())
            emit saveRequested();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &ExerciseEditor::saveRequested);
    connect(m_revertButton, &QPushButton::clicked, this, &ExerciseEditor::revert);

    for (QLineEdit *edit : { m_name, m_slug, m_tags, m_grip, m_range, m_videoUrl })
        connect(edit, &QLineEdit::textChanged, this, &ExerciseEditor::updateModified);
    for (QPlainTextEdit *edit : { m_aliases, m_cues, m_instructions })
        connect(edit, &QPlainTextEdit::textChanged, this, &ExerciseEditor::updateModified);
    for (QComboBox *combo :
         { m_primary, m_movement, m_mechanics, m_force, m_equipment, m_difficulty })
        connect(combo, &QComboBox::currentIndexChanged, this, &ExerciseEditor::updateModified);
    for (QCheckBox *check : { m_unilateral, m_active })
        connect(check, &QCheckBox::toggled, this, &ExerciseEditor::updateModified);
    connect(m_secondary, &QListWidget::itemChanged, this, &ExerciseEditor::updateModified);
    connect(m_primary, &QComboBox::currentIndexChanged, this,
            &ExerciseEditor::updateSecondaryForPrimary);

    QWidget::setTabOrder(m_active, m_saveButton);
    QWidget::setTabOrder(m_saveButton, m_revertButton);

    clear();
}

QWidget *ExerciseEditor::firstField() const
{
    return m_name;
}

QWidget *ExerciseEditor::lastField() const
{
    return m_revertButton;
}

void ExerciseEditor::setTagSuggestions(const QStringList &tags)
{
    m_tagModel->setStringList(tags);
}

void ExerciseEditor::setExercise(const core::ExerciseDetails &details, qint64 loggedSets)
{
    m_loading = true;
    m_original = details;
    m_loggedSets = loggedSets;
    m_hasExercise = true;
    const core::Exercise &e = details.exercise;
    m_name->setText(e.name);
    m_slug->setText(e.slug);
    m_aliases->setPlainText(details.aliases.join(QLatin1Char('\n')));
    m_tags->setText(details.tags.join(QStringLiteral(", ")));
    setComboValue(m_primary, e.primaryMuscle);
    for (int i = 0; i < m_secondary->count(); ++i) {
        QListWidgetItem *item = m_secondary->item(i);
        item->setCheckState(details.secondaryMuscles.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    setComboValue(m_movement, e.movement);
    setComboValue(m_mechanics, e.mechanics);
    setComboValue(m_force, e.force);
    setComboValue(m_equipment, e.equipment);
    setComboValue(m_difficulty, e.difficulty);
    m_unilateral->setChecked(e.unilateral);
    m_grip->setText(e.grip.value_or(QString()));
    m_range->setText(e.rangeOfMotion.value_or(QString()));
    m_cues->setPlainText(e.cues.value_or(QString()));
    m_instructions->setPlainText(e.instructions.value_or(QString()));
    m_videoUrl->setText(e.videoUrl.value_or(QString()));
    m_active->setChecked(e.isActive);
    // Long texts show their beginning.
    for (QLineEdit *edit : { m_name, m_slug, m_tags, m_grip, m_range, m_videoUrl })
        edit->setCursorPosition(0);
    updateSecondaryForPrimary();
    m_form->setEnabled(true);
    m_loading = false;
    // The original as the fields show it, so that "modified" compares like with like.
    m_original = exercise();
    clearError();
    updateTitle();
    m_modified = true; // force the signal below
    updateModified();
    m_scroll->ensureVisible(0, 0);
}

void ExerciseEditor::clear()
{
    setExercise(core::ExerciseDetails());
    m_hasExercise = false;
    m_form->setEnabled(false);
    updateTitle();
    updateModified();
}

void ExerciseEditor::updateTitle()
{
    if (!m_hasExercise) {
        m_title->setText(tr("No exercise selected"));
        m_info->setText(tr("Select an exercise in the list to see and edit it, or create one with "
                           "New Exercise."));
        return;
    }
    if (isNew()) {
        m_title->setText(tr("New exercise"));
        m_info->setText(tr("Not saved yet. A name, the primary muscle, movement, mechanics, force "
                           "and equipment are required."));
        return;
    }
    m_title->setText(m_original.exercise.name);
    const bool active = m_original.exercise.isActive;
    QString info;
    if (m_loggedSets > 0 && active)
        info = tr("Logged sets: %1. It can be deactivated but not deleted.").arg(m_loggedSets);
    else if (m_loggedSets > 0)
        info = tr("Inactive: not offered when choosing exercises; its history (logged sets: %1) is "
                  "kept.")
                   .arg(m_loggedSets);
    else if (active && m_loggedSets == 0)
        info = tr("Not logged yet.");
    else if (!active)
        info = tr("Inactive: not offered when choosing exercises.");
    m_info->setText(info);
}

core::ExerciseDetails ExerciseEditor::exercise() const
{
    core::ExerciseDetails d = m_original;
    core::Exercise &e = d.exercise;
    e.name = m_name->text();
    e.slug = m_slug->text();
    e.primaryMuscle = comboValue(m_primary);
    e.movement = comboValue(m_movement);
    e.mechanics = comboValue(m_mechanics);
    e.force = comboValue(m_force);
    e.equipment = comboValue(m_equipment);
    e.difficulty = comboValue(m_difficulty);
    e.unilateral = m_unilateral->isChecked();
    e.grip = optionalText(m_grip->text());
    e.rangeOfMotion = optionalText(m_range->text());
    e.cues = optionalText(m_cues->toPlainText());
    e.instructions = optionalText(m_instructions->toPlainText());
    e.videoUrl = optionalText(m_videoUrl->text());
    e.isActive = m_active->isChecked();
    d.aliases = nonEmpty(m_aliases->toPlainText().split(QLatin1Char('\n')));
    d.tags = nonEmpty(m_tags->text().split(QLatin1Char(',')));
    d.secondaryMuscles.clear();
    for (int i = 0; i < m_secondary->count(); ++i) {
        const QListWidgetItem *item = m_secondary->item(i);
        if (item->checkState() == Qt::Checked)
            d.secondaryMuscles.append(item->data(Qt::UserRole).toString());
    }
    return d;
}

void ExerciseEditor::updateModified()
{
    if (m_loading)
        return;
    const bool modified = m_hasExercise && !sameExercise(exercise(), m_original);
    m_saveButton->setEnabled(modified);
    m_revertButton->setEnabled(modified);
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void ExerciseEditor::updateSecondaryForPrimary()
{
    // The primary muscle cannot also be a secondary one (it would count twice in volume).
    const QString primary = comboValue(m_primary);
    for (int i = 0; i < m_secondary->count(); ++i) {
        QListWidgetItem *item = m_secondary->item(i);
        const bool isPrimary = !primary.isEmpty() && item->data(Qt::UserRole).toString() == primary;
        if (isPrimary && item->checkState() == Qt::Checked)
            item->setCheckState(Qt::Unchecked);
        Qt::ItemFlags flags = item->flags();
        flags.setFlag(Qt::ItemIsEnabled, !isPrimary);
        item->setFlags(flags);
        item->setToolTip(isPrimary ? tr("This is the primary muscle.") : QString());
    }
}

void ExerciseEditor::setStoredActive(bool active)
{
    if (!m_hasExercise)
        return;
    m_original.exercise.isActive = active;
    m_active->setChecked(active);
    updateTitle();
    updateModified();
}

void ExerciseEditor::revert()
{
    if (!m_hasExercise)
        return;
    const core::ExerciseDetails original = m_original;
    setExercise(original, m_loggedSets);
}

QWidget *ExerciseEditor::widgetForField(const QString &field) const
{
    const QHash<QString, QWidget *> widgets = {
        { QStringLiteral("exercises.name"), m_name },
        { QStringLiteral("exercises.slug"), m_slug },
        { QStringLiteral("exercises.primary_muscle"), m_primary },
        { QStringLiteral("exercises.movement"), m_movement },
        { QStringLiteral("exercises.mechanics"), m_mechanics },
        { QStringLiteral("exercises.force"), m_force },
        { QStringLiteral("exercises.unilateral"), m_unilateral },
        { QStringLiteral("exercises.equipment"), m_equipment },
        { QStringLiteral("exercises.grip"), m_grip },
        { QStringLiteral("exercises.range_of_motion"), m_range },
        { QStringLiteral("exercises.difficulty"), m_difficulty },
        { QStringLiteral("exercises.cues"), m_cues },
        { QStringLiteral("exercises.instructions"), m_instructions },
        { QStringLiteral("exercises.video_url"), m_videoUrl },
        { QStringLiteral("exercises.is_active"), m_active },
        { QStringLiteral("exercise_aliases.alias"), m_aliases },
        { QStringLiteral("tags.name"), m_tags },
        { QStringLiteral("exercise_tags.tag_id"), m_tags },
        { QStringLiteral("exercise_secondary_muscles.muscle"), m_secondary },
    };
    return widgets.value(field);
}

void ExerciseEditor::showError(const core::Error &error)
{
    // The message as core wrote it (field, value, rule), after the name of the field in the form.
    m_errorMessage = error.message;
    QString text = error.message.toHtmlEscaped();
    QWidget *w = widgetForField(error.field);
    if (auto *label = w ? qobject_cast<QLabel *>(m_formLayout->labelForField(w)) : nullptr) {
        const QString name = label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':'));
        text = QStringLiteral("<b>%1</b> — %2").arg(name.toHtmlEscaped(), text);
    }
    m_error->setText(text);
    m_error->show();
    if (w) {
        m_scroll->ensureWidgetVisible(w);
        w->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            edit->selectAll();
    }
}

QString ExerciseEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_errorMessage;
}

void ExerciseEditor::clearError()
{
    m_errorMessage.clear();
    m_error->clear();
    m_error->hide();
}

} // namespace ft::ui
