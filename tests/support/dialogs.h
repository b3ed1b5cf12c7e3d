#pragma once

// For GUI tests only (needs Qt Widgets): answering a modal dialog that exec() is about to show.

#include <QApplication>
#include <QDialog>
#include <QTest>
#include <QTimer>

#include <functional>

namespace ft::test {

// Runs `fill` on the next modal dialog once it is shown (the dialog's exec() blocks the caller).
// A dialog still open afterwards is rejected: a failed check inside `fill` returns early, and the
// test must never stay blocked on exec().
inline void onNextDialog(std::function<void(QDialog *)> fill)
{
    QTimer::singleShot(0, [fill = std::move(fill)] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY2(dialog, "no modal dialog is open");
        fill(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
}

} // namespace ft::test
