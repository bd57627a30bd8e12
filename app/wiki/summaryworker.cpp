#include "wiki/summaryworker.h"

#include "wiki/summarycache.h"
#include "wiki/wikiclient.h"
#include "wiki/zimlibrary.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Randnotiz {

namespace {

QString keyOf(const WikiLink &link)
{
    return link.url.toString(QUrl::FullyEncoded);
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Failures that say "there is no network" rather than "the server misbehaved".
bool isUnreachable(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

} // namespace

QString offlineAgeText(const QDateTime &fetchedAt, const QDateTime &now)
{
    // English needs its singular spelled out when no translation is loaded; %n lets translators do theirs.
    const qint64 seconds = qMax<qint64>(0, fetchedAt.secsTo(now));
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    const int days = int(seconds / 86400);
    if (minutes < 1)
        return QCoreApplication::translate("Randnotiz::SummaryWorker", "offline — from just now");
    if (hours < 1)
        return minutes == 1 ? QCoreApplication::translate("Randnotiz::SummaryWorker", "offline — from 1 minute ago")
                            : QCoreApplication::translate("Randnotiz::SummaryWorker", "offline — from %n minutes ago",
                                                          nullptr, minutes);
    if (days < 2)
        return hours == 1
            ? QCoreApplication::translate("Randnotiz::SummaryWorker", "offline — from 1 hour ago")
            : QCoreApplication::translate("Randnotiz::SummaryWorker", "offline — from %n hours ago", nullptr, hours);
    return QCoreApplication::translate("Randnotiz::SummaryWorker", "offline — from %n days ago", nullptr, days);
}

SummaryWorker::SummaryWorker(WikiConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

SummaryWorker::~SummaryWorker()
{
    for (auto &[key, job] : m_jobs) {
        if (job.reply) {
            job.reply->disconnect(this);
            job.reply->abort();
        }
    }
}

SummaryCache *SummaryWorker::cache()
{
    // Opened on first use, so that the SQLite connection belongs to the worker's thread.
    if (!m_cache) {
        m_cache = std::make_unique<SummaryCache>(m_config.cacheDirectory(), m_config.cacheBytes);
        if (!m_cache->isOpen())
            qWarning("Randnotiz: summary cache unavailable: %s", qUtf8Printable(m_cache->errorString()));
    }
    return m_cache.get();
}

ZimLibrary *SummaryWorker::zim()
{
    // Opened on first use, on the worker's thread: opening a large ZIM file reads its directory.
    if (!m_zim && !m_config.zimFiles.isEmpty()) {
        m_zim = std::make_unique<ZimLibrary>(m_config.zimFiles);
        Q_EMIT offlineCopiesOpened(m_zim->infos());
    }
    return m_zim.get();
}

void SummaryWorker::openOfflineCopies()
{
    zim();
}

void SummaryWorker::suggestTitles(const QString &lang, const QStringList &subjects)
{
    ZimLibrary *library = zim();
    if (library && lang.isEmpty()) { // every copy's language, in the order the copies were given
        QStringList langs;
        for (const ZimInfo &info : library->infos()) {
            if (info.ok && !langs.contains(info.lang))
                langs.append(info.lang);
        }
        for (const QString &each : std::as_const(langs))
            suggestTitles(each, subjects);
        return;
    }
    if (!library || !library->hasLanguage(lang))
        return;
    for (const QString &subject : subjects) {
        const QString title = library->suggestTitle(lang, subject);
        if (title.isEmpty())
            continue;
        if (const std::optional<WikiLink> link = WikiLink::fromTitle(lang, title))
            Q_EMIT titleSuggested(subject, *link);
    }
}

// The offline copy's answer for link, when one of its language has the page and may be used now.
bool SummaryWorker::answerFromZim(const WikiLink &link)
{
    if (!m_config.offline && !m_config.preferOffline)
        return false;
    ZimLibrary *library = zim();
    if (!library || !library->hasLanguage(link.lang))
        return false;
    const ZimLookup found = library->lookup(link);
    if (found.outcome != ZimLookup::Outcome::Found)
        return false;
    SummaryResult r;
    r.articleUrl = link.url;
    r.state = found.state;
    r.summary = found.summary;
    emitResult(r);
    return true;
}

void SummaryWorker::setConfig(const WikiConfig &config)
{
    const bool moved = config.cacheDirectory() != m_config.cacheDirectory();
    if (config.zimFiles != m_config.zimFiles)
        m_zim.reset();
    m_config = config;
    if (moved)
        m_cache.reset();
    else if (m_cache)
        m_cache->setMaxBytes(config.cacheBytes);
}

bool SummaryWorker::wantsOtherLanguage(const WikiLink &link) const
{
    return !m_config.preferredLanguage.isEmpty() && m_config.preferredLanguage != link.lang;
}

// A summary shown in a preferred language is stored apart from the link's own.
QUrl SummaryWorker::cacheKeyFor(const WikiLink &link) const
{
    if (!wantsOtherLanguage(link))
        return link.url;
    QUrl key = link.url;
    key.setFragment(QStringLiteral("lang=") + m_config.preferredLanguage);
    return key;
}

SummaryResult SummaryWorker::resultFromCache(const WikiLink &link, const CachedSummary &cached,
                                             SummaryState state) const
{
    SummaryResult r;
    r.articleUrl = link.url;
    r.state = state;
    r.summary = cached.summary;
    r.summary.fromCache = true;
    return r;
}

void SummaryWorker::emitResult(const SummaryResult &result)
{
    Q_EMIT summaryReady(result);
}

void SummaryWorker::request(const QString &owner, const QList<WikiLink> &links)
{
    QSet<QString> &pending = m_owners[owner];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const WikiLink &link : links) {
        // Only links that pass validation again are fetched: the type alone is no proof.
        const std::optional<WikiLink> valid = WikiLink::fromTitle(link.lang, link.title);
        if (!valid || *valid != link) {
            SummaryResult r;
            r.articleUrl = link.url;
            r.state = SummaryState::Error;
            r.error = tr("Not a Wikipedia article link; nothing was fetched.");
            emitResult(r);
            continue;
        }
        const QString key = keyOf(link) + QLatin1Char(' ') + m_config.preferredLanguage;
        SummaryResult loading;
        loading.articleUrl = link.url;
        loading.state = SummaryState::Loading;

        if (auto it = m_jobs.find(key); it != m_jobs.end()) {
            it->second.owners.insert(owner);
            pending.insert(key);
            emitResult(loading);
            continue;
        }

        const QUrl cacheKey = cacheKeyFor(link);
        std::optional<CachedSummary> cached = cache()->find(cacheKey);
        const bool fresh = cached && cached->summary.fetchedAt.secsTo(now) < m_config.freshSeconds
            && cached->summary.fetchedAt <= now.addSecs(60);
        // Order: a fresh cached copy, then an offline copy of the page's language, then the network.
        if (!fresh && (!wantsOtherLanguage(link) || m_config.offline) && answerFromZim(link))
            continue;
        if (m_config.offline) {
            SummaryResult r;
            r.articleUrl = link.url;
            r.state = SummaryState::Offline;
            if (cached) {
                r = resultFromCache(link, *cached,
                                    cached->state == SummaryState::Loaded ? SummaryState::Offline : cached->state);
                r.error = offlineAgeText(cached->summary.fetchedAt, now);
            } else {
                r.error = tr("offline — no copy of this summary is stored.");
            }
            emitResult(r);
            continue;
        }
        if (fresh) {
            emitResult(resultFromCache(link, *cached, cached->state));
            continue;
        }

        Job job;
        job.link = link;
        job.target = link;
        job.cacheKey = cacheKey;
        job.owners.insert(owner);
        job.phase = wantsOtherLanguage(link) ? Phase::LanguageLinks : Phase::Summary;
        job.url = job.phase == Phase::LanguageLinks ? WikiClient::languageLinksUrl(m_config, link)
                                                    : WikiClient::summaryUrl(m_config, link);
        job.cached = std::move(cached);
        if (!WikiClient::isAllowedApiUrl(m_config, job.url, link.lang)) {
            SummaryResult r;
            r.articleUrl = link.url;
            r.state = SummaryState::Error;
            r.error = tr("The configured Wikipedia address is not usable.");
            emitResult(r);
            continue;
        }
        m_jobs.emplace(key, std::move(job));
        m_queue.append(key);
        pending.insert(key);
        emitResult(loading);
    }
    if (pending.isEmpty()) {
        m_owners.remove(owner);
        Q_EMIT ownerFinished(owner);
    }
    pump();
}

void SummaryWorker::cancel(const QString &owner)
{
    const QSet<QString> keys = m_owners.take(owner);
    QSet<QString> dropped; // taken out of the queue in one pass below, not one pass per key
    for (const QString &key : keys) {
        auto it = m_jobs.find(key);
        if (it == m_jobs.end())
            continue;
        Job &job = it->second;
        job.owners.remove(owner);
        if (!job.owners.isEmpty())
            continue;
        if (job.reply) {
            QNetworkReply *reply = job.reply;
            job.reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
            --m_inFlight;
        }
        delete job.retryTimer;
        dropped.insert(key);
        m_jobs.erase(it);
    }
    if (!dropped.isEmpty())
        m_queue.removeIf([&dropped](const QString &key) { return dropped.contains(key); });
    pump();
}

void SummaryWorker::pump()
{
    while (m_inFlight < m_config.maxInFlight && !m_queue.isEmpty()) {
        const QString key = m_queue.takeFirst();
        auto it = m_jobs.find(key);
        if (it != m_jobs.end() && !it->second.reply)
            start(key, it->second);
    }
}

void SummaryWorker::start(const QString &key, Job &job)
{
    const bool summary = job.phase != Phase::Thumbnail;
    const QByteArray etag = job.phase == Phase::Summary && job.cached ? job.cached->etag : QByteArray();
    const QNetworkRequest request = WikiClient::buildRequest(
        m_config, job.url, summary ? WikiClient::RequestKind::Summary : WikiClient::RequestKind::Thumbnail, etag);
    job.body.clear();
    job.tooLarge = false;
    job.timedOut = false;
    Q_EMIT requestSent(job.url);
    QNetworkReply *reply = m_network->get(request);
    job.reply = reply;
    ++m_inFlight;

    // The transfer timeout only notices silence; this one also ends a slow drip.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, key, reply] {
        auto it = m_jobs.find(key);
        if (it != m_jobs.end() && it->second.reply == reply) {
            it->second.timedOut = true;
            reply->abort();
        }
    });
    deadline->start(m_config.timeoutMs);

