#include "article/ozdparser.h"

#include "article/articlefile.h"
#include "article/textdecoder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <cstring>

namespace Randnotiz {

namespace {

enum class LineKind : quint8 {
    Blank,
    Text, // anything that is not one of the kinds below; questions are told apart later
    Heading, // a known or extra section heading, maybe with inline text after the colon
    Source, // "OZD / ©AFP"
    Photo, // "Foto: credit"
    WikiLine, // "Wikipedia-Seite: URL"
};

enum class Part : quint8 { Body, Commentary, Forecast, Explanations, Notes, Extra };

struct Line
{
    int number = 0;
    QStringView text; // into the article's text, which outlives the lines
    LineKind kind = LineKind::Blank;
    Part part = Part::Body; // for headings
    bool wrapped = false; // for headings: the paragraphs of the part it opens run over several lines
    QString payload; // heading name (extra), inline text, photo credit, link text
};

constexpr qsizetype MaxHeadlineLength = 150;
constexpr qsizetype MaxHeadingLength = 48;
constexpr int MaxHeadingWords = 4;

QRegularExpression caseless(const QString &pattern)
{
    return QRegularExpression(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// Agencies explain the same people and terms again and again, and headings, credit lines and questions come back
// in article after article, and a match of a regular expression costs many times a hash lookup. The
// answers of the pure functions below are kept per thread, a few thousand short keys at most.
template<typename Value, typename Compute>
Value remembered(QHash<QString, Value> &known, const QString &key, Compute compute)
{
    constexpr qsizetype MaxKeyLength = 512; // a long line is worked out each time, never kept
    if (key.size() > MaxKeyLength)
        return compute(key);
    if (const auto it = known.constFind(key); it != known.cend())
        return *it;
    if (known.size() >= 4096)
        known.clear();
    return *known.insert(key, compute(key));
}

const QRegularExpression &knownHeadingPattern()
{
    // Group 1..4 name the part; group 5 is text that may follow the colon of the OZD- headings.
    static const QRegularExpression re = caseless(
        QStringLiteral("^(?:(OZD\\s*-\\s*Kommentar)|(OZD\\s*-\\s*Prognose)"
                       "|(Biogra(?:ph|f)ien?\\s+(?:und|&)\\s+Erkl(?:ä|ae)rungen?)|(Hinweise?))\\s*:\\s*(.*)$"));
    return re;
}

// Normalises one physical line: tabs and no-break spaces are spaces, surrounding whitespace goes.
bool isOddSpace(char16_t u)
{
    return u < 0x20 ? (u == u'\t' || u == u'\v' || u == u'\f')
                    : (u >= 0xA0 && (u == 0xA0 || u == 0x202F || u == 0x2007));
}

// The first odd space in text, or its size. Four characters at a time: a block with every one between 0x20
// and 0x9F has no high bit set in either term and cannot hold one; only the other blocks are looked into.
qsizetype firstOddSpace(QStringView text)
{
    const char16_t *chars = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
    for (; i + 4 <= size; i += 4) {
        quint64 block = 0;
        std::memcpy(&block, chars + i, sizeof block);
        if ((((block - 0x0020002000200020ULL) | (block + 0x7F607F607F607F60ULL)) & 0x8000800080008000ULL) == 0)
            continue;
        for (qsizetype k = i; k < i + 4; ++k) {
            if (isOddSpace(chars[k]))
                return k;
        }
    }
    for (; i < size; ++i) {
        if (isOddSpace(chars[i]))
            return i;
    }
    return size;
}

// Odd spaces become spaces in the whole text at once, which is what cleaning each line did: none of them ends a
// line, and each is a space that trimming removes either way. In place when the text is not shared.
void replaceOddSpaces(QString &text)
{
    const qsizetype odd = firstOddSpace(text);
    if (odd == text.size())
        return;
    QChar *chars = text.data();
    for (qsizetype i = odd; i < text.size(); ++i) {
        if (isOddSpace(chars[i].unicode()))
            chars[i] = QLatin1Char(' ');
    }
}

// The lines, trimmed, as views into the text (whose odd spaces are replaced already): a line is copied only where
// a paragraph, a title or a question is made of it, so a wrapped paragraph once, not once per line and again
// when it is joined.
QList<QStringView> splitLines(const QString &text)
{
    QList<QStringView> lines;
    lines.reserve(std::min<qsizetype>(text.size() / 64 + 1, 4096)); // article lines are longer than 64, mostly
    const QStringView all(text);
    // The next LF and CR are remembered, so a file with only one kind of line end is scanned once.
    qsizetype nextLf = all.indexOf(QLatin1Char('\n'));
    qsizetype nextCr = all.indexOf(QLatin1Char('\r'));
    qsizetype start = 0;
    while (start < all.size()) {
        if (nextLf >= 0 && nextLf < start)
            nextLf = all.indexOf(QLatin1Char('\n'), start);
        if (nextCr >= 0 && nextCr < start)
            nextCr = all.indexOf(QLatin1Char('\r'), start);
        qsizetype end = nextLf;
        if (nextCr >= 0 && (end < 0 || nextCr < end))
            end = nextCr;
        if (end < 0) {
            lines.append(all.sliced(start).trimmed());
            break;
        }
        lines.append(all.sliced(start, end - start).trimmed());
        start = end + 1;
        if (all[end] == QLatin1Char('\r') && start < all.size() && all[start] == QLatin1Char('\n'))
            ++start;
    }
    return lines;
}

bool endsSentence(QStringView text)
{
    // Closing quotes and brackets do not end a sentence; look at what stands before them.
    while (!text.isEmpty() && QStringView(u"\"'“”«»‹›)]’").contains(text.back()))
        text.chop(1);
    return !text.isEmpty() && QStringView(u".!?…;,:").contains(text.back());
}

// The parts split(' ', Qt::SkipEmptyParts) would give, counted without making them.
int wordCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c == QLatin1Char(' ');
        words += !space && !inWord;
        inWord = !space;
    }
    return words;
}

QString joinedBySpaces(const QList<QStringView> &parts)
{
    qsizetype size = parts.size() - 1;
    for (const QStringView part : parts)
        size += part.size();
    QString joined;
    joined.reserve(size);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            joined += QLatin1Char(' ');
        joined += parts[i];
    }
    return joined;
}

bool isExtraHeading(QStringView line, QString *name)
{
    if (!line.endsWith(QLatin1Char(':')) || line.size() > MaxHeadingLength + 1)
        return false;
    const QStringView candidate = line.chopped(1).trimmed();
    if (candidate.isEmpty() || !candidate.front().isLetter() || wordCount(candidate) > MaxHeadingWords)
        return false;
    for (const QChar c : candidate) {
        if (QStringView(u".!?;,:\"„“”«»()[]/").contains(c))
            return false;
    }
    *name = candidate.toString();
    return true;
}

// What a line that starts like a heading, credit, photo or link line is, by the regular expressions; Text when
// none of them takes it.
struct Shape
{
    LineKind kind = LineKind::Text;
    Part part = Part::Body;
    QString payload;
};

Shape shapeByPatterns(const QString &text)
{
    Shape shape;
    const QChar first = text.front().toLower();
    const auto startsWith = [&text](QStringView prefix) { return text.startsWith(prefix, Qt::CaseInsensitive); };
    if ((first == QLatin1Char('o') && startsWith(u"ozd")) || (first == QLatin1Char('b') && startsWith(u"biogra"))
        || (first == QLatin1Char('h') && startsWith(u"hinwei"))) {
        const QRegularExpressionMatch m = knownHeadingPattern().match(text);
        if (m.hasMatch()) {
            shape.kind = LineKind::Heading;
            shape.part = m.capturedLength(1) ? Part::Commentary
                : m.capturedLength(2)        ? Part::Forecast
                : m.capturedLength(3)        ? Part::Explanations
                                             : Part::Notes;
            shape.payload = m.captured(5);
            // Only the distinctive OZD- headings may carry text after the colon; "Hinweise: Die Polizei
            // bittet ..." in a paragraph is a sentence, not a heading.
            if (shape.payload.isEmpty() || shape.part == Part::Commentary || shape.part == Part::Forecast)
                return shape;
            shape = Shape();
        }
    }
    if (first == QLatin1Char('o') && startsWith(u"ozd")) {
        static const QRegularExpression source = caseless(QStringLiteral("^OZD\\s*/\\s*\\S"));
        if (text.size() <= 160 && source.match(text).hasMatch()) {
            shape.kind = LineKind::Source;
            return shape;
        }
    }
    if (first == QLatin1Char('f') && startsWith(u"foto")) {
        static const QRegularExpression photo = caseless(QStringLiteral("^Fotos?\\s*:\\s*(.*)$"));
        const QRegularExpressionMatch m = photo.match(text);
        if (m.hasMatch()) {
            shape.kind = LineKind::Photo;
            shape.payload = m.captured(1);
            return shape;
        }
    }
    if (first == QLatin1Char('w') && startsWith(u"wikipedia")) {
        static const QRegularExpression wiki
            = caseless(QStringLiteral("^Wikipedia(?:\\s*-?\\s*(?:Seite|Artikel|Link))?\\s*:\\s*(.*)$"));
        const QRegularExpressionMatch m = wiki.match(text);
        if (m.hasMatch()) {
            shape.kind = LineKind::WikiLine;
            shape.payload = m.captured(1);
            return shape;
        }
    }
    return shape;
}

Line classify(int number, QStringView text)
{
    Line line { number, text, LineKind::Text, Part::Body, false, {} };
    if (text.isEmpty()) {
        line.kind = LineKind::Blank;
        return line;
    }
    // Cheap first-letter checks keep the regular expressions off ordinary paragraph lines.
    // A case-folded prefix (no letter in it has an exotic case partner) is cheaper still than a failed match.
    const QChar first = text.front().toLower();
    const auto startsWith = [&text](QStringView prefix) { return text.startsWith(prefix, Qt::CaseInsensitive); };
    if ((first == QLatin1Char('o') && startsWith(u"ozd")) || (first == QLatin1Char('b') && startsWith(u"biogra"))
        || (first == QLatin1Char('h') && startsWith(u"hinwei")) || (first == QLatin1Char('f') && startsWith(u"foto"))
        || (first == QLatin1Char('w') && startsWith(u"wikipedia"))) {
        thread_local QHash<QString, Shape> known;
        Shape shape = remembered(known, text.toString(), shapeByPatterns);
        if (shape.kind != LineKind::Text) {
            line.kind = shape.kind;
            line.part = shape.part;
            line.payload = std::move(shape.payload);
            return line;
        }
    }
    QString name;
    if (isExtraHeading(text, &name)) {
        line.kind = LineKind::Heading;
        line.part = Part::Extra;
        line.payload = name;
    }
    return line;
}

struct Question
{
    QString subject;
    SubjectKind kind = SubjectKind::Term;
    bool usual = true;
};

std::optional<Question> questionByPatterns(const QString &line)
{
    static const QRegularExpression usual = caseless(
        QStringLiteral("^(Wer|Was)\\s+(?:ist|war|sind|waren|bedeutet|bedeuten|hei(?:ß|ss)t)\\s+(.+?)\\s*\\?$"));
    const QRegularExpressionMatch m = usual.match(line);
    if (m.hasMatch()) {
        const bool person = m.captured(1).compare(QLatin1String("wer"), Qt::CaseInsensitive) == 0;
        return Question { m.captured(2), person ? SubjectKind::Person : SubjectKind::Term, true };
    }
    static const QRegularExpression other = caseless(QStringLiteral("^(Wer|Was|Wof(?:ü|ue)r|Welche[rsnm]?)\\b"));
    const QRegularExpressionMatch o = other.match(line);
    if (!o.hasMatch())
        return std::nullopt;
    const bool person = o.captured(1).compare(QLatin1String("wer"), Qt::CaseInsensitive) == 0;
    return Question { line.chopped(1).trimmed(), person ? SubjectKind::Person : SubjectKind::Term, false };
}

std::optional<Question> questionOf(QStringView line)
{
    if (!line.endsWith(QLatin1Char('?')) || line.size() > 200)
        return std::nullopt;
    thread_local QHash<QString, std::optional<Question>> known;
    return remembered(known, line.toString(), questionByPatterns);
}

// Reading a link was a tenth of parsing a folder.
std::optional<WikiLink> parsedLink(const QString &text)
{
    thread_local QHash<QString, std::optional<WikiLink>> known;
    return remembered(known, text, WikiLink::parse);
}

ParseWarning parserWarning(int line, const char *source, const QString *arg)
{
    QString message = QString::fromUtf8(source);
    QString translated = QCoreApplication::translate("Randnotiz::OzdParser", source);
    if (arg) {
        message = message.arg(*arg);
        translated = translated.arg(*arg);
    }
    if (translated == message)
        translated = message; // without a translation both share one string
    return { line, std::move(message), std::move(translated) };
}

// Walks the classified lines once, keeping the part it is in and the paragraph it is collecting.
class Builder
{
public:
    Builder(ArticleData &article, bool bodyWrapped)
        : m_a(article)
        , m_wrapped(bodyWrapped)
    { }

