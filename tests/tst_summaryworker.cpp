// The summary worker against the fake REST server: every fault the issue names, the concurrency limit,
// deduplication, cancelling, and that nothing is ever requested outside the allowed hosts.
#include "support/wikitestrig.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Randnotiz;
using Randnotiz::Test::FakeWikiServer;
using Randnotiz::Test::WikiTestRig;

namespace {

using Page = FakeWikiServer::Page;
using Behaviour = FakeWikiServer::Behaviour;

Page page(Behaviour behaviour)
{
    Page p;
    p.behaviour = behaviour;
    return p;
}

bool isFinal(const SummaryResult &r)
{
    return r.state != SummaryState::Loading && r.state != SummaryState::NotLoaded;
}

} // namespace

class TestSummaryWorker final : public QObject
{
    Q_OBJECT

private slots:
    void fetch_deliversLoadingThenLoadedWithSummaryAndEtiquetteHeaders();
    void gzipAnswer_isInflated();
    void slashInTitle_isRequestedAsPercent2F();
    void prefetch_keepsAtMostThreeRequestsInFlight();
    void samePage_isRequestedOnceForSeveralEntriesAndArticles();
    void cancel_dropsPendingRequestsOfTheClosedTab();
    void cancel_keepsRequestsAnotherArticleStillWants();
    void redirect_relativePercentEncodedLocationIsFollowed();
    void redirect_toAnotherHostIsRefusedAndNeverRequested();
    void redirect_stopsAfterFive();
    void notFound_isReportedAsNoArticle();
    void disambiguation_isReportedWithItsLink();
    void rateLimited_waitsForRetryAfterAndTriesAgain();
    void rateLimited_givesUpAfterThreeTries();
    void serverError_retriesWithGrowingBackoff();
    void serverError_givesUpAfterThreeTries();
    void slowDrip_endsInATimeoutError();
    void resetConnection_isAnError();
    void brokenJson_isAnErrorWithAMessage();
    void oversizedBody_isRefused();
    void oversizedDeclaredBody_isRefused();
    void thumbnail_isFetchedFromTheBaseHostAfterTheText();
    void thumbnail_fromAForeignHostIsNeverFetched();
    void thumbnail_thatIsNotAnImageIsDropped();
    void handMadeLink_thatFailsValidationIsNeverRequested();
    void unreachableServer_isAnErrorNotAHang();
    void mixedRun_neverLeavesTheAllowedHost();
    void retry_afterAnErrorAsksAgain();
    void setConfig_offlineAppliesToLaterRequests();
    void defaults_matchTheDocumentedPolicy();
    void preferredLanguage_showsTheSamePageInThatLanguage();
    void preferredLanguage_withoutSuchPageFallsBackToTheLinksOwn();
    void preferredLanguage_sameAsTheLinkAsksNothingExtra();
};

void TestSummaryWorker::fetch_deliversLoadingThenLoadedWithSummaryAndEtiquetteHeaders()
{
    WikiTestRig rig;
    Page p;
    p.description = QStringLiteral("costa-ricanische Diplomatin");
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Christiana Figueres"), p);
    rig.config.contact = QStringLiteral("mailto:test@example.org");
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Christiana Figueres"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));

    const QList<SummaryResult> results = rig.resultsFor(link);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.first().state, SummaryState::Loading);
    const SummaryResult &r = results.last();
    QCOMPARE(r.state, SummaryState::Loaded);
    QCOMPARE(r.summary.title, QStringLiteral("Christiana Figueres"));
    QCOMPARE(r.summary.description, QStringLiteral("costa-ricanische Diplomatin"));
    QCOMPARE(r.summary.extract, QStringLiteral("Christiana Figueres ist eine Testseite."));
    QCOMPARE(r.summary.pageUrl, link.url);
    QVERIFY(!r.summary.fromCache);
    QVERIFY(r.summary.fetchedAt.isValid());
    QVERIFY(qAbs(r.summary.fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    const QList<FakeWikiServer::Request> requests = rig.server.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests[0].target, QByteArray("/de/api/rest_v1/page/summary/Christiana_Figueres"));
    QCOMPARE(requests[0].headers.value("user-agent"),
             QByteArray("Randnotiz/" RANDNOTIZ_VERSION " (mailto:test@example.org) Qt/") + qVersion());
    QCOMPARE(requests[0].headers.value("accept"), QByteArray("application/json"));
    QVERIFY(requests[0].headers.value("accept-encoding").contains("gzip"));
}

