// LibraryIndex: what the library knows about every article file in its folders, in DIR/library.sqlite: path,
// size, time, fingerprint, headline, agencies, persons and terms, words, and the text of every part in an
// FTS5 table. Its own file because all of it can be rebuilt from the articles: deleting it loses nothing, and
// indexing thousands of files never holds a lock the notes need. Like its connection, an index belongs to
// the thread that opened it (the window gives it a worker thread).
#pragma once

#include "article/article.h"
#include "article/articletext.h"
#include "article/ozdparser.h"
#include "library/forecast.h"
#include "wiki/summarycache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThreadPool;
struct sqlite3;

namespace Randnotiz {

class Bm25Rank;
struct IndexRecord;

// What indexing did with one file; the status words are the `--index` contract.
struct IndexEntry
{
    enum class Status { Added, Updated, Unchanged, Moved, Removed, Error };
    QString file;
    Status status = Status::Error;
    QString headline; // empty when unknown
    QString error; // empty unless status is Error
    QString movedFrom; // for Moved
};
QString indexStatusName(IndexEntry::Status status); // "added", "updated", "unchanged", "moved", "removed", "error"

struct LibraryHit
{
    qint64 articleId = 0;
    QString file;
    QString headline;
    Part part = Part::Body;
    QString snippet; // plain text
    QList<std::pair<int, int>> matches; // [start, end) in code points of snippet
    double rank = 0; // bm25: lower is better
};

struct LibraryArticle
{
    qint64 id = 0;
    QString file;
    qint64 size = 0;
    QDateTime modified; // UTC
    QString fingerprint;
    QString headline;
    QStringList agencies;
    QStringList subjects;
    int words = 0;
    QString forecast; // the OZD-Prognose as one text; empty when the article has none
    QString error; // a file that is not an article: why
    bool isArticle() const { return error.isEmpty(); }
};

// One person or term across the library, merged by the page its link leads to, else by the link, else by name.
struct LibrarySubject
{
    QString key; // what merged them: the canonical URL or "name:" + the normalised name
    QString subject; // as the newest article writes it
    SubjectKind kind = SubjectKind::Term;
    QString wikipedia; // canonical URL, empty when none
    int articles = 0;
    int mentions = 0;
};

// What one article says about a subject, for following it over time.
struct SubjectMention
{
    qint64 articleId = 0;
    QString file;
    QString headline;
    QDateTime modified;
    QString subject;
    QString explanation; // the article's own text about it; empty when it only mentions it
    int mentions = 0;
};

class LibraryIndex final
{
    Q_DECLARE_TR_FUNCTIONS(Randnotiz::LibraryIndex)
    Q_DISABLE_COPY_MOVE(LibraryIndex)

public:
    static constexpr int SchemaVersion = 2; // 1: the parts had prefix indexes

    LibraryIndex();
    ~LibraryIndex();

    static QString fileName() { return QStringLiteral("library.sqlite"); }

    bool open(const QString &dataDir);
    bool isOpen() const { return m_open; }
    // How many threads parse ahead while indexing (default: one fewer than the cores, at least one: the thread
    // that stores the parsed files in order keeps a core).
    void setParseThreads(int count) { m_parseThreads = std::max(1, count); }
    // Whether it ranks and looks up through the driver's own SQLite connection (the fast ways), not QtSql alone.
    bool usesSqliteDirectly() const { return m_handle && m_rank; }
    // The folder of the summary cache (WikiConfig::cacheDirectory()): the redirects it knows merge persons and
    // terms, and its summaries are shown with them. It is only read. Empty (the default): no cache.
    void setSummaryCacheDirectory(const QString &directory) { m_summaryCacheDir = directory; }
    QString errorString() const { return m_error; }
    // Why the last index() run could not write some of its files (a full disk, a broken file); empty when it
    // wrote all it read.
    QString writeError() const { return m_writeError; }

    // Folders (and single files) the library keeps; indexing them again finds what changed.
    QStringList roots() const;
    bool addRoot(const QString &path);
    bool removeRoot(const QString &path); // its articles leave the library

