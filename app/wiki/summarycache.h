// SummaryCache: the persistent store of fetched Wikipedia summaries, one SQLite file under the data folder,
// bounded in size with the oldest entries going first. Used from one thread only (the worker's).
#pragma once

#include "wiki/summary.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace Randnotiz {

struct CachedSummary
{
    SummaryState state = SummaryState::Loaded; // Loaded, Disambiguation or NotFound
    Summary summary; // summary.fetchedAt: last time the server confirmed it
    QByteArray etag;
};

class SummaryCache final
{
public:
    enum class Access { ReadWrite, ReadOnly };

    // Opens (and creates) DIR/summaries.sqlite. maxBytes bounds the stored payload. ReadOnly creates nothing
    // and writes nothing (store, touch and setMaxBytes fail): for readers beside the worker, on their own thread.
    SummaryCache(const QString &directory, qint64 maxBytes, Access access = Access::ReadWrite);
    ~SummaryCache();
    Q_DISABLE_COPY_MOVE(SummaryCache)

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QString filePath() const { return m_filePath; }

    std::optional<CachedSummary> find(const QUrl &articleUrl);
    // The page a loaded summary of this link came from (a redirect followed: the canonical page), without
    // reading the rest of the entry; nullopt when the cache has no loaded summary of it.
    std::optional<QUrl> pageUrl(const QUrl &articleUrl);
    // False (errorString() says why) when the entry could not be written, or was written but the cache could
    // not shrink back under its bound.
    bool store(const QUrl &articleUrl, const CachedSummary &entry);
    // A 304 confirmed the copy: only its time moves.
    bool touch(const QUrl &articleUrl, const QDateTime &fetchedAt);

    bool setMaxBytes(qint64 maxBytes); // false when the cache could not shrink to it
    qint64 totalBytes();
    int count();

    static QString fileName() { return QStringLiteral("summaries.sqlite"); }

private:
    bool exec(const QString &sql);
    bool evict();

    QString m_connection;
    QString m_filePath;
    qint64 m_maxBytes = 0;
    Access m_access = Access::ReadWrite;
    bool m_open = false;
    QString m_error;
};

} // namespace Randnotiz
