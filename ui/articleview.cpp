#include "articleview.h"

#include "articletextview.h"
#include "collapsiblepane.h"
#include "models/articlemodel.h"
#include "models/biographymodel.h"
#include "models/mentionfinder.h"
#include "readersettings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace Randnotiz {

namespace {

using Block = ArticleTextView::Block;

// Blocks of article text, shown as the plain text annotations refer to (ArticleText::normalise), so that a
// position on screen is a position in that text. The normalised paragraphs come from the ArticleText that
// the loader made on its thread; normalising 5 MB here again would stall the window.
class TextBlocks
{
public:
    explicit TextBlocks(const ArticleText &text)
        : m_text(text)
    {
        const QList<ArticleText::Segment> &segments = text.segments();
        m_segments.reserve(segments.size());
        for (int i = 0; i < segments.size(); ++i)
            m_segments.insert(key(segments.at(i).part, segments.at(i).index), i);
    }

    Block block(const QString &raw, Block::Style style, const QString &anchor, Part part, int segment) const
    {
        Block b { normalised(raw, part, segment), style, anchor };
        b.part = part;
        b.segment = segment;
        return b;
    }

    QList<Block> paragraphs(const QStringList &texts, const QString &anchor, Part part, int firstSegment) const
    {
        QList<Block> blocks;
        blocks.reserve(texts.size());
        for (qsizetype i = 0; i < texts.size(); ++i) {
            Block b = block(texts.at(i), Block::Paragraph, anchor, part, firstSegment + int(i));
            b.paragraph = int(i);
            blocks.append(b);
        }
        return blocks;
    }

private:
    static quint64 key(Part part, int index) { return (quint64(part) << 32) | quint32(index); }

    QString normalised(const QString &raw, Part part, int segment) const
    {
        const auto it = m_segments.constFind(key(part, segment));
        if (it == m_segments.cend())
            return ArticleText::normalise(raw); // empty once normalised, so ArticleText has no segment for it
        const ArticleText::Segment &s = m_text.segments().at(*it);
        const QStringView shown = QStringView(m_text.text()).mid(s.start, s.length);
        // Most paragraphs need no normalising: then the article's own string is shared, not copied (copying
        // 5 MB into fresh memory is what stalls the window).
        return shown == raw ? raw : shown.toString();
    }

    const ArticleText &m_text;
    QHash<quint64, int> m_segments;
};

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ArticleModel(this))
    , m_biographies(new BiographyModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_reloadBar = new QFrame(this);
    m_reloadBar->setObjectName(QStringLiteral("reloadBar"));
    m_reloadBar->setFrameShape(QFrame::StyledPanel);
    m_reloadBar->setAutoFillBackground(true);
    m_reloadBar->setBackgroundRole(QPalette::AlternateBase);
    auto *barLayout = new QHBoxLayout(m_reloadBar);
    barLayout->setContentsMargins(8, 4, 8, 4);
    auto *message = new QLabel(tr("This file was changed on disk."), m_reloadBar);
    message->setObjectName(QStringLiteral("reloadMessage"));
    auto *reload = new QPushButton(tr("&Reload"), m_reloadBar);
    reload->setObjectName(QStringLiteral("reloadButton"));
    auto *dismiss = new QPushButton(tr("Keep this version"), m_reloadBar);
    dismiss->setObjectName(QStringLiteral("dismissReloadButton"));
    barLayout->addWidget(message, 1);
    barLayout->addWidget(reload);
    barLayout->addWidget(dismiss);
    connect(reload, &QPushButton::clicked, this, [this] {
        showReloadBar(false);
        emit reloadRequested();
    });
    connect(dismiss, &QPushButton::clicked, this, [this] { showReloadBar(false); });
    m_reloadBar->hide();
    layout->addWidget(m_reloadBar);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("articleScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setBackgroundRole(QPalette::Base);
    layout->addWidget(m_scroll, 1);

    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("articleContent"));
    m_content->setBackgroundRole(QPalette::Base);
    m_content->setAutoFillBackground(true);
    auto *outer = new QHBoxLayout(m_content);
    outer->setContentsMargins(24, 18, 24, 24);
    auto *columnWidget = new QWidget(m_content);
    columnWidget->setMaximumWidth(860);
    outer->addStretch(1);
    outer->addWidget(columnWidget, 100);
    outer->addStretch(1);
    m_column = new QVBoxLayout(columnWidget);
    m_column->setContentsMargins(0, 0, 0, 0);
    m_column->setSpacing(6);
    m_scroll->setWidget(m_content);
    m_baseFont = font();
}

