#include "core/exchange/import/csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace ft::core::import {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

QString mebibytes(qsizetype bytes)
{
    if (bytes % (1 << 20) == 0)
        return Tr::tr("%1 MiB").arg(bytes >> 20);
    return Tr::tr("%1 bytes").arg(bytes);
}

} // namespace

std::optional<qsizetype> findInvalidUtf8(const QByteArray &bytes, QString *why)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    auto bad = [&](qsizetype at, const char *reason) -> std::optional<qsizetype> {
        if (why)
            *why = QString::fromLatin1(reason);
        return at;
    };
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (c == 0)
                return bad(i, "a NUL byte");
            ++i;
            continue;
        }
        int length = 0;
        unsigned int min = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            cp = c & 0x1F;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            cp = c & 0x0F;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return bad(i, "a byte that cannot start a UTF-8 sequence");
        }
        if (i + length > n)
            return bad(i, "a UTF-8 sequence cut short");
        for (int k = 1; k < length; ++k) {
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return bad(i, "a UTF-8 sequence cut short");
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return bad(i, "an overlong or out-of-range UTF-8 sequence");
        i += length;
    }
    return std::nullopt;
}

CsvReader::CsvReader(QIODevice &device)
    : CsvReader(device, Options())
{ }

CsvReader::CsvReader(QIODevice &device, Options options)
    : m_device(device)
    , m_options(options)
    , m_separator(options.separator)
{
    if (m_options.chunkBytes < 16)
        m_options.chunkBytes = 16;
}

bool CsvReader::fail(const QString &message)
{
    if (!m_error)
        m_error = Error::make(Error::Kind::File, message);
    m_fields.clear();
    m_field.resize(0); // keeps the capacity
    m_eof = true;
    return false;
}

// Appends the next chunk of the device to the unread rest of the buffer. False when there is
// nothing more (or a read error, then m_error is set).
bool CsvReader::fill()
{
    if (m_deviceDone)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + m_options.chunkBytes);
    const qint64 got = m_device.read(m_buffer.data() + old, m_options.chunkBytes);
    if (got < 0) {
        m_buffer.resize(old);
        m_deviceDone = true;
        fail(Tr::tr("The file could not be read: %1.").arg(m_device.errorString()));
        return false;
    }
    m_buffer.resize(old + got);
    if (got == 0) {
        // A sequential device may just have nothing yet; an import reads whole files, so wait
        // for more only while the device says more may come.
        if (m_device.isSequential() && !m_device.atEnd() && m_device.waitForReadyRead(30000))
            return fill();
        m_deviceDone = true;
        return false;
    }
    return true;
}

// Picks ',' or ';', whichever is more frequent outside quotes on the first line (ties: ',').
void CsvReader::detectSeparator()
{
    while (!m_deviceDone && m_buffer.indexOf('\n', m_pos) < 0 && m_buffer.indexOf('\r', m_pos) < 0
           && m_buffer.size() - m_pos < m_options.maxRecordBytes) {
        if (!fill())
            break;
    }
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    m_separator = semicolons > commas ? ';' : ',';
}

bool CsvReader::endField()
{
    QString why;
    if (const auto bad = findInvalidUtf8(m_field, &why)) {
        const qint64 line = m_fieldLine + m_field.left(*bad).count('\n');
        if (why == QLatin1String("a NUL byte"))
            return fail(Tr::tr("Line %1 holds a NUL byte: this is a binary file, not a CSV text "
                               "export.")
                            .arg(line));
        return fail(Tr::tr("Line %1 is not valid UTF-8 (%2 at byte 0x%3): export the file again "
                           "as UTF-8.")
                        .arg(line)
                        .arg(why)
                        .arg(quint8(m_field.at(*bad)), 2, 16, QLatin1Char('0')));
    }
    if (m_fields.size() >= m_options.maxFields)
        return fail(Tr::tr("The record on line %1 has more than %2 fields: this is not an export "
                           "this importer can read.")
                        .arg(m_recordLine)
                        .arg(m_options.maxFields));
    // QString::fromUtf8 would drop a byte order mark that starts the field; it is text here.
    if (m_field.startsWith("\xEF\xBB\xBF"))
        m_fields.append(QChar(0xFEFF)
                        + QString::fromUtf8(m_field.constData() + 3, m_field.size() - 3));
    else
        m_fields.append(QString::fromUtf8(m_field));
    m_field.resize(0); // keeps the capacity
    return true;
}

