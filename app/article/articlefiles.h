// Expands the PATH arguments of the batch commands and the window into article files.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Randnotiz {

struct ArticleFileEntry
{
    QString path;
    QString error; // set when the path is a folder that could not be read; the path is then not a file to open
    bool regular = false; // the folder scan saw a regular file here (FileHint::ListedAsRegular for the reader)
    bool ok() const { return error.isEmpty(); }
};

// Files are taken as given; folders are searched recursively for *.txt, sorted by path so that output order is
// stable. Paths that exist as neither stay in the list, so the caller reports them per file, and so do *.txt
// entries that are FIFOs, sockets or devices (opening them refuses them; the scan never opens one). A folder
// that cannot be read becomes an entry with an error, and the scan goes on. Symbolic links to folders are
// followed, each folder (by device and inode) once, so a link loop ends. Setting *stop ends the scan early.
QList<ArticleFileEntry> collectArticleFiles(const QStringList &paths, const std::atomic<bool> *stop = nullptr);

} // namespace Randnotiz
