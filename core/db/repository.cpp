#include "core/db/repository.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <cmath>
#include <cstdio>

namespace ft::core::columns {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Repository)
};

QString fieldName(const QString &table, const FieldSpec &f)
{
    return table + QLatin1Char('.') + QString::fromLatin1(f.name);
}
} // namespace

QString utcText(qint64 ms)
{
    const qint64 dayMs = 86'400'000;
    const qint64 days = ms >= 0 ? ms / dayMs : -((-ms + dayMs - 1) / dayMs);
    const qint64 rest = ms - days * dayMs;
    const QDate date = QDate::fromJulianDay(days + 2'440'588); // 1970-01-01
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(),
                  date.month(), date.day(), int(rest / 3'600'000), int(rest / 60'000 % 60),
                  int(rest / 1000 % 60), int(rest % 1000));
    return QString::fromLatin1(text);
}

QVariant nullOf(const Dialect &, const FieldSpec &, QMetaType type)
{
    // Dates, timestamps and UUIDs travel as text (see Dialect), so their NULL is a text NULL.
    if (type == QMetaType::fromType<QDate>() || type == QMetaType::fromType<QDateTime>()
        || type == QMetaType::fromType<QUuid>())
        return QVariant(QMetaType::fromType<QString>());
    if (type == QMetaType::fromType<Id>())
        return QVariant(QMetaType::fromType<qlonglong>());
    return QVariant(type);
}

