// Reopening Randnotiz brings back the tabs of the last session, in order, each where the reader left it.
#include "annotationcontroller.h"
#include "articledocument.h"
#include "articletextview.h"
#include "articleview.h"
#include "cli/commandline.h"
#include "mainwindow.h"
#include "models/biographymodel.h"
#include "notes/annotationstore.h"
#include "readersettings.h"
#include "support/guisupport.h"
#include "support/testpaths.h"
#include "wiki/summaryservice.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;

class TestSessionRestore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void reopen_restoresTabsOrderCurrentTabAndPlaces();
    void reopen_skipsAFileThatIsGoneWithAMessage();
    void reopen_atAnotherSizeAndZoom_showsTheSameTextAtTheTop();
    void reopen_settingsOfAnOlderVersion_useTheScrollValue();
    void noRestore_startsEmpty();
    void startUp_paintsTheArticleBeforeOpeningTheStoreAndTheWorker();
    void startUp_withSummariesOn_paintsBeforeOpeningTheStoreThenAsks();

private:
    // Opens two files (and the sample, which is not kept), scrolls both and closes the window on the first.
    void writeSession();
    WikiOptions options() const; // notes of the test's own, away from other tests' test-mode data
    QTemporaryDir m_dir;
    QString m_first;
    QString m_second;
    int m_firstScroll = 0;
    int m_secondScroll = 0;
    int m_firstPlace = -1; // the text offsets at the top when the window closed
    int m_secondPlace = -1;
};

namespace {

// The reading view's scroll bar: its scroll area with the most to scroll.
QScrollBar *scrollBar(ArticleView *view)
{
    QScrollBar *best = nullptr;
    const QList<QAbstractScrollArea *> areas = view->findChildren<QAbstractScrollArea *>();
    for (QAbstractScrollArea *area : areas) {
        if (!best || area->verticalScrollBar()->maximum() > best->maximum())
            best = area->verticalScrollBar();
    }
    return best;
}

QStringList tabPaths(MainWindow &window)
{
    QStringList paths;
    for (int i = 0; i < window.articleCount(); ++i)
        paths << window.viewAt(i)->path();
    return paths;
}

// The line with this offset of the article's text is the first on screen.
bool isAtTop(ArticleView *view, int offset)
{
    const int position = view->document() ? view->document()->positionOf(offset) : -1;
    if (position < 0)
        return false;
    const QRect at = view->textView()->characterRect(position);
    return at.bottom() > 0 && at.top() < at.height();
}

int currentIndex(MainWindow &window)
{
    return window.findChild<QTabWidget *>(QStringLiteral("articleTabs"))->currentIndex();
}

} // namespace

void TestSessionRestore::initTestCase()
{
    Test::isolateSettings();
    QVERIFY(m_dir.isValid());
}

void TestSessionRestore::init()
{
    Test::clearSettings();
    m_first = m_dir.filePath(QStringLiteral("first.txt"));
    m_second = m_dir.filePath(QStringLiteral("second.txt"));
    QFile::remove(m_first);
    QFile::remove(m_second);
    QVERIFY(QFile::copy(Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")), m_first));
    QVERIFY(QFile::copy(Test::samplePath(QStringLiteral("hafenstreik-hamburg.txt")), m_second));
}

WikiOptions TestSessionRestore::options() const
{
    WikiOptions options;
    options.dataDir = m_dir.filePath(QStringLiteral("data"));
    return options;
}

void TestSessionRestore::writeSession()
{
    MainWindow window(options());
    window.resize(1100, 480); // low enough that both articles scroll
    window.show();
    window.openSample();
    QTRY_COMPARE(window.articleCount(), 1);
    window.openFile(m_first);
    QTRY_COMPARE(window.articleCount(), 2);
    window.openFile(m_second);
    QTRY_COMPARE(window.articleCount(), 3);
    QCOMPARE(tabPaths(window).mid(1), (QStringList { m_first, m_second }));

    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("articleTabs"));
    tabs->setCurrentIndex(2);
    QTRY_VERIFY(scrollBar(window.viewAt(2))->maximum() > 40);
    m_secondScroll = scrollBar(window.viewAt(2))->maximum() / 2;
    scrollBar(window.viewAt(2))->setValue(m_secondScroll);
    tabs->setCurrentIndex(1);
    QTRY_VERIFY(scrollBar(window.viewAt(1))->maximum() > 40);
    m_firstScroll = scrollBar(window.viewAt(1))->maximum() / 3;
    scrollBar(window.viewAt(1))->setValue(m_firstScroll);
    QVERIFY(m_firstScroll > 0 && m_secondScroll > 0 && m_firstScroll != m_secondScroll);
    QVERIFY(window.close()); // closeEvent() keeps the session
    // The places as the window had them when it closed (its layout may have settled after the scrolling above).
    const QList<ReaderSettings::SessionTab> saved = ReaderSettings::sessionTabs();
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(0).path, m_first);
    QCOMPARE(saved.at(1).path, m_second);
    QCOMPARE(ReaderSettings::sessionCurrentTab(), 0);
    m_firstScroll = saved.at(0).scroll;
    m_secondScroll = saved.at(1).scroll;
    QVERIFY(m_firstScroll > 0 && m_secondScroll > 0);
    // The place is kept as text: the offset of the first text on screen.
    m_firstPlace = saved.at(0).offset;
    m_secondPlace = saved.at(1).offset;
    QVERIFY(m_firstPlace > 0 && m_secondPlace > 0);
}

