#include "notes/openlink.h"

#include <QDir>
#include <QUrlQuery>

#include <algorithm>

namespace Randnotiz {

namespace {

constexpr int MaxLinkLength = 8192;
constexpr int MaxFingerprintLength = 128;

bool isHex(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

} // namespace

std::optional<OpenLink> OpenLink::parse(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != QLatin1String("randnotiz") || url.host() != QLatin1String("open"))
        return std::nullopt;
    if (!url.userInfo().isEmpty() || url.port() != -1 || url.hasFragment()
        || !(url.path().isEmpty() || url.path() == QLatin1String("/")) || !url.hasQuery()
        || url.toEncoded().size() > MaxLinkLength)
        return std::nullopt;

    OpenLink link;
    bool seenFile = false;
    bool seenFingerprint = false;
    bool seenAnnotation = false;
    const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("file") && !seenFile) {
            seenFile = true;
            if (value.isEmpty() || value.contains(QChar(0)) || !QDir::isAbsolutePath(value))
                return std::nullopt;
            link.file = value;
        } else if (key == QLatin1String("fingerprint") && !seenFingerprint) {
            seenFingerprint = true;
            if (value.isEmpty() || value.size() > MaxFingerprintLength || !isHex(value))
                return std::nullopt;
            link.fingerprint = value.toLower();
        } else if (key == QLatin1String("annotation") && !seenAnnotation) {
            seenAnnotation = true;
            link.annotation = QUuid::fromString(value);
            if (link.annotation.isNull())
                return std::nullopt;
        } else {
            return std::nullopt; // unknown or repeated
        }
    }
    if (!seenAnnotation || (!seenFile && !seenFingerprint))
        return std::nullopt;
    return link;
}

} // namespace Randnotiz
