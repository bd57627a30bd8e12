// LibraryService on its thread: the first index, and a watched folder picking up a new, a changed and a
// deleted file without being asked; a large library already indexed shows its newest page first.
#include "library/libraryservice.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;

namespace {

void write(const QString &path, const QByteArray &headline)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(headline + "\n\nEin Absatz über den Hafen.\n\nOZD / ©AFP\n") > 0);
}

// Waits for the next `indexed` whose changes name file with status, and returns how long it took.
qint64 waitFor(QSignalSpy &spy, const QString &fileName, IndexEntry::Status status)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        if (spy.isEmpty() && !spy.wait(20000 - int(timer.elapsed())))
            break;
        while (!spy.isEmpty()) {
            const auto changes = spy.takeFirst().at(0).value<QList<IndexEntry>>();
            for (const IndexEntry &e : changes) {
                if (QFileInfo(e.file).fileName() == fileName && e.status == status)
                    return timer.elapsed();
            }
        }
    }
    return -1;
}

} // namespace

class TestLibraryService final : public QObject
{
    Q_OBJECT

private slots:
    void watchedFolder_picksUpNewChangedAndDeletedFiles();
    void search_answersOnItsThread();
    void start_largeKnownLibrary_sendsNewestPageFirstThenAllOnce();
    void firstIndex_largeFolder_showsAFirstPageWhileIndexing();
};

void TestLibraryService::watchedFolder_picksUpNewChangedAndDeletedFiles()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("feed"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
    write(folder + QStringLiteral("/a.txt"), "Erster Artikel");

    LibraryService service(dir.filePath(QStringLiteral("data")));
    service.setSettleDelay(100);
    QSignalSpy indexed(&service, &LibraryService::indexed);
    QSignalSpy snapshots(&service, &LibraryService::snapshotReady);
    service.addRoot(folder);
    QVERIFY(waitFor(indexed, QStringLiteral("a.txt"), IndexEntry::Status::Added) >= 0);
    // The first snapshot may be of the library before the folder came; the one after it has the article.
    QTRY_VERIFY(!snapshots.isEmpty() && !snapshots.last().at(0).value<LibrarySnapshot>().articles.isEmpty());
    const auto snapshot = snapshots.last().at(0).value<LibrarySnapshot>();
    QCOMPARE(snapshot.articles.size(), 1);
    QCOMPARE(snapshot.roots, QStringList { QDir::cleanPath(folder) });

    write(folder + QStringLiteral("/sub/b.txt"), "Zweiter Artikel");
    const qint64 added = waitFor(indexed, QStringLiteral("b.txt"), IndexEntry::Status::Added);
    QVERIFY(added >= 0);
    write(folder + QStringLiteral("/a.txt"), "Erster Artikel, geändert");
    const qint64 updated = waitFor(indexed, QStringLiteral("a.txt"), IndexEntry::Status::Updated);
    QVERIFY(updated >= 0);
    QVERIFY(QFile::remove(folder + QStringLiteral("/sub/b.txt")));
    const qint64 removed = waitFor(indexed, QStringLiteral("b.txt"), IndexEntry::Status::Removed);
    QVERIFY(removed >= 0);
    qInfo("watched changes seen after %lld, %lld and %lld ms", added, updated, removed);
}

void TestLibraryService::search_answersOnItsThread()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("feed"));
    QVERIFY(QDir().mkpath(folder));
    write(folder + QStringLiteral("/a.txt"), "Hafen in Not");
    LibraryService service(dir.filePath(QStringLiteral("data")));
    QSignalSpy indexed(&service, &LibraryService::indexed);
    service.addRoot(folder);
    QVERIFY(waitFor(indexed, QStringLiteral("a.txt"), IndexEntry::Status::Added) >= 0);
    QSignalSpy found(&service, &LibraryService::searchFinished);
    service.search(QStringLiteral("hafe"), 5);
    QVERIFY(found.wait(10000));
    QCOMPARE(found.first().at(0).toString(), QStringLiteral("hafe"));
    const auto hits = found.first().at(1).value<QList<LibraryHit>>();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().headline, QStringLiteral("Hafen in Not"));
}

