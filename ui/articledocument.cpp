#include "articledocument.h"

#include "models/mentionfinder.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QUrl>

#include <algorithm>

namespace Randnotiz {

namespace {

const QString entryPrefix = QStringLiteral("entry-");
const QString partPrefix = QStringLiteral("part-");
// Room at the start of a header for the fold arrow the view paints there.
const QString arrowRoom = QStringLiteral("   ");
const QString countSeparator = QStringLiteral("  \u00b7  ");

std::optional<int> numberAfter(const QString &href, const QString &prefix)
{
    const QString fragment = QUrl(href).fragment();
    if (!fragment.startsWith(prefix))
        return std::nullopt;
    bool ok = false;
    const int n = QStringView(fragment).mid(prefix.size()).toInt(&ok);
    return ok && n >= 0 ? std::optional<int>(n) : std::nullopt;
}

bool belongsTo(const ArticleText::Segment &segment, const ArticleDocument::PartSpec &spec)
{
    return segment.part == spec.part && (spec.group < 0 || segment.group == spec.group);
}

} // namespace

ArticleDocument::ArticleDocument(QObject *parent)
    : QTextDocument(parent)
{
    setUndoRedoEnabled(false);
    setDocumentMargin(16);
    // A word longer than the column (a link, a compound at 300%) breaks rather than running out of it.
    QTextOption option = defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setDefaultTextOption(option);
}

ArticleDocument::~ArticleDocument() = default;

QString ArticleDocument::entryHref(int entry)
{
    return QLatin1Char('#') + entryPrefix + QString::number(entry);
}

QString ArticleDocument::partHref(int part)
{
    return QLatin1Char('#') + partPrefix + QString::number(part);
}

std::optional<int> ArticleDocument::entryFromHref(const QString &href)
{
    return numberAfter(href, entryPrefix);
}

std::optional<int> ArticleDocument::partFromHref(const QString &href)
{
    return numberAfter(href, partPrefix);
}

void ArticleDocument::setContent(const Article &article, const ArticleText &text, int partCount,
                                 const PartSource &parts, const MentionFinder *finder, const QPalette &palette)
{
    clear();
    m_text = text;
    m_article = article;
    m_source = parts;
    m_partTotal = partCount;
    m_finder = finder;
    m_palette = palette;
    m_blocks.clear();
    m_parts.clear();
    m_mentions.clear();
    m_allExpanded.reset();
    m_segmentBlock.fill(-1, text.segments().size());
    m_next = 0;
    m_segment = 0;
    m_parts.reserve(partCount);

    const QList<ArticleText::Segment> &segments = m_text.segments();
    // The headline and the body do not fold.
    while (m_segment < segments.size()
           && (segments.at(m_segment).part == Part::Headline || segments.at(m_segment).part == Part::Body)) {
        const ArticleText::Segment &seg = segments.at(m_segment);
        Block b;
        b.style = seg.part == Part::Headline ? Style::Headline : Style::Paragraph;
        b.mentions = seg.part == Part::Body;
        b.segment = int(m_segment);
        b.row = seg.row;
        m_blocks.append(b);
        ++m_segment;
    }
    if (m_blocks.isEmpty()) // an article without a headline still has its first block
        m_blocks.append(Block());
}

int ArticleDocument::addBlock(Block block)
{
    m_blocks.append(std::move(block));
    return int(m_blocks.size()) - 1;
}

void ArticleDocument::planPart(PartSpec spec)
{
    const QList<ArticleText::Segment> &segments = m_text.segments();
    const int index = int(m_parts.size());
    if (m_allExpanded)
        spec.expanded = *m_allExpanded;
    PartState state { std::move(spec), -1, -1 };
    const PartSpec &p = state.spec;
    Block header;
    header.style = Style::Header;
    header.part = index;
    const QString suffix = p.count.isEmpty() ? QString() : countSeparator + p.count;
    const qsizetype at = p.heading.isEmpty() ? -1 : p.title.lastIndexOf(p.heading);
    if (at >= 0 && m_segment < segments.size() && belongsTo(segments.at(m_segment), p)
        && segments.at(m_segment).role == ArticleText::Role::Heading) {
        // The article's own heading is article text inside the header: it can be found and marked.
        header.segment = int(m_segment);
        header.before = arrowRoom + p.title.left(at);
        header.after = p.title.mid(at + p.heading.size()) + suffix;
        ++m_segment;
    } else {
        header.before = arrowRoom + p.title + suffix;
    }
    state.header = addBlock(header);

    int entry = -1; // the explanation whose blocks come last
    const auto closeEntry = [&] {
        const QList<Explanation> &entries = m_article.explanations();
        if (entry >= 0 && entry < entries.size() && entries.at(entry).linkText) {
            Block link;
            link.style = Style::Small;
            link.part = index;
            link.before = tr("Wikipedia: %1").arg(*entries.at(entry).linkText);
            addBlock(link);
        }
        entry = -1;
    };
    bool sourceShown = false;
    const auto addSource = [&] {
        if (sourceShown || p.part != Part::Notes || !m_article.source())
            return;
        sourceShown = true;
        Block source;
        source.style = Style::Small;
        source.source = true;
        source.part = index;
        source.before = m_article.source()->line;
        addBlock(source);
    };
    while (m_segment < segments.size() && belongsTo(segments.at(m_segment), p)) {
        const ArticleText::Segment &seg = segments.at(m_segment);
        Block b;
        b.part = index;
        b.segment = int(m_segment);
        b.row = seg.row;
        if (p.part == Part::Explanation && seg.group != entry) {
            closeEntry();
            entry = seg.group;
        }
        switch (seg.role) {
        case ArticleText::Role::Question:
            b.style = Style::Question;
            b.entry = seg.group;
            break;
        case ArticleText::Role::Credit: {
            addSource();
            const QString label = tr("Photo: %1");
            const qsizetype arg = label.indexOf(QLatin1String("%1"));
            b.style = Style::Small;
            b.before = label.left(qMax<qsizetype>(0, arg));
            b.after = arg < 0 ? QString() : label.mid(arg + 2);
            break;
        }
        default:
            b.style = Style::Paragraph;
            b.mentions = seg.part == Part::Commentary || seg.part == Part::Forecast;
            break;
        }
        addBlock(b);
        ++m_segment;
    }
    closeEntry();
    addSource();
    state.last = int(m_blocks.size());
    m_parts.append(std::move(state));
}

bool ArticleDocument::isLaidOutTo(int position) const
{
    if (pageSize().width() <= 0 || isEmpty())
        return true; // not shown in a view: nothing is laid out lazily
    QTextBlock block = findBlock(qBound(0, position, characterCount() - 1));
    // A folded part's blocks get no lines; the visible block before them (at the latest their header) tells.
    while (block.isValid() && !block.isVisible())
        block = block.previous();
    return !block.isValid() || (block.layout() && block.layout()->lineCount() > 0);
}

bool ArticleDocument::fill(qsizetype maxChars, int maxMilliseconds)
{
    if (!isComplete() && !isLaidOutTo(characterCount() - 1)) {
        // Qt's lazy layout reaches the end in steps between events; a fill now would force it in one go.
        // Should it never get there (nothing drives it), a few seconds later the fill goes on anyway.
        constexpr qint64 MaxWait = 3000;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (m_waitingSince < 0)
            m_waitingSince = now;
        if (now - m_waitingSince < MaxWait)
            return false;
    }
    m_waitingSince = -1;
    QElapsedTimer timer;
    timer.start();
    QTextCursor cursor(this);
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();

    QTextCharFormat linkFormat;
    linkFormat.setAnchor(true);
    linkFormat.setForeground(m_palette.brush(QPalette::Link));
    linkFormat.setUnderlineStyle(QTextCharFormat::DotLine);
    linkFormat.setToolTip(tr("Show the entry about this"));

    qsizetype chars = 0;
    while (!isComplete() && chars < maxChars && (maxMilliseconds <= 0 || timer.elapsed() < maxMilliseconds)) {
        if (m_next >= m_blocks.size()) {
            planPart(m_source(int(m_parts.size())));
            continue;
        }
        const qsizetype i = m_next++;
        const Block &b = m_blocks.at(i);
        QTextBlockFormat blockFormat;
        blockFormat.setBottomMargin(10);
        blockFormat.setLineHeight(b.style == Style::Paragraph ? 125 : 100, QTextBlockFormat::ProportionalHeight);
        QTextCharFormat charFormat;
        switch (b.style) {
        case Style::Headline:
            charFormat.setFontWeight(QFont::Bold);
            // Large, but at 300% in the narrowest column every letter still fits a line (a glyph wider than
            // the line would stop it from wrapping).
            charFormat.setProperty(QTextFormat::FontSizeAdjustment, 2);
            blockFormat.setBottomMargin(14);
            break;
        case Style::Header:
            charFormat.setFontWeight(QFont::Bold);
            charFormat.setProperty(QTextFormat::FontSizeAdjustment, 1);
            charFormat.setAnchor(true);
            charFormat.setAnchorHref(partHref(b.part));
            charFormat.setForeground(m_palette.brush(QPalette::WindowText));
            blockFormat.setTopMargin(14);
            blockFormat.setBottomMargin(8);
            break;
        case Style::Question:
            charFormat.setFontWeight(QFont::DemiBold);
            charFormat.setAnchor(true);
            charFormat.setAnchorHref(entryHref(b.entry));
            charFormat.setToolTip(tr("Show in the biography panel"));
            blockFormat.setTopMargin(6);
            blockFormat.setBottomMargin(2);
            break;
        case Style::Small:
            charFormat.setForeground(m_palette.brush(QPalette::PlaceholderText));
            charFormat.setProperty(QTextFormat::FontSizeAdjustment, -1);
            blockFormat.setBottomMargin(4);
            break;
        case Style::Paragraph:
            break;
        }
        if (i == 0) {
            cursor.setBlockFormat(blockFormat);
            cursor.setBlockCharFormat(charFormat);
        } else {
            cursor.insertBlock(blockFormat, charFormat);
        }
        if (b.part >= 0 && !m_parts.at(b.part).spec.expanded && m_parts.at(b.part).header != i)
            cursor.block().setVisible(false);
        // insertText() takes the text as it is: nothing in an article is ever read as markup.
        if (!b.before.isEmpty())
            cursor.insertText(b.before, charFormat);
        if (b.segment >= 0) {
            m_segmentBlock[b.segment] = int(i);
            const ArticleText::Segment &seg = m_text.segments().at(b.segment);
            const QString shown = m_text.text().mid(seg.start, seg.length);
            chars += shown.size();
            if (m_finder && b.mentions) {
                const int start = cursor.position();
                qsizetype done = 0;
                for (const Randnotiz::Mention &m : m_finder->find(shown)) {
                    cursor.insertText(shown.mid(done, m.start - done), charFormat);
                    QTextCharFormat f = charFormat;
                    f.merge(linkFormat);
                    f.setAnchorHref(entryHref(m.entry));
                    m_mentions.append({ start + m.start, m.length, m.entry });
                    cursor.insertText(shown.mid(m.start, m.length), f);
                    done = m.start + m.length;
                }
                cursor.insertText(shown.mid(done), charFormat);
            } else {
                cursor.insertText(shown, charFormat);
            }
        }
        if (!b.after.isEmpty())
            cursor.insertText(b.after, charFormat);
        chars += b.before.size() + b.after.size() + 1;
    }
    cursor.endEditBlock();
    return isComplete();
}

int ArticleDocument::positionOf(int offset) const
{
    const int s = m_text.segmentAt(offset);
    if (s < 0 || m_segmentBlock.at(s) < 0)
        return -1;
    const ArticleText::Segment &seg = m_text.segments().at(s);
    const QTextBlock block = findBlockByNumber(m_segmentBlock.at(s));
    const int prefix = int(m_blocks.at(block.blockNumber()).before.size());
    return block.position() + prefix + qBound(0, offset - seg.start, seg.length);
}

std::optional<int> ArticleDocument::offsetAt(int position, bool forward) const
{
    QTextBlock block = findBlock(position);
    if (!block.isValid() || block.blockNumber() >= m_next)
        return std::nullopt;
    int n = block.blockNumber();
    if (m_blocks.at(n).segment < 0) {
        const int step = forward ? 1 : -1;
        do
            n += step;
        while (n >= 0 && n < m_next && m_blocks.at(n).segment < 0);
        if (n < 0 || n >= m_next)
            return std::nullopt;
        block = findBlockByNumber(n);
        position = forward ? block.position() : block.position() + block.length() - 1;
    }
    const Block &b = m_blocks.at(n);
    const ArticleText::Segment &seg = m_text.segments().at(b.segment);
    return seg.start + qBound(0, position - block.position() - int(b.before.size()), seg.length);
}

QList<std::pair<int, int>> ArticleDocument::rangesOf(int start, int end) const
{
    QList<std::pair<int, int>> ranges;
    const QList<ArticleText::Segment> &segments = m_text.segments();
    for (int i = qMax(0, m_text.segmentAt(start)); i >= 0 && i < segments.size() && segments.at(i).start < end; ++i) {
        const ArticleText::Segment &seg = segments.at(i);
        const int from = qMax(start, seg.start);
        const int to = qMin(end, seg.end());
        if (to <= from || m_segmentBlock.at(i) < 0)
            continue;
        const int at = positionOf(from);
        ranges.append({ at, at + (to - from) });
    }
    return ranges;
}

int ArticleDocument::partIndex(const QString &name) const
{
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).spec.name == name)
            return int(i);
    }
    return -1;
}

