#include "core/catalog/exercisesearch.h"

#include <algorithm>
#include <numeric>

namespace ft::core {

namespace {

// Letters that NFKD leaves whole but that people type without their stroke or as two letters.
QStringView specialFold(char16_t c)
{
    switch (c) {
    case u'ß':
    case u'ẞ':
        return u"ss";
    case u'æ':
    case u'Æ':
        return u"ae";
    case u'œ':
    case u'Œ':
        return u"oe";
    case u'ø':
    case u'Ø':
        return u"o";
    case u'đ':
    case u'Đ':
    case u'ð':
    case u'Ð':
        return u"d";
    case u'ł':
    case u'Ł':
        return u"l";
    case u'þ':
    case u'Þ':
        return u"th";
    case u'ı':
        return u"i";
    default:
        return {};
    }
}

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u2018' || c == u'\u02BC' || c == u'`'
        || c == u'\u00B4';
}

bool isMark(QChar c)
{
    const auto cat = c.category();
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining
        || cat == QChar::Mark_Enclosing;
}

// Appends folded characters, turning every run of separators into one space.
struct Folder
{
    QString out;
    bool pendingSpace = false;

    void letter(QChar c)
    {
        if (pendingSpace && !out.isEmpty())
            out += u' ';
        pendingSpace = false;
        out += c;
    }
    void letters(QStringView s)
    {
        for (QChar c : s)
            letter(c);
    }
    void separator() { pendingSpace = true; }

    void fold(QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 128) {
            if (u >= 'A' && u <= 'Z')
                letter(QChar(char16_t(u + ('a' - 'A'))));
            else if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
                letter(c);
            else if (!isApostrophe(u))
                separator();
            return;
        }
        if (const QStringView special = specialFold(u); !special.isEmpty()) {
            letters(special);
            return;
        }
        if (isApostrophe(u))
            return;
        if (c.isSurrogate()) { // letters outside the BMP: kept as they are
            letter(c);
            return;
        }
        if (isMark(c))
            return;
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
        for (QChar d : decomposed) {
            if (isMark(d) || isApostrophe(d.unicode()))
                continue;
            if (!d.isLetterOrNumber()) {
                separator();
                continue;
            }
            const QChar lower = d.toCaseFolded();
            if (const QStringView special = specialFold(lower.unicode()); !special.isEmpty())
                letters(special);
            else
                letter(lower);
        }
    }
};

bool startsWithAt(const QString &haystack, int start, QStringView needle)
{
    return QStringView(haystack).mid(start).startsWith(needle);
}

// The (start, length) of every run of characters other than a space.
std::vector<std::pair<int, int>> wordSpans(const QString &text)
{
    std::vector<std::pair<int, int>> spans;
    int start = -1;
    for (int i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text.at(i) == u' ';
        if (space && start >= 0) {
            spans.emplace_back(start, i - start);
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return spans;
}

} // namespace

QString ExerciseSearchIndex::fold(QStringView text)
{
    Folder folder;
    folder.out.reserve(text.size());
    for (QChar c : text)
        folder.fold(c);
    return folder.out;
}

ExerciseSearchIndex::Field ExerciseSearchIndex::makeField(const QString &text)
{
    Field field;
    field.folded = fold(text);
    field.words = wordSpans(field.folded);
    return field;
}

void ExerciseSearchIndex::build(const QList<SearchEntry> &entries)
{
    m_entries.clear();
    m_entries.reserve(entries.size());
    for (const SearchEntry &e : entries) {
        Entry entry;
        entry.id = e.id;
        entry.name = makeField(e.name);
        entry.aliases.reserve(e.aliases.size());
        for (const QString &alias : e.aliases) {
            Field field = makeField(alias);
            if (!field.folded.isEmpty())
                entry.aliases.push_back(std::move(field));
        }
        m_entries.push_back(std::move(entry));
    }
    // Name order once, so that a query sorts by integers.
    std::vector<int> order(m_entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const Entry &x = m_entries[size_t(a)];
        const Entry &y = m_entries[size_t(b)];
        if (const int c = x.name.folded.compare(y.name.folded); c != 0)
            return c < 0;
        return x.id < y.id;
    });
    for (size_t i = 0; i < order.size(); ++i)
        m_entries[size_t(order[i])].nameOrder = int(i);
}

bool ExerciseSearchIndex::wordsArePrefixes(const Field &field, const Query &query)
{
    for (QStringView word : query.words) {
        bool found = false;
        for (const auto &[start, length] : field.words) {
            if (length >= word.size() && startsWithAt(field.folded, start, word)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

ExerciseSearchIndex::MatchKind ExerciseSearchIndex::classify(const Entry &entry, const Query &query,
                                                             int *aliasHits) const
{
    const QString &q = query.folded;
    // A field that matches exactly, as a prefix or word by word: the kinds given, in that order.
    const auto fieldMatch = [&](const Field &field, MatchKind exact, MatchKind prefix,
                                MatchKind words) {
        if (field.folded == q)
            return exact;
        if (field.folded.startsWith(q))
            return prefix;
        if (wordsArePrefixes(field, query))
            return words;
        return MatchKind::None;
    };
    MatchKind kind =
        fieldMatch(entry.name, MatchKind::NameExact, MatchKind::NamePrefix, MatchKind::NameWords);

    int hits = 0;
    bool anySubstring = kind != MatchKind::None || entry.name.folded.contains(q);
    for (const Field &alias : entry.aliases) {
        MatchKind aliasKind =
            fieldMatch(alias, MatchKind::AliasExact, MatchKind::AliasPrefix, MatchKind::AliasWords);
        if (aliasKind == MatchKind::None && alias.folded.contains(q))
            aliasKind = MatchKind::Substring;
        if (aliasKind == MatchKind::None)
            continue;
        ++hits;
        if (aliasKind == MatchKind::Substring)
            anySubstring = true;
        else if (aliasKind > kind)
            kind = aliasKind;
    }
    *aliasHits = hits;
    if (kind != MatchKind::None)
        return kind;

    if (query.words.size() > 1) {
        // Words spread over the name and the aliases ("incline db" → Incline Dumbbell Press, alias
        // "DB Incline Press" has both, but a name word and an alias word also count).
        bool all = true;
        for (QStringView word : query.words) {
            Query one;
            one.words.push_back(word);
            bool found = wordsArePrefixes(entry.name, one);
            for (size_t i = 0; !found && i < entry.aliases.size(); ++i)
                found = wordsArePrefixes(entry.aliases[i], one);
            if (!found) {
                all = false;
                break;
            }
        }
        if (all)
            return MatchKind::AnyWords;
    }
    return anySubstring ? MatchKind::Substring : MatchKind::None;
}

QList<ExerciseSearchIndex::Match> ExerciseSearchIndex::search(QStringView queryText) const
{
    Query query;
    query.folded = fold(queryText);
    for (const auto &[start, length] : wordSpans(query.folded))
        query.words.push_back(QStringView(query.folded).mid(start, length));

    QList<Match> result;
    result.reserve(qsizetype(m_entries.size()));
    if (query.words.empty()) {
        std::vector<const Entry *> all(m_entries.size());
        for (const Entry &e : m_entries)
            all[size_t(e.nameOrder)] = &e;
        for (const Entry *e : all)
            result.append({ e->id, MatchKind::All });
        return result;
    }

    struct Hit
    {
        MatchKind kind;
        int aliasHits;
        int nameOrder;
        Id id;
    };
    std::vector<Hit> hits;
    for (const Entry &e : m_entries) {
        int aliasHits = 0;
        const MatchKind kind = classify(e, query, &aliasHits);
        if (kind != MatchKind::None)
            hits.push_back({ kind, aliasHits, e.nameOrder, e.id });
    }
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.kind != b.kind)
            return a.kind > b.kind;
        if (a.aliasHits != b.aliasHits)
            return a.aliasHits > b.aliasHits;
        return a.nameOrder < b.nameOrder;
    });
    for (const Hit &h : hits)
        result.append({ h.id, h.kind });
    return result;
}

QList<Id> ExerciseSearchIndex::matchingIds(QStringView query) const
{
    QList<Id> ids;
    const QList<Match> matches = search(query);
    ids.reserve(matches.size());
    for (const Match &m : matches)
        ids.append(m.id);
    return ids;
}

QHash<Id, int> ExerciseSearchIndex::rank(QStringView query) const
{
    QHash<Id, int> ranks;
    const QList<Match> matches = search(query);
    ranks.reserve(matches.size());
    for (int i = 0; i < matches.size(); ++i)
        ranks.insert(matches.at(i).id, i);
    return ranks;
}

} // namespace ft::core
