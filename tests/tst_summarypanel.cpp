// Wikipedia summaries in the real window: the biography panel against a fake REST server on 127.0.0.1.
#include "annotationcontroller.h"
#include "articleview.h"
#include "biographypanel.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "notes/annotationstore.h"
#include "readersettings.h"
#include "settingsdialog.h"
#include "support/fakewikiserver.h"
#include "support/guisupport.h"
#include "wiki/summaryservice.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Randnotiz;
using Randnotiz::Test::FakeWikiServer;

class TestSummaryPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void openSample_showsTitleExtractThumbnailAndAttribution();
    void thumbnail_isDecodedAndScaledDown();
    void copySummary_putsTitleExtractAndAttributionOnTheClipboard();
    void addAsNote_keepsTheSummaryAsANoteOnTheEntry();
    void missingPage_showsNotFound();
    void disambiguation_showsItWithALink();
    void serverErrorForever_showsErrorAndRetryFetchesAgain();
    void offlineWithEmptyCache_saysSoAndSendsNothing();
    void offlineWithCachedCopy_showsTheCopyWithItsAge();
    void closingTheTab_leavesNoRequestBehind();
    void settingsDialog_storesAndAppliesTheConfig();
    void settingsDialog_refusesABaseThatIsNoWebAddress();

private:
    struct Panel
    {
        explicit Panel(BiographyPanel *p)
            : panel(p)
            , state(p->findChild<QLabel *>(QStringLiteral("summaryState")))
            , title(p->findChild<QLabel *>(QStringLiteral("summaryTitle")))
            , extract(p->findChild<QLabel *>(QStringLiteral("summaryExtract")))
            , thumbnail(p->findChild<QLabel *>(QStringLiteral("summaryThumbnail")))
            , link(p->findChild<QLabel *>(QStringLiteral("summaryPageLink")))
            , busy(p->findChild<QProgressBar *>(QStringLiteral("summaryBusy")))
            , retry(p->findChild<QPushButton *>(QStringLiteral("summaryRetryButton")))
            , copy(p->findChild<QPushButton *>(QStringLiteral("copySummaryButton")))
        { }
        BiographyPanel *panel;
        QLabel *state;
        QLabel *title;
        QLabel *extract;
        QLabel *thumbnail;
        QLabel *link;
        QProgressBar *busy;
        QPushButton *retry;
        QPushButton *copy;
    };

    // Opens the sample in a shown window and selects the entry that links the Wikipedia page `title`.
    static bool openAndSelect(MainWindow &window, const QString &title);
    WikiOptions options(bool offline = false) const;

    QTemporaryDir m_dataDir;
    std::unique_ptr<FakeWikiServer> m_server;
};

void TestSummaryPanel::initTestCase()
{
    Test::isolateSettings();
    QVERIFY(m_dataDir.isValid());
}

void TestSummaryPanel::init()
{
    Test::clearSettings();
    m_server = std::make_unique<FakeWikiServer>();
    QVERIFY(m_server->listen());
    // A fresh cache folder for every test.
    QDir(m_dataDir.path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_dataDir.path()));
}

WikiOptions TestSummaryPanel::options(bool offline) const
{
    WikiOptions o;
    o.baseTemplate = m_server->baseTemplate();
    o.dataDir = m_dataDir.path();
    o.offline = offline;
    return o;
}

bool TestSummaryPanel::openAndSelect(MainWindow &window, const QString &title)
{
    window.openSample();
    window.show();
    if (!QTest::qWaitFor([&] { return window.articleCount() == 1; }, 10000))
        return false;
    BiographyPanel *panel = window.biographyPanel();
    QAbstractItemModel *model = panel->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QUrl url = model->index(row, 0).data(WikipediaUrlRole).toUrl();
        if (url.path() == QStringLiteral("/wiki/") + QString(title).replace(QLatin1Char(' '), QLatin1Char('_'))) {
            panel->setCurrentEntry(row);
            return panel->currentEntry() == row;
        }
    }
    return false;
}

