// One running program per user and data folder: a second start hands its arguments over a local socket in the
// user's private runtime folder, and never to a socket or a listener of someone else.
#include "cli/instancechannel.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <atomic>
#include <csignal>
#include <memory>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Randnotiz;

namespace {

constexpr uid_t NobodyId = 65534;
using FileStatus = struct stat;

// A listener run by another user ('nobody'), as someone else on the machine would plant it. It logs to a pipe:
// 'C' for a connection it accepted, 'D' when that connection brought any bytes, 'E' when it ended.
class PlantedListener
{
public:
    PlantedListener() = default;
    ~PlantedListener() { stop(); }
    Q_DISABLE_COPY_MOVE(PlantedListener)

    // Binds in a staging folder the other user may write to, then moves the socket to path.
    bool start(const QString &path)
    {
        char staging[] = "/tmp/rnz-planted-XXXXXX";
        if (!::mkdtemp(staging) || ::chmod(staging, 0777) != 0)
            return false;
        m_staging = QString::fromLocal8Bit(staging);
        const QByteArray bound = QFile::encodeName(m_staging + QStringLiteral("/socket"));
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        if (size_t(bound.size()) >= sizeof(address.sun_path))
            return false;
        std::copy(bound.cbegin(), bound.cend(), address.sun_path);
        int fds[2];
        if (::pipe(fds) != 0)
            return false;
        m_pid = ::fork();
        if (m_pid == 0) {
            // The child only makes system calls: no Qt, no allocation.
            ::close(fds[0]);
            if (::setgid(NobodyId) != 0 || ::setuid(NobodyId) != 0)
                ::_exit(2);
            const int server = ::socket(AF_UNIX, SOCK_STREAM, 0);
            if (server < 0 || ::bind(server, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0
                || ::listen(server, 8) != 0)
                ::_exit(3);
            (void)!::write(fds[1], "L", 1);
            for (;;) {
                const int connection = ::accept(server, nullptr, nullptr);
                if (connection < 0)
                    continue;
                (void)!::write(fds[1], "C", 1);
                char buffer[4096];
                bool data = false;
                for (ssize_t n; (n = ::read(connection, buffer, sizeof(buffer))) > 0;) {
                    if (!data)
                        (void)!::write(fds[1], "D", 1);
                    data = true;
                }
                (void)!::write(fds[1], "E", 1);
                ::close(connection);
            }
        }
        ::close(fds[1]);
        m_fd = fds[0];
        char ready = 0;
        if (m_pid < 0 || !readOne(ready, QDeadlineTimer(10000)) || ready != 'L')
            return false;
        // A second name for the same socket, which stays when path is taken over.
        if (::link(bound.constData(), QFile::encodeName(controlPath()).constData()) != 0)
            return false;
        return ::rename(bound.constData(), QFile::encodeName(path).constData()) == 0;
    }

    QString controlPath() const { return m_staging + QStringLiteral("/control"); }

    // Waits until the log holds `ends` finished connections (or ten seconds have passed) and returns it.
    QByteArray readLog(int ends)
    {
        const QDeadlineTimer deadline(10000);
        char c = 0;
        while (m_log.count('E') < ends && readOne(c, deadline))
            m_log.append(c);
        return m_log;
    }

    void stop()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
            m_pid = -1;
        }
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        if (!m_staging.isEmpty())
            QDir(m_staging).removeRecursively();
    }

private:
    bool readOne(char &c, const QDeadlineTimer &deadline) const
    {
        pollfd fd { m_fd, POLLIN, 0 };
        return ::poll(&fd, 1, int(deadline.remainingTime())) == 1 && ::read(m_fd, &c, 1) == 1;
    }

    pid_t m_pid = -1;
    int m_fd = -1;
    QByteArray m_log;
    QString m_staging;
};

} // namespace

class TestInstanceChannel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void socketPath_isPerDataFolderInThePrivateRuntimeFolder();
    void socketPath_withoutXdgRuntimeDir_isInQtsPrivateFolder();
    void sendToRunning_deliversArgumentsAndIsAcknowledged();
    void sendToRunning_makesRelativeFilesAbsolute();
    void sendToRunning_withoutServer_returnsFalseWithoutComplaint();
    void listen_removesTheSocketOfACrashedInstance();
    void listen_refusesWhileAnotherInstanceAnswers();
    void badInput_isRefusedWithoutCrashing_data();
    void badInput_isRefusedWithoutCrashing();
    void plantedSocket_neverReceivesTheArguments_data();
    void plantedSocket_neverReceivesTheArguments();
    void folderProblem_refusesFoldersOthersCanEnter();
    void binary_handsItsLinkToTheRunningInstanceAndExits();
    void binary_handsRelativeFilesOverAsAbsolutePaths();
    void binary_withAPlantedSocket_opensAWindowOfItsOwnAndSaysSoOnce();

