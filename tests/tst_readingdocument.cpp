// The reading document through the real MainWindow: one document per article that reflows at every window
// size, zoom and language, highlights across parts, folds without moving the reader, finds in a huge
// article without stalling, keeps the reader's place in the middle of a large one through a resize and a zoom
// without laying out everything above it at once, opens 100,000 sections without a widget each, reads to the end of a
// text taller than a widget may be, and can be walked with Tab and by a screen reader.
#include "annotationcontroller.h"
#include "articledocument.h"
#include "articletextview.h"
#include "articleview.h"
#include "mainwindow.h"
#include "notes/annotationstore.h"
#include "readersettings.h"
#include "support/guisupport.h"
#include "support/testpaths.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTranslator>

#include <ctime>
#include <functional>
#include <memory>
#include <optional>

using namespace Randnotiz;

class TestReadingDocument final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void everyWidthZoomAndLanguage_keepsEveryLineInTheViewport_data();
    void everyWidthZoomAndLanguage_keepsEveryLineInTheViewport();
    void highlightAcrossBodyAndCommentary_isOneAnnotationDrawnInBoth();
    void folding_keepsTheReadersPlace();
    void tab_reachesEveryHeaderAndLink();
    void accessibilityTree_namesEveryControl();
    void findOneLetterInFiveMegabytes_countsAllWithoutStalling();
    void resizeAndZoomInTheMiddle_keepThePlaceWithoutLayingOutAboveIt();
    void resizeWhileFillingIn_appendsOnlyOnceTheLayoutHasCaughtUp();
    void hundredThousandSections_openWithoutAWidgetEach();
    void textTallerThanAWidget_readsToTheEnd();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// The longest time the GUI thread was busy between two turns of its event loop. Waiting for a CPU on a
// loaded machine is not a stall of ours: the probe counts the thread's own CPU time within each gap.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_lastCpu = cpu();
        m_wall.start();
        m_timer.start();
    }
    double longestBusyMs() const { return m_longestBusy; }
    qint64 longestWallMs() const { return m_longestWall; }

private:
    static double cpu()
    {
        timespec t {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
    }
    void tick()
    {
        const double now = cpu();
        m_longestBusy = qMax(m_longestBusy, now - m_lastCpu);
        m_longestWall = qMax(m_longestWall, m_wall.restart());
        m_lastCpu = now;
    }
    QTimer m_timer;
    QElapsedTimer m_wall;
    double m_lastCpu = 0;
    double m_longestBusy = 0;
    qint64 m_longestWall = 0;
};

// Calls back when an object receives an event of a type (before it is handled).
class EventWatcher final : public QObject
{
public:
    EventWatcher(QObject *target, QEvent::Type type, std::function<void()> callback)
        : m_type(type)
        , m_callback(std::move(callback))
    {
        target->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == m_type)
            m_callback();
        return false;
    }

private:
    QEvent::Type m_type;
    std::function<void()> m_callback;
};

QString screenshotPath(const QString &name)
{
    QDir().mkpath(QStringLiteral(QT_TESTCASE_BUILDDIR "/screenshots"));
    return QStringLiteral(QT_TESTCASE_BUILDDIR "/screenshots/") + name;
}

void openSampleFile(MainWindow &window, const QString &path)
{
    window.openFile(path);
    QTRY_COMPARE(window.articleCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentView()->isComplete(), 60000);
}

// Zoom as the reader sets it, through the View menu; percent of the normal reading size.
void zoomTo(MainWindow &window, int percent)
{
    window.findChild<QAction *>(QStringLiteral("zoomResetAction"))->trigger();
    const qreal normal = window.currentView()->textView()->font().pointSizeF();
    QAction *in = window.findChild<QAction *>(QStringLiteral("zoomInAction"));
    QAction *out = window.findChild<QAction *>(QStringLiteral("zoomOutAction"));
    const qreal wanted = normal * percent / 100.0;
    while (window.currentView()->textView()->font().pointSizeF() + 0.5 < wanted
           && ReaderSettings::zoom() < ReaderSettings::MaxZoom)
        in->trigger();
    while (window.currentView()->textView()->font().pointSizeF() - 0.5 > wanted
           && ReaderSettings::zoom() > ReaderSettings::MinZoom)
        out->trigger();
}

