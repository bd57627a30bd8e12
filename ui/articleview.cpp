#include "articleview.h"

#include "articledocument.h"
#include "articletextview.h"
#include "models/articlemodel.h"
#include "models/biographymodel.h"
#include "models/mentionfinder.h"
#include "readersettings.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

namespace Randnotiz {

namespace {

QString kindOf(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Commentary:
        return QStringLiteral("commentary");
    case ItemKind::Forecast:
        return QStringLiteral("forecast");
    case ItemKind::Explanations:
        return QStringLiteral("explanations");
    case ItemKind::ExtraSection:
        return QStringLiteral("section");
    case ItemKind::NotesAndCredits:
        return QStringLiteral("notes");
    default:
        return {};
    }
}

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
    auto *message = new QLabel(m_reloadBar);
    message->setObjectName(QStringLiteral("reloadMessage"));
    auto *reload = new QPushButton(m_reloadBar);
    reload->setObjectName(QStringLiteral("reloadButton"));
    auto *dismiss = new QPushButton(m_reloadBar);
    dismiss->setObjectName(QStringLiteral("dismissReloadButton"));
    m_texts.add([message, reload, dismiss] {
        message->setText(tr("This file was changed on disk."));
        reload->setText(tr("&Reload"));
        dismiss->setText(tr("Keep this version"));
    });
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

    m_view = new ArticleTextView(this);
    m_view->setObjectName(QStringLiteral("articleText"));
    // The column keeps the scroll bar's room anyway; a bar that appears once the text is laid out would narrow the
    // viewport and lay it all out again.
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
    m_baseFont = m_view->font();
    connect(m_view, &ArticleTextView::entryActivated, this, &ArticleView::entryActivated);
    connect(m_view, &ArticleTextView::firstPainted, this, &ArticleView::firstPainted);
    connect(m_view, &ArticleTextView::highlightClicked, this, &ArticleView::highlightClicked);
    connect(m_view, &ArticleTextView::colorKeyPressed, this, &ArticleView::colorKeyPressed);
    connect(m_view, &ArticleTextView::contextMenuRequested, this, &ArticleView::contextMenuRequested);
    connect(m_view, &QTextEdit::selectionChanged, this,
            [this] { emit selectionChanged(m_view->textCursor().hasSelection()); });

    m_texts.add([this] { m_view->setAccessibleName(ArticleTextView::tr("Article text")); });
    m_retranslate.setSingleShot(true);
    m_retranslate.setInterval(0);
    connect(&m_retranslate, &QTimer::timeout, this, &ArticleView::retranslate);

    // A flash: strong for a moment, then it fades and is gone.
    m_flash.setDuration(1200);
    m_flash.setKeyValueAt(0.0, 1.0);
    m_flash.setKeyValueAt(0.4, 1.0);
    m_flash.setKeyValueAt(1.0, 0.0);
    connect(&m_flash, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        QColor color = palette().color(QPalette::Highlight);
        color.setAlphaF(float(0.6 * value.toReal()));
        m_view->setFlash(m_flashRange.first, m_flashRange.second, color);
    });
    connect(&m_flash, &QVariantAnimation::finished, this, [this] {
        m_flashRange = { 0, 0 };
        m_view->setFlash(0, 0, QColor());
    });

    m_fill.setInterval(0);
    connect(&m_fill, &QTimer::timeout, this, &ArticleView::fillSlice);
    m_findTimer.setInterval(0);
    connect(&m_findTimer, &QTimer::timeout, this, [this] {
        scanFind(FindSliceMilliseconds);
        const bool done = isFindComplete();
        if (done)
            m_findTimer.stop();
        m_view->setFindMatches(m_matches, int(m_findText.size()), m_currentMatch);
        // The count shown grows as it is counted, a few times a second rather than at every slice.
        if (done || ++m_findSlices % 16 == 0)
            emit findResultsChanged();
    });
}

ArticleView::~ArticleView() = default;

const Article &ArticleView::article() const
{
    return m_biographies->article();
}

void ArticleView::setArticle(const Article &article, const QString &path, const ArticleText &text)
{
    m_path = path;
    m_fill.stop();
    m_pendingReveal.reset(); // its offsets were the old text's
    m_findTimer.stop();
    m_matches.clear();
    m_currentMatch = -1;
    m_haystack.clear();
    m_haystackNext = QTextBlock();
    m_annotations.clear();

    m_model->setArticle(article);
    m_biographies->setArticle(article);
    m_finder = std::make_unique<MentionFinder>(article.explanations());
    m_text = text.isEmpty() ? ArticleText(article) : text;
    m_placeAfterFill.reset();
    m_mentionAfterFill.reset();
    build();
}

