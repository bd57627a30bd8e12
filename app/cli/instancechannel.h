// One running window per user and data folder: a second start hands its arguments (files, randnotiz:// links)
// to the running program over a local socket and quits. sendToRunning() is the client, InstanceServer the
// running program's side. The socket lives in the user's private runtime folder, and each side makes sure
// the other belongs to the same user before a byte of the arguments moves.
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace Randnotiz {

class InstanceChannel final
{
    Q_DECLARE_TR_FUNCTIONS(InstanceChannel)

public:
    static constexpr qint64 MaxMessageBytes = 1024 * 1024;

    // The user's private runtime folder: $XDG_RUNTIME_DIR, else the 0700 folder Qt makes for the user
    // (QStandardPaths::RuntimeLocation). Empty when there is none this user owns with mode 0700.
    static QString runtimeDirectory();

    // The socket of a data folder (per canonical data folder, so a test with its own --data-dir never meets the
    // user's window) in runtimeDirectory(); empty when there is no private runtime folder.
    static QString socketPath(const QString &dataDir);

    // Empty when folder is a directory of this user that nobody else may enter (no group or other bits);
    // otherwise one line saying why the channel is not used.
    static QString folderProblem(const QString &folder);
    // Empty when path (if it exists at all) is a socket of this user in such a folder.
    static QString socketProblem(const QString &path);
    // Whether the process at the other end of a connected local socket runs as this user.
    static bool peerIsThisUser(qintptr socketDescriptor);

    // Blocks for at most about timeoutMs (meant for main(), before any window exists). True only when a running
    // instance of this user acknowledged the arguments. Relative file paths are made absolute against the
    // current folder. A channel that cannot be trusted is not used; problem (if given) then says why.
    static bool sendToRunning(const QString &socketPath, const QStringList &arguments, int timeoutMs = 2000,
                              QString *problem = nullptr);

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

    // Listens on socketPath, only for this user. A socket left behind by a crashed instance (or put there by
    // someone else) is removed first; false when this user's instance answers there, when the folder is not
    // private or the socket cannot be created (errorString() says why). Connections from other users are dropped.
    bool listen(const QString &socketPath);
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
