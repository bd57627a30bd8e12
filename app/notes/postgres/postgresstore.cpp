#include "notes/postgres/postgresstore.h"

#include "notes/anchoring.h"
#include "notes/annotationstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QUuid>

#include <algorithm>
#include <tuple>
#include <utility>

namespace Randnotiz {

namespace {

// Times travel as the text utcTimestamp() writes, so that they come back exactly as stored (milliseconds, UTC).
const QString noteColumns = QStringLiteral(
    "n.id::text, n.article, n.part, n.paragraph, n.paragraph_offset, n.start_pos, n.end_pos, n.quote, n.prefix,"
    " n.suffix, n.color, n.note, array_to_json(n.tags)::text,"
    " to_char(n.created AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"
    " to_char(n.modified AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), n.status, n.author, n.shared");

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString tagsJson(const QStringList &tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFromJson(const QString &json)
{
    QStringList tags;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &tag : array)
        tags.append(tag.toString());
    return tags;
}

// The handles of articles, shared by every PostgresStore of the process: the window's store and the notes
// loader's (on its own thread, with its own connection) must give an article the same id, as the local store's
// rows do. The team's articles have no row number; their fingerprint is the key.
class ArticleHandles
{
public:
    qint64 idFor(const QString &fingerprint)
    {
        const QMutexLocker lock(&m_mutex);
        auto it = m_ids.constFind(fingerprint);
        if (it != m_ids.constEnd())
            return *it;
        const qint64 id = m_ids.size() + 1;
        m_ids.insert(fingerprint, id);
        m_fingerprints.insert(id, fingerprint);
        return id;
    }
    QString fingerprint(qint64 id) const
    {
        const QMutexLocker lock(&m_mutex);
        return m_fingerprints.value(id);
    }
    // Where this process last saw the article (the same article sits at other paths on other machines).
    QString path(qint64 id) const
    {
        const QMutexLocker lock(&m_mutex);
        return m_paths.value(id);
    }
    void setPath(qint64 id, const QString &path)
    {
        const QMutexLocker lock(&m_mutex);
        m_paths.insert(id, path);
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, qint64> m_ids;
    QHash<qint64, QString> m_fingerprints;
    QHash<qint64, QString> m_paths;
};

ArticleHandles &articleHandles()
{
    static ArticleHandles handles;
    return handles;
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace

PostgresStore::PostgresStore(QObject *parent)
    : PostgresStore(QString(), QString(), parent)
{ }

PostgresStore::PostgresStore(const QString &url, const QString &localDataDir, QObject *parent)
    : NotesStore(parent)
    , m_url(url)
    , m_localDataDir(localDataDir)
    , m_connection(QStringLiteral("randnotiz-team-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    // A timer, not a loop: the window keeps working while the server is away.
    m_reconnect.setInterval(ReconnectMs);
    connect(&m_reconnect, &QTimer::timeout, this, &PostgresStore::reconnect);
}

bool PostgresStore::open()
{
    QString error;
    const std::optional<TeamStoreUrl> url = TeamStoreUrl::parse(m_url, &error);
    if (!url) {
        close();
        return fail(error);
    }
    if (!open(*url))
        return false;
    // The reader's own things stay on this machine; without them the team's notes still work.
    if (!m_local)
        m_local = new AnnotationStore(m_localDataDir, this);
    if (!m_local->open())
        m_recoveryMessage = tr("The local notes store cannot be opened (%1): chosen Wikipedia pages, verdicts and "
                               "colour labels are not saved.")
                                .arg(m_local->errorString());
    else
        m_recoveryMessage = m_local->recoveryMessage();
    if (std::exchange(m_startedOffline, false))
        m_recoveryMessage = tr("The team store cannot be reached. Notes you make now wait on this computer and are "
                               "sent when it answers; the team's notes show once it does.");
    // What could not be sent in an earlier session goes first. The address carries no password (parse refuses one).
    m_outbox = std::make_unique<TeamOutbox>(
        m_localDataDir.isEmpty() ? AnnotationStore::defaultDataDir() : m_localDataDir, m_url);
    if (m_outbox->open()) {
        sendOutbox();
    } else {
        m_recoveryMessage = tr("The team store's outbox cannot be opened (%1): changes made while the server cannot "
                               "be reached are not kept.")
                                .arg(m_outbox->errorString());
        m_outbox.reset();
    }
    return true;
}

PostgresStore::~PostgresStore()
{
    close();
}

bool PostgresStore::open(const TeamStoreUrl &url)
{
    close();
    m_error.clear();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(tr("Qt's PostgreSQL driver is not installed (Debian: apt install libqt6sql6-psql)."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    url.applyTo(db);
    if (!db.open()) {
        // A server that is not there at all (nothing listens): the window works offline, its changes wait in the
        // outbox and reach the server when it answers. A server that answers and refuses (a wrong password, an
        // unknown role or database) is an error to show.
        if (!serverListens(url)) {
            m_opened = true;
            m_target = url;
            m_user = !url.user.isEmpty()              ? url.user
                : qEnvironmentVariableIsSet("PGUSER") ? qEnvironmentVariable("PGUSER")
                                                      : qEnvironmentVariable("USER");
            m_startedOffline = true;
            goOffline();
            return true;
        }
        return fail(tr("Cannot connect to the team store"), db.lastError().text());
    }
    QString error;
    const int version = TeamSchema::version(db, &error);
    if (version != TeamSchema::CurrentVersion) {
        if (version >= 0)
            error = tr("the database has team store version %1, this Randnotiz needs %2 (an administrator runs "
                       "randnotiz --init-store)")
                        .arg(version)
                        .arg(TeamSchema::CurrentVersion);
        db.close();
        return fail(tr("Cannot use the team store"), error);
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next())
        return fail(tr("Cannot use the team store"), q.lastError().text());
    m_user = q.value(0).toString();
    QSqlDriver *driver = db.driver();
    connect(driver,
            qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(&QSqlDriver::notification),
            this, &PostgresStore::onNotification);
    if (!driver->subscribeToNotification(QLatin1String(TeamSchema::NotifyChannel)))
        return fail(tr("Cannot follow the team store's changes"), driver->lastError().text());
    m_opened = true;
    m_target = url;
    return true;
}

void PostgresStore::close()
{
    const bool wasOffline = m_offline;
    m_reconnect.stop();
    delete m_probe;
    m_opened = false;
    m_offline = false;
    m_outbox.reset(); // what is in it stays in the file, for the next open()
    if (wasOffline)
        emit statusChanged();
    if (m_local)
        m_local->close();
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.driver())
            disconnect(db.driver(), nullptr, this, nullptr);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool PostgresStore::isOpen() const
{
    // Offline it stays open: writes go to the outbox.
    return m_opened && QSqlDatabase::contains(m_connection);
}

bool PostgresStore::serverListens(const TeamStoreUrl &url)
{
    if (url.host.isEmpty() || url.host.startsWith(u'/')) {
        // A local socket: the file is there while a server listens on it.
        const QString folder = url.host.isEmpty() ? QStringLiteral("/var/run/postgresql") : url.host;
        return QFileInfo::exists(QStringLiteral("%1/.s.PGSQL.%2").arg(folder).arg(url.port));
    }
    QTcpSocket probe;
    probe.connectToHost(url.host, quint16(url.port));
    return probe.waitForConnected(3000);
}

bool PostgresStore::connectionLost()
{
    if (m_offline)
        return true;
    // libpq marks the connection bad when the server went away; the driver's isOpen() asks it.
    if (!m_opened || !QSqlDatabase::contains(m_connection) || QSqlDatabase::database(m_connection, false).isOpen())
        return false;
    goOffline();
    return true;
}

void PostgresStore::goOffline()
{
    m_offline = true;
    m_reconnect.start();
    emit statusChanged();
}

void PostgresStore::reconnect()
{
    if (m_target.host.isEmpty() || m_target.host.startsWith(u'/')) {
        reconnectNow(); // a local socket answers at once, or fails at once
        return;
    }
    if (m_probe)
        return; // still asking
    m_probe = new QTcpSocket(this);
    QTcpSocket *probe = m_probe;
    connect(probe, &QTcpSocket::connected, this, [this, probe] {
        probe->abort();
        probe->deleteLater();
        reconnectNow();
    });
    connect(probe, &QTcpSocket::errorOccurred, probe, &QObject::deleteLater);
    // A host that does not answer at all: give up this round, the timer asks again.
    QTimer::singleShot(10 * ReconnectMs, probe, &QObject::deleteLater);
    probe->connectToHost(m_target.host, quint16(m_target.port));
}

void PostgresStore::reconnectNow()
{
    if (!m_offline)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.close();
    if (!db.open())
        return; // the next tick tries again
    if (QSqlQuery who(db); who.exec(QStringLiteral("SELECT current_user")) && who.next())
        m_user = who.value(0).toString(); // a store that started offline took it from the address
    connect(db.driver(),
            qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(&QSqlDriver::notification),
            this, &PostgresStore::onNotification, Qt::UniqueConnection);
    db.driver()->subscribeToNotification(QLatin1String(TeamSchema::NotifyChannel));
    m_offline = false;
    m_reconnect.stop();
    sendOutbox();
    // What other members wrote while this store was away came with no notification it heard: every view reads
    // its notes again (article 0: anywhere).
    emit annotationsChanged(0, {});
    emit statusChanged();
}

QString PostgresStore::statusText() const
{
    if (m_offline)
        return tr("Team store offline · %n changes waiting", nullptr, waitingChanges());
    if (m_outbox && m_outbox->failedCount() > 0)
        return tr("Team store: %n changes were refused by the server; they are kept in %1", nullptr,
                  m_outbox->failedCount())
            .arg(m_outbox->fileName());
    return {};
}

bool PostgresStore::queue(TeamOutbox::Kind kind, const QJsonObject &payload)
{
    if (!m_outbox)
        return fail(tr("The team store cannot be reached, and there is no outbox to keep the change in"));
    if (!m_outbox->append(kind, payload))
        return fail(m_outbox->errorString());
    emit statusChanged();
    return true;
}

bool PostgresStore::queueNote(TeamOutbox::Kind kind, const Annotation &annotation)
{
    Annotation a = annotation;
    a.author = m_user; // only one's own notes are written
    return queue(kind, TeamOutbox::noteToJson(a, articleHandles().fingerprint(a.articleId)));
}

void PostgresStore::sendOutbox()
{
    if (!m_outbox || m_sending || m_offline)
        return;
    m_sending = true;
    QHash<qint64, QList<QUuid>> sent;
    while (!m_outbox->pending().isEmpty()) {
        const TeamOutbox::Entry entry = m_outbox->pending().first();
        qint64 articleId = 0;
        QUuid id;
        if (!sendEntry(entry, &articleId, &id)) {
            if (connectionLost())
                break;
            // Refused for good (another member's note, a policy): kept in the file, never dropped.
            if (!m_outbox->markFailed(entry.seq, m_error))
                break;
        } else if (!m_outbox->remove(entry.seq)) {
            break; // sent again later; every write of the outbox may be repeated
        }
        if (articleId > 0 && !id.isNull() && !sent.value(articleId).contains(id))
            sent[articleId].append(id);
    }
    m_sending = false;
    for (auto it = sent.cbegin(); it != sent.cend(); ++it)
        emit annotationsChanged(it.key(), it.value());
    emit statusChanged();
}

bool PostgresStore::sendEntry(const TeamOutbox::Entry &entry, qint64 *articleId, QUuid *id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const QString fingerprint = entry.payload.value(u"article").toString();
    switch (entry.kind) {
    case TeamOutbox::Kind::Article:
        q.prepare(QStringLiteral("INSERT INTO articles (fingerprint, title, plain_text) VALUES (?, ?, ?)"
                                 " ON CONFLICT (fingerprint) DO NOTHING"));
        q.addBindValue(entry.payload.value(u"fingerprint").toString());
        q.addBindValue(text(entry.payload.value(u"title").toString()));
        q.addBindValue(text(entry.payload.value(u"text").toString()));
        return q.exec() || fail(tr("Cannot record the article"), q.lastError().text());
    case TeamOutbox::Kind::Add:
    case TeamOutbox::Kind::Update: {
        // As an upsert: sent twice (the connection went after the commit) or after another member removed it,
        // the note is there once, as written.
        Annotation a = TeamOutbox::noteFromJson(entry.payload, nullptr);
        a.articleId = articleIdFor(fingerprint);
        *articleId = a.articleId;
        *id = a.id;
        return write(a, Write::Save);
    }
    case TeamOutbox::Kind::Remove:
    case TeamOutbox::Kind::Share:
        break;
    }
    *id = QUuid::fromString(entry.payload.value(u"id").toString());
    *articleId = fingerprint.isEmpty() ? 0 : articleIdFor(fingerprint);
    if (entry.kind == TeamOutbox::Kind::Remove) {
        q.prepare(QStringLiteral("DELETE FROM notes WHERE id = ?::uuid"));
        q.addBindValue(idText(*id));
        if (!q.exec())
            return fail(tr("Cannot remove the notes"), q.lastError().text());
        m_articleOfNote.remove(*id);
        m_known.remove(*id);
        return true;
    }
    q.prepare(QStringLiteral("UPDATE notes SET shared = ?, modified = now() WHERE id = ?::uuid"));
    q.addBindValue(entry.payload.value(u"shared").toBool());
    q.addBindValue(idText(*id));
    return q.exec() || fail(tr("Cannot change the note"), q.lastError().text());
}

QList<Annotation> PostgresStore::knownNotes(qint64 articleId) const
{
    QList<Annotation> notes;
    for (const Annotation &a : m_known) {
        if (articleId <= 0 || a.articleId == articleId)
            notes.append(a);
    }
    return notes;
}

QList<Annotation> PostgresStore::overlay(QList<Annotation> notes, qint64 articleId) const
{
    if (!m_offline && waitingChanges() == 0)
        return notes;
    const QList<TeamOutbox::Entry> pending = m_outbox ? m_outbox->pending() : QList<TeamOutbox::Entry>();
    for (const TeamOutbox::Entry &entry : pending) {
        if (entry.kind == TeamOutbox::Kind::Article)
            continue;
        const QUuid id = QUuid::fromString(entry.payload.value(u"id").toString());
        const auto isIt = [&id](const Annotation &a) { return a.id == id; };
        if (entry.kind == TeamOutbox::Kind::Remove) { // its article may be unknown
            notes.removeIf(isIt);
            continue;
        }
        const qint64 noteArticle = articleIdFor(entry.payload.value(u"article").toString());
        if (articleId > 0 && noteArticle != articleId)
            continue;
        notes.removeIf(isIt);
        Annotation a = TeamOutbox::noteFromJson(entry.payload, nullptr);
        a.articleId = noteArticle;
        notes.append(a);
    }
    // Grouped by article, in reading order; orphans last, as the server's queries give them.
    std::stable_sort(notes.begin(), notes.end(), [](const Annotation &x, const Annotation &y) {
        if (x.articleId != y.articleId)
            return articleHandles().fingerprint(x.articleId) < articleHandles().fingerprint(y.articleId);
        const bool xOrphan = x.status == AnchorStatus::Orphaned;
        const bool yOrphan = y.status == AnchorStatus::Orphaned;
        if (xOrphan != yOrphan)
            return yOrphan;
        return std::tie(x.start, x.end, x.created) < std::tie(y.start, y.end, y.created);
    });
    return notes;
}

bool PostgresStore::fail(const QString &what, const QString &detail)
{
    m_error = detail.isEmpty() ? what : what + QStringLiteral(": ") + detail.trimmed();
    return false;
}

qint64 PostgresStore::articleIdFor(const QString &fingerprint) const
{
    return articleHandles().idFor(fingerprint);
}

StoredArticle PostgresStore::recordArticle(const ArticleText &articleText, const QString &path, const QString &title,
                                           bool create)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (create) {
        // The first member to open an article records it; its text is the same for everyone (same fingerprint).
        q.prepare(QStringLiteral("INSERT INTO articles (fingerprint, title, plain_text) VALUES (?, ?, ?)"
                                 " ON CONFLICT (fingerprint) DO NOTHING"));
        q.addBindValue(articleText.fingerprint());
        q.addBindValue(text(title));
        q.addBindValue(text(articleText.text()));
        const auto queueArticle = [&] {
            return queue(TeamOutbox::Kind::Article,
                         QJsonObject { { QStringLiteral("fingerprint"), articleText.fingerprint() },
                                       { QStringLiteral("title"), title },
                                       { QStringLiteral("text"), articleText.text() } });
        };
        if (queueing() ? !queueArticle() : !q.exec() && (!connectionLost() || !queueArticle())) {
            fail(tr("Cannot record the article"), q.lastError().text());
            return {};
        }
    } else if (!m_offline) { // offline, the article is taken as known: the window keeps working
        q.prepare(QStringLiteral("SELECT 1 FROM articles WHERE fingerprint = ?"));
        q.addBindValue(articleText.fingerprint());
        if ((!q.exec() && !connectionLost()) || (!m_offline && !q.next())) {
            fail(tr("The team store does not know this article"), q.lastError().text());
            return {};
        }
    }
    const qint64 id = articleIdFor(articleText.fingerprint());
    // As the local store keeps it: absolute, with links resolved, so that the same file is one path.
    const QFileInfo info(path);
    const QString file = path.isEmpty()      ? QString()
        : info.canonicalFilePath().isEmpty() ? info.absoluteFilePath()
                                             : info.canonicalFilePath();
    if (!file.isEmpty())
        articleHandles().setPath(id, file);
    return StoredArticle { id, articleText.fingerprint(), articleHandles().path(id), title, articleText.text() };
}

StoredArticle PostgresStore::article(qint64 id) const
{
    const QString fingerprint = articleHandles().fingerprint(id);
    return fingerprint.isEmpty() ? StoredArticle {} : articleByFingerprint(fingerprint);
}

StoredArticle PostgresStore::articleByFingerprint(const QString &fingerprint) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT title, plain_text FROM articles WHERE fingerprint = ?"));
    q.addBindValue(fingerprint);
    if (!q.exec() || !q.next())
        return {};
    const qint64 id = articleIdFor(fingerprint);
    return StoredArticle { id, fingerprint, articleHandles().path(id), q.value(0).toString(), q.value(1).toString() };
}

QList<Annotation> PostgresStore::query(const QString &from, const QVariantList &values) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + noteColumns + QStringLiteral(" FROM ") + from);
    for (const QVariant &value : values)
        q.addBindValue(value);
    QList<Annotation> result;
    if (!q.exec()) {
        auto *self = const_cast<PostgresStore *>(this);
        self->fail(tr("Cannot read the notes"), q.lastError().text());
        self->connectionLost();
        return result;
    }
    while (q.next()) {
        Annotation a;
        a.id = QUuid::fromString(q.value(0).toString());
        a.articleId = articleIdFor(q.value(1).toString());
        a.part = partFromName(q.value(2).toString()).value_or(Part::Body);
        a.paragraph = q.value(3).toInt();
        a.paragraphOffset = q.value(4).toInt();
        a.start = q.value(5).toInt();
        a.end = q.value(6).toInt();
        a.quote = q.value(7).toString();
        a.prefix = q.value(8).toString();
        a.suffix = q.value(9).toString();
        a.color = colorFromName(q.value(10).toString()).value_or(Color::Yellow);
        a.note = q.value(11).toString();
        a.tags = tagsFromJson(q.value(12).toString());
        a.created = parseUtcTimestamp(q.value(13).toString());
        a.modified = parseUtcTimestamp(q.value(14).toString());
        a.status = anchorStatusFromName(q.value(15).toString()).value_or(AnchorStatus::Exact);
        a.author = q.value(16).toString();
        a.shared = q.value(17).toBool();
        m_articleOfNote.insert(a.id, a.articleId);
        m_known.insert(a.id, a);
        result.append(a);
    }
    return result;
}

QString PostgresStore::writeStatement(Write mode)
{
    const QString insert = QStringLiteral(
        "INSERT INTO notes (article, part, paragraph, paragraph_offset, start_pos, end_pos, quote, prefix,"
        " suffix, color, note, tags, created, modified, status, shared, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ARRAY(SELECT jsonb_array_elements_text(?::jsonb)), ?::timestamptz, ?::timestamptz, ?, ?, ?::uuid)");
    switch (mode) {
    case Write::Add:
        return insert;
    case Write::Save:
        // Another member's note with the same id is refused by the update policy, and with it the whole import.
        return insert
            + QStringLiteral(" ON CONFLICT (id) DO UPDATE SET article = excluded.article, part = excluded.part,"
                             " paragraph = excluded.paragraph, paragraph_offset = excluded.paragraph_offset,"
                             " start_pos = excluded.start_pos, end_pos = excluded.end_pos, quote = excluded.quote,"
                             " prefix = excluded.prefix, suffix = excluded.suffix, color = excluded.color,"
                             " note = excluded.note, tags = excluded.tags, created = excluded.created,"
                             " modified = excluded.modified, status = excluded.status, shared = excluded.shared");
    case Write::Change:
        break;
    }
    return QStringLiteral(
        "UPDATE notes SET article = ?, part = ?, paragraph = ?, paragraph_offset = ?, start_pos = ?, end_pos = ?,"
        " quote = ?, prefix = ?, suffix = ?, color = ?, note = ?,"
        " tags = ARRAY(SELECT jsonb_array_elements_text(?::jsonb)), created = ?::timestamptz,"
        " modified = ?::timestamptz, status = ?, shared = ? WHERE id = ?::uuid");
}

bool PostgresStore::write(QSqlQuery &q, const Annotation &a, Write mode)
{
    const QString fingerprint = articleHandles().fingerprint(a.articleId);
    if (fingerprint.isEmpty())
        return fail(tr("The note belongs to no article of the team store"));
    q.addBindValue(fingerprint);
    q.addBindValue(partName(a.part));
    q.addBindValue(a.paragraph);
    q.addBindValue(a.paragraphOffset);
    q.addBindValue(a.start);
    q.addBindValue(a.end);
    q.addBindValue(text(a.quote));
    q.addBindValue(text(a.prefix));
    q.addBindValue(text(a.suffix));
    q.addBindValue(colorName(a.color));
    q.addBindValue(text(a.note));
    q.addBindValue(tagsJson(a.tags));
    q.addBindValue(utcTimestamp(a.created));
    q.addBindValue(utcTimestamp(a.modified));
    q.addBindValue(anchorStatusName(a.status));
    q.addBindValue(a.shared);
    q.addBindValue(idText(a.id));
    if (!q.exec())
        return fail(mode == Write::Change ? tr("Cannot change the note") : tr("Cannot save the note"),
                    q.lastError().text());
    if (mode == Write::Change && q.numRowsAffected() == 0)
        return fail(tr("The note no longer exists, or it is another member's and cannot be changed"));
    m_articleOfNote.insert(a.id, a.articleId);
    Annotation written = a; // what an offline store goes on showing
    written.author = m_user;
    m_known.insert(a.id, written);
    return true;
}

bool PostgresStore::write(const Annotation &a, Write mode)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(writeStatement(mode)))
        return fail(tr("Cannot save the note"), q.lastError().text());
    return write(q, a, mode);
}

bool PostgresStore::saveAnnotations(const QList<Annotation> &annotations)
{
    if (annotations.isEmpty())
        return true;
    // Said once per article, whether the notes went to the server or into the outbox.
    const auto announceSaved = [&] {
        QHash<qint64, QList<QUuid>> saved;
        for (const Annotation &a : annotations)
            saved[a.articleId].append(a.id);
        for (auto it = saved.cbegin(); it != saved.cend(); ++it)
            emit annotationsChanged(it.key(), it.value());
        return true;
    };
    const auto queueAll = [&] {
        for (const Annotation &a : annotations) {
            if (!queueNote(TeamOutbox::Kind::Add, a))
                return false;
        }
        return announceSaved();
    };
    if (queueing())
        return queueAll();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return connectionLost() ? queueAll() : fail(tr("Cannot save the notes"), db.lastError().text());
    {
        QSqlQuery q(db);
        if (!q.prepare(writeStatement(Write::Save))) {
            const QString detail = q.lastError().text();
            db.rollback();
            return fail(tr("Cannot save the notes"), detail);
        }
        for (const Annotation &a : annotations) {
            if (!write(q, a, Write::Save)) {
                db.rollback();
                return connectionLost() ? queueAll() : false;
            }
        }
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return connectionLost() ? queueAll() : fail(tr("Cannot save the notes"), detail);
    }
    return announceSaved();
}

bool PostgresStore::addAnnotation(Annotation &annotation)
{
    if (annotation.articleId <= 0)
        return fail(tr("The note belongs to no article of the team store"));
    if (annotation.id.isNull())
        annotation.id = QUuid::createUuid();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!annotation.created.isValid())
        annotation.created = now;
    if (!annotation.modified.isValid())
        annotation.modified = annotation.created;
    annotation.tags = Annotation::cleanTags(annotation.tags);
    if (queueing()
            ? !queueNote(TeamOutbox::Kind::Add, annotation)
            : !write(annotation, Write::Add) && (!connectionLost() || !queueNote(TeamOutbox::Kind::Add, annotation)))
        return false;
    annotation.author = m_user;
    emit annotationsChanged(annotation.articleId, { annotation.id });
    return true;
}

