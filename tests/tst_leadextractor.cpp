// LeadExtractor: the lead of a Wikipedia page as Kiwix stores it, as plain text; boxes and notes stay out.
#include "support/zimtestdata.h"
#include "wiki/zim/leadextractor.h"

#include <QTest>

using Randnotiz::LeadExtractor;
using Randnotiz::PageLead;
using Randnotiz::Test::wikiPage;

class TestLeadExtractor final : public QObject
{
    Q_OBJECT

private slots:
    void extract_data();
    void extract();
    void longLead_endsAtASentenceWithinTheLimit();
    void disambiguation_isRecognisedFromThePage();
    void firstContentImage_skipsIconsAndNavboxes();
    void brokenHtml_givesWhatCanBeRead();
};

namespace {

const QString schoiguLead = QStringLiteral(
    "Sergei Kuschugetowitsch Schoigu (russisch Серге́й Кужуге́тович Шойгу́) ist ein russischer Politiker. "
    "Von 2012 bis 2024 war er Verteidigungsminister der Russischen Föderation.");
const QString schoiguSecond = QStringLiteral(
    "Seit Mai 2024 ist Schoigu Sekretär des Sicherheitsrates der Russischen Föderation, als Nachfolger von "
    "Nikolai Patruschew.");

} // namespace

void TestLeadExtractor::extract_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("extract");

    QTest::newRow("infobox, hatnote, references, coordinates and edit links stay out")
        << QStringLiteral(
               "<div class=\"hatnote navigation-not-searchable\" role=\"note\">Dieser Artikel behandelt den "
               "Politiker; zum gleichnamigen Ort siehe Schoigu (Begriffsklärung).</div>"
               "<table class=\"infobox\"><tr><th>Geboren</th><td>21. Mai 1955 in Tschadan, das ist ein langer "
               "Infobox-Text der nicht in den Text gehört</td></tr></table>"
               "<span id=\"coordinates\"><span class=\"geo\">51.28; 91.57 Koordinaten im Text gehören nicht "
               "dazu, auch wenn sie lang sind</span></span>"
               "<p>Sergei Kuschugetowitsch Schoigu (russisch <span lang=\"ru\">Серге́й Кужуге́тович Шойгу́</span>"
               "<span class=\"rt-commentedText\"> [sʲɪrˈɡʲej ʂɐjˈɡu]</span>"
               "<span class=\"unicode haudio\"><a href=\"a.ogg\">Audio</a></span>) ist ein russischer Politiker."
               "<sup class=\"reference\" id=\"cite_ref-1\"><a href=\"#cite_note-1\">[1]</a></sup> Von 2012 bis "
               "2024 war er Verteidigungsminister der Russischen Föderation.<sup class=\"mw-ref reference\">"
               "<a>[2]</a></sup></p>"
               "<h2>Leben<span class=\"mw-editsection\">[Bearbeiten | Quelltext bearbeiten]</span></h2>"
               "<p>Dieser Absatz gehört zum Abschnitt Leben und nicht mehr zur Einleitung des Artikels.</p>")
        << QStringLiteral("Sergei Schoigu") << schoiguLead;

    QTest::newRow("several paragraphs, short ones and empty ones skipped")
        << QStringLiteral("<p></p><p class=\"mw-empty-elt\"> </p><p>Kurz.</p><p>") + schoiguLead
            + QStringLiteral("</p>\n<p>  ") + schoiguSecond
            + QStringLiteral("\n</p><section><h2>Leben</h2>"
                             "<p>Nicht mehr die Einleitung, sondern "
                             "der erste Abschnitt des Artikels.</p>"
                             "</section>")
        << QStringLiteral("Sergei Schoigu") << schoiguLead + QStringLiteral("\n\n") + schoiguSecond;

    QTest::newRow("style, script, navbox and references list never count as text")
        << QStringLiteral("<style>.mw-parser-output .hatnote { font-style: italic; } and more css text here "
                          "to be long</style><script>document.write('a script that is long enough to count')"
                          "</script><div class=\"navbox\"><p>Navigationsleiste mit einem Absatz, der lang genug "
                          "ist, um gezählt zu werden.</p></div><p>")
            + schoiguLead
            + QStringLiteral("</p><ol class=\"references\"><li>Einzelnachweis mit genug Text, um als Absatz "
                             "durchzugehen, wenn man nicht aufpasst.</li></ol>")
        << QStringLiteral("Sergei Schoigu") << schoiguLead;

    QTest::newRow("a page with only a table has no lead")
        << QStringLiteral("<table class=\"wikitable\"><tr><td><p>Eine Tabelle mit Absätzen darin, die lang genug "
                          "sind, aber nicht zur Einleitung gehören.</p></td></tr></table>")
        << QStringLiteral("Sergei Schoigu") << QString();

    QTest::newRow("entities and markup inside the paragraph become text")
        << QStringLiteral("<p><b>Kim Jong-un</b> (koreanisch&nbsp;김정은; * 8. Januar 1984 in Pjöngjang) ist "
                          "seit 2011 der <a href=\"./Oberster_F%C3%BChrer\">Oberste Führer</a> &amp; Diktator "
                          "Nordkoreas.</p>")
        << QStringLiteral("Sergei Schoigu")
        << QStringLiteral("Kim Jong-un (koreanisch 김정은; * 8. Januar 1984 in Pjöngjang) ist seit 2011 der "
                          "Oberste Führer & Diktator Nordkoreas.");
}

