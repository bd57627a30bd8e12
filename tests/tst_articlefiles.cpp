// collectArticleFiles(): folder scans that meet link loops, unreadable folders, FIFOs and 100,000 files keep going,
// say what they could not read, and never open anything but folders.
#include "article/articlefiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Randnotiz;

class TestArticleFiles final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void files_areTakenAsGiven();
    void folders_areSearchedForTxtInPathOrder();
    void symlinkLoop_endsAndEachFolderIsSearchedOnce();
    void unreadableSubfolder_isReportedAndTheScanGoesOn();
    void specialFilesInside_areListedForTheOpenerToRefuse();
    void hundredThousandFiles_areAllFound();
    void stop_endsTheScan();

private:
    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    void write(const QString &relative) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// 100,000 files take minutes to create on a busy disk and a second or two in memory: such a tree goes to /dev/shm
// where there is one.
QString bigTreeTemplate()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    const QString parent = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    return parent + QStringLiteral("/randnotiz-tree-XXXXXX");
}

QStringList pathsOf(const QList<ArticleFileEntry> &entries)
{
    QStringList paths;
    for (const ArticleFileEntry &entry : entries)
        paths.append(entry.path);
    return paths;
}

// While alive, this thread works without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, so that a folder of mode 000 is
// unreadable for root too (the tests run as root). They stay permitted and come back at the end.
class WithoutReadOverride final
{
public:
    WithoutReadOverride()
    {
        if (::geteuid() != 0)
            return;
        if (::syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2] = { m_saved[0], m_saved[1] };
        reduced[0].effective &= ~((1U << CAP_DAC_OVERRIDE) | (1U << CAP_DAC_READ_SEARCH));
        m_dropped = ::syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~WithoutReadOverride()
    {
        if (m_dropped)
            ::syscall(SYS_capset, &m_header, m_saved);
    }
    WithoutReadOverride(const WithoutReadOverride &) = delete;
    WithoutReadOverride &operator=(const WithoutReadOverride &) = delete;

private:
    __user_cap_header_struct m_header { _LINUX_CAPABILITY_VERSION_3, 0 };
    __user_cap_data_struct m_saved[2] {};
    bool m_dropped = false;
};

} // namespace

void TestArticleFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestArticleFiles::write(const QString &relative) const
{
    QDir().mkpath(QFileInfo(path(relative)).absolutePath());
    QFile file(path(relative));
    if (!file.open(QIODevice::WriteOnly) || file.write("Text.\n") != 6)
        qFatal("cannot write %s", qPrintable(relative));
}

void TestArticleFiles::files_areTakenAsGiven()
{
    write(QStringLiteral("a.md"));
    const QStringList given { path(QStringLiteral("a.md")), path(QStringLiteral("missing.txt")) };
    const QList<ArticleFileEntry> entries = collectArticleFiles(given);
    QCOMPARE(pathsOf(entries), given);
    QVERIFY(entries[0].ok() && entries[1].ok()); // the opener reports the missing one
    // The look at each argument tells a regular file, so its reader need not look again.
    QVERIFY(entries[0].regular);
    QVERIFY(!entries[1].regular);
}

void TestArticleFiles::folders_areSearchedForTxtInPathOrder()
{
    write(QStringLiteral("b/c/d.txt"));
    write(QStringLiteral("a.TXT"));
    write(QStringLiteral("b/ignored.md"));
    write(QStringLiteral(".hidden/e.txt"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("folder.txt")))); // a folder, whatever its name
    QVERIFY(QFile::link(path(QStringLiteral("a.TXT")), path(QStringLiteral("b/link.txt"))));
    QVERIFY(QFile::link(path(QStringLiteral("gone.txt")), path(QStringLiteral("b/dangling.txt"))));
    const QList<ArticleFileEntry> entries = collectArticleFiles({ m_dir->path() });
    QCOMPARE(pathsOf(entries),
             QStringList({ path(QStringLiteral(".hidden/e.txt")), path(QStringLiteral("a.TXT")),
                           path(QStringLiteral("b/c/d.txt")), path(QStringLiteral("b/dangling.txt")),
                           path(QStringLiteral("b/link.txt")) }));
    // A link counts as what it points to: a dangling one is no regular file, and its reader says it is missing.
    for (const ArticleFileEntry &entry : entries)
        QCOMPARE(entry.regular, !entry.path.endsWith(QLatin1String("dangling.txt")));
    // A trailing slash does not double.
    QCOMPARE(collectArticleFiles({ m_dir->path() + QLatin1Char('/') }).constFirst().path,
             path(QStringLiteral(".hidden/e.txt")));
}

void TestArticleFiles::symlinkLoop_endsAndEachFolderIsSearchedOnce()
{
    write(QStringLiteral("a/x.txt"));
    write(QStringLiteral("a/b/y.txt"));
    write(QStringLiteral("outside/z.txt"));
    QVERIFY(QFile::link(QStringLiteral("../.."), path(QStringLiteral("a/b/up")))); // a/b/up -> a's parent: a loop
    QVERIFY(QFile::link(QStringLiteral("."), path(QStringLiteral("a/self"))));
    QVERIFY(QFile::link(path(QStringLiteral("outside")), path(QStringLiteral("a/b/elsewhere"))));
    QVERIFY(QFile::link(path(QStringLiteral("outside")), path(QStringLiteral("a/b/elsewhere-again"))));

    QElapsedTimer clock;
    clock.start();
    const QList<ArticleFileEntry> entries = collectArticleFiles({ path(QStringLiteral("a")) });
    QVERIFY(clock.elapsed() < 5000);
    // A linked folder is followed once, by the first link in name order.
    QCOMPARE(pathsOf(entries),
             QStringList({ path(QStringLiteral("a/b/elsewhere/z.txt")), path(QStringLiteral("a/b/y.txt")),
                           path(QStringLiteral("a/x.txt")) }));
}

