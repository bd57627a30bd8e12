// randnotiz --prefetch-summaries through the real binary against the fake REST server: the JSON keys and
// status words are a public contract, so they are checked exactly.
#include "support/fakewikiserver.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Randnotiz::Test::FakeWikiServer;

class TestPrefetchCli final : public QObject
{
    Q_OBJECT

private slots:
    void sample_firstRunFetchesAndSecondRunIsServedFromTheCache();
    void offline_withoutCacheSaysOfflineAndTouchesNothing();
    void offline_withCacheServesTheCopy();
    void statusWords_noLinkDisambiguationAndErrorExitCode();
    void badFile_isAnErrorLine();
    void folders_areSearchedRecursively();
    void usageErrors_exit2();

private:
    struct Run
    {
        int exitCode = -1;
        QList<QJsonObject> lines;
        QByteArray stdErr;
    };
    // Waits with the event loop running, so that the fake server in this process can answer.
    static Run run(const QStringList &arguments);
    static QString writeArticle(const QDir &dir, const QString &name, const QStringList &explanations);
    static QJsonObject lineFor(const Run &r, const QString &subject);
};

namespace {

const QStringList contractKeys { QStringLiteral("description"), QStringLiteral("error"),     QStringLiteral("extract"),
                                 QStringLiteral("fetched_at"),  QStringLiteral("file"),      QStringLiteral("status"),
                                 QStringLiteral("subject"),     QStringLiteral("thumbnail"), QStringLiteral("title"),
                                 QStringLiteral("url") };

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

void addKlimagipfelPages(FakeWikiServer &server)
{
    FakeWikiServer::Page figueres;
    figueres.thumbnail = QStringLiteral("local");
    figueres.description = QStringLiteral("costa-ricanische Diplomatin");
    server.addPage(QStringLiteral("en"), QStringLiteral("Simon Stiell"));
    server.addPage(QStringLiteral("de"), QStringLiteral("Christiana Figueres"), figueres);
    server.addPage(QStringLiteral("de"), QStringLiteral("Übereinkommen von Paris"));
    FakeWikiServer::Page gone;
    gone.behaviour = FakeWikiServer::Behaviour::NotFound;
    server.addPage(QStringLiteral("de"), QStringLiteral("Globale Erwärmung"), gone);
}

} // namespace

TestPrefetchCli::Run TestPrefetchCli::run(const QStringList &arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(RANDNOTIZ_BINARY), arguments);
    Run r;
    if (!finished.wait(120000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.stdErr = process.readAllStandardError();
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qFatal("not a JSON object line: %s", line.constData());
        r.lines << doc.object();
    }
    return r;
}

QString TestPrefetchCli::writeArticle(const QDir &dir, const QString &name, const QStringList &explanations)
{
    QString text = QStringLiteral("Testartikel %1\nEin Absatz über das Thema.\nOZD / ©dpa\n"
                                  "Biographien und Erklärungen:\n")
                       .arg(name);
    for (const QString &e : explanations)
        text += e + QLatin1Char('\n');
    QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        qFatal("cannot write a test article");
    return path;
}

QJsonObject TestPrefetchCli::lineFor(const Run &r, const QString &subject)
{
    for (const QJsonObject &line : r.lines) {
        if (line.value(QLatin1String("subject")).toString() == subject)
            return line;
    }
    return {};
}

