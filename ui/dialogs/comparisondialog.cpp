#include "comparisondialog.h"

#include "formhelpers.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ft::ui {

ComparisonDialog::ComparisonDialog(const QString &title, const QString &prompt,
                                   const QList<std::pair<core::Id, QString>> &choices,
                                   const QList<core::Id> &checked, int limit, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_limitLabel(new QLabel(this))
    , m_limit(limit)
{
    setObjectName(QStringLiteral("comparisonDialog"));
    setWindowTitle(title);
    m_list->setObjectName(QStringLiteral("comparisonList"));
    m_list->setAccessibleName(prompt);
    for (const auto &[id, name] : choices) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Compare"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buddyLabel(prompt, m_list, this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_limitLabel);
    layout->addWidget(buttons);
    resize(380, 420);
    connect(m_list, &QListWidget::itemChanged, this, &ComparisonDialog::updateLimit);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateLimit();
}

void ComparisonDialog::updateLimit()
{
    const qsizetype count = chosen().size();
    m_ok->setEnabled(count <= m_limit);
    m_limitLabel->setText(
        count <= m_limit ? tr("%1 of at most %2 checked.").arg(count).arg(m_limit)
                         : tr("%1 checked: at most %2 fit on one chart.").arg(count).arg(m_limit));
}

QList<core::Id> ComparisonDialog::chosen() const
{
    return checkedIds(m_list);
}

} // namespace ft::ui