QByteArray largeArticle(double megabytes)
{
    QFile in(Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QByteArray sample = in.readAll();
    const qsizetype firstLine = sample.indexOf('\n') + 1;
    const qsizetype credit = sample.indexOf("OZD / ");
    QByteArray large = sample.left(firstLine);
    const QByteArray body = sample.mid(firstLine, credit - firstLine);
    const QByteArray rest = sample.mid(credit);
    while (large.size() + rest.size() < qsizetype(megabytes * 1024 * 1024))
        large += body;
    return large + rest;
}

} // namespace

void TestReadingDocument::initTestCase()
{
    Test::isolateSettings();
}

void TestReadingDocument::init()
{
    Test::clearSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReadingDocument::everyWidthZoomAndLanguage_keepsEveryLineInTheViewport_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("de") })
        QTest::newRow(qPrintable(language)) << language;
}

void TestReadingDocument::everyWidthZoomAndLanguage_keepsEveryLineInTheViewport()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (language == QLatin1String("de")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/randnotiz_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openSampleFile(window, Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")));
    ArticleView *view = window.currentView();
    ArticleTextView *text = view->textView();
    // The headers are in the window's language.
    QVERIFY(view->partHeaderText(0).startsWith(
        QCoreApplication::translate("Randnotiz::ArticleModel", "Commentary: %1").arg(QString()).trimmed()));

    const QList<QSize> sizes = { { 640, 480 }, { 1000, 700 }, { 1400, 900 }, { 1920, 1080 }, { 2560, 1440 } };
    for (const int zoom : { 50, 100, 300 }) {
        zoomTo(window, zoom);
        for (const QSize &size : sizes) {
            window.resize(size);
            // A window is never narrower than its docks allow (the German biography panel needs a little
            // more than 640 px); the document must fit whatever width it gets.
            const QSize expected = size.expandedTo(window.minimumSizeHint());
            QTRY_COMPARE(window.size(), expected);
            QVERIFY(expected.width() <= size.width() + 40);
            // The window's layouts pass the new size down (posted layout requests), then all of the document
            // is laid out at the width its view got.
            for (int i = 0; i < 5; ++i)
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            (void)text->document()->documentLayout()->documentSize();
            const int width = text->viewport()->width();
            QVERIFY(width > 0);
            // The column is readable, centred, and never wider than the view.
            const int scrollBar = text->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, text);
            QVERIFY2(width <= text->columnWidth() + scrollBar + 2,
                     qPrintable(QStringLiteral("viewport %1 in %2, column %3 at %4x%5 zoom %6")
                                    .arg(width)
                                    .arg(text->width())
                                    .arg(text->columnWidth())
                                    .arg(size.width())
                                    .arg(size.height())
                                    .arg(zoom)));
            const QRect column = text->viewport()->geometry();
            QVERIFY(qAbs(column.left() - (text->width() - column.right() - 1))
                    <= text->verticalScrollBar()->width() + 2);
            int longestLine = 0;
            for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next()) {
                if (!block.isVisible() || !block.layout())
                    continue;
                const qreal left = text->document()->documentLayout()->blockBoundingRect(block).left();
                for (int i = 0; i < block.layout()->lineCount(); ++i) {
                    const QTextLine line = block.layout()->lineAt(i);
                    const qreal right = left + line.x() + line.naturalTextWidth();
                    QVERIFY2(left + line.x() >= 0 && right <= width + 0.5,
                             qPrintable(QStringLiteral("%1 px in %6 (page %7) at %2x%3, zoom %4%: %5")
                                            .arg(right)
                                            .arg(size.width())
                                            .arg(size.height())
                                            .arg(zoom)
                                            .arg(block.text().mid(line.textStart(), line.textLength()))
                                            .arg(width)
                                            .arg(text->document()->pageSize().width())
                                        + QStringLiteral(" block %1 lines %2 [%3]")
                                              .arg(block.blockNumber())
                                              .arg(block.layout()->lineCount())
                                              .arg(block.text().left(80))));
                    longestLine = qMax(longestLine, line.textLength());
                }
            }
            QTRY_VERIFY2(!text->horizontalScrollBar()->isVisible(),
                         qPrintable(QStringLiteral("%1x%2 zoom %3: document %4 px wide in %5")
                                        .arg(size.width())
                                        .arg(size.height())
                                        .arg(zoom)
                                        .arg(text->document()->documentLayout()->documentSize().width())
                                        .arg(text->viewport()->width())));
            QVERIFY2(longestLine <= 100, qPrintable(QString::number(longestLine)));
            if (size.width() == 640 || size.width() == 1400 || size.width() == 2560 || zoom != 100)
                window.grab().save(
                    screenshotPath(QStringLiteral("reading-%1-%2-%3.png").arg(language).arg(size.width()).arg(zoom)));
        }
    }
    QCoreApplication::removeTranslator(&translator);
}

