// ZimLibrary: the offline copies of Wikipedia (Kiwix ZIM files) the reader was given, opened with libzim in the
// module wiki/zim/ (loaded on first use; without it every file is listed with the reason).
// It answers "what does the copy of this language say about this page" for a validated link. Not thread-safe:
// the summary worker creates and uses it on its own thread only.
#pragma once

#include "article/wikilink.h"
#include "wiki/summary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Randnotiz {

// What a ZIM file says about itself, or why it could not be opened.
struct ZimInfo
{
    QString path;
    bool ok = false;
    QString error; // one line for people when !ok
    QString lang; // the Wikipedia language code: "de", "en"
    QString title; // the copy's own title, may be empty
    qint64 articleCount = 0;
    QDate date; // when Kiwix made the copy
};

struct ZimLookup
{
    enum class Outcome {
        NoCopy, // no usable ZIM of the link's language
        Missing, // the copy has no such page
        Refused, // a redirect loop, too many redirects or a broken entry; `error` says which
        Found,
    };
    Outcome outcome = Outcome::NoCopy;
    SummaryState state = SummaryState::NotLoaded; // Loaded or Disambiguation when found
    Summary summary; // fetchedAt: the copy's date; local: true
    QString error;
    QString entryPath; // the entry the page was finally read from (after redirects)
};

struct ZimModuleFunctions; // wiki/zimmodule.h

class ZimLibrary final
{
public:
    static constexpr int MaxRedirects = 5;
    static constexpr qint64 MaxThumbnailBytes = 1024 * 1024;
    static constexpr qint64 MaxPageBytes = 8 * 1024 * 1024;

    // Opens every file; one that cannot be opened is listed with its error and otherwise ignored.
    explicit ZimLibrary(const QStringList &paths);
    ~ZimLibrary();
    Q_DISABLE_COPY_MOVE(ZimLibrary)

    QList<ZimInfo> infos() const;
    bool hasLanguage(const QString &lang) const;
    ZimLookup lookup(const WikiLink &link) const;
    // For an entry without a usable link: the title the copy's title search finds for subject, only when it
    // is close (same letters, or one or two typing differences); empty otherwise.
    QString suggestTitle(const QString &lang, const QString &subject) const;
    // How close a found title is to what the article calls it; -1 when not close enough to offer.
    static int titleDistance(const QString &subject, const QString &title);

    // Reads one file's metadata without keeping it open (settings, the command line).
    static ZimInfo inspect(const QString &path);
    // "de" from the ZIM's Name ("wikipedia_de_all_mini_2024-01") or its ISO 639-3 Language ("deu").
    static QString wikiLanguage(const QString &name, const QString &language);

private:
    const ZimModuleFunctions *m_functions = nullptr; // null when the module could not be loaded
    void *m_copies = nullptr; // the module's open files
    QList<ZimInfo> m_infos;
};

} // namespace Randnotiz
