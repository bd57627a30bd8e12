#include "library/libraryindex.h"

#include "article/articlefiles.h"
#include "article/ozdparser.h"
#include "article/wikilink.h"
#include "library/bm25rank.h"
#include "library/hittext.h"
#include "library/indexrecord.h"
#include "library/indexwriter.h"
#include "library/parseahead.h"
#include "search/searchquery.h"
#include "sqlite/sqliteapi.h"
#include "sqlite/sqlitefile.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <QUuid>

#include <algorithm>
#include <array>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Randnotiz {

namespace {

// One row of the FTS table per article (rowid = the article's id), one column per part in the order of
// enum Part, so that all words must be in the article (in any parts) and an excluded word anywhere in it
// excludes it; the column with the most matched words is the hit's part.
constexpr int PartCount = HitText::PartCount;
constexpr qint64 ParseAheadBytes = 32 * 1024 * 1024; // of files parsed at once, ahead of storing them
constexpr int Batch = 1000; // files per transaction while indexing (200: 17 % slower cold; FTS5 writes its pending
                            // terms at each commit)

const char *const schema[] = {
    "CREATE TABLE roots (path TEXT PRIMARY KEY)",
    "CREATE TABLE articles (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL,"
    " mtime INTEGER NOT NULL, fingerprint TEXT NOT NULL DEFAULT '', headline TEXT NOT NULL DEFAULT '',"
    " agencies TEXT NOT NULL DEFAULT '', words INTEGER NOT NULL DEFAULT 0, forecast TEXT NOT NULL DEFAULT '',"
    " error TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX articles_fingerprint ON articles (fingerprint)",
    "CREATE INDEX articles_mtime ON articles (mtime)",
    "CREATE TABLE subjects (article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, subject TEXT NOT NULL, kind TEXT NOT NULL, link TEXT NOT NULL,"
    " merge_key TEXT NOT NULL, explanation TEXT NOT NULL, mentions INTEGER NOT NULL)",
    "CREATE INDEX subjects_article ON subjects (article_id)",
    "CREATE INDEX subjects_key ON subjects (merge_key)",
    "CREATE VIRTUAL TABLE parts USING fts5 (headline, body, commentary, forecast, explanation, notes, extra,"
    " tokenize='unicode61 remove_diacritics 2')",
};

// Version 1 kept prefix indexes ('2 3') beside the words: they only serve prefixes of exactly two or three letters
// and were a quarter of a cold index's time. The parts move to a table without them, text and rowids as they were.
const char *const fromV1[] = {
    "CREATE VIRTUAL TABLE parts_v2 USING fts5 (headline, body, commentary, forecast, explanation, notes, extra,"
    " tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO parts_v2 (rowid, headline, body, commentary, forecast, explanation, notes, extra)"
    " SELECT rowid, headline, body, commentary, forecast, explanation, notes, extra FROM parts",
    "DROP TABLE parts",
    "ALTER TABLE parts_v2 RENAME TO parts",
};

QString cleanPath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// Below root (or root itself): the LIKE pattern and its escape.
QString underPattern(const QString &root)
{
    QString escaped = root;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return escaped + (escaped.endsWith(u'/') ? QStringLiteral("%") : QStringLiteral("/%"));
}

// A subject's stored key (see IndexRecord::Subject::storedKey) with the redirects the summary cache knows.
QString mergeKey(const QString &stored, const QHash<QString, QString> &pageOf)
{
    return pageOf.value(stored, stored);
}

// The plain-text snippet without FTS5's markers, and where the markers were, in code points.
void unmark(const QString &marked, LibraryHit &hit)
{
    QString out;
    out.reserve(marked.size());
    int codePoints = 0;
    int start = -1;
    for (qsizetype i = 0; i < marked.size(); ++i) {
        const QChar c = marked.at(i);
        if (c == QChar(2)) {
            start = codePoints;
            continue;
        }
        if (c == QChar(3)) {
            if (start >= 0)
                hit.matches.append({ start, codePoints });
            start = -1;
            continue;
        }
        out.append(c);
        if (!c.isLowSurrogate())
            ++codePoints;
    }
    hit.snippet = out;
}

} // namespace

QString indexStatusName(IndexEntry::Status status)
{
    switch (status) {
    case IndexEntry::Status::Added:
        return QStringLiteral("added");
    case IndexEntry::Status::Updated:
        return QStringLiteral("updated");
    case IndexEntry::Status::Unchanged:
        return QStringLiteral("unchanged");
    case IndexEntry::Status::Moved:
        return QStringLiteral("moved");
    case IndexEntry::Status::Removed:
        return QStringLiteral("removed");
    case IndexEntry::Status::Error:
        break;
    }
    return QStringLiteral("error");
}

