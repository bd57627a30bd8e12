// The network policy of the summary worker in one place: URLs, host allowlist, request headers and limits,
// and turning a REST summary body into a Summary.
#pragma once

#include "article/wikilink.h"
#include "wiki/summary.h"
#include "wiki/wikiconfig.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <optional>

namespace Randnotiz::WikiClient {

enum class RequestKind { Summary, Thumbnail };

// A title as one REST path segment: spaces become underscores, UTF-8 is percent-encoded and a slash
// is sent as %2F ("AC/DC" -> "AC%2FDC"), so the title can never climb out of its segment.
QByteArray encodeTitle(const QString &title);

// The API root for a language, i.e. the base template with {lang} filled in.
QUrl apiBase(const WikiConfig &config, const QString &lang);

// https://LANG.wikipedia.org/api/rest_v1/page/summary/TITLE, or the same below --wiki-base.
QUrl summaryUrl(const WikiConfig &config, const WikiLink &link);

// The page's links to other languages (MediaWiki core REST API), beside the summary API:
// https://LANG.wikipedia.org/w/rest.php/v1/page/TITLE/links/language. Below --wiki-base, a trailing
// /api/rest_v1 of the base becomes /w/rest.php/v1.
QUrl languageLinksUrl(const WikiConfig &config, const WikiLink &link);

// The validated link to the same page in lang, read from a language-links body, or std::nullopt.
std::optional<WikiLink> parseLanguageLink(const QByteArray &body, const QString &lang);

// Whether a summary request (or a redirect) may go to url: https on LANG.wikipedia.org, or the
// configured base's own scheme, host and port.
bool isAllowedApiUrl(const WikiConfig &config, const QUrl &url, const QString &lang);

// Thumbnails only from https://upload.wikimedia.org or the configured base's host.
bool isAllowedThumbnailUrl(const WikiConfig &config, const QUrl &url, const QString &lang);

// The User-Agent the Wikimedia policy asks for: Randnotiz/VERSION (CONTACT) Qt/QT_VERSION.
QByteArray userAgent(const WikiConfig &config);

// The one function that builds every request the worker sends: User-Agent, Accept, gzip, timeout,
// no automatic redirects (the worker follows them itself, same host only), and If-None-Match when
// a cached copy has an ETag.
QNetworkRequest buildRequest(const WikiConfig &config, const QUrl &url, RequestKind kind, const QByteArray &etag = {});

// Where a redirect leads, or std::nullopt when it must not be followed (other host or scheme,
// no Location). Relative, percent-encoded Locations are resolved against from.
std::optional<QUrl> redirectTarget(const QUrl &from, const QByteArray &location);

// Retry-After as milliseconds (delta seconds or an HTTP date), or -1 when it is missing or unreadable.
qint64 retryAfterMs(const QByteArray &value, const QDateTime &now);

// The result of reading a summary body.
struct ParsedSummary
{
    SummaryState state = SummaryState::Error; // Loaded, Disambiguation or Error
    Summary summary;
    QUrl thumbnailUrl; // as the body names it; checked with isAllowedThumbnailUrl before use
    QString error;
};

// Reads a REST summary JSON body. The page URL is taken from the body only when it is a validated
// Wikipedia link; otherwise the link's own canonical URL is kept.
ParsedSummary parseSummary(const QByteArray &body, const WikiLink &link);

// extract_html reduced to plain text: tags dropped (their text kept), entities decoded, white space
// folded. Used when a body has no plain extract.
QString htmlToPlainText(const QString &html);

// extract_html reduced to a few harmless inline tags (b, i, em, strong, sub, sup, span without
// attributes dropped): everything else is escaped text. Safe to hand to a rich-text label.
QString reduceExtractHtml(const QString &html);

} // namespace Randnotiz::WikiClient
