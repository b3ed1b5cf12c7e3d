#include "core/catalog/catalog.h"

#include "core/catalog/catalogstore.h"
#include "core/db/database.h"
#include "core/db/repository.h"
#include "core/db/validators.h"
#include "core/enums.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <random>

namespace ft::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)
};

const QString catalogVersionKey = QStringLiteral("bundled_catalog_version");

QString tableField(const char *table, const char *column)
{
    return QString::fromLatin1(table) + QLatin1Char('.') + QString::fromLatin1(column);
}

void trimOptional(std::optional<QString> &value)
{
    if (!value)
        return;
    *value = value->trimmed();
    if (value->isEmpty())
        value.reset();
}

bool isSlug(const QString &slug)
{
    if (slug.isEmpty() || slug.startsWith(u'-') || slug.endsWith(u'-'))
        return false;
    QChar previous;
    for (const QChar c : slug) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-';
        if (!ok || (u == '-' && previous == u'-'))
            return false;
        previous = c;
    }
    return true;
}

// A list of texts, trimmed, empty ones dropped.
QStringList cleaned(const QStringList &values)
{
    QStringList out;
    out.reserve(values.size());
    for (const QString &v : values) {
        const QString t = v.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

Error duplicateError(const QString &field, const QString &value, const QString &constraint)
{
    return Error::invalid(field, value, Tr::tr("appears more than once (%1)").arg(constraint));
}
} // namespace

QList<SearchEntry> searchEntries(const QList<ExerciseDetails> &exercises)
{
    QList<SearchEntry> entries;
    entries.reserve(exercises.size());
    for (const ExerciseDetails &d : exercises)
        entries.append(d.searchEntry());
    return entries;
}

QList<Error> exerciseProblems(ExerciseDetails &details)
{
    QList<Error> problems;
    Exercise &e = details.exercise;
    e.name = e.name.trimmed();
    e.slug = e.slug.trimmed();
    e.primaryMuscle = e.primaryMuscle.trimmed();
    e.movement = e.movement.trimmed();
    e.mechanics = e.mechanics.trimmed();
    e.force = e.force.trimmed();
    e.equipment = e.equipment.trimmed();
    e.difficulty = e.difficulty.trimmed();
    trimOptional(e.grip);
    trimOptional(e.rangeOfMotion);
    trimOptional(e.cues);
    trimOptional(e.instructions);
    trimOptional(e.videoUrl);

    if (e.name.isEmpty())
        problems.append(
            Error::invalid(tableField("exercises", "name"), e.name, Tr::tr("must not be empty")));
    if (e.slug.isEmpty())
        problems.append(Error::invalid(tableField("exercises", "slug"), e.slug,
                                       Tr::tr("must not be empty (ck_exercises_slug_not_empty)")));
    else if (!isSlug(e.slug))
        problems.append(
            Error::invalid(tableField("exercises", "slug"), e.slug,
                           Tr::tr("must be lower-case letters a-z and digits in groups "
                                  "joined by single dashes, like \"barbell-bench-press\"")));
    const QString exercisesTable = QStringLiteral("exercises");
    Exercise::fields(e, [&](const FieldSpec &f, const auto &member) {
        if (f.generated)
            return;
        if (Status s = columns::checkValue(exercisesTable, f, member); !s)
            problems.append(s.error());
    });

    details.aliases = cleaned(details.aliases);
    const FieldSpec aliasSpec = field::text("alias", 120);
    const QString aliasTable = QStringLiteral("exercise_aliases");
    QSet<QString> seen;
    for (const QString &alias : std::as_const(details.aliases)) {
        if (Status s = columns::checkValue(aliasTable, aliasSpec, alias); !s)
            problems.append(s.error());
        if (seen.contains(alias))
            problems.append(duplicateError(tableField("exercise_aliases", "alias"), alias,
                                           QStringLiteral("uq_exercise_alias")));
        seen.insert(alias);
    }

    details.tags = cleaned(details.tags);
    const FieldSpec tagSpec = field::text("name", 50);
    const QString tagTable = QStringLiteral("tags");
    seen.clear();
    for (const QString &tag : std::as_const(details.tags)) {
        if (Status s = columns::checkValue(tagTable, tagSpec, tag); !s)
            problems.append(s.error());
        if (seen.contains(tag.toCaseFolded()))
            problems.append(
                duplicateError(tableField("tags", "name"), tag, QStringLiteral("uq_exercise_tag")));
        seen.insert(tag.toCaseFolded());
    }

    details.secondaryMuscles = cleaned(details.secondaryMuscles);
    const FieldSpec muscleSpec = field::keyPart("muscle", EnumType::MuscleGroup);
    const QString muscleTable = QStringLiteral("exercise_secondary_muscles");
    const QString muscleField = tableField("exercise_secondary_muscles", "muscle");
    seen.clear();
    for (const QString &muscle : std::as_const(details.secondaryMuscles)) {
        if (Status s = columns::checkValue(muscleTable, muscleSpec, muscle); !s)
            problems.append(s.error());
        else if (muscle == e.primaryMuscle)
            problems.append(
                Error::invalid(muscleField, muscle, Tr::tr("is already the primary muscle")));
        if (seen.contains(muscle))
            problems.append(
                duplicateError(muscleField, muscle, QStringLiteral("uq_exercise_muscle")));
        seen.insert(muscle);
    }
    const QStringList &order = enumValues(EnumType::MuscleGroup);
    std::stable_sort(
        details.secondaryMuscles.begin(), details.secondaryMuscles.end(),
        [&](const QString &a, const QString &b) { return order.indexOf(a) < order.indexOf(b); });
    return problems;
}

// ---- Catalog files ----------------------------------------------------------------------------

QString CatalogProblem::toText() const
{
    if (index < 0)
        return error.message;
    const QString where = slug.isEmpty()
        ? QStringLiteral("exercises[%1]").arg(index)
        : QStringLiteral("exercises[%1] (%2)").arg(index).arg(slug);
    return where + QStringLiteral(": ") + error.message;
}

namespace {

class EntryReader
{
public:
    EntryReader(const QJsonObject &object, QList<Error> &problems)
        : m_object(object)
        , m_problems(problems)
    { }

    QString text(const char *key, bool required, const QString &fallback = {})
    {
        m_known.insert(QLatin1String(key));
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(key, QString(), Tr::tr("is required"));
            return fallback;
        }
        if (!v.isString()) {
            problem(key, jsonText(v), Tr::tr("must be a text"));
            return fallback;
        }
        return v.toString();
    }

    std::optional<QString> optionalText(const char *key)
    {
        m_known.insert(QLatin1String(key));
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString()) {
            problem(key, jsonText(v), Tr::tr("must be a text or null"));
            return std::nullopt;
        }
        return v.toString();
    }

    bool boolean(const char *key, bool fallback)
    {
        m_known.insert(QLatin1String(key));
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            problem(key, jsonText(v), Tr::tr("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }

    // {"2": ["text", ...], ...}: versions from `first` to `last`, in order.
    QList<std::pair<int, QStringList>> versionedLists(const char *key, int first, int last)
    {
        m_known.insert(QLatin1String(key));
        const QJsonValue v = m_object.value(QLatin1String(key));
        QList<std::pair<int, QStringList>> out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isObject()) {
            problem(key, jsonText(v), Tr::tr("must be an object of catalog versions"));
            return out;
        }
        const QJsonObject object = v.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool ok = false;
            const int version = it.key().toInt(&ok);
            if (!ok || version < first || version > last) {
                problem(key, it.key(),
                        Tr::tr("must be a catalog version from %1 to %2").arg(first).arg(last));
                continue;
            }
            QStringList texts;
            const QJsonArray array = it.value().toArray();
            if (!it.value().isArray()
                || std::any_of(array.begin(), array.end(),
                               [](const QJsonValue &a) { return !a.isString(); })) {
                problem(key, jsonText(it.value()), Tr::tr("must be a list of texts"));
                continue;
            }
            for (const QJsonValue &a : array)
                texts.append(a.toString());
            out.append({ version, texts });
        }
        std::sort(out.begin(), out.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        return out;
    }

    QStringList list(const char *key)
    {
        m_known.insert(QLatin1String(key));
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            problem(key, jsonText(v), Tr::tr("must be a list of texts"));
            return {};
        }
        QStringList out;
        for (const QJsonValue item : v.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                problem(key, jsonText(item), Tr::tr("must contain only non-empty texts"));
                continue;
            }
            out.append(item.toString());
        }
        return out;
    }

    int integer(const char *key, int fallback)
    {
        m_known.insert(QLatin1String(key));
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
            problem(key, jsonText(v), Tr::tr("must be a whole number"));
            return fallback;
        }
        return v.toInt();
    }

    void checkUnknownKeys()
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_known.contains(it.key()))
                m_problems.append(Error::invalid(it.key(), jsonText(it.value()),
                                                 Tr::tr("is not a field of a catalog entry")));
        }
    }

    void problem(const char *key, const QString &value, const QString &rule)
    {
        m_problems.append(Error::invalid(QString::fromLatin1(key), value, rule));
    }

    static QString jsonText(const QJsonValue &v)
    {
        if (v.isString())
            return v.toString();
        if (v.isNull())
            return QStringLiteral("null");
        QJsonArray wrapper { v };
        QString text = QString::fromUtf8(QJsonDocument(wrapper).toJson(QJsonDocument::Compact));
        return text.mid(1, text.size() - 2);
    }

