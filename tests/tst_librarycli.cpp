// The library's command-line contract: --index, --search, --persons and --forecasts print the JSON keys and
// status words the README documents, with the exit codes it gives; a verdict survives re-indexing and a move.
#include "library/forecast.h"
#include "notes/annotationstore.h"
#include "wiki/summarycache.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;

namespace {

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(RANDNOTIZ_BINARY), arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.err = QString::fromUtf8(process.readAllStandardError());
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isObject())
            result.err += QStringLiteral("not a JSON object: ") + QString::fromUtf8(line);
        result.lines.append(doc.object());
    }
    return result;
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray article(const QByteArray &headline, const QByteArray &forecast)
{
    return headline + "\n\nDie Ökonomen im Hamburger Hafen warnen.\n\nOZD / ©AFP, dpa\n\nOZD-Prognose:\n" + forecast
        + "\nBiographien und Erklärungen:\nWer ist Erika Muster?\nSie leitet den Hafen.\n"
          "Wikipedia-Seite: https://de.wikipedia.org/wiki/Erika_Muster\n";
}

QStringList keys(const QJsonObject &o)
{
    return o.keys(); // sorted by QJsonObject
}

} // namespace

class TestLibraryCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void index_printsOneLinePerFileWithStatus();
    void index_unreadableFileGivesExitTwo();
    void search_printsHitsWithPartSnippetAndMatches();
    void search_nothingFoundIsExitZeroWithoutOutput();
    void persons_printsMergedSubjects();
    void persons_linksRedirectingToOnePageAreOneSubject();
    void forecasts_verdictSurvivesReindexAndMove();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString data() const { return m_dir->filePath(QStringLiteral("data")); }
    QString folder() const { return m_dir->filePath(QStringLiteral("feed")); }
    QStringList dataArgs() const { return { QStringLiteral("--data-dir"), data() }; }
};

void TestLibraryCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    write(folder() + QStringLiteral("/a.txt"), article("Hafen im Streik", "Der Streik endet im Mai."));
    write(folder() + QStringLiteral("/b.txt"), article("Gipfel in Bonn", "Ein Abkommen folgt im Herbst."));
}

void TestLibraryCli::index_printsOneLinePerFileWithStatus()
{
    Run first = run(QStringList { QStringLiteral("--index"), folder() } + dataArgs());
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(first.lines.size(), 2);
    for (const QJsonObject &line : std::as_const(first.lines)) {
        QCOMPARE(keys(line),
                 (QStringList { QStringLiteral("error"), QStringLiteral("file"), QStringLiteral("headline"),
                                QStringLiteral("status") }));
        QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("added"));
        QVERIFY(line.value(QStringLiteral("error")).isNull());
    }
    QCOMPARE(first.lines.first().value(QStringLiteral("headline")).toString(), QStringLiteral("Hafen im Streik"));

    QVERIFY(QFile::rename(folder() + QStringLiteral("/b.txt"), folder() + QStringLiteral("/bonn.txt")));
    QVERIFY(QFile::remove(folder() + QStringLiteral("/a.txt")));
    write(folder() + QStringLiteral("/c.txt"), article("Neu", "Bald."));
    const Run second = run(QStringList { QStringLiteral("--index"), folder() } + dataArgs());
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QHash<QString, QString> status;
    for (const QJsonObject &line : second.lines)
        status.insert(QFileInfo(line.value(QStringLiteral("file")).toString()).fileName(),
                      line.value(QStringLiteral("status")).toString());
    QCOMPARE(status,
             (QHash<QString, QString> { { QStringLiteral("bonn.txt"), QStringLiteral("moved") },
                                        { QStringLiteral("c.txt"), QStringLiteral("added") },
                                        { QStringLiteral("a.txt"), QStringLiteral("removed") } }));

    // Indexed again with nothing changed: every file is unchanged.
    const Run third = run(QStringList { QStringLiteral("--index"), folder() } + dataArgs());
    QCOMPARE(third.lines.size(), 2);
    for (const QJsonObject &line : third.lines)
        QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("unchanged"));
}

