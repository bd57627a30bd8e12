#include "biographypanel.h"

#include "article/externalurl.h"
#include "desktoplinks.h"
#include "icons.h"
#include "models/biographymodel.h"

#include <QBuffer>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QImageReader>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <memory>

namespace Randnotiz {

namespace {

// Adds the person/term icons to the core model, which knows nothing of QtGui.
class IconProxy final : public QIdentityProxyModel
{
public:
    IconProxy(const QPalette &palette, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_palette(palette)
    { }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.isValid()) {
            // Drawn when the first entry is shown, not while the window is being built.
            if (m_person.isNull()) {
                m_person = personIcon(m_palette);
                m_term = termIcon(m_palette);
            }
            return SubjectKind(index.data(SubjectKindRole).toInt()) == SubjectKind::Person ? m_person : m_term;
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    QPalette m_palette;
    mutable QIcon m_person;
    mutable QIcon m_term;
};

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // summaries and questions are untrusted text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A read-only text as tall as its text at the width it is given, for a column that scrolls as a whole: it never
// scrolls itself and leaves no empty space under its last line.
class FittedBrowser final : public QTextBrowser
{
public:
    FittedBrowser(QWidget *parent, const QString &objectName)
        : QTextBrowser(parent)
    {
        setObjectName(objectName);
        setOpenLinks(false);
        setFrameShape(QFrame::NoFrame);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setLineWrapMode(QTextEdit::WidgetWidth);
        setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        document()->setDocumentMargin(0); // aligned with the labels above and below
        viewport()->setAutoFillBackground(false);
        setAutoFillBackground(false);
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
        connect(document(), &QTextDocument::contentsChanged, this, [this] {
            m_cachedWidth = -1;
            updateGeometry();
        });
    }

    bool hasHeightForWidth() const override { return true; }

    int heightForWidth(int width) const override
    {
        if (width != m_cachedWidth) {
            // The frame is off, so the viewport is the widget less its contents margins.
            const QMargins margins = contentsMargins();
            const std::unique_ptr<QTextDocument> copy(document()->clone());
            copy->setTextWidth(qMax(1, width - margins.left() - margins.right()));
            m_cachedHeight
                = copy->isEmpty() ? 0 : int(std::ceil(copy->size().height())) + margins.top() + margins.bottom();
            m_cachedWidth = width;
        }
        return m_cachedHeight;
    }

    QSize sizeHint() const override { return { 200, heightForWidth(width() > 0 ? width() : 200) }; }
    QSize minimumSizeHint() const override { return { 60, 0 }; }

protected:
    // The column scrolls, not this text: the wheel goes on to the scroll area.
    void wheelEvent(QWheelEvent *event) override { event->ignore(); }
    void changeEvent(QEvent *event) override
    {
        QTextBrowser::changeEvent(event);
        if (event->type() == QEvent::FontChange) {
            m_cachedWidth = -1; // the same text in another font has another height
            updateGeometry();
        }
    }

private:
    mutable int m_cachedWidth = -1;
    mutable int m_cachedHeight = 0;
};

constexpr int ThumbnailSide = 96;
// Under the entry: at most this many mentions get a link of their own; a long article names some people hundreds of
// times.
constexpr int MaxMentionLinks = 50;
const QString MentionPrefix = QStringLiteral("mention-");

// Thumbnail bytes come from the network: the reader refuses huge or broken images instead of decoding them.
QPixmap decodeThumbnail(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > 4096 || size.height() > 4096)
        return {};
    reader.setScaledSize(size.scaled(ThumbnailSide, ThumbnailSide, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    return image.isNull() ? QPixmap() : QPixmap::fromImage(image);
}

} // namespace

BiographyPanel::BiographyPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("biographyPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    m_list = new QListView(splitter);
    m_list->setObjectName(QStringLiteral("biographyList"));
    m_list->setUniformItemSizes(true);
    m_list->setIconSize(QSize(20, 20));
    m_list->setModel(new IconProxy(palette(), this));
    m_list->setMinimumHeight(60);

    auto *details = new QWidget(splitter);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 4, 0, 0);

