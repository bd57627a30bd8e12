#include "cli/instancechannel.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>
#include <QUrl>
#include <QtEndian>

#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Randnotiz {

namespace {

// A message: magic, payload length (big endian), payload (a JSON array of strings). The answer: Ack.
constexpr char Magic[] = "RNZ1";
constexpr qsizetype MagicSize = 4;
constexpr qsizetype HeaderSize = MagicSize + 4;
constexpr char Ack[] = "ok\n";
constexpr qsizetype AckSize = 3;

QString userId()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

// A real URL scheme (not a Windows drive letter) such as randnotiz: or file:.
bool looksLikeUrl(const QString &argument)
{
    const QUrl url(argument, QUrl::StrictMode);
    return url.isValid() && url.scheme().size() > 1;
}

} // namespace

QString InstanceChannel::serverName(const QString &dataDir)
{
    const QFileInfo info(dataDir);
    QString folder = info.canonicalFilePath();
    if (folder.isEmpty())
        folder = QDir::cleanPath(info.absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("randnotiz-") + userId() + u'-' + QString::fromLatin1(hash);
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

bool InstanceChannel::sendToRunning(const QString &name, const QStringList &arguments, int timeoutMs)
{
    const QByteArray message = encode(absoluteArguments(arguments, QDir::currentPath()));
    if (message.size() > HeaderSize + MaxMessageBytes)
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
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

bool InstanceServer::listen(const QString &name)
{
    m_error.clear();
    // Asked first: with access limited to the user, QLocalServer puts its socket in place by renaming, which
    // would silently take the name from a running instance. Nobody answering means a crashed instance's socket.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(500)) {
        probe.abort();
        m_error = tr("Another Randnotiz is already running for this data folder.");
        return false;
    }
    QLocalServer::removeServer(name);
    if (m_server->listen(name))
        return true;
    m_error = m_server->errorString();
    return false;
}

void InstanceServer::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
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
