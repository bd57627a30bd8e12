#include "notes/anchoring.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace Randnotiz {

namespace {

// A piece of text found more often than this says little about where the quote went; only the
// occurrences nearest the stored position are tried.
constexpr int MaxPieceOccurrences = 8;
constexpr double MaxFuzzyErrors = 0.3; // share of the quote that may differ
// ... or more, up to this share, when the context on both sides is nearly intact: then the passage between
// them is the quote's place even after a long insertion.
constexpr double MaxBoundedErrors = 0.5;
constexpr double MinContextSimilarity = 0.5;
constexpr double BoundingContextSimilarity = 0.8;
constexpr double ClearLead = 0.1; // how much a fuzzy match must beat every other candidate by
// Up to this length a quote may start anywhere in the window searched around a candidate start.
constexpr int LongQuoteLength = 1024;

QList<int> occurrences(const QString &text, QStringView piece, int limit)
{
    QList<int> found;
    if (piece.isEmpty())
        return found;
    for (qsizetype at = text.indexOf(piece); at >= 0 && found.size() < limit; at = text.indexOf(piece, at + 1))
        found.append(int(at));
    return found;
}

// Up to MaxPieceOccurrences places of piece, the nearest to expected first.
QList<int> nearestOccurrences(const QString &text, QStringView piece, int expected)
{
    QList<int> found = occurrences(text, piece, 100000);
    if (found.size() > MaxPieceOccurrences) {
        std::partial_sort(found.begin(), found.begin() + MaxPieceOccurrences, found.end(),
                          [expected](int x, int y) { return std::abs(x - expected) < std::abs(y - expected); });
        found.resize(MaxPieceOccurrences);
    }
    return found;
}

int commonTail(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

int commonHead(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

QStringView before(const QString &text, int at, int length)
{
    const int from = std::max(0, at - length);
    return QStringView(text).mid(from, at - from);
}

QStringView after(const QString &text, int at, int length)
{
    return QStringView(text).mid(std::min<qsizetype>(at, text.size()), length);
}

struct Approximate
{
    int distance = 0;
    int start = 0;
    int end = 0;
};

// Myers' bit-vector algorithm (J. ACM 46(3), 1999) in its block form: the pattern is cut into 64-row
// blocks, and the edit distance table is kept as one bit-vector of vertical +1/-1 steps per block and column,
// so a column costs one word operation per block instead of one cell per pattern character. Only the blocks
// that can hold a value <= k are computed (Ukkonen's band): everything outside is provably more than k away,
// and cutting it off only raises values that were above k already. A long quote therefore costs
// O(window * (slack + 2k) / 64), never a quadratic table.
class BitMatcher final
{
public:
    using Word = quint64;
    static constexpr int WordBits = 64;

    explicit BitMatcher(QStringView pattern)
        : m_length(int(pattern.size()))
        , m_blocks((m_length + WordBits - 1) / WordBits)
        , m_alphabet(0x10000, 0)
    {
        int symbols = 0;
        for (const QChar c : pattern) {
            quint16 &slot = m_alphabet[c.unicode()];
            if (slot == 0)
                slot = quint16(++symbols);
        }
        // Row 0 stays zero: the one for every character the pattern does not have.
        m_peq.assign(std::size_t(symbols + 1) * std::size_t(std::max(1, m_blocks)), 0);
        for (int i = 0; i < m_length; ++i) {
            const std::size_t row = m_alphabet[pattern.at(i).unicode()];
            m_peq[row * std::size_t(m_blocks) + std::size_t(i / WordBits)] |= Word(1) << (i % WordBits);
        }
    }

    int length() const { return m_length; }

    struct Result
    {
        int distance = 0; // the least D[m][j] found, or k + 1 when none is <= k
        int end = -1; // the first column j (text characters consumed) where it was found
        int last = 0; // D[m][n], or k + 1 when more than k or not computed
    };

    // Aligns the whole pattern with a piece of text that starts at column s of the window: free for s <= slack,
    // one more per column after that; reads the window backwards when asked. Values above k are not
    // computed exactly (k + 1 is returned), and the scan stops once no alignment <= k can come.
    Result run(QStringView window, bool backwards, int slack, int k) const
    {
        const int n = int(window.size());
        Result result { k + 1, -1, k + 1 };
        if (m_length == 0)
            return { 0, 0, 0 };
        const int lastBlock = m_blocks - 1;
        const int lastBit = (m_length - 1) % WordBits;
        const auto blocks = std::size_t(m_blocks);
        std::vector<Word> pv(blocks), mv(blocks);
        std::vector<int> score(blocks);
        Word *P = pv.data();
        Word *M = mv.data();
        int *S = score.data();
        const quint16 *alphabet = m_alphabet.data();
        const Word *peq = m_peq.data();

        int first = 0;
        int last = (std::min(m_length, k) - 1) / WordBits; // rows 1 .. k can be <= k before any text
        if (last < 0)
            last = 0;
        for (int b = 0; b <= last; ++b) {
            P[b] = ~Word(0);
            M[b] = 0;
            S[b] = WordBits * (b + 1);
        }
        int scoreM = last == lastBlock ? m_length : -1;
        if (scoreM >= 0 && scoreM <= k)
            result = { scoreM, 0, scoreM };

        int j = 1;
        for (; j <= n; ++j) {
            if (j - slack - k > m_length)
                break; // no row can be within k any more
            const QChar c = backwards ? window.at(n - j) : window.at(j - 1);
            const Word *eq = peq + std::size_t(alphabet[c.unicode()]) * std::size_t(m_blocks);
            const int wantLast = (std::min(m_length, j + k) - 1) / WordBits;
            while (last < wantLast) {
                ++last;
                P[last] = ~Word(0); // as if every row below the band were one more than the one above
                M[last] = 0;
                S[last] = S[last - 1] + WordBits;
                if (last == lastBlock)
                    scoreM = S[last - 1] + lastBit + 1;
            }
            const int wantFirst = (std::max(1, j - slack - k) - 1) / WordBits;
            first = std::max(first, std::min(wantFirst, last));
            int hin = first > 0 || j > slack ? 1 : 0;
            for (int b = first; b <= last; ++b) {
                Word Pv = P[b];
                Word Mv = M[b];
                Word Eq = eq[b];
                const Word Xv = Eq | Mv;
                if (hin < 0)
                    Eq |= 1;
                const Word Xh = (((Eq & Pv) + Pv) ^ Pv) | Eq;
                Word Ph = Mv | ~(Xh | Pv);
                Word Mh = Pv & Xh;
                const int hout = int(Ph >> (WordBits - 1)) - int(Mh >> (WordBits - 1));
                if (b == lastBlock)
                    scoreM += int((Ph >> lastBit) & 1) - int((Mh >> lastBit) & 1);
                Ph <<= 1;
                Mh <<= 1;
                if (hin < 0)
                    Mh |= 1;
                else if (hin > 0)
                    Ph |= 1;
                P[b] = Mh | ~(Xv | Ph);
                M[b] = Ph & Xv;
                S[b] += hout;
                hin = hout;
            }
            if (last == lastBlock && scoreM < result.distance)
                result = { scoreM, j, k + 1 };
            // Ukkonen's cut-off: once every computed row is more than k and no new start is free enough,
            // no alignment within k can follow.
            if ((j & 63) == 0 && j >= slack + k) {
                int lowest = std::numeric_limits<int>::max();
                for (int b = first; b <= last; ++b)
                    lowest = std::min(lowest, S[b]);
                if (lowest - (WordBits - 1) > k)
                    break;
            }
        }
        if (j > n && last == lastBlock)
            result.last = std::min(scoreM, k + 1);
        return result;
    }

private:
    int m_length = 0;
    int m_blocks = 0;
    std::vector<quint16> m_alphabet; // UTF-16 unit -> row of m_peq (0: not in the pattern)
    std::vector<Word> m_peq; // per symbol, one bit per pattern position, m_blocks words each
};

// Edit distance of the whole pattern against all of text, or k + 1 when it is more than k.
int boundedDistance(const BitMatcher &pattern, QStringView text, int k)
{
    if (std::abs(int(text.size()) - pattern.length()) > k)
        return k + 1;
    return pattern.run(text, false, 0, k).last;
}

// The substring of window closest to the pattern (aligned as a whole; starts free up to slack, later ones
// cost one per column), or distance > k when none is within k. The end comes from a forward scan, the start
// from a backward scan with the reversed pattern from that end: the shortest piece with that distance.
Approximate bestSubstring(const BitMatcher &forward, const BitMatcher &reversed, QStringView window, int slack, int k)
{
    const BitMatcher::Result ahead = forward.run(window, false, slack, k);
    if (ahead.distance > k || ahead.end < 0)
        return { k + 1, 0, 0 };
    const BitMatcher::Result back = reversed.run(window.first(ahead.end), true, 0, ahead.distance);
    if (back.end < 0)
        return { ahead.distance, ahead.end, ahead.end };
    return { std::min(ahead.distance, back.distance), ahead.end - back.end, ahead.end };
}

Approximate bestSubstring(QStringView pattern, QStringView window, int k)
{
    QString reversedPattern(pattern.size(), Qt::Uninitialized);
    std::reverse_copy(pattern.begin(), pattern.end(), reversedPattern.begin());
    return bestSubstring(BitMatcher(pattern), BitMatcher(reversedPattern), window, int(window.size()), k);
}

struct Candidate
{
    int start = 0;
    int end = 0;
    double quoteSimilarity = 0;
    double contextSimilarity = 0;
    bool contextHolds = false;
    double score() const { return 0.6 * quoteSimilarity + 0.4 * contextSimilarity; }
};

AnchorResult findFuzzy(const ArticleText &articleText, const Annotation &a, int expected)
{
    const QString &text = articleText.text();
    const QString &quote = a.quote;
    const int length = int(quote.size());
    if (length < Anchoring::MinFuzzyQuoteLength)
        return {};
    const int maxErrors = std::min(Anchoring::MaxFuzzyErrorCount, int(std::floor(length * MaxBoundedErrors)));
    const int strictErrors = std::min(Anchoring::MaxFuzzyErrorCount, int(std::floor(length * MaxFuzzyErrors)));
    QString reversedQuote(quote.size(), Qt::Uninitialized);
    std::reverse_copy(quote.begin(), quote.end(), reversedQuote.begin());
    const BitMatcher forward(quote);
    const BitMatcher reversed(reversedQuote);

    // Where the quote might start: the stored position, right after the stored prefix, right before the
    // stored suffix, and wherever one quarter of the quote survived unchanged.
    QList<int> starts { expected };
    const QStringView prefixTail = QStringView(a.prefix).right(16);
    if (prefixTail.size() >= 6) {
        for (const int at : nearestOccurrences(text, prefixTail, expected))
            starts.append(at + int(prefixTail.size()));
    }
    const QStringView suffixHead = QStringView(a.suffix).left(16);
    if (suffixHead.size() >= 6) {
        for (const int at : nearestOccurrences(text, suffixHead, expected + length))
            starts.append(at - length);
    }
    const int chunk = length / 4;
    if (chunk >= 4) {
        for (int k = 0; k < 4; ++k) {
            for (const int at :
                 nearestOccurrences(text, QStringView(quote).mid(k * chunk, chunk), expected + k * chunk))
                starts.append(at - k * chunk);
        }
    }
    std::sort(starts.begin(), starts.end());

    const auto evaluate = [&](int start, int end, int distance) {
        Candidate c;
        c.start = start;
        c.end = end;
        c.quoteSimilarity = 1.0 - double(distance) / length;
        const double prefixSimilarity = Anchoring::similarity(a.prefix, before(text, start, Annotation::ContextLength));
        const double suffixSimilarity = Anchoring::similarity(a.suffix, after(text, end, Annotation::ContextLength));
        c.contextSimilarity = (prefixSimilarity + suffixSimilarity) / 2;
        const bool bounded
            = prefixSimilarity >= BoundingContextSimilarity && suffixSimilarity >= BoundingContextSimilarity;
        c.contextHolds = prefixSimilarity >= MinContextSimilarity && suffixSimilarity >= MinContextSimilarity
            && (distance <= strictErrors || bounded);
        return c;
    };

    // The closest substring may be a shortened one (substitutions are cheaper than a long insertion);
    // where the stored context is found around it, the context may mark the true boundaries. The variant
    // with the best overall score wins.
    const auto refine = [&](const Candidate &c) {
        const int contextErrors = int(std::floor(Annotation::ContextLength * MaxFuzzyErrors));
        int contextStart = -1;
        int contextEnd = -1;
        if (!a.prefix.isEmpty()) {
            const int pFrom = std::max(0, c.start - int(a.prefix.size()) - maxErrors);
            const Approximate p = bestSubstring(a.prefix, QStringView(text).mid(pFrom, c.end - pFrom), contextErrors);
            if (p.distance <= contextErrors)
                contextStart = pFrom + p.end;
        }
        if (!a.suffix.isEmpty()) {
            const int sFrom = std::max(c.start, contextStart);
            const int sTo = std::min(int(text.size()), c.end + int(a.suffix.size()) + maxErrors);
            if (sTo > sFrom) {
                const Approximate s = bestSubstring(a.suffix, QStringView(text).mid(sFrom, sTo - sFrom), contextErrors);
                if (s.distance <= contextErrors)
                    contextEnd = sFrom + s.start;
            }
        }
        Candidate best = c;
        const std::array<std::pair<int, int>, 3> variants {
            { { contextStart, c.end }, { c.start, contextEnd }, { contextStart, contextEnd } }
        };
        for (const auto &[start, end] : variants) {
            if (start < 0 || end < 0 || end <= start || (start == c.start && end == c.end))
                continue;
            const int distance = boundedDistance(forward, QStringView(text).mid(start, end - start), maxErrors);
            if (distance > maxErrors)
                continue;
            const Candidate v = evaluate(start, end, distance);
            if (v.score() > best.score())
                best = v;
        }
        return best;
    };

    QList<Candidate> candidates;
    int coveredUntil = -1;
    for (const int s : starts) {
        if (s <= coveredUntil)
            continue; // this window was searched already
        const int from = std::max(0, s - maxErrors - 2);
        const int to = std::min(int(text.size()), s + length + maxErrors + 2);
        if (to <= from)
            continue;
        coveredUntil = s + maxErrors / 2;
        // A short quote may start anywhere in its window; a long one within the band around s, which is what
        // keeps its cost linear in its length.
        const int slack = length <= LongQuoteLength ? to - from : s - from + maxErrors + 2;
        const Approximate match
            = bestSubstring(forward, reversed, QStringView(text).mid(from, to - from), slack, maxErrors);
        if (match.distance > maxErrors || match.end <= match.start)
            continue;
        candidates.append(evaluate(from + match.start, from + match.end, match.distance));
    }
    // Refining is the expensive step; only the leading candidates can win, so only they are refined.
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &x, const Candidate &y) { return x.score() > y.score(); });
    for (qsizetype i = 0; i < std::min<qsizetype>(3, candidates.size()); ++i)
        candidates[i] = refine(candidates.at(i));
    QList<Candidate> distinct;
    for (const Candidate &c : std::as_const(candidates)) {
        bool duplicate = false;
        for (const Candidate &other : std::as_const(distinct))
            duplicate = duplicate || (other.start == c.start && other.end == c.end);
        if (!duplicate)
            distinct.append(c);
    }
    candidates = distinct;
    if (candidates.isEmpty())
        return {};

    const auto best = std::max_element(candidates.cbegin(), candidates.cend(),
                                       [](const Candidate &x, const Candidate &y) { return x.score() < y.score(); });
    if (!best->contextHolds)
        return {};
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
        const bool overlaps = it->start < best->end && best->start < it->end;
        if (it != best && !overlaps && best->score() - it->score() < ClearLead)
            return {}; // two passages fit about equally well: attaching to either would be a guess
    }
    return { AnchorStatus::Fuzzy, best->start, best->end };
}

} // namespace

