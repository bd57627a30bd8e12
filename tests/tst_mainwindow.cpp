// The window as a user meets it, driven offscreen through the real MainWindow.
#include "articledocument.h"
#include "articletextview.h"
#include "articleview.h"
#include "biographypanel.h"
#include "mainwindow.h"
#include "readersettings.h"
#include "support/guisupport.h"
#include "support/testpaths.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeView>

using namespace Randnotiz;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void openSample_showsBodyAndPanesWithTitles();
    void pane_togglesByClickSpaceAndEnter();
    void collapsedPanes_areRememberedPerKind();
    void expandAllAndCollapseAll_fromTheViewMenu();
    void markupInArticle_isShownLiterally();
    void nextAndPrevious_walkThroughEveryBiography();
    void openInBrowser_onlyForValidatedLinks();
    void clickMention_landsOnItsEntry();
    void outlineSelection_opensPaneAndScrolls();
    void openBinaryFile_showsErrorAndKeepsOtherTabs();
    void dropFile_opensNewTab();
    void sameFileTwice_keepsOneTab();
    void closeTab_withCtrlW();
    void noArticle_theMiddleSaysHowToOpenOne();
    void findWithF3_countsAndHighlightsEveryMatch();
    void find_opensCollapsedPaneOfMatch();
    void find_inLongArticle_countsAllOnceFilledIn();
    void zoom_changesTextSizeAndIsRemembered();
    void recentFiles_areListedAndMissingOnesPruned();
    void changedFile_offersReloadWithoutDialog();
    void fileChangedBeforeTheFirstPaint_stillOffersReload();
    void biographyPanel_showsSummaryStates();
    void geometryAndDocks_areRestored();

private:
    static void openAndWait(MainWindow &window, const QString &path, int expectedTabs);
};

namespace {

// The number of the part with this name in the current tab's document, -1 when none.
int part(MainWindow &window, const QString &name)
{
    return window.currentView() ? window.currentView()->partIndex(name) : -1;
}

// Clicks a part's header in the document, as a user does, after scrolling it into view.
void clickHeader(ArticleView *view, int part)
{
    ArticleTextView *text = view->textView();
    text->scrollToPosition(view->document()->findBlockByNumber(view->document()->headerBlock(part)).position());
    const QRect rect = text->headerRect(part);
    QVERIFY(text->viewport()->rect().contains(rect.center()));
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, rect.center());
}

// Whether any block of the part's content is shown.
bool contentVisible(ArticleView *view, int part)
{
    return view->document()->findBlockByNumber(view->document()->headerBlock(part) + 1).isVisible();
}

QAction *action(MainWindow &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

void showActive(MainWindow &window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

} // namespace

void TestMainWindow::initTestCase()
{
    Test::isolateSettings();
}

void TestMainWindow::init()
{
    Test::clearSettings();
}

void TestMainWindow::openAndWait(MainWindow &window, const QString &path, int expectedTabs)
{
    window.openFile(path);
    QTRY_COMPARE(window.articleCount(), expectedTabs);
}

void TestMainWindow::openSample_showsBodyAndPanesWithTitles()
{
    MainWindow window;
    window.openSample();
    window.show();
    QTRY_COMPARE(window.articleCount(), 1);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("articleTabs"));
    QVERIFY(tabs);
    QVERIFY(tabs->tabText(0).startsWith(QStringLiteral("Bonner Klimakonferenz")));
    QCOMPARE(tabs->tabToolTip(0),
             plainToolTip(QStringLiteral("Bonner Klimakonferenz endet mit Minimalkompromiss zur Anpassung")));

    ArticleView *view = window.currentView();
    QVERIFY(view);
    const QString body = view->document()->toPlainText();
    QVERIFY(body.startsWith(QStringLiteral("Bonner Klimakonferenz endet mit Minimalkompromiss zur Anpassung\n")));
    QVERIFY(body.contains(QStringLiteral("Nach zwei Wochen zäher Verhandlungen")));

    // The parts in the order of the plain text, each under its header in the one document.
    const QList<std::pair<QString, QString>> expected
        = { { QStringLiteral("pane_commentary"), QStringLiteral("Commentary: Bonn zeigt die Grenzen der Geduld") },
            { QStringLiteral("pane_forecast"), QStringLiteral("Forecast") },
            { QStringLiteral("pane_section_0"), QStringLiteral("Hintergrund") },
            { QStringLiteral("pane_explanations"), QStringLiteral("Persons and terms") },
            { QStringLiteral("pane_notes"), QStringLiteral("Notes and photo credit") } };
    QCOMPARE(view->partCount(), expected.size());
    for (int i = 0; i < int(expected.size()); ++i) {
        QCOMPARE(view->partIndex(expected.at(i).first), i);
        QVERIFY2(view->partHeaderText(i).startsWith(expected.at(i).second), qPrintable(view->partHeaderText(i)));
        QVERIFY(view->isPartExpanded(i));
        QVERIFY(contentVisible(view, i));
    }
    QVERIFY(
        view->partHeaderText(part(window, QStringLiteral("pane_explanations"))).contains(QStringLiteral("4 entries")));
    QVERIFY(body.contains(QStringLiteral("Photo: Jana Koch / dpa")));
    QVERIFY(body.contains(QStringLiteral("OZD / ©dpa, Reuters")));
}

