#include "article/ozdparser.h"
#include "support/losslesscheck.h"
#include "support/testpaths.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>
#include <QTranslator>

using namespace Randnotiz;
using Randnotiz::Test::unrepresentedLines;

class TestOzdParser final : public QObject
{
    Q_OBJECT

private slots:
    void seed_givesEveryPart();
    void oddSpace_anywhereInALine_becomesASpace_data();
    void oddSpace_anywhereInALine_becomesASpace();
    void oddSpaces_areReplacedInTheParsersCopyOnly();
    void sampleWithEveryPart_givesEveryPart();
    void wrappedWindows1252Sample_givesSameStructure();
    void plainSample_hasOnlyBody();
    void markupSample_keepsMarkupAsTextAndRejectsLookAlike();

    void headline_data();
    void headline();
    void readableFileName_data();
    void readableFileName();
    void agencies_data();
    void agencies();
    void headings_matchLoosely_data();
    void headings_matchLoosely();
    void extraSections_keptInOrderNeverMerged();
    void questions_givePersonOrTerm_data();
    void questions_givePersonOrTerm();
    void wrappedAndLineStyles_giveSameParagraphs();
    void paragraphStyle_isDecidedPerPart_data();
    void paragraphStyle_isDecidedPerPart();
    void lineEndsAndSpaces_doNotChangeResult_data();
    void lineEndsAndSpaces_doNotChangeResult();
    void encodings_giveSameArticle();
    void invalidLink_keepsTextAndWarns_data();
    void invalidLink_keepsTextAndWarns();
    void linkOnNextLine_isTaken();
    void misplacedStructure_warnsWithLineNumbers();
    void commentaryHeadingWithInlineTitle();
    void messages_goThroughTheTranslator_data();
    void messages_goThroughTheTranslator();

    void lossless_onSeedAndSamples_data();
    void lossless_onSeedAndSamples();
    void lossless_onShuffledLines();
};

namespace {

Article parse(const QString &text, const QString &file = QStringLiteral("test.txt"))
{
    return OzdParser::parseText(text, file);
}

Article parsePath(const QString &path)
{
    const ParseResult result = OzdParser::parseFile(path);
    if (!result.ok())
        qFatal("%s: %s", qPrintable(path), qPrintable(result.error));
    return result.article;
}

bool hasWarning(const Article &a, int line, const QString &fragment)
{
    for (const ParseWarning &w : a.warnings()) {
        if (w.line == line && w.message.contains(fragment))
            return true;
    }
    return false;
}

QString warningsText(const Article &a)
{
    QStringList out;
    for (const ParseWarning &w : a.warnings())
        out << QStringLiteral("%1: %2").arg(w.line).arg(w.message);
    return out.join(QStringLiteral("; "));
}

// Answers every lookup with a marked text and remembers what it was asked, so a test can see that a message
// went through QCoreApplication::translate under the context lupdate files it in.
class MarkingTranslator final : public QTranslator
{
public:
    static QString marked(const QString &text) { return QStringLiteral("[de] ") + text; }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char * = nullptr, int = -1) const override
    {
        asked.append({ QString::fromUtf8(context), QString::fromUtf8(sourceText) });
        return marked(QString::fromUtf8(sourceText));
    }
    mutable QList<std::pair<QString, QString>> asked;
};

QByteArray encodedWith(const QString &text, const QString &encoding)
{
    if (encoding == QLatin1String("UTF-8-BOM"))
        return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    if (encoding == QLatin1String("UTF-16LE"))
        return QStringEncoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom)(text);
    return text.toUtf8();
}

const QString fullArticle = QStringLiteral("Kurze Überschrift\n"
                                           "Erster Absatz des Artikels.\n"
                                           "Zweiter Absatz mit Anna Beispiel.\n"
                                           "OZD / ©AFP\n"
                                           "OZD-Kommentar:\n"
                                           "Titel des Kommentars\n"
                                           "Kommentar eins.\n"
                                           "OZD-Prognose:\n"
                                           "Prognose eins.\n"
                                           "Biographien und Erklärungen:\n"
                                           "Wer ist Anna Beispiel?\n"
                                           "Anna Beispiel ist erfunden.\n"
                                           "Wikipedia-Seite: https://de.wikipedia.org/wiki/Anna_Beispiel\n"
                                           "Hinweise:\n"
                                           "Alle Angaben ohne Gewähr.\n"
                                           "Foto: Jemand / AFP\n");

} // namespace

void TestOzdParser::seed_givesEveryPart()
{
    const Article a = parsePath(Test::seedPath());
    QCOMPARE(a.encoding(), QStringLiteral("UTF-8"));
    // The first line is a full sentence, so the headline comes from the file name.
    QCOMPARE(a.headlineSource(), HeadlineSource::FileName);
    QCOMPARE(a.headline(), QStringLiteral("000 7002fa1c3b2b2e4d"));
    QCOMPARE(a.body().size(), 5);
    QVERIFY(a.body().first().startsWith(QStringLiteral("Nordkoreas Machthaber Kim Jong Un")));
    QVERIFY(a.body().last().endsWith(QStringLiteral("Beziehungen zu stärken.")));
    QVERIFY(a.source());
    QCOMPARE(a.source()->line, QStringLiteral("OZD / ©AFP"));
    QCOMPARE(a.source()->agencies, QStringList { QStringLiteral("AFP") });
    QVERIFY(a.commentary());
    QCOMPARE(a.commentary()->title, QStringLiteral("Die gefährliche Allianz Nordkoreas mit Russland"));
    QCOMPARE(a.commentary()->paragraphs.size(), 1);
    QVERIFY(a.forecast());
    QCOMPARE(a.forecast()->size(), 1);
    QCOMPARE(a.explanations().size(), 3);

    const Explanation &kim = a.explanations()[0];
    QCOMPARE(kim.question, QStringLiteral("Wer ist Kim Jong Un?"));
    QCOMPARE(kim.subject, QStringLiteral("Kim Jong Un"));
    QCOMPARE(kim.kind, SubjectKind::Person);
    QCOMPARE(kim.paragraphs.size(), 1);
    QVERIFY(kim.wikipedia);
    QCOMPARE(kim.wikipedia->title, QStringLiteral("Kim Jong un"));
    QCOMPARE(kim.linkText, std::optional<QString>(QStringLiteral("https://de.wikipedia.org/wiki/Kim_Jong_un")));

    QCOMPARE(a.explanations()[1].subject, QStringLiteral("Sergej Schoigu"));
    QCOMPARE(a.explanations()[1].wikipedia->title, QStringLiteral("Sergei Schoigu"));
    const Explanation &council = a.explanations()[2];
    QCOMPARE(council.kind, SubjectKind::Term);
    QCOMPARE(council.subject, QStringLiteral("der Nationale Sicherheitsrat Russlands"));
    QCOMPARE(council.wikipedia->url.toString(),
             QStringLiteral("https://de.wikipedia.org/wiki/Sicherheitsrat_der_Russischen_Föderation"));

    QVERIFY(a.notes());
    QCOMPARE(a.notes()->size(), 1);
    QCOMPARE(a.photo(), std::optional<QString>(QStringLiteral("STR / KCNA VIA KNS")));
    QVERIFY(a.extraSections().isEmpty());
    QVERIFY2(a.warnings().isEmpty(), qPrintable(warningsText(a)));
}

