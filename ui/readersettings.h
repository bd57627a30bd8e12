// ReaderSettings: the window's persistent settings with named keys and defaults, over QSettings.
#pragma once

#include <QByteArray>
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

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);

    static QString language(); // "", "de" or "en"
    static void setLanguage(const QString &language);
};

} // namespace Randnotiz