void TestSessionRestore::reopen_restoresTabsOrderCurrentTabAndPlaces()
{
    writeSession();
    MainWindow window(options());
    window.show();
    window.startUp({}, true);
    QTRY_COMPARE(window.articleCount(), 2);
    // The sample is not part of a session: the two files in their order, the first one current as it was.
    QCOMPARE(tabPaths(window), (QStringList { m_first, m_second }));
    QTRY_COMPARE(currentIndex(window), 0);
    QTRY_VERIFY(isAtTop(window.viewAt(0), m_firstPlace));
    window.findChild<QTabWidget *>(QStringLiteral("articleTabs"))->setCurrentIndex(1);
    QTRY_VERIFY(isAtTop(window.viewAt(1), m_secondPlace));
    QVERIFY2(window.findChild<QWidget *>(QStringLiteral("errorBar"))->isHidden(),
             qPrintable(window.findChild<QLabel *>(QStringLiteral("errorMessage"))->text()));
}

void TestSessionRestore::reopen_skipsAFileThatIsGoneWithAMessage()
{
    writeSession();
    QVERIFY(QFile::remove(m_second));
    MainWindow window(options());
    window.show();
    window.startUp({}, true);
    QTRY_COMPARE(window.articleCount(), 1);
    QCOMPARE(tabPaths(window), QStringList { m_first });
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("errorBar"))->isVisible());
    const QString message = window.findChild<QLabel *>(QStringLiteral("errorMessage"))->text();
    QVERIFY2(message.contains(QStringLiteral("second.txt")) && message.contains(QStringLiteral("last session")),
             qPrintable(message));
    QTRY_VERIFY(isAtTop(window.viewAt(0), m_firstPlace));
}

void TestSessionRestore::reopen_atAnotherSizeAndZoom_showsTheSameTextAtTheTop()
{
    writeSession(); // at 1100x480, normal size
    ReaderSettings::setZoom(4);
    MainWindow window(options());
    window.resize(760, 640); // narrower and taller: other lines, another scroll value for the same text
    window.show();
    window.startUp({}, true);
    QTRY_COMPARE(window.articleCount(), 2);
    QTRY_COMPARE(currentIndex(window), 0);
    ArticleView *first = window.viewAt(0);
    QTRY_VERIFY(first->isComplete());
    QTRY_VERIFY2(
        isAtTop(first, m_firstPlace),
        qPrintable(QStringLiteral("top %1, saved %2").arg(first->readingOffset().value_or(-1)).arg(m_firstPlace)));
    // The scroll value alone would have shown other text.
    QVERIFY(scrollBar(first)->value() != m_firstScroll);
    window.findChild<QTabWidget *>(QStringLiteral("articleTabs"))->setCurrentIndex(1);
    QTRY_VERIFY(isAtTop(window.viewAt(1), m_secondPlace));
    // The place holds while the window settles; then the reader's own scrolling is theirs.
    QVERIFY(isAtTop(first, m_firstPlace));
    window.findChild<QTabWidget *>(QStringLiteral("articleTabs"))->setCurrentIndex(0);
    scrollBar(first)->triggerAction(QAbstractSlider::SliderToMinimum);
    window.resize(900, 640);
    QTRY_COMPARE(scrollBar(first)->value(), 0);
    QVERIFY(!isAtTop(first, m_firstPlace));
}

