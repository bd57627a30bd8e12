// Exports and W3C import: exact round trips, RFC 4180 CSV, escaped HTML and Markdown, atomic writes.
#include "article/articletext.h"
#include "notes/annotationstore.h"
#include "notes/notesexport.h"
#include "notes/w3cannotations.h"
#include "support/notestestdata.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Randnotiz;

class TestNotesExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void w3c_exportHasCollectionPageAndSelectors();
    void w3c_exportImportExport_isIdentical();
    void w3c_importKeepsIdsTimesNotesTagsAndColours();
    void w3c_acceptsSingleAnnotationArrayPageAndSingleBody();
    void w3c_foreignIdsMapToStableUuids();
    void w3c_rejectsWhatIsNotAnAnnotation_data();
    void w3c_rejectsWhatIsNotAnAnnotation();
    void w3c_positionsCountCodePoints();
    void w3c_orphanKeepsItsQuoteAndHasNoPosition();
    void csv_hasExactColumnsAndSurvivesQuotesCommasNewlines();
    void csv_guardsAgainstFormulas();
    void teamNote_namesItsAuthorInEveryExport_localNoteNowhere();
    void html_escapesEverythingAndIsStandalone();
    void markdown_hasFrontMatterPartHeadingsTagsAndOpenLinks();
    void markdown_escapesMarkup();
    void writeFile_neverOverwritesUnlessAsked();

private:
    ArticleNotes m_article;
    ArticleText m_text;
    ColorLabels m_labels;
    static QList<QStringList> parseCsv(const QString &csv);
};

void TestNotesExport::initTestCase()
{
    m_text = ArticleText(Test::articleFromText(Test::klimaText()));
    m_article = ArticleNotes { QStringLiteral("Bonner Klimakonferenz"),
                               QStringLiteral("/daten/klima.txt"),
                               m_text.fingerprint(),
                               m_text.text(),
                               {} };
    const auto add = [this](const QString &quote, const QString &note, const QStringList &tags, Color color) {
        const int start = int(m_text.text().indexOf(quote));
        QVERIFY(start >= 0);
        Annotation a
            = Annotation::create(m_text, start, start + int(quote.size()),
                                 QDateTime(QDate(2024, 5, 1), QTime(10, int(m_article.annotations.size())), Qt::UTC));
        a.articleId = 1;
        a.note = note;
        a.tags = tags;
        a.color = color;
        a.modified = a.created.addSecs(90);
        m_article.annotations.append(a);
    };
    add(QStringLiteral("Minimalkompromiss"), QString(), {}, Color::Yellow);
    add(QStringLiteral("Strittige Fragen zur Finanzierung"),
        QStringLiteral("Er sagte: \"Nein, danke\",\nund ging.\r\nEnde"),
        { QStringLiteral("geld"), QStringLiteral("un klima") }, Color::Red);
    add(QStringLiteral("Bonn zeigt die Grenzen der Geduld"),
        QStringLiteral("<script>alert('x')</script> & <b>fett</b>"), { QStringLiteral("<i>tag</i>") }, Color::Blue);
    add(QStringLiteral("Simon Stiell ist ein Politiker aus Grenada"),
        QStringLiteral("# Überschrift?\n- Liste\n[link](http://x)"), { QStringLiteral("person") }, Color::Green);
    m_labels.setLabel(Color::Yellow, QStringLiteral("wichtig"));
    m_labels.setLabel(Color::Red, QStringLiteral("Widerspruch, \"laut\""));
}