void TestMainWindow::pane_togglesByClickSpaceAndEnter()
{
    MainWindow window;
    window.openSample();
    showActive(window);
    QTRY_COMPARE(window.articleCount(), 1);
    ArticleView *view = window.currentView();
    const int forecast = part(window, QStringLiteral("pane_forecast"));
    QVERIFY(forecast >= 0);
    QVERIFY(contentVisible(view, forecast));

    clickHeader(view, forecast);
    QVERIFY(!view->isPartExpanded(forecast));
    QVERIFY(!contentVisible(view, forecast));

    // Tab reaches the header (a link in the document); Space, Return and Enter fold it.
    ArticleTextView *text = view->textView();
    text->setFocus();
    QTRY_VERIFY(text->hasFocus());
    const int header = view->document()->headerBlock(forecast);
    for (int i = 0; i < 100 && text->textCursor().block().blockNumber() != header; ++i)
        QTest::keyClick(text, Qt::Key_Tab);
    QCOMPARE(text->textCursor().block().blockNumber(), header);
    QTest::keyClick(text, Qt::Key_Space);
    QVERIFY(view->isPartExpanded(forecast));
    QVERIFY(contentVisible(view, forecast));
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY(!view->isPartExpanded(forecast));
    QTest::keyClick(text, Qt::Key_Enter, Qt::KeypadModifier);
    QVERIFY(view->isPartExpanded(forecast));
    QVERIFY(contentVisible(view, forecast));
}

void TestMainWindow::collapsedPanes_areRememberedPerKind()
{
    {
        MainWindow window;
        window.openSample();
        window.show();
        QTRY_COMPARE(window.articleCount(), 1);
        clickHeader(window.currentView(), part(window, QStringLiteral("pane_commentary")));
        clickHeader(window.currentView(), part(window, QStringLiteral("pane_section_0")));
        QVERIFY(ReaderSettings::isPaneCollapsed(QStringLiteral("commentary")));
    }
    MainWindow again;
    again.openFile(Test::samplePath(QStringLiteral("hafenstreik-hamburg.txt")));
    again.openSample();
    QTRY_COMPARE(again.articleCount(), 2);
    for (int tab = 0; tab < 2; ++tab) {
        ArticleView *view = again.viewAt(tab);
        for (int p = 0; p < view->partCount(); ++p) {
            const bool collapsed
                = view->partKind(p) == QLatin1String("commentary") || view->partKind(p) == QLatin1String("section");
            QVERIFY2(view->isPartExpanded(p) != collapsed, qPrintable(view->partHeaderText(p)));
            QCOMPARE(contentVisible(view, p), !collapsed);
        }
    }
}

void TestMainWindow::expandAllAndCollapseAll_fromTheViewMenu()
{
    MainWindow window;
    window.openSample();
    window.show();
    QTRY_COMPARE(window.articleCount(), 1);
    action(window, QStringLiteral("collapseAllAction"))->trigger();
    ArticleView *view = window.currentView();
    for (int p = 0; p < view->partCount(); ++p)
        QVERIFY(!view->isPartExpanded(p) && !contentVisible(view, p));
    QVERIFY(view->document()->findBlockByNumber(1).isVisible()); // the body does not fold
    action(window, QStringLiteral("expandAllAction"))->trigger();
    for (int p = 0; p < view->partCount(); ++p)
        QVERIFY(view->isPartExpanded(p) && contentVisible(view, p));
}

