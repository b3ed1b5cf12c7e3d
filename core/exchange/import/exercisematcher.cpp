#include "core/exchange/import/exercisematcher.h"

#include "core/catalog/catalogstore.h"
#include "core/db/database.h"
#include "core/db/validators.h"

#include <QDateTime>
#include <QRegularExpression>

namespace ft::core::import {

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

// Folded words of a parenthesis → equipment.
const QHash<QString, QString> &equipmentWords()
{
    static const QHash<QString, QString> words = {
        { s("barbell"), s("BARBELL") },
        { s("olympic barbell"), s("BARBELL") },
        { s("dumbbell"), s("DUMBBELL") },
        { s("dumbbells"), s("DUMBBELL") },
        { s("machine"), s("MACHINE") },
        { s("machines"), s("MACHINE") },
        { s("leverage machine"), s("MACHINE") },
        { s("lever"), s("MACHINE") },
        { s("plate loaded"), s("MACHINE") },
        { s("assisted"), s("MACHINE") },
        { s("cable"), s("CABLE") },
        { s("cables"), s("CABLE") },
        { s("bodyweight"), s("BODYWEIGHT") },
        { s("body weight"), s("BODYWEIGHT") },
        { s("body only"), s("BODYWEIGHT") },
        { s("kettlebell"), s("KETTLEBELL") },
        { s("kettlebells"), s("KETTLEBELL") },
        { s("band"), s("BAND") },
        { s("bands"), s("BAND") },
        { s("resistance band"), s("BAND") },
        { s("smith machine"), s("SMITH") },
        { s("smith"), s("SMITH") },
        { s("trap bar"), s("TRAP_BAR") },
        { s("hex bar"), s("TRAP_BAR") },
        { s("ez bar"), s("EZ_BAR") },
        { s("ez curl bar"), s("EZ_BAR") },
        { s("ezbar"), s("EZ_BAR") },
        { s("plate"), s("PLATE") },
    };
    return words;
}

// Words inside a name that say its equipment, checked in this order.
const QList<std::pair<QString, QString>> &equipmentInName()
{
    static const QList<std::pair<QString, QString>> words = {
        { s("smith"), s("SMITH") },
        { s("trap bar"), s("TRAP_BAR") },
        { s("hex bar"), s("TRAP_BAR") },
        { s("ez bar"), s("EZ_BAR") },
        { s("barbell"), s("BARBELL") },
        { s("bb"), s("BARBELL") },
        { s("dumbbell"), s("DUMBBELL") },
        { s("db"), s("DUMBBELL") },
        { s("kettlebell"), s("KETTLEBELL") },
        { s("kb"), s("KETTLEBELL") },
        { s("cable"), s("CABLE") },
        { s("machine"), s("MACHINE") },
        { s("band"), s("BAND") },
        { s("plate"), s("PLATE") },
        { s("push up"), s("BODYWEIGHT") },
        { s("pull up"), s("BODYWEIGHT") },
        { s("chin up"), s("BODYWEIGHT") },
        { s("dip"), s("BODYWEIGHT") },
        { s("plank"), s("BODYWEIGHT") },
        { s("sit up"), s("BODYWEIGHT") },
        { s("burpee"), s("BODYWEIGHT") },
    };
    return words;
}

struct Guess
{
    QStringList keywords; // folded words; the first rule with one of them in the name wins
    const char *muscle;
    const char *movement;
    const char *force;
    const char *mechanics;
};

// The most specific first: "leg curl" before "curl", "close grip bench" before "bench press".
const QList<Guess> &guesses()
{
    const auto w = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *word : list)
            out.append(s(word));
        return out;
    };
    static const QList<Guess> rules = {
        { w({ "treadmill",   "running",    "run",      "jogging",    "cycling",
              "bike",        "rowing",     "rower",    "elliptical", "stair",
              "stairmaster", "jump rope",  "skipping", "swimming",   "walking",
              "hiking",      "cardio",     "ski erg",  "skierg",     "assault",
              "sprint",      "elliptical", "spinning", "stepmill",   "jog" }),
          "FULL_BODY", "OTHER", "STATIC", "COMPOUND" },
        { w({ "calf raise", "calf press", "calves" }), "CALVES", "CALF_RAISE", "PUSH",
          "ISOLATION" },
        { w({ "hip thrust", "glute bridge", "kickback glute" }), "GLUTES", "HINGE", "PUSH",
          "COMPOUND" },
        { w({ "hip abduction", "abductor", "abduction" }), "GLUTES", "HIP_ABDUCTION", "PUSH",
          "ISOLATION" },
        { w({ "hip adduction", "adductor", "adduction" }), "OTHER", "HIP_ADDUCTION", "PULL",
          "ISOLATION" },
        { w({ "romanian deadlift", "rdl", "stiff leg", "good morning" }), "HAMSTRINGS", "HINGE",
          "PULL", "COMPOUND" },
        { w({ "deadlift" }), "BACK", "HINGE", "PULL", "COMPOUND" },
        { w({ "leg curl", "hamstring curl", "nordic" }), "HAMSTRINGS", "OTHER", "PULL",
          "ISOLATION" },
        { w({ "leg extension" }), "QUADS", "OTHER", "PUSH", "ISOLATION" },
        { w({ "lunge", "split squat", "step up" }), "QUADS", "LUNGE", "PUSH", "COMPOUND" },
        { w({ "squat", "leg press", "hack" }), "QUADS", "SQUAT", "PUSH", "COMPOUND" },
        { w({ "close grip bench", "skull crusher", "skullcrusher", "pushdown", "push down",
              "triceps", "tricep", "kickback", "french press", "jm press" }),
          "TRICEPS", "OTHER", "PUSH", "ISOLATION" },
        { w({ "bench press", "chest press", "floor press", "incline press", "decline press",
              "push up", "pushup", "bench" }),
          "CHEST", "HORIZONTAL_PUSH", "PUSH", "COMPOUND" },
        { w({ "fly", "flye", "flyes", "crossover", "pec deck" }), "CHEST", "HORIZONTAL_PUSH",
          "PUSH", "ISOLATION" },
        { w({ "dip", "dips" }), "CHEST", "VERTICAL_PUSH", "PUSH", "COMPOUND" },
        { w({ "overhead press", "shoulder press", "military press", "push press", "arnold press" }),
          "SHOULDERS", "VERTICAL_PUSH", "PUSH", "COMPOUND" },
        { w({ "face pull", "rear delt", "reverse fly" }), "SHOULDERS", "HORIZONTAL_PULL", "PULL",
          "ISOLATION" },
        { w({ "lateral raise", "front raise", "upright row" }), "SHOULDERS", "OTHER", "PUSH",
          "ISOLATION" },
        { w({ "pull up", "pullup", "chin up", "chinup", "pulldown", "pull down", "lat" }), "BACK",
          "VERTICAL_PULL", "PULL", "COMPOUND" },
        { w({ "row" }), "BACK", "HORIZONTAL_PULL", "PULL", "COMPOUND" },
        { w({ "shrug" }), "BACK", "OTHER", "PULL", "ISOLATION" },
        { w({ "wrist curl", "wrist roller", "forearm" }), "FOREARMS", "OTHER", "PULL",
          "ISOLATION" },
        { w({ "curl" }), "BICEPS", "OTHER", "PULL", "ISOLATION" },
        { w({ "pallof" }), "ABS", "ANTI_ROTATION", "STATIC", "ISOLATION" },
        { w({ "russian twist", "woodchop", "wood chop", "oblique", "side bend" }), "OBLIQUES",
          "ROTATION", "PULL", "ISOLATION" },
        { w({ "crunch", "sit up", "situp", "leg raise", "knee raise", "ab wheel", "rollout",
              "plank", "hollow", "dead bug", "abs" }),
          "ABS", "CORE_BRACE", "STATIC", "ISOLATION" },
        { w({ "farmer", "carry", "suitcase" }), "FULL_BODY", "CARRY", "STATIC", "COMPOUND" },
        { w({ "clean", "snatch", "jerk", "swing", "thruster", "burpee", "slam" }), "FULL_BODY",
          "OTHER", "PULL", "COMPOUND" },
        { w({ "press" }), "SHOULDERS", "VERTICAL_PUSH", "PUSH", "COMPOUND" },
    };
    return rules;
}

