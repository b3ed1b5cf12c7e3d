#pragma once

#include "ui/session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace ft::ui {

// Edit → Preferences: the weight unit, the weekly set target band and the e1RM formula and rep
// cap. OK stores them through the session (Settings, then Session::preferencesChanged); Cancel
// changes nothing. The high target never goes below the low one: raising one moves the other.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Session &session, QWidget *parent = nullptr);

    // What the controls say now.
    Preferences preferences() const;

    void accept() override;

    // The e1RM formulas as the user reads them, in the order of core::Settings::e1rmFormulaKeys().
    static QString formulaLabel(const QString &key);

private:
    Session &m_session;
    QComboBox *m_unit;
    QSpinBox *m_targetLow;
    QSpinBox *m_targetHigh;
    QComboBox *m_formula;
    QSpinBox *m_repCap;
    QLabel *m_error;
};

} // namespace ft::ui
