#include "core/exchange/import/fitnotesreader.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace ft::core::import {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FitNotesReader)
};

const QStringList &knownColumns()
{
    static const QStringList columns = {
        u"Date"_s,        u"Exercise"_s,      u"Category"_s, u"Weight (kgs)"_s, u"Weight (lbs)"_s,
        u"Weight (kg)"_s, u"Weight (lb)"_s,   u"Weight"_s,   u"Weight Unit"_s,  u"Reps"_s,
        u"Distance"_s,    u"Distance Unit"_s, u"Time"_s,     u"Comment"_s,
    };
    return columns;
}

QString orderName(DateOrder order)
{
    return order == DateOrder::DayFirst ? Tr::tr("day/month/year") : Tr::tr("month/day/year");
}

struct DateEvidence
{
    qint64 dayFirst = 0, monthFirst = 0, ambiguous = 0;
    qint64 dayFirstLine = 0, monthFirstLine = 0, ambiguousLine = 0;
    QString dayFirstText, monthFirstText, ambiguousText;
};

// Reads the Date column of the whole file once (memory stays flat) for numeric dates that settle
// the order of day and month: 23/12/2025 is day first, 12/23/2025 month first.
DateEvidence scanDates(QIODevice &device, char separator, int dateColumn, int headerSize,
                       int firstFreeColumn)
{
    DateEvidence e;
    CsvReader::Options options;
    options.separator = separator;
    CsvReader scan(device, options);
    if (!scan.next())
        return e;
    while (scan.next()) {
        const QStringList &fields = scan.fields();
        if (dateColumn >= fields.size()
            || (fields.size() != headerSize && firstFreeColumn >= 0
                && firstFreeColumn < dateColumn))
            continue;
        const QString text = fields.at(dateColumn).trimmed();
        const auto pair = values::numericDayMonth(text);
        if (!pair)
            continue;
        const auto [a, b] = *pair;
        if (a > 12 && b <= 12) {
            if (e.dayFirst++ == 0) {
                e.dayFirstLine = scan.line();
                e.dayFirstText = text;
            }
        } else if (b > 12 && a <= 12) {
            if (e.monthFirst++ == 0) {
                e.monthFirstLine = scan.line();
                e.monthFirstText = text;
            }
        } else if (a <= 12 && b <= 12) {
            if (e.ambiguous++ == 0) {
                e.ambiguousLine = scan.line();
                e.ambiguousText = text;
            }
        }
    }
    return e;
}

} // namespace

int FitNotesReader::score(const Header &header)
{
    if (!header.has(u"Exercise"_s) && !header.has(u"Category"_s))
        return 0;
    return header.countOf(knownColumns());
}

Result<std::unique_ptr<WorkoutReader>> FitNotesReader::open(std::unique_ptr<CsvReader> csv,
                                                            const Header &header,
                                                            const ReadOptions &options,
                                                            QIODevice &device, qint64 start)
{
    QStringList missing = header.missing({ u"Date"_s, u"Exercise"_s });
    const bool hasWeight = header.has(u"Weight (kgs)"_s) || header.has(u"Weight (lbs)"_s)
        || header.has(u"Weight (kg)"_s) || header.has(u"Weight (lb)"_s) || header.has(u"Weight"_s);
    if (!hasWeight)
        missing.append(u"Weight (kgs)\" or \"Weight (lbs)\" or \"Weight"_s);
    if (!header.has(u"Reps"_s))
        missing.append(u"Reps"_s);
    if (!missing.isEmpty())
        return missingColumnsError(Tr::tr("This FitNotes export lacks the column(s) \"%1\".")
                                       .arg(missing.join(u"\", \""_s)),
                                   missing);

    const char separator = csv->separator();
    std::optional<DateOrder> order = options.dateOrder;
    QString assumption;
    bool noteOnFirstUse = false;
    if (!order) {
        if (!device.isSequential() && start >= 0 && device.seek(start)) {
            const int dateColumn = header.indexOf(u"Date"_s);
            int firstFree = -1;
            for (const QString &name : { u"Exercise"_s, u"Comment"_s, u"Category"_s }) {
                const int i = header.indexOf(name);
                if (i >= 0 && (firstFree < 0 || i < firstFree))
                    firstFree = i;
            }
            const DateEvidence e =
                scanDates(device, separator, dateColumn, header.size(), firstFree);
            if (!device.seek(start))
                return Error::make(Error::Kind::File,
                                   Tr::tr("The file could not be read a second time: %1.")
                                       .arg(device.errorString()));
            CsvReader::Options csvOptions;
            csvOptions.separator = separator;
            csv = std::make_unique<CsvReader>(device, csvOptions);
            if (!csv->next())
                return csv->error().value_or(
                    Error::make(Error::Kind::File, Tr::tr("The file changed while being read.")));
            if (e.dayFirst > 0 || e.monthFirst > 0) {
                order = e.dayFirst >= e.monthFirst ? DateOrder::DayFirst : DateOrder::MonthFirst;
                const bool day = *order == DateOrder::DayFirst;
                if (e.dayFirst > 0 && e.monthFirst > 0)
                    assumption = Tr::tr("Dates read as %1, the order of most of them (line %2 "
                                        "has %3, line %4 has %5); rows that do not fit are "
                                        "skipped.")
                                     .arg(orderName(*order))
                                     .arg(e.dayFirstLine)
                                     .arg(e.dayFirstText)
                                     .arg(e.monthFirstLine)
                                     .arg(e.monthFirstText);
                else
                    assumption = Tr::tr("Dates read as %1 (line %2 has %3).")
                                     .arg(orderName(*order))
                                     .arg(day ? e.dayFirstLine : e.monthFirstLine)
                                     .arg(day ? e.dayFirstText : e.monthFirstText);
            } else if (e.ambiguous > 0) {
                QString locale;
                order = localeDateOrder(&locale);
                assumption = Tr::tr("Dates such as %1 (line %2) could be day/month or "
                                    "month/day; read as %3, the order of the system locale "
                                    "(%4).")
                                 .arg(e.ambiguousText)
                                 .arg(e.ambiguousLine)
                                 .arg(orderName(*order), locale);
            }
        } else {
            noteOnFirstUse = true;
        }
    }

    auto *reader = new FitNotesReader(std::move(csv), header, options);
    if (order)
        reader->setDateOrder(*order);
    if (!assumption.isEmpty())
        reader->addAssumption(assumption);
    reader->m_noteDateOrderOnFirstUse = noteOnFirstUse;
    return std::unique_ptr<WorkoutReader>(reader);
}

