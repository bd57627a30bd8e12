// Entries without a usable Wikipedia link in the real window: the offline copy's title search offers
// "Perhaps: <title>" for a close title only; a click uses it for this article (kept in the notes database, the file
// untouched), the summary comes from the ZIM without a request, and the next window uses the choice at once.
#include "annotationcontroller.h"
#include "articleview.h"
#include "biographypanel.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "notes/annotationstore.h"
#include "support/fakewikiserver.h"
#include "support/guisupport.h"
#include "support/testpaths.h"
#include "support/zimtestdata.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;
using Randnotiz::Test::FakeWikiServer;

namespace {

const QString schoigu = QStringLiteral("Sergej Schoigu");
const QString council = QStringLiteral("der Nationale Sicherheitsrat Russlands");
const QString schoiguLead = QStringLiteral("Sergei Kuschugetowitsch Schoigu ist ein russischer Politiker und war von "
                                           "2012 bis 2024 Verteidigungsminister.");
const QUrl schoiguUrl(QStringLiteral("https://de.wikipedia.org/wiki/Sergei_Schoigu"));

int rowOf(const QAbstractItemModel *model, const QString &subject)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(SubjectRole).toString() == subject)
            return row;
    }
    return -1;
}

} // namespace

class TestPerhaps final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void entryWithoutLink_offersCloseTitle_clickUsesItAndIsKeptForThisArticle();

private:
    QTemporaryDir m_dir;
    QString m_zim;
    QString m_article;
    QByteArray m_bytes;
};

void TestPerhaps::initTestCase()
{
    Test::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_zim = m_dir.filePath(QStringLiteral("wikipedia_de_all_mini_2024-05.zim"));
    Test::ZimSpec spec = Test::seedZimSpec();
    spec.titleIndex = true;
    QString error;
    QVERIFY2(Test::writeZim(m_zim, spec, &error), qPrintable(error));
    // The seed article with Schoigu's link rejected (not Wikipedia) and the council's link gone.
    m_bytes = Test::readAll(Test::seedPath());
    const QByteArray schoiguLink = QByteArrayLiteral("Wikipedia-Seite: https://de.wikipedia.org/wiki/Sergei_Schoigu");
    const QByteArray councilLink
        = QStringLiteral("Wikipedia-Seite: https://de.wikipedia.org/wiki/Sicherheitsrat_der_Russischen_Föderation\n")
              .toUtf8();
    QVERIFY(m_bytes.contains(schoiguLink) && m_bytes.contains(councilLink));
    m_bytes.replace(schoiguLink, QByteArrayLiteral("Wikipedia-Seite: https://example.org/wiki/Sergei_Schoigu"));
    m_bytes.replace(councilLink, QByteArray());
    m_article = m_dir.filePath(QStringLiteral("ohne-links.txt"));
    QVERIFY(Test::writeFile(m_article, m_bytes));
}

void TestPerhaps::init()
{
    Test::clearSettings();
}

void TestPerhaps::entryWithoutLink_offersCloseTitle_clickUsesItAndIsKeptForThisArticle()
{
    // The fake server has the page too: a request for it would be counted.
    FakeWikiServer server;
    QVERIFY(server.listen());
    server.addPage(QStringLiteral("de"), QStringLiteral("Sergei Schoigu"));
    server.addPage(QStringLiteral("de"), QStringLiteral("Kim Jong un"));
    QTemporaryDir data;
    WikiOptions options;
    options.baseTemplate = server.baseTemplate();
    options.dataDir = data.path();
    options.zimFiles = { m_zim };
    QString fingerprint;
    {
        MainWindow window(options);
        window.show();
        window.openFile(m_article);
        QTRY_COMPARE(window.articleCount(), 1);
        fingerprint = window.currentView()->articleText().fingerprint();
        BiographyPanel *panel = window.biographyPanel();
        QAbstractItemModel *model = panel->model();
        const int row = rowOf(model, schoigu);
        const int far = rowOf(model, council);
        QVERIFY(row >= 0 && far >= 0);
        QVERIFY(!model->index(row, 0).data(WikipediaUrlRole).toUrl().isValid());
        QVERIFY(!model->index(far, 0).data(WikipediaUrlRole).toUrl().isValid());
        auto *perhaps = panel->findChild<QPushButton *>(QStringLiteral("perhapsButton"));
        auto *forget = panel->findChild<QPushButton *>(QStringLiteral("forgetLinkButton"));
        auto *extract = panel->findChild<QLabel *>(QStringLiteral("summaryExtract"));
        QVERIFY(perhaps && forget && extract);

        panel->setCurrentEntry(row);
        QTRY_VERIFY(perhaps->isVisible());
        QCOMPARE(perhaps->text(), QStringLiteral("Perhaps: Sergei Schoigu"));
        QVERIFY(!forget->isVisible());
        QVERIFY(!extract->isVisible());

        QTest::mouseClick(perhaps, Qt::LeftButton);
        QTRY_COMPARE(extract->text(), schoiguLead);
        QVERIFY(extract->isVisible());
        QVERIFY(!perhaps->isVisible());
        QVERIFY(forget->isVisible());
        QCOMPARE(model->index(row, 0).data(WikipediaUrlRole).toUrl(), schoiguUrl);
        QVERIFY(model->index(row, 0).data(LinkChosenRole).toBool());
        QVERIFY(model->index(row, 0).data(SummaryLocalRole).toBool());
        QCOMPARE(window.annotations()->store()->chosenLinks(fingerprint),
                 (QHash<QString, QUrl> { { schoigu, schoiguUrl } }));

        // The summary was asked for after the suggestions, so every suggestion has arrived by now: the council's
        // closest title is too far to offer.
        panel->setCurrentEntry(far);
        QCOMPARE(model->index(far, 0).data(SuggestedTitleRole).toString(), QString());
        QVERIFY(!perhaps->isVisible());
        QCOMPARE(server.requests().size(), 0);
    }
    QCOMPARE(Test::readAll(m_article), m_bytes);

    // The next window uses the stored choice without a click; "Forget" takes it back.
    MainWindow window(options);
    window.show();
    window.openFile(m_article);
    QTRY_COMPARE(window.articleCount(), 1);
    BiographyPanel *panel = window.biographyPanel();
    QAbstractItemModel *model = panel->model();
    const int row = rowOf(model, schoigu);
    auto *perhaps = panel->findChild<QPushButton *>(QStringLiteral("perhapsButton"));
    auto *forget = panel->findChild<QPushButton *>(QStringLiteral("forgetLinkButton"));
    auto *extract = panel->findChild<QLabel *>(QStringLiteral("summaryExtract"));
    panel->setCurrentEntry(row);
    QTRY_COMPARE(model->index(row, 0).data(WikipediaUrlRole).toUrl(),
                 schoiguUrl); // read from the store after the first paint
    QTRY_COMPARE(extract->text(), schoiguLead);
    QVERIFY(extract->isVisible());
    QVERIFY(!perhaps->isVisible());
    QVERIFY(forget->isVisible());

    QTest::mouseClick(forget, Qt::LeftButton);
    QVERIFY(window.annotations()->store()->chosenLinks(fingerprint).isEmpty());
    QVERIFY(!model->index(row, 0).data(WikipediaUrlRole).toUrl().isValid());
    QVERIFY(!extract->isVisible());
    QTRY_VERIFY(perhaps->isVisible()); // offered again
    QCOMPARE(server.requests().size(), 0);
    QCOMPARE(Test::readAll(m_article), m_bytes);
}

QTEST_MAIN(TestPerhaps)
#include "tst_perhaps.moc"
