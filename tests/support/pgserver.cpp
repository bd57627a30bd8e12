#include "support/pgserver.h"

#include "notes/postgres/teamschema.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

namespace Randnotiz::Test {

namespace {

constexpr auto BinDir = "/usr/lib/postgresql/15/bin";

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// Gives PATH (and what is below it) to the postgres user, who runs the server when we are root.
bool chownToPostgres(const QString &path)
{
    const passwd *user = ::getpwnam("postgres");
    if (!user)
        return false;
    return ::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) == 0;
}

} // namespace

PgServer::~PgServer()
{
    stop();
    // The server's files belong to postgres; root may remove them, QTemporaryDir does.
}

QString PgServer::binary(const QString &name) const
{
    return QString::fromLatin1(BinDir) + u'/' + name;
}

bool PgServer::run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path()); // postgres may not enter the caller's folder
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (m_asRoot)
        process.start(QStringLiteral("runuser"),
                      QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program }
                          + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("could not start %1: %2").arg(program, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        m_error = QStringLiteral("%1 did not finish within %2 ms").arg(program).arg(timeoutMs);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed (exit code %3):\n%4")
                      .arg(program, arguments.join(u' '))
                      .arg(process.exitCode())
                      .arg(QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

QString PgServer::serverLog() const
{
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QStringLiteral("\nserver log:\n") + QString::fromLocal8Bit(log.readAll());
}

bool PgServer::start()
{
    if (m_running)
        return true;
    if (!QFile::exists(binary(QStringLiteral("initdb")))) {
        m_error = QStringLiteral("PostgreSQL 15 is not installed (%1 is missing); run scripts/bootstrap")
                      .arg(binary(QStringLiteral("initdb")));
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_error = QStringLiteral("Qt's QPSQL driver is missing; run scripts/bootstrap (libqt6sql6-psql)");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    m_asRoot = ::geteuid() == 0;
    if (m_asRoot && !chownToPostgres(m_dir.path())) {
        m_error = QStringLiteral("running as root, but %1 cannot be given to the postgres user").arg(m_dir.path());
        return false;
    }
    // The folders above it (TMPDIR) must let the postgres user through.
    if (m_asRoot && !run(QStringLiteral("test"), { QStringLiteral("-w"), m_dir.path() })) {
        m_error = QStringLiteral("the postgres user cannot write to %1; set TMPDIR to a folder it can reach")
                      .arg(m_dir.path());
        return false;
    }
    m_dataDir = m_dir.filePath(QStringLiteral("data"));
    if (!run(binary(QStringLiteral("initdb")),
             { QStringLiteral("--pgdata=") + m_dataDir, QStringLiteral("--username=") + QLatin1String(Superuser),
               QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8"),
               QStringLiteral("--no-sync") }))
        return false;

    // Only this machine's loopback, the socket in our own folder, and no durability a test does not need.
    QFile conf(m_dataDir + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append)) {
        m_error = QStringLiteral("cannot write %1: %2").arg(conf.fileName(), conf.errorString());
        return false;
    }
    // A port can be taken between the probe and the start; try a few.
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freePort();
        if (m_port == 0) {
            m_error = QStringLiteral("no free port on 127.0.0.1");
            return false;
        }
        const QByteArray settings = QStringLiteral("\nlisten_addresses = '127.0.0.1'\nport = %1\n"
                                                   "unix_socket_directories = '%2'\nfsync = off\n"
                                                   "synchronous_commit = off\nfull_page_writes = off\n")
                                        .arg(m_port)
                                        .arg(m_dir.path())
                                        .toUtf8();
        conf.write(settings); // the last setting of a name wins, so a retry overrides the port
        conf.flush();
        // -w: pg_ctl itself waits until the server accepts connections, at most -t seconds.
        m_running = run(binary(QStringLiteral("pg_ctl")),
                        { QStringLiteral("--pgdata=") + m_dataDir,
                          QStringLiteral("--log=") + m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                          QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start") },
                        90000);
    }
    if (!m_running) {
        m_error += serverLog();
        return false;
    }
    // And it answers queries over TCP as the tests will use it: a bounded check, not a fixed wait.
    const QDeadlineTimer deadline(30000);
    bool ready = false;
    QString lastError;
    while (!ready && !deadline.hasExpired()) {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = connect(name, QString::fromLatin1(Superuser), QStringLiteral("postgres"));
            ready = db.isOpen();
            if (!ready)
                lastError = db.lastError().text();
        }
        QSqlDatabase::removeDatabase(name);
        if (!ready)
            QThread::msleep(50);
    }
    if (!ready) {
        m_error = QStringLiteral("the server on port %1 accepts no connections: %2").arg(m_port).arg(lastError)
            + serverLog();
        return false;
    }
    return execAsSuperuser({ QStringLiteral("CREATE DATABASE ") + QLatin1String(Database) },
                           QStringLiteral("postgres"));
}

void PgServer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    run(binary(QStringLiteral("pg_ctl")),
        { QStringLiteral("--pgdata=") + m_dataDir, QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
          QStringLiteral("stop") });
}

bool PgServer::startAgain()
{
    if (m_running || m_dataDir.isEmpty())
        return m_running;
    m_running = run(binary(QStringLiteral("pg_ctl")),
                    { QStringLiteral("--pgdata=") + m_dataDir,
                      QStringLiteral("--log=") + m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                      QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start") },
                    90000);
    if (!m_running)
        m_error += serverLog();
    return m_running;
}

QString PgServer::url(const QString &user, const QString &database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable").arg(user, host()).arg(m_port).arg(database);
}

QSqlDatabase PgServer::connect(const QString &connectionName, const QString &user, const QString &database) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(host());
    db.setPort(m_port);
    db.setUserName(user);
    db.setDatabaseName(database);
    db.setConnectOptions(QStringLiteral("sslmode=disable;connect_timeout=10"));
    db.open();
    return db;
}

bool PgServer::execAsSuperuser(const QStringList &statements, const QString &database)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = connect(name, QString::fromLatin1(Superuser), database);
        if (!db.isOpen()) {
            m_error = QStringLiteral("cannot connect as %1: %2").arg(QLatin1String(Superuser), db.lastError().text());
            ok = false;
        }
        for (const QString &statement : statements) {
            if (!ok)
                break;
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                m_error = QStringLiteral("%1: %2").arg(statement, query.lastError().text());
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool PgServer::createTeamDatabase(const QString &database, const QStringList &members)
{
    QStringList statements { QStringLiteral("CREATE ROLE store_admin LOGIN CREATEROLE") };
    for (const QString &member : members)
        statements.append(QStringLiteral("CREATE ROLE %1 LOGIN").arg(member));
    statements.append(QStringLiteral("CREATE DATABASE %1 OWNER store_admin").arg(database));
    if (!execAsSuperuser(statements, QString::fromLatin1(Superuser)))
        return false;
    bool migrated = false;
    {
        QSqlDatabase admin = connect(QStringLiteral("team-schema"), QStringLiteral("store_admin"), database);
        migrated = TeamSchema::migrate(admin, &m_error);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("team-schema"));
    return migrated
        && execAsSuperuser({ QStringLiteral("GRANT randnotiz_team TO ") + members.join(QStringLiteral(", ")) },
                           database);
}

} // namespace Randnotiz::Test
