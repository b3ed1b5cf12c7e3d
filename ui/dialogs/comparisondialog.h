#pragma once

#include "core/db/entities.h"

#include <QDialog>

#include <utility>

class QLabel;
class QListWidget;

namespace ft::ui {

// Picks what the e1RM chart compares its line with: up to `limit` other athletes or exercises,
// each with a check box (Space toggles). Checking more than `limit` unchecks nothing: OK is
// disabled and the label says why.
class ComparisonDialog : public QDialog
{
    Q_OBJECT

public:
    ComparisonDialog(const QString &title, const QString &prompt,
                     const QList<std::pair<core::Id, QString>> &choices,
                     const QList<core::Id> &checked, int limit, QWidget *parent = nullptr);

    QList<core::Id> chosen() const;
    QListWidget *list() const { return m_list; }

private:
    void updateLimit();

    QListWidget *m_list;
    QLabel *m_limitLabel;
    QPushButton *m_ok = nullptr;
    int m_limit;
};

} // namespace ft::ui
