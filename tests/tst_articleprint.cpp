// ArticlePrint: the printed article with its highlights and endnotes, checked in the document and, for the PDF,
// read back with pdftotext and rendered with pdftoppm into the build folder.
#include "article/ozdparser.h"
#include "mainwindow.h"
#include "printing/articleprint.h"
#include "support/guisupport.h"
#include "support/testpaths.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

using namespace Randnotiz;

namespace {

const QString Markup = QStringLiteral("<h1>Gross</h1> <img src=x.png> <font color=red>rot</font> "
                                      "<a href=\"https://example.org\">Link</a> &amp;");

QString markupArticle()
{
    return QStringLiteral("Schlagzeile mit <b>Fett</b> &amp; Co\n\n"
                          "Erster Absatz des Berichts.\n\n"
                          "Zweiter Absatz endet hier.\n\n"
                          "OZD / ©AFP\n\n"
                          "OZD-Kommentar:\n"
                          "Titel des Kommentars\n"
                          "Der Kommentar sagt etwas.\n"
                          "OZD-Prognose:\n"
                          "Es wird so kommen.\n"
                          "Biographien und Erklärungen:\n"
                          "Wer ist Erika Muster?\n"
                          "Erika Muster ist eine Person.\n"
                          "Wikipedia-Seite: https://de.wikipedia.org/wiki/G%C3%B6rlitz\n"
                          "Hinweise:\n"
                          "Alle Angaben ohne Gewähr.\n"
                          "Foto: Jemand / OZD\n");
}

Annotation noteOn(const ArticleText &text, const QString &from, const QString &to, const QString &note, Color color)
{
    const int start = int(text.text().indexOf(from));
    const int end = int(text.text().indexOf(to)) + int(to.size());
    Q_ASSERT(start >= 0 && end > start);
    Annotation a = Annotation::create(text, start, end, QDateTime::currentDateTimeUtc());
    a.note = note;
    a.color = color;
    return a;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("FAILED: ") + QString::fromLocal8Bit(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestArticlePrint final : public QObject
{
    Q_OBJECT

private slots:
    void document_showsEveryPartAndMarkupAsText();
    void document_highlightSpansBodyAndCommentaryWithOneNumber();
    void document_endnotesListNoteTagsAndColourLabel();
    void pdf_seedArticleWithThreeNotesReadsBack();
    void pdf_unwritableOutputFails();
    void printPreview_fromTheWindow_showsTheArticlesPages();
    void print_fromTheWindow_asksWithThePrintDialog();
};

void TestArticlePrint::document_showsEveryPartAndMarkupAsText()
{
    const Article article = OzdParser::parseText(markupArticle(), QStringLiteral("markup.txt"));
    PrintInput input { article, QStringLiteral("/tmp/markup.txt"), ArticleText(article), {}, {} };
    Annotation a = noteOn(input.text, QStringLiteral("Erster"), QStringLiteral("Absatz"), Markup, Color::Red);
    input.annotations = { a };
    const auto document = ArticlePrint::buildDocument(input);
    const QString plain = document->toPlainText();
    QVERIFY2(plain.contains(QStringLiteral("Schlagzeile mit <b>Fett</b> &amp; Co")), qPrintable(plain));
    for (const QString &expected :
         { QStringLiteral("des Berichts."), QStringLiteral("OZD / ©AFP"), QStringLiteral("Commentary"),
           QStringLiteral("Titel des Kommentars"), QStringLiteral("Der Kommentar sagt etwas."),
           QStringLiteral("Forecast"), QStringLiteral("Es wird so kommen."), QStringLiteral("Persons and terms"),
           QStringLiteral("Wer ist Erika Muster?"), QStringLiteral("Erika Muster ist eine Person."),
           QStringLiteral("https://de.wikipedia.org/wiki/Görlitz"), QStringLiteral("Notes and photo credit"),
           QStringLiteral("Alle Angaben ohne Gewähr."), QStringLiteral("Photo: Jemand / OZD"), Markup })
        QVERIFY2(plain.contains(expected), qPrintable(expected));
    // Nothing was read as HTML: no image, no anchor.
    QVERIFY(!document->toHtml().contains(QStringLiteral("<img")));
    QVERIFY(!document->toHtml().contains(QStringLiteral("href=\"https://example.org\"")));
}

void TestArticlePrint::document_highlightSpansBodyAndCommentaryWithOneNumber()
{
    const Article article = OzdParser::parseText(markupArticle(), QStringLiteral("markup.txt"));
    PrintInput input { article, QStringLiteral("markup.txt"), ArticleText(article), {}, {} };
    input.annotations = { noteOn(input.text, QStringLiteral("endet hier"), QStringLiteral("Titel des"),
                                 QStringLiteral("spans"), Color::Green) };
    const auto document = ArticlePrint::buildDocument(input);
    const QString plain = document->toPlainText();
    const auto backgroundAt = [&](const QString &needle) {
        const int at = int(plain.indexOf(needle));
        Q_ASSERT(at >= 0);
        QTextCursor cursor(document.get());
        cursor.setPosition(at + 1);
        return cursor.charFormat().background().style() != Qt::NoBrush;
    };
    QVERIFY(backgroundAt(QStringLiteral("endet hier")));
    QVERIFY(backgroundAt(QStringLiteral("Titel des")));
    QVERIFY(!backgroundAt(QStringLiteral("Zweiter Absatz")));
    QVERIFY(!backgroundAt(QStringLiteral("Kommentars")));
    QVERIFY(!backgroundAt(QStringLiteral("OZD / ©AFP")));
    // One note, one number: right after the highlighted words, as superscript.
    const int marker = int(plain.indexOf(QStringLiteral("Titel des1")));
    QVERIFY2(marker >= 0, qPrintable(plain));
    QTextCursor cursor(document.get());
    cursor.setPosition(marker + int(QStringLiteral("Titel des1").size()));
    QCOMPARE(cursor.charFormat().verticalAlignment(), QTextCharFormat::AlignSuperScript);
    QCOMPARE(plain.count(QStringLiteral("1. “")), 1);
}

void TestArticlePrint::document_endnotesListNoteTagsAndColourLabel()
{
    const Article article = OzdParser::parseText(markupArticle(), QStringLiteral("markup.txt"));
    PrintInput input { article, QStringLiteral("markup.txt"), ArticleText(article), {}, {} };
    Annotation first = noteOn(input.text, QStringLiteral("Erster"), QStringLiteral("Absatz"),
                              QStringLiteral("Zeile eins\nZeile zwei"), Color::Yellow);
    first.tags = { QStringLiteral("wichtig"), QStringLiteral("prüfen") };
    Annotation second = noteOn(input.text, QStringLiteral("Es wird"), QStringLiteral("kommen"), {}, Color::Blue);
    Annotation gone = second;
    gone.status = AnchorStatus::Orphaned;
    gone.quote = QStringLiteral("verschwundener Satz");
    input.annotations = { first, second, gone };
    input.labels.setLabel(Color::Yellow, QStringLiteral("Quelle"));
    const QString plain = ArticlePrint::buildDocument(input)->toPlainText();
    const int notes = int(plain.indexOf(QStringLiteral("Your notes")));
    QVERIFY(notes > 0);
    const QString endnotes = plain.mid(notes);
    QVERIFY(endnotes.contains(QStringLiteral("1. “Erster Absatz”")));
    QVERIFY(endnotes.contains(QStringLiteral("Zeile eins\nZeile zwei")));
    QVERIFY(endnotes.contains(QStringLiteral("Colour: yellow (Quelle) · Tags: wichtig, prüfen")));
    QVERIFY(endnotes.contains(QStringLiteral("2. “Es wird so kommen”")));
    QVERIFY(endnotes.contains(QStringLiteral("Colour: blue")));
    QVERIFY(endnotes.contains(QStringLiteral("3. “verschwundener Satz”\n(this passage is no longer in the article)")));
    // The orphaned note has no number in the text; the others do, in reading order.
    const QString article_ = plain.left(notes);
    QVERIFY(article_.contains(QStringLiteral("Erster Absatz1")));
    QVERIFY(article_.contains(QStringLiteral("so kommen2")));
    QVERIFY(!article_.contains(QStringLiteral("3")));
}

void TestArticlePrint::pdf_seedArticleWithThreeNotesReadsBack()
{
    const ParseResult parsed = OzdParser::parseFile(Test::seedPath());
    QVERIFY(parsed.ok());
    PrintInput input { parsed.article, Test::seedPath(), ArticleText(parsed.article), {}, {} };
    input.annotations = {
        noteOn(input.text, QStringLiteral("Kim sicherte"), QStringLiteral("Zusammenarbeit zu."),
               QStringLiteral("Zusage an Moskau"), Color::Yellow),
        noteOn(input.text, QStringLiteral("Sergej Schoigu, ehemals"), QStringLiteral("Verteidigungsminister Russlands"),
               QStringLiteral("Seit Mai Sekretär <b>nicht</b> Minister"), Color::Red),
        noteOn(input.text, QStringLiteral("Parallel könnten"), QStringLiteral("Sanktionen folgen"),
               QStringLiteral("Prüfen in vier Wochen"), Color::Blue),
    };
    const QString output = QStringLiteral(RANDNOTIZ_BUILD_DIR "/tst_articleprint-seed.pdf");
    QFile::remove(output);
    QString error;
    QVERIFY2(ArticlePrint::writePdf(input, output, &error), qPrintable(error));

    const QString text = run(QStringLiteral("pdftotext"), { output, QStringLiteral("-") });
    QVERIFY2(!text.startsWith(QStringLiteral("FAILED")), qPrintable(text));
    // pdftotext breaks lines where the PDF does; compare with all white space folded.
    const QString folded = text.simplified();
    for (const QString &expected :
         { QStringLiteral("Nordkoreas Machthaber Kim Jong Un"), QStringLiteral("OZD / ©AFP"),
           QStringLiteral("Commentary"), QStringLiteral("Die gefährliche Allianz Nordkoreas mit Russland"),
           QStringLiteral("Forecast"), QStringLiteral("Persons and terms"), QStringLiteral("Wer ist Kim Jong Un?"),
           QStringLiteral("Notes and photo credit"), QStringLiteral("Photo: STR / KCNA VIA KNS"),
           QStringLiteral("Your notes"), QStringLiteral("Zusage an Moskau"),
           QStringLiteral("Seit Mai Sekretär <b>nicht</b> Minister"), QStringLiteral("Prüfen in vier Wochen"),
           QStringLiteral("1. “Kim sicherte"), QStringLiteral("2. “Sergej Schoigu"), QStringLiteral("3. “Parallel"),
           QStringLiteral("000_7002fa1c3b2b2e4d.txt · page 1 of ") })
        QVERIFY2(folded.contains(expected), qPrintable(expected));

    // Page 1 as a picture in the build folder, to be looked at.
    const QString prefix = QStringLiteral(RANDNOTIZ_BUILD_DIR "/tst_articleprint-seed-page");
    const QString rendered
        = run(QStringLiteral("pdftoppm"),
              { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-f"),
                QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), output, prefix });
    QVERIFY2(!rendered.startsWith(QStringLiteral("FAILED")), qPrintable(rendered));
    QDir dir(QStringLiteral(RANDNOTIZ_BUILD_DIR));
    const QStringList pages = dir.entryList({ QStringLiteral("tst_articleprint-seed-page*.png") });
    QVERIFY(!pages.isEmpty());
    QVERIFY(QFileInfo(dir.filePath(pages.first())).size() > 10000);
}

void TestArticlePrint::pdf_unwritableOutputFails()
{
    const Article article = OzdParser::parseText(markupArticle(), QStringLiteral("markup.txt"));
    PrintInput input { article, QStringLiteral("markup.txt"), ArticleText(article), {}, {} };
    QTemporaryDir dir;
    QString error;
    QVERIFY(!ArticlePrint::writePdf(input, dir.filePath(QStringLiteral("missing/folder/out.pdf")), &error));
    QVERIFY2(error.contains(QStringLiteral("out.pdf")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing/folder/out.pdf"))));
}

void TestArticlePrint::printPreview_fromTheWindow_showsTheArticlesPages()
{
    Test::isolateSettings();
    MainWindow window;
    window.show();
    window.openSample();
    QTRY_COMPARE(window.articleCount(), 1);
    auto *preview = window.findChild<QAction *>(QStringLiteral("printPreviewAction"));
    QVERIFY(preview);
    // The dialog runs its own event loop: a timer looks at it from inside and closes it once its pages are there.
    int pages = -1;
    QString shownFor;
    QTimer look;
    look.setInterval(10);
    QElapsedTimer waited;
    waited.start();
    connect(&look, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        auto *widget = dialog ? dialog->findChild<QPrintPreviewWidget *>() : nullptr;
        if (widget && widget->pageCount() > 0) {
            pages = widget->pageCount();
            shownFor = dialog->objectName();
            dialog->reject();
        } else if (dialog && waited.elapsed() > 30000) {
            dialog->reject(); // a preview without pages fails below, it does not hang the test
        }
    });
    look.start();
    preview->trigger(); // returns when the dialog is closed
    look.stop();
    QCOMPARE(shownFor, QStringLiteral("printPreviewDialog"));
    QVERIFY2(pages >= 1, qPrintable(QString::number(pages)));
}

void TestArticlePrint::print_fromTheWindow_asksWithThePrintDialog()
{
    Test::isolateSettings();
    MainWindow window;
    window.show();
    window.openSample();
    QTRY_COMPARE(window.articleCount(), 1);
    auto *print = window.findChild<QAction *>(QStringLiteral("printAction"));
    QVERIFY(print);
    QString shownFor;
    QTimer look;
    look.setInterval(10);
    connect(&look, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget())) {
            shownFor = dialog->objectName();
            dialog->reject(); // cancelled: nothing is printed, nothing is said
        }
    });
    look.start();
    print->trigger();
    look.stop();
    QCOMPARE(shownFor, QStringLiteral("printDialog"));
    QVERIFY(!QApplication::activeModalWidget());
}

QTEST_MAIN(TestArticlePrint)
#include "tst_articleprint.moc"
