// `randnotiz --export-pdf FILE -o OUT.pdf [--data-dir DIR]` without a display: the article with its notes,
// read back with pdftotext, and the exit codes it shares with --export-notes.
#include "article/ozdparser.h"
#include "notes/annotationstore.h"
#include "support/testpaths.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RANDNOTIZ_BINARY), arguments);
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

class TestPdfCli final : public QObject
{
    Q_OBJECT

private slots:
    void exportPdf_withoutDisplay_writesArticleAndNotes();
    void exportPdf_exitCodes();
};

void TestPdfCli::exportPdf_withoutDisplay_writesArticleAndNotes()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    {
        const ParseResult parsed = OzdParser::parseFile(Test::seedPath());
        QVERIFY(parsed.ok());
        AnnotationStore store;
        QVERIFY(store.open(data));
        const OpenedArticle opened = store.openArticle(parsed.article, Test::seedPath());
        const QString text = opened.text.text();
        const auto note = [&](const QString &quote, const QString &body) {
            const int at = int(text.indexOf(quote));
            QVERIFY(at >= 0);
            Annotation a = Annotation::create(opened.text, at, at + int(quote.size()));
            a.articleId = opened.article.id;
            a.note = body;
            QVERIFY(store.addAnnotation(a));
        };
        note(QStringLiteral("Kim sicherte Russland"), QStringLiteral("Erste Notiz"));
        note(QStringLiteral("Die gefährliche Allianz"), QStringLiteral("Zweite <i>Notiz</i>"));
        note(QStringLiteral("Parallel könnten neue Sanktionen folgen"), QStringLiteral("Dritte Notiz & mehr"));
    }
    const QString out = dir.filePath(QStringLiteral("seed.pdf"));
    const Run result = run({ QStringLiteral("--export-pdf"), Test::seedPath(), QStringLiteral("-o"), out,
                             QStringLiteral("--data-dir"), data });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString text = pdfText(out);
    for (const QString &expected :
         { QStringLiteral("Nordkoreas Machthaber"), QStringLiteral("Die gefährliche Allianz2 Nordkoreas mit Russland"),
           QStringLiteral("Your notes"), QStringLiteral("1. “Kim sicherte Russland”"), QStringLiteral("Erste Notiz"),
           QStringLiteral("2. “Die gefährliche Allianz”"), QStringLiteral("Zweite <i>Notiz</i>"),
           QStringLiteral("3. “Parallel könnten neue Sanktionen folgen”"), QStringLiteral("Dritte Notiz & mehr") })
        QVERIFY2(text.contains(expected), qPrintable(expected));
}

void TestPdfCli::exportPdf_exitCodes()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString out = dir.filePath(QStringLiteral("out.pdf"));
    QCOMPARE(run({ QStringLiteral("--export-pdf"), Test::seedPath(), QStringLiteral("--data-dir"), data }).exitCode, 2);
    QCOMPARE(run({ QStringLiteral("--export-pdf"), Test::seedPath(), QStringLiteral("-o"), out,
                   QStringLiteral("--data-dir"), data })
                 .exitCode,
             0);
    QVERIFY(QFileInfo(out).size() > 1000);
    const Run again = run({ QStringLiteral("--export-pdf"), Test::seedPath(), QStringLiteral("-o"), out,
                            QStringLiteral("--data-dir"), data });
    QCOMPARE(again.exitCode, 3);
    QVERIFY(again.err.contains(QStringLiteral("exists")));
    const Run missing
        = run({ QStringLiteral("--export-pdf"), dir.filePath(QStringLiteral("nope.txt")), QStringLiteral("-o"),
                dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--data-dir"), data });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));
}

QTEST_GUILESS_MAIN(TestPdfCli)
#include "tst_pdfcli.moc"