private:
    // sendToRunning() blocks, so it runs on a thread while this one serves.
    bool sendFromThread(const QString &path, const QStringList &arguments);
    QStringList runBinary(const QStringList &arguments, const QString &workingDirectory = {});
    // A control connection that bypasses every check: proves the planted listener is there and logging.
    static void connectDirectly(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_runtime;
    QString m_path;
};

void TestInstanceChannel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A runtime folder of the test's own (QTemporaryDir makes it 0700), as the session's would be.
    m_runtime = std::make_unique<QTemporaryDir>();
    QVERIFY(m_runtime->isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime->path()));
    m_path = InstanceChannel::socketPath(m_dir->path());
    QVERIFY(!m_path.isEmpty());
}

void TestInstanceChannel::cleanup()
{
    if (m_runtime) {
        // Given back to this user and closed again, so that it can be removed.
        (void)::chown(QFile::encodeName(m_runtime->path()).constData(), ::getuid(), ::getgid());
        (void)::chmod(QFile::encodeName(m_runtime->path()).constData(), 0700);
    }
    m_runtime.reset();
    m_dir.reset();
}

bool TestInstanceChannel::sendFromThread(const QString &path, const QStringList &arguments)
{
    std::atomic_bool result = false;
    std::unique_ptr<QThread> thread(
        QThread::create([&] { result = InstanceChannel::sendToRunning(path, arguments, 5000); }));
    QSignalSpy finished(thread.get(), &QThread::finished);
    thread->start();
    // This thread's event loop answers meanwhile.
    if (!thread->isFinished() && !finished.wait(10000))
        return false;
    thread->wait();
    return result;
}

void TestInstanceChannel::socketPath_isPerDataFolderInThePrivateRuntimeFolder()
{
    const QString other = m_dir->filePath(QStringLiteral("other"));
    QVERIFY(QDir().mkpath(other));
    QCOMPARE(InstanceChannel::socketPath(m_dir->path()), m_path);
    QCOMPARE(InstanceChannel::socketPath(m_dir->path() + QStringLiteral("/")), m_path);
    QCOMPARE(InstanceChannel::socketPath(other + QStringLiteral("/..")), m_path);
    const QString link = m_dir->filePath(QStringLiteral("link"));
    QVERIFY(QFile::link(m_dir->path(), link));
    QCOMPARE(InstanceChannel::socketPath(link), m_path);
    QVERIFY(InstanceChannel::socketPath(other) != m_path);
    QCOMPARE(QFileInfo(m_path).path(), m_runtime->path());
    QVERIFY(!m_path.startsWith(QDir::tempPath() + QStringLiteral("/randnotiz")));
    QVERIFY(size_t(QFile::encodeName(m_path).size()) < sizeof(sockaddr_un::sun_path));
    QVERIFY(InstanceChannel::folderProblem(m_runtime->path()).isEmpty());
}

void TestInstanceChannel::socketPath_withoutXdgRuntimeDir_isInQtsPrivateFolder()
{
    qunsetenv("XDG_RUNTIME_DIR");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("XDG_RUNTIME_DIR not set")));
    const QString path = InstanceChannel::socketPath(m_dir->path());
    QVERIFY(!path.isEmpty());
    const QString folder = QFileInfo(path).path();
    QVERIFY(folder != QDir::tempPath());
    FileStatus st {};
    QCOMPARE(::lstat(QFile::encodeName(folder).constData(), &st), 0);
    QCOMPARE(st.st_uid, ::getuid());
    QCOMPARE(st.st_mode & 0777, mode_t(0700));
}

void TestInstanceChannel::sendToRunning_deliversArgumentsAndIsAcknowledged()
{
    InstanceServer server;
    QVERIFY2(server.listen(m_path), qPrintable(server.errorString()));
    QSignalSpy received(&server, &InstanceServer::argumentsReceived);
    const QStringList arguments {
        QStringLiteral("randnotiz://open?fingerprint=ab&annotation=11111111-2222-4333-8444-555555555501"),
        QStringLiteral("/tmp/Größe & Co #1.txt"), QStringLiteral("file:///tmp/x.txt")
    };
    QVERIFY(sendFromThread(m_path, arguments));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), arguments);

    // An empty list (a second start without files) still reaches the window, which then comes to the front.
    QVERIFY(sendFromThread(m_path, {}));
    QCOMPARE(received.size(), 2);
    QVERIFY(received.last().first().toStringList().isEmpty());
}

