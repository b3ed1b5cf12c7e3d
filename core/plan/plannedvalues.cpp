#include "core/plan/plannedvalues.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace ft::core::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlannedValues)
};

double roundTo(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    return std::round(value * factor) / factor;
}

// The value as a number, accepting text ("82.5") as a form would hand it over.
std::optional<double> asNumber(const QVariant &value)
{
    bool ok = false;
    const double d = value.typeId() == QMetaType::QString ? value.toString().trimmed().toDouble(&ok)
                                                          : value.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<int> asWholeNumber(const QVariant &value)
{
    const auto d = asNumber(value);
    if (!d || *d != std::floor(*d) || std::abs(*d) > 1e9)
        return std::nullopt;
    return int(*d);
}

bool isEmptyValue(const QVariant &value)
{
    return value.isNull()
        || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty());
}

} // namespace

QString columnOf(SetField field)
{
    switch (field) {
    case SetField::IsWarmup:
        return QStringLiteral("is_warmup");
    case SetField::ToFailure:
        return QStringLiteral("to_failure");
    case SetField::WeightKg:
        return QStringLiteral("target_weight_kg");
    case SetField::Reps:
        return QStringLiteral("target_reps");
    case SetField::Rir:
        return QStringLiteral("target_rir");
    case SetField::Rpe:
        return QStringLiteral("target_rpe");
    case SetField::Tempo:
        return QStringLiteral("target_tempo");
    case SetField::RestSeconds:
        return QStringLiteral("target_rest_s");
    case SetField::Notes:
        return QStringLiteral("notes");
    }
    return {};
}

QString qualifiedName(SetField field)
{
    return QStringLiteral("routine_exercise_sets.") + columnOf(field);
}

Result<QVariant> normalizeSetField(SetField field, const QVariant &value)
{
    const QString name = qualifiedName(field);
    if (field == SetField::IsWarmup || field == SetField::ToFailure) {
        if (value.typeId() != QMetaType::Bool)
            return Error::invalid(name, value, Tr::tr("must be true or false"));
        return value;
    }
    if (isEmptyValue(value))
        return QVariant();
    switch (field) {
    case SetField::WeightKg: {
        const auto kg = asNumber(value);
        if (!kg || roundTo(*kg, 2) < 0 || roundTo(*kg, 2) > maxWeightKg)
            return Error::invalid(name, value, Tr::tr("must be a weight from 0 to 9,999.99 kg"));
        return QVariant(roundTo(*kg, 2));
    }
    case SetField::Reps:
    case SetField::Rir: {
        const auto n = asWholeNumber(value);
        if (!n || *n < 0)
            return Error::invalid(name, value, Tr::tr("must be a whole number of 0 or more"));
        return QVariant(*n);
    }
    case SetField::Rpe: {
        const auto rpe = asNumber(value);
        if (!rpe || *rpe < 1 || *rpe > 10 || std::abs(*rpe * 2 - std::round(*rpe * 2)) > 1e-9)
            return Error::invalid(name, value, Tr::tr("must be from 1 to 10 in steps of 0.5"));
        return QVariant(roundTo(*rpe, 1));
    }
    case SetField::Tempo: {
        const auto tempo = parseTempo(value.toString());
        if (!tempo)
            return Error::invalid(
                name, value,
                Tr::tr("must be four phases (eccentric, pause, concentric, pause), each a digit "
                       "or X, e.g. 3-1-X-0"));
        return QVariant(*tempo);
    }
    case SetField::RestSeconds: {
        const auto seconds = value.typeId() == QMetaType::QString ? parseRest(value.toString())
                                                                  : asWholeNumber(value);
        if (!seconds || *seconds < 0)
            return Error::invalid(name, value,
                                  Tr::tr("must be whole seconds of 0 or more, or m:ss"));
        return QVariant(*seconds);
    }
    case SetField::Notes:
        return QVariant(value.toString().trimmed());
    case SetField::IsWarmup:
    case SetField::ToFailure:
        break;
    }
    return value;
}

Status validatePlannedSet(PlannedSet &set)
{
    const auto apply = [](SetField field, auto &member) -> Status {
        using T = typename std::decay_t<decltype(member)>::value_type;
        QVariant in = member ? QVariant::fromValue(*member) : QVariant();
        auto out = normalizeSetField(field, in);
        if (!out)
            return out.error();
        if (out->isNull())
            member.reset();
        else
            member = out->template value<T>();
        return {};
    };
    Status s;
    if (s = apply(SetField::WeightKg, set.targetWeightKg); !s)
        return s;
    if (s = apply(SetField::Reps, set.targetReps); !s)
        return s;
    if (s = apply(SetField::Rir, set.targetRir); !s)
        return s;
    if (s = apply(SetField::Rpe, set.targetRpe); !s)
        return s;
    if (s = apply(SetField::Tempo, set.targetTempo); !s)
        return s;
    if (s = apply(SetField::RestSeconds, set.targetRestS); !s)
        return s;
    return apply(SetField::Notes, set.notes);
}

std::optional<QString> parseTempo(const QString &text)
{
    // Either four phases without separators, or four separated by one kind of separator.
    static const QRegularExpression packed(
        QStringLiteral("^([0-9xX])([0-9xX])([0-9xX])([0-9xX])$"));
    static const QRegularExpression separated(QStringLiteral(
        "^([0-9xX])\\s*([-/ ])\\s*([0-9xX])\\s*\\2\\s*([0-9xX])\\s*\\2\\s*([0-9xX])$"));
    const QString t = text.trimmed();
    QStringList phases;
    if (const auto m = packed.match(t); m.hasMatch()) {
        phases = { m.captured(1), m.captured(2), m.captured(3), m.captured(4) };
    } else if (const auto m2 = separated.match(t); m2.hasMatch()) {
        phases = { m2.captured(1), m2.captured(3), m2.captured(4), m2.captured(5) };
    } else {
        return std::nullopt;
    }
    return phases.join(QLatin1Char('-')).toUpper();
}

std::optional<int> parseRest(const QString &text)
{
    static const QRegularExpression seconds(QStringLiteral("^(\\d{1,6})\\s*s?$"));
    static const QRegularExpression minutes(QStringLiteral("^(\\d{1,4}):([0-5]\\d)$"));
    const QString t = text.trimmed();
    if (const auto m = seconds.match(t); m.hasMatch())
        return m.captured(1).toInt();
    if (const auto m = minutes.match(t); m.hasMatch())
        return m.captured(1).toInt() * 60 + m.captured(2).toInt();
    return std::nullopt;
}

QString formatRest(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString formatNumber(double value)
{
    return QString::number(value, 'f', 2).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

QVariant valueOf(const PlannedSet &set, SetField field)
{
    const auto optional = [](const auto &value) {
        return value ? QVariant::fromValue(*value) : QVariant();
    };
    switch (field) {
    case SetField::IsWarmup:
        return set.isWarmup;
    case SetField::ToFailure:
        return set.toFailure;
    case SetField::WeightKg:
        return optional(set.targetWeightKg);
    case SetField::Reps:
        return optional(set.targetReps);
    case SetField::Rir:
        return optional(set.targetRir);
    case SetField::Rpe:
        return optional(set.targetRpe);
    case SetField::Tempo:
        return optional(set.targetTempo);
    case SetField::RestSeconds:
        return optional(set.targetRestS);
    case SetField::Notes:
        return optional(set.notes);
    }
    return {};
}

} // namespace ft::core::plan
