#include "library/libraryservice.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHash>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <utility>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Randnotiz {

namespace {

constexpr int DefaultSettleMs = 300;
constexpr int DefaultRescanMs = 30000;
constexpr int ProgressEveryMs = 100;

// After indexing many files (their records, the page cache of the writes, the changes) and reading a new
// snapshot, most of what the thread freed is still the process's: the C library keeps freed heap for reuse.
// A window kept open all day gives it back (a first index of 100,000 files: 257 MB resident after, now 209).
void returnFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

constexpr int FirstPage = 1000; // articles sent ahead of a large library's first snapshot

// Articles repeat a few agencies and persons: one copy of each name, and of each list of them, serves all
// (some 40 MB on 100,000 articles). Fills the snapshot's distinct names on the way.
void shareNames(LibrarySnapshot &s)
{
    QSet<QString> agencies;
    QSet<QString> subjects;
    QSet<QStringList> agencyLists;
    QSet<QStringList> subjectLists;
    const auto share = [](QStringList &list, QSet<QStringList> &lists, QSet<QString> &names) {
        const auto known = lists.constFind(list);
        if (known != lists.cend()) {
            list = *known;
            return;
        }
        for (QString &name : list) {
            const auto same = names.constFind(name);
            if (same != names.cend())
                name = *same;
            else
                names.insert(name);
        }
        lists.insert(list);
    };
    for (LibraryArticle &article : s.articles) {
        share(article.agencies, agencyLists, agencies);
        share(article.subjects, subjectLists, subjects);
    }
    s.agencies = QStringList(agencies.cbegin(), agencies.cend());
    s.subjectNames = QStringList(subjects.cbegin(), subjects.cend());
}

// The library view's first order (LibraryModel: newest first, then by path), so that the model need not sort.
void sortNewestFirst(QList<LibraryArticle> &articles)
{
    std::stable_sort(articles.begin(), articles.end(), [](const LibraryArticle &x, const LibraryArticle &y) {
        const bool xy = x.modified < y.modified;
        const bool yx = y.modified < x.modified;
        if (xy != yx)
            return yx;
        return x.file < y.file;
    });
}

void registerTypes()
{
    qRegisterMetaType<LibrarySnapshot>();
    qRegisterMetaType<QList<IndexEntry>>();
    qRegisterMetaType<QList<LibraryHit>>();
    qRegisterMetaType<QList<SubjectMention>>();
    qRegisterMetaType<Summary>();
}

} // namespace

LibraryService::LibraryService(const QString &dataDir, QObject *parent, const QString &summaryCacheDir)
    : QObject(parent)
    , m_worker(new LibraryWorker(dataDir, summaryCacheDir))
{
    registerTypes();
    m_thread.setObjectName(QStringLiteral("randnotiz-library"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &LibraryWorker::opened, this, &LibraryService::opened);
    connect(m_worker, &LibraryWorker::indexingProgress, this, &LibraryService::indexingProgress);
    connect(m_worker, &LibraryWorker::indexFailed, this, &LibraryService::indexFailed);
    connect(m_worker, &LibraryWorker::indexed, this, &LibraryService::indexed);
    connect(m_worker, &LibraryWorker::snapshotReady, this, &LibraryService::snapshotReady);
    connect(m_worker, &LibraryWorker::searchFinished, this, &LibraryService::searchFinished);
    connect(m_worker, &LibraryWorker::mentionsReady, this, &LibraryService::mentionsReady);
    connect(m_worker, &LibraryWorker::subjectSummaryReady, this, &LibraryService::subjectSummaryReady);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &LibraryWorker::start, Qt::QueuedConnection);
}

LibraryService::~LibraryService()
{
    m_thread.quit();
    m_thread.wait();
}

void LibraryService::setSettleDelay(int ms)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, ms] { w->setSettleDelay(ms); }, Qt::QueuedConnection);
}

void LibraryService::setRescanInterval(int ms)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, ms] { w->setRescanInterval(ms); }, Qt::QueuedConnection);
}

