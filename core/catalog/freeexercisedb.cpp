#include "core/catalog/freeexercisedb.h"

#include "core/catalog/catalogstore.h"
#include "core/catalog/exercisesearch.h"
#include "core/db/database.h"
#include "core/db/validators.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMap>
#include <QSet>

#include <optional>

namespace ft::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FreeExerciseDb)
};

const QString sourceTag = QStringLiteral("free-exercise-db");

struct Phrase
{
    const char16_t *words; // folded, space-separated; each matches at the start of a word
    const char *value;
};

// The folded name padded with spaces, so that " word" finds a word start.
bool has(const QString &padded, const char16_t *phrase)
{
    return padded.contains(QStringView(u" ") + QStringView(phrase));
}

template<size_t N>
const char *firstMatch(const QString &padded, const Phrase (&rules)[N])
{
    for (const Phrase &rule : rules) {
        if (has(padded, rule.words))
            return rule.value;
    }
    return nullptr;
}

// clang-format off
// First match wins; the order settles names that contain two patterns ("split squat" before
// "squat", "clean and jerk" is a clean, "rear delt fly" before "fly", "calf" before "leg press").
constexpr Phrase movementRules[] = {
    { u"split squat", "LUNGE" }, { u"bulgarian", "LUNGE" }, { u"lunge", "LUNGE" },
    { u"step up", "LUNGE" }, { u"stepup", "LUNGE" },
    { u"calf", "CALF_RAISE" }, { u"calves", "CALF_RAISE" },
    { u"abduction", "HIP_ABDUCTION" }, { u"lateral walk", "HIP_ABDUCTION" },
    { u"monster walk", "HIP_ABDUCTION" }, { u"clam", "HIP_ABDUCTION" },
    { u"adduction", "HIP_ADDUCTION" },
    { u"clean", "HINGE" }, { u"snatch", "HINGE" }, { u"good morning", "HINGE" },
    { u"deadlift", "HINGE" }, { u"rdl", "HINGE" }, { u"hip thrust", "HINGE" },
    { u"bridge", "HINGE" }, { u"swing", "HINGE" }, { u"hyperextension", "HINGE" },
    { u"back extension", "HINGE" }, { u"pull through", "HINGE" },
    { u"squat", "SQUAT" }, { u"leg press", "SQUAT" }, { u"wall sit", "SQUAT" },
    { u"pallof", "ANTI_ROTATION" },
    { u"woodchop", "ROTATION" }, { u"wood chop", "ROTATION" }, { u"twist", "ROTATION" },
    { u"carry", "CARRY" }, { u"farmer", "CARRY" }, { u"yoke", "CARRY" }, { u"suitcase", "CARRY" },
    { u"plank", "CORE_BRACE" }, { u"hollow", "CORE_BRACE" }, { u"dead bug", "CORE_BRACE" },
    { u"rollout", "CORE_BRACE" }, { u"roll out", "CORE_BRACE" }, { u"ab wheel", "CORE_BRACE" },
    { u"bird dog", "CORE_BRACE" },
    { u"upright row", "VERTICAL_PULL" }, { u"pull up", "VERTICAL_PULL" },
    { u"pullup", "VERTICAL_PULL" }, { u"chin up", "VERTICAL_PULL" }, { u"chinup", "VERTICAL_PULL" },
    { u"pulldown", "VERTICAL_PULL" }, { u"pull down", "VERTICAL_PULL" },
    { u"lat pull", "VERTICAL_PULL" },
    { u"rear delt", "HORIZONTAL_PULL" }, { u"reverse fly", "HORIZONTAL_PULL" },
    { u"reverse flye", "HORIZONTAL_PULL" }, { u"face pull", "HORIZONTAL_PULL" },
    { u"row", "HORIZONTAL_PULL" },
    { u"overhead press", "VERTICAL_PUSH" }, { u"military press", "VERTICAL_PUSH" },
    { u"shoulder press", "VERTICAL_PUSH" }, { u"push press", "VERTICAL_PUSH" },
    { u"arnold press", "VERTICAL_PUSH" }, { u"jerk", "VERTICAL_PUSH" },
    { u"handstand", "VERTICAL_PUSH" }, { u"pike push", "VERTICAL_PUSH" },
    { u"dip", "VERTICAL_PUSH" },
    { u"bench press", "HORIZONTAL_PUSH" }, { u"floor press", "HORIZONTAL_PUSH" },
    { u"chest press", "HORIZONTAL_PUSH" }, { u"incline press", "HORIZONTAL_PUSH" },
    { u"decline press", "HORIZONTAL_PUSH" }, { u"push up", "HORIZONTAL_PUSH" },
    { u"pushup", "HORIZONTAL_PUSH" }, { u"fly", "HORIZONTAL_PUSH" }, { u"flye", "HORIZONTAL_PUSH" },
    { u"crossover", "HORIZONTAL_PUSH" }, { u"pec deck", "HORIZONTAL_PUSH" },
};

