#include "notes/anchoring.h"

#include <algorithm>
#include <cmath>
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

// The substring of window closest to pattern by edit distance (pattern aligned as a whole, the window
// freely): Sellers' algorithm, column by column, remembering where each alignment started.
Approximate bestSubstring(QStringView pattern, QStringView window)
{
    const int m = int(pattern.size());
    std::vector<int> prev(m + 1), cur(m + 1), prevStart(m + 1), curStart(m + 1);
    for (int i = 0; i <= m; ++i) {
        prev[i] = i;
        prevStart[i] = 0;
    }
    Approximate best { prev[m], 0, 0 };
    for (int j = 1; j <= window.size(); ++j) {
        cur[0] = 0;
        curStart[0] = j;
        const QChar w = window.at(j - 1);
        for (int i = 1; i <= m; ++i) {
            int value = prev[i - 1] + (pattern.at(i - 1) == w ? 0 : 1);
            int start = prevStart[i - 1];
            if (cur[i - 1] + 1 < value) {
                value = cur[i - 1] + 1;
                start = curStart[i - 1];
            }
            if (prev[i] + 1 < value) {
                value = prev[i] + 1;
                start = prevStart[i];
            }
            cur[i] = value;
            curStart[i] = start;
        }
        if (cur[m] < best.distance)
            best = Approximate { cur[m], curStart[m], j };
        std::swap(prev, cur);
        std::swap(prevStart, curStart);
    }
    return best;
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
    const int maxErrors = int(std::floor(length * MaxBoundedErrors));
    const int strictErrors = int(std::floor(length * MaxFuzzyErrors));

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
            const Approximate p = bestSubstring(a.prefix, QStringView(text).mid(pFrom, c.end - pFrom));
            if (p.distance <= contextErrors)
                contextStart = pFrom + p.end;
        }
        if (!a.suffix.isEmpty()) {
            const int sFrom = std::max(c.start, contextStart);
            const int sTo = std::min(int(text.size()), c.end + int(a.suffix.size()) + maxErrors);
            if (sTo > sFrom) {
                const Approximate s = bestSubstring(a.suffix, QStringView(text).mid(sFrom, sTo - sFrom));
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
            const int distance = Anchoring::editDistance(quote, QStringView(text).mid(start, end - start));
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
        const Approximate match = bestSubstring(quote, QStringView(text).mid(from, to - from));
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