LibraryIndex::LibraryIndex()
    : m_connection(QStringLiteral("randnotiz-library-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

LibraryIndex::~LibraryIndex()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool LibraryIndex::fail(const QString &what, const QString &detail)
{
    m_error = what + QStringLiteral(": ") + detail;
    return false;
}

bool LibraryIndex::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql))
        return fail(tr("library index %1").arg(m_path), q.lastError().text());
    return true;
}

bool LibraryIndex::open(const QString &dataDir)
{
    if (!QDir().mkpath(dataDir))
        return fail(tr("cannot create the data folder %1").arg(dataDir), tr("permission denied or no space"));
    m_path = QDir(dataDir).filePath(fileName());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return fail(tr("cannot open the library index %1").arg(m_path), db.lastError().text());
    QSqlQuery q(db);
    if (!Sqlite::useWal(q, QDeadlineTimer(10000)))
        return fail(tr("library index %1").arg(m_path), q.lastError().text());
    for (const char *pragma :
         { "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY" }) {
        if (!exec(QString::fromLatin1(pragma)))
            return false;
    }
    m_open = migrate();
    if (m_open)
        useHandle();
    return m_open;
}

void LibraryIndex::useHandle()
{
    // The driver's handle is only used through the libsqlite3 the driver loaded (sqlite/sqliteapi.h; Debian's Qt
    // uses the system's): the same version, and the connection's file system layer is this library's default one. A
    // Qt with SQLite built in keeps SQLite's own bm25() and QtSql for everything.
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 || !SqliteApi::load())
        return;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_source_id()")) || !q.next()
        || q.value(0).toString() != QLatin1String(sqlite3_sourceid()))
        return;
    q.finish();
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_vfs *vfs = nullptr;
    if (!connection || sqlite3_file_control(connection, "main", SQLITE_FCNTL_VFS_POINTER, &vfs) != SQLITE_OK || !vfs
        || vfs != sqlite3_vfs_find(nullptr))
        return;
    m_handle = connection;
    auto rank = std::make_unique<Bm25Rank>();
    if (m_handle && rank->install(m_handle, QByteArrayLiteral("parts")))
        m_rank = std::move(rank);
}

bool LibraryIndex::migrate()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(tr("library index %1").arg(m_path), q.lastError().text());
    const int version = q.value(0).toInt();
    q.finish();
    if (version == SchemaVersion)
        return true;
    if (version > SchemaVersion)
        return fail(tr("library index %1").arg(m_path), tr("made by a newer Randnotiz (version %1)").arg(version));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(tr("library index %1").arg(m_path), db.lastError().text());
    const auto run = [this](const auto &statements) {
        for (const char *statement : statements) {
            if (!exec(QString::fromLatin1(statement)))
                return false;
        }
        return true;
    };
    if (!(version == 1 ? run(fromV1) : run(schema))) {
        db.rollback();
        return false;
    }
    if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)) || !db.commit()) {
        const QString why = db.lastError().text(); // the commit's reason, not the rollback's
        db.rollback();
        return fail(tr("library index %1").arg(m_path), why);
    }
    return true;
}

QStringList LibraryIndex::roots() const
{
    QStringList paths;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT path FROM roots ORDER BY path"))) {
        while (q.next())
            paths.append(q.value(0).toString());
    }
    return paths;
}

bool LibraryIndex::addRoot(const QString &path)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO roots (path) VALUES (?)"));
    q.addBindValue(cleanPath(path));
    if (!q.exec())
        return fail(tr("library index %1").arg(m_path), q.lastError().text());
    return true;
}

bool LibraryIndex::removeRoot(const QString &path)
{
    const QString root = cleanPath(path);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(tr("library index %1").arg(m_path), db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM articles WHERE path = ? OR path LIKE ? ESCAPE '\\'"));
    q.addBindValue(root);
    q.addBindValue(underPattern(root));
    QList<qint64> ids;
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    bool ok = q.lastError().type() == QSqlError::NoError;
    IndexWriter writer(m_handle, db);
    for (qint64 id : std::as_const(ids))
        ok = ok && writer.removeArticle(id);
    QSqlQuery r(db);
    r.prepare(QStringLiteral("DELETE FROM roots WHERE path = ?"));
    r.addBindValue(root);
    ok = ok && r.exec();
    if (!ok || !db.commit()) {
        const QString why = writer.errorString().isEmpty() ? db.lastError().text() : writer.errorString();
        db.rollback();
        return fail(tr("library index %1").arg(m_path), why);
    }
    return true;
}

namespace {

struct StatementFinalizer
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

QString textColumn(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, column)) : QString();
}

