// Anchoring: finds where an annotation belongs in an article's current plain text, or says that it
// no longer belongs anywhere. The rules are described in docs/readme-notes.md.
#pragma once

#include "notes/annotation.h"

namespace Randnotiz {

struct AnchorResult
{
    AnchorStatus status = AnchorStatus::Orphaned;
    int start = -1; // plain-text range; -1 when orphaned
    int end = -1;
};

class Anchoring final
{
public:
    // Quotes shorter than this are never matched approximately.
    static constexpr int MinFuzzyQuoteLength = 8;
    // However long the quote, an approximate match may differ from it in at most this many characters (and
    // in at most 30 %, or 50 % with intact context, of a shorter quote): this bounds the work to
    // O(text * MaxFuzzyErrorCount / 64) for the longest quote.
    static constexpr int MaxFuzzyErrorCount = 256;

    static AnchorResult find(const ArticleText &text, const Annotation &annotation);
    // Re-anchors in place: sets the status and, unless orphaned, the position and the context (never the
    // quote, so that a fuzzy match keeps what the user marked). Returns whether anything changed.
    static bool reanchor(const ArticleText &text, Annotation &annotation);

    // Edit distance and similarity in [0, 1]; exposed for the tests.
    static int editDistance(QStringView a, QStringView b);
    static double similarity(QStringView a, QStringView b);
};

} // namespace Randnotiz
