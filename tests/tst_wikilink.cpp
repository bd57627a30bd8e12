#include "article/wikilink.h"

#include <QTest>

using namespace Randnotiz;

class TestWikiLink final : public QObject
{
    Q_OBJECT

private slots:
    void parse_acceptsArticleLinks_data();
    void parse_acceptsArticleLinks();
    void parse_rejectsEverythingElse_data();
    void parse_rejectsEverythingElse();
    void canonicalUrl_encodesForTheWire();
};

void TestWikiLink::parse_acceptsArticleLinks_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("url");

    QTest::newRow("plain") << "https://de.wikipedia.org/wiki/Kim_Jong_un"
                           << "de"
                           << "Kim Jong un"
                           << "https://de.wikipedia.org/wiki/Kim_Jong_un";
    QTest::newRow("raw utf-8")
        << QStringLiteral("https://de.wikipedia.org/wiki/Sicherheitsrat_der_Russischen_Föderation") << "de"
        << QStringLiteral("Sicherheitsrat der Russischen Föderation")
        << QStringLiteral("https://de.wikipedia.org/wiki/Sicherheitsrat_der_Russischen_Föderation");
    QTest::newRow("percent-encoded") << "https://de.wikipedia.org/wiki/%C3%9Cbereinkommen_von_Paris"
                                     << "de" << QStringLiteral("Übereinkommen von Paris")
                                     << QStringLiteral("https://de.wikipedia.org/wiki/Übereinkommen_von_Paris");
    QTest::newRow("mobile host") << "https://en.m.wikipedia.org/wiki/Simon_Stiell"
                                 << "en"
                                 << "Simon Stiell"
                                 << "https://en.wikipedia.org/wiki/Simon_Stiell";
    QTest::newRow("fragment dropped") << "https://de.wikipedia.org/wiki/Berlin#Geschichte"
                                      << "de"
                                      << "Berlin"
                                      << "https://de.wikipedia.org/wiki/Berlin";
    QTest::newRow("index.php") << "https://de.wikipedia.org/w/index.php?title=Cross-Site-Scripting"
                               << "de"
                               << "Cross-Site-Scripting"
                               << "https://de.wikipedia.org/wiki/Cross-Site-Scripting";
    QTest::newRow("index.php with plus and action") << "https://en.wikipedia.org/w/index.php?title=New+York&action=edit"
                                                    << "en"
                                                    << "New York"
                                                    << "https://en.wikipedia.org/wiki/New_York";
    QTest::newRow("index.php encoded plus") << "https://en.wikipedia.org/w/index.php?title=C%2B%2B"
                                            << "en"
                                            << "C++"
                                            << "https://en.wikipedia.org/wiki/C++";
    QTest::newRow("slash in title") << "https://en.wikipedia.org/wiki/AC/DC"
                                    << "en"
                                    << "AC/DC"
                                    << "https://en.wikipedia.org/wiki/AC/DC";
    QTest::newRow("encoded slash") << "https://en.wikipedia.org/wiki/AC%2FDC"
                                   << "en"
                                   << "AC/DC"
                                   << "https://en.wikipedia.org/wiki/AC/DC";
    QTest::newRow("question mark in title") << "https://en.wikipedia.org/wiki/Why%3F"
                                            << "en"
                                            << "Why?"
                                            << "https://en.wikipedia.org/wiki/Why%3F";
    QTest::newRow("upper-case host") << "HTTPS://DE.Wikipedia.ORG/wiki/Bonn"
                                     << "de"
                                     << "Bonn"
                                     << "https://de.wikipedia.org/wiki/Bonn";
    QTest::newRow("surrounding spaces") << "  https://de.wikipedia.org/wiki/Bonn  "
                                        << "de"
                                        << "Bonn"
                                        << "https://de.wikipedia.org/wiki/Bonn";
    QTest::newRow("explicit port 443") << "https://de.wikipedia.org:443/wiki/Bonn"
                                       << "de"
                                       << "Bonn"
                                       << "https://de.wikipedia.org/wiki/Bonn";
    QTest::newRow("multi-part language") << "https://zh-min-nan.wikipedia.org/wiki/Tai-oan"
                                         << "zh-min-nan"
                                         << "Tai-oan"
                                         << "https://zh-min-nan.wikipedia.org/wiki/Tai-oan";
    QTest::newRow("simple") << "https://simple.wikipedia.org/wiki/Moon"
                            << "simple"
                            << "Moon"
                            << "https://simple.wikipedia.org/wiki/Moon";
    QTest::newRow("double underscores") << "https://de.wikipedia.org/wiki/Kim__Jong_Un_"
                                        << "de"
                                        << "Kim Jong Un"
                                        << "https://de.wikipedia.org/wiki/Kim_Jong_Un";
}

