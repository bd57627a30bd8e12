#include "models/biographymodel.h"

#include "article/articletext.h"
#include "models/mentionfinder.h"

#include <QPromise>
#include <QSet>
#include <QThreadPool>

#include <memory>

namespace Randnotiz {

namespace {

// The paragraphs the article view links mentions in, searched the same way, so the n-th offset is its n-th link.
QList<QList<int>> findMentions(const Article &article)
{
    if (article.explanations().isEmpty())
        return {};
    const ArticleText text(article);
    const MentionFinder finder(article.explanations());
    QList<QList<int>> mentions(article.explanations().size());
    for (const ArticleText::Segment &s : text.segments()) {
        if (s.part != Part::Body && s.part != Part::Forecast && (s.part != Part::Commentary || s.index == 0))
            continue; // the headline and the commentary's title have no links
        for (const Mention &m : finder.find(text.text().mid(s.start, s.length)))
            mentions[m.entry].append(s.start + m.start);
    }
    return mentions;
}

} // namespace

QString summaryStateLabel(SummaryState state)
{
    switch (state) {
    case SummaryState::NotLoaded:
        return BiographyModel::tr("Wikipedia summary not loaded yet");
    case SummaryState::Loading:
        return BiographyModel::tr("Loading the Wikipedia summary…");
    case SummaryState::Loaded:
        return BiographyModel::tr("Wikipedia summary");
    case SummaryState::NotFound:
        return BiographyModel::tr("Wikipedia has no article of that name");
    case SummaryState::Disambiguation:
        return BiographyModel::tr("The Wikipedia page lists several meanings");
    case SummaryState::Offline:
        return BiographyModel::tr("Offline: the Wikipedia summary cannot be loaded");
    case SummaryState::Error:
        return BiographyModel::tr("The Wikipedia summary could not be loaded");
    }
    return {};
}

BiographyModel::BiographyModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(&m_mentionSearch, &QFutureWatcherBase::finished, this, [this] {
        if (m_mentionSearch.future().resultCount() == 0 || m_mentionSearch.result().size() != rowCount()
            || rowCount() == 0)
            return;
        m_mentions = m_mentionSearch.result();
        emit dataChanged(index(0), index(rowCount() - 1), { MentionsRole });
    });
}

BiographyModel::~BiographyModel() = default;

void BiographyModel::setArticle(const Article &article)
{
    beginResetModel();
    m_article = article;
    m_summaries.clear();
    m_rowsByUrl.clear();
    m_suggested.clear();
    m_chosen.clear();
    m_mentions.clear();
    const QList<Explanation> &entries = m_article.explanations();
    m_summaries.reserve(entries.size());
    for (qsizetype row = 0; row < entries.size(); ++row) {
        const Explanation &e = entries.at(row);
        SummaryResult r;
        if (e.wikipedia) {
            r.articleUrl = e.wikipedia->url;
            m_rowsByUrl[r.articleUrl].append(int(row));
        }
        m_summaries.append(r);
    }
    endResetModel();
    // A search still running for the last article finishes unseen: the watcher follows only the new one.
    auto promise = std::make_shared<QPromise<QList<QList<int>>>>();
    m_mentionSearch.setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, article = m_article] {
        promise->start();
        promise->addResult(findMentions(article));
        promise->finish();
    });
}

QList<QUrl> BiographyModel::summaryUrls() const
{
    QList<QUrl> urls;
    QSet<QUrl> seen;
    for (const Explanation &e : m_article.explanations()) {
        if (e.wikipedia && !seen.contains(e.wikipedia->url)) {
            seen.insert(e.wikipedia->url);
            urls.append(e.wikipedia->url);
        }
    }
    return urls;
}

QStringList BiographyModel::subjectsWithoutLink() const
{
    QStringList subjects;
    const QList<Explanation> &entries = m_article.explanations();
    for (int row = 0; row < int(entries.size()); ++row) {
        const QString &subject = entries.at(row).subject;
        if (!entries.at(row).wikipedia && !m_suggested.contains(row) && !subject.trimmed().isEmpty()
            && !subjects.contains(subject))
            subjects.append(subject);
    }
    return subjects;
}

QString BiographyModel::linksLanguage() const
{
    QHash<QString, int> uses;
    QString best;
    for (const Explanation &e : m_article.explanations()) {
        if (e.wikipedia && ++uses[e.wikipedia->lang] > uses.value(best))
            best = e.wikipedia->lang;
    }
    return best;
}

std::optional<WikiLink> BiographyModel::suggestion(int row) const
{
    const auto it = m_suggested.constFind(row);
    return it == m_suggested.constEnd() ? std::nullopt : std::optional<WikiLink>(*it);
}

QList<WikiLink> BiographyModel::chosenLinks() const
{
    QList<WikiLink> links;
    for (int row = 0; row < rowCount(); ++row) {
        if (m_chosen.contains(row) && !links.contains(m_chosen.value(row)))
            links.append(m_chosen.value(row));
    }
    return links;
}

