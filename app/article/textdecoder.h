// Turns the bytes of an article file into text, deciding the encoding and refusing what is not text.
#pragma once

#include <QByteArray>
#include <QString>

namespace Randnotiz {

struct DecodedText
{
    QString text; // decoded, with the byte-order mark removed; line ends untouched
    QString encoding; // "UTF-8", "UTF-8-BOM", "UTF-16LE", "UTF-16BE" or "windows-1252"
    QString error; // one line in the user's language (context Randnotiz::TextDecoder); empty when decoding worked
    bool ok() const { return error.isEmpty(); }
};

// UTF-8 with or without BOM, UTF-16 with BOM, otherwise Windows-1252. Empty and binary input is an error.
DecodedText decodeArticleBytes(const QByteArray &bytes);

} // namespace Randnotiz
