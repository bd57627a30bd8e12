// ExternalUrl::isSafeToOpen(): the one check before a web address reaches the desktop.
#include "article/externalurl.h"

#include <QTest>

using namespace Randnotiz;

class TestExternalUrl final : public QObject
{
    Q_OBJECT

private slots:
    void isSafeToOpen_data();
    void isSafeToOpen();
    void isSafeToOpen_decodedForms_data();
    void isSafeToOpen_decodedForms();
};

namespace {

const QString mirrorBase = QStringLiteral("https://mirror.example.org/{lang}/api/rest_v1");
const QString labelBase = QStringLiteral("https://{lang}.wiki.example.net:8443/api/rest_v1");

} // namespace

void TestExternalUrl::isSafeToOpen_data()
{
    QTest::addColumn<QString>("url"); // as encoded text, read with QUrl::fromEncoded in tolerant mode
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("safe");

    const QString none;
    QTest::newRow("article") << QStringLiteral("https://de.wikipedia.org/wiki/Sergei_Schoigu") << none << true;
    QTest::newRow("mobile") << QStringLiteral("https://en.m.wikipedia.org/wiki/Simon_Stiell") << none << true;
    QTest::newRow("long language code") << QStringLiteral("https://zh-min-nan.wikipedia.org/wiki/X") << none << true;
    QTest::newRow("port 443") << QStringLiteral("https://de.wikipedia.org:443/wiki/X") << none << true;
    QTest::newRow("upper-case host") << QStringLiteral("https://DE.Wikipedia.ORG/wiki/X") << none << true;
    QTest::newRow("encoded umlaut in path")
        << QStringLiteral("https://de.wikipedia.org/wiki/Gr%C3%B6%C3%9Fe") << none << true;
    QTest::newRow("query and fragment") << QStringLiteral("https://de.wikipedia.org/w/index.php?title=X#Leben") << none
                                        << true;

    QTest::newRow("http") << QStringLiteral("http://de.wikipedia.org/wiki/X") << none << false;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << none << false;
    QTest::newRow("javascript with host-like text")
        << QStringLiteral("javascript://de.wikipedia.org/%0aalert(1)") << none << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << none << false;
    QTest::newRow("file with host") << QStringLiteral("file://de.wikipedia.org/etc/passwd") << none << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>") << none << false;
    QTest::newRow("randnotiz") << QStringLiteral("randnotiz://open?fingerprint=ab") << none << false;
    QTest::newRow("relative") << QStringLiteral("/wiki/X") << none << false;
    QTest::newRow("empty") << QString() << none << false;
    QTest::newRow("other port") << QStringLiteral("https://de.wikipedia.org:8080/wiki/X") << none << false;

    QTest::newRow("user info") << QStringLiteral("https://user:pw@de.wikipedia.org/wiki/X") << none << false;
    QTest::newRow("user name only") << QStringLiteral("https://anna@de.wikipedia.org/wiki/X") << none << false;
    QTest::newRow("host as user name") << QStringLiteral("https://de.wikipedia.org@evil.example/wiki/X") << none
                                       << false;

    QTest::newRow("other host") << QStringLiteral("https://evil.example/wiki/X") << none << false;
    QTest::newRow("suffix attack") << QStringLiteral("https://de.wikipedia.org.evil.example/wiki/X") << none << false;
    QTest::newRow("prefix attack") << QStringLiteral("https://evilwikipedia.org/wiki/X") << none << false;
    QTest::newRow("bare domain label missing") << QStringLiteral("https://.wikipedia.org/wiki/X") << none << false;
    QTest::newRow("two labels") << QStringLiteral("https://a.b.wikipedia.org/wiki/X") << none << false;
    QTest::newRow("trailing dot") << QStringLiteral("https://de.wikipedia.org./wiki/X") << none << false;
    QTest::newRow("IP address") << QStringLiteral("https://127.0.0.1/wiki/X") << none << false;
    QTest::newRow("encoded dot in host") << QStringLiteral("https://de.wikipedia.org%2Eevil.example/wiki/X") << none
                                         << false;

    // Lookalikes: Cyrillic а and і, Greek ο; in their ASCII form they are other domains.
    QTest::newRow("IDN cyrillic a") << QStringLiteral("https://de.wikipedi\u0430.org/wiki/X") << none << false;
    QTest::newRow("IDN cyrillic i") << QStringLiteral("https://de.w\u0456kipedia.org/wiki/X") << none << false;
    QTest::newRow("IDN greek omicron") << QStringLiteral("https://de.wikipedia.\u03bfrg/wiki/X") << none << false;
    QTest::newRow("IDN punycode") << QStringLiteral("https://de.xn--wikipedi-86g.org/wiki/X") << none << false;

    QTest::newRow("newline") << QStringLiteral("https://de.wikipedia.org/wiki/X\nY") << none << false;
    QTest::newRow("tab") << QStringLiteral("https://de.wikipedia.org/wiki/X\tY") << none << false;
    QTest::newRow("encoded newline") << QStringLiteral("https://de.wikipedia.org/wiki/X%0AY") << none << false;
    QTest::newRow("encoded carriage return")
        << QStringLiteral("https://de.wikipedia.org/wiki/X%0d%0aSet-Cookie:x") << none << false;
    QTest::newRow("encoded NUL") << QStringLiteral("https://de.wikipedia.org/wiki/X%00") << none << false;
    QTest::newRow("encoded DEL") << QStringLiteral("https://de.wikipedia.org/wiki/X%7F") << none << false;
    QTest::newRow("encoded C1") << QStringLiteral("https://de.wikipedia.org/wiki/X%C2%85") << none << false;
    QTest::newRow("encoded bidi override")
        << QStringLiteral("https://de.wikipedia.org/wiki/%E2%80%AEgpj.exe") << none << false;
    QTest::newRow("zero-width space in query")
        << QStringLiteral("https://de.wikipedia.org/wiki/X?q=%E2%80%8B") << none << false;
    QTest::newRow("encoded control in fragment")
        << QStringLiteral("https://de.wikipedia.org/wiki/X#%1B[31m") << none << false;

    // The configured REST base: its host (and port) may be opened too, nothing like it.
    QTest::newRow("base host") << QStringLiteral("https://mirror.example.org/de/wiki/X") << mirrorBase << true;
    QTest::newRow("wikipedia with a base") << QStringLiteral("https://de.wikipedia.org/wiki/X") << mirrorBase << true;
    QTest::newRow("base host over http") << QStringLiteral("http://mirror.example.org/de/wiki/X") << mirrorBase
                                         << false;
    QTest::newRow("base host, other port")
        << QStringLiteral("https://mirror.example.org:444/de/wiki/X") << mirrorBase << false;
    QTest::newRow("sub-domain of the base host")
        << QStringLiteral("https://evil.mirror.example.org/de/wiki/X") << mirrorBase << false;
    QTest::newRow("base host without a base")
        << QStringLiteral("https://mirror.example.org/de/wiki/X") << none << false;
    QTest::newRow("base host with user info")
        << QStringLiteral("https://me@mirror.example.org/de/wiki/X") << mirrorBase << false;
    QTest::newRow("language label of the base")
        << QStringLiteral("https://de.wiki.example.net:8443/wiki/X") << labelBase << true;
    QTest::newRow("language label, default port")
        << QStringLiteral("https://de.wiki.example.net/wiki/X") << labelBase << false;
    QTest::newRow("language label, two labels")
        << QStringLiteral("https://a.de.wiki.example.net:8443/wiki/X") << labelBase << false;
    QTest::newRow("http base is no allowance") << QStringLiteral("https://127.0.0.1:8080/de/wiki/X")
                                               << QStringLiteral("http://127.0.0.1:8080/{lang}") << false;
    QTest::newRow("base with user info is no allowance")
        << QStringLiteral("https://mirror.example.org/de/wiki/X")
        << QStringLiteral("https://me@mirror.example.org/{lang}") << false;
}

