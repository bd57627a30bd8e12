// ZimLibrary and the summary worker with offline copies: ZIM files written here with libzim's writer, pages
// found by path and title, redirects followed within limits, broken files named, the network kept out.
#include "support/wikitestrig.h"
#include "support/zimtestdata.h"
#include "wiki/zimlibrary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;
using Randnotiz::Test::wikiPage;
using Randnotiz::Test::WikiTestRig;
using Randnotiz::Test::ZimSpec;

class TestZimLibrary final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void open_readsLanguageArticleCountAndDate();
    void wikiLanguage_fromKiwixNameOrIso639_3();
    void lookup_byPath_readsLeadTitlePictureAndDate();
    void lookup_byTitleWhenThePathDiffers();
    void lookup_followsRedirectsUpToFive();
    void lookup_refusesRedirectLoopsAndLongChains();
    void lookup_disambiguationPage();
    void lookup_pageWithOnlyATableHasNoExtract();
    void lookup_pictureTooLargeIsLeftOut();
    void lookup_missingPageAndOtherLanguage();
    void twoLanguages_eachLinkAsksItsOwnCopy();
    void brokenFiles_areNamedAndTheGoodCopyStillAnswers();
    void damagedAnywhere_neverCrashesAndEveryAnswerIsOneOfTheFour();
    void titleDistance_onlyCloseTitles_data();
    void titleDistance_onlyCloseTitles();
    void suggestTitle_offersTheCloseMatchOnly();

    void worker_servesTheCopyWithoutARequest();
    void worker_freshCacheComesFirstAndMissingPagesGoToTheNetwork();
    void worker_withoutPreferOffline_asksTheNetworkUnlessOffline();
    void service_suggestsTitlesFromTheCopyOnItsThread();

private:
    QTemporaryDir m_dir;
    QString m_de;
    QString m_en;
    QString m_truncated;
    QString m_notZim;
};

