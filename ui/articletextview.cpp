#include "articletextview.h"

#include "articledocument.h"
#include "highlightcolors.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolTip>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace Randnotiz {

namespace {

// A readable column: about this many average characters of the reading font per line.
constexpr int ColumnCharacters = 76;
// Highlights and matches this many characters before and after the screen are drawn; computing the
// rectangles of selections further away would lay out the whole of a long document.
constexpr int CoveredChars = 40000;
// After a new width or font, a place this near the start is laid out at once (a few milliseconds); further
// down, Qt's lazy layout catches up with it in steps between events, and the view waits for it.
constexpr int AtOnceChars = 100000;
// Meanwhile the text from the place on is shown from a small copy laid out at the new width: this much of it,
// more than a screenful at 2560x1440 and 50%.
constexpr int InterimChars = 40000;

// The y of position's line in a laid-out block, plus offset lines (the part of it above the viewport).
qreal placeTop(const QTextBlock &block, int position, qreal offset)
{
    qreal top = block.document()->documentLayout()->blockBoundingRect(block).top();
    if (block.layout() && block.layout()->lineCount() > 0) {
        const QTextLine line
            = block.layout()->lineForTextPosition(qBound(0, position - block.position(), block.length() - 1));
        if (line.isValid())
            top += line.y() + offset * line.height();
    }
    return top;
}

} // namespace

ArticleTextView::ArticleTextView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    setReadOnly(true);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a long word never runs out of the column
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse
                            | Qt::LinksAccessibleByKeyboard);
    setFocusPolicy(Qt::StrongFocus);
    // The margins beside the column are part of the page.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(tr("Article text"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString href = url.toString();
        if (const auto entry = ArticleDocument::entryFromHref(href))
            emit entryActivated(*entry);
        else if (const auto part = ArticleDocument::partFromHref(href))
            togglePart(*part);
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ArticleTextView::updateSelectionsForScroll);
    m_placeTimer.setInterval(10);
    connect(&m_placeTimer, &QTimer::timeout, this, [this] { restorePlace(false); });
}

ArticleTextView::~ArticleTextView() = default;

void ArticleTextView::setArticleDocument(ArticleDocument *document)
{
    m_document = document;
    m_highlights.clear();
    m_matches.clear();
    m_currentMatch = -1;
    m_painted = false;
    m_place.reset();
    m_interim.reset();
    m_placeTimer.stop();
    // The column and the page margin first: setDocument() then lays the text out once, at the width it is read
    // at, instead of once more when the margin changes.
    updateColumn(document);
    setDocument(document);
    setExtraSelections({});
}

int ArticleTextView::columnWidth() const
{
    return int(QFontMetricsF(font()).averageCharWidth() * ColumnCharacters + 2 * 16);
}

void ArticleTextView::updateColumn(QTextDocument *document)
{
    if (!document)
        document = this->document();
    if (m_inColumnUpdate)
        return;
    // The scroll bar's room is always kept, so that the column does not jump when it appears.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int available = width() - 2 * frameWidth() - scrollBar;
    const int side = qMax(0, (available - columnWidth()) / 2);
    // In a very narrow column the page margin gives its room to the text.
    const qreal margin = qBound(2, (available - 2 * side) / 24, 16);
    if (document && !qFuzzyCompare(document->documentMargin(), margin))
        document->setDocumentMargin(margin);
    if (side == m_side)
        return;
    m_side = side;
    m_inColumnUpdate = true;
    setViewportMargins(side, 0, side, 0);
    // The viewport's own resize event can arrive merged with an earlier one and not relayout; this does,
    // lazily (QTextDocumentLayout lays out what is on screen now and the rest in steps).
    setLineWrapColumnOrWidth(lineWrapColumnOrWidth());
    m_inColumnUpdate = false;
}

// QTextEdit answers a new width with a new page size (Qt then lays out lazily, from the top) and then lays
// out synchronously down to the old scroll value: in the middle of a 5 MB article that is everything above
// the reader, over a second. So the reader's place is taken from the old layout first, the view goes to the
// top (where that costs nothing) and shows the text from the place on from a small copy, and the place is
// restored as soon as Qt's own lazy layout has reached it.
void ArticleTextView::resizeEvent(QResizeEvent *event)
{
    // The viewport's resize (QAbstractScrollArea hands it here); the width is what the layout depends on.
    if (event->size().width() != event->oldSize().width())
        beginRelayout();
    ++m_relayoutDepth;
    QTextBrowser::resizeEvent(event);
    updateColumn();
    --m_relayoutDepth;
    followRelayout();
}