void TestSummaryPanel::openSample_showsTitleExtractThumbnailAndAttribution()
{
    FakeWikiServer::Page page;
    page.thumbnail = QStringLiteral("local");
    page.description = QStringLiteral("<b>UN-Klimachef</b>");
    m_server->addPage(QStringLiteral("en"), QStringLiteral("Simon Stiell"), page);
    MainWindow window(options());
    QVERIFY(openAndSelect(window, QStringLiteral("Simon Stiell")));
    Panel p(window.biographyPanel());

    QTRY_COMPARE(p.title->text(), QStringLiteral("Simon Stiell \u2014 <b>UN-Klimachef</b>"));
    QCOMPARE(p.title->textFormat(), Qt::PlainText);
    QCOMPARE(p.extract->textFormat(), Qt::PlainText);
    QCOMPARE(p.extract->text(), QStringLiteral("Simon Stiell ist eine Testseite."));
    QVERIFY(p.extract->isVisible());
    QVERIFY(!p.state->isVisible());
    // The fake server's thumbnail is not a decodable PNG: it is fetched, then refused quietly.
    QTRY_VERIFY(m_server->thumbnailRequests() > 0);
    QTRY_VERIFY(!window.biographyPanel()->model()->index(0, 0).data(SummaryThumbnailRole).toByteArray().isEmpty());
    QVERIFY(!p.thumbnail->isVisible());
    QVERIFY(!p.busy->isVisible());
    QVERIFY(!p.retry->isVisible());
    QVERIFY(p.link->isVisible());
    QVERIFY(p.link->text().contains(QStringLiteral("CC BY-SA 4.0")));
    QVERIFY(p.link->text().contains(QStringLiteral("href=\"https://")));
    QVERIFY(!p.link->openExternalLinks());
    QCOMPARE(m_server->summaryRequests(QStringLiteral("en"), QStringLiteral("Simon Stiell")), 1);
}

void TestSummaryPanel::thumbnail_isDecodedAndScaledDown()
{
    MainWindow window(options(true));
    QVERIFY(openAndSelect(window, QStringLiteral("Simon Stiell")));
    Panel p(window.biographyPanel());
    QImage image(400, 200, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(image.save(&buffer, "PNG"));
    QTRY_VERIFY(!p.state->text().isEmpty());
    SummaryResult loaded;
    loaded.articleUrl = window.biographyPanel()->model()->index(0, 0).data(WikipediaUrlRole).toUrl();
    loaded.state = SummaryState::Loaded;
    loaded.summary.title = QStringLiteral("Simon Stiell");
    loaded.summary.extract = QStringLiteral("Text");
    loaded.summary.thumbnail = png;
    window.biographyPanel()->model()->applySummary(loaded);
    QVERIFY(p.thumbnail->isVisible());
    QCOMPARE(p.thumbnail->pixmap().size(), QSize(96, 48));
}

void TestSummaryPanel::copySummary_putsTitleExtractAndAttributionOnTheClipboard()
{
    m_server->addPage(QStringLiteral("en"), QStringLiteral("Simon Stiell"));
    MainWindow window(options());
    QVERIFY(openAndSelect(window, QStringLiteral("Simon Stiell")));
    Panel p(window.biographyPanel());
    QTRY_VERIFY(p.copy->isEnabled());
    QApplication::clipboard()->clear();
    QTest::mouseClick(p.copy, Qt::LeftButton);
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.startsWith(QStringLiteral("Simon Stiell \u2014 Testseite\n\nSimon Stiell ist eine Testseite.\n\n")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("CC BY-SA 4.0: https://")));
    QVERIFY(text.endsWith(QStringLiteral("Simon_Stiell")));
}

void TestSummaryPanel::addAsNote_keepsTheSummaryAsANoteOnTheEntry()
{
    m_server->addPage(QStringLiteral("de"), QStringLiteral("Christiana Figueres"));
    MainWindow window(options());
    QVERIFY(openAndSelect(window, QStringLiteral("Christiana Figueres")));
    auto *addNote = window.biographyPanel()->findChild<QPushButton *>(QStringLiteral("summaryNoteButton"));
    QVERIFY(addNote);
    QTRY_VERIFY(addNote->isEnabled());
    QTRY_VERIFY(window.currentView()->articleId() > 0);
    const QString summary = window.biographyPanel()->summaryAsText();
    QTest::mouseClick(addNote, Qt::LeftButton);

    const QList<Annotation> notes = window.annotations()->store()->annotations(window.currentView()->articleId());
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().part, Part::Explanation);
    QCOMPARE(notes.first().quote, QStringLiteral("Wer ist Christiana Figueres?"));
    QCOMPARE(notes.first().note, summary);
    QVERIFY(notes.first().note.contains(QStringLiteral("CC BY-SA 4.0")));
    // Undoable like every other note.
    window.annotations()->undoStack()->undo();
    QVERIFY(window.annotations()->store()->annotations(window.currentView()->articleId()).isEmpty());
}