bool PostgresStore::updateAnnotation(Annotation &annotation)
{
    const Annotation previous = annotation;
    annotation.modified = QDateTime::currentDateTimeUtc();
    annotation.tags = Annotation::cleanTags(annotation.tags);
    const auto queueChange = [&] {
        // Offline, another member's note is refused here as the server would refuse it.
        // A note this store has not read (the notes loader's store did) is sent, and the server decides.
        const std::optional<Annotation> known = this->annotation(annotation.id);
        if (known && known->author != m_user)
            return fail(tr("The note no longer exists, or it is another member's and cannot be changed"));
        return queueNote(TeamOutbox::Kind::Update, annotation);
    };
    if (queueing() ? !queueChange() : !write(annotation, Write::Change) && (!connectionLost() || !queueChange())) {
        annotation = previous;
        return false;
    }
    emit annotationsChanged(annotation.articleId, { annotation.id });
    return true;
}

bool PostgresStore::removeAnnotation(const QUuid &id)
{
    if (!queueing() && !annotation(id)) // offline, a note this store has not read may be one the server has
        return fail(tr("The note no longer exists"));
    return removeAnnotations({ id });
}

bool PostgresStore::removeAnnotations(const QList<QUuid> &ids)
{
    if (ids.isEmpty())
        return true;
    const auto queueRemovals = [&] {
        QHash<qint64, QList<QUuid>> removed;
        QList<Annotation> notes;
        for (const QUuid &id : ids) {
            const std::optional<Annotation> known = annotation(id);
            if (known && known->author != m_user)
                return fail(tr("Another member's notes cannot be removed"));
            // One this store has not read is removed on the server too (its policies keep others' notes).
            Annotation a = known.value_or(Annotation {});
            a.id = id;
            if (!known)
                a.articleId = m_articleOfNote.value(id);
            notes.append(a);
        }
        for (const Annotation &a : notes) {
            if (!queue(TeamOutbox::Kind::Remove,
                       QJsonObject { { QStringLiteral("id"), idText(a.id) },
                                     { QStringLiteral("article"), articleHandles().fingerprint(a.articleId) } }))
                return false;
            if (a.articleId > 0)
                removed[a.articleId].append(a.id);
        }
        for (auto it = removed.cbegin(); it != removed.cend(); ++it)
            emit annotationsChanged(it.key(), it.value());
        return true;
    };
    if (queueing())
        return queueRemovals();
    QJsonArray array;
    for (const QUuid &id : ids)
        array.append(idText(id));
    const QString idsJson = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // All of them or none: a shared note of another member among them refuses the whole call. Ids that are
    // not (any longer) there, or not visible, count as removed, as in AnnotationStore.
    if (!db.transaction())
        return connectionLost() ? queueRemovals() : fail(tr("Cannot remove the notes"), db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM notes WHERE author <> current_user AND id IN"
                             " (SELECT value::uuid FROM jsonb_array_elements_text(?::jsonb))"));
    q.addBindValue(idsJson);
    if (!q.exec() || !q.next()) {
        const QString detail = q.lastError().text();
        db.rollback();
        return connectionLost() ? queueRemovals() : fail(tr("Cannot remove the notes"), detail);
    }
    if (q.value(0).toInt() > 0) {
        db.rollback();
        return fail(tr("Another member's notes cannot be removed"));
    }
    q.prepare(QStringLiteral("DELETE FROM notes WHERE id IN (SELECT value::uuid FROM"
                             " jsonb_array_elements_text(?::jsonb)) RETURNING id::text, article"));
    q.addBindValue(idsJson);
    if (!q.exec()) {
        const QString detail = q.lastError().text();
        db.rollback();
        return connectionLost() ? queueRemovals() : fail(tr("Cannot remove the notes"), detail);
    }
    QHash<qint64, QList<QUuid>> removed;
    while (q.next())
        removed[articleIdFor(q.value(1).toString())].append(QUuid::fromString(q.value(0).toString()));
    q.finish();
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return connectionLost() ? queueRemovals() : fail(tr("Cannot remove the notes"), detail);
    }
    for (auto it = removed.cbegin(); it != removed.cend(); ++it) {
        for (const QUuid &id : it.value()) {
            m_articleOfNote.remove(id);
            m_known.remove(id);
        }
        emit annotationsChanged(it.key(), it.value());
    }
    return true;
}

