#include "profilefields.h"

#include "enumlabels.h"
#include "formhelpers.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace ft::ui {

ProfileFields::ProfileFields(QWidget *parent)
    : QObject(parent)
{
    m_sex = new QComboBox(parent);
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    m_sex->addItem(tr("Not given"), QString());
    for (const auto &[label, value] : enumItems(core::EnumType::Sex))
        m_sex->addItem(label, value);

    m_birthYear = new QSpinBox(parent);
    m_birthYear->setObjectName(QStringLiteral("birthYearSpin"));
    m_birthYear->setRange(1899, QDate::currentDate().year()); // 1899 is "not given"
    m_birthYear->setSpecialValueText(tr("Not given"));

    m_height = new QSpinBox(parent);
    m_height->setObjectName(QStringLiteral("heightSpin"));
    m_height->setRange(0, 272);
    m_height->setSuffix(tr(" cm"));
    m_height->setSpecialValueText(tr("Not given"));

    m_hand = new QComboBox(parent);
    m_hand->setObjectName(QStringLiteral("handCombo"));
    m_hand->setEditable(true);
    m_hand->addItems({ QString(), tr("right"), tr("left"), tr("both") });
    m_hand->lineEdit()->setMaxLength(10);
    setProfile(std::nullopt);
}

void ProfileFields::addRowsTo(QFormLayout *form, QWidget *labelParent) const
{
    form->addRow(buddyLabel(tr("&Sex:"), m_sex, labelParent), m_sex);
    form->addRow(buddyLabel(tr("&Birth year:"), m_birthYear, labelParent), m_birthYear);
    form->addRow(buddyLabel(tr("&Height:"), m_height, labelParent), m_height);
    form->addRow(buddyLabel(tr("&Dominant hand:"), m_hand, labelParent), m_hand);
}

void ProfileFields::setProfile(const std::optional<core::SubjectProfile> &profile)
{
    m_sex->setCurrentIndex(profile && profile->sex ? std::max(0, m_sex->findData(*profile->sex))
                                                   : 0);
    m_birthYear->setValue(profile && profile->birthYear ? *profile->birthYear
                                                        : m_birthYear->minimum());
    m_height->setValue(profile && profile->heightCm ? *profile->heightCm : 0);
    m_hand->setCurrentText(profile && profile->dominantHand ? *profile->dominantHand : QString());
}

core::SubjectProfile ProfileFields::profile(core::SubjectProfile base) const
{
    const QString sex = m_sex->currentData().toString();
    base.sex = sex.isEmpty() ? std::nullopt : std::optional<QString>(sex);
    base.birthYear = m_birthYear->value() == m_birthYear->minimum()
        ? std::nullopt
        : std::optional<int>(m_birthYear->value());
    base.heightCm = m_height->value() == 0 ? std::nullopt : std::optional<int>(m_height->value());
    const QString hand = m_hand->currentText().trimmed();
    base.dominantHand = hand.isEmpty() ? std::nullopt : std::optional<QString>(hand);
    return base;
}

QList<QWidget *> ProfileFields::fields() const
{
    return { m_sex, m_birthYear, m_height, m_hand };
}

QWidget *ProfileFields::fieldFor(const QString &errorField) const
{
    if (errorField == QLatin1String("subject_profiles.sex"))
        return m_sex;
    if (errorField == QLatin1String("subject_profiles.birth_year"))
        return m_birthYear;
    if (errorField == QLatin1String("subject_profiles.height_cm"))
        return m_height;
    if (errorField == QLatin1String("subject_profiles.dominant_hand"))
        return m_hand;
    return nullptr;
}

} // namespace ft::ui