void TestSummaryPanel::missingPage_showsNotFound()
{
    // The server knows no page of this name: 404 application/problem+json.
    MainWindow window(options());
    QVERIFY(openAndSelect(window, QStringLiteral("Christiana Figueres")));
    Panel p(window.biographyPanel());
    QTRY_COMPARE(p.state->text(), QStringLiteral("Wikipedia has no article of that name"));
    QVERIFY(!p.busy->isVisible());
    QVERIFY(!p.extract->isVisible());
    QVERIFY(!p.copy->isEnabled());
    // 404 is an answer, not a fault: asked once, not retried.
    QCOMPARE(m_server->summaryRequests(QStringLiteral("de"), QStringLiteral("Christiana Figueres")), 1);
}

void TestSummaryPanel::disambiguation_showsItWithALink()
{
    FakeWikiServer::Page page;
    page.behaviour = FakeWikiServer::Behaviour::Disambiguation;
    m_server->addPage(QStringLiteral("de"), QStringLiteral("Christiana Figueres"), page);
    MainWindow window(options());
    QVERIFY(openAndSelect(window, QStringLiteral("Christiana Figueres")));
    Panel p(window.biographyPanel());
    QTRY_COMPARE(p.state->text(), QStringLiteral("The Wikipedia page lists several meanings"));
    QVERIFY(p.link->isVisible());
    QVERIFY(p.link->text().contains(QStringLiteral("See the meanings on Wikipedia")));
    QVERIFY(p.link->text().contains(QStringLiteral("href=\"https://")));
    QVERIFY(!p.busy->isVisible());
}

