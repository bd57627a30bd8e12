#include "support/exporttestdata.h"

#include "article/articletext.h"
#include "article/ozdparser.h"
#include "notes/annotationstore.h"
#include "support/notestestdata.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace Randnotiz::Test {

namespace {

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Records the article and adds a note on each quote found (every second one with a note and tags).
int annotate(AnnotationStore &store, const QString &path, const QStringList &quotes, int extra)
{
    const ParseResult parsed = OzdParser::parseFile(path);
    if (!parsed.ok())
        return -1;
    const OpenedArticle opened = store.openArticle(parsed.article, path);
    if (!opened.article.isValid())
        return -1;
    const QString &text = opened.text.text();
    const QDateTime base(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    QList<Annotation> annotations;
    for (const QString &quote : quotes) {
        const int start = int(text.indexOf(quote));
        if (start < 0)
            return -1;
        Annotation a
            = Annotation::create(opened.text, start, start + int(quote.size()), base.addSecs(60 * annotations.size()));
        a.articleId = opened.article.id;
        a.color = AllColors[annotations.size() % std::size(AllColors)];
        if (annotations.size() % 2 == 0) {
            a.note = QStringLiteral("Notiz \"%1\", mit Komma,\nZeile <b>&</b> # Ü").arg(annotations.size());
            a.tags = QStringList { QStringLiteral("klima"), QStringLiteral("tag %1").arg(annotations.size()) };
        }
        annotations.append(a);
    }
    // Many short highlights, word after word, for the big exports.
    int position = 0;
    for (int i = 0; i < extra; ++i) {
        position = int(text.indexOf(u' ', position + 1));
        if (position < 0 || position + 6 > text.size())
            position = 0;
        Annotation a = Annotation::create(opened.text, position + 1, position + 6, base.addSecs(i));
        a.articleId = opened.article.id;
        a.note = QStringLiteral("Massennotiz %1").arg(i);
        annotations.append(a);
    }
    return store.saveAnnotations(annotations) ? int(annotations.size()) : -1;
}

} // namespace

ExportFixture prepareExportFixture(const QString &root, int extraNotes)
{
    ExportFixture fixture;
    const QDir dir(root);
    const QString klima = dir.filePath(QStringLiteral("Klima & Gipfel.txt"));
    const QString other = dir.filePath(QStringLiteral("zweiter-artikel.txt"));
    if (!QFile::copy(samplePath(QStringLiteral("klimagipfel-bonn.txt")), klima)
        || !writeBytes(other, syntheticArticle(7, 6).toUtf8()))
        return fixture;

    AnnotationStore store;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    if (!store.open(dataDir))
        return fixture;
    store.setColorLabel(Color::Red, QStringLiteral("Streitpunkt"));
    fixture.klimaNotes
        = annotate(store, klima,
                   { QStringLiteral("Minimalkompromiss"), QStringLiteral("Strittige Fragen zur Finanzierung"),
                     QStringLiteral("Bonn zeigt die Grenzen der Geduld") },
                   extraNotes);
    const ParseResult parsedOther = OzdParser::parseFile(other);
    const QString otherText = parsedOther.ok() ? ArticleText(parsedOther.article).text() : QString();
    fixture.otherNotes = annotate(store, other, { otherText.mid(60, 30), otherText.mid(200, 12) }, 0);
    if (fixture.klimaNotes < 0 || fixture.otherNotes < 0)
        return fixture;
    fixture.dataDir = dataDir;
    fixture.klimaPath = klima;
    fixture.otherPath = other;
    return fixture;
}

CliRun runProgram(const QString &binary, const QStringList &arguments)
{
    QProcess process;
    process.start(binary, arguments);
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray withoutExportTime(const QByteArray &exported)
{
    static const QRegularExpression time(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?Z?"));
    QList<QByteArray> lines = exported.split('\n');
    for (QByteArray &line : lines) {
        if (line.startsWith("exported: ") || line.startsWith("<p class=\"meta\">"))
            line = QString::fromUtf8(line).replace(time, QStringLiteral("TIME")).toUtf8();
    }
    return lines.join('\n');
}

} // namespace Randnotiz::Test
