// readRegularFile(): the one way an article or notes file is read. Whatever is not a regular file is refused at
// once, even when it takes the file's place between the check and the read.
#include "article/articlefile.h"
#include "article/ozdparser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace Randnotiz;

Q_DECLARE_METATYPE(Randnotiz::FileHint)

class TestArticleFile final : public QObject
{
    Q_OBJECT

private slots:
    void specialFiles_areRefusedAtOnce_data();
    void specialFiles_areRefusedAtOnce();
    void parseFile_refusesAFifoAtOnce();
    void regularFile_isReadWhole();
    void missingFile_saysNoSuchFile();
    void sizeCap_isTheCallers();
    void fileSwappedForAFifo_isNeverReadAsOne();

private:
    QTemporaryDir m_dir;
};

namespace {

bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

// A listening Unix socket bound at path; the descriptor stays open until the test ends.
int makeSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (fd < 0 || size_t(name.size()) >= sizeof(address.sun_path))
        return -1;
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0 || ::listen(fd, 1) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

void TestArticleFile::specialFiles_areRefusedAtOnce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<FileHint>("hint");
    // Listed as regular: a folder scan saw a regular file, and this took its place since. The reader does not
    // look before it opens then; the check on the descriptor alone must refuse it, as fast.
    for (const FileHint hint : { FileHint::None, FileHint::ListedAsRegular }) {
        const char *listed = hint == FileHint::None ? "" : ", listed as regular";
        QTest::addRow("fifo%s", listed) << QStringLiteral("fifo") << QStringLiteral("not a regular file (a named pipe)")
                                        << hint;
        QTest::addRow("socket%s", listed)
            << QStringLiteral("socket") << QStringLiteral("not a regular file (a socket)") << hint;
        QTest::addRow("folder%s", listed)
            << QStringLiteral("folder") << QStringLiteral("not a regular file (a folder)") << hint;
        QTest::addRow("device%s", listed)
            << QStringLiteral("device") << QStringLiteral("not a regular file (a device)") << hint;
        // A link is followed: what it points to counts.
        QTest::addRow("link to a fifo%s", listed)
            << QStringLiteral("link") << QStringLiteral("not a regular file (a named pipe)") << hint;
    }
}

void TestArticleFile::specialFiles_areRefusedAtOnce()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QFETCH(FileHint, hint);
    QVERIFY(m_dir.isValid());
    const QString path
        = m_dir.filePath(kind + (hint == FileHint::None ? QStringLiteral(".txt") : QStringLiteral("-listed.txt")));
    int socket = -1;
    if (kind == QLatin1String("fifo")) {
        QVERIFY(makeFifo(path));
    } else if (kind == QLatin1String("socket")) {
        socket = makeSocket(path);
        QVERIFY(socket >= 0);
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QLatin1String("device")) {
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), path));
    } else {
        const QString target = path + QStringLiteral(".target");
        QVERIFY(makeFifo(target));
        QVERIFY(QFile::link(target, path));
    }

    // A blocking open of a FIFO without a writer never returns; a second is a generous bound for "at once".
    QElapsedTimer clock;
    clock.start();
    const FileBytes result = readRegularFile(path, OzdParser::MaxFileBytes, hint);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(result.error, expected);
    QVERIFY(result.bytes.isEmpty());
    if (socket >= 0)
        ::close(socket);
}

void TestArticleFile::parseFile_refusesAFifoAtOnce()
{
    const QString fifo = m_dir.filePath(QStringLiteral("parse-fifo.txt"));
    QVERIFY(makeFifo(fifo));
    QElapsedTimer clock;
    clock.start();
    const ParseResult result = OzdParser::parseFile(fifo);
    QVERIFY(clock.elapsed() < 1000);
    QCOMPARE(result.error, QStringLiteral("not a regular file (a named pipe)"));
    // The folder message still names a folder.
    QVERIFY(OzdParser::parseFile(m_dir.path()).error.contains(QStringLiteral("folder")));
}