void TestInstanceChannel::sendToRunning_makesRelativeFilesAbsolute()
{
    const QString working = m_dir->path();
    QFile file(m_dir->filePath(QStringLiteral("artikel eins.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QStringList absolute = InstanceChannel::absoluteArguments(
        { QStringLiteral("artikel eins.txt"), QStringLiteral("sub/../fehlt.txt"), QStringLiteral("/abs/a.txt"),
          QStringLiteral("randnotiz://open?fingerprint=ab&annotation=x") },
        working);
    QCOMPARE(
        absolute,
        QStringList({ m_dir->filePath(QStringLiteral("artikel eins.txt")), m_dir->filePath(QStringLiteral("fehlt.txt")),
                      QStringLiteral("/abs/a.txt"), QStringLiteral("randnotiz://open?fingerprint=ab&annotation=x") }));

    // sendToRunning() does it against the current folder.
    InstanceServer server;
    QVERIFY(server.listen(m_path));
    QSignalSpy received(&server, &InstanceServer::argumentsReceived);
    QVERIFY(sendFromThread(m_path, { QStringLiteral("notes.txt") }));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(),
             QStringList { QDir::current().absoluteFilePath(QStringLiteral("notes.txt")) });
}

void TestInstanceChannel::sendToRunning_withoutServer_returnsFalseWithoutComplaint()
{
    QString problem;
    QVERIFY(!InstanceChannel::sendToRunning(m_path, { QStringLiteral("/tmp/a.txt") }, 2000, &problem));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestInstanceChannel::listen_removesTheSocketOfACrashedInstance()
{
    // What a crashed instance leaves: a socket file nobody listens on.
    const QString path = m_path;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    QVERIFY(size_t(encoded.size()) < sizeof(address.sun_path));
    std::copy(encoded.cbegin(), encoded.cend(), address.sun_path);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFile::exists(path));
    QVERIFY(!InstanceChannel::sendToRunning(m_path, {}));

    InstanceServer server;
    QVERIFY2(server.listen(m_path), qPrintable(server.errorString()));
    QSignalSpy received(&server, &InstanceServer::argumentsReceived);
    QVERIFY(sendFromThread(m_path, { QStringLiteral("/tmp/a.txt") }));
    QCOMPARE(received.size(), 1);
}

void TestInstanceChannel::listen_refusesWhileAnotherInstanceAnswers()
{
    InstanceServer first;
    QVERIFY(first.listen(m_path));
    InstanceServer second;
    QVERIFY(!second.listen(m_path));
    QVERIFY(!second.errorString().isEmpty());
    // The first one is not disturbed.
    QSignalSpy received(&first, &InstanceServer::argumentsReceived);
    QVERIFY(sendFromThread(m_path, { QStringLiteral("/tmp/a.txt") }));
    QCOMPARE(received.size(), 1);
}

void TestInstanceChannel::badInput_isRefusedWithoutCrashing_data()
{
    const auto framed = [](const QByteArray &payload, quint32 length) -> QByteArray {
        char header[4];
        qToBigEndian(length, header);
        return QByteArrayLiteral("RNZ1") + QByteArray(header, 4) + payload;
    };
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("wrong magic") << QByteArrayLiteral("HTTP/1.1 GET /\r\n\r\n");
    QTest::newRow("binary garbage") << QByteArray(4096, '\xff');
    QTest::newRow("length over the limit") << framed("[]", quint32(InstanceChannel::MaxMessageBytes + 1));
    QTest::newRow("huge length") << framed("[]", 0xffffffffu);
    QTest::newRow("more than announced") << framed("[\"a\"]  trailing", 5);
    QTest::newRow("2 MiB stream") << framed(QByteArray(2 * 1024 * 1024, '['),
                                            quint32(InstanceChannel::MaxMessageBytes));
    QTest::newRow("invalid JSON") << framed("[\"a\"", 4);
    QTest::newRow("not an array") << framed("{\"a\":1}", 7);
    QTest::newRow("not strings") << framed("[1,null]", 8);
}

void TestInstanceChannel::badInput_isRefusedWithoutCrashing()
{
    QFETCH(QByteArray, bytes);
    InstanceServer server;
    QVERIFY(server.listen(m_path));
    QSignalSpy received(&server, &InstanceServer::argumentsReceived);

    QLocalSocket client;
    client.connectToServer(m_path);
    QTRY_COMPARE(client.state(), QLocalSocket::ConnectedState);
    client.write(bytes);
    // The server hangs up without an acknowledgement.
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QLocalSocket::UnconnectedState, 4000);
    QVERIFY(!client.readAll().contains("ok"));
    QCOMPARE(received.size(), 0);

    // and keeps serving.
    QVERIFY(sendFromThread(m_path, { QStringLiteral("/tmp/a.txt") }));
    QCOMPARE(received.size(), 1);
}

