// --import-notes and --export-notes through the real binary, as a user or a script runs them.
#include "support/notestestdata.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;

class TestNotesCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void import_printsIdStatusExactPerAnnotation();
    void exportJson_importIntoEmptyStore_exportsTheSame();
    void export_everyFormatToFileAndStdout();
    void export_refusesToOverwriteAnExistingFile();
    void usageErrors_exit2();
    void badInput_exit1WithMessage();
    void renamedFile_stillHasItsNotes();
    void editedFile_reanchorsOnExport();
    void exportAll_groupsByArticle();
    void corruptDatabase_isReportedAndReplaced();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments) const;
    QString write(const QString &name, const QByteArray &data) const;
    QString dataDir(const QString &name = QStringLiteral("data")) const { return m_dir->filePath(name); }
    QString article() const { return m_dir->filePath(QStringLiteral("klima.txt")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QByteArray notesJson = R"({
  "@context": ["http://www.w3.org/ns/anno.jsonld", {"randnotiz": "https://example.invalid/randnotiz/ns#"}],
  "type": "AnnotationCollection",
  "first": {"type": "AnnotationPage", "items": [
    {"id": "urn:uuid:11111111-2222-4333-8444-555555555501", "type": "Annotation", "motivation": "commenting",
     "created": "2024-05-01T10:00:00Z", "modified": "2024-05-02T11:00:00Z",
     "body": [{"type": "TextualBody", "value": "Das Geld fehlt, \"wieder\".\nZweite Zeile", "purpose": "commenting"},
              {"type": "TextualBody", "value": "finanzen", "purpose": "tagging"}],
     "target": {"source": "urn:sha256:0000", "selector": [
        {"type": "TextQuoteSelector", "exact": "Strittige Fragen zur Finanzierung wurden dagegen erneut vertagt."}]},
     "randnotiz:color": "red", "randnotiz:colorLabel": "Streitpunkt"},
    {"id": "urn:uuid:11111111-2222-4333-8444-555555555502", "type": "Annotation", "motivation": "highlighting",
     "created": "2024-05-01T10:05:00Z",
     "target": {"source": "urn:sha256:0000", "selector": [
        {"type": "TextQuoteSelector", "exact": "Der Vorschlag fand allerdings keine Mehrheit.",
         "prefix": "fünf Jahre zu überprüfen. ", "suffix": "\nAm Rande der Konferenz erinner"}]}},
    {"id": "urn:uuid:11111111-2222-4333-8444-555555555503", "type": "Annotation",
     "created": "2024-05-01T10:06:00Z", "bodyValue": "Den Satz gibt es nicht",
     "target": {"source": "urn:sha256:0000", "selector": {"type": "TextQuoteSelector",
        "exact": "Dieser Satz steht in keiner Fassung des Artikels."}}}
  ]}
})";

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    }
    return lines;
}

} // namespace

void TestNotesCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QFile::copy(Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")), article()));
}

TestNotesCli::Run TestNotesCli::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Should a command ever ignore --data-dir, it must not reach the real home folder.
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/share")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RANDNOTIZ_BINARY), arguments);
    Run r;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QString TestNotesCli::write(const QString &name, const QByteArray &data) const
{
    QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write test file");
    return path;
}

void TestNotesCli::import_printsIdStatusExactPerAnnotation()
{
    const QString notes = write(QStringLiteral("notes.json"), notesJson);
    const Run r = run({ QStringLiteral("--import-notes"), notes, article(), QStringLiteral("--data-dir"), dataDir() });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 3);
    for (const QJsonObject &line : lines) {
        QStringList keys = line.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList { QStringLiteral("exact"), QStringLiteral("id"), QStringLiteral("status") }));
    }
    QCOMPARE(lines.at(0).value(QStringLiteral("id")).toString(),
             QStringLiteral("urn:uuid:11111111-2222-4333-8444-555555555501"));
    QCOMPARE(lines.at(0).value(QStringLiteral("status")).toString(), QStringLiteral("moved"));
    QCOMPARE(lines.at(0).value(QStringLiteral("exact")).toString(),
             QStringLiteral("Strittige Fragen zur Finanzierung wurden dagegen erneut vertagt."));
    QCOMPARE(lines.at(1).value(QStringLiteral("status")).toString(), QStringLiteral("fuzzy"));
    QCOMPARE(lines.at(1).value(QStringLiteral("exact")).toString(),
             QStringLiteral("Der Vorschlag fand jedoch keine Mehrheit."));
    QCOMPARE(lines.at(2).value(QStringLiteral("status")).toString(), QStringLiteral("orphaned"));
    QCOMPARE(lines.at(2).value(QStringLiteral("exact")).toString(),
             QStringLiteral("Dieser Satz steht in keiner Fassung des Artikels."));
}