// Stats each file relative to its folder, opened once for all its files: walking the whole path again for
// every file was most of the kernel's time in indexing an unchanged library. Paths come as the file system's
// bytes (UTF-8: QFile::encodeName() in Qt 6 on Unix).
class FolderStat final
{
    Q_DISABLE_COPY_MOVE(FolderStat)

public:
    FolderStat() = default;
    ~FolderStat()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool stat(const QByteArray &path, struct stat &info)
    {
        const qsizetype slash = path.lastIndexOf('/');
        if (slash < 0)
            return ::stat(path.constData(), &info) == 0;
        const QByteArrayView folder = QByteArrayView(path).first(slash == 0 ? 1 : slash);
        if (!m_opened || folder != m_folder) {
            if (m_fd >= 0)
                ::close(m_fd);
            m_folder = folder.toByteArray();
            m_fd = ::open(m_folder.constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
            m_opened = true;
        }
        if (m_fd < 0)
            return ::stat(path.constData(), &info) == 0;
        return ::fstatat(m_fd, path.constData() + slash + 1, &info, 0) == 0;
    }

private:
    QByteArray m_folder;
    int m_fd = -1;
    bool m_opened = false;
};

} // namespace

// What one index() run keeps across its files: statements prepared once, and what it has learnt.
struct LibraryIndex::IndexRun
{
    struct Known
    {
        bool found = false;
        qint64 id = 0;
        qint64 size = 0;
        qint64 mtime = 0;
        QString headline;
        QString error;
    };

    IndexRun(const QSet<QString> &seen, sqlite3 *handle, const QSqlDatabase &db)
        : seen(seen)
        , known(db)
        , same(db)
        , writer(handle, db)
    { }

    const QSet<QString> &seen; // every file of the run
    QSet<QString> present; // fingerprints with no moved-away copy (see indexFile)
    QSqlQuery known;
    QSqlQuery same;
    // On the driver's connection, when there is one: the rows of a batch of files in one pass over the path
    // index, and the known query for a file the batch's read did not give.
    Statement batchDirect;
    Statement knownDirect;
    QHash<QByteArray, Known> batch; // by path; each entry is used once (a path listed twice is looked up again)
    FolderStat folders;
    IndexWriter writer;
    int unstored = 0; // files of the run the index has no row for (it could not be written)

    void readBatch(const QList<QByteArray> &paths)
    {
        batch.clear();
        sqlite3_stmt *statement = batchDirect.get();
        if (!statement || paths.isEmpty())
            return;
        // The rows between the smallest and the largest path (SQLite compares text as UTF-8 bytes): every row
        // of these files is among them.
        QByteArray low = paths.first();
        QByteArray high = paths.first();
        for (const QByteArray &path : paths) {
            low = std::min(low, path);
            high = std::max(high, path);
            batch.insert(path, {});
        }
        sqlite3_bind_text(statement, 1, low.constData(), int(low.size()), SQLITE_STATIC);
        sqlite3_bind_text(statement, 2, high.constData(), int(high.size()), SQLITE_STATIC);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            const auto *text = static_cast<const char *>(static_cast<const void *>(sqlite3_column_text(statement, 0)));
            const auto it = batch.find(QByteArray::fromRawData(text, sqlite3_column_bytes(statement, 0)));
            if (it == batch.end())
                continue; // a row of a file that is not in this run (another root, or gone)
            it->found = true;
            it->id = sqlite3_column_int64(statement, 1);
            it->size = sqlite3_column_int64(statement, 2);
            it->mtime = sqlite3_column_int64(statement, 3);
            it->headline = textColumn(statement, 4);
            it->error = textColumn(statement, 5);
        }
        sqlite3_reset(statement);
    }
};

IndexEntry LibraryIndex::indexFile(const QString &path, const QByteArray &utf8, IndexRun &run)
{
    Probe probe = probeFile(path, utf8, run);
    if (probe.done)
        return probe.entry;
    return finishFile(probe, OzdParser::parseFile(path), run);
}

