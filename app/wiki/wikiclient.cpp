#include "wiki/wikiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace Randnotiz::WikiClient {

namespace {

bool isWikipediaHost(const QUrl &url)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9-]+\\.wikipedia\\.org$"));
    return url.scheme() == QLatin1String("https") && url.port(443) == 443 && pattern.match(url.host()).hasMatch();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    if (a.scheme() != b.scheme() || a.host().isEmpty() || a.host() != b.host())
        return false;
    const int defaultPort = a.scheme() == QLatin1String("https") ? 443 : 80;
    return a.port(defaultPort) == b.port(defaultPort);
}

bool isHttp(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && url.userInfo().isEmpty() && !url.host().isEmpty();
}

QString decodeEntity(const QString &name)
{
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive) ? name.mid(2).toUInt(&ok, 16)
                                                                                    : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return QString(QChar::ReplacementCharacter);
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    static const QHash<QString, QString> named {
        { QStringLiteral("amp"), QStringLiteral("&") },      { QStringLiteral("lt"), QStringLiteral("<") },
        { QStringLiteral("gt"), QStringLiteral(">") },       { QStringLiteral("quot"), QStringLiteral("\"") },
        { QStringLiteral("apos"), QStringLiteral("'") },     { QStringLiteral("nbsp"), QString(QChar(0xA0)) },
        { QStringLiteral("ndash"), QString(QChar(0x2013)) }, { QStringLiteral("mdash"), QString(QChar(0x2014)) },
    };
    return named.value(name, QLatin1Char('&') + name + QLatin1Char(';'));
}

// Splits extract_html into text runs and tags, the only parsing either reducer needs.
struct Token
{
    bool isTag = false;
    bool closing = false;
    QString name; // tag name, lower case
    QString text; // decoded text for text tokens
};

QList<Token> tokenize(const QString &html)
{
    QList<Token> tokens;
    QString text;
    auto flushText = [&] {
        if (!text.isEmpty())
            tokens.append(Token { false, false, {}, text });
        text.clear();
    };
    for (qsizetype i = 0; i < html.size();) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<')) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), i + 1);
            if (end < 0) { // an unterminated tag is text, not markup
                text += html.mid(i);
                break;
            }
            flushText();
            QString inner = html.mid(i + 1, end - i - 1).trimmed();
            Token tag;
            tag.isTag = true;
            if (inner.startsWith(QLatin1Char('/'))) {
                tag.closing = true;
                inner = inner.mid(1).trimmed();
            }
            qsizetype n = 0;
            while (n < inner.size() && inner.at(n).isLetterOrNumber())
                ++n;
            tag.name = inner.left(n).toLower();
            tokens.append(tag);
            i = end + 1;
        } else if (c == QLatin1Char('&')) {
            const qsizetype end = html.indexOf(QLatin1Char(';'), i + 1);
            if (end > i + 1 && end - i <= 10) {
                text += decodeEntity(html.mid(i + 1, end - i - 1));
                i = end + 1;
            } else {
                text += c;
                ++i;
            }
        } else {
            text += c;
            ++i;
        }
    }
    flushText();
    return tokens;
}

bool isBlockTag(const QString &name)
{
    static const QStringList blocks { QStringLiteral("p"),   QStringLiteral("br"), QStringLiteral("li"),
                                      QStringLiteral("div"), QStringLiteral("ul"), QStringLiteral("ol") };
    return blocks.contains(name);
}

QString foldSpaces(const QString &text)
{
    QStringList paragraphs;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString folded = line.simplified();
        if (!folded.isEmpty())
            paragraphs.append(folded);
    }
    return paragraphs.join(QLatin1Char('\n'));
}

} // namespace

QByteArray encodeTitle(const QString &title)
{
    QString underscored = title;
    underscored.replace(QLatin1Char(' '), QLatin1Char('_'));
    // MediaWiki leaves these readable in its own URLs; the slash is deliberately not among them.
    return QUrl::toPercentEncoding(underscored, QByteArrayLiteral(":@$!*(),;"));
}

