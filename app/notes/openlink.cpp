#include "notes/openlink.h"

#include "notes/notesstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

bool samePath(const QString &a, const QString &b)
{
    return QDir::cleanPath(a) == QDir::cleanPath(b);
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

LinkTarget OpenLink::target(const NotesStore &store) const
{
    StoredArticle known;
    if (const std::optional<Annotation> a = store.annotation(annotation))
        known = store.article(a->articleId);
    if (!known.isValid() && !fingerprint.isEmpty())
        known = store.articleByFingerprint(fingerprint);

    LinkTarget target;
    for (const QString &f : { fingerprint, known.fingerprint }) {
        if (!f.isEmpty() && !target.fingerprints.contains(f))
            target.fingerprints.append(f);
    }
    // A known article opens where the store saw it; the link's file is never taken on its word instead.
    if (known.isValid() && (file.isEmpty() || samePath(file, known.path) || QFileInfo::exists(known.path))) {
        target.kind = QFileInfo::exists(known.path) ? LinkTarget::Kind::Known : LinkTarget::Kind::Missing;
        target.path = known.path;
        return target;
    }
    // Else the link's own file, when it is a regular file (a FIFO, a device or a folder is not even opened).
    if (file.isEmpty() || target.fingerprints.isEmpty())
        return target; // Unknown
    target.path = file;
    if (QFileInfo(file).isFile())
        target.kind = LinkTarget::Kind::Verify;
    else if (known.isValid())
        target.kind = LinkTarget::Kind::Missing; // the article moved somewhere the store has not seen
    return target;
}

QString OpenLink::unknownTargetMessage(const QString &file)
{
    if (file.isEmpty())
        return QCoreApplication::translate(
            "OpenLink", "This link points to an article Randnotiz does not know; nothing was opened.");
    return QCoreApplication::translate("OpenLink",
                                       "This link points to something Randnotiz does not know; nothing was opened: %1")
        .arg(QDir::toNativeSeparators(file));
}

} // namespace Randnotiz