void ArticleTextView::changeEvent(QEvent *event)
{
    // A new font (the zoom) is a new default font of the document: all laid out again, as for a width.
    const bool font = event->type() == QEvent::FontChange;
    if (font)
        beginRelayout();
    ++m_relayoutDepth;
    QTextBrowser::changeEvent(event);
    if (font) {
        m_side = -1;
        updateColumn();
    }
    --m_relayoutDepth;
    followRelayout();
}

void ArticleTextView::beginRelayout()
{
    if (!m_document || m_place || document()->isEmpty())
        return;
    // The old layout is still complete around the screen: asking it where the reader is costs nothing.
    QScrollBar *bar = verticalScrollBar();
    // At the very top there is no place to keep: the view stays at 0. (Asking the layout there right after the
    // tab was shown again answered with a position far down, and the view jumped to it.)
    if (bar->value() == 0)
        return;
    const QTextCursor at = cursorForPosition(QPoint(0, 0));
    const QTextBlock block = at.block();
    Place place { at.position(), 0 };
    if (block.layout() && block.layout()->lineCount() > 0) {
        const QTextLine line = block.layout()->lineForTextPosition(at.position() - block.position());
        if (line.isValid()) {
            const qreal top = document()->documentLayout()->blockBoundingRect(block).top() + line.y();
            // Above the line (a margin) counts as its top; at the very top the view stays there.
            if (bar->value() > 0)
                place.offset = qBound<qreal>(0, (bar->value() - top) / qMax<qreal>(1, line.height()), 0.99);
        }
    }
    place.waiting = place.position >= AtOnceChars;
    m_place = place;
    // At the top QTextEdit's synchronous layout after the new width is one screen.
    if (place.waiting)
        bar->setValue(0);
}

void ArticleTextView::buildInterim()
{
    // The place's block and what follows, as the reader will see them once the layout is there (without the
    // highlights): copied into a small document of its own, laid out at the new width at once.
    auto interim = std::make_unique<QTextDocument>();
    interim->setUndoRedoEnabled(false);
    interim->setDefaultFont(document()->defaultFont());
    interim->setDefaultTextOption(document()->defaultTextOption());
    interim->setDocumentMargin(document()->documentMargin());
    const QTextBlock placeBlock = document()->findBlock(m_place->position);
    QTextCursor out(interim.get());
    int chars = 0;
    for (QTextBlock block = placeBlock; block.isValid() && chars < InterimChars; block = block.next()) {
        if (!block.isVisible())
            continue;
        if (chars == 0) {
            out.setBlockFormat(block.blockFormat());
            out.setBlockCharFormat(block.charFormat());
        } else {
            out.insertBlock(block.blockFormat(), block.charFormat());
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().isValid())
                out.insertText(it.fragment().text(), it.fragment().charFormat());
        }
        chars += qMax(1, block.length());
    }
    interim->setPageSize(QSizeF(viewport()->width(), -1));
    const QTextBlock first = interim->firstBlock();
    m_interimTop = placeTop(first, first.position() + m_place->position - placeBlock.position(), m_place->offset);
    m_interim = std::move(interim);
}

void ArticleTextView::followRelayout()
{
    if (m_relayoutDepth > 0 || !m_place)
        return;
    if (!restorePlace(!m_place->waiting)) {
        m_interim.reset(); // built at the next paint, at this width (a tab not shown never builds it)
        viewport()->update();
    }
}

bool ArticleTextView::restorePlace(bool force)
{
    if (!m_place)
        return true;
    if (!force && !m_document->isLaidOutTo(m_place->position)) {
        if (!m_placeTimer.isActive())
            m_placeTimer.start();
        return false;
    }
    m_placeTimer.stop();
    const Place place = *m_place;
    // The view stood at 0 meanwhile; what it is now is how far the reader scrolled (the wheel) in between.
    const int scrolled = place.waiting ? verticalScrollBar()->value() : 0;
    m_place.reset();
    m_interim.reset();
    QTextBlock block = document()->findBlock(place.position);
    while (block.isValid() && !block.isVisible()) // folded meanwhile: the part's header
        block = block.previous();
    qreal top = 0;
    // Laid out by now (or, when forced, at this cost): nothing further down is asked for.
    if (block.isValid() && (place.position > 0 || place.offset > 0))
        top = placeTop(block, place.position, place.offset);
    setScrollValue(qMax(0, qRound(top)) + scrolled);
    applySelections();
    viewport()->update();
    return true;
}

