// The network policy in one place: title encoding, URLs, allowlist, request headers, redirects, body reading.
#include "wiki/wikiclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Randnotiz;

class TestWikiClient final : public QObject
{
    Q_OBJECT

private slots:
    void encodeTitle_sendsSlashAsPercent2FAndSpacesAsUnderscores_data();
    void encodeTitle_sendsSlashAsPercent2FAndSpacesAsUnderscores();
    void summaryUrl_usesRestEndpointAndKeepsEncodedSlash();
    void summaryUrl_followsWikiBaseWithLangPlaceholder();
    void languageLinks_urlAndParsing();
    void apiAllowlist_acceptsWikipediaAndConfiguredBaseOnly_data();
    void apiAllowlist_acceptsWikipediaAndConfiguredBaseOnly();
    void thumbnailAllowlist_acceptsUploadWikimediaAndBaseHostOnly_data();
    void thumbnailAllowlist_acceptsUploadWikimediaAndBaseHostOnly();
    void buildRequest_setsEtiquetteHeadersTimeoutAndManualRedirects();
    void userAgent_dropsCharactersThatWouldBreakTheHeader();
    void redirectTarget_followsSameHostOnly_data();
    void redirectTarget_followsSameHostOnly();
    void retryAfter_readsSecondsAndHttpDates();
    void parseSummary_readsTheRestShape();
    void parseSummary_marksDisambiguation();
    void parseSummary_brokenJsonIsAnErrorWithAMessage();
    void parseSummary_foreignPageUrlIsReplacedByTheLink();
    void parseSummary_withoutPlainExtractReducesExtractHtml();
    void reduceExtractHtml_keepsOnlyHarmlessInlineTags();
};

void TestWikiClient::encodeTitle_sendsSlashAsPercent2FAndSpacesAsUnderscores_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("slash") << QStringLiteral("AC/DC") << QByteArray("AC%2FDC");
    QTest::newRow("spaces") << QStringLiteral("Sergei Schoigu") << QByteArray("Sergei_Schoigu");
    QTest::newRow("umlaut") << QStringLiteral("Übereinkommen von Paris") << QByteArray("%C3%9Cbereinkommen_von_Paris");
    QTest::newRow("eszett") << QStringLiteral("Straße") << QByteArray("Stra%C3%9Fe");
    QTest::newRow("parentheses stay") << QStringLiteral("Merkur (Planet)") << QByteArray("Merkur_(Planet)");
    QTest::newRow("question mark") << QStringLiteral("Wer?") << QByteArray("Wer%3F");
    QTest::newRow("percent") << QStringLiteral("100% Wolle") << QByteArray("100%25_Wolle");
    QTest::newRow("ampersand") << QStringLiteral("A&B") << QByteArray("A%26B");
    QTest::newRow("dot dot") << QStringLiteral("..") << QByteArray("..");
}

void TestWikiClient::encodeTitle_sendsSlashAsPercent2FAndSpacesAsUnderscores()
{
    QFETCH(QString, title);
    QFETCH(QByteArray, encoded);
    QCOMPARE(WikiClient::encodeTitle(title), encoded);
}

void TestWikiClient::summaryUrl_usesRestEndpointAndKeepsEncodedSlash()
{
    const WikiConfig config;
    const WikiLink acdc = *WikiLink::parse(QStringLiteral("https://de.wikipedia.org/wiki/AC/DC"));
    QCOMPARE(WikiClient::summaryUrl(config, acdc).toEncoded(),
             QByteArray("https://de.wikipedia.org/api/rest_v1/page/summary/AC%2FDC"));
    const WikiLink paris
        = *WikiLink::parse(QStringLiteral("https://de.wikipedia.org/wiki/%C3%9Cbereinkommen_von_Paris"));
    QCOMPARE(WikiClient::summaryUrl(config, paris).toEncoded(),
             QByteArray("https://de.wikipedia.org/api/rest_v1/page/summary/%C3%9Cbereinkommen_von_Paris"));
    const WikiLink stiell = *WikiLink::parse(QStringLiteral("https://en.m.wikipedia.org/wiki/Simon_Stiell"));
    QCOMPARE(WikiClient::summaryUrl(config, stiell).toEncoded(),
             QByteArray("https://en.wikipedia.org/api/rest_v1/page/summary/Simon_Stiell"));
}