// Whether the folded `words` ("bench press barbell") contain `phrase` as whole words.
bool hasPhrase(const QString &words, const QString &phrase)
{
    const QString padded = QLatin1Char(' ') + words + QLatin1Char(' ');
    return padded.contains(QLatin1Char(' ') + phrase + QLatin1Char(' '));
}

} // namespace

QString importedTagName()
{
    return QStringLiteral("imported");
}

QString needsReviewTagName()
{
    return QStringLiteral("needs-review");
}

QString matchKindName(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Chosen:
        return QStringLiteral("chosen");
    case MatchKind::Remembered:
        return QStringLiteral("remembered");
    case MatchKind::Name:
        return QStringLiteral("name");
    case MatchKind::Alias:
        return QStringLiteral("alias");
    case MatchKind::Normalized:
        return QStringLiteral("normalized");
    case MatchKind::Equipment:
        return QStringLiteral("equipment");
    case MatchKind::WordOrder:
        return QStringLiteral("word-order");
    case MatchKind::SideMarker:
        return QStringLiteral("side-marker");
    case MatchKind::Typo:
        return QStringLiteral("typo");
    case MatchKind::New:
        return QStringLiteral("new");
    }
    return {};
}

NameParts splitName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^(.*\\S)\\s*\\(([^()]*)\\)\\s*$"));
    NameParts parts;
    const auto m = re.match(name.trimmed());
    if (!m.hasMatch()) {
        parts.base = name.trimmed();
        return parts;
    }
    parts.base = m.captured(1).trimmed();
    parts.qualifier = m.captured(2).trimmed();
    parts.equipment = equipmentWords().value(ExerciseSearchIndex::fold(parts.qualifier));
    return parts;
}