void TestSummaryWorker::gzipAnswer_isInflated()
{
    WikiTestRig rig;
    Page zipped;
    zipped.gzip = true;
    zipped.extract = QString(70000, QLatin1Char('x')); // more than one stored deflate block
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Gepackt"), zipped);
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Gepackt"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.finalFor(link).state, SummaryState::Loaded);
    QCOMPARE(rig.finalFor(link).summary.extract, zipped.extract);
    QVERIFY(rig.server.requests()[0].headers.value("accept-encoding").contains("gzip")); // so it was sent packed
}

void TestSummaryWorker::slashInTitle_isRequestedAsPercent2F()
{
    WikiTestRig rig;
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("AC/DC"));
    rig.start();
    const WikiLink link = *WikiLink::parse(QStringLiteral("https://de.wikipedia.org/wiki/AC/DC"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.finalFor(link).state, SummaryState::Loaded);
    QCOMPARE(rig.finalFor(link).summary.title, QStringLiteral("AC/DC"));
    QCOMPARE(rig.server.requests().value(0).target, QByteArray("/de/api/rest_v1/page/summary/AC%2FDC"));
}

void TestSummaryWorker::prefetch_keepsAtMostThreeRequestsInFlight()
{
    WikiTestRig rig;
    rig.server.setHoldResponses(true); // every request stays open until the test answers it
    QList<WikiLink> links;
    for (int i = 0; i < 10; ++i) {
        const QString title = QStringLiteral("Seite %1").arg(i);
        rig.server.addPage(QStringLiteral("de"), title);
        links.append(WikiTestRig::link(title));
    }
    rig.start();
    rig.service->requestSummaries(QStringLiteral("a"), links.mid(0, 5));
    rig.service->requestSummaries(QStringLiteral("b"), links.mid(5));
    // Three open, then three more once those are answered, and so on: 3, 3, 3, 1.
    for (qsizetype answered = 0; answered < links.size();) {
        const int open = int(qMin<qsizetype>(3, links.size() - answered));
        QTRY_COMPARE(rig.server.heldResponses(), open);
        QVERIFY(rig.syncWithWorker());
        QCOMPARE(rig.server.active(), open);
        answered += open;
        rig.server.releaseHeld();
    }
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")) && rig.hasFinished(QStringLiteral("b")));
    for (const WikiLink &link : std::as_const(links))
        QCOMPARE(rig.finalFor(link).state, SummaryState::Loaded);
    QCOMPARE(rig.server.requests().size(), 10);
    QCOMPARE(rig.server.maxConcurrent(), 3);
}

void TestSummaryWorker::samePage_isRequestedOnceForSeveralEntriesAndArticles()
{
    WikiTestRig rig;
    rig.server.setHoldResponses(true);
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Olaf Scholz"));
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Bonn"));
    rig.start();
    const WikiLink scholz = WikiTestRig::link(QStringLiteral("Olaf Scholz"));
    const WikiLink scholzMobile = *WikiLink::parse(QStringLiteral("https://de.m.wikipedia.org/wiki/Olaf_Scholz"));
    const WikiLink bonn = WikiTestRig::link(QStringLiteral("Bonn"));
    rig.service->requestSummaries(QStringLiteral("a"), { scholz, bonn, scholzMobile });
    rig.service->requestSummaries(QStringLiteral("b"), { bonn, scholz });
    // Both articles have asked while the first requests are still unanswered.
    QTRY_COMPARE(rig.server.heldResponses(), 2);
    QVERIFY(rig.syncWithWorker());
    rig.server.setHoldResponses(false);
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")) && rig.hasFinished(QStringLiteral("b")));
    QCOMPARE(rig.server.summaryRequests(QStringLiteral("de"), QStringLiteral("Olaf Scholz")), 1);
    QCOMPARE(rig.server.summaryRequests(QStringLiteral("de"), QStringLiteral("Bonn")), 1);
    QCOMPARE(rig.finalFor(scholz).state, SummaryState::Loaded);
    QCOMPARE(rig.finalFor(bonn).state, SummaryState::Loaded);
}

