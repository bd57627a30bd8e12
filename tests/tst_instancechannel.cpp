// One running program per user and data folder: a second start hands its arguments over a local socket.
#include "cli/instancechannel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <atomic>
#include <memory>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Randnotiz;

class TestInstanceChannel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void serverName_isPerDataFolderAndStable();
    void sendToRunning_deliversArgumentsAndIsAcknowledged();
    void sendToRunning_makesRelativeFilesAbsolute();
    void sendToRunning_withoutServer_returnsFalseQuickly();
    void listen_removesTheSocketOfACrashedInstance();
    void listen_refusesWhileAnotherInstanceAnswers();
    void badInput_isRefusedWithoutCrashing_data();
    void badInput_isRefusedWithoutCrashing();
    void binary_handsItsLinkToTheRunningInstanceAndExits();
    void binary_handsRelativeFilesOverAsAbsolutePaths();

private:
    // sendToRunning() blocks, so it runs on a thread while this one serves.
    bool sendFromThread(const QString &name, const QStringList &arguments);
    QStringList runBinary(const QStringList &arguments, const QString &workingDirectory = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_name;
};

void TestInstanceChannel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_name = InstanceChannel::serverName(m_dir->path());
}

bool TestInstanceChannel::sendFromThread(const QString &name, const QStringList &arguments)
{
    std::atomic_bool result = false;
    std::unique_ptr<QThread> thread(
        QThread::create([&] { result = InstanceChannel::sendToRunning(name, arguments, 5000); }));
    thread->start();
    // This thread's event loop answers meanwhile.
    [&] { QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), 10000); }();
    thread->wait();
    return result;
}

void TestInstanceChannel::serverName_isPerDataFolderAndStable()
{
    const QString other = m_dir->filePath(QStringLiteral("other"));
    QVERIFY(QDir().mkpath(other));
    QCOMPARE(InstanceChannel::serverName(m_dir->path()), m_name);
    QCOMPARE(InstanceChannel::serverName(m_dir->path() + QStringLiteral("/")), m_name);
    QCOMPARE(InstanceChannel::serverName(other + QStringLiteral("/..")), m_name);
    const QString link = m_dir->filePath(QStringLiteral("link"));
    QVERIFY(QFile::link(m_dir->path(), link));
    QCOMPARE(InstanceChannel::serverName(link), m_name);
    QVERIFY(InstanceChannel::serverName(other) != m_name);
    QVERIFY(m_name.contains(QString::number(::getuid())));
    QVERIFY(!m_name.contains(u'/'));
}

void TestInstanceChannel::sendToRunning_deliversArgumentsAndIsAcknowledged()
{
    InstanceServer server;
    QVERIFY2(server.listen(m_name), qPrintable(server.errorString()));
    QSignalSpy received(&server, &InstanceServer::argumentsReceived);
    const QStringList arguments {
        QStringLiteral("randnotiz://open?fingerprint=ab&annotation=11111111-2222-4333-8444-555555555501"),
        QStringLiteral("/tmp/Größe & Co #1.txt"), QStringLiteral("file:///tmp/x.txt")
    };
    QVERIFY(sendFromThread(m_name, arguments));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), arguments);

    // An empty list (a second start without files) still reaches the window, which then comes to the front.
    QVERIFY(sendFromThread(m_name, {}));
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
    QVERIFY(server.listen(m_name));
    QSignalSpy received(&server, &InstanceServer::argumentsReceived);
    QVERIFY(sendFromThread(m_name, { QStringLiteral("notes.txt") }));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(),
             QStringList { QDir::current().absoluteFilePath(QStringLiteral("notes.txt")) });
}

void TestInstanceChannel::sendToRunning_withoutServer_returnsFalseQuickly()
{
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!InstanceChannel::sendToRunning(m_name, { QStringLiteral("/tmp/a.txt") }));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

void TestInstanceChannel::listen_removesTheSocketOfACrashedInstance()
{
    // What a crashed instance leaves: a socket file nobody listens on.
    const QString path = QDir(QDir::tempPath()).filePath(m_name);
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
    QVERIFY(!InstanceChannel::sendToRunning(m_name, {}));

    InstanceServer server;
    QVERIFY2(server.listen(m_name), qPrintable(server.errorString()));
    QSignalSpy received(&server, &InstanceServer::argumentsReceived);
    QVERIFY(sendFromThread(m_name, { QStringLiteral("/tmp/a.txt") }));
    QCOMPARE(received.size(), 1);
}

void TestInstanceChannel::listen_refusesWhileAnotherInstanceAnswers()
{
    InstanceServer first;
    QVERIFY(first.listen(m_name));
    InstanceServer second;
    QVERIFY(!second.listen(m_name));
    QVERIFY(!second.errorString().isEmpty());
    // The first one is not disturbed.
    QSignalSpy received(&first, &InstanceServer::argumentsReceived);
    QVERIFY(sendFromThread(m_name, { QStringLiteral("/tmp/a.txt") }));
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
    QVERIFY(server.listen(m_name));
    QSignalSpy received(&server, &InstanceServer::argumentsReceived);

    QLocalSocket client;
    client.connectToServer(m_name);
    QTRY_COMPARE(client.state(), QLocalSocket::ConnectedState);
    client.write(bytes);
    // The server hangs up without an acknowledgement.
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QLocalSocket::UnconnectedState, 4000);
    QVERIFY(!client.readAll().contains("ok"));
    QCOMPARE(received.size(), 0);

    // and keeps serving.
    QVERIFY(sendFromThread(m_name, { QStringLiteral("/tmp/a.txt") }));
    QCOMPARE(received.size(), 1);
}

QStringList TestInstanceChannel::runBinary(const QStringList &arguments, const QString &workingDirectory)
{
    InstanceServer server;
    if (!server.listen(m_name))
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

QTEST_GUILESS_MAIN(TestInstanceChannel)
#include "tst_instancechannel.moc"
