// The persistent summary cache: round trips, the size bound, and what the worker does with it
// (fresh copies without a request, ETag revalidation, offline reading with the copy's age).
#include "support/wikitestrig.h"
#include "wiki/summarycache.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Randnotiz;
using Randnotiz::Test::FakeWikiServer;
using Randnotiz::Test::WikiTestRig;

class TestSummaryCache final : public QObject
{
    Q_OBJECT

private slots:
    void store_roundTripsEverythingIncludingThumbnailAndEtag();
    void store_replacesTheOldCopy();
    void bound_dropsOldestFirst();
    void cachedReopen_makesZeroRequests();
    void cachedReopen_keepsNotFoundAndThumbnail();
    void afterADay_revalidatesWithIfNoneMatchAnd304();
    void afterADay_changedPageIsFetchedAgain();
    void offlineMode_showsCachedCopyWithItsAgeAndNeverTouchesTheNetwork();
    void offlineMode_withoutCopySaysOffline();
    void unreachableServer_fallsBackToTheCachedCopy();
    void cacheLivesInTheDataFolder();
    void evictionThatFails_isReportedAndRemovesNothing();
};

namespace {

CachedSummary entry(const QString &title, const QDateTime &fetchedAt, const QByteArray &etag = "\"e1\"")
{
    CachedSummary e;
    e.state = SummaryState::Loaded;
    e.summary.lang = QStringLiteral("de");
    e.summary.title = title;
    e.summary.description = QStringLiteral("Beschreibung");
    e.summary.extract = QStringLiteral("Aus dem Cache: ") + title;
    e.summary.pageUrl = WikiTestRig::link(title).url;
    e.summary.fetchedAt = fetchedAt;
    e.etag = etag;
    return e;
}

QDateTime hoursAgo(int hours)
{
    // Whole milliseconds: the cache keeps milliseconds since the epoch.
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() - qint64(hours) * 3600 * 1000, Qt::UTC);
}

} // namespace

void TestSummaryCache::store_roundTripsEverythingIncludingThumbnailAndEtag()
{
    QTemporaryDir dir;
    const WikiLink link = WikiTestRig::link(QStringLiteral("Köln"));
    CachedSummary e = entry(QStringLiteral("Köln"), hoursAgo(2), "W/\"12/ab\"");
    e.summary.thumbnail = QByteArray("\x89PNG\0\1\2", 7);
    {
        SummaryCache cache(dir.path(), 1024 * 1024);
        QVERIFY2(cache.isOpen(), qPrintable(cache.errorString()));
        QVERIFY(cache.store(link.url, e));
    }
    SummaryCache cache(dir.path(), 1024 * 1024);
    const std::optional<CachedSummary> found = cache.find(link.url);
    QVERIFY(found);
    QCOMPARE(found->state, SummaryState::Loaded);
    QCOMPARE(found->summary.title, e.summary.title);
    QCOMPARE(found->summary.description, e.summary.description);
    QCOMPARE(found->summary.extract, e.summary.extract);
    QCOMPARE(found->summary.lang, e.summary.lang);
    QCOMPARE(found->summary.pageUrl, e.summary.pageUrl);
    QCOMPARE(found->summary.thumbnail, e.summary.thumbnail);
    QCOMPARE(found->summary.fetchedAt, e.summary.fetchedAt);
    QVERIFY(found->summary.fromCache);
    QCOMPARE(found->etag, e.etag);
    QVERIFY(!cache.find(WikiTestRig::link(QStringLiteral("Bonn")).url));
}

void TestSummaryCache::store_replacesTheOldCopy()
{
    QTemporaryDir dir;
    SummaryCache cache(dir.path(), 1024 * 1024);
    const WikiLink link = WikiTestRig::link(QStringLiteral("Bonn"));
    QVERIFY(cache.store(link.url, entry(QStringLiteral("Bonn"), hoursAgo(5))));
    CachedSummary newer = entry(QStringLiteral("Bonn"), hoursAgo(1), "\"e2\"");
    newer.summary.extract = QStringLiteral("neu");
    QVERIFY(cache.store(link.url, newer));
    QCOMPARE(cache.count(), 1);
    QCOMPARE(cache.find(link.url)->summary.extract, QStringLiteral("neu"));
    QCOMPARE(cache.find(link.url)->etag, QByteArray("\"e2\""));
}