void TestMainWindow::markupInArticle_isShownLiterally()
{
    MainWindow window;
    openAndWait(window, Test::samplePath(QStringLiteral("sonderzeichen-test.txt")), 1);
    QTextDocument *body = window.currentView()->document();
    const QString text = body->toPlainText();
    QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(text.contains(QStringLiteral("<img src=x onerror=alert(1)>")));
    QVERIFY(text.contains(QStringLiteral("<b>fett</b>")));
    QVERIFY(text.contains(QStringLiteral("&amp;")));
    // Nothing became an image or bold text.
    for (QTextBlock block = body->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            QVERIFY(!it.fragment().charFormat().isImageFormat());
            if (it.fragment().text().contains(QStringLiteral("fett")))
                QVERIFY(it.fragment().charFormat().fontWeight() <= QFont::Normal);
        }
    }
    // The biography panel shows untrusted text as plain text, too.
    auto *question = window.biographyPanel()->findChild<QLabel *>(QStringLiteral("biographyQuestion"));
    QCOMPARE(question->textFormat(), Qt::PlainText);
}

void TestMainWindow::nextAndPrevious_walkThroughEveryBiography()
{
    MainWindow window;
    window.openSample();
    showActive(window);
    QTRY_COMPARE(window.articleCount(), 1);
    BiographyPanel *panel = window.biographyPanel();
    auto *next = panel->findChild<QToolButton *>(QStringLiteral("nextEntryButton"));
    auto *previous = panel->findChild<QToolButton *>(QStringLiteral("previousEntryButton"));
    auto *position = panel->findChild<QLabel *>(QStringLiteral("entryPosition"));
    auto *question = panel->findChild<QLabel *>(QStringLiteral("biographyQuestion"));
    auto *text = panel->findChild<QTextBrowser *>(QStringLiteral("biographyText"));
    QVERIFY(next && previous && position && question && text);

    const QStringList questions
        = { QStringLiteral("Wer ist Simon Stiell?"), QStringLiteral("Wer ist Christiana Figueres?"),
            QStringLiteral("Was ist das Pariser Klimaabkommen?"), QStringLiteral("Was ist die globale Erwärmung?") };
    QCOMPARE(position->text(), QStringLiteral("1 of 4"));
    QVERIFY(!previous->isEnabled());
    for (int i = 0; i < questions.size(); ++i) {
        QCOMPARE(position->text(), QStringLiteral("%1 of 4").arg(i + 1));
        QCOMPARE(question->text(), questions.at(i));
        QVERIFY(!text->toPlainText().isEmpty());
        if (i + 1 < questions.size())
            QTest::mouseClick(next, Qt::LeftButton);
    }
    QVERIFY(!next->isEnabled());
    QVERIFY(text->toPlainText().startsWith(QStringLiteral("Als globale Erwärmung")));

    // Alt+Up goes back, from anywhere in the window.
    QTest::keyClick(&window, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(position->text(), QStringLiteral("3 of 4"));
    QTest::keyClick(&window, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(position->text(), QStringLiteral("4 of 4"));
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(panel->currentEntry(), 2);
}

void TestMainWindow::openInBrowser_onlyForValidatedLinks()
{
    MainWindow window;
    openAndWait(window, Test::samplePath(QStringLiteral("sonderzeichen-test.txt")), 1);
    BiographyPanel *panel = window.biographyPanel();
    auto *open = panel->findChild<QPushButton *>(QStringLiteral("openInBrowserButton"));
    auto *state = panel->findChild<QLabel *>(QStringLiteral("summaryState"));
    // "https://de.wikipedia.org.example/wiki/Phishing" is not Wikipedia.
    panel->setCurrentEntry(0);
    QVERIFY(!open->isEnabled());
    QVERIFY(state->text().contains(QStringLiteral("not a Wikipedia article")));
    // index.php?title=... is an article link; the parser made it canonical.
    panel->setCurrentEntry(1);
    QVERIFY(open->isEnabled());
    QCOMPARE(open->toolTip(), plainToolTip(QStringLiteral("https://de.wikipedia.org/wiki/Cross-Site-Scripting")));

    window.openSample();
    QTRY_COMPARE(window.articleCount(), 2);
    panel->setCurrentEntry(0);
    QVERIFY(open->isEnabled());
    QCOMPARE(open->toolTip(), plainToolTip(QStringLiteral("https://en.wikipedia.org/wiki/Simon_Stiell")));
    QCOMPARE(state->text(), QStringLiteral("Wikipedia summary not loaded yet"));
}

void TestMainWindow::clickMention_landsOnItsEntry()
{
    MainWindow window;
    window.openSample();
    showActive(window);
    QTRY_COMPARE(window.articleCount(), 1);
    ArticleView *body = window.currentView();
    QVERIFY(body->mentionCount() >= 4);
    int figueres = -1;
    for (int n = 0; n < body->mentionCount(); ++n) {
        if (body->mentionEntry(n) == 1)
            figueres = n;
    }
    QVERIFY(figueres >= 0);
    QCOMPARE(window.biographyPanel()->currentEntry(), 0);

    // Bring the mention into view, then click it like a user.
    body->textView()->scrollToPosition(body->document()->mentions().at(figueres).position);
    const QRect rect = body->mentionRect(figueres);
    QVERIFY(!rect.isNull());
    QVERIFY(body->textView()->viewport()->rect().contains(rect.center()));
    QTest::mouseClick(body->textView()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(window.biographyPanel()->currentEntry(), 1);
    auto *question = window.biographyPanel()->findChild<QLabel *>(QStringLiteral("biographyQuestion"));
    QCOMPARE(question->text(), QStringLiteral("Wer ist Christiana Figueres?"));
}

void TestMainWindow::outlineSelection_opensPaneAndScrolls()
{
    MainWindow window;
    window.openSample();
    window.resize(900, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.articleCount(), 1);
    ArticleView *view = window.currentView();
    const int forecast = part(window, QStringLiteral("pane_forecast"));
    view->setPartExpanded(forecast, false);
    auto *outline = window.findChild<QTreeView *>(QStringLiteral("outlineView"));
    ArticleTextView *text = view->textView();
    QVERIFY(outline && text);
    QCOMPARE(text->verticalScrollBar()->value(), 0);
    QTRY_VERIFY(outline->model()->rowCount() == 6); // the outline fills in after the first paint

    QModelIndex target;
    for (int row = 0; row < outline->model()->rowCount(); ++row) {
        const QModelIndex part = outline->model()->index(row, 0);
        if (part.data().toString() == QLatin1String("Forecast"))
            target = outline->model()->index(1, 0, part);
    }
    QVERIFY(target.isValid());
    outline->setCurrentIndex(target);
    QVERIFY(view->isPartExpanded(forecast));
    QTRY_VERIFY(text->verticalScrollBar()->value() > 0);
    // The paragraph is on screen.
    const QTextBlock paragraph
        = view->document()->findBlockByNumber(view->document()->blockOfAnchor(QStringLiteral("forecast/p1")));
    QVERIFY(paragraph.text().startsWith(QStringLiteral("Ein Durchbruch")));
    const int top = text->characterRect(paragraph.position()).top();
    QVERIFY2(top >= 0 && top < text->viewport()->height(), qPrintable(QString::number(top)));
}

void TestMainWindow::openBinaryFile_showsErrorAndKeepsOtherTabs()
{
    QTemporaryDir dir;
    const QString binary = dir.filePath(QStringLiteral("bild.txt"));
    QVERIFY(Test::writeFile(binary, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));

    MainWindow window;
    window.show();
    openAndWait(window, Test::seedPath(), 1);
    openAndWait(window, Test::samplePath(QStringLiteral("hafenstreik-hamburg.txt")), 2);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("articleTabs"));
    const QString secondTitle = tabs->tabText(1);
    QSignalSpy failed(&window, &MainWindow::openFailed);
    window.openFile(binary);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(window.articleCount(), 2);
    QCOMPARE(tabs->tabText(1), secondTitle);
    QCOMPARE(tabs->currentIndex(), 1);
    auto *bar = window.findChild<QWidget *>(QStringLiteral("errorBar"));
    auto *message = window.findChild<QLabel *>(QStringLiteral("errorMessage"));
    QVERIFY(bar->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("bild.txt")));
    QVERIFY(message->text().contains(QStringLiteral("binary")));
    // The window stays usable: no modal dialog.
    QVERIFY(!QApplication::activeModalWidget());
    QTest::mouseClick(window.findChild<QToolButton *>(QStringLiteral("closeErrorButton")), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::dropFile_opensNewTab()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(Test::samplePath(QStringLiteral("stadtbibliothek-nachtoeffnung.txt"))) });
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QTRY_COMPARE(window.articleCount(), 1);
    QCOMPARE(window.currentView()->path(),
             QFileInfo(Test::samplePath(QStringLiteral("stadtbibliothek-nachtoeffnung.txt"))).absoluteFilePath());

    // Something that is not a file is refused.
    QMimeData text;
    text.setText(QStringLiteral("hallo"));
    QDragEnterEvent refused(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::sameFileTwice_keepsOneTab()
{
    MainWindow window;
    openAndWait(window, Test::seedPath(), 1);
    openAndWait(window, Test::samplePath(QStringLiteral("hafenstreik-hamburg.txt")), 2);
    QSignalSpy opened(&window, &MainWindow::articleOpened);
    window.openFile(Test::seedPath());
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(window.articleCount(), 2);
    QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("articleTabs"))->currentIndex(), 0);
}