    auto *nav = new QHBoxLayout;
    m_previous = new QToolButton(details);
    m_previous->setObjectName(QStringLiteral("previousEntryButton"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_next = new QToolButton(details);
    m_next->setObjectName(QStringLiteral("nextEntryButton"));
    m_next->setArrowType(Qt::RightArrow);
    m_position = new QLabel(details);
    m_position->setObjectName(QStringLiteral("entryPosition"));
    m_position->setAlignment(Qt::AlignCenter);
    nav->addWidget(m_previous);
    nav->addWidget(m_position, 1);
    nav->addWidget(m_next);
    detailsLayout->addLayout(nav);

    // One column that scrolls as a whole. Every piece is as tall as its text and the only stretch is at the end,
    // so at any height the summary follows the article's text directly and the buttons follow the summary.
    m_scroll = new QScrollArea(details);
    m_scroll->setObjectName(QStringLiteral("biographyScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsLayout->addWidget(m_scroll, 1);
    auto *column = new QWidget(m_scroll);
    column->setObjectName(QStringLiteral("biographyColumn"));
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 4, 0); // clear of the scroll bar when there is one

    m_question = plainLabel(column, QStringLiteral("biographyQuestion"));
    QFont bold = m_question->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_question->setFont(bold);
    columnLayout->addWidget(m_question);

    m_text = new FittedBrowser(column, QStringLiteral("biographyText"));
    m_text->setTabChangesFocus(true);
    columnLayout->addWidget(m_text);

    m_mentions = new FittedBrowser(column, QStringLiteral("biographyMentions"));
    columnLayout->addWidget(m_mentions);

    auto *summary = new QFrame(column);
    m_summary = summary;
    summary->setObjectName(QStringLiteral("biographySummary"));
    summary->setFrameShape(QFrame::StyledPanel);
    auto *summaryLayout = new QVBoxLayout(summary);
    // The entry's Wikipedia link as the reader would type it; a click opens the validated URL, not the text.
    // A long address breaks anywhere instead of widening the panel.
    m_wikiLink = new FittedBrowser(summary, QStringLiteral("biographyLink"));
    m_summaryState = plainLabel(summary, QStringLiteral("summaryState"));
    QFont small = m_summaryState->font();
    small.setItalic(true);
    m_summaryState->setFont(small);
    m_summaryState->setForegroundRole(QPalette::PlaceholderText);
    m_summaryThumbnail = new QLabel(summary);
    m_summaryThumbnail->setObjectName(QStringLiteral("summaryThumbnail"));
    m_summaryThumbnail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summaryTitle = plainLabel(summary, QStringLiteral("summaryTitle"));
    QFont titleFont = m_summaryTitle->font();
    titleFont.setBold(true);
    m_summaryTitle->setFont(titleFont);
    m_summaryExtract = plainLabel(summary, QStringLiteral("summaryExtract"));
    // The thumbnail sits at the right of the title and the extract, which wrap beside it; eventFilter() puts it
    // above them when the panel is too narrow for both.
    auto *texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    texts->addWidget(m_summaryTitle);
    texts->addWidget(m_summaryExtract);
    m_summaryRow = new QBoxLayout(QBoxLayout::RightToLeft);
    m_summaryRow->addWidget(m_summaryThumbnail, 0, Qt::AlignTop);
    m_summaryRow->addLayout(texts, 1);
    m_busy = new QProgressBar(summary);
    m_busy->setObjectName(QStringLiteral("summaryBusy"));
    m_busy->setRange(0, 0); // indeterminate: a spinner that needs no timer of ours
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    // Rich text only for the link itself; everything in it is escaped, and a click goes through openPageLink().
    m_pageLink = new QLabel(summary);
    m_pageLink->setObjectName(QStringLiteral("summaryPageLink"));
    m_pageLink->setTextFormat(Qt::RichText);
    m_pageLink->setOpenExternalLinks(false);
    m_pageLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_pageLink->setWordWrap(true);
    QFont small2 = m_pageLink->font();
    small2.setPointSizeF(small2.pointSizeF() * 0.9);
    m_pageLink->setFont(small2);
    m_retry = new QPushButton(summary);
    m_retry->setObjectName(QStringLiteral("summaryRetryButton"));
    // Plain text on a flat button: the title comes from the offline copy.
    m_perhaps = new QPushButton(summary);
    m_perhaps->setObjectName(QStringLiteral("perhapsButton"));
    m_perhaps->setFlat(true);
    m_perhaps->setCursor(Qt::PointingHandCursor);
    m_perhaps->setToolTip(tr("Use this Wikipedia page for this entry of this article; the file is not changed"));
    m_forgetLink = new QPushButton(tr("Forget this choice"), summary);
    m_forgetLink->setObjectName(QStringLiteral("forgetLinkButton"));
    m_forgetLink->setFlat(true);
    m_forgetLink->setCursor(Qt::PointingHandCursor);
    // Both read as links: coloured like one, no frame.
    QPalette linkLike = m_perhaps->palette();
    linkLike.setColor(QPalette::ButtonText, linkLike.color(QPalette::Link));
    m_perhaps->setPalette(linkLike);
    m_forgetLink->setPalette(linkLike);
    m_forgetLink->setToolTip(tr("Forget the Wikipedia page chosen for this entry"));
    auto *perhapsRow = new QHBoxLayout;
    perhapsRow->addWidget(m_perhaps);
    perhapsRow->addWidget(m_forgetLink);
    perhapsRow->addStretch(1);
    auto *retryRow = new QHBoxLayout;
    retryRow->addWidget(m_retry);
    retryRow->addStretch(1);
    summaryLayout->addWidget(m_wikiLink);
    summaryLayout->addWidget(m_summaryState);
    summaryLayout->addLayout(perhapsRow);
    summaryLayout->addWidget(m_busy);
    summaryLayout->addLayout(m_summaryRow);
    summaryLayout->addWidget(m_pageLink);
    summaryLayout->addLayout(retryRow);
    columnLayout->addWidget(summary);
    summary->installEventFilter(this);

    m_copy = new QPushButton(column);
    m_copy->setObjectName(QStringLiteral("copySummaryButton"));
    m_addNote = new QPushButton(column);
    m_addNote->setObjectName(QStringLiteral("summaryNoteButton"));
    m_openInBrowser = new QPushButton(column);
    m_openInBrowser->setObjectName(QStringLiteral("openInBrowserButton"));
    // In a row, or one under the other when the panel is too narrow for the row (eventFilter()).
    m_buttonRow = new QBoxLayout(QBoxLayout::LeftToRight);
    m_buttonRow->addWidget(m_copy);
    m_buttonRow->addWidget(m_addNote);
    m_buttonRow->addStretch(1);
    m_buttonRow->addWidget(m_openInBrowser);
    columnLayout->addLayout(m_buttonRow);
    columnLayout->addStretch(1);
    m_scroll->setWidget(column);
    column->installEventFilter(this);

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    // The list's model (the proxy) never changes, so neither does its selection model.
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &) {
        refresh();
        m_scroll->verticalScrollBar()->setValue(0); // a new entry is read from its question on
        emit currentEntryChanged(currentEntry());
    });
    connect(m_previous, &QToolButton::clicked, this, &BiographyPanel::showPrevious);
    connect(m_next, &QToolButton::clicked, this, &BiographyPanel::showNext);
    connect(m_openInBrowser, &QPushButton::clicked, this, &BiographyPanel::openInBrowser);
    connect(m_copy, &QPushButton::clicked, this, &BiographyPanel::copySummary);
    connect(m_addNote, &QPushButton::clicked, this, [this] {
        const QString text = summaryAsText();
        if (currentEntry() >= 0 && !text.isEmpty())
            emit summaryNoteRequested(currentEntry(), text);
    });
    connect(m_pageLink, &QLabel::linkActivated, this, &BiographyPanel::openPageLink);
    connect(m_wikiLink, &QTextBrowser::anchorClicked, this, &BiographyPanel::openInBrowser);
    connect(m_mentions, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        bool ok = false;
        const QString fragment = link.fragment();
        const int mention = fragment.startsWith(MentionPrefix) ? fragment.mid(MentionPrefix.size()).toInt(&ok) : -1;
        if (ok && mention >= 0 && currentEntry() >= 0)
            emit mentionRequested(currentEntry(), mention);
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (currentEntry() >= 0)
            emit retryRequested(currentEntry());
    });
    connect(m_perhaps, &QPushButton::clicked, this, [this] {
        if (currentEntry() >= 0)
            emit suggestionAccepted(currentEntry());
    });
    connect(m_forgetLink, &QPushButton::clicked, this, [this] {
        if (currentEntry() >= 0)
            emit chosenLinkForgotten(currentEntry());
    });
    retranslate();
}

void BiographyPanel::retranslate()
{
    m_previous->setToolTip(tr("Previous person or term (Alt+Up)"));
    m_previous->setAccessibleName(tr("Previous person or term"));
    m_next->setToolTip(tr("Next person or term (Alt+Down)"));
    m_next->setAccessibleName(tr("Next person or term"));
    m_text->setAccessibleName(tr("What the article says about it"));
    m_mentions->setAccessibleName(tr("Where the article mentions it"));
    m_wikiLink->setAccessibleName(tr("Wikipedia page"));
    m_busy->setAccessibleName(tr("Loading the Wikipedia summary"));
    m_retry->setToolTip(tr("Fetch this summary again"));
    m_copy->setToolTip(tr("Copy the title, the summary and its attribution as plain text"));
    m_addNote->setToolTip(tr("Keep the summary as a note on this entry of the article"));
    m_retry->setText(tr("&Retry"));
    m_copy->setText(tr("&Copy summary"));
    m_addNote->setText(tr("Add as &note"));
    m_openInBrowser->setText(tr("Open in &browser"));
    m_perhaps->setToolTip(tr("Use this Wikipedia page for this entry of this article; the file is not changed"));
    m_forgetLink->setText(tr("Forget this choice"));
    m_forgetLink->setToolTip(tr("Forget the Wikipedia page chosen for this entry"));
    refresh();
}

void BiographyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

BiographyPanel::~BiographyPanel() = default;

void BiographyPanel::setModel(BiographyModel *model)
{
    if (m_model == model)
        return;
    auto *proxy = static_cast<QIdentityProxyModel *>(m_list->model());
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    proxy->setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this, &BiographyPanel::refresh);
        connect(model, &QAbstractItemModel::modelReset, this, [this] { setCurrentEntry(0); });
    }
    setCurrentEntry(0);
}

