#include "article/articlefiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <functional>
#include <sys/stat.h>
#include <unistd.h>

namespace Randnotiz {

namespace {

QString cannotReadFolder(int error)
{
    return QCoreApplication::translate("Randnotiz::ArticleFiles", "cannot read the folder: %1")
        .arg(qt_error_string(error));
}

bool isArticleName(const char *name)
{
    const size_t length = std::strlen(name);
    return length >= 4 && strncasecmp(name + length - 4, ".txt", 4) == 0;
}

QString childPath(const QString &folder, const QString &name)
{
    if (folder.endsWith(QLatin1Char('/')))
        return folder + name;
    return folder + QLatin1Char('/') + name;
}

// Walks one folder argument without recursion (a deep tree cannot exhaust the stack). Only folders are
// opened, each by device and inode once; the type of an entry comes from readdir() where the file system
// gives it, else from fstatat(), which never blocks on a FIFO or socket the way open() can.
void scanFolder(const QString &root, QList<ArticleFileEntry> &found, const std::atomic<bool> *stop)
{
    QSet<QPair<quint64, quint64>> visited;
    QStringList pending { root };
    while (!pending.isEmpty()) {
        if (stop && stop->load(std::memory_order_relaxed))
            return;
        const QString folder = pending.takeLast();
        const int fd
            = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
        if (fd < 0) {
            found.append({ folder, cannotReadFolder(errno) });
            continue;
        }
        struct stat info = {};
        if (::fstat(fd, &info) != 0) {
            found.append({ folder, cannotReadFolder(errno) });
            ::close(fd);
            continue;
        }
        const QPair<quint64, quint64> identity { quint64(info.st_dev), quint64(info.st_ino) };
        if (visited.contains(identity)) {
            ::close(fd); // seen already: a link loop, or two links to one folder
            continue;
        }
        visited.insert(identity);
        DIR *dir = ::fdopendir(fd);
        if (!dir) {
            found.append({ folder, cannotReadFolder(errno) });
            ::close(fd);
            continue;
        }
        QStringList subfolders;
        for (;;) {
            errno = 0;
            const dirent *entry = ::readdir(dir);
            if (!entry) {
                if (errno != 0)
                    found.append({ folder, cannotReadFolder(errno) });
                break;
            }
            const char *name = entry->d_name;
            if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0)
                continue;
            bool isFolder = entry->d_type == DT_DIR;
            bool isRegular = entry->d_type == DT_REG;
            if (entry->d_type == DT_LNK || entry->d_type == DT_UNKNOWN) {
                struct stat target = {};
                // A dangling link named *.txt stays a file, reported as missing when it is opened.
                const bool known = ::fstatat(::dirfd(dir), name, &target, 0) == 0;
                isFolder = known && S_ISDIR(target.st_mode);
                isRegular = known && S_ISREG(target.st_mode);
            }
            if (isFolder)
                subfolders.append(childPath(folder, QFile::decodeName(name)));
            else if (isArticleName(name))
                found.append({ childPath(folder, QFile::decodeName(name)), QString(), isRegular });
        }
        ::closedir(dir);
        // Reversed so that takeLast() walks the folders in name order: which of two links to one folder is
        // followed does not depend on the order readdir() happens to return.
        std::sort(subfolders.begin(), subfolders.end(), std::greater<>());
        pending.append(subfolders);
    }
}

} // namespace

QList<ArticleFileEntry> collectArticleFiles(const QStringList &paths, const std::atomic<bool> *stop)
{
    QList<ArticleFileEntry> entries;
    for (const QString &path : paths) {
        struct stat info = {};
        const bool exists = ::stat(QFile::encodeName(path).constData(), &info) == 0;
        if (!exists || !S_ISDIR(info.st_mode)) {
            entries.append({ path, QString(), exists && S_ISREG(info.st_mode) });
            continue;
        }
        QList<ArticleFileEntry> found;
        scanFolder(path, found, stop);
        std::sort(found.begin(), found.end(),
                  [](const ArticleFileEntry &a, const ArticleFileEntry &b) { return a.path < b.path; });
        entries.append(found);
    }
    return entries;
}

} // namespace Randnotiz