std::optional<Annotation> PostgresStore::annotation(const QUuid &id) const
{
    QList<Annotation> found;
    if (!m_offline)
        found = query(QStringLiteral("notes n WHERE n.id = ?::uuid"), { idText(id) });
    if (m_offline && m_known.contains(id))
        found = { m_known.value(id) };
    found = overlay(found, 0);
    const auto it = std::find_if(found.cbegin(), found.cend(), [&id](const Annotation &a) { return a.id == id; });
    if (it == found.cend())
        return std::nullopt;
    return *it;
}

QList<Annotation> PostgresStore::annotations(qint64 articleId) const
{
    const QString fingerprint = articleHandles().fingerprint(articleId);
    if (fingerprint.isEmpty())
        return {};
    // Reading order; orphans have no place in the text and come last, as in the local store.
    QList<Annotation> notes;
    if (!m_offline)
        notes = query(QStringLiteral("notes n WHERE n.article = ? ORDER BY n.status = 'orphaned', n.start_pos,"
                                     " n.end_pos, n.created"),
                      { fingerprint });
    if (m_offline)
        notes = knownNotes(articleId);
    return overlay(notes, articleId);
}

int PostgresStore::annotationCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM notes")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<SearchHit> PostgresStore::search(const QString &queryText, int limit) const
{
    QList<SearchHit> hits;
    const QList<Annotation> found = query(QStringLiteral("randnotiz_search(?, ?) n"), { text(queryText), limit });
    hits.reserve(found.size());
    QHash<qint64, QString> titles; // one look-up per article, not per hit
    for (const Annotation &a : found) {
        auto title = titles.constFind(a.articleId);
        if (title == titles.constEnd())
            title = titles.insert(a.articleId, article(a.articleId).title);
        hits.append(SearchHit { a, *title, articleHandles().path(a.articleId) });
    }
    return hits;
}