    // The message is kept twice: as written here (FORMAT.md, --dump-json) and in the user's language.
    void warn(int line, const char *source) { m_a.warnings.append(parserWarning(line, source, nullptr)); }
    void warn(int line, const char *source, const QString &arg)
    {
        m_a.warnings.append(parserWarning(line, source, &arg));
    }

    void text(const Line &line)
    {
        if (m_awaitingLink >= 0) {
            // "Wikipedia-Seite:" alone on its line, the address on the next one (common in wrapped files).
            if (!line.text.contains(QLatin1Char(' ')) && line.text.contains(QLatin1String("://"))) {
                setLink(std::exchange(m_awaitingLink, -1), line.number, line.text.toString());
                return;
            }
            stopWaitingForLink();
        }
        if (m_part == Part::Explanations) {
            if (const auto q = questionOf(line.text)) {
                flush();
                startEntry(line, *q);
                return;
            }
        }
        if (m_part == Part::Commentary && m_pending.isEmpty() && m_a.commentary->title.isEmpty()
            && m_a.commentary->paragraphs.isEmpty()) {
            // The line after "OZD-Kommentar:" is its title, also where the paragraphs below it are wrapped.
            m_a.commentary->title = line.text.toString();
            return;
        }
        if (m_pending.isEmpty())
            m_pendingLine = line.number;
        m_pending.append(line.text);
        if (!m_wrapped)
            flush();
    }