    const qint64 limit = m_config.maxBodyBytes;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, key, reply, limit] {
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        auto it = m_jobs.find(key);
        if (declared > limit && it != m_jobs.end() && it->second.reply == reply) {
            it->second.tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, key, reply, limit] {
        auto it = m_jobs.find(key);
        if (it == m_jobs.end() || it->second.reply != reply)
            return;
        Job &j = it->second;
        j.body += reply->read(limit + 1 - j.body.size());
        if (j.body.size() > limit) {
            j.tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, key, reply] { onFinished(key, reply); });
}

void SummaryWorker::onFinished(const QString &key, QNetworkReply *reply)
{
    reply->deleteLater();
    --m_inFlight;
    auto it = m_jobs.find(key);
    if (it == m_jobs.end() || it->second.reply != reply) {
        pump();
        return;
    }
    Job &job = it->second;
    job.reply = nullptr;
    if (!job.tooLarge && reply->isOpen()) {
        job.body += reply->read(m_config.maxBodyBytes + 1 - job.body.size());
        job.tooLarge = job.body.size() > m_config.maxBodyBytes;
    }
    if (job.phase == Phase::LanguageLinks)
        handleLanguageLinksReply(key, job, reply);
    else if (job.phase == Phase::Summary)
        handleSummaryReply(key, job, reply);
    else
        handleThumbnailReply(key, job, reply);
    pump();
}