namespace {

const QString schoiguBody = QStringLiteral(
    "<div class=\"hatnote\" role=\"note\">Zum gleichnamigen Ort siehe Schoigu (Begriffsklärung).</div>"
    "<table class=\"infobox\"><tr><td><img src=\"./I/Sergei_Shoigu.png\" width=\"220\" height=\"280\">"
    "</td></tr></table>"
    "<p>Sergei Kuschugetowitsch Schoigu ist ein russischer Politiker.<sup class=\"reference\">[1]</sup> Von "
    "2012 bis 2024 war er Verteidigungsminister der Russischen Föderation.</p>"
    "<h2>Leben</h2><p>Schoigu wurde in Tschadan geboren und studierte in Krasnojarsk Bauingenieurwesen.</p>");
const QString schoiguExtract = QStringLiteral(
    "Sergei Kuschugetowitsch Schoigu ist ein russischer Politiker. Von 2012 bis 2024 war er Verteidigungsminister "
    "der Russischen Föderation.");

ZimSpec germanSpec()
{
    ZimSpec spec;
    spec.language = QStringLiteral("deu");
    spec.date = QStringLiteral("2024-05-01");
    spec.pages << ZimSpec::Page { QStringLiteral("Sergei_Schoigu"), QStringLiteral("Sergei Schoigu"),
                                  wikiPage(QStringLiteral("Sergei Schoigu"), schoiguBody) };
    spec.pages << ZimSpec::Page { QStringLiteral("I/Sergei_Shoigu.png"), QString(), Test::tinyPng(),
                                  QStringLiteral("image/png") };
    // Found only by its title: the path is not what the link makes of it.
    spec.pages << ZimSpec::Page {
        QStringLiteral("Q/4427"), QStringLiteral("Sicherheitsrat der Russischen Föderation"),
        wikiPage(QStringLiteral("Sicherheitsrat der Russischen Föderation"),
                 QStringLiteral("<p>Der Sicherheitsrat der Russischen Föderation ist ein beratendes Organ des "
                                "Präsidenten.</p>"))
    };
    spec.pages << ZimSpec::Page {
        QStringLiteral("Schoigu_(Begriffsklärung)"), QStringLiteral("Schoigu (Begriffsklärung)"),
        wikiPage(QStringLiteral("Schoigu"),
                 QStringLiteral("<p>Schoigu ist der Familienname folgender Personen, die hier stehen:</p>"
                                "<ul><li>Sergei Schoigu</li></ul><div id=\"Vorlage_Begriffsklärung\">"
                                "Dies ist eine Begriffsklärungsseite.</div>"))
    };
    spec.pages << ZimSpec::Page { QStringLiteral("Nur_Tabelle"), QStringLiteral("Nur Tabelle"),
                                  wikiPage(QStringLiteral("Nur Tabelle"),
                                           QStringLiteral("<table class=\"wikitable\"><tr><td>Jahr</td><td>Wert "
                                                          "und viele weitere Zellen mit Text</td></tr></table>")) };
    spec.pages << ZimSpec::Page { QStringLiteral("Riesenbild"), QStringLiteral("Riesenbild"),
                                  wikiPage(QStringLiteral("Riesenbild"),
                                           QStringLiteral("<p><img src=\"I/Huge.png\" width=\"400\"></p><p>Ein "
                                                          "Artikel mit einem Bild, das zu groß für eine Vorschau "
                                                          "ist.</p>")) };
    spec.pages << ZimSpec::Page { QStringLiteral("I/Huge.png"), QString(),
                                  Test::tinyPng() + QByteArray(ZimLibrary::MaxThumbnailBytes, 'x'),
                                  QStringLiteral("image/png") };
    spec.redirects << ZimSpec::Redirect { QStringLiteral("Schoigu"), QStringLiteral("Schoigu"),
                                          QStringLiteral("Sergei_Schoigu") };
    // A chain of five redirects ends at the page; one of six is too long.
    for (int i = 1; i <= 6; ++i) {
        const QString next = i == 1 ? QStringLiteral("Sergei_Schoigu") : QStringLiteral("Kette_%1").arg(i - 1);
        spec.redirects << ZimSpec::Redirect { QStringLiteral("Kette_%1").arg(i), QStringLiteral("Kette %1").arg(i),
                                              next };
    }
    spec.redirects << ZimSpec::Redirect { QStringLiteral("Schleife_A"), QStringLiteral("Schleife A"),
                                          QStringLiteral("Schleife_B") };
    spec.redirects << ZimSpec::Redirect { QStringLiteral("Schleife_B"), QStringLiteral("Schleife B"),
                                          QStringLiteral("Schleife_A") };
    return spec;
}

ZimSpec englishSpec()
{
    ZimSpec spec;
    spec.language = QStringLiteral("eng");
    spec.date = QStringLiteral("2023-11-15");
    spec.pages << ZimSpec::Page {
        QStringLiteral("Sergei_Shoigu"), QStringLiteral("Sergei Shoigu"),
        wikiPage(QStringLiteral("Sergei Shoigu"),
                 QStringLiteral("<p>Sergei Kuzhugetovich Shoigu is a Russian politician and military officer.</p>"))
    };
    return spec;
}

WikiLink deLink(const QString &title)
{
    return *WikiLink::fromTitle(QStringLiteral("de"), title);
}

} // namespace

void TestZimLibrary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_de = m_dir.filePath(QStringLiteral("wikipedia_de.zim"));
    m_en = m_dir.filePath(QStringLiteral("wikipedia_en.zim"));
    QString error;
    QVERIFY2(Test::writeZim(m_de, germanSpec(), &error), qPrintable(error));
    QVERIFY2(Test::writeZim(m_en, englishSpec(), &error), qPrintable(error));

    QFile whole(m_de);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    m_truncated = m_dir.filePath(QStringLiteral("truncated.zim"));
    QFile cut(m_truncated);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    QVERIFY(cut.write(bytes.left(bytes.size() / 2)) > 0);
    cut.close();
    m_notZim = m_dir.filePath(QStringLiteral("notes.zim"));
    QFile text(m_notZim);
    QVERIFY(text.open(QIODevice::WriteOnly));
    QVERIFY(text.write("Dies ist keine ZIM-Datei, nur Text mit der falschen Endung.\n") > 0);
}