int Anchoring::editDistance(QStringView a, QStringView b)
{
    if (a.size() * b.size() > 4096) {
        const int bound = int(std::max(a.size(), b.size()));
        return boundedDistance(BitMatcher(a), b, bound);
    }
    std::vector<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[b.size()];
}

double Anchoring::similarity(QStringView a, QStringView b)
{
    const qsizetype longest = std::max(a.size(), b.size());
    if (longest == 0)
        return 1.0;
    return 1.0 - double(editDistance(a, b)) / double(longest);
}

AnchorResult Anchoring::find(const ArticleText &articleText, const Annotation &a)
{
    const QString &text = articleText.text();
    const int length = int(a.quote.size());
    const std::optional<int> stored = articleText.offsetOf({ a.part, a.paragraph, a.paragraphOffset });

    if (length == 0) {
        if (stored)
            return { AnchorStatus::Exact, *stored, *stored };
        return {};
    }
    if (stored && QStringView(text).mid(*stored, length) == a.quote)
        return { AnchorStatus::Exact, *stored, *stored + length };

    const int expected = stored ? *stored : a.start;
    const QList<int> found = occurrences(text, a.quote, 10000);
    if (!found.isEmpty()) {
        int bestAt = -1;
        int bestContext = -1;
        for (const int at : found) {
            const int context = commonTail(a.prefix, before(text, at, Annotation::ContextLength))
                + commonHead(a.suffix, after(text, at + length, Annotation::ContextLength));
            if (context > bestContext
                || (context == bestContext && std::abs(at - expected) < std::abs(bestAt - expected))) {
                bestAt = at;
                bestContext = context;
            }
        }
        // A short quote found once somewhere else with nothing around it that agrees is a coincidence
        // (a word that happens to recur), not the passage the user marked.
        const bool shortAndAlone
            = length < MinFuzzyQuoteLength * 2 && bestContext < 4 && !(a.prefix.isEmpty() && a.suffix.isEmpty());
        if (!shortAndAlone)
            return { AnchorStatus::Moved, bestAt, bestAt + length };
    }
    return findFuzzy(articleText, a, expected);
}

bool Anchoring::reanchor(const ArticleText &text, Annotation &annotation)
{
    const Annotation before = annotation;
    const AnchorResult result = find(text, annotation);
    annotation.status = result.status;
    if (result.status != AnchorStatus::Orphaned)
        annotation.placeAt(text, result.start, result.end);
    return !(annotation == before);
}

} // namespace Randnotiz
