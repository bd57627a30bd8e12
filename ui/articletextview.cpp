#include "articletextview.h"

#include "highlightcolors.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>
#include <QUrl>

#include <cmath>
#include <limits>

namespace Randnotiz {

namespace {

const QString entryPrefix = QStringLiteral("entry-");

} // namespace

ArticleTextView::ArticleTextView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    setReadOnly(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse);
    setFocusPolicy(Qt::ClickFocus);
    viewport()->setAutoFillBackground(false);
    setAutoFillBackground(false);
    document()->setDocumentMargin(2);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &ArticleTextView::updateHeight);
    m_fill.setInterval(0);
    connect(&m_fill, &QTimer::timeout, this, [this] {
        appendBlocks(SliceChars, SliceMilliseconds);
        if (isComplete()) {
            m_fill.stop();
            emit complete();
        }
    });
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString fragment = url.fragment();
        if (!fragment.startsWith(entryPrefix))
            return;
        bool ok = false;
        const int entry = fragment.mid(entryPrefix.size()).toInt(&ok);
        if (ok)
            emit entryActivated(entry);
    });
}

ArticleTextView::~ArticleTextView() = default;

void ArticleTextView::setBlocks(const QList<Block> &blocks, const MentionFinder *finder)
{
    m_blocks = blocks;
    m_finder = finder;
    rebuild();
}

void ArticleTextView::rebuild()
{
    m_fill.stop();
    m_matches.clear();
    m_current = QTextCursor();
    m_mentions.clear();
    m_anchors.clear();
    m_refs.clear();
    m_segmentBlocks.clear();
    m_next = 0;
    document()->clear();
    // A screenful at once, so that the first paint shows text; the rest in slices between events, so that a
    // huge article never blocks the window.
    appendBlocks(FirstSliceChars, 0);
    if (m_next < m_blocks.size())
        m_fill.start();
    else
        emit complete();
}

bool ArticleTextView::isComplete() const
{
    return m_next >= m_blocks.size();
}

void ArticleTextView::appendBlocks(qsizetype maxChars, int maxMilliseconds)
{
    QElapsedTimer timer;
    timer.start();
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();

    QTextCharFormat linkFormat;
    linkFormat.setAnchor(true);
    linkFormat.setForeground(palette().brush(QPalette::Link));
    linkFormat.setUnderlineStyle(QTextCharFormat::DotLine);

    qsizetype chars = 0;
    while (m_next < m_blocks.size() && chars < maxChars
           && (maxMilliseconds <= 0 || timer.elapsed() < maxMilliseconds)) {
        const qsizetype i = m_next++;
        const Block &b = m_blocks.at(i);
        chars += b.text.size();
        QTextBlockFormat blockFormat;
        blockFormat.setBottomMargin(b.style == Block::Question ? 2 : 10);
        blockFormat.setTopMargin(b.style == Block::Question && i > 0 ? 10 : 0);
        blockFormat.setLineHeight(b.style == Block::Paragraph ? 125 : 100, QTextBlockFormat::ProportionalHeight);
        QTextCharFormat charFormat;
        switch (b.style) {
        case Block::Heading:
            charFormat.setFontWeight(QFont::Bold);
            charFormat.setProperty(QTextFormat::FontSizeAdjustment, 3);
            blockFormat.setBottomMargin(14);
            break;
        case Block::Question:
            charFormat.setFontWeight(QFont::DemiBold);
            break;
        case Block::Small:
            charFormat.setForeground(palette().brush(QPalette::PlaceholderText));
            charFormat.setProperty(QTextFormat::FontSizeAdjustment, -1);
            blockFormat.setBottomMargin(4);
            break;
        case Block::Paragraph:
            break;
        }
        if (i == 0) {
            cursor.setBlockFormat(blockFormat);
            cursor.setBlockCharFormat(charFormat);
        } else {
            cursor.insertBlock(blockFormat, charFormat);
        }
        m_anchors.append(b.paragraph < 0 ? b.anchor : b.anchor + QStringLiteral("/p") + QString::number(b.paragraph));
        if (b.segment >= 0)
            m_segmentBlocks.insert(segmentKey(b.part, b.segment), int(m_refs.size()));
        m_refs.append({ b.part, b.segment, b.prefix });
        const int blockStart = cursor.position();
        // insertText() takes the text as it is: nothing in an article is ever read as markup.
        if (m_finder && b.style == Block::Paragraph) {
            int done = 0;
            for (const Mention &m : m_finder->find(b.text)) {
                cursor.insertText(b.text.mid(done, m.start - done), charFormat);
                QTextCharFormat f = charFormat;
                f.merge(linkFormat);
                QUrl href;
                href.setFragment(entryPrefix + QString::number(m.entry));
                f.setAnchorHref(href.toString());
                f.setToolTip(tr("Show the entry about this"));
                m_mentions.append({ blockStart + m.start, m.length, m.entry });
                cursor.insertText(b.text.mid(m.start, m.length), f);
                done = m.start + m.length;
            }
            cursor.insertText(b.text.mid(done), charFormat);
        } else if (b.linkEntry >= 0) {
            QTextCharFormat f = charFormat;
            f.setAnchor(true);
            QUrl href;
            href.setFragment(entryPrefix + QString::number(b.linkEntry));
            f.setAnchorHref(href.toString());
            f.setToolTip(tr("Show in the biography panel"));
            cursor.insertText(b.text, f);
        } else {
            cursor.insertText(b.text, charFormat);
        }
    }
    cursor.endEditBlock();
    updateHeight();
    // Highlights in the slice that just arrived.
    if (!m_highlights.isEmpty())
        applySelections();
}