void ArticleTextView::dropPlace()
{
    if (!m_place)
        return;
    m_placeTimer.stop();
    m_place.reset();
    m_interim.reset();
    viewport()->update();
}

void ArticleTextView::scrollContentsBy(int dx, int dy)
{
    // While the layout catches up the interim copy is drawn; scrolling the viewport's pixels would also ask Qt
    // for the text cursor's rectangle, which may be far down.
    if (m_place) {
        viewport()->update();
        return;
    }
    QTextBrowser::scrollContentsBy(dx, dy);
}

void ArticleTextView::setHighlights(const QList<Highlight> &highlights)
{
    m_highlights = highlights;
    applySelections();
    viewport()->update();
}

int ArticleTextView::highlightCount() const
{
    QList<QUuid> ids;
    for (const Highlight &h : m_highlights) {
        if (!ids.contains(h.id))
            ids.append(h.id);
    }
    return int(ids.size());
}

QUuid ArticleTextView::highlightAt(const QPoint &viewportPos) const
{
    const QTextCursor at = cursorForPosition(viewportPos);
    // The cursor lands between characters: the character under the point is on one side of it.
    const int character = viewportPos.x() < cursorRect(at).x() ? at.position() - 1 : at.position();
    QUuid best;
    int bestLength = std::numeric_limits<int>::max();
    QHash<QUuid, int> lengths;
    for (const Highlight &h : m_highlights)
        lengths[h.id] += h.to - h.from;
    for (const Highlight &h : m_highlights) {
        if (character < h.from || character >= h.to)
            continue;
        // Overlapping highlights: the innermost (shortest) one is the one meant.
        const int length = lengths.value(h.id);
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
        if (h.id == id)
            return characterRect(h.from);
    }
    return {};
}

QRect ArticleTextView::characterRect(int position) const
{
    QTextCursor c(document());
    c.setPosition(position);
    const QRect start = cursorRect(c);
    c.setPosition(qMin(position + 1, document()->characterCount() - 1));
    const QRect next = cursorRect(c);
    const int right = next.top() == start.top() ? next.left() : start.left() + 2;
    return QRect(start.topLeft(), QPoint(qMax(right, start.left() + 2), start.bottom()));
}

QRect ArticleTextView::headerRect(int part) const
{
    if (!m_document || part < 0 || part >= m_document->partCount())
        return {};
    const QTextBlock header = m_document->findBlockByNumber(m_document->headerBlock(part));
    // Past the room for the arrow: on the title's text, which is the link that folds.
    return characterRect(header.position() + 4);
}

void ArticleTextView::setFindMatches(const QList<int> &starts, int length, int current)
{
    const bool same = current == m_currentMatch && length == m_matchLength && starts.size() == m_matches.size()
        && (starts.isEmpty() || starts.constData() == m_matches.constData());
    m_matches = starts;
    m_matchLength = length;
    m_currentMatch = current;
    if (!same)
        applySelections();
}

int ArticleTextView::firstVisiblePosition() const
{
    if (m_place)
        return m_place->position;
    return cursorForPosition(QPoint(0, 0)).position();
}

void ArticleTextView::updateSelectionsForScroll()
{
    if (m_place || (m_highlights.isEmpty() && m_matches.isEmpty()))
        return;
    const int top = firstVisiblePosition();
    const int bottom = cursorForPosition(QPoint(viewport()->width(), viewport()->height())).position();
    if (top < m_coveredFrom || bottom > m_coveredTo)
        applySelections();
}

