#include "notes/postgres/teamoutbox.h"

#include "sqlite/sqlitefile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Randnotiz {

namespace {

QString kindName(TeamOutbox::Kind kind)
{
    switch (kind) {
    case TeamOutbox::Kind::Article:
        return QStringLiteral("article");
    case TeamOutbox::Kind::Add:
        return QStringLiteral("add");
    case TeamOutbox::Kind::Update:
        return QStringLiteral("update");
    case TeamOutbox::Kind::Remove:
        return QStringLiteral("remove");
    case TeamOutbox::Kind::Share:
        break;
    }
    return QStringLiteral("share");
}

std::optional<TeamOutbox::Kind> kindFromName(const QString &name)
{
    for (const TeamOutbox::Kind kind : { TeamOutbox::Kind::Article, TeamOutbox::Kind::Add, TeamOutbox::Kind::Update,
                                         TeamOutbox::Kind::Remove, TeamOutbox::Kind::Share }) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Randnotiz::TeamOutbox", text);
}

} // namespace

TeamOutbox::TeamOutbox(const QString &dataDir, const QString &store)
    : m_dataDir(dataDir)
    , m_store(store)
    , m_connection(QStringLiteral("randnotiz-outbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

TeamOutbox::~TeamOutbox()
{
    close();
}

QString TeamOutbox::fileName() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("team-outbox.sqlite"));
}

bool TeamOutbox::fail(const QString &what, const QString &detail)
{
    m_error = detail.isEmpty() ? what : what + QStringLiteral(": ") + detail;
    return false;
}

bool TeamOutbox::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

bool TeamOutbox::open()
{
    close();
    if (!QDir().mkpath(m_dataDir))
        return fail(tr("Cannot create the data folder"), m_dataDir);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(fileName());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(tr("Cannot open the team store's outbox"), db.lastError().text());
    QSqlQuery q(db);
    const QDeadlineTimer deadline(10000);
    if (!Sqlite::useWal(q, deadline)
        || !Sqlite::execWaiting(q,
                                QStringLiteral("CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY"
                                               " AUTOINCREMENT, store TEXT NOT NULL, kind TEXT NOT NULL, payload"
                                               " TEXT NOT NULL, queued TEXT NOT NULL, error TEXT)"),
                                deadline))
        return fail(tr("Cannot open the team store's outbox"), q.lastError().text());
    return load();
}

void TeamOutbox::close()
{
    m_pending.clear();
    m_failed = 0;
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool TeamOutbox::load()
{
    m_pending.clear();
    m_failed = 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT seq, kind, payload, error FROM outbox WHERE store = ? ORDER BY seq"));
    q.addBindValue(m_store);
    if (!q.exec())
        return fail(tr("Cannot read the team store's outbox"), q.lastError().text());
    while (q.next()) {
        const std::optional<Kind> kind = kindFromName(q.value(1).toString());
        if (!q.value(3).isNull() || !kind) {
            ++m_failed; // kept in the file for the user, never sent again
            continue;
        }
        m_pending.append(Entry {
            q.value(0).toLongLong(), *kind, QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(), {} });
    }
    return true;
}

bool TeamOutbox::append(Kind kind, const QJsonObject &payload)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO outbox (store, kind, payload, queued) VALUES (?, ?, ?, ?)"));
    q.addBindValue(m_store);
    q.addBindValue(kindName(kind));
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(utcTimestamp(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return fail(tr("Cannot keep the change in the team store's outbox"), q.lastError().text());
    m_pending.append(Entry { q.lastInsertId().toLongLong(), kind, payload, {} });
    return true;
}

bool TeamOutbox::remove(qint64 seq)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    q.addBindValue(seq);
    if (!q.exec())
        return fail(tr("Cannot update the team store's outbox"), q.lastError().text());
    m_pending.removeIf([seq](const Entry &e) { return e.seq == seq; });
    return true;
}

bool TeamOutbox::markFailed(qint64 seq, const QString &error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE outbox SET error = ? WHERE seq = ?"));
    q.addBindValue(error.isEmpty() ? QStringLiteral("?") : error);
    q.addBindValue(seq);
    if (!q.exec())
        return fail(tr("Cannot update the team store's outbox"), q.lastError().text());
    m_pending.removeIf([seq](const Entry &e) { return e.seq == seq; });
    ++m_failed;
    return true;
}

// The keys of note_history's versions, the article as its fingerprint (ids are handles of one process).
QJsonObject TeamOutbox::noteToJson(const Annotation &a, const QString &fingerprint)
{
    return QJsonObject { { u"id"_qs, a.id.toString(QUuid::WithoutBraces) },
                         { u"article"_qs, fingerprint },
                         { u"part"_qs, partName(a.part) },
                         { u"paragraph"_qs, a.paragraph },
                         { u"paragraph_offset"_qs, a.paragraphOffset },
                         { u"start_pos"_qs, a.start },
                         { u"end_pos"_qs, a.end },
                         { u"quote"_qs, a.quote },
                         { u"prefix"_qs, a.prefix },
                         { u"suffix"_qs, a.suffix },
                         { u"color"_qs, colorName(a.color) },
                         { u"note"_qs, a.note },
                         { u"tags"_qs, QJsonArray::fromStringList(a.tags) },
                         { u"created"_qs, utcTimestamp(a.created) },
                         { u"modified"_qs, utcTimestamp(a.modified) },
                         { u"status"_qs, anchorStatusName(a.status) },
                         { u"author"_qs, a.author },
                         { u"shared"_qs, a.shared } };
}

Annotation TeamOutbox::noteFromJson(const QJsonObject &v, QString *fingerprint)
{
    Annotation a;
    a.id = QUuid::fromString(v.value(u"id").toString());
    if (fingerprint)
        *fingerprint = v.value(u"article").toString();
    a.part = partFromName(v.value(u"part").toString()).value_or(Part::Body);
    a.paragraph = v.value(u"paragraph").toInt();
    a.paragraphOffset = v.value(u"paragraph_offset").toInt();
    a.start = v.value(u"start_pos").toInt();
    a.end = v.value(u"end_pos").toInt();
    a.quote = v.value(u"quote").toString();
    a.prefix = v.value(u"prefix").toString();
    a.suffix = v.value(u"suffix").toString();
    a.color = colorFromName(v.value(u"color").toString()).value_or(Color::Yellow);
    a.note = v.value(u"note").toString();
    for (const QJsonValue &tag : v.value(u"tags").toArray())
        a.tags.append(tag.toString());
    a.created = parseUtcTimestamp(v.value(u"created").toString());
    a.modified = parseUtcTimestamp(v.value(u"modified").toString());
    a.status = anchorStatusFromName(v.value(u"status").toString()).value_or(AnchorStatus::Exact);
    a.author = v.value(u"author").toString();
    a.shared = v.value(u"shared").toBool();
    return a;
}

} // namespace Randnotiz
