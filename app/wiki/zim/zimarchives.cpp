// The offline-Wikipedia module: Kiwix ZIM files read with libzim, their pages turned into summaries with
// libxml2 (LeadExtractor). Loaded by ZimLibrary the first time a ZIM file is used; see wiki/zimmodule.h.
#include "wiki/zim/leadextractor.h"
#include "wiki/zimmodule.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <exception>
#include <zim/archive.h>
#include <zim/entry.h>
#include <zim/error.h>
#include <zim/item.h>
#include <zim/suggestion.h>

namespace Randnotiz {

namespace {

std::string toStd(const QString &text)
{
    return text.toStdString();
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString metadata(const zim::Archive &archive, const char *name)
{
    try {
        return fromStd(archive.getMetadata(name)).trimmed();
    } catch (const std::exception &) {
        return {};
    }
}

// libzim's messages are English and technical; people get one line that says what is wrong with which file.
QString openError(const QString &path, const std::exception &e)
{
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path))
        return QCoreApplication::translate("Randnotiz::ZimLibrary", "%1: the file does not exist.").arg(name);
    if (!QFileInfo(path).isReadable())
        return QCoreApplication::translate("Randnotiz::ZimLibrary", "%1: the file cannot be read.").arg(name);
    Q_UNUSED(e);
    return QCoreApplication::translate("Randnotiz::ZimLibrary",
                                       "%1: not a usable ZIM file (it may be truncated or damaged).")
        .arg(name);
}

struct Copy
{
    explicit Copy(const std::string &path)
        : archive(path)
    { }
    zim::Archive archive;
    ZimInfo info;
    QString prefix; // "A/" in the old namespace scheme, "" in the new one
};

using Copies = std::vector<std::unique_ptr<Copy>>;

ZimInfo describe(const QString &path, const zim::Archive &archive)
{
    ZimInfo info;
    info.path = path;
    info.ok = true;
    info.lang = ZimLibrary::wikiLanguage(metadata(archive, "Name"), metadata(archive, "Language"));
    info.title = metadata(archive, "Title");
    info.articleCount = qint64(archive.getArticleCount());
    info.date = QDate::fromString(metadata(archive, "Date"), Qt::ISODate);
    if (info.lang.isEmpty()) {
        info.ok = false;
        info.error = QCoreApplication::translate("Randnotiz::ZimLibrary", "%1: the ZIM file does not say its language.")
                         .arg(QFileInfo(path).fileName());
    }
    return info;
}

ZimInfo inspect(const QString &path)
{
    try {
        const zim::Archive archive(toStd(path));
        return describe(path, archive);
    } catch (const std::exception &e) {
        ZimInfo info;
        info.path = path;
        info.error = openError(path, e);
        return info;
    }
}

void *open(const QStringList &paths, QList<ZimInfo> *infos)
{
    auto copies = std::make_unique<Copies>();
    for (const QString &path : paths) {
        try {
            auto copy = std::make_unique<Copy>(toStd(path));
            copy->info = describe(path, copy->archive);
            copy->prefix = copy->archive.hasNewNamespaceScheme() ? QString() : QStringLiteral("A/");
            infos->append(copy->info);
            if (copy->info.ok)
                copies->push_back(std::move(copy));
        } catch (const std::exception &e) {
            ZimInfo info;
            info.path = path;
            info.error = openError(path, e);
            infos->append(info);
        }
    }
    return copies.release();
}

void close(void *copies)
{
    delete static_cast<Copies *>(copies);
}

bool hasLanguage(const void *copies, const QString &lang)
{
    for (const auto &copy : *static_cast<const Copies *>(copies)) {
        if (copy->info.lang == lang)
            return true;
    }
    return false;
}

std::optional<zim::Entry> findEntry(const zim::Archive &archive, const QString &prefix, const WikiLink &link)
{
    QString path = link.title;
    path.replace(QLatin1Char(' '), QLatin1Char('_'));
    try {
        return archive.getEntryByPath(toStd(prefix + path));
    } catch (const zim::EntryNotFound &) { }
    try {
        return archive.getEntryByTitle(toStd(link.title));
    } catch (const zim::EntryNotFound &) { }
    return std::nullopt;
}

// The picture an <img src> names, resolved against the page's path as a browser would, if it is an image
// small enough to show.
QByteArray thumbnailFor(const zim::Archive &archive, const std::string &pagePath, const QString &source)
{
    if (source.isEmpty())
        return {};
    const QUrl base(QStringLiteral("zim:///") + fromStd(pagePath));
    const QUrl resolved = base.resolved(QUrl(source));
    if (resolved.scheme() != QLatin1String("zim") || !resolved.host().isEmpty())
        return {}; // an absolute link to the web is not in the copy
    const QString path = resolved.path(QUrl::FullyDecoded).mid(1);
    try {
        const zim::Item item = archive.getEntryByPath(toStd(path)).getItem(true);
        if (!fromStd(item.getMimetype()).startsWith(QLatin1String("image/")))
            return {};
        if (item.getSize() == 0 || qint64(item.getSize()) > ZimLibrary::MaxThumbnailBytes)
            return {};
        const zim::Blob blob = item.getData();
        return QByteArray(blob.data(), qsizetype(blob.size()));
    } catch (const std::exception &) {
        return {};
    }
}

ZimLookup lookup(const void *copies, const WikiLink &link)
{
    ZimLookup result;
    for (const auto &copy : *static_cast<const Copies *>(copies)) {
        if (copy->info.lang != link.lang)
            continue;
        try {
            std::optional<zim::Entry> entry = findEntry(copy->archive, copy->prefix, link);
            if (!entry) {
                result.outcome = ZimLookup::Outcome::Missing;
                continue; // another copy of the same language may have it
            }
            // Redirects one at a time, so that a loop or a chain too long is refused instead of followed.
            QSet<zim::entry_index_type> seen { entry->getIndex() };
            int hops = 0;
            while (entry->isRedirect()) {
                if (++hops > ZimLibrary::MaxRedirects) {
                    result.outcome = ZimLookup::Outcome::Refused;
                    result.error = QCoreApplication::translate("Randnotiz::ZimLibrary",
                                                               "The offline copy redirects more than %1 times.")
                                       .arg(ZimLibrary::MaxRedirects);
                    return result;
                }
                entry = entry->getRedirectEntry();
                if (seen.contains(entry->getIndex())) {
                    result.outcome = ZimLookup::Outcome::Refused;
                    result.error = QCoreApplication::translate("Randnotiz::ZimLibrary",
                                                               "The offline copy has a redirect loop for this page.");
                    return result;
                }
                seen.insert(entry->getIndex());
            }
            const zim::Item item = entry->getItem(false);
            if (!fromStd(item.getMimetype()).startsWith(QLatin1String("text/html"))) {
                result.outcome = ZimLookup::Outcome::Missing;
                continue;
            }
            if (qint64(item.getSize()) > ZimLibrary::MaxPageBytes) {
                result.outcome = ZimLookup::Outcome::Refused;
                result.error = QCoreApplication::translate("Randnotiz::ZimLibrary",
                                                           "The page in the offline copy is larger than %1 MB.")
                                   .arg(ZimLibrary::MaxPageBytes >> 20);
                return result;
            }
            const zim::Blob blob = item.getData();
            const PageLead lead = LeadExtractor::extract(QByteArray(blob.data(), qsizetype(blob.size())));

            result.outcome = ZimLookup::Outcome::Found;
            result.entryPath = fromStd(entry->getPath());
            result.state = lead.disambiguation ? SummaryState::Disambiguation : SummaryState::Loaded;
            Summary &s = result.summary;
            s.lang = link.lang;
            s.title = !lead.title.isEmpty() ? lead.title : fromStd(entry->getTitle());
            s.extract = lead.extract;
            // The online page of the article actually read, so that a redirect lands where the copy did.
            const std::optional<WikiLink> page = WikiLink::fromTitle(link.lang, fromStd(entry->getTitle()));
            s.pageUrl = page ? page->url : link.url;
            s.thumbnail = thumbnailFor(copy->archive, entry->getPath(), lead.imageSource);
            s.fetchedAt = copy->info.date.isValid() ? QDateTime(copy->info.date, QTime(0, 0), Qt::UTC) : QDateTime();
            s.local = true;
            return result;
        } catch (const std::exception &) {
            // A damaged cluster shows up only when it is read: this page is refused, the copy stays usable.
            result.outcome = ZimLookup::Outcome::Refused;
            result.error = QCoreApplication::translate(
                "Randnotiz::ZimLibrary", "The offline copy could not be read at this page (the file may be damaged).");
            return result;
        }
    }
    return result;
}

QString suggestTitle(const void *copies, const QString &lang, const QString &subject)
{
    QString best;
    int bestDistance = -1;
    for (const auto &copy : *static_cast<const Copies *>(copies)) {
        if (copy->info.lang != lang)
            continue;
        try {
            // The whole subject first, then its longest words alone: the search wants every word, and
            // "Sergej" is not a word of "Sergei Schoigu".
            QStringList queries { subject };
            QStringList words = subject.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            words.removeIf([](const QString &w) { return w.size() < 4; });
            std::stable_sort(words.begin(), words.end(),
                             [](const QString &a, const QString &b) { return a.size() > b.size(); });
            queries += words.mid(0, 3);
            zim::SuggestionSearcher searcher(copy->archive);
            for (const QString &query : std::as_const(queries)) {
                const zim::SuggestionResultSet results = searcher.suggest(toStd(query)).getResults(0, 10);
                for (auto it = results.begin(); it != results.end(); ++it) {
                    const QString title = fromStd(it->getTitle());
                    const int distance = ZimLibrary::titleDistance(subject, title);
                    if (distance >= 0 && (bestDistance < 0 || distance < bestDistance)) {
                        best = title;
                        bestDistance = distance;
                    }
                }
                if (bestDistance == 0)
                    break;
            }
        } catch (const std::exception &) {
            continue; // no title index, or a damaged one: no suggestion from this copy
        }
    }
    return best;
}

const ZimModuleFunctions functions { RANDNOTIZ_VERSION, open, close, hasLanguage, lookup, suggestTitle, inspect };

} // namespace

} // namespace Randnotiz

extern "C" Q_DECL_EXPORT const Randnotiz::ZimModuleFunctions *randnotiz_zim_module()
{
    return &Randnotiz::functions;
}
