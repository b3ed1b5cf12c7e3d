// libFuzzer target: the CSV tokenizer on any bytes, with the separator, the chunk size and the
// limits taken from the input's size, checking its guarantees on every record.
#include "core/exchange/import/csvreader.h"

#include <QBuffer>
#include <QStringDecoder>

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "broken guarantee: %s\n", what);
    std::abort();
}

#define CHECK(condition) \
    do { \
        if (!(condition)) \
            broken(#condition); \
    } while (false)

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using ft::core::import::CsvReader;
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    CsvReader::Options options;
    const char separators[] = { 0, ',', ';' };
    options.separator = separators[size % 3];
    options.chunkBytes = size % 4 == 0 ? 1 : size % 4 == 1 ? 7 : 64 * 1024;
    if (size % 5 == 0) {
        options.maxFieldBytes = 16;
        options.maxRecordBytes = 40;
        options.maxFields = 5;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, options);

    qint64 lastLine = 0;
    qint64 records = 0;
    const qint64 lines = bytes.count('\n') + bytes.count('\r') + 1;
    while (reader.next()) {
        ++records;
        CHECK(reader.line() > lastLine);
        CHECK(reader.line() <= lines);
        lastLine = reader.line();
        CHECK(reader.separator() == ',' || reader.separator() == ';');
        CHECK(!reader.fields().isEmpty() && reader.fields().size() <= options.maxFields);
        qsizetype total = 0;
        for (const QString &f : reader.fields()) {
            const QByteArray utf8 = f.toUtf8();
            CHECK(utf8.size() <= options.maxFieldBytes);
            CHECK(!utf8.contains('\0') && !utf8.contains('\r'));
            // Valid text, nothing replaced or dropped (a leading U+FEFF included).
            QStringDecoder decode(QStringConverter::Utf8,
                                  QStringConverter::Flag::ConvertInitialBom);
            CHECK(QString(decode(utf8)) == f && !decode.hasError());
            total += utf8.size();
        }
        CHECK(total <= options.maxRecordBytes);
    }
    CHECK(records <= lines);
    CHECK(!reader.error() || !reader.error()->message.isEmpty());
    CHECK(!reader.next());
    return 0;
}