// "single" covers single-arm and single-leg, "alternat" alternating and alternate.
constexpr Phrase unilateralWords[] = {
    { u"single", "" }, { u"one arm", "" }, { u"one leg", "" }, { u"alternat", "" },
    { u"unilateral", "" },
};

constexpr Phrase obliqueWords[] = {
    { u"oblique", "" }, { u"twist", "" }, { u"side bend", "" }, { u"woodchop", "" }, { u"wood chop", "" },
};

// clang-format on

const QHash<QString, QString> &muscleMap()
{
    static const QHash<QString, QString> map {
        { QStringLiteral("abdominals"), QStringLiteral("ABS") },
        { QStringLiteral("abductors"), QStringLiteral("GLUTES") },
        { QStringLiteral("adductors"), QStringLiteral("OTHER") },
        { QStringLiteral("biceps"), QStringLiteral("BICEPS") },
        { QStringLiteral("calves"), QStringLiteral("CALVES") },
        { QStringLiteral("chest"), QStringLiteral("CHEST") },
        { QStringLiteral("forearms"), QStringLiteral("FOREARMS") },
        { QStringLiteral("glutes"), QStringLiteral("GLUTES") },
        { QStringLiteral("hamstrings"), QStringLiteral("HAMSTRINGS") },
        { QStringLiteral("lats"), QStringLiteral("BACK") },
        { QStringLiteral("lower back"), QStringLiteral("BACK") },
        { QStringLiteral("middle back"), QStringLiteral("BACK") },
        { QStringLiteral("neck"), QStringLiteral("OTHER") },
        { QStringLiteral("quadriceps"), QStringLiteral("QUADS") },
        { QStringLiteral("shoulders"), QStringLiteral("SHOULDERS") },
        { QStringLiteral("traps"), QStringLiteral("BACK") },
        { QStringLiteral("triceps"), QStringLiteral("TRICEPS") },
    };
    return map;
}

const QHash<QString, QString> &equipmentMap()
{
    static const QHash<QString, QString> map {
        { QStringLiteral("barbell"), QStringLiteral("BARBELL") },
        { QStringLiteral("dumbbell"), QStringLiteral("DUMBBELL") },
        { QStringLiteral("machine"), QStringLiteral("MACHINE") },
        { QStringLiteral("cable"), QStringLiteral("CABLE") },
        { QStringLiteral("body only"), QStringLiteral("BODYWEIGHT") },
        { QStringLiteral("kettlebells"), QStringLiteral("KETTLEBELL") },
        { QStringLiteral("bands"), QStringLiteral("BAND") },
        { QStringLiteral("e-z curl bar"), QStringLiteral("EZ_BAR") },
        // No equivalent in the data model: OTHER, and the original becomes a tag.
        { QStringLiteral("medicine ball"), QStringLiteral("OTHER") },
        { QStringLiteral("exercise ball"), QStringLiteral("OTHER") },
        { QStringLiteral("foam roll"), QStringLiteral("OTHER") },
        { QStringLiteral("other"), QStringLiteral("OTHER") },
    };
    return map;
}

const QHash<QString, QString> &levelMap()
{
    static const QHash<QString, QString> map {
        { QStringLiteral("beginner"), QStringLiteral("BEGINNER") },
        { QStringLiteral("intermediate"), QStringLiteral("INTERMEDIATE") },
        { QStringLiteral("expert"), QStringLiteral("ADVANCED") },
    };
    return map;
}