QString PostgresStore::author(const QUuid &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT author FROM notes WHERE id = ?::uuid"));
    q.addBindValue(idText(id));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

std::optional<bool> PostgresStore::isShared(const QUuid &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT shared FROM notes WHERE id = ?::uuid"));
    q.addBindValue(idText(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toBool();
}

bool PostgresStore::setShared(const QUuid &id, bool shared)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE notes SET shared = ?, modified = now() WHERE id = ?::uuid RETURNING article"));
    q.addBindValue(shared);
    q.addBindValue(idText(id));
    if (queueing() || (!q.exec() && connectionLost())) {
        std::optional<Annotation> known = annotation(id);
        if (!known || known->author != m_user)
            return fail(tr("The note no longer exists, or it is another member's and cannot be changed"));
        known->shared = shared;
        known->modified = QDateTime::currentDateTimeUtc();
        if (!queueNote(TeamOutbox::Kind::Share, *known))
            return false;
        emit annotationsChanged(known->articleId, { id });
        return true;
    }
    if (q.lastError().isValid())
        return fail(tr("Cannot change the note"), q.lastError().text());
    if (!q.next())
        return fail(tr("The note no longer exists, or it is another member's and cannot be changed"));
    if (m_known.contains(id))
        m_known[id].shared = shared;
    emit annotationsChanged(articleIdFor(q.value(0).toString()), { id });
    return true;
}

QList<Annotation> PostgresStore::history(const QUuid &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT version::text FROM note_history WHERE note_id = ?::uuid ORDER BY num DESC"));
    q.addBindValue(idText(id));
    QList<Annotation> versions;
    if (!q.exec())
        return versions;
    while (q.next()) {
        // A version is kept in the same JSON form as a note waiting in the outbox.
        QString fingerprint;
        Annotation a
            = TeamOutbox::noteFromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), &fingerprint);
        a.articleId = articleIdFor(fingerprint);
        versions.append(a);
    }
    return versions;
}

