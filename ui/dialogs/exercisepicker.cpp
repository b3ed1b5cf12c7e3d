#include "exercisepicker.h"

#include "enumlabels.h"
#include "formhelpers.h"

#include "core/catalog/catalog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ft::ui {

namespace {

// Enough to choose from; the search narrows it as the user types.
constexpr int shownMatches = 200;

} // namespace

ExercisePicker::ExercisePicker(const QList<core::ExerciseDetails> &exercises, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exercisePicker"));
    for (const auto &e : exercises) {
        if (!e.exercise.isActive)
            continue;
        m_byId.insert(e.exercise.id, int(m_exercises.size()));
        m_exercises.append(e);
    }
    m_index.build(core::searchEntries(m_exercises));

    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("exercisePickerQuery"));
    m_query->setAccessibleName(tr("Search exercises"));
    m_query->setPlaceholderText(tr("Name or alias"));
    m_query->setClearButtonEnabled(true);
    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("exercisePickerMatches"));
    m_matches->setAccessibleName(tr("Matching exercises"));
    m_matches->setUniformItemSizes(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buddyLabel(tr("&Exercise:"), m_query, this));
    layout->addWidget(m_query);
    layout->addWidget(m_matches, 1);
    layout->addWidget(buttons);
    resize(460, 480);

    m_query->installEventFilter(this);
    connect(m_query, &QLineEdit::textChanged, this, &ExercisePicker::search);
    connect(m_matches, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, [this] {
        if (QListWidgetItem *item = m_matches->currentItem())
            m_chosen = item->data(Qt::UserRole).toLongLong();
    });
    search(QString());
}

void ExercisePicker::setQuery(const QString &text)
{
    m_query->setText(text);
}

void ExercisePicker::search(const QString &text)
{
    m_matches->clear();
    const QList<core::Id> ids = m_index.matchingIds(text);
    for (qsizetype i = 0; i < ids.size() && i < shownMatches; ++i) {
        const core::Exercise &e = m_exercises.at(m_byId.value(ids.at(i))).exercise;
        auto *item = new QListWidgetItem(
            tr("%1 — %2, %3")
                .arg(e.name, enumLabel(core::EnumType::MuscleGroup, e.primaryMuscle),
                     enumLabel(core::EnumType::Equipment, e.equipment)),
            m_matches);
        item->setData(Qt::UserRole, e.id);
    }
    if (m_matches->count() > 0)
        m_matches->setCurrentRow(0);
}

bool ExercisePicker::eventFilter(QObject *watched, QEvent *event)
{
    // The query keeps the focus; Up, Down, Page Up and Page Down move through the matches.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            QKeyEvent copy(key->type(), key->key(), key->modifiers());
            QCoreApplication::sendEvent(m_matches, &copy);
            return true;
        }
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

core::Id ExercisePicker::pick(const QList<core::ExerciseDetails> &exercises, QWidget *parent,
                              const QString &title)
{
    ExercisePicker picker(exercises, parent);
    picker.setWindowTitle(title);
    if (picker.exec() != QDialog::Accepted)
        return 0;
    return picker.chosenId();
}

} // namespace ft::ui