ArticleView::~ArticleView() = default;

const Article &ArticleView::article() const
{
    return m_biographies->article();
}

ArticleTextView *ArticleView::newTextView(const QString &objectName)
{
    auto *view = new ArticleTextView;
    view->setObjectName(objectName);
    connect(view, &ArticleTextView::entryActivated, this, &ArticleView::entryActivated);
    connect(view, &ArticleTextView::highlightClicked, this, &ArticleView::highlightClicked);
    connect(view, &ArticleTextView::colorKeyPressed, this, &ArticleView::colorKeyPressed);
    connect(view, &ArticleTextView::contextMenuRequested, this, &ArticleView::contextMenuRequested);
    // One selection in the whole article: selecting in one pane clears the others.
    connect(view, &QTextEdit::selectionChanged, this, [this, view] {
        const bool has = view->textCursor().hasSelection();
        if (has && m_selectionView != view) {
            const QPointer<ArticleTextView> previous = m_selectionView;
            m_selectionView = view;
            if (previous) {
                QTextCursor c = previous->textCursor();
                c.clearSelection();
                previous->setTextCursor(c);
            }
        }
        if (m_selectionView == view)
            emit selectionChanged(has);
    });
    connect(view, &ArticleTextView::complete, this, [this] {
        if (!m_annotations.isEmpty())
            applyHighlights();
    });
    // A long article is still filling in while someone searches it: count again once all of it is there.
    connect(view, &ArticleTextView::complete, this, [this] {
        if (m_findText.isEmpty())
            return;
        setFindText(m_findText);
        emit findResultsChanged();
    });
    return view;
}

CollapsiblePane *ArticleView::addPane(const QString &kind, const QString &objectName, const QString &title)
{
    auto *pane = new CollapsiblePane(kind, title);
    pane->setObjectName(objectName);
    pane->header()->setObjectName(objectName + QStringLiteral("_header"));
    pane->setExpanded(!ReaderSettings::isPaneCollapsed(kind));
    connect(pane, &CollapsiblePane::expandedChanged, this,
            [kind](bool expanded) { ReaderSettings::setPaneCollapsed(kind, !expanded); });
    m_column->addWidget(pane);
    m_panes.append(pane);
    return pane;
}

