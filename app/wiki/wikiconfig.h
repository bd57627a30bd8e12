// WikiConfig: everything the summary worker needs to know about where and how it may fetch.
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace Randnotiz {

struct WikiConfig
{
    // The REST API root; "{lang}" becomes the link's language. --wiki-base replaces it (mirrors, tests).
    QString baseTemplate = defaultBaseTemplate();
    // Who to contact about this client, part of the User-Agent as the Wikimedia policy asks.
    QString contact = defaultContact();
    bool offline = false;
    qint64 cacheBytes = 50 * 1024 * 1024;
    // Empty: every link is fetched in its own language.
    QString preferredLanguage;
    // Folder of the persistent cache; empty means QStandardPaths::CacheLocation.
    QString dataDir;
    // Offline copies of Wikipedia (Kiwix ZIM files). A page one of them has is read from it; with
    // preferOffline the network is not asked for it at all, without it only when offline.
    QStringList zimFiles;
    bool preferOffline = true;

    // Network limits. Tests shorten the times; the defaults are the documented policy.
    int timeoutMs = 10000; // whole request, a slow drip included
    int retryBaseDelayMs = 1000; // 5xx backoff: base, 2 x base
    int maxRetryAfterMs = 120000; // a longer Retry-After counts as an error instead of a wait
    int maxAttempts = 3; // tries in all, for 429 and 5xx
    int maxRedirects = 5;
    qint64 maxBodyBytes = 1024 * 1024;
    int maxInFlight = 3;
    qint64 freshSeconds = 24 * 60 * 60; // a cached summary younger than this is used without a request

    static QString defaultBaseTemplate() { return QStringLiteral("https://{lang}.wikipedia.org/api/rest_v1"); }
    static QString defaultContact() { return QStringLiteral("https://example.invalid/randnotiz"); }

    // The folder the cache lives in: dataDir, or the platform cache folder.
    QString cacheDirectory() const;
};

} // namespace Randnotiz