void TestSummaryWorker::cancel_dropsPendingRequestsOfTheClosedTab()
{
    WikiTestRig rig;
    rig.server.setHoldResponses(true); // the three requests stay in flight until the tab is closed
    QList<WikiLink> links;
    for (int i = 0; i < 9; ++i) {
        const QString title = QStringLiteral("Seite %1").arg(i);
        rig.server.addPage(QStringLiteral("de"), title);
        links.append(WikiTestRig::link(title));
    }
    rig.start();
    rig.service->requestSummaries(QStringLiteral("tab"), links);
    QTRY_COMPARE(rig.server.heldResponses(), 3);
    rig.service->cancel(QStringLiteral("tab"));
    // The aborted connections close; nothing else is asked for.
    QTRY_COMPARE(rig.server.active(), 0);
    QCOMPARE(rig.server.heldResponses(), 0);
    rig.server.setHoldResponses(false);
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Später"));
    const WikiLink later = WikiTestRig::link(QStringLiteral("Später"));
    rig.service->requestSummaries(QStringLiteral("next"), { later });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("next")));
    QCOMPARE(rig.server.requests().size(), 4);
    QVERIFY(!rig.hasFinished(QStringLiteral("tab")));
    for (const WikiLink &link : std::as_const(links))
        QVERIFY(!isFinal(rig.finalFor(link)));
}

void TestSummaryWorker::cancel_keepsRequestsAnotherArticleStillWants()
{
    WikiTestRig rig;
    rig.server.setHoldResponses(true);
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Geteilt"));
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Allein"));
    rig.start();
    const WikiLink shared = WikiTestRig::link(QStringLiteral("Geteilt"));
    const WikiLink alone = WikiTestRig::link(QStringLiteral("Allein"));
    rig.service->requestSummaries(QStringLiteral("a"), { shared, alone });
    rig.service->requestSummaries(QStringLiteral("b"), { shared });
    QTRY_COMPARE(rig.server.heldResponses(), 2);
    rig.service->cancel(QStringLiteral("a"));
    // Only the request nobody else wants is aborted; the shared one is still open when it is answered.
    QTRY_COMPARE(rig.server.active(), 1);
    QCOMPARE(rig.server.heldResponses(), 1);
    rig.server.setHoldResponses(false);
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("b")));
    QCOMPARE(rig.finalFor(shared).state, SummaryState::Loaded);
    QVERIFY(!isFinal(rig.finalFor(alone)));
    QCOMPARE(rig.server.requests().size(), 2);
}

void TestSummaryWorker::redirect_relativePercentEncodedLocationIsFollowed()
{
    WikiTestRig rig;
    Page redirect = page(Behaviour::Redirect);
    redirect.location = "%C3%9Cbereinkommen_von_Paris";
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Pariser Abkommen"), redirect);
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Übereinkommen von Paris"));
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Pariser Abkommen"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    const SummaryResult r = rig.finalFor(link);
    QCOMPARE(r.state, SummaryState::Loaded);
    QCOMPARE(r.articleUrl, link.url);
    QCOMPARE(r.summary.title, QStringLiteral("Übereinkommen von Paris"));
    QCOMPARE(rig.server.requests().size(), 2);
    QCOMPARE(rig.server.requests()[1].target, QByteArray("/de/api/rest_v1/page/summary/%C3%9Cbereinkommen_von_Paris"));
}

void TestSummaryWorker::redirect_toAnotherHostIsRefusedAndNeverRequested()
{
    WikiTestRig rig;
    FakeWikiServer foreign;
    QVERIFY(foreign.listen());
    foreign.addPage(QStringLiteral("de"), QStringLiteral("Falle"));
    Page redirect = page(Behaviour::Redirect);
    redirect.location = foreign.origin().toLatin1() + "/de/api/rest_v1/page/summary/Falle";
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Umleitung"), redirect);
    Page protocolRelative = page(Behaviour::Redirect);
    protocolRelative.location = "//evil.example/de/api/rest_v1/page/summary/Falle";
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Umleitung2"), protocolRelative);
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Umleitung"));
    const WikiLink link2 = WikiTestRig::link(QStringLiteral("Umleitung2"));
    rig.service->requestSummaries(QStringLiteral("a"), { link, link2 });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.finalFor(link).state, SummaryState::Error);
    QVERIFY2(rig.finalFor(link).error.contains(QLatin1String("another host")), qPrintable(rig.finalFor(link).error));
    QCOMPARE(rig.finalFor(link2).state, SummaryState::Error);
    QCOMPARE(foreign.requests().size(), 0);
    QCOMPARE(rig.sent.size(), 2);
}

