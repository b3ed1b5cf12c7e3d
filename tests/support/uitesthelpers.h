#pragma once

// Helpers for GUI tests (they link Qt Widgets; the rest of the support library does not).

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QTest>

namespace ft::test {

// Types `text` into the cell `index` as a user does: the first key opens the editor (and is its
// first character), the rest go to the editor. Returns the editor.
inline QLineEdit *typeInto(QAbstractItemView *view, const QModelIndex &index, const QString &text)
{
    view->setCurrentIndex(index);
    QTest::keyClick(view, text.at(0).toLatin1());
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (editor)
        QTest::keyClicks(editor, text.mid(1));
    return editor;
}

} // namespace ft::test
