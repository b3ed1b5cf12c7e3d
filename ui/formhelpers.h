#pragma once

#include <QString>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QWidget;

namespace ft::ui {

// A label that is the buddy of `buddy` (its mnemonic moves the focus there). The buddy gets the
// label's words as its accessible name, unless it already has one, so screen readers and
// automated tours find every field by what a sighted user reads.
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent);

// A table of rows as every list of the app shows one: whole rows selected one at a time, compact
// rows without numbers, alternating colours, read-only unless the caller sets edit triggers, and
// Tab leaving the table (arrows move inside), so the keyboard reaches the controls after it.
QTableView *rowTable(QAbstractItemModel *model, const QString &objectName,
                     const QString &accessibleName, QWidget *parent);

} // namespace ft::ui