QString nameKey(const QString &name)
{
    const QString folded = ExerciseSearchIndex::fold(name);
    if (!folded.isEmpty())
        return folded;
    return name.trimmed().toCaseFolded();
}

Result<ExerciseMatcher> ExerciseMatcher::load(Database &db, Format format)
{
    auto exercises = loadExercises(db);
    if (!exercises)
        return exercises.error();
    ExerciseMatcher matcher;
    for (const ExerciseDetails &d : std::as_const(*exercises)) {
        matcher.m_exercises.insert(d.exercise.id, { d.exercise.name });
        matcher.m_names.add(d);
        matcher.m_slugs.insert(d.exercise.slug);
    }

    auto remembered =
        db.exec(QStringLiteral("SELECT source_key, exercise_id FROM import_exercise_mappings "
                               "WHERE format = ?"),
                { formatName(format) });
    if (!remembered)
        return remembered.error();
    while (remembered->next())
        matcher.m_remembered.insert(remembered->value(0).toString(),
                                    remembered->value(1).toLongLong());
    return matcher;
}

std::optional<ExerciseMatch> ExerciseMatcher::match(const QString &sourceName,
                                                    QString *reason) const
{
    const QString key = nameKey(sourceName);
    if (const auto it = m_remembered.constFind(key);
        it != m_remembered.constEnd() && m_exercises.contains(*it))
        return ExerciseMatch { *it, MatchKind::Remembered };
    const NameMatch m = m_names.match(sourceName);
    if (!m.id) {
        if (reason)
            *reason = m.reason;
        return std::nullopt;
    }
    static const QHash<NameRule, MatchKind> kinds = {
        { NameRule::Exact, MatchKind::Name },
        { NameRule::Alias, MatchKind::Alias },
        { NameRule::Normalized, MatchKind::Normalized },
        { NameRule::Equipment, MatchKind::Equipment },
        { NameRule::WordOrder, MatchKind::WordOrder },
        { NameRule::SideMarker, MatchKind::SideMarker },
        { NameRule::Typo, MatchKind::Typo },
    };
    return ExerciseMatch { m.id, kinds.value(m.rule, MatchKind::Normalized) };
}

