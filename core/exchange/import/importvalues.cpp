#include "core/exchange/import/importvalues.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace ft::core::import::values {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportValues)
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Reads an unsigned run of ASCII digits at `i` (at most `maxDigits`); -1 when there is none.
qint64 digitsAt(QStringView s, qsizetype &i, int maxDigits, int *count = nullptr)
{
    qint64 value = 0;
    int n = 0;
    while (i < s.size() && isAsciiDigit(s[i]) && n < maxDigits) {
        value = value * 10 + (s[i].unicode() - u'0');
        ++i;
        ++n;
    }
    if (count)
        *count = n;
    return n == 0 ? -1 : value;
}

} // namespace

double snapKg(double kg)
{
    return core::roundKg(kg);
}

double poundsToKg(double pounds)
{
    return core::toStoredKg(pounds, WeightUnit::Pound);
}

bool readDecimal(const QString &text, std::optional<double> &out, QString &rule)
{
    out.reset();
    QString t = text.trimmed();
    if (t.isEmpty())
        return true;
    t.replace(QChar(0x2212), u'-'); // the typographic minus
    const qsizetype commas = t.count(u',');
    if (commas > 0) {
        if (commas > 1 || t.contains(u'.')) {
            rule = Tr::tr("is not a number");
            return false;
        }
        const qsizetype at = t.indexOf(u',');
        const qsizetype after = t.size() - at - 1;
        bool digitsAfter = after == 3;
        for (qsizetype i = at + 1; digitsAfter && i < t.size(); ++i)
            digitsAfter = isAsciiDigit(t[i]);
        if (digitsAfter) {
            rule = Tr::tr("is ambiguous: a decimal comma or a thousands separator");
            return false;
        }
        t[at] = u'.';
    }
    // [+-] digits [. digits] [e [+-] digits], at least one digit in the mantissa
    qsizetype i = 0;
    if (i < t.size() && (t[i] == u'+' || t[i] == u'-'))
        ++i;
    int mantissaDigits = 0;
    while (i < t.size() && isAsciiDigit(t[i])) {
        ++i;
        ++mantissaDigits;
    }
    if (i < t.size() && t[i] == u'.') {
        ++i;
        while (i < t.size() && isAsciiDigit(t[i])) {
            ++i;
            ++mantissaDigits;
        }
    }
    if (mantissaDigits > 0 && i < t.size() && (t[i] == u'e' || t[i] == u'E')) {
        ++i;
        if (i < t.size() && (t[i] == u'+' || t[i] == u'-'))
            ++i;
        int exponentDigits = 0;
        while (i < t.size() && isAsciiDigit(t[i])) {
            ++i;
            ++exponentDigits;
        }
        if (exponentDigits == 0)
            mantissaDigits = 0;
    }
    if (mantissaDigits == 0 || i != t.size() || t.size() > 64) {
        rule = Tr::tr("is not a number");
        return false;
    }
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        rule = Tr::tr("is not a number");
        return false;
    }
    out = value == 0.0 ? 0.0 : value;
    return true;
}

std::optional<WeightUnit> weightUnitFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"kg"_s || t == u"kgs"_s || t == u"kilograms"_s || t == u"kilogram"_s)
        return WeightUnit::Kilogram;
    if (t == u"lb"_s || t == u"lbs"_s || t == u"pounds"_s || t == u"pound"_s)
        return WeightUnit::Pound;
    return std::nullopt;
}

std::optional<double> metresPerUnit(const QString &text)
{
    QString t = text.trimmed().toLower();
    if (t.endsWith(u'.'))
        t.chop(1);
    if (t == u"m"_s || t == u"meters"_s || t == u"metres"_s || t == u"meter"_s || t == u"metre"_s)
        return 1.0;
    if (t == u"km"_s || t == u"kilometers"_s || t == u"kilometres"_s || t == u"kms"_s)
        return 1000.0;
    if (t == u"mi"_s || t == u"mile"_s || t == u"miles"_s)
        return metresPerMile;
    if (t == u"ft"_s || t == u"feet"_s)
        return 0.3048;
    if (t == u"yd"_s || t == u"yds"_s || t == u"yards"_s)
        return 0.9144;
    return std::nullopt;
}