void TestOzdParser::sampleWithEveryPart_givesEveryPart()
{
    const Article a = parsePath(Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")));
    QCOMPARE(a.headlineSource(), HeadlineSource::Line);
    QCOMPARE(a.headline(), QStringLiteral("Bonner Klimakonferenz endet mit Minimalkompromiss zur Anpassung"));
    QCOMPARE(a.body().size(), 5);
    QCOMPARE(a.source()->agencies, (QStringList { QStringLiteral("dpa"), QStringLiteral("Reuters") }));
    QCOMPARE(a.commentary()->title, QStringLiteral("Bonn zeigt die Grenzen der Geduld"));
    QCOMPARE(a.commentary()->paragraphs.size(), 2);
    QCOMPARE(a.forecast()->size(), 2);
    QCOMPARE(a.extraSections().size(), 1);
    QCOMPARE(a.extraSections()[0].heading, QStringLiteral("Hintergrund"));
    QCOMPARE(a.extraSections()[0].paragraphs.size(), 2);
    QCOMPARE(a.explanations().size(), 4);
    QCOMPARE(a.explanations()[0].wikipedia->lang, QStringLiteral("en"));
    QCOMPARE(a.explanations()[0].wikipedia->url.toString(),
             QStringLiteral("https://en.wikipedia.org/wiki/Simon_Stiell"));
    QCOMPARE(a.explanations()[2].kind, SubjectKind::Term);
    QCOMPARE(a.explanations()[2].subject, QStringLiteral("das Pariser Klimaabkommen"));
    QCOMPARE(a.explanations()[2].wikipedia->title, QStringLiteral("Übereinkommen von Paris"));
    QCOMPARE(a.notes()->size(), 1);
    QCOMPARE(a.photo(), std::optional<QString>(QStringLiteral("Jana Koch / dpa")));
    QVERIFY2(a.warnings().isEmpty(), qPrintable(warningsText(a)));
}

void TestOzdParser::wrappedWindows1252Sample_givesSameStructure()
{
    const Article a = parsePath(Test::samplePath(QStringLiteral("hafenstreik-hamburg.txt")));
    QCOMPARE(a.encoding(), QStringLiteral("windows-1252"));
    QCOMPARE(a.headline(), QStringLiteral("Warnstreik legt Hamburger Hafen lahm"));
    QCOMPARE(a.headlineSource(), HeadlineSource::Line);
    QCOMPARE(a.body().size(), 4);
    QVERIFY(a.body()[1].contains(QStringLiteral("um 3,50 € sowie")));
    QVERIFY(a.body()[1].contains(QStringLiteral("„eine Zumutung für alle")));
    for (const QString &p : a.body())
        QVERIFY2(!p.contains(QLatin1Char('\n')) && !p.contains(QLatin1Char('\r')) && !p.contains(QStringLiteral("  ")),
                 qPrintable(p));
    QCOMPARE(a.source()->agencies, QStringList { QStringLiteral("AFP") });
    QCOMPARE(a.commentary()->title, QStringLiteral("Ein Streik mit Ansage"));
    QCOMPARE(a.commentary()->paragraphs.size(), 2);
    QCOMPARE(a.forecast()->size(), 1);
    QCOMPARE(a.explanations().size(), 2);
    QCOMPARE(a.explanations()[0].kind, SubjectKind::Person);
    QCOMPARE(a.explanations()[0].paragraphs.size(), 1);
    QCOMPARE(a.explanations()[1].subject, QStringLiteral("die Hamburger Hafen und Logistik AG"));
    QVERIFY(a.explanations()[1].wikipedia);
    QVERIFY(!a.notes());
    QCOMPARE(a.photo(), std::optional<QString>(QStringLiteral("Tim Brandes / AFP")));
    QVERIFY2(a.warnings().isEmpty(), qPrintable(warningsText(a)));
}

void TestOzdParser::plainSample_hasOnlyBody()
{
    const Article a = parsePath(Test::samplePath(QStringLiteral("stadtbibliothek-nachtoeffnung.txt")));
    QCOMPARE(a.headlineSource(), HeadlineSource::FileName);
    QCOMPARE(a.headline(), QStringLiteral("Stadtbibliothek nachtoeffnung"));
    QCOMPARE(a.body().size(), 4);
    QVERIFY(!a.source() && !a.commentary() && !a.forecast() && !a.notes() && !a.photo());
    QVERIFY(a.explanations().isEmpty() && a.extraSections().isEmpty() && a.warnings().isEmpty());
}

void TestOzdParser::markupSample_keepsMarkupAsTextAndRejectsLookAlike()
{
    const Article a = parsePath(Test::samplePath(QStringLiteral("sonderzeichen-test.txt")));
    QVERIFY(a.body().join(QLatin1Char(' ')).contains(QStringLiteral("<script>alert(1)</script>")));
    QCOMPARE(a.source()->agencies, (QStringList { QStringLiteral("AFP"), QStringLiteral("KNA") }));
    QCOMPARE(a.extraSections().size(), 1);
    QCOMPARE(a.extraSections()[0].heading, QStringLiteral("OZD-Analyse"));
    QCOMPARE(a.explanations().size(), 2);
    const Explanation &phishing = a.explanations()[0];
    QVERIFY(!phishing.wikipedia);
    QCOMPARE(phishing.linkText,
             std::optional<QString>(QStringLiteral("https://de.wikipedia.org.example/wiki/Phishing")));
    QCOMPARE(a.warnings().size(), 1);
    QVERIFY(a.warnings()[0].message.contains(QStringLiteral("not a Wikipedia article link")));
    QVERIFY(a.explanations()[1].wikipedia);
    QCOMPARE(a.explanations()[1].wikipedia->title, QStringLiteral("Cross-Site-Scripting"));
}

void TestOzdParser::headline_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<int>("bodyParagraphs");

    QTest::newRow("short line") << "Kurze Überschrift\nEin Satz.\n"
                                << "Kurze Überschrift" << 1;
    QTest::newRow("sentence") << "Das ist ein Satz.\nNoch einer.\n"
                              << "Test" << 2;
    QTest::newRow("question") << "Kommt der Streik?\nEin Satz.\n"
                              << "Test" << 2;
    QTest::newRow("quote after period") << "Er sagte „Nein.“\nEin Satz.\n"
                                        << "Test" << 2;
    QTest::newRow("quoted headline") << "Minister: „Wir bleiben“\nEin Satz.\n"
                                     << QStringLiteral("Minister: „Wir bleiben“") << 1;
    QTest::newRow("too long") << QString(QStringLiteral("Wort ").repeated(40).trimmed() + QStringLiteral("\nSatz.\n"))
                              << "Test" << 2;
    QTest::newRow("only line") << "Nur eine Zeile ohne Punkt\n"
                               << "Test" << 1;
    QTest::newRow("leading blank lines") << "\n\n  Überschrift  \nSatz.\n" << QStringLiteral("Überschrift") << 1;
    QTest::newRow("wrapped own block") << "Überschrift im Block\n\nErste Zeile\nzweite Zeile.\n\nNoch ein Absatz.\n"
                                       << QStringLiteral("Überschrift im Block") << 2;
    QTest::newRow("wrapped block is a paragraph") << "Ein Absatz, der\numbrochen ist.\n\nZweiter Absatz.\n"
                                                  << "Test" << 2;
    QTest::newRow("heading first") << "OZD-Kommentar:\nTitel\nText.\n"
                                   << "Test" << 0;
}

