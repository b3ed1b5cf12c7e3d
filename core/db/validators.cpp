#include "core/db/validators.h"

#include "core/db/database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ft::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validators)
};

QString f(const char *table, const char *column)
{
    return QString::fromLatin1(table) + QLatin1Char('.') + QString::fromLatin1(column);
}

Status required(const char *table, const char *column, QString &value)
{
    value = value.trimmed();
    if (value.isEmpty())
        return Error::invalid(f(table, column), value, Tr::tr("must not be empty"));
    return {};
}

// The subject that owns a row of `table`, or an error naming `field` when the row is missing.
Result<Id> ownerOf(Database &db, const QString &table, Id id, const QString &field)
{
    // Table names are constants of this file, never input.
    auto subject = db.scalar(QStringLiteral("SELECT subject_id FROM ") + table
                                 + QStringLiteral(" WHERE id = ?"),
                             { id });
    if (!subject)
        return subject.error();
    if (subject->isNull())
        return Error::invalid(field, id, Tr::tr("must refer to an existing row of %1").arg(table));
    return subject->toLongLong();
}

Status sameSubject(Database &db, const QString &field, const QString &parentTable, Id parentId,
                   Id subjectId, const QString &what)
{
    auto owner = ownerOf(db, parentTable, parentId, field);
    if (!owner)
        return owner.error();
    if (*owner != subjectId) {
        return Error::invalid(field, parentId,
                              Tr::tr("%1 belongs to subject %2, not to subject %3")
                                  .arg(what)
                                  .arg(*owner)
                                  .arg(subjectId));
    }
    return {};
}
} // namespace

QString slugify(const QString &name)
{
    QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    bool dash = false;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            slug += c;
            dash = false;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        } else if (!dash && !slug.isEmpty()) {
            slug += QLatin1Char('-');
            dash = true;
        }
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.left(140);
}

template<>
Status validateEntity<User>(Database &, User &row)
{
    row.email = row.email.trimmed().toLower();
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (!email.match(row.email).hasMatch())
        return Error::invalid(f("users", "email"), row.email,
                              Tr::tr("must be an email address like name@example.com"));
    if (Status s = required("users", "username", row.username); !s)
        return s;
    if (row.passwordHash.isEmpty())
        return Error::invalid(f("users", "password_hash"), row.passwordHash,
                              Tr::tr("must not be empty"));
    if (row.fullName) {
        row.fullName = row.fullName->trimmed();
        if (row.fullName->isEmpty())
            row.fullName.reset();
    }
    return {};
}

template<>
Status validateEntity<SubjectProfile>(Database &, SubjectProfile &row)
{
    const int thisYear = QDate::currentDate().year();
    if (row.birthYear && (*row.birthYear < 1900 || *row.birthYear > thisYear))
        return Error::invalid(f("subject_profiles", "birth_year"), *row.birthYear,
                              Tr::tr("must be from 1900 to %1").arg(thisYear));
    if (row.heightCm && *row.heightCm <= 0)
        return Error::invalid(f("subject_profiles", "height_cm"), *row.heightCm,
                              Tr::tr("must be greater than 0"));
    if (row.dominantHand) {
        row.dominantHand = row.dominantHand->trimmed();
        if (row.dominantHand->isEmpty())
            row.dominantHand.reset();
    }
    return {};
}

template<>
Status validateEntity<SubjectBodyMetrics>(Database &, SubjectBodyMetrics &row)
{
    if (!row.measuredOn.isValid())
        return Error::invalid(f("subject_body_metrics", "measured_on"), QString(),
                              Tr::tr("must be a valid date"));
    if (row.weightKg && *row.weightKg < 0)
        return Error::invalid(f("subject_body_metrics", "weight_kg"), *row.weightKg,
                              Tr::tr("must be 0 or more"));
    if (row.bodyfatPct && (*row.bodyfatPct < 0 || *row.bodyfatPct > 100))
        return Error::invalid(f("subject_body_metrics", "bodyfat_pct"), *row.bodyfatPct,
                              Tr::tr("must be from 0 to 100"));
    if (row.restingHr && *row.restingHr <= 0)
        return Error::invalid(f("subject_body_metrics", "resting_hr"), *row.restingHr,
                              Tr::tr("must be greater than 0"));
    return {};
}

