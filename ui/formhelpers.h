#pragma once

#include <QList>
#include <QString>
#include <Qt>

class QAbstractItemModel;
class QListWidget;
class QLabel;
class QTableView;
class QWidget;

namespace ft::ui {

// A label that is the buddy of `buddy` (its mnemonic moves the focus there). The buddy gets the
// label's words as its accessible name, unless it already has one, so screen readers and
// automated tours find every field by what a sighted user reads.
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent);

// Where a form says what is wrong (hidden until it has something to say): red, word-wrapped,
// selectable, named "Error" for screen readers. Text is plain unless `format` says otherwise.
QLabel *errorLabel(const QString &objectName, QWidget *parent,
                   Qt::TextFormat format = Qt::PlainText);
// Shows `text` in an errorLabel() (hides it when empty); screen readers get it as description.
void showError(QLabel *label, const QString &text);

// The Qt::UserRole ids of the checked items of a list of check boxes, in list order.
QList<qint64> checkedIds(const QListWidget *list);

// Where a file the user saves goes by default: the documents folder, or home when there is none.
QString documentsFolder();

// The wait cursor for as long as it lives (a database operation in the GUI thread).
class WaitCursor
{
public:
    WaitCursor();
    ~WaitCursor();
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

// Runs `work` under the wait cursor and returns what it returns.
template<typename Work>
auto waitingFor(Work &&work)
{
    WaitCursor wait;
    return work();
}

// A table of rows as every list of the app shows one: whole rows selected one at a time, compact
// rows without numbers, alternating colours, read-only unless the caller sets edit triggers, and
// Tab leaving the table (arrows move inside), so the keyboard reaches the controls after it.
QTableView *rowTable(QAbstractItemModel *model, const QString &objectName,
                     const QString &accessibleName, QWidget *parent);

} // namespace ft::ui
