#include "wiki/summarycache.h"

#include "sqlite/sqlitefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace Randnotiz {

namespace {

QString key(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

qint64 payloadBytes(const CachedSummary &e)
{
    const Summary &s = e.summary;
    return (s.lang.size() + s.title.size() + s.description.size() + s.extract.size()) * 2 + s.pageUrl.toEncoded().size()
        + s.thumbnail.size() + e.etag.size() + 64;
}

} // namespace

SummaryCache::SummaryCache(const QString &directory, qint64 maxBytes, Access access)
    : m_connection(QStringLiteral("randnotiz-summaries-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_filePath(QDir(directory).filePath(fileName()))
    , m_maxBytes(maxBytes)
    , m_access(access)
{
    const bool readOnly = access == Access::ReadOnly;
    if (readOnly && !QFileInfo::exists(m_filePath)) {
        m_error = QStringLiteral("no summary cache at %1").arg(m_filePath);
        return;
    }
    if (!readOnly && !QDir().mkpath(directory)) {
        m_error = QStringLiteral("cannot create %1").arg(directory);
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_filePath);
    // The window and a --prefetch-summaries run may share the file; wait for each other briefly.
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    if (readOnly) {
        // A file some other program left there is no cache of ours: only a summary table is read.
        m_open = db.tables().contains(QStringLiteral("summary"));
        if (!m_open)
            m_error = QStringLiteral("%1 holds no summaries").arg(m_filePath);
        return;
    }
    QSqlQuery wal(db);
    if (!Sqlite::useWal(wal, QDeadlineTimer(5000))) {
        m_error = wal.lastError().text();
        return;
    }
    m_open = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS summary ("
                                 " url TEXT PRIMARY KEY, state INTEGER NOT NULL, lang TEXT, title TEXT,"
                                 " description TEXT, extract TEXT, page_url TEXT, thumbnail BLOB, etag BLOB,"
                                 " fetched_at INTEGER NOT NULL, bytes INTEGER NOT NULL)"))
        && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS summary_age ON summary(fetched_at)"));
}

SummaryCache::~SummaryCache()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool SummaryCache::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(sql)) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

std::optional<CachedSummary> SummaryCache::find(const QUrl &articleUrl)
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT state, lang, title, description, extract, page_url, thumbnail, etag,"
                                 " fetched_at FROM summary WHERE url = ?"));
    query.addBindValue(key(articleUrl));
    if (!query.exec() || !query.next())
        return std::nullopt;
    CachedSummary e;
    const int state = query.value(0).toInt();
    if (state != int(SummaryState::Loaded) && state != int(SummaryState::Disambiguation)
        && state != int(SummaryState::NotFound))
        return std::nullopt;
    e.state = SummaryState(state);
    e.summary.lang = query.value(1).toString();
    e.summary.title = query.value(2).toString();
    e.summary.description = query.value(3).toString();
    e.summary.extract = query.value(4).toString();
    e.summary.pageUrl = QUrl::fromEncoded(query.value(5).toByteArray(), QUrl::StrictMode);
    e.summary.thumbnail = query.value(6).toByteArray();
    e.etag = query.value(7).toByteArray();
    e.summary.fetchedAt = QDateTime::fromMSecsSinceEpoch(query.value(8).toLongLong(), Qt::UTC);
    e.summary.fromCache = true;
    return e;
}

std::optional<QUrl> SummaryCache::pageUrl(const QUrl &articleUrl)
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT page_url FROM summary WHERE url = ? AND state = ?"));
    query.addBindValue(key(articleUrl));
    query.addBindValue(int(SummaryState::Loaded));
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QUrl page = QUrl::fromEncoded(query.value(0).toByteArray(), QUrl::StrictMode);
    if (!page.isValid() || page.isEmpty())
        return std::nullopt;
    return page;
}

bool SummaryCache::store(const QUrl &articleUrl, const CachedSummary &entry)
{
    if (!m_open || m_access == Access::ReadOnly)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO summary (url, state, lang, title, description, extract,"
                                 " page_url, thumbnail, etag, fetched_at, bytes) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    const Summary &s = entry.summary;
    query.addBindValue(key(articleUrl));
    query.addBindValue(int(entry.state));
    query.addBindValue(s.lang);
    query.addBindValue(s.title);
    query.addBindValue(s.description);
    query.addBindValue(s.extract);
    query.addBindValue(s.pageUrl.toEncoded());
    query.addBindValue(s.thumbnail);
    query.addBindValue(entry.etag);
    query.addBindValue(s.fetchedAt.toMSecsSinceEpoch());
    query.addBindValue(payloadBytes(entry));
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    // Stored; a cache that cannot shrink back under its bound says so all the same.
    return evict();
}

bool SummaryCache::touch(const QUrl &articleUrl, const QDateTime &fetchedAt)
{
    if (!m_open || m_access == Access::ReadOnly)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE summary SET fetched_at = ? WHERE url = ?"));
    query.addBindValue(fetchedAt.toMSecsSinceEpoch());
    query.addBindValue(key(articleUrl));
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

bool SummaryCache::setMaxBytes(qint64 maxBytes)
{
    m_maxBytes = maxBytes;
    return evict();
}

qint64 SummaryCache::totalBytes()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!m_open || !query.exec(QStringLiteral("SELECT COALESCE(SUM(bytes), 0) FROM summary")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

int SummaryCache::count()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!m_open || !query.exec(QStringLiteral("SELECT COUNT(*) FROM summary")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

// Oldest first out, one transaction, until the payload fits again: all of the doomed entries go, or none.
bool SummaryCache::evict()
{
    if (!m_open || m_access == Access::ReadOnly)
        return false;
    qint64 total = 0;
    {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        if (!query.exec(QStringLiteral("SELECT COALESCE(SUM(bytes), 0) FROM summary")) || !query.next()) {
            m_error = QStringLiteral("cannot measure the cache: ") + query.lastError().text();
            return false;
        }
        total = query.value(0).toLongLong();
    }
    if (total <= m_maxBytes)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        m_error = QStringLiteral("cannot shrink the cache: ") + db.lastError().text();
        return false;
    }
    const auto failed = [this, &db](const QSqlQuery &query) {
        m_error = QStringLiteral("cannot shrink the cache: ") + query.lastError().text();
        db.rollback();
        return false;
    };
    QStringList doomed;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT url, bytes FROM summary ORDER BY fetched_at ASC, rowid ASC")))
            return failed(query);
        while (total > m_maxBytes && query.next()) {
            doomed.append(query.value(0).toString());
            total -= query.value(1).toLongLong();
        }
    }
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM summary WHERE url = ?"));
    for (const QString &url : std::as_const(doomed)) {
        remove.addBindValue(url);
        if (!remove.exec())
            return failed(remove);
    }
    if (!db.commit()) {
        m_error = QStringLiteral("cannot shrink the cache: ") + db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace Randnotiz