int BiographyPanel::currentEntry() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QString BiographyPanel::positionText() const
{
    return m_position->text();
}

void BiographyPanel::setCurrentEntry(int row)
{
    QAbstractItemModel *proxy = m_list->model();
    if (row >= 0 && row < proxy->rowCount()) {
        const QModelIndex index = proxy->index(row, 0);
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
    refresh();
}

void BiographyPanel::showPrevious()
{
    if (currentEntry() > 0)
        setCurrentEntry(currentEntry() - 1);
}

void BiographyPanel::showNext()
{
    if (currentEntry() + 1 < m_list->model()->rowCount())
        setCurrentEntry(currentEntry() + 1);
}

void BiographyPanel::refresh()
{
    const QModelIndex index = m_list->currentIndex();
    const int count = m_list->model()->rowCount();
    m_previous->setEnabled(index.isValid() && index.row() > 0);
    m_next->setEnabled(index.isValid() && index.row() + 1 < count);
    if (!index.isValid()) {
        m_position->setText(count == 0 ? tr("No persons or terms") : QString());
        m_question->clear();
        m_text->clear();
        m_mentions->clear();
        m_mentions->hide();
        m_wikiLink->clear();
        m_wikiLink->hide();
        m_summaryState->clear();
        m_summaryTitle->clear();
        m_summaryExtract->clear();
        m_summaryThumbnail->clear();
        m_pageLink->clear();
        m_summaryTitle->hide();
        m_summaryThumbnail->hide();
        m_summaryExtract->hide();
        m_pageLink->hide();
        m_busy->hide();
        m_retry->hide();
        m_perhaps->hide();
        m_forgetLink->hide();
        m_copy->setEnabled(false);
        m_addNote->setEnabled(false);
        m_openInBrowser->setEnabled(false);
        return;
    }
    m_position->setText(tr("%1 of %2").arg(index.row() + 1).arg(count));
    m_question->setText(index.data(QuestionRole).toString());
    m_text->setPlainText(index.data(ParagraphsRole).toStringList().join(QStringLiteral("\n\n")));
    showMentions(index);

    const auto state = SummaryState(index.data(SummaryStateRole).toInt());
    const QUrl wikipedia = index.data(WikipediaUrlRole).toUrl();
    const bool hasLink = wikipedia.isValid();
    // Shown decoded; the href is only for the look, a click re-reads the validated URL from the model.
    m_wikiLink->clear();
    if (hasLink) {
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(wikipedia.toString(QUrl::FullyEncoded));
        link.setForeground(palette().brush(QPalette::Link));
        link.setFontUnderline(true);
        QTextCursor(m_wikiLink->document()).insertText(displayUrl(wikipedia), link);
    }
    m_wikiLink->setVisible(hasLink);
    const bool hasSummary
        = !index.data(SummaryExtractRole).toString().isEmpty() || !index.data(SummaryTitleRole).toString().isEmpty();
    QString stateText = summaryStateLabel(state);
    if (!hasLink) {
        stateText = index.data(LinkTextRole).toString().isEmpty()
            ? tr("No Wikipedia link")
            : tr("The link is not a Wikipedia article and is not opened: %1").arg(index.data(LinkTextRole).toString());
    } else if (state == SummaryState::Offline && hasSummary) {
        // The worker's own line says how old the copy is ("offline — from 3 days ago").
        const QString error = index.data(SummaryErrorRole).toString();
        stateText = error.isEmpty() ? tr("Offline: showing the saved copy") : error;
    } else if (state == SummaryState::Offline) {
        stateText = tr("Offline, and this summary was never saved: it can be shown once the network is back.");
    } else if (state == SummaryState::Error) {
        const QString error = index.data(SummaryErrorRole).toString();
        if (!error.isEmpty())
            stateText += QStringLiteral(": ") + error;
        if (hasSummary && index.data(SummaryFromCacheRole).toBool())
            stateText += QLatin1Char('\n') + tr("Showing the saved copy.");
    }
    if (state == SummaryState::Loaded)
        stateText.clear();
    m_summaryState->setText(stateText);
    m_summaryState->setVisible(!stateText.isEmpty());
    m_busy->setVisible(hasLink && state == SummaryState::Loading);
    m_retry->setVisible(hasLink && (state == SummaryState::Error || state == SummaryState::Offline));
    const QString suggested = hasLink ? QString() : index.data(SuggestedTitleRole).toString();
    m_perhaps->setText(tr("Perhaps: %1").arg(suggested).replace(QLatin1Char('&'), QStringLiteral("&&")));
    m_perhaps->setVisible(!suggested.isEmpty());
    m_forgetLink->setVisible(index.data(LinkChosenRole).toBool());

    QString title = index.data(SummaryTitleRole).toString();
    const QString description = index.data(SummaryDescriptionRole).toString();
    if (!description.isEmpty())
        title += QStringLiteral(" \u2014 ") + description;
    // A copy is shown when there is one to trust: fetched, cached while offline, or the old copy behind an error.
    const bool showCopy = hasSummary
        && (state == SummaryState::Loaded || state == SummaryState::Loading || state == SummaryState::Offline
            || (state == SummaryState::Error && index.data(SummaryFromCacheRole).toBool()));
    m_summaryTitle->setText(title);
    m_summaryTitle->setVisible(showCopy);
    m_summaryExtract->setText(index.data(SummaryExtractRole).toString());
    m_summaryExtract->setVisible(showCopy);
    const QPixmap thumbnail = showCopy ? decodeThumbnail(index.data(SummaryThumbnailRole).toByteArray()) : QPixmap();
    if (thumbnail.isNull())
        m_summaryThumbnail->clear();
    else
        m_summaryThumbnail->setPixmap(thumbnail);
    m_summaryThumbnail->setVisible(!thumbnail.isNull());

    // The link text is ours and escaped; the href is only shown, a click re-reads the URL from the model.
    const QUrl page = index.data(SummaryPageUrlRole).toUrl();
    QString linkText;
    if (state == SummaryState::Disambiguation && hasLink)
        linkText = tr("See the meanings on Wikipedia");
    else if (showCopy && isSafeToOpen(page))
        linkText = attributionText();
    if (linkText.isEmpty()) {
        m_pageLink->clear();
    } else {
        const QUrl target = isSafeToOpen(page) ? page : index.data(WikipediaUrlRole).toUrl();
        m_pageLink->setText(QStringLiteral("<a href=\"") + target.toString(QUrl::FullyEncoded).toHtmlEscaped()
                            + QStringLiteral("\">") + linkText.toHtmlEscaped() + QStringLiteral("</a>"));
        m_pageLink->setToolTip(plainToolTip(displayUrl(target)));
    }
    m_pageLink->setVisible(!linkText.isEmpty());
    m_copy->setEnabled(showCopy);
    m_addNote->setEnabled(showCopy);

    m_openInBrowser->setEnabled(hasLink);
    m_openInBrowser->setToolTip(hasLink ? plainToolTip(index.data(WikipediaUrlRole).toUrl().toString()) : QString());
}

void BiographyPanel::showMentions(const QModelIndex &index)
{
    const QList<int> mentions = index.data(MentionsRole).value<QList<int>>();
    m_mentions->clear();
    m_mentions->setVisible(!mentions.isEmpty());
    if (mentions.isEmpty())
        return;
    const int count = int(mentions.size());
    // Everything in this document is ours: the sentence, the numbers and the fragments of the links.
    QTextCursor cursor(m_mentions->document());
    const QTextCharFormat plain;
    cursor.insertText(tr("Mentioned %n time(s) in this article", nullptr, count) + QStringLiteral(": "), plain);
    QTextCharFormat link;
    link.setAnchor(true);
    link.setForeground(palette().brush(QPalette::Link));
    link.setFontUnderline(true);
    for (int i = 0; i < qMin(count, MaxMentionLinks); ++i) {
        if (i > 0)
            cursor.insertText(QStringLiteral(", "), plain);
        QUrl href;
        href.setFragment(MentionPrefix + QString::number(i));
        link.setAnchorHref(href.toString());
        link.setToolTip(plainToolTip(tr("Show mention %1 in the article").arg(i + 1)));
        cursor.insertText(QString::number(i + 1), link);
    }
    if (count > MaxMentionLinks)
        cursor.insertText(QStringLiteral(", \u2026"), plain);
}

QString BiographyPanel::displayUrl(const QUrl &url)
{
    QString shown = url.toDisplayString(QUrl::RemoveScheme | QUrl::PrettyDecoded);
    if (shown.startsWith(QLatin1String("//")))
        shown.remove(0, 2);
    const bool disguising = std::any_of(shown.cbegin(), shown.cend(), [](QChar c) {
        const QChar::Category category = c.category();
        return category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph || (c.isSpace() && c != QLatin1Char(' '));
    });
    if (disguising) {
        shown = url.toString(QUrl::RemoveScheme | QUrl::FullyEncoded);
        if (shown.startsWith(QLatin1String("//")))
            shown.remove(0, 2);
    }
    return shown;
}

bool BiographyPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_summary && event->type() == QEvent::Resize) {
        // Beside the text while the text keeps at least twice the thumbnail's width, else above it.
        const bool narrow = m_summary->width() < 3 * ThumbnailSide + 40;
        const auto direction = narrow ? QBoxLayout::TopToBottom : QBoxLayout::RightToLeft;
        if (m_summaryRow->direction() != direction) {
            m_summaryRow->setDirection(direction);
            m_summaryRow->setAlignment(m_summaryThumbnail, narrow ? Qt::AlignTop | Qt::AlignLeft : Qt::AlignTop);
        }
    }
    if (watched == m_scroll->widget() && event->type() == QEvent::Resize) {
        int row = qMax(0, m_buttonRow->spacing()) * 3;
        for (const QWidget *button : { static_cast<QWidget *>(m_copy), static_cast<QWidget *>(m_addNote),
                                       static_cast<QWidget *>(m_openInBrowser) })
            row += button->sizeHint().width();
        const auto direction = m_scroll->widget()->width() < row ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
        if (m_buttonRow->direction() != direction)
            m_buttonRow->setDirection(direction);
    }
    return QWidget::eventFilter(watched, event);
}