bool readDuration(const QString &text, std::optional<int> &seconds, QString &rule)
{
    seconds.reset();
    const QString t = text.trimmed();
    if (t.isEmpty())
        return true;
    constexpr qint64 limit = qint64(10) * 366 * 24 * 3600;
    auto fail = [&rule]() {
        rule = Tr::tr("is not a duration (such as 45s, 31m, 1h 3m or 1:03:00)");
        return false;
    };

    // A bare number: seconds.
    std::optional<double> number;
    QString numberRule;
    if (readDecimal(t, number, numberRule) && number) {
        if (*number < 0) {
            rule = Tr::tr("is negative; a duration cannot be");
            return false;
        }
        if (*number > double(limit)) {
            rule = Tr::tr("is longer than any workout can be");
            return false;
        }
        seconds = int(std::llround(*number));
        return true;
    }

    // h:mm:ss or m:ss
    if (t.contains(u':')) {
        qsizetype i = 0;
        qint64 parts[3] = { 0, 0, 0 };
        int n = 0;
        for (;;) {
            int count = 0;
            const qint64 v = digitsAt(t, i, n == 0 ? 6 : 2, &count);
            if (v < 0 || n >= 3 || (n > 0 && (count != 2 || v > 59)))
                return fail();
            parts[n++] = v;
            if (i == t.size())
                break;
            if (t[i] != u':')
                return fail();
            ++i;
        }
        if (n < 2)
            return fail();
        const qint64 total =
            n == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : parts[0] * 60 + parts[1];
        if (total > limit) {
            rule = Tr::tr("is longer than any workout can be");
            return false;
        }
        seconds = int(total);
        return true;
    }

    // 1h 3m 20s, 45 sec, 2 hours
    double total = 0;
    qsizetype i = 0;
    int components = 0;
    while (i < t.size()) {
        while (i < t.size() && t[i].isSpace())
            ++i;
        if (i == t.size())
            break;
        const qsizetype numberStart = i;
        while (i < t.size() && (isAsciiDigit(t[i]) || t[i] == u'.' || t[i] == u','))
            ++i;
        std::optional<double> value;
        QString ignored;
        if (i == numberStart || !readDecimal(t.mid(numberStart, i - numberStart), value, ignored)
            || !value)
            return fail();
        while (i < t.size() && t[i].isSpace())
            ++i;
        const qsizetype unitStart = i;
        while (i < t.size() && t[i].isLetter())
            ++i;
        const QString unit = t.mid(unitStart, i - unitStart).toLower();
        double factor = 0;
        if (unit == u"h"_s || unit == u"hr"_s || unit == u"hrs"_s || unit == u"hour"_s
            || unit == u"hours"_s)
            factor = 3600;
        else if (unit == u"m"_s || unit == u"min"_s || unit == u"mins"_s || unit == u"minute"_s
                 || unit == u"minutes"_s)
            factor = 60;
        else if (unit == u"s"_s || unit == u"sec"_s || unit == u"secs"_s || unit == u"second"_s
                 || unit == u"seconds"_s)
            factor = 1;
        else if (unit == u"d"_s || unit == u"day"_s || unit == u"days"_s)
            factor = 86400;
        else
            return fail();
        total += *value * factor;
        ++components;
        if (i < t.size() && t[i] == u',')
            ++i;
    }
    if (components == 0)
        return fail();
    if (total > double(limit)) {
        rule = Tr::tr("is longer than any workout can be");
        return false;
    }
    seconds = int(std::llround(total));
    return true;
}

