#include "core/plan/routinefragment.h"

#include "core/catalog/catalogstore.h"
#include "core/db/database.h"
#include "core/plan/routineedit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ft::core::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RoutineFragment)
};

const QString formatName = QStringLiteral("fitnesstrack-routine-fragment");
constexpr int formatVersion = 1;

QString levelName(FragmentLevel level)
{
    switch (level) {
    case FragmentLevel::Day:
        return QStringLiteral("day");
    case FragmentLevel::Slot:
        return QStringLiteral("exercise");
    case FragmentLevel::Set:
        return QStringLiteral("set");
    }
    return {};
}

template<typename T>
QJsonValue optional(const std::optional<T> &value)
{
    if (!value)
        return QJsonValue::Null;
    return QJsonValue(*value);
}

QJsonObject setToJson(const PlannedSet &s)
{
    return { { QStringLiteral("id"), s.id },
             { QStringLiteral("is_warmup"), s.isWarmup },
             { QStringLiteral("to_failure"), s.toFailure },
             { QStringLiteral("target_weight_kg"), optional(s.targetWeightKg) },
             { QStringLiteral("target_reps"), optional(s.targetReps) },
             { QStringLiteral("target_rir"), optional(s.targetRir) },
             { QStringLiteral("target_rpe"), optional(s.targetRpe) },
             { QStringLiteral("target_tempo"), optional(s.targetTempo) },
             { QStringLiteral("target_rest_s"), optional(s.targetRestS) },
             { QStringLiteral("notes"), optional(s.notes) } };
}

QJsonObject slotToJson(const RoutineSlot &slot, const QHash<Id, QString> &slugs)
{
    QJsonArray sets;
    for (const PlannedSet &s : slot.sets)
        sets.append(setToJson(s));
    return { { QStringLiteral("id"), slot.row.id },
             { QStringLiteral("exercise_id"), slot.row.exerciseId },
             { QStringLiteral("exercise_slug"), slugs.value(slot.row.exerciseId) },
             { QStringLiteral("exercise_name"), slot.exerciseName },
             { QStringLiteral("notes"), optional(slot.row.notes) },
             { QStringLiteral("sets"), sets } };
}

QJsonObject dayToJson(const RoutineTreeDay &day, const QHash<Id, QString> &slugs)
{
    QJsonArray slotList;
    for (const RoutineSlot &slot : day.exerciseSlots)
        slotList.append(slotToJson(slot, slugs));
    return { { QStringLiteral("id"), day.row.id },
             { QStringLiteral("title"), optional(day.row.title) },
             { QStringLiteral("is_rest"), day.row.isRest },
             { QStringLiteral("notes"), optional(day.row.notes) },
             { QStringLiteral("exercises"), slotList } };
}

// Reads JSON values with errors that name where the value is.
class Reader
{
public:
    std::optional<Error> error;