void TestArticleFiles::unreadableSubfolder_isReportedAndTheScanGoesOn()
{
    write(QStringLiteral("a.txt"));
    write(QStringLiteral("locked/secret.txt"));
    write(QStringLiteral("z/later.txt"));
    const QString locked = path(QStringLiteral("locked"));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));

    const WithoutReadOverride asAUser;
    // The folder must really be unreadable for the scan, or this would test nothing.
    DIR *probe = ::opendir(QFile::encodeName(locked).constData());
    const int error = errno;
    if (probe)
        ::closedir(probe);
    QVERIFY2(!probe && error == EACCES, "could not make the folder unreadable for this thread");

    const QList<ArticleFileEntry> entries = collectArticleFiles({ m_dir->path() });
    QCOMPARE(pathsOf(entries),
             QStringList({ path(QStringLiteral("a.txt")), locked, path(QStringLiteral("z/later.txt")) }));
    QVERIFY(entries[0].ok());
    QCOMPARE(entries[1].error, QStringLiteral("cannot read the folder: Permission denied"));
    QVERIFY(entries[2].ok());
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestArticleFiles::specialFilesInside_areListedForTheOpenerToRefuse()
{
    write(QStringLiteral("a.txt"));
    QVERIFY(::mkfifo(QFile::encodeName(path(QStringLiteral("pipe.txt"))).constData(), 0600) == 0);
    QVERIFY(::mkfifo(QFile::encodeName(path(QStringLiteral("pipe.dat"))).constData(), 0600) == 0);
    const int socket = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray socketName = QFile::encodeName(path(QStringLiteral("socket.txt")));
    QVERIFY(socket >= 0 && size_t(socketName.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, socketName.constData(), size_t(socketName.size()));
    QVERIFY(::bind(socket, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0);
    QVERIFY(QFile::link(QStringLiteral("/dev/null"), path(QStringLiteral("device.txt"))));

    QElapsedTimer clock;
    clock.start();
    const QList<ArticleFileEntry> entries = collectArticleFiles({ m_dir->path() });
    QVERIFY(clock.elapsed() < 1000);
    ::close(socket);
    // Listed like any *.txt (readRegularFile() refuses them when they are opened); the other FIFO is no article.
    QCOMPARE(pathsOf(entries),
             QStringList({ path(QStringLiteral("a.txt")), path(QStringLiteral("device.txt")),
                           path(QStringLiteral("pipe.txt")), path(QStringLiteral("socket.txt")) }));
    // Only the regular file is listed as one; the reader looks at the others itself before it opens them.
    QVERIFY(entries[0].regular);
    QVERIFY(!entries[1].regular);
    QVERIFY(!entries[2].regular);
    QVERIFY(!entries[3].regular);
}

void TestArticleFiles::hundredThousandFiles_areAllFound()
{
    QTemporaryDir tree(bigTreeTemplate());
    QVERIFY(tree.isValid());
    constexpr int Folders = 100;
    constexpr int PerFolder = 1000;
    for (int f = 0; f < Folders; ++f) {
        const QByteArray folder
            = QFile::encodeName(tree.filePath(QStringLiteral("f%1").arg(f, 3, 10, QLatin1Char('0'))));
        QVERIFY(::mkdir(folder.constData(), 0700) == 0);
        for (int i = 0; i < PerFolder; ++i) {
            const QByteArray name = folder + "/" + QByteArray::number(i) + ".txt";
            const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
            QVERIFY(fd >= 0);
            ::close(fd);
        }
    }
    QElapsedTimer clock;
    clock.start();
    const QList<ArticleFileEntry> entries = collectArticleFiles({ tree.path() });
    const qint64 elapsed = clock.elapsed();
    qInfo("scanned %lld files in %lld ms", qlonglong(entries.size()), elapsed);
    QCOMPARE(entries.size(), Folders * PerFolder);
    QVERIFY2(elapsed < 20000, qPrintable(QString::number(elapsed))); // generous: two shared cores, debug build
    QVERIFY(std::is_sorted(entries.cbegin(), entries.cend(),
                           [](const ArticleFileEntry &a, const ArticleFileEntry &b) { return a.path < b.path; }));
}

void TestArticleFiles::stop_endsTheScan()
{
    write(QStringLiteral("a/b.txt"));
    const std::atomic<bool> stop { true };
    QVERIFY(collectArticleFiles({ m_dir->path() }, &stop).isEmpty());
    const std::atomic<bool> go { false };
    QCOMPARE(collectArticleFiles({ m_dir->path() }, &go).size(), 1);
}

QTEST_GUILESS_MAIN(TestArticleFiles)
#include "tst_articlefiles.moc"
