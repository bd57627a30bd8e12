// OzdParser: reads an OZD-News article file into an Article. The format is described in FORMAT.md.
#pragma once

#include "article/article.h"
#include "article/articlefile.h"

#include <QByteArray>
#include <QString>

namespace Randnotiz {

struct ParseResult
{
    Article article;
    QString error; // one line, for people, in their language; empty on success
    bool ok() const { return error.isEmpty(); }
};

class OzdParser final
{
public:
    static constexpr qint64 MaxFileBytes = qint64(20) * 1024 * 1024;

    // Reads and parses a file; unreadable, empty, binary or oversized files give an error.
    static ParseResult parseFile(const QString &path, FileHint hint = FileHint::None);
    // Parses bytes as if they were read from a file called fileName.
    static ParseResult parseBytes(const QByteArray &bytes, const QString &fileName);
    // Parses text that is already decoded. Never fails: what cannot be placed becomes a warning.
    static Article parseText(const QString &text, const QString &fileName,
                             const QString &encoding = QStringLiteral("UTF-8"));

    // "klimagipfel_bonn-2024.txt" -> "Klimagipfel bonn 2024"
    static QString readableFileName(const QString &fileName);
    // Splits the agencies of a credit line: "OZD / ©AFP, Reuters und dpa" -> {"AFP", "Reuters", "dpa"}.
    static QStringList agenciesOf(const QString &creditLine);
};

} // namespace Randnotiz
