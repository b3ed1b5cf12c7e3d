#include "core/exchange/import/workoutsource.h"

#include "core/exchange/import/csvreader.h"
#include "core/exchange/import/fitnotesreader.h"
#include "core/exchange/import/hevyreader.h"
#include "core/exchange/import/strongreader.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace ft::core::import {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WorkoutReader)
};

QString knownFormats()
{
    return Tr::tr(
        "Strong (Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,... or "
        "\"Workout #\";\"Date\";... or Date;Workout Name;Exercise Name;Set Order;"
        "Weight;Weight Unit;...), Hevy (title,start_time,end_time,description,"
        "exercise_title,...) and FitNotes (Date,Exercise,Category,Weight (kgs),Reps,...)");
}

} // namespace

QString formatDisplayName(Format format)
{
    switch (format) {
    case Format::Strong:
        return u"Strong"_s;
    case Format::Hevy:
        return u"Hevy"_s;
    case Format::FitNotes:
        return u"FitNotes"_s;
    }
    return {};
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Strong:
        return u"strong"_s;
    case Format::Hevy:
        return u"hevy"_s;
    case Format::FitNotes:
        return u"fitnotes"_s;
    }
    return {};
}

std::optional<Format> formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (Format f : { Format::Strong, Format::Hevy, Format::FitNotes }) {
        if (formatName(f) == n)
            return f;
    }
    return std::nullopt;
}

Result<std::unique_ptr<WorkoutReader>> openReader(QIODevice &device, std::optional<Format> format,
                                                  const ReadOptions &options)
{
    if (!device.isOpen() || !device.isReadable())
        return Error::make(Error::Kind::File, Tr::tr("The file is not open for reading."));
    const qint64 start = device.isSequential() ? -1 : device.pos();

    auto csv = std::make_unique<CsvReader>(device);
    if (!csv->next()) {
        if (csv->error())
            return *csv->error();
        return Error::make(Error::Kind::File, Tr::tr("The file is empty: it has no header line."));
    }
    const Header header(csv->fields());

    if (!format) {
        const int strong = StrongReader::score(header);
        const int hevy = HevyReader::score(header);
        const int fitnotes = FitNotesReader::score(header);
        const int best = std::max({ strong, hevy, fitnotes });
        if (best < 2) {
            QString first = header.names().join(QChar::fromLatin1(csv->separator()));
            if (first.size() > 100)
                first = first.left(97) + u"..."_s;
            Error e = Error::make(Error::Kind::File,
                                  Tr::tr("This is not an export this importer knows: its first "
                                         "line is \"%1\". It knows %2.")
                                      .arg(first, knownFormats()));
            e.rule = Tr::tr("a known export format");
            return e;
        }
        format = best == strong ? Format::Strong : best == hevy ? Format::Hevy : Format::FitNotes;
    }

    const auto scoreOf = [&header](Format f) {
        switch (f) {
        case Format::Strong:
            return StrongReader::score(header);
        case Format::Hevy:
            return HevyReader::score(header);
        case Format::FitNotes:
            return FitNotesReader::score(header);
        }
        return 0;
    };
    if (scoreOf(*format) == 0) {
        QString first = header.names().join(QChar::fromLatin1(csv->separator()));
        if (first.size() > 100)
            first = first.left(97) + u"..."_s;
        QString message = Tr::tr("This is not a %1 export: its first line is \"%2\".")
                              .arg(formatDisplayName(*format), first);
        for (Format other : { Format::Strong, Format::Hevy, Format::FitNotes }) {
            if (other != *format && scoreOf(other) >= 2) {
                message +=
                    u' ' + Tr::tr("It looks like a %1 export.").arg(formatDisplayName(other));
                break;
            }
        }
        Error e = Error::make(Error::Kind::File, message);
        e.rule = Tr::tr("a %1 export").arg(formatDisplayName(*format));
        return e;
    }

    switch (*format) {
    case Format::Strong:
        return StrongReader::open(std::move(csv), header, options);
    case Format::Hevy:
        return HevyReader::open(std::move(csv), header, options);
    case Format::FitNotes:
        return FitNotesReader::open(std::move(csv), header, options, device, start);
    }
    return Error::make(Error::Kind::Usage, Tr::tr("Unknown format."));
}

} // namespace ft::core::import