void TestNotesCli::exportJson_importIntoEmptyStore_exportsTheSame()
{
    const QString notes = write(QStringLiteral("notes.json"), notesJson);
    QCOMPARE(
        run({ QStringLiteral("--import-notes"), notes, article(), QStringLiteral("--data-dir"), dataDir() }).exitCode,
        0);
    const Run first = run({ QStringLiteral("--export-notes"), QStringLiteral("json"), article(),
                            QStringLiteral("--data-dir"), dataDir() });
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QJsonObject collection = QJsonDocument::fromJson(first.out).object();
    const QJsonArray items
        = collection.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("modified")).toString(),
             QStringLiteral("2024-05-02T11:00:00.000Z"));
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("randnotiz:colorLabel")).toString(),
             QStringLiteral("Streitpunkt"));
    // The fuzzy one exports the current text and keeps what was marked.
    const QJsonObject fuzzy = items.at(1).toObject();
    QCOMPARE(fuzzy.value(QStringLiteral("randnotiz:status")).toString(), QStringLiteral("fuzzy"));
    QCOMPARE(fuzzy.value(QStringLiteral("randnotiz:markedText")).toString(),
             QStringLiteral("Der Vorschlag fand allerdings keine Mehrheit."));

    const QString exported = write(QStringLiteral("exported.json"), first.out);
    const Run import2 = run({ QStringLiteral("--import-notes"), exported, article(), QStringLiteral("--data-dir"),
                              dataDir(QStringLiteral("empty")) });
    QVERIFY2(import2.exitCode == 0, import2.err.constData());
    const Run second = run({ QStringLiteral("--export-notes"), QStringLiteral("json"), article(),
                             QStringLiteral("--data-dir"), dataDir(QStringLiteral("empty")) });
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(QString::fromUtf8(second.out), QString::fromUtf8(first.out));
}

void TestNotesCli::export_everyFormatToFileAndStdout()
{
    const QString notes = write(QStringLiteral("notes.json"), notesJson);
    QCOMPARE(
        run({ QStringLiteral("--import-notes"), notes, article(), QStringLiteral("--data-dir"), dataDir() }).exitCode,
        0);
    const QStringList formats { QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json"),
                                QStringLiteral("csv") };
    for (const QString &format : formats) {
        const QString out = m_dir->filePath(QStringLiteral("export.") + format);
        const Run toFile = run({ QStringLiteral("--export-notes"), format, article(), QStringLiteral("-o"), out,
                                 QStringLiteral("--data-dir"), dataDir() });
        QVERIFY2(toFile.exitCode == 0, toFile.err.constData());
        QVERIFY(toFile.out.isEmpty());
        const QByteArray written = Test::readAll(out);
        QVERIFY(written.contains("Strittige Fragen zur Finanzierung"));
        const Run toStdout
            = run({ QStringLiteral("--export-notes"), format, article(), QStringLiteral("--data-dir"), dataDir() });
        QCOMPARE(toStdout.exitCode, 0);
        if (format != QLatin1String("md") && format != QLatin1String("html"))
            QCOMPARE(toStdout.out, written); // md and html carry the export time
        else
            QCOMPARE(toStdout.out.size(), written.size());
    }
    QVERIFY(Test::readAll(m_dir->filePath(QStringLiteral("export.csv")))
                .startsWith("id,article,section,status,quote,note,tags,color,created,modified,author\r\n"));
    QVERIFY(Test::readAll(m_dir->filePath(QStringLiteral("export.html"))).startsWith("<!DOCTYPE html>"));
    QVERIFY(Test::readAll(m_dir->filePath(QStringLiteral("export.md"))).startsWith("---\ntitle: "));
}