void TestReadingDocument::highlightAcrossBodyAndCommentary_isOneAnnotationDrawnInBoth()
{
    WikiOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("data"));
    MainWindow window(options);
    window.resize(1300, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString path = m_dir->filePath(QStringLiteral("artikel.txt"));
    QVERIFY(QFile::copy(Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")), path));
    openSampleFile(window, path);
    ArticleView *view = window.currentView();
    QTRY_VERIFY(view->articleId() > 0);

    // A selection from the end of the body into the commentary's first paragraph, as a drag makes it.
    ArticleTextView *text = view->textView();
    const QTextCursor from = text->document()->find(QStringLiteral("rund 6000 Gäste"));
    const QTextCursor to = text->document()->find(QStringLiteral("Man kann das Ergebnis von Bonn schönreden"));
    QVERIFY(!from.isNull() && !to.isNull());
    QTextCursor selection(text->document());
    selection.setPosition(from.selectionStart());
    selection.setPosition(to.selectionEnd(), QTextCursor::KeepAnchor);
    text->setFocus();
    text->setTextCursor(selection);
    QTest::keyClick(text, Qt::Key_2);

    const QList<Annotation> stored = window.annotations()->store()->annotations(view->articleId());
    QCOMPARE(stored.size(), 1);
    const Annotation &a = stored.first();
    QVERIFY(a.quote.startsWith(QStringLiteral("rund 6000 Gäste")));
    QVERIFY(a.quote.endsWith(QStringLiteral("Man kann das Ergebnis von Bonn schönreden")));
    QCOMPARE(view->articleText().text().mid(a.start, a.end - a.start), a.quote);
    // Drawn in both parts, as pieces of the one annotation.
    const int commentary = view->partIndex(QStringLiteral("pane_commentary"));
    bool inBody = false;
    bool inCommentary = false;
    for (const ArticleTextView::Highlight &h : text->highlights()) {
        QCOMPARE(h.id, a.id);
        inBody = inBody || view->document()->partAt(h.from) == -1;
        inCommentary = inCommentary || view->document()->partAt(h.from) == commentary;
    }
    QVERIFY(inBody && inCommentary);
    QCOMPARE(text->highlightCount(), 1);
    // And it comes back as one selection across both.
    view->clearSelection();
    QVERIFY(view->revealAnnotation(a.id));
    QCOMPARE(text->textCursor().selectionStart(), from.selectionStart());
    QCOMPARE(text->textCursor().selectionEnd(), to.selectionEnd());
}

void TestReadingDocument::folding_keepsTheReadersPlace()
{
    MainWindow window;
    window.resize(1000, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openSampleFile(window, Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")));
    ArticleView *view = window.currentView();
    ArticleTextView *text = view->textView();
    const int commentary = view->partIndex(QStringLiteral("pane_commentary"));
    const int section = view->partIndex(QStringLiteral("pane_section_0"));

    // Reading the section "Hintergrund", below the commentary.
    const QTextCursor place = text->document()->find(QStringLiteral("Seit 1996"));
    text->scrollToPosition(place.block().position(), 0);
    QTRY_COMPARE(text->document()->findBlock(text->firstVisiblePosition()).blockNumber(), place.blockNumber());
    const auto firstText = [text] { return text->document()->findBlock(text->firstVisiblePosition()).text(); };
    const QString before = firstText();
    const int top = text->characterRect(place.block().position()).top();
    const int scroll = text->verticalScrollBar()->value();

    view->setPartExpanded(commentary, false);
    QVERIFY(!view->isPartExpanded(commentary));
    QVERIFY(text->verticalScrollBar()->value() < scroll); // the text above got shorter ...
    QCOMPARE(firstText(), before); // ... and the reader still sees the same text, at the same height
    QCOMPARE(text->characterRect(place.block().position()).top(), top);
    QTest::qWait(0);
    QCOMPARE(firstText(), before);

    view->setPartExpanded(commentary, true);
    QCOMPARE(firstText(), before);
    QCOMPARE(text->characterRect(place.block().position()).top(), top);

    // Folding the part being read keeps its header in place.
    const int header = view->document()->headerBlock(section);
    const int headerTop = text->characterRect(view->document()->findBlockByNumber(header).position()).top();
    view->setPartExpanded(section, false);
    QCOMPARE(text->characterRect(view->document()->findBlockByNumber(header).position()).top(), headerTop);
    // Nothing was rebuilt: the same document, the same blocks.
    QCOMPARE(view->document()->findBlockByNumber(place.blockNumber()).text(), place.block().text());
}

void TestReadingDocument::tab_reachesEveryHeaderAndLink()
{
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    openSampleFile(window, Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")));
    ArticleView *view = window.currentView();
    ArticleTextView *text = view->textView();
    ArticleDocument *document = view->document();

    // Every link of the document: the headers, the questions and the mentions.
    QSet<int> links;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor())
                links.insert(it.fragment().position());
        }
    }
    QVERIFY(links.size() >= view->partCount() + 4 + view->mentionCount());

    text->setFocus();
    QTRY_VERIFY(text->hasFocus());
    QSet<int> reached;
    for (int i = 0; i < 200 && text->hasFocus(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (text->hasFocus() && text->textCursor().hasSelection()) {
            // A link can be more than one fragment (a heading inside a header): the first one counts.
            QTextBlock block = document->findBlock(text->textCursor().selectionStart());
            int at = text->textCursor().selectionStart();
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().contains(at) || it.fragment().position() == at)
                    at = it.fragment().position();
            }
            reached.insert(at);
        }
    }
    QVERIFY(!text->hasFocus()); // Tab leaves the article after its last link
    for (const int link : std::as_const(links)) {
        const QTextBlock block = document->findBlock(link);
        // Parts of one link (a header with the article's own heading) count once: its first fragment.
        if (block.position() != link && document->isHeader(block.blockNumber()))
            continue;
        QVERIFY2(reached.contains(link), qPrintable(block.text()));
    }
}

void TestReadingDocument::accessibilityTree_namesEveryControl()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openSampleFile(window, Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")));
    window.findChild<QAction *>(QStringLiteral("findAction"))->trigger();

    QStringList unnamed;
    int checked = 0;
    const QList<QAccessible::Role> named
        = { QAccessible::Button,       QAccessible::CheckBox,   QAccessible::RadioButton,    QAccessible::ComboBox,
            QAccessible::EditableText, QAccessible::SpinBox,    QAccessible::ColumnHeader,   QAccessible::RowHeader,
            QAccessible::Heading,      QAccessible::ButtonMenu, QAccessible::ButtonDropDown, QAccessible::Slider };
    std::function<void(QAccessibleInterface *, int)> walk = [&](QAccessibleInterface *node, int depth) {
        if (!node || !node->isValid() || depth > 40)
            return;
        if (!node->state().invisible && named.contains(node->role())) {
            ++checked;
            if (node->text(QAccessible::Name).trimmed().isEmpty()) {
                QObject *object = node->object();
                unnamed << QStringLiteral("%1 (%2)").arg(object ? object->objectName() : QStringLiteral("?"),
                                                         object ? QString::fromLatin1(object->metaObject()->className())
                                                                : QString::number(node->role()));
            }
        }
        for (int i = 0; i < node->childCount(); ++i)
            walk(node->child(i), depth + 1);
    };
    walk(QAccessible::queryAccessibleInterface(&window), 0);
    QVERIFY(checked > 20);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    // The article itself is a named text.
    QAccessibleInterface *article = QAccessible::queryAccessibleInterface(window.currentView()->textView());
    QVERIFY(article && !article->text(QAccessible::Name).isEmpty());
}

void TestReadingDocument::findOneLetterInFiveMegabytes_countsAllWithoutStalling()
{
    const QString path = m_dir->filePath(QStringLiteral("gross.txt"));
    QVERIFY(Test::writeFile(path, largeArticle(5)));
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openSampleFile(window, path);
    ArticleView *view = window.currentView();
    const QString shown = view->document()->toPlainText();
    const int expected = int(shown.count(QLatin1Char('e'), Qt::CaseInsensitive));
    QVERIFY(expected > 500000);

    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("findEdit"));
    auto *count = window.findChild<QLabel *>(QStringLiteral("findCount"));
    window.findChild<QAction *>(QStringLiteral("findAction"))->trigger();
    StallProbe probe;
    edit->setText(QStringLiteral("E"));
    QTRY_VERIFY_WITH_TIMEOUT(view->isFindComplete(), 60000);
    QCOMPARE(view->matchCount(), expected);
    QTRY_COMPARE(count->text(), QStringLiteral("1 of %1").arg(expected));
    // Only the matches around the screen are drawn.
    QVERIFY(view->textView()->drawnFindMatches() > 0);
    QVERIFY(view->textView()->drawnFindMatches() <= ArticleTextView::MaxFindHighlights);
    QVERIFY(view->textView()->extraSelections().size() <= ArticleTextView::MaxFindHighlights + 1);
    QTest::keyClick(&window, Qt::Key_F3);
    QCOMPARE(count->text(), QStringLiteral("2 of %1").arg(expected));
    QTest::keyClick(&window, Qt::Key_F3, Qt::ShiftModifier);
    QTest::keyClick(&window, Qt::Key_F3, Qt::ShiftModifier); // to the last one, at the end of the article
    QCOMPARE(count->text(), QStringLiteral("%1 of %1").arg(expected));
    // The limit is 50 ms; AddressSanitizer makes every step about three times slower, so the asan
    // preset allows that much more (the dev preset holds the real limit).
#if defined(__SANITIZE_ADDRESS__)
    constexpr double limitMs = 150;
#else
    constexpr double limitMs = 50;
#endif
    QVERIFY2(probe.longestBusyMs() < limitMs, qPrintable(QString::number(probe.longestBusyMs())));
}