void TestSummaryWorker::redirect_stopsAfterFive()
{
    WikiTestRig rig;
    Page loop = page(Behaviour::Redirect);
    loop.location = "Kreis";
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Kreis"), loop);
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Kreis"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.finalFor(link).state, SummaryState::Error);
    QVERIFY(rig.finalFor(link).error.contains(QLatin1String("redirects")));
    QCOMPARE(rig.server.requests().size(), 6); // the first and five redirects
}

void TestSummaryWorker::notFound_isReportedAsNoArticle()
{
    WikiTestRig rig;
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Gibt es nicht"), page(Behaviour::NotFound));
    rig.start();
    const WikiLink gone = WikiTestRig::link(QStringLiteral("Gibt es nicht"));
    const WikiLink unknown = WikiTestRig::link(QStringLiteral("Ganz unbekannt"));
    rig.service->requestSummaries(QStringLiteral("a"), { gone, unknown });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.finalFor(gone).state, SummaryState::NotFound);
    QCOMPARE(rig.finalFor(unknown).state, SummaryState::NotFound);
    QCOMPARE(rig.server.requests().size(), 2); // a 404 is an answer, not something to retry
}

void TestSummaryWorker::disambiguation_isReportedWithItsLink()
{
    WikiTestRig rig;
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Merkur"), page(Behaviour::Disambiguation));
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Merkur"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    const SummaryResult r = rig.finalFor(link);
    QCOMPARE(r.state, SummaryState::Disambiguation);
    QCOMPARE(r.summary.pageUrl, QUrl(QStringLiteral("https://de.wikipedia.org/wiki/Merkur")));
    QCOMPARE(r.summary.title, QStringLiteral("Merkur"));
}

void TestSummaryWorker::rateLimited_waitsForRetryAfterAndTriesAgain()
{
    WikiTestRig rig;
    Page limited = page(Behaviour::RateLimited);
    limited.failures = 2;
    limited.retryAfter = "1";
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Beliebt"), limited);
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Beliebt"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY_WITH_TIMEOUT(rig.hasFinished(QStringLiteral("a")), 15000);
    QCOMPARE(rig.finalFor(link).state, SummaryState::Loaded);
    const QList<FakeWikiServer::Request> requests = rig.server.requests();
    QCOMPARE(requests.size(), 3);
    QVERIFY2(requests[1].atMs - requests[0].atMs >= 950, "the first Retry-After was not honoured");
    QVERIFY2(requests[2].atMs - requests[1].atMs >= 950, "the second Retry-After was not honoured");
}

void TestSummaryWorker::rateLimited_givesUpAfterThreeTries()
{
    WikiTestRig rig;
    Page limited = page(Behaviour::RateLimited);
    limited.retryAfter = "0";
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Überlaufen"), limited);
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Überlaufen"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY_WITH_TIMEOUT(rig.hasFinished(QStringLiteral("a")), 15000);
    QCOMPARE(rig.finalFor(link).state, SummaryState::Error);
    QVERIFY(rig.finalFor(link).error.contains(QLatin1String("429")));
    QCOMPARE(rig.server.requests().size(), 3);
}

void TestSummaryWorker::serverError_retriesWithGrowingBackoff()
{
    WikiTestRig rig;
    rig.config.retryBaseDelayMs = 200;
    Page flaky = page(Behaviour::ServerError);
    flaky.failures = 2;
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Wackelig"), flaky);
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Wackelig"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY_WITH_TIMEOUT(rig.hasFinished(QStringLiteral("a")), 15000);
    QCOMPARE(rig.finalFor(link).state, SummaryState::Loaded);
    const QList<FakeWikiServer::Request> requests = rig.server.requests();
    QCOMPARE(requests.size(), 3);
    QVERIFY(requests[1].atMs - requests[0].atMs >= 190);
    QVERIFY(requests[2].atMs - requests[1].atMs >= 390); // twice the first wait
}