void PostgresStore::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    // Our own writes announced themselves already.
    if (name != QLatin1String(TeamSchema::NotifyChannel) || source == QSqlDriver::SelfSource)
        return;
    const QUuid id = QUuid::fromString(payload.toString());
    if (id.isNull())
        return;
    // Fetched through our own policies: a note we may not see stays unseen, and is only announced when we
    // knew it (a shared note made private, or removed).
    const std::optional<Annotation> note = annotation(id);
    if (note) {
        emit annotationsChanged(note->articleId, { id });
        return;
    }
    m_known.remove(id);
    const auto known = m_articleOfNote.constFind(id);
    if (known != m_articleOfNote.constEnd()) {
        const qint64 articleId = *known;
        m_articleOfNote.erase(known);
        emit annotationsChanged(articleId, { id });
    }
}

QList<StoredArticle> PostgresStore::articles() const
{
    QList<StoredArticle> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    // The subquery runs under this role's policies: articles with only other members' private notes stay out.
    if (!q.exec(QStringLiteral("SELECT a.fingerprint, a.title, a.plain_text FROM articles a WHERE EXISTS"
                               " (SELECT 1 FROM notes n WHERE n.article = a.fingerprint) ORDER BY a.fingerprint"))) {
        const_cast<PostgresStore *>(this)->fail(tr("Cannot read the notes"), q.lastError().text());
        return list;
    }
    while (q.next()) {
        const QString fingerprint = q.value(0).toString();
        const qint64 id = articleIdFor(fingerprint);
        list.append(
            StoredArticle { id, fingerprint, articleHandles().path(id), q.value(1).toString(), q.value(2).toString() });
    }
    return list;
}

