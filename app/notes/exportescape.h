// Text as it must stand in an export so that it stays text: Markdown escaped, CSV fields quoted. Shared by
// the notes exports and the forecast tracker's.
#pragma once

#include <QString>

namespace Randnotiz {

// Backslash-escapes what could start Markdown markup in one line of text.
QString escapeMarkdown(const QString &line);
// One RFC 4180 field; with guardFormula a cell a spreadsheet would run as a formula gets a leading apostrophe.
QString csvField(QString text, bool guardFormula);

} // namespace Randnotiz
