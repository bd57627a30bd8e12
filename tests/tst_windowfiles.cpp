// Files that are not articles, in the window: a FIFO is refused at once and the window still closes; a folder of
// 100,000 files goes to the library and is indexed off the GUI thread, and a folder of many articles shows the
// library instead of a wall of tabs.
#include "library/librarycontroller.h"
#include "library/librarypanel.h"
#include "library/libraryservice.h"
#include "mainwindow.h"
#include "models/articleloader.h"
#include "models/librarymodel.h"
#include "readersettings.h"
#include "support/guisupport.h"
#include "support/testpaths.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <condition_variable>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Randnotiz;

class TestWindowFiles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void openFifo_showsTheMessageOtherFilesGoOnAndTheWindowCloses();
    void openFolder_ofHundredThousandFiles_isIndexedOffTheGuiThread();
    void openFolder_ofManyArticles_showsTheLibraryNotTabs();
};

namespace {

// Should a reader block in open() on the FIFO (as a plain blocking open does while no writer comes), this opens
// the FIFO for writing after a while, which lets that open() return: the test then fails instead of hanging.
class FifoUnblocker final
{
public:
    explicit FifoUnblocker(const QString &fifo)
        : m_fifo(QFile::encodeName(fifo))
        , m_thread([this] {
            std::unique_lock<std::mutex> lock(m_mutex);
            if (m_cv.wait_for(lock, std::chrono::seconds(5), [this] { return m_done; }))
                return;
            const int fd = ::open(m_fifo.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (fd >= 0) { // a reader was waiting in open()
                m_unblocked = true;
                ::close(fd);
            }
        })
    { }
    ~FifoUnblocker() { finish(); }
    FifoUnblocker(const FifoUnblocker &) = delete;
    FifoUnblocker &operator=(const FifoUnblocker &) = delete;

    // Stops the watch; true when a reader had to be let go.
    bool finish()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_done = true;
        }
        m_cv.notify_all();
        if (m_thread.joinable())
            m_thread.join();
        return m_unblocked;
    }

private:
    QByteArray m_fifo;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_done = false;
    std::atomic<bool> m_unblocked { false };
    std::thread m_thread;
};

// 100,000 files take minutes to create on a busy disk and a second or two in memory: such a tree goes to /dev/shm
// where there is one.
QString bigTreeTemplate()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    const QString parent = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    return parent + QStringLiteral("/randnotiz-tree-XXXXXX");
}

QString errorText(MainWindow &window)
{
    auto *message = window.findChild<QLabel *>(QStringLiteral("errorMessage"));
    return message ? message->text() : QString();
}

bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

// The longest time the event loop went without running a 5 ms timer, while it runs.
class StallProbe final
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, m_sinceTick.restart());
            ++m_ticks;
        });
        m_sinceTick.start();
        m_timer.start();
    }
    void stop()
    {
        if (!m_timer.isActive())
            return;
        m_longest = std::max(m_longest, m_sinceTick.elapsed());
        m_timer.stop();
    }
    qint64 longest() const { return m_longest; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

} // namespace

void TestWindowFiles::initTestCase()
{
    Test::isolateSettings();
}

void TestWindowFiles::init()
{
    Test::clearSettings();
}

void TestWindowFiles::openFifo_showsTheMessageOtherFilesGoOnAndTheWindowCloses()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.txt"));
    QVERIFY(makeFifo(fifo));
    FifoUnblocker unblocker(fifo);
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        QSignalSpy failed(window.get(), &MainWindow::openFailed);
        window->openFile(fifo);
        window->openFile(Test::samplePath(QStringLiteral("hafenstreik-hamburg.txt")));
        // Within a second, and the file after it opens (a blocked loader would parse nothing more).
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 1000);
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("not a regular file (a named pipe)"));
        QCOMPARE(errorText(*window), QStringLiteral("Cannot open pipe.txt: not a regular file (a named pipe)"));
        QTRY_COMPARE(window->articleCount(), 1);

        QElapsedTimer clock;
        clock.start();
        window->close();
        window.reset();
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }
    QVERIFY2(!unblocker.finish(), "the loader was blocked in open() on the FIFO");
}