namespace {

struct DateToken
{
    enum Kind { Number, Word } kind;
    QString text;
    qint64 number = 0;
    int digits = 0;
};

// Month names and abbreviations in English, German, French, Spanish, Italian, Portuguese and
// Dutch, lower case. A word is a month when it equals one of these or is a prefix (3 letters
// or more) of exactly one month's names.
const QStringList &monthNames(int month)
{
    static const QList<QStringList> names = {
        { u"january"_s, u"januar"_s, u"jänner"_s, u"jän"_s, u"janvier"_s, u"enero"_s, u"gennaio"_s,
          u"janeiro"_s, u"januari"_s },
        { u"february"_s, u"februar"_s, u"février"_s, u"fevrier"_s, u"febrero"_s, u"febbraio"_s,
          u"fevereiro"_s, u"februari"_s },
        { u"march"_s, u"märz"_s, u"maerz"_s, u"mars"_s, u"marzo"_s, u"março"_s, u"marco"_s,
          u"maart"_s, u"mrt"_s },
        { u"april"_s, u"avril"_s, u"abril"_s, u"aprile"_s },
        { u"may"_s, u"mai"_s, u"mayo"_s, u"maggio"_s, u"maio"_s, u"mei"_s },
        { u"june"_s, u"juni"_s, u"juin"_s, u"junio"_s, u"giugno"_s, u"junho"_s },
        { u"july"_s, u"juli"_s, u"juillet"_s, u"julio"_s, u"luglio"_s, u"julho"_s },
        { u"august"_s, u"août"_s, u"aout"_s, u"agosto"_s, u"augustus"_s },
        { u"september"_s, u"septembre"_s, u"septiembre"_s, u"settembre"_s, u"setembro"_s },
        { u"october"_s, u"oktober"_s, u"octobre"_s, u"octubre"_s, u"ottobre"_s, u"outubro"_s },
        { u"november"_s, u"novembre"_s, u"noviembre"_s, u"novembro"_s },
        { u"december"_s, u"dezember"_s, u"décembre"_s, u"decembre"_s, u"diciembre"_s, u"dicembre"_s,
          u"dezembro"_s },
    };
    return names.at(month - 1);
}

int monthFromWord(const QString &word)
{
    const QString w = word.toLower();
    int found = 0;
    for (int m = 1; m <= 12; ++m) {
        bool match = false;
        for (const QString &name : monthNames(m)) {
            if (name == w || (w.size() >= 3 && name.startsWith(w))) {
                match = true;
                break;
            }
        }
        if (match) {
            if (found != 0 && found != m)
                return 0; // "jui": juin or juillet
            found = m;
        }
    }
    return found;
}

bool isWeekday(const QString &word)
{
    static const QStringList days = {
        u"monday"_s,   u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s,     u"saturday"_s,
        u"sunday"_s,   u"montag"_s,  u"dienstag"_s,  u"mittwoch"_s, u"donnerstag"_s, u"freitag"_s,
        u"samstag"_s,  u"sonntag"_s, u"lundi"_s,     u"mardi"_s,    u"mercredi"_s,   u"jeudi"_s,
        u"vendredi"_s, u"samedi"_s,  u"dimanche"_s,  u"lunes"_s,    u"martes"_s,     u"miércoles"_s,
        u"jueves"_s,   u"viernes"_s, u"sábado"_s,    u"domingo"_s,
    };
    const QString w = word.toLower();
    if (w.size() < 2)
        return false;
    for (const QString &d : days) {
        if (d == w || (w.size() >= 3 && d.startsWith(w) && monthFromWord(w) == 0))
            return true;
    }
    return w == u"mo"_s || w == u"di"_s || w == u"mi"_s || w == u"do"_s || w == u"fr"_s
        || w == u"sa"_s || w == u"so"_s;
}

bool isFiller(const QString &word)
{
    static const QStringList fillers = { u"at"_s, u"um"_s, u"à"_s,  u"a"_s,   u"om"_s,  u"alle"_s,
                                         u"às"_s, u"as"_s, u"de"_s, u"del"_s, u"las"_s, u"st"_s,
                                         u"nd"_s, u"rd"_s, u"th"_s, u"le"_s,  u"den"_s };
    return fillers.contains(word.toLower());
}

QString normalizeSpaces(const QString &text)
{
    QString s = text;
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        if (u == 0x202F || u == 0x00A0 || u == 0x2009 || u == 0x2007 || u == u'\t')
            c = u' ';
    }
    s.remove(QChar(0x200E));
    s.remove(QChar(0x200F));
    s.remove(QChar(0xFEFF));
    return s.trimmed();
}

QList<DateToken> tokenize(QStringView s, bool *bad)
{
    QList<DateToken> tokens;
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        if (isAsciiDigit(c)) {
            DateToken t { DateToken::Number, {}, 0, 0 };
            const qsizetype start = i;
            while (i < s.size() && isAsciiDigit(s[i]))
                ++i;
            t.text = s.mid(start, i - start).toString();
            t.digits = int(i - start);
            if (t.digits > 4) {
                *bad = true;
                return tokens;
            }
            t.number = t.text.toLongLong();
            tokens.append(t);
        } else if (c.isLetter()) {
            const qsizetype start = i;
            while (i < s.size() && s[i].isLetter())
                ++i;
            tokens.append(DateToken { DateToken::Word, s.mid(start, i - start).toString(), 0, 0 });
        } else if (c == u' ' || c == u',' || c == u'-' || c == u'/' || c == u'.' || c == u'\'') {
            ++i;
        } else {
            *bad = true;
            return tokens;
        }
    }
    return tokens;
}

