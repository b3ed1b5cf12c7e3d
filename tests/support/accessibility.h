#pragma once

// For GUI tests only (needs Qt Widgets): the controls below `root` that a screen reader or an
// automated tour could not name.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QWidget>

namespace ft::test {

// Inputs and views without an accessible name, and buttons with neither text nor name. The parts
// a control is made of (a table's header and corner button, a combo box's line edit and popup, a
// line edit's clear button) speak through the control itself; buttons hidden on purpose (a
// wizard's unused ones) are not counted.
inline QStringList unnamedControls(QWidget *root)
{
    const auto isPartOfControl = [root](QWidget *w) {
        for (QWidget *p = w->parentWidget(); p && p != root->parentWidget();
             p = p->parentWidget()) {
            if (qobject_cast<QAbstractItemView *>(p) || qobject_cast<QComboBox *>(p)
                || qobject_cast<QLineEdit *>(p) || qobject_cast<QAbstractSpinBox *>(p)
                || qobject_cast<QPlainTextEdit *>(p))
                return true;
        }
        return false;
    };
    const auto describe = [](QWidget *w) {
        return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                         : w->objectName();
    };
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (isPartOfControl(w))
            continue;
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QPlainTextEdit *>(w);
        if (input && w->accessibleName().isEmpty())
            unnamed.append(describe(w));
        if (auto *button = qobject_cast<QAbstractButton *>(w); button && button->text().isEmpty()
            && button->accessibleName().isEmpty() && !button->objectName().startsWith(u"qt_")
            && !button->isHidden())
            unnamed.append(describe(w));
    }
    return unnamed;
}

} // namespace ft::test