void TestOzdParser::headline()
{
    QFETCH(QString, text);
    QFETCH(QString, headline);
    QFETCH(int, bodyParagraphs);
    const Article a = parse(text);
    QCOMPARE(a.headline(), headline);
    QCOMPARE(a.headlineSource(), headline == QLatin1String("Test") ? HeadlineSource::FileName : HeadlineSource::Line);
    QCOMPARE(a.body().size(), bodyParagraphs);
}

void TestOzdParser::readableFileName_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("readable");
    QTest::newRow("underscores") << "/tmp/klima_gipfel_bonn.txt"
                                 << "Klima gipfel bonn";
    QTest::newRow("hyphens") << "hafen-streik.txt"
                             << "Hafen streik";
    QTest::newRow("dots") << "a.b.c.txt"
                          << "A b c";
    QTest::newRow("spaces") << "  x  __ y .txt"
                            << "X y";
    QTest::newRow("nothing left") << ".txt"
                                  << "Untitled article";
}

void TestOzdParser::readableFileName()
{
    QFETCH(QString, file);
    QFETCH(QString, readable);
    QCOMPARE(OzdParser::readableFileName(file), readable);
}

void TestOzdParser::agencies_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("agencies");
    QTest::newRow("one") << "OZD / ©AFP" << QStringList { QStringLiteral("AFP") };
    QTest::newRow("comma") << "OZD / ©AFP, Reuters" << QStringList { QStringLiteral("AFP"), QStringLiteral("Reuters") };
    QTest::newRow("slash") << "OZD / ©dpa/AP" << QStringList { QStringLiteral("dpa"), QStringLiteral("AP") };
    QTest::newRow("und") << "OZD / ©AFP und KNA" << QStringList { QStringLiteral("AFP"), QStringLiteral("KNA") };
    QTest::newRow("mixed") << "OZD / © AFP, Reuters und © dpa"
                           << QStringList { QStringLiteral("AFP"), QStringLiteral("Reuters"), QStringLiteral("dpa") };
    QTest::newRow("no spaces") << "OZD/©AFP" << QStringList { QStringLiteral("AFP") };
    QTest::newRow("(c)") << "OZD / (c) Reuters" << QStringList { QStringLiteral("Reuters") };
    QTest::newRow("und inside a name") << "OZD / ©Grund Verlag" << QStringList { QStringLiteral("Grund Verlag") };
}

void TestOzdParser::agencies()
{
    QFETCH(QString, line);
    QFETCH(QStringList, agencies);
    const Article a = parse(QStringLiteral("Text.\n") + line + QStringLiteral("\n"));
    QVERIFY(a.source());
    QCOMPARE(a.source()->line, line);
    QCOMPARE(a.source()->agencies, agencies);
}

void TestOzdParser::headings_matchLoosely_data()
{
    QTest::addColumn<QString>("commentary");
    QTest::addColumn<QString>("forecast");
    QTest::addColumn<QString>("explanations");
    QTest::addColumn<QString>("notes");
    QTest::newRow("exact") << "OZD-Kommentar:"
                           << "OZD-Prognose:" << QStringLiteral("Biographien und Erklärungen:") << "Hinweise:";
    QTest::newRow("case") << "ozd-KOMMENTAR:"
                          << "Ozd-prognose:" << QStringLiteral("BIOGRAPHIEN UND ERKLÄRUNGEN:") << "hinweise:";
    QTest::newRow("stray spaces") << "  OZD-Kommentar :  "
                                  << "\tOZD - Prognose\t:" << QStringLiteral(" Biographien  und Erklärungen : ")
                                  << "Hinweise  :";
    QTest::newRow("Biografien") << "OZD-Kommentar:"
                                << "OZD-Prognose:" << QStringLiteral("Biografien und Erklärungen:") << "Hinweis:";
}

void TestOzdParser::headings_matchLoosely()
{
    QFETCH(QString, commentary);
    QFETCH(QString, forecast);
    QFETCH(QString, explanations);
    QFETCH(QString, notes);
    const Article a = parse(QStringLiteral("Text.\n") + commentary + QStringLiteral("\nTitel\nK.\n") + forecast
                            + QStringLiteral("\nP.\n") + explanations + QStringLiteral("\nWas ist X?\nX ist X.\n")
                            + notes + QStringLiteral("\nN.\n"));
    QCOMPARE(a.body(), QStringList { QStringLiteral("Text.") });
    QVERIFY(a.commentary());
    QCOMPARE(a.commentary()->title, QStringLiteral("Titel"));
    QCOMPARE(*a.forecast(), QStringList { QStringLiteral("P.") });
    QCOMPARE(a.explanations().size(), 1);
    QCOMPARE(*a.notes(), QStringList { QStringLiteral("N.") });
    QVERIFY(a.extraSections().isEmpty());
}

void TestOzdParser::extraSections_keptInOrderNeverMerged()
{
    const Article a = parse(QStringLiteral("Text.\nOZD-Analyse:\nAnalyse.\nOZD-Prognose:\nP.\nHintergrund :\nH1.\nH2.\n"
                                           "Zum Weiterlesen:\nW.\n"));
    QCOMPARE(a.body(), QStringList { QStringLiteral("Text.") });
    QCOMPARE(a.extraSections().size(), 3);
    QCOMPARE(a.extraSections()[0], (Section { QStringLiteral("OZD-Analyse"), { QStringLiteral("Analyse.") } }));
    QCOMPARE(a.extraSections()[1],
             (Section { QStringLiteral("Hintergrund"), { QStringLiteral("H1."), QStringLiteral("H2.") } }));
    QCOMPARE(a.extraSections()[2], (Section { QStringLiteral("Zum Weiterlesen"), { QStringLiteral("W.") } }));
    QCOMPARE(*a.forecast(), QStringList { QStringLiteral("P.") });

    // A sentence that happens to end with a colon stays text.
    const Article b = parse(QStringLiteral("Text.\nDer Minister sagte dazu Folgendes, wörtlich:\nZitat.\n"));
    QVERIFY(b.extraSections().isEmpty());
    QCOMPARE(b.body().size(), 3);
}