// Splits "date part" and "time part" at the first digit run followed by ':'.
void splitDateTime(const QString &s, QString &datePart, QString &timePart)
{
    const qsizetype colon = s.indexOf(u':');
    if (colon < 0) {
        datePart = s;
        timePart.clear();
        return;
    }
    qsizetype start = colon;
    while (start > 0 && isAsciiDigit(s[start - 1]))
        --start;
    datePart = s.left(start).trimmed();
    timePart = s.mid(start);
    // ISO's T between date and time
    if (datePart.size() >= 2 && (datePart.endsWith(u'T') || datePart.endsWith(u't'))
        && isAsciiDigit(datePart.at(datePart.size() - 2)))
        datePart.chop(1);
}

struct DateParts
{
    QList<DateToken> numbers;
    int month = 0;
    bool bad = false;
};

DateParts dateParts(const QString &datePart)
{
    DateParts parts;
    const QList<DateToken> tokens = tokenize(datePart, &parts.bad);
    if (parts.bad)
        return parts;
    for (const DateToken &t : tokens) {
        if (t.kind == DateToken::Number) {
            parts.numbers.append(t);
            continue;
        }
        const int m = monthFromWord(t.text);
        if (m != 0 && parts.month == 0) {
            parts.month = m;
        } else if (!isWeekday(t.text) && !isFiller(t.text)) {
            parts.bad = true;
            return parts;
        }
    }
    return parts;
}

int fullYear(const DateToken &t)
{
    if (t.digits == 2)
        return int(t.number) < 70 ? 2000 + int(t.number) : 1900 + int(t.number);
    if (t.digits == 4)
        return int(t.number);
    return -1;
}

} // namespace

std::optional<std::pair<int, int>> numericDayMonth(const QString &text)
{
    const QString s = normalizeSpaces(text);
    QString datePart, timePart;
    splitDateTime(s, datePart, timePart);
    const DateParts parts = dateParts(datePart);
    if (parts.bad || parts.month != 0 || parts.numbers.size() != 3 || parts.numbers[0].digits > 2)
        return std::nullopt;
    return std::make_pair(int(parts.numbers[0].number), int(parts.numbers[1].number));
}

