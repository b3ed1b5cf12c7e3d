// The plan of a demo athlete: years of plausible training history, as the rows to write.
//
// The model, per athlete (everything drawn from one std::mt19937_64 seeded from the options'
// seed and the athlete's number, so athletes do not depend on each other or on their order):
//
// - Traits: sex, age, height, level (beginner, intermediate, advanced), body weight, preferred
//   days a week (3-5), time of day, gym, how often sessions are missed (10-20 %), what gets
//   logged (RIR/RPE, rest, tempo).
// - Strength: a true e1RM per exercise = body weight x the exercise's ratio x level x sex x a
//   personal affinity, growing with diminishing returns (1 + G(1 - e^(-t/tau)), G larger for
//   beginners) with a slow form wave and day-to-day noise. Bodyweight exercises have a capacity in
//   repetitions instead. Loads are rounded to what the equipment allows (2.5 kg on a barbell, 2 kg
//   dumbbells, ...); dumbbell loads are per dumbbell.
// - Body weight: phases of 4-12 weeks of maintaining, gaining or cutting; weighed weekly (most
//   weeks), body fat monthly and resting heart rate for some athletes.
// - Plans: a new routine (mesocycle) every 4-8 weeks: seven routine days (day_index 1-7 = Monday
//   to Sunday, rest days flagged is_rest), 3-5 training days of a split (full body, upper/lower,
//   push/pull/legs) with 4-7 exercises each: a main lift (3-5 sets of 3-6), a secondary lift and
//   accessories, with load, reps, RIR or RPE, rest, tempo on some accessories, planned warm-ups on
//   some main lifts and an AMRAP last set on some accessories. Week 1 loads come from the current
//   e1RM (estimated with some error). Each week of the routine is a cycle, numbered from 1; the
//   routine's description states the progression: about +2 % a week, and most routines end with
//   a deload week (cycle notes say so).
// - Sessions: one per planned training day. 10-20 % are missed: most stay as a PENDING session
//   with no sets, a quarter are made up on the next free day of the week. A vacation of 1-2 weeks
//   follows some mesocycles.
// - Set logs follow the planned sets (planned_set_id), with the week's load progression and with
//   deviations: fewer reps than planned when the load exceeds the day's capacity (a failure set),
//   extra reps when it is easy, an unplanned warm-up (planned_set_id NULL, is_warmup), an extra
//   back-off set (planned_set_id NULL), a skipped last set, a load changed by one step, an exercise
//   replaced by a similar one (planned_set_id NULL, note), a session cut short (last exercises not
//   done). performed_at is the session day plus the athlete's time of day plus the time each set
//   and rest takes, so every set has its own timestamp; set_index counts the sets of an exercise
//   in the session from 1.
#include "core/demo/demoplan.h"

#include "core/athletes/athletes.h"
#include "core/demo/democatalog.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>
#include <random>
#include <vector>

namespace ft::core::demo {

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

// ---------------------------------------------------------------------------------------------
// Random numbers. std::mt19937_64 is specified bit for bit; the distributions of <random> are
// not (they differ between standard libraries), so the few needed here are written out.

quint64 splitMix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    { }

    quint64 bits() { return m_engine(); }
    // [0, 1)
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    double uniform(double a, double b) { return a + (b - a) * uniform(); }
    // a..b inclusive
    int between(int a, int b) { return a + int(uniform() * double(b - a + 1)); }
    bool chance(double p) { return uniform() < p; }
    double normal(double mean, double sd)
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[between(0, int(N) - 1)];
    }
    // An index into `weights`, with probability proportional to its weight.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = between(0, total - 1);
        int i = 0;
        for (int w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }

private:
    std::mt19937_64 m_engine;
};

// ---------------------------------------------------------------------------------------------
// Split templates: per training day, seven slots (main lift, secondary lift, accessories), each
// with up to three candidate exercises by slug. A day uses its first 4-7 slots.

struct DayTemplate
{
    const char *title;
    const char *candidateSlots[7][3];
};

// clang-format off
const DayTemplate dayTemplates[] = {
    { "Full body A", { { "barbell-back-squat", "front-squat" }, { "barbell-bench-press" },
        { "barbell-row", "seated-cable-row" }, { "romanian-deadlift", "barbell-hip-thrust" },
        { "dumbbell-lateral-raise" }, { "ez-bar-curl", "hammer-curl" },
        { "cable-crunch", "hanging-leg-raise" } } },
    { "Full body B", { { "barbell-deadlift", "trap-bar-deadlift" },
        { "barbell-overhead-press", "seated-dumbbell-press" }, { "lat-pulldown", "pull-up" },
        { "bulgarian-split-squat", "dumbbell-walking-lunge" }, { "incline-dumbbell-press", "push-up" },
        { "triceps-pushdown" }, { "standing-calf-raise" } } },
    { "Full body C", { { "front-squat", "leg-press", "goblet-squat" },
        { "incline-barbell-bench-press", "dumbbell-bench-press" }, { "chin-up", "one-arm-dumbbell-row" },
        { "barbell-hip-thrust", "kettlebell-swing" }, { "face-pull", "dumbbell-rear-delt-fly" },
        { "hammer-curl", "barbell-curl" }, { "pallof-press", "cable-woodchop" } } },
    { "Upper A", { { "barbell-bench-press" }, { "barbell-row" },
        { "barbell-overhead-press", "seated-dumbbell-press" }, { "lat-pulldown", "pull-up" },
        { "dumbbell-lateral-raise" }, { "triceps-pushdown", "ez-bar-skull-crusher" },
        { "ez-bar-curl", "barbell-curl" } } },
    { "Lower A", { { "barbell-back-squat" }, { "romanian-deadlift" },
        { "leg-press", "bulgarian-split-squat" }, { "lying-leg-curl", "back-extension" },
        { "standing-calf-raise" }, { "cable-crunch" }, { "hip-abduction-machine" } } },
    { "Upper B", { { "barbell-overhead-press", "incline-barbell-bench-press" },
        { "pull-up", "chin-up", "lat-pulldown" }, { "dumbbell-bench-press", "incline-dumbbell-press" },
        { "seated-cable-row", "one-arm-dumbbell-row" }, { "face-pull" }, { "hammer-curl" },
        { "overhead-cable-triceps-extension", "triceps-dip" } } },
    { "Lower B", { { "barbell-deadlift", "trap-bar-deadlift" }, { "front-squat", "leg-press" },
        { "barbell-hip-thrust" }, { "leg-extension" }, { "dumbbell-walking-lunge" },
        { "seated-calf-raise" }, { "hanging-leg-raise", "pallof-press" } } },
    { "Push", { { "barbell-bench-press" }, { "barbell-overhead-press" }, { "incline-dumbbell-press" },
        { "triceps-dip", "cable-crossover" }, { "dumbbell-lateral-raise" }, { "triceps-pushdown" },
        { "overhead-cable-triceps-extension" } } },
    { "Pull", { { "barbell-deadlift", "barbell-row" }, { "pull-up", "lat-pulldown" },
        { "seated-cable-row" }, { "face-pull" }, { "ez-bar-curl" }, { "hammer-curl" },
        { "dumbbell-shrug", "barbell-wrist-curl" } } },
    { "Legs", { { "barbell-back-squat" }, { "romanian-deadlift" }, { "leg-press" }, { "leg-extension" },
        { "lying-leg-curl" }, { "standing-calf-raise" }, { "hip-adduction-machine" } } },
};
// clang-format on

