// CsvReader: the streaming tokenizer under the Strong, Hevy and FitNotes readers. Every case is
// read with several chunk sizes (1 byte up to 64 KiB) so that a CR, LF, quote, BOM or UTF-8
// sequence split across two reads is covered.
#include "core/exchange/import/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace ft::core::import;
using namespace Qt::StringLiterals;

namespace {

QString escaped(QString field)
{
    field.replace(u'\\', u"\\\\"_s);
    field.replace(u'\n', u"\\n"_s);
    field.replace(u'|', u"\\|"_s);
    return field;
}

// "line:field|field" per record, then "error: message" if reading stopped on an error.
QString readAll(const QByteArray &input, CsvReader::Options options)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, options);
    QStringList out;
    int guard = 0;
    while (reader.next() && ++guard < 10000) {
        QStringList fields;
        for (const QString &f : reader.fields())
            fields.append(escaped(f));
        out.append(QString::number(reader.line()) + u':' + fields.join(u'|'));
    }
    if (reader.error())
        out.append(u"error: "_s + reader.error()->message);
    return out.join(u'\n');
}

// A sequential device that yields `size` bytes of a pattern without holding them in memory.
class PatternDevice : public QIODevice
{
public:
    PatternDevice(QByteArray head, char fill, qint64 size, QByteArray tail = {})
        : m_head(std::move(head))
        , m_tail(std::move(tail))
        , m_fill(fill)
        , m_size(size)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_pos >= total() && QIODevice::atEnd(); }

protected:
    qint64 total() const { return m_head.size() + m_size + m_tail.size(); }
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 n = 0;
        while (n < maxSize && m_pos < total()) {
            if (m_pos < m_head.size())
                data[n] = m_head.at(m_pos);
            else if (m_pos < m_head.size() + m_size)
                data[n] = m_fill;
            else
                data[n] = m_tail.at(m_pos - m_head.size() - m_size);
            ++n;
            ++m_pos;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_head, m_tail;
    char m_fill;
    qint64 m_size;
    qint64 m_pos = 0;
};

} // namespace

class TestImportCsv : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void byteOrderMark();
    void separatorDetection_data();
    void separatorDetection();
    void fieldTooLong();
    void hugeFieldFromAStream();
    void tooManyFields();
    void recordTooLong();
    void lastRecordWithoutLineBreak();
    void utf8Validation_data();
    void utf8Validation();
};

