// libFuzzer entry point for the OZD parser: any bytes must give an article or a one-line error.
#include "article/ozdparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Randnotiz::ParseResult result = Randnotiz::OzdParser::parseBytes(bytes, QStringLiteral("fuzz.txt"));
    if (!result.ok() && (result.error.isEmpty() || result.error.contains(QLatin1Char('\n'))))
        std::abort();
    return 0;
}
