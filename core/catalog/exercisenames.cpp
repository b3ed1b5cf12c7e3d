#include "core/catalog/exercisenames.h"

#include "core/catalog/exercisesearch.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace ft::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::core::ExerciseNameMatcher)
};

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

// Word sequences that are one word to the matcher, checked longest first.
const QList<std::pair<QStringList, QString>> &phrases()
{
    static const QList<std::pair<QStringList, QString>> list = [] {
        const char *table[][2] = {
            { "smith machine", "smith" },
            { "ez curl bar", "ezbar" },
            { "ez bar", "ezbar" },
            { "e z bar", "ezbar" },
            { "ez", "ezbar" },
            { "trap bar", "trapbar" },
            { "hex bar", "trapbar" },
            { "push up", "pushup" },
            { "press up", "pushup" },
            { "pull up", "pullup" },
            { "chin up", "chinup" },
            { "sit up", "situp" },
            { "step up", "stepup" },
            { "get up", "getup" },
            { "pull down", "pulldown" },
            { "push down", "pushdown" },
            { "press down", "pushdown" },
            { "pressdown", "pushdown" },
            { "skull crusher", "skullcrusher" },
            { "pull through", "pullthrough" },
            { "pull apart", "pullapart" },
            { "kick back", "kickback" },
            { "wood chop", "woodchop" },
            { "woodchopper", "woodchop" },
            { "body weight", "bodyweight" },
            { "kettle bell", "kettlebell" },
            { "dumb bell", "dumbbell" },
            { "bar bell", "barbell" },
            { "resistance band", "band" },
            { "cable machine", "cable" },
            { "leverage machine", "machine" },
            { "plate loaded", "machine" },
            { "hammer strength", "machine" },
            { "skull crush", "skullcrusher" },
        };
        QList<std::pair<QStringList, QString>> out;
        for (const auto &row : table)
            out.append({ s(row[0]).split(QLatin1Char(' ')), s(row[1]) });
        std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
            return a.first.size() > b.first.size();
        });
        return out;
    }();
    return list;
}

// One word → its usual form.
const QHash<QString, QString> &synonyms()
{
    static const QHash<QString, QString> map = [] {
        const char *table[][2] = {
            { "db", "dumbbell" },
            { "dbs", "dumbbell" },
            { "bb", "barbell" },
            { "kb", "kettlebell" },
            { "kbs", "kettlebell" },
            { "bw", "bodyweight" },
            { "bodyweight", "bodyweight" },
            { "tricep", "triceps" },
            { "tri", "triceps" },
            { "bicep", "biceps" },
            { "flye", "fly" },
            { "flie", "fly" },
            { "flys", "fly" },
            { "flies", "fly" },
            { "flyes", "fly" },
            { "adductor", "adduction" },
            { "abductor", "abduction" },
            { "calves", "calf" },
            { "abs", "ab" },
            { "ups", "up" },
            { "skullcrushers", "skullcrusher" },
            { "pushups", "pushup" },
            { "pullups", "pullup" },
            { "chinups", "chinup" },
            { "situps", "situp" },
            { "banded", "band" },
            { "bands", "band" },
            { "cables", "cable" },
            { "machines", "machine" },
            { "lever", "machine" },
            { "dumbells", "dumbbell" },
            { "dumbell", "dumbbell" },
            { "barbells", "barbell" },
            { "kettlebells", "kettlebell" },
            { "dumbbells", "dumbbell" },
            { "plates", "plate" },
            { "ohp", "ohp" },
            { "rdls", "rdl" },
            { "hyperextension", "hyperextension" },
            { "extensions", "extension" },
            { "delts", "delt" },
            { "lats", "lat" },
            { "glutes", "glute" },
            { "stiff", "stiff" },
            { "legged", "leg" },
            { "arms", "arm" },
            { "legs", "leg" },
            { "curtsey", "curtsy" },
            { "tyre", "tire" },
        };
        QHash<QString, QString> out;
        for (const auto &row : table)
            out.insert(s(row[0]), s(row[1]));
        return out;
    }();
    return map;
}