    void blank()
    {
        // A blank line may stand between "Wikipedia-Seite:" and its address; it does not end the wait.
        if (m_wrapped)
            flush();
    }

    void heading(const Line &line)
    {
        flush();
        stopWaitingForLink();
        m_part = line.part;
        m_wrapped = line.wrapped;
        m_entry = -1;
        switch (line.part) {
        case Part::Commentary:
            if (m_a.commentary)
                warn(line.number,
                     QT_TRANSLATE_NOOP("Randnotiz::OzdParser",
                                       "second commentary heading; its text joins the first commentary"));
            else
                m_a.commentary.emplace();
            m_commentaryLine = line.number;
            break;
        case Part::Forecast:
            if (m_a.forecast)
                warn(line.number,
                     QT_TRANSLATE_NOOP("Randnotiz::OzdParser",
                                       "second forecast heading; its text joins the first forecast"));
            else
                m_a.forecast.emplace();
            break;
        case Part::Explanations:
            if (m_seenExplanations)
                warn(line.number,
                     QT_TRANSLATE_NOOP("Randnotiz::OzdParser",
                                       "second explanations heading; its entries join the first list"));
            m_seenExplanations = true;
            m_explanationsHeading = line.text.chopped(1).trimmed().toString();
            m_explanationsLine = line.number;
            break;
        case Part::Notes:
            if (m_a.notes)
                warn(line.number,
                     QT_TRANSLATE_NOOP("Randnotiz::OzdParser", "second notes heading; its text joins the first notes"));
            else
                m_a.notes.emplace();
            break;
        case Part::Extra:
            m_a.extraSections.append({ line.payload, {} });
            m_extra = int(m_a.extraSections.size()) - 1;
            break;
        case Part::Body:
            break;
        }
        if (!line.payload.isEmpty() && line.part != Part::Extra) {
            m_pendingLine = line.number;
            m_pending.append(line.payload);
            flush();
        }
    }