void ArticleView::build(const QList<bool> &expanded)
{
    const Article &article = m_biographies->article();
    m_fill.stop();
    m_findTimer.stop();
    m_flash.stop();
    m_flashRange = { 0, 0 };
    m_view->setFlash(0, 0, QColor());
    // Matches are document positions: counted again in the new document (filled()).
    m_matches.clear();
    m_haystack.clear();
    m_haystackNext = QTextBlock();
    m_findFrom = 0;

    // The document walks the model's parts, as it fills in; ArticleText says which segments each shows.
    auto collapsed = std::make_shared<QHash<QString, bool>>(); // per kind: one settings lookup, not one per part
    const auto source = [model = QPointer<ArticleModel>(m_model), article, collapsed, expanded](int n) {
        ArticleDocument::PartSpec spec;
        const QModelIndex index = model ? model->index(n + 1, 0) : QModelIndex();
        const auto kind = ItemKind(index.data(KindRole).toInt());
        spec.kind = kindOf(kind);
        spec.anchor = index.data(AnchorRole).toString();
        spec.title = index.data(TitleRole).toString();
        spec.name = QStringLiteral("pane_") + spec.kind;
        switch (kind) {
        case ItemKind::Commentary:
            spec.part = Part::Commentary;
            spec.heading = article.commentary() ? article.commentary()->title : QString();
            break;
        case ItemKind::Forecast:
            spec.part = Part::Forecast;
            break;
        case ItemKind::Explanations:
            spec.part = Part::Explanation;
            spec.count = tr("%n entries", nullptr, int(article.explanations().size()));
            break;
        case ItemKind::ExtraSection: {
            const int section = QStringView(spec.anchor).mid(spec.anchor.indexOf(QLatin1Char('/')) + 1).toInt();
            spec.part = Part::Extra;
            spec.group = section;
            spec.name += QLatin1Char('_') + QString::number(section);
            spec.heading = article.extraSections().value(section).heading;
            break;
        }
        default:
            spec.part = Part::Notes;
            break;
        }
        if (n < expanded.size()) {
            spec.expanded = expanded.at(n);
            return spec;
        }
        auto known = collapsed->constFind(spec.kind);
        if (known == collapsed->cend())
            known = collapsed->insert(spec.kind, ReaderSettings::isPaneCollapsed(spec.kind));
        spec.expanded = !*known;
        return spec;
    };

    // The reading font first: the document is then laid out once in it, not once more when the zoom is applied.
    setZoom(ReaderSettings::zoom());
    // A reload gives a fresh document of the new text.
    ArticleDocument *old = m_document;
    m_document = new ArticleDocument(this);
    m_document->setDefaultFont(m_view->font());
    m_document->setContent(article, m_text, qMax(0, m_model->rowCount() - 1), source, m_finder.get(),
                           m_view->palette());
    connect(m_document, &ArticleDocument::partExpandedChanged, this, [this](int part, bool expanded) {
        ReaderSettings::setPaneCollapsed(m_document->part(part).kind, !expanded);
    });
    connect(m_document, &ArticleDocument::allExpandedChanged, this, [this](bool expanded) {
        // Once per kind, not once per part.
        QStringList kinds;
        for (int i = 0; i < m_document->partCount(); ++i) {
            if (!kinds.contains(m_document->part(i).kind))
                kinds.append(m_document->part(i).kind);
        }
        for (const QString &kind : std::as_const(kinds))
            ReaderSettings::setPaneCollapsed(kind, !expanded);
    });
    // A screenful at once, so that the first paint shows text; the rest in slices between events, so that a
    // huge article never blocks the window.
    m_document->fill(FirstSliceChars, 0);
    // No page until the view gives it its width: QTextEdit::setDocument() would otherwise lay the text out for
    // each of its settings (a new layout, the text option, the width) instead of once, at the width it is read at.
    m_document->setPageSize(QSizeF(0, 0));
    m_view->setArticleDocument(m_document);
    delete old;
    if (m_document->isComplete())
        filled();
    else
        m_fill.start();
}