FitNotesReader::FitNotesReader(std::unique_ptr<CsvReader> csv, const Header &header,
                               const ReadOptions &options)
    : TableReader(std::move(csv), header, options)
{
    const Header &h = this->header();
    m_col.date = h.indexOf(u"Date"_s);
    m_col.exercise = h.indexOf(u"Exercise"_s);
    m_col.reps = h.indexOf(u"Reps"_s);
    m_col.distance = h.indexOf(u"Distance"_s);
    m_col.distanceUnit = h.indexOf(u"Distance Unit"_s);
    m_col.time = h.indexOf(u"Time"_s);
    m_col.comment = h.indexOf(u"Comment"_s);
    if ((m_col.weight = h.indexOf(u"Weight (kgs)"_s)) >= 0
        || (m_col.weight = h.indexOf(u"Weight (kg)"_s)) >= 0) {
        m_weightColumn = WeightColumn::Kilograms;
    } else if ((m_col.weight = h.indexOf(u"Weight (lbs)"_s)) >= 0
               || (m_col.weight = h.indexOf(u"Weight (lb)"_s)) >= 0) {
        m_weightColumn = WeightColumn::Pounds;
    } else {
        m_col.weight = h.indexOf(u"Weight"_s);
        m_col.weightUnit = h.indexOf(u"Weight Unit"_s);
        m_weightColumn = m_col.weightUnit >= 0 ? WeightColumn::PerRow : WeightColumn::Assumed;
        if (m_weightColumn == WeightColumn::Assumed)
            addWeightUnitAssumption();
    }
    m_metresPerDistance =
        assumedDistanceUnit() == DistanceUnit::Mile ? values::metresPerMile : 1000.0;
    setFreeColumns({ u"Exercise"_s, u"Comment"_s, u"Category"_s });
}

void FitNotesReader::parseRow(const QStringList &fields, RowContext &context, ParsedRow &row)
{
    const Header &h = header();
    const QString date = cell(fields, m_col.date);
    const auto day = readDay(context, h.name(m_col.date), date);
    if (!day)
        return;
    if (m_noteDateOrderOnFirstUse && values::numericDayMonth(date)) {
        m_noteDateOrderOnFirstUse = false;
        QString locale;
        localeDateOrder(&locale);
        addAssumption(Tr::tr("Dates read as %1, the order of the system locale (%2): the file "
                             "could not be looked over first.")
                          .arg(orderName(dateOrder()), locale));
    }
    row.key = day->toString(Qt::ISODate);
    row.workout.start =
        values::toUtc(values::LocalDateTime { *day, QTime(12, 0), true, {} }, options().timeZone);

    if (!readExercise(context, fields, m_col.exercise, row))
        return;
    row.sort.kind = SortHint::FileOrder;

    const QString weight = cell(fields, m_col.weight);
    WeightUnit unit = WeightUnit::Kilogram;
    switch (m_weightColumn) {
    case WeightColumn::Kilograms:
        break;
    case WeightColumn::Pounds:
        unit = WeightUnit::Pound;
        break;
    case WeightColumn::Assumed:
        unit = options().unit;
        break;
    case WeightColumn::PerRow: {
        const QString unitText = cell(fields, m_col.weightUnit);
        if (const auto u = values::weightUnitFromText(unitText)) {
            unit = *u;
        } else if (!unitText.isEmpty()) {
            context.fail(h.name(m_col.weightUnit), unitText,
                         Tr::tr("is not a weight unit (kgs or lbs)"));
            return;
        } else if (!blankOrZero(weight)) {
            context.fail(h.name(m_col.weightUnit), unitText,
                         Tr::tr("is empty, but the row has a weight"));
            return;
        }
        break;
    }
    }
    row.set.weightKg = context.weightKg(h.name(m_col.weight), weight, unit);
    row.set.reps = context.reps(h.name(m_col.reps), cell(fields, m_col.reps));

    if (m_col.distance >= 0) {
        const QString distance = cell(fields, m_col.distance);
        double factor = m_metresPerDistance;
        const QString unitText = cell(fields, m_col.distanceUnit);
        if (const auto f = values::metresPerUnit(unitText)) {
            factor = *f;
        } else if (!unitText.isEmpty()) {
            context.fail(h.name(m_col.distanceUnit), unitText,
                         Tr::tr("is not a distance unit (m, km, mi, ft or yd)"));
            return;
        } else if (m_col.distanceUnit >= 0 && !blankOrZero(distance)) {
            context.fail(h.name(m_col.distanceUnit), unitText,
                         Tr::tr("is empty, but the row has a distance"));
            return;
        }
        row.set.distanceM = context.distanceM(h.name(m_col.distance), distance, factor);
    }
    if (m_col.time >= 0)
        row.set.durationS = context.setSeconds(h.name(m_col.time), cell(fields, m_col.time));
    row.set.notes = cell(fields, m_col.comment);
    context.finishSet();
}

} // namespace ft::core::import