void TestImportCsv::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("separator");
    QTest::addColumn<QString>("expected");

    const char comma = ',';
    const char detect = 0;
    QTest::newRow("LF") << QByteArray("a,b,c\nd,e,f\n") << comma << u"1:a|b|c\n2:d|e|f"_s;
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n") << comma << u"1:a|b\n2:c|d"_s;
    QTest::newRow("lone CR") << QByteArray("a,b\rc,d") << comma << u"1:a|b\n2:c|d"_s;
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "a,b\n")
                         << comma << u"1:a|b"_s;
    QTest::newRow("BOM, CRLF, detect") << QByteArray("\xEF\xBB\xBF"
                                                     "a;b\r\nc;d\r\n")
                                       << detect << u"1:a|b\n2:c|d"_s;
    QTest::newRow("quoted separator") << QByteArray("\"a,b\",c\n") << comma << u"1:a,b|c"_s;
    QTest::newRow("doubled quote")
        << QByteArray("\"say \"\"hi\"\"\",x\n") << comma << u"1:say \"hi\"|x"_s;
    QTest::newRow("quoted LF") << QByteArray("\"line1\nline2\",x\ny,z\n") << comma
                               << u"1:line1\\nline2|x\n3:y|z"_s;
    QTest::newRow("quoted CRLF read as LF")
        << QByteArray("\"l1\r\nl2\",x\r\ny,z\r\n") << comma << u"1:l1\\nl2|x\n3:y|z"_s;
    QTest::newRow("quoted CR read as LF")
        << QByteArray("\"l1\rl2\",x\n") << comma << u"1:l1\\nl2|x"_s;
    QTest::newRow("several quoted newlines")
        << QByteArray("\"a\n\nb\n\",c\nd\n") << comma << u"1:a\\n\\nb\\n|c\n5:d"_s;
    QTest::newRow("empty fields") << QByteArray(",,\n") << comma << u"1:||"_s;
    QTest::newRow("trailing separator") << QByteArray("a,\n") << comma << u"1:a|"_s;
    QTest::newRow("no final line break") << QByteArray("a,b") << comma << u"1:a|b"_s;
    QTest::newRow("trailing separator at end of file") << QByteArray("a,") << comma << u"1:a|"_s;
    QTest::newRow("blank lines skipped, lines counted")
        << QByteArray("a\n\n\nb\n") << comma << u"1:a\n4:b"_s;
    QTest::newRow("blank CRLF lines") << QByteArray("a\r\n\r\nb\r\n") << comma << u"1:a\n3:b"_s;
    QTest::newRow("blank line of spaces") << QByteArray("a\n   \nb") << comma << u"1:a\n3:b"_s;
    QTest::newRow("quote inside unquoted field")
        << QByteArray("5\" box,x\n") << comma << u"1:5\" box|x"_s;
    QTest::newRow("text after closing quote")
        << QByteArray("\"ab\"cd,x\n") << comma << u"1:abcd|x"_s;
    QTest::newRow("empty quoted field") << QByteArray("\"\",x\n") << comma << u"1:|x"_s;
    QTest::newRow("quoted field at end of file") << QByteArray("x,\"a\"") << comma << u"1:x|a"_s;
    QTest::newRow("semicolon") << QByteArray("a;b,c\n") << ';' << u"1:a|b,c"_s;
    QTest::newRow("semicolon, all quoted")
        << QByteArray("\"a\";\"b;c\";\"\"\"d\"\"\"\n") << ';' << u"1:a|b;c|\"d\""_s;
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << comma << u"1: a | b "_s;
    QTest::newRow("emoji and accents") << QByteArray("💪,é,日本\n") << comma << u"1:💪|é|日本"_s;
    QTest::newRow("U+202F kept") << QByteArray("6:40\xE2\x80\xAFpm\n") << comma
                                 << u"1:6:40\u202Fpm"_s;
    QTest::newRow("empty input") << QByteArray() << comma << QString();
    QTest::newRow("BOM inside a field kept") << QByteArray("\xEF\xBB\xBF"
                                                           "a,\xEF\xBB\xBF"
                                                           "b\n")
                                             << comma << u"1:a|\uFEFFb"_s;
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << comma << QString();
    QTest::newRow("only line breaks") << QByteArray("\n\r\n\n") << comma << QString();
    QTest::newRow("unterminated quote")
        << QByteArray("a,b\n\"c\nd") << comma
        << u"1:a|b\nerror: A quoted field that starts on line 2 is still open at the end of the "
           "file: the file seems truncated."_s;
    QTest::newRow("unterminated quote after a doubled one")
        << QByteArray("x,\"a\"\"") << comma
        << u"error: A quoted field that starts on line 1 is still open at the end of the file: "
           "the file seems truncated."_s;
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE"
                                          "a\0,\0b\0",
                                          8)
                            << comma
                            << u"error: The file is UTF-16 text: export it again as UTF-8."_s;
    QTest::newRow("NUL byte near the start")
        << QByteArray("a\nb\0c\n", 6) << comma
        << u"error: This is a binary file, not a CSV text export (a NUL byte at byte 4)."_s;
    QTest::newRow("NUL byte further on")
        << QByteArray(2000, 'x') + QByteArray("\nab\0c\n", 6) << comma
        << u"1:"_s + QString(2000, u'x')
            + u"\nerror: Line 2 holds a NUL byte: this is a binary file, not a CSV text "
              "export."_s;
}