LibraryIndex::Probe LibraryIndex::probeFile(const QString &path, const QByteArray &utf8, IndexRun &run)
{
    Probe probe;
    IndexEntry &entry = probe.entry;
    entry.file = path;
    const auto finished = [&probe] {
        probe.done = true;
        return probe;
    };
    // stat() itself: QFileInfo::lastModified() converts to local time, which re-reads the time zone every call.
    struct stat info = {};
    const bool statted = run.folders.stat(utf8, info);
    const qint64 size = statted ? qint64(info.st_size) : 0;
    const qint64 mtime = statted ? qint64(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1000000 : 0;

    qint64 &id = probe.id;
    const auto cached = run.batch.find(utf8);
    if (cached != run.batch.end() && cached->found) {
        id = cached->id;
        const bool same = cached->size == size && cached->mtime == mtime;
        if (same) {
            entry.headline = cached->headline;
            entry.error = cached->error;
            entry.status = entry.error.isEmpty() ? IndexEntry::Status::Unchanged : IndexEntry::Status::Error;
        }
        run.batch.erase(cached);
        if (same)
            return finished();
    } else if (sqlite3_stmt *direct = run.knownDirect.get()) {
        if (cached != run.batch.end())
            run.batch.erase(cached);
        sqlite3_bind_text(direct, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        bool same = false;
        if (sqlite3_step(direct) == SQLITE_ROW) {
            id = sqlite3_column_int64(direct, 0);
            same = sqlite3_column_int64(direct, 1) == size && sqlite3_column_int64(direct, 2) == mtime;
            if (same) {
                entry.headline = textColumn(direct, 3);
                entry.error = textColumn(direct, 4);
                entry.status = entry.error.isEmpty() ? IndexEntry::Status::Unchanged : IndexEntry::Status::Error;
            }
        }
        sqlite3_reset(direct);
        if (same)
            return finished();
    } else {
        QSqlQuery &known = run.known;
        known.addBindValue(path);
        if (known.exec() && known.next()) {
            id = known.value(0).toLongLong();
            if (known.value(1).toLongLong() == size && known.value(2).toLongLong() == mtime) {
                entry.headline = known.value(3).toString();
                entry.error = known.value(4).toString();
                entry.status = entry.error.isEmpty() ? IndexEntry::Status::Unchanged : IndexEntry::Status::Error;
                known.finish();
                return finished();
            }
        }
        known.finish();
    }

    probe.utf8 = utf8;
    probe.size = size;
    probe.mtime = mtime;
    return probe;
}

IndexEntry LibraryIndex::finishFile(const Probe &probe, const ParseResult &parsed, IndexRun &run,
                                    const IndexRecord *made)
{
    IndexEntry entry = probe.entry;
    qint64 id = probe.id;
    if (!parsed.ok()) {
        entry.status = IndexEntry::Status::Error;
        entry.error = parsed.error;
        const QString why = parsed.error.isEmpty() ? tr("not an article") : parsed.error;
        if (!run.writer.storeError(id, probe.utf8, probe.size, probe.mtime, why)) {
            entry.error += QStringLiteral("; ") + tr("the library index could not be written");
            ++run.unstored;
            if (m_writeError.isEmpty())
                m_writeError = run.writer.errorString();
        }
        return entry;
    }
    std::optional<IndexRecord> own;
    if (!made)
        own = IndexRecord::of(parsed.article);
    const IndexRecord &record = made ? *made : *own;
    entry.headline = record.headline;
    entry.status = id > 0 ? IndexEntry::Status::Updated : IndexEntry::Status::Added;
    if (id <= 0 && !run.present.contains(record.fingerprint)) {
        // A known text whose file is gone from where it was: the same article, moved or renamed.
        QSqlQuery &same = run.same;
        same.addBindValue(record.fingerprint);
        if (same.exec()) {
            while (same.next()) {
                const QString old = same.value(1).toString();
                if (!run.seen.contains(old) && !QFileInfo::exists(old)) {
                    id = same.value(0).toLongLong();
                    entry.status = IndexEntry::Status::Moved;
                    entry.movedFrom = old;
                    break;
                }
            }
        }
        // Every file with this text is still there, and those indexed later in this run are seen: the next
        // copy need not look again (1,000 copies of one text made indexing quadratic).
        same.finish();
        if (id <= 0)
            run.present.insert(record.fingerprint);
    }
    if (!run.writer.store(id, probe.utf8, probe.size, probe.mtime, record)) {
        ++run.unstored;
        entry.status = IndexEntry::Status::Error;
        entry.error = tr("the library index could not be written: %1").arg(run.writer.errorString());
        if (m_writeError.isEmpty())
            m_writeError = run.writer.errorString();
    }
    return entry;
}

QList<IndexEntry> LibraryIndex::index(const QStringList &paths, const Report &report, Entries kept)
{
    QList<IndexEntry> entries;
    if (!m_open)
        return entries;
    m_writeError.clear();
    QStringList roots;
    for (const QString &path : paths)
        roots.append(cleanPath(path));
    QStringList files;
    QStringList unreadable; // folders that could not be read: what is known below them stays
    QList<IndexEntry> folderErrors;
    for (const ArticleFileEntry &found : collectArticleFiles(roots)) {
        if (found.ok()) {
            // The walk joins clean roots and names from readdir(): clean already unless a name starts with a dot
            // (then cleanPath() decides). Sharing the walk's paths saves a copy of every path.
            const bool clean = !found.path.contains(QLatin1String("/.")) && !found.path.contains(QLatin1String("//"));
            files.append(clean ? found.path : cleanPath(found.path));
            continue;
        }
        unreadable.append(cleanPath(found.path));
        IndexEntry entry;
        entry.file = unreadable.last();
        entry.status = IndexEntry::Status::Error;
        entry.error = found.error;
        folderErrors.append(entry);
    }
    const QSet<QString> seen(files.cbegin(), files.cend());
    for (const IndexEntry &entry : std::as_const(folderErrors)) {
        entries.append(entry);
        if (report)
            report(entry, 0, int(files.size()));
    }

    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    IndexRun run(seen, m_handle, db);
    run.known.setForwardOnly(true);
    run.known.prepare(QStringLiteral("SELECT id, size, mtime, headline, error FROM articles WHERE path = ?"));
    run.same.setForwardOnly(true);
    run.same.prepare(QStringLiteral("SELECT id, path FROM articles WHERE fingerprint = ? ORDER BY id"));
    if (m_handle) {
        const auto prepare = [this](const char *sql, Statement &statement) {
            sqlite3_stmt *prepared = nullptr;
            if (sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &prepared, nullptr) == SQLITE_OK)
                statement.reset(prepared);
        };
        prepare("SELECT id, size, mtime, headline, error FROM articles WHERE path = ?", run.knownDirect);
        prepare("SELECT path, id, size, mtime, headline, error FROM articles WHERE path BETWEEN ? AND ?",
                run.batchDirect);
    }
    const int total = int(files.size());
    if (!m_parsers) {
        m_parsers = std::make_unique<QThreadPool>();
        m_parsers->setMaxThreadCount(m_parseThreads > 0 ? m_parseThreads
                                                        : std::max(1, QThread::idealThreadCount() - 1));
    }
    // The files are stored in transactions of Batch files. Every file of a batch is probed first (its row, size
    // and time); those to be read are parsed on the pool's threads, at most ParseAheadBytes ahead, while this
    // thread stores them one by one, in order. The next batch is probed before this one commits, so that its
    // files are parsed while the commit writes. A path listed twice in a batch is probed again once its first
    // listing is stored.
    struct ProbedBatch
    {
        int from = 0;
        int to = 0;
        QList<QByteArray> utf8; // each path as the file system's name and SQLite's text (UTF-8 in Qt 6 on Unix)
        std::vector<Probe> probes;
        std::vector<char> late; // listed before in this batch: probed when it comes
    };
    ParseAhead ahead(m_parsers.get(), ParseAheadBytes);
    // While files are stored, 64 MB of pages instead of SQLite's 2 MB: FTS5 otherwise writes and reads back its
    // own segments page by page (10 % of a cold index). Only then: reading 100,000 rows for the window's view
    // through the large cache kept 64 MB more in memory and took 3.5 instead of 1.3 s.
    bool largeCache = false;
    const auto useLargeCache = [&] {
        if (!std::exchange(largeCache, true))
            exec(QStringLiteral("PRAGMA cache_size = -65536"));
    };
    const auto smallCacheAgain = qScopeGuard([&] {
        if (largeCache)
            exec(QStringLiteral("PRAGMA cache_size = -2000")); // SQLite's default; the pages over it are freed
    });
    const auto probeBatch = [&](int from) {
        ProbedBatch batch;
        batch.from = from;
        batch.to = std::min(total, from + Batch);
        const int count = batch.to - from;
        batch.utf8.reserve(count);
        for (int j = from; j < batch.to; ++j)
            batch.utf8.append(files.at(j).toUtf8());
        run.readBatch(batch.utf8);
        batch.probes.resize(std::size_t(count));
        batch.late.resize(std::size_t(count), 0);
        QSet<QByteArray> probed;
        for (int k = 0; k < count; ++k) {
            const QByteArray &path = batch.utf8.at(k);
            if (probed.contains(path)) {
                batch.late[std::size_t(k)] = 1;
                continue;
            }
            probed.insert(path);
            const Probe &probe = batch.probes[std::size_t(k)] = probeFile(files.at(from + k), path, run);
            if (!probe.done) {
                useLargeCache();
                ahead.queue(files.at(from + k), probe.size);
            }
        }
        return batch;
    };
    bool goOn = true;
    ProbedBatch batch;
    if (total > 0) {
        db.transaction();
        batch = probeBatch(0);
    }
    while (batch.from < batch.to) {
        const qsizetype batchStart = entries.size();
        for (int k = 0; k < batch.to - batch.from; ++k) {
            const int j = batch.from + k;
            const Probe &probe = batch.probes[std::size_t(k)];
            if (batch.late[std::size_t(k)]) {
                entries.append(indexFile(files.at(j), batch.utf8.at(k), run));
            } else if (probe.done) {
                entries.append(probe.entry);
            } else {
                const ParseAhead::Parsed parsed = ahead.take();
                entries.append(finishFile(probe, parsed.result, run, parsed.record ? &*parsed.record : nullptr));
            }
            if (report && !report(entries.last(), j + 1, total)) {
                goOn = false;
                break;
            }
        }
        ProbedBatch next;
        if (goOn && batch.to < total)
            next = probeBatch(batch.to);
        if (!db.commit()) {
            const QString why = db.lastError().text(); // the commit's reason, not the rollback's
            db.rollback();
            fail(tr("library index %1").arg(m_path), why);
            m_writeError = why;
            for (qsizetype k = batchStart; k < entries.size(); ++k) {
                entries[k].status = IndexEntry::Status::Error;
                entries[k].error = m_error;
            }
            return entries;
        }
        if (kept == Entries::Changes) {
            const auto unchanged = [](const IndexEntry &e) { return e.status == IndexEntry::Status::Unchanged; };
            entries.erase(std::remove_if(entries.begin() + batchStart, entries.end(), unchanged), entries.end());
        }
        batch = std::move(next);
        if (batch.from < batch.to)
            db.transaction();
    }
    if (kept == Entries::Changes)
        entries.squeeze();
    if (!goOn)
        return entries;

    // Articles known below these paths whose files are gone (a moved one has its new path by now).
    db.transaction();
    for (const QString &root : std::as_const(roots)) {
        // Every file of the run has its row now: when the index has no more rows below the root than the run has
        // files there, none is gone, and reading every row's path is not needed.
        if (run.unstored == 0) {
            const QString below = root.endsWith(u'/') ? root : root + u'/';
            const qsizetype filesBelow = std::count_if(seen.cbegin(), seen.cend(), [&](const QString &path) {
                return path == root || path.startsWith(below);
            });
            QSqlQuery count(db);
            count.prepare(QStringLiteral("SELECT count(*) FROM articles WHERE path = ? OR path LIKE ? ESCAPE '\\'"));
            count.addBindValue(root);
            count.addBindValue(underPattern(root));
            if (count.exec() && count.next() && count.value(0).toLongLong() == filesBelow)
                continue;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id, path, headline FROM articles WHERE path = ? OR path LIKE ? ESCAPE '\\'"));
        q.addBindValue(root);
        q.addBindValue(underPattern(root));
        QList<IndexEntry> gone;
        QList<qint64> ids;
        if (q.exec()) {
            while (q.next()) {
                const QString path = q.value(1).toString();
                if (seen.contains(path) || QFileInfo::exists(path))
                    continue;
                const bool belowUnreadable
                    = std::any_of(unreadable.cbegin(), unreadable.cend(),
                                  [&](const QString &dir) { return path.startsWith(dir + u'/'); });
                if (belowUnreadable)
                    continue;
                IndexEntry entry;
                entry.file = path;
                entry.status = IndexEntry::Status::Removed;
                entry.headline = q.value(2).toString();
                gone.append(entry);
                ids.append(q.value(0).toLongLong());
            }
        }
        q.finish();
        for (int k = 0; k < ids.size(); ++k) {
            if (run.writer.removeArticle(ids.at(k))) {
                entries.append(gone.at(k));
                if (report)
                    report(gone.at(k), total, total);
            }
        }
    }
    if (!db.commit()) {
        const QString why = db.lastError().text(); // the commit's reason, not the rollback's
        db.rollback();
        fail(tr("library index %1").arg(m_path), why);
    }
    return entries;
}

QList<IndexEntry> LibraryIndex::refresh(const Report &report, Entries kept)
{
    return index(roots(), report, kept);
}

QList<LibraryHit> LibraryIndex::search(const QString &query, int limit) const
{
    QList<LibraryHit> hits;
    const QString match = SearchQuery::parse(query).toFts5();
    if (match.isEmpty() || limit <= 0)
        return hits;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // Both steps read one snapshot, so that the rows the first finds are there for the second.
    const bool ownTransaction = db.transaction();

    // First the best rows: ids and ranks only, best first (ties by id), so that SQLite keeps the best `limit`
    // while it goes (ORDER BY the FTS5 rank column sorted every match first).
    QSqlQuery ranked(db);
    ranked.setForwardOnly(true);
    ranked.prepare(QStringLiteral("SELECT rowid, ")
                   + (m_rank ? QString::fromLatin1(Bm25Rank::FunctionName) : QStringLiteral("bm25"))
                   + QStringLiteral("(parts) AS r FROM parts WHERE parts MATCH ? ORDER BY r, rowid LIMIT ?"));
    ranked.addBindValue(match);
    ranked.addBindValue(limit);
    QList<std::pair<qint64, double>> best;
    QString ids;
    if (ranked.exec()) {
        while (ranked.next()) {
            best.append({ ranked.value(0).toLongLong(), ranked.value(1).toDouble() });
            ids += (ids.isEmpty() ? QStringLiteral("[") : QStringLiteral(",")) + QString::number(best.last().first);
        }
    }
    ranked.finish();

    // Then the snippets, of those rows only. The unary + keeps the rowid test out of FTS5's plan: FTS5 would
    // evaluate the query again for each id, while one pass over the matches costs little.
    QHash<qint64, LibraryHit> found;
    if (!best.isEmpty()) {
        QStringList snippets;
        for (int column = 0; column < PartCount; ++column)
            snippets.append(QStringLiteral("snippet(parts, %1, char(2), char(3), '…', 24)").arg(column));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT p.rowid, a.path, a.headline, ") + snippets.join(u',')
                  + QStringLiteral(" FROM parts p JOIN articles a ON a.id = p.rowid WHERE parts MATCH ?"
                                   " AND +p.rowid IN (SELECT value FROM json_each(?))"));
        q.addBindValue(match);
        q.addBindValue(QString(ids + u']'));
        if (q.exec()) {
            while (q.next()) {
                LibraryHit hit;
                hit.articleId = q.value(0).toLongLong();
                hit.file = q.value(1).toString();
                hit.headline = q.value(2).toString();
                // The part where most of the words were found; the earlier part on a tie.
                int bestPart = -1;
                qsizetype bestCount = 0;
                for (int column = 0; column < PartCount; ++column) {
                    const qsizetype count = q.value(3 + column).toString().count(QChar(2));
                    if (count > bestCount) {
                        bestPart = column;
                        bestCount = count;
                    }
                }
                if (bestPart < 0)
                    continue;
                hit.part = Part(bestPart);
                unmark(q.value(3 + bestPart).toString(), hit);
                found.insert(hit.articleId, hit);
            }
        }
    }
    if (ownTransaction)
        db.commit();
    for (const auto &[id, rank] : std::as_const(best)) {
        const auto it = found.constFind(id);
        if (it == found.cend())
            continue;
        hits.append(*it);
        hits.last().rank = rank;
    }
    return hits;
}

int LibraryIndex::articleCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT count(*) FROM articles")) && q.next())
        return q.value(0).toInt();
    return 0;
}

