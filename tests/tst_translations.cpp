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
#include <QRegularExpression>
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
    void numerusMessages_haveEveryForm_data();
    void numerusMessages_haveEveryForm();
    void englishPlurals_readRight();
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

// Every numerus message of a .ts file: its source and its forms.
QList<std::pair<QString, QStringList>> numerusMessages(const QString &path)
{
    QList<std::pair<QString, QStringList>> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    bool numerus = false;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            if (numerus)
                messages.append({ QString(), QStringList() });
        } else if (numerus && xml.name() == QLatin1String("source")) {
            messages.last().first = xml.readElementText();
        } else if (numerus && xml.name() == QLatin1String("numerusform")) {
            messages.last().second.append(xml.readElementText());
        }
    }
    return messages;
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

void TestTranslations::numerusMessages_haveEveryForm_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("de") << QStringLiteral("translations/randnotiz_de.ts");
    QTest::newRow("en") << QStringLiteral("translations/randnotiz_en.ts");
}

void TestTranslations::numerusMessages_haveEveryForm()
{
    QFETCH(QString, file);
    const auto messages = numerusMessages(Test::sourcePath(file));
    QVERIFY(messages.size() >= 5);
    const bool english = file.endsWith(QStringLiteral("_en.ts"));
    for (const auto &[source, forms] : messages) {
        // German and English have two forms: one, and everything else.
        QVERIFY2(forms.size() == 2, qPrintable(source));
        // The count as written (%n) or in the locale's digits and grouping (%Ln).
        static const QRegularExpression count(QStringLiteral("%L?n"));
        for (const QString &form : forms)
            QVERIFY2(!form.trimmed().isEmpty() && form.contains(count), qPrintable(source));
        // English nouns always change ("1 entry", "3 entries"); German ones may not ("1 Treffer").
        if (english)
            QVERIFY2(forms.at(0) != forms.at(1), qPrintable(QStringLiteral("same singular and plural: ") + source));
    }
}

void TestTranslations::englishPlurals_readRight()
{
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/randnotiz_en.qm")));
    QVERIFY(QCoreApplication::installTranslator(&english));
    const QString one = QCoreApplication::translate("Randnotiz::ArticleView", "%n entries", nullptr, 1);
    const QString three = QCoreApplication::translate("Randnotiz::ArticleView", "%n entries", nullptr, 3);
    const QString match = QCoreApplication::translate("Randnotiz::FindBar", "%n matches", nullptr, 1);
    QCoreApplication::removeTranslator(&english);
    QCOMPARE(one, QStringLiteral("1 entry"));
    QCOMPARE(three, QStringLiteral("3 entries"));
    QCOMPARE(match, QStringLiteral("1 match"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