private:
    const QJsonObject &m_object;
    QList<Error> &m_problems;
    QSet<QString> m_known;
};

Error fileProblem(const QString &rule, const QString &value = {})
{
    Error e = Error::make(Error::Kind::File, rule);
    e.field = QStringLiteral("catalog");
    e.value = value;
    e.rule = rule;
    return e;
}

} // namespace

CatalogParse parseCatalog(const QByteArray &json)
{
    CatalogParse result;
    const auto fail = [&](const Error &e) {
        result.problems.append({ -1, QString(), e });
        return result;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return fail(fileProblem(Tr::tr("The catalog is not valid JSON: %1 at line %2, column %3 "
                                       "(byte %4).")
                                    .arg(parseError.errorString())
                                    .arg(line)
                                    .arg(column)
                                    .arg(parseError.offset)));
    }
    if (!doc.isObject())
        return fail(fileProblem(Tr::tr("The catalog must be a JSON object with catalog_version and "
                                       "exercises.")));
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QLatin1String("catalog_version"));
    if (!version.isDouble() || version.toInt() < 1 || version.toDouble() != double(version.toInt()))
        return fail(fileProblem(Tr::tr("catalog_version must be a whole number of at least 1."),
                                EntryReader::jsonText(version)));
    result.catalog.version = version.toInt();
    const QJsonValue exercises = root.value(QLatin1String("exercises"));
    if (!exercises.isArray())
        return fail(fileProblem(Tr::tr("exercises must be a list.")));

    QHash<QString, int> slugs, names;
    const QJsonArray array = exercises.toArray();
    for (int i = 0; i < array.size(); ++i) {
        QList<Error> problems;
        CatalogEntry entry;
        if (!array.at(i).isObject()) {
            result.problems.append({ i, QString(),
                                     Error::invalid(QStringLiteral("exercises[%1]").arg(i),
                                                    EntryReader::jsonText(array.at(i)),
                                                    Tr::tr("must be an object")) });
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        EntryReader read(object, problems);
        Exercise &e = entry.details.exercise;
        e.slug = read.text("slug", true);
        e.name = read.text("name", true);
        e.primaryMuscle = read.text("primary_muscle", true);
        e.movement = read.text("movement", true);
        e.mechanics = read.text("mechanics", true);
        e.force = read.text("force", true);
        e.equipment = read.text("equipment", true);
        e.difficulty = read.text("difficulty", false, QStringLiteral("BEGINNER"));
        e.unilateral = read.boolean("unilateral", false);
        e.grip = read.optionalText("grip");
        e.rangeOfMotion = read.optionalText("range_of_motion");
        e.cues = read.optionalText("cues");
        e.instructions = read.optionalText("instructions");
        e.videoUrl = read.optionalText("video_url");
        entry.details.secondaryMuscles = read.list("secondary_muscles");
        entry.details.aliases = read.list("aliases");
        entry.details.tags = read.list("tags");
        entry.since = read.integer("since", 1);
        if (entry.since < 1 || entry.since > result.catalog.version)
            read.problem(
                "since", QString::number(entry.since),
                Tr::tr("must be from 1 to catalog_version (%1)").arg(result.catalog.version));
        entry.addedAliases =
            read.versionedLists("added_aliases", entry.since + 1, result.catalog.version);
        for (const auto &[version, aliases] : std::as_const(entry.addedAliases))
            entry.details.aliases.append(aliases);
        read.checkUnknownKeys();
        problems.append(exerciseProblems(entry.details));

        if (!e.slug.isEmpty()) {
            if (const auto it = slugs.constFind(e.slug); it != slugs.constEnd())
                problems.append(Error::invalid(tableField("exercises", "slug"), e.slug,
                                               Tr::tr("is also the slug of exercises[%1] "
                                                      "(uq_exercises_slug)")
                                                   .arg(*it)));
            else
                slugs.insert(e.slug, i);
        }
        const QString folded = ExerciseSearchIndex::fold(e.name);
        if (!folded.isEmpty()) {
            if (const auto it = names.constFind(folded); it != names.constEnd())
                problems.append(
                    Error::invalid(tableField("exercises", "name"), e.name,
                                   Tr::tr("is also the name of exercises[%1]").arg(*it)));
            else
                names.insert(folded, i);
        }

        if (problems.isEmpty()) {
            result.catalog.entries.append(entry);
            continue;
        }
        for (const Error &p : std::as_const(problems))
            result.problems.append({ i, e.slug, p });
    }
    return result;
}

