#include "article/externalurl.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Randnotiz::ExternalUrl {

namespace {

constexpr qsizetype MaxUrlBytes = 8192;

// C0, DEL, C1 and the invisible format characters (bidi overrides, zero-width joiners) that make one
// address look like another.
bool isControl(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Other_Format;
}

bool hasControls(const QString &text)
{
    const QList<uint> codes = text.toUcs4();
    return std::any_of(codes.cbegin(), codes.cend(), [](uint c) { return isControl(char32_t(c)); });
}

bool isWikipediaHost(const QString &host)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9-]+(?:\\.m)?\\.wikipedia\\.org$"));
    return pattern.match(host).hasMatch();
}

// The REST base's host and port; "{lang}" in the host matches exactly one label.
bool isBaseHost(const QUrl &url, const QString &restBaseTemplate)
{
    if (restBaseTemplate.isEmpty())
        return false;
    static const QString marker = QStringLiteral("randnotiz-lang-label");
    const QUrl base(QString(restBaseTemplate).replace(QStringLiteral("{lang}"), marker), QUrl::StrictMode);
    const QString baseHost = base.host(QUrl::EncodeUnicode);
    if (!base.isValid() || base.scheme() != QLatin1String("https") || baseHost.isEmpty() || !base.userInfo().isEmpty()
        || base.port(443) != url.port(443))
        return false;
    QStringList parts = baseHost.split(marker);
    for (QString &part : parts)
        part = QRegularExpression::escape(part);
    const QRegularExpression hostPattern(QRegularExpression::anchoredPattern(parts.join(QStringLiteral("[a-z0-9-]+"))));
    return hostPattern.match(url.host(QUrl::EncodeUnicode)).hasMatch();
}

} // namespace

bool isSafeToOpen(const QUrl &url, const QString &restBaseTemplate)
{
    if (!url.isValid() || url.isRelative() || url.scheme() != QLatin1String("https"))
        return false;
    const QByteArray encoded = url.toEncoded();
    if (encoded.isEmpty() || encoded.size() > MaxUrlBytes || !url.userInfo().isEmpty() || !url.userName().isEmpty())
        return false;
    // Raw bytes of the encoded form, then every component decoded: "%0a" and "%E2%80%AE" count as well.
    if (std::any_of(encoded.cbegin(), encoded.cend(), [](char c) { return uchar(c) < 0x20 || uchar(c) == 0x7f; }))
        return false;
    if (hasControls(QUrl::fromPercentEncoding(encoded)) || hasControls(url.host()))
        return false;
    // The ASCII (punycode) form: a lookalike in another script never equals a Latin host.
    const QString host = url.host(QUrl::EncodeUnicode);
    if (host.isEmpty())
        return false;
    if (isWikipediaHost(host) && url.port(443) == 443)
        return true;
    return isBaseHost(url, restBaseTemplate);
}

} // namespace Randnotiz::ExternalUrl
