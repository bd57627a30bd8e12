// OpenLink: a randnotiz://open?file=...&fingerprint=...&annotation=... link (as NotesExport::openLink() writes it)
// read back. Such links reach the program from anywhere (a Markdown file, a browser), so parse() is strict.
#pragma once

#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace Randnotiz {

struct OpenLink
{
    QString file; // an absolute local path, or empty
    QString fingerprint; // lower-case hex, or empty (then file is given)
    QUuid annotation; // never null

    // nullopt for anything but scheme randnotiz, host open, no path, user, port or fragment, and exactly the
    // query items annotation (a UUID), file (an absolute path) and fingerprint (hex), each at most once.
    static std::optional<OpenLink> parse(const QUrl &url);
};

} // namespace Randnotiz