const QHash<QString, QString> &forceMap()
{
    static const QHash<QString, QString> map {
        { QStringLiteral("push"), QStringLiteral("PUSH") },
        { QStringLiteral("pull"), QStringLiteral("PULL") },
        { QStringLiteral("static"), QStringLiteral("STATIC") },
    };
    return map;
}

const QHash<QString, QString> &mechanicMap()
{
    static const QHash<QString, QString> map {
        { QStringLiteral("compound"), QStringLiteral("COMPOUND") },
        { QStringLiteral("isolation"), QStringLiteral("ISOLATION") },
    };
    return map;
}

const QSet<QString> &knownCategories()
{
    static const QSet<QString> set {
        QStringLiteral("strength"),
        QStringLiteral("stretching"),
        QStringLiteral("plyometrics"),
        QStringLiteral("powerlifting"),
        QStringLiteral("olympic weightlifting"),
        QStringLiteral("strongman"),
        QStringLiteral("cardio"),
    };
    return set;
}

// Collects unmapped values, grouped by (field, value), in order of first appearance per field.
class Report
{
public:
    void add(const QString &field, const QString &value, const QString &usedInstead,
             const QString &exercise)
    {
        const QString key = field + QChar(0) + value;
        auto it = m_index.constFind(key);
        if (it == m_index.constEnd()) {
            it = m_index.insert(key, m_values.size());
            m_values.append({ field, value, usedInstead, 0, {} });
        }
        UnmappedValue &u = m_values[*it];
        ++u.count;
        u.exercises.append(exercise);
    }

    QList<UnmappedValue> values() const
    {
        QList<UnmappedValue> sorted = m_values;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const UnmappedValue &a, const UnmappedValue &b) {
                             if (a.field != b.field)
                                 return a.field < b.field;
                             return a.value < b.value;
                         });
        return sorted;
    }

private:
    QList<UnmappedValue> m_values;
    QHash<QString, qsizetype> m_index;
};

Error entryError(qsizetype index, const QString &name, const QString &key, const QString &value,
                 const QString &rule)
{
    Error e = Error::invalid(key, value, rule);
    e.field = QStringLiteral("exercises[%1].%2").arg(index).arg(key);
    const QString where = name.isEmpty() ? Tr::tr("Entry %1").arg(index + 1)
                                         : Tr::tr("Entry %1 (\"%2\")").arg(index + 1).arg(name);
    e.message = Tr::tr("%1: %2 %3. Nothing was imported.").arg(where, key, rule);
    return e;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isNull())
        return QStringLiteral("null");
    if (v.isUndefined())
        return QString();
    const QString text =
        QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

struct SourceEntry
{
    QString id, name, category;
    std::optional<QString> force, level, mechanic, equipment;
    QStringList primaryMuscles, secondaryMuscles, instructions;
};

// Reads one entry's fields, refusing wrong types.
Result<SourceEntry> readEntry(const QJsonValue &value, qsizetype index)
{
    if (!value.isObject())
        return entryError(index, QString(), QStringLiteral("entry"), jsonText(value),
                          Tr::tr("must be a JSON object"));
    const QJsonObject o = value.toObject();
    SourceEntry s;
    const QJsonValue name = o.value(QLatin1String("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return entryError(index, QString(), QStringLiteral("name"), jsonText(name),
                          name.isUndefined() ? Tr::tr("is missing")
                                             : Tr::tr("must be a non-empty text"));
    s.name = name.toString().simplified();

    Status status;
    const auto text = [&](const char *key, bool nullable) -> std::optional<QString> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || (nullable && v.isNull()))
            return std::nullopt;
        if (!v.isString()) {
            if (status)
                status = entryError(index, s.name, QString::fromLatin1(key), jsonText(v),
                                    nullable ? Tr::tr("must be a text or null")
                                             : Tr::tr("must be a text"));
            return std::nullopt;
        }
        return v.toString().trimmed();
    };
    const auto list = [&](const char *key) -> QStringList {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (v.isString()) // tolerated: one value instead of a list of one
            return { v.toString().trimmed() };
        if (!v.isArray()) {
            if (status)
                status = entryError(index, s.name, QString::fromLatin1(key), jsonText(v),
                                    Tr::tr("must be a list of texts"));
            return {};
        }
        QStringList out;
        for (const QJsonValue item : v.toArray()) {
            if (!item.isString()) {
                if (status)
                    status = entryError(index, s.name, QString::fromLatin1(key), jsonText(item),
                                        Tr::tr("must contain only texts"));
                continue;
            }
            if (!item.toString().trimmed().isEmpty())
                out.append(item.toString().trimmed());
        }
        return out;
    };
    s.id = text("id", true).value_or(QString());
    s.force = text("force", true);
    s.level = text("level", true);
    s.mechanic = text("mechanic", true);
    s.equipment = text("equipment", true);
    s.category = text("category", true).value_or(QString());
    s.primaryMuscles = list("primaryMuscles");
    s.secondaryMuscles = list("secondaryMuscles");
    s.instructions = list("instructions");
    if (!status)
        return status.error();
    return s;
}