Result<Catalog> loadCatalog(const QByteArray &json)
{
    CatalogParse parse = parseCatalog(json);
    if (parse.problems.isEmpty())
        return std::move(parse.catalog);
    QStringList lines;
    for (int i = 0; i < parse.problems.size() && i < 10; ++i)
        lines.append(parse.problems.at(i).toText());
    if (parse.problems.size() > 10)
        lines.append(Tr::tr("… and %1 more problems.").arg(parse.problems.size() - 10));
    Error e = parse.problems.first().error;
    e.message = Tr::tr("The exercise catalog has %n problem(s):", "", int(parse.problems.size()))
        + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    return e;
}

QString bundledCatalogPath()
{
    return QStringLiteral(":/catalog/exercises.json");
}

Result<Catalog> bundledCatalog()
{
    // Read and checked once per process: the resource cannot change while the program runs.
    static const Result<Catalog> catalog = []() -> Result<Catalog> {
        QFile file(bundledCatalogPath());
        if (!file.open(QIODevice::ReadOnly))
            return fileProblem(Tr::tr("The bundled exercise catalog %1 is missing from this build.")
                                   .arg(bundledCatalogPath()));
        return loadCatalog(file.readAll());
    }();
    return catalog;
}

// ---- Installing -------------------------------------------------------------------------------

