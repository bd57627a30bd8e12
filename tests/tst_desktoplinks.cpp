// What the window hands to the desktop: the biography panel's open actions against a summary cache that holds
// hostile page addresses, and the export dialog's local folder. A URL handler stands in for the browser.
#include "biographypanel.h"
#include "desktoplinks.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "support/guisupport.h"
#include "wiki/summarycache.h"

#include <QAbstractItemModel>
#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;

// Every URL the desktop was asked to open, whatever its scheme.
class UrlRecorder final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class TestDesktopLinks final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void cachedPageUrl_onlyASafeOneIsOpened_data();
    void cachedPageUrl_onlyASafeOneIsOpened();
    void openLocalFolder_opensFoldersOnly();

private:
    UrlRecorder m_recorder;
    std::unique_ptr<QTemporaryDir> m_dataDir;
};

namespace {

const QStringList recordedSchemes { QStringLiteral("https"), QStringLiteral("http"), QStringLiteral("file"),
                                    QStringLiteral("javascript"), QStringLiteral("data") };
const QString stiell = QStringLiteral("https://en.wikipedia.org/wiki/Simon_Stiell");
// Offline: nothing is fetched, so what the panel shows comes from the cache alone.
const QString mirrorBase = QStringLiteral("https://mirror.example.org/{lang}/api/rest_v1");

} // namespace

void TestDesktopLinks::initTestCase()
{
    Test::isolateSettings();
    for (const QString &scheme : recordedSchemes)
        QDesktopServices::setUrlHandler(scheme, &m_recorder, "open");
}

void TestDesktopLinks::cleanupTestCase()
{
    for (const QString &scheme : recordedSchemes)
        QDesktopServices::unsetUrlHandler(scheme);
}

void TestDesktopLinks::init()
{
    Test::clearSettings();
    m_recorder.opened.clear();
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
}

void TestDesktopLinks::cachedPageUrl_onlyASafeOneIsOpened_data()
{
    QTest::addColumn<QByteArray>("cached"); // the page URL as the cache file holds it
    QTest::addColumn<QString>("expected"); // what the attribution link opens
    QTest::newRow("wikipedia page") << QByteArrayLiteral("https://en.wikipedia.org/wiki/Simon_Stiell_(UN)")
                                    << QStringLiteral("https://en.wikipedia.org/wiki/Simon_Stiell_(UN)");
    QTest::newRow("configured base host") << QByteArrayLiteral("https://mirror.example.org/en/wiki/Simon_Stiell")
                                          << QStringLiteral("https://mirror.example.org/en/wiki/Simon_Stiell");
    QTest::newRow("other host") << QByteArrayLiteral("https://evil.example/wiki/Simon_Stiell") << stiell;
    QTest::newRow("http") << QByteArrayLiteral("http://en.wikipedia.org/wiki/Simon_Stiell") << stiell;
    QTest::newRow("javascript") << QByteArrayLiteral("javascript:alert(1)") << stiell;
    QTest::newRow("file") << QByteArrayLiteral("file:///etc/passwd") << stiell;
    QTest::newRow("user info") << QByteArrayLiteral("https://en.wikipedia.org@evil.example/wiki/X") << stiell;
    QTest::newRow("encoded newline") << QByteArrayLiteral("https://en.wikipedia.org/wiki/X%0ASet-Cookie:a") << stiell;
    QTest::newRow("lookalike host") << QByteArrayLiteral("https://en.xn--wikipedi-86g.org/wiki/Simon_Stiell") << stiell;
}

void TestDesktopLinks::cachedPageUrl_onlyASafeOneIsOpened()
{
    QFETCH(QByteArray, cached);
    QFETCH(QString, expected);
    {
        SummaryCache cache(m_dataDir->path(), 1024 * 1024);
        QVERIFY2(cache.isOpen(), qPrintable(cache.errorString()));
        CachedSummary entry;
        entry.summary.lang = QStringLiteral("en");
        entry.summary.title = QStringLiteral("Simon Stiell");
        entry.summary.extract = QStringLiteral("Aus dem Cache.");
        entry.summary.pageUrl = QUrl::fromEncoded(cached, QUrl::TolerantMode);
        entry.summary.fetchedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(cache.store(QUrl(stiell), entry));
    }

    WikiOptions options;
    options.baseTemplate = mirrorBase;
    options.dataDir = m_dataDir->path();
    options.offline = true;
    MainWindow window(options);
    window.openSample();
    window.show();
    QTRY_COMPARE(window.articleCount(), 1);
    BiographyPanel *panel = window.biographyPanel();
    QAbstractItemModel *model = panel->model();
    int row = -1;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->index(i, 0).data(WikipediaUrlRole).toUrl() == QUrl(stiell))
            row = i;
    }
    QVERIFY(row >= 0);
    panel->setCurrentEntry(row);
    auto *extract = panel->findChild<QLabel *>(QStringLiteral("summaryExtract"));
    auto *link = panel->findChild<QLabel *>(QStringLiteral("summaryPageLink"));
    QTRY_COMPARE(extract->text(), QStringLiteral("Aus dem Cache."));
    QVERIFY(!link->openExternalLinks());
    // The attribution link is shown only for an address the check lets through,
    const bool safe = expected != stiell;
    QCOMPARE(link->isVisible(), safe);
    if (safe)
        QVERIFY2(link->text().contains(QStringLiteral("href=\"") + expected.toHtmlEscaped() + u'"'),
                 qPrintable(link->text()));
    // and activating it (the label's href is never trusted) opens that, or else the article's own link.
    emit link->linkActivated(QString::fromLatin1(cached));
    QCOMPARE(m_recorder.opened, QList<QUrl> { QUrl(expected) });

    // "Open in browser" opens the link the article gave, never the cached address.
    m_recorder.opened.clear();
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("openInBrowserButton")), Qt::LeftButton);
    QCOMPARE(m_recorder.opened, QList<QUrl> { QUrl(stiell) });
}

void TestDesktopLinks::openLocalFolder_opensFoldersOnly()
{
    QVERIFY(DesktopLinks::openLocalFolder(m_dataDir->path()));
    QCOMPARE(m_recorder.opened, QList<QUrl> { QUrl::fromLocalFile(m_dataDir->path()) });
    m_recorder.opened.clear();
    const QString file = m_dataDir->filePath(QStringLiteral("notes.md"));
    QVERIFY(Test::writeFile(file, "x"));
    QVERIFY(!DesktopLinks::openLocalFolder(file));
    QVERIFY(!DesktopLinks::openLocalFolder(m_dataDir->filePath(QStringLiteral("missing"))));
    QVERIFY(!DesktopLinks::openLocalFolder(QString()));
    QVERIFY(m_recorder.opened.isEmpty());
    // A web page never goes this way, nor a folder the other way.
    QVERIFY(!DesktopLinks::openWebPage(QUrl::fromLocalFile(m_dataDir->path())));
    QVERIFY(m_recorder.opened.isEmpty());
}

QTEST_MAIN(TestDesktopLinks)
#include "tst_desktoplinks.moc"
