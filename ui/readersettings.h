// ReaderSettings: the window's persistent settings with named keys and defaults, over QSettings.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Randnotiz {

class ReaderSettings final
{
public:
    static constexpr int MaxRecentFiles = 10;
    static constexpr int MinZoom = -6;
    static constexpr int MaxZoom = 24;

    // Pane kinds: "commentary", "forecast", "explanations", "section", "notes".
    static bool isPaneCollapsed(const QString &kind);
    static void setPaneCollapsed(const QString &kind, bool collapsed);

    static int zoom(); // points added to the default text size
    static void setZoom(int points);

    static QStringList recentFiles();
    static void addRecentFile(const QString &path); // newest first, at most MaxRecentFiles
    static void setRecentFiles(const QStringList &paths);

    static QString openFolder();
    static void setOpenFolder(const QString &folder);
    // The folders (and files) of the library, in the order they were added.
    static QStringList libraryFolders();
    static void setLibraryFolders(const QStringList &folders);

    // The team store's postgresql:// address (never a password); empty: the local notes store. And whether new
    // notes in it are shared with the team (default: private).
    static QString teamStore();
    static void setTeamStore(const QString &url);
    static bool newNotesShared();
    static void setNewNotesShared(bool shared);

    static QString exportFolder(); // where the last export of notes went; empty before the first
    static void setExportFolder(const QString &folder);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);

    // The tabs open when the window last closed, in tab order, each with the reader's place, and which of them
    // was current (-1: none).
    struct SessionTab
    {
        QString path;
        int scroll = 0; // the vertical scroll value of its reading view (all an older version kept)
        int offset = -1; // the offset in the article's plain text of the first text on screen; -1: not kept
    };
    static QList<SessionTab> sessionTabs();
    static int sessionCurrentTab();
    static void setSession(const QList<SessionTab> &tabs, int current);
    // The window's geometry and its session, written to disk once.
    static void setWindowGeometry(const QByteArray &geometry, const QByteArray &state, const QList<SessionTab> &tabs,
                                  int current);

    static QString language(); // "", "de" or "en"
    static void setLanguage(const QString &language);

    // Wikipedia summaries (keys under "wiki/"). Empty strings mean the WikiConfig default.
    static QString wikiPreferredLanguage(); // "" = each link's own language
    static void setWikiPreferredLanguage(const QString &lang);
    static QString wikiContact();
    static void setWikiContact(const QString &contact);
    static bool wikiOffline();
    static void setWikiOffline(bool offline);
    static int wikiCacheMegabytes(); // 1..MaxCacheMegabytes, default 50
    static void setWikiCacheMegabytes(int megabytes);
    static QString wikiBaseUrl(); // "" = https://{lang}.wikipedia.org/api/rest_v1
    static void setWikiBaseUrl(const QString &base);
    static constexpr int MaxCacheMegabytes = 10000;
    // Offline copies of Wikipedia (Kiwix ZIM files), and whether a page they have keeps the network out
    // (default: yes, once a copy was added).
    static QStringList wikiZimFiles();
    static void setWikiZimFiles(const QStringList &paths);
    static bool wikiPreferOffline();
    static void setWikiPreferOffline(bool prefer);
};

} // namespace Randnotiz