void TestWikiClient::summaryUrl_followsWikiBaseWithLangPlaceholder()
{
    WikiConfig config;
    config.baseTemplate = QStringLiteral("http://127.0.0.1:8080/{lang}/api/rest_v1/");
    const WikiLink link = *WikiLink::fromTitle(QStringLiteral("de"), QStringLiteral("AC/DC"));
    QCOMPARE(WikiClient::summaryUrl(config, link).toEncoded(),
             QByteArray("http://127.0.0.1:8080/de/api/rest_v1/page/summary/AC%2FDC"));
}

void TestWikiClient::languageLinks_urlAndParsing()
{
    WikiConfig config;
    const WikiLink acdc = *WikiLink::fromTitle(QStringLiteral("de"), QStringLiteral("AC/DC"));
    QCOMPARE(WikiClient::languageLinksUrl(config, acdc).toEncoded(),
             QByteArray("https://de.wikipedia.org/w/rest.php/v1/page/AC%2FDC/links/language"));
    config.baseTemplate = QStringLiteral("http://127.0.0.1:8080/{lang}/api/rest_v1");
    QCOMPARE(WikiClient::languageLinksUrl(config, acdc).toEncoded(),
             QByteArray("http://127.0.0.1:8080/de/w/rest.php/v1/page/AC%2FDC/links/language"));

    const QByteArray body = R"([{"code":"en","name":"English","key":"AC/DC","title":"AC/DC"},
                               {"code":"fr","name":"français","key":"x","title":"<script>"}])";
    const std::optional<WikiLink> en = WikiClient::parseLanguageLink(body, QStringLiteral("en"));
    QVERIFY(en);
    QCOMPARE(en->url, QUrl(QStringLiteral("https://en.wikipedia.org/wiki/AC/DC")));
    QVERIFY(!WikiClient::parseLanguageLink(body, QStringLiteral("fr"))); // an unusable title is no link
    QVERIFY(!WikiClient::parseLanguageLink(body, QStringLiteral("it")));
    QVERIFY(!WikiClient::parseLanguageLink("not json", QStringLiteral("en")));
}

void TestWikiClient::apiAllowlist_acceptsWikipediaAndConfiguredBaseOnly_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<bool>("allowed");
    const QString wp = WikiConfig::defaultBaseTemplate();
    const QString local = QStringLiteral("http://127.0.0.1:8080/{lang}/api/rest_v1");
    QTest::newRow("de.wikipedia") << wp << QByteArray("https://de.wikipedia.org/api/rest_v1/page/summary/X") << true;
    QTest::newRow("other language") << wp << QByteArray("https://fr.wikipedia.org/api/rest_v1/page/summary/X") << true;
    QTest::newRow("plain http") << wp << QByteArray("http://de.wikipedia.org/api/rest_v1/page/summary/X") << false;
    QTest::newRow("lookalike") << wp << QByteArray("https://de.wikipedia.org.example/api/rest_v1/page/summary/X")
                               << false;
    QTest::newRow("suffix trick") << wp << QByteArray("https://evilwikipedia.org/x") << false;
    QTest::newRow("other port") << wp << QByteArray("https://de.wikipedia.org:8443/x") << false;
    QTest::newRow("user info") << wp << QByteArray("https://me@de.wikipedia.org/x") << false;
    QTest::newRow("file") << wp << QByteArray("file:///etc/passwd") << false;
    QTest::newRow("base host") << local << QByteArray("http://127.0.0.1:8080/de/api/rest_v1/page/summary/X") << true;
    QTest::newRow("base host, other port") << local << QByteArray("http://127.0.0.1:8081/de/x") << false;
    QTest::newRow("base host, https") << local << QByteArray("https://127.0.0.1:8080/de/x") << false;
    QTest::newRow("wikipedia with base") << local << QByteArray("https://de.wikipedia.org/x") << true;
}

void TestWikiClient::apiAllowlist_acceptsWikipediaAndConfiguredBaseOnly()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, url);
    QFETCH(bool, allowed);
    WikiConfig config;
    config.baseTemplate = base;
    QCOMPARE(WikiClient::isAllowedApiUrl(config, QUrl::fromEncoded(url), QStringLiteral("de")), allowed);
}