void TestPrefetchCli::sample_firstRunFetchesAndSecondRunIsServedFromTheCache()
{
    FakeWikiServer server;
    QVERIFY(server.listen());
    addKlimagipfelPages(server);
    QTemporaryDir data;
    const QString sample = Randnotiz::Test::samplePath(QStringLiteral("klimagipfel-bonn.txt"));
    const QStringList args { QStringLiteral("--prefetch-summaries"),
                             QStringLiteral("--wiki-base"),
                             server.baseTemplate(),
                             QStringLiteral("--data-dir"),
                             data.path(),
                             sample };

    const Run first = run(args);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.lines.size(), 4);
    for (const QJsonObject &line : first.lines) {
        QCOMPARE(sortedKeys(line), contractKeys);
        QCOMPARE(line.value(QLatin1String("file")).toString(), sample);
    }
    const QJsonObject figueres = lineFor(first, QStringLiteral("Christiana Figueres"));
    QCOMPARE(figueres.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(figueres.value(QLatin1String("url")).toString(),
             QStringLiteral("https://de.wikipedia.org/wiki/Christiana_Figueres"));
    QCOMPARE(figueres.value(QLatin1String("title")).toString(), QStringLiteral("Christiana Figueres"));
    QCOMPARE(figueres.value(QLatin1String("description")).toString(), QStringLiteral("costa-ricanische Diplomatin"));
    QCOMPARE(figueres.value(QLatin1String("extract")).toString(),
             QStringLiteral("Christiana Figueres ist eine Testseite."));
    QCOMPARE(figueres.value(QLatin1String("thumbnail")).toBool(), true);
    QVERIFY(QDateTime::fromString(figueres.value(QLatin1String("fetched_at")).toString(), Qt::ISODate).isValid());
    QVERIFY(figueres.value(QLatin1String("error")).isNull());
    const QJsonObject stiell = lineFor(first, QStringLiteral("Simon Stiell"));
    QCOMPARE(stiell.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(stiell.value(QLatin1String("url")).toString(),
             QStringLiteral("https://en.wikipedia.org/wiki/Simon_Stiell"));
    QCOMPARE(stiell.value(QLatin1String("thumbnail")).toBool(), false);
    const QJsonObject warming = lineFor(first, QStringLiteral("die globale Erwärmung"));
    QCOMPARE(warming.value(QLatin1String("status")).toString(), QStringLiteral("not_found"));
    QVERIFY(warming.value(QLatin1String("title")).isNull());
    QCOMPARE(server.requests().size(), 5); // four summaries and one thumbnail
    QCOMPARE(server.summaryRequests(QStringLiteral("de"), QStringLiteral("Übereinkommen von Paris")), 1);

    server.clearRecord();
    const Run second = run(args);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.lines.size(), 4);
    QCOMPARE(server.requests().size(), 0);
    QCOMPARE(lineFor(second, QStringLiteral("Christiana Figueres")).value(QLatin1String("status")).toString(),
             QStringLiteral("cached"));
    QCOMPARE(lineFor(second, QStringLiteral("Christiana Figueres")).value(QLatin1String("thumbnail")).toBool(), true);
    QCOMPARE(lineFor(second, QStringLiteral("Simon Stiell")).value(QLatin1String("status")).toString(),
             QStringLiteral("cached"));
    QCOMPARE(lineFor(second, QStringLiteral("die globale Erwärmung")).value(QLatin1String("status")).toString(),
             QStringLiteral("not_found"));
}

