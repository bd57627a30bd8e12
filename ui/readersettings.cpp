#include "readersettings.h"

#include <QDir>
#include <QSettings>

#include <algorithm>

namespace Randnotiz {

namespace {

QString paneKey(const QString &kind)
{
    return QStringLiteral("reading/collapsed/") + kind;
}

const QString zoomKey = QStringLiteral("reading/zoom");
const QString recentKey = QStringLiteral("files/recent");
const QString folderKey = QStringLiteral("files/openFolder");
const QString exportFolderKey = QStringLiteral("files/exportFolder");
const QString libraryFoldersKey = QStringLiteral("library/folders");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString languageKey = QStringLiteral("window/language");
const QString sessionTabsKey = QStringLiteral("session/tabs");
const QString sessionPathKey = QStringLiteral("path");
const QString sessionScrollKey = QStringLiteral("scroll");
const QString sessionOffsetKey = QStringLiteral("offset");
const QString sessionCurrentKey = QStringLiteral("session/current");
const QString wikiLanguageKey = QStringLiteral("wiki/preferredLanguage");
const QString wikiContactKey = QStringLiteral("wiki/contact");
const QString wikiOfflineKey = QStringLiteral("wiki/offline");
const QString wikiCacheKey = QStringLiteral("wiki/cacheMegabytes");
const QString wikiBaseKey = QStringLiteral("wiki/baseUrl");
const QString wikiZimKey = QStringLiteral("wiki/zimFiles");
const QString wikiPreferOfflineKey = QStringLiteral("wiki/preferOffline");
const QString teamStoreKey = QStringLiteral("notes/teamStore");
const QString newNotesSharedKey = QStringLiteral("notes/newNotesShared");

} // namespace

bool ReaderSettings::isPaneCollapsed(const QString &kind)
{
    return QSettings().value(paneKey(kind), false).toBool();
}

void ReaderSettings::setPaneCollapsed(const QString &kind, bool collapsed)
{
    QSettings().setValue(paneKey(kind), collapsed);
}

int ReaderSettings::zoom()
{
    return qBound(MinZoom, QSettings().value(zoomKey, 0).toInt(), MaxZoom);
}

void ReaderSettings::setZoom(int points)
{
    QSettings().setValue(zoomKey, qBound(MinZoom, points, MaxZoom));
}

QStringList ReaderSettings::recentFiles()
{
    return QSettings().value(recentKey).toStringList();
}

void ReaderSettings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    setRecentFiles(files);
}

void ReaderSettings::setRecentFiles(const QStringList &paths)
{
    QSettings().setValue(recentKey, paths.mid(0, MaxRecentFiles));
}

QStringList ReaderSettings::libraryFolders()
{
    return QSettings().value(libraryFoldersKey).toStringList();
}

void ReaderSettings::setLibraryFolders(const QStringList &folders)
{
    QSettings().setValue(libraryFoldersKey, folders);
}

QString ReaderSettings::teamStore()
{
    return QSettings().value(teamStoreKey).toString();
}

void ReaderSettings::setTeamStore(const QString &url)
{
    QSettings().setValue(teamStoreKey, url);
}

bool ReaderSettings::newNotesShared()
{
    return QSettings().value(newNotesSharedKey, false).toBool();
}

void ReaderSettings::setNewNotesShared(bool shared)
{
    QSettings().setValue(newNotesSharedKey, shared);
}

QString ReaderSettings::exportFolder()
{
    return QSettings().value(exportFolderKey).toString();
}

void ReaderSettings::setExportFolder(const QString &folder)
{
    QSettings().setValue(exportFolderKey, folder);
}

QString ReaderSettings::openFolder()
{
    return QSettings().value(folderKey, QDir::homePath()).toString();
}

void ReaderSettings::setOpenFolder(const QString &folder)
{
    QSettings().setValue(folderKey, folder);
}

QByteArray ReaderSettings::windowGeometry()
{
    return QSettings().value(geometryKey).toByteArray();
}

QByteArray ReaderSettings::windowState()
{
    return QSettings().value(stateKey).toByteArray();
}

