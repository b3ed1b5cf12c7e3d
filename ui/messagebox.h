#pragma once

#include <QMessageBox>

#include <optional>

namespace ft::ui {

// Every message box of the app goes through here, so that a GUI test can answer the next one
// (setNextAnswer) instead of blocking on a modal dialog.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Tests: the next box is not shown and returns `answer`; called again, the box after that
    // returns the second answer, and so on.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: the text of the last box shown or answered.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace ft::ui