namespace {

const QString articleColumns = QStringLiteral(
    "a.id, a.path, a.size, a.mtime, a.fingerprint, a.headline, a.agencies, a.words, a.forecast, a.error,"
    " (SELECT group_concat(subject, char(10)) FROM subjects s WHERE s.article_id = a.id)");

LibraryArticle articleFromRow(const QSqlQuery &q)
{
    LibraryArticle a;
    a.id = q.value(0).toLongLong();
    a.file = q.value(1).toString();
    a.size = q.value(2).toLongLong();
    a.modified = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    a.fingerprint = q.value(4).toString();
    a.headline = q.value(5).toString();
    a.agencies = q.value(6).toString().split(u'\n', Qt::SkipEmptyParts);
    a.words = q.value(7).toInt();
    a.forecast = q.value(8).toString();
    a.error = q.value(9).toString();
    a.subjects = q.value(10).toString().split(u'\n', Qt::SkipEmptyParts);
    return a;
}

} // namespace

QList<LibraryArticle> LibraryIndex::articles(int offset, int limit) const
{
    QList<LibraryArticle> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + articleColumns
              + QStringLiteral(" FROM articles a ORDER BY a.path LIMIT ? OFFSET ?"));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (q.exec()) {
        while (q.next())
            list.append(articleFromRow(q));
    }
    return list;
}