// Words that say nothing about the exercise.
bool isStopWord(const QString &w)
{
    static const QSet<QString> words = { s("the"),         s("a"),         s("an"),  s("with"),
                                         s("on"),          s("of"),        s("and"), s("exercise"),
                                         s("alternating"), s("alternate"), s("alt"), s("s") };
    return words.contains(w);
}

// Words kept as they are although they end with s.
bool keepsItsS(const QString &w)
{
    static const QSet<QString> words = { s("triceps"), s("biceps"), s("press"),   s("cross"),
                                         s("swiss"),   s("bus"),    s("atlas"),   s("torsos"),
                                         s("jumping"), s("bosus"),  s("pilates"), s("walrus") };
    return words.contains(w) || w.size() <= 3 || w.endsWith(QLatin1String("ss"))
        || w.endsWith(QLatin1String("us")) || w.endsWith(QLatin1String("is"));
}

QString singular(const QString &w)
{
    if (!w.endsWith(QLatin1Char('s')) || keepsItsS(w))
        return w;
    if (w.endsWith(QLatin1String("ies")) && w.size() > 4)
        return w.chopped(3) + QLatin1Char('y');
    for (const char *ending : { "ches", "shes", "sses", "xes" }) {
        if (w.endsWith(QLatin1String(ending)))
            return w.chopped(2);
    }
    return w.chopped(1);
}

// Equipment words, the first said wins when a name says two.
const QList<std::pair<QString, QString>> &equipmentWords()
{
    static const QList<std::pair<QString, QString>> list = {
        { s("smith"), s("SMITH") },           { s("ezbar"), s("EZ_BAR") },
        { s("trapbar"), s("TRAP_BAR") },      { s("barbell"), s("BARBELL") },
        { s("dumbbell"), s("DUMBBELL") },     { s("kettlebell"), s("KETTLEBELL") },
        { s("cable"), s("CABLE") },           { s("band"), s("BAND") },
        { s("plate"), s("PLATE") },           { s("machine"), s("MACHINE") },
        { s("bodyweight"), s("BODYWEIGHT") },
    };
    return list;
}

// Side markers: the words of the marker, and whether its last word (arm, leg) stays.
const QList<std::pair<QStringList, bool>> &sideMarkers()
{
    static const QList<std::pair<QStringList, bool>> list = [] {
        QList<std::pair<QStringList, bool>> out;
        for (const char *first : { "single", "one", "1" }) {
            for (const char *limb : { "arm", "leg", "hand", "handed", "side", "sided" }) {
                const bool keep = QLatin1String(limb) == QLatin1String("arm")
                    || QLatin1String(limb) == QLatin1String("leg");
                out.append({ { s(first), s(limb) }, keep });
            }
        }
        for (const char *first : { "each", "per", "both" }) {
            for (const char *limb : { "side", "arm", "leg", "hand" })
                out.append({ { s(first), s(limb) }, false });
        }
        out.append({ { s("unilateral") }, false });
        out.append({ { s("unilaterally") }, false });
        return out;
    }();
    return list;
}

bool startsAt(const QStringList &words, qsizetype at, const QStringList &phrase)
{
    if (at + phrase.size() > words.size())
        return false;
    for (qsizetype i = 0; i < phrase.size(); ++i) {
        if (words.at(at + i) != phrase.at(i))
            return false;
    }
    return true;
}

// Optimal string alignment distance 1 (one letter added, removed, changed or two swapped).
bool oneEditApart(const QString &a, const QString &b)
{
    const qsizetype la = a.size(), lb = b.size();
    if (std::abs(la - lb) > 1 || a == b)
        return false;
    qsizetype i = 0;
    while (i < la && i < lb && a.at(i) == b.at(i))
        ++i;
    if (la == lb) {
        if (QStringView(a).mid(i + 1) == QStringView(b).mid(i + 1))
            return true;
        return i + 1 < la && a.at(i) == b.at(i + 1) && a.at(i + 1) == b.at(i)
            && QStringView(a).mid(i + 2) == QStringView(b).mid(i + 2);
    }
    return la > lb ? QStringView(a).mid(i + 1) == QStringView(b).mid(i)
                   : QStringView(a).mid(i) == QStringView(b).mid(i + 1);
}