void TestMainWindow::closeTab_withCtrlW()
{
    MainWindow window;
    showActive(window);
    openAndWait(window, Test::seedPath(), 1);
    openAndWait(window, Test::samplePath(QStringLiteral("hafenstreik-hamburg.txt")), 2);
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(window.articleCount(), 1);
    QCOMPARE(window.currentView()->path(), QFileInfo(Test::seedPath()).absoluteFilePath());
}

void TestMainWindow::noArticle_theMiddleSaysHowToOpenOne()
{
    MainWindow window;
    showActive(window);
    auto *hint = window.findChild<QLabel *>(QStringLiteral("noArticleHint"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("articleTabs"));
    QVERIFY(hint && tabs);
    QTRY_VERIFY(hint->isVisible());
    QCOMPARE(hint->textFormat(), Qt::PlainText);
    QVERIFY2(hint->text().contains(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)),
             qPrintable(hint->text()));
    openAndWait(window, Test::seedPath(), 1);
    QVERIFY(tabs->isVisible());
    QVERIFY(!hint->isVisible());
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(window.articleCount(), 0);
    QVERIFY(hint->isVisible());
    // A file that cannot be read leaves no tab: the hint stays, under the error.
    window.openFile(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("no-such-file.txt")));
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("errorMessage"))->isVisible());
    QVERIFY(hint->isVisible());
}

