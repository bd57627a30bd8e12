// --dump-json through the real binary: the JSON keys are a public contract, so they are checked exactly.
#include "support/testpaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestDumpJson final : public QObject
{
    Q_OBJECT

private slots:
    void samples_printOneObjectPerArticleWithExactKeys();
    void seed_valuesMatchTheArticle();
    void keys_comeInTheDocumentedOrder();
    void strings_areEscaped();
    void badFiles_printErrorLinesAndExit2();
    void folders_areSearchedRecursivelyForTxt();
    void manyFiles_keepInputOrderWithErrorsInPlace();
    void helpAndVersion_work();
    void noPath_isAUsageError();

private:
    struct Run
    {
        int exitCode = -1;
        QList<QJsonObject> lines;
        QByteArray stdErr;
        QByteArray stdOut;
    };
    static Run run(const QStringList &arguments);
};

namespace {

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

TestDumpJson::Run TestDumpJson::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(RANDNOTIZ_BINARY), arguments);
    Run r;
    if (!process.waitForFinished(120000)) {
        process.kill();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.stdOut = process.readAllStandardOutput();
    r.stdErr = process.readAllStandardError();
    for (const QByteArray &line : r.stdOut.split('\n')) {
        if (line.isEmpty() || !line.startsWith('{'))
            continue; // --help and --version print text, checked by their own test
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qFatal("not a JSON object line: %s", line.constData());
        r.lines << doc.object();
    }
    return r;
}

void TestDumpJson::samples_printOneObjectPerArticleWithExactKeys()
{
    const QStringList files = Randnotiz::Test::sampleFiles();
    const Run r = run(QStringList { QStringLiteral("--dump-json") } + files);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), files.size());
    QCOMPARE(r.stdOut.count('\n'), files.size());
    const QStringList articleKeys
        = sorted({ "file", "encoding", "headline", "headline_source", "body", "source", "commentary", "forecast",
                   "explanations", "notes", "photo", "extra_sections", "warnings" });
    const QStringList explanationKeys
        = sorted({ "question", "subject", "kind", "paragraphs", "wikipedia", "link_text" });
    for (int i = 0; i < files.size(); ++i) {
        const QJsonObject o = r.lines[i];
        QCOMPARE(sortedKeys(o), articleKeys);
        QCOMPARE(o.value(QStringLiteral("file")).toString(), files[i]);
        QVERIFY(QStringList({ "UTF-8", "UTF-8-BOM", "UTF-16LE", "UTF-16BE", "windows-1252" })
                    .contains(o.value(QStringLiteral("encoding")).toString()));
        QVERIFY(QStringList({ "line", "filename" }).contains(o.value(QStringLiteral("headline_source")).toString()));
        QVERIFY(o.value(QStringLiteral("body")).isArray());
        if (!o.value(QStringLiteral("source")).isNull())
            QCOMPARE(sortedKeys(o.value(QStringLiteral("source")).toObject()), sorted({ "line", "agencies" }));
        if (!o.value(QStringLiteral("commentary")).isNull())
            QCOMPARE(sortedKeys(o.value(QStringLiteral("commentary")).toObject()), sorted({ "title", "paragraphs" }));
        for (const char *key : { "forecast", "notes" }) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (!v.isNull())
                QCOMPARE(sortedKeys(v.toObject()), QStringList { QStringLiteral("paragraphs") });
        }
        for (const QJsonValue e : o.value(QStringLiteral("explanations")).toArray()) {
            QCOMPARE(sortedKeys(e.toObject()), explanationKeys);
            const QJsonValue wiki = e.toObject().value(QStringLiteral("wikipedia"));
            if (!wiki.isNull())
                QCOMPARE(sortedKeys(wiki.toObject()), sorted({ "lang", "title", "url" }));
            QVERIFY(QStringList({ "person", "term" }).contains(e.toObject().value(QStringLiteral("kind")).toString()));
        }
        for (const QJsonValue s : o.value(QStringLiteral("extra_sections")).toArray())
            QCOMPARE(sortedKeys(s.toObject()), sorted({ "heading", "paragraphs" }));
        for (const QJsonValue w : o.value(QStringLiteral("warnings")).toArray())
            QCOMPARE(sortedKeys(w.toObject()), sorted({ "line", "message" }));
    }
    // The output is UTF-8 with the characters themselves, not escapes.
    QVERIFY(r.stdOut.contains("Klimakonferenz endet mit Minimalkompromiss"));
    QVERIFY(r.stdOut.contains("\xE2\x80\x9E")); // „
}

