#include "articletextview.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

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
    QTextCursor c(document());
    c.setPosition(m_mentions.at(n).position);
    const QRect start = cursorRect(c);
    c.setPosition(m_mentions.at(n).position + 1);
    const QRect next = cursorRect(c);
    // The first character of the link: enough to click it.
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
