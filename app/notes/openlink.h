// OpenLink: a randnotiz://open?file=...&fingerprint=...&annotation=... link (as NotesExport::openLink() writes it)
// read back. Such links reach the program from anywhere (a Markdown file, a browser), so parse() is strict.
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace Randnotiz {

class NotesStore;

// What a link may open. A link can come from any web page, so it opens only an article the store already
// knows, or a regular file whose text turns out to have the link's fingerprint (checked once it is read,
// before anything reaches the store).
struct LinkTarget
{
    enum class Kind {
        Unknown, // neither known nor verifiable: nothing is read, nothing opened
        Missing, // the article is known (or the file named), but it is nowhere to be found
        Known, // path: where the store last saw the article
        Verify, // path: the link's file, to be opened only if its text has one of fingerprints
    };
    Kind kind = Kind::Unknown;
    QString path;
    QStringList fingerprints;

    bool accepts(const QString &fingerprint) const { return fingerprints.contains(fingerprint); }
};

struct OpenLink
{
    QString file; // an absolute local path, or empty
    QString fingerprint; // lower-case hex, or empty (then file is given)
    QUuid annotation; // never null

    // nullopt for anything but scheme randnotiz, host open, no path, user, port or fragment, and exactly the
    // query items annotation (a UUID), file (an absolute path) and fingerprint (hex), each at most once.
    static std::optional<OpenLink> parse(const QUrl &url);

    // Decides from the store alone (no file is read): the article of the link's annotation, else the one the
    // store knows by the link's fingerprint, at its stored path unless that is gone and the link names a file;
    // else the link's file, if it is a regular file, to be verified against the fingerprint.
    LinkTarget target(const NotesStore &store) const;

    // The one line the window shows for a link it does not follow.
    static QString unknownTargetMessage(const QString &file);
};

} // namespace Randnotiz