void TestOzdParser::questions_givePersonOrTerm_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("person");
    QTest::newRow("wer ist") << "Wer ist Kim Jong Un?"
                             << "Kim Jong Un" << true;
    QTest::newRow("wer war") << "Wer war Willy Brandt?"
                             << "Willy Brandt" << true;
    QTest::newRow("wer sind") << "Wer sind die Houthis?"
                              << "die Houthis" << true;
    QTest::newRow("wer waren") << "Wer waren die Beatles ?"
                               << "die Beatles" << true;
    QTest::newRow("was ist") << "Was ist die NATO?"
                             << "die NATO" << false;
    QTest::newRow("was war") << "Was war der Kalte Krieg?"
                             << "der Kalte Krieg" << false;
    QTest::newRow("was sind") << "Was sind Sanktionen?"
                              << "Sanktionen" << false;
    QTest::newRow("was bedeutet") << "Was bedeutet Inflation?"
                                  << "Inflation" << false;
    QTest::newRow("lower case") << "wer ist anna?"
                                << "anna" << true;
}

void TestOzdParser::questions_givePersonOrTerm()
{
    QFETCH(QString, question);
    QFETCH(QString, subject);
    QFETCH(bool, person);
    const Article a
        = parse(QStringLiteral("Text.\nBiographien und Erklärungen:\n") + question + QStringLiteral("\nErklärung.\n"));
    QCOMPARE(a.explanations().size(), 1);
    QCOMPARE(a.explanations()[0].question, question);
    QCOMPARE(a.explanations()[0].subject, subject);
    QCOMPARE(a.explanations()[0].kind, person ? SubjectKind::Person : SubjectKind::Term);
    QCOMPARE(a.explanations()[0].paragraphs, QStringList { QStringLiteral("Erklärung.") });
    QCOMPARE(a.explanations()[0].line, 3);
    QVERIFY2(a.warnings().isEmpty(), qPrintable(warningsText(a)));
}

void TestOzdParser::wrappedAndLineStyles_giveSameParagraphs()
{
    const Article lineStyle = parse(fullArticle);
    QString wrapped = QStringLiteral("Kurze Überschrift\n\n"
                                     "Erster Absatz\ndes Artikels.\n\n"
                                     "Zweiter Absatz mit\nAnna Beispiel.\n\n"
                                     "OZD / ©AFP\n\n"
                                     "OZD-Kommentar:\n\nTitel des Kommentars\n\nKommentar\neins.\n\n"
                                     "OZD-Prognose:\nPrognose\n   eins.\n\n"
                                     "Biographien und Erklärungen:\n\n"
                                     "Wer ist Anna Beispiel?\n"
                                     "Anna Beispiel\nist erfunden.\n\n"
                                     "Wikipedia-Seite: https://de.wikipedia.org/wiki/Anna_Beispiel\n\n"
                                     "Hinweise:\n\nAlle Angaben\nohne Gewähr.\n\n"
                                     "Foto: Jemand / AFP\n");
    ArticleData actual = parse(wrapped).data();
    ArticleData expected = lineStyle.data();
    QVERIFY(expected.warnings.isEmpty());
    // Entries remember the line of their question, which the blank lines move.
    QCOMPARE(actual.explanations.size(), 1);
    QCOMPARE(actual.explanations[0].line, 24);
    actual.explanations[0].line = expected.explanations[0].line;
    QCOMPARE(actual, expected);
    QCOMPARE(actual.body.size(), 2);
}