OpenedArticle PostgresStore::openArticle(const Article &article, const QString &path, bool create,
                                         const ArticleText *given)
{
    OpenedArticle opened;
    opened.text = given && !given->isEmpty() ? *given : ArticleText(article);
    opened.article = recordArticle(opened.text, path, article.headline(), create);
    if (!opened.article.isValid())
        return opened;
    opened.annotations = annotations(opened.article.id);
    QList<QUuid> moved;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE notes SET part = ?, paragraph = ?, paragraph_offset = ?, start_pos = ?,"
                             " end_pos = ?, prefix = ?, suffix = ?, status = ? WHERE id = ?::uuid"));
    for (Annotation &a : opened.annotations) {
        // Every reader sees the notes re-anchored on their text; another member's note is theirs to save. Offline
        // they are re-anchored again the next time.
        if (!Anchoring::reanchor(opened.text, a) || a.author != m_user || queueing())
            continue;
        q.addBindValue(partName(a.part));
        q.addBindValue(a.paragraph);
        q.addBindValue(a.paragraphOffset);
        q.addBindValue(a.start);
        q.addBindValue(a.end);
        q.addBindValue(text(a.prefix));
        q.addBindValue(text(a.suffix));
        q.addBindValue(anchorStatusName(a.status));
        q.addBindValue(idText(a.id));
        if (q.exec())
            moved.append(a.id);
        else
            fail(tr("Cannot save the new positions"), q.lastError().text());
    }
    if (!moved.isEmpty()) {
        opened.reanchored = int(moved.size());
        emit annotationsChanged(opened.article.id, moved);
    }
    std::stable_sort(opened.annotations.begin(), opened.annotations.end(),
                     [](const Annotation &x, const Annotation &y) {
                         const bool xOrphan = x.status == AnchorStatus::Orphaned;
                         const bool yOrphan = y.status == AnchorStatus::Orphaned;
                         return xOrphan != yOrphan ? yOrphan : x.start < y.start;
                     });
    return opened;
}