void TestWindowFiles::openFolder_ofHundredThousandFiles_isIndexedOffTheGuiThread()
{
    // 100 folders of 1,000 files each: two articles among them, a FIFO named like one, and a link loop.
    QTemporaryDir dir(bigTreeTemplate());
    QVERIFY(dir.isValid());
    constexpr int Folders = 100;
    constexpr int PerFolder = 1000;
    for (int f = 0; f < Folders; ++f) {
        const QByteArray folder
            = QFile::encodeName(dir.filePath(QStringLiteral("f%1").arg(f, 3, 10, QLatin1Char('0'))));
        QVERIFY(::mkdir(folder.constData(), 0700) == 0);
        for (int i = 0; i < PerFolder; ++i) {
            const QByteArray name = folder + "/" + QByteArray::number(i) + ".dat";
            const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
            QVERIFY(fd >= 0);
            ::close(fd);
        }
    }
    QVERIFY(QFile::copy(Test::samplePath(QStringLiteral("hafenstreik-hamburg.txt")),
                        dir.filePath(QStringLiteral("f010/hafen.txt"))));
    QVERIFY(QFile::copy(Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")),
                        dir.filePath(QStringLiteral("f099/klima.txt"))));
    QVERIFY(makeFifo(dir.filePath(QStringLiteral("f050/pipe.txt"))));
    QVERIFY(QFile::link(dir.path(), dir.filePath(QStringLiteral("f020/loop"))));

    QTemporaryDir data;
    WikiOptions options;
    options.dataDir = data.path();
    MainWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    StallProbe probe;
    QElapsedTimer clock;
    clock.start();
    // A folder goes to the library: walked and indexed on the library's own thread, never as a wall of tabs.
    QVERIFY(window.handleArguments({ dir.path() }));
    const qint64 handling = clock.elapsed();
    LibraryService *service = window.library()->service();
    QVERIFY(service);
    QSignalSpy indexed(service, &LibraryService::indexed);
    // The library may first report itself as it was before the folder came (empty); the folder's run follows.
    QList<IndexEntry> changes;
    while (changes.isEmpty()) {
        if (indexed.isEmpty())
            QVERIFY(indexed.wait(60000));
        changes = indexed.takeFirst().at(0).value<QList<IndexEntry>>();
    }
    probe.stop();
    const qint64 indexing = clock.elapsed();
    qInfo("handleArguments %lld ms, index of %d files %lld ms, longest stall %lld ms over %d ticks",
          qlonglong(handling), Folders * PerFolder, qlonglong(indexing), qlonglong(probe.longest()), probe.ticks());
    QVERIFY2(handling < 50, qPrintable(QString::number(handling)));
    QVERIFY2(probe.longest() < 50, qPrintable(QString::number(probe.longest())));

    QStringList added;
    QString pipeError;
    for (const IndexEntry &e : changes) {
        if (e.status == IndexEntry::Status::Added)
            added.append(QFileInfo(e.file).fileName());
        if (e.file.endsWith(QStringLiteral("pipe.txt")))
            pipeError = e.error;
    }
    added.sort();
    QCOMPARE(added, (QStringList { QStringLiteral("hafen.txt"), QStringLiteral("klima.txt") }));
    QVERIFY2(pipeError.startsWith(QStringLiteral("not a regular file (a named pipe)")), qPrintable(pipeError));
    QCOMPARE(window.articleCount(), 0);
    QTRY_COMPARE(window.library()->panel()->model()->totalCount(), 3); // the pipe is listed with its reason
}

void TestWindowFiles::openFolder_ofManyArticles_showsTheLibraryNotTabs()
{
    QTemporaryDir dir;
    for (int i = 0; i < 105; ++i) {
        QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("a%1.txt").arg(i, 3, 10, QLatin1Char('0'))),
                                "Artikel " + QByteArray::number(i) + ".\n"));
    }
    QTemporaryDir data;
    WikiOptions options;
    options.dataDir = data.path();
    MainWindow window(options);
    window.show();
    window.openFiles({ dir.path() });
    QVERIFY(window.library()->dock()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(window.library()->panel()->model()->totalCount(), 105, 60000);
    QCOMPARE(window.articleCount(), 0);
    QCOMPARE(ReaderSettings::libraryFolders(), QStringList { QDir::cleanPath(dir.path()) });
}

QTEST_MAIN(TestWindowFiles)
#include "tst_windowfiles.moc"