void TestReadingDocument::resizeAndZoomInTheMiddle_keepThePlaceWithoutLayingOutAboveIt()
{
    const QString path = m_dir->filePath(QStringLiteral("gross.txt"));
    QVERIFY(Test::writeFile(path, largeArticle(2)));
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openSampleFile(window, path);
    ArticleView *view = window.currentView();
    ArticleDocument *document = view->document();
    ArticleTextView *text = view->textView();
    QTRY_VERIFY_WITH_TIMEOUT(document->isLaidOutTo(document->characterCount() - 1), 60000);

    // Reading a paragraph in the middle, its first line at the top.
    const QTextBlock block = document->findBlock(document->characterCount() / 2);
    text->scrollToPosition(block.position(), 0);
    QTRY_COMPARE(document->findBlock(text->firstVisiblePosition()).blockNumber(), block.blockNumber());
    const int place = text->firstVisiblePosition();
    QCOMPARE(text->characterRect(place).top(), 0);
    const QString placeText = document->findBlock(place).text();
    QVERIFY(window.grab().save(screenshotPath(QStringLiteral("middle-1-before-resize.png"))));

    // Right after the viewport has its new width (the first turn of the event loop after it), the layout has
    // not got halfway to the reader: nothing laid out the text above the place at once.
    std::optional<bool> laidOutRightAfter;
    const int oldWidth = text->viewport()->width();
    EventWatcher watcher(text->viewport(), QEvent::Resize, [&] {
        if (!laidOutRightAfter && text->viewport()->width() != oldWidth)
            QTimer::singleShot(0, text, [&] {
                if (!laidOutRightAfter)
                    laidOutRightAfter = document->isLaidOutTo(place / 2);
            });
    });
    // The longest stall over the steps below; the screenshots are taken between them.
    double busy = 0;
    qint64 wall = 0;
    auto probe = std::make_unique<StallProbe>();
    const auto measured = [&] {
        busy = qMax(busy, probe->longestBusyMs());
        wall = qMax(wall, probe->longestWallMs());
    };
    window.resize(900, 800);
    QTRY_VERIFY(laidOutRightAfter.has_value());
    measured();
    QVERIFY(text->viewport()->width() != oldWidth);
    QVERIFY2(!*laidOutRightAfter, "a resize laid out everything above the reader synchronously");
    QCOMPARE(text->firstVisiblePosition(), place); // meanwhile the place is the one kept
    if (text->isKeepingPlace()) // meanwhile: the same text, from the interim copy
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("middle-2-while-catching-up.png"))));
    probe = std::make_unique<StallProbe>();
    // As soon as the layout has reached it, the same text is at the top again.
    QTRY_VERIFY_WITH_TIMEOUT(!text->isKeepingPlace(), 60000);
    QVERIFY2(qAbs(text->characterRect(place).top()) <= 1,
             qPrintable(QString::number(text->characterRect(place).top())));
    QCOMPARE(document->findBlock(text->firstVisiblePosition()).text(), placeText);
    measured();
    QVERIFY(window.grab().save(screenshotPath(QStringLiteral("middle-3-after-resize.png"))));
    probe = std::make_unique<StallProbe>();

    // The zoom, in both directions: the same.
    for (const char *action : { "zoomInAction", "zoomOutAction", "zoomOutAction" }) {
        window.findChild<QAction *>(QLatin1String(action))->trigger();
        QVERIFY2(!document->isLaidOutTo(place / 2), action);
        QTRY_VERIFY_WITH_TIMEOUT(!text->isKeepingPlace(), 60000);
        QVERIFY2(qAbs(text->characterRect(place).top()) <= 1,
                 qPrintable(QString::number(text->characterRect(place).top())));
    }
    measured();
    qInfo("resizing and zooming in the middle of 2 MB: longest stall %.1f ms busy (%lld ms wall)", busy, wall);
    // The limit is 100 ms (AddressSanitizer: about three times slower, see above).
