#include "desktoplinks.h"

#include "article/externalurl.h"

#include <QDesktopServices>
#include <QFileInfo>

namespace Randnotiz::DesktopLinks {

bool openWebPage(const QUrl &url, const QString &restBaseTemplate)
{
    if (!ExternalUrl::isSafeToOpen(url, restBaseTemplate))
        return false;
    return QDesktopServices::openUrl(url);
}

bool openLocalFolder(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.isDir())
        return false;
    return QDesktopServices::openUrl(QUrl::fromLocalFile(info.absoluteFilePath()));
}

} // namespace Randnotiz::DesktopLinks