void ArticleTextView::applySelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_document) {
        setExtraSelections(selections);
        return;
    }
    const int top = firstVisiblePosition();
    const int bottom = m_place ? top : cursorForPosition(QPoint(viewport()->width(), viewport()->height())).position();
    m_coveredFrom = qMax(0, top - CoveredChars);
    m_coveredTo = bottom + CoveredChars;
    const auto cursor = [this](int from, int to) {
        QTextCursor c(document());
        c.setPosition(from);
        c.setPosition(to, QTextCursor::KeepAnchor);
        return c;
    };
    for (const Highlight &h : std::as_const(m_highlights)) {
        if (h.to < m_coveredFrom || h.from > m_coveredTo)
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
        selections.append({ cursor(h.from, h.to), format });
    }
    // The matches around the screen, at most MaxFindHighlights of them.
    m_drawnMatches = 0;
    if (!m_matches.isEmpty()) {
        const auto first = std::lower_bound(m_matches.cbegin(), m_matches.cend(), m_coveredFrom);
        const auto last = std::upper_bound(first, m_matches.cend(), m_coveredTo);
        auto from = first;
        auto to = last;
        if (to - from > MaxFindHighlights) {
            const auto centre = std::lower_bound(first, last, top);
            from = std::max(first, centre - MaxFindHighlights / 2);
            to = std::min(last, from + MaxFindHighlights);
        }
        QTextCharFormat all;
        all.setBackground(QColor(255, 200, 0, 110));
        for (auto it = from; it != to; ++it)
            selections.append({ cursor(*it, *it + m_matchLength), all });
        m_drawnMatches = int(to - from);
        if (m_currentMatch >= 0 && m_currentMatch < m_matches.size()) {
            QTextCharFormat current;
            current.setBackground(palette().brush(QPalette::Highlight));
            current.setForeground(palette().brush(QPalette::HighlightedText));
            const int at = m_matches.at(m_currentMatch);
            selections.append({ cursor(at, at + m_matchLength), current });
        }
    }
    if (m_flashColor.isValid() && m_flashTo > m_flashFrom) {
        QTextCharFormat flash;
        flash.setBackground(m_flashColor);
        selections.append({ cursor(m_flashFrom, m_flashTo), flash });
    }
    setExtraSelections(selections);
}

void ArticleTextView::setFlash(int from, int to, const QColor &color)
{
    m_flashFrom = from;
    m_flashTo = to;
    m_flashColor = color;
    applySelections();
}

void ArticleTextView::setScrollValue(int value)
{
    QScrollBar *bar = verticalScrollBar();
    // The scroll range follows the layout a turn later; the place is known now.
    if (value > bar->maximum())
        bar->setMaximum(value);
    bar->setValue(value);
}

void ArticleTextView::scrollToPosition(int position, int margin)
{
    dropPlace(); // a new place
    QTextCursor c(document());
    c.setPosition(qBound(0, position, document()->characterCount() - 1));
    const int y = verticalScrollBar()->value() + cursorRect(c).top() - margin;
    setScrollValue(qMax(0, y));
    QTimer::singleShot(0, this, [this, c, margin, set = verticalScrollBar()->value()] {
        if (m_place)
            return; // a new width or font since: the place kept is this one, and asking now would lay out to it
        if (verticalScrollBar()->value() != set)
            return; // scrolled elsewhere since (the reader, a find): that place wins
        const int again = verticalScrollBar()->value() + cursorRect(c).top() - margin;
        if (cursorRect(c).top() < 0 || cursorRect(c).bottom() > viewport()->height())
            setScrollValue(qMax(0, again));
    });
}

void ArticleTextView::keepingPlace(int part, bool folding, const std::function<void()> &change)
{
    settlePlace();
    // The reader's place: the first block on screen and how far its top is above the viewport's.
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    QTextBlock place = cursorForPosition(QPoint(0, 0)).block();
    const int placePart = m_document->partOfBlock(place.blockNumber());
    if (folding && placePart >= 0 && (part < 0 || placePart == part))
        place = m_document->findBlockByNumber(m_document->headerBlock(placePart));
    const qreal offset = layout->blockBoundingRect(place).top() - verticalScrollBar()->value();
    change();
    setScrollValue(qMax(0, qRound(layout->blockBoundingRect(place).top() - offset)));
    applySelections();
    viewport()->update();
}

void ArticleTextView::setPartExpanded(int part, bool expanded)
{
    if (!m_document || part < 0 || part >= m_document->partCount() || m_document->isPartExpanded(part) == expanded)
        return;
    keepingPlace(part, !expanded, [this, part, expanded] { m_document->setPartExpanded(part, expanded); });
}

void ArticleTextView::setAllExpanded(bool expanded)
{
    if (!m_document)
        return;
    keepingPlace(-1, !expanded, [this, expanded] { m_document->setAllExpanded(expanded); });
}

void ArticleTextView::togglePart(int part)
{
    if (!m_document || part < 0 || part >= m_document->partCount())
        return;
    const bool focused = headerUnderCursor() == part;
    setPartExpanded(part, !m_document->isPartExpanded(part));
    if (focused) {
        // Keep the header focused, so that Space or Enter folds it back.
        const QTextBlock header = m_document->findBlockByNumber(m_document->headerBlock(part));
        QTextCursor c(document());
        c.setPosition(header.position());
        c.setPosition(header.position() + header.length() - 1, QTextCursor::KeepAnchor);
        setTextCursor(c);
    }
}

int ArticleTextView::headerUnderCursor() const
{
    const QTextCursor c = textCursor();
    if (!m_document || !c.hasSelection())
        return -1;
    const QTextBlock block = document()->findBlock(c.selectionStart());
    if (!m_document->isHeader(block.blockNumber()))
        return -1;
    return m_document->partOfBlock(block.blockNumber());
}

