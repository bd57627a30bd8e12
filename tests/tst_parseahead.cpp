// ParseAhead: files parsed on a pool, taken in the order they were queued, whatever finishes first.
#include "library/parseahead.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Randnotiz;

class TestParseAhead final : public QObject
{
    Q_OBJECT

private slots:
    void take_inQueuedOrder_withRecordsAndErrors();
    void destroyed_withFilesNotTaken_returns();

private:
    QString write(const QTemporaryDir &dir, int i, int paragraphs);
};

QString TestParseAhead::write(const QTemporaryDir &dir, int i, int paragraphs)
{
    const QString path = dir.filePath(QStringLiteral("a%1.txt").arg(i));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QString text = QStringLiteral("Meldung %1\n\n").arg(i);
    for (int p = 0; p < paragraphs; ++p)
        text += QStringLiteral("Absatz %1 der Meldung %2 mit  doppeltem Leerraum.\n\n").arg(p).arg(i);
    text += QStringLiteral("OZD / ©AFP\n");
    file.write(text.toUtf8());
    return path;
}

void TestParseAhead::take_inQueuedOrder_withRecordsAndErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    // A large file first and small ones after it, a missing file among them: the small ones finish first.
    QStringList paths;
    for (int i = 0; i < 40; ++i) {
        paths.append(i == 17 ? dir.filePath(QStringLiteral("fehlt.txt")) : write(dir, i, i == 0 ? 20000 : 2));
        QVERIFY(!paths.last().isEmpty());
    }
    // A limit smaller than the large file: it is parsed anyway (at least one file always is).
    ParseAhead ahead(&pool, 64 * 1024);
    for (const QString &path : std::as_const(paths))
        ahead.queue(path, QFileInfo(path).size());
    for (int i = 0; i < paths.size(); ++i) {
        const ParseAhead::Parsed parsed = ahead.take();
        if (i == 17) {
            QVERIFY(!parsed.result.ok());
            QVERIFY(!parsed.record);
            continue;
        }
        QVERIFY2(parsed.result.ok(), qPrintable(parsed.result.error));
        QVERIFY(parsed.record);
        QCOMPARE(parsed.record->headline, QStringLiteral("Meldung %1").arg(i));
        QVERIFY(parsed.record->parts.at(std::size_t(Part::Body)).contains("mit doppeltem Leerraum"));
        QVERIFY(!parsed.record->fingerprint.isEmpty());
        // Only the record is handed on: the article was freed where it was parsed.
        QVERIFY(parsed.result.article.headline().isEmpty());
    }
}

void TestParseAhead::destroyed_withFilesNotTaken_returns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    {
        ParseAhead ahead(&pool, 1024 * 1024);
        for (int i = 0; i < 200; ++i)
            ahead.queue(write(dir, i, 50), 4000);
        QCOMPARE(ahead.take().record->headline, QStringLiteral("Meldung 0"));
    }
    // What was queued and not started is dropped, what was started has finished.
    QCOMPARE(pool.activeThreadCount(), 0);
}

QTEST_GUILESS_MAIN(TestParseAhead)
#include "tst_parseahead.moc"
