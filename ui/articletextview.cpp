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
}

ArticleTextView::~ArticleTextView() = default;

void ArticleTextView::setArticleDocument(ArticleDocument *document)
{
    m_document = document;
    m_highlights.clear();
    m_matches.clear();
    m_currentMatch = -1;
    m_painted = false;
    setDocument(document);
    setExtraSelections({});
    updateColumn();
}

int ArticleTextView::columnWidth() const
{
    return int(QFontMetricsF(font()).averageCharWidth() * ColumnCharacters + 2 * 16);
}

void ArticleTextView::updateColumn()
{
    if (m_inColumnUpdate)
        return;
    // The scroll bar's room is always kept, so that the column does not jump when it appears.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int available = width() - 2 * frameWidth() - scrollBar;
    const int side = qMax(0, (available - columnWidth()) / 2);
    // In a very narrow column the page margin gives its room to the text.
    const qreal margin = qBound(2, (available - 2 * side) / 24, 16);
    if (document() && !qFuzzyCompare(document()->documentMargin(), margin))
        document()->setDocumentMargin(margin);
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

void ArticleTextView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateColumn();
}

void ArticleTextView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_side = -1;
        updateColumn();
    }
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
    return cursorForPosition(QPoint(0, 0)).position();
}

void ArticleTextView::updateSelectionsForScroll()
{
    if (m_highlights.isEmpty() && m_matches.isEmpty())
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
    const int bottom = cursorForPosition(QPoint(viewport()->width(), viewport()->height())).position();
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
    QTextCursor c(document());
    c.setPosition(qBound(0, position, document()->characterCount() - 1));
    const int y = verticalScrollBar()->value() + cursorRect(c).top() - margin;
    setScrollValue(qMax(0, y));
    QTimer::singleShot(0, this, [this, c, margin] {
        const int again = verticalScrollBar()->value() + cursorRect(c).top() - margin;
        if (cursorRect(c).top() < 0 || cursorRect(c).bottom() > viewport()->height())
            setScrollValue(qMax(0, again));
    });
}

void ArticleTextView::keepingPlace(int part, bool folding, const std::function<void()> &change)
{
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

} // namespace Randnotiz
