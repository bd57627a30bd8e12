// View > Language switches the running window: menus, docks, panels and model headers change at once.
#include "annotationcontroller.h"
#include "articledocument.h"
#include "articletextview.h"
#include "articleview.h"
#include "mainwindow.h"
#include "models/annotationmodel.h"
#include "readersettings.h"
#include "support/guisupport.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Randnotiz;

class TestLanguageSwitch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void languageMenu_switchesTheRunningWindowToGermanAndBack();
    void languageMenu_switchesTheFindBarAndTheArticleAtTheReadersPlace();
};

namespace {

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QString dockTitle(MainWindow &window, const QString &name)
{
    auto *dock = window.findChild<QDockWidget *>(name);
    return dock ? dock->windowTitle() : QString();
}

} // namespace

void TestLanguageSwitch::initTestCase()
{
    Test::isolateSettings();
    Test::clearSettings();
}

void TestLanguageSwitch::languageMenu_switchesTheRunningWindowToGermanAndBack()
{
    MainWindow window;
    window.show();
    window.openSample();
    QTRY_COMPARE(window.articleCount(), 1);
    // The notes panel is made when the store opens, after the first paint.
    QTRY_VERIFY(window.annotations()->isStoreOpened());

    const QStringList english = { QStringLiteral("&File"),  QStringLiteral("&Edit"), QStringLiteral("&View"),
                                  QStringLiteral("&Notes"), QStringLiteral("&Go"),   QStringLiteral("&Help") };
    const QStringList german = { QStringLiteral("&Datei"),   QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                                 QStringLiteral("&Notizen"), QStringLiteral("&Gehe zu"),    QStringLiteral("&Hilfe") };
    auto *reattach = window.findChild<QPushButton *>(QStringLiteral("reattachButton"));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("notesFilter"));
    auto *notesView = window.findChild<QTreeView *>(QStringLiteral("notesView"));
    QAction *toGerman = window.findChild<QAction *>(QStringLiteral("languageAction_de"));
    QAction *toEnglish = window.findChild<QAction *>(QStringLiteral("languageAction_en"));
    QVERIFY(reattach && filter && notesView && toGerman && toEnglish);
    QAbstractItemModel *notes = notesView->model();
    const auto passageHeader
        = [notes] { return notes->headerData(AnnotationModel::QuoteColumn, Qt::Horizontal).toString(); };

    QCOMPARE(menuTitles(window), english);
    QCOMPARE(dockTitle(window, QStringLiteral("notesDock")), QStringLiteral("Notes"));
    QCOMPARE(dockTitle(window, QStringLiteral("biographyDock")), QStringLiteral("Persons and terms"));
    QCOMPARE(reattach->text(), QStringLiteral("Re-attach to selection"));
    QCOMPARE(filter->placeholderText(), QStringLiteral("Filter notes"));
    QCOMPARE(passageHeader(), QStringLiteral("Passage"));

    // The texts change while the window runs (QApplication posts LanguageChange to each window), not at the
    // next start.
    QSignalSpy headers(notes, &QAbstractItemModel::headerDataChanged);
    toGerman->trigger();
    QCOMPARE(ReaderSettings::language(), QStringLiteral("de"));
    QVERIFY(toGerman->isChecked());
    QTRY_COMPARE(menuTitles(window), german);
    QCOMPARE(dockTitle(window, QStringLiteral("notesDock")), QStringLiteral("Notizen"));
    QCOMPARE(dockTitle(window, QStringLiteral("biographyDock")), QStringLiteral("Personen und Begriffe"));
    QCOMPARE(reattach->text(), QStringLiteral("Der Auswahl zuordnen"));
    QCOMPARE(filter->placeholderText(), QStringLiteral("Notizen filtern"));
    QVERIFY(headers.count() >= 1);
    QCOMPARE(passageHeader(), QStringLiteral("Textstelle"));
    QCOMPARE(notesView->header()->model()->headerData(AnnotationModel::QuoteColumn, Qt::Horizontal).toString(),
             QStringLiteral("Textstelle"));

    headers.clear();
    toEnglish->trigger();
    QCOMPARE(ReaderSettings::language(), QStringLiteral("en"));
    QTRY_COMPARE(menuTitles(window), english);
    QCOMPARE(dockTitle(window, QStringLiteral("notesDock")), QStringLiteral("Notes"));
    QCOMPARE(reattach->text(), QStringLiteral("Re-attach to selection"));
    QVERIFY(headers.count() >= 1);
    QCOMPARE(passageHeader(), QStringLiteral("Passage"));
}