QVariant toDb(const Dialect &, const FieldSpec &, const QString &v)
{
    return v;
}
QVariant toDb(const Dialect &, const FieldSpec &, Id v)
{
    return QVariant::fromValue<qlonglong>(v);
}
QVariant toDb(const Dialect &, const FieldSpec &, int v)
{
    return v;
}
QVariant toDb(const Dialect &d, const FieldSpec &, bool v)
{
    return d.bindBool(v);
}
QVariant toDb(const Dialect &, const FieldSpec &f, double v)
{
    if (f.scale >= 0) {
        const double factor = std::pow(10.0, f.scale);
        v = std::round(v * factor) / factor;
    }
    return v;
}
QVariant toDb(const Dialect &d, const FieldSpec &, const QDate &v)
{
    return d.bindDate(v);
}
QVariant toDb(const Dialect &d, const FieldSpec &, const QDateTime &v)
{
    // Years 1 to 9999, where utcText() writes what bindDateTime() writes.
    static const qint64 first =
        QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    static const qint64 last =
        QDateTime(QDate(10000, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    if (!v.isValid())
        return d.bindDateTime(v);
    const qint64 ms = v.toMSecsSinceEpoch();
    if (ms < first || ms >= last)
        return d.bindDateTime(v);
    return utcText(ms);
}
QVariant toDb(const Dialect &, const FieldSpec &, const QUuid &v)
{
    if (v.isNull())
        return QVariant(QMetaType::fromType<QString>());
    return v.toString(QUuid::WithoutBraces);
}

void fromDb(const Dialect &, const QVariant &in, QString &out)
{
    out = in.toString();
}
void fromDb(const Dialect &, const QVariant &in, Id &out)
{
    out = in.toLongLong();
}
void fromDb(const Dialect &, const QVariant &in, int &out)
{
    out = in.toInt();
}
void fromDb(const Dialect &d, const QVariant &in, bool &out)
{
    out = d.readBool(in);
}
void fromDb(const Dialect &, const QVariant &in, double &out)
{
    out = in.toDouble();
}
void fromDb(const Dialect &d, const QVariant &in, QDate &out)
{
    out = d.readDate(in);
}
void fromDb(const Dialect &d, const QVariant &in, QDateTime &out)
{
    out = d.readDateTime(in);
}
void fromDb(const Dialect &, const QVariant &in, QUuid &out)
{
    out = QUuid::fromString(in.toString());
}

Status checkValue(const QString &table, const FieldSpec &f, const QString &v)
{
    if (f.maxLength > 0 && v.size() > f.maxLength)
        return Error::invalid(
            fieldName(table, f), v,
            Tr::tr("must be at most %1 characters (it has %2)").arg(f.maxLength).arg(v.size()));
    if (f.enumType != EnumType::None && !isEnumValue(f.enumType, v))
        return Error::invalid(
            fieldName(table, f), v,
            Tr::tr("must be one of %1").arg(enumValues(f.enumType).join(QStringLiteral(", "))));
    return {};
}

Status checkValue(const QString &table, const FieldSpec &f, double v)
{
    if (!std::isfinite(v))
        return Error::invalid(fieldName(table, f), v, Tr::tr("must be a finite number"));
    if (f.precision > 0) {
        const double limit = std::pow(10.0, f.precision - f.scale);
        const double factor = std::pow(10.0, f.scale);
        if (std::abs(std::round(v * factor) / factor) >= limit)
            return Error::invalid(fieldName(table, f), v,
                                  Tr::tr("must be less than %1 in magnitude (numeric(%2,%3))")
                                      .arg(limit)
                                      .arg(f.precision)
                                      .arg(f.scale));
    }
    return {};
}

Result<Statement> selectStatement(const QString &table, const QStringList &columns,
                                  const QStringList &keyColumns, const Filter &filter,
                                  const Dialect &dialect, bool countOnly)
{
    Statement statement;
    QStringList conditions;
    for (const Filter::Condition &c : filter.conditions) {
        if (!columns.contains(c.column))
            return Error::make(Error::Kind::Usage,
                               Tr::tr("%1 has no column %2").arg(table, c.column));
        QVariant value = c.value;
        if (value.typeId() == QMetaType::Bool)
            value = dialect.bindBool(value.toBool());
        else if (value.typeId() == QMetaType::QDate)
            value = dialect.bindDate(value.toDate());
        else if (value.typeId() == QMetaType::QDateTime)
            value = dialect.bindDateTime(value.toDateTime());
        switch (c.op) {
        case Filter::Op::IsNull:
            conditions.append(c.column + QStringLiteral(" IS NULL"));
            continue;
        case Filter::Op::IsNotNull:
            conditions.append(c.column + QStringLiteral(" IS NOT NULL"));
            continue;
        case Filter::Op::Contains:
            conditions.append(c.column + QLatin1Char(' ') + dialect.containsOperator()
                              + QStringLiteral(" ? ESCAPE '!'"));
            {
                QString pattern = value.toString();
                pattern.replace(QLatin1Char('!'), QLatin1String("!!"))
                    .replace(QLatin1Char('%'), QLatin1String("!%"))
                    .replace(QLatin1Char('_'), QLatin1String("!_"));
                statement.params.append(QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
            }
            continue;
        case Filter::Op::Equal:
            conditions.append(c.column + QStringLiteral(" = ?"));
            break;
        case Filter::Op::NotEqual:
            conditions.append(c.column + QStringLiteral(" <> ?"));
            break;
        case Filter::Op::Less:
            conditions.append(c.column + QStringLiteral(" < ?"));
            break;
        case Filter::Op::LessOrEqual:
            conditions.append(c.column + QStringLiteral(" <= ?"));
            break;
        case Filter::Op::Greater:
            conditions.append(c.column + QStringLiteral(" > ?"));
            break;
        case Filter::Op::GreaterOrEqual:
            conditions.append(c.column + QStringLiteral(" >= ?"));
            break;
        }
        statement.params.append(value);
    }
    if (!filter.orderBy.isEmpty() && !columns.contains(filter.orderBy))
        return Error::make(Error::Kind::Usage,
                           Tr::tr("%1 has no column %2").arg(table, filter.orderBy));

    statement.sql =
        QStringLiteral("SELECT %1 FROM %2")
            .arg(countOnly ? QStringLiteral("COUNT(*)") : columns.join(QStringLiteral(", ")),
                 table);
    if (!conditions.isEmpty())
        statement.sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    if (!countOnly) {
        QStringList order;
        if (!filter.orderBy.isEmpty())
            order.append(filter.orderBy
                         + (filter.descending ? QStringLiteral(" DESC") : QString()));
        order.append(keyColumns);
        statement.sql += QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
        if (filter.limit >= 0) {
            statement.sql += QStringLiteral(" LIMIT ? OFFSET ?");
            statement.params.append(filter.limit);
            statement.params.append(filter.offset);
        }
    }
    return statement;
}

Error notFound(const QString &table, const QVariant &key)
{
    Error e = Error::make(Error::Kind::NotFound,
                          Tr::tr("%1: no row with id %2").arg(table, key.toString()));
    e.field = table + QStringLiteral(".id");
    e.value = key.toString();
    e.rule = Tr::tr("must exist");
    return e;
}

} // namespace ft::core::columns