void ArticleView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_retranslate.start();
    QWidget::changeEvent(event);
}

void ArticleView::retranslate()
{
    m_texts.apply();
    if (!m_document)
        return;
    // The part headers, counts and labels are text of the document: it is made again, with the parts folded as
    // they are, the notes and the find, and at the reader's place.
    const std::optional<int> place = readingOffset();
    QList<bool> expanded;
    for (int i = 0; i < m_document->partCount(); ++i)
        expanded.append(m_document->isPartExpanded(i));
    const std::optional<std::pair<int, int>> selection = selectedRange();
    const int match = m_currentMatch;
    m_model->setArticle(m_biographies->article()); // the parts' titles, in the outline too
    build(expanded);
    if (selection && isComplete()) {
        const QList<std::pair<int, int>> ranges = m_document->rangesOf(selection->first, selection->second);
        if (!ranges.isEmpty()) {
            QTextCursor c(m_document);
            c.setPosition(ranges.constFirst().first);
            c.setPosition(ranges.constLast().second, QTextCursor::KeepAnchor);
            m_view->setTextCursor(c);
        }
    }
    if (match >= 0 && match < m_matches.size()) {
        m_currentMatch = match;
        m_view->setFindMatches(m_matches, int(m_findText.size()), m_currentMatch);
    }
    if (place && !scrollToOffset(*place))
        m_placeAfterFill = place;
}

void ArticleView::fillSlice()
{
    const QPointer<ArticleDocument> document = m_document;
    if (!document || document->fill(SliceChars, SliceMilliseconds)) {
        m_fill.stop();
        filled();
    } else {
        // While the layout catches up with a new width the fill waits; no need to ask at full speed.
        m_fill.setInterval(document->isLaidOutTo(document->characterCount() - 1) ? 0 : 10);
    }
}

void ArticleView::filled()
{
    if (!m_annotations.isEmpty())
        applyHighlights();
    if (const auto reveal = std::exchange(m_pendingReveal, std::nullopt))
        revealTextRange(reveal->first, reveal->second);
    // A long article was still filling in while someone searched it: count again now that all is there.
    if (!m_findText.isEmpty()) {
        setFindText(m_findText);
        emit findResultsChanged();
    }
    if (const std::optional<int> place = std::exchange(m_placeAfterFill, std::nullopt))
        scrollToOffset(*place);
    if (const std::optional<int> mention = std::exchange(m_mentionAfterFill, std::nullopt))
        showMention(*mention);
}

bool ArticleView::isComplete() const
{
    return m_document && m_document->isComplete();
}

int ArticleView::partCount() const
{
    return m_document ? m_document->partCount() : 0;
}

int ArticleView::partIndex(const QString &name) const
{
    return m_document ? m_document->partIndex(name) : -1;
}

QString ArticleView::partKind(int part) const
{
    return m_document->part(part).kind;
}

QString ArticleView::partHeaderText(int part) const
{
    return m_document->findBlockByNumber(m_document->headerBlock(part)).text().trimmed();
}

bool ArticleView::isPartExpanded(int part) const
{
    return m_document->isPartExpanded(part);
}

void ArticleView::setPartExpanded(int part, bool expanded)
{
    m_view->setPartExpanded(part, expanded);
}

void ArticleView::expandPartAt(int position)
{
    const int part = m_document->partAt(position);
    // A position in a folded part's blocks; its header stays visible anyway.
    if (part >= 0 && !m_document->isPartExpanded(part)
        && m_document->findBlock(position).blockNumber() != m_document->headerBlock(part))
        m_view->setPartExpanded(part, true);
}

void ArticleView::revealAnchor(const QString &anchor)
{
    if (!m_document)
        return;
    const int block = m_document->blockOfAnchor(anchor);
    if (block < 0)
        return;
    const int part = m_document->partOfBlock(block);
    if (part >= 0)
        m_view->setPartExpanded(part, true);
    const int position = m_document->findBlockByNumber(block).position();
    m_view->scrollToPosition(position, 12);
}

void ArticleView::setAllExpanded(bool expanded)
{
    m_view->setAllExpanded(expanded);
}

void ArticleView::setZoom(int points)
{
    QFont f = m_baseFont;
    const qreal base = m_baseFont.pointSizeF() > 0 ? m_baseFont.pointSizeF() : 10;
    // Reading text is a little larger than the interface text by default.
    f.setPointSizeF(qMax(4.0, base + 1 + points));
    m_view->setFont(f);
}

