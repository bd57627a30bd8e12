#include "support/tinydisk.h"

#include <QByteArray>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace Randnotiz::Test {

namespace {

QString lastError(const char *what)
{
    return QString::fromLatin1(what) + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno));
}

bool writeProcFile(const char *path, const QByteArray &text)
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, text.constData(), size_t(text.size())) == text.size();
    ::close(fd);
    return ok;
}

QString fillerPath(const QString &mountPoint)
{
    return mountPoint + QStringLiteral("/.filler");
}

} // namespace

bool enterOwnMountNamespace(QString *error)
{
    if (::geteuid() == 0) {
        if (::unshare(CLONE_NEWNS) != 0) {
            *error = lastError("unshare(CLONE_NEWNS)");
            return false;
        }
    } else {
        const uid_t uid = ::getuid();
        const gid_t gid = ::getgid();
        if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0) {
            *error = lastError("unshare(CLONE_NEWUSER | CLONE_NEWNS)");
            return false;
        }
        if (!writeProcFile("/proc/self/setgroups", "deny")
            || !writeProcFile("/proc/self/uid_map", "0 " + QByteArray::number(uid) + " 1")
            || !writeProcFile("/proc/self/gid_map", "0 " + QByteArray::number(gid) + " 1")) {
            *error = lastError("writing the user namespace's id maps");
            return false;
        }
    }
    // Nothing mounted here propagates back to the rest of the system.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        *error = lastError("making the mounts private");
        return false;
    }
    return true;
}

TinyDisk::TinyDisk(const QString &mountPoint, qint64 bytes)
    : m_path(mountPoint)
    , m_bytes(bytes)
{
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
    if (::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData())
        != 0) {
        m_error = lastError("mount -t tmpfs");
        return;
    }
    m_mounted = true;
}

TinyDisk::~TinyDisk()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
}

bool TinyDisk::fill()
{
    const int fd
        = ::open(QFile::encodeName(fillerPath(m_path)).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) {
        m_error = lastError("open filler");
        return false;
    }
    // Large pieces first, then ever smaller ones, until not one byte more fits.
    const QByteArray chunk(64 * 1024, 'x');
    bool full = false;
    for (qsizetype size = chunk.size(); size >= 1; size /= 16) {
        for (;;) {
            const ssize_t written = ::write(fd, chunk.constData(), size_t(size));
            if (written == size)
                continue;
            if (written < 0 && errno == ENOSPC) {
                full = true;
                break;
            }
            if (written < 0) {
                m_error = lastError("write filler");
                ::close(fd);
                return false;
            }
        }
    }
    ::close(fd);
    return full;
}

bool TinyDisk::makeRoom()
{
    return QFile::remove(fillerPath(m_path));
}

bool TinyDisk::setReadOnly(bool readOnly)
{
    const QByteArray options = "size=" + QByteArray::number(m_bytes) + ",mode=0755";
    if (::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs",
                MS_REMOUNT | MS_NOSUID | MS_NODEV | (readOnly ? MS_RDONLY : 0), options.constData())
        != 0) {
        m_error = lastError("mount -o remount");
        return false;
    }
    return true;
}

} // namespace Randnotiz::Test
