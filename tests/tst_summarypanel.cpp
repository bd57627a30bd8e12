// Wikipedia summaries in the real window: the biography panel against a fake REST server on 127.0.0.1.
#include "annotationcontroller.h"
#include "article/articletext.h"
#include "article/ozdparser.h"
#include "articleview.h"
#include "biographypanel.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "notes/annotationstore.h"
#include "readersettings.h"
#include "settingsdialog.h"
#include "support/fakewikiserver.h"
#include "support/guisupport.h"
#include "support/testpaths.h"
#include "wiki/summaryservice.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTranslator>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

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

    void column_followsOnWithoutAGapAtEveryHeight_data();
    void column_followsOnWithoutAGapAtEveryHeight();
    void mentions_areCountedLikeTheLinksInTheArticle();
    void mentions_sayHowOftenWithPlurals_data();
    void mentions_sayHowOftenWithPlurals();
    void mentionLink_click_emitsEntryAndMention();
    void wikipediaLink_showsDecoded_opensTheValidatedUrl();
    void displayUrl_keepsDisguisingCharactersEncoded();
    void summaryOfMarkup_isShownAsPlainText();

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

namespace {

// An article whose mentions are known: Anna Beispiel four times outside her entry (once only in the commentary's
// title, which has no links), the Beispielrat twice.
Article mentionArticle()
{
    return OzdParser::parseText(QStringLiteral("Titel\n"
                                               "Anna Beispiel traf den Beispielrat. Später sagte Beispiel, der "
                                               "Beispielrat tage oft.\n"
                                               "Anna Beispiel reiste ab.\n"
                                               "OZD / ©dpa\n"
                                               "OZD-Kommentar:\n"
                                               "Ein Titel mit Beispiel\n"
                                               "Im Kommentar steht Anna Beispiel noch einmal.\n"
                                               "Biographien und Erklärungen:\n"
                                               "Wer ist Anna Beispiel?\nEine Person, Anna Beispiel eben.\n"
                                               "Wikipedia-Seite: https://de.wikipedia.org/wiki/Anna_Beispiel\n"
                                               "Was ist der Beispielrat?\nEin Gremium.\n"
                                               "Wikipedia-Seite: https://de.wikipedia.org/wiki/Beispielrat\n"),
                                QStringLiteral("beispiel.txt"));
}

QImage pngImage(int width, int height, QByteArray *png)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QBuffer buffer(png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return image;
}

// The panel on its own, over a model of `article`, with a loaded summary (and thumbnail) for every linked entry.
struct StandalonePanel
{
    explicit StandalonePanel(const Article &article, const QString &extract = {})
    {
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setArticle(article);
        // The mentions are searched off the GUI thread and announced with dataChanged(MentionsRole).
        mentionsFound = QTest::qWaitFor([&] {
            return std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &arguments) {
                return arguments.at(2).value<QList<int>>().contains(MentionsRole);
            });
        });
        QByteArray png;
        pngImage(320, 240, &png);
        for (const QUrl &url : model.summaryUrls()) {
            SummaryResult loaded;
            loaded.articleUrl = url;
            loaded.state = SummaryState::Loaded;
            loaded.summary.title = url.fileName();
            loaded.summary.description = QStringLiteral("Eine Beschreibung");
            loaded.summary.extract = extract.isEmpty() ? QStringLiteral("Ein Auszug, lang genug, um neben dem "
                                                                        "Vorschaubild in mehreren Zeilen umzubrechen.")
                                                       : extract;
            loaded.summary.thumbnail = png;
            loaded.summary.pageUrl = url;
            model.applySummary(loaded);
        }
        panel.setModel(&model);
    }
    BiographyModel model;
    BiographyPanel panel;
    bool mentionsFound = false;
};

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// A link of a text browser, clicked where it is drawn.
bool clickAnchor(QTextBrowser *browser, const QString &href)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor() || fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position());
            const QPoint at = browser->cursorRect(cursor).center() + QPoint(3, 0);
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
            return true;
        }
    }
    return false;
}

// Answers only the mention line, with the forms a .ts file gives it (English and German: one, other).
class MentionTranslator final : public QTranslator
{
public:
    MentionTranslator(QString one, QString other)
        : m_one(std::move(one))
        , m_other(std::move(other))
    { }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        if (qstrcmp(context, "Randnotiz::BiographyPanel") != 0 || disambiguation
            || qstrcmp(source, "Mentioned %n time(s) in this article") != 0)
            return {};
        return n == 1 ? m_one : m_other;
    }

private:
    QString m_one;
    QString m_other;
};

} // namespace

// Where the browser would be asked to open a link.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