    void source(const Line &line)
    {
        flush();
        stopWaitingForLink();
        if (m_a.source) {
            warn(line.number, QT_TRANSLATE_NOOP("Randnotiz::OzdParser", "second source credit; kept as text"));
            text(line);
            return;
        }
        thread_local QHash<QString, QStringList> known;
        const QString credit = line.text.toString();
        m_a.source = SourceCredit { credit, remembered(known, credit, OzdParser::agenciesOf) };
    }

    void photo(const Line &line)
    {
        flush();
        stopWaitingForLink();
        if (m_a.photo) {
            warn(line.number, QT_TRANSLATE_NOOP("Randnotiz::OzdParser", "second photo credit; kept as text"));
            text(line);
            return;
        }
        if (line.payload.isEmpty())
            warn(line.number, QT_TRANSLATE_NOOP("Randnotiz::OzdParser", "photo credit is empty"));
        m_a.photo = line.payload;
    }

    void wikiLine(const Line &line)
    {
        flush();
        if (m_part != Part::Explanations || m_entry < 0) {
            warn(
                line.number,
                QT_TRANSLATE_NOOP("Randnotiz::OzdParser", "Wikipedia link outside an explanation entry; kept as text"));
            text(line);
            return;
        }
        const Explanation &entry = m_a.explanations[m_entry];
        if (entry.linkText || m_awaitingLink >= 0) {
            warn(line.number,
                 QT_TRANSLATE_NOOP("Randnotiz::OzdParser", "second Wikipedia link for \"%1\"; kept as text"),
                 entry.subject);
            text(line);
            return;
        }
        if (line.payload.isEmpty()) {
            m_awaitingLink = m_entry;
            m_awaitingLine = line.number;
            return;
        }
        setLink(m_entry, line.number, line.payload);
    }