ExerciseDetails ExerciseMatcher::proposeExercise(const QString &sourceName) const
{
    ExerciseDetails d;
    Exercise &e = d.exercise;
    e.name = sourceName.trimmed().left(120).trimmed();
    QString base = slugify(e.name);
    if (base.isEmpty())
        base = QStringLiteral("imported-exercise");
    e.slug = uniqueSlug(base, m_slugs);

    const NameParts parts = splitName(sourceName);
    const QString words = ExerciseSearchIndex::fold(sourceName);
    const NormalizedName normalized = normalizeExerciseName(sourceName);
    const QString normalizedWords = normalized.text();
    e.equipment = parts.equipment.isEmpty() ? normalized.equipment : parts.equipment;
    for (const auto &[word, equipment] : equipmentInName()) {
        if (!e.equipment.isEmpty())
            break;
        if (hasPhrase(words, word))
            e.equipment = equipment;
    }
    if (e.equipment.isEmpty())
        e.equipment = QStringLiteral("OTHER");

    e.primaryMuscle = QStringLiteral("OTHER");
    e.movement = QStringLiteral("OTHER");
    e.force = QStringLiteral("STATIC");
    e.mechanics = QStringLiteral("COMPOUND");
    for (const Guess &g : guesses()) {
        const bool hit = std::any_of(g.keywords.cbegin(), g.keywords.cend(), [&](const QString &k) {
            return hasPhrase(words, k) || hasPhrase(normalizedWords, k);
        });
        if (!hit)
            continue;
        e.primaryMuscle = s(g.muscle);
        e.movement = s(g.movement);
        e.force = s(g.force);
        e.mechanics = s(g.mechanics);
        break;
    }
    e.unilateral = normalized.unilateral;
    d.tags = { importedTagName(), needsReviewTagName() };
    return d;
}

QList<Id> ExerciseMatcher::suggestions(const QString &sourceName, int count) const
{
    QList<Id> ids;
    for (const NameCandidate &c : m_names.candidates(sourceName, count))
        ids.append(c.id);
    return ids;
}

void ExerciseMatcher::learn(const ExerciseDetails &created)
{
    m_exercises.insert(created.exercise.id, { created.exercise.name });
    m_names.add(created);
    m_slugs.insert(created.exercise.slug);
}

Status ExerciseMatcher::remember(Database &db, Format format, const QString &sourceName,
                                 Id exerciseId)
{
    const QVariant now = db.dialect().bindDateTime(QDateTime::currentDateTimeUtc());
    auto r = db.exec(
        QStringLiteral("INSERT INTO import_exercise_mappings "
                       "(format, source_key, source_name, exercise_id, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (format, source_key) DO UPDATE SET "
                       "source_name = excluded.source_name, exercise_id = excluded.exercise_id, "
                       "updated_at = excluded.updated_at "
                       "WHERE import_exercise_mappings.exercise_id <> excluded.exercise_id "
                       "OR import_exercise_mappings.source_name <> excluded.source_name"),
        { formatName(format), nameKey(sourceName).left(200), sourceName.trimmed().left(200),
          exerciseId, now, now },
        QStringLiteral("import_exercise_mappings"));
    if (!r)
        return r.error();
    return {};
}

} // namespace ft::core::import