    // Indexes paths (folders are searched recursively) and the articles already known below them: a file
    // whose size and time are unchanged is not read again, a changed one is parsed again, a deleted one
    // leaves, a moved or renamed one is recognised by its fingerprint and keeps its row. Reports every file;
    // returning false from report stops early (what was done stays done).
    using Report = std::function<bool(const IndexEntry &entry, int done, int total)>;
    // Entries::Changes: the result leaves out unchanged files (report still sees them); on 100,000 articles
    // their paths and headlines would take some 40 MB for nothing.
    enum class Entries { All, Changes };
    QList<IndexEntry> index(const QStringList &paths, const Report &report = {}, Entries kept = Entries::All);
    // index(roots()).
    QList<IndexEntry> refresh(const Report &report = {}, Entries kept = Entries::All);

    QList<LibraryHit> search(const QString &query, int limit = 20) const;

    int articleCount() const;
    QList<LibraryArticle> articles(int offset = 0, int limit = -1) const; // by path
    QList<LibraryArticle> newestArticles(int limit) const; // by time, newest first (the library view's order)
    std::optional<LibraryArticle> article(qint64 id) const;
    std::optional<LibraryArticle> articleByPath(const QString &path) const;

    // Every article's forecast, oldest first, with the open verdict (the verdicts live in the notes store).
    QList<Forecast> forecasts() const;

    QList<LibrarySubject> subjects() const; // most articles first
    QList<SubjectMention> mentionsOf(const QString &key) const; // newest first
    // The cached summary of the subject's page (from any of the links merged into it); nullopt when the cache
    // has none (nothing is fetched here) or the subject has no link.
    std::optional<Summary> cachedSummaryOf(const QString &key) const;

private:
    bool exec(const QString &sql);
    bool migrate();
    void useHandle(); // m_handle and m_rank, when the driver's connection can be used directly
    struct IndexRun;
    // A file is probed (stat and its row: unchanged, or to be read), then finished (parsed, recognised if
    // moved, stored); indexFile() does both at once.
    struct Probe
    {
        IndexEntry entry; // complete when done
        qint64 id = 0; // its row, if it has one
        QByteArray utf8; // the path as the file system's name and SQLite's text
        qint64 size = 0;
        qint64 mtime = 0;
        bool done = false; // unchanged (or known broken): nothing to read
    };
    IndexEntry indexFile(const QString &path, const QByteArray &utf8, IndexRun &run);
    Probe probeFile(const QString &path, const QByteArray &utf8, IndexRun &run);
    // record: what is stored of the parsed article when it was made beside the parse (else it is made here).
    IndexEntry finishFile(const Probe &probe, const ParseResult &parsed, IndexRun &run,
                          const IndexRecord *record = nullptr);
    bool fail(const QString &what, const QString &detail);
    // Every link of the library's subjects whose page the summary cache knows to be another (a redirect).
    QHash<QString, QString> redirects(SummaryCache *cache) const;
    std::unique_ptr<SummaryCache> openSummaryCache() const;
    // The stored keys (merge_key) that merge into key, given the redirects.
    QStringList storedKeysOf(const QString &key, const QHash<QString, QString> &pageOf) const;

    QString m_connection;
    // bm25 for the search, null when it could not be installed on the connection (then SQLite's own bm25()).
    std::unique_ptr<Bm25Rank> m_rank;
    std::unique_ptr<QThreadPool> m_parsers; // parses ahead while indexing (ParseAhead)
    int m_parseThreads = 0; // 0: the default (see setParseThreads)
    // The driver's own connection, for the hot loop of indexing (QtSql's binding and fields cost more than the
    // lookup); null when the driver's libsqlite3 cannot be used directly (then QtSql does everything).
    sqlite3 *m_handle = nullptr;
    QString m_path;
    QString m_summaryCacheDir;
    QString m_error;
    QString m_writeError;
    bool m_open = false;
};

} // namespace Randnotiz

Q_DECLARE_METATYPE(Randnotiz::LibraryHit)
