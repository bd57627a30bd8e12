// Translations: the German file is complete for the current sources and compiled into the program.
#include "mainwindow.h"
#include "models/annotationmodel.h"
#include "notes/notesexport.h"
#include "notes/w3cannotations.h"
#include "support/guisupport.h"
#include "support/testpaths.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Randnotiz;

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void germanFile_hasNoUnfinishedOrObsoleteEntries();
    void lupdateOnTheSources_findsNothingUntranslated();
    void compiledTranslations_areInTheProgram();
    void germanWindow_showsGermanMenus();
    void coreMessages_areFoundUnderTheirContextAtRunTime();
};

namespace {

struct TsCounts
{
    int messages = 0;
    QStringList unfinished;
    QStringList obsolete;
};

TsCounts countTs(const QString &path)
{
    TsCounts counts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return counts;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++counts.messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || (type.isEmpty() && text.trimmed().isEmpty()))
                counts.unfinished << source;
            else if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                counts.obsolete << source;
        }
    }
    return counts;
}

} // namespace

void TestTranslations::initTestCase()
{
    Test::isolateSettings();
}

void TestTranslations::germanFile_hasNoUnfinishedOrObsoleteEntries()
{
    const TsCounts counts = countTs(Test::sourcePath(QStringLiteral("translations/randnotiz_de.ts")));
    QVERIFY(counts.messages > 100);
    QVERIFY2(counts.unfinished.isEmpty(), qPrintable(counts.unfinished.join(QStringLiteral(" | "))));
    QVERIFY2(counts.obsolete.isEmpty(), qPrintable(counts.obsolete.join(QStringLiteral(" | "))));
    QVERIFY(QFile::exists(Test::sourcePath(QStringLiteral("translations/randnotiz_en.ts"))));
}

void TestTranslations::lupdateOnTheSources_findsNothingUntranslated()
{
    // A string added to the sources without a German translation shows up here as "unfinished".
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("randnotiz_de.ts"));
    QVERIFY(QFile::copy(Test::sourcePath(QStringLiteral("translations/randnotiz_de.ts")), copy));
    QProcess lupdate;
    lupdate.setWorkingDirectory(Test::sourcePath(QString()));
    lupdate.start(QStringLiteral(RANDNOTIZ_LUPDATE),
                  { QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                    QStringLiteral("-ts"), copy, QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                    QStringLiteral("none"), QStringLiteral("-silent") });
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    const TsCounts counts = countTs(copy);
    QVERIFY2(counts.unfinished.isEmpty(),
             qPrintable(QStringLiteral("untranslated (run the update_translations target and translate): ")
                        + counts.unfinished.join(QStringLiteral(" | "))));
    QCOMPARE(counts.messages, countTs(Test::sourcePath(QStringLiteral("translations/randnotiz_de.ts"))).messages);
}

void TestTranslations::compiledTranslations_areInTheProgram()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/randnotiz_de.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/randnotiz_en.qm")));
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/randnotiz_de.qm")));
    QCOMPARE(german.translate("Randnotiz::MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(german.translate("Randnotiz::BiographyModel", "Wikipedia summary not loaded yet"),
             QStringLiteral("Wikipedia-Zusammenfassung noch nicht geladen"));
    QVERIFY(QCoreApplication::installTranslator(&german));
    const QString one = QCoreApplication::translate("Randnotiz::ArticleView", "%n entries", nullptr, 1);
    const QString three = QCoreApplication::translate("Randnotiz::ArticleView", "%n entries", nullptr, 3);
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(one, QStringLiteral("1 Eintrag"));
    QCOMPARE(three, QStringLiteral("3 Einträge"));
}

void TestTranslations::germanWindow_showsGermanMenus()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/randnotiz_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&german));
    QStringList menus;
    {
        MainWindow window;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        window.openSample();
        QTRY_COMPARE(window.articleCount(), 1);
    }
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(menus,
             (QStringList { QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                            QStringLiteral("&Notizen"), QStringLiteral("&Gehe zu"), QStringLiteral("&Hilfe") }));
}

void TestTranslations::coreMessages_areFoundUnderTheirContextAtRunTime()
{
    // Strings in randnotiz_core are looked up under the context lupdate filed them in: a German text comes
    // back for one message of each class that translates outside a QObject.
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/randnotiz_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&german));
    const QString part = NotesExport::partTitle(Part::Body);
    const QString importError = W3cAnnotations::parse("[1]").error;
    const QString color = AnnotationModel::colorTitle(Color::Yellow);
    const QString status = AnnotationModel::statusTitle(AnchorStatus::Orphaned);
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(part, QStringLiteral("Artikel"));
    QVERIFY2(importError.startsWith(QStringLiteral("Eintrag")), qPrintable(importError));
    QCOMPARE(color, QStringLiteral("Gelb"));
    QVERIFY2(status != QLatin1String("Orphaned") && !status.isEmpty(), qPrintable(status));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