void TestExternalUrl::isSafeToOpen()
{
    QFETCH(QString, url);
    QFETCH(QString, base);
    QFETCH(bool, safe);
    QCOMPARE(ExternalUrl::isSafeToOpen(QUrl(url, QUrl::TolerantMode), base), safe);
    QCOMPARE(ExternalUrl::isSafeToOpen(QUrl::fromEncoded(url.toUtf8(), QUrl::TolerantMode), base), safe);
}

// URLs built component by component (as the models do), with the hostile part decoded already.
void TestExternalUrl::isSafeToOpen_decodedForms_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<bool>("safe");
    QTest::newRow("plain") << QStringLiteral("/wiki/Gr\u00f6\u00dfe") << QString() << true;
    QTest::newRow("NUL in path") << QStringLiteral("/wiki/X") + QChar(0) << QString() << false;
    QTest::newRow("escape in fragment") << QStringLiteral("/wiki/X") << QStringLiteral("\x1b[2J") << false;
    QTest::newRow("bidi in path") << QStringLiteral("/wiki/\u202egpj.exe") << QString() << false;
    QTest::newRow("line separator") << QStringLiteral("/wiki/X") << QStringLiteral("a\u0085b") << false;
}

void TestExternalUrl::isSafeToOpen_decodedForms()
{
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    QFETCH(bool, safe);
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("de.wikipedia.org"));
    url.setPath(path, QUrl::DecodedMode);
    if (!fragment.isEmpty())
        url.setFragment(fragment, QUrl::DecodedMode);
    QCOMPARE(ExternalUrl::isSafeToOpen(url), safe);
}

QTEST_GUILESS_MAIN(TestExternalUrl)
#include "tst_externalurl.moc"
