// randnotiz://open links read back: what the exports write parses to the same values; anything else is refused.
#include "article/articletext.h"
#include "notes/notesexport.h"
#include "notes/openlink.h"
#include "support/notestestdata.h"

#include <QRegularExpression>
#include <QTest>

using namespace Randnotiz;

class TestOpenLink final : public QObject
{
    Q_OBJECT

private slots:
    void markdownExport_everyLinkParsesBackToItsValues_data();
    void markdownExport_everyLinkParsesBackToItsValues();
    void htmlExport_linksParseBackToo();
    void linkWithoutFile_parsesWithFingerprintOnly();
    void malformedLinks_areRefused_data();
    void malformedLinks_areRefused();

private:
    static ArticleNotes notesAt(const QString &path);
};

ArticleNotes TestOpenLink::notesAt(const QString &path)
{
    const ArticleText text(Test::articleFromText(Test::klimaText()));
    ArticleNotes notes { QStringLiteral("Bonner Klimakonferenz"), path, text.fingerprint(), text.text(), {} };
    for (const QString &quote : { QStringLiteral("Minimalkompromiss"), QStringLiteral("Strittige Fragen"),
                                  QStringLiteral("Bonn zeigt die Grenzen der Geduld") }) {
        const int start = int(text.text().indexOf(quote));
        Annotation a = Annotation::create(text, start, start + int(quote.size()));
        a.articleId = 1;
        a.note = QStringLiteral("Notiz zu ") + quote;
        notes.annotations.append(a);
    }
    return notes;
}

void TestOpenLink::markdownExport_everyLinkParsesBackToItsValues_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("plain") << QStringLiteral("/daten/klima.txt");
    QTest::newRow("spaces") << QStringLiteral("/home/anna/Meine Artikel/Klima Gipfel.txt");
    QTest::newRow("umlauts") << QStringLiteral("/home/jörg/Übersicht/Straßenbahn-Größe.txt");
    QTest::newRow("ampersand and hash") << QStringLiteral("/tmp/A & B/#1 Nachrichten&Co.txt");
    QTest::newRow("query-like") << QStringLiteral("/tmp/x?file=/etc/passwd&annotation=1.txt");
    QTest::newRow("percent and plus") << QStringLiteral("/tmp/100% sicher+mehr %41.txt");
}

void TestOpenLink::markdownExport_everyLinkParsesBackToItsValues()
{
    QFETCH(QString, path);
    const ArticleNotes notes = notesAt(path);
    const QString markdown = QString::fromUtf8(NotesExport::markdown({ notes }, {}, QDateTime::currentDateTimeUtc()));

    static const QRegularExpression linkPattern(QStringLiteral("\\]\\(<(randnotiz://[^>]+)>\\)"));
    QList<QUuid> seen;
    for (const QRegularExpressionMatch &match : linkPattern.globalMatch(markdown)) {
        const QString written = match.captured(1);
        // As the program receives it on its command line, and as a browser hands over the encoded form.
        for (const QUrl &url : { QUrl(written), QUrl::fromEncoded(written.toUtf8(), QUrl::StrictMode) }) {
            const std::optional<OpenLink> link = OpenLink::parse(url);
            QVERIFY2(link, qPrintable(written));
            QCOMPARE(link->file, path);
            QCOMPARE(link->fingerprint, notes.fingerprint);
        }
        seen.append(OpenLink::parse(QUrl(written))->annotation);
    }
    QList<QUuid> expected;
    for (const Annotation &a : notes.annotations)
        expected.append(a.id);
    QCOMPARE(seen, expected);
}

void TestOpenLink::htmlExport_linksParseBackToo()
{
    const QString path = QStringLiteral("/tmp/A & B/<Größe> #2.txt");
    const ArticleNotes notes = notesAt(path);
    const QString html = QString::fromUtf8(NotesExport::html({ notes }, {}, QDateTime::currentDateTimeUtc()));
    static const QRegularExpression hrefPattern(QStringLiteral("href=\"(randnotiz://[^\"]+)\""));
    int count = 0;
    for (const QRegularExpressionMatch &match : hrefPattern.globalMatch(html)) {
        QString href = match.captured(1);
        href.replace(QStringLiteral("&amp;"), QStringLiteral("&")); // what a browser does with the attribute
        const std::optional<OpenLink> link = OpenLink::parse(QUrl(href));
        QVERIFY2(link, qPrintable(href));
        QCOMPARE(link->file, path);
        QCOMPARE(link->annotation, notes.annotations.at(count).id);
        ++count;
    }
    QCOMPARE(count, notes.annotations.size());
}