QString BiographyPanel::attributionText() const
{
    const QModelIndex index = m_list->currentIndex();
    QDateTime fetched = index.data(SummaryFetchedAtRole).toDateTime();
    if (!fetched.isValid())
        fetched = QDateTime::currentDateTimeUtc();
    if (index.data(SummaryLocalRole).toBool()) // the copy's date is a day, not a moment: no time zone shift
        return tr("Wikipedia (offline copy of %1), CC BY-SA 4.0")
            .arg(QLocale().toString(fetched.date(), QLocale::ShortFormat));
    return tr("Wikipedia, %1, CC BY-SA 4.0")
        .arg(QLocale().toString(fetched.toLocalTime().date(), QLocale::ShortFormat));
}

QString BiographyPanel::summaryAsText() const
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return {};
    QStringList parts;
    QString title = index.data(SummaryTitleRole).toString();
    const QString description = index.data(SummaryDescriptionRole).toString();
    if (!description.isEmpty())
        title += QStringLiteral(" \u2014 ") + description;
    parts.append(title);
    parts.append(index.data(SummaryExtractRole).toString());
    QString attribution = attributionText();
    const QUrl page = index.data(SummaryPageUrlRole).toUrl();
    if (isSafeToOpen(page))
        attribution += QStringLiteral(": ") + page.toString(QUrl::FullyEncoded);
    parts.append(attribution);
    return parts.join(QStringLiteral("\n\n"));
}

void BiographyPanel::copySummary()
{
    const QString text = summaryAsText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void BiographyPanel::openPageLink()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    // The page the summary named (from the network or the cache), else the link the parser validated.
    QUrl url = index.data(SummaryPageUrlRole).toUrl();
    if (!isSafeToOpen(url))
        url = index.data(WikipediaUrlRole).toUrl();
    DesktopLinks::openWebPage(url, m_restBase);
}

void BiographyPanel::openInBrowser()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    // Only a link the parser validated as a Wikipedia article is ever handed to the browser.
    DesktopLinks::openWebPage(index.data(WikipediaUrlRole).toUrl(), m_restBase);
}

bool BiographyPanel::isSafeToOpen(const QUrl &url) const
{
    return ExternalUrl::isSafeToOpen(url, m_restBase);
}

} // namespace Randnotiz