void SummaryWorker::handleLanguageLinksReply(const QString &key, Job &job, QNetworkReply *reply)
{
    // Whatever goes wrong here, the link's own page is still worth showing.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && !job.tooLarge && !job.timedOut) {
        if (const std::optional<WikiLink> other = WikiClient::parseLanguageLink(job.body, m_config.preferredLanguage))
            job.target = *other;
    }
    job.phase = Phase::Summary;
    job.url = WikiClient::summaryUrl(m_config, job.target);
    job.redirects = 0;
    if (!WikiClient::isAllowedApiUrl(m_config, job.url, job.target.lang)) {
        job.target = job.link;
        job.url = WikiClient::summaryUrl(m_config, job.link);
    }
    m_queue.prepend(key);
}

void SummaryWorker::handleSummaryReply(const QString &key, Job &job, QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (job.tooLarge)
        return fail(
            key, job,
            tr("The answer from Wikipedia is larger than %1 KB and was refused.").arg(m_config.maxBodyBytes / 1024));
    if (job.timedOut)
        return fail(key, job, tr("Wikipedia did not answer within %1 s.").arg(m_config.timeoutMs / 1000.0));

    if (isRedirect(status)) {
        const std::optional<QUrl> target = WikiClient::redirectTarget(job.url, reply->rawHeader("Location"));
        if (!target || !WikiClient::isAllowedApiUrl(m_config, *target, job.target.lang))
            return fail(key, job, tr("Wikipedia redirected to another host; the redirect was refused."));
        if (++job.redirects > m_config.maxRedirects)
            return fail(key, job, tr("Too many redirects (more than %1).").arg(m_config.maxRedirects));
        job.url = *target;
        m_queue.prepend(key);
        return;
    }
    if (status == 304 && job.cached) {
        cache()->touch(job.cacheKey, now);
        SummaryResult r = resultFromCache(job.link, *job.cached, job.cached->state);
        r.summary.fetchedAt = now;
        r.summary.fromCache = false; // confirmed by the server just now
        return finish(key, r);
    }
    if (status == 404) {
        CachedSummary entry;
        entry.state = SummaryState::NotFound;
        entry.summary.lang = job.target.lang;
        entry.summary.title = job.target.title;
        entry.summary.pageUrl = job.target.url;
        entry.summary.fetchedAt = now;
        cache()->store(job.cacheKey, entry);
        SummaryResult r;
        r.articleUrl = job.link.url;
        r.state = SummaryState::NotFound;
        r.summary = entry.summary;
        return finish(key, r);
    }
    if (status == 429 || status >= 500) {
        ++job.attempts;
        if (job.attempts >= m_config.maxAttempts) {
            return fail(
                key, job,
                status == 429
                    ? tr("Wikipedia asked to slow down (HTTP 429) %1 times; giving up.").arg(job.attempts)
                    : tr("Wikipedia had a server error (HTTP %1) %2 times; giving up.").arg(status).arg(job.attempts));
        }
        qint64 delay = WikiClient::retryAfterMs(reply->rawHeader("Retry-After"), now);
        if (delay > m_config.maxRetryAfterMs)
            return fail(key, job, tr("Wikipedia asked to wait %1 s; not waiting that long.").arg(delay / 1000));
        if (delay < 0)
            delay = qint64(m_config.retryBaseDelayMs) << (job.attempts - 1);
        return retryLater(key, job, delay);
    }
    if (status == 200) {
        const WikiClient::ParsedSummary parsed = WikiClient::parseSummary(job.body, job.target);
        if (parsed.state == SummaryState::Error)
            return fail(key, job, parsed.error);
        CachedSummary entry;
        entry.state = parsed.state;
        entry.summary = parsed.summary;
        entry.summary.fetchedAt = now;
        entry.etag = reply->rawHeader("ETag");
        SummaryResult r;
        r.articleUrl = job.link.url;
        r.state = parsed.state;
        r.summary = entry.summary;
        if (parsed.thumbnailUrl.isValid()
            && WikiClient::isAllowedThumbnailUrl(m_config, parsed.thumbnailUrl, job.target.lang)) {
            // The text is shown at once; the picture follows after every waiting summary.
            cache()->store(job.cacheKey, entry);
            emitResult(r);
            job.result = r;
            job.etag = entry.etag;
            job.phase = Phase::Thumbnail;
            job.url = parsed.thumbnailUrl;
            job.redirects = 0;
            m_queue.append(key);
            return;
        }
        cache()->store(job.cacheKey, entry);
        return finish(key, r);
    }
    if (status == 0 && reply->error() == QNetworkReply::RemoteHostClosedError) {
        // A dropped connection is worth another try, like a 5xx.
        if (++job.attempts < m_config.maxAttempts)
            return retryLater(key, job, qint64(m_config.retryBaseDelayMs) << (job.attempts - 1));
        return fail(key, job, tr("The connection to Wikipedia was closed: %1").arg(reply->errorString()));
    }
    if (status == 0 && isUnreachable(reply->error()) && job.cached) {
        SummaryResult r
            = resultFromCache(job.link, *job.cached,
                              job.cached->state == SummaryState::Loaded ? SummaryState::Offline : job.cached->state);
        r.error = offlineAgeText(job.cached->summary.fetchedAt, now);
        return finish(key, r);
    }
    if (status == 0)
        return fail(key, job, tr("Wikipedia could not be reached: %1").arg(reply->errorString()));
    return fail(key, job, tr("Wikipedia answered with HTTP %1.").arg(status));
}