int ArticleDocument::partOfBlock(int block) const
{
    return block >= 0 && block < m_blocks.size() ? m_blocks.at(block).part : -1;
}

int ArticleDocument::partAt(int position) const
{
    return partOfBlock(findBlock(position).blockNumber());
}

bool ArticleDocument::isHeader(int block) const
{
    return block >= 0 && block < m_blocks.size() && m_blocks.at(block).style == Style::Header;
}

void ArticleDocument::setPartExpanded(int part, bool expanded)
{
    PartState &state = m_parts[part];
    if (state.spec.expanded == expanded)
        return;
    state.spec.expanded = expanded;
    const int last = int(qMin<qsizetype>(state.last, m_next));
    if (last > state.header + 1) {
        const QTextBlock first = findBlockByNumber(state.header + 1);
        QTextBlock block = first;
        for (int n = state.header + 1; n < last && block.isValid(); ++n, block = block.next())
            block.setVisible(expanded);
        const QTextBlock end = findBlockByNumber(last - 1);
        relayout(first.position(), end.position() + end.length() - first.position());
    }
    // The header's arrow is painted by the view; it changed too.
    const QTextBlock header = findBlockByNumber(state.header);
    if (header.isValid())
        markContentsDirty(header.position(), header.length());
    emit partExpandedChanged(part, expanded);
}