struct Split
{
    const char *name;
    int count;       // training days a week
    int days[5];     // dayTemplates indices
    int weekdays[5]; // 0 = Monday
};

const Split splits[] = {
    { "Full body", 3, { 0, 1, 2 }, { 0, 2, 4 } },
    { "Upper/lower", 4, { 3, 4, 5, 6 }, { 0, 1, 3, 4 } },
    { "Push/pull/legs + upper/lower", 5, { 7, 8, 9, 3, 6 }, { 0, 1, 2, 4, 5 } },
};

// The templates' slugs as indices into demoExercises(); -1 for an empty candidate.
struct ResolvedTemplates
{
    int candidateSlots[std::size(dayTemplates)][7][3];
    ResolvedTemplates()
    {
        for (std::size_t d = 0; d < std::size(dayTemplates); ++d) {
            for (int s = 0; s < 7; ++s) {
                for (int c = 0; c < 3; ++c) {
                    const char *slug = dayTemplates[d].candidateSlots[s][c];
                    candidateSlots[d][s][c] = slug ? demoExerciseIndex(slug) : -1;
                    Q_ASSERT(!slug || candidateSlots[d][s][c] >= 0);
                }
            }
        }
    }
};

const ResolvedTemplates &templates()
{
    static const ResolvedTemplates resolved;
    return resolved;
}

// Similar exercises, for the odd substitution: same primary muscle, movement and mechanics, and
// both loaded or both bodyweight.
const std::vector<std::vector<int>> &substitutes()
{
    static const std::vector<std::vector<int>> table = [] {
        const auto all = demoExercises();
        std::vector<std::vector<int>> result(all.size());
        for (std::size_t i = 0; i < all.size(); ++i) {
            for (std::size_t j = 0; j < all.size(); ++j) {
                if (i != j && std::strcmp(all[i].primaryMuscle, all[j].primaryMuscle) == 0
                    && std::strcmp(all[i].movement, all[j].movement) == 0
                    && std::strcmp(all[i].mechanics, all[j].mechanics) == 0
                    && all[i].isBodyweight() == all[j].isBodyweight())
                    result[i].push_back(int(j));
            }
        }
        return result;
    }();
    return table;
}

struct LoadSteps
{
    double increment;
    double minimum;
};

LoadSteps loadSteps(const DemoExercise &e)
{
    const QLatin1String eq(e.equipment);
    if (eq == QLatin1String("BARBELL"))
        return { 2.5, 20 };
    if (eq == QLatin1String("EZ_BAR"))
        return { 2.5, 10 };
    if (eq == QLatin1String("TRAP_BAR"))
        return { 2.5, 25 };
    if (eq == QLatin1String("SMITH"))
        return { 2.5, 15 };
    if (eq == QLatin1String("DUMBBELL"))
        return { 2, 2 };
    if (eq == QLatin1String("KETTLEBELL"))
        return { 4, 8 };
    if (eq == QLatin1String("MACHINE"))
        return { 5, 10 };
    if (eq == QLatin1String("CABLE"))
        return { 2.5, 5 };
    return { 1, 1 };
}

double roundTo(double value, double step)
{
    return std::round(value / step) * step;
}

const char *const tempos[] = { "3-0-1-0", "2-1-1-0", "3-1-1-0", "4-0-1-0", "2-0-1-1" };
const char *const mainLiftNotes[] = { "Belt on the top sets", "Film the last set",
                                      "Pause the first rep", "Same load on every set" };
const char *const sessionNotes[] = { "Felt strong today", "Slept badly",          "Short on time",
                                     "Busy gym",          "Knee a bit sore",      "Great session",
                                     "Low energy",        "Trained with a friend" };
const char *const missedNotes[] = { "Sick", "Work trip", "Family", "Too tired" };
const char *const otherLocations[] = { "Home gym", "Hotel gym", "Friend's gym" };
const char *const gyms[] = { "Iron Temple",  "City Fitness", "Campus Gym",
                             "Barbell Club", "Garage Gym",   "Powerhouse Nord" };
const char *const maleNames[] = { "James", "Lukas",  "Mateo",  "Noah",  "Ethan",  "Jonas",
                                  "Leon",  "Oliver", "Samuel", "David", "Daniel", "Marco",
                                  "Tomás", "Felix",  "Adam",   "Elias", "Kenji",  "Omar" };
const char *const femaleNames[] = { "Emma",   "Mia",    "Sofia", "Hannah", "Léa",   "Clara",
                                    "Olivia", "Amelia", "Laura", "Nora",   "Julia", "Inès",
                                    "Marta",  "Elena",  "Aiko",  "Zoë" };
const char *const lastNames[] = { "Müller",  "García",  "Novák",   "Kowalski", "Rossi", "Dubois",
                                  "Jensen",  "Smith",   "Johnson", "Nakamura", "Silva", "Andersson",
                                  "O'Brien", "Schmidt", "Martin",  "Berg",     "Costa", "Fischer" };

// ---------------------------------------------------------------------------------------------
// One athlete's history.