void TestArticleFile::regularFile_isReadWhole()
{
    const QString path = m_dir.filePath(QStringLiteral("regular.txt"));
    QByteArray bytes;
    for (int i = 0; i < 20000; ++i) // more than one chunk of the reader
        bytes += "Zeile " + QByteArray::number(i) + '\n';
    QVERIFY(writeFile(path, bytes));
    const FileBytes result = readRegularFile(path, OzdParser::MaxFileBytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.bytes, bytes);
    const FileBytes listed = readRegularFile(path, OzdParser::MaxFileBytes, FileHint::ListedAsRegular);
    QVERIFY2(listed.ok(), qPrintable(listed.error));
    QCOMPARE(listed.bytes, bytes);

    // A file that does not know its size is read to its end as well.
    const FileBytes proc = readRegularFile(QStringLiteral("/proc/self/status"), OzdParser::MaxFileBytes);
    QVERIFY2(proc.ok(), qPrintable(proc.error));
    QVERIFY(proc.bytes.contains("Name:"));
}

void TestArticleFile::missingFile_saysNoSuchFile()
{
    QCOMPARE(readRegularFile(m_dir.filePath(QStringLiteral("none.txt")), 100).error, QStringLiteral("no such file"));
    // Also when a scan listed it and it went away since.
    QCOMPARE(readRegularFile(m_dir.filePath(QStringLiteral("none.txt")), 100, FileHint::ListedAsRegular).error,
             QStringLiteral("no such file"));
}

void TestArticleFile::sizeCap_isTheCallers()
{
    const qint64 cap = qint64(1) * 1024 * 1024;
    const QString path = m_dir.filePath(QStringLiteral("capped.json"));
    QVERIFY(writeFile(path, QByteArray(cap, 'a')));
    const FileBytes atCap = readRegularFile(path, cap);
    QVERIFY(atCap.ok());
    QCOMPARE(atCap.bytes.size(), cap);
    QVERIFY(writeFile(path, QByteArray(cap + 1, 'a')));
    const FileBytes over = readRegularFile(path, cap);
    QCOMPARE(over.error, QStringLiteral("the file is larger than 1 MB"));
    QVERIFY(over.bytes.isEmpty());
}

// The check before opening cannot see a swap that happens after it: a link that flips between a regular file
// and a FIFO, read over and over. Each read must give the file's text or refuse the FIFO; reading the FIFO (an
// empty result, as a non-blocking read of a pipe without a writer gives) would mean the descriptor was not
// checked, and a blocking open would hang the test.
void TestArticleFile::fileSwappedForAFifo_isNeverReadAsOne()
{
    const QString regular = m_dir.filePath(QStringLiteral("swap-regular.txt"));
    const QString fifo = m_dir.filePath(QStringLiteral("swap-fifo.txt"));
    const QString link = m_dir.filePath(QStringLiteral("swapped.txt"));
    QVERIFY(writeFile(regular, "Text.\n"));
    QVERIFY(makeFifo(fifo));
    const QByteArray toRegular = QFile::encodeName(m_dir.filePath(QStringLiteral("to-regular")));
    const QByteArray toFifo = QFile::encodeName(m_dir.filePath(QStringLiteral("to-fifo")));
    const QByteArray linkName = QFile::encodeName(link);

    QVERIFY(QFile::link(regular, link)); // before the flipper starts, which renames its links over this one
    std::atomic<bool> done { false };
    std::thread flipper([&] {
        bool fifoNext = true;
        while (!done.load()) {
            const QByteArray &next = fifoNext ? toFifo : toRegular;
            ::unlink(next.constData());
            if (::symlink(QFile::encodeName(fifoNext ? fifo : regular).constData(), next.constData()) == 0)
                ::rename(next.constData(), linkName.constData()); // atomic: the link always exists
            fifoNext = !fifoNext;
        }
    });
    int texts = 0;
    int refused = 0;
    int other = 0;
    QString otherError;
    QElapsedTimer clock;
    clock.start();
    // The swap lands between the check and the open a few times a second here; four seconds make a miss unlikely.
    while (clock.elapsed() < 4000 || texts == 0 || refused == 0) {
        const FileBytes result = readRegularFile(link, 1024);
        if (result.ok() && result.bytes == "Text.\n") {
            ++texts;
        } else if (result.error == QLatin1String("not a regular file (a named pipe)")) {
            ++refused;
        } else {
            ++other;
            otherError = result.ok() ? QStringLiteral("read %1 bytes").arg(result.bytes.size()) : result.error;
        }
        if (clock.elapsed() > 20000)
            break;
    }
    done = true;
    flipper.join();
    QVERIFY2(other == 0, qPrintable(QStringLiteral("%1 reads gave: %2").arg(other).arg(otherError)));
    QVERIFY(texts > 0);
    QVERIFY(refused > 0);
}

QTEST_GUILESS_MAIN(TestArticleFile)
#include "tst_articlefile.moc"