void TestLibraryCli::index_unreadableFileGivesExitTwo()
{
    write(folder() + QStringLiteral("/kaputt.txt"), QByteArray("\0\1\2\3\4binary", 10));
    const Run result = run(QStringList { QStringLiteral("--index"), folder() } + dataArgs());
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.lines.size(), 3);
    bool sawError = false;
    for (const QJsonObject &line : result.lines) {
        if (line.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("kaputt.txt"))) {
            sawError = true;
            QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
            QVERIFY(line.value(QStringLiteral("headline")).isNull());
            QVERIFY(!line.value(QStringLiteral("error")).toString().isEmpty());
        }
    }
    QVERIFY(sawError);
    QVERIFY(result.err.contains(QStringLiteral("kaputt.txt")));
}

void TestLibraryCli::search_printsHitsWithPartSnippetAndMatches()
{
    QCOMPARE(run(QStringList { QStringLiteral("--index"), folder() } + dataArgs()).exitCode, 0);
    const Run result = run(QStringList { QStringLiteral("--search"), QStringLiteral("okonomen hamb") } + dataArgs());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.lines.size(), 2);
    const QJsonObject hit = result.lines.first();
    QCOMPARE(keys(hit),
             (QStringList { QStringLiteral("file"), QStringLiteral("headline"), QStringLiteral("matches"),
                            QStringLiteral("part"), QStringLiteral("rank"), QStringLiteral("snippet") }));
    QCOMPARE(hit.value(QStringLiteral("part")).toString(), QStringLiteral("body"));
    const QString snippet = hit.value(QStringLiteral("snippet")).toString();
    QStringList marked;
    for (const QJsonValue &match : hit.value(QStringLiteral("matches")).toArray()) {
        const QJsonArray pair = match.toArray();
        QCOMPARE(pair.size(), 2);
        const int start = pair.at(0).toInt();
        const int end = pair.at(1).toInt();
        marked.append(snippet.mid(start, end - start)); // the snippet is BMP text here: code points = UTF-16
    }
    QCOMPARE(marked, (QStringList { QStringLiteral("Ökonomen"), QStringLiteral("Hamburger") }));
    QVERIFY(hit.value(QStringLiteral("rank")).isDouble());

    const Run limited = run(QStringList { QStringLiteral("--search"), QStringLiteral("hafen"),
                                          QStringLiteral("--limit"), QStringLiteral("1") }
                            + dataArgs());
    QCOMPARE(limited.lines.size(), 1);
}

void TestLibraryCli::search_nothingFoundIsExitZeroWithoutOutput()
{
    QCOMPARE(run(QStringList { QStringLiteral("--index"), folder() } + dataArgs()).exitCode, 0);
    const Run result
        = run(QStringList { QStringLiteral("--search"), QStringLiteral("\"hafen OR\" NEAR(") } + dataArgs());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.lines.isEmpty());
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
}

void TestLibraryCli::persons_printsMergedSubjects()
{
    QCOMPARE(run(QStringList { QStringLiteral("--index"), folder() } + dataArgs()).exitCode, 0);
    const Run result = run(QStringList { QStringLiteral("--persons") } + dataArgs());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.lines.size(), 1);
    const QJsonObject subject = result.lines.first();
    QCOMPARE(keys(subject),
             (QStringList { QStringLiteral("articles"), QStringLiteral("kind"), QStringLiteral("mentions"),
                            QStringLiteral("subject"), QStringLiteral("wikipedia") }));
    QCOMPARE(subject.value(QStringLiteral("subject")).toString(), QStringLiteral("Erika Muster"));
    QCOMPARE(subject.value(QStringLiteral("kind")).toString(), QStringLiteral("person"));
    QCOMPARE(subject.value(QStringLiteral("wikipedia")).toString(),
             QStringLiteral("https://de.wikipedia.org/wiki/Erika_Muster"));
    QCOMPARE(subject.value(QStringLiteral("articles")).toInt(), 2);
}