void TestZimLibrary::open_readsLanguageArticleCountAndDate()
{
    const ZimInfo info = ZimLibrary::inspect(m_de);
    QVERIFY2(info.ok, qPrintable(info.error));
    QCOMPARE(info.lang, QStringLiteral("de"));
    QCOMPARE(info.articleCount, 5); // the five HTML pages; pictures and redirects are no articles
    QCOMPARE(info.date, QDate(2024, 5, 1));
    QCOMPARE(info.title, QStringLiteral("Wikipedia"));
    const ZimInfo en = ZimLibrary::inspect(m_en);
    QCOMPARE(en.lang, QStringLiteral("en"));
    QCOMPARE(en.articleCount, 1);
    QCOMPARE(en.date, QDate(2023, 11, 15));
}

void TestZimLibrary::wikiLanguage_fromKiwixNameOrIso639_3()
{
    QCOMPARE(ZimLibrary::wikiLanguage(QStringLiteral("wikipedia_de_all_mini_2024-05"), QStringLiteral("deu")),
             QStringLiteral("de"));
    QCOMPARE(ZimLibrary::wikiLanguage(QStringLiteral("wikipedia_simple_all_nopic"), QStringLiteral("eng")),
             QStringLiteral("simple"));
    QCOMPARE(ZimLibrary::wikiLanguage(QString(), QStringLiteral("eng,fra")), QStringLiteral("en"));
    QCOMPARE(ZimLibrary::wikiLanguage(QString(), QStringLiteral("fra")), QStringLiteral("fr"));
    QCOMPARE(ZimLibrary::wikiLanguage(QString(), QStringLiteral("xqz")), QString());
    QCOMPARE(ZimLibrary::wikiLanguage(QString(), QString()), QString());
}