int ArticleView::setFindText(const QString &text)
{
    m_findTimer.stop();
    m_findText = text;
    m_matches.clear();
    m_currentMatch = -1;
    m_findFrom = 0;
    m_findSlices = 0;
    // The document's text has the document's positions (as toPlainText() writes it, every character keeps its
    // place); copied block by block in the slices, because toPlainText() of 5 MB at once was a 40 ms stall.
    m_haystack.clear();
    m_haystackNext = text.isEmpty() || !m_document ? QTextBlock() : m_document->begin();
    if (m_haystackNext.isValid())
        m_haystack.reserve(m_document->characterCount());
    if (!text.isEmpty()) {
        scanFind(FindSliceMilliseconds);
        if (!isFindComplete())
            m_findTimer.start();
    }
    m_view->setFindMatches(m_matches, int(text.size()), -1);
    return matchCount();
}

bool ArticleView::isFindComplete() const
{
    return m_findText.isEmpty() || (!m_haystackNext.isValid() && m_findFrom > m_haystack.size() - m_findText.size());
}

void ArticleView::copyHaystack(qsizetype characters)
{
    const qsizetype until = m_haystack.size() + characters;
    while (m_haystackNext.isValid() && m_haystack.size() < until) {
        // Between blocks (and at frames) toPlainText() writes a line break for every position.
        const int position = m_haystackNext.position();
        if (m_haystack.size() < position)
            m_haystack.append(QString(position - m_haystack.size(), u'\n'));
        QString text = m_haystackNext.text();
        for (QChar &c : text) {
            if (c == QChar::Nbsp)
                c = u' ';
            else if (c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
                c = u'\n';
        }
        m_haystack.append(text);
        m_haystackNext = m_haystackNext.next();
    }
    const qsizetype length = m_document->characterCount() - 1; // toPlainText() leaves out the last separator
    if (!m_haystackNext.isValid() && m_haystack.size() < length)
        m_haystack.append(QString(length - m_haystack.size(), u'\n'));
}

void ArticleView::scanFind(int milliseconds)
{
    constexpr qsizetype Chunk = 64 * 1024;
    QElapsedTimer timer;
    timer.start();
    const qsizetype n = m_findText.size();
    while (!isFindComplete() && timer.elapsed() < milliseconds) {
        if (m_haystackNext.isValid())
            copyHaystack(Chunk);
        // Matches that start in [from, limit) and lie wholly in the text copied so far.
        const QStringView haystack(m_haystack);
        const qsizetype searchable = m_haystackNext.isValid() ? haystack.size() - n + 1 : haystack.size();
        const qsizetype limit = qMin(searchable, m_findFrom + Chunk);
        if (limit <= m_findFrom)
            continue; // more text first
        const QStringView chunk = haystack.left(qMin(haystack.size(), limit + n - 1));
        qsizetype at = m_findFrom;
        while ((at = chunk.indexOf(m_findText, at, Qt::CaseInsensitive)) >= 0) {
            m_matches.append(int(at));
            at += n;
            m_findFrom = at;
        }
        m_findFrom = qMax(m_findFrom, limit);
    }
}

int ArticleView::findNext(bool backward)
{
    if (m_matches.isEmpty())
        return -1;
    const int n = int(m_matches.size());
    if (m_currentMatch < 0)
        m_currentMatch = backward ? n - 1 : 0;
    else
        m_currentMatch = (m_currentMatch + (backward ? n - 1 : 1)) % n;
    const int position = m_matches.at(m_currentMatch);
    expandPartAt(position);
    m_view->scrollToPosition(position);
    m_view->setFindMatches(m_matches, int(m_findText.size()), m_currentMatch);
    return m_currentMatch;
}

void ArticleView::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    applyHighlights();
}