void TestWikiLink::parse_acceptsArticleLinks()
{
    QFETCH(QString, link);
    QFETCH(QString, lang);
    QFETCH(QString, title);
    QFETCH(QString, url);
    const auto parsed = WikiLink::parse(link);
    QVERIFY2(parsed.has_value(), qPrintable(link));
    QCOMPARE(parsed->lang, lang);
    QCOMPARE(parsed->title, title);
    QCOMPARE(parsed->url.toString(), url);
}

void TestWikiLink::parse_rejectsEverythingElse_data()
{
    QTest::addColumn<QString>("link");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("http") << "http://de.wikipedia.org/wiki/Bonn";
    QTest::newRow("javascript") << "javascript:alert(1)";
    QTest::newRow("javascript with host text") << "javascript://de.wikipedia.org/wiki/%0Aalert(1)";
    QTest::newRow("file") << "file:///etc/passwd";
    QTest::newRow("data") << "data:text/html,<b>x</b>";
    QTest::newRow("look-alike suffix") << "https://de.wikipedia.org.example/wiki/Phishing";
    QTest::newRow("look-alike prefix") << "https://de.wikipedia.org-evil.com/wiki/Bonn";
    QTest::newRow("look-alike domain") << "https://de.wikipedia.com/wiki/Bonn";
    QTest::newRow("userinfo trick") << "https://de.wikipedia.org@evil.example/wiki/Bonn";
    QTest::newRow("userinfo on real host") << "https://user@de.wikipedia.org/wiki/Bonn";
    QTest::newRow("other port") << "https://de.wikipedia.org:8443/wiki/Bonn";
    QTest::newRow("portal host") << "https://www.wikipedia.org/wiki/Bonn";
    QTest::newRow("bare domain") << "https://wikipedia.org/wiki/Bonn";
    QTest::newRow("commons") << "https://commons.wikimedia.org/wiki/Bonn";
    QTest::newRow("no scheme") << "de.wikipedia.org/wiki/Bonn";
    QTest::newRow("protocol-relative") << "//de.wikipedia.org/wiki/Bonn";
    QTest::newRow("no title") << "https://de.wikipedia.org/wiki/";
    QTest::newRow("main page path") << "https://de.wikipedia.org/";
    QTest::newRow("other path") << "https://de.wikipedia.org/api/rest_v1/page/summary/Bonn";
    QTest::newRow("index.php without title") << "https://de.wikipedia.org/w/index.php?search=Bonn";
    QTest::newRow("dot-dot title") << "https://de.wikipedia.org/wiki/%2E%2E/%2E%2E/etc";
    QTest::newRow("forbidden characters") << "https://de.wikipedia.org/wiki/%3Cscript%3E";
    QTest::newRow("plain words") << "siehe Wikipedia";
}

void TestWikiLink::parse_rejectsEverythingElse()
{
    QFETCH(QString, link);
    const auto parsed = WikiLink::parse(link);
    QVERIFY2(!parsed.has_value(), qPrintable(parsed ? parsed->url.toString() : QString()));
}

void TestWikiLink::canonicalUrl_encodesForTheWire()
{
    const auto link = WikiLink::parse(QStringLiteral("https://de.wikipedia.org/wiki/Globale_Erwärmung"));
    QVERIFY(link);
    QCOMPARE(link->url.toEncoded(), QByteArray("https://de.wikipedia.org/wiki/Globale_Erw%C3%A4rmung"));
}

QTEST_GUILESS_MAIN(TestWikiLink)
#include "tst_wikilink.moc"
