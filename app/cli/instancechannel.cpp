#include "cli/instancechannel.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QtEndian>

#include <memory>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Randnotiz {

namespace {

// A message: magic, payload length (big endian), payload (a JSON array of strings). The answer: Ack.
constexpr char Magic[] = "RNZ1";
constexpr qsizetype MagicSize = 4;
constexpr qsizetype HeaderSize = MagicSize + 4;
constexpr char Ack[] = "ok\n";
constexpr qsizetype AckSize = 3;

using FileStatus = struct stat;

QString noFolderMessage()
{
    return InstanceChannel::tr(
        "There is no private runtime folder for the single-instance channel; this window stays on its own.");
}

// A real URL scheme (not a Windows drive letter) such as randnotiz: or file:.
bool looksLikeUrl(const QString &argument)
{
    const QUrl url(argument, QUrl::StrictMode);
    return url.isValid() && url.scheme().size() > 1;
}

} // namespace

QString InstanceChannel::runtimeDirectory()
{
    // Qt takes $XDG_RUNTIME_DIR when it is this user's and 0700, else makes /tmp/runtime-USER so; checked again.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty() || !folderProblem(folder).isEmpty())
        return {};
    return folder;
}

QString InstanceChannel::socketPath(const QString &dataDir)
{
    const QString runtime = runtimeDirectory();
    if (runtime.isEmpty())
        return {};
    const QFileInfo info(dataDir);
    QString folder = info.canonicalFilePath();
    if (folder.isEmpty())
        folder = QDir::cleanPath(info.absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(runtime).filePath(QStringLiteral("randnotiz-") + QString::fromLatin1(hash));
}

QString InstanceChannel::folderProblem(const QString &folder)
{
    FileStatus st {};
    if (folder.isEmpty() || ::lstat(QFile::encodeName(folder).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return tr("The folder of the single-instance channel (%1) is missing or not a folder; this window stays on its "
                  "own.")
            .arg(QDir::toNativeSeparators(folder));
    if (st.st_uid != ::getuid())
        return tr("The folder of the single-instance channel (%1) belongs to another user; this window stays on "
                  "its own.")
            .arg(QDir::toNativeSeparators(folder));
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return tr("The folder of the single-instance channel (%1) is open to other users; this window stays on "
                  "its own.")
            .arg(QDir::toNativeSeparators(folder));
    return {};
}

QString InstanceChannel::socketProblem(const QString &path)
{
    if (path.isEmpty())
        return noFolderMessage();
    const QString problem = folderProblem(QFileInfo(path).path());
    if (!problem.isEmpty())
        return problem;
    FileStatus st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return {}; // nobody there yet
    if (!S_ISSOCK(st.st_mode) || st.st_uid != ::getuid())
        return tr("The single-instance socket %1 was not made by this user; this window stays on its own.")
            .arg(QDir::toNativeSeparators(path));
    return {};
}

bool InstanceChannel::peerIsThisUser(qintptr socketDescriptor)
{
    if (socketDescriptor < 0)
        return false;
#if defined(SO_PEERCRED)
    ucred peer {};
    socklen_t size = sizeof(peer);
    if (::getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &peer, &size) != 0 || size != sizeof(peer))
        return false;
    return peer.uid == ::getuid();
#else
    uid_t uid = 0;
    gid_t gid = 0;
    return ::getpeereid(int(socketDescriptor), &uid, &gid) == 0 && uid == ::getuid();
#endif
}

QStringList InstanceChannel::absoluteArguments(const QStringList &arguments, const QString &workingDirectory)
{
    QStringList result;
    result.reserve(arguments.size());
    const QDir base(workingDirectory);
    for (const QString &argument : arguments) {
        const QString asPath = base.absoluteFilePath(argument);
        if (argument.isEmpty() || (looksLikeUrl(argument) && !QFileInfo::exists(asPath)))
            result.append(argument);
        else
            result.append(QDir::cleanPath(asPath));
    }
    return result;
}

QByteArray InstanceChannel::encode(const QStringList &arguments)
{
    const QByteArray payload = QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact);
    QByteArray message(Magic, MagicSize);
    char length[4];
    qToBigEndian(quint32(payload.size()), length);
    message.append(length, 4);
    return message + payload;
}

bool InstanceChannel::sendToRunning(const QString &socketPath, const QStringList &arguments, int timeoutMs,
                                    QString *problem)
{
    const auto untrusted = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    if (const QString why = socketProblem(socketPath); !why.isEmpty())
        return untrusted(why);
    if (!QFileInfo::exists(socketPath))
        return false; // no instance running
    const QByteArray message = encode(absoluteArguments(arguments, QDir::currentPath()));
    if (message.size() > HeaderSize + MaxMessageBytes)
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    // The file was this user's a moment ago; the process that listens on it must be too.
    if (!peerIsThisUser(socket.socketDescriptor())) {
        socket.abort();
        return untrusted(tr("The single-instance socket %1 is served by another user; this window stays on its own.")
                             .arg(QDir::toNativeSeparators(socketPath)));
    }
    socket.write(message);
    while (socket.bytesToWrite() > 0) {
        if (deadline.hasExpired() || !socket.waitForBytesWritten(int(deadline.remainingTime())))
            return false;
    }
    while (socket.bytesAvailable() < AckSize) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime())))
            return false;
    }
    const bool acknowledged = socket.read(AckSize) == QByteArray(Ack, AckSize);
    socket.disconnectFromServer();
    return acknowledged;
}