void TestZimLibrary::lookup_byPath_readsLeadTitlePictureAndDate()
{
    const ZimLibrary library({ m_de });
    const ZimLookup found = library.lookup(deLink(QStringLiteral("Sergei Schoigu")));
    QCOMPARE(found.outcome, ZimLookup::Outcome::Found);
    QCOMPARE(found.state, SummaryState::Loaded);
    QCOMPARE(found.summary.title, QStringLiteral("Sergei Schoigu"));
    QCOMPARE(found.summary.extract, schoiguExtract);
    QCOMPARE(found.summary.thumbnail, Test::tinyPng());
    QCOMPARE(found.summary.fetchedAt, QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(found.summary.pageUrl, QUrl(QStringLiteral("https://de.wikipedia.org/wiki/Sergei_Schoigu")));
    QVERIFY(found.summary.local);
    QVERIFY(!found.summary.fromCache);
}

void TestZimLibrary::lookup_byTitleWhenThePathDiffers()
{
    const ZimLibrary library({ m_de });
    const ZimLookup found = library.lookup(deLink(QStringLiteral("Sicherheitsrat der Russischen Föderation")));
    QCOMPARE(found.outcome, ZimLookup::Outcome::Found);
    QCOMPARE(found.entryPath, QStringLiteral("Q/4427"));
    QVERIFY(found.summary.extract.startsWith(QStringLiteral("Der Sicherheitsrat")));
}

void TestZimLibrary::lookup_followsRedirectsUpToFive()
{
    const ZimLibrary library({ m_de });
    const ZimLookup one = library.lookup(deLink(QStringLiteral("Schoigu")));
    QCOMPARE(one.outcome, ZimLookup::Outcome::Found);
    QCOMPARE(one.entryPath, QStringLiteral("Sergei_Schoigu"));
    QCOMPARE(one.summary.extract, schoiguExtract);
    // The online link goes to the page the redirect led to.
    QCOMPARE(one.summary.pageUrl, QUrl(QStringLiteral("https://de.wikipedia.org/wiki/Sergei_Schoigu")));
    const ZimLookup five = library.lookup(deLink(QStringLiteral("Kette 5")));
    QCOMPARE(five.outcome, ZimLookup::Outcome::Found);
    QCOMPARE(five.entryPath, QStringLiteral("Sergei_Schoigu"));
}

void TestZimLibrary::lookup_refusesRedirectLoopsAndLongChains()
{
    const ZimLibrary library({ m_de });
    const ZimLookup six = library.lookup(deLink(QStringLiteral("Kette 6")));
    QCOMPARE(six.outcome, ZimLookup::Outcome::Refused);
    QVERIFY(six.error.contains(QLatin1String("5")));
    const ZimLookup loop = library.lookup(deLink(QStringLiteral("Schleife A")));
    QCOMPARE(loop.outcome, ZimLookup::Outcome::Refused);
    QVERIFY2(loop.error.contains(QLatin1String("loop")), qPrintable(loop.error));
}

void TestZimLibrary::lookup_disambiguationPage()
{
    const ZimLibrary library({ m_de });
    const ZimLookup found = library.lookup(deLink(QStringLiteral("Schoigu (Begriffsklärung)")));
    QCOMPARE(found.outcome, ZimLookup::Outcome::Found);
    QCOMPARE(found.state, SummaryState::Disambiguation);
    QCOMPARE(found.summary.title, QStringLiteral("Schoigu"));
}

void TestZimLibrary::lookup_pageWithOnlyATableHasNoExtract()
{
    const ZimLibrary library({ m_de });
    const ZimLookup found = library.lookup(deLink(QStringLiteral("Nur Tabelle")));
    QCOMPARE(found.outcome, ZimLookup::Outcome::Found);
    QCOMPARE(found.summary.extract, QString());
    QCOMPARE(found.summary.title, QStringLiteral("Nur Tabelle"));
}

void TestZimLibrary::lookup_pictureTooLargeIsLeftOut()
{
    const ZimLibrary library({ m_de });
    const ZimLookup found = library.lookup(deLink(QStringLiteral("Riesenbild")));
    QCOMPARE(found.outcome, ZimLookup::Outcome::Found);
    QVERIFY(found.summary.thumbnail.isEmpty());
    QVERIFY(found.summary.extract.startsWith(QStringLiteral("Ein Artikel")));
}

void TestZimLibrary::lookup_missingPageAndOtherLanguage()
{
    const ZimLibrary library({ m_de });
    QCOMPARE(library.lookup(deLink(QStringLiteral("Kim Jong-un"))).outcome, ZimLookup::Outcome::Missing);
    // A picture is no page.
    QCOMPARE(library.lookup(deLink(QStringLiteral("I/Sergei Shoigu.png"))).outcome, ZimLookup::Outcome::Missing);
    const WikiLink en = *WikiLink::fromTitle(QStringLiteral("en"), QStringLiteral("Sergei Schoigu"));
    QCOMPARE(library.lookup(en).outcome, ZimLookup::Outcome::NoCopy);
    QVERIFY(library.hasLanguage(QStringLiteral("de")));
    QVERIFY(!library.hasLanguage(QStringLiteral("en")));
}

void TestZimLibrary::twoLanguages_eachLinkAsksItsOwnCopy()
{
    const ZimLibrary library({ m_de, m_en });
    const WikiLink en = *WikiLink::fromTitle(QStringLiteral("en"), QStringLiteral("Sergei Shoigu"));
    const ZimLookup english = library.lookup(en);
    QCOMPARE(english.outcome, ZimLookup::Outcome::Found);
    QVERIFY(english.summary.extract.startsWith(QStringLiteral("Sergei Kuzhugetovich Shoigu")));
    QCOMPARE(english.summary.fetchedAt.date(), QDate(2023, 11, 15));
    QCOMPARE(library.lookup(deLink(QStringLiteral("Sergei Schoigu"))).summary.fetchedAt.date(), QDate(2024, 5, 1));
    // The German copy is not asked for an English title, nor the other way round.
    QCOMPARE(library.lookup(deLink(QStringLiteral("Sergei Shoigu"))).outcome, ZimLookup::Outcome::Missing);
}

void TestZimLibrary::brokenFiles_areNamedAndTheGoodCopyStillAnswers()
{
    const QString missing = m_dir.filePath(QStringLiteral("gone.zim"));
    const ZimLibrary library({ m_truncated, m_notZim, missing, m_de });
    const QList<ZimInfo> infos = library.infos();
    QCOMPARE(infos.size(), 4);
    const QStringList names { QStringLiteral("truncated.zim"), QStringLiteral("notes.zim"),
                              QStringLiteral("gone.zim") };
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!infos[i].ok);
        QVERIFY2(infos[i].error.startsWith(names[i] + QLatin1Char(':')), qPrintable(infos[i].error));
        QVERIFY(!infos[i].error.contains(QLatin1Char('\n')));
    }
    QVERIFY(infos[0].error.contains(QLatin1String("not a usable ZIM file")));
    QVERIFY(infos[2].error.contains(QLatin1String("does not exist")));
    QVERIFY(infos[3].ok);
    QCOMPARE(library.lookup(deLink(QStringLiteral("Sergei Schoigu"))).summary.extract, schoiguExtract);
    QVERIFY(!ZimLibrary::inspect(m_truncated).ok);
    QVERIFY(!ZimLibrary::inspect(m_notZim).ok);
}