class AthleteGenerator
{
public:
    AthleteGenerator(const DemoOptions &options, int number)
        : m_options(options)
        , m_number(number)
        , m_random(splitMix64(options.seed ^ splitMix64(quint64(number))))
    { }

    AthletePlan generate();

private:
    enum Level { Beginner, Intermediate, Advanced };

    void chooseTraits();
    void planBodyWeight();
    void planMetrics();
    void planTraining();
    int planRoutine(int mesocycle, const Split &split, int weeks, bool deload, int dayNo);
    int chooseExercise(int dayTemplate, int slot, int dayNo);
    bool suits(int exercise, int dayNo) const;
    void planSlot(int slotRow, int role, bool rpe, bool accessoryTempo, int dayNo);
    void logSession(int sessionRow, int week, int weeks, bool deload, int dayNo);
    void logExercise(int sessionRow, const PlannedSlot &slot, int week, int weeks, bool deload,
                     double sessionForm, int dayNo, const QDate &date, int &clock,
                     QSet<int> &sessionExercises);
    void addLog(ExerciseSetLog row, const QDate &date, int clock);

    double strengthOn(int exercise, int dayNo) const;
    double bodyWeightOn(int dayNo) const;
    double roundLoad(double kg, int exercise, bool down = false) const;
    double weeklyStep(int role, int weeks) const;
    QDateTime at(const QDate &date, int seconds) const
    {
        return QDateTime(date, QTime(0, 0), QTimeZone::utc()).addSecs(seconds);
    }

    const DemoOptions &m_options;
    const int m_number;
    Random m_random;
    AthletePlan m_plan;

    // Traits.
    QDate m_start, m_end;
    Level m_level = Intermediate;
    bool m_male = true;
    double m_sexUpper = 1, m_sexLower = 1, m_sexBodyweight = 1;
    double m_strength = 1, m_growth = 0.3, m_tau = 450, m_formPhase = 0;
    double m_weight0 = 80, m_bodyfat0 = 18, m_restingHr0 = 62;
    bool m_tracksBodyfat = false, m_tracksHr = false, m_logsRest = true, m_logsTempo = true;
    double m_logsEffort = 0.9, m_missRate = 0.15;
    int m_daysPreference = 4, m_weekdayShift = 0, m_startMinute = 18 * 60, m_weighDay = 0;
    QString m_gym;
    std::vector<double> m_base;   // true e1RM (kg) or repetitions at day 0, per exercise
    std::vector<double> m_weight; // body-weight trend per day
    QHash<int, int> m_lastChoice; // (template, slot) -> exercise, for continuity
    QSet<qint64> m_usedDates;
};

AthletePlan AthleteGenerator::generate()
{
    chooseTraits();
    planBodyWeight();
    planMetrics();
    planTraining();
    return std::move(m_plan);
}

void AthleteGenerator::chooseTraits()
{
    AthletePlan &p = m_plan;
    p.number = m_number;
    p.user.username = QStringLiteral("athlete%1").arg(m_number, 4, 10, QLatin1Char('0'));
    p.user.email = p.user.username + QStringLiteral("@example.com");
    p.user.passwordHash = QString::fromLatin1(lockedPasswordHash);

    // A version 4 UUID from our own random bits, so that pseudonyms repeat with the seed too.
    const quint64 hi = m_random.bits(), lo = m_random.bits();
    const QUuid uuid(uint(hi >> 32), ushort(hi >> 16), ushort((hi & 0x0fff) | 0x4000),
                     uchar(((lo >> 56) & 0x3f) | 0x80), uchar(lo >> 48), uchar(lo >> 40),
                     uchar(lo >> 32), uchar(lo >> 24), uchar(lo >> 16), uchar(lo >> 8), uchar(lo));
    p.subject.pseudonym = uuid;

    static const char *const sexes[] = { "MALE", "FEMALE", "OTHER", "PREFER_NOT_TO_SAY" };
    const int sex = m_random.weighted({ 62, 33, 3, 2 });
    p.profile.sex = str(sexes[sex]);
    m_male = sex == 0 || (sex >= 2 && m_random.chance(0.5));
    if (sex == 1 || (sex >= 2 && !m_male)) {
        m_sexUpper = 0.55;
        m_sexLower = 0.72;
        m_sexBodyweight = 0.5;
    }
    const char *first = m_male ? m_random.pick(maleNames) : m_random.pick(femaleNames);
    p.user.fullName = str(first) + QLatin1Char(' ') + str(m_random.pick(lastNames));
    // Adults from the first day of the history.
    p.profile.birthYear = m_options.endDate.year() - m_options.years - m_random.between(18, 50);
    p.profile.heightCm =
        int(std::lround(m_male ? m_random.normal(178, 7) : m_random.normal(165, 6)));
    p.profile.dominantHand =
        m_random.chance(0.9) ? QStringLiteral("right") : QStringLiteral("left");

    m_level = Level(m_random.weighted({ 35, 45, 20 }));
    m_strength = std::clamp(m_random.normal(1.0, 0.08), 0.8, 1.25);
    m_growth = m_level == Beginner ? m_random.uniform(0.5, 0.9)
        : m_level == Intermediate  ? m_random.uniform(0.2, 0.4)
                                   : m_random.uniform(0.06, 0.15);
    m_tau = m_random.uniform(300, 600);
    m_formPhase = m_random.uniform(0, 2 * std::numbers::pi);
    m_weight0 = m_male ? std::clamp(m_random.normal(82, 10), 58.0, 130.0)
                       : std::clamp(m_random.normal(65, 8), 45.0, 100.0);
    m_bodyfat0 = m_male ? m_random.uniform(12, 22) : m_random.uniform(20, 30);
    m_restingHr0 = m_random.uniform(52, 72);
    m_tracksBodyfat = m_random.chance(0.6);
    m_tracksHr = m_random.chance(0.55);
    m_logsRest = m_random.chance(0.7);
    m_logsTempo = m_random.chance(0.5);
    m_logsEffort = m_random.uniform(0.75, 0.98);
    m_missRate = m_random.uniform(0.12, 0.22);
    m_daysPreference = 3 + m_random.weighted({ 15, 45, 40 });
    m_weekdayShift = m_random.chance(0.3) ? 1 : 0;
    m_startMinute =
        m_random.pick({ 6 * 60 + 30, 12 * 60, 17 * 60 + 30, 18 * 60 + 30, 19 * 60 + 30 });
    m_weighDay = m_random.chance(0.7) ? 0 : m_random.between(1, 6);
    m_gym = str(m_random.pick(gyms));

    static const double levels[] = { 0.65, 1.0, 1.3 }, levelsBodyweight[] = { 0.5, 1.0, 1.5 };
    const double level = levels[m_level];
    const double levelBodyweight = levelsBodyweight[m_level];
    const auto all = demoExercises();
    m_base.resize(all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        const DemoExercise &e = all[i];
        const QLatin1String muscle(e.primaryMuscle);
        const bool lower = muscle == QLatin1String("QUADS") || muscle == QLatin1String("HAMSTRINGS")
            || muscle == QLatin1String("GLUTES") || muscle == QLatin1String("CALVES")
            || muscle == QLatin1String("OTHER");
        const double affinity = std::clamp(m_random.normal(1.0, 0.07), 0.8, 1.2);
        if (e.isBodyweight()) {
            const double sexFactor = QLatin1String(e.force) == QLatin1String("PUSH")
                    || QLatin1String(e.movement).startsWith(QLatin1String("VERTICAL"))
                ? m_sexBodyweight
                : 0.85 + 0.15 * m_sexBodyweight;
            m_base[i] = std::max(
                3.0, e.bodyweightReps * levelBodyweight * sexFactor * m_strength * affinity);
        } else {
            m_base[i] = e.strengthRatio * m_weight0 * level * (lower ? m_sexLower : m_sexUpper)
                * m_strength * affinity;
        }
    }

    // `years` x 52 weeks of history, ending on the Sunday on or before the end date; athletes
    // join in the first three weeks.
    m_end = m_options.endDate.addDays(-(m_options.endDate.dayOfWeek() % 7));
    m_start = m_end.addDays(1 - 7 * 52 * m_options.years + 7 * m_random.between(0, 2));
    const QDateTime created = at(m_start.addDays(-3), 18 * 3600 + m_random.between(0, 3599));
    p.user.createdAt = p.user.updatedAt = created;
    p.subject.createdAt = p.subject.updatedAt = created;
    p.profile.createdAt = p.profile.updatedAt = created;
}