QString CatalogInstallResult::toText() const
{
    if (readOnly)
        return Tr::tr("The database is read-only; the exercise catalog was not checked.");
    if (added == 0 && previousVersion >= catalogVersion && alreadyPresent + removedByUser == 0)
        return Tr::tr("The exercise catalog is up to date (version %1).").arg(previousVersion);
    QString text = Tr::tr("Exercise catalog version %1: %2 added").arg(catalogVersion).arg(added);
    if (alreadyPresent > 0)
        text += Tr::tr(", %1 already present").arg(alreadyPresent);
    if (removedByUser > 0)
        text += Tr::tr(", %1 deleted earlier and not restored").arg(removedByUser);
    if (aliasesAdded > 0)
        text += Tr::tr(", %1 new names of exercises already there").arg(aliasesAdded);
    return text + QLatin1Char('.');
}

namespace {

// Creates the version row when missing and locks it until the transaction ends, so that two
// installs on one server do not both add the same exercises.
Result<int> lockCatalogVersion(Database &db)
{
    if (auto r = db.exec(QStringLiteral("INSERT INTO app_metadata (key, value) VALUES (?, '0') "
                                        "ON CONFLICT (key) DO NOTHING"),
                         { catalogVersionKey }, QStringLiteral("app_metadata"));
        !r)
        return r.error();
    if (auto r = db.exec(QStringLiteral("UPDATE app_metadata SET value = value WHERE key = ?"),
                         { catalogVersionKey }, QStringLiteral("app_metadata"));
        !r)
        return r.error();
    return installedCatalogVersion(db);
}

// The added_aliases newer than `previous` of the entries a database already has (by slug).
Status addNewAliases(Database &db, const Catalog &catalog, int previous,
                     const QHash<QString, Id> &idBySlug, int *added)
{
    QList<std::pair<Id, QString>> wanted;
    for (const CatalogEntry &entry : catalog.entries) {
        const Id id = idBySlug.value(entry.details.exercise.slug);
        if (!id || entry.since > previous)
            continue;
        for (const auto &[version, aliases] : entry.addedAliases) {
            if (version <= previous)
                continue;
            for (const QString &alias : aliases)
                wanted.append({ id, alias.trimmed() });
        }
    }
    if (wanted.isEmpty())
        return {};
    auto rows = db.exec(QStringLiteral("SELECT alias FROM exercise_aliases UNION ALL "
                                       "SELECT name FROM exercises"));
    if (!rows)
        return rows.error();
    QSet<QString> taken;
    while (rows->next())
        taken.insert(ExerciseSearchIndex::fold(rows->value(0).toString()));
    rows->finish();
    for (const auto &[id, alias] : std::as_const(wanted)) {
        const QString key = ExerciseSearchIndex::fold(alias);
        if (taken.contains(key))
            continue;
        taken.insert(key);
        if (auto r = db.exec(
                QStringLiteral("INSERT INTO exercise_aliases (exercise_id, alias) VALUES (?, ?)"),
                { id, alias }, QStringLiteral("exercise_aliases"));
            !r)
            return r.error();
        ++*added;
    }
    return {};
}

} // namespace