std::optional<ArticleText::Location> ArticleTextView::locationAt(int position, bool forward) const
{
    QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return std::nullopt;
    int n = block.blockNumber();
    if (n >= m_refs.size())
        return std::nullopt;
    if (m_refs.at(n).segment < 0) {
        // Not article text (a link line, a credit): the nearest segment in the given direction.
        const int step = forward ? 1 : -1;
        do
            n += step;
        while (n >= 0 && n < m_refs.size() && m_refs.at(n).segment < 0);
        if (n < 0 || n >= m_refs.size())
            return std::nullopt;
        block = document()->findBlockByNumber(n);
        position = forward ? block.position() : block.position() + block.length() - 1;
    }
    const BlockRef &ref = m_refs.at(n);
    const int length = qMax(0, block.length() - 1 - ref.prefix);
    const int offset = qBound(0, position - block.position() - ref.prefix, length);
    return ArticleText::Location { ref.part, ref.segment, offset };
}

int ArticleTextView::positionOf(const ArticleText::Location &location) const
{
    const auto it = m_segmentBlocks.constFind(segmentKey(location.part, location.index));
    if (it == m_segmentBlocks.cend())
        return -1;
    const QTextBlock block = document()->findBlockByNumber(*it);
    if (!block.isValid())
        return -1;
    const int length = block.length() - 1 - m_refs.at(*it).prefix;
    return block.position() + m_refs.at(*it).prefix + qBound(0, location.offset, qMax(0, length));
}

QTextCursor ArticleTextView::cursorFor(const Highlight &highlight) const
{
    const int start = positionOf(highlight.from);
    const int end = positionOf({ highlight.from.part, highlight.from.index, highlight.to });
    if (start < 0 || end <= start)
        return {};
    QTextCursor c(document());
    c.setPosition(start);
    c.setPosition(end, QTextCursor::KeepAnchor);
    return c;
}

void ArticleTextView::setHighlights(const QList<Highlight> &highlights)
{
    m_highlights = highlights;
    applySelections();
    viewport()->update();
}