void TestSummaryWorker::serverError_givesUpAfterThreeTries()
{
    WikiTestRig rig;
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Kaputt"), page(Behaviour::ServerError));
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Kaputt"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY_WITH_TIMEOUT(rig.hasFinished(QStringLiteral("a")), 15000);
    QCOMPARE(rig.finalFor(link).state, SummaryState::Error);
    QVERIFY(rig.finalFor(link).error.contains(QLatin1String("500")));
    QCOMPARE(rig.server.requests().size(), 3);
}

void TestSummaryWorker::slowDrip_endsInATimeoutError()
{
    WikiTestRig rig;
    rig.config.timeoutMs = 1500;
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Tröpfeln"), page(Behaviour::SlowDrip));
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Tröpfeln"));
    QElapsedTimer clock;
    clock.start();
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY_WITH_TIMEOUT(rig.hasFinished(QStringLiteral("a")), 10000);
    QVERIFY(clock.elapsed() >= 1400);
    QCOMPARE(rig.finalFor(link).state, SummaryState::Error);
    QVERIFY2(rig.finalFor(link).error.contains(QLatin1String("did not answer")), qPrintable(rig.finalFor(link).error));
    QTRY_COMPARE(rig.server.active(), 0); // the connection was given up, not left dangling
}

void TestSummaryWorker::resetConnection_isAnError()
{
    WikiTestRig rig;
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Abbruch"), page(Behaviour::Reset));
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Abbruch"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY_WITH_TIMEOUT(rig.hasFinished(QStringLiteral("a")), 15000);
    QCOMPARE(rig.finalFor(link).state, SummaryState::Error);
    QVERIFY(!rig.finalFor(link).error.isEmpty());
    QVERIFY(rig.server.requests().size() >= 3); // tried again, like a 5xx
}

void TestSummaryWorker::brokenJson_isAnErrorWithAMessage()
{
    WikiTestRig rig;
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Kaputtes JSON"), page(Behaviour::BrokenJson));
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Kaputtes JSON"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.finalFor(link).state, SummaryState::Error);
    QVERIFY2(rig.finalFor(link).error.contains(QLatin1String("could not be read")),
             qPrintable(rig.finalFor(link).error));
    QCOMPARE(rig.server.requests().size(), 1);
}

void TestSummaryWorker::oversizedBody_isRefused()
{
    WikiTestRig rig;
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Riesig"), page(Behaviour::Oversized));
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Riesig"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.finalFor(link).state, SummaryState::Error);
    QVERIFY2(rig.finalFor(link).error.contains(QLatin1String("larger than")), qPrintable(rig.finalFor(link).error));
}

void TestSummaryWorker::oversizedDeclaredBody_isRefused()
{
    WikiTestRig rig;
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Angekündigt riesig"), page(Behaviour::OversizedDeclared));
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Angekündigt riesig"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.finalFor(link).state, SummaryState::Error);
    QVERIFY(rig.finalFor(link).error.contains(QLatin1String("larger than")));
}

void TestSummaryWorker::thumbnail_isFetchedFromTheBaseHostAfterTheText()
{
    WikiTestRig rig;
    Page withImage;
    withImage.thumbnail = QStringLiteral("local");
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Bild"), withImage);
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Bild"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    const QList<SummaryResult> results = rig.resultsFor(link);
    QCOMPARE(results.size(), 3); // Loading, the text, the text with its picture
    QCOMPARE(results[1].state, SummaryState::Loaded);
    QVERIFY(results[1].summary.thumbnail.isEmpty());
    QCOMPARE(results[2].state, SummaryState::Loaded);
    QCOMPARE(results[2].summary.thumbnail, FakeWikiServer::thumbnailBytes());
    QCOMPARE(rig.server.thumbnailRequests(), 1);
    QVERIFY(rig.server.requests().last().headers.value("accept").startsWith("image/"));
}

void TestSummaryWorker::thumbnail_fromAForeignHostIsNeverFetched()
{
    WikiTestRig rig;
    FakeWikiServer foreign;
    QVERIFY(foreign.listen());
    Page tracked;
    tracked.thumbnail = foreign.origin() + QStringLiteral("/thumb/pixel.png");
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Verfolgt"), tracked);
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Verfolgt"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.finalFor(link).state, SummaryState::Loaded);
    QVERIFY(rig.finalFor(link).summary.thumbnail.isEmpty());
    QCOMPARE(foreign.requests().size(), 0);
    QCOMPARE(rig.sent.size(), 1);
}