Result<int> installedCatalogVersion(Database &db)
{
    auto value = db.scalar(QStringLiteral("SELECT value FROM app_metadata WHERE key = ?"),
                           { catalogVersionKey });
    if (!value)
        return value.error();
    if (value->isNull())
        return 0;
    bool ok = false;
    const int version = value->toString().toInt(&ok);
    if (!ok || version < 0) {
        Error e = Error::invalid(QStringLiteral("app_metadata.value"), *value,
                                 Tr::tr("the catalog version must be a whole number"));
        e.kind = Error::Kind::Schema;
        return e;
    }
    return version;
}

const QStringList &catalogTables()
{
    static const QStringList tables = { QStringLiteral("exercises"),
                                        QStringLiteral("exercise_aliases"), QStringLiteral("tags"),
                                        QStringLiteral("exercise_tags"),
                                        QStringLiteral("exercise_secondary_muscles") };
    return tables;
}

namespace {

// What the user sees of an exercise: every column but the generated ones (id, timestamps), and
// its aliases, tags and secondary muscles in a fixed order.
QVariantList exerciseContent(const ExerciseDetails &details)
{
    QVariantList content;
    Exercise::fields(details.exercise, [&](const FieldSpec &f, const auto &member) {
        using M = std::decay_t<decltype(member)>;
        if (f.generated)
            return;
        if constexpr (std::is_same_v<M, std::optional<QString>>)
            content.append(member ? QVariant(*member) : QVariant());
        else
            content.append(QVariant::fromValue(member));
    });
    QStringList aliases = details.aliases, tags = details.tags;
    aliases.sort();
    tags.sort();
    content << aliases << tags << details.secondaryMuscles;
    return content;
}

} // namespace

