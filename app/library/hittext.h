// The text of an article's parts as the library indexes them, and where a search hit's matched words are in
// the article's plain text. One source for both, so that a hit opened in the window selects what it matched.
#pragma once

#include "article/articletext.h"

#include <QList>
#include <QString>

#include <array>
#include <utility>

namespace Randnotiz {

struct LibraryHit;

namespace HitText {

constexpr int PartCount = 7; // the parts of enum Part, one FTS column each

// Each part's segments in order, joined by ArticleText::Separator: the text of its FTS column.
std::array<QString, PartCount> partTexts(const ArticleText &text);

// The hit's matched words as [start, end) UTF-16 ranges of text.text(), in the order of hit.matches. The
// snippet is found in the text of the hit's part (it is an excerpt of it, maybe with "…" at either end); when
// the file changed since it was indexed and the snippet is gone, the matched words are looked for in that
// part instead. Empty when nothing of the hit is in the text.
QList<std::pair<int, int>> matchRanges(const LibraryHit &hit, const ArticleText &text);

} // namespace HitText

} // namespace Randnotiz