void TestDumpJson::seed_valuesMatchTheArticle()
{
    const Run r = run({ QStringLiteral("--dump-json"), Randnotiz::Test::seedPath() });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 1);
    const QJsonObject o = r.lines.first();
    QCOMPARE(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(o.value(QStringLiteral("headline_source")).toString(), QStringLiteral("filename"));
    QCOMPARE(o.value(QStringLiteral("body")).toArray().size(), 5);
    QCOMPARE(o.value(QStringLiteral("source")).toObject().value(QStringLiteral("agencies")).toArray(),
             QJsonArray { QStringLiteral("AFP") });
    QCOMPARE(o.value(QStringLiteral("commentary")).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Die gefährliche Allianz Nordkoreas mit Russland"));
    const QJsonArray explanations = o.value(QStringLiteral("explanations")).toArray();
    QCOMPARE(explanations.size(), 3);
    const QJsonObject schoigu = explanations[1].toObject();
    QCOMPARE(schoigu.value(QStringLiteral("kind")).toString(), QStringLiteral("person"));
    QCOMPARE(schoigu.value(QStringLiteral("subject")).toString(), QStringLiteral("Sergej Schoigu"));
    QCOMPARE(schoigu.value(QStringLiteral("link_text")).toString(),
             QStringLiteral("https://de.wikipedia.org/wiki/Sergei_Schoigu"));
    const QJsonObject wiki = schoigu.value(QStringLiteral("wikipedia")).toObject();
    QCOMPARE(wiki.value(QStringLiteral("lang")).toString(), QStringLiteral("de"));
    QCOMPARE(wiki.value(QStringLiteral("title")).toString(), QStringLiteral("Sergei Schoigu"));
    QCOMPARE(wiki.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://de.wikipedia.org/wiki/Sergei_Schoigu"));
    QCOMPARE(o.value(QStringLiteral("photo")).toString(), QStringLiteral("STR / KCNA VIA KNS"));
    QCOMPARE(o.value(QStringLiteral("extra_sections")).toArray().size(), 0);
    QCOMPARE(o.value(QStringLiteral("warnings")).toArray().size(), 0);
}

void TestDumpJson::keys_comeInTheDocumentedOrder()
{
    const Run r
        = run({ QStringLiteral("--dump-json"), Randnotiz::Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")) });
    QCOMPARE(r.exitCode, 0);
    const QByteArray line = r.stdOut;
    qsizetype previous = -1;
    for (const char *key : { "file", "encoding", "headline", "headline_source", "body", "source", "commentary",
                             "forecast", "explanations", "notes", "photo", "extra_sections", "warnings" }) {
        const qsizetype at = line.indexOf(QByteArray(QByteArray("\"") + key + "\":"));
        QVERIFY2(at > previous, key);
        previous = at;
    }
    QVERIFY(line.startsWith("{\"file\":"));
}

void TestDumpJson::strings_areEscaped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("escape.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Er sagte \"Nein\" \\ und ging, ohne sich noch einmal umzudrehen.\x01 Ende.\n");
    file.close();
    const Run r = run({ QStringLiteral("--dump-json"), path });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 1);
    QCOMPARE(
        r.lines[0].value(QStringLiteral("body")).toArray(),
        QJsonArray { QStringLiteral("Er sagte \"Nein\" \\ und ging, ohne sich noch einmal umzudrehen.\x01 Ende.") });
    QVERIFY(r.stdOut.contains("\\u0001"));
}

void TestDumpJson::badFiles_printErrorLinesAndExit2()
{
    QTemporaryDir dir;
    const QString binary = dir.filePath(QStringLiteral("binary.txt"));
    QFile file(binary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x7f"
                          "ELF\0\0\0\1\2\3",
                          10));
    file.close();
    const QString missing = dir.filePath(QStringLiteral("missing.txt"));
    const QString good = Randnotiz::Test::samplePath(QStringLiteral("stadtbibliothek-nachtoeffnung.txt"));

    const Run r = run({ QStringLiteral("--dump-json"), binary, good, missing });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.lines.size(), 3);
    QCOMPARE(sortedKeys(r.lines[0]), sorted({ "file", "error" }));
    QCOMPARE(r.lines[0].value(QStringLiteral("file")).toString(), binary);
    QVERIFY(r.lines[0].value(QStringLiteral("error")).toString().contains(QStringLiteral("binary")));
    QCOMPARE(r.lines[1].value(QStringLiteral("file")).toString(), good);
    QVERIFY(r.lines[1].contains(QStringLiteral("body")));
    QCOMPARE(r.lines[2].value(QStringLiteral("error")).toString(), QStringLiteral("no such file"));
    QCOMPARE(r.stdErr.count('\n'), 2);
    QVERIFY(r.stdErr.contains(missing.toUtf8()));
}