void TestSummaryPanel::serverErrorForever_showsErrorAndRetryFetchesAgain()
{
    FakeWikiServer::Page page;
    page.behaviour = FakeWikiServer::Behaviour::ServerError;
    const QString title = QStringLiteral("Übereinkommen von Paris");
    m_server->addPage(QStringLiteral("de"), title, page);
    MainWindow window(options());
    QVERIFY(openAndSelect(window, title));
    Panel p(window.biographyPanel());
    // While it tries (three times, with 1 s and 2 s between), the spinner shows; then an error with Retry and no
    // spinner.
    QTRY_VERIFY(p.busy->isVisible());
    QVERIFY(!p.retry->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(p.retry->isVisible(), 20000);
    QVERIFY2(p.state->text().startsWith(QStringLiteral("The Wikipedia summary could not be loaded")),
             qPrintable(p.state->text()));
    QVERIFY(!p.busy->isVisible());
    const int tries = m_server->summaryRequests(QStringLiteral("de"), title);
    QCOMPARE(tries, 3);

    // The server recovers; Retry asks again and the summary shows.
    m_server->addPage(QStringLiteral("de"), title);
    QTest::mouseClick(p.retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(p.extract->text(), title + QStringLiteral(" ist eine Testseite."), 10000);
    QVERIFY(!p.retry->isVisible());
    QVERIFY(m_server->summaryRequests(QStringLiteral("de"), title) > tries);
}

void TestSummaryPanel::offlineWithEmptyCache_saysSoAndSendsNothing()
{
    m_server->addPage(QStringLiteral("en"), QStringLiteral("Simon Stiell"));
    MainWindow window(options(true));
    QVERIFY(window.wikiConfig().offline);
    QVERIFY(openAndSelect(window, QStringLiteral("Simon Stiell")));
    Panel p(window.biographyPanel());
    QTRY_VERIFY(p.state->text().startsWith(QStringLiteral("Offline, and this summary was never saved")));
    QVERIFY(!p.busy->isVisible());
    QVERIFY(!p.extract->isVisible());
    QVERIFY(m_server->requests().isEmpty());
}

void TestSummaryPanel::offlineWithCachedCopy_showsTheCopyWithItsAge()
{
    m_server->addPage(QStringLiteral("en"), QStringLiteral("Simon Stiell"));
    {
        MainWindow online(options());
        QVERIFY(openAndSelect(online, QStringLiteral("Simon Stiell")));
        QTRY_COMPARE(Panel(online.biographyPanel()).extract->text(),
                     QStringLiteral("Simon Stiell ist eine Testseite."));
        // Every entry's request has had its answer, so none of them reaches the server after the record is cleared.
        const QAbstractItemModel *model = online.biographyPanel()->model();
        QTRY_VERIFY([model] {
            for (int row = 0; row < model->rowCount(); ++row) {
                const auto state = SummaryState(model->index(row, 0).data(SummaryStateRole).toInt());
                if (state == SummaryState::NotLoaded || state == SummaryState::Loading)
                    return false;
            }
            return true;
        }());
    }
    m_server->clearRecord();
    MainWindow window(options(true));
    QVERIFY(openAndSelect(window, QStringLiteral("Simon Stiell")));
    Panel p(window.biographyPanel());
    QTRY_COMPARE(p.extract->text(), QStringLiteral("Simon Stiell ist eine Testseite."));
    QTRY_VERIFY(p.state->isVisible());
    QVERIFY2(p.state->text().startsWith(QStringLiteral("offline")), qPrintable(p.state->text()));
    QVERIFY(p.link->text().contains(QStringLiteral("CC BY-SA 4.0")));
    QVERIFY(p.copy->isEnabled());
    QVERIFY(m_server->requests().isEmpty());
}

void TestSummaryPanel::closingTheTab_leavesNoRequestBehind()
{
    FakeWikiServer::Page slow;
    slow.behaviour = FakeWikiServer::Behaviour::SlowDrip;
    m_server->addPage(QStringLiteral("en"), QStringLiteral("Simon Stiell"), slow);
    MainWindow window(options());
    QVERIFY(openAndSelect(window, QStringLiteral("Simon Stiell")));
    Panel p(window.biographyPanel());
    QTRY_VERIFY(p.busy->isVisible());
    QTRY_VERIFY(m_server->active() > 0);
    window.closeCurrentTab();
    QCOMPARE(window.articleCount(), 0);
    // The cancelled request is aborted: the server sees the connection go.
    QTRY_COMPARE(m_server->active(), 0);
    QVERIFY(!p.busy->isVisible());
}

void TestSummaryPanel::settingsDialog_storesAndAppliesTheConfig()
{
    MainWindow window(options());
    window.show();
    QCOMPARE(window.wikiConfig().offline, false);
    QCOMPARE(window.wikiConfig().cacheBytes, qint64(50) * 1024 * 1024);
    auto *action = window.findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(action);
    action->trigger();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible());
    dialog->findChild<QLineEdit *>(QStringLiteral("settingsLanguage"))->setText(QStringLiteral("en"));
    dialog->findChild<QLineEdit *>(QStringLiteral("settingsContact"))->setText(QStringLiteral("leser@example.org"));
    dialog->findChild<QCheckBox *>(QStringLiteral("settingsOffline"))->setChecked(true);
    dialog->findChild<QSpinBox *>(QStringLiteral("settingsCacheSize"))->setValue(7);
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<SettingsDialog *>());

    QCOMPARE(window.wikiConfig().offline, true);
    QCOMPARE(window.wikiConfig().cacheBytes, qint64(7) * 1024 * 1024);
    QCOMPARE(window.wikiConfig().preferredLanguage, QStringLiteral("en"));
    QCOMPARE(window.wikiConfig().contact, QStringLiteral("leser@example.org"));
    // The command line's base URL still wins over the (empty) saved one.
    QCOMPARE(window.wikiConfig().baseTemplate, m_server->baseTemplate());
    QCOMPARE(ReaderSettings::wikiOffline(), true);
    QCOMPARE(ReaderSettings::wikiCacheMegabytes(), 7);

    // Applied to the service: an article opened now is served offline, without a request.
    m_server->addPage(QStringLiteral("en"), QStringLiteral("Simon Stiell"));
    QVERIFY(openAndSelect(window, QStringLiteral("Simon Stiell")));
    Panel p(window.biographyPanel());
    QTRY_VERIFY(p.state->text().startsWith(QStringLiteral("Offline")));
    QVERIFY(m_server->requests().isEmpty());

    // A new window starts with the saved settings.
    MainWindow second(options());
    QCOMPARE(second.wikiConfig().offline, true);
    QCOMPARE(second.wikiConfig().cacheBytes, qint64(7) * 1024 * 1024);
}

void TestSummaryPanel::settingsDialog_refusesABaseThatIsNoWebAddress()
{
    SettingsDialog dialog;
    dialog.show();
    auto *base = dialog.findChild<QLineEdit *>(QStringLiteral("settingsBaseUrl"));
    auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"))->button(QDialogButtonBox::Ok);
    base->setText(QStringLiteral("file:///etc/{lang}"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("settingsProblem"))->isVisible());
    base->setText(QStringLiteral("https://mirror.example.org/{lang}/api/rest_v1"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(ReaderSettings::wikiBaseUrl(), QStringLiteral("https://mirror.example.org/{lang}/api/rest_v1"));
}

QTEST_MAIN(TestSummaryPanel)
#include "tst_summarypanel.moc"