double AthleteGenerator::strengthOn(int exercise, int dayNo) const
{
    const double t = std::max(0, dayNo);
    const double growth = 1.0 + m_growth * (1.0 - std::exp(-t / m_tau));
    const double form = 1.0 + 0.02 * std::sin(2 * std::numbers::pi * t / 210.0 + m_formPhase);
    return m_base[std::size_t(exercise)] * growth * form;
}

double AthleteGenerator::bodyWeightOn(int dayNo) const
{
    return m_weight[std::size_t(std::clamp(dayNo, 0, int(m_weight.size()) - 1))];
}

double AthleteGenerator::roundLoad(double kg, int exercise, bool down) const
{
    const LoadSteps steps = loadSteps(demoExercises()[std::size_t(exercise)]);
    const double rounded = down ? std::floor(kg / steps.increment + 1e-9) * steps.increment
                                : roundTo(kg, steps.increment);
    return std::max(steps.minimum, rounded);
}

double AthleteGenerator::weeklyStep(int role, int weeks) const
{
    // A few percent over the routine: about the repetitions of margin the plan leaves (its RIR
    // plus one), so that the last weeks get hard and the occasional set fails.
    const double perWeek = role == 0 ? 0.02 : role == 1 ? 0.015 : 0.01;
    return std::min(perWeek, (role == 0 ? 0.07 : role == 1 ? 0.05 : 0.04) / std::max(1, weeks - 1));
}

void AthleteGenerator::planBodyWeight()
{
    const int days = int(m_start.daysTo(m_end)) + 1;
    m_weight.resize(std::size_t(days));
    double weight = m_weight0, perDay = 0;
    int phaseLeft = 0;
    for (int d = 0; d < days; ++d) {
        if (phaseLeft == 0) {
            int phase = m_random.weighted({ 45, 30, 25 }); // maintain, gain, cut
            if (weight > 1.12 * m_weight0)
                phase = 2;
            else if (weight < 0.9 * m_weight0)
                phase = 1;
            const double perWeek = phase == 0 ? m_random.normal(0, 0.03)
                : phase == 1                  ? m_random.uniform(0.1, 0.3)
                                              : -m_random.uniform(0.2, 0.5);
            perDay = perWeek / 7.0;
            phaseLeft = m_random.between(28, 84);
        }
        weight += perDay;
        m_weight[std::size_t(d)] = weight;
        --phaseLeft;
    }
}

void AthleteGenerator::planMetrics()
{
    int lastBodyfatMonth = -1;
    for (QDate week = m_start; week <= m_end; week = week.addDays(7)) {
        const QDate date = week.addDays(m_weighDay);
        if (date > m_end || !m_random.chance(0.88))
            continue;
        const int dayNo = int(m_start.daysTo(date));
        const double years = dayNo / 365.25;
        SubjectBodyMetrics row;
        row.measuredOn = date;
        const double weight = bodyWeightOn(dayNo) + m_random.normal(0, 0.45);
        row.weightKg = std::round(weight * 10) / 10;
        const int month = date.year() * 12 + date.month();
        if (m_tracksBodyfat && month != lastBodyfatMonth) {
            lastBodyfatMonth = month;
            const double bodyfat =
                m_bodyfat0 + 0.5 * (weight - m_weight0) - 0.4 * years + m_random.normal(0, 0.6);
            row.bodyfatPct = std::round(std::clamp(bodyfat, 6.0, 45.0) * 10) / 10;
        }
        if (m_tracksHr && m_random.chance(0.8))
            row.restingHr = int(
                std::lround(std::max(45.0, m_restingHr0 - 0.8 * years) + m_random.normal(0, 2.5)));
        if (m_random.chance(0.03))
            row.notes =
                str(m_random.pick({ "Morning, fasted", "After travel", "Scale at the gym" }));
        row.createdAt = row.updatedAt = at(date, 7 * 3600 + m_random.between(0, 5400));
        m_plan.metrics.push_back(std::move(row));
    }
}

