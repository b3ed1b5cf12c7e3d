#pragma once

#include "core/exchange/import/importer.h"

#include <QAbstractTableModel>
#include <QList>

namespace ft::ui {

// What an import preview points at, by line of the file: rows that are skipped (and why) and
// values that are imported but look wrong (1,000 reps, 900 kg).
class ImportIssuesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, KindColumn, DetailColumn, ColumnCount };

    explicit ImportIssuesModel(QObject *parent = nullptr);

    void setReport(const core::import::ImportReport &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Issue
    {
        qint64 line = 0;
        bool skipped = false;
        QString detail;
    };
    QList<Issue> m_issues;
};

} // namespace ft::ui
