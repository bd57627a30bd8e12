// randnotiz --prefetch-summaries --zim through the real binary: pages of the offline copy are `local`, dated by
// the copy and never asked of the (fake) server; the rest goes to the network or, with --offline, is `offline`.
#include "support/fakewikiserver.h"
#include "support/testpaths.h"
#include "support/zimtestdata.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Randnotiz::Test::FakeWikiServer;
using Randnotiz::Test::ZimSpec;

class TestZimPrefetch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void zim_servesItsPagesAsLocalWithoutARequest();
    void zimAndOffline_pagesTheCopyLacksAreOffline();
    void brokenZim_isNamedAndTheRestStillWorks();
    void withoutTheModule_everyCopyIsNamedWithTheReason();

private:
    struct Run
    {
        int exitCode = -1;
        QList<QJsonObject> lines;
        QByteArray stdErr;
    };
    static Run run(const QStringList &arguments, const QString &program = {});
    static QJsonObject lineForUrl(const Run &r, const QString &title);

    QTemporaryDir m_dir;
    QString m_zim; // the seed's pages without Kim Jong-un
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

} // namespace

TestZimPrefetch::Run TestZimPrefetch::run(const QStringList &arguments, const QString &program)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program.isEmpty() ? QStringLiteral(RANDNOTIZ_BINARY) : program, arguments);
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

QJsonObject TestZimPrefetch::lineForUrl(const Run &r, const QString &title)
{
    const QString url = QUrl(QStringLiteral("https://de.wikipedia.org/wiki/") + title).toString(QUrl::FullyEncoded);
    for (const QJsonObject &line : r.lines) {
        if (line.value(QLatin1String("url")).toString() == url)
            return line;
    }
    return {};
}

void TestZimPrefetch::initTestCase()
{
    QVERIFY(QFile::exists(Randnotiz::Test::seedPath()));
    ZimSpec spec = Randnotiz::Test::seedZimSpec();
    spec.pages.removeIf([](const ZimSpec::Page &p) { return p.path == QLatin1String("Kim_Jong-un"); });
    spec.redirects.clear();
    m_zim = m_dir.filePath(QStringLiteral("wikipedia_de_all_mini_2024-05.zim"));
    QString error;
    QVERIFY2(Randnotiz::Test::writeZim(m_zim, spec, &error), qPrintable(error));
}

void TestZimPrefetch::zim_servesItsPagesAsLocalWithoutARequest()
{
    FakeWikiServer server;
    QVERIFY(server.listen());
    server.addPage(QStringLiteral("de"), QStringLiteral("Kim Jong un"));
    server.addPage(QStringLiteral("de"), QStringLiteral("Sergei Schoigu"));
    server.addPage(QStringLiteral("de"), QStringLiteral("Sicherheitsrat der Russischen Föderation"));
    QTemporaryDir data;
    const Run r
        = run({ QStringLiteral("--prefetch-summaries"), QStringLiteral("--zim"), m_zim, QStringLiteral("--wiki-base"),
                server.baseTemplate(), QStringLiteral("--data-dir"), data.path(), Randnotiz::Test::seedPath() });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 3);
    for (const QJsonObject &line : r.lines)
        QCOMPARE(sortedKeys(line), contractKeys);

    const QJsonObject schoigu = lineForUrl(r, QStringLiteral("Sergei_Schoigu"));
    QCOMPARE(schoigu.value(QLatin1String("status")).toString(), QStringLiteral("local"));
    QCOMPARE(schoigu.value(QLatin1String("title")).toString(), QStringLiteral("Sergei Schoigu"));
    QCOMPARE(schoigu.value(QLatin1String("extract")).toString(),
             QStringLiteral("Sergei Kuschugetowitsch Schoigu ist ein russischer Politiker und war von 2012 bis 2024 "
                            "Verteidigungsminister."));
    QCOMPARE(schoigu.value(QLatin1String("thumbnail")).toBool(), true);
    QCOMPARE(schoigu.value(QLatin1String("fetched_at")).toString(), QStringLiteral("2024-05-01T00:00:00Z"));
    QVERIFY(schoigu.value(QLatin1String("error")).isNull());
    const QJsonObject council = lineForUrl(r, QStringLiteral("Sicherheitsrat_der_Russischen_Föderation"));
    QCOMPARE(council.value(QLatin1String("status")).toString(), QStringLiteral("local"));
    QVERIFY(council.value(QLatin1String("extract")).toString().startsWith(QStringLiteral("Der Sicherheitsrat")));

    // The copy lacks Kim Jong-un: that one page, and only it, is fetched.
    const QJsonObject kim = lineForUrl(r, QStringLiteral("Kim_Jong_un"));
    QCOMPARE(kim.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(server.summaryRequests(QStringLiteral("de"), QStringLiteral("Kim Jong un")), 1);
    QCOMPARE(server.summaryRequests(QStringLiteral("de"), QStringLiteral("Sergei Schoigu")), 0);
    QCOMPARE(server.summaryRequests(QStringLiteral("de"), QStringLiteral("Sicherheitsrat der Russischen Föderation")),
             0);
    QCOMPARE(server.requests().size(), 1);
}

