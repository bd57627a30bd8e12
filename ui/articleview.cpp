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
#include <QTimer>
#include <QVBoxLayout>

namespace Randnotiz {

namespace {

using Block = ArticleTextView::Block;

QList<Block> paragraphs(const QStringList &texts, const QString &anchor)
{
    QList<Block> blocks;
    blocks.reserve(texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i)
        blocks.append({ texts.at(i), Block::Paragraph, anchor, int(i) });
    return blocks;
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

void ArticleView::setArticle(const Article &article, const QString &path)
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

    m_body = newTextView(QStringLiteral("bodyView"));
    QList<Block> body { { article.headline(), Block::Heading, QStringLiteral("body") } };
    body += paragraphs(article.body(), QStringLiteral("body"));
    m_body->setBlocks(body, m_finder.get());
    m_column->addWidget(m_body);

    if (const auto &c = article.commentary()) {
        const QString title = c->title.isEmpty() ? tr("Commentary") : tr("Commentary: %1").arg(c->title);
        auto *pane = addPane(QStringLiteral("commentary"), QStringLiteral("pane_commentary"), title);
        auto *view = newTextView(QStringLiteral("view_commentary"));
        view->setBlocks(paragraphs(c->paragraphs, QStringLiteral("commentary")), m_finder.get());
        pane->setContent(view);
    }
    if (const auto &f = article.forecast()) {
        auto *pane = addPane(QStringLiteral("forecast"), QStringLiteral("pane_forecast"), tr("Forecast"));
        auto *view = newTextView(QStringLiteral("view_forecast"));
        view->setBlocks(paragraphs(*f, QStringLiteral("forecast")), m_finder.get());
        pane->setContent(view);
    }
    if (!article.explanations().isEmpty()) {
        auto *pane
            = addPane(QStringLiteral("explanations"), QStringLiteral("pane_explanations"), tr("Persons and terms"));
        pane->setCount(tr("%n entries", nullptr, int(article.explanations().size())));
        QList<Block> blocks;
        for (qsizetype i = 0; i < article.explanations().size(); ++i) {
            const Explanation &e = article.explanations().at(i);
            const QString anchor = QStringLiteral("explanations/e") + QString::number(i);
            Block question { e.question, Block::Question, anchor };
            question.linkEntry = int(i);
            blocks.append(question);
            for (const QString &p : e.paragraphs)
                blocks.append({ p, Block::Paragraph, QString() });
            if (e.linkText)
                blocks.append({ tr("Wikipedia: %1").arg(*e.linkText), Block::Small, QString() });
        }
        auto *view = newTextView(QStringLiteral("view_explanations"));
        view->setBlocks(blocks);
        pane->setContent(view);
    }
    for (qsizetype i = 0; i < article.extraSections().size(); ++i) {
        const Section &s = article.extraSections().at(i);
        const QString number = QString::number(i);
        auto *pane = addPane(QStringLiteral("section"), QStringLiteral("pane_section_") + number,
                             s.heading.isEmpty() ? tr("Section") : s.heading);
        auto *view = newTextView(QStringLiteral("view_section_") + number);
        view->setBlocks(paragraphs(s.paragraphs, QStringLiteral("section/") + number));
        pane->setContent(view);
    }
    if (article.notes() || article.photo() || article.source()) {
        auto *pane = addPane(QStringLiteral("notes"), QStringLiteral("pane_notes"), tr("Notes and photo credit"));
        QList<Block> blocks = paragraphs(article.notes().value_or(QStringList()), QStringLiteral("notes"));
        if (article.source())
            blocks.append({ article.source()->line, Block::Small, QStringLiteral("notes/source") });
        if (article.photo())
            blocks.append({ tr("Photo: %1").arg(*article.photo()), Block::Small, QStringLiteral("notes/photo") });
        auto *view = newTextView(QStringLiteral("view_notes"));
        view->setBlocks(blocks);
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

void ArticleView::showReloadBar(bool show)
{
    m_reloadBar->setVisible(show);
}

bool ArticleView::isReloadBarVisible() const
{
    return !m_reloadBar->isHidden();
}

} // namespace Randnotiz