void LibraryService::addRoot(const QString &path)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, path] { w->addRoot(path); }, Qt::QueuedConnection);
}

void LibraryService::removeRoot(const QString &path)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, path] { w->removeRoot(path); }, Qt::QueuedConnection);
}

void LibraryService::refresh()
{
    QMetaObject::invokeMethod(m_worker, &LibraryWorker::refresh, Qt::QueuedConnection);
}

void LibraryService::search(const QString &query, int limit)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, query, limit] { w->search(query, limit); }, Qt::QueuedConnection);
}

void LibraryService::requestSnapshot()
{
    QMetaObject::invokeMethod(m_worker, &LibraryWorker::snapshot, Qt::QueuedConnection);
}

void LibraryService::requestMentions(const QString &key)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, key] { w->mentions(key); }, Qt::QueuedConnection);
}

LibraryWorker::LibraryWorker(const QString &dataDir, const QString &summaryCacheDir)
    : m_dataDir(dataDir)
    , m_summaryCacheDir(summaryCacheDir)
{ }

LibraryWorker::~LibraryWorker() = default;

void LibraryWorker::start()
{
    m_index = std::make_unique<LibraryIndex>();
    m_index->setSummaryCacheDirectory(m_summaryCacheDir);
    // Indexing in the window leaves a core to the window: the storing thread and the parsers take one fewer than
    // the command line (on two cores both parse on one thread beside the storing one).
    m_index->setParseThreads(std::max(1, QThread::idealThreadCount() - 2));
    const bool ok = m_index->open(m_dataDir);
    emit opened(ok, ok ? QString() : m_index->errorString());
    m_watcher = new QFileSystemWatcher(this);
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(DefaultSettleMs);
    m_rescan = new QTimer(this);
    m_rescan->setInterval(DefaultRescanMs);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &LibraryWorker::changed);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &LibraryWorker::changed);
    connect(m_settle, &QTimer::timeout, this, &LibraryWorker::refresh);
    connect(m_rescan, &QTimer::timeout, this, &LibraryWorker::refresh);
    if (!ok)
        return;
    // What the index holds already shows at once; checking 100,000 files for changes takes seconds, and the
    // refresh sends a new snapshot when it found any.
    const int known = m_index->articleCount();
    m_shownUnchecked = known > 0;
    if (known > FirstPage) // reading 100,000 articles takes a second or two: the newest (the first rows) at once
        sendFirstPage();
    if (m_shownUnchecked)
        snapshot();
    refresh();
}

void LibraryWorker::sendFirstPage()
{
    LibrarySnapshot first;
    first.articles = m_index->newestArticles(FirstPage);
    first.roots = m_index->roots();
    shareNames(first);
    emit snapshotReady(first);
}

void LibraryWorker::setSettleDelay(int ms)
{
    if (m_settle)
        m_settle->setInterval(ms);
}

void LibraryWorker::setRescanInterval(int ms)
{
    if (m_rescan) {
        m_rescan->setInterval(ms);
        if (m_rescan->isActive())
            m_rescan->start();
    }
}

void LibraryWorker::changed()
{
    // A burst of changes (an editor saving, a folder being copied) is indexed once it settles.
    m_settle->start();
}

void LibraryWorker::addRoot(const QString &path)
{
    if (!m_index || !m_index->isOpen())
        return;
    if (!m_index->addRoot(path)) {
        emit indexFailed(m_index->errorString());
        return;
    }
    refresh();
}

void LibraryWorker::removeRoot(const QString &path)
{
    if (!m_index || !m_index->isOpen())
        return;
    m_index->removeRoot(path);
    watch();
    emit indexed({});
    snapshot();
}