void TestSummaryWorker::thumbnail_thatIsNotAnImageIsDropped()
{
    WikiTestRig rig;
    Page p;
    p.thumbnail = rig.server.origin() + QStringLiteral("/de/api/rest_v1/page/summary/Bonn"); // JSON, not a picture
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Bonn"), p);
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Bonn"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.server.requests().size(), 2);
    QCOMPARE(rig.finalFor(link).state, SummaryState::Loaded);
    QVERIFY(rig.finalFor(link).summary.thumbnail.isEmpty());
}

void TestSummaryWorker::handMadeLink_thatFailsValidationIsNeverRequested()
{
    WikiTestRig rig;
    rig.start();
    const WikiLink forged { QStringLiteral("de"), QStringLiteral("Phishing"),
                            QUrl(QStringLiteral("https://de.wikipedia.org.example/wiki/Phishing")) };
    const WikiLink badTitle { QStringLiteral("de"), QStringLiteral("a<b>"),
                              QUrl(QStringLiteral("https://de.wikipedia.org/wiki/a<b>")) };
    rig.service->requestSummaries(QStringLiteral("a"), { forged, badTitle });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.finalFor(forged).state, SummaryState::Error);
    QCOMPARE(rig.finalFor(badTitle).state, SummaryState::Error);
    QCOMPARE(rig.server.requests().size(), 0);
    QCOMPARE(rig.sent.size(), 0);
}

void TestSummaryWorker::unreachableServer_isAnErrorNotAHang()
{
    WikiTestRig rig;
    rig.useUnreachableServer();
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Niemand"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.finalFor(link).state, SummaryState::Error);
    QVERIFY(rig.finalFor(link).error.contains(QLatin1String("could not be reached")));
}

void TestSummaryWorker::mixedRun_neverLeavesTheAllowedHost()
{
    WikiTestRig rig;
    FakeWikiServer foreign;
    QVERIFY(foreign.listen());
    Page toForeign = page(Behaviour::Redirect);
    toForeign.location = foreign.origin().toLatin1() + "/x";
    Page localImage;
    localImage.thumbnail = QStringLiteral("local");
    Page foreignImage;
    foreignImage.thumbnail = foreign.origin() + QStringLiteral("/thumb/x.png");
    Page upload;
    upload.thumbnail = QStringLiteral("https://upload.wikimedia.org.example/x.png");
    Page redirect = page(Behaviour::Redirect);
    redirect.location = "Ziel";
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("A"), toForeign);
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("B"), localImage);
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("C"), foreignImage);
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("D"), upload);
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("E"), redirect);
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Ziel"));
    rig.start();
    QList<WikiLink> links;
    for (const char *t : { "A", "B", "C", "D", "E" })
        links.append(WikiTestRig::link(QString::fromLatin1(t)));
    rig.service->requestSummaries(QStringLiteral("a"), links);
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(foreign.requests().size(), 0);
    QCOMPARE(rig.sent.size(), rig.server.requests().size());
    for (const QUrl &url : std::as_const(rig.sent)) {
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(url.port(), int(rig.server.port()));
    }
}

void TestSummaryWorker::retry_afterAnErrorAsksAgain()
{
    WikiTestRig rig;
    rig.config.retryBaseDelayMs = 10;
    Page flaky = page(Behaviour::ServerError);
    flaky.failures = 3; // one more than the worker tries on its own
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Später wieder"), flaky);
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Später wieder"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.finalFor(link).state, SummaryState::Error);
    // The Retry button asks again; errors are never cached, so this reaches the server.
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_COMPARE(rig.finalFor(link).state, SummaryState::Loaded);
    QCOMPARE(rig.server.requests().size(), 4);
}