void TestSummaryCache::bound_dropsOldestFirst()
{
    QTemporaryDir dir;
    SummaryCache cache(dir.path(), 50 * 1024);
    QList<WikiLink> links;
    for (int i = 0; i < 10; ++i) {
        const QString title = QStringLiteral("Seite %1").arg(i);
        links.append(WikiTestRig::link(title));
        CachedSummary e = entry(title, hoursAgo(100 - i)); // Seite 0 is the oldest
        e.summary.thumbnail = QByteArray(10 * 1024, 'x');
        QVERIFY(cache.store(links.last().url, e));
        QVERIFY(cache.totalBytes() <= 50 * 1024);
    }
    QVERIFY(cache.count() >= 3);
    QVERIFY(cache.count() < 10);
    QVERIFY(!cache.find(links.first().url));
    QVERIFY(cache.find(links.last().url));
    // Every entry that survived is younger than every one that went.
    bool seenKept = false;
    for (const WikiLink &link : std::as_const(links)) {
        const bool kept = cache.find(link.url).has_value();
        QVERIFY(!(seenKept && !kept));
        seenKept = seenKept || kept;
    }
    cache.setMaxBytes(15 * 1024);
    QCOMPARE(cache.count(), 1);
    QVERIFY(cache.find(links.last().url));
}

void TestSummaryCache::cachedReopen_makesZeroRequests()
{
    WikiTestRig rig;
    QList<WikiLink> links;
    for (const QString &t :
         { QStringLiteral("Bonn"), QStringLiteral("AC/DC"), QStringLiteral("Übereinkommen von Paris") }) {
        rig.server.addPage(QStringLiteral("de"), t);
        links.append(WikiTestRig::link(t));
    }
    rig.start();
    rig.service->requestSummaries(QStringLiteral("tab1"), links);
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("tab1")));
    QCOMPARE(rig.server.requests().size(), 3);

    // The window is closed and opened again: a new service on the same data folder.
    rig.start();
    rig.results.clear();
    rig.server.clearRecord();
    rig.service->requestSummaries(QStringLiteral("tab2"), links);
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("tab2")));
    QCOMPARE(rig.server.requests().size(), 0);
    QCOMPARE(rig.sent.size(), 3);
    QCOMPARE(rig.results.size(), 3); // no Loading either: the answer is there at once
    for (const WikiLink &link : std::as_const(links)) {
        const SummaryResult r = rig.finalFor(link);
        QCOMPARE(r.state, SummaryState::Loaded);
        QVERIFY(r.summary.fromCache);
        QCOMPARE(r.summary.title, link.title);
    }
}

void TestSummaryCache::cachedReopen_keepsNotFoundAndThumbnail()
{
    WikiTestRig rig;
    FakeWikiServer::Page withImage;
    withImage.thumbnail = QStringLiteral("local");
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Bild"), withImage);
    const WikiLink image = WikiTestRig::link(QStringLiteral("Bild"));
    const WikiLink missing = WikiTestRig::link(QStringLiteral("Fehlt"));
    rig.start();
    rig.service->requestSummaries(QStringLiteral("a"), { image, missing });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    rig.start();
    rig.results.clear();
    rig.server.clearRecord();
    rig.service->requestSummaries(QStringLiteral("b"), { image, missing });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("b")));
    QCOMPARE(rig.server.requests().size(), 0);
    QCOMPARE(rig.finalFor(image).summary.thumbnail, FakeWikiServer::thumbnailBytes());
    QCOMPARE(rig.finalFor(missing).state, SummaryState::NotFound);
}

void TestSummaryCache::afterADay_revalidatesWithIfNoneMatchAnd304()
{
    WikiTestRig rig;
    FakeWikiServer::Page p;
    p.etag = "\"e1\"";
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Bonn"), p);
    const WikiLink link = WikiTestRig::link(QStringLiteral("Bonn"));
    {
        SummaryCache cache(rig.dir.path(), 1024 * 1024);
        QVERIFY(cache.store(link.url, entry(QStringLiteral("Bonn"), hoursAgo(25), "\"e1\"")));
    }
    rig.start();
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.server.requests().size(), 1);
    QCOMPARE(rig.server.requests()[0].headers.value("if-none-match"), QByteArray("\"e1\""));
    const SummaryResult r = rig.finalFor(link);
    QCOMPARE(r.state, SummaryState::Loaded);
    QCOMPARE(r.summary.extract, QStringLiteral("Aus dem Cache: Bonn")); // the body came from the cache
    QVERIFY(qAbs(r.summary.fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // Confirmed just now, so the next opening needs no request at all.
    rig.start();
    rig.server.clearRecord();
    rig.service->requestSummaries(QStringLiteral("b"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("b")));
    QCOMPARE(rig.server.requests().size(), 0);
}

void TestSummaryCache::afterADay_changedPageIsFetchedAgain()
{
    WikiTestRig rig;
    FakeWikiServer::Page p;
    p.etag = "\"e2\"";
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Bonn"), p);
    const WikiLink link = WikiTestRig::link(QStringLiteral("Bonn"));
    {
        SummaryCache cache(rig.dir.path(), 1024 * 1024);
        QVERIFY(cache.store(link.url, entry(QStringLiteral("Bonn"), hoursAgo(30), "\"e1\"")));
    }
    rig.start();
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.server.requests()[0].headers.value("if-none-match"), QByteArray("\"e1\""));
    QCOMPARE(rig.finalFor(link).summary.extract, QStringLiteral("Bonn ist eine Testseite."));
    SummaryCache cache(rig.dir.path(), 1024 * 1024);
    QCOMPARE(cache.find(link.url)->etag, QByteArray("\"e2\""));
}