void BiographyModel::chooseLink(const QString &subject, const std::optional<WikiLink> &link)
{
    const QList<Explanation> &entries = m_article.explanations();
    for (int row = 0; row < int(entries.size()); ++row) {
        if (entries.at(row).wikipedia || entries.at(row).subject != subject)
            continue;
        if (const auto old = m_chosen.constFind(row); old != m_chosen.constEnd()) {
            QList<int> &rows = m_rowsByUrl[old->url];
            rows.removeAll(row);
            if (rows.isEmpty())
                m_rowsByUrl.remove(old->url);
            m_chosen.erase(old);
        }
        m_summaries[row] = SummaryResult();
        if (link) {
            m_chosen.insert(row, *link);
            m_summaries[row].articleUrl = link->url;
            m_rowsByUrl[link->url].append(row);
        }
        emit dataChanged(index(row), index(row));
    }
}

void BiographyModel::applySuggestion(const QString &subject, const WikiLink &link)
{
    const QList<Explanation> &entries = m_article.explanations();
    for (int row = 0; row < int(entries.size()); ++row) {
        if (entries.at(row).wikipedia || entries.at(row).subject != subject || m_suggested.contains(row))
            continue;
        m_suggested.insert(row, link);
        emit dataChanged(index(row), index(row), { SuggestedTitleRole });
    }
}

int BiographyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_article.explanations().size());
}

QVariant BiographyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Explanation &e = m_article.explanations().at(index.row());
    const SummaryResult &s = m_summaries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SubjectRole:
        return e.subject;
    case Qt::ToolTipRole:
        return plainToolTip(e.question);
    case QuestionRole:
        return e.question;
    case KindRole:
        return int(ItemKind::Entry);
    case SubjectKindRole:
        return int(e.kind);
    case PlainTextRole:
        return e.paragraphs.join(QLatin1Char('\n'));
    case ParagraphsRole:
        return e.paragraphs;
    case AnchorRole:
        return QString(QStringLiteral("explanations/e") + QString::number(index.row()));
    case EntryIndexRole:
        return index.row();
    case WikipediaUrlRole:
        return e.wikipedia ? e.wikipedia->url : m_chosen.value(index.row()).url;
    case LinkChosenRole:
        return !e.wikipedia && m_chosen.contains(index.row());
    case SuggestedTitleRole:
        return e.wikipedia ? QString() : m_suggested.value(index.row()).title;
    case LinkTextRole:
        return e.linkText.value_or(QString());
    case SummaryStateRole:
        return int(s.state);
    case SummaryTitleRole:
        return s.summary.title;
    case SummaryDescriptionRole:
        return s.summary.description;
    case SummaryExtractRole:
        return s.summary.extract;
    case SummaryThumbnailRole:
        return s.summary.thumbnail;
    case SummaryFetchedAtRole:
        return s.summary.fetchedAt;
    case SummaryErrorRole:
        return s.error;
    case SummaryPageUrlRole:
        return s.summary.pageUrl;
    case SummaryFromCacheRole:
        return s.summary.fromCache;
    case SummaryLocalRole:
        return s.summary.local;
    case MentionsRole:
        return QVariant::fromValue(m_mentions.value(index.row()));
    default:
        return {};
    }
}

QHash<int, QByteArray> BiographyModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SubjectRole, "subject");
    names.insert(QuestionRole, "question");
    names.insert(KindRole, "kind");
    names.insert(SubjectKindRole, "subjectKind");
    names.insert(PlainTextRole, "plainText");
    names.insert(ParagraphsRole, "paragraphs");
    names.insert(AnchorRole, "anchor");
    names.insert(EntryIndexRole, "entryIndex");
    names.insert(WikipediaUrlRole, "wikipediaUrl");
    names.insert(LinkTextRole, "linkText");
    names.insert(SummaryStateRole, "summaryState");
    names.insert(SummaryTitleRole, "summaryTitle");
    names.insert(SummaryDescriptionRole, "summaryDescription");
    names.insert(SummaryExtractRole, "summaryExtract");
    names.insert(SummaryThumbnailRole, "summaryThumbnail");
    names.insert(SummaryFetchedAtRole, "summaryFetchedAt");
    names.insert(SummaryErrorRole, "summaryError");
    names.insert(SummaryPageUrlRole, "summaryPageUrl");
    names.insert(SummaryFromCacheRole, "summaryFromCache");
    names.insert(SummaryLocalRole, "summaryLocal");
    names.insert(MentionsRole, "mentions");
    names.insert(SuggestedTitleRole, "suggestedTitle");
    names.insert(LinkChosenRole, "linkChosen");
    return names;
}

void BiographyModel::applySummary(const SummaryResult &result)
{
    if (!result.articleUrl.isValid())
        return;
    const auto rows = m_rowsByUrl.constFind(result.articleUrl);
    if (rows == m_rowsByUrl.constEnd())
        return;
    for (const int row : *rows) {
        m_summaries[row] = result;
        const QModelIndex changed = index(int(row));
        emit dataChanged(changed, changed);
    }
}

} // namespace Randnotiz