    void fail(const QString &field, const QJsonValue &value, const QString &rule)
    {
        if (error)
            return;
        const QString text = value.isString()
            ? value.toString()
            : QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact))
                  .mid(1)
                  .chopped(1);
        error = Error::invalid(field, text.left(60), rule);
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            fail(path + key, v, Tr::tr("must be true or false"));
        return v.toBool();
    }
    Id id(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(qint64(v.toDouble())))
            fail(path + key, v, Tr::tr("must be a whole number ≥ 0"));
        return Id(v.toDouble());
    }
    std::optional<double> number(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble())
            fail(path + key, v, Tr::tr("must be a number or null"));
        return v.toDouble();
    }
    std::optional<int> integer(const QJsonObject &o, const QString &path, const QString &key)
    {
        const auto n = number(o, path, key);
        if (!n)
            return std::nullopt;
        if (*n != double(int(*n))) {
            fail(path + key, o.value(key), Tr::tr("must be a whole number or null"));
            return std::nullopt;
        }
        return int(*n);
    }
    std::optional<QString> text(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString())
            fail(path + key, v, Tr::tr("must be a text or null"));
        return v.toString();
    }
    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            fail(path + key, v, Tr::tr("must be a list"));
        return v.toArray();
    }
    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, v, Tr::tr("must be an object"));
        return v.toObject();
    }

    PlannedSet set(const QJsonValue &value, const QString &path)
    {
        const QJsonObject o = object(value, path);
        const QString p = path + QLatin1Char('.');
        PlannedSet s;
        s.id = id(o, p, QStringLiteral("id"));
        s.isWarmup = boolean(o, p, QStringLiteral("is_warmup"));
        s.toFailure = boolean(o, p, QStringLiteral("to_failure"));
        s.targetWeightKg = number(o, p, QStringLiteral("target_weight_kg"));
        s.targetReps = integer(o, p, QStringLiteral("target_reps"));
        s.targetRir = integer(o, p, QStringLiteral("target_rir"));
        s.targetRpe = number(o, p, QStringLiteral("target_rpe"));
        s.targetTempo = text(o, p, QStringLiteral("target_tempo"));
        s.targetRestS = integer(o, p, QStringLiteral("target_rest_s"));
        s.notes = text(o, p, QStringLiteral("notes"));
        return s;
    }

    RoutineSlot slot(const QJsonValue &value, const QString &path, QHash<Id, QString> &slugs)
    {
        const QJsonObject o = object(value, path);
        const QString p = path + QLatin1Char('.');
        RoutineSlot slot;
        slot.row.id = id(o, p, QStringLiteral("id"));
        slot.row.exerciseId = id(o, p, QStringLiteral("exercise_id"));
        slot.exerciseName = text(o, p, QStringLiteral("exercise_name")).value_or(QString());
        slot.row.notes = text(o, p, QStringLiteral("notes"));
        const QString slug = text(o, p, QStringLiteral("exercise_slug")).value_or(QString());
        if (slot.row.exerciseId == 0 && slug.isEmpty())
            fail(p + QStringLiteral("exercise_slug"), o.value(QStringLiteral("exercise_slug")),
                 Tr::tr("an exercise needs its id or its slug"));
        slugs.insert(slot.row.exerciseId, slug);
        const QJsonArray sets = array(o, p, QStringLiteral("sets"));
        for (qsizetype i = 0; i < sets.size() && !error; ++i)
            slot.sets.append(set(sets.at(i), p + QStringLiteral("sets[%1]").arg(i)));
        return slot;
    }

    RoutineTreeDay day(const QJsonValue &value, const QString &path, QHash<Id, QString> &slugs)
    {
        const QJsonObject o = object(value, path);
        const QString p = path + QLatin1Char('.');
        RoutineTreeDay day;
        day.row.id = id(o, p, QStringLiteral("id"));
        day.row.title = text(o, p, QStringLiteral("title"));
        day.row.isRest = boolean(o, p, QStringLiteral("is_rest"));
        day.row.notes = text(o, p, QStringLiteral("notes"));
        const QJsonArray list = array(o, p, QStringLiteral("exercises"));
        for (qsizetype i = 0; i < list.size() && !error; ++i)
            day.exerciseSlots.append(
                slot(list.at(i), p + QStringLiteral("exercises[%1]").arg(i), slugs));
        return day;
    }
};

// The exercise of this database that `slot` names.
Result<Id> resolveExercise(Database &db, const RoutineSlot &slot, const QHash<Id, QString> &slugs,
                           QHash<Id, Id> &resolved)
{
    if (const auto it = resolved.constFind(slot.row.exerciseId); it != resolved.cend())
        return *it;
    const QString slug = slugs.value(slot.row.exerciseId);
    std::optional<Id> found;
    if (slot.row.exerciseId) {
        auto byId = findExerciseByIdOrSlug(db, QString::number(slot.row.exerciseId));
        if (!byId)
            return byId.error();
        if (*byId) {
            auto stored = loadExercise(db, **byId);
            if (!stored)
                return stored.error();
            if (slug.isEmpty() || stored->exercise.slug == slug)
                found = **byId;
        }
    }
    if (!found && !slug.isEmpty()) {
        auto bySlug = findExerciseByIdOrSlug(db, slug);
        if (!bySlug)
            return bySlug.error();
        found = *bySlug;
    }
    if (!found)
        return Error::invalid(
            QStringLiteral("exercises.slug"), slug.isEmpty() ? slot.exerciseName : slug,
            Tr::tr("the exercise “%1” is not in this database's catalog").arg(slot.exerciseName));
    resolved.insert(slot.row.exerciseId, *found);
    return *found;
}

Status insertSets(Database &db, const QList<PlannedSet> &sets, Id slotId, int position,
                  QList<Id> *ids)
{
    int at = position;
    for (PlannedSet s : sets) {
        s.id = 0;
        auto id = insertSet(db, slotId, at, s);
        if (!id)
            return id.error();
        if (ids)
            ids->append(*id);
        if (at != atEnd)
            ++at;
    }
    return {};
}

Status insertSlots(Database &db, const QList<RoutineSlot> &slotList,
                   const QHash<Id, QString> &slugs, QHash<Id, Id> &resolved, Id dayId, int position,
                   QList<Id> *ids)
{
    int at = position;
    for (const RoutineSlot &slot : slotList) {
        auto exercise = resolveExercise(db, slot, slugs, resolved);
        if (!exercise)
            return exercise.error();
        auto id = insertSlot(db, dayId, *exercise, at, slot.row.notes.value_or(QString()));
        if (!id)
            return id.error();
        if (ids)
            ids->append(*id);
        if (Status s = insertSets(db, slot.sets, *id, atEnd, nullptr); !s)
            return s;
        if (at != atEnd)
            ++at;
    }
    return {};
}

} // namespace

