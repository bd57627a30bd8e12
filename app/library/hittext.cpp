#include "library/hittext.h"

#include "library/libraryindex.h"

namespace Randnotiz::HitText {

namespace {

const QString ellipsis = QStringLiteral("…"); // what LibraryIndex::search() puts where a snippet is cut

// UTF-16 offset of a code-point offset of s.
int utf16Of(const QString &s, int codePoints)
{
    int i = 0;
    for (int n = 0; n < codePoints && i < s.size(); ++n)
        i += s.at(i).isHighSurrogate() && i + 1 < s.size() ? 2 : 1;
    return i;
}

// An offset in the part's text as an offset in the article's plain text.
std::optional<int> articleOffset(const ArticleText &text, Part part, int offset, bool isEnd)
{
    int at = 0; // where the segment starts in the part's text
    for (const ArticleText::Segment &segment : text.segments()) {
        if (segment.part != part)
            continue;
        // An end on the separator after a segment belongs to that segment.
        if (offset < at + segment.length || (isEnd && offset == at + segment.length))
            return offset < at ? std::nullopt : std::optional<int>(segment.start + offset - at);
        at += segment.length + 1;
    }
    return std::nullopt;
}

} // namespace

std::array<QString, PartCount> partTexts(const ArticleText &text)
{
    std::array<QString, PartCount> parts;
    for (const ArticleText::Segment &segment : text.segments()) {
        QString &target = parts.at(std::size_t(segment.part));
        if (!target.isEmpty())
            target.append(ArticleText::Separator);
        target.append(QStringView(text.text()).mid(segment.start, segment.length));
    }
    return parts;
}

QList<std::pair<int, int>> matchRanges(const LibraryHit &hit, const ArticleText &text)
{
    QList<std::pair<int, int>> ranges;
    const std::size_t column = std::size_t(hit.part);
    if (column >= std::size_t(PartCount) || hit.matches.isEmpty())
        return ranges;
    const QString part = partTexts(text).at(column);

    // Where the snippet's first character is in the part's text.
    QString core = hit.snippet;
    int cut = 0; // UTF-16 units taken off the front
    if (core.startsWith(ellipsis) && !part.startsWith(ellipsis)) {
        core.remove(0, ellipsis.size());
        cut = int(ellipsis.size());
    }
    if (core.endsWith(ellipsis) && !part.endsWith(ellipsis))
        core.chop(ellipsis.size());
    const qsizetype found = core.isEmpty() ? -1 : part.indexOf(core);

    for (const auto &[start, end] : hit.matches) {
        const int from = utf16Of(hit.snippet, start);
        const int to = utf16Of(hit.snippet, end);
        if (to <= from)
            continue;
        int partFrom = -1;
        if (found >= 0 && from >= cut) {
            partFrom = int(found) + from - cut;
        } else {
            // The text moved on since it was indexed: the first place of the same words in the part.
            const qsizetype again = part.indexOf(QStringView(hit.snippet).mid(from, to - from), 0, Qt::CaseInsensitive);
            if (again < 0)
                continue;
            partFrom = int(again);
        }
        const std::optional<int> a = articleOffset(text, hit.part, partFrom, false);
        const std::optional<int> b = articleOffset(text, hit.part, partFrom + (to - from), true);
        if (a && b && *b > *a)
            ranges.append({ *a, *b });
    }
    return ranges;
}

} // namespace Randnotiz::HitText