    void finish()
    {
        flush();
        stopWaitingForLink();
        if (m_a.commentary && m_a.commentary->title.isEmpty())
            warn(m_commentaryLine, QT_TRANSLATE_NOOP("Randnotiz::OzdParser", "commentary has no title"));
        for (const Explanation &entry : std::as_const(m_a.explanations)) {
            if (entry.paragraphs.isEmpty())
                warn(entry.line, QT_TRANSLATE_NOOP("Randnotiz::OzdParser", "entry \"%1\" has no text"), entry.subject);
        }
        if (m_seenExplanations && m_a.explanations.isEmpty() && m_looseExtra < 0)
            warn(m_explanationsLine, QT_TRANSLATE_NOOP("Randnotiz::OzdParser", "explanations heading without entries"));
    }

private:
    void stopWaitingForLink()
    {
        if (m_awaitingLink < 0)
            return;
        m_a.explanations[std::exchange(m_awaitingLink, -1)].linkText = QString();
        warn(m_awaitingLine, QT_TRANSLATE_NOOP("Randnotiz::OzdParser", "empty Wikipedia link"));
    }

    void setLink(int entryIndex, int lineNumber, const QString &link)
    {
        Explanation &entry = m_a.explanations[entryIndex];
        entry.linkText = link;
        entry.wikipedia = parsedLink(link);
        if (!entry.wikipedia)
            warn(lineNumber,
                 QT_TRANSLATE_NOOP("Randnotiz::OzdParser",
                                   "not a Wikipedia article link, it will not be fetched or opened: %1"),
                 link);
    }

    void startEntry(const Line &line, const Question &q)
    {
        if (!q.usual)
            warn(line.number,
                 QT_TRANSLATE_NOOP("Randnotiz::OzdParser",
                                   "unusual question form; the whole question is taken as the subject"));
        Explanation entry;
        entry.question = line.text.toString();
        entry.subject = q.subject;
        entry.kind = q.kind;
        entry.line = line.number;
        m_a.explanations.append(entry);
        m_entry = int(m_a.explanations.size()) - 1;
    }

    void flush()
    {
        if (m_pending.isEmpty())
            return;
        const QString paragraph = m_pending.size() == 1 ? m_pending.front().toString() : joinedBySpaces(m_pending);
        m_pending.clear();
        switch (m_part) {
        case Part::Body:
            m_a.body.append(paragraph);
            break;
        case Part::Commentary:
            if (m_a.commentary->title.isEmpty() && m_a.commentary->paragraphs.isEmpty())
                m_a.commentary->title = paragraph;
            else
                m_a.commentary->paragraphs.append(paragraph);
            break;
        case Part::Forecast:
            m_a.forecast->append(paragraph);
            break;
        case Part::Notes:
            m_a.notes->append(paragraph);
            break;
        case Part::Extra:
            m_a.extraSections[m_extra].paragraphs.append(paragraph);
            break;
        case Part::Explanations:
            if (m_entry >= 0) {
                Explanation &entry = m_a.explanations[m_entry];
                if (entry.linkText)
                    warn(m_pendingLine,
                         QT_TRANSLATE_NOOP("Randnotiz::OzdParser", "text after the Wikipedia link of \"%1\""),
                         entry.subject);
                entry.paragraphs.append(paragraph);
            } else {
                // Text before the first question has no entry to go to; it is kept as a section of its own.
                if (m_looseExtra < 0) {
                    warn(m_pendingLine,
                         QT_TRANSLATE_NOOP("Randnotiz::OzdParser",
                                           "text before the first explanation entry; kept as a section"));
                    m_a.extraSections.append({ m_explanationsHeading, {} });
                    m_looseExtra = int(m_a.extraSections.size()) - 1;
                }
                m_a.extraSections[m_looseExtra].paragraphs.append(paragraph);
            }
            break;
        }
    }