void TestSummaryCache::offlineMode_showsCachedCopyWithItsAgeAndNeverTouchesTheNetwork()
{
    WikiTestRig rig;
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Bonn"));
    const WikiLink link = WikiTestRig::link(QStringLiteral("Bonn"));
    {
        SummaryCache cache(rig.dir.path(), 1024 * 1024);
        QVERIFY(cache.store(link.url, entry(QStringLiteral("Bonn"), hoursAgo(3 * 24 + 1))));
    }
    rig.config.offline = true;
    rig.start();
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    const SummaryResult r = rig.finalFor(link);
    QCOMPARE(r.state, SummaryState::Offline);
    QCOMPARE(r.summary.title, QStringLiteral("Bonn"));
    QCOMPARE(r.summary.extract, QStringLiteral("Aus dem Cache: Bonn"));
    QVERIFY(r.summary.fromCache);
    QCOMPARE(r.error, QStringLiteral("offline — from 3 days ago"));
    QCOMPARE(rig.server.requests().size(), 0);
    QCOMPARE(rig.sent.size(), 0);
}

void TestSummaryCache::offlineMode_withoutCopySaysOffline()
{
    WikiTestRig rig;
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Bonn"));
    rig.config.offline = true;
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Bonn"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.finalFor(link).state, SummaryState::Offline);
    QVERIFY(rig.finalFor(link).summary.title.isEmpty());
    QVERIFY(!rig.finalFor(link).error.isEmpty());
    QCOMPARE(rig.server.requests().size(), 0);
}

void TestSummaryCache::unreachableServer_fallsBackToTheCachedCopy()
{
    WikiTestRig rig;
    rig.useUnreachableServer();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Bonn"));
    {
        SummaryCache cache(rig.dir.path(), 1024 * 1024);
        QVERIFY(cache.store(link.url, entry(QStringLiteral("Bonn"), hoursAgo(50))));
    }
    rig.start();
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    const SummaryResult r = rig.finalFor(link);
    QCOMPARE(r.state, SummaryState::Offline);
    QCOMPARE(r.summary.extract, QStringLiteral("Aus dem Cache: Bonn"));
    QCOMPARE(r.error, QStringLiteral("offline — from 2 days ago"));
}

void TestSummaryCache::cacheLivesInTheDataFolder()
{
    WikiTestRig rig;
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Bonn"));
    rig.start();
    rig.service->requestSummaries(QStringLiteral("a"), { WikiTestRig::link(QStringLiteral("Bonn")) });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QVERIFY(QFile::exists(QDir(rig.dir.path()).filePath(SummaryCache::fileName())));

    QStandardPaths::setTestModeEnabled(true);
    WikiConfig defaults;
    QCOMPARE(defaults.cacheDirectory(), QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
}

void TestSummaryCache::evictionThatFails_isReportedAndRemovesNothing()
{
    QTemporaryDir dir;
    SummaryCache cache(dir.path(), 1024 * 1024);
    QList<WikiLink> links;
    for (int i = 0; i < 4; ++i) {
        const QString title = QStringLiteral("Seite %1").arg(i);
        links.append(WikiTestRig::link(title));
        CachedSummary e = entry(title, hoursAgo(10 - i));
        e.summary.thumbnail = QByteArray(10 * 1024, 'x');
        QVERIFY(cache.store(links.last().url, e));
    }
    {
        // The second delete of an eviction fails, as on a full disk.
        const QString name = QStringLiteral("trigger");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(cache.filePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER second_fails BEFORE DELETE ON summary"
                                          " WHEN (SELECT count(*) FROM summary) <= 3"
                                          " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
        }
        QSqlDatabase::removeDatabase(name);
    }
    QVERIFY(!cache.setMaxBytes(15 * 1024));
    QVERIFY2(cache.errorString().contains(QStringLiteral("database or disk is full")), qPrintable(cache.errorString()));
    QCOMPARE(cache.count(), 4); // all of the doomed entries stayed, none half-way
    // A new entry is written, but the cache says that it could not shrink.
    links.append(WikiTestRig::link(QStringLiteral("Seite neu")));
    QVERIFY(!cache.store(links.last().url, entry(QStringLiteral("Seite neu"), hoursAgo(0))));
    QVERIFY(cache.find(links.last().url));
    QCOMPARE(cache.count(), 5);
}

QTEST_GUILESS_MAIN(TestSummaryCache)
#include "tst_summarycache.moc"
