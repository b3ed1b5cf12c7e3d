#pragma once

#include "core/athletes/athletes.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace ft::ui {

class ProfileFields;

// Creates or edits an athlete: the user's identity (personal data) and the subject's profile.
// On OK it calls `save`; if that fails the error is shown in the dialog, the offending field gets
// the focus and nothing closes, so no typing is lost.
class AthleteDialog : public QDialog
{
    Q_OBJECT

public:
    using SaveFunction = std::function<core::Result<core::Athlete>(const core::Athlete &)>;

    AthleteDialog(const core::Athlete &athlete, SaveFunction save, QWidget *parent = nullptr);

    core::Athlete athlete() const;
    const core::Athlete &saved() const { return m_saved; }

    void accept() override;

private:
    void showError(const core::Error &error);

    core::Athlete m_original;
    core::Athlete m_saved;
    SaveFunction m_save;
    QLineEdit *m_username;
    QLineEdit *m_email;
    QLineEdit *m_fullName;
    ProfileFields *m_profile;
    QLabel *m_error;
};

} // namespace ft::ui