bool readDateTime(const QString &text, DateOrder order, LocalDateTime &out, QString &rule)
{
    out = LocalDateTime();
    QString s = normalizeSpaces(text);
    auto notADate = [&rule]() {
        rule = Tr::tr("is not a date (such as 2026-03-02 19:59, 2 Mar 2026, 19:59 or "
                      "23/12/2025)");
        return false;
    };
    if (s.isEmpty() || s.size() > 80)
        return notADate();

    // am / pm at the end
    int meridiem = 0; // 1 am, 2 pm
    {
        const QString lower = s.toLower();
        static const QList<std::pair<QString, int>> suffixes = {
            { u"a.m."_s, 1 },  { u"p.m."_s, 2 }, { u"a. m."_s, 1 },
            { u"p. m."_s, 2 }, { u"am"_s, 1 },   { u"pm"_s, 2 },
        };
        for (const auto &[suffix, value] : suffixes) {
            if (lower.endsWith(suffix)) {
                const qsizetype before = s.size() - suffix.size() - 1;
                if (before >= 0 && (s[before] == u' ' || isAsciiDigit(s[before]))) {
                    meridiem = value;
                    s.chop(suffix.size());
                    s = s.trimmed();
                }
                break;
            }
        }
    }

    QString datePart, timePart;
    splitDateTime(s, datePart, timePart);
    if (meridiem != 0 && timePart.isEmpty())
        return notADate();

    // The time: H:MM[:SS[.fff]] [Z | UTC | GMT | +hh[:mm]]
    if (!timePart.isEmpty()) {
        qsizetype i = 0;
        int n = 0;
        const qint64 hour = digitsAt(timePart, i, 2, &n);
        if (hour < 0 || i >= timePart.size() || timePart[i] != u':')
            return notADate();
        ++i;
        const qint64 minute = digitsAt(timePart, i, 2, &n);
        if (minute < 0 || n != 2)
            return notADate();
        qint64 second = 0;
        int msec = 0;
        if (i < timePart.size() && timePart[i] == u':') {
            ++i;
            second = digitsAt(timePart, i, 2, &n);
            if (second < 0 || n != 2)
                return notADate();
            if (i < timePart.size() && (timePart[i] == u'.' || timePart[i] == u',')) {
                ++i;
                int digits = 0;
                const qint64 fraction = digitsAt(timePart, i, 9, &digits);
                if (fraction < 0)
                    return notADate();
                msec = int(fraction * 1000 / qint64(std::pow(10, digits)));
            }
        }
        while (i < timePart.size() && timePart[i] == u' ')
            ++i;
        if (i < timePart.size()) {
            const QString zone = timePart.mid(i).trimmed();
            if (zone == u"Z"_s || zone == u"UTC"_s || zone == u"GMT"_s) {
                out.offsetSeconds = 0;
            } else if (zone.startsWith(u'+') || zone.startsWith(u'-')) {
                qsizetype j = 1;
                int hd = 0;
                const qint64 oh = digitsAt(zone, j, 2, &hd);
                qint64 om = 0;
                if (j < zone.size() && zone[j] == u':')
                    ++j;
                if (j < zone.size())
                    om = digitsAt(zone, j, 2, &n);
                if (oh < 0 || hd != 2 || om < 0 || om > 59 || oh > 14 || j != zone.size())
                    return notADate();
                out.offsetSeconds = int((oh * 3600 + om * 60) * (zone.startsWith(u'-') ? -1 : 1));
            } else {
                return notADate();
            }
        }
        qint64 h = hour;
        if (meridiem != 0) {
            if (hour > 12) {
                rule = Tr::tr("is not a time: %1 o'clock with am/pm").arg(hour);
                return false;
            }
            if (hour == 12)
                h = 0;
            if (meridiem == 2)
                h += 12;
        }
        if (h > 23 || minute > 59 || second > 59) {
            rule = Tr::tr("is a time that does not exist");
            return false;
        }
        out.time = QTime(int(h), int(minute), int(second), msec);
        out.hasTime = true;
    } else {
        out.time = QTime(0, 0);
    }

    // The date.
    const DateParts parts = dateParts(datePart);
    if (parts.bad)
        return notADate();
    int year = -1, month = -1, day = -1;
    if (parts.month != 0) {
        if (parts.numbers.size() != 2)
            return notADate();
        month = parts.month;
        if (parts.numbers[0].digits == 4) { // 2026 Mar 2
            year = int(parts.numbers[0].number);
            day = int(parts.numbers[1].number);
            if (parts.numbers[1].digits > 2)
                return notADate();
        } else {
            day = int(parts.numbers[0].number);
            year = fullYear(parts.numbers[1]);
            if (parts.numbers[0].digits > 2)
                return notADate();
        }
    } else {
        if (parts.numbers.size() != 3)
            return notADate();
        const DateToken &a = parts.numbers[0];
        const DateToken &b = parts.numbers[1];
        const DateToken &c = parts.numbers[2];
        if (a.digits == 4) { // ISO order
            if (b.digits > 2 || c.digits > 2)
                return notADate();
            year = int(a.number);
            month = int(b.number);
            day = int(c.number);
        } else {
            if (a.digits > 2 || b.digits > 2)
                return notADate();
            year = fullYear(c);
            if (order == DateOrder::DayFirst) {
                day = int(a.number);
                month = int(b.number);
            } else {
                month = int(a.number);
                day = int(b.number);
            }
            if (month > 12) {
                rule = order == DateOrder::DayFirst
                    ? Tr::tr("is not a date read as day/month/year (there is no month %1)")
                          .arg(month)
                    : Tr::tr("is not a date read as month/day/year (there is no month %1)")
                          .arg(month);
                return false;
            }
        }
    }
    if (year < 0)
        return notADate();
    if (year < 1900 || year > 2200) {
        rule = Tr::tr("has a year outside 1900 to 2200");
        return false;
    }
    if (month < 1 || month > 12 || day < 1 || !QDate::isValid(year, month, day)) {
        rule = Tr::tr("is a date that does not exist");
        return false;
    }
    out.date = QDate(year, month, day);
    return true;
}

QDateTime toUtc(const LocalDateTime &local, const QTimeZone &zone)
{
    if (local.offsetSeconds)
        return QDateTime(local.date, local.time, QTimeZone(*local.offsetSeconds)).toUTC();
    if (!zone.isValid())
        return QDateTime(local.date, local.time, QTimeZone::utc());
    return QDateTime(local.date, local.time, zone).toUTC();
}

QString describe(const QString &column, const QString &value, const QString &rule)
{
    QString shown = value;
    shown.replace(u'\n', u' ');
    if (shown.size() > 60)
        shown = shown.left(57) + u"..."_s;
    return u"%1 \"%2\" %3"_s.arg(column, shown, rule);
}

} // namespace ft::core::import::values