QString nullText(const std::optional<QString> &v)
{
    return v ? *v : QStringLiteral("null");
}

ExerciseDetails convertEntry(const SourceEntry &s, Report &report)
{
    ExerciseDetails d;
    Exercise &e = d.exercise;
    e.name = s.name;
    e.slug = slugify(s.id.isEmpty() ? s.name : s.id);
    if (e.slug.isEmpty())
        e.slug = slugify(s.name);
    const QString padded = QLatin1Char(' ') + ExerciseSearchIndex::fold(s.name) + QLatin1Char(' ');

    // Muscles.
    const auto mapMuscle = [&](const QString &muscle, const QString &field) -> QString {
        const QString key = muscle.toLower();
        if (const auto it = muscleMap().constFind(key); it != muscleMap().constEnd())
            return *it;
        report.add(field, muscle, QStringLiteral("OTHER"), s.name);
        return QStringLiteral("OTHER");
    };
    QString sourcePrimary;
    if (s.primaryMuscles.isEmpty()) {
        report.add(QStringLiteral("primaryMuscles"), QStringLiteral("[]"), QStringLiteral("OTHER"),
                   s.name);
        e.primaryMuscle = QStringLiteral("OTHER");
    } else {
        sourcePrimary = s.primaryMuscles.first().toLower();
        e.primaryMuscle = mapMuscle(s.primaryMuscles.first(), QStringLiteral("primaryMuscles"));
        if (e.primaryMuscle == QLatin1String("ABS") && firstMatch(padded, obliqueWords))
            e.primaryMuscle = QStringLiteral("OBLIQUES");
    }
    QStringList secondary;
    for (qsizetype i = 1; i < s.primaryMuscles.size(); ++i)
        secondary.append(mapMuscle(s.primaryMuscles.at(i), QStringLiteral("primaryMuscles")));
    for (const QString &m : s.secondaryMuscles)
        secondary.append(mapMuscle(m, QStringLiteral("secondaryMuscles")));
    for (const QString &m : std::as_const(secondary)) {
        if (m != e.primaryMuscle && !d.secondaryMuscles.contains(m))
            d.secondaryMuscles.append(m);
    }

    // Movement pattern, from the name, then from the primary muscle.
    if (const char *movement = firstMatch(padded, movementRules)) {
        e.movement = QString::fromLatin1(movement);
    } else if (sourcePrimary == QLatin1String("calves")) {
        e.movement = QStringLiteral("CALF_RAISE");
    } else if (sourcePrimary == QLatin1String("abductors")) {
        e.movement = QStringLiteral("HIP_ABDUCTION");
    } else if (sourcePrimary == QLatin1String("adductors")) {
        e.movement = QStringLiteral("HIP_ADDUCTION");
    } else {
        e.movement = QStringLiteral("OTHER");
        report.add(QStringLiteral("movement"), Tr::tr("(not in the source)"),
                   Tr::tr("OTHER: no pattern recognised in the name"), s.name);
    }

    // Level.
    if (s.level && levelMap().contains(s.level->toLower())) {
        e.difficulty = levelMap().value(s.level->toLower());
    } else {
        e.difficulty = QStringLiteral("BEGINNER");
        report.add(QStringLiteral("level"), nullText(s.level), QStringLiteral("BEGINNER"), s.name);
    }

    // Mechanics.
    if (s.mechanic && mechanicMap().contains(s.mechanic->toLower())) {
        e.mechanics = mechanicMap().value(s.mechanic->toLower());
    } else {
        e.mechanics =
            d.secondaryMuscles.isEmpty() ? QStringLiteral("ISOLATION") : QStringLiteral("COMPOUND");
        report.add(QStringLiteral("mechanic"), nullText(s.mechanic),
                   Tr::tr("COMPOUND when more than one muscle group works, else ISOLATION"),
                   s.name);
    }

    // Force.
    const QString category = s.category.toLower();
    if (s.force && forceMap().contains(s.force->toLower())) {
        e.force = forceMap().value(s.force->toLower());
    } else {
        static const QSet<QString> pulls { QStringLiteral("HORIZONTAL_PULL"),
                                           QStringLiteral("VERTICAL_PULL"),
                                           QStringLiteral("HINGE") };
        static const QSet<QString> pushes { QStringLiteral("HORIZONTAL_PUSH"),
                                            QStringLiteral("VERTICAL_PUSH"),
                                            QStringLiteral("SQUAT"), QStringLiteral("LUNGE"),
                                            QStringLiteral("CALF_RAISE") };
        if (category == QLatin1String("stretching"))
            e.force = QStringLiteral("STATIC");
        else if (pulls.contains(e.movement))
            e.force = QStringLiteral("PULL");
        else if (pushes.contains(e.movement))
            e.force = QStringLiteral("PUSH");
        else
            e.force = QStringLiteral("STATIC");
        report.add(QStringLiteral("force"), nullText(s.force),
                   Tr::tr("from the movement pattern: PUSH, PULL, or STATIC (stretches, carries, "
                          "bracing, unknown)"),
                   s.name);
    }

    // Equipment.
    const QString equipment = s.equipment ? s.equipment->toLower() : QString();
    if (s.equipment && equipmentMap().contains(equipment)) {
        e.equipment = equipmentMap().value(equipment);
        if (e.equipment == QLatin1String("MACHINE") && has(padded, u"smith"))
            e.equipment = QStringLiteral("SMITH");
        else if (e.equipment == QLatin1String("BARBELL")
                 && (has(padded, u"trap bar") || has(padded, u"hex bar")))
            e.equipment = QStringLiteral("TRAP_BAR");
        else if (e.equipment == QLatin1String("OTHER") && equipment != QLatin1String("other"))
            d.tags.append(equipment);
    } else {
        e.equipment = QStringLiteral("OTHER");
        if (s.equipment && !equipment.isEmpty())
            d.tags.append(equipment.left(50));
        report.add(QStringLiteral("equipment"), nullText(s.equipment), QStringLiteral("OTHER"),
                   s.name);
    }

    // Category → tag.
    if (!category.isEmpty()) {
        if (!knownCategories().contains(category))
            report.add(QStringLiteral("category"), s.category, Tr::tr("a tag of the same name"),
                       s.name);
        if (!d.tags.contains(category))
            d.tags.append(category.left(50));
    }
    if (!d.tags.contains(sourceTag))
        d.tags.append(sourceTag);

    e.unilateral = firstMatch(padded, unilateralWords) != nullptr;
    if (!s.instructions.isEmpty())
        e.instructions = s.instructions.join(QLatin1Char('\n'));
    return d;
}

} // namespace