void TestZimLibrary::damagedAnywhere_neverCrashesAndEveryAnswerIsOneOfTheFour()
{
    // The German copy without its big picture, so that every part of the file is small and gets hit.
    ZimSpec spec = germanSpec();
    spec.pages.removeIf([](const ZimSpec::Page &p) { return p.path == QLatin1String("I/Huge.png"); });
    const QString original = m_dir.filePath(QStringLiteral("small.zim"));
    QVERIFY(Test::writeZim(original, spec));
    QFile whole(original);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    const QStringList titles { QStringLiteral("Sergei Schoigu"),
                               QStringLiteral("Schoigu"),
                               QStringLiteral("Sicherheitsrat der Russischen Föderation"),
                               QStringLiteral("Kette 5"),
                               QStringLiteral("Schleife A"),
                               QStringLiteral("Riesenbild") };
    int opened = 0;
    int refused = 0;
    // 32 bytes of garbage at every place in turn: header, directory, clusters, the pointer lists, checksum.
    const QString path = m_dir.filePath(QStringLiteral("damaged.zim"));
    for (qsizetype at = 0; at < bytes.size(); at += 32) {
        QByteArray damaged = bytes;
        for (qsizetype i = at; i < qMin(at + 32, damaged.size()); ++i)
            damaged[i] = char(0xa5 ^ i);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(out.write(damaged), damaged.size());
        out.close();
        const ZimLibrary library({ path });
        if (!library.infos().constFirst().ok) {
            QVERIFY(!library.infos().constFirst().error.isEmpty());
            continue;
        }
        ++opened;
        for (const QString &title : titles) {
            const ZimLookup r = library.lookup(deLink(title));
            QVERIFY(r.outcome == ZimLookup::Outcome::Found || r.outcome == ZimLookup::Outcome::Missing
                    || r.outcome == ZimLookup::Outcome::Refused);
            if (r.outcome == ZimLookup::Outcome::Refused) {
                QVERIFY(!r.error.isEmpty());
                refused += title != QLatin1String("Schleife A");
            }
        }
    }
    qInfo("%d of %lld damaged copies opened, %d pages refused", opened, bytes.size() / 32 + 1, refused);
    QVERIFY(opened > 0); // some damage is only found when a page is read
}

