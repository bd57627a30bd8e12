// BiographyModel: the persons and terms of one article in order, with the Wikipedia summary state of each.
#pragma once

#include "article/article.h"
#include "models/roles.h"
#include "wiki/summary.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QUrl>

#include <optional>

namespace Randnotiz {

class BiographyModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BiographyModel)

public:
    explicit BiographyModel(QObject *parent = nullptr);
    ~BiographyModel() override;

    // Replaces all rows (one model reset); every summary starts as NotLoaded.
    void setArticle(const Article &article);
    const Article &article() const { return m_article; }

    // Entries without a link of their own ("Perhaps: <title>"): the distinct subjects that have no suggestion yet
    // (a chosen page may be forgotten again), and the language most of the other entries link to (empty if none).
    QStringList subjectsWithoutLink() const;
    QString linksLanguage() const;
    std::optional<WikiLink> suggestion(int row) const;
    // The pages the reader chose, by subject: a row using one gets its summary like a linked row.
    QList<WikiLink> chosenLinks() const;
    // Uses link for every row about subject that has no link of its own; an invalid link forgets the choice.
    void chooseLink(const QString &subject, const std::optional<WikiLink> &link);

    // The distinct validated Wikipedia URLs of the rows, in row order: what a summary worker should fetch.
    QList<QUrl> summaryUrls() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    // Stores the result in every row whose validated link is result.articleUrl; dataChanged only for those rows.
    void applySummary(const Randnotiz::SummaryResult &result);
    // A close title for subject from the offline copy: kept for its rows that have no link; the first one wins.
    void applySuggestion(const QString &subject, const Randnotiz::WikiLink &link);

private:
    Article m_article;
    QList<SummaryResult> m_summaries; // one per row
    QHash<int, WikiLink> m_suggested; // by row, for rows without a link
    QHash<int, WikiLink> m_chosen; // by row, for rows without a link
    QHash<QUrl, QList<int>> m_rowsByUrl; // validated link -> the rows that have it, so a summary finds its rows
    // Mentions are searched off the GUI thread (a 5 MB article takes a fifth of a second), then announced by
    // dataChanged(MentionsRole); until then a row has none.
    QList<QList<int>> m_mentions; // per row
    QFutureWatcher<QList<QList<int>>> m_mentionSearch;
};

// A one-line description of a summary state for people ("Not loaded yet"); translated.
QString summaryStateLabel(SummaryState state);

} // namespace Randnotiz
