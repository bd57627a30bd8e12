// Offline Wikipedia in the real window: the seed article opened with a ZIM file shows every entry's summary,
// picture and offline attribution while the (fake) network gets nothing; the settings list the copies.
#include "biographypanel.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "readersettings.h"
#include "settingsdialog.h"
#include "support/fakewikiserver.h"
#include "support/guisupport.h"
#include "support/testpaths.h"
#include "support/zimtestdata.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;
using Randnotiz::Test::FakeWikiServer;

class TestZimWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void seedArticle_withZimAndNoNetwork_showsEverySummaryAndThumbnail();
    void settings_listOfflineCopiesWithLanguageCountDateOrTheirProblem();

private:
    QTemporaryDir m_dir;
    QString m_zim;
};

void TestZimWindow::initTestCase()
{
    Test::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_zim = m_dir.filePath(QStringLiteral("wikipedia_de_all_mini_2024-05.zim"));
    QString error;
    QVERIFY2(Test::writeZim(m_zim, Test::seedZimSpec(), &error), qPrintable(error));
}

void TestZimWindow::init()
{
    Test::clearSettings();
}

void TestZimWindow::seedArticle_withZimAndNoNetwork_showsEverySummaryAndThumbnail()
{
    // The fake server has every page too: only "prefer offline copies" (the default) keeps it out.
    FakeWikiServer server;
    QVERIFY(server.listen());
    for (const QString &title : { QStringLiteral("Kim Jong un"), QStringLiteral("Sergei Schoigu"),
                                  QStringLiteral("Sicherheitsrat der Russischen Föderation") })
        server.addPage(QStringLiteral("de"), title);
    QTemporaryDir data;
    WikiOptions options;
    options.baseTemplate = server.baseTemplate();
    options.dataDir = data.path();
    options.zimFiles = { m_zim };
    MainWindow window(options);
    window.show();
    window.openFile(Test::seedPath());
    QTRY_COMPARE(window.articleCount(), 1);

    BiographyPanel *panel = window.biographyPanel();
    QAbstractItemModel *model = panel->model();
    const QHash<QString, QString> leads {
        { QStringLiteral("Kim_Jong_un"),
          QStringLiteral("Kim Jong-un ist ein nordkoreanischer Politiker und seit 2011 der Oberste Führer "
                         "Nordkoreas.") },
        { QStringLiteral("Sergei_Schoigu"),
          QStringLiteral("Sergei Kuschugetowitsch Schoigu ist ein russischer Politiker und war von 2012 bis 2024 "
                         "Verteidigungsminister.") },
        { QStringLiteral("Sicherheitsrat_der_Russischen_Föderation"),
          QStringLiteral("Der Sicherheitsrat der Russischen Föderation ist ein beratendes Verfassungsorgan des "
                         "russischen Präsidenten.") },
    };
    QCOMPARE(model->rowCount(), leads.size());
    auto *extract = panel->findChild<QLabel *>(QStringLiteral("summaryExtract"));
    auto *thumbnail = panel->findChild<QLabel *>(QStringLiteral("summaryThumbnail"));
    auto *link = panel->findChild<QLabel *>(QStringLiteral("summaryPageLink"));
    QVERIFY(extract && thumbnail && link);
    const QString date = QLocale().toString(QDate(2024, 5, 1), QLocale::ShortFormat);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString page = model->index(row, 0).data(WikipediaUrlRole).toUrl().path().mid(6);
        QVERIFY2(leads.contains(page), qPrintable(page));
        panel->setCurrentEntry(row);
        QTRY_COMPARE(extract->text(), leads.value(page));
        QVERIFY(extract->isVisible());
        QVERIFY(thumbnail->isVisible());
        QVERIFY(!thumbnail->pixmap().isNull());
        QVERIFY(model->index(row, 0).data(SummaryLocalRole).toBool());
        QVERIFY2(link->text().contains(QStringLiteral("Wikipedia (offline copy of ") + date
                                       + QStringLiteral("), CC BY-SA 4.0")),
                 qPrintable(link->text()));
        QVERIFY(link->text().contains(QStringLiteral("href=\"https://de.wikipedia.org/wiki/")));
    }
    QCOMPARE(server.requests().size(), 0);
}

void TestZimWindow::settings_listOfflineCopiesWithLanguageCountDateOrTheirProblem()
{
    const QString broken = m_dir.filePath(QStringLiteral("kaputt.zim"));
    QVERIFY(Test::writeFile(broken, QByteArrayLiteral("keine ZIM-Datei\n")));
    ReaderSettings::setWikiZimFiles({ m_zim });
    SettingsDialog dialog;
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("settingsOfflineCopies"));
    auto *prefer = dialog.findChild<QCheckBox *>(QStringLiteral("settingsPreferOffline"));
    QVERIFY(list && prefer);
    QVERIFY(prefer->isChecked()); // on by default
    QCOMPARE(list->count(), 1);
    const QString date = QLocale().toString(QDate(2024, 5, 1), QLocale::ShortFormat);
    QTRY_COMPARE(list->item(0)->text(),
                 QStringLiteral("wikipedia_de_all_mini_2024-05.zim — de, 3 articles, of ") + date);

    dialog.addOfflineCopies({ broken, m_zim }); // the copy already listed is not added twice
    QCOMPARE(list->count(), 2);
    QTRY_COMPARE(list->item(1)->text(),
                 QStringLiteral("kaputt.zim: not a usable ZIM file (it may be truncated or damaged)."));
    prefer->setChecked(false);
    dialog.accept();
    QCOMPARE(ReaderSettings::wikiZimFiles(), QStringList({ m_zim, broken }));
    QVERIFY(!ReaderSettings::wikiPreferOffline());
}

QTEST_MAIN(TestZimWindow)
#include "tst_zimwindow.moc"
