#include "article/wikilink.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace Randnotiz {

namespace {

// Language subdomains look like "de", "als", "zh-min-nan", "be-tarask" or "simple"; "www" is the portal.
bool isLanguageCode(const QString &lang)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,2}|simple)$"));
    return lang != QLatin1String("www") && pattern.match(lang).hasMatch();
}

// MediaWiki forbids these in titles; a title that has them cannot be an article we would fetch.
bool isUsableTitle(const QString &title)
{
    if (title.isEmpty() || title.size() > 255)
        return false;
    for (const QChar c : title) {
        if (c.category() == QChar::Other_Control || QStringView(u"<>[]{}|#").contains(c))
            return false;
    }
    static const QRegularExpression relative(QStringLiteral("(^|/)\\.{1,2}(/|$)"));
    return !relative.match(title).hasMatch();
}

QString normalisedTitle(QString title)
{
    title.replace(QLatin1Char('_'), QLatin1Char(' '));
    return title.simplified();
}

} // namespace

std::optional<WikiLink> WikiLink::fromTitle(const QString &lang, const QString &title)
{
    const QString cleanLang = lang.toLower();
    const QString cleanTitle = normalisedTitle(title);
    if (!isLanguageCode(cleanLang) || !isUsableTitle(cleanTitle))
        return std::nullopt;

    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(cleanLang + QStringLiteral(".wikipedia.org"));
    QString path = QStringLiteral("/wiki/") + cleanTitle;
    path.replace(QLatin1Char(' '), QLatin1Char('_'));
    url.setPath(path, QUrl::DecodedMode);
    return WikiLink { cleanLang, cleanTitle, url };
}

std::optional<WikiLink> WikiLink::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;

    const QUrl url(trimmed, QUrl::TolerantMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || !url.userInfo().isEmpty()
        || (url.port() != -1 && url.port() != 443))
        return std::nullopt;

    static const QRegularExpression hostPattern(QStringLiteral("^([a-z0-9-]+)(?:\\.m)?\\.wikipedia\\.org$"));
    const QRegularExpressionMatch host = hostPattern.match(url.host());
    if (!host.hasMatch())
        return std::nullopt;

    const QString path = url.path(QUrl::FullyDecoded);
    QString title;
    if (path.startsWith(QLatin1String("/wiki/"))) {
        title = path.mid(6);
    } else if (path == QLatin1String("/w/index.php")) {
        // index.php reads its query the PHP way, where '+' stands for a space.
        QString query = url.query(QUrl::FullyEncoded);
        query.replace(QLatin1Char('+'), QStringLiteral("%20"));
        title = QUrlQuery(query).queryItemValue(QStringLiteral("title"), QUrl::FullyDecoded);
    } else {
        return std::nullopt;
    }
    return fromTitle(host.captured(1), title);
}

} // namespace Randnotiz