void TestSummaryPanel::column_followsOnWithoutAGapAtEveryHeight_data()
{
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    QTest::newRow("300") << 300 << 420;
    QTest::newRow("600") << 600 << 420;
    QTest::newRow("1200") << 1200 << 420;
    QTest::newRow("1200 narrow") << 1200 << 260;
}

void TestSummaryPanel::column_followsOnWithoutAGapAtEveryHeight()
{
    QFETCH(int, height);
    QFETCH(int, width);
    StandalonePanel s(OzdParser::parseFile(Test::samplePath(QStringLiteral("klimagipfel-bonn.txt"))).article);
    QVERIFY(s.mentionsFound);
    BiographyPanel &panel = s.panel;
    panel.setCurrentEntry(2); // das Pariser Klimaabkommen: mentioned in the body, linked with an encoded address
    panel.resize(width, height);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    auto *scroll = child<QScrollArea>(&panel, "biographyScroll");
    QVERIFY(scroll);
    QWidget *column = scroll->widget();
    const QList<QWidget *> order { child<QLabel>(&panel, "biographyQuestion"),
                                   child<QTextBrowser>(&panel, "biographyText"),
                                   child<QTextBrowser>(&panel, "biographyMentions"),
                                   child<QWidget>(&panel, "biographySummary"),
                                   child<QPushButton>(&panel, "copySummaryButton") };
    for (QWidget *w : order) {
        QVERIFY(w);
        QVERIFY2(w->isVisible(), qPrintable(w->objectName()));
    }
    const auto rect = [column](QWidget *w) { return QRect(w->mapTo(column, QPoint(0, 0)), w->size()); };
    // Where a piece's text (or, for the summary box, its last line) ends: an empty stretch inside a widget is a gap
    // as much as one between widgets.
    const auto contentBottom = [&](QWidget *w) {
        if (auto *browser = qobject_cast<QTextBrowser *>(w))
            return rect(w).top() + int(std::ceil(browser->document()->size().height()));
        if (auto *label = qobject_cast<QLabel *>(w))
            return rect(w).top() + label->heightForWidth(label->width());
        if (!w->layout())
            return rect(w).bottom() + 1; // a button
        int bottom = rect(w).top();
        for (QWidget *c : w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (c->isVisible())
                bottom = qMax(bottom, rect(c).bottom() + 1 + w->layout()->contentsMargins().bottom());
        }
        return bottom;
    };
    // Each piece directly under the one before it: no more than the layout's spacing between them.
    const auto gaps = [&] {
        QList<int> list;
        for (qsizetype i = 1; i < order.size(); ++i)
            list << rect(order.at(i)).top() - contentBottom(order.at(i - 1));
        list << rect(order.last()).bottom() + 1 - contentBottom(order.last());
        return list;
    };
    // Let every layout request (the scroll area's, the column's, the rows that change direction) run to the end.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    const QList<int> measured = gaps();
    QVERIFY2(std::all_of(measured.cbegin(), measured.cend(), [](int gap) { return gap >= 0 && gap <= 12; }),
             qPrintable(QStringLiteral("gaps under question, text, mentions, summary, in the buttons: ") + [&] {
                 QStringList shown;
                 for (int gap : gaps())
                     shown << QString::number(gap);
                 return shown.join(QStringLiteral(", "));
             }()));
    // Nothing is cut off: the texts are as tall as their text, and the column as wide as what it shows.
    auto *text = static_cast<QTextBrowser *>(order.at(1));
    QVERIFY(text->height() >= int(text->document()->size().height()));
    QVERIFY(text->document()->size().height() > 2 * text->fontMetrics().height());
    for (QWidget *w : column->findChildren<QWidget *>()) {
        if (w->isVisible())
            QVERIFY2(rect(w).right() <= scroll->viewport()->width(), qPrintable(w->objectName()));
    }
    QVERIFY(column->width() <= scroll->viewport()->width());
    // The thumbnail is beside the extract when there is room, above it when not; never over it.
    auto *thumbnail = child<QLabel>(&panel, "summaryThumbnail");
    auto *extract = child<QLabel>(&panel, "summaryExtract");
    QVERIFY(thumbnail->isVisible());
    QVERIFY(!rect(thumbnail).intersects(rect(extract)));
    QCOMPARE(rect(thumbnail).top() < rect(extract).top() || rect(thumbnail).left() > rect(extract).right(), true);

    const QString shot
        = QCoreApplication::applicationDirPath() + QStringLiteral("/summarypanel-%1x%2.png").arg(width).arg(height);
    QVERIFY(panel.grab().save(shot));
}