void TestWikiClient::thumbnailAllowlist_acceptsUploadWikimediaAndBaseHostOnly_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<bool>("allowed");
    const QString wp = WikiConfig::defaultBaseTemplate();
    const QString local = QStringLiteral("http://127.0.0.1:8080/{lang}/api/rest_v1");
    QTest::newRow("upload") << wp << QByteArray("https://upload.wikimedia.org/wikipedia/commons/a/a9/X.jpg") << true;
    QTest::newRow("upload over http") << wp << QByteArray("http://upload.wikimedia.org/x.jpg") << false;
    QTest::newRow("other wikimedia host") << wp << QByteArray("https://evil.wikimedia.org/x.jpg") << false;
    QTest::newRow("tracker") << wp << QByteArray("https://tracker.example/pixel.png") << false;
    QTest::newRow("base host") << local << QByteArray("http://127.0.0.1:8080/thumb/x.png") << true;
    QTest::newRow("base host, other port") << local << QByteArray("http://127.0.0.1:9999/thumb/x.png") << false;
    QTest::newRow("data url") << wp << QByteArray("data:image/png;base64,AAAA") << false;
}

void TestWikiClient::thumbnailAllowlist_acceptsUploadWikimediaAndBaseHostOnly()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, url);
    QFETCH(bool, allowed);
    WikiConfig config;
    config.baseTemplate = base;
    QCOMPARE(WikiClient::isAllowedThumbnailUrl(config, QUrl::fromEncoded(url), QStringLiteral("de")), allowed);
}

void TestWikiClient::buildRequest_setsEtiquetteHeadersTimeoutAndManualRedirects()
{
    WikiConfig config;
    config.contact = QStringLiteral("mailto:leser@example.org");
    const QUrl url = QUrl::fromEncoded("https://de.wikipedia.org/api/rest_v1/page/summary/AC%2FDC");
    const QNetworkRequest request
        = WikiClient::buildRequest(config, url, WikiClient::RequestKind::Summary, QByteArray("W/\"1/2\""));
    QCOMPARE(request.url(), url);
    QCOMPARE(request.header(QNetworkRequest::UserAgentHeader).toByteArray(),
             QByteArray("Randnotiz/" RANDNOTIZ_VERSION " (mailto:leser@example.org) Qt/") + qVersion());
    QCOMPARE(request.rawHeader("Accept"), QByteArray("application/json"));
    QCOMPARE(request.rawHeader("If-None-Match"), QByteArray("W/\"1/2\""));
    QCOMPARE(request.transferTimeout(), 10000);
    QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    // Qt adds "Accept-Encoding: gzip" and inflates only when we leave the header alone.
    QVERIFY(!request.hasRawHeader("Accept-Encoding"));

    const QNetworkRequest thumb
        = WikiClient::buildRequest(config, QUrl::fromEncoded("https://upload.wikimedia.org/x.png"),
                                   WikiClient::RequestKind::Thumbnail, QByteArray("W/\"1/2\""));
    QVERIFY(thumb.rawHeader("Accept").startsWith("image/"));
    QVERIFY(!thumb.hasRawHeader("If-None-Match"));
}

void TestWikiClient::userAgent_dropsCharactersThatWouldBreakTheHeader()
{
    WikiConfig config;
    config.contact = QStringLiteral("Jörg (jörg@example.org)\r\nX-Evil: 1");
    const QByteArray ua = WikiClient::userAgent(config);
    QVERIFY(!ua.contains('\r'));
    QVERIFY(!ua.contains('\n'));
    QCOMPARE(ua, QByteArray("Randnotiz/" RANDNOTIZ_VERSION " (Jrg jrg@example.org X-Evil: 1) Qt/") + qVersion());
    config.contact.clear();
    QVERIFY(WikiClient::userAgent(config).contains(WikiConfig::defaultContact().toLatin1()));
}