qsizetype RoutineFragment::size() const
{
    switch (level) {
    case FragmentLevel::Day:
        return days.size();
    case FragmentLevel::Slot:
        return exerciseSlots.size();
    case FragmentLevel::Set:
        return sets.size();
    }
    return 0;
}

QList<Id> RoutineFragment::ids() const
{
    QList<Id> list;
    for (const auto &d : days)
        list.append(d.row.id);
    for (const auto &s : exerciseSlots)
        list.append(s.row.id);
    for (const auto &s : sets)
        list.append(s.id);
    return list;
}

QByteArray fragmentToJson(const RoutineFragment &fragment)
{
    QJsonArray items;
    for (const RoutineTreeDay &day : fragment.days)
        items.append(dayToJson(day, fragment.exerciseSlugs));
    for (const RoutineSlot &slot : fragment.exerciseSlots)
        items.append(slotToJson(slot, fragment.exerciseSlugs));
    for (const PlannedSet &s : fragment.sets)
        items.append(setToJson(s));
    const QJsonObject root { { QStringLiteral("format"), formatName },
                             { QStringLiteral("version"), formatVersion },
                             { QStringLiteral("level"), levelName(fragment.level) },
                             { QStringLiteral("source_database"), fragment.sourceDatabase },
                             { QStringLiteral("source_routine_id"), fragment.sourceRoutineId },
                             { QStringLiteral("items"), items } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<RoutineFragment> fragmentFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalid(QStringLiteral("clipboard"), QString::fromUtf8(json.left(40)),
                              Tr::tr("is not JSON (%1 at character %2)")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != formatName)
        return Error::invalid(
            QStringLiteral("format"), root.value(QStringLiteral("format")).toString(),
            Tr::tr("must be “%1”: this is not part of a FitnessTrack routine").arg(formatName));
    if (root.value(QStringLiteral("version")).toInt() != formatVersion)
        return Error::invalid(QStringLiteral("version"),
                              QString::number(root.value(QStringLiteral("version")).toInt()),
                              Tr::tr("must be %1").arg(formatVersion));
    RoutineFragment fragment;
    const QString level = root.value(QStringLiteral("level")).toString();
    if (level == levelName(FragmentLevel::Day))
        fragment.level = FragmentLevel::Day;
    else if (level == levelName(FragmentLevel::Slot))
        fragment.level = FragmentLevel::Slot;
    else if (level == levelName(FragmentLevel::Set))
        fragment.level = FragmentLevel::Set;
    else
        return Error::invalid(QStringLiteral("level"), level,
                              Tr::tr("must be day, exercise or set"));
    Reader read;
    fragment.sourceDatabase =
        read.text(root, {}, QStringLiteral("source_database")).value_or(QString());
    fragment.sourceRoutineId = read.id(root, {}, QStringLiteral("source_routine_id"));
    const QJsonArray items = read.array(root, {}, QStringLiteral("items"));
    for (qsizetype i = 0; i < items.size() && !read.error; ++i) {
        const QString path = QStringLiteral("items[%1]").arg(i);
        switch (fragment.level) {
        case FragmentLevel::Day:
            fragment.days.append(read.day(items.at(i), path, fragment.exerciseSlugs));
            break;
        case FragmentLevel::Slot:
            fragment.exerciseSlots.append(read.slot(items.at(i), path, fragment.exerciseSlugs));
            break;
        case FragmentLevel::Set:
            fragment.sets.append(read.set(items.at(i), path));
            break;
        }
    }
    if (read.error)
        return *read.error;
    if (fragment.size() == 0)
        return Error::invalid(QStringLiteral("items"), QString(), Tr::tr("must not be empty"));
    return fragment;
}

Result<QList<Id>> insertFragment(Database &db, const RoutineFragment &fragment, Id containerId,
                                 int position)
{
    QList<Id> ids;
    QHash<Id, Id> resolved;
    switch (fragment.level) {
    case FragmentLevel::Day: {
        int at = position;
        for (const RoutineTreeDay &day : fragment.days) {
            auto id =
                insertDay(db, containerId, at, { day.row.title, day.row.isRest, day.row.notes });
            if (!id)
                return id.error();
            ids.append(*id);
            if (Status s = insertSlots(db, day.exerciseSlots, fragment.exerciseSlugs, resolved, *id,
                                       atEnd, nullptr);
                !s)
                return s.error();
            if (at != atEnd)
                ++at;
        }
        break;
    }
    case FragmentLevel::Slot:
        if (Status s = insertSlots(db, fragment.exerciseSlots, fragment.exerciseSlugs, resolved,
                                   containerId, position, &ids);
            !s)
            return s.error();
        break;
    case FragmentLevel::Set:
        if (Status s = insertSets(db, fragment.sets, containerId, position, &ids); !s)
            return s.error();
        break;
    }
    return ids;
}

} // namespace ft::core::plan