void TestOpenLink::linkWithoutFile_parsesWithFingerprintOnly()
{
    const ArticleNotes notes = notesAt(QString());
    const QUrl url = NotesExport::openLink(notes, notes.annotations.first());
    const std::optional<OpenLink> link = OpenLink::parse(url);
    QVERIFY(link);
    QVERIFY(link->file.isEmpty());
    QCOMPARE(link->fingerprint, notes.fingerprint);
    QCOMPARE(link->annotation, notes.annotations.first().id);
}

void TestOpenLink::malformedLinks_areRefused_data()
{
    QTest::addColumn<QString>("link");
    const QString fp = QStringLiteral("fingerprint=") + QString(64, u'a');
    const QString id = QStringLiteral("annotation=11111111-2222-4333-8444-555555555501");
    const QString ok = QStringLiteral("randnotiz://open?file=%2Ftmp%2Fa.txt&") + fp + u'&' + id;
    QVERIFY(OpenLink::parse(QUrl(ok))); // the baseline every row below breaks in one way

    QTest::newRow("empty") << QString();
    QTest::newRow("other scheme") << QString(ok).replace(QStringLiteral("randnotiz:"), QStringLiteral("http:"));
    QTest::newRow("file scheme") << QStringLiteral("file:///tmp/a.txt");
    QTest::newRow("other host") << QString(ok).replace(QStringLiteral("//open"), QStringLiteral("//run"));
    QTest::newRow("no host") << QStringLiteral("randnotiz:open?") + fp + u'&' + id;
    QTest::newRow("path") << QString(ok).replace(QStringLiteral("//open?"), QStringLiteral("//open/x?"));
    QTest::newRow("user info") << QString(ok).replace(QStringLiteral("//open"), QStringLiteral("//me@open"));
    QTest::newRow("port") << QString(ok).replace(QStringLiteral("//open"), QStringLiteral("//open:8080"));
    QTest::newRow("fragment") << ok + QStringLiteral("#x");
    QTest::newRow("no query") << QStringLiteral("randnotiz://open");
    QTest::newRow("no annotation") << QStringLiteral("randnotiz://open?file=%2Ftmp%2Fa.txt&") + fp;
    QTest::newRow("annotation not a uuid")
        << QStringLiteral("randnotiz://open?") + fp + QStringLiteral("&annotation=42");
    QTest::newRow("annotation empty") << QStringLiteral("randnotiz://open?") + fp + QStringLiteral("&annotation=");
    QTest::newRow("annotation twice") << ok + u'&' + id;
    QTest::newRow("file twice") << ok + QStringLiteral("&file=%2Fetc%2Fpasswd");
    QTest::newRow("relative file") << QString(ok).replace(QStringLiteral("%2Ftmp%2Fa.txt"), QStringLiteral("a.txt"));
    QTest::newRow("parent-relative file")
        << QString(ok).replace(QStringLiteral("%2Ftmp%2Fa.txt"), QStringLiteral("..%2Fa.txt"));
    QTest::newRow("empty file") << QString(ok).replace(QStringLiteral("%2Ftmp%2Fa.txt"), QString());
    QTest::newRow("file with NUL") << QString(ok).replace(QStringLiteral("a.txt"), QStringLiteral("a%00.txt"));
    QTest::newRow("fingerprint not hex") << QString(ok).replace(QString(64, u'a'), QStringLiteral("zz; rm -rf"));
    QTest::newRow("fingerprint empty") << QString(ok).replace(QString(64, u'a'), QString());
    QTest::newRow("neither file nor fingerprint") << QStringLiteral("randnotiz://open?") + id;
    QTest::newRow("unknown item") << ok + QStringLiteral("&exec=rm");
    QTest::newRow("huge") << ok + QStringLiteral("&x=") + QString(20000, u'x');
}

void TestOpenLink::malformedLinks_areRefused()
{
    QFETCH(QString, link);
    QVERIFY(!OpenLink::parse(QUrl(link)));
}

QTEST_GUILESS_MAIN(TestOpenLink)
#include "tst_openlink.moc"
