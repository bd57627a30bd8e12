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

// One QSettings per thread (in practice the window's). One made for every call reads the state of the
// configuration files each time: about forty times while the window starts. Its changes are shared with every
// other QSettings of the process, and Qt writes them to disk soon after, as it does for any QSettings.
QSettings &stored()
{
    thread_local QSettings settings;
    return settings;
}

// A change is on disk when the setter returns, as it was with a QSettings per call.
void write(const QString &key, const QVariant &value)
{
    stored().setValue(key, value);
    stored().sync();
}

} // namespace

bool ReaderSettings::isPaneCollapsed(const QString &kind)
{
    return stored().value(paneKey(kind), false).toBool();
}

void ReaderSettings::setPaneCollapsed(const QString &kind, bool collapsed)
{
    write(paneKey(kind), collapsed);
}

int ReaderSettings::zoom()
{
    return qBound(MinZoom, stored().value(zoomKey, 0).toInt(), MaxZoom);
}

void ReaderSettings::setZoom(int points)
{
    write(zoomKey, qBound(MinZoom, points, MaxZoom));
}

QStringList ReaderSettings::recentFiles()
{
    return stored().value(recentKey).toStringList();
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
    write(recentKey, paths.mid(0, MaxRecentFiles));
}

QStringList ReaderSettings::libraryFolders()
{
    return stored().value(libraryFoldersKey).toStringList();
}

void ReaderSettings::setLibraryFolders(const QStringList &folders)
{
    write(libraryFoldersKey, folders);
}

QString ReaderSettings::teamStore()
{
    return stored().value(teamStoreKey).toString();
}

void ReaderSettings::setTeamStore(const QString &url)
{
    write(teamStoreKey, url);
}

bool ReaderSettings::newNotesShared()
{
    return stored().value(newNotesSharedKey, false).toBool();
}

void ReaderSettings::setNewNotesShared(bool shared)
{
    write(newNotesSharedKey, shared);
}

QString ReaderSettings::exportFolder()
{
    return stored().value(exportFolderKey).toString();
}

void ReaderSettings::setExportFolder(const QString &folder)
{
    write(exportFolderKey, folder);
}

QString ReaderSettings::openFolder()
{
    return stored().value(folderKey, QDir::homePath()).toString();
}

void ReaderSettings::setOpenFolder(const QString &folder)
{
    write(folderKey, folder);
}

QByteArray ReaderSettings::windowGeometry()
{
    return stored().value(geometryKey).toByteArray();
}

QByteArray ReaderSettings::windowState()
{
    return stored().value(stateKey).toByteArray();
}

void ReaderSettings::setWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    QSettings &settings = stored();
    settings.setValue(geometryKey, geometry);
    settings.setValue(stateKey, state);
    settings.sync();
}

QList<ReaderSettings::SessionTab> ReaderSettings::sessionTabs()
{
    QSettings &settings = stored();
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
    return stored().value(sessionCurrentKey, -1).toInt();
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
    QSettings &settings = stored();
    writeSession(settings, tabs, current);
    settings.sync();
}

void ReaderSettings::setWindowGeometry(const QByteArray &geometry, const QByteArray &state,
                                       const QList<SessionTab> &tabs, int current)
{
    QSettings &settings = stored();
    settings.setValue(geometryKey, geometry);
    settings.setValue(stateKey, state);
    writeSession(settings, tabs, current);
    settings.sync();
}

QString ReaderSettings::language()
{
    return stored().value(languageKey).toString();
}

void ReaderSettings::setLanguage(const QString &language)
{
    write(languageKey, language);
}

QString ReaderSettings::wikiPreferredLanguage()
{
    return stored().value(wikiLanguageKey).toString();
}

void ReaderSettings::setWikiPreferredLanguage(const QString &lang)
{
    write(wikiLanguageKey, lang);
}

QString ReaderSettings::wikiContact()
{
    return stored().value(wikiContactKey).toString();
}

void ReaderSettings::setWikiContact(const QString &contact)
{
    write(wikiContactKey, contact);
}

bool ReaderSettings::wikiOffline()
{
    return stored().value(wikiOfflineKey, false).toBool();
}

void ReaderSettings::setWikiOffline(bool offline)
{
    write(wikiOfflineKey, offline);
}

int ReaderSettings::wikiCacheMegabytes()
{
    return qBound(1, stored().value(wikiCacheKey, 50).toInt(), MaxCacheMegabytes);
}

void ReaderSettings::setWikiCacheMegabytes(int megabytes)
{
    write(wikiCacheKey, qBound(1, megabytes, MaxCacheMegabytes));
}

QString ReaderSettings::wikiBaseUrl()
{
    return stored().value(wikiBaseKey).toString();
}

void ReaderSettings::setWikiBaseUrl(const QString &base)
{
    write(wikiBaseKey, base);
}

QStringList ReaderSettings::wikiZimFiles()
{
    return stored().value(wikiZimKey).toStringList();
}

void ReaderSettings::setWikiZimFiles(const QStringList &paths)
{
    write(wikiZimKey, paths);
}

bool ReaderSettings::wikiPreferOffline()
{
    return stored().value(wikiPreferOfflineKey, true).toBool();
}

void ReaderSettings::setWikiPreferOffline(bool prefer)
{
    write(wikiPreferOfflineKey, prefer);
}

} // namespace Randnotiz
