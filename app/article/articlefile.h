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

// What the caller knows of the path already: a folder scan that listed it as a regular file (readdir()'s type).
enum class FileHint { None, ListedAsRegular };

// Reads the whole file at path. Only a regular file is read: a FIFO, socket, device or folder gives one line
// that starts with "not a regular file", at once. The check is made again on the descriptor, which is opened
// non-blocking, so that a file swapped for a FIFO between a check and the read cannot block either. A file of
// more than maxBytes (also one that grows past it while being read) is refused. A path listed as a regular file
// is opened without that first look (a folder of thousands paid one more path lookup per file for it); the check
// on the descriptor still refuses whatever took its place since the scan.
FileBytes readRegularFile(const QString &path, qint64 maxBytes, FileHint hint = FileHint::None);

} // namespace Randnotiz
