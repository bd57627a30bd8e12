#include "article/articlefile.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Randnotiz {

namespace {

// What a file that is not a regular one is, said in one line. Each message names its context itself, so that
// lupdate files it under the context it is looked up in.
QString notRegularMessage(mode_t mode)
{
    if (S_ISDIR(mode))
        return QCoreApplication::translate("Randnotiz::ArticleFile", "not a regular file (a folder)");
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("Randnotiz::ArticleFile", "not a regular file (a named pipe)");
    if (S_ISSOCK(mode))
        return QCoreApplication::translate("Randnotiz::ArticleFile", "not a regular file (a socket)");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QCoreApplication::translate("Randnotiz::ArticleFile", "not a regular file (a device)");
    return QCoreApplication::translate("Randnotiz::ArticleFile", "not a regular file");
}

QString errorMessage(int error)
{
    if (error == ENOENT)
        return QCoreApplication::translate("Randnotiz::ArticleFile", "no such file");
    return QCoreApplication::translate("Randnotiz::ArticleFile", "cannot read the file: %1")
        .arg(qt_error_string(error));
}

QString tooLargeMessage(qint64 maxBytes)
{
    return QCoreApplication::translate("Randnotiz::ArticleFile", "the file is larger than %1 MB")
        .arg(maxBytes / (1024 * 1024));
}

FileBytes failure(const QString &error)
{
    return FileBytes { QByteArray(), error };
}

// Closes the descriptor on every way out.
class Descriptor final
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    { }
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

FileBytes readRegularFile(const QString &path, qint64 maxBytes, FileHint hint)
{
    const QByteArray name = QFile::encodeName(path);
    // Looked at first (unless a scan just did), so that a device is never opened at all (opening some has
    // effects of its own).
    struct stat info = {};
    if (hint != FileHint::ListedAsRegular) {
        if (::stat(name.constData(), &info) != 0)
            return failure(errorMessage(errno));
        if (!S_ISREG(info.st_mode))
            return failure(notRegularMessage(info.st_mode));
    }

    // Non-blocking: should a FIFO have taken the file's place meanwhile, open() returns at once, and the
    // descriptor itself is checked again. O_NOCTTY: a terminal swapped in never becomes ours.
    const Descriptor fd(::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0) {
        const int error = errno;
        if (error == ENXIO && ::stat(name.constData(), &info) == 0 && !S_ISREG(info.st_mode))
            return failure(notRegularMessage(info.st_mode)); // a socket
        return failure(errorMessage(error));
    }
    if (::fstat(fd.get(), &info) != 0)
        return failure(errorMessage(errno));
    if (!S_ISREG(info.st_mode))
        return failure(notRegularMessage(info.st_mode));
    if (info.st_size > maxBytes)
        return failure(tooLargeMessage(maxBytes));

    // Room for what fstat() promised plus one byte, grown for files that do not know their size (/proc);
    // reading stops one byte past the limit, so that a file that grew meanwhile is still refused.
    QByteArray bytes(qsizetype(std::min<qint64>(info.st_size, maxBytes) + 1), Qt::Uninitialized);
    qint64 used = 0;
    for (;;) {
        if (used == bytes.size()) {
            if (used > maxBytes)
                break;
            bytes.resize(qsizetype(std::min(std::max(used * 2, qint64(64 * 1024)), maxBytes + 1)));
        }
        const ssize_t got = ::read(fd.get(), bytes.data() + used, size_t(bytes.size() - used));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return failure(errorMessage(errno));
        }
        if (got == 0)
            break;
        used += got;
    }
    if (used > maxBytes)
        return failure(tooLargeMessage(maxBytes));
    bytes.truncate(qsizetype(used));
    return FileBytes { bytes, QString() };
}

} // namespace Randnotiz