void TestMainWindow::findWithF3_countsAndHighlightsEveryMatch()
{
    MainWindow window;
    window.openSample();
    showActive(window);
    QTRY_COMPARE(window.articleCount(), 1);
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("findEdit"));
    auto *count = window.findChild<QLabel *>(QStringLiteral("findCount"));
    QVERIFY(edit && count);
    QVERIFY(!edit->isVisible());

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(edit->isVisible());
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("bonn")); // case-insensitive: finds "Bonn" and "Bonner"
    ArticleView *view = window.currentView();
    const int total = view->matchCount();
    QVERIFY2(total >= 8, qPrintable(QString::number(total)));
    QCOMPARE(count->text(), QStringLiteral("1 of %1").arg(total));
    // Every match is highlighted: the extra selections add up to the count (+1 for the current).
    QCOMPARE(int(view->textView()->extraSelections().size()), total + 1);

    QTest::keyClick(&window, Qt::Key_F3);
    QCOMPARE(count->text(), QStringLiteral("2 of %1").arg(total));
    QTest::keyClick(&window, Qt::Key_F3);
    QCOMPARE(view->currentMatch(), 2);
    QTest::keyClick(&window, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(count->text(), QStringLiteral("2 of %1").arg(total));
    QTest::keyClick(&window, Qt::Key_F3, Qt::ShiftModifier);
    QTest::keyClick(&window, Qt::Key_F3, Qt::ShiftModifier); // wraps around to the last
    QCOMPARE(count->text(), QStringLiteral("%1 of %1").arg(total));

    edit->setText(QStringLiteral("gibt es nicht"));
    QCOMPARE(count->text(), QStringLiteral("No matches"));
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!edit->isVisible());
    QCOMPARE(view->textView()->extraSelections().size(), 0);
}