void TestDumpJson::folders_areSearchedRecursivelyForTxt()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("b/c")));
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(QStringLiteral("a.txt"), "Eins.\n");
    write(QStringLiteral("b/c/d.txt"), "Zwei.\n");
    write(QStringLiteral("b/ignored.md"), "Nicht.\n");
    const Run r = run({ QStringLiteral("--dump-json"), dir.path() });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 2);
    QCOMPARE(r.lines[0].value(QStringLiteral("file")).toString(), dir.filePath(QStringLiteral("a.txt")));
    QCOMPARE(r.lines[1].value(QStringLiteral("file")).toString(), dir.filePath(QStringLiteral("b/c/d.txt")));
    QCOMPARE(r.lines[1].value(QStringLiteral("body")).toArray(), QJsonArray { QStringLiteral("Zwei.") });
}

// Files are parsed on all cores and printed as they become ready, a few hundred at most waiting: more files than
// that, some of them failing, still come out one line each in path order, each error on its own line in place.
void TestDumpJson::manyFiles_keepInputOrderWithErrorsInPlace()
{
    QTemporaryDir dir;
    constexpr int Files = 1500;
    QStringList paths;
    QList<int> failing;
    for (int i = 0; i < Files; ++i) {
        const QString path = dir.filePath(QStringLiteral("f%1.txt").arg(i, 4, 10, QLatin1Char('0')));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (i % 97 == 5) {
            f.write(QByteArray("\0\1\2binary", 9));
            failing.append(i);
        } else {
            f.write("Zeile " + QByteArray::number(i) + ".\n");
        }
        paths.append(path);
    }
    const Run r = run({ QStringLiteral("--dump-json"), dir.path() });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.lines.size(), Files);
    QStringList errorFiles;
    for (int i = 0; i < Files; ++i) {
        const QJsonObject &line = r.lines[i];
        QCOMPARE(line.value(QStringLiteral("file")).toString(), paths[i]);
        if (failing.contains(i)) {
            QCOMPARE(sortedKeys(line), sorted({ "file", "error" }));
            errorFiles.append(paths[i]);
        } else {
            QCOMPARE(line.value(QStringLiteral("body")).toArray(), QJsonArray { QStringLiteral("Zeile %1.").arg(i) });
        }
    }
    QStringList stdErrFiles;
    for (const QByteArray &line : r.stdErr.split('\n')) {
        if (!line.isEmpty())
            stdErrFiles.append(QString::fromUtf8(line.mid(11, line.indexOf(".txt") + 4 - 11)));
    }
    QCOMPARE(stdErrFiles, errorFiles);
}

void TestDumpJson::helpAndVersion_work()
{
    const Run help = run({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.stdOut.contains("--dump-json"));
    const Run version = run({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.stdOut.startsWith("randnotiz " RANDNOTIZ_VERSION));
}

void TestDumpJson::noPath_isAUsageError()
{
    const Run r = run({ QStringLiteral("--dump-json") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.stdOut.isEmpty());
    QVERIFY(r.stdErr.contains("needs at least one file"));
}

QTEST_GUILESS_MAIN(TestDumpJson)
#include "tst_dumpjson.moc"