void TestSessionRestore::reopen_settingsOfAnOlderVersion_useTheScrollValue()
{
    // An older version kept only the scroll value; a place past the end of a changed file is not an error either.
    ReaderSettings::setSession({ { m_first, 300, -1 }, { m_second, 0, 100000000 } }, 0);
    MainWindow window(options());
    window.resize(1100, 480);
    window.show();
    window.startUp({}, true);
    QTRY_COMPARE(window.articleCount(), 2);
    QTRY_COMPARE(currentIndex(window), 0);
    QScrollBar *first = scrollBar(window.viewAt(0));
    QTRY_VERIFY(first->maximum() > 0);
    QTRY_COMPARE(first->value(), std::min(300, first->maximum()));
    window.findChild<QTabWidget *>(QStringLiteral("articleTabs"))->setCurrentIndex(1);
    QScrollBar *second = scrollBar(window.viewAt(1));
    QTRY_VERIFY(second->maximum() > 0);
    QTRY_VERIFY(second->value() > 0); // towards the end of the article
    QVERIFY2(window.findChild<QWidget *>(QStringLiteral("errorBar"))->isHidden(),
             qPrintable(window.findChild<QLabel *>(QStringLiteral("errorMessage"))->text()));
}

void TestSessionRestore::noRestore_startsEmpty()
{
    writeSession();
    CommandLine cli;
    cli.process({ QStringLiteral("randnotiz"), QStringLiteral("--no-restore") });
    QVERIFY(cli.isSet(cli.noRestore));
    MainWindow window(options());
    window.show();
    window.startUp(cli.positional(), !cli.isSet(cli.noRestore));
    QCOMPARE(window.pendingCount(), 0); // nothing is loading: neither the session nor the sample
    QCOMPARE(window.articleCount(), 0);
    // Without the option the same settings bring the session back.
    MainWindow restored(options());
    restored.startUp({}, true);
    QTRY_COMPARE(restored.articleCount(), 2);
}

void TestSessionRestore::startUp_paintsTheArticleBeforeOpeningTheStoreAndTheWorker()
{
    MainWindow window(options());
    bool storeAtPaint = true;
    bool workerAtPaint = true;
    connect(&window, &MainWindow::articlePainted, this, [&] {
        storeAtPaint = window.annotations()->isStoreOpened();
        workerAtPaint = window.summaryService()->isStarted();
    });
    QSignalSpy painted(&window, &MainWindow::articlePainted);
    QSignalSpy notes(window.annotations(), &AnnotationController::notesShown);
    window.show();
    window.startUp({ m_first }, false);
    QTRY_COMPARE(painted.count(), 1);
    QVERIFY(!storeAtPaint);
    QVERIFY(!workerAtPaint);
    // Then, without anything else happening: the store opens, the tab painted before gets its notes, the worker runs.
    QTRY_VERIFY(window.annotations()->isStoreOpened());
    QVERIFY(window.annotations()->store()->isOpen());
    QTRY_COMPARE(notes.count(), 1);
    QTRY_VERIFY(window.summaryService()->isStarted());
}

void TestSessionRestore::startUp_withSummariesOn_paintsBeforeOpeningTheStoreThenAsks()
{
    // Summaries on (a base URL of the test's own, offline: nothing is sent): asking for them reads the links the
    // reader chose from the store, which must not make the first paint wait for the store.
    WikiOptions wiki = options();
    wiki.baseTemplate = QStringLiteral("http://127.0.0.1:9/{lang}/api/rest_v1");
    wiki.offline = true;
    MainWindow window(wiki);
    bool storeAtPaint = true;
    connect(&window, &MainWindow::articlePainted, this, [&] { storeAtPaint = window.annotations()->isStoreOpened(); });
    QSignalSpy painted(&window, &MainWindow::articlePainted);
    window.show();
    window.startUp({ m_first }, false);
    QTRY_COMPARE(painted.count(), 1);
    QVERIFY(!storeAtPaint);
    QTRY_VERIFY(window.annotations()->isStoreOpened());
    QTRY_VERIFY(window.summaryService()->isStarted());
    // Then the summaries are asked for: offline, each linked entry says so instead of waiting forever.
    BiographyModel *entries = window.viewAt(0)->biographies();
    QTRY_VERIFY(SummaryState(entries->index(0, 0).data(SummaryStateRole).toInt()) == SummaryState::Offline);
}

QTEST_MAIN(TestSessionRestore)
#include "tst_sessionrestore.moc"