void AthleteGenerator::planTraining()
{
    QDate monday = m_start;
    int mesocycle = 0;
    int lastRoutine = -1;
    while (monday <= m_end) {
        ++mesocycle;
        const int weeks = 4 + m_random.weighted({ 15, 25, 30, 15, 15 });
        int days = m_daysPreference;
        if (m_random.chance(0.2))
            days = std::clamp(days + (m_random.chance(0.5) ? 1 : -1), 3, 5);
        const Split &split = splits[days - 3];
        const bool deload = weeks >= 5 && m_random.chance(0.75);
        const int startDay = int(m_start.daysTo(monday));
        const int routine = planRoutine(mesocycle, split, weeks, deload, startDay);
        lastRoutine = routine;

        // The routine's days by weekday: the training days first (in the order of the split).
        int dayRowByWeekday[7];
        for (int i = 0; i < 7; ++i)
            dayRowByWeekday[i] = -1;
        for (int i = int(m_plan.days.size()) - 1;
             i >= 0 && m_plan.days[std::size_t(i)].routineId == routine; --i)
            dayRowByWeekday[m_plan.days[std::size_t(i)].dayIndex - 1] = i;

        for (int week = 1; week <= weeks; ++week) {
            const QDate weekStart = monday.addDays(7 * (week - 1));
            if (weekStart > m_end)
                break;
            const bool deloadWeek = deload && week == weeks;
            Cycle cycle;
            cycle.routineId = routine;
            cycle.cycleNumber = week;
            cycle.startedOn = weekStart;
            cycle.createdAt = cycle.updatedAt = QDateTime(weekStart, QTime(5, 0), QTimeZone::utc());
            if (weekStart.addDays(6) <= m_end)
                cycle.endedOn = weekStart.addDays(6);
            if (deloadWeek)
                cycle.notes = QStringLiteral("Deload week: about 15% lighter, one set fewer");
            else if (week == 1 && m_random.chance(0.3))
                cycle.notes = QStringLiteral("New block, new exercises");
            m_plan.cycles.push_back(cycle);
            const int cycleRow = int(m_plan.cycles.size()) - 1;

            for (int weekday = 0; weekday < 7; ++weekday) {
                const int dayRow = dayRowByWeekday[weekday];
                if (m_plan.days[std::size_t(dayRow)].isRest)
                    continue;
                QDate date = weekStart.addDays(weekday);
                if (date > m_end || m_usedDates.contains(date.toJulianDay()))
                    continue;
                bool completed = true;
                if (m_random.chance(m_missRate)) {
                    completed = false;
                    // A quarter of the misses are made up on the next free rest day of the week.
                    if (m_random.chance(0.25)) {
                        for (int later = weekday + 1; later < 7; ++later) {
                            const QDate other = weekStart.addDays(later);
                            if (other <= m_end
                                && m_plan.days[std::size_t(dayRowByWeekday[later])].isRest
                                && !m_usedDates.contains(other.toJulianDay())) {
                                date = other;
                                completed = true;
                                break;
                            }
                        }
                    }
                }
                m_usedDates.insert(date.toJulianDay());
                WorkoutSession session;
                session.routineDayId = dayRow;
                session.cycleId = cycleRow;
                session.workoutDate = date;
                session.status =
                    completed ? QStringLiteral("COMPLETED") : QStringLiteral("PENDING");
                m_plan.sessions.push_back(session);
                const int sessionRow = int(m_plan.sessions.size()) - 1;
                if (completed) {
                    logSession(sessionRow, week, weeks, deloadWeek, int(m_start.daysTo(date)));
                } else {
                    WorkoutSession &missed = m_plan.sessions.back();
                    if (m_random.chance(0.4))
                        missed.notes =
                            QStringLiteral("Missed: %1").arg(str(m_random.pick(missedNotes)));
                    missed.createdAt = at(date, 5 * 3600);
                    missed.updatedAt = missed.createdAt;
                    ++m_plan.missed;
                }
            }
        }
        monday = monday.addDays(7 * weeks);
        if (m_random.chance(0.08))
            monday = monday.addDays(7 * m_random.between(1, 2)); // vacation
    }
    if (lastRoutine >= 0)
        m_plan.routines[std::size_t(lastRoutine)].isActive = true;
}

int AthleteGenerator::planRoutine(int mesocycle, const Split &split, int weeks, bool deload,
                                  int dayNo)
{
    const bool rpe = m_random.chance(0.4);
    const bool accessoryTempo = m_random.chance(0.3);
    Routine routine;
    // Data, not user interface: these texts are not translated, so the rows never depend on the
    // locale the generator runs in.
    routine.name = QStringLiteral("Mesocycle %1: %2").arg(mesocycle).arg(str(split.name));
    const int trainingDays = split.count;
    routine.description =
        QStringLiteral("%1 split, %2 training days a week for %3 weeks. Week 1 "
                       "loads as written, then add about %4% a week on the main "
                       "lift.%5 Effort as %6.")
            .arg(str(split.name))
            .arg(trainingDays)
            .arg(weeks)
            .arg(QString::number(100 * weeklyStep(0, weeks), 'f', 1))
            .arg(deload ? QStringLiteral(" The last week is a deload: about "
                                         "15% lighter, one set fewer.")
                        : QString())
            .arg(rpe ? QStringLiteral("RPE") : QStringLiteral("reps in reserve (RIR)"));
    const QDate startsOn = m_start.addDays(dayNo);
    routine.startsOn = startsOn;
    routine.isActive = false;
    routine.createdAt = routine.updatedAt =
        at(startsOn.addDays(-2), 19 * 3600 + m_random.between(0, 7199));
    m_plan.routines.push_back(routine);
    const int routineRow = int(m_plan.routines.size()) - 1;

    int templateByWeekday[7] = { -1, -1, -1, -1, -1, -1, -1 };
    for (int i = 0; i < trainingDays; ++i)
        templateByWeekday[(split.weekdays[i] + m_weekdayShift) % 7] = split.days[i];
    for (int weekday = 0; weekday < 7; ++weekday) {
        const int t = templateByWeekday[weekday];
        RoutineDay day;
        day.routineId = routineRow;
        day.dayIndex = weekday + 1;
        day.isRest = t < 0;
        day.title = t < 0 ? QStringLiteral("Rest") : str(dayTemplates[t].title);
        day.createdAt = day.updatedAt = routine.createdAt;
        m_plan.days.push_back(day);
        if (t < 0)
            continue;
        const int dayRow = int(m_plan.days.size()) - 1;
        const int exercises = 4 + m_random.weighted({ 5, 20, 40, 35 });
        QSet<int> used;
        for (int s = 0; s < exercises; ++s) {
            const int exercise = chooseExercise(t, s, dayNo);
            if (used.contains(exercise))
                continue;
            used.insert(exercise);
            PlannedSlot &slot = m_plan.exerciseSlots.emplace_back();
            slot.row.routineDayId = dayRow;
            slot.row.exerciseId = exercise;
            slot.row.position = int(used.size());
            slot.row.createdAt = slot.row.updatedAt = routine.createdAt;
            slot.role = std::min(s, 2);
            if (s == 0 && m_random.chance(0.15))
                slot.row.notes = str(m_random.pick(mainLiftNotes));
            planSlot(int(m_plan.exerciseSlots.size()) - 1, slot.role, rpe, accessoryTempo, dayNo);
        }
    }
    return routineRow;
}

