#pragma once

#include "core/db/entities.h"

#include <QList>
#include <QObject>

#include <optional>

class QComboBox;
class QFormLayout;
class QSpinBox;
class QWidget;

namespace ft::ui {

// The athlete's profile as form fields (sex, birth year, height, dominant hand), shared by the
// athlete dialog and the Body Metrics page so both read and write it the same way.
class ProfileFields : public QObject
{
    Q_OBJECT

public:
    // The fields are children of `parent`; addRowsTo() places them in a form.
    explicit ProfileFields(QWidget *parent);

    void addRowsTo(QFormLayout *form, QWidget *labelParent) const;
    void setProfile(const std::optional<core::SubjectProfile> &profile);
    // `base` (its ids) with the values of the fields; unset fields are empty.
    core::SubjectProfile profile(core::SubjectProfile base) const;
    // The field of an error's "subject_profiles.column", or null.
    QWidget *fieldFor(const QString &errorField) const;

    // The fields in tab order.
    QList<QWidget *> fields() const;
    QComboBox *sex() const { return m_sex; }
    QSpinBox *birthYear() const { return m_birthYear; }
    QSpinBox *height() const { return m_height; }
    QComboBox *hand() const { return m_hand; }

private:
    QComboBox *m_sex;
    QSpinBox *m_birthYear;
    QSpinBox *m_height;
    QComboBox *m_hand;
};

} // namespace ft::ui