void TestImportCsv::records()
{
    QFETCH(QByteArray, input);
    QFETCH(char, separator);
    QFETCH(QString, expected);
    for (qsizetype chunk : { 1, 2, 3, 5, 64 * 1024 }) {
        CsvReader::Options options;
        options.separator = separator;
        options.chunkBytes = chunk;
        const QString got = readAll(input, options);
        if (got != expected)
            qWarning("chunk size %d", int(chunk));
        QCOMPARE(got, expected);
    }
}

void TestImportCsv::byteOrderMark()
{
    for (const QByteArray &input : { QByteArray("\xEF\xBB\xBF"
                                                "a\n"),
                                     QByteArray("a\n") }) {
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer);
        QVERIFY(reader.next());
        QCOMPARE(reader.fields(), QStringList { u"a"_s });
        QCOMPARE(reader.hadByteOrderMark(), input.startsWith('\xEF'));
    }
}

void TestImportCsv::separatorDetection_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("separator");

    QTest::newRow("commas") << QByteArray("a,b,c\n1;2,3\n") << ',';
    QTest::newRow("semicolons") << QByteArray("a;b;c\n1,2;3\n") << ';';
    QTest::newRow("semicolons, quoted names with commas")
        << QByteArray("\"a,x\";\"b,y\";\"c\"\n") << ';';
    QTest::newRow("commas, quoted names with semicolons") << QByteArray("\"a;x;y\",b\n") << ',';
    QTest::newRow("one column") << QByteArray("a\nb\n") << ',';
    QTest::newRow("tie") << QByteArray("a,b;c\n") << ',';
    QTest::newRow("long first line") << QByteArray(100000, 'x') + QByteArray(";y\n") << ';';
}

void TestImportCsv::separatorDetection()
{
    QFETCH(QByteArray, input);
    QFETCH(char, separator);
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QVERIFY(reader.next());
    QCOMPARE(reader.separator(), separator);
}

void TestImportCsv::fieldTooLong()
{
    CsvReader::Options options;
    options.maxFieldBytes = 8;
    options.separator = ',';
    QCOMPARE(readAll("12345678,x\n", options), u"1:12345678|x"_s);
    QCOMPARE(readAll("a\n123456789,x\n", options),
             u"1:a\nerror: A field that starts on line 2 is longer than 8 bytes: this is not an "
             "export this importer can read."_s);
    QCOMPARE(readAll("a\n\"1234\n56789\"\n", options),
             u"1:a\nerror: A field that starts on line 2 is longer than 8 bytes: this is not an "
             "export this importer can read."_s);
}

// A 64 MiB quoted field that never ends: refused at 1 MiB, without reading the rest into memory.
void TestImportCsv::hugeFieldFromAStream()
{
    PatternDevice device("Date,Notes\n2026-01-01,\"", 'x', qint64(64) << 20);
    CsvReader reader(device);
    QVERIFY(reader.next());
    QVERIFY(!reader.next());
    QVERIFY(reader.error());
    QCOMPARE(reader.error()->message,
             u"A field that starts on line 2 is longer than 1 MiB: this is not an export this "
             "importer can read."_s);
    QVERIFY(device.pos() < (qint64(2) << 20));
}

void TestImportCsv::tooManyFields()
{
    CsvReader::Options options;
    options.maxFields = 3;
    options.separator = ',';
    QCOMPARE(readAll("a,b,c\n", options), u"1:a|b|c"_s);
    QCOMPARE(readAll("a,b,c\n1,2,3,4\n", options),
             u"1:a|b|c\nerror: The record on line 2 has more than 3 fields: this is not an "
             "export this importer can read."_s);

    // The default: a line of 1,000,000 commas stops at 1024 fields.
    PatternDevice device("a,b\n", ',', 1000000, "\n");
    CsvReader reader(device);
    QVERIFY(reader.next());
    QVERIFY(!reader.next());
    QCOMPARE(reader.error()->message,
             u"The record on line 2 has more than 1024 fields: this is not an export this "
             "importer can read."_s);
}