void LibraryWorker::refresh()
{
    if (!m_index || !m_index->isOpen())
        return;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    // A library indexed for the first time shows its first page as soon as there is one, not after the last
    // of 100,000 files; the whole snapshot follows at the end.
    bool firstPageDue = m_index->articleCount() == 0;
    QList<IndexEntry> changes = m_index->refresh(
        [&](const IndexEntry &, int done, int total) {
            if (sinceProgress.elapsed() >= ProgressEveryMs || done == total) {
                emit indexingProgress(done, total);
                sinceProgress.restart();
            }
            if (firstPageDue && done == FirstPage && done < total) {
                firstPageDue = false;
                sendFirstPage();
            }
            return true;
        },
        LibraryIndex::Entries::Changes);
    watch();
    if (!m_index->writeError().isEmpty())
        emit indexFailed(m_index->writeError());
    const bool changed = !changes.isEmpty();
    if (!changed && !m_first)
        return;
    m_first = false;
    // Given away before the snapshot is read: on a first index of 100,000 files the changes are as many.
    emit indexed(std::exchange(changes, {}));
    // A second copy of 100,000 articles, equal to the one just shown, would only cost memory and a reset.
    const bool shown = std::exchange(m_shownUnchecked, false);
    if (changed || !shown)
        snapshot();
    returnFreedMemory();
}

void LibraryWorker::watch()
{
    const QStringList old = m_watcher->directories() + m_watcher->files();
    if (!old.isEmpty())
        m_watcher->removePaths(old);
    // Every folder and file of the library, while they are few enough; else the periodic rescan alone.
    QStringList paths;
    bool tooMany = false;
    for (const QString &root : m_index->roots()) {
        const QFileInfo info(root);
        paths.append(root);
        if (!info.isDir())
            continue;
        QDirIterator it(root, { QStringLiteral("*.txt") }, QDir::AllDirs | QDir::Files | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext() && !tooMany) {
            paths.append(it.next());
            tooMany = paths.size() > LibraryService::MaxWatchedDirectories;
        }
        if (tooMany)
            break;
    }
    if (tooMany) {
        m_rescan->start();
        return;
    }
    m_rescan->stop();
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
}

void LibraryWorker::search(const QString &query, int limit)
{
    emit searchFinished(query, m_index && m_index->isOpen() ? m_index->search(query, limit) : QList<LibraryHit>());
}

void LibraryWorker::snapshot()
{
    LibrarySnapshot s;
    if (m_index && m_index->isOpen()) {
        // The window's table does not show an article's forecast, and the tracker has them in s.forecasts:
        // read in pages and dropped at once, they never take the 45 MB that 100,000 articles' forecasts need.
        constexpr int Page = 20000;
        s.articles.reserve(m_index->articleCount()); // grown page by page, it would be copied five times
        for (int offset = 0;; offset += Page) {
            QList<LibraryArticle> page = m_index->articles(offset, Page);
            for (LibraryArticle &article : page) {
                article.forecast = QString();
                s.articles.append(std::move(article));
            }
            if (page.size() < Page)
                break;
        }
        sortNewestFirst(s.articles);
        shareNames(s);
        s.subjects = m_index->subjects();
        s.forecasts = m_index->forecasts();
        // A forecast's path and headline are its article's: shared, not held twice (13 MB on 100,000 articles).
        QHash<qint64, qsizetype> rowOf;
        rowOf.reserve(s.articles.size());
        for (qsizetype row = 0; row < s.articles.size(); ++row)
            rowOf.insert(s.articles.at(row).id, row);
        for (Forecast &forecast : s.forecasts) {
            const auto row = rowOf.constFind(forecast.articleId);
            if (row == rowOf.cend())
                continue;
            const LibraryArticle &article = s.articles.at(*row);
            if (article.file == forecast.file)
                forecast.file = article.file;
            if (article.headline == forecast.headline)
                forecast.headline = article.headline;
        }
        s.roots = m_index->roots();
    }
    emit snapshotReady(s);
}

void LibraryWorker::mentions(const QString &key)
{
    const bool open = m_index && m_index->isOpen();
    emit mentionsReady(key, open ? m_index->mentionsOf(key) : QList<SubjectMention>());
    const std::optional<Summary> summary = open ? m_index->cachedSummaryOf(key) : std::nullopt;
    emit subjectSummaryReady(key, summary.has_value(), summary.value_or(Summary()));
}

} // namespace Randnotiz