QList<LibraryArticle> LibraryIndex::newestArticles(int limit) const
{
    QList<LibraryArticle> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + articleColumns
              + QStringLiteral(" FROM articles a ORDER BY a.mtime DESC, a.path LIMIT ?"));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            list.append(articleFromRow(q));
    }
    return list;
}

std::optional<LibraryArticle> LibraryIndex::article(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT ") + articleColumns + QStringLiteral(" FROM articles a WHERE a.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return articleFromRow(q);
    return std::nullopt;
}

std::optional<LibraryArticle> LibraryIndex::articleByPath(const QString &path) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT ") + articleColumns + QStringLiteral(" FROM articles a WHERE a.path = ?"));
    q.addBindValue(cleanPath(path));
    if (q.exec() && q.next())
        return articleFromRow(q);
    return std::nullopt;
}

QList<Forecast> LibraryIndex::forecasts() const
{
    QList<Forecast> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, path, headline, mtime, forecast FROM articles WHERE forecast <> ''"
                               " ORDER BY mtime, path")))
        return list;
    while (q.next()) {
        Forecast f;
        f.articleId = q.value(0).toLongLong();
        f.file = q.value(1).toString();
        f.headline = q.value(2).toString();
        f.date = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        f.text = q.value(4).toString();
        f.key = forecastKey(f.headline, f.text);
        list.append(f);
    }
    return list;
}