#if defined(__SANITIZE_ADDRESS__)
    constexpr double limitMs = 300;
#else
    constexpr double limitMs = 100;
#endif
    QVERIFY2(busy < limitMs, qPrintable(QString::number(busy)));
}

void TestReadingDocument::resizeWhileFillingIn_appendsOnlyOnceTheLayoutHasCaughtUp()
{
    const QString path = m_dir->filePath(QStringLiteral("gross.txt"));
    QVERIFY(Test::writeFile(path, largeArticle(2)));
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openFile(path);
    QTRY_COMPARE(window.articleCount(), 1);
    ArticleView *view = window.currentView();
    ArticleDocument *document = view->document();
    ArticleTextView *text = view->textView();
    QTRY_VERIFY(document->characterCount() > 200000);
    QVERIFY(!view->isComplete());

    // A new width: Qt lays it all out again, lazily from the top; the resize itself laid out one screen.
    text->resize(text->width() - 150, text->height());
    QVERIFY(!document->isLaidOutTo(document->characterCount() - 1));
    // Appending now would make Qt lay out everything before the new text at once: the fill waits.
    const int before = document->characterCount();
    QVERIFY(!document->fill(1024 * 1024, 0));
    QCOMPARE(document->characterCount(), before);
    // Once the lazy layout has reached the end, filling in goes on to the end of the article.
    QTRY_VERIFY_WITH_TIMEOUT(document->characterCount() > before, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(view->isComplete(), 60000);
}

void TestReadingDocument::hundredThousandSections_openWithoutAWidgetEach()
{
    QByteArray file("Ein Artikel mit vielen Abschnitten\nDer Text vor dem ersten Abschnitt.\n");
    for (int i = 0; i < 100000; ++i)
        file += "Abschnitt " + QByteArray::number(i) + ":\nDer Text von Abschnitt " + QByteArray::number(i) + ".\n";
    const QString path = m_dir->filePath(QStringLiteral("abschnitte.txt"));
    QVERIFY(Test::writeFile(path, file));

    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int widgetsBefore = int(window.findChildren<QWidget *>().size());
    StallProbe probe;
    openSampleFile(window, path);
    ArticleView *view = window.currentView();
    QCOMPARE(view->partCount(), 100000);
    QVERIFY(view->partHeaderText(99999).startsWith(QStringLiteral("Abschnitt 99999")));
    // No widget per section: the view has the same few children as for any article.
    QVERIFY2(view->findChildren<QWidget *>().size() < 30,
             qPrintable(QString::number(view->findChildren<QWidget *>().size())));
    QVERIFY(window.findChildren<QWidget *>().size() < widgetsBefore + 40);
    qInfo("opening 100,000 sections: longest stall %.1f ms busy", probe.longestBusyMs());
    // Planned and filled a few sections at a time: no stall of the kind 100,000 of anything at once makes.
    QVERIFY2(probe.longestBusyMs() < 250, qPrintable(QString::number(probe.longestBusyMs())));
    // Folding all and unfolding all stays usable too.
    QElapsedTimer folding;
    folding.start();
    window.findChild<QAction *>(QStringLiteral("collapseAllAction"))->trigger();
    qInfo("collapse all: %lld ms", folding.restart());
    QVERIFY(!view->isPartExpanded(99999));
    window.findChild<QAction *>(QStringLiteral("expandAllAction"))->trigger();
    QVERIFY(view->isPartExpanded(99999));
    qInfo("expand all: %lld ms", folding.restart());
}

void TestReadingDocument::textTallerThanAWidget_readsToTheEnd()
{
    // Paragraphs at the largest zoom: more than the 16,777,215 pixels a widget may be tall (and less than the
    // about 2^25 px where QTextDocumentLayout's fixed-point coordinates end).
    QByteArray file("Ein sehr hoher Artikel\n");
    QByteArray paragraph;
    for (int i = 0; i < 12; ++i)
        paragraph += " Wort" + QByteArray::number(i);
    // Each line ends a sentence, so that each is a paragraph of its own (FORMAT.md: a line that runs on into
    // the next is a wrapped paragraph).
    for (int i = 0; i < 56000; ++i)
        file += QByteArray::number(i) + paragraph + ".\n";
    file += "Das ist das Ende.\n";
    const QString path = m_dir->filePath(QStringLiteral("hoch.txt"));
    QVERIFY(Test::writeFile(path, file));
    ReaderSettings::setZoom(ReaderSettings::MaxZoom);

    MainWindow window;
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openSampleFile(window, path);
    ArticleTextView *text = window.currentView()->textView();
    const qreal height = text->document()->documentLayout()->documentSize().height();
    qInfo("document height %.0f px", height);
    QVERIFY2(height > QWIDGETSIZE_MAX, qPrintable(QString::number(height)));

    text->setFocus();
    QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
    QTRY_VERIFY(text->verticalScrollBar()->value() > QWIDGETSIZE_MAX / 2);
    const QRect end = text->cursorRect(text->textCursor());
    QVERIFY2(text->viewport()->rect().contains(end),
             qPrintable(QStringLiteral("%1,%2").arg(end.top()).arg(end.bottom())));
    QCOMPARE(text->textCursor().block().text(), QStringLiteral("Das ist das Ende."));
    // The last line is painted where the cursor says.
    QVERIFY(text->cursorForPosition(end.center()).block().text() == QStringLiteral("Das ist das Ende."));
}

QTEST_MAIN(TestReadingDocument)
#include "tst_readingdocument.moc"