void TestLibraryService::start_largeKnownLibrary_sendsNewestPageFirstThenAllOnce()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("feed"));
    QVERIFY(QDir().mkpath(folder));
    constexpr int Count = 1005; // more than the first page of 1,000
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
    for (int i = 0; i < Count; ++i) {
        const QString path = folder + QStringLiteral("/a%1.txt").arg(i, 4, 10, QLatin1Char('0'));
        write(path, "Artikel " + QByteArray::number(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(start.addSecs(i), QFileDevice::FileModificationTime));
    }
    const QString data = dir.filePath(QStringLiteral("data"));
    {
        LibraryIndex index;
        QVERIFY(index.open(data));
        QVERIFY(index.addRoot(folder));
        QCOMPARE(index.index({ folder }).size(), Count);
    }

    LibraryService service(data);
    QSignalSpy snapshots(&service, &LibraryService::snapshotReady);
    QSignalSpy indexed(&service, &LibraryService::indexed);
    QSignalSpy found(&service, &LibraryService::searchFinished);
    QVERIFY(indexed.wait(20000));
    QVERIFY(indexed.first().at(0).value<QList<IndexEntry>>().isEmpty()); // nothing changed meanwhile
    // Whatever the refresh sends comes before the answer to a question asked after it.
    service.search(QStringLiteral("Hafen"), 1);
    QVERIFY(found.wait(20000));

    QCOMPARE(snapshots.size(), 2);
    const auto first = snapshots.at(0).at(0).value<LibrarySnapshot>();
    QCOMPARE(first.articles.size(), 1000);
    QCOMPARE(first.roots, QStringList { QDir::cleanPath(folder) });
    for (const LibraryArticle &a : first.articles)
        QVERIFY2(a.modified >= start.addSecs(Count - 1000), qPrintable(a.file)); // the newest ones
    const auto all = snapshots.at(1).at(0).value<LibrarySnapshot>();
    QCOMPARE(all.articles.size(), Count);
    // Sent in the view's first order (newest first), so that the GUI thread need not sort 100,000 articles;
    // the names repeated by every article are one copy, and listed once.
    for (int row = 1; row < all.articles.size(); ++row)
        QVERIFY2(all.articles.at(row - 1).modified > all.articles.at(row).modified,
                 qPrintable(all.articles.at(row).file));
    QCOMPARE(all.agencies, QStringList { QStringLiteral("AFP") });
    QVERIFY(all.subjectNames.isEmpty());
    QVERIFY(all.articles.first().agencies.isSharedWith(all.articles.last().agencies));
}

void TestLibraryService::firstIndex_largeFolder_showsAFirstPageWhileIndexing()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("feed"));
    QVERIFY(QDir().mkpath(folder));
    constexpr int Count = 1205; // more than the first page of 1,000
    for (int i = 0; i < Count; ++i)
        write(folder + QStringLiteral("/a%1.txt").arg(i, 4, 10, QLatin1Char('0')), "Artikel " + QByteArray::number(i));

    LibraryService service(dir.filePath(QStringLiteral("data")));
    // What arrives, in order: snapshots by their number of articles, "indexed" by its number of changes.
    QStringList events;
    connect(&service, &LibraryService::snapshotReady, this, [&events](const LibrarySnapshot &s) {
        events.append(QStringLiteral("snapshot %1").arg(s.articles.size()));
    });
    connect(&service, &LibraryService::indexed, this, [&events](const QList<IndexEntry> &changes) {
        events.append(QStringLiteral("indexed %1").arg(changes.size()));
    });
    QTRY_VERIFY_WITH_TIMEOUT(events.contains(QStringLiteral("indexed 0")), 20000); // the empty library, started
    events.clear();
    service.addRoot(folder);
    QTRY_VERIFY_WITH_TIMEOUT(events.contains(QStringLiteral("snapshot %1").arg(Count)), 20000);
    QCOMPARE(events,
             (QStringList { QStringLiteral("snapshot 1000"), QStringLiteral("indexed %1").arg(Count),
                            QStringLiteral("snapshot %1").arg(Count) }));
}

QTEST_GUILESS_MAIN(TestLibraryService)
#include "tst_libraryservice.moc"