void TestSummaryWorker::setConfig_offlineAppliesToLaterRequests()
{
    WikiTestRig rig;
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Bonn"));
    rig.start();
    WikiConfig offline = rig.config;
    offline.offline = true;
    rig.service->setConfig(offline);
    const WikiLink link = WikiTestRig::link(QStringLiteral("Bonn"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.finalFor(link).state, SummaryState::Offline);
    QCOMPARE(rig.server.requests().size(), 0);
    rig.service->setConfig(rig.config);
    rig.service->requestSummaries(QStringLiteral("b"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("b")));
    QCOMPARE(rig.finalFor(link).state, SummaryState::Loaded);
    QCOMPARE(rig.server.requests().size(), 1);
}

void TestSummaryWorker::defaults_matchTheDocumentedPolicy()
{
    const WikiConfig c;
    QCOMPARE(c.baseTemplate, QStringLiteral("https://{lang}.wikipedia.org/api/rest_v1"));
    QCOMPARE(c.timeoutMs, 10000);
    QCOMPARE(c.maxInFlight, 3);
    QCOMPARE(c.maxAttempts, 3);
    QCOMPARE(c.maxRedirects, 5);
    QCOMPARE(c.maxBodyBytes, 1024 * 1024);
    QCOMPARE(c.cacheBytes, 50 * 1024 * 1024);
    QCOMPARE(c.freshSeconds, 24 * 60 * 60);
    QVERIFY(!c.offline);
}

void TestSummaryWorker::preferredLanguage_showsTheSamePageInThatLanguage()
{
    WikiTestRig rig;
    Page de;
    de.languageLinks.insert(QStringLiteral("en"), QStringLiteral("Paris Agreement"));
    de.languageLinks.insert(QStringLiteral("fr"), QStringLiteral("Accord de Paris"));
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Übereinkommen von Paris"), de);
    Page en;
    en.description = QStringLiteral("2015 international treaty on climate change");
    rig.server.addPage(QStringLiteral("en"), QStringLiteral("Paris Agreement"), en);
    rig.config.preferredLanguage = QStringLiteral("en");
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Übereinkommen von Paris"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    const SummaryResult r = rig.finalFor(link);
    QCOMPARE(r.state, SummaryState::Loaded);
    QCOMPARE(r.articleUrl, link.url); // still the article's own link, so the entry finds it
    QCOMPARE(r.summary.lang, QStringLiteral("en"));
    QCOMPARE(r.summary.title, QStringLiteral("Paris Agreement"));
    QCOMPARE(r.summary.description, en.description);
    QCOMPARE(r.summary.pageUrl, QUrl(QStringLiteral("https://en.wikipedia.org/wiki/Paris_Agreement")));
    const QList<FakeWikiServer::Request> requests = rig.server.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].target, QByteArray("/de/w/rest.php/v1/page/%C3%9Cbereinkommen_von_Paris/links/language"));
    QCOMPARE(requests[1].target, QByteArray("/en/api/rest_v1/page/summary/Paris_Agreement"));

    // Reopened: from the cache, in English, without a request; the link's own language is kept apart.
    rig.start();
    rig.server.clearRecord();
    rig.service->requestSummaries(QStringLiteral("b"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("b")));
    QCOMPARE(rig.server.requests().size(), 0);
    QCOMPARE(rig.finalFor(link).summary.title, QStringLiteral("Paris Agreement"));
    rig.config.preferredLanguage.clear();
    rig.start();
    rig.service->requestSummaries(QStringLiteral("c"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("c")));
    QCOMPARE(rig.finalFor(link).summary.title, QStringLiteral("Übereinkommen von Paris"));
    QCOMPARE(rig.server.requests().size(), 1);
}

void TestSummaryWorker::preferredLanguage_withoutSuchPageFallsBackToTheLinksOwn()
{
    WikiTestRig rig;
    Page de;
    de.languageLinks.insert(QStringLiteral("fr"), QStringLiteral("Bonn"));
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Bad Godesberg"), de);
    rig.config.preferredLanguage = QStringLiteral("en");
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Bad Godesberg"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.finalFor(link).state, SummaryState::Loaded);
    QCOMPARE(rig.finalFor(link).summary.lang, QStringLiteral("de"));
    QCOMPARE(rig.finalFor(link).summary.title, QStringLiteral("Bad Godesberg"));
    QCOMPARE(rig.server.requests().size(), 2);
}

void TestSummaryWorker::preferredLanguage_sameAsTheLinkAsksNothingExtra()
{
    WikiTestRig rig;
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Bonn"));
    rig.config.preferredLanguage = QStringLiteral("de");
    rig.start();
    const WikiLink link = WikiTestRig::link(QStringLiteral("Bonn"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.finalFor(link).state, SummaryState::Loaded);
    QCOMPARE(rig.server.requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestSummaryWorker)
#include "tst_summaryworker.moc"
