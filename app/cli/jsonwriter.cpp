#include "cli/jsonwriter.h"

#include <QLocale>

#include <cmath>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Randnotiz {

void JsonWriter::separate()
{
    if (m_needComma)
        m_out += ',';
    m_needComma = true;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out += '}';
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out += ']';
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    // One append instead of three: a line has some sixty keys.
    const qsizetype start = m_out.size();
    m_out.resize(start + name.size() + 4);
    char *dst = m_out.data() + start;
    if (m_needComma)
        *dst++ = ',';
    *dst++ = '"';
    std::memcpy(dst, name.data(), size_t(name.size()));
    dst += name.size();
    *dst++ = '"';
    *dst++ = ':';
    m_out.truncate(dst - m_out.constData());
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    writeString(text);
    return *this;
}

JsonWriter &JsonWriter::value(const std::optional<QString> &text)
{
    return text ? value(*text) : null();
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    if (!std::isfinite(number))
        return null();
    separate();
    m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::stringArray(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts)
        value(text);
    return endArray();
}

namespace {

// Four UTF-16 units at a time, as the parser looks at lines: true when each is printable ASCII that JSON writes
// as it is (0x20 to 0x7F, neither '"' nor '\\'). The first unit outside 0x20..0x7F sets a high bit in one of the
// two range terms (the other units may set more, borrows and carries only start at such a unit); a lane that
// is '"' or '\\' becomes zero after the XOR, and only then sets its high bit in the zero test.
bool plainAscii(const char16_t *units)
{
    constexpr quint64 Ones = 0x0001000100010001ULL;
    constexpr quint64 High = 0x8000800080008000ULL;
    quint64 block = 0;
    std::memcpy(&block, units, sizeof block);
    if ((((block - 0x20 * Ones) | (block + 0x7F80 * Ones)) & High) != 0)
        return false;
    const quint64 quote = block ^ (Ones * '"');
    const quint64 backslash = block ^ (Ones * '\\');
    return (((quote - Ones) | (backslash - Ones)) & High) == 0;
}

#if defined(__SSE2__)
// The same for eight units with SSE2 (every x86-64 has it), writing them when they are plain. Compared as signed
// 16-bit numbers, a unit from 0x8000 up is negative and so below 0x20.
bool writePlainAscii8(const char16_t *units, char *dst)
{
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units));
    const __m128i outside
        = _mm_or_si128(_mm_cmplt_epi16(block, _mm_set1_epi16(0x20)), _mm_cmpgt_epi16(block, _mm_set1_epi16(0x7F)));
    const __m128i escaped
        = _mm_or_si128(_mm_cmpeq_epi16(block, _mm_set1_epi16('"')), _mm_cmpeq_epi16(block, _mm_set1_epi16('\\')));
    if (_mm_movemask_epi8(_mm_or_si128(outside, escaped)) != 0)
        return false;
    _mm_storel_epi64(reinterpret_cast<__m128i *>(dst), _mm_packus_epi16(block, block));
    return true;
}
#endif

// Writes one unit (or a surrogate pair) as UTF-8, escaped as JSON wants; returns the units used. A lone surrogate
// is written as '?', as QString::toUtf8() has always written it here.
qsizetype writeUnit(const char16_t *src, const char16_t *end, char *&dst)
{
    static const char hex[] = "0123456789abcdef";
    const char16_t c = *src;
    if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\') {
            *dst++ = char(c);
            return 1;
        }
        *dst++ = '\\';
        switch (c) {
        case '"':
            *dst++ = '"';
            break;
        case '\\':
            *dst++ = '\\';
            break;
        case '\n':
            *dst++ = 'n';
            break;
        case '\r':
            *dst++ = 'r';
            break;
        case '\t':
            *dst++ = 't';
            break;
        case '\b':
            *dst++ = 'b';
            break;
        case '\f':
            *dst++ = 'f';
            break;
        default:
            *dst++ = 'u';
            *dst++ = '0';
            *dst++ = '0';
            *dst++ = hex[c >> 4];
            *dst++ = hex[c & 0xF];
        }
        return 1;
    }
    if (c < 0x800) {
        *dst++ = char(0xC0 | (c >> 6));
        *dst++ = char(0x80 | (c & 0x3F));
        return 1;
    }
    if (!QChar::isSurrogate(c)) {
        *dst++ = char(0xE0 | (c >> 12));
        *dst++ = char(0x80 | ((c >> 6) & 0x3F));
        *dst++ = char(0x80 | (c & 0x3F));
        return 1;
    }
    if (QChar::isHighSurrogate(c) && end - src >= 2 && QChar::isLowSurrogate(src[1])) {
        const char32_t u = QChar::surrogateToUcs4(c, src[1]);
        *dst++ = char(0xF0 | (u >> 18));
        *dst++ = char(0x80 | ((u >> 12) & 0x3F));
        *dst++ = char(0x80 | ((u >> 6) & 0x3F));
        *dst++ = char(0x80 | (u & 0x3F));
        return 2;
    }
    *dst++ = '?';
    return 1;
}

} // namespace

void JsonWriter::writeString(const QString &text)
{
    // Encoded and escaped in one pass straight into the line, a chunk at a time: room for a chunk's worst case
    // first (a unit takes at most six bytes, as \u00XX; a surrogate pair may run one unit past the chunk), given
    // back after it. A long text never asks for six times its size at once.
    constexpr qsizetype Chunk = 16 * 1024;
    const char16_t *src = QStringView(text).utf16();
    const char16_t *const end = src + text.size();
    qsizetype used = m_out.size();
    m_out.resize(used + 1);
    m_out.data()[used++] = '"';
    while (src < end) {
        const char16_t *const chunkEnd = end - src > Chunk ? src + Chunk : end;
        m_out.resize(used + 6 * (chunkEnd - src + 1));
        char *dst = m_out.data() + used;
        while (src < chunkEnd) {
#if defined(__SSE2__)
            if (chunkEnd - src >= 8 && writePlainAscii8(src, dst)) {
                src += 8;
                dst += 8;
                continue;
            }
#endif
            if (chunkEnd - src >= 4 && plainAscii(src)) {
                dst[0] = char(src[0]);
                dst[1] = char(src[1]);
                dst[2] = char(src[2]);
                dst[3] = char(src[3]);
                dst += 4;
                src += 4;
                continue;
            }
            src += writeUnit(src, end, dst);
        }
        used = dst - m_out.constData();
    }
    m_out.resize(used + 1);
    m_out.data()[used] = '"';
}

} // namespace Randnotiz