void TestInstanceChannel::connectDirectly(const QString &path)
{
    QLocalSocket control;
    control.connectToServer(path);
    QVERIFY(control.waitForConnected(5000));
    control.write("control");
    QVERIFY(control.waitForBytesWritten(5000));
    control.disconnectFromServer();
}

void TestInstanceChannel::plantedSocket_neverReceivesTheArguments_data()
{
    QTest::addColumn<QString>("plant");
    QTest::addColumn<QByteArray>("expectedLog"); // the planted listener's log, the control connection included
    QTest::addColumn<bool>("listenTakesOver"); // whether this user's instance may take the path afterwards
    QTest::addColumn<QByteArray>("listenLog"); // what listening there adds to the log
    // Refused on the file's owner: no connection at all, only the control one.
    QTest::newRow("socket of another user")
        << QStringLiteral("socket") << QByteArrayLiteral("CDE") << true << QByteArray();
    // The file made to look like this user's: the connection is made and dropped on the peer's id, unused (and
    // so is the running program's probe of whether an instance of its own answers there).
    QTest::newRow("this user's file, another user's listener")
        << QStringLiteral("chowned socket") << QByteArrayLiteral("CECDE") << true << QByteArrayLiteral("CE");
    QTest::newRow("folder of another user")
        << QStringLiteral("folder owner") << QByteArrayLiteral("CDE") << false << QByteArray();
    QTest::newRow("folder open to others")
        << QStringLiteral("folder mode") << QByteArrayLiteral("CDE") << false << QByteArray();
}

void TestInstanceChannel::plantedSocket_neverReceivesTheArguments()
{
    QFETCH(QString, plant);
    QFETCH(QByteArray, expectedLog);
    QFETCH(bool, listenTakesOver);
    QFETCH(QByteArray, listenLog);
    PlantedListener planted;
    QVERIFY(planted.start(m_path));
    const QByteArray folder = QFile::encodeName(m_runtime->path());
    const QByteArray path = QFile::encodeName(m_path);
    if (plant == QLatin1String("chowned socket"))
        QCOMPARE(::lchown(path.constData(), ::getuid(), ::getgid()), 0);
    else if (plant == QLatin1String("folder owner"))
        QCOMPARE(::chown(folder.constData(), NobodyId, NobodyId), 0);
    else if (plant == QLatin1String("folder mode"))
        QCOMPARE(::chmod(folder.constData(), 0755), 0);

    const QString secret = QStringLiteral("/home/anna/Privat/Bewerbung.txt");
    QString problem;
    QVERIFY(!InstanceChannel::sendToRunning(m_path, { secret }, 5000, &problem));
    QVERIFY(!problem.isEmpty());
    QVERIFY2(problem.contains(QStringLiteral("stays on its own")), qPrintable(problem));
    QVERIFY(!problem.contains(secret));

    connectDirectly(planted.controlPath());
    QCOMPARE(planted.readLog(int(expectedLog.count('E'))), expectedLog);

    // The running program's side: it takes the path from a planted socket in its own private folder, and
    // refuses a folder that is not private.
    InstanceServer server;
    QCOMPARE(server.listen(m_path), listenTakesOver);
    if (listenTakesOver) {
        QSignalSpy received(&server, &InstanceServer::argumentsReceived);
        QVERIFY(sendFromThread(m_path, { secret }));
        QCOMPARE(received.size(), 1);
    } else {
        QVERIFY(!server.errorString().isEmpty());
    }
    // Nothing reached it in between: the next entry in its log is the second control connection.
    connectDirectly(planted.controlPath());
    const QByteArray log = expectedLog + listenLog + QByteArrayLiteral("CDE");
    QCOMPARE(planted.readLog(int(log.count('E'))), log);
}

