#include "readersettings.h"

#include <QDir>
#include <QSettings>

namespace Randnotiz {

namespace {

QString paneKey(const QString &kind)
{
    return QStringLiteral("reading/collapsed/") + kind;
}

const QString zoomKey = QStringLiteral("reading/zoom");
const QString recentKey = QStringLiteral("files/recent");
const QString folderKey = QStringLiteral("files/openFolder");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString languageKey = QStringLiteral("window/language");

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

QString ReaderSettings::language()
{
    return QSettings().value(languageKey).toString();
}

void ReaderSettings::setLanguage(const QString &language)
{
    QSettings().setValue(languageKey, language);
}

} // namespace Randnotiz