bool ArticleTextView::focusNextPrevChild(bool next)
{
    settlePlace();
    // Tab walks the headers and links; those of a folded part are skipped.
    for (int guard = 0; guard < 100000; ++guard) {
        if (!QTextBrowser::focusNextPrevChild(next))
            return false;
        if (!hasFocus() || !textCursor().hasSelection() || textCursor().block().isVisible())
            return true;
    }
    return true;
}

void ArticleTextView::paintEvent(QPaintEvent *event)
{
    if (m_place) {
        // Until the layout has reached the reader's place (a fraction of a second in a 5 MB article), the text
        // from there on, from the interim copy; painting the document there now would lay out all above it.
        QPainter painter(viewport());
        painter.fillRect(event->rect(), palette().brush(QPalette::Base));
        if (!m_interim && m_place->waiting)
            buildInterim();
        if (m_interim) {
            const qreal top = m_interimTop + verticalScrollBar()->value(); // the wheel still scrolls
            painter.translate(0, -top);
            QAbstractTextDocumentLayout::PaintContext context;
            context.palette = palette();
            context.clip = QRectF(event->rect()).translated(0, top);
            m_interim->documentLayout()->draw(&painter, context);
        }
        return;
    }
    QTextBrowser::paintEvent(event);
    if (!m_document)
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const int scroll = verticalScrollBar()->value();
    const int horizontal = horizontalScrollBar()->value();
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    // The fold arrow of every header on screen.
    QTextBlock block = cursorForPosition(QPoint(0, 0)).block();
    for (; block.isValid(); block = block.next()) {
        if (!block.isVisible())
            continue;
        const QRectF rect = layout->blockBoundingRect(block).translated(-horizontal, -scroll);
        if (rect.top() > viewport()->height())
            break;
        if (!m_document->isHeader(block.blockNumber()) || !block.layout() || block.layout()->lineCount() == 0)
            continue;
        const QTextLine line = block.layout()->lineAt(0);
        const qreal h = line.ascent() * 0.55;
        const QPointF at(rect.left() + line.x() + 2, rect.top() + line.y() + line.ascent() - h);
        QPainterPath arrow;
        if (m_document->isPartExpanded(m_document->partOfBlock(block.blockNumber()))) {
            arrow.moveTo(at);
            arrow.lineTo(at + QPointF(h * 1.2, 0));
            arrow.lineTo(at + QPointF(h * 0.6, h));
        } else {
            arrow.moveTo(at + QPointF(h * 0.2, -h * 0.1));
            arrow.lineTo(at + QPointF(h * 1.0, h * 0.5));
            arrow.lineTo(at + QPointF(h * 0.2, h * 1.1));
        }
        arrow.closeSubpath();
        painter.fillPath(arrow, palette().color(QPalette::WindowText));
    }
    // A note marker: a small dot raised at the end of every highlight on screen that carries a note.
    for (const Highlight &h : std::as_const(m_highlights)) {
        if (h.note.isEmpty() || !h.last || h.to < m_coveredFrom || h.from > m_coveredTo)
            continue;
        QTextCursor end(document());
        end.setPosition(h.to);
        if (!end.block().isVisible())
            continue;
        const QRect caret = cursorRect(end);
        if (caret.bottom() < 0 || caret.top() > viewport()->height())
            continue;
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

void ArticleTextView::keyPressEvent(QKeyEvent *event)
{
    // Keys move in the text the reader sees; a modifier alone (Ctrl before the next zoom) does not.
    if (event->key() != Qt::Key_Control && event->key() != Qt::Key_Shift && event->key() != Qt::Key_Alt
        && event->key() != Qt::Key_Meta && event->key() != Qt::Key_AltGr)
        settlePlace();
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    // Space folds the header that Tab reached; Enter does so as a link.
    if (event->key() == Qt::Key_Space && modifiers == Qt::NoModifier) {
        if (const int part = headerUnderCursor(); part >= 0) {
            togglePart(part);
            event->accept();
            return;
        }
    }
    // 1-5 highlight the selection in the five colours (also from the number pad).
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
    settlePlace(); // the click is on the text the reader sees
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
    settlePlace();
    emit contextMenuRequested(event->globalPos(), highlightAt(event->pos()));
    event->accept();
}

bool ArticleTextView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_place)
        return true; // no tooltip for the picture shown meanwhile
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

} // namespace Randnotiz
