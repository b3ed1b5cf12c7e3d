#include "weightformat.h"

#include <QRegularExpression>

#include <cmath>

namespace ft::ui {

using core::WeightUnit;

namespace {
// The text of `value` rounded to `decimals`, trailing zeros and a bare decimal mark removed.
QString trimmedNumber(const QLocale &locale, double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0)
        rounded = 0.0; // no "-0"
    QString text = locale.toString(rounded, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (decimals > 0 && text.contains(point)) {
        const QString zero = locale.zeroDigit();
        while (text.endsWith(zero))
            text.chop(zero.size());
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}
} // namespace

WeightFormat::WeightFormat(WeightUnit unit, const QLocale &locale)
    : m_unit(unit)
    , m_locale(locale)
{
    m_locale.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
}

QString WeightFormat::unitSuffix() const
{
    return core::weightUnitKey(m_unit);
}

int WeightFormat::decimals() const
{
    return m_unit == WeightUnit::Pound ? 1 : 2;
}

QString WeightFormat::format(double kg, bool withUnit) const
{
    // Kilograms go through the storage rounding first, so that 61.234999 shows as stored.
    const double value =
        m_unit == WeightUnit::Pound ? core::kgToPounds(core::roundKg(kg)) : core::roundKg(kg);
    const QString number = trimmedNumber(m_locale, value, decimals());
    return withUnit ? tr("%1 %2", "a weight: number, unit").arg(number, unitSuffix()) : number;
}

core::Result<double> WeightFormat::parseKg(const QString &text, const QString &fieldName) const
{
    static const QRegularExpression suffix(QStringLiteral("\\s*(kgs?|lbs?)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString number = text.trimmed();
    WeightUnit unit = m_unit;
    if (const auto match = suffix.match(number); match.hasMatch()) {
        unit = match.captured(1).at(0).toLower() == u'l' ? WeightUnit::Pound : WeightUnit::Kilogram;
        number.chop(match.capturedLength(0));
    }
    if (number.isEmpty())
        return core::Error::invalid(fieldName, text, tr("must not be empty"));
    // The typographic minus, so that "−5" is refused as negative rather than as garbage.
    number.replace(QChar(0x2212), u'-');
    bool ok = false;
    const double value = m_locale.toDouble(number, &ok);
    if (!ok || !std::isfinite(value))
        return core::Error::invalid(fieldName, text, tr("is not a number"));
    if (value < 0)
        return core::Error::invalid(fieldName, text, tr("must not be negative"));
    const double kg = core::toStoredKg(value, unit);
    if (kg > core::maxStoredWeightKg) {
        const WeightFormat inUnit(unit, m_locale);
        return core::Error::invalid(
            fieldName, text, tr("must be at most %1").arg(inUnit.format(core::maxStoredWeightKg)));
    }
    return kg;
}

} // namespace ft::ui