    ArticleData &m_a;
    bool m_wrapped; // the paragraphs of the current part run over several lines, blank lines end them
    Part m_part = Part::Body;
    int m_entry = -1;
    int m_extra = -1;
    int m_looseExtra = -1;
    bool m_seenExplanations = false;
    QString m_explanationsHeading;
    int m_explanationsLine = 0;
    int m_commentaryLine = 0;
    QList<QStringView> m_pending; // the lines of the paragraph being collected
    int m_pendingLine = 0;
    int m_awaitingLink = -1; // entry whose "Wikipedia-Seite:" had no address on its own line
    int m_awaitingLine = 0;
};

// How a line that is a paragraph of its own ends: like a sentence, or with the colon before a quote or list.
bool endsParagraph(QStringView text)
{
    while (!text.isEmpty() && QStringView(u"\"'“”«»‹›)]’").contains(text.back()))
        text.chop(1);
    return !text.isEmpty() && QStringView(u".!?…:").contains(text.back());
}

bool isBareAddress(QStringView text)
{
    return !text.contains(QLatin1Char(' ')) && text.contains(QLatin1String("://"));
}

// Decides the paragraph style of every part on its own (FORMAT.md, "Paragraphs"). A part is wrapped when a
// blank line stands between two of its text lines, or when one of its text lines runs on into the next: it
// does not end like a paragraph and the next line is not a new entry's question. The headline candidate, a
// commentary's title line and a bare link address are lines of their own and never run on. Each heading
// learns the style of the part it opens; returns the style of the body, which has no heading.
bool markWrappedParts(QList<Line> &lines)
{
    bool bodyWrapped = false;
    bool *wrapped = &bodyWrapped;
    Part part = Part::Body;
    const Line *previous = nullptr; // the last line that was not blank
    bool blankSincePrevious = false;
    bool ownLine = true; // the next text line stands alone: the headline candidate first, then titles
    bool previousOwnLine = false;
    for (Line &line : lines) {
        switch (line.kind) {
        case LineKind::Blank:
            blankSincePrevious = previous != nullptr;
            continue;
        case LineKind::Heading:
            wrapped = &line.wrapped;
            part = line.part;
            ownLine = line.part == Part::Commentary && line.payload.isEmpty();
            break;
        case LineKind::Text:
            if (!*wrapped && previous && previous->kind == LineKind::Text) {
                if (blankSincePrevious)
                    *wrapped = true;
                else if (!previousOwnLine && !endsParagraph(previous->text) && !isBareAddress(previous->text)
                         && !(part == Part::Explanations && questionOf(line.text)))
                    *wrapped = true;
            }
            previousOwnLine = ownLine;
            ownLine = false;
            break;
        case LineKind::Source:
        case LineKind::Photo:
        case LineKind::WikiLine:
            ownLine = ownLine && part == Part::Commentary; // a headline is the very first line
            break;
        }
        previous = &line;
        blankSincePrevious = false;
    }
    return bodyWrapped;
}

// The headline is the first line (or, in wrapped files, the first block) when it is short and does not end
// like a sentence. Returns how many lines it used, 0 when there is none.
int takeHeadline(const QList<Line> &lines, bool wrapped, ArticleData &a)
{
    int first = 0;
    while (first < lines.size() && lines[first].kind == LineKind::Blank)
        ++first;
    if (first >= lines.size() || lines[first].kind != LineKind::Text)
        return 0;
    int end = first + 1;
    if (wrapped) {
        while (end < lines.size() && lines[end].kind == LineKind::Text)
            ++end;
    }
    QList<QStringView> parts;
    qsizetype size = end - first - 1;
    for (int i = first; i < end; ++i) {
        parts.append(lines[i].text);
        size += lines[i].text.size();
    }
    if (size > MaxHeadlineLength) // not joined at all: a wrapped file's first block may be a long paragraph
        return 0;
    const QString candidate = joinedBySpaces(parts);
    if (endsSentence(candidate) || wordCount(candidate) > 20 || questionOf(candidate))
        return 0;
    // A headline needs something after it; a one-line file is a body, not a title over nothing.
    bool more = false;
    for (int i = end; i < lines.size() && !more; ++i)
        more = lines[i].kind != LineKind::Blank;
    if (!more)
        return 0;
    a.headline = candidate;
    a.headlineSource = HeadlineSource::Line;
    return end;
}

} // namespace