void SummaryWorker::handleThumbnailReply(const QString &key, Job &job, QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    SummaryResult r = job.result;
    // A missing picture never spoils a summary: without one the text stands alone.
    const bool isImage
        = reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("image/"));
    if (status == 200 && isImage && !job.tooLarge && !job.timedOut && reply->error() == QNetworkReply::NoError
        && !job.body.isEmpty()) {
        r.summary.thumbnail = job.body;
        CachedSummary entry;
        entry.state = r.state;
        entry.summary = r.summary;
        entry.etag = job.etag;
        cache()->store(job.cacheKey, entry);
    }
    finish(key, r);
}

void SummaryWorker::retryLater(const QString &key, Job &job, qint64 delayMs)
{
    delete job.retryTimer;
    job.retryTimer = new QTimer(this);
    job.retryTimer->setSingleShot(true);
    job.retryTimer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early, before Retry-After
    connect(job.retryTimer, &QTimer::timeout, this, [this, key] {
        auto it = m_jobs.find(key);
        if (it == m_jobs.end())
            return;
        it->second.retryTimer->deleteLater();
        it->second.retryTimer = nullptr;
        m_queue.prepend(key);
        pump();
    });
    job.retryTimer->start(int(qMin<qint64>(delayMs, m_config.maxRetryAfterMs)));
}

void SummaryWorker::fail(const QString &key, Job &job, const QString &message)
{
    SummaryResult r;
    r.articleUrl = job.link.url;
    r.state = SummaryState::Error;
    r.error = message;
    if (job.cached) { // the stale copy is still worth showing beside the error
        r.summary = job.cached->summary;
        r.summary.fromCache = true;
    }
    finish(key, r);
}

void SummaryWorker::finish(const QString &key, const SummaryResult &result)
{
    auto it = m_jobs.find(key);
    if (it == m_jobs.end())
        return;
    const QSet<QString> owners = it->second.owners;
    delete it->second.retryTimer;
    m_jobs.erase(it);
    emitResult(result);
    for (const QString &owner : owners) {
        auto pending = m_owners.find(owner);
        if (pending == m_owners.end())
            continue;
        pending->remove(key);
        if (pending->isEmpty()) {
            m_owners.erase(pending);
            Q_EMIT ownerFinished(owner);
        }
    }
}

} // namespace Randnotiz