void TestWikiClient::redirectTarget_followsSameHostOnly_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QByteArray>("expected"); // empty: refused
    QTest::newRow("relative") << QByteArray("Kim_Jong-un")
                              << QByteArray("https://de.wikipedia.org/api/rest_v1/page/summary/Kim_Jong-un");
    QTest::newRow("relative, encoded")
        << QByteArray("%C3%9Cbereinkommen_von_Paris")
        << QByteArray("https://de.wikipedia.org/api/rest_v1/page/summary/%C3%9Cbereinkommen_von_Paris");
    QTest::newRow("relative, encoded slash")
        << QByteArray("AC%2FDC") << QByteArray("https://de.wikipedia.org/api/rest_v1/page/summary/AC%2FDC");
    QTest::newRow("absolute path") << QByteArray("/api/rest_v1/page/summary/B")
                                   << QByteArray("https://de.wikipedia.org/api/rest_v1/page/summary/B");
    QTest::newRow("same host absolute") << QByteArray("https://de.wikipedia.org/api/rest_v1/page/summary/C")
                                        << QByteArray("https://de.wikipedia.org/api/rest_v1/page/summary/C");
    QTest::newRow("foreign host") << QByteArray("https://evil.example/api/rest_v1/page/summary/X") << QByteArray();
    QTest::newRow("protocol relative") << QByteArray("//evil.example/x") << QByteArray();
    QTest::newRow("other wikipedia") << QByteArray("https://en.wikipedia.org/api/rest_v1/page/summary/X")
                                     << QByteArray();
    QTest::newRow("downgrade") << QByteArray("http://de.wikipedia.org/x") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestWikiClient::redirectTarget_followsSameHostOnly()
{
    QFETCH(QByteArray, location);
    QFETCH(QByteArray, expected);
    const QUrl from = QUrl::fromEncoded("https://de.wikipedia.org/api/rest_v1/page/summary/Kim_Jong_Un");
    const std::optional<QUrl> target = WikiClient::redirectTarget(from, location);
    if (expected.isEmpty()) {
        QVERIFY(!target);
    } else {
        QVERIFY(target);
        QCOMPARE(target->toEncoded(), expected);
    }
}

void TestWikiClient::retryAfter_readsSecondsAndHttpDates()
{
    const QDateTime now(QDate(2026, 11, 27), QTime(12, 0, 0), Qt::UTC);
    QCOMPARE(WikiClient::retryAfterMs("3", now), 3000);
    QCOMPARE(WikiClient::retryAfterMs(" 0 ", now), 0);
    QCOMPARE(WikiClient::retryAfterMs("Fri, 27 Nov 2026 12:00:05 GMT", now), 5000);
    QCOMPARE(WikiClient::retryAfterMs("Fri, 27 Nov 2026 11:00:00 GMT", now), 0);
    QCOMPARE(WikiClient::retryAfterMs("soon", now), -1);
    QCOMPARE(WikiClient::retryAfterMs("", now), -1);
    QCOMPARE(WikiClient::retryAfterMs("-4", now), -1);
}

namespace {

QByteArray summaryBody(const QJsonObject &extra = {})
{
    QJsonObject o {
        { QStringLiteral("type"), QStringLiteral("standard") },
        { QStringLiteral("title"), QStringLiteral("Christiana_Figueres") },
        { QStringLiteral("displaytitle"), QStringLiteral("<span>Christiana Figueres</span>") },
        { QStringLiteral("titles"),
          QJsonObject { { QStringLiteral("normalized"), QStringLiteral("Christiana Figueres") } } },
        { QStringLiteral("pageid"), 123 },
        { QStringLiteral("lang"), QStringLiteral("de") },
        { QStringLiteral("description"), QStringLiteral("costa-ricanische Diplomatin") },
        { QStringLiteral("extract"), QStringLiteral("Christiana Figueres ist eine   Diplomatin.") },
        { QStringLiteral("extract_html"), QStringLiteral("<p><b>Christiana Figueres</b> ist eine Diplomatin.</p>") },
        { QStringLiteral("content_urls"),
          QJsonObject { { QStringLiteral("desktop"),
                          QJsonObject { { QStringLiteral("page"),
                                          QStringLiteral("https://de.wikipedia.org/wiki/Christiana_Figueres") } } } } },
        { QStringLiteral("thumbnail"),
          QJsonObject { { QStringLiteral("source"), QStringLiteral("https://upload.wikimedia.org/x/320px-F.jpg") } } },
    };
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (it.value().isNull())
            o.remove(it.key());
        else
            o.insert(it.key(), it.value());
    }
    return QJsonDocument(o).toJson();
}

WikiLink figueres()
{
    return *WikiLink::parse(QStringLiteral("https://de.wikipedia.org/wiki/Christiana_Figueres"));
}

} // namespace

void TestWikiClient::parseSummary_readsTheRestShape()
{
    const WikiClient::ParsedSummary p = WikiClient::parseSummary(summaryBody(), figueres());
    QCOMPARE(p.state, SummaryState::Loaded);
    QCOMPARE(p.summary.title, QStringLiteral("Christiana Figueres"));
    QCOMPARE(p.summary.description, QStringLiteral("costa-ricanische Diplomatin"));
    QCOMPARE(p.summary.extract, QStringLiteral("Christiana Figueres ist eine Diplomatin."));
    QCOMPARE(p.summary.lang, QStringLiteral("de"));
    QCOMPARE(p.summary.pageUrl, figueres().url);
    QCOMPARE(p.thumbnailUrl.toEncoded(), QByteArray("https://upload.wikimedia.org/x/320px-F.jpg"));
    QVERIFY(p.error.isEmpty());
}