void TestNotesExport::w3c_exportHasCollectionPageAndSelectors()
{
    const QJsonObject collection = W3cAnnotations::toCollection({ m_article }, m_labels);
    QCOMPARE(collection.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
    const QJsonArray context = collection.value(QStringLiteral("@context")).toArray();
    QCOMPARE(context.at(0).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    QCOMPARE(context.at(1).toObject().value(QStringLiteral("randnotiz")).toString(), W3cAnnotations::namespaceIri());
    const QJsonObject page = collection.value(QStringLiteral("first")).toObject();
    QCOMPARE(page.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationPage"));
    const QJsonArray items = page.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), m_article.annotations.size());

    const QJsonObject highlight = items.at(0).toObject();
    QCOMPARE(highlight.value(QStringLiteral("motivation")).toString(), QStringLiteral("highlighting"));
    QVERIFY(!highlight.contains(QStringLiteral("body")));
    QCOMPARE(highlight.value(QStringLiteral("id")).toString(),
             QStringLiteral("urn:uuid:") + m_article.annotations.at(0).id.toString(QUuid::WithoutBraces));
    QCOMPARE(highlight.value(QStringLiteral("created")).toString(), QStringLiteral("2024-05-01T10:00:00.000Z"));
    QCOMPARE(highlight.value(QStringLiteral("randnotiz:color")).toString(), QStringLiteral("yellow"));
    QCOMPARE(highlight.value(QStringLiteral("randnotiz:colorLabel")).toString(), QStringLiteral("wichtig"));
    QCOMPARE(highlight.value(QStringLiteral("randnotiz:status")).toString(), QStringLiteral("exact"));

    const QJsonObject comment = items.at(1).toObject();
    QCOMPARE(comment.value(QStringLiteral("motivation")).toString(), QStringLiteral("commenting"));
    const QJsonArray body = comment.value(QStringLiteral("body")).toArray();
    QCOMPARE(body.size(), 3);
    QCOMPARE(body.at(0).toObject().value(QStringLiteral("purpose")).toString(), QStringLiteral("commenting"));
    QCOMPARE(body.at(0).toObject().value(QStringLiteral("value")).toString(), m_article.annotations.at(1).note);
    QCOMPARE(body.at(2).toObject().value(QStringLiteral("purpose")).toString(), QStringLiteral("tagging"));
    QCOMPARE(body.at(2).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("un klima"));
    const QJsonObject target = comment.value(QStringLiteral("target")).toObject();
    QCOMPARE(target.value(QStringLiteral("source")).toString(), QStringLiteral("urn:sha256:") + m_text.fingerprint());
    const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
    const Annotation &a = m_article.annotations.at(1);
    QCOMPARE(selectors.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("TextQuoteSelector"));
    QCOMPARE(selectors.at(0).toObject().value(QStringLiteral("exact")).toString(), a.quote);
    QCOMPARE(selectors.at(0).toObject().value(QStringLiteral("prefix")).toString(), a.prefix);
    QCOMPARE(selectors.at(0).toObject().value(QStringLiteral("suffix")).toString(), a.suffix);
    QCOMPARE(selectors.at(1).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("TextPositionSelector"));
    QCOMPARE(selectors.at(1).toObject().value(QStringLiteral("start")).toInt(), a.start);
    QCOMPARE(selectors.at(1).toObject().value(QStringLiteral("end")).toInt(), a.end);
}

void TestNotesExport::w3c_exportImportExport_isIdentical()
{
    const QByteArray first = W3cAnnotations::exportJson({ m_article }, m_labels);
    const W3cImport imported = W3cAnnotations::parse(first);
    QVERIFY2(imported.ok(), qPrintable(imported.error));

    QTemporaryDir dir;
    AnnotationStore store;
    QVERIFY(store.open(dir.path()));
    const StoredArticle stored = store.recordArticle(m_text, m_article.path, m_article.title);
    QList<Annotation> list;
    for (const ImportedAnnotation &item : imported.items)
        list.append(W3cAnnotations::attach(item, m_text, stored.id));
    QVERIFY(store.saveAnnotations(list));
    for (const Color c : AllColors)
        QVERIFY(store.setColorLabel(c, imported.labels.label(c)));

    const ArticleNotes again { m_article.title, m_article.path, stored.fingerprint, stored.plainText,
                               store.annotations(stored.id) };
    const QByteArray second = W3cAnnotations::exportJson({ again }, store.colorLabels());
    QCOMPARE(QString::fromUtf8(second), QString::fromUtf8(first));
}

void TestNotesExport::w3c_importKeepsIdsTimesNotesTagsAndColours()
{
    const W3cImport imported = W3cAnnotations::parse(W3cAnnotations::exportJson({ m_article }, m_labels));
    QVERIFY(imported.ok());
    QCOMPARE(imported.items.size(), m_article.annotations.size());
    for (int i = 0; i < imported.items.size(); ++i) {
        const Annotation attached = W3cAnnotations::attach(imported.items.at(i), m_text, 1);
        QCOMPARE(attached, m_article.annotations.at(i));
    }
    QCOMPARE(imported.labels.label(Color::Red), m_labels.label(Color::Red));
}

void TestNotesExport::w3c_acceptsSingleAnnotationArrayPageAndSingleBody()
{
    const QByteArray single
        = R"({"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:uuid:0b8e2f2e-6c55-4d3a-9d7e-1f2a3b4c5d6e",
        "type":"Annotation","motivation":"commenting","created":"2024-05-01T10:00:00Z",
        "body":{"type":"TextualBody","value":"Nur ein Body","purpose":"commenting"},
        "target":{"source":"urn:sha256:egal","selector":{"type":"TextQuoteSelector","exact":"Simon Stiell"}}})";
    W3cImport r = W3cAnnotations::parse(single);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.items.size(), 1);
    QCOMPARE(r.items.first().annotation.note, QStringLiteral("Nur ein Body"));
    QCOMPARE(r.items.first().annotation.id, QUuid::fromString(QStringLiteral("0b8e2f2e-6c55-4d3a-9d7e-1f2a3b4c5d6e")));
    QCOMPARE(r.items.first().annotation.created, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    const Annotation attached = W3cAnnotations::attach(r.items.first(), m_text, 1);
    QCOMPARE(attached.status, AnchorStatus::Moved); // no stored position, found by its quote
    QCOMPARE(m_text.text().mid(attached.start, attached.end - attached.start), QStringLiteral("Simon Stiell"));

    const QByteArray array = "[" + single + "," + single + "]";
    r = W3cAnnotations::parse(array);
    QVERIFY(r.ok());
    QCOMPARE(r.items.size(), 2);

    const QByteArray page = R"({"type":"AnnotationPage","items":[)" + single + "]}";
    r = W3cAnnotations::parse(page);
    QVERIFY(r.ok());
    QCOMPARE(r.items.size(), 1);

    const QByteArray bodyValue = R"({"type":"Annotation","bodyValue":"Kurzform","target":{"source":"x",
        "selector":[{"type":"TextPositionSelector","start":0,"end":5}]}})";
    r = W3cAnnotations::parse(bodyValue);
    QVERIFY(r.ok());
    QCOMPARE(r.items.first().annotation.note, QStringLiteral("Kurzform"));
    const Annotation byPosition = W3cAnnotations::attach(r.items.first(), m_text, 1);
    QCOMPARE(byPosition.quote, m_text.text().left(5));
    QCOMPARE(byPosition.status, AnchorStatus::Exact);
}

