#include "core/exchange/import/samplefiles.h"

#include <QIODevice>

#include <random>

namespace ft::core::import {

namespace {

const char *const exercises[] = {
    "Squat (Barbell)",
    "Bench Press (Barbell)",
    "Deadlift (Barbell)",
    "Overhead Press (Barbell)",
    "Bent Over Row (Barbell)",
    "Pull Up",
    "Lat Pulldown (Cable)",
    "Incline Bench Press (Dumbbell)",
    "Leg Press",
    "Romanian Deadlift (Barbell)",
    "Bicep Curl (Dumbbell)",
    "Triceps Pushdown (Cable)",
    "Lateral Raise (Dumbbell)",
    "Leg Curl (Machine)",
    "Standing Calf Raise (Machine)",
    "Face Pull (Cable)",
    "Hip Thrust (Barbell)",
    "Chin Up",
    "Seated Row (Cable)",
    "Bulgarian Split Squat (Dumbbell)",
};
const char *const titles[] = { "Push", "Pull", "Legs", "Upper", "Lower", "Full body 💪" };

} // namespace

Status writeStrongSample(QIODevice &out, const SampleFileOptions &options)
{
    std::mt19937_64 random(options.seed);
    const auto between = [&](int a, int b) { return a + int(random() % quint64(b - a + 1)); };
    QByteArray text = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,"
                      "Seconds,Notes,Workout Notes,RPE\n";
    QDate day = options.firstDay;
    qint64 written = 0;
    bool secondOfDay = false;
    while (written < options.rows) {
        // A day's second workout starts in the evening, after the first.
        const int hour = secondOfDay ? between(17, 20) : between(6, 11);
        const QByteArray date = day.toString(QStringLiteral("yyyy-MM-dd")).toUtf8()
            + QStringLiteral(" %1:%2:00")
                  .arg(hour, 2, 10, QLatin1Char('0'))
                  .arg(between(0, 59), 2, 10, QLatin1Char('0'))
                  .toUtf8();
        const QByteArray title = titles[between(0, 5)];
        const QByteArray duration =
            QStringLiteral("%1h %2m").arg(between(0, 1)).arg(between(0, 59)).toUtf8();
        const int exerciseCount = between(4, 6);
        for (int e = 0; e < exerciseCount && written < options.rows; ++e) {
            const QByteArray name = exercises[between(0, int(std::size(exercises)) - 1)];
            const int load = between(8, 60) * 2 + 20;
            const int sets = between(3, 5);
            for (int s = 0; s <= sets && written < options.rows; ++s) {
                QByteArray order;
                if (s == 0)
                    order = "W";
                else if (s == sets && between(0, 9) == 0)
                    order = "F";
                else
                    order = QByteArray::number(s);
                const int weight = s == 0 ? load / 2 : load;
                const QByteArray notes =
                    s == 0 && between(0, 7) == 0 ? "\"Felt good, bar speed ok\"" : "";
                const QByteArray rpe =
                    s > 0 && between(0, 2) == 0 ? QByteArray::number(between(14, 20) / 2.0) : "";
                text += date + ',' + title + ',' + duration + ',' + name + ',' + order + ','
                    + QByteArray::number(weight) + ',' + QByteArray::number(between(3, 12))
                    + ",0,0," + notes + ",," + rpe + '\n';
                ++written;
            }
        }
        if (text.size() > (1 << 20)) {
            if (out.write(text) != text.size())
                return Error::make(Error::Kind::File, out.errorString());
            text.clear();
        }
        // A second workout on the same day now and then, else the next day or the one after.
        secondOfDay = !secondOfDay && between(0, 19) == 0;
        if (!secondOfDay)
            day = day.addDays(between(1, 2));
    }
    if (out.write(text) != text.size())
        return Error::make(Error::Kind::File, out.errorString());
    return {};
}

} // namespace ft::core::import