void TestNotesCli::export_refusesToOverwriteAnExistingFile()
{
    const QString out = write(QStringLiteral("vorhanden.md"), "meine Datei");
    const Run r = run({ QStringLiteral("--export-notes"), QStringLiteral("md"), article(), QStringLiteral("-o"), out,
                        QStringLiteral("--data-dir"), dataDir() });
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("exists"));
    QCOMPARE(Test::readAll(out), QByteArray("meine Datei"));
}

void TestNotesCli::usageErrors_exit2()
{
    QCOMPARE(run({ QStringLiteral("--export-notes"), QStringLiteral("pdf"), article(), QStringLiteral("--data-dir"),
                   dataDir() })
                 .exitCode,
             2);
    QCOMPARE(run({ QStringLiteral("--export-notes"), QStringLiteral("md"), QStringLiteral("--data-dir"), dataDir() })
                 .exitCode,
             2);
    QCOMPARE(run({ QStringLiteral("--export-notes"), QStringLiteral("md"), article(), article(),
                   QStringLiteral("--data-dir"), dataDir() })
                 .exitCode,
             2);
    QCOMPARE(
        run({ QStringLiteral("--import-notes"), QStringLiteral("x.json"), QStringLiteral("--data-dir"), dataDir() })
            .exitCode,
        2);
}

void TestNotesCli::badInput_exit1WithMessage()
{
    Run r = run({ QStringLiteral("--import-notes"), m_dir->filePath(QStringLiteral("fehlt.json")), article(),
                  QStringLiteral("--data-dir"), dataDir() });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("fehlt.json"));
    const QString broken = write(QStringLiteral("kaputt.json"), R"({"type": "Annotation", )");
    r = run({ QStringLiteral("--import-notes"), broken, article(), QStringLiteral("--data-dir"), dataDir() });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("kaputt.json"));
    r = run({ QStringLiteral("--export-notes"), QStringLiteral("md"), m_dir->filePath(QStringLiteral("fehlt.txt")),
              QStringLiteral("--data-dir"), dataDir() });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("fehlt.txt"));
}

void TestNotesCli::renamedFile_stillHasItsNotes()
{
    const QString notes = write(QStringLiteral("notes.json"), notesJson);
    QCOMPARE(
        run({ QStringLiteral("--import-notes"), notes, article(), QStringLiteral("--data-dir"), dataDir() }).exitCode,
        0);
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("archiv")));
    const QString moved = m_dir->filePath(QStringLiteral("archiv/bonn-2024.txt"));
    QVERIFY(QFile::rename(article(), moved));
    const Run r = run(
        { QStringLiteral("--export-notes"), QStringLiteral("csv"), moved, QStringLiteral("--data-dir"), dataDir() });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count("\r\n"), 4);
    QVERIFY(r.out.contains("11111111-2222-4333-8444-555555555501"));
    // The markdown link now points to the new place.
    const Run md = run(
        { QStringLiteral("--export-notes"), QStringLiteral("md"), moved, QStringLiteral("--data-dir"), dataDir() });
    QVERIFY(md.out.contains(QUrl::toPercentEncoding(QFileInfo(moved).canonicalFilePath())));
}