void TestNotesExport::w3c_foreignIdsMapToStableUuids()
{
    const QByteArray json = R"({"type":"Annotation","id":"https://hypothes.is/a/abc123","target":{"source":"x",
        "selector":{"type":"TextQuoteSelector","exact":"Bonn"}}})";
    const W3cImport a = W3cAnnotations::parse(json);
    const W3cImport b = W3cAnnotations::parse(json);
    QVERIFY(a.ok());
    QVERIFY(!a.items.first().annotation.id.isNull());
    QCOMPARE(a.items.first().annotation.id, b.items.first().annotation.id);
}

void TestNotesExport::w3c_rejectsWhatIsNotAnAnnotation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{nope");
    QTest::newRow("wrong type") << QByteArray(R"({"type":"Person"})");
    QTest::newRow("no target") << QByteArray(R"({"type":"Annotation"})");
    QTest::newRow("no selector") << QByteArray(R"({"type":"Annotation","target":"urn:x"})");
    QTest::newRow("remote page") << QByteArray(R"({"type":"AnnotationCollection","first":"https://example.org/p1"})");
    QTest::newRow("array of numbers") << QByteArray("[1,2]");
}

void TestNotesExport::w3c_rejectsWhatIsNotAnAnnotation()
{
    QFETCH(QByteArray, json);
    const W3cImport r = W3cAnnotations::parse(json);
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
}

void TestNotesExport::w3c_positionsCountCodePoints()
{
    const ArticleText text(Test::articleFromText(
        QStringLiteral("Titel mit \U0001F600 Emoji\nDer \U0001F4F0 Text nennt das Ziel deutlich.\nOZD / ©dpa\n")));
    const QString quote = QStringLiteral("Ziel deutlich");
    const int start = int(text.text().indexOf(quote));
    Annotation a = Annotation::create(text, start, start + int(quote.size()));
    const ArticleNotes notes { QStringLiteral("t"), QString(), text.fingerprint(), text.text(), { a } };
    const QJsonObject item = W3cAnnotations::toJson(notes, a, {});
    const QJsonObject position
        = item.value(QStringLiteral("target")).toObject().value(QStringLiteral("selector")).toArray().at(1).toObject();
    QCOMPARE(position.value(QStringLiteral("start")).toInt(), start - 2);
    QCOMPARE(position.value(QStringLiteral("end")).toInt(), start - 2 + int(quote.size()));
    const W3cImport back = W3cAnnotations::parse(QJsonDocument(item).toJson());
    QCOMPARE(W3cAnnotations::attach(back.items.first(), text, 0).start, start);
}

void TestNotesExport::w3c_orphanKeepsItsQuoteAndHasNoPosition()
{
    Annotation orphan = m_article.annotations.at(1);
    orphan.status = AnchorStatus::Orphaned;
    orphan.quote = QStringLiteral("Ein Satz, den es nicht mehr gibt");
    const QJsonObject item = W3cAnnotations::toJson(m_article, orphan, {});
    const QJsonArray selectors
        = item.value(QStringLiteral("target")).toObject().value(QStringLiteral("selector")).toArray();
    QCOMPARE(selectors.size(), 1);
    QCOMPARE(selectors.at(0).toObject().value(QStringLiteral("exact")).toString(), orphan.quote);
    QCOMPARE(item.value(QStringLiteral("randnotiz:status")).toString(), QStringLiteral("orphaned"));
}

QList<QStringList> TestNotesExport::parseCsv(const QString &csv)
{
    // A strict RFC 4180 reader: records end with CRLF, quoted fields may hold anything.
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < csv.size() && csv.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < csv.size() && csv.at(i + 1) == u'\n') {
            record << field;
            field.clear();
            records << record;
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

void TestNotesExport::csv_hasExactColumnsAndSurvivesQuotesCommasNewlines()
{
    const QString csv = QString::fromUtf8(NotesExport::csv({ m_article }, m_labels));
    QVERIFY(
        csv.startsWith(QStringLiteral("id,article,section,status,quote,note,tags,color,created,modified,author\r\n")));
    const QList<QStringList> records = parseCsv(csv);
    QCOMPARE(records.size(), 1 + m_article.annotations.size());
    for (const QStringList &r : records)
        QCOMPARE(r.size(), 11);
    const QStringList &second = records.at(2);
    const Annotation &a = m_article.annotations.at(1);
    QCOMPARE(second.at(0), a.id.toString(QUuid::WithoutBraces));
    QCOMPARE(second.at(1), m_article.title);
    QCOMPARE(second.at(2), QStringLiteral("body"));
    QCOMPARE(second.at(3), QStringLiteral("exact"));
    QCOMPARE(second.at(4), a.quote);
    QCOMPARE(second.at(5), a.note); // quotes, comma, LF and CRLF inside survive
    QCOMPARE(second.at(6), QStringLiteral("geld; un klima"));
    QCOMPARE(second.at(7), QStringLiteral("red (Widerspruch, \"laut\")"));
    QCOMPARE(second.at(8), QStringLiteral("2024-05-01T10:01:00.000Z"));
    QCOMPARE(second.at(9), QStringLiteral("2024-05-01T10:02:30.000Z"));
    QCOMPARE(second.at(10), QString()); // the local store's notes have no author
    QCOMPARE(records.at(4).at(2), QStringLiteral("explanation"));
    QCOMPARE(records.at(3).at(2), QStringLiteral("commentary"));
}

void TestNotesExport::csv_guardsAgainstFormulas()
{
    ArticleNotes article = m_article;
    article.annotations = { m_article.annotations.first() };
    article.annotations.first().note = QStringLiteral("=HYPERLINK(\"http://x\")");
    const QList<QStringList> records = parseCsv(QString::fromUtf8(NotesExport::csv({ article }, {})));
    QCOMPARE(records.at(1).at(5), QStringLiteral("'=HYPERLINK(\"http://x\")"));
}

void TestNotesExport::teamNote_namesItsAuthorInEveryExport_localNoteNowhere()
{
    ArticleNotes article = m_article;
    article.annotations = { m_article.annotations.first() };
    const QDateTime exported = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const auto all = [&] {
        QByteArray bytes;
        for (const ExportFormat format : { ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Json })
            bytes += NotesExport::render(format, { article }, m_labels, exported);
        return bytes;
    };
    QVERIFY(!all().contains("creator"));
    const QByteArray local = all();

    article.annotations.first().author = QStringLiteral("redakteurin_b");
    const QJsonObject item = W3cAnnotations::toJson(article, article.annotations.first(), m_labels);
    QCOMPARE(item.value(u"creator").toObject(),
             (QJsonObject { { QStringLiteral("type"), QStringLiteral("Person") },
                            { QStringLiteral("nickname"), QStringLiteral("redakteurin_b") } }));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(NotesExport::csv({ article }, m_labels)));
    QCOMPARE(records.at(0).last(), QStringLiteral("author"));
    QCOMPARE(records.at(1).last(), QStringLiteral("redakteurin_b"));
    QVERIFY(NotesExport::markdown({ article }, m_labels, exported).contains("redakteurin\\_b"));
    QVERIFY(NotesExport::html({ article }, m_labels, exported).contains(" · redakteurin_b · "));
    // Without an author the exports are what they were.
    article.annotations.first().author.clear();
    QCOMPARE(all(), local);
}

void TestNotesExport::html_escapesEverythingAndIsStandalone()
{
    ArticleNotes article = m_article;
    article.title = QStringLiteral("<script>titel()</script>");
    article.path = QStringLiteral("/tmp/\"><script>pfad()</script>.txt");
    ColorLabels labels = m_labels;
    labels.setLabel(Color::Blue, QStringLiteral("<img src=x onerror=alert(1)>"));
    const QString html = QString::fromUtf8(NotesExport::html({ article }, labels, QDateTime::currentDateTimeUtc()));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QStringLiteral("@media print")));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<b>")));
    QVERIFY(!html.contains(QStringLiteral("<i>")));
    // The label is there as text, and it is the only "src=" in the page: nothing is loaded from anywhere.
    const QString label = QStringLiteral("&lt;img src=x onerror=alert(1)&gt;");
    QVERIFY(html.contains(label));
    QVERIFY(!QString(html).remove(label).contains(QStringLiteral("src="), Qt::CaseInsensitive));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;fett&lt;/b&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;titel()&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("/tmp/&quot;&gt;&lt;script&gt;pfad()&lt;/script&gt;.txt")));
    // A link written in a note stays text; the only links are those of each note back into Randnotiz.
    QVERIFY(html.contains(QStringLiteral("[link](http://x)")));
    QCOMPARE(html.count(QStringLiteral("href=\"randnotiz://open?")), m_article.annotations.size());
    QCOMPARE(html.count(QStringLiteral("href="), Qt::CaseInsensitive), m_article.annotations.size());
    QVERIFY(html.contains(QStringLiteral("Widerspruch, &quot;laut&quot;")));
}