void TestMainWindow::find_opensCollapsedPaneOfMatch()
{
    MainWindow window;
    window.openSample();
    window.show();
    QTRY_COMPARE(window.articleCount(), 1);
    action(window, QStringLiteral("collapseAllAction"))->trigger();
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("findEdit"));
    action(window, QStringLiteral("findAction"))->trigger();
    edit->setText(QStringLiteral("Ausgleichszahlungen")); // only in the forecast
    QCOMPARE(window.currentView()->matchCount(), 1);
    QVERIFY(window.currentView()->isPartExpanded(part(window, QStringLiteral("pane_forecast"))));
    QVERIFY(!window.currentView()->isPartExpanded(part(window, QStringLiteral("pane_commentary"))));
}

void TestMainWindow::find_inLongArticle_countsAllOnceFilledIn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lang.txt"));
    QByteArray text("Ein sehr langer Artikel\n");
    for (int i = 0; i < 20000; ++i)
        text += "Absatz " + QByteArray::number(i) + " handelt wieder vom Hafen und seinen Kr\xc3\xa4nen.\n";
    QVERIFY(Test::writeFile(path, text));

    MainWindow window;
    window.show();
    openAndWait(window, path, 1);
    ArticleView *view = window.currentView();
    // The body is filled in slices; search before it is complete.
    QVERIFY(!view->isComplete());
    action(window, QStringLiteral("findAction"))->trigger();
    window.findChild<QLineEdit *>(QStringLiteral("findEdit"))->setText(QStringLiteral("hafen"));
    QVERIFY(view->matchCount() < 20000);
    auto *count = window.findChild<QLabel *>(QStringLiteral("findCount"));
    QTRY_VERIFY(view->isComplete() && view->isFindComplete());
    QCOMPARE(view->matchCount(), 20000);
    QCOMPARE(count->text(), QStringLiteral("20000 matches"));
    QTest::keyClick(window.findChild<QLineEdit *>(QStringLiteral("findEdit")), Qt::Key_Return);
    QCOMPARE(count->text(), QStringLiteral("1 of 20000"));
}

void TestMainWindow::zoom_changesTextSizeAndIsRemembered()
{
    qreal zoomed = 0;
    qreal normal = 0;
    {
        MainWindow window;
        window.openSample();
        showActive(window);
        QTRY_COMPARE(window.articleCount(), 1);
        normal = window.currentView()->textView()->font().pointSizeF();
        QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
        zoomed = window.currentView()->textView()->font().pointSizeF();
        QCOMPARE(zoomed, normal + 2);
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(window.currentView()->textView()->font().pointSizeF(), normal + 1);
        QCOMPARE(ReaderSettings::zoom(), 1);
    }
    {
        MainWindow window;
        window.openSample();
        showActive(window);
        QTRY_COMPARE(window.articleCount(), 1);
        QCOMPARE(window.currentView()->textView()->font().pointSizeF(), normal + 1);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.currentView()->textView()->font().pointSizeF(), normal);
        QCOMPARE(ReaderSettings::zoom(), 0);
    }
}

void TestMainWindow::recentFiles_areListedAndMissingOnesPruned()
{
    QTemporaryDir dir;
    const QString kept = dir.filePath(QStringLiteral("kept.txt"));
    const QString removed = dir.filePath(QStringLiteral("removed.txt"));
    QVERIFY(QFile::copy(Test::seedPath(), kept));
    QVERIFY(QFile::copy(Test::samplePath(QStringLiteral("hafenstreik-hamburg.txt")), removed));
    {
        MainWindow window;
        openAndWait(window, kept, 1);
        openAndWait(window, removed, 2);
        QTRY_COMPARE(ReaderSettings::recentFiles(), (QStringList { removed, kept }));
    }
    QVERIFY(QFile::remove(removed));
    for (int i = 0; i < 12; ++i)
        ReaderSettings::addRecentFile(dir.filePath(QStringLiteral("gone%1.txt").arg(i)));
    ReaderSettings::addRecentFile(kept);
    QCOMPARE(ReaderSettings::recentFiles().size(), ReaderSettings::MaxRecentFiles);

    MainWindow window;
    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(menu);
    QMetaObject::invokeMethod(menu, "aboutToShow");
    QStringList listed;
    for (QAction *a : menu->actions()) {
        if (a->data().isValid())
            listed << a->data().toString();
    }
    QCOMPARE(listed, QStringList { kept });
    QCOMPARE(ReaderSettings::recentFiles(), QStringList { kept });
    menu->actions().constFirst()->trigger();
    QTRY_COMPARE(window.articleCount(), 1);
}