void TestOzdParser::paragraphStyle_isDecidedPerPart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QStringList>("body");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("commentary");
    QTest::addColumn<QStringList>("forecast");
    QTest::addColumn<QList<QStringList>>("entries");
    QTest::addColumn<QStringList>("notes");

    // The body wraps its paragraphs and separates them by blank lines; every later part puts one paragraph on
    // each line, without blank lines.
    const QString mixed = QStringLiteral("Neue Brücke über den Rhein eröffnet\n"
                                         "\n"
                                         "Nach vier Jahren Bauzeit ist die neue\n"
                                         "Rheinbrücke am Samstag für den Verkehr\n"
                                         "freigegeben worden.\n"
                                         "\n"
                                         "Zur Eröffnung kamen mehrere tausend\n"
                                         "Menschen.\n"
                                         "\n"
                                         "OZD / ©dpa\n"
                                         "\n"
                                         "OZD-Kommentar:\n"
                                         "Ein Bauwerk mit Signalwirkung\n"
                                         "Die Brücke zeigt, dass große Projekte gelingen können.\n"
                                         "Nun müssen die Anschlussstraßen folgen.\n"
                                         "OZD-Prognose:\n"
                                         "Der Verkehr dürfte sich bis zum Herbst neu verteilen.\n"
                                         "Staus am Stadtrand bleiben wahrscheinlich.\n"
                                         "Biographien und Erklärungen:\n"
                                         "Wer ist Anna Beispiel?\n"
                                         "Anna Beispiel leitet den Bau der Brücke.\n"
                                         "Sie arbeitet seit 2010 für das Land.\n"
                                         "Wikipedia-Seite: https://de.wikipedia.org/wiki/Anna_Beispiel\n"
                                         "Was ist der Rhein?\n"
                                         "Der Rhein ist ein Strom in Mitteleuropa.\n"
                                         "Wikipedia-Seite: https://de.wikipedia.org/wiki/Rhein\n"
                                         "Hinweise:\n"
                                         "Alle Angaben ohne Gewähr.\n"
                                         "Bitte empfehlen Sie uns weiter!\n"
                                         "Foto: Jemand / dpa\n");
    const QString headline = QStringLiteral("Neue Brücke über den Rhein eröffnet");
    const QStringList body { QStringLiteral("Nach vier Jahren Bauzeit ist die neue Rheinbrücke am Samstag für den "
                                            "Verkehr freigegeben worden."),
                             QStringLiteral("Zur Eröffnung kamen mehrere tausend Menschen.") };
    const QString title = QStringLiteral("Ein Bauwerk mit Signalwirkung");
    const QStringList commentary { QStringLiteral("Die Brücke zeigt, dass große Projekte gelingen können."),
                                   QStringLiteral("Nun müssen die Anschlussstraßen folgen.") };
    const QStringList forecast { QStringLiteral("Der Verkehr dürfte sich bis zum Herbst neu verteilen."),
                                 QStringLiteral("Staus am Stadtrand bleiben wahrscheinlich.") };
    const QList<QStringList> entries { { QStringLiteral("Anna Beispiel leitet den Bau der Brücke."),
                                         QStringLiteral("Sie arbeitet seit 2010 für das Land.") },
                                       { QStringLiteral("Der Rhein ist ein Strom in Mitteleuropa.") } };
    const QStringList notes { QStringLiteral("Alle Angaben ohne Gewähr."),
                              QStringLiteral("Bitte empfehlen Sie uns weiter!") };
    const auto row = [&](const char *name, const QString &text, const QString &encoding) {
        QTest::newRow(name) << text << encoding << headline << body << title << commentary << forecast << entries
                            << notes;
    };
    QString crlf = mixed;
    crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QString cr = mixed;
    cr.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    row("mixed, LF", mixed, QStringLiteral("UTF-8"));
    row("mixed, CRLF", crlf, QStringLiteral("UTF-8"));
    row("mixed, CR", cr, QStringLiteral("UTF-8"));
    row("mixed, BOM", mixed, QStringLiteral("UTF-8-BOM"));
    row("mixed, BOM and CRLF", crlf, QStringLiteral("UTF-8-BOM"));
    row("mixed, UTF-16LE and CRLF", crlf, QStringLiteral("UTF-16LE"));
    QString spaced = mixed;
    for (const char *heading : { "OZD-Kommentar:", "OZD-Prognose:", "Biographien und", "Hinweise:", "Foto:" })
        spaced.replace(QLatin1String(heading), QStringLiteral("\n") + QLatin1String(heading));
    spaced.replace(QStringLiteral("OZD-Kommentar:\n"), QStringLiteral("OZD-Kommentar:\n\n"));
    row("mixed, blank lines around headings", spaced, QStringLiteral("UTF-8"));
    QString inlineTitle = mixed;
    inlineTitle.replace(QStringLiteral("OZD-Kommentar:\n"), QStringLiteral("OZD-Kommentar: "));
    row("mixed, title after the colon", inlineTitle, QStringLiteral("UTF-8"));

    // The other way round: a body of one paragraph per line, a commentary with wrapped paragraphs.
    QTest::newRow("line body, wrapped commentary")
        << QStringLiteral("Neue Brücke über den Rhein eröffnet\n"
                          "Die Brücke ist fertig.\n"
                          "Sie trägt vier Spuren.\n"
                          "OZD-Kommentar:\n"
                          "\n"
                          "Ein Bauwerk mit Signalwirkung\n"
                          "\n"
                          "Die Brücke zeigt, dass große\n"
                          "Projekte gelingen können.\n"
                          "\n"
                          "Nun müssen die Anschlussstraßen\n"
                          "folgen.\n"
                          "OZD-Prognose:\n"
                          "Der Verkehr dürfte sich bis zum Herbst neu verteilen.\n"
                          "Staus am Stadtrand bleiben wahrscheinlich.\n")
        << QStringLiteral("UTF-8") << headline
        << QStringList { QStringLiteral("Die Brücke ist fertig."), QStringLiteral("Sie trägt vier Spuren.") } << title
        << commentary << forecast << QList<QStringList>() << QStringList();
    // The title is the line after the heading even where the paragraph below follows without a blank line.
    QTest::newRow("wrapped commentary, text right below the title")
        << QStringLiteral("Text.\n"
                          "OZD-Kommentar:\n"
                          "Ein Bauwerk mit Signalwirkung\n"
                          "Die Brücke zeigt, dass große\n"
                          "Projekte gelingen können.\n"
                          "\n"
                          "Nun müssen die Anschlussstraßen folgen.\n")
        << QStringLiteral("UTF-8") << QStringLiteral("Brücke") << QStringList { QStringLiteral("Text.") } << title
        << commentary << QStringList() << QList<QStringList>() << QStringList();
    // One wrapped paragraph with no blank line anywhere: its lines run on, so they are one paragraph.
    QTest::newRow("one wrapped paragraph per part")
        << QStringLiteral("Text.\n"
                          "OZD-Kommentar:\n"
                          "Ein Bauwerk mit Signalwirkung\n"
                          "Die Brücke zeigt, dass große\n"
                          "Projekte gelingen können.\n"
                          "OZD-Prognose:\n"
                          "Der Verkehr dürfte sich bis zum\n"
                          "Herbst neu verteilen.\n"
                          "Biographien und Erklärungen:\n"
                          "Was ist der Rhein?\n"
                          "Der Rhein ist ein Strom\n"
                          "in Mitteleuropa.\n"
                          "Wikipedia-Seite:\n"
                          "https://de.wikipedia.org/wiki/Rhein\n"
                          "Wer ist Anna Beispiel?\n"
                          "Anna Beispiel leitet den Bau der Brücke.\n")
        << QStringLiteral("UTF-8") << QStringLiteral("Brücke") << QStringList { QStringLiteral("Text.") } << title
        << QStringList { commentary[0] } << QStringList { forecast[0] }
        << QList<QStringList> { { entries[1] }, { entries[0][0] } } << QStringList();
    // A link address on the line below its label, in a part of one paragraph per line.
    QTest::newRow("address on its own line, one paragraph per line")
        << QStringLiteral("Text.\n"
                          "Biographien und Erklärungen:\n"
                          "Was ist der Rhein?\n"
                          "Der Rhein ist ein Strom in Mitteleuropa.\n"
                          "Wikipedia-Seite:\n"
                          "https://de.wikipedia.org/wiki/Rhein\n"
                          "Wer ist Anna Beispiel?\n"
                          "Anna Beispiel leitet den Bau der Brücke.\n"
                          "Sie arbeitet seit 2010 für das Land.\n")
        << QStringLiteral("UTF-8") << QStringLiteral("Brücke") << QStringList { QStringLiteral("Text.") } << QString()
        << QStringList() << QStringList() << QList<QStringList> { { entries[1] }, entries[0] } << QStringList();
    // An entry's last line may end without a full stop: the question below starts a new entry, it does not
    // continue that line.
    QTest::newRow("entry without a final stop, one paragraph per line")
        << QStringLiteral("Text.\n"
                          "Biographien und Erklärungen:\n"
                          "Wer ist Anna Beispiel?\n"
                          "Anna Beispiel leitet den Bau der Brücke.\n"
                          "Sie arbeitet seit 2010 für das Land (Stand 2024)\n"
                          "Was ist der Rhein?\n"
                          "Der Rhein ist ein Strom in Mitteleuropa.\n")
        << QStringLiteral("UTF-8") << QStringLiteral("Brücke") << QStringList { QStringLiteral("Text.") } << QString()
        << QStringList() << QStringList()
        << QList<QStringList> { { entries[0][0], QStringLiteral("Sie arbeitet seit 2010 für das Land (Stand 2024)") },
                                { entries[1] } }
        << QStringList();
}