void ArticleView::applyHighlights()
{
    QList<ArticleTextView::Highlight> pieces;
    for (const Annotation &a : std::as_const(m_annotations)) {
        if (a.status == AnchorStatus::Orphaned || a.end <= a.start || a.end > m_text.text().size())
            continue;
        // One piece per paragraph the annotation covers, in whatever parts they are.
        const QList<std::pair<int, int>> ranges = m_document->rangesOf(a.start, a.end);
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            pieces.append({ a.id, a.color, a.note, a.tags, ranges.at(i).first, ranges.at(i).second,
                            i + 1 == ranges.size(), a.status == AnchorStatus::Fuzzy });
        }
    }
    m_view->setHighlights(pieces);
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
    const QTextCursor c = m_view->textCursor();
    if (!m_document || !c.hasSelection())
        return std::nullopt;
    const auto start = m_document->offsetAt(c.selectionStart(), true);
    const auto end = m_document->offsetAt(c.selectionEnd(), false);
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
    QTextCursor c = m_view->textCursor();
    c.clearSelection();
    m_view->setTextCursor(c);
}

void ArticleView::copySelection()
{
    m_view->copy();
}

bool ArticleView::revealAnnotation(const QUuid &id)
{
    const std::optional<Annotation> a = annotation(id);
    if (!a || a->status == AnchorStatus::Orphaned || !m_document)
        return false;
    const QList<std::pair<int, int>> ranges = m_document->rangesOf(a->start, a->end);
    if (ranges.isEmpty())
        return false;
    for (const auto &range : ranges)
        expandPartAt(range.first);
    QTextCursor c(m_document);
    c.setPosition(ranges.constFirst().first);
    c.setPosition(ranges.constLast().second, QTextCursor::KeepAnchor);
    m_view->setTextCursor(c);
    m_view->scrollToPosition(ranges.constFirst().first);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

bool ArticleView::revealTextRange(int start, int end)
{
    if (!m_document || start < 0 || end <= start || end > m_text.text().size())
        return false;
    if (!m_document->isComplete()) {
        m_pendingReveal = std::pair { start, end };
        return true;
    }
    const QList<std::pair<int, int>> ranges = m_document->rangesOf(start, end);
    if (ranges.isEmpty())
        return false;
    for (const auto &range : ranges)
        expandPartAt(range.first);
    QTextCursor c(m_document);
    c.setPosition(ranges.constFirst().first);
    c.setPosition(ranges.constLast().second, QTextCursor::KeepAnchor);
    m_view->setTextCursor(c);
    m_view->scrollToPosition(ranges.constFirst().first);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

int ArticleView::mentionCount() const
{
    return m_document ? int(m_document->mentions().size()) : 0;
}

int ArticleView::mentionEntry(int n) const
{
    return m_document->mentions().at(n).entry;
}

QRect ArticleView::mentionRect(int n) const
{
    if (!m_document || n < 0 || n >= mentionCount())
        return {};
    // The first character of the link: enough to click it.
    return m_view->characterRect(m_document->mentions().at(n).position);
}

bool ArticleView::showMention(int offset)
{
    if (!m_document)
        return false;
    const int position = m_document->positionOf(offset);
    if (position < 0) {
        if (isComplete())
            return false;
        m_mentionAfterFill = offset; // its paragraph is not in the document yet
        return true;
    }
    // The document's mentions are in document order; a mention the model lists is one of them.
    const QList<ArticleDocument::Mention> &mentions = m_document->mentions();
    const auto it = std::lower_bound(mentions.cbegin(), mentions.cend(), position,
                                     [](const ArticleDocument::Mention &m, int at) { return m.position < at; });
    if (it == mentions.cend() || it->position != position)
        return false;
    expandPartAt(position);
    m_view->scrollToPosition(position);
    flash(position, position + it->length);
    return true;
}

void ArticleView::flash(int from, int to)
{
    m_flash.stop();
    m_flashRange = { from, to };
    m_flash.start();
    QColor color = palette().color(QPalette::Highlight);
    color.setAlphaF(0.6F);
    m_view->setFlash(from, to, color);
}

std::optional<int> ArticleView::readingOffset() const
{
    if (!m_document)
        return std::nullopt;
    return m_document->offsetAt(m_view->firstVisiblePosition(), true);
}

bool ArticleView::scrollToOffset(int offset)
{
    if (!m_document)
        return false;
    // A place past the end (the file changed since) is the end.
    int position = m_document->positionOf(qBound(0, offset, int(m_text.text().size()) - 1));
    if (position < 0)
        return false;
    // The first text on screen was a folded part's header (its text is the part's): the header, still folded.
    const int part = m_document->partAt(position);
    if (part >= 0 && !m_document->isPartExpanded(part))
        position = m_document->findBlockByNumber(m_document->headerBlock(part)).position();
    m_view->scrollToPosition(position, 0);
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