bool AthleteGenerator::suits(int exercise, int dayNo) const
{
    const DemoExercise &e = demoExercises()[std::size_t(exercise)];
    if (m_level == Beginner && QLatin1String(e.difficulty) == QLatin1String("ADVANCED"))
        return false;
    const double strength = strengthOn(exercise, dayNo);
    if (e.isBodyweight())
        return strength >= 5;
    // The empty bar (or the lightest dumbbell) must allow sets of about twelve.
    return loadSteps(e).minimum <= 0.7 * strength;
}

int AthleteGenerator::chooseExercise(int dayTemplate, int slot, int dayNo)
{
    const int key = dayTemplate * 8 + slot;
    const auto previous = m_lastChoice.constFind(key);
    if (previous != m_lastChoice.cend() && m_random.chance(slot == 0 ? 0.8 : 0.6))
        return *previous;
    const int *candidates = templates().candidateSlots[dayTemplate][slot];
    int usable[3], count = 0;
    for (int c = 0; c < 3 && candidates[c] >= 0; ++c) {
        if (suits(candidates[c], dayNo))
            usable[count++] = candidates[c];
    }
    int choice = count == 0 ? candidates[0] : usable[m_random.between(0, count - 1)];
    if (count == 0) {
        // Nothing in the template suits (a bar heavier than the working sets, too few pull-ups):
        // a similar exercise that does.
        for (int other : substitutes()[std::size_t(candidates[0])]) {
            if (suits(other, dayNo)) {
                choice = other;
                break;
            }
        }
    }
    m_lastChoice.insert(key, choice);
    return choice;
}

void AthleteGenerator::planSlot(int slotRow, int role, bool rpe, bool accessoryTempo, int dayNo)
{
    PlannedSlot &slot = m_plan.exerciseSlots[std::size_t(slotRow)];
    const int exercise = int(slot.row.exerciseId);
    const DemoExercise &e = demoExercises()[std::size_t(exercise)];
    int sets, reps, rir, rest;
    if (role == 0) {
        sets = 3 + m_random.weighted({ 20, 45, 35 });
        reps = m_random.pick({ 3, 4, 5, 5, 6 });
        rir = m_random.pick({ 1, 2, 2, 3 });
        rest = m_random.pick({ 180, 210, 240, 300 });
    } else if (role == 1) {
        sets = 3 + m_random.weighted({ 45, 55 });
        reps = m_random.pick({ 6, 8, 8, 10 });
        rir = m_random.pick({ 1, 2, 2, 3 });
        rest = m_random.pick({ 120, 150, 180 });
    } else {
        sets = 3 + m_random.weighted({ 55, 45 });
        reps = m_random.pick({ 8, 10, 10, 12, 12, 15 });
        rir = m_random.pick({ 0, 1, 1, 2, 2 });
        rest = m_random.pick({ 60, 75, 90, 90 });
    }
    std::optional<double> load;
    if (e.isBodyweight()) {
        reps = std::clamp(int(std::lround(strengthOn(exercise, dayNo) * 0.65)), 3, 25);
    } else {
        // The coach's estimate of today's e1RM, and one repetition of margin for week 1.
        const double estimate = strengthOn(exercise, dayNo) * (1.0 + m_random.normal(0, 0.03));
        load = roundLoad(estimate / (1.0 + (reps + rir + 1) / 30.0), exercise, true);
    }
    std::optional<QString> tempo;
    if ((role == 2 && accessoryTempo) || (role == 0 && m_random.chance(0.1)))
        tempo = str(m_random.pick(tempos));
    const bool amrap = role == 2 && m_random.chance(0.2);

    slot.plannedBegin = int(m_plan.planned.size());
    int setIndex = 0;
    const QLatin1String equipment(e.equipment);
    const bool barbell =
        equipment == QLatin1String("BARBELL") || equipment == QLatin1String("TRAP_BAR");
    if (load
        && ((role == 0 && barbell && m_random.chance(0.6))
            || (role == 1 && m_random.chance(0.2)))) {
        static const double twoSets[] = { 0.5, 0.7 }, threeSets[] = { 0.45, 0.65, 0.8 },
                            oneSet[] = { 0.6 };
        static const int twoReps[] = { 8, 4 }, threeReps[] = { 8, 5, 3 }, oneRep[] = { 6 };
        const bool three = role == 0 && m_random.chance(0.5);
        const int n = role == 1 ? 1 : three ? 3 : 2;
        const double *fractions = role == 1 ? oneSet : three ? threeSets : twoSets;
        const int *warmupReps = role == 1 ? oneRep : three ? threeReps : twoReps;
        for (int i = 0; i < n; ++i) {
            RoutineExerciseSet w;
            w.routineDayExerciseId = slotRow;
            w.setIndex = ++setIndex;
            w.isWarmup = true;
            w.targetWeightKg = roundLoad(*load * fractions[i], exercise);
            w.targetReps = warmupReps[i];
            w.targetRestS = 90;
            w.createdAt = w.updatedAt = slot.row.createdAt;
            m_plan.planned.push_back(w);
        }
    }
    for (int s = 1; s <= sets; ++s) {
        RoutineExerciseSet p;
        p.routineDayExerciseId = slotRow;
        p.setIndex = ++setIndex;
        p.targetWeightKg = load;
        p.targetReps = reps;
        const bool last = s == sets;
        p.toFailure = amrap && last;
        const int effort = p.toFailure ? 0 : rir;
        if (rpe)
            p.targetRpe = 10.0 - effort - (effort > 0 && m_random.chance(0.3) ? 0.5 : 0.0);
        else
            p.targetRir = effort;
        p.targetTempo = tempo;
        p.targetRestS = rest;
        if (p.toFailure)
            p.notes = QStringLiteral("AMRAP: as many reps as possible");
        p.createdAt = p.updatedAt = slot.row.createdAt;
        m_plan.planned.push_back(p);
    }
    slot.plannedEnd = int(m_plan.planned.size());
}

