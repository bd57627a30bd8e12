// SummaryWorker: fetches Wikipedia page summaries for validated links, on the thread it was moved to.
// It owns its QNetworkAccessManager and the cache, keeps at most 3 requests in flight, asks for each page
// once however many articles link it, and reports every state change as a SummaryResult.
#pragma once

#include "article/wikilink.h"
#include "wiki/summary.h"
#include "wiki/summarycache.h"
#include "wiki/wikiconfig.h"
#include "wiki/zimlibrary.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>

#include <map>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Randnotiz {

// "offline — from 3 days ago": how old a cached copy is, for people.
QString offlineAgeText(const QDateTime &fetchedAt, const QDateTime &now);

class SummaryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryWorker)

public:
    explicit SummaryWorker(WikiConfig config, QObject *parent = nullptr);
    ~SummaryWorker() override;

    int inFlight() const { return m_inFlight; }

public slots:
    // Asks for the summaries of links on behalf of owner (an article or tab). Each link gets a Loading
    // result when it needs the network, then exactly one final result (Loaded results may be followed by
    // a second one once the thumbnail has arrived). ownerFinished follows when all are answered.
    void request(const QString &owner, const QList<Randnotiz::WikiLink> &links);
    // Forgets owner: its queued requests go, and those in flight are aborted unless another owner
    // still wants them. No further ownerFinished for it.
    void cancel(const QString &owner);
    // New settings (offline, contact, base, cache size, preferred language) apply to requests made from now on.
    void setConfig(const Randnotiz::WikiConfig &config);
    // Opens the configured offline copies now rather than at the first request; offlineCopiesOpened follows.
    void openOfflineCopies();
    // For entries without a usable link: asks the offline copies of lang for a close title to each subject.
    // titleSuggested follows for every subject that has one (none without a copy of that language). An empty lang
    // asks the copies of every language, in the order they were given.
    void suggestTitles(const QString &lang, const QStringList &subjects);

signals:
    void summaryReady(const Randnotiz::SummaryResult &result);
    void ownerFinished(const QString &owner);
    // What the offline copies (ZIM files) say about themselves, once they were opened for the first request.
    void offlineCopiesOpened(const QList<Randnotiz::ZimInfo> &copies);
    // "Perhaps: <title>" for an entry whose subject is subject; link is the page's validated link.
    void titleSuggested(const QString &subject, const Randnotiz::WikiLink &link);
    // Every URL the worker is about to fetch, for the record and for the tests of the allowlist.
    void requestSent(const QUrl &url);

private:
    enum class Phase { LanguageLinks, Summary, Thumbnail };
    struct Job
    {
        WikiLink link; // as the article has it; results carry link.url
        WikiLink target; // the page actually summarised: link, or its page in the preferred language
        QUrl cacheKey;
        QSet<QString> owners;
        Phase phase = Phase::Summary;
        QUrl url;
        int attempts = 0;
        int redirects = 0;
        QNetworkReply *reply = nullptr;
        QTimer *retryTimer = nullptr;
        QByteArray body;
        bool tooLarge = false;
        bool timedOut = false;
        std::optional<CachedSummary> cached;
        SummaryResult result; // the result delivered before the thumbnail was asked for
        QByteArray etag;
    };

    SummaryCache *cache();
    ZimLibrary *zim();
    bool answerFromZim(const WikiLink &link);
    void pump();
    void start(const QString &key, Job &job);
    void onFinished(const QString &key, QNetworkReply *reply);
    void handleLanguageLinksReply(const QString &key, Job &job, QNetworkReply *reply);
    void handleSummaryReply(const QString &key, Job &job, QNetworkReply *reply);
    void handleThumbnailReply(const QString &key, Job &job, QNetworkReply *reply);
    void retryLater(const QString &key, Job &job, qint64 delayMs);
    void fail(const QString &key, Job &job, const QString &message);
    void finish(const QString &key, const SummaryResult &result);
    void emitResult(const SummaryResult &result);
    bool wantsOtherLanguage(const WikiLink &link) const;
    QUrl cacheKeyFor(const WikiLink &link) const;
    SummaryResult resultFromCache(const WikiLink &link, const CachedSummary &cached, SummaryState state) const;

    WikiConfig m_config;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<SummaryCache> m_cache;
    std::unique_ptr<ZimLibrary> m_zim;
    std::map<QString, Job> m_jobs; // by canonical article URL and preferred language
    QList<QString> m_queue; // jobs waiting for a free slot, summaries before thumbnails
    QHash<QString, QSet<QString>> m_owners; // owner -> keys of its jobs still running
    int m_inFlight = 0;
};

} // namespace Randnotiz