void TestLanguageSwitch::languageMenu_switchesTheFindBarAndTheArticleAtTheReadersPlace()
{
    MainWindow window;
    window.resize(1100, 520);
    window.show();
    window.openSample();
    QTRY_COMPARE(window.articleCount(), 1);
    ArticleView *view = window.currentView();
    QTRY_VERIFY(view->isComplete());
    auto *find = window.findChild<QLineEdit *>(QStringLiteral("findEdit"));
    auto *count = window.findChild<QLabel *>(QStringLiteral("findCount"));
    auto *previous = window.findChild<QToolButton *>(QStringLiteral("findPreviousButton"));
    auto *reload = view->findChild<QPushButton *>(QStringLiteral("reloadButton"));
    QAction *toGerman = window.findChild<QAction *>(QStringLiteral("languageAction_de"));
    QAction *toEnglish = window.findChild<QAction *>(QStringLiteral("languageAction_en"));
    QVERIFY(find && count && previous && reload && toGerman && toEnglish);
    toEnglish->trigger();
    QTRY_COMPARE(find->placeholderText(), QStringLiteral("Find in article"));

    window.findChild<QAction *>(QStringLiteral("findAction"))->trigger();
    find->setText(QStringLiteral("xqzxqz"));
    QTRY_COMPARE(count->text(), QStringLiteral("No matches"));
    const int commentary = view->partIndex(QStringLiteral("pane_commentary"));
    const int entries = view->partIndex(QStringLiteral("pane_explanations"));
    QVERIFY(commentary >= 0 && entries >= 0);
    QVERIFY2(view->partHeaderText(commentary).startsWith(QStringLiteral("Commentary: ")),
             qPrintable(view->partHeaderText(commentary)));
    QVERIFY2(view->partHeaderText(entries).startsWith(QStringLiteral("Persons and terms"))
                 && view->partHeaderText(entries).endsWith(QStringLiteral(" entries")),
             qPrintable(view->partHeaderText(entries)));
    QCOMPARE(previous->toolTip(), QStringLiteral("Previous match (Shift+F3)"));
    QCOMPARE(reload->text(), QStringLiteral("&Reload"));
    QCOMPARE(view->textView()->accessibleName(), QStringLiteral("Article text"));

    // The reader is in the middle of the article, with the entries folded.
    view->setPartExpanded(entries, false);
    QScrollBar *bar = view->textView()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 200);
    bar->setValue(bar->maximum() / 2);
    const std::optional<int> place = view->readingOffset();
    QVERIFY(place && *place > 0);
    const auto placeIsAtTop = [view, place] {
        const QRect at = view->textView()->characterRect(view->document()->positionOf(*place));
        return at.bottom() >= 0 && at.top() <= at.height();
    };
    QVERIFY(placeIsAtTop());

    toGerman->trigger();
    QTRY_COMPARE(find->placeholderText(), QStringLiteral("Im Artikel suchen"));
    QCOMPARE(count->text(), QStringLiteral("Keine Treffer"));
    QCOMPARE(previous->toolTip(), QStringLiteral("Vorheriger Treffer (Umschalt+F3)"));
    QCOMPARE(reload->text(), QStringLiteral("&Neu laden"));
    QCOMPARE(view->textView()->accessibleName(), QStringLiteral("Artikeltext"));
    // The part headers are text of the article's document: they change too, with the parts folded as they were and
    // the same text at the top.
    QTRY_VERIFY2(view->partHeaderText(commentary).startsWith(QStringLiteral("Kommentar: ")),
                 qPrintable(view->partHeaderText(commentary)));
    QVERIFY2(view->partHeaderText(entries).startsWith(QStringLiteral("Personen und Begriffe"))
                 && view->partHeaderText(entries).endsWith(QStringLiteral(" Einträge")),
             qPrintable(view->partHeaderText(entries)));
    QVERIFY(!view->isPartExpanded(entries));
    QVERIFY(view->isPartExpanded(commentary));
    QTRY_VERIFY(placeIsAtTop());
    // The outline shows the same titles.
    auto *outline = window.findChild<QTreeView *>(QStringLiteral("outlineView"));
    QVERIFY(outline->model()->index(1, 0).data().toString().startsWith(QStringLiteral("Kommentar")));

    toEnglish->trigger();
    QTRY_COMPARE(find->placeholderText(), QStringLiteral("Find in article"));
    QCOMPARE(count->text(), QStringLiteral("No matches"));
    QTRY_VERIFY2(view->partHeaderText(commentary).startsWith(QStringLiteral("Commentary: ")),
                 qPrintable(view->partHeaderText(commentary)));
    QVERIFY(view->partHeaderText(entries).endsWith(QStringLiteral(" entries")));
    QCOMPARE(reload->text(), QStringLiteral("&Reload"));
    QTRY_VERIFY(placeIsAtTop());
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