void ArticleView::setArticle(const Article &article, const QString &path, const ArticleText &text)
{
    m_path = path;
    m_matches.clear();
    m_currentMatch = -1;
    // Everything shown is rebuilt from scratch; a reload gives a fresh view of the new text.
    while (QLayoutItem *item = m_column->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_panes.clear();
    m_body = nullptr;

    // The outline model is filled on a later turn of the event loop, so that the text paints first. A zero
    // single-shot would be a posted event, handled in the same pass as the paint; a 1 ms timer is not.
    QTimer::singleShot(1, m_model, [model = m_model, article] { model->setArticle(article); });
    m_biographies->setArticle(article);
    m_finder = std::make_unique<MentionFinder>(article.explanations());
    m_text = text.isEmpty() ? ArticleText(article) : text;
    m_annotations.clear();
    m_selectionView = nullptr;

    m_body = newTextView(QStringLiteral("bodyView"));
    const TextBlocks blocks(m_text);
    QList<Block> body { blocks.block(article.headline(), Block::Heading, QStringLiteral("body"), Part::Headline, 0) };
    body += blocks.paragraphs(article.body(), QStringLiteral("body"), Part::Body, 0);
    m_body->setBlocks(body, m_finder.get());
    m_column->addWidget(m_body);

    if (const auto &c = article.commentary()) {
        const QString title = c->title.isEmpty() ? tr("Commentary") : tr("Commentary: %1").arg(c->title);
        auto *pane = addPane(QStringLiteral("commentary"), QStringLiteral("pane_commentary"), title);
        auto *view = newTextView(QStringLiteral("view_commentary"));
        view->setBlocks(blocks.paragraphs(c->paragraphs, QStringLiteral("commentary"), Part::Commentary, 1),
                        m_finder.get());
        pane->setContent(view);
    }
    if (const auto &f = article.forecast()) {
        auto *pane = addPane(QStringLiteral("forecast"), QStringLiteral("pane_forecast"), tr("Forecast"));
        auto *view = newTextView(QStringLiteral("view_forecast"));
        view->setBlocks(blocks.paragraphs(*f, QStringLiteral("forecast"), Part::Forecast, 0), m_finder.get());
        pane->setContent(view);
    }
    if (!article.explanations().isEmpty()) {
        auto *pane
            = addPane(QStringLiteral("explanations"), QStringLiteral("pane_explanations"), tr("Persons and terms"));
        pane->setCount(tr("%n entries", nullptr, int(article.explanations().size())));
        QList<Block> entries;
        int segment = 0; // questions and paragraphs are numbered together, as in ArticleText
        for (qsizetype i = 0; i < article.explanations().size(); ++i) {
            const Explanation &e = article.explanations().at(i);
            const QString anchor = QStringLiteral("explanations/e") + QString::number(i);
            Block question = blocks.block(e.question, Block::Question, anchor, Part::Explanation, segment++);
            question.linkEntry = int(i);
            entries.append(question);
            for (const QString &p : e.paragraphs)
                entries.append(blocks.block(p, Block::Paragraph, QString(), Part::Explanation, segment++));
            if (e.linkText)
                entries.append({ tr("Wikipedia: %1").arg(*e.linkText), Block::Small, QString() });
        }
        auto *view = newTextView(QStringLiteral("view_explanations"));
        view->setBlocks(entries);
        pane->setContent(view);
    }
    int extraSegment = 0; // a section's heading counts as a segment of its own
    for (qsizetype i = 0; i < article.extraSections().size(); ++i) {
        const Section &s = article.extraSections().at(i);
        const int firstSegment = extraSegment + 1;
        extraSegment += 1 + int(s.paragraphs.size());
        const QString number = QString::number(i);
        auto *pane = addPane(QStringLiteral("section"), QStringLiteral("pane_section_") + number,
                             s.heading.isEmpty() ? tr("Section") : s.heading);
        auto *view = newTextView(QStringLiteral("view_section_") + number);
        view->setBlocks(
            blocks.paragraphs(s.paragraphs, QStringLiteral("section/") + number, Part::Extra, firstSegment));
        pane->setContent(view);
    }
    if (article.notes() || article.photo() || article.source()) {
        auto *pane = addPane(QStringLiteral("notes"), QStringLiteral("pane_notes"), tr("Notes and photo credit"));
        const QStringList notes = article.notes().value_or(QStringList());
        QList<Block> credits = blocks.paragraphs(notes, QStringLiteral("notes"), Part::Notes, 0);
        if (article.source())
            credits.append({ article.source()->line, Block::Small, QStringLiteral("notes/source") });
        if (article.photo()) {
            const QString label = tr("Photo: %1");
            Block photo = blocks.block(*article.photo(), Block::Small, QStringLiteral("notes/photo"), Part::Notes,
                                       int(notes.size()));
            photo.prefix = int(qMax(0, label.indexOf(QLatin1String("%1"))));
            photo.text = label.arg(photo.text);
            credits.append(photo);
        }
        auto *view = newTextView(QStringLiteral("view_notes"));
        view->setBlocks(credits);
        pane->setContent(view);
    }
    m_column->addStretch(1);
    connect(m_body, &ArticleTextView::firstPainted, this, &ArticleView::firstPainted);
    setZoom(ReaderSettings::zoom());
}

QList<ArticleTextView *> ArticleView::textViews() const
{
    QList<ArticleTextView *> views;
    if (m_body)
        views.append(m_body);
    for (CollapsiblePane *pane : m_panes) {
        if (auto *view = qobject_cast<ArticleTextView *>(pane->content()))
            views.append(view);
    }
    return views;
}

CollapsiblePane *ArticleView::paneOf(QWidget *widget) const
{
    for (CollapsiblePane *pane : m_panes) {
        if (pane->content() == widget)
            return pane;
    }
    return nullptr;
}

void ArticleView::scrollToWidgetY(QWidget *widget, int y)
{
    QPointer<QWidget> target(widget);
    auto apply = [this, target, y] {
        if (!target)
            return;
        m_content->layout()->activate();
        const int top = target->mapTo(m_content, QPoint(0, y)).y();
        m_scroll->verticalScrollBar()->setValue(qMax(0, top - 12));
    };
    apply();
    // A pane that was just opened gets its final height only once the layout has run.
    QTimer::singleShot(0, this, apply);
}

void ArticleView::revealAnchor(const QString &anchor)
{
    for (ArticleTextView *view : textViews()) {
        if (!view->anchors().contains(anchor))
            continue;
        if (CollapsiblePane *pane = paneOf(view)) {
            pane->setExpanded(true);
            if (view->anchors().indexOf(anchor) == 0 && !anchor.contains(QLatin1Char('/'))) {
                scrollToWidgetY(pane, 0);
                return;
            }
        }
        scrollToWidgetY(view, qMax(0, view->blockTop(anchor)));
        return;
    }
    // A part without a block of its own (a pane's anchor): scroll to its header.
    for (CollapsiblePane *pane : m_panes) {
        auto *view = qobject_cast<ArticleTextView *>(pane->content());
        if (view && !view->anchors().isEmpty() && view->anchors().constFirst().startsWith(anchor + QLatin1Char('/'))) {
            pane->setExpanded(true);
            scrollToWidgetY(pane, 0);
            return;
        }
    }
    if (anchor == QLatin1String("explanations") || anchor == QLatin1String("notes")) {
        for (CollapsiblePane *pane : m_panes) {
            if (pane->kind() == anchor) {
                pane->setExpanded(true);
                scrollToWidgetY(pane, 0);
            }
        }
    }
}

void ArticleView::setAllExpanded(bool expanded)
{
    for (CollapsiblePane *pane : m_panes)
        pane->setExpanded(expanded);
}

void ArticleView::setZoom(int points)
{
    QFont f = m_baseFont;
    const qreal base = m_baseFont.pointSizeF() > 0 ? m_baseFont.pointSizeF() : 10;
    // Reading text is a little larger than the interface text by default.
    f.setPointSizeF(qMax(4.0, base + 1 + points));
    for (ArticleTextView *view : textViews())
        view->setFont(f);
}

int ArticleView::setFindText(const QString &text)
{
    m_findText = text;
    m_matches.clear();
    m_currentMatch = -1;
    for (ArticleTextView *view : textViews()) {
        for (const QTextCursor &c : view->highlightMatches(text))
            m_matches.append({ view, c });
    }
    return int(m_matches.size());
}

int ArticleView::findNext(bool backward)
{
    if (m_matches.isEmpty())
        return -1;
    if (m_currentMatch >= 0 && m_currentMatch < m_matches.size() && m_matches.at(m_currentMatch).view)
        m_matches.at(m_currentMatch).view->setCurrentMatch(QTextCursor());
    const int n = int(m_matches.size());
    if (m_currentMatch < 0)
        m_currentMatch = backward ? n - 1 : 0;
    else
        m_currentMatch = (m_currentMatch + (backward ? n - 1 : 1)) % n;
    const Match &match = m_matches.at(m_currentMatch);
    if (!match.view)
        return -1;
    match.view->setCurrentMatch(match.cursor);
    if (CollapsiblePane *pane = paneOf(match.view))
        pane->setExpanded(true);
    m_content->layout()->activate();
    scrollToWidgetY(match.view, match.view->cursorTop(match.cursor) - 80);
    return m_currentMatch;
}

ArticleTextView *ArticleView::viewShowing(Part part, int index) const
{
    for (ArticleTextView *view : textViews()) {
        if (view->showsSegment(part, index))
            return view;
    }
    return nullptr;
}

void ArticleView::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    applyHighlights();
}

