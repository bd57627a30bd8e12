// The window as a user meets it, driven offscreen through the real MainWindow.
#include "mainwindow.h"
#include "support/testpaths.h"

#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void openSample_showsItsParts();
    void openBinaryFile_showsErrorAndKeepsOtherTabs();
};

void TestMainWindow::openSample_showsItsParts()
{
    MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("articleTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Bonner Klimakonferenz endet mit Minimalkompromiss zur Anpassung"));
    auto *view = qobject_cast<QPlainTextEdit *>(tabs->widget(0));
    QVERIFY(view);
    const QString text = view->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Bonn zeigt die Grenzen der Geduld")));
    QVERIFY(text.contains(QStringLiteral("Wer ist Simon Stiell?")));
    QVERIFY(text.contains(QStringLiteral("Hintergrund")));
}

void TestMainWindow::openBinaryFile_showsErrorAndKeepsOtherTabs()
{
    QTemporaryDir dir;
    const QString binary = dir.filePath(QStringLiteral("bild.txt"));
    QFile file(binary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    file.close();

    MainWindow window;
    QVERIFY(window.openFile(Test::seedPath()));
    QVERIFY(window.openFile(Test::samplePath(QStringLiteral("hafenstreik-hamburg.txt"))));
    window.show();
    QVERIFY(!window.openFile(binary));
    QCOMPARE(window.articleCount(), 2);
    QTRY_VERIFY(window.findChild<QMessageBox *>());
    auto *box = window.findChild<QMessageBox *>();
    QVERIFY(box->text().contains(QStringLiteral("bild.txt")));
    QVERIFY(box->text().contains(QStringLiteral("binary")));
    box->accept();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