QString OzdParser::readableFileName(const QString &fileName)
{
    QString name = QFileInfo(fileName).completeBaseName();
    static const QRegularExpression separators(QStringLiteral("[_\\s]+|(?<=\\S)-(?=\\S)|\\.+"));
    name.replace(separators, QStringLiteral(" "));
    name = name.simplified();
    if (name.isEmpty())
        return QStringLiteral("Untitled article");
    name[0] = name[0].toUpper();
    return name;
}

QStringList OzdParser::agenciesOf(const QString &creditLine)
{
    static const QRegularExpression prefix = caseless(QStringLiteral("^OZD\\s*/\\s*"));
    static const QRegularExpression separators = caseless(QStringLiteral("\\s*(?:,|/|&|\\bund\\b)\\s*"));
    static const QRegularExpression copyright = caseless(QStringLiteral("^(?:©|\\(c\\))\\s*"));
    QString rest = creditLine;
    rest.remove(prefix);
    QStringList agencies;
    for (QString agency : rest.split(separators, Qt::SkipEmptyParts)) {
        agency.remove(copyright);
        agency = agency.trimmed();
        if (!agency.isEmpty())
            agencies.append(agency);
    }
    return agencies;
}

namespace {

// Takes the text to own it: the bytes' decoded text has its odd spaces replaced where it is, without a copy.
Article parseOwnedText(QString text, const QString &fileName, const QString &encoding)
{
    ArticleData a;
    a.file = fileName;
    a.encoding = encoding;

    replaceOddSpaces(text);
    const QList<QStringView> raw = splitLines(text);
    QList<Line> lines;
    lines.reserve(raw.size());
    for (int i = 0; i < raw.size(); ++i)
        lines.append(classify(i + 1, raw[i]));

    const bool bodyWrapped = markWrappedParts(lines);
    const int start = takeHeadline(lines, bodyWrapped, a);
    if (a.headline.isEmpty())
        a.headline = OzdParser::readableFileName(fileName);

    Builder builder(a, bodyWrapped);
    for (int i = start; i < lines.size(); ++i) {
        const Line &line = lines[i];
        switch (line.kind) {
        case LineKind::Blank:
            builder.blank();
            break;
        case LineKind::Text:
            builder.text(line);
            break;
        case LineKind::Heading:
            builder.heading(line);
            break;
        case LineKind::Source:
            builder.source(line);
            break;
        case LineKind::Photo:
            builder.photo(line);
            break;
        case LineKind::WikiLine:
            builder.wikiLine(line);
            break;
        }
    }
    builder.finish();
    std::stable_sort(a.warnings.begin(), a.warnings.end(),
                     [](const ParseWarning &l, const ParseWarning &r) { return l.line < r.line; });
    return Article(std::move(a));
}

} // namespace

Article OzdParser::parseText(const QString &text, const QString &fileName, const QString &encoding)
{
    return parseOwnedText(text, fileName, encoding);
}

ParseResult OzdParser::parseBytes(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > MaxFileBytes)
        return { Article(), QCoreApplication::translate("Randnotiz::OzdParser", "the file is larger than 20 MB") };
    DecodedText decoded = decodeArticleBytes(bytes);
    if (!decoded.ok())
        return { Article(), decoded.error };
    return { parseOwnedText(std::move(decoded.text), fileName, decoded.encoding), {} };
}

ParseResult OzdParser::parseFile(const QString &path, FileHint hint)
{
    const FileBytes file = readRegularFile(path, MaxFileBytes, hint);
    if (!file.ok())
        return { Article(), file.error };
    return parseBytes(file.bytes, path);
}

} // namespace Randnotiz