void TestMainWindow::fileChangedBeforeTheFirstPaint_stillOffersReload()
{
    // The file watcher starts after the first paint; a change made before it is not lost.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("artikel.txt"));
    QVERIFY(QFile::copy(Test::samplePath(QStringLiteral("stadtbibliothek-nachtoeffnung.txt")), path));
    MainWindow window;
    window.show();
    bool written = false;
    connect(&window, &MainWindow::articleOpened, this, [&](const QString &opened) {
        if (opened == path && !written)
            written = Test::writeFile(path, QByteArray("Neue Überschrift\nEin neuer Absatz.\n"));
    });
    openAndWait(window, path, 1);
    QVERIFY(written);
    QTRY_VERIFY(window.currentView()->isReloadBarVisible());
}

void TestMainWindow::changedFile_offersReloadWithoutDialog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("artikel.txt"));
    QVERIFY(QFile::copy(Test::samplePath(QStringLiteral("stadtbibliothek-nachtoeffnung.txt")), path));
    MainWindow window;
    window.show();
    openAndWait(window, path, 1);
    ArticleView *view = window.currentView();
    QVERIFY(!view->isReloadBarVisible());
    QVERIFY(Test::writeFile(path, QByteArray("Neue Überschrift\nEin neuer Absatz.\n")));
    QTRY_VERIFY(view->isReloadBarVisible());
    QVERIFY(!QApplication::activeModalWidget());
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("reloadButton")), Qt::LeftButton);
    QTRY_COMPARE(view->article().headline(), QStringLiteral("Neue Überschrift"));
    QVERIFY(!view->isReloadBarVisible());
    QCOMPARE(window.articleCount(), 1);
    QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("articleTabs"))->tabText(0),
             QStringLiteral("Neue Überschrift"));
}

void TestMainWindow::biographyPanel_showsSummaryStates()
{
    MainWindow window;
    window.openSample();
    window.show();
    QTRY_COMPARE(window.articleCount(), 1);
    BiographyPanel *panel = window.biographyPanel();
    auto *state = panel->findChild<QLabel *>(QStringLiteral("summaryState"));
    auto *title = panel->findChild<QLabel *>(QStringLiteral("summaryTitle"));
    auto *extract = panel->findChild<QLabel *>(QStringLiteral("summaryExtract"));
    QCOMPARE(state->text(), QStringLiteral("Wikipedia summary not loaded yet"));
    QVERIFY(!extract->isVisible());

    // What the summary worker will deliver: wiring it is one connect() to applySummary().
    SummaryResult loading {
        QUrl(QStringLiteral("https://en.wikipedia.org/wiki/Simon_Stiell")), SummaryState::Loading, {}, {}
    };
    panel->model()->applySummary(loading);
    QCOMPARE(state->text(), QStringLiteral("Loading the Wikipedia summary…"));
    SummaryResult loaded = loading;
    loaded.state = SummaryState::Loaded;
    loaded.summary.title = QStringLiteral("Simon Stiell");
    loaded.summary.description = QStringLiteral("<i>Grenadian politician</i>");
    loaded.summary.extract = QStringLiteral("Simon Stiell is a Grenadian politician.");
    panel->model()->applySummary(loaded);
    QVERIFY(!state->isVisible());
    QCOMPARE(title->text(), QStringLiteral("Simon Stiell \u2014 <i>Grenadian politician</i>"));
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QCOMPARE(extract->text(), QStringLiteral("Simon Stiell is a Grenadian politician."));
    QVERIFY(extract->isVisible());
    SummaryResult failed = loading;
    failed.state = SummaryState::Error;
    failed.error = QStringLiteral("HTTP 503");
    panel->model()->applySummary(failed);
    QCOMPARE(state->text(), QStringLiteral("The Wikipedia summary could not be loaded: HTTP 503"));
}

void TestMainWindow::geometryAndDocks_areRestored()
{
    {
        MainWindow window;
        window.resize(1010, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QDockWidget *>(QStringLiteral("outlineDock"))->hide();
        QVERIFY(window.close());
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1010, 640));
    QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("outlineDock"))->isVisible());
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("biographyDock"))->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