constexpr qsizetype minTypoLength = 5;

} // namespace

QString NormalizedName::sortedText() const
{
    QStringList sorted = words;
    sorted.sort();
    return sorted.join(QLatin1Char(' '));
}

QString NormalizedName::textWithoutSide() const
{
    QStringList rest = words;
    for (const QString &limb : limbWords)
        rest.removeOne(limb);
    return rest.join(QLatin1Char(' '));
}

NormalizedName normalizeExerciseName(QStringView name)
{
    NormalizedName n;
    // Names longer than any exercise name are cut: the matcher's work stays bounded.
    const QString folded = ExerciseSearchIndex::fold(name.left(300));
    QStringList words;
    for (const QString &w : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString synonym = synonyms().value(w);
        const QString word = synonym.isEmpty() ? singular(w) : synonym;
        if (!isStopWord(word))
            words.append(synonyms().value(word, word));
    }

    QStringList joined;
    for (qsizetype i = 0; i < words.size();) {
        bool found = false;
        for (const auto &[marker, keepLimb] : sideMarkers()) {
            if (startsAt(words, i, marker)) {
                n.unilateral = true;
                if (keepLimb) {
                    joined.append(marker.last());
                    n.limbWords.append(marker.last());
                }
                i += marker.size();
                found = true;
                break;
            }
        }
        if (found)
            continue;
        for (const auto &[phrase, word] : phrases()) {
            if (startsAt(words, i, phrase)) {
                joined.append(word.split(QLatin1Char(' ')));
                i += phrase.size();
                found = true;
                break;
            }
        }
        if (!found)
            joined.append(words.at(i++));
    }

    for (const auto &[word, equipment] : equipmentWords()) {
        if (joined.contains(word)) {
            if (n.equipment.isEmpty())
                n.equipment = equipment;
            joined.removeAll(word);
        }
    }
    n.words = joined;
    return n;
}

QString nameRuleName(NameRule rule)
{
    switch (rule) {
    case NameRule::None:
        return {};
    case NameRule::Exact:
        return QStringLiteral("exact name");
    case NameRule::Alias:
        return QStringLiteral("alias");
    case NameRule::Normalized:
        return QStringLiteral("normalized");
    case NameRule::Equipment:
        return QStringLiteral("equipment");
    case NameRule::WordOrder:
        return QStringLiteral("word order");
    case NameRule::SideMarker:
        return QStringLiteral("side marker");
    case NameRule::Typo:
        return QStringLiteral("typo");
    }
    return {};
}

void ExerciseNameMatcher::clear()
{
    *this = ExerciseNameMatcher();
}

void ExerciseNameMatcher::add(const ExerciseDetails &details)
{
    const Exercise &e = details.exercise;
    add(e.id, e.name, details.aliases, e.equipment, e.unilateral, e.isActive);
}

void ExerciseNameMatcher::add(Id id, const QString &name, const QStringList &aliases,
                              const QString &equipment, bool unilateral, bool active)
{
    m_exercises.insert(id, { equipment, unilateral, active });
    addText(id, name, false);
    for (const QString &alias : aliases)
        addText(id, alias, true);
}

void ExerciseNameMatcher::addText(Id id, const QString &text, bool alias)
{
    const Known &known = m_exercises[id];
    const QString folded = ExerciseSearchIndex::fold(text);
    if (folded.isEmpty())
        return;
    const NormalizedName n = normalizeExerciseName(text);
    Hit hit { id, n.equipment.isEmpty() ? known.equipment : n.equipment, n.equipment.isEmpty(),
              alias };
    m_exact[folded].append(hit);
    if (n.words.isEmpty())
        return;
    m_words[n.text()].append(hit);
    m_sorted[n.sortedText()].append(hit);
    if (n.unilateral)
        m_noSide[n.textWithoutSide()].append(hit);

    const int index = int(m_entries.size());
    m_entries.push_back({ id, n.words, hit.equipment, hit.bare, known.unilateral });
    QSet<QString> seen;
    for (const QString &w : n.words) {
        if (seen.contains(w))
            continue;
        seen.insert(w);
        auto &posting = m_postings[w];
        if (posting.isEmpty() && w.size() >= minTypoLength) {
            for (qsizetype i = 0; i < w.size(); ++i)
                m_deletes[QString(w).remove(i, 1)].append(w);
        }
        posting.append(index);
    }
}