void TestZimLibrary::titleDistance_onlyCloseTitles_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("distance");
    QTest::newRow("hyphen and case") << QStringLiteral("Kim Jong Un") << QStringLiteral("Kim Jong-un") << 0;
    QTest::newRow("transliteration") << QStringLiteral("Sergej Schoigu") << QStringLiteral("Sergei Schoigu") << 1;
    QTest::newRow("article") << QStringLiteral("die Vereinten Nationen") << QStringLiteral("Vereinte Nationen") << 1;
    QTest::newRow("another person") << QStringLiteral("Sergej Schoigu") << QStringLiteral("Sergei Lawrow") << -1;
    QTest::newRow("another name for it") << QStringLiteral("der Nationale Sicherheitsrat Russlands")
                                         << QStringLiteral("Sicherheitsrat der Russischen Föderation") << -1;
    QTest::newRow("too short") << QStringLiteral("EU") << QStringLiteral("EU") << -1;
}

void TestZimLibrary::titleDistance_onlyCloseTitles()
{
    QFETCH(QString, subject);
    QFETCH(QString, title);
    QFETCH(int, distance);
    QCOMPARE(ZimLibrary::titleDistance(subject, title), distance);
}

void TestZimLibrary::suggestTitle_offersTheCloseMatchOnly()
{
    ZimSpec spec = Test::seedZimSpec();
    spec.titleIndex = true;
    const QString path = m_dir.filePath(QStringLiteral("indexed.zim"));
    QString error;
    QVERIFY2(Test::writeZim(path, spec, &error), qPrintable(error));
    const ZimLibrary library({ path });
    QCOMPARE(library.suggestTitle(QStringLiteral("de"), QStringLiteral("Sergej Schoigu")),
             QStringLiteral("Sergei Schoigu"));
    QCOMPARE(library.suggestTitle(QStringLiteral("de"), QStringLiteral("Kim Jong Un")), QStringLiteral("Kim Jong-un"));
    QCOMPARE(library.suggestTitle(QStringLiteral("de"), QStringLiteral("der Nationale Sicherheitsrat Russlands")),
             QString());
    QCOMPARE(library.suggestTitle(QStringLiteral("en"), QStringLiteral("Sergej Schoigu")), QString());
    // Without a title index libzim searches title prefixes; a close match is still found that way.
    const ZimLibrary plain({ m_de });
    QCOMPARE(plain.suggestTitle(QStringLiteral("de"), QStringLiteral("Sergei Schoigu")),
             QStringLiteral("Sergei Schoigu"));
}

void TestZimLibrary::worker_servesTheCopyWithoutARequest()
{
    WikiTestRig rig;
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Sergei Schoigu"));
    rig.config.zimFiles = { m_de };
    rig.start();
    const WikiLink link = deLink(QStringLiteral("Sergei Schoigu"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    const SummaryResult r = rig.finalFor(link);
    QCOMPARE(r.state, SummaryState::Loaded);
    QVERIFY(r.summary.local);
    QCOMPARE(r.summary.extract, schoiguExtract);
    QCOMPARE(r.summary.thumbnail, Test::tinyPng());
    QCOMPARE(rig.server.requests().size(), 0);
    QVERIFY(rig.sent.isEmpty());
}

void TestZimLibrary::worker_freshCacheComesFirstAndMissingPagesGoToTheNetwork()
{
    WikiTestRig rig;
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Kim Jong-un"));
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Sergei Schoigu"));
    rig.start();
    const WikiLink schoigu = deLink(QStringLiteral("Sergei Schoigu"));
    rig.service->requestSummaries(QStringLiteral("a"), { schoigu });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QCOMPARE(rig.finalFor(schoigu).summary.extract, QStringLiteral("Sergei Schoigu ist eine Testseite."));
    rig.stop();

    // Now with the copy: the fresh cached summary still wins, a page the copy lacks is fetched.
    rig.server.clearRecord();
    rig.results.clear();
    rig.finished.clear();
    rig.config.zimFiles = { m_de };
    rig.start();
    const WikiLink kim = deLink(QStringLiteral("Kim Jong-un"));
    rig.service->requestSummaries(QStringLiteral("b"), { schoigu, kim });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("b")));
    QCOMPARE(rig.finalFor(schoigu).summary.extract, QStringLiteral("Sergei Schoigu ist eine Testseite."));
    QVERIFY(rig.finalFor(schoigu).summary.fromCache);
    QCOMPARE(rig.finalFor(kim).state, SummaryState::Loaded);
    QVERIFY(!rig.finalFor(kim).summary.local);
    QCOMPARE(rig.server.summaryRequests(QStringLiteral("de"), QStringLiteral("Kim Jong-un")), 1);
    QCOMPARE(rig.server.summaryRequests(QStringLiteral("de"), QStringLiteral("Sergei Schoigu")), 0);
}