void TestInstanceChannel::folderProblem_refusesFoldersOthersCanEnter()
{
    const QString folder = m_dir->filePath(QStringLiteral("laufzeit"));
    QVERIFY(QDir().mkpath(folder));
    const QByteArray encoded = QFile::encodeName(folder);
    QCOMPARE(::chmod(encoded.constData(), 0700), 0);
    QVERIFY(InstanceChannel::folderProblem(folder).isEmpty());
    for (const mode_t mode : { 0750, 0705, 0710, 0701, 0777 }) {
        QCOMPARE(::chmod(encoded.constData(), mode), 0);
        QVERIFY2(!InstanceChannel::folderProblem(folder).isEmpty(), qPrintable(QString::number(mode, 8)));
    }
    QCOMPARE(::chmod(encoded.constData(), 0700), 0);
    QCOMPARE(::chown(encoded.constData(), NobodyId, NobodyId), 0);
    QVERIFY(!InstanceChannel::folderProblem(folder).isEmpty());
    QCOMPARE(::chown(encoded.constData(), ::getuid(), ::getgid()), 0);
    // A symbolic link to a private folder is not the folder.
    const QString link = m_dir->filePath(QStringLiteral("verweis"));
    QVERIFY(QFile::link(folder, link));
    QVERIFY(!InstanceChannel::folderProblem(link).isEmpty());
    QVERIFY(!InstanceChannel::folderProblem(m_dir->filePath(QStringLiteral("fehlt"))).isEmpty());
    // No private folder at all: nothing to send to, and nothing to listen on.
    QString problem;
    QVERIFY(!InstanceChannel::sendToRunning(QString(), {}, 2000, &problem));
    QVERIFY(!problem.isEmpty());
    InstanceServer server;
    QVERIFY(!server.listen(QString()));
    QVERIFY(!server.errorString().isEmpty());
}

QStringList TestInstanceChannel::runBinary(const QStringList &arguments, const QString &workingDirectory)
{
    InstanceServer server;
    if (!server.listen(m_path))
        return { QStringLiteral("listen failed: ") + server.errorString() };
    QSignalSpy received(&server, &InstanceServer::argumentsReceived);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(RANDNOTIZ_BINARY),
                  QStringList { QStringLiteral("--data-dir"), m_dir->path() } + arguments);
    // Without the hand-over the program would open a window and stay: give up after a while.
    if (!finished.wait(20000)) {
        process.kill();
        process.waitForFinished();
        return { QStringLiteral("did not exit") };
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return { QStringLiteral("exit code %1: ").arg(process.exitCode())
                 + QString::fromLocal8Bit(process.readAllStandardError()) };
    if (received.size() != 1)
        return { QStringLiteral("received %1 messages").arg(received.size()) };
    return received.first().first().toStringList();
}

void TestInstanceChannel::binary_handsItsLinkToTheRunningInstanceAndExits()
{
    const QString link = QStringLiteral("randnotiz://open?file=%2Ftmp%2FA%20%26%20B.txt&fingerprint=")
        + QString(64, u'c') + QStringLiteral("&annotation=11111111-2222-4333-8444-555555555501");
    QCOMPARE(runBinary({ link }), QStringList { link });
    // No arguments: the running window only comes to the front.
    QCOMPARE(runBinary({}), QStringList());
}

void TestInstanceChannel::binary_handsRelativeFilesOverAsAbsolutePaths()
{
    const QString folder = m_dir->filePath(QStringLiteral("Artikel"));
    QVERIFY(QDir().mkpath(folder));
    QFile file(QDir(folder).filePath(QStringLiteral("klima.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(runBinary({ QStringLiteral("klima.txt") }, folder), QStringList { file.fileName() });
}

void TestInstanceChannel::binary_withAPlantedSocket_opensAWindowOfItsOwnAndSaysSoOnce()
{
    PlantedListener planted;
    QVERIFY(planted.start(m_path));
    const QString secret = m_dir->filePath(QStringLiteral("Bewerbung.txt"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RANDNOTIZ_BINARY), { QStringLiteral("--data-dir"), m_dir->path(), secret });
    QVERIFY(process.waitForStarted());
    // The program says so, then serves a channel of its own in place of the planted one.
    QByteArray errors;
    QTRY_VERIFY_WITH_TIMEOUT((errors += process.readAllStandardError()).contains("not made by this user"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(InstanceChannel::socketProblem(m_path).isEmpty(), 20000);
    QString problem;
    QTRY_VERIFY_WITH_TIMEOUT(InstanceChannel::sendToRunning(m_path, {}, 2000, &problem), 20000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(process.state(), QProcess::Running);
    process.kill();
    QVERIFY(process.waitForFinished());
    errors += process.readAllStandardError();
    QCOMPARE(errors.count("single-instance"), 1);
    // The planted listener never saw a connection but the control one.
    connectDirectly(planted.controlPath());
    QCOMPARE(planted.readLog(1), QByteArrayLiteral("CDE"));
}

QTEST_GUILESS_MAIN(TestInstanceChannel)
#include "tst_instancechannel.moc"