void ArticleView::applyHighlights()
{
    QHash<ArticleTextView *, QList<ArticleTextView::Highlight>> pieces;
    for (ArticleTextView *view : textViews())
        pieces.insert(view, {});
    const QList<ArticleText::Segment> &segments = m_text.segments();
    for (const Annotation &a : std::as_const(m_annotations)) {
        if (a.status == AnchorStatus::Orphaned || a.end <= a.start || a.end > m_text.text().size())
            continue;
        // One piece per paragraph the annotation covers.
        for (int i = qMax(0, m_text.segmentAt(a.start)); i < segments.size() && segments.at(i).start < a.end; ++i) {
            const ArticleText::Segment &seg = segments.at(i);
            const int from = qMax(a.start, seg.start);
            const int to = qMin(a.end, seg.end());
            if (to <= from)
                continue;
            ArticleTextView *view = viewShowing(seg.part, seg.index);
            if (!view)
                continue;
            pieces[view].append({ a.id,
                                  a.color,
                                  a.note,
                                  a.tags,
                                  { seg.part, seg.index, from - seg.start },
                                  to - seg.start,
                                  a.end <= seg.end(),
                                  a.status == AnchorStatus::Fuzzy });
        }
    }
    for (auto it = pieces.cbegin(); it != pieces.cend(); ++it)
        it.key()->setHighlights(it.value());
}