void TestNotesExport::markdown_hasFrontMatterPartHeadingsTagsAndOpenLinks()
{
    const QDateTime exported(QDate(2024, 6, 1), QTime(8, 0), Qt::UTC);
    const QString md = QString::fromUtf8(NotesExport::markdown({ m_article }, m_labels, exported));
    QVERIFY(md.startsWith(QStringLiteral("---\ntitle: \"Bonner Klimakonferenz\"\nsource: \"urn:sha256:")
                          + m_text.fingerprint() + QStringLiteral("\"\nfile: \"/daten/klima.txt\"\n")
                          + QStringLiteral("exported: \"2024-06-01T08:00:00.000Z\"\n---\n")));
    for (const Part p : { Part::Headline, Part::Body, Part::Commentary, Part::Explanation })
        QVERIFY2(md.contains(QStringLiteral("\n## ") + NotesExport::partTitle(p) + u'\n'), qPrintable(partName(p)));
    QVERIFY(!md.contains(QStringLiteral("\n## ") + NotesExport::partTitle(Part::Forecast) + u'\n'));
    QVERIFY(md.contains(QStringLiteral("> Strittige Fragen zur Finanzierung\n")));
    QVERIFY(md.contains(QStringLiteral("#geld #un-klima")));
    QVERIFY(md.contains(QStringLiteral("red (Widerspruch, \"laut\")")));

    // Every link names the file, the fingerprint and the annotation.
    int links = 0;
    for (qsizetype at = md.indexOf(QStringLiteral("(<randnotiz://")); at >= 0;
         at = md.indexOf(QStringLiteral("(<randnotiz://"), at + 1)) {
        const qsizetype end = md.indexOf(QStringLiteral(">)"), at);
        const QUrl url(md.mid(at + 2, end - at - 2), QUrl::StrictMode);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), QStringLiteral("randnotiz"));
        QCOMPARE(url.host(), QStringLiteral("open"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("file"), QUrl::FullyDecoded), m_article.path);
        QCOMPARE(query.queryItemValue(QStringLiteral("fingerprint")), m_text.fingerprint());
        QCOMPARE(query.queryItemValue(QStringLiteral("annotation")),
                 m_article.annotations.at(links).id.toString(QUuid::WithoutBraces));
        ++links;
    }
    QCOMPARE(links, m_article.annotations.size());
}

