// NotesExporter: the one export behind --export-notes and the export dialog.
#include "notes/annotationstore.h"
#include "notes/notesexporter.h"
#include "support/exporttestdata.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;

class TestNotesExporter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameBytesAsTheCommandLine_data();
    void sameBytesAsTheCommandLine();
    void sink_getsTheBytesTheFileGets();
    void progress_countsNotesUpToTheTotal();
    void cancel_atAnyPoint_leavesNoFile_data();
    void cancel_atAnyPoint_leavesNoFile();
    void existingFile_isKeptUnlessOverwriteIsAsked();
    void unwritableFolder_failsWithAClearMessage();
    void brokenArticle_failsBeforeTouchingTheStore();

private:
    ExportRequest request(ExportFormat format, bool all, const QString &name) const;
    static QByteArray readFile(const QString &path);

    QTemporaryDir m_dir;
    Test::ExportFixture m_fixture;
};

void TestNotesExporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_fixture = Test::prepareExportFixture(m_dir.path());
    QVERIFY(!m_fixture.dataDir.isEmpty());
}

ExportRequest TestNotesExporter::request(ExportFormat format, bool all, const QString &name) const
{
    ExportRequest r;
    r.format = format;
    r.all = all;
    r.articlePath = all ? QString() : m_fixture.klimaPath;
    r.output = m_dir.filePath(name);
    r.dataDir = m_fixture.dataDir;
    return r;
}

QByteArray TestNotesExporter::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestNotesExporter::sameBytesAsTheCommandLine_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("all");
    for (const char *name : { "md", "html", "csv", "json" }) {
        QTest::addRow("%s, this article", name) << QString::fromLatin1(name) << false;
        QTest::addRow("%s, all articles", name) << QString::fromLatin1(name) << true;
    }
}

void TestNotesExporter::sameBytesAsTheCommandLine()
{
    QFETCH(QString, name);
    QFETCH(bool, all);
    const ExportFormat format = *exportFormatFromName(name);
    const QString cliOut = m_dir.filePath(QStringLiteral("cli-%1-%2.%1").arg(name).arg(all));
    QStringList arguments { QStringLiteral("--export-notes"),
                            name,
                            QStringLiteral("--data-dir"),
                            m_fixture.dataDir,
                            QStringLiteral("-o"),
                            cliOut };
    arguments << (all ? QStringLiteral("--all") : m_fixture.klimaPath);
    const Test::CliRun cli = Test::runProgram(QStringLiteral(RANDNOTIZ_BINARY), arguments);
    QVERIFY2(cli.exitCode == 0, cli.err.constData());

    const ExportRequest r = request(format, all, QStringLiteral("exporter-%1-%2.%1").arg(name).arg(all));
    const ExportOutcome outcome = NotesExporter::run(r);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    const QByteArray ours = readFile(r.output);
    QCOMPARE(outcome.bytesWritten, ours.size());
    QCOMPARE(outcome.articles, all ? 2 : 1);
    QCOMPARE(outcome.notes, m_fixture.klimaNotes + (all ? m_fixture.otherNotes : 0));
    QVERIFY(ours.size() > 500);
    QCOMPARE(Test::withoutExportTime(ours), Test::withoutExportTime(readFile(cliOut)));
    // The klima article's notes are always there; the second article's only when all articles were asked for.
    QVERIFY(ours.contains("Minimalkompromiss"));
    QCOMPARE(ours.contains("Meldung 7"), all);
}

void TestNotesExporter::sink_getsTheBytesTheFileGets()
{
    ExportRequest r = request(ExportFormat::Markdown, true, QStringLiteral("sink.md"));
    r.exported = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QVERIFY(NotesExporter::run(r).ok());
    QByteArray received;
    r.output.clear();
    AnnotationStore store(r.dataDir);
    const ExportOutcome outcome = NotesExporter::run(r, store, {}, [&](const QByteArray &bytes) {
        received += bytes;
        return true;
    });
    QVERIFY(outcome.ok());
    QCOMPARE(received, readFile(m_dir.filePath(QStringLiteral("sink.md"))));
    QVERIFY(received.contains("exported: \"2025-01-02T03:04:05.000Z\""));

    // A sink that fails is a failed export.
    AnnotationStore store2(r.dataDir);
    const ExportOutcome failed = NotesExporter::run(r, store2, {}, [](const QByteArray &) { return false; });
    QCOMPARE(failed.status, ExportOutcome::Status::Failed);
}

