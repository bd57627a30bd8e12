// A small file system of the test's own, to run out of space on (or to make read-only) for real: a tmpfs of a
// few megabytes mounted in a mount namespace private to the test process, so that it disappears with the
// process even when a test crashes and nothing is ever seen outside. As root the process unshares its mount
// namespace; otherwise it enters a user namespace first (Debian allows unprivileged user namespaces), where
// it may mount a tmpfs too. enterOwnMountNamespace() must run first thing in main(), before any thread starts.
#pragma once

#include <QString>

namespace Randnotiz::Test {

bool enterOwnMountNamespace(QString *error);

class TinyDisk final
{
public:
    // Mounts a tmpfs of `bytes` on the (existing, empty) folder mountPoint.
    TinyDisk(const QString &mountPoint, qint64 bytes);
    ~TinyDisk();
    TinyDisk(const TinyDisk &) = delete;
    TinyDisk &operator=(const TinyDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    // Takes every free byte with a filler file (the next write anyone makes there fails with ENOSPC), and gives
    // them back.
    bool fill();
    bool makeRoom();
    // Remounts the file system read-only or read-write again.
    bool setReadOnly(bool readOnly);

private:
    QString m_path;
    QString m_error;
    qint64 m_bytes = 0;
    bool m_mounted = false;
};

} // namespace Randnotiz::Test
