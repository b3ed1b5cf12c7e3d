#include "importissuesmodel.h"

#include <algorithm>

namespace ft::ui {

ImportIssuesModel::ImportIssuesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportIssuesModel::setReport(const core::import::ImportReport &report)
{
    beginResetModel();
    m_issues.clear();
    m_issues.reserve(report.skipped.size() + report.flags.size());
    for (const auto &row : report.skipped)
        m_issues.append({ row.line, true, row.reason });
    for (const auto &flag : report.flags)
        m_issues.append(
            { flag.line, false, tr("%1 %2: %3").arg(flag.field, flag.value, flag.reason) });
    std::stable_sort(m_issues.begin(), m_issues.end(),
                     [](const Issue &a, const Issue &b) { return a.line < b.line; });
    endResetModel();
}

int ImportIssuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ImportIssuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Issue &issue = m_issues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return issue.line;
        case KindColumn:
            return issue.skipped ? tr("Skipped") : tr("Check");
        case DetailColumn:
            return issue.detail;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == KindColumn)
            return issue.skipped ? tr("This row is not imported.")
                                 : tr("Imported as it is; the value looks unlikely.");
        return index.column() == DetailColumn ? QVariant(issue.detail) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant ImportIssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case KindColumn:
        return tr("What");
    case DetailColumn:
        return tr("Why");
    }
    return {};
}

} // namespace ft::ui