QUrl apiBase(const WikiConfig &config, const QString &lang)
{
    QString base = config.baseTemplate;
    base.replace(QLatin1String("{lang}"), lang);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base, QUrl::StrictMode);
}

QUrl summaryUrl(const WikiConfig &config, const WikiLink &link)
{
    const QByteArray encoded
        = apiBase(config, link.lang).toEncoded() + QByteArrayLiteral("/page/summary/") + encodeTitle(link.title);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

QUrl languageLinksUrl(const WikiConfig &config, const WikiLink &link)
{
    QByteArray root = apiBase(config, link.lang).toEncoded();
    if (root.endsWith("/api/rest_v1"))
        root.chop(qstrlen("/api/rest_v1"));
    return QUrl::fromEncoded(root + QByteArrayLiteral("/w/rest.php/v1/page/") + encodeTitle(link.title)
                                 + QByteArrayLiteral("/links/language"),
                             QUrl::StrictMode);
}

std::optional<WikiLink> parseLanguageLink(const QByteArray &body, const QString &lang)
{
    const QJsonArray links = QJsonDocument::fromJson(body).array();
    for (const QJsonValue value : links) {
        const QJsonObject o = value.toObject();
        if (o.value(QLatin1String("code")).toString() == lang)
            return WikiLink::fromTitle(lang, o.value(QLatin1String("title")).toString());
    }
    return std::nullopt;
}

bool isAllowedApiUrl(const WikiConfig &config, const QUrl &url, const QString &lang)
{
    if (!isHttp(url))
        return false;
    return isWikipediaHost(url) || sameOrigin(url, apiBase(config, lang));
}

bool isAllowedThumbnailUrl(const WikiConfig &config, const QUrl &url, const QString &lang)
{
    if (!isHttp(url))
        return false;
    if (url.scheme() == QLatin1String("https") && url.host() == QLatin1String("upload.wikimedia.org")
        && url.port(443) == 443)
        return true;
    return sameOrigin(url, apiBase(config, lang));
}

QByteArray userAgent(const WikiConfig &config)
{
    // A header is ASCII; anything else in the contact string, and the parentheses that frame it, go.
    QByteArray contact;
    for (const QChar c : config.contact.simplified()) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('(') && c != QLatin1Char(')'))
            contact += char(c.unicode());
    }
    if (contact.isEmpty())
        contact = WikiConfig::defaultContact().toLatin1();
    return QByteArrayLiteral("Randnotiz/" RANDNOTIZ_VERSION " (") + contact + QByteArrayLiteral(") Qt/")
        + QByteArray(qVersion());
}

QNetworkRequest buildRequest(const WikiConfig &config, const QUrl &url, RequestKind kind, const QByteArray &etag)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent(config));
    request.setRawHeader(QByteArrayLiteral("Accept"),
                         kind == RequestKind::Summary ? QByteArrayLiteral("application/json")
                                                      : QByteArrayLiteral("image/webp,image/png,image/jpeg,image/*"));
    // No Accept-Encoding of our own: Qt then asks for gzip itself and also inflates the answer, which it
    // would not do for a header we set.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(config.timeoutMs);
    if (!etag.isEmpty() && kind == RequestKind::Summary)
        request.setRawHeader(QByteArrayLiteral("If-None-Match"), etag);
    return request;
}

std::optional<QUrl> redirectTarget(const QUrl &from, const QByteArray &location)
{
    const QByteArray trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const QUrl relative = QUrl::fromEncoded(trimmed, QUrl::StrictMode);
    if (!relative.isValid())
        return std::nullopt;
    const QUrl target = from.resolved(relative);
    if (!isHttp(target) || !sameOrigin(target, from))
        return std::nullopt;
    return target;
}