template<>
Status validateEntity<Exercise>(Database &, Exercise &row)
{
    if (Status s = required("exercises", "name", row.name); !s)
        return s;
    return required("exercises", "slug", row.slug);
}

template<>
Status validateEntity<ExerciseAlias>(Database &, ExerciseAlias &row)
{
    return required("exercise_aliases", "alias", row.alias);
}

template<>
Status validateEntity<Tag>(Database &, Tag &row)
{
    return required("tags", "name", row.name);
}

template<>
Status validateEntity<Routine>(Database &, Routine &row)
{
    return required("routines", "name", row.name);
}

template<>
Status validateEntity<Cycle>(Database &db, Cycle &row)
{
    if (row.cycleNumber <= 0)
        return Error::invalid(f("cycles", "cycle_number"), row.cycleNumber,
                              Tr::tr("must be greater than 0"));
    if (row.startedOn && row.endedOn && *row.endedOn < *row.startedOn)
        return Error::invalid(
            f("cycles", "ended_on"), row.endedOn->toString(Qt::ISODate),
            Tr::tr("must not be before started_on (%1)").arg(row.startedOn->toString(Qt::ISODate)));
    return sameSubject(db, f("cycles", "routine_id"), QStringLiteral("routines"), row.routineId,
                       row.subjectId, Tr::tr("the routine"));
}

template<>
Status validateEntity<WorkoutSession>(Database &db, WorkoutSession &row)
{
    if (!row.workoutDate.isValid())
        return Error::invalid(f("workout_sessions", "workout_date"), QString(),
                              Tr::tr("must be a valid date"));
    if (row.cycleId) {
        if (Status s = sameSubject(db, f("workout_sessions", "cycle_id"), QStringLiteral("cycles"),
                                   *row.cycleId, row.subjectId, Tr::tr("the cycle"));
            !s)
            return s;
    }
    if (row.cycleId && row.routineDayId) {
        auto cycleRoutine = db.scalar(QStringLiteral("SELECT routine_id FROM cycles WHERE id = ?"),
                                      { *row.cycleId });
        auto dayRoutine =
            db.scalar(QStringLiteral("SELECT routine_id FROM routine_days WHERE id = ?"),
                      { *row.routineDayId });
        if (!cycleRoutine)
            return cycleRoutine.error();
        if (!dayRoutine)
            return dayRoutine.error();
        if (dayRoutine->isNull())
            return Error::invalid(f("workout_sessions", "routine_day_id"), *row.routineDayId,
                                  Tr::tr("must refer to an existing row of routine_days"));
        if (dayRoutine->toLongLong() != cycleRoutine->toLongLong())
            return Error::invalid(
                f("workout_sessions", "routine_day_id"), *row.routineDayId,
                Tr::tr("the routine day belongs to routine %1, but the cycle runs "
                       "routine %2")
                    .arg(dayRoutine->toLongLong())
                    .arg(cycleRoutine->toLongLong()));
    }
    return {};
}

template<>
Status validateEntity<ExerciseSetLog>(Database &db, ExerciseSetLog &row)
{
    if (!row.performedAt.isValid())
        return Error::invalid(f("exercise_set_logs", "performed_at"), QString(),
                              Tr::tr("must be a valid date and time"));
    if (row.sessionId) {
        return sameSubject(db, f("exercise_set_logs", "session_id"),
                           QStringLiteral("workout_sessions"), *row.sessionId, row.subjectId,
                           Tr::tr("the session"));
    }
    return {};
}

} // namespace ft::core
