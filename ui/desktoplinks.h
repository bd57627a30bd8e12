// DesktopLinks: the only places where the window hands something to the desktop. A web page goes through
// ExternalUrl::isSafeToOpen() at the moment it is opened; a local folder the user chose is a separate case.
#pragma once

#include <QString>
#include <QUrl>

namespace Randnotiz::DesktopLinks {

// Opens url in the browser if ExternalUrl::isSafeToOpen(url, restBaseTemplate) allows it; false (and nothing
// opened) otherwise, or when the desktop could not open it.
bool openWebPage(const QUrl &url, const QString &restBaseTemplate = {});

// Opens a local folder (the export's destination) in the file manager; false for anything that is not an
// existing folder.
bool openLocalFolder(const QString &path);

} // namespace Randnotiz::DesktopLinks
