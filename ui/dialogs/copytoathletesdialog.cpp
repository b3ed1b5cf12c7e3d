#include "copytoathletesdialog.h"

#include "formhelpers.h"
#include "models/athletetablemodel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ft::ui {

CopyToAthletesDialog::CopyToAthletesDialog(const AthleteTableModel &athletes, core::Id ownerId,
                                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("copyToAthletesDialog"));
    setWindowTitle(tr("Copy Routine to Athletes"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("copyToAthletesList"));
    m_list->setAccessibleName(tr("Athletes to copy the routine to"));
    for (int row = 0; row < athletes.rowCount(); ++row) {
        const core::Athlete &a = athletes.athlete(row);
        if (a.subject.id == ownerId)
            continue;
        auto *item = new QListWidgetItem(a.displayName(), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, a.subject.id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    auto *all = new QPushButton(tr("Check &All"), this);
    all->setObjectName(QStringLiteral("checkAllAthletesButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Copy"));
    buttons->addButton(all, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        buddyLabel(tr("Each athlete checked gets an independent copy:"), m_list, this));
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(380, 420);

    const auto checkAll = [this] {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(Qt::Checked);
    };
    connect(all, &QPushButton::clicked, this, checkAll);
    auto *selectAll = new QAction(this);
    selectAll->setShortcut(QKeySequence::SelectAll);
    connect(selectAll, &QAction::triggered, this, checkAll);
    addAction(selectAll);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QList<core::Id> CopyToAthletesDialog::chosen() const
{
    return checkedIds(m_list);
}

} // namespace ft::ui