void TestWikiClient::parseSummary_marksDisambiguation()
{
    const WikiClient::ParsedSummary p = WikiClient::parseSummary(
        summaryBody({ { QStringLiteral("type"), QStringLiteral("disambiguation") } }), figueres());
    QCOMPARE(p.state, SummaryState::Disambiguation);
    QCOMPARE(p.summary.pageUrl, figueres().url);
}

void TestWikiClient::parseSummary_brokenJsonIsAnErrorWithAMessage()
{
    WikiClient::ParsedSummary p = WikiClient::parseSummary(QByteArray(R"({"type":"standard","title":)"), figueres());
    QCOMPARE(p.state, SummaryState::Error);
    QVERIFY2(p.error.contains(QLatin1String("could not be read")), qPrintable(p.error));
    p = WikiClient::parseSummary(QByteArray("[1,2,3]"), figueres());
    QCOMPARE(p.state, SummaryState::Error);
    QVERIFY(!p.error.isEmpty());
    p = WikiClient::parseSummary(QByteArray(R"({"type":"standard"})"), figueres());
    QCOMPARE(p.state, SummaryState::Error);
}

void TestWikiClient::parseSummary_foreignPageUrlIsReplacedByTheLink()
{
    const QJsonObject evil {
        { QStringLiteral("content_urls"),
          QJsonObject { { QStringLiteral("desktop"),
                          QJsonObject { { QStringLiteral("page"), QStringLiteral("javascript:alert(1)") } } } } }
    };
    QCOMPARE(WikiClient::parseSummary(summaryBody(evil), figueres()).summary.pageUrl, figueres().url);
    const QJsonObject phishing {
        { QStringLiteral("content_urls"),
          QJsonObject { { QStringLiteral("desktop"),
                          QJsonObject { { QStringLiteral("page"),
                                          QStringLiteral("https://de.wikipedia.org.example/wiki/X") } } } } }
    };
    QCOMPARE(WikiClient::parseSummary(summaryBody(phishing), figueres()).summary.pageUrl, figueres().url);
}

void TestWikiClient::parseSummary_withoutPlainExtractReducesExtractHtml()
{
    const QJsonObject noExtract {
        { QStringLiteral("extract"), QJsonValue::Null },
        { QStringLiteral("extract_html"),
          QStringLiteral(
              "<p><b>Figueres</b> &amp; <script>alert(1)</script><a href=\"x\">UN</a></p><p>Zweiter</p>") }
    };
    const WikiClient::ParsedSummary p = WikiClient::parseSummary(summaryBody(noExtract), figueres());
    QCOMPARE(p.summary.extract, QStringLiteral("Figueres & alert(1)UN\nZweiter"));
}

void TestWikiClient::reduceExtractHtml_keepsOnlyHarmlessInlineTags()
{
    QCOMPARE(WikiClient::reduceExtractHtml(
                 QStringLiteral("<p><b class=\"x\" onclick=\"evil()\">Bold</b> <i>it</i> <img src=x onerror=alert(1)>"
                                "<a href=\"javascript:x\">link</a> &lt;script&gt; H<sub>2</sub>O</p>")),
             QStringLiteral("<b>Bold</b> <i>it</i> link &lt;script&gt; H<sub>2</sub>O"));
    QCOMPARE(WikiClient::reduceExtractHtml(QStringLiteral("<b>open")), QStringLiteral("<b>open</b>"));
    QCOMPARE(WikiClient::reduceExtractHtml(QStringLiteral("a</i>b")), QStringLiteral("ab"));
    QCOMPARE(WikiClient::reduceExtractHtml(QStringLiteral("x <script")), QStringLiteral("x &lt;script"));
    QCOMPARE(WikiClient::htmlToPlainText(QStringLiteral("&#x41;&#66;&nbsp;&bogus; <br>neu")),
             QStringLiteral("AB &bogus;\nneu")); // a no-break space folds like any space
}

QTEST_GUILESS_MAIN(TestWikiClient)
#include "tst_wikiclient.moc"