void AthleteGenerator::addLog(ExerciseSetLog row, const QDate &date, int clock)
{
    row.performedAt = row.createdAt = row.updatedAt = at(date, clock);
    m_plan.logs.push_back(std::move(row));
}

void AthleteGenerator::logSession(int sessionRow, int week, int weeks, bool deload, int dayNo)
{
    const QDate date = m_plan.sessions[std::size_t(sessionRow)].workoutDate;
    const Id dayRow = *m_plan.sessions[std::size_t(sessionRow)].routineDayId;
    int startMinute = std::clamp(m_startMinute + m_random.between(-45, 45), 5 * 60, 21 * 60 + 30);
    int clock = startMinute * 60 + m_random.between(0, 59);
    const QDateTime started = at(date, clock);

    // The exercises of the day, in order (slots of one day are contiguous).
    std::vector<int> daySlots;
    QSet<int> sessionExercises;
    for (std::size_t i = 0; i < m_plan.exerciseSlots.size(); ++i) {
        if (m_plan.exerciseSlots[i].row.routineDayId == dayRow) {
            daySlots.push_back(int(i));
            sessionExercises.insert(int(m_plan.exerciseSlots[i].row.exerciseId));
        }
    }
    std::size_t slotsDone = daySlots.size();
    if (slotsDone >= 5 && m_random.chance(0.05))
        slotsDone -= std::size_t(m_random.between(1, 2)); // cut short

    const double sessionForm =
        m_random.normal(0, 0.025) - 0.002 * (week - 1) + (deload ? 0.01 : 0.0);
    for (std::size_t i = 0; i < slotsDone; ++i) {
        logExercise(sessionRow, m_plan.exerciseSlots[std::size_t(daySlots[i])], week, weeks, deload,
                    sessionForm, dayNo, date, clock, sessionExercises);
        clock += m_random.between(90, 240); // to the next exercise
    }

    WorkoutSession &s = m_plan.sessions[std::size_t(sessionRow)];
    s.createdAt = started;
    s.updatedAt = at(date, clock);
    s.location = m_random.chance(0.92) ? m_gym : str(m_random.pick(otherLocations));
    if (m_random.chance(0.7)) {
        const double fatigue = m_random.normal(4.0 + 0.4 * (week - 1) - (deload ? 2.0 : 0.0), 1.2);
        s.perceivedFatigue = std::clamp(int(std::lround(fatigue)), 1, 10);
    }
    if (m_random.chance(0.35))
        s.bodyweightKg = std::round((bodyWeightOn(dayNo) + m_random.normal(0, 0.4)) * 10) / 10;
    if (slotsDone < daySlots.size())
        s.notes = QStringLiteral("Short on time: skipped the last exercises");
    else if (m_random.chance(0.06))
        s.notes = str(m_random.pick(sessionNotes));
}

