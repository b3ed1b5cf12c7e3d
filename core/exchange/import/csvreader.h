#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

class QIODevice;

namespace ft::core::import {

// A streaming CSV tokenizer: reads records from a device a chunk at a time, so memory stays flat
// whatever the size of the file. What it accepts:
// - UTF-8 with or without a byte order mark; any invalid sequence, or a NUL byte, is an error
//   naming the line (a binary file or another encoding is refused, never guessed at);
// - records ended by LF, CRLF or a lone CR; the last one may lack its line end;
// - fields quoted with ", holding separators, line breaks (read as \n) and doubled quotes; a quote
//   inside an unquoted field is kept as it is; text after a closing quote is kept as well;
// - the separator `,` or `;`, or detected from the first line (the one of the two that occurs
//   more often outside quotes).
// Blank lines are passed over. A quoted field still open at the end of the file is an error (the
// file is truncated), as are a field, a record or a number of fields beyond the limits below.
class CsvReader
{
public:
    struct Options
    {
        char separator = 0;                 // ',' or ';'; 0: detect from the first line
        qsizetype maxFieldBytes = 1 << 20;  // 1 MiB
        qsizetype maxRecordBytes = 4 << 20; // 4 MiB
        qsizetype maxFields = 1024;
        qsizetype chunkBytes = 64 * 1024;
    };

    explicit CsvReader(QIODevice &device);
    CsvReader(QIODevice &device, Options options);

    // Reads the next record. False at the end of the file or on an error (then see error()).
    bool next();
    const QStringList &fields() const { return m_fields; }
    // The 1-based line on which the current record starts.
    qint64 line() const { return m_recordLine; }
    // Whether the current record ended with a line break (a last record without one may have
    // been cut off).
    bool endedWithLineBreak() const { return m_endedWithLineBreak; }
    // The separator in use; before the first next() with detection on, 0.
    char separator() const { return m_separator; }
    bool hadByteOrderMark() const { return m_hadBom; }
    const std::optional<Error> &error() const { return m_error; }
    bool atEnd() const { return m_eof; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool fill();
    void detectSeparator();
    bool endField();
    bool fail(const QString &message);

    QIODevice &m_device;
    Options m_options;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_deviceDone = false;
    bool m_started = false;
    bool m_eof = false;
    bool m_hadBom = false;
    bool m_lastWasCR = false;
    char m_separator = 0;
    qint64 m_line = 1; // line of the next byte
    qint64 m_recordLine = 0;
    qint64 m_fieldLine = 0;
    qsizetype m_recordBytes = 0;
    bool m_endedWithLineBreak = false;
    QByteArray m_field;
    QStringList m_fields;
    std::optional<Error> m_error;
};

// Checks that `bytes` are UTF-8 without a NUL byte. On failure returns the 0-based offset of the
// first bad byte and sets `why`.
std::optional<qsizetype> findInvalidUtf8(const QByteArray &bytes, QString *why = nullptr);

} // namespace ft::core::import