QList<Annotation> PostgresStore::allAnnotations() const
{
    QList<Annotation> notes;
    if (!m_offline)
        notes = query(QStringLiteral("notes n ORDER BY n.article, n.status = 'orphaned', n.start_pos, n.end_pos,"
                                     " n.created"),
                      {});
    if (m_offline)
        notes = knownNotes(0);
    return overlay(notes, 0);
}

QHash<qint64, int> PostgresStore::annotationCounts() const
{
    QHash<qint64, int> counts;
    const QHash<QString, int> byFingerprint = annotationCountsByFingerprint();
    for (auto it = byFingerprint.cbegin(); it != byFingerprint.cend(); ++it)
        counts.insert(articleIdFor(it.key()), it.value());
    return counts;
}

QHash<QString, int> PostgresStore::annotationCountsByFingerprint() const
{
    QHash<QString, int> counts;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT article, count(*) FROM notes GROUP BY article")))
        return counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

QStringList PostgresStore::tags() const
{
    QStringList list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // The most used first, then by code point (the local store's order).
    if (!q.exec(QStringLiteral("SELECT t, count(*) FROM notes, unnest(tags) AS t GROUP BY t"
                               " ORDER BY count(*) DESC, t COLLATE \"C\"")))
        return list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

bool PostgresStore::localFailed() const
{
    if (m_local && m_local->isOpen())
        return false;
    const_cast<PostgresStore *>(this)->fail(tr("The local notes store is not open"),
                                            m_local ? m_local->errorString() : QString());
    return true;
}

QHash<QString, ForecastVerdict> PostgresStore::forecastVerdicts() const
{
    return localFailed() ? QHash<QString, ForecastVerdict>() : m_local->forecastVerdicts();
}

bool PostgresStore::setForecastVerdict(const QString &key, const ForecastVerdict &verdict)
{
    if (localFailed())
        return false;
    return m_local->setForecastVerdict(key, verdict) || fail(m_local->errorString());
}

QHash<QString, QUrl> PostgresStore::chosenLinks(const QString &fingerprint) const
{
    return localFailed() ? QHash<QString, QUrl>() : m_local->chosenLinks(fingerprint);
}

bool PostgresStore::setChosenLink(const QString &fingerprint, const QString &subject, const QUrl &url)
{
    if (localFailed())
        return false;
    return m_local->setChosenLink(fingerprint, subject, url) || fail(m_local->errorString());
}

ColorLabels PostgresStore::colorLabels() const
{
    return m_local && m_local->isOpen() ? m_local->colorLabels() : ColorLabels();
}

bool PostgresStore::setColorLabel(Color color, const QString &label)
{
    if (localFailed())
        return false;
    return m_local->setColorLabel(color, label) || fail(m_local->errorString());
}

StoredArticlesSize PostgresStore::storedArticlesWithoutNotes(const QList<qint64> &keep) const
{
    Q_UNUSED(keep) // ids of the team store; the local store's articles are none of them
    return m_local && m_local->isOpen() ? m_local->storedArticlesWithoutNotes() : StoredArticlesSize();
}

int PostgresStore::clearArticlesWithoutNotes(const QList<qint64> &keep)
{
    Q_UNUSED(keep)
    if (localFailed())
        return -1;
    const int removed = m_local->clearArticlesWithoutNotes();
    if (removed < 0)
        fail(m_local->errorString());
    return removed;
}

} // namespace Randnotiz