void TestNotesExport::markdown_escapesMarkup()
{
    const QString md
        = QString::fromUtf8(NotesExport::markdown({ m_article }, m_labels, QDateTime::currentDateTimeUtc()));
    QVERIFY(md.contains(QStringLiteral("\\<script\\>alert('x')\\</script\\> \\& \\<b\\>fett\\</b\\>")));
    QVERIFY(md.contains(QStringLiteral("\\# Überschrift?")));
    QVERIFY(md.contains(QStringLiteral("\\- Liste")));
    QVERIFY(md.contains(QStringLiteral("\\[link\\](http://x)")));
    QVERIFY(!md.contains(QRegularExpression(QStringLiteral("(?<![\\\\(])<"))));
    QVERIFY(md.contains(QStringLiteral("#\\<i\\>tag\\</i\\>")));
}

void TestNotesExport::writeFile_neverOverwritesUnlessAsked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.md"));
    QString error;
    QVERIFY(NotesExport::writeFile(path, "eins", false, &error));
    QCOMPARE(Test::readAll(path), QByteArray("eins"));
    QVERIFY(!NotesExport::writeFile(path, "zwei", false, &error));
    QVERIFY(error.contains(QStringLiteral("exists")));
    QCOMPARE(Test::readAll(path), QByteArray("eins"));
    QVERIFY(NotesExport::writeFile(path, "drei", true, &error));
    QCOMPARE(Test::readAll(path), QByteArray("drei"));
    QVERIFY(!NotesExport::writeFile(dir.filePath(QStringLiteral("fehlt/x.md")), "x", false, &error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("export.md") }); // no leftovers
}

QTEST_GUILESS_MAIN(TestNotesExport)
#include "tst_notesexport.moc"