void AthleteGenerator::logExercise(int sessionRow, const PlannedSlot &slot, int week, int weeks,
                                   bool deload, double sessionForm, int dayNo, const QDate &date,
                                   int &clock, QSet<int> &sessionExercises)
{
    const auto all = demoExercises();
    // The odd substitution: the equipment is busy, a similar exercise is done instead.
    const int plannedExercise = int(slot.row.exerciseId);
    int exercise = plannedExercise;
    bool substituted = false;
    if (m_random.chance(0.015)) {
        std::vector<int> options;
        for (int other : substitutes()[std::size_t(plannedExercise)]) {
            if (!sessionExercises.contains(other))
                options.push_back(other);
        }
        if (!options.empty()) {
            exercise = options[std::size_t(m_random.between(0, int(options.size()) - 1))];
            substituted = true;
            sessionExercises.insert(exercise); // not a substitute twice in one session
        }
    }
    const DemoExercise &e = all[std::size_t(exercise)];
    const bool bodyweight = e.isBodyweight();
    const LoadSteps steps = loadSteps(e);
    const double strength =
        strengthOn(exercise, dayNo) * (1.0 + sessionForm + m_random.normal(0, 0.015));
    const double weekFactor = deload ? 0.85 : 1.0 + weeklyStep(slot.role, weeks) * (week - 1);

    // The load of a working set: the plan's, progressed for the week; for a substitute, what the
    // athlete would pick for the same reps.
    const auto workingLoad = [&](const RoutineExerciseSet &p) -> std::optional<double> {
        if (bodyweight)
            return std::nullopt;
        if (substituted) {
            const int reps = p.targetReps.value_or(8);
            return roundLoad(strengthOn(exercise, dayNo) / (1.0 + (reps + 3) / 30.0) * weekFactor,
                             exercise);
        }
        return roundLoad(p.targetWeightKg.value_or(steps.minimum) * weekFactor, exercise);
    };

    int firstWorking = -1, lastWorking = -1, workingCount = 0;
    bool plannedWarmups = false;
    for (int i = slot.plannedBegin; i < slot.plannedEnd; ++i) {
        if (m_plan.planned[std::size_t(i)].isWarmup) {
            plannedWarmups = true;
            continue;
        }
        if (firstWorking < 0)
            firstWorking = i;
        lastWorking = i;
        ++workingCount;
    }

    int setIndex = 0;
    const auto restAfter = [&](int planned) {
        return int(roundTo(planned * m_random.uniform(0.8, 1.35), 5));
    };
    int lastRest = 0;
    const auto finishSet = [&](ExerciseSetLog &row, int reps, int rest) {
        clock += 15 + int(reps * 3.5);
        row.actualRestS = m_logsRest ? std::optional<int>(rest) : std::nullopt;
        addLog(row, date, clock);
        clock += rest;
        lastRest = rest;
    };
    const auto newRow = [&](std::optional<Id> plannedSet) {
        ExerciseSetLog row;
        row.sessionId = sessionRow;
        row.exerciseId = exercise;
        if (!substituted)
            row.plannedSetId = plannedSet;
        row.setIndex = ++setIndex;
        return row;
    };

    // Warm-ups the plan does not list (planned_set_id NULL).
    if (!bodyweight && !plannedWarmups && firstWorking >= 0
        && (slot.role == 0 ? m_random.chance(0.7) : slot.role == 1 && m_random.chance(0.25))) {
        const double top = *workingLoad(m_plan.planned[std::size_t(firstWorking)]);
        const int n = slot.role == 0 ? m_random.between(1, 3) : 1;
        static const double fractions[3][3] = { { 0.6 }, { 0.5, 0.75 }, { 0.4, 0.6, 0.8 } };
        static const int reps[3][3] = { { 6 }, { 8, 4 }, { 8, 5, 3 } };
        for (int i = 0; i < n; ++i) {
            const double load = roundLoad(top * fractions[n - 1][i], exercise);
            if (load >= top)
                break;
            ExerciseSetLog row = newRow(std::nullopt);
            row.isWarmup = true;
            row.actualWeightKg = load;
            row.actualReps = reps[n - 1][i];
            finishSet(row, *row.actualReps, m_random.between(45, 120));
        }
    }

    const bool dropLast = workingCount >= 3 && (deload || m_random.chance(0.03));
    int hardSets = 0;
    double lastMaxReps = 0;
    std::optional<double> lastLoad;
    int lastTarget = 8;
    for (int i = slot.plannedBegin; i < slot.plannedEnd; ++i) {
        const RoutineExerciseSet &p = m_plan.planned[std::size_t(i)];
        if (dropLast && i == lastWorking)
            continue;
        if (p.isWarmup) {
            ExerciseSetLog row = newRow(i);
            row.isWarmup = true;
            if (p.targetWeightKg)
                row.actualWeightKg = roundLoad(*p.targetWeightKg * weekFactor, exercise);
            row.actualReps = p.targetReps;
            finishSet(row, p.targetReps.value_or(5), m_random.between(60, 120));
            continue;
        }
        ExerciseSetLog row = newRow(i);
        std::optional<double> load = workingLoad(p);
        if (load && m_random.chance(0.04)) {
            const bool up = m_random.chance(0.5);
            load = std::max(steps.minimum, *load + (up ? steps.increment : -steps.increment));
            row.notes = up ? QStringLiteral("Felt light, went up")
                           : QStringLiteral("Felt heavy, dropped the weight");
        }
        row.actualWeightKg = load;
        const double fatigue = bodyweight ? 1.0 - 0.05 * hardSets : 1.0 - 0.01 * hardSets;
        const double maxReps =
            bodyweight ? strength * fatigue : 30.0 * (strength * fatigue / *load - 1.0);
        const int target = p.targetReps.value_or(8);
        const int targetRir = p.targetRir ? *p.targetRir
            : p.targetRpe                 ? int(std::lround(10.0 - *p.targetRpe))
                                          : 2;
        int reps = target;
        int rir;
        if (p.toFailure) {
            // Epley's formula overestimates far from the one-repetition maximum: cap it.
            reps = std::clamp(int(std::floor(maxReps)), 1, target * 2);
            row.toFailure = true;
            rir = 0;
        } else if (maxReps < target - 0.3) {
            reps = std::max(1, int(std::floor(maxReps + 0.3)));
            row.toFailure = true;
            rir = 0;
            if (!row.notes && m_random.chance(0.4))
                row.notes = QStringLiteral("Failed rep %1").arg(reps + 1);
        } else {
            if (maxReps - target >= targetRir + 3 && m_random.chance(0.3))
                reps = std::min(target + m_random.between(1, 2), int(std::floor(maxReps)));
            rir = std::clamp(int(std::lround(maxReps - reps + m_random.normal(0, 0.7))), 0, 5);
        }
        row.actualReps = reps;
        if (m_random.chance(m_logsEffort)) {
            if (p.targetRpe)
                row.actualRpe =
                    std::max(5.0, 10.0 - rir - (rir > 0 && m_random.chance(0.3) ? 0.5 : 0.0));
            else
                row.actualRir = rir;
        }
        if (p.targetTempo && m_logsTempo)
            row.actualTempo = m_random.chance(0.9) ? *p.targetTempo : str(m_random.pick(tempos));
        finishSet(row, reps, restAfter(p.targetRestS.value_or(90)));
        ++hardSets;
        lastMaxReps = maxReps;
        lastLoad = load;
        lastTarget = target;
    }

    // An extra back-off set now and then (planned_set_id NULL).
    if (!deload && hardSets > 0 && m_random.chance(0.04)) {
        ExerciseSetLog row = newRow(std::nullopt);
        int reps;
        if (lastLoad) {
            row.actualWeightKg = roundLoad(*lastLoad * 0.9, exercise);
            reps = int(std::floor(
                30.0 * (strength * (1.0 - 0.01 * hardSets) / *row.actualWeightKg - 1.0)));
        } else {
            reps = int(std::floor(lastMaxReps * 0.9));
        }
        row.actualReps = std::clamp(reps, 1, lastTarget + 3);
        row.notes = QStringLiteral("Back-off set");
        finishSet(row, *row.actualReps, m_random.between(60, 120));
    }
    if (substituted && setIndex > 0) {
        ExerciseSetLog &first = m_plan.logs[m_plan.logs.size() - std::size_t(setIndex)];
        first.notes = QStringLiteral("Instead of %1: equipment busy")
                          .arg(str(all[std::size_t(plannedExercise)].name));
    }
    // Nobody logs the rest after the last set of an exercise.
    if (setIndex > 0) {
        clock -= lastRest;
        m_plan.logs.back().actualRestS.reset();
    }
}

} // namespace

AthletePlan planAthlete(const DemoOptions &options, int number)
{
    return AthleteGenerator(options, number).generate();
}

} // namespace ft::core::demo