void TestNotesCli::editedFile_reanchorsOnExport()
{
    const QString notes = write(QStringLiteral("notes.json"), notesJson);
    QCOMPARE(
        run({ QStringLiteral("--import-notes"), notes, article(), QStringLiteral("--data-dir"), dataDir() }).exitCode,
        0);
    const QString edited = Test::replacedOnce(
        Test::klimaText(), QStringLiteral("Strittige Fragen zur Finanzierung wurden dagegen erneut vertagt."),
        QStringLiteral("Die Finanzierung bleibt offen."));
    QFile::remove(article());
    write(QStringLiteral("klima.txt"), edited.toUtf8());
    const Run r = run({ QStringLiteral("--export-notes"), QStringLiteral("json"), article(),
                        QStringLiteral("--data-dir"), dataDir() });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray items = QJsonDocument::fromJson(r.out)
                                 .object()
                                 .value(QStringLiteral("first"))
                                 .toObject()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    QCOMPARE(items.size(), 3); // nothing lost
    // Orphans come last, in the order they were anchored before.
    QJsonObject lost;
    for (const QJsonValue item : items) {
        if (item.toObject().value(QStringLiteral("id")).toString()
            == QLatin1String("urn:uuid:11111111-2222-4333-8444-555555555501"))
            lost = item.toObject();
    }
    QCOMPARE(lost.value(QStringLiteral("randnotiz:status")).toString(), QStringLiteral("orphaned"));
    QCOMPARE(lost.value(QStringLiteral("body")).toArray().at(0).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("Das Geld fehlt, \"wieder\".\nZweite Zeile"));
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("randnotiz:status")).toString(), QStringLiteral("fuzzy"));
}

void TestNotesCli::exportAll_groupsByArticle()
{
    const QString notes = write(QStringLiteral("notes.json"), notesJson);
    QCOMPARE(
        run({ QStringLiteral("--import-notes"), notes, article(), QStringLiteral("--data-dir"), dataDir() }).exitCode,
        0);
    const QString other = m_dir->filePath(QStringLiteral("hafen.txt"));
    QVERIFY(QFile::copy(Test::samplePath(QStringLiteral("stadtbibliothek-nachtoeffnung.txt")), other));
    const QByteArray one = R"([{"type":"Annotation","id":"urn:uuid:11111111-2222-4333-8444-555555555599",
        "bodyValue":"Bibliotheksnotiz","target":{"source":"x","selector":{"type":"TextPositionSelector","start":0,"end":8}}}])";
    QCOMPARE(run({ QStringLiteral("--import-notes"), write(QStringLiteral("one.json"), one), other,
                   QStringLiteral("--data-dir"), dataDir() })
                 .exitCode,
             0);
    const Run r = run({ QStringLiteral("--export-notes"), QStringLiteral("md"), QStringLiteral("--all"),
                        QStringLiteral("--data-dir"), dataDir() });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString md = QString::fromUtf8(r.out);
    QCOMPARE(md.count(QStringLiteral("\n---\n")), 1); // one front matter
    QVERIFY(md.contains(QStringLiteral("articles: 2")));
    const qsizetype klima = md.indexOf(QStringLiteral("\n# Bonner Klimakonferenz"));
    const qsizetype bib = md.indexOf(QStringLiteral("Bibliotheksnotiz"));
    QVERIFY(klima > 0);
    QVERIFY(bib > klima);
    QVERIFY(md.indexOf(QStringLiteral("Strittige Fragen")) < bib);

    const Run csv = run({ QStringLiteral("--export-notes"), QStringLiteral("csv"), QStringLiteral("--all"),
                          QStringLiteral("--data-dir"), dataDir() });
    QCOMPARE(csv.out.count("\r\n"), 5);
}

void TestNotesCli::corruptDatabase_isReportedAndReplaced()
{
    QVERIFY(QDir().mkpath(dataDir()));
    write(QStringLiteral("data/notes.sqlite"), QByteArray("kaputt ").repeated(1000));
    const QString notes = write(QStringLiteral("notes.json"), notesJson);
    const Run r = run({ QStringLiteral("--import-notes"), notes, article(), QStringLiteral("--data-dir"), dataDir() });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("notes.sqlite.corrupt-"));
    QCOMPARE(jsonLines(r.out).size(), 3);
    const QStringList aside = QDir(dataDir()).entryList({ QStringLiteral("notes.sqlite.corrupt-*") });
    QCOMPARE(aside.size(), 1);
    QCOMPARE(Test::readAll(QDir(dataDir()).filePath(aside.first())), QByteArray("kaputt ").repeated(1000));
}

QTEST_GUILESS_MAIN(TestNotesCli)
#include "tst_notescli.moc"