std::unique_ptr<SummaryCache> LibraryIndex::openSummaryCache() const
{
    if (m_summaryCacheDir.isEmpty())
        return nullptr;
    auto cache = std::make_unique<SummaryCache>(m_summaryCacheDir, 0, SummaryCache::Access::ReadOnly);
    return cache->isOpen() ? std::move(cache) : nullptr;
}

QHash<QString, QString> LibraryIndex::redirects(SummaryCache *cache) const
{
    QHash<QString, QString> pageOf;
    if (!cache)
        return pageOf;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT link FROM subjects WHERE link <> ''")))
        return pageOf;
    while (q.next()) {
        const QString link = q.value(0).toString();
        const std::optional<QUrl> page = cache->pageUrl(QUrl(link));
        // Only a page that passes the same validation as an article's link merges anything.
        const std::optional<WikiLink> valid = page ? WikiLink::parse(page->toString()) : std::nullopt;
        if (valid && valid->url.toString() != link)
            pageOf.insert(link, valid->url.toString());
    }
    return pageOf;
}

QStringList LibraryIndex::storedKeysOf(const QString &key, const QHash<QString, QString> &pageOf) const
{
    QStringList keys;
    if (mergeKey(key, pageOf) == key)
        keys.append(key);
    for (auto it = pageOf.cbegin(); it != pageOf.cend(); ++it) {
        if (it.value() == key)
            keys.append(it.key());
    }
    return keys;
}