Id ExerciseNameMatcher::best(const QList<Hit> &hits) const
{
    Id found = 0;
    bool foundActive = false;
    for (const Hit &h : hits) {
        const bool active = m_exercises.value(h.id).active;
        if (!found || (active && !foundActive) || (active == foundActive && h.id < found)) {
            found = h.id;
            foundActive = active;
        }
    }
    return found;
}

Id ExerciseNameMatcher::pick(const QList<Hit> &hits, const NormalizedName &query,
                             bool *several) const
{
    if (hits.isEmpty())
        return 0;
    QList<Hit> fit;
    if (!query.equipment.isEmpty()) {
        for (const Hit &h : hits) {
            if (h.equipment == query.equipment)
                fit.append(h);
        }
    } else {
        // No equipment said: the texts that say none either are the catalog's choice
        // ("Lateral Raise" is the dumbbell one).
        for (const Hit &h : hits) {
            if (h.bare)
                fit.append(h);
        }
        if (fit.isEmpty())
            fit = hits;
    }
    if (query.unilateral) {
        QList<Hit> sided;
        for (const Hit &h : std::as_const(fit)) {
            if (m_exercises.value(h.id).unilateral)
                sided.append(h);
        }
        if (!sided.isEmpty())
            fit = sided;
    }
    QSet<Id> ids;
    for (const Hit &h : std::as_const(fit))
        ids.insert(h.id);
    if (ids.size() > 1) {
        // Exercises the user deactivated give way to active ones.
        QSet<Id> active;
        for (const Id id : std::as_const(ids)) {
            if (m_exercises.value(id).active)
                active.insert(id);
        }
        if (active.size() == 1)
            return *active.cbegin();
        if (several)
            *several = true;
        return 0;
    }
    return ids.isEmpty() ? 0 : *ids.cbegin();
}

QString ExerciseNameMatcher::corrected(const QString &word) const
{
    if (word.size() < minTypoLength || m_postings.contains(word))
        return {};
    QSet<QString> found;
    auto consider = [&](const QString &variant) {
        if (const auto it = m_postings.constFind(variant); it != m_postings.constEnd())
            found.insert(variant);
        for (const QString &known : m_deletes.value(variant)) {
            if (oneEditApart(word, known))
                found.insert(known);
        }
    };
    consider(word);
    for (qsizetype i = 0; i < word.size(); ++i)
        consider(QString(word).remove(i, 1));
    found.remove(word);
    return found.size() == 1 ? *found.cbegin() : QString();
}

NameMatch ExerciseNameMatcher::lookUp(const NormalizedName &n, bool *several) const
{
    NameMatch m;
    const NameRule inOrder = n.unilateral ? NameRule::SideMarker
        : n.equipment.isEmpty()           ? NameRule::Normalized
                                          : NameRule::Equipment;
    if ((m.id = pick(m_words.value(n.text()), n, several))) {
        m.rule = inOrder;
        return m;
    }
    if ((m.id = pick(m_sorted.value(n.sortedText()), n, several))) {
        m.rule = n.unilateral ? NameRule::SideMarker : NameRule::WordOrder;
        return m;
    }
    if (n.unilateral) {
        // "Single Arm Lat Pulldown": a unilateral text of the same words, else the exercise
        // itself, of which these are the sets of one side.
        const QString rest = n.textWithoutSide();
        if ((m.id = pick(m_noSide.value(rest), n, several))
            || (m.id = pick(m_words.value(rest), n, several))) {
            m.rule = NameRule::SideMarker;
            return m;
        }
    }
    return m;
}

