#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace ft::ui {

// A label that is the buddy of `buddy` (its mnemonic moves the focus there). The buddy gets the
// label's words as its accessible name, unless it already has one, so screen readers and
// automated tours find every field by what a sighted user reads.
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent);

} // namespace ft::ui