void TestOzdParser::paragraphStyle_isDecidedPerPart()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(QString, headline);
    QFETCH(QStringList, body);
    QFETCH(QString, title);
    QFETCH(QStringList, commentary);
    QFETCH(QStringList, forecast);
    QFETCH(QList<QStringList>, entries);
    QFETCH(QStringList, notes);

    const ParseResult result = OzdParser::parseBytes(encodedWith(text, encoding), QStringLiteral("brücke.txt"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Article &a = result.article;
    QCOMPARE(a.encoding(), encoding);
    QCOMPARE(a.headline(), headline);
    QCOMPARE(a.body(), body);
    QCOMPARE(a.commentary().has_value(), !title.isEmpty());
    if (a.commentary()) {
        QCOMPARE(a.commentary()->title, title);
        QCOMPARE(a.commentary()->paragraphs, commentary);
    }
    QCOMPARE(a.forecast().value_or(QStringList()), forecast);
    QList<QStringList> actualEntries;
    for (const Explanation &e : a.explanations())
        actualEntries << e.paragraphs;
    QCOMPARE(actualEntries, entries);
    QCOMPARE(a.notes().value_or(QStringList()), notes);
    for (const Explanation &e : a.explanations())
        QVERIFY2(!e.linkText || e.wikipedia, qPrintable(e.subject));
    QVERIFY2(a.warnings().isEmpty(), qPrintable(warningsText(a)));
    const QStringList missing = unrepresentedLines(text, a);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestOzdParser::lineEndsAndSpaces_doNotChangeResult_data()
{
    QTest::addColumn<QString>("variant");
    QString crlf = fullArticle;
    crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QTest::newRow("CRLF") << crlf;
    QString cr = fullArticle;
    cr.replace(QLatin1Char('\n'), QStringLiteral("\r"));
    QTest::newRow("CR") << cr;
    QString trailing = fullArticle;
    trailing.replace(QLatin1Char('\n'), QStringLiteral(" \t \n"));
    QTest::newRow("trailing whitespace") << trailing;
    QString tabs = fullArticle;
    tabs.replace(QStringLiteral("Biographien und"), QStringLiteral("Biographien\tund"));
    tabs.replace(QStringLiteral("OZD / ©AFP"), QStringLiteral("OZD /\u00A0©AFP"));
    tabs.replace(QStringLiteral("Hinweise:"), QStringLiteral("\u00A0Hinweise:\u00A0"));
    QTest::newRow("tabs and no-break spaces") << tabs;
    QTest::newRow("no final newline") << fullArticle.chopped(1);
}

void TestOzdParser::lineEndsAndSpaces_doNotChangeResult()
{
    QFETCH(QString, variant);
    ArticleData expected = parse(fullArticle).data();
    ArticleData actual = parse(variant).data();
    if (actual.source && expected.source)
        actual.source->line = expected.source->line; // the credit line is kept as written
    QCOMPARE(actual, expected);
}

void TestOzdParser::encodings_giveSameArticle()
{
    const ArticleData reference = parse(fullArticle).data();
    const QList<std::pair<QStringConverter::Encoding, bool>> encodings = { { QStringConverter::Utf8, false },
                                                                           { QStringConverter::Utf8, true },
                                                                           { QStringConverter::Utf16LE, true },
                                                                           { QStringConverter::Utf16BE, true } };
    for (const auto &[encoding, bom] : encodings) {
        QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        const ParseResult result = OzdParser::parseBytes(encoder(fullArticle), QStringLiteral("test.txt"));
        QVERIFY(result.ok());
        ArticleData data = result.article.data();
        data.encoding = reference.encoding;
        QCOMPARE(data, reference);
    }
    QStringEncoder cp1252("windows-1252");
    const ParseResult result = OzdParser::parseBytes(cp1252(fullArticle), QStringLiteral("test.txt"));
    QVERIFY(result.ok());
    QCOMPARE(result.article.encoding(), QStringLiteral("windows-1252"));
    ArticleData data = result.article.data();
    data.encoding = reference.encoding;
    QCOMPARE(data, reference);
}

void TestOzdParser::invalidLink_keepsTextAndWarns_data()
{
    QTest::addColumn<QString>("link");
    QTest::newRow("look-alike") << "https://de.wikipedia.org.example/wiki/X";
    QTest::newRow("http") << "http://de.wikipedia.org/wiki/X";
    QTest::newRow("javascript") << "javascript:alert(document.cookie)";
    QTest::newRow("file") << "file:///etc/passwd";
    QTest::newRow("other host") << "https://example.com/wiki/X";
    QTest::newRow("empty") << "";
}

void TestOzdParser::invalidLink_keepsTextAndWarns()
{
    QFETCH(QString, link);
    const Article a
        = parse(QStringLiteral("Text.\nBiographien und Erklärungen:\nWas ist X?\nX ist X.\nWikipedia-Seite: ") + link
                + QStringLiteral("\n"));
    QCOMPARE(a.explanations().size(), 1);
    QVERIFY(!a.explanations()[0].wikipedia);
    QCOMPARE(a.explanations()[0].linkText, std::optional<QString>(link));
    QCOMPARE(a.explanations()[0].paragraphs, QStringList { QStringLiteral("X ist X.") });
    QVERIFY2(hasWarning(a, 5, link.isEmpty() ? QStringLiteral("empty Wikipedia link") : link),
             qPrintable(warningsText(a)));
}

void TestOzdParser::linkOnNextLine_isTaken()
{
    const Article a
        = parse(QStringLiteral("Text.\n\nNoch\nmehr.\n\nBiografien und Erklärungen:\n\nWer ist Y?\n\nY ist Y.\n\n"
                               "Wikipedia-Seite:\nhttps://de.wikipedia.org/wiki/Y\n\nWas ist Z?\n\nZ.\n\n"
                               "Wikipedia-Seite:\n\nWas ist W?\nW.\n"));
    QCOMPARE(a.explanations().size(), 3);
    QCOMPARE(a.explanations()[0].wikipedia->title, QStringLiteral("Y"));
    QCOMPARE(a.explanations()[0].paragraphs, QStringList { QStringLiteral("Y ist Y.") });
    QVERIFY(!a.explanations()[1].wikipedia);
    QCOMPARE(a.explanations()[1].linkText, std::optional<QString>(QString()));
    QCOMPARE(a.explanations()[2].subject, QStringLiteral("W"));
    QVERIFY2(hasWarning(a, 19, QStringLiteral("empty Wikipedia link")), qPrintable(warningsText(a)));
}

void TestOzdParser::misplacedStructure_warnsWithLineNumbers()
{
    const Article a = parse(QStringLiteral("Text.\n" // 1
                                           "Wikipedia-Seite: https://de.wikipedia.org/wiki/A\n" // 2
                                           "OZD-Kommentar:\n" // 3
                                           "Biographien und Erklärungen:\n" // 4
                                           "Ein loser Satz.\n" // 5
                                           "Wer ist A?\n" // 6
                                           "Wer ist B?\n" // 7
                                           "B.\n" // 8
                                           "Wikipedia-Seite: https://de.wikipedia.org/wiki/B\n" // 9
                                           "Nachgetragen.\n" // 10
                                           "Welche Rolle spielt C?\n" // 11
                                           "C.\n" // 12
                                           "OZD / ©AFP\n" // 13
                                           "OZD / ©dpa\n" // 14
                                           "OZD-Kommentar:\n" // 15
                                           "Titel\n")); // 16
    QVERIFY2(hasWarning(a, 2, QStringLiteral("outside an explanation entry")), qPrintable(warningsText(a)));
    QVERIFY(a.body().contains(QStringLiteral("Wikipedia-Seite: https://de.wikipedia.org/wiki/A")));
    // The second heading gave the commentary its title, so no line may say it has none.
    for (const ParseWarning &w : a.warnings())
        QVERIFY2(!w.message.contains(QStringLiteral("commentary has no title")), qPrintable(warningsText(a)));
    QVERIFY(hasWarning(a, 5, QStringLiteral("before the first explanation entry")));
    QCOMPARE(a.extraSections().size(), 1);
    QCOMPARE(a.extraSections()[0].paragraphs, QStringList { QStringLiteral("Ein loser Satz.") });
    QVERIFY(hasWarning(a, 6, QStringLiteral("has no text")));
    QVERIFY(hasWarning(a, 10, QStringLiteral("text after the Wikipedia link")));
    QVERIFY(hasWarning(a, 11, QStringLiteral("unusual question form")));
    QCOMPARE(a.explanations().size(), 3);
    QCOMPARE(a.explanations()[2].subject, QStringLiteral("Welche Rolle spielt C"));
    QVERIFY(hasWarning(a, 14, QStringLiteral("second source credit")));
    QVERIFY(hasWarning(a, 15, QStringLiteral("second commentary heading")));
    QCOMPARE(a.commentary()->title, QStringLiteral("Titel"));
    for (int i = 1; i < a.warnings().size(); ++i)
        QVERIFY(a.warnings()[i - 1].line <= a.warnings()[i].line);

    const Article untitled = parse(QStringLiteral("Text.\nOZD-Kommentar:\nOZD-Prognose:\nP.\n"));
    QVERIFY(hasWarning(untitled, 2, QStringLiteral("commentary has no title")));
}

void TestOzdParser::commentaryHeadingWithInlineTitle()
{
    const Article a
        = parse(QStringLiteral("Text.\nOZD-Kommentar: Ein Titel\nAbsatz.\nHinweise: Die Polizei bittet um Hilfe.\n"));
    QCOMPARE(a.commentary()->title, QStringLiteral("Ein Titel"));
    QCOMPARE(a.commentary()->paragraphs,
             (QStringList { QStringLiteral("Absatz."), QStringLiteral("Hinweise: Die Polizei bittet um Hilfe.") }));
    QVERIFY(!a.notes());
}

void TestOzdParser::messages_goThroughTheTranslator_data()
{
    // Every message the parser and the decoder can give: the input that causes it, the context and source text
    // lupdate files it under, and the English text with its argument filled in.
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("english");
    QTest::addColumn<bool>("isError");
    const QString parser = QStringLiteral("Randnotiz::OzdParser");
    const QString decoder = QStringLiteral("Randnotiz::TextDecoder");
    const auto warning
        = [&](const char *name, const QByteArray &input, const QString &source, const QString &english = QString()) {
              QTest::newRow(name) << input << parser << source << (english.isNull() ? source : english) << false;
          };
    const QByteArray entries = "Text.\nBiographien und Erkl\xC3\xA4rungen:\nWas ist X?\nX.\n";
    warning("second commentary", "Text.\nOZD-Kommentar:\nT\nOZD-Kommentar:\nU\n",
            QStringLiteral("second commentary heading; its text joins the first commentary"));
    warning("second forecast", "Text.\nOZD-Prognose:\nP.\nOZD-Prognose:\nQ.\n",
            QStringLiteral("second forecast heading; its text joins the first forecast"));
    warning("second explanations", entries + "Biographien und Erkl\xC3\xA4rungen:\nWas ist Y?\nY.\n",
            QStringLiteral("second explanations heading; its entries join the first list"));
    warning("second notes", "Text.\nHinweise:\nN.\nHinweise:\nM.\n",
            QStringLiteral("second notes heading; its text joins the first notes"));
    warning("second source", "Text.\nOZD / AFP\nOZD / dpa\n", QStringLiteral("second source credit; kept as text"));
    warning("second photo", "Text.\nFoto: A\nFoto: B\n", QStringLiteral("second photo credit; kept as text"));
    warning("empty photo", "Text.\nFoto:\n", QStringLiteral("photo credit is empty"));
    warning("link outside", "Text.\nWikipedia-Seite: https://de.wikipedia.org/wiki/A\n",
            QStringLiteral("Wikipedia link outside an explanation entry; kept as text"));
    warning(
        "second link",
        entries
            + "Wikipedia-Seite: https://de.wikipedia.org/wiki/X\nWikipedia-Seite: https://de.wikipedia.org/wiki/Y\n",
        QStringLiteral("second Wikipedia link for \"%1\"; kept as text"),
        QStringLiteral("second Wikipedia link for \"X\"; kept as text"));
    warning("untitled commentary", "Text.\nOZD-Kommentar:\n", QStringLiteral("commentary has no title"));
    warning("entry without text", "Text.\nBiographien und Erkl\xC3\xA4rungen:\nWer ist X?\n",
            QStringLiteral("entry \"%1\" has no text"), QStringLiteral("entry \"X\" has no text"));
    warning("no entries", "Text.\nBiographien und Erkl\xC3\xA4rungen:\n",
            QStringLiteral("explanations heading without entries"));
    warning("empty link", entries + "Wikipedia-Seite:\n", QStringLiteral("empty Wikipedia link"));
    warning("invalid link", entries + "Wikipedia-Seite: https://example.com/%1\n",
            QStringLiteral("not a Wikipedia article link, it will not be fetched or opened: %1"),
            QStringLiteral("not a Wikipedia article link, it will not be fetched or opened: https://example.com/%1"));
    warning("unusual question", "Text.\nBiographien und Erkl\xC3\xA4rungen:\nWelche Rolle spielt X?\nX.\n",
            QStringLiteral("unusual question form; the whole question is taken as the subject"));
    warning("text after link", entries + "Wikipedia-Seite: https://de.wikipedia.org/wiki/X\nNoch etwas.\n",
            QStringLiteral("text after the Wikipedia link of \"%1\""),
            QStringLiteral("text after the Wikipedia link of \"X\""));
    warning("text before entries", "Text.\nBiographien und Erkl\xC3\xA4rungen:\nLose.\nWas ist X?\nX.\n",
            QStringLiteral("text before the first explanation entry; kept as a section"));

    const auto error = [&](const char *name, const QByteArray &input, const QString &context, const QString &source) {
        QTest::newRow(name) << input << context << source << source << true;
    };
    error("too large", QByteArray(OzdParser::MaxFileBytes + 1, 'a'), parser,
          QStringLiteral("the file is larger than 20 MB"));
    error("empty", " \n\t\n", decoder, QStringLiteral("the file is empty"));
    error("nul byte", QByteArray("Text\0mehr", 9), decoder,
          QStringLiteral("the file is binary data, not a text article"));
    error("control characters", QByteArray(100, '\x01'), decoder,
          QStringLiteral("the file is binary data, not a text article"));
    error("broken UTF-8 after BOM", "\xEF\xBB\xBFgut \xC3(", decoder,
          QStringLiteral("the file claims to be UTF-8 but contains invalid byte sequences"));
}

void TestOzdParser::messages_goThroughTheTranslator()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, english);
    QFETCH(bool, isError);

    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const ParseResult result = OzdParser::parseBytes(input, QStringLiteral("test.txt"));
    QCoreApplication::removeTranslator(&translator);

    QVERIFY2(translator.asked.contains(std::pair(context, source)), qPrintable(source));
    if (isError) {
        QCOMPARE(result.error, MarkingTranslator::marked(english));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error));
    // The window gets the translation; FORMAT.md and --dump-json keep the English text.
    const QList<ParseWarning> &warnings = result.article.warnings();
    const auto found
        = std::find_if(warnings.begin(), warnings.end(), [&](const ParseWarning &w) { return w.message == english; });
    QVERIFY2(found != warnings.end(), qPrintable(warningsText(result.article)));
    QCOMPARE(found->translated, MarkingTranslator::marked(english));

    // Without a translator both forms are the English text.
    const ParseResult plain = OzdParser::parseBytes(input, QStringLiteral("test.txt"));
    for (const ParseWarning &w : plain.article.warnings())
        QCOMPARE(w.translated, w.message);
}