void TestImportCsv::recordTooLong()
{
    CsvReader::Options options;
    options.maxFieldBytes = 4;
    options.maxRecordBytes = 10;
    options.separator = ',';
    QCOMPARE(readAll("abcd,efgh\n", options), u"1:abcd|efgh"_s);
    QCOMPARE(readAll("abcd,efgh,ijkl\n", options),
             u"error: The record on line 1 is longer than 10 bytes: this is not an export this "
             "importer can read."_s);
}

void TestImportCsv::lastRecordWithoutLineBreak()
{
    QBuffer buffer;
    buffer.setData("a,b\nc,d");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QVERIFY(reader.next());
    QVERIFY(reader.endedWithLineBreak());
    QVERIFY(reader.next());
    QVERIFY(!reader.endedWithLineBreak());
    QVERIFY(!reader.next());
    QVERIFY(!reader.error());
    QVERIFY(reader.atEnd());
}

void TestImportCsv::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    const QString tail = u"): export the file again as UTF-8."_s;
    QTest::newRow("valid, 1 to 4 bytes")
        << QByteArray("a,\xC3\xA9,\xE2\x80\xAF,\xF0\x9F\x92\xAA\n") << u"1:a|é|\u202F|💪"_s;
    QTest::newRow("Latin-1 é")
        << QByteArray("ok\nS\xE9"
                      "ance,x\n")
        << u"1:ok\nerror: Line 2 is not valid UTF-8 (a UTF-8 sequence cut short at byte 0xe9"_s
            + tail;
    QTest::newRow("cut short at the end of a field")
        << QByteArray("a\xC3,b\n")
        << u"error: Line 1 is not valid UTF-8 (a UTF-8 sequence cut short at byte 0xc3"_s + tail;
    QTest::newRow("overlong /")
        << QByteArray("\xC0\xAF\n")
        << u"error: Line 1 is not valid UTF-8 (a byte that cannot start a UTF-8 sequence at "
           "byte 0xc0"_s
            + tail;
    QTest::newRow("overlong 3 bytes")
        << QByteArray("\xE0\x80\xAF\n")
        << u"error: Line 1 is not valid UTF-8 (an overlong or out-of-range UTF-8 sequence at "
           "byte 0xe0"_s
            + tail;
    QTest::newRow("surrogate")
        << QByteArray("\xED\xA0\x80\n")
        << u"error: Line 1 is not valid UTF-8 (an overlong or out-of-range UTF-8 sequence at "
           "byte 0xed"_s
            + tail;
    QTest::newRow("beyond U+10FFFF")
        << QByteArray("\xF4\x90\x80\x80\n")
        << u"error: Line 1 is not valid UTF-8 (an overlong or out-of-range UTF-8 sequence at "
           "byte 0xf4"_s
            + tail;
    QTest::newRow("stray continuation byte")
        << QByteArray("x\n\x80\n")
        << u"1:x\nerror: Line 2 is not valid UTF-8 (a byte that cannot start a UTF-8 sequence "
           "at byte 0x80"_s
            + tail;
    QTest::newRow("in the second line of a quoted field")
        << QByteArray("\"a\nb\xFF\"\n")
        << u"error: Line 2 is not valid UTF-8 (a byte that cannot start a UTF-8 sequence at "
           "byte 0xff"_s
            + tail;
}

void TestImportCsv::utf8Validation()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    for (qsizetype chunk : { 1, 3, 64 * 1024 }) {
        CsvReader::Options options;
        options.separator = ',';
        options.chunkBytes = chunk;
        QCOMPARE(readAll(input, options), expected);
    }
}

QTEST_GUILESS_MAIN(TestImportCsv)
#include "tst_import_csv.moc"
