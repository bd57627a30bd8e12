// Reading an article or notes file: regular files only, never blocking on what is not one, never more than a cap.
#pragma once

#include <QByteArray>
#include <QString>

namespace Randnotiz {

struct FileBytes
{
    QByteArray bytes;
    QString error; // one line, for people; empty on success
    bool ok() const { return error.isEmpty(); }
};

// Reads the whole file at path. Only a regular file is read: a FIFO, socket, device or folder gives one line
// that starts with "not a regular file", at once. The check is made again on the descriptor, which is opened
// non-blocking, so that a file swapped for a FIFO between a check and the read cannot block either. A file of
// more than maxBytes (also one that grows past it while being read) is refused.
FileBytes readRegularFile(const QString &path, qint64 maxBytes);

} // namespace Randnotiz