QUuid ArticleTextView::highlightAt(const QPoint &viewportPos) const
{
    const int position = cursorForPosition(viewportPos).position();
    // The cursor lands between characters: the character under the point is on one side of it.
    const QRect caret = cursorRect(cursorForPosition(viewportPos));
    const int character = viewportPos.x() < caret.x() ? position - 1 : position;
    QUuid best;
    int bestLength = std::numeric_limits<int>::max();
    for (const Highlight &h : m_highlights) {
        const QTextCursor c = cursorFor(h);
        if (c.isNull() || character < c.selectionStart() || character >= c.selectionEnd())
            continue;
        // Overlapping highlights: the innermost (shortest) one is the one meant.
        const int length = c.selectionEnd() - c.selectionStart();
        if (length < bestLength) {
            bestLength = length;
            best = h.id;
        }
    }
    return best;
}

QRect ArticleTextView::highlightRect(const QUuid &id) const
{
    for (const Highlight &h : m_highlights) {
        if (h.id != id)
            continue;
        const QTextCursor c = cursorFor(h);
        if (!c.isNull())
            return characterRect(c.selectionStart());
    }
    return {};
}

QTextCursor ArticleTextView::selectRange(const ArticleText::Location &from, const ArticleText::Location &to)
{
    const int start = positionOf(from);
    const int end = positionOf(to);
    if (start < 0 || end < start)
        return {};
    QTextCursor c(document());
    c.setPosition(start);
    c.setPosition(end, QTextCursor::KeepAnchor);
    setTextCursor(c);
    return c;
}

int ArticleTextView::blockTop(const QString &anchor) const
{
    const qsizetype i = m_anchors.indexOf(anchor);
    if (i < 0)
        return -1;
    const QTextBlock block = document()->findBlockByNumber(int(i));
    if (!block.isValid())
        return -1;
    return int(document()->documentLayout()->blockBoundingRect(block).top()) + frameWidth();
}

int ArticleTextView::cursorTop(const QTextCursor &cursor) const
{
    return cursorRect(cursor).top() + viewport()->y();
}

QRect ArticleTextView::mentionRect(int n) const
{
    if (n < 0 || n >= m_mentions.size())
        return {};
    // The first character of the link: enough to click it.
    return characterRect(m_mentions.at(n).position);
}

QRect ArticleTextView::characterRect(int position) const
{
    QTextCursor c(document());
    c.setPosition(position);
    const QRect start = cursorRect(c);
    c.setPosition(position + 1);
    const QRect next = cursorRect(c);
    return QRect(start.topLeft(), QPoint(qMax(next.left(), start.left() + 2), start.bottom()));
}

QList<QTextCursor> ArticleTextView::highlightMatches(const QString &text)
{
    m_matches.clear();
    m_current = QTextCursor();
    if (!text.isEmpty()) {
        QTextCursor c(document());
        while (true) {
            c = document()->find(text, c);
            if (c.isNull())
                break;
            m_matches.append(c);
        }
    }
    applySelections();
    return m_matches;
}

void ArticleTextView::setCurrentMatch(const QTextCursor &match)
{
    m_current = match;
    applySelections();
}

void ArticleTextView::applySelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const Highlight &h : std::as_const(m_highlights)) {
        const QTextCursor c = cursorFor(h);
        if (c.isNull())
            continue;
        QTextCharFormat format;
        format.setBackground(highlightBackground(h.color, palette()));
        if (h.uncertain) {
            // A wavy line, as for a word to check: the text here changed since the note was made.
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(palette().color(QPalette::WindowText));
        } else if (!h.note.isEmpty()) {
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            format.setUnderlineColor(swatchColor(h.color).darker(130));
        }
        selections.append({ c, format });
    }
    QTextCharFormat all;
    all.setBackground(QColor(255, 200, 0, 110));
    for (const QTextCursor &c : std::as_const(m_matches))
        selections.append({ c, all });
    if (!m_current.isNull()) {
        QTextCharFormat current;
        current.setBackground(palette().brush(QPalette::Highlight));
        current.setForeground(palette().brush(QPalette::HighlightedText));
        selections.append({ m_current, current });
    }
    setExtraSelections(selections);
}