void TestOzdParser::lossless_onSeedAndSamples_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("seed") << Test::seedPath();
    for (const QString &file : Test::sampleFiles())
        QTest::newRow(qPrintable(file.section(QLatin1Char('/'), -1))) << file;
}

void TestOzdParser::lossless_onSeedAndSamples()
{
    QFETCH(QString, path);
    const ParseResult result = OzdParser::parseFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QStringDecoder decoder(result.article.encoding() == QLatin1String("windows-1252") ? "windows-1252" : "UTF-8");
    const QString text = decoder(Test::readAll(path));
    const QStringList missing = unrepresentedLines(text, result.article);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestOzdParser::lossless_onShuffledLines()
{
    // Any order of real lines, with blank lines sprinkled in, must still lose nothing.
    QStringList pool = QString::fromUtf8(Test::readAll(Test::seedPath())).split(QLatin1Char('\n'));
    pool << QString::fromUtf8(Test::readAll(Test::samplePath(QStringLiteral("klimagipfel-bonn.txt"))))
                .split(QLatin1Char('\n'));
    pool << QStringLiteral("Wikipedia-Seite:") << QStringLiteral("Foto:") << QStringLiteral("OZD-Kommentar: Titel")
         << QStringLiteral("Wikipedia-Seite: javascript:alert(1)") << QStringLiteral("Hintergrund:") << QString();
    QRandomGenerator rng(20261127);
    for (int round = 0; round < 2000; ++round) {
        QStringList lines;
        const int count = int(rng.bounded(1, 40));
        for (int i = 0; i < count; ++i)
            lines << pool[int(rng.bounded(pool.size()))];
        const QString text = lines.join(QLatin1Char('\n'));
        const Article a = parse(text);
        const QStringList missing = unrepresentedLines(text, a);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("round %1:\n%2\n--- missing:\n%3")
                                .arg(round)
                                .arg(text, missing.join(QLatin1Char('\n')))));
    }
}