bool CsvReader::next()
{
    if (m_eof || m_error)
        return false;
    if (!m_started) {
        m_started = true;
        fill();
        if (m_error)
            return false;
        // A look at the first KiB tells UTF-16 text and binary files from CSV at once.
        constexpr qsizetype sniff = 1024;
        while (m_buffer.size() < sniff && fill()) { }
        if (m_error)
            return false;
        if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF"))
            return fail(Tr::tr("The file is UTF-16 text: export it again as UTF-8."));
        if (const qsizetype nul = m_buffer.left(sniff).indexOf('\0'); nul >= 0)
            return fail(Tr::tr("This is a binary file, not a CSV text export (a NUL byte at "
                               "byte %1).")
                            .arg(nul + 1));
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_hadBom = true;
            m_pos += 3;
        }
        if (m_separator == 0)
            detectSeparator();
        if (m_error)
            return false;
    }

    const char sep = m_separator;
    for (;;) {
        m_fields.clear();
        m_field.resize(0); // keeps the capacity
        m_recordLine = m_line;
        m_fieldLine = m_line;
        m_recordBytes = 0;
        m_endedWithLineBreak = false;
        State state = State::FieldStart;
        bool sawSeparator = false;
        bool done = false;
        bool atEof = false;

        while (!done) {
            if (m_pos >= m_buffer.size()) {
                if (!fill()) {
                    if (m_error)
                        return false;
                    atEof = true;
                }
            }
            if (atEof) {
                if (state == State::Quoted)
                    return fail(Tr::tr("A quoted field that starts on line %1 is still open at "
                                       "the end of the file: the file seems truncated.")
                                    .arg(m_fieldLine));
                m_eof = true;
                if (state == State::FieldStart && !sawSeparator && m_fields.isEmpty())
                    return false; // nothing after the last line break
                if (!endField())
                    return false;
                done = true;
                break;
            }

            const char *data = m_buffer.constData();
            const qsizetype size = m_buffer.size();
            char c = data[m_pos];
            if (m_lastWasCR) {
                m_lastWasCR = false;
                if (c == '\n') {
                    ++m_pos;
                    continue;
                }
            }

            switch (state) {
            case State::FieldStart:
                m_fieldLine = m_line;
                if (c == '"') {
                    ++m_pos;
                    state = State::Quoted;
                    break;
                }
                state = State::Unquoted;
                [[fallthrough]];
            case State::Unquoted: {
                // Take the run of ordinary bytes at once.
                qsizetype end = m_pos;
                while (end < size && data[end] != sep && data[end] != '\n' && data[end] != '\r')
                    ++end;
                if (end > m_pos) {
                    m_field.append(data + m_pos, end - m_pos);
                    m_recordBytes += end - m_pos;
                    m_pos = end;
                    break;
                }
                ++m_pos;
                if (c == sep) {
                    sawSeparator = true;
                    if (!endField())
                        return false;
                    state = State::FieldStart;
                } else { // line break
                    m_lastWasCR = c == '\r';
                    ++m_line;
                    if (!endField())
                        return false;
                    m_endedWithLineBreak = true;
                    done = true;
                }
                break;
            }
            case State::Quoted: {
                qsizetype end = m_pos;
                while (end < size && data[end] != '"' && data[end] != '\n' && data[end] != '\r')
                    ++end;
                if (end > m_pos) {
                    m_field.append(data + m_pos, end - m_pos);
                    m_recordBytes += end - m_pos;
                    m_pos = end;
                    break;
                }
                ++m_pos;
                if (c == '"') {
                    state = State::QuoteInQuoted;
                } else { // a line break inside quotes, kept as \n
                    m_lastWasCR = c == '\r';
                    ++m_line;
                    m_field.append('\n');
                    ++m_recordBytes;
                }
                break;
            }
            case State::QuoteInQuoted:
                if (c == '"') {
                    ++m_pos;
                    m_field.append('"');
                    ++m_recordBytes;
                    state = State::Quoted;
                } else if (c == sep || c == '\n' || c == '\r') {
                    state = State::Unquoted; // handled there as the end of the field
                } else {
                    state = State::Unquoted; // lenient: `"ab"cd` reads as abcd
                }
                break;
            }

            if (m_field.size() > m_options.maxFieldBytes)
                return fail(Tr::tr("A field that starts on line %1 is longer than %2: this is not "
                                   "an export this importer can read.")
                                .arg(m_fieldLine)
                                .arg(mebibytes(m_options.maxFieldBytes)));
            if (m_recordBytes > m_options.maxRecordBytes)
                return fail(Tr::tr("The record on line %1 is longer than %2: this is not an "
                                   "export this importer can read.")
                                .arg(m_recordLine)
                                .arg(mebibytes(m_options.maxRecordBytes)));
        }

        // Blank lines are not records.
        if (m_fields.size() == 1 && !sawSeparator && m_fields.constFirst().trimmed().isEmpty()) {
            if (m_eof)
                return false;
            continue;
        }
        return true;
    }
}

} // namespace ft::core::import
