// One running window per user and data folder: a second start hands its arguments (files, randnotiz:// links)
// to the running program over a local socket and quits. sendToRunning() is the client, InstanceServer the
// running program's side.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace Randnotiz {

class InstanceChannel final
{
public:
    static constexpr qint64 MaxMessageBytes = 1024 * 1024;

    // Per user and per canonical data folder, so a test with its own --data-dir never meets the user's window.
    static QString serverName(const QString &dataDir);

    // Blocks for at most about timeoutMs (meant for main(), before any window exists). True only when a running
    // instance acknowledged the arguments. Relative file paths are made absolute against the current folder.
    static bool sendToRunning(const QString &name, const QStringList &arguments, int timeoutMs = 2000);

    // Arguments as the receiver needs them: existing files and anything that is not a URL made absolute.
    static QStringList absoluteArguments(const QStringList &arguments, const QString &workingDirectory);

    // The bytes sendToRunning() writes (exposed for the tests of the receiving side).
    static QByteArray encode(const QStringList &arguments);
};

class InstanceServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceServer)

public:
    static constexpr int ReadTimeoutMs = 5000;

    explicit InstanceServer(QObject *parent = nullptr);
    ~InstanceServer() override;

    // Listens on name, only for this user. A socket left behind by a crashed instance is removed first; false
    // when another instance answers on name or the socket cannot be created (errorString() says why).
    bool listen(const QString &name);
    bool isListening() const;
    QString errorString() const { return m_error; }

signals:
    void argumentsReceived(const QStringList &arguments);

private:
    void acceptConnections();
    void read(QLocalSocket *socket, QByteArray &buffer);

    QLocalServer *m_server;
    QString m_error;
};

} // namespace Randnotiz