void TestOzdParser::oddSpace_anywhereInALine_becomesASpace_data()
{
    // The line is scanned four characters at a time: every odd space at every offset in a block, after
    // letters below and above U+00A0.
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    for (const char16_t odd : { u'\t', u'\v', u'\f', char16_t(0xA0), char16_t(0x202F), char16_t(0x2007) }) {
        for (int offset = 1; offset <= 9; ++offset) {
            for (const char16_t letter : { u'a', u'ä', u'€' }) {
                const QString before(offset, QChar(letter));
                QTest::addRow("U+%04X after %d x U+%04X", unsigned(odd), offset, unsigned(letter))
                    << QString(before + QChar(odd) + QStringLiteral("Ende des Absatzes."))
                    << QString(before + QStringLiteral(" Ende des Absatzes."));
            }
        }
    }
}

void TestOzdParser::oddSpace_anywhereInALine_becomesASpace()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    const Article a = OzdParser::parseText(QStringLiteral("Titel\n\n") + line + QStringLiteral("\n\nZweiter Absatz.\n"),
                                           QStringLiteral("a.txt"));
    QCOMPARE(a.body().value(0), expected);
}

// Odd spaces are replaced in the whole text at once, in place where the parser owns it (the decoded bytes); a
// text the caller passes, and shares with others, stays as it was.
void TestOzdParser::oddSpaces_areReplacedInTheParsersCopyOnly()
{
    const QString text = QStringLiteral("Titel\n\n\tEins\u00A0zwei.\n\nDrei\tvier\u202F\n\nOZD /\u00A0©AFP\n");
    const QString shared = text;
    const QString unchanged(text.constData(), text.size()); // a deep copy, to compare with
    const QStringList body { QStringLiteral("Eins zwei."), QStringLiteral("Drei vier") };
    const Article a = OzdParser::parseText(text, QStringLiteral("a.txt"));
    QCOMPARE(a.body(), body);
    QCOMPARE(a.source()->line, QStringLiteral("OZD / ©AFP"));
    QCOMPARE(text, unchanged);
    QCOMPARE(shared, unchanged);
    const ParseResult fromBytes = OzdParser::parseBytes(text.toUtf8(), QStringLiteral("a.txt"));
    QVERIFY(fromBytes.ok());
    QCOMPARE(fromBytes.article.body(), body);
    QCOMPARE(fromBytes.article.source()->agencies, QStringList { QStringLiteral("AFP") });
}

QTEST_GUILESS_MAIN(TestOzdParser)
#include "tst_ozdparser.moc"
