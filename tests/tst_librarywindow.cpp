// The library in the real window: a folder argument fills the Library dock instead of opening tabs, a single
// click previews in one tab that the next click replaces, a double-click keeps it, a search hit opens the
// article with exactly its matched words selected, `randnotiz FOLDER` brings the Library dock to the front, and
// a folder removed from the library takes its articles along but leaves their notes.
#include "annotationcontroller.h"
#include "articletextview.h"
#include "articleview.h"
#include "library/librarycontroller.h"
#include "library/librarypanel.h"
#include "library/libraryservice.h"
#include "mainwindow.h"
#include "models/librarymodel.h"
#include "notes/annotationstore.h"
#include "readersettings.h"
#include "support/guisupport.h"
#include "support/testpaths.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

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
    void folderAtStart_libraryDockIsInFront();
    void removeFolder_itsArticlesLeaveTheirNotesStay();

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
    ArticleView *view = m_window->currentView();
    QCOMPARE(view->path(), file(QStringLiteral("c.txt")));
    QVERIFY(!m_window->previewView()); // a hit is kept
    // Exactly the words the index matched are selected, where the snippet has them, and are on screen.
    const LibraryHit &hit = found.first();
    QVERIFY(!hit.matches.isEmpty());
    const QString matched
        = hit.snippet.mid(hit.matches.first().first, hit.matches.first().second - hit.matches.first().first);
    QTRY_VERIFY(view->selectedRange().has_value());
    const auto [start, end] = *view->selectedRange();
    QCOMPARE(view->articleText().text().mid(start, end - start), matched);
    const std::optional<ArticleText::Location> at = view->articleText().locationOf(start);
    QVERIFY(at);
    QCOMPARE(at->part, hit.part);
    ArticleTextView *text = view->textView();
    QTRY_VERIFY(text->viewport()->rect().contains(text->cursorRect().center()));
}

void TestLibraryWindow::folderAtStart_libraryDockIsInFront()
{
    // As main() does it: the arguments come before the window is shown.
    m_window.reset();
    Test::clearSettings();
    WikiOptions options;
    options.dataDir = m_data->path();
    m_window = std::make_unique<MainWindow>(options);
    m_window->startUp({ m_feed->path() }, false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QDockWidget *library = m_window->library()->dock();
    auto *outline = m_window->findChild<QDockWidget *>(QStringLiteral("outlineDock"));
    QVERIFY(outline);
    // They share one tab bar: the library is the one shown, the outline waits behind its tab.
    QCOMPARE(m_window->tabifiedDockWidgets(library), QList<QDockWidget *> { outline });
    // A dock behind its tab still says isVisible(); what is on screen tells them apart.
    QTRY_VERIFY(!library->visibleRegion().isEmpty());
    QVERIFY(m_window->rect().contains(library->geometry()));
    QVERIFY(outline->visibleRegion().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->library()->panel()->model()->totalCount(), 3, 30000);
    QVERIFY(m_window->library()->panel()->isVisible());
}

void TestLibraryWindow::removeFolder_itsArticlesLeaveTheirNotesStay()
{
    LibraryPanel *panel = m_window->library()->panel();
    QSignalSpy opened(m_window.get(), &MainWindow::articleOpened);
    emit panel->openRequested(file(QStringLiteral("a.txt")), true);
    QTRY_COMPARE(opened.size(), 1);
    ArticleView *view = m_window->currentView();
    QTRY_VERIFY(view->articleId() > 0);
    ArticleTextView *body = view->textView();
    const QTextCursor word = body->document()->find(QStringLiteral("Hafen"));
    QVERIFY(!word.isNull());
    body->setFocus();
    body->setTextCursor(word);
    QTest::keyClick(body, Qt::Key_1);
    NotesStore *store = m_window->annotations()->store();
    QTRY_COMPARE(store->annotationCount(), 1);

    auto *folder = panel->findChild<QComboBox *>(QStringLiteral("libraryFolder"));
    const QString root = QDir::cleanPath(m_feed->path());
    folder->setCurrentIndex(folder->findData(root));
    QVERIFY(folder->currentIndex() > 0);
    // The confirmation comes up; yes.
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    connect(poll, &QTimer::timeout, poll, [poll] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            box->button(QMessageBox::Yes)->click();
        }
    });
    poll->start();
    panel->findChild<QToolButton *>(QStringLiteral("libraryRemoveFolder"))->click();
    QTRY_COMPARE(panel->model()->totalCount(), 0);
    QVERIFY(!ReaderSettings::libraryFolders().contains(root)); // the next start does not bring it back
    QCOMPARE(store->annotationCount(), 1);
    QCOMPARE(m_window->articleCount(), 1); // the open tab stays open
}

QTEST_MAIN(TestLibraryWindow)
#include "tst_librarywindow.moc"