Result<FreeExerciseDbConversion> convertFreeExerciseDb(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        Error e = Error::make(Error::Kind::File,
                              Tr::tr("The file is not valid JSON: %1 at line %2, column %3 (byte "
                                     "offset %4). Nothing was imported.")
                                  .arg(parseError.errorString())
                                  .arg(line)
                                  .arg(column)
                                  .arg(parseError.offset));
        e.field = QStringLiteral("json");
        e.value = QString::number(parseError.offset);
        e.rule = parseError.errorString();
        return e;
    }
    if (!doc.isArray()) {
        Error e =
            Error::make(Error::Kind::File,
                        Tr::tr("The file is JSON but not a free-exercise-db exercise list: it "
                               "must be an array of exercises ([{\"name\": …}, …]), and it is "
                               "an object. Nothing was imported."));
        e.field = QStringLiteral("json");
        e.rule = Tr::tr("must be an array");
        return e;
    }
    const QJsonArray array = doc.array();
    FreeExerciseDbConversion conversion;
    Report report;
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto entry = readEntry(array.at(i), i);
        if (!entry)
            return entry.error();
        ExerciseDetails details = convertEntry(*entry, report);
        ExerciseDetails checked = details;
        if (const QList<Error> problems = exerciseProblems(checked); !problems.isEmpty()) {
            const Error &p = problems.first();
            return entryError(i, entry->name, p.field, p.value, p.rule);
        }
        conversion.exercises.append(std::move(checked));
    }
    conversion.unmapped = report.values();
    return conversion;
}

