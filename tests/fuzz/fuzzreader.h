#pragma once

// Shared by the reader fuzz targets: reads `data` as an export of `format` and checks what every
// reading must guarantee, whatever the input. A broken guarantee aborts (libFuzzer saves it).

#include "core/exchange/import/workoutsource.h"

#include <QBuffer>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace ft::fuzz {

[[noreturn]] inline void broken(const char *what)
{
    std::fprintf(stderr, "broken guarantee: %s\n", what);
    std::abort();
}

#define FT_FUZZ_CHECK(condition) \
    do { \
        if (!(condition)) \
            ::ft::fuzz::broken(#condition); \
    } while (false)

inline bool snapped(double v)
{
    return std::abs(v * 100.0 - std::round(v * 100.0)) < 1e-6;
}

// A pipe: read once, no seeking back (FitNotes then skips its look over the dates).
class Pipe : public QIODevice
{
public:
    Pipe(const char *data, qint64 size)
        : m_data(data)
        , m_size(size)
    {
        open(ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min(max, m_size - m_pos);
        std::memcpy(out, m_data + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const char *m_data;
    qint64 m_size;
    qint64 m_pos = 0;
};

inline void readAs(core::import::Format format, const uint8_t *data, size_t size)
{
    using namespace core::import;
    // The options follow from the size, so that every input is read one fixed way.
    ReadOptions options;
    options.unit = size % 2 ? WeightUnit::Pound : WeightUnit::Kilogram;
    static const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin")); // loaded once
    options.timeZone = size % 3 ? QTimeZone::utc() : berlin;
    if (size % 5 == 1)
        options.dateOrder = DateOrder::MonthFirst;
    const bool pipe = size % 7 == 3;

    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    Pipe stream(bytes.constData(), bytes.size());
    QIODevice &device = pipe ? static_cast<QIODevice &>(stream) : buffer;

    auto reader = openReader(device, format, options);
    if (!reader.ok()) {
        FT_FUZZ_CHECK(!reader.error().message.isEmpty());
        return;
    }
    qint64 sets = 0;
    while (const auto w = (*reader)->next()) {
        FT_FUZZ_CHECK(!w->sets.isEmpty());
        FT_FUZZ_CHECK(w->line >= 2);
        FT_FUZZ_CHECK(w->start.isValid() && w->start.timeSpec() == Qt::UTC);
        FT_FUZZ_CHECK(!w->durationS || *w->durationS > 0);
        FT_FUZZ_CHECK(w->sets.size() <= limits::maxSetsPerWorkout);
        QHash<QString, int> orders;
        for (const ImportedSet &s : w->sets) {
            FT_FUZZ_CHECK(s.line >= w->line || format == Format::Strong || format == Format::Hevy);
            FT_FUZZ_CHECK(s.line >= 2);
            FT_FUZZ_CHECK(!s.exerciseName.isEmpty() && s.exerciseName == s.exerciseName.trimmed());
            FT_FUZZ_CHECK(s.order == orders[s.exerciseName]++);
            FT_FUZZ_CHECK(!s.weightKg
                          || (*s.weightKg >= 0 && *s.weightKg <= limits::maxWeightKg
                              && snapped(*s.weightKg)));
            FT_FUZZ_CHECK(!s.reps || (*s.reps >= 0 && *s.reps <= limits::maxReps));
            FT_FUZZ_CHECK(!s.rpe || (*s.rpe >= limits::minRpe && *s.rpe <= limits::maxRpe));
            FT_FUZZ_CHECK(!s.distanceM
                          || (*s.distanceM > 0 && *s.distanceM <= limits::maxDistanceM));
            FT_FUZZ_CHECK(!s.durationS
                          || (*s.durationS > 0 && *s.durationS <= limits::maxSetSeconds));
            // Something was recorded.
            FT_FUZZ_CHECK((s.weightKg && *s.weightKg > 0) || (s.reps && *s.reps > 0) || s.distanceM
                          || s.durationS);
            ++sets;
        }
    }
    auto &r = **reader;
    FT_FUZZ_CHECK(!r.error() || !r.error()->message.isEmpty());
    FT_FUZZ_CHECK(r.skippedCount() >= r.skipped().size());
    FT_FUZZ_CHECK(r.skipped().size() <= limits::maxListed);
    FT_FUZZ_CHECK(r.flags().size() <= limits::maxListed);
    for (const SkippedRow &s : r.skipped())
        FT_FUZZ_CHECK(s.line >= 2 && !s.reason.isEmpty());
    for (const Flag &f : r.flags())
        FT_FUZZ_CHECK(f.line >= 2 && !f.reason.isEmpty());
    // Every data row is a set, a skipped row, or not a set at all (Rest Timer, Note, blank):
    // never more sets and skips than lines.
    FT_FUZZ_CHECK(sets + r.skippedCount() <= qint64(bytes.count('\n') + bytes.count('\r') + 1));
    FT_FUZZ_CHECK(!r.next());
}

} // namespace ft::fuzz