NameMatch ExerciseNameMatcher::match(QStringView name) const
{
    NameMatch m;
    const QString folded = ExerciseSearchIndex::fold(name.left(300));
    if (folded.isEmpty()) {
        m.reason = name.trimmed().isEmpty()
            ? Tr::tr("the name is empty")
            : Tr::tr("the name has no letters or digits the catalog could match");
        return m;
    }
    if (const auto it = m_exact.constFind(folded); it != m_exact.constEnd()) {
        QList<Hit> names, aliases;
        for (const Hit &h : *it)
            (h.alias ? aliases : names).append(h);
        if ((m.id = best(names))) {
            m.rule = NameRule::Exact;
            return m;
        }
        if ((m.id = best(aliases))) {
            m.rule = NameRule::Alias;
            return m;
        }
    }

    const NormalizedName n = normalizeExerciseName(name);
    if (n.words.isEmpty()) {
        m.reason = Tr::tr("the name says only the equipment or the side");
        return m;
    }
    bool several = false;
    m = lookUp(n, &several);
    if (m.id)
        return m;

    NormalizedName fixed = n;
    bool anyFixed = false;
    for (QString &w : fixed.words) {
        if (const QString c = corrected(w); !c.isEmpty()) {
            w = c;
            anyFixed = true;
        }
    }
    if (anyFixed && !several) {
        bool severalFixed = false;
        if (const NameMatch f = lookUp(fixed, &severalFixed); f.id) {
            m.id = f.id;
            m.rule = NameRule::Typo;
            return m;
        }
        several = severalFixed;
    }
    m.reason = several ? Tr::tr("several exercises fit the name: pick one")
                       : Tr::tr("no exercise of the catalog has these words");
    return m;
}

QList<NameCandidate> ExerciseNameMatcher::candidates(QStringView name, int count) const
{
    NormalizedName n = normalizeExerciseName(name);
    QStringList words;
    for (const QString &w : std::as_const(n.words)) {
        const QString c = corrected(w);
        const QString word = c.isEmpty() ? w : c;
        if (!words.contains(word))
            words.append(word);
    }
    if (words.isEmpty() || count <= 0)
        return {};
    // Rare words first: an entry only common words find is not worth a place.
    std::sort(words.begin(), words.end(), [&](const QString &a, const QString &b) {
        return m_postings.value(a).size() < m_postings.value(b).size();
    });
    constexpr qsizetype commonWord = 4000;
    // Words in common per entry: a counter per entry, and the entries touched.
    std::vector<quint16> common(m_entries.size(), 0);
    std::vector<int> touched;
    for (const QString &w : std::as_const(words)) {
        const auto it = m_postings.constFind(w);
        if (it == m_postings.constEnd())
            continue;
        const bool onlyKnown = it->size() > commonWord && !touched.empty();
        for (const int entry : *it) {
            quint16 &shared = common[std::size_t(entry)];
            if (shared == 0 && onlyKnown)
                continue;
            if (shared++ == 0)
                touched.push_back(entry);
        }
    }
    const auto better = [this](const NameCandidate &a, const NameCandidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const bool aActive = m_exercises.value(a.id).active;
        if (aActive != m_exercises.value(b.id).active)
            return aActive;
        return a.id < b.id;
    };
    // The best `count` exercises, each with the score of its best name.
    QList<NameCandidate> top;
    for (const int entry : touched) {
        const Entry &e = m_entries[std::size_t(entry)];
        double score = 2.0 * common[std::size_t(entry)] / double(words.size() + e.words.size());
        if (!n.equipment.isEmpty())
            score += e.equipment == n.equipment ? 0.15 : -0.15;
        else if (e.bare)
            score += 0.05;
        if (n.unilateral == e.unilateral)
            score += 0.02;
        const NameCandidate candidate { e.id, score };
        const auto same = std::find_if(top.begin(), top.end(),
                                       [&](const NameCandidate &c) { return c.id == e.id; });
        if (same != top.end()) {
            if (score <= same->score)
                continue;
            top.erase(same);
        } else if (top.size() >= count && !better(candidate, top.last())) {
            continue;
        }
        top.insert(std::lower_bound(top.begin(), top.end(), candidate, better), candidate);
        if (top.size() > count)
            top.removeLast();
    }
    return top;
}

} // namespace ft::core