Result<QString> differenceFromBundledCatalog(Database &db)
{
    auto catalog = bundledCatalog();
    if (!catalog)
        return catalog.error();
    QStringList differences;
    auto version = installedCatalogVersion(db);
    if (!version)
        return version.error();
    if (*version != catalog->version)
        differences.append(
            Tr::tr("its catalog version is %1, not %2").arg(*version).arg(catalog->version));
    auto otherKeys = db.exec(QStringLiteral("SELECT key FROM app_metadata WHERE key <> ? "
                                            "ORDER BY key"),
                             { catalogVersionKey });
    if (!otherKeys)
        return otherKeys.error();
    while (otherKeys->next())
        differences.append(
            Tr::tr("app_metadata has the key \"%1\"").arg(otherKeys->value(0).toString()));

    QHash<QString, const ExerciseDetails *> bundled;
    QSet<QString> bundledTags;
    for (const CatalogEntry &entry : catalog->entries) {
        bundled.insert(entry.details.exercise.slug, &entry.details);
        for (const QString &tag : entry.details.tags)
            bundledTags.insert(tag);
    }
    auto stored = loadExercises(db);
    if (!stored)
        return stored.error();
    QSet<QString> present;
    for (const ExerciseDetails &details : std::as_const(*stored)) {
        const Exercise &e = details.exercise;
        const ExerciseDetails *original = bundled.value(e.slug);
        if (!original)
            differences.append(
                Tr::tr("the exercise \"%1\" (%2) is not a bundled one").arg(e.name, e.slug));
        else if (exerciseContent(details) != exerciseContent(*original))
            differences.append(Tr::tr("the exercise \"%1\" (%2) was changed")
                                   .arg(original->exercise.name, e.slug));
        present.insert(e.slug);
    }
    for (const CatalogEntry &entry : catalog->entries) {
        if (!present.contains(entry.details.exercise.slug))
            differences.append(Tr::tr("the exercise \"%1\" (%2) was deleted")
                                   .arg(entry.details.exercise.name, entry.details.exercise.slug));
    }
    // Tags no exercise uses do not show in loadExercises().
    auto tags = db.scalar(QStringLiteral("SELECT COUNT(*) FROM tags"));
    if (!tags)
        return tags.error();
    if (tags->toLongLong() != bundledTags.size())
        differences.append(Tr::tr("it has %1 tags, the bundled catalog %2")
                               .arg(tags->toLongLong())
                               .arg(bundledTags.size()));

    constexpr int shown = 5;
    if (differences.size() > shown) {
        const qsizetype more = differences.size() - shown;
        differences.resize(shown);
        differences.append(Tr::tr("%n more", "", int(more)));
    }
    return differences.join(QStringLiteral("; "));
}