InstanceServer::InstanceServer(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceServer::acceptConnections);
}

InstanceServer::~InstanceServer() = default;

bool InstanceServer::isListening() const
{
    return m_server->isListening();
}

bool InstanceServer::listen(const QString &socketPath)
{
    m_error.clear();
    if (socketPath.isEmpty()) {
        m_error = noFolderMessage();
        return false;
    }
    if (const QString why = InstanceChannel::folderProblem(QFileInfo(socketPath).path()); !why.isEmpty()) {
        m_error = why;
        return false;
    }
    // Asked first: with access limited to the user, QLocalServer puts its socket in place by renaming, which
    // would silently take the path from a running instance. Only this user's socket is asked; nobody answering,
    // or a socket of someone else in this private folder, is left over and goes.
    if (InstanceChannel::socketProblem(socketPath).isEmpty() && QFileInfo::exists(socketPath)) {
        QLocalSocket probe;
        probe.connectToServer(socketPath);
        if (probe.waitForConnected(500) && InstanceChannel::peerIsThisUser(probe.socketDescriptor())) {
            probe.abort();
            m_error = tr("Another Randnotiz is already running for this data folder.");
            return false;
        }
        probe.abort();
    }
    QLocalServer::removeServer(socketPath);
    if (m_server->listen(socketPath))
        return true;
    m_error = m_server->errorString();
    return false;
}

void InstanceServer::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (!InstanceChannel::peerIsThisUser(socket->socketDescriptor())) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        // A client that neither finishes nor leaves is dropped.
        auto *timeout = new QTimer(socket);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        timeout->start(ReadTimeoutMs);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer] { read(socket, *buffer); });
        if (socket->bytesAvailable() > 0)
            read(socket, *buffer);
    }
}

void InstanceServer::read(QLocalSocket *socket, QByteArray &buffer)
{
    const auto refuse = [socket] {
        socket->abort();
        socket->deleteLater();
    };
    if (socket->state() != QLocalSocket::ConnectedState)
        return;
    const qint64 room = HeaderSize + InstanceChannel::MaxMessageBytes - buffer.size();
    if (socket->bytesAvailable() > room) {
        refuse();
        return;
    }
    buffer.append(socket->readAll());
    if (buffer.size() < HeaderSize)
        return;
    if (!buffer.startsWith(QByteArray(Magic, MagicSize))) {
        refuse();
        return;
    }
    const quint32 length = qFromBigEndian<quint32>(buffer.constData() + MagicSize);
    if (length > InstanceChannel::MaxMessageBytes || buffer.size() > HeaderSize + qsizetype(length)) {
        refuse();
        return;
    }
    if (buffer.size() < HeaderSize + qsizetype(length))
        return;

    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(buffer.mid(HeaderSize), &error);
    buffer.clear();
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        refuse();
        return;
    }
    QStringList arguments;
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array) {
        if (!value.isString()) {
            refuse();
            return;
        }
        arguments.append(value.toString());
    }
    socket->write(Ack, AckSize);
    socket->flush();
    socket->disconnectFromServer();
    emit argumentsReceived(arguments);
}

} // namespace Randnotiz
