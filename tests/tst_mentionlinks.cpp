// "Mentioned N times in this article" under an entry of the biography panel: each number is a link that scrolls the
// article to that mention and flashes it (issue 11).
#include "articledocument.h"
#include "articletextview.h"
#include "articleview.h"
#include "biographypanel.h"
#include "mainwindow.h"
#include "models/biographymodel.h"
#include "support/guisupport.h"
#include "support/testpaths.h"

#include <QFile>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace Randnotiz;

class TestMentionLinks final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mentionLink_scrollsToTheMentionOpensItsPartAndFlashesIt();
};

namespace {

// Clicks the link with this href in a text browser, as the reader does.
bool clickAnchor(QTextBrowser *browser, const QString &href)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor() || fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position());
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {},
                              browser->cursorRect(cursor).center() + QPoint(3, 0));
            return true;
        }
    }
    return false;
}

QList<int> mentionsOf(BiographyModel *model, int entry)
{
    return model->index(entry, 0).data(MentionsRole).value<QList<int>>();
}

// The extra selections of the text view that cover exactly [from, to).
int selectionsOver(ArticleTextView *view, int from, int to)
{
    int n = 0;
    for (const QTextEdit::ExtraSelection &s : view->extraSelections()) {
        if (s.cursor.selectionStart() == from && s.cursor.selectionEnd() == to
            && s.format.background().color().alpha() > 0)
            ++n;
    }
    return n;
}

} // namespace

void TestMentionLinks::initTestCase()
{
    Test::isolateSettings();
    Test::clearSettings();
}

void TestMentionLinks::mentionLink_scrollsToTheMentionOpensItsPartAndFlashesIt()
{
    // The sample article, with a mention in its commentary too (a part that folds).
    QFile sample(Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QByteArray bytes = sample.readAll();
    QVERIFY(bytes.contains("Man kann das Ergebnis von Bonn"));
    bytes.replace("Man kann das Ergebnis von Bonn", "Simon Stiell kann das Ergebnis von Bonn");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mentions.txt"));
    QVERIFY(Test::writeFile(path, bytes));

    MainWindow window;
    window.resize(1100, 420); // low: the commentary is below the first screen
    window.show();
    window.openFile(path);
    QTRY_COMPARE(window.articleCount(), 1);
    ArticleView *view = window.currentView();
    QTRY_VERIFY(view->isComplete());
    BiographyModel *entries = view->biographies();
    // The mentions are found off the GUI thread.
    QTRY_VERIFY(!mentionsOf(entries, 0).isEmpty() || !mentionsOf(entries, 1).isEmpty());

    // The mention furthest down the article in a part that folds (commentary, forecast), folded now.
    int entry = -1;
    int mention = -1;
    int offset = -1;
    for (int e = 0; e < entries->rowCount(); ++e) {
        const QList<int> offsets = mentionsOf(entries, e);
        for (int m = 0; m < offsets.size() && m < 50; ++m) {
            if (offsets.at(m) > offset && view->document()->partAt(view->document()->positionOf(offsets.at(m))) >= 0) {
                entry = e;
                mention = m;
                offset = offsets.at(m);
            }
        }
    }
    QVERIFY(entry >= 0);
    view->setAllExpanded(false);
    const int position = view->document()->positionOf(offset);
    QVERIFY(position > 0);
    const int part = view->document()->partAt(position);
    QVERIFY2(part >= 0, "the last mention is in the commentary or the forecast, which fold");
    QVERIFY(!view->isPartExpanded(part));
    ArticleTextView *text = view->textView();
    text->verticalScrollBar()->setValue(0);
    const auto visible = [view, text, position, part] {
        const QRect at = text->characterRect(position);
        return view->isPartExpanded(part) && !at.isNull() && at.top() >= 0 && at.bottom() <= text->viewport()->height();
    };
    QVERIFY(!visible());

    int length = 0;
    for (const ArticleDocument::Mention &m : view->document()->mentions()) {
        if (m.position == position)
            length = m.length;
    }
    QVERIFY(length > 0);
    QCOMPARE(selectionsOver(text, position, position + length), 0);

    // The link in the panel, as the reader clicks it.
    auto *panel = window.biographyPanel();
    panel->setCurrentEntry(entry);
    auto *links = panel->findChild<QTextBrowser *>(QStringLiteral("biographyMentions"));
    QVERIFY(links);
    QTRY_VERIFY(links->isVisible() && links->height() > 0);
    QSignalSpy requested(panel, &BiographyPanel::mentionRequested);
    QVERIFY(clickAnchor(links, QStringLiteral("#mention-") + QString::number(mention)));
    QCOMPARE(requested.count(), 1);

    // Scrolled there, its part open, and the mention flashes: drawn over the text ...
    QVERIFY(view->isPartExpanded(part));
    QTRY_VERIFY(visible());
    QVERIFY(text->verticalScrollBar()->value() > 0); // below the body, which fills more than the screen
    QCOMPARE(view->flashedRange(), std::make_pair(position, position + length));
    QCOMPARE(selectionsOver(text, position, position + length), 1);
    const QRect at = text->characterRect(position);
    const QImage flashed = text->viewport()->grab(at).toImage();
    // ... and then gone, leaving the page as it was.
    QTRY_COMPARE(view->flashedRange(), std::make_pair(0, 0));
    QCOMPARE(selectionsOver(text, position, position + length), 0);
    QTRY_VERIFY(visible());
    QCOMPARE(text->characterRect(position), at);
    const QImage after = text->viewport()->grab(at).toImage();
    QVERIFY(flashed != after);
    QVERIFY2(flashed.pixelColor(1, 1) != after.pixelColor(1, 1)
                 || flashed.pixelColor(0, at.height() / 2) != after.pixelColor(0, at.height() / 2),
             "the flash colours the mention's background");
}

QTEST_MAIN(TestMentionLinks)
#include "tst_mentionlinks.moc"