std::optional<Annotation> ArticleView::annotation(const QUuid &id) const
{
    for (const Annotation &a : m_annotations) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

std::optional<std::pair<int, int>> ArticleView::selectedRange() const
{
    if (!m_selectionView || !m_selectionView->textCursor().hasSelection())
        return std::nullopt;
    const QTextCursor c = m_selectionView->textCursor();
    const auto from = m_selectionView->locationAt(c.selectionStart(), true);
    const auto to = m_selectionView->locationAt(c.selectionEnd(), false);
    if (!from || !to)
        return std::nullopt;
    const auto start = m_text.offsetOf(*from);
    const auto end = m_text.offsetOf(*to);
    if (!start || !end || *end <= *start)
        return std::nullopt;
    // White space at either end is not part of what was meant.
    int s = *start;
    int e = *end;
    const QString &text = m_text.text();
    while (s < e && text.at(s).isSpace())
        ++s;
    while (e > s && text.at(e - 1).isSpace())
        --e;
    if (e <= s)
        return std::nullopt;
    return std::make_pair(s, e);
}

void ArticleView::clearSelection()
{
    if (!m_selectionView)
        return;
    QTextCursor c = m_selectionView->textCursor();
    c.clearSelection();
    m_selectionView->setTextCursor(c);
}

bool ArticleView::revealAnnotation(const QUuid &id)
{
    const std::optional<Annotation> a = annotation(id);
    if (!a || a->status == AnchorStatus::Orphaned)
        return false;
    const auto from = m_text.locationOf(a->start);
    const int last = m_text.segmentAt(a->end);
    if (!from || last < 0)
        return false;
    ArticleTextView *view = viewShowing(from->part, from->index);
    if (!view)
        return false;
    // The selection ends in the same view: at the annotation's end or at the end of the last segment
    // this view shows.
    ArticleText::Location to { from->part, from->index, from->offset };
    for (int i = m_text.segmentAt(a->start); i >= 0 && i <= last; ++i) {
        const ArticleText::Segment &seg = m_text.segments().at(i);
        if (!view->showsSegment(seg.part, seg.index))
            break;
        to = { seg.part, seg.index, qMin(a->end, seg.end()) - seg.start };
    }
    if (CollapsiblePane *pane = paneOf(view))
        pane->setExpanded(true);
    const QTextCursor c = view->selectRange(*from, to);
    if (c.isNull())
        return false;
    m_content->layout()->activate();
    scrollToWidgetY(view, view->cursorTop(c) - 80);
    view->setFocus(Qt::OtherFocusReason);
    return true;
}

void ArticleView::showReloadBar(bool show)
{
    m_reloadBar->setVisible(show);
}

bool ArticleView::isReloadBarVisible() const
{
    return !m_reloadBar->isHidden();
}

} // namespace Randnotiz
