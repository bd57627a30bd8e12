// LibraryService: the window's library, run on a thread of its own. It owns the LibraryIndex (and its SQLite
// connection) on that thread, watches the library's folders (QFileSystemWatcher, and a periodic rescan by
// time stamps for trees too big to watch), and answers with queued signals; the GUI thread never waits.
#pragma once

#include "library/libraryindex.h"

#include <QObject>
#include <QThread>

#include <memory>

class QFileSystemWatcher;
class QTimer;

namespace Randnotiz {

class LibraryWorker;

struct LibrarySnapshot
{
    QList<LibraryArticle> articles;
    QList<LibrarySubject> subjects;
    QList<Forecast> forecasts; // verdicts open; the window adds the store's
    QStringList roots;
    // Every distinct agency and every distinct spelling of a person or term of articles, in no order.
    QStringList agencies;
    QStringList subjectNames;
};

class LibraryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryService)

public:
    // Directories watched one by one up to this many; a larger tree is rescanned every rescanInterval.
    static constexpr int MaxWatchedDirectories = 4000;

    // summaryCacheDir: the folder of the summary cache (WikiConfig::cacheDirectory()), only read; empty: none.
    explicit LibraryService(const QString &dataDir, QObject *parent = nullptr, const QString &summaryCacheDir = {});
    ~LibraryService() override;

    // Milliseconds between watched-change bursts being indexed (changes are gathered this long).
    void setSettleDelay(int ms);
    void setRescanInterval(int ms);

public slots:
    void addRoot(const QString &path);
    void removeRoot(const QString &path);
    void refresh();
    void search(const QString &query, int limit);
    void requestSnapshot();
    void requestMentions(const QString &key);

signals:
    void opened(bool ok, const QString &error);
    void indexingProgress(int done, int total);
    // After every indexing run that changed something (and after the first): the new state of the library.
    void indexed(const QList<Randnotiz::IndexEntry> &changes);
    // A run could not write all it read (why: SQLite's reason, e.g. a full disk); the next change tries again.
    void indexFailed(const QString &why);
    void snapshotReady(const Randnotiz::LibrarySnapshot &snapshot);
    void searchFinished(const QString &query, const QList<Randnotiz::LibraryHit> &hits);
    void mentionsReady(const QString &key, const QList<Randnotiz::SubjectMention> &mentions);
    // After mentionsReady: the subject's summary as the cache has it; cached false when it has none.
    void subjectSummaryReady(const QString &key, bool cached, const Randnotiz::Summary &summary);

private:
    QThread m_thread;
    LibraryWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
};

// The part of the service that runs on its thread. Not for use on its own.
class LibraryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryWorker)

public:
    LibraryWorker(const QString &dataDir, const QString &summaryCacheDir);
    ~LibraryWorker() override;

public slots:
    void start();
    void addRoot(const QString &path);
    void removeRoot(const QString &path);
    void refresh();
    void search(const QString &query, int limit);
    void snapshot();
    void mentions(const QString &key);
    void setSettleDelay(int ms);
    void setRescanInterval(int ms);

signals:
    void opened(bool ok, const QString &error);
    void indexingProgress(int done, int total);
    void indexed(const QList<Randnotiz::IndexEntry> &changes);
    void indexFailed(const QString &why);
    void snapshotReady(const Randnotiz::LibrarySnapshot &snapshot);
    void searchFinished(const QString &query, const QList<Randnotiz::LibraryHit> &hits);
    void mentionsReady(const QString &key, const QList<Randnotiz::SubjectMention> &mentions);
    void subjectSummaryReady(const QString &key, bool cached, const Randnotiz::Summary &summary);

private:
    void watch();
    void changed();
    void sendFirstPage(); // a snapshot of the newest articles only, the view's first rows

    QString m_dataDir;
    QString m_summaryCacheDir;
    std::unique_ptr<LibraryIndex> m_index;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_settle = nullptr;
    QTimer *m_rescan = nullptr;
    bool m_first = true;
    bool m_shownUnchecked = false; // a snapshot went out before the first refresh
};

} // namespace Randnotiz

Q_DECLARE_METATYPE(Randnotiz::LibrarySnapshot)
