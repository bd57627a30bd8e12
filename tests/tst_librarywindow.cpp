// The library in the real window: a folder argument fills the Library dock instead of opening tabs, a single
// click previews in one tab that the next click replaces, a double-click keeps it, and a search hit opens the
// article with its match found.
#include "articleview.h"
#include "findbar.h"
#include "library/librarycontroller.h"
#include "library/librarypanel.h"
#include "library/libraryservice.h"
#include "mainwindow.h"
#include "models/librarymodel.h"
#include "support/guisupport.h"
#include "support/testpaths.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;

class TestLibraryWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void folderArgument_fillsTheLibraryNotTabs();
    void singleClick_previewsAndTheNextReplacesIt_doubleClickKeeps();
    void searchHit_opensTheArticleAtItsMatch();

private:
    std::unique_ptr<QTemporaryDir> m_feed;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<MainWindow> m_window;
    QString file(const QString &name) const { return m_feed->filePath(name); }
};

void TestLibraryWindow::initTestCase()
{
    Test::isolateSettings();
}

void TestLibraryWindow::init()
{
    Test::clearSettings();
    m_window.reset();
    m_feed = std::make_unique<QTemporaryDir>();
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(QFile::copy(Test::samplePath(QStringLiteral("hafenstreik-hamburg.txt")), file(QStringLiteral("a.txt"))));
    QVERIFY(QFile::copy(Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")), file(QStringLiteral("b.txt"))));
    QVERIFY(QFile::copy(Test::seedPath(), file(QStringLiteral("c.txt"))));
    WikiOptions options;
    options.dataDir = m_data->path();
    m_window = std::make_unique<MainWindow>(options);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->handleArguments({ m_feed->path() }));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->library()->panel()->model()->totalCount(), 3, 30000);
}

void TestLibraryWindow::folderArgument_fillsTheLibraryNotTabs()
{
    QCOMPARE(m_window->articleCount(), 0);
    QVERIFY(m_window->library()->dock()->isVisible());
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("libraryDock")));
}

void TestLibraryWindow::singleClick_previewsAndTheNextReplacesIt_doubleClickKeeps()
{
    LibraryPanel *panel = m_window->library()->panel();
    QSignalSpy opened(m_window.get(), &MainWindow::articleOpened);
    emit panel->openRequested(file(QStringLiteral("a.txt")), false);
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(m_window->articleCount(), 1);
    QVERIFY(m_window->previewView());
    QCOMPARE(m_window->previewView()->path(), file(QStringLiteral("a.txt")));

    emit panel->openRequested(file(QStringLiteral("b.txt")), false);
    QTRY_COMPARE(opened.size(), 2);
    QCOMPARE(m_window->articleCount(), 1); // replaced, not added
    QCOMPARE(m_window->currentView()->path(), file(QStringLiteral("b.txt")));
    QCOMPARE(m_window->previewView(), m_window->currentView());

    emit panel->openRequested(file(QStringLiteral("b.txt")), true); // double-click: kept
    QTRY_COMPARE(opened.size(), 3);
    QVERIFY(!m_window->previewView());
    QCOMPARE(m_window->articleCount(), 1);

    emit panel->openRequested(file(QStringLiteral("c.txt")), false);
    QTRY_COMPARE(opened.size(), 4);
    QCOMPARE(m_window->articleCount(), 2); // the kept tab stays
    QCOMPARE(m_window->previewView()->path(), file(QStringLiteral("c.txt")));

    // A double-click on the preview's tab keeps it too.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("articleTabs"));
    emit tabs->tabBarDoubleClicked(tabs->indexOf(m_window->previewView()));
    QVERIFY(!m_window->previewView());
}

void TestLibraryWindow::searchHit_opensTheArticleAtItsMatch()
{
    LibraryPanel *panel = m_window->library()->panel();
    auto *search = panel->findChild<QLineEdit *>(QStringLiteral("librarySearch"));
    QSignalSpy hits(m_window->library()->service(), &LibraryService::searchFinished);
    search->setText(QStringLiteral("schoigu"));
    QVERIFY(hits.wait(10000));
    const auto found = hits.last().at(1).value<QList<LibraryHit>>();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().file, file(QStringLiteral("c.txt")));
    QSignalSpy opened(m_window.get(), &MainWindow::articleOpened);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(m_window->currentView()->path(), file(QStringLiteral("c.txt")));
    QVERIFY(!m_window->previewView()); // a hit is kept
    auto *findBar = m_window->findChild<FindBar *>();
    QVERIFY(findBar && findBar->isVisible());
    QTRY_VERIFY(m_window->currentView()->matchCount() > 0);
}

QTEST_MAIN(TestLibraryWindow)
#include "tst_librarywindow.moc"