void TestZimPrefetch::zimAndOffline_pagesTheCopyLacksAreOffline()
{
    FakeWikiServer server;
    QVERIFY(server.listen());
    server.addPage(QStringLiteral("de"), QStringLiteral("Kim Jong un"));
    QTemporaryDir data;
    const Run r = run({ QStringLiteral("--prefetch-summaries"), QStringLiteral("--offline"), QStringLiteral("--zim"),
                        m_zim, QStringLiteral("--wiki-base"), server.baseTemplate(), QStringLiteral("--data-dir"),
                        data.path(), Randnotiz::Test::seedPath() });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 3);
    QCOMPARE(lineForUrl(r, QStringLiteral("Sergei_Schoigu")).value(QLatin1String("status")).toString(),
             QStringLiteral("local"));
    const QJsonObject kim = lineForUrl(r, QStringLiteral("Kim_Jong_un"));
    QCOMPARE(kim.value(QLatin1String("status")).toString(), QStringLiteral("offline"));
    QVERIFY(kim.value(QLatin1String("extract")).isNull());
    QCOMPARE(server.requests().size(), 0);
}

void TestZimPrefetch::brokenZim_isNamedAndTheRestStillWorks()
{
    const QString broken = m_dir.filePath(QStringLiteral("kaputt.zim"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("ZIM? Nein.\n") > 0);
    file.close();
    FakeWikiServer server;
    QVERIFY(server.listen());
    QTemporaryDir data;
    const Run r = run({ QStringLiteral("--prefetch-summaries"), QStringLiteral("--offline"), QStringLiteral("--zim"),
                        broken, QStringLiteral("--zim"), m_zim, QStringLiteral("--wiki-base"), server.baseTemplate(),
                        QStringLiteral("--data-dir"), data.path(), Randnotiz::Test::seedPath() });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 3);
    QVERIFY2(r.stdErr.contains("randnotiz: kaputt.zim: not a usable ZIM file"), r.stdErr.constData());
    QCOMPARE(r.stdErr.count('\n'), 1);
    QCOMPARE(lineForUrl(r, QStringLiteral("Sergei_Schoigu")).value(QLatin1String("status")).toString(),
             QStringLiteral("local"));
    QCOMPARE(server.requests().size(), 0);
}

void TestZimPrefetch::withoutTheModule_everyCopyIsNamedWithTheReason()
{
    // A copy of the program outside the build tree looks for the module where an installation puts it, relative
    // to its own folder; a program copied alone has none there.
    QTemporaryDir elsewhere;
    QVERIFY(QDir(elsewhere.path()).mkpath(QStringLiteral("bin")));
    const QString program = elsewhere.filePath(QStringLiteral("bin/randnotiz"));
    const QString installed = QDir::cleanPath(
        elsewhere.filePath(QStringLiteral("bin/" RANDNOTIZ_INSTALLED_MODULE_DIR "/randnotiz_zim.so")));
    QVERIFY(QFile::copy(QStringLiteral(RANDNOTIZ_BINARY), program));
    QTemporaryDir data;
    const Run r = run({ QStringLiteral("--prefetch-summaries"), QStringLiteral("--offline"), QStringLiteral("--zim"),
                        m_zim, QStringLiteral("--data-dir"), data.path(), Randnotiz::Test::seedPath() },
                      program);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 3); // each person or term still gets its line: offline, nothing saved
    const QByteArray expected = QByteArray("randnotiz: wikipedia_de_all_mini_2024-05.zim: offline copies cannot be "
                                           "read: the module ")
        + installed.toUtf8() + QByteArray(" is missing or damaged");
    QVERIFY2(r.stdErr.contains(expected), r.stdErr.constData());
    for (const QJsonObject &line : r.lines)
        QCOMPARE(line.value(QLatin1String("status")).toString(), QStringLiteral("offline"));
}

QTEST_GUILESS_MAIN(TestZimPrefetch)
#include "tst_zimprefetch.moc"