QList<LibrarySubject> LibraryIndex::subjects() const
{
    QList<LibrarySubject> list;
    QHash<QString, qsizetype> byKey;
    QHash<QString, QSet<qint64>> articlesOf;
    const std::unique_ptr<SummaryCache> cache = openSummaryCache();
    const QHash<QString, QString> pageOf = redirects(cache.get());
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    // Newest first, so that the first row of a key gives the name as the agency writes it now.
    if (!q.exec(QStringLiteral("SELECT s.merge_key, s.subject, s.kind, s.link, s.article_id, s.mentions FROM subjects s"
                               " JOIN articles a ON a.id = s.article_id ORDER BY a.mtime DESC, a.id DESC")))
        return list;
    while (q.next()) {
        const QString key = mergeKey(q.value(0).toString(), pageOf);
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            LibrarySubject subject;
            subject.key = key;
            subject.subject = q.value(1).toString();
            subject.kind = q.value(2).toString() == QLatin1String("person") ? SubjectKind::Person : SubjectKind::Term;
            // The page its links lead to: the key itself.
            subject.wikipedia = q.value(3).toString().isEmpty() ? QString() : key;
            it = byKey.insert(key, list.size());
            list.append(subject);
        }
        LibrarySubject &subject = list[*it];
        articlesOf[key].insert(q.value(4).toLongLong());
        subject.mentions += q.value(5).toInt();
    }
    for (LibrarySubject &subject : list)
        subject.articles = int(articlesOf.value(subject.key).size());
    std::stable_sort(list.begin(), list.end(), [](const LibrarySubject &a, const LibrarySubject &b) {
        return a.articles != b.articles ? a.articles > b.articles : a.subject.localeAwareCompare(b.subject) < 0;
    });
    return list;
}

QList<SubjectMention> LibraryIndex::mentionsOf(const QString &key) const
{
    QList<SubjectMention> list;
    const std::unique_ptr<SummaryCache> cache = openSummaryCache();
    const QStringList keys = storedKeysOf(key, redirects(cache.get()));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.path, a.headline, a.mtime, s.subject, s.explanation, s.mentions"
                             " FROM subjects s JOIN articles a ON a.id = s.article_id WHERE s.merge_key = ?"
                             " ORDER BY a.mtime DESC, a.id DESC"));
    for (const QString &stored : keys) {
        q.addBindValue(stored);
        if (!q.exec())
            return {};
        while (q.next()) {
            SubjectMention m;
            m.articleId = q.value(0).toLongLong();
            m.file = q.value(1).toString();
            m.headline = q.value(2).toString();
            m.modified = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
            m.subject = q.value(4).toString();
            m.explanation = q.value(5).toString();
            m.mentions = q.value(6).toInt();
            list.append(m);
        }
    }
    // Links merged by a redirect come from queries of their own: newest first again.
    std::stable_sort(list.begin(), list.end(), [](const SubjectMention &a, const SubjectMention &b) {
        return a.modified != b.modified ? a.modified > b.modified : a.articleId > b.articleId;
    });
    return list;
}

std::optional<Summary> LibraryIndex::cachedSummaryOf(const QString &key) const
{
    const std::unique_ptr<SummaryCache> cache = openSummaryCache();
    if (!cache || key.startsWith(QLatin1String("name:")))
        return std::nullopt;
    // The page itself first, then the links that lead to it.
    QStringList links { key };
    for (const QString &link : storedKeysOf(key, redirects(cache.get()))) {
        if (!links.contains(link))
            links.append(link);
    }
    for (const QString &link : std::as_const(links)) {
        const std::optional<CachedSummary> cached = cache->find(QUrl(link));
        if (cached && cached->state == SummaryState::Loaded)
            return cached->summary;
    }
    return std::nullopt;
}

} // namespace Randnotiz
