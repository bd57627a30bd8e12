#include "article/textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cstring>

namespace Randnotiz {

namespace {

// Control characters other than the usual whitespace mean the file is not an article. A few are
// tolerated (stray form feeds, a damaged byte), a noticeable share is not.
bool looksBinary(QStringView text)
{
    const qsizetype sample = std::min<qsizetype>(text.size(), 16 * 1024);
    const char16_t *chars = text.utf16();
    qsizetype nuls = 0;
    qsizetype controls = 0;
    const auto count = [&](char16_t c) {
        nuls += c == u'\0';
        // Bits 9 to 13 are \t \n \v \f \r.
        controls += (c < 0x20 && ((0x3E00u >> (c & 31)) & 1) == 0) || c == 0xFFFF;
    };
    // Four characters at a time: a block of ordinary ones (0x20 to 0x7FFF, nearly all of an article) has no
    // high bit set in either term, and only the other blocks are looked at one by one.
    qsizetype i = 0;
    for (; i + 4 <= sample; i += 4) {
        quint64 block = 0;
        std::memcpy(&block, chars + i, sizeof block);
        if ((((block - 0x0020002000200020ULL) | block) & 0x8000800080008000ULL) == 0)
            continue;
        for (qsizetype k = i; k < i + 4; ++k)
            count(chars[k]);
    }
    for (; i < sample; ++i)
        count(chars[i]);
    return nuls > 0 || controls * 20 > sample; // more than 5 %
}

bool isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes, bool *failed)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder(bytes);
    *failed = decoder.hasError();
    return text;
}

} // namespace

DecodedText decodeArticleBytes(const QByteArray &bytes)
{
    DecodedText result;
    QByteArrayView view(bytes);
    bool failed = false;

    if (view.startsWith("\xEF\xBB\xBF")) {
        result.encoding = QStringLiteral("UTF-8-BOM");
        result.text = decodeWith(QStringConverter::Utf8, view.sliced(3), &failed);
        if (failed)
            result.error = QCoreApplication::translate(
                "Randnotiz::TextDecoder", "the file claims to be UTF-8 but contains invalid byte sequences");
    } else if (view.startsWith("\xFF\xFE")) {
        result.encoding = QStringLiteral("UTF-16LE");
        result.text = decodeWith(QStringConverter::Utf16LE, view.sliced(2), &failed);
    } else if (view.startsWith("\xFE\xFF")) {
        result.encoding = QStringLiteral("UTF-16BE");
        result.text = decodeWith(QStringConverter::Utf16BE, view.sliced(2), &failed);
    } else {
        if (view.contains('\0')) {
            result.error
                = QCoreApplication::translate("Randnotiz::TextDecoder", "the file is binary data, not a text article");
            return result;
        }
        result.text = decodeWith(QStringConverter::Utf8, view, &failed);
        result.encoding = QStringLiteral("UTF-8");
        if (failed) {
            // Not valid UTF-8: the other encoding OZD files come in is Windows-1252 (through ICU).
            QStringDecoder cp1252("windows-1252");
            if (!cp1252.isValid()) {
                result.error = QCoreApplication::translate(
                    "Randnotiz::TextDecoder", "the file is not UTF-8 and this build cannot decode Windows-1252");
                return result;
            }
            result.text = cp1252(view);
            result.encoding = QStringLiteral("windows-1252");
        }
    }

    if (!result.ok())
        return result;
    if (isBlank(result.text))
        result.error = QCoreApplication::translate("Randnotiz::TextDecoder", "the file is empty");
    else if (looksBinary(result.text))
        result.error
            = QCoreApplication::translate("Randnotiz::TextDecoder", "the file is binary data, not a text article");
    return result;
}

} // namespace Randnotiz