void TestLeadExtractor::extract()
{
    QFETCH(QString, body);
    QFETCH(QString, title);
    QFETCH(QString, extract);
    const PageLead lead = LeadExtractor::extract(wikiPage(title, body));
    QCOMPARE(lead.title, title);
    QCOMPARE(lead.extract, extract);
    QVERIFY(!lead.disambiguation);
    QVERIFY(!lead.extract.contains(QLatin1Char('[')));
}

void TestLeadExtractor::longLead_endsAtASentenceWithinTheLimit()
{
    QString body;
    QStringList sentences;
    for (int i = 1; i <= 40; ++i)
        sentences << QStringLiteral("Dies ist der %1. Satz einer sehr langen Einleitung über Schoigu.").arg(i);
    body = QStringLiteral("<p>") + sentences.mid(0, 20).join(QLatin1Char(' ')) + QStringLiteral("</p><p>")
        + sentences.mid(20).join(QLatin1Char(' ')) + QStringLiteral("</p>");
    const PageLead lead = LeadExtractor::extract(wikiPage(QStringLiteral("Lang"), body));
    QVERIFY2(lead.extract.size() <= LeadExtractor::MaxChars, qPrintable(QString::number(lead.extract.size())));
    QVERIFY(lead.extract.size() > LeadExtractor::MaxChars * 3 / 4);
    QVERIFY(lead.extract.endsWith(QStringLiteral("über Schoigu.")));
    QVERIFY(lead.extract.startsWith(sentences.first()));

    // One paragraph without any sentence end is cut at a word, and says so.
    const QString words = QStringLiteral("wort ").repeated(400);
    const PageLead unbroken = LeadExtractor::extract(wikiPage(QStringLiteral("Lang"), u"<p>" + words + u"</p>"));
    QVERIFY(unbroken.extract.size() <= LeadExtractor::MaxChars + 1);
    QVERIFY(unbroken.extract.endsWith(QStringLiteral("wort…")));
}

void TestLeadExtractor::disambiguation_isRecognisedFromThePage()
{
    const QString list = QStringLiteral("<p>Schoigu steht für mehrere Personen und Orte, die hier aufgelistet "
                                        "sind:</p><ul><li>Sergei Schoigu</li><li>Larissa Schoigu</li></ul>");
    QVERIFY(LeadExtractor::extract(wikiPage(QStringLiteral("Schoigu"),
                                            list
                                                + QStringLiteral("<table id=\"disambigbox\" class=\"metadata "
                                                                 "plainlinks dmbox dmbox-disambig\"><tr><td>"
                                                                 "This disambiguation page lists articles."
                                                                 "</td></tr></table>")))
                .disambiguation);
    QVERIFY(LeadExtractor::extract(wikiPage(QStringLiteral("Schoigu"),
                                            list
                                                + QStringLiteral("<div id=\"Vorlage_Begriffsklärung\">Dies ist "
                                                                 "eine Begriffsklärungsseite.</div>")))
                .disambiguation);
    // Parsoid's HTML, which Kiwix keeps, carries the page property itself.
    QVERIFY(LeadExtractor::extract(wikiPage(QStringLiteral("Schoigu"),
                                            QStringLiteral("<meta property=\"mw:PageProp/disambiguation\">") + list))
                .disambiguation);
    QVERIFY(!LeadExtractor::extract(wikiPage(QStringLiteral("Schoigu"), list)).disambiguation);
    const PageLead lead = LeadExtractor::extract(wikiPage(QStringLiteral("Schoigu"), list));
    QVERIFY(lead.extract.startsWith(QStringLiteral("Schoigu steht für")));
}

void TestLeadExtractor::firstContentImage_skipsIconsAndNavboxes()
{
    const QString body = QStringLiteral(
        "<div class=\"hatnote\"><img src=\"../I/Disambig.svg.png\" width=\"200\"></div>"
        "<span class=\"unicode haudio\"><img src=\"../I/Speaker.png\" width=\"11\" height=\"11\"></span>"
        "<table class=\"infobox\"><tr><td><img src=\"../I/Flag.png\" width=\"20\" height=\"13\">"
        "<img src=\"../I/Sergei_Shoigu.jpg\" width=\"220\" height=\"280\"></td></tr></table>"
        "<p>Sergei Schoigu ist ein russischer Politiker, der lange Verteidigungsminister war.</p>"
        "<figure><img src=\"../I/Later.jpg\" width=\"300\"></figure>");
    QCOMPARE(LeadExtractor::extract(wikiPage(QStringLiteral("Sergei Schoigu"), body)).imageSource,
             QStringLiteral("../I/Sergei_Shoigu.jpg"));
    QCOMPARE(LeadExtractor::extract(wikiPage(QStringLiteral("Ohne"), QStringLiteral("<p>x</p>"))).imageSource,
             QString());
}

void TestLeadExtractor::brokenHtml_givesWhatCanBeRead()
{
    QCOMPARE(LeadExtractor::extract(QByteArray()).extract, QString());
    QCOMPARE(LeadExtractor::extract(QByteArray("\0\0\0\xff\xfe", 5)).extract, QString());
    const PageLead lead = LeadExtractor::extract(
        QByteArrayLiteral("<p>Ein Absatz ohne Ende, der trotzdem lang genug ist, um gezählt zu werden<div><p>"
                          "<b><i>Noch einer, verschachtelt und nie geschlossen, aber ebenfalls lang genug"));
    QVERIFY(lead.extract.startsWith(QStringLiteral("Ein Absatz ohne Ende")));
}

QTEST_GUILESS_MAIN(TestLeadExtractor)
#include "tst_leadextractor.moc"