void ArticleDocument::relayout(int from, int length)
{
    // Hidden blocks are laid out as empty. A small range is laid out again at once; a large one (a huge
    // part, all parts) lazily, as on a new width: what is on screen first, the rest in steps between events.
    constexpr int AtOnce = 64 * 1024;
    if (length <= AtOnce)
        markContentsDirty(from, length);
    else
        setPageSize(pageSize());
}

void ArticleDocument::setAllExpanded(bool expanded)
{
    m_allExpanded = expanded;
    int from = -1;
    int to = -1;
    for (PartState &state : m_parts) {
        if (state.spec.expanded == expanded)
            continue;
        state.spec.expanded = expanded;
        const int last = int(qMin<qsizetype>(state.last, m_next));
        QTextBlock block = findBlockByNumber(state.header);
        if (from < 0)
            from = block.position();
        block = block.next();
        for (int n = state.header + 1; n < last && block.isValid(); ++n, block = block.next())
            block.setVisible(expanded);
        const QTextBlock end = findBlockByNumber(qMax(state.header, last - 1));
        to = end.position() + end.length();
    }
    if (from < 0)
        return;
    relayout(from, to - from);
    emit allExpandedChanged(expanded);
}

int ArticleDocument::blockOfAnchor(const QString &anchor) const
{
    if (anchor == QLatin1String("body"))
        return 0;
    const auto number = [](QStringView s) {
        bool ok = false;
        const int n = s.toInt(&ok);
        return ok ? n : -1;
    };
    if (anchor.startsWith(QLatin1String("body/p"))) {
        const int row = number(QStringView(anchor).mid(6));
        for (qsizetype n = 0; n < m_blocks.size() && m_blocks.at(n).part < 0; ++n) {
            if (m_blocks.at(n).row == row && m_blocks.at(n).style == Style::Paragraph)
                return int(n);
        }
        return -1;
    }
    for (const PartState &p : m_parts) {
        if (anchor == p.spec.anchor)
            return p.header;
        const QString prefix = p.spec.anchor + QLatin1Char('/');
        if (!anchor.startsWith(prefix))
            continue;
        const QStringView rest = QStringView(anchor).mid(prefix.size());
        for (int n = p.header + 1; n < p.last; ++n) {
            const Block &b = m_blocks.at(n);
            if ((rest.startsWith(u'p') && b.row == number(rest.mid(1)) && b.style == Style::Paragraph)
                || (rest.startsWith(u'e') && b.entry >= 0 && b.entry == number(rest.mid(1)))
                || (rest == u"source" && b.source)
                || (rest == u"photo" && b.segment >= 0
                    && m_text.segments().at(b.segment).role == ArticleText::Role::Credit))
                return n;
        }
        return p.header;
    }
    return -1;
}

} // namespace Randnotiz
