// The parser's lossless property, shared by the parser tests and the robustness run.
#pragma once

#include "article/article.h"

#include <QString>
#include <QStringList>

namespace Randnotiz::Test {

// Returns the input lines (1-based numbers with their text) that the article does not represent:
// neither in a text field nor as a recognised heading. Empty when the parse was lossless.
QStringList unrepresentedLines(const QString &text, const Article &article);

} // namespace Randnotiz::Test