qint64 retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : qMin<qint64>(seconds, 24 * 3600) * 1000;
    // HTTP dates end in "GMT", which Qt's RFC 2822 reader wants as a numeric zone.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.chopped(4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return qMax<qint64>(0, now.msecsTo(when));
}

ParsedSummary parseSummary(const QByteArray &body, const WikiLink &link)
{
    ParsedSummary parsed;
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        parsed.error = QCoreApplication::translate("Randnotiz::WikiClient",
                                                   "The summary from Wikipedia could not be read: %1 (at byte %2).")
                           .arg(jsonError.errorString())
                           .arg(jsonError.offset);
        return parsed;
    }
    const QJsonObject o = doc.object();
    const QJsonObject titles = o.value(QLatin1String("titles")).toObject();
    QString title = titles.value(QLatin1String("normalized")).toString();
    if (title.isEmpty())
        title = o.value(QLatin1String("title")).toString().replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!doc.isObject() || title.isEmpty()) {
        parsed.error
            = QCoreApplication::translate("Randnotiz::WikiClient", "The answer from Wikipedia is not a page summary.");
        return parsed;
    }

    Summary &s = parsed.summary;
    s.title = title.simplified();
    s.lang = o.value(QLatin1String("lang")).toString();
    if (s.lang.isEmpty() || s.lang.size() > 20)
        s.lang = link.lang;
    s.description = o.value(QLatin1String("description")).toString().simplified();
    s.extract = foldSpaces(o.value(QLatin1String("extract")).toString());
    if (s.extract.isEmpty())
        s.extract = htmlToPlainText(o.value(QLatin1String("extract_html")).toString());

    // Only a link that passes the same validation as article links may become the page URL.
    const QString page = o.value(QLatin1String("content_urls"))
                             .toObject()
                             .value(QLatin1String("desktop"))
                             .toObject()
                             .value(QLatin1String("page"))
                             .toString();
    const std::optional<WikiLink> pageLink = WikiLink::parse(page);
    s.pageUrl = pageLink ? pageLink->url : link.url;

    const QString thumbnail = o.value(QLatin1String("thumbnail")).toObject().value(QLatin1String("source")).toString();
    if (!thumbnail.isEmpty())
        parsed.thumbnailUrl = QUrl::fromEncoded(thumbnail.toUtf8(), QUrl::StrictMode);

    parsed.state = o.value(QLatin1String("type")).toString() == QLatin1String("disambiguation")
        ? SummaryState::Disambiguation
        : SummaryState::Loaded;
    return parsed;
}

QString htmlToPlainText(const QString &html)
{
    QString text;
    for (const Token &token : tokenize(html)) {
        if (!token.isTag)
            text += token.text;
        else if (isBlockTag(token.name))
            text += QLatin1Char('\n');
    }
    return foldSpaces(text);
}

QString reduceExtractHtml(const QString &html)
{
    static const QStringList inlineTags { QStringLiteral("b"),   QStringLiteral("i"),      QStringLiteral("em"),
                                          QStringLiteral("sub"), QStringLiteral("strong"), QStringLiteral("sup") };
    QString out;
    QStringList open;
    for (const Token &token : tokenize(html)) {
        if (!token.isTag) {
            out += token.text.toHtmlEscaped();
        } else if (inlineTags.contains(token.name)) {
            if (!token.closing) {
                open.append(token.name);
                out += QLatin1Char('<') + token.name + QLatin1Char('>');
            } else if (!open.isEmpty() && open.last() == token.name) {
                open.removeLast();
                out += QLatin1String("</") + token.name + QLatin1Char('>');
            }
        } else if ((token.name == QLatin1String("p") && token.closing) || token.name == QLatin1String("br")) {
            out += QLatin1String("<br>");
        }
    }
    while (!open.isEmpty())
        out += QLatin1String("</") + open.takeLast() + QLatin1Char('>');
    while (out.endsWith(QLatin1String("<br>")))
        out.chop(4);
    return out.trimmed();
}

} // namespace Randnotiz::WikiClient