void ReaderSettings::setWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(geometryKey, geometry);
    settings.setValue(stateKey, state);
}

QList<ReaderSettings::SessionTab> ReaderSettings::sessionTabs()
{
    QSettings settings;
    QList<SessionTab> tabs;
    const int count = settings.beginReadArray(sessionTabsKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QString path = settings.value(sessionPathKey).toString();
        if (!path.isEmpty())
            tabs.append({ path, std::max(0, settings.value(sessionScrollKey).toInt()),
                          std::max(-1, settings.value(sessionOffsetKey, -1).toInt()) });
    }
    settings.endArray();
    return tabs;
}

int ReaderSettings::sessionCurrentTab()
{
    return QSettings().value(sessionCurrentKey, -1).toInt();
}

namespace {

void writeSession(QSettings &settings, const QList<ReaderSettings::SessionTab> &tabs, int current)
{
    settings.remove(sessionTabsKey);
    settings.beginWriteArray(sessionTabsKey, int(tabs.size()));
    for (int i = 0; i < int(tabs.size()); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(sessionPathKey, tabs.at(i).path);
        settings.setValue(sessionScrollKey, tabs.at(i).scroll);
        if (tabs.at(i).offset >= 0)
            settings.setValue(sessionOffsetKey, tabs.at(i).offset);
    }
    settings.endArray();
    settings.setValue(sessionCurrentKey, current);
}

} // namespace

void ReaderSettings::setSession(const QList<SessionTab> &tabs, int current)
{
    QSettings settings;
    writeSession(settings, tabs, current);
}

void ReaderSettings::setWindowGeometry(const QByteArray &geometry, const QByteArray &state,
                                       const QList<SessionTab> &tabs, int current)
{
    QSettings settings;
    settings.setValue(geometryKey, geometry);
    settings.setValue(stateKey, state);
    writeSession(settings, tabs, current);
}

QString ReaderSettings::language()
{
    return QSettings().value(languageKey).toString();
}

void ReaderSettings::setLanguage(const QString &language)
{
    QSettings().setValue(languageKey, language);
}

QString ReaderSettings::wikiPreferredLanguage()
{
    return QSettings().value(wikiLanguageKey).toString();
}

void ReaderSettings::setWikiPreferredLanguage(const QString &lang)
{
    QSettings().setValue(wikiLanguageKey, lang);
}

QString ReaderSettings::wikiContact()
{
    return QSettings().value(wikiContactKey).toString();
}

void ReaderSettings::setWikiContact(const QString &contact)
{
    QSettings().setValue(wikiContactKey, contact);
}

bool ReaderSettings::wikiOffline()
{
    return QSettings().value(wikiOfflineKey, false).toBool();
}

void ReaderSettings::setWikiOffline(bool offline)
{
    QSettings().setValue(wikiOfflineKey, offline);
}

int ReaderSettings::wikiCacheMegabytes()
{
    return qBound(1, QSettings().value(wikiCacheKey, 50).toInt(), MaxCacheMegabytes);
}

void ReaderSettings::setWikiCacheMegabytes(int megabytes)
{
    QSettings().setValue(wikiCacheKey, qBound(1, megabytes, MaxCacheMegabytes));
}

QString ReaderSettings::wikiBaseUrl()
{
    return QSettings().value(wikiBaseKey).toString();
}

void ReaderSettings::setWikiBaseUrl(const QString &base)
{
    QSettings().setValue(wikiBaseKey, base);
}

QStringList ReaderSettings::wikiZimFiles()
{
    return QSettings().value(wikiZimKey).toStringList();
}

void ReaderSettings::setWikiZimFiles(const QStringList &paths)
{
    QSettings().setValue(wikiZimKey, paths);
}

bool ReaderSettings::wikiPreferOffline()
{
    return QSettings().value(wikiPreferOfflineKey, true).toBool();
}

void ReaderSettings::setWikiPreferOffline(bool prefer)
{
    QSettings().setValue(wikiPreferOfflineKey, prefer);
}

} // namespace Randnotiz