QSize ArticleTextView::sizeHint() const
{
    return QSize(400, height());
}

QSize ArticleTextView::minimumSizeHint() const
{
    return QSize(100, height());
}

void ArticleTextView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateHeight();
}

void ArticleTextView::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    // A note marker: a small dot raised at the end of every highlight that carries a note.
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Highlight &h : std::as_const(m_highlights)) {
        if (h.note.isEmpty() || !h.last)
            continue;
        const QTextCursor c = cursorFor(h);
        if (c.isNull())
            continue;
        QTextCursor end(document());
        end.setPosition(c.selectionEnd());
        const QRect caret = cursorRect(end);
        const qreal r = qMax(2.5, fontMetrics().height() / 7.0);
        painter.setPen(QPen(palette().color(QPalette::Base), 1));
        painter.setBrush(swatchColor(h.color).darker(140));
        painter.drawEllipse(QPointF(caret.left() + r, caret.top() + r), r, r);
    }
    if (!m_painted && !document()->isEmpty()) {
        m_painted = true;
        emit firstPainted();
    }
}

void ArticleTextView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // Link and muted colours come from the palette; a new palette (dark theme) needs them again.
    if (event->type() == QEvent::PaletteChange && !m_blocks.isEmpty())
        rebuild();
}

void ArticleTextView::keyPressEvent(QKeyEvent *event)
{
    // 1-5 highlight the selection in the five colours (also from the number pad).
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (textCursor().hasSelection() && modifiers == Qt::NoModifier && event->key() >= Qt::Key_1
        && event->key() <= Qt::Key_5) {
        emit colorKeyPressed(AllColors.at(std::size_t(event->key() - Qt::Key_1)));
        event->accept();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

void ArticleTextView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QTextBrowser::mousePressEvent(event);
}

void ArticleTextView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    // A click (not a drag that selected text) on a highlight selects it in the notes panel.
    if (event->button() != Qt::LeftButton || textCursor().hasSelection()
        || (event->position().toPoint() - m_pressPos).manhattanLength() > 4)
        return;
    const QUuid id = highlightAt(event->position().toPoint());
    if (!id.isNull())
        emit highlightClicked(id);
}

void ArticleTextView::contextMenuEvent(QContextMenuEvent *event)
{
    emit contextMenuRequested(event->globalPos(), highlightAt(event->pos()));
    event->accept();
}

bool ArticleTextView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QUuid id = highlightAt(help->pos());
        for (const Highlight &h : std::as_const(m_highlights)) {
            if (h.id != id || (h.note.isEmpty() && h.tags.isEmpty() && !h.uncertain))
                continue;
            // The note is the user's plain text: escaped, line breaks kept.
            QString tip = h.note.toHtmlEscaped();
            if (h.uncertain) {
                tip = tr("The text here has changed since this was marked; confirm the place from the context menu.")
                    + (tip.isEmpty() ? QString() : QStringLiteral("\n\n")) + tip;
            }
            if (!h.tags.isEmpty())
                tip += (tip.isEmpty() ? QString() : QStringLiteral("\n\n")) + QLatin1Char('#')
                    + h.tags.join(QStringLiteral(" #")).toHtmlEscaped();
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("<p style='white-space:pre-wrap'>") + tip + QStringLiteral("</p>"),
                               viewport());
            return true;
        }
    }
    return QTextBrowser::viewportEvent(event);
}

void ArticleTextView::updateHeight()
{
    const int h = int(std::ceil(document()->size().height())) + 2 * frameWidth();
    if (h != height()) {
        setFixedHeight(h);
        updateGeometry();
    }
    verticalScrollBar()->setValue(0);
}

} // namespace Randnotiz
