#include "biographypanel.h"

#include "article/externalurl.h"
#include "desktoplinks.h"
#include "icons.h"
#include "models/biographymodel.h"

#include <QBuffer>
#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QImageReader>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace Randnotiz {

namespace {

// Adds the person/term icons to the core model, which knows nothing of QtGui.
class IconProxy final : public QIdentityProxyModel
{
public:
    IconProxy(const QPalette &palette, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_person(personIcon(palette))
        , m_term(termIcon(palette))
    { }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.isValid())
            return SubjectKind(index.data(SubjectKindRole).toInt()) == SubjectKind::Person ? m_person : m_term;
        return QIdentityProxyModel::data(index, role);
    }

private:
    QIcon m_person;
    QIcon m_term;
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

constexpr int ThumbnailSide = 96;

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
    m_previous->setToolTip(tr("Previous person or term (Alt+Up)"));
    m_previous->setAccessibleName(tr("Previous person or term"));
    m_next = new QToolButton(details);
    m_next->setObjectName(QStringLiteral("nextEntryButton"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next person or term (Alt+Down)"));
    m_next->setAccessibleName(tr("Next person or term"));
    m_position = new QLabel(details);
    m_position->setObjectName(QStringLiteral("entryPosition"));
    m_position->setAlignment(Qt::AlignCenter);
    nav->addWidget(m_previous);
    nav->addWidget(m_position, 1);
    nav->addWidget(m_next);
    detailsLayout->addLayout(nav);

    m_question = plainLabel(details, QStringLiteral("biographyQuestion"));
    QFont bold = m_question->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_question->setFont(bold);
    detailsLayout->addWidget(m_question);

    m_text = new QTextBrowser(details);
    m_text->setObjectName(QStringLiteral("biographyText"));
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->viewport()->setAutoFillBackground(false);
    detailsLayout->addWidget(m_text, 2);

    auto *summary = new QFrame(details);
    summary->setObjectName(QStringLiteral("biographySummary"));
    summary->setFrameShape(QFrame::StyledPanel);
    auto *summaryLayout = new QVBoxLayout(summary);
    m_summaryState = plainLabel(summary, QStringLiteral("summaryState"));
    QFont small = m_summaryState->font();
    small.setItalic(true);
    m_summaryState->setFont(small);
    m_summaryState->setForegroundRole(QPalette::PlaceholderText);
    auto *titleRow = new QHBoxLayout;
    m_summaryThumbnail = new QLabel(summary);
    m_summaryThumbnail->setObjectName(QStringLiteral("summaryThumbnail"));
    m_summaryTitle = plainLabel(summary, QStringLiteral("summaryTitle"));
    titleRow->addWidget(m_summaryThumbnail);
    titleRow->addWidget(m_summaryTitle, 1);
    QFont titleFont = m_summaryTitle->font();
    titleFont.setBold(true);
    m_summaryTitle->setFont(titleFont);
    titleRow->setAlignment(m_summaryThumbnail, Qt::AlignTop);
    m_summaryExtract = plainLabel(summary, QStringLiteral("summaryExtract"));
    m_busy = new QProgressBar(summary);
    m_busy->setObjectName(QStringLiteral("summaryBusy"));
    m_busy->setRange(0, 0); // indeterminate: a spinner that needs no timer of ours
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->setAccessibleName(tr("Loading the Wikipedia summary"));
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
    m_retry = new QPushButton(tr("&Retry"), summary);
    m_retry->setObjectName(QStringLiteral("summaryRetryButton"));
    m_retry->setToolTip(tr("Fetch this summary again"));
    auto *retryRow = new QHBoxLayout;
    retryRow->addWidget(m_retry);
    retryRow->addStretch(1);
    summaryLayout->addWidget(m_summaryState);
    summaryLayout->addWidget(m_busy);
    summaryLayout->addLayout(titleRow);
    summaryLayout->addWidget(m_summaryExtract);
    summaryLayout->addWidget(m_pageLink);
    summaryLayout->addLayout(retryRow);
    detailsLayout->addWidget(summary);

    m_copy = new QPushButton(tr("&Copy summary"), details);
    m_copy->setObjectName(QStringLiteral("copySummaryButton"));
    m_copy->setToolTip(tr("Copy the title, the summary and its attribution as plain text"));
    m_addNote = new QPushButton(tr("Add as &note"), details);
    m_addNote->setObjectName(QStringLiteral("summaryNoteButton"));
    m_addNote->setToolTip(tr("Keep the summary as a note on this entry of the article"));
    m_openInBrowser = new QPushButton(tr("Open in &browser"), details);
    m_openInBrowser->setObjectName(QStringLiteral("openInBrowserButton"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_copy);
    buttonRow->addWidget(m_addNote);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_openInBrowser);
    detailsLayout->addLayout(buttonRow);

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    // The list's model (the proxy) never changes, so neither does its selection model.
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &) {
        refresh();
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
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (currentEntry() >= 0)
            emit retryRequested(currentEntry());
    });
    refresh();
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
        m_copy->setEnabled(false);
        m_addNote->setEnabled(false);
        m_openInBrowser->setEnabled(false);
        return;
    }
    m_position->setText(tr("%1 of %2").arg(index.row() + 1).arg(count));
    m_question->setText(index.data(QuestionRole).toString());
    m_text->setPlainText(index.data(ParagraphsRole).toStringList().join(QStringLiteral("\n\n")));

    const auto state = SummaryState(index.data(SummaryStateRole).toInt());
    const bool hasLink = index.data(WikipediaUrlRole).toUrl().isValid();
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
        m_pageLink->setToolTip(plainToolTip(target.toDisplayString()));
    }
    m_pageLink->setVisible(!linkText.isEmpty());
    m_copy->setEnabled(showCopy);
    m_addNote->setEnabled(showCopy);

    m_openInBrowser->setEnabled(hasLink);
    m_openInBrowser->setToolTip(hasLink ? plainToolTip(index.data(WikipediaUrlRole).toUrl().toString()) : QString());
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
