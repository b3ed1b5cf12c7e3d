#pragma once

#include "core/result.h"
#include "core/units.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace ft::ui {

// The one way the UI shows and reads a weight, in the user's unit (Session::weightFormat()).
// Weights are stored in kilograms with two decimals; this converts at the edge:
// - format(): kilograms with up to 2 decimals, pounds with up to 1, trailing zeros trimmed, the
//   locale's decimal mark, no group separators: "61.23 kg", "135 lb", "61,5 kg" (German).
// - parseKg(): a number in the locale's notation with an optional unit suffix ("kg", "lb" or
//   "lbs", any case; a suffix overrides the display unit), to kilograms rounded for storage.
//   Refuses empty text, what is not a number, negative weights and more than the schema holds
//   (9,999.99 kg), with an error naming the field, the text and the rule.
// Any weight shown in pounds reads back to the same stored kilograms: 0.01 kg is less than half
// of the 0.1 lb shown (tests/ui/tst_weightformat.cpp checks every 0.1 lb to 1,500 lb).
// Files keep their own, explicit units: the import wizard and the exports do not use this.
class WeightFormat
{
    Q_DECLARE_TR_FUNCTIONS(WeightFormat)

public:
    explicit WeightFormat(core::WeightUnit unit = core::WeightUnit::Kilogram,
                          const QLocale &locale = QLocale());

    core::WeightUnit unit() const { return m_unit; }
    const QLocale &locale() const { return m_locale; }
    // "kg" or "lb".
    QString unitSuffix() const;
    // The decimals shown: 2 for kilograms, 1 for pounds.
    int decimals() const;

    QString format(double kg, bool withUnit = true) const;
    core::Result<double> parseKg(const QString &text, const QString &fieldName) const;

    friend bool operator==(const WeightFormat &a, const WeightFormat &b)
    {
        return a.m_unit == b.m_unit && a.m_locale == b.m_locale;
    }

private:
    core::WeightUnit m_unit;
    QLocale m_locale;
};

} // namespace ft::ui
