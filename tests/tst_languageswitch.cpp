// View > Language switches the running window: menus, docks, panels and model headers change at once.
#include "mainwindow.h"
#include "models/annotationmodel.h"
#include "readersettings.h"
#include "support/guisupport.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Randnotiz;

class TestLanguageSwitch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void languageMenu_switchesTheRunningWindowToGermanAndBack();
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

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