void TestSummaryPanel::mentions_areCountedLikeTheLinksInTheArticle()
{
    const Article article = mentionArticle();
    BiographyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setArticle(article);
    // Found off the GUI thread, then announced for every row at once.
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1));
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int> { MentionsRole });
    const QString text = ArticleText(article).text();
    const QList<int> anna { int(text.indexOf(QStringLiteral("Anna Beispiel traf"))),
                            int(text.indexOf(QStringLiteral("Beispiel, der"))),
                            int(text.indexOf(QStringLiteral("Anna Beispiel reiste"))),
                            int(text.indexOf(QStringLiteral("Anna Beispiel noch"))) };
    QVERIFY(!anna.contains(-1));
    QCOMPARE(model.index(0).data(MentionsRole).value<QList<int>>(), anna);
    const QList<int> council { int(text.indexOf(QStringLiteral("den Beispielrat"))),
                               int(text.indexOf(QStringLiteral("der Beispielrat tage"))) };
    QCOMPARE(model.index(1).data(MentionsRole).value<QList<int>>(), council);
    // A new article is searched anew; the search for one replaced at once never lands.
    model.setArticle(article);
    model.setArticle(OzdParser::parseFile(Test::samplePath(QStringLiteral("klimagipfel-bonn.txt"))).article);
    QVERIFY(model.index(0).data(MentionsRole).value<QList<int>>().isEmpty());
    QTRY_COMPARE(changed.count(), 2);
    QVERIFY(!model.index(0).data(MentionsRole).value<QList<int>>().isEmpty());
    QCOMPARE(changed.at(1).at(1).toModelIndex(), model.index(3));
}

void TestSummaryPanel::mentions_sayHowOftenWithPlurals_data()
{
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QString>("annaText");
    QTest::addColumn<QString>("councilText");
    QTest::newRow("en") << QStringLiteral("Mentioned %n time in this article")
                        << QStringLiteral("Mentioned %n times in this article")
                        << QStringLiteral("Mentioned 4 times in this article: 1, 2, 3, 4")
                        << QStringLiteral("Mentioned 2 times in this article: 1, 2");
    QTest::newRow("de") << QStringLiteral("%n-mal in diesem Artikel erwähnt")
                        << QStringLiteral("%n-mal in diesem Artikel erwähnt")
                        << QStringLiteral("4-mal in diesem Artikel erwähnt: 1, 2, 3, 4")
                        << QStringLiteral("2-mal in diesem Artikel erwähnt: 1, 2");
}

void TestSummaryPanel::mentions_sayHowOftenWithPlurals()
{
    QFETCH(QString, one);
    QFETCH(QString, other);
    QFETCH(QString, annaText);
    QFETCH(QString, councilText);
    MentionTranslator translator(one, other);
    QVERIFY(QCoreApplication::installTranslator(&translator));
    StandalonePanel s(mentionArticle());
    QVERIFY(s.mentionsFound);
    auto *mentions = child<QTextBrowser>(&s.panel, "biographyMentions");
    QVERIFY(mentions);
    s.panel.setCurrentEntry(0);
    const QString anna = mentions->toPlainText();
    s.panel.setCurrentEntry(1);
    const QString council = mentions->toPlainText();

    // One mention: the singular form.
    Article single = mentionArticle();
    ArticleData data = single.data();
    data.body = { QStringLiteral("Nur einmal: Anna Beispiel.") };
    data.commentary.reset();
    StandalonePanel once((Article(data)));
    QVERIFY(once.mentionsFound);
    auto *onceMentions = child<QTextBrowser>(&once.panel, "biographyMentions");
    const QString onceText = onceMentions->toPlainText();
    const bool onceShown = !onceMentions->isHidden();
    once.panel.setCurrentEntry(1);
    const bool noneHidden = onceMentions->isHidden();
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(anna, annaText);
    QCOMPARE(council, councilText);
    QCOMPARE(onceText, QString(one).replace(QStringLiteral("%n"), QStringLiteral("1")) + QStringLiteral(": 1"));
    QVERIFY(onceShown);
    // Not mentioned outside its entry: no line at all rather than "0 times".
    QVERIFY(noneHidden);
}

