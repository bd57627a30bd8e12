// Shared material for the annotation tests: articles built from text, edits and re-encodings.
#pragma once

#include "article/article.h"

#include <QByteArray>
#include <QString>

namespace Randnotiz::Test {

// The UTF-8 sample klimagipfel-bonn.txt as text (LF line ends).
QString klimaText();
// An article from OZD text, as if read from a file called name.
Article articleFromText(const QString &text, const QString &name = QStringLiteral("artikel.txt"));
// text with before replaced by after exactly once; aborts the test program if before is not there once.
QString replacedOnce(const QString &text, const QString &before, const QString &after);
// Windows-1252 bytes of text (enough of the table for German news); aborts on an unmappable character.
QByteArray toWindows1252(const QString &text);
// A synthetic article of about paragraphs * 400 characters; n makes the wording unique.
QString syntheticArticle(int n, int paragraphs = 20);

} // namespace Randnotiz::Test