void TestNotesExporter::progress_countsNotesUpToTheTotal()
{
    const ExportRequest r = request(ExportFormat::Csv, true, QStringLiteral("progress.csv"));
    QList<std::pair<int, int>> calls;
    const ExportOutcome outcome = NotesExporter::run(r, [&](int done, int total) {
        calls.append({ done, total });
        return true;
    });
    QVERIFY(outcome.ok());
    const int total = m_fixture.klimaNotes + m_fixture.otherNotes;
    QCOMPARE(calls.size(), 3); // before the first article and after each of the two
    QCOMPARE(calls.first(), std::make_pair(0, total));
    QCOMPARE(calls.last(), std::make_pair(total, total));
    for (qsizetype i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i).first > calls.at(i - 1).first);
}

void TestNotesExporter::cancel_atAnyPoint_leavesNoFile_data()
{
    QTest::addColumn<int>("cancelAtCall");
    QTest::newRow("before the first article") << 0;
    QTest::newRow("after the first article") << 1;
    QTest::newRow("after the last article") << 2;
}

void TestNotesExporter::cancel_atAnyPoint_leavesNoFile()
{
    QFETCH(int, cancelAtCall);
    const ExportRequest r = request(ExportFormat::Html, true, QStringLiteral("cancelled.html"));
    int calls = 0;
    const ExportOutcome outcome = NotesExporter::run(r, [&](int, int) { return calls++ < cancelAtCall; });
    QCOMPARE(outcome.status, ExportOutcome::Status::Cancelled);
    QVERIFY(!QFile::exists(r.output));
    // No temporary file left behind either.
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("cancelled*") }, QDir::Files | QDir::Hidden), QStringList());
}

void TestNotesExporter::existingFile_isKeptUnlessOverwriteIsAsked()
{
    ExportRequest r = request(ExportFormat::Json, false, QStringLiteral("existing.json"));
    {
        QFile file(r.output);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old bytes");
    }
    const ExportOutcome refused = NotesExporter::run(r);
    QCOMPARE(refused.status, ExportOutcome::Status::Exists);
    QVERIFY(refused.message.contains(QDir::toNativeSeparators(r.output)));
    QCOMPARE(readFile(r.output), QByteArray("old bytes"));

    r.overwrite = true;
    const ExportOutcome replaced = NotesExporter::run(r);
    QVERIFY2(replaced.ok(), qPrintable(replaced.message));
    QVERIFY(readFile(r.output).startsWith('{'));
}

void TestNotesExporter::unwritableFolder_failsWithAClearMessage()
{
    ExportRequest r = request(ExportFormat::Markdown, false, QStringLiteral("no/such/folder/notes.md"));
    const ExportOutcome outcome = NotesExporter::run(r);
    QCOMPARE(outcome.status, ExportOutcome::Status::Failed);
    QVERIFY2(outcome.message.contains(QDir::toNativeSeparators(r.output)), qPrintable(outcome.message));
    QVERIFY(!QFile::exists(r.output));
}

void TestNotesExporter::brokenArticle_failsBeforeTouchingTheStore()
{
    ExportRequest r = request(ExportFormat::Markdown, false, QStringLiteral("broken.md"));
    r.articlePath = m_dir.filePath(QStringLiteral("fehlt.txt"));
    r.dataDir = m_dir.filePath(QStringLiteral("never-created"));
    const ExportOutcome outcome = NotesExporter::run(r);
    QCOMPARE(outcome.status, ExportOutcome::Status::Failed);
    QVERIFY(outcome.message.startsWith(r.articlePath));
    QVERIFY(!QFile::exists(r.dataDir));
    QVERIFY(!QFile::exists(r.output));
}

QTEST_GUILESS_MAIN(TestNotesExporter)
#include "tst_notesexporter.moc"