void TestLibraryCli::persons_linksRedirectingToOnePageAreOneSubject()
{
    const QByteArray page = "https://de.wikipedia.org/wiki/Kim_Jong-un";
    const QByteArray redirect = "https://de.wikipedia.org/wiki/Kim_Jong_Un";
    const auto kim = [](const QByteArray &headline, const QByteArray &name, const QByteArray &link) -> QByteArray {
        return headline + "\n\n" + name + " sprach.\n\nOZD / ©AFP\n\nBiographien und Erklärungen:\nWer ist " + name
            + "?\nEr führt Nordkorea.\nWikipedia-Seite: " + link + "\n";
    };
    write(m_dir->filePath(QStringLiteral("kim/a.txt")), kim("Raketentest", "Kim Jong-un", page));
    write(m_dir->filePath(QStringLiteral("kim/b.txt")), kim("Parade", "Kim Jong Un", redirect));
    QCOMPARE(
        run(QStringList { QStringLiteral("--index"), m_dir->filePath(QStringLiteral("kim")) } + dataArgs()).exitCode,
        0);
    QCOMPARE(run(QStringList { QStringLiteral("--persons") } + dataArgs()).lines.size(), 2); // no cache yet
    {
        SummaryCache cache(data(), 1 << 20);
        CachedSummary entry;
        entry.summary.lang = QStringLiteral("de");
        entry.summary.title = QStringLiteral("Kim Jong-un");
        entry.summary.pageUrl = QUrl(QString::fromLatin1(page));
        entry.summary.fetchedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(cache.store(QUrl(QString::fromLatin1(redirect)), entry));
    }
    const Run result = run(QStringList { QStringLiteral("--persons") } + dataArgs());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.lines.size(), 1);
    const QJsonObject subject = result.lines.first();
    QCOMPARE(keys(subject),
             (QStringList { QStringLiteral("articles"), QStringLiteral("kind"), QStringLiteral("mentions"),
                            QStringLiteral("subject"), QStringLiteral("wikipedia") }));
    QCOMPARE(subject.value(QStringLiteral("wikipedia")).toString(), QString::fromLatin1(page));
    QCOMPARE(subject.value(QStringLiteral("articles")).toInt(), 2);
    QCOMPARE(subject.value(QStringLiteral("kind")).toString(), QStringLiteral("person"));
}

void TestLibraryCli::forecasts_verdictSurvivesReindexAndMove()
{
    QCOMPARE(run(QStringList { QStringLiteral("--index"), folder() } + dataArgs()).exitCode, 0);
    Run result = run(QStringList { QStringLiteral("--forecasts") } + dataArgs());
    QCOMPARE(result.lines.size(), 2);
    const QJsonObject first = result.lines.first();
    QCOMPARE(keys(first),
             (QStringList { QStringLiteral("date"), QStringLiteral("file"), QStringLiteral("forecast"),
                            QStringLiteral("headline"), QStringLiteral("note"), QStringLiteral("verdict") }));
    QCOMPARE(first.value(QStringLiteral("verdict")).toString(), QStringLiteral("open"));
    QVERIFY(QDateTime::fromString(first.value(QStringLiteral("date")).toString(), Qt::ISODate).isValid());
    QVERIFY(first.value(QStringLiteral("date")).toString().endsWith(u'Z'));

    {
        AnnotationStore store;
        QVERIFY(store.open(data()));
        ForecastVerdict verdict;
        verdict.verdict = Verdict::Partly;
        verdict.note = QStringLiteral("Nur zum Teil");
        QVERIFY(store.setForecastVerdict(
            forecastKey(QStringLiteral("Gipfel in Bonn"), QStringLiteral("Ein Abkommen folgt im Herbst.")), verdict));
    }
    QVERIFY(QDir().mkpath(folder() + QStringLiteral("/archiv")));
    QVERIFY(QFile::rename(folder() + QStringLiteral("/b.txt"), folder() + QStringLiteral("/archiv/bonn.txt")));
    QCOMPARE(run(QStringList { QStringLiteral("--index"), folder() } + dataArgs()).exitCode, 0);
    result = run(QStringList { QStringLiteral("--forecasts") } + dataArgs());
    QCOMPARE(result.lines.size(), 2);
    bool found = false;
    for (const QJsonObject &line : result.lines) {
        if (line.value(QStringLiteral("headline")).toString() == QLatin1String("Gipfel in Bonn")) {
            found = true;
            QVERIFY(line.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("archiv/bonn.txt")));
            QCOMPARE(line.value(QStringLiteral("verdict")).toString(), QStringLiteral("partly"));
            QCOMPARE(line.value(QStringLiteral("note")).toString(), QStringLiteral("Nur zum Teil"));
        } else {
            QCOMPARE(line.value(QStringLiteral("verdict")).toString(), QStringLiteral("open"));
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestLibraryCli)
#include "tst_librarycli.moc"