QJsonObject FreeExerciseDbImport::toJson() const
{
    QJsonArray unmappedArray;
    for (const UnmappedValue &u : unmapped) {
        unmappedArray.append(QJsonObject {
            { QStringLiteral("field"), u.field },
            { QStringLiteral("value"), u.value },
            { QStringLiteral("used_instead"), u.usedInstead },
            { QStringLiteral("count"), u.count },
            { QStringLiteral("exercises"), QJsonArray::fromStringList(u.exercises) },
        });
    }
    return QJsonObject {
        { QStringLiteral("total"), total },
        { QStringLiteral("added"), added },
        { QStringLiteral("skipped_existing"), skippedExisting },
        { QStringLiteral("skipped"), QJsonArray::fromStringList(skipped) },
        { QStringLiteral("unmapped"), unmappedArray },
    };
}

QString FreeExerciseDbImport::toText() const
{
    QString text = Tr::tr("%1 exercises in the file: %2 added, %3 skipped (already present).\n")
                       .arg(total)
                       .arg(added)
                       .arg(skippedExisting);
    if (unmapped.isEmpty())
        return text + Tr::tr("Every value was mapped.\n");
    text += Tr::tr("Values that could not be mapped directly:\n");
    for (const UnmappedValue &u : unmapped) {
        QStringList names = u.exercises.mid(0, 5);
        if (u.exercises.size() > 5)
            names.append(Tr::tr("%1 more").arg(u.exercises.size() - 5));
        text += Tr::tr("  %1 = %2 (%3×) → %4: %5\n")
                    .arg(u.field, u.value)
                    .arg(u.count)
                    .arg(u.usedInstead, names.join(QStringLiteral(", ")));
    }
    return text;
}

Result<FreeExerciseDbImport> importFreeExerciseDb(Database &db, const QByteArray &json)
{
    auto conversion = convertFreeExerciseDb(json);
    if (!conversion)
        return conversion.error();
    FreeExerciseDbImport result;
    result.total = int(conversion->exercises.size());
    result.unmapped = conversion->unmapped;
    const Status status = db.transaction([&]() -> Status {
        auto rows = db.exec(QStringLiteral("SELECT slug, name FROM exercises"));
        if (!rows)
            return rows.error();
        QSet<QString> slugs, names;
        while (rows->next()) {
            slugs.insert(rows->value(0).toString());
            names.insert(ExerciseSearchIndex::fold(rows->value(1).toString()));
        }
        rows->finish();
        QList<ExerciseDetails> toAdd;
        for (const ExerciseDetails &d : std::as_const(conversion->exercises)) {
            const QString folded = ExerciseSearchIndex::fold(d.exercise.name);
            if (slugs.contains(d.exercise.slug) || names.contains(folded)) {
                ++result.skippedExisting;
                result.skipped.append(d.exercise.name);
                continue;
            }
            slugs.insert(d.exercise.slug);
            names.insert(folded);
            toAdd.append(d);
        }
        auto ids = insertExercises(db, toAdd);
        if (!ids)
            return ids.error();
        result.added = int(ids->size());
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

Result<FreeExerciseDbImport> importFreeExerciseDbFile(Database &db, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e = Error::make(Error::Kind::File,
                              Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
        e.field = QStringLiteral("file");
        e.value = path;
        e.rule = file.errorString();
        return e;
    }
    auto result = importFreeExerciseDb(db, file.readAll());
    if (!result) {
        Error e = result.error();
        e.message = QFileInfo(path).fileName() + QStringLiteral(": ") + e.message;
        return e;
    }
    return result;
}

} // namespace ft::core