void TestSummaryPanel::mentionLink_click_emitsEntryAndMention()
{
    StandalonePanel s(mentionArticle());
    QVERIFY(s.mentionsFound);
    s.panel.resize(420, 600);
    s.panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    auto *mentions = child<QTextBrowser>(&s.panel, "biographyMentions");
    QSignalSpy requested(&s.panel, &BiographyPanel::mentionRequested);
    s.panel.setCurrentEntry(0);
    QTRY_VERIFY(mentions->height() > 0 && mentions->isVisible());
    QVERIFY(clickAnchor(mentions, QStringLiteral("#mention-2")));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toInt(), 0);
    QCOMPARE(requested.at(0).at(1).toInt(), 2);

    s.panel.setCurrentEntry(1);
    QTRY_VERIFY(mentions->isVisible());
    QVERIFY(clickAnchor(mentions, QStringLiteral("#mention-0")));
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(0).toInt(), 1);
    QCOMPARE(requested.at(1).at(1).toInt(), 0);
    // Two mentions, two links.
    QVERIFY(!clickAnchor(mentions, QStringLiteral("#mention-2")));
}

void TestSummaryPanel::wikipediaLink_showsDecoded_opensTheValidatedUrl()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    StandalonePanel s(OzdParser::parseFile(Test::samplePath(QStringLiteral("klimagipfel-bonn.txt"))).article);
    s.panel.resize(420, 700);
    s.panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    s.panel.setCurrentEntry(2); // written as https://de.wikipedia.org/wiki/%C3%9Cbereinkommen_von_Paris
    auto *link = child<QTextBrowser>(&s.panel, "biographyLink");
    QVERIFY(link);
    QTRY_VERIFY(link->isVisible() && link->height() > 0);
    QCOMPARE(link->toPlainText(), QStringLiteral("de.wikipedia.org/wiki/Übereinkommen_von_Paris"));
    const QUrl validated = s.model.index(2).data(WikipediaUrlRole).toUrl();
    QVERIFY(clickAnchor(link, validated.toString(QUrl::FullyEncoded)));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(catcher.urls.size(), 1);
    QCOMPARE(catcher.urls.first(), validated);
    QCOMPARE(catcher.urls.first().toString(QUrl::FullyEncoded),
             QStringLiteral("https://de.wikipedia.org/wiki/%C3%9Cbereinkommen_von_Paris"));
    // The attribution's tooltip shows the page the same way.
    auto *attribution = child<QLabel>(&s.panel, "summaryPageLink");
    QVERIFY(attribution->toolTip().contains(QStringLiteral("de.wikipedia.org/wiki/Übereinkommen_von_Paris")));
    QVERIFY(!attribution->toolTip().contains(QStringLiteral("%C3")));
}

void TestSummaryPanel::displayUrl_keepsDisguisingCharactersEncoded()
{
    QCOMPARE(BiographyPanel::displayUrl(QUrl(QStringLiteral("https://de.wikipedia.org/wiki/G%C3%B6rlitz"))),
             QStringLiteral("de.wikipedia.org/wiki/Görlitz"));
    // A right-to-left override would show the address backwards: it stays as it was sent.
    const QString shown
        = BiographyPanel::displayUrl(QUrl(QStringLiteral("https://de.wikipedia.org/wiki/A%E2%80%AEgpj")));
    QVERIFY2(!shown.contains(QChar(0x202E)), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("%E2%80%AE")), qPrintable(shown));
    QVERIFY(!shown.startsWith(QStringLiteral("https")));
}

void TestSummaryPanel::summaryOfMarkup_isShownAsPlainText()
{
    const QString markup
        = QStringLiteral("<b>fett</b> <img src=\"https://example.org/x.png\"> &amp; <a href=\"x\">y</a>");
    Article article = mentionArticle();
    ArticleData data = article.data();
    data.explanations[0].paragraphs = { markup };
    StandalonePanel s(Article(data), markup);
    QVERIFY(s.mentionsFound);
    s.panel.resize(420, 700);
    s.panel.show();
    s.panel.setCurrentEntry(0);
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    auto *text = child<QTextBrowser>(&s.panel, "biographyText");
    auto *extract = child<QLabel>(&s.panel, "summaryExtract");
    auto *title = child<QLabel>(&s.panel, "summaryTitle");
    QCOMPARE(text->toPlainText(), markup);
    QCOMPARE(extract->text(), markup);
    QCOMPARE(extract->textFormat(), Qt::PlainText);
    QCOMPARE(title->textFormat(), Qt::PlainText);
    // Neither the article's text nor the mention line holds anything but text (and our own links).
    for (QTextBrowser *browser :
         { text, child<QTextBrowser>(&s.panel, "biographyMentions"), child<QTextBrowser>(&s.panel, "biographyLink") }) {
        for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                QVERIFY(!format.isImageFormat());
                QVERIFY(format.fontWeight() <= QFont::Normal);
                if (browser == text)
                    QVERIFY(!format.isAnchor());
            }
        }
    }
}

QTEST_MAIN(TestSummaryPanel)
#include "tst_summarypanel.moc"
