// PgServer: a real PostgreSQL 15 server of its own for one test executable, in a temporary folder on a free
// port of 127.0.0.1, stopped again when the object goes. Runs as the `postgres` user when the tests run as root.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Randnotiz::Test {

class PgServer final
{
public:
    static constexpr auto Superuser = "postgres";
    static constexpr auto Database = "randnotiz_test";

    PgServer() = default;
    ~PgServer();
    Q_DISABLE_COPY_MOVE(PgServer)

    // initdb, start, wait until it accepts connections and create Database. On failure errorString() says why
    // (with the server log); a test must then fail, never skip.
    bool start();
    bool isRunning() const { return m_running; }
    // Stops the server (fast: connections are cut) and starts it again on the same data and port.
    void stop();
    bool startAgain();
    QString errorString() const { return m_error; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    // postgresql://USER@127.0.0.1:PORT/DATABASE?sslmode=disable
    QString url(const QString &user, const QString &database = QString::fromLatin1(Database)) const;

    // A plain QPSQL connection as USER (trust authentication, no password) under connectionName; check isOpen().
    QSqlDatabase connect(const QString &connectionName, const QString &user,
                         const QString &database = QString::fromLatin1(Database)) const;
    // Runs each statement as the superuser in DATABASE; false (and errorString()) on the first failure.
    bool execAsSuperuser(const QStringList &statements, const QString &database = QString::fromLatin1(Database));
    // A team store as the tests use it: the roles store_admin and each member (LOGIN), DATABASE owned by
    // store_admin with the team schema, every member in the team's group role. False (and errorString()) on failure.
    bool createTeamDatabase(const QString &database, const QStringList &members);

private:
    bool run(const QString &program, const QStringList &arguments, int timeoutMs = 60000);
    QString binary(const QString &name) const;
    QString serverLog() const;

    QTemporaryDir m_dir;
    QString m_dataDir;
    int m_port = 0;
    bool m_running = false;
    bool m_asRoot = false;
    QString m_error;
};

} // namespace Randnotiz::Test
