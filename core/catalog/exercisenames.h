#pragma once

#include "core/catalog/exercisedetails.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// Which exercise a name typed by a person or another app stands for, forgiving how people type.
//
// normalizeExerciseName() turns a name into words that compare equal when a lifter would say the
// names are the same: case, accents, punctuation and hyphens ignored; plurals made singular
// ("Curls", "Presses", "Flyes"); common variants made one ("Tricep" → triceps, "Push Ups" →
// pushup, "Adductor" → adduction); the equipment taken out wherever it is written ("(Barbell)",
// "Barbell …", "Smith Machine", "DB", "BB", "KB") and kept apart; side markers ("(Each Side)",
// "Single Arm", "One-Arm") turned into a flag.
//
// ExerciseNameMatcher::match() then tries, in this order, and takes an exercise only when exactly
// one fits (a wrong automatic match is worse than none):
//   Exact        the name or an alias, folded (ExerciseSearchIndex::fold())
//   Normalized   the same words in the same order, the same equipment (or none said)
//   Equipment    the same, with the equipment written elsewhere ("Squat (Barbell)" → "Barbell
//                Squat")
//   WordOrder    the same words in another order ("Curl Hammer")
//   SideMarker   "(Each Side)", "Single Arm" …: the unilateral exercise of those words, else the
//                exercise itself (the sets are of one side)
//   Typo         one word one letter off a known word, nothing else different ("Bench Pres")
// With several exercises or none, nothing is taken and candidates() ranks the closest ones (words
// in common, equipment said) with a reason for a person.

namespace ft::core {

struct NormalizedName
{
    QStringList words;       // in the name's order, without equipment and side words
    QString equipment;       // the `equipment` enum value the name says, or empty
    bool unilateral = false; // a side marker
    QStringList limbWords;   // "arm", "leg" of a side marker ("Single Arm Row"), kept in words

    QString text() const { return words.join(QLatin1Char(' ')); }
    QString sortedText() const;
    // words without limbWords
    QString textWithoutSide() const;
};

NormalizedName normalizeExerciseName(QStringView name);

enum class NameRule { None, Exact, Alias, Normalized, Equipment, WordOrder, SideMarker, Typo };

// "exact name", "alias", "normalized", "equipment", "word order", "side marker", "typo".
QString nameRuleName(NameRule rule);

struct NameCandidate
{
    Id id = 0;
    double score = 0; // 0 to about 1.2; only the order means something
};

struct NameMatch
{
    Id id = 0; // 0: nothing taken
    NameRule rule = NameRule::None;
    QString reason; // when nothing was taken: why, for a person
};

class ExerciseNameMatcher
{
public:
    void clear();
    void add(const ExerciseDetails &details);
    void add(Id id, const QString &name, const QStringList &aliases, const QString &equipment,
             bool unilateral, bool active);
    qsizetype size() const { return qsizetype(m_exercises.size()); }

    NameMatch match(QStringView name) const;
    // The closest exercises, best first, at most `count`; what to offer when match() took none.
    QList<NameCandidate> candidates(QStringView name, int count = 3) const;

private:
    struct Known
    {
        QString equipment;
        bool unilateral = false;
        bool active = true;
    };
    struct Hit
    {
        Id id = 0;
        QString equipment; // said by the text, else the exercise's
        bool bare = false; // the text says no equipment
        bool alias = false;
    };
    struct Entry
    {
        Id id = 0;
        QStringList words;
        QString equipment;
        bool bare = false;
        bool unilateral = false; // the exercise's
    };

    void addText(Id id, const QString &text, bool alias);
    // The one exercise of `hits` the normalized query fits, or 0; `several` says there were more.
    Id pick(const QList<Hit> &hits, const NormalizedName &query, bool *several) const;
    Id best(const QList<Hit> &hits) const;
    QString corrected(const QString &word) const;
    NameMatch lookUp(const NormalizedName &n, bool *several) const;

    QHash<Id, Known> m_exercises;
    QHash<QString, QList<Hit>> m_exact;  // fold(text)
    QHash<QString, QList<Hit>> m_words;  // NormalizedName::text()
    QHash<QString, QList<Hit>> m_sorted; // NormalizedName::sortedText()
    QHash<QString, QList<Hit>> m_noSide; // NormalizedName::textWithoutSide() of unilateral texts
    std::vector<Entry> m_entries;
    QHash<QString, QList<int>> m_postings; // word → entries
    QHash<QString, QStringList> m_deletes; // a known word with one letter deleted → known words
};

} // namespace ft::core