Result<CatalogInstallResult> installCatalog(Database &db, const Catalog &catalog)
{
    CatalogInstallResult result;
    result.catalogVersion = catalog.version;
    if (db.isReadOnly()) {
        result.readOnly = true;
        return result;
    }
    const Status status = db.transaction([&]() -> Status {
        auto previous = lockCatalogVersion(db);
        if (!previous)
            return previous.error();
        result.previousVersion = *previous;

        auto rows = db.exec(QStringLiteral("SELECT slug, name, id FROM exercises"));
        if (!rows)
            return rows.error();
        QSet<QString> slugs, names;
        QHash<QString, Id> idBySlug;
        while (rows->next()) {
            slugs.insert(rows->value(0).toString());
            names.insert(ExerciseSearchIndex::fold(rows->value(1).toString()));
            idBySlug.insert(rows->value(0).toString(), rows->value(2).toLongLong());
        }
        rows->finish();
        if (Status s =
                addNewAliases(db, catalog, result.previousVersion, idBySlug, &result.aliasesAdded);
            !s)
            return s;

        QList<ExerciseDetails> toAdd;
        for (const CatalogEntry &entry : catalog.entries) {
            const Exercise &e = entry.details.exercise;
            if (slugs.contains(e.slug) || names.contains(ExerciseSearchIndex::fold(e.name)))
                ++result.alreadyPresent;
            else if (entry.since <= result.previousVersion)
                ++result.removedByUser;
            else
                toAdd.append(entry.details);
        }
        auto ids = insertExercises(db, toAdd);
        if (!ids)
            return ids.error();
        result.added = int(ids->size());

        if (catalog.version > result.previousVersion) {
            if (auto r = db.exec(QStringLiteral("UPDATE app_metadata SET value = ? WHERE key = ?"),
                                 { QString::number(catalog.version), catalogVersionKey },
                                 QStringLiteral("app_metadata"));
                !r)
                return r.error();
        }
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

Result<CatalogInstallResult> installBundledCatalog(Database &db)
{
    auto catalog = bundledCatalog();
    if (!catalog)
        return catalog.error();
    return installCatalog(db, *catalog);
}

Result<CatalogInstallResult> prepareDatabase(Database &db)
{
    if (db.isReadOnly()) {
        CatalogInstallResult result;
        result.readOnly = true;
        return result;
    }
    auto catalog = bundledCatalog();
    if (!catalog)
        return catalog.error();
    // Nothing to do, in one read, when the database already has this catalog or a newer one.
    auto installed = installedCatalogVersion(db);
    if (!installed)
        return installed.error();
    if (*installed >= catalog->version) {
        CatalogInstallResult result;
        result.catalogVersion = catalog->version;
        result.previousVersion = *installed;
        return result;
    }
    return installCatalog(db, *catalog);
}

// ---- Synthetic exercises ----------------------------------------------------------------------

namespace {
struct Base
{
    const char *name;
    const char *foreign; // an accented alias, as a French or German user would type it
    const char *muscle;
    const char *movement;
    const char *mechanics;
    const char *force;
};

// clang-format off
constexpr Base bases[] = {
    { "Bench Press", "Développé couché", "CHEST", "HORIZONTAL_PUSH", "COMPOUND", "PUSH" },
    { "Squat", "Kniebeuge", "QUADS", "SQUAT", "COMPOUND", "PUSH" },
    { "Deadlift", "Soulevé de terre", "HAMSTRINGS", "HINGE", "COMPOUND", "PULL" },
    { "Overhead Press", "Développé militaire", "SHOULDERS", "VERTICAL_PUSH", "COMPOUND", "PUSH" },
    { "Row", "Rudern vorgebeugt", "BACK", "HORIZONTAL_PULL", "COMPOUND", "PULL" },
    { "Pulldown", "Tirage vertical", "BACK", "VERTICAL_PULL", "COMPOUND", "PULL" },
    { "Curl", "Flexion des coudes", "BICEPS", "OTHER", "ISOLATION", "PULL" },
    { "Triceps Extension", "Extension des triceps", "TRICEPS", "OTHER", "ISOLATION", "PUSH" },
    { "Lunge", "Fente avant", "QUADS", "LUNGE", "COMPOUND", "PUSH" },
    { "Hip Thrust", "Hüftstoß", "GLUTES", "HINGE", "COMPOUND", "PUSH" },
    { "Calf Raise", "Wadenheben", "CALVES", "CALF_RAISE", "ISOLATION", "PUSH" },
    { "Lateral Raise", "Élévation latérale", "SHOULDERS", "OTHER", "ISOLATION", "PUSH" },
    { "Fly", "Écarté", "CHEST", "HORIZONTAL_PUSH", "ISOLATION", "PUSH" },
    { "Crunch", "Crunch abdominal", "ABS", "CORE_BRACE", "ISOLATION", "PULL" },
    { "Carry", "Marche du fermier", "FOREARMS", "CARRY", "COMPOUND", "STATIC" },
    { "Woodchop", "Bûcheron", "OBLIQUES", "ROTATION", "COMPOUND", "PULL" },
    { "Leg Curl", "Beinbeuger", "HAMSTRINGS", "OTHER", "ISOLATION", "PULL" },
    { "Good Morning", "Bonjour", "HAMSTRINGS", "HINGE", "COMPOUND", "PULL" },
};

struct Tool
{
    const char *name;
    const char *abbreviation;
    const char *equipment;
};

constexpr Tool tools[] = {
    { "Barbell", "BB", "BARBELL" },       { "Dumbbell", "DB", "DUMBBELL" },
    { "Cable", "CBL", "CABLE" },          { "Machine", "MCH", "MACHINE" },
    { "Kettlebell", "KB", "KETTLEBELL" }, { "Band", "BND", "BAND" },
    { "Smith Machine", "SM", "SMITH" },   { "Trap Bar", "TB", "TRAP_BAR" },
    { "EZ Bar", "EZ", "EZ_BAR" },         { "Bodyweight", "BW", "BODYWEIGHT" },
};

constexpr const char *modifiers[] = {
    "Incline", "Decline", "Seated", "Standing", "Single-Arm", "Paused", "Tempo", "Deficit",
    "Close-Grip", "Wide-Grip", "Kneeling", "Half-Kneeling", "Reverse-Grip", "Banded", "Chest-Supported",
    "Alternating", "Isometric", "Tall", "Sumo", "Pin",
};

// clang-format on
constexpr const char *levels[] = { "BEGINNER", "INTERMEDIATE", "ADVANCED" };
constexpr const char *tagNames[] = {
    "upper", "lower", "push", "pull", "home", "accessory", "core"
};

template<typename T, size_t N>
const T &pick(const T (&array)[N], std::mt19937_64 &random)
{
    return array[random() % N];
}
} // namespace

QList<ExerciseDetails> syntheticExercises(int n, quint64 seed)
{
    std::mt19937_64 random(seed);
    QList<ExerciseDetails> result;
    result.reserve(n);
    QHash<QString, int> nameCount;
    for (int i = 0; i < n; ++i) {
        const Base &base = pick(bases, random);
        const Tool &tool = pick(tools, random);
        const char *modifier = pick(modifiers, random);
        ExerciseDetails d;
        Exercise &e = d.exercise;
        e.id = i + 1;
        QString name = QString::fromLatin1(modifier) + u' ' + QString::fromLatin1(tool.name) + u' '
            + QString::fromUtf8(base.name);
        const int seen = ++nameCount[name];
        if (seen > 1)
            name += QStringLiteral(" %1").arg(seen);
        e.name = name;
        e.slug = slugify(name);
        e.primaryMuscle = QString::fromLatin1(base.muscle);
        e.movement = QString::fromLatin1(base.movement);
        e.mechanics = QString::fromLatin1(base.mechanics);
        e.force = QString::fromLatin1(base.force);
        e.equipment = QString::fromLatin1(tool.equipment);
        e.difficulty = QString::fromLatin1(pick(levels, random));
        e.unilateral = QLatin1String(modifier).startsWith(QLatin1String("Single"))
            || QLatin1String(modifier) == QLatin1String("Alternating");
        e.cues = QStringLiteral("Brace, control the lowering, drive through the full range.");
        d.aliases = {
            QString::fromUtf8(base.name) + QStringLiteral(" (") + QString::fromLatin1(tool.name)
                + QStringLiteral(", ") + QString::fromLatin1(modifier) + u')'
                + (seen > 1 ? QStringLiteral(" %1").arg(seen) : QString()),
            QString::fromLatin1(tool.abbreviation) + u' ' + QString::fromLatin1(modifier) + u' '
                + QString::fromUtf8(base.name)
                + (seen > 1 ? QStringLiteral(" %1").arg(seen) : QString()),
            QString::fromUtf8(base.foreign) + u' ' + QString::fromLatin1(modifier).toLower()
                + (seen > 1 ? QStringLiteral(" %1").arg(seen) : QString()),
        };
        d.tags = { QString::fromLatin1(pick(tagNames, random)) };
        const QString secondary = QString::fromLatin1(pick(bases, random).muscle);
        if (secondary != e.primaryMuscle)
            d.secondaryMuscles = { secondary };
        result.append(std::move(d));
    }
    return result;
}

} // namespace ft::core