void TestPrefetchCli::offline_withoutCacheSaysOfflineAndTouchesNothing()
{
    FakeWikiServer server;
    QVERIFY(server.listen());
    addKlimagipfelPages(server);
    QTemporaryDir data;
    const Run r = run({ QStringLiteral("--prefetch-summaries"), QStringLiteral("--offline"),
                        QStringLiteral("--wiki-base"), server.baseTemplate(), QStringLiteral("--data-dir"), data.path(),
                        Randnotiz::Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")) });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 4);
    for (const QJsonObject &line : r.lines) {
        QCOMPARE(line.value(QLatin1String("status")).toString(), QStringLiteral("offline"));
        QVERIFY(!line.value(QLatin1String("url")).isNull());
    }
    QCOMPARE(server.requests().size(), 0);
}

void TestPrefetchCli::offline_withCacheServesTheCopy()
{
    FakeWikiServer server;
    QVERIFY(server.listen());
    addKlimagipfelPages(server);
    QTemporaryDir data;
    const QString sample = Randnotiz::Test::samplePath(QStringLiteral("klimagipfel-bonn.txt"));
    QCOMPARE(run({ QStringLiteral("--prefetch-summaries"), QStringLiteral("--wiki-base"), server.baseTemplate(),
                   QStringLiteral("--data-dir"), data.path(), sample })
                 .exitCode,
             0);
    server.clearRecord();
    const Run r = run({ QStringLiteral("--prefetch-summaries"), QStringLiteral("--offline"),
                        QStringLiteral("--data-dir"), data.path(), sample });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject figueres = lineFor(r, QStringLiteral("Christiana Figueres"));
    QCOMPARE(figueres.value(QLatin1String("status")).toString(), QStringLiteral("cached"));
    QCOMPARE(figueres.value(QLatin1String("title")).toString(), QStringLiteral("Christiana Figueres"));
    QCOMPARE(figueres.value(QLatin1String("thumbnail")).toBool(), true);
    QCOMPARE(server.requests().size(), 0);
}

void TestPrefetchCli::statusWords_noLinkDisambiguationAndErrorExitCode()
{
    FakeWikiServer server;
    QVERIFY(server.listen());
    FakeWikiServer::Page merkur;
    merkur.behaviour = FakeWikiServer::Behaviour::Disambiguation;
    server.addPage(QStringLiteral("de"), QStringLiteral("Merkur"), merkur);
    FakeWikiServer::Page broken;
    broken.behaviour = FakeWikiServer::Behaviour::BrokenJson;
    server.addPage(QStringLiteral("de"), QStringLiteral("Kaputt"), broken);
    QTemporaryDir dir;
    const QString file
        = writeArticle(QDir(dir.path()), QStringLiteral("status.txt"),
                       { QStringLiteral("Was ist Merkur?"), QStringLiteral("Ein Name für vieles."),
                         QStringLiteral("Wikipedia-Seite: https://de.wikipedia.org/wiki/Merkur"),
                         QStringLiteral("Was ist Phishing?"), QStringLiteral("Betrug im Netz."),
                         QStringLiteral("Wikipedia-Seite: https://de.wikipedia.org.example/wiki/Phishing"),
                         QStringLiteral("Was ist Kaputt?"), QStringLiteral("Eine Seite mit kaputter Antwort."),
                         QStringLiteral("Wikipedia-Seite: https://de.wikipedia.org/wiki/Kaputt") });
    const Run r = run({ QStringLiteral("--prefetch-summaries"), QStringLiteral("--wiki-base"), server.baseTemplate(),
                        QStringLiteral("--data-dir"), QDir(dir.path()).filePath(QStringLiteral("data")), file });
    QCOMPARE(r.lines.size(), 3);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(lineFor(r, QStringLiteral("Merkur")).value(QLatin1String("status")).toString(),
             QStringLiteral("disambiguation"));
    QCOMPARE(lineFor(r, QStringLiteral("Merkur")).value(QLatin1String("url")).toString(),
             QStringLiteral("https://de.wikipedia.org/wiki/Merkur"));
    const QJsonObject phishing = lineFor(r, QStringLiteral("Phishing"));
    QCOMPARE(phishing.value(QLatin1String("status")).toString(), QStringLiteral("no_link"));
    QVERIFY(phishing.value(QLatin1String("url")).isNull());
    const QJsonObject kaputt = lineFor(r, QStringLiteral("Kaputt"));
    QCOMPARE(kaputt.value(QLatin1String("status")).toString(), QStringLiteral("error"));
    QVERIFY(kaputt.value(QLatin1String("error")).toString().contains(QLatin1String("could not be read")));
    QCOMPARE(server.requests().size(), 2);
}

void TestPrefetchCli::badFile_isAnErrorLine()
{
    QTemporaryDir dir;
    const QString missing = QDir(dir.path()).filePath(QStringLiteral("fehlt.txt"));
    const Run r = run({ QStringLiteral("--prefetch-summaries"), QStringLiteral("--offline"),
                        QStringLiteral("--data-dir"), dir.path(), missing });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lines.size(), 1);
    QCOMPARE(sortedKeys(r.lines[0]), contractKeys);
    QCOMPARE(r.lines[0].value(QLatin1String("status")).toString(), QStringLiteral("error"));
    QCOMPARE(r.lines[0].value(QLatin1String("file")).toString(), missing);
    QVERIFY(!r.lines[0].value(QLatin1String("error")).toString().isEmpty());
    QVERIFY(r.stdErr.contains("fehlt.txt"));
}

void TestPrefetchCli::folders_areSearchedRecursively()
{
    FakeWikiServer server;
    QVERIFY(server.listen());
    server.addPage(QStringLiteral("de"), QStringLiteral("Bonn"));
    QTemporaryDir dir;
    const QDir root(dir.path());
    writeArticle(root, QStringLiteral("a/eins.txt"),
                 { QStringLiteral("Was ist Bonn?"), QStringLiteral("Eine Stadt."),
                   QStringLiteral("Wikipedia-Seite: https://de.wikipedia.org/wiki/Bonn") });
    writeArticle(root, QStringLiteral("a/b/zwei.txt"),
                 { QStringLiteral("Was ist Bonn?"), QStringLiteral("Immer noch eine Stadt."),
                   QStringLiteral("Wikipedia-Seite: https://de.wikipedia.org/wiki/Bonn") });
    const Run r = run({ QStringLiteral("--prefetch-summaries"), QStringLiteral("--wiki-base"), server.baseTemplate(),
                        QStringLiteral("--data-dir"), root.filePath(QStringLiteral("data")),
                        root.filePath(QStringLiteral("a")) });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 2);
    QCOMPARE(r.lines[0].value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(r.lines[1].value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(server.requests().size(), 1); // two articles, one page, one request
}

void TestPrefetchCli::usageErrors_exit2()
{
    QCOMPARE(run({ QStringLiteral("--prefetch-summaries") }).exitCode, 2);
    const Run badBase = run({ QStringLiteral("--prefetch-summaries"), QStringLiteral("--wiki-base"),
                              QStringLiteral("ftp://example.org/{lang}"),
                              Randnotiz::Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")) });
    QCOMPARE(badBase.exitCode, 2);
    QVERIFY(badBase.lines.isEmpty());
}

QTEST_GUILESS_MAIN(TestPrefetchCli)
#include "tst_prefetchcli.moc"