void TestZimLibrary::worker_withoutPreferOffline_asksTheNetworkUnlessOffline()
{
    WikiTestRig rig;
    rig.server.addPage(QStringLiteral("de"), QStringLiteral("Sergei Schoigu"));
    rig.config.zimFiles = { m_de };
    rig.config.preferOffline = false;
    rig.start();
    const WikiLink link = deLink(QStringLiteral("Sergei Schoigu"));
    rig.service->requestSummaries(QStringLiteral("a"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("a")));
    QVERIFY(!rig.finalFor(link).summary.local);
    QCOMPARE(rig.server.summaryRequests(QStringLiteral("de"), QStringLiteral("Sergei Schoigu")), 1);
    rig.stop();

    // Offline, the copy answers even so (the cache of the first run is not fresh any more).
    QTemporaryDir empty;
    rig.config.dataDir = empty.path();
    rig.config.offline = true;
    rig.results.clear();
    rig.finished.clear();
    rig.server.clearRecord();
    rig.start();
    rig.service->requestSummaries(QStringLiteral("b"), { link });
    QTRY_VERIFY(rig.hasFinished(QStringLiteral("b")));
    QCOMPARE(rig.finalFor(link).state, SummaryState::Loaded);
    QVERIFY(rig.finalFor(link).summary.local);
    QCOMPARE(rig.server.requests().size(), 0);
}

void TestZimLibrary::service_suggestsTitlesFromTheCopyOnItsThread()
{
    ZimSpec spec = Test::seedZimSpec();
    spec.titleIndex = true;
    const QString path = m_dir.filePath(QStringLiteral("indexed_service.zim"));
    QVERIFY(Test::writeZim(path, spec));
    WikiTestRig rig;
    rig.config.zimFiles = { path };
    rig.start();
    QList<QPair<QString, WikiLink>> suggested;
    connect(rig.service.get(), &SummaryService::titleSuggested, this,
            [&suggested](const QString &subject, const WikiLink &link) {
                suggested.append({ subject, link });
            });
    rig.service->suggestTitles(
        QStringLiteral("de"),
        { QStringLiteral("Sergej Schoigu"), QStringLiteral("Niemand Bekanntes"), QStringLiteral("Kim Jong Un") });
    QTRY_COMPARE(suggested.size(), 2);
    QCOMPARE(suggested[0].first, QStringLiteral("Sergej Schoigu"));
    QCOMPARE(suggested[0].second.url, QUrl(QStringLiteral("https://de.wikipedia.org/wiki/Sergei_Schoigu")));
    QCOMPARE(suggested[1].first, QStringLiteral("Kim Jong Un"));
    QCOMPARE(suggested[1].second.title, QStringLiteral("Kim Jong-un"));
    // No copy of English: nothing. No language: the copies' own, German here. Answers come in order.
    suggested.clear();
    rig.service->suggestTitles(QStringLiteral("en"), { QStringLiteral("Sergej Schoigu") });
    rig.service->suggestTitles(QString(), { QStringLiteral("Sergej Schoigu") });
    QTRY_COMPARE(suggested.size(), 1);
    QCOMPARE(suggested[0].second.url, QUrl(QStringLiteral("https://de.wikipedia.org/wiki/Sergei_Schoigu")));
    QCOMPARE(rig.server.requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestZimLibrary)
#include "tst_zimlibrary.moc"
