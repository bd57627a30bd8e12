// ArticleText (the plain text every annotation refers to) and the Annotation value type.
#include "article/articletext.h"
#include "article/ozdparser.h"
#include "notes/annotation.h"
#include "support/notestestdata.h"
#include "support/testpaths.h"

#include <QTest>

using namespace Randnotiz;

class TestAnnotation final : public QObject
{
    Q_OBJECT

private slots:
    void plainText_followsReadingOrderJoinedByNewline();
    void plainText_numbersEntriesPerPart();
    void normalise_data();
    void normalise();
    void locations_roundTripForEveryOffset();
    void fingerprint_isSha256OfNormalisedText();
    void fingerprint_ignoresLineEndsWrappingAndEncoding();
    void fingerprint_changesWithOneLetter();
    void codePoints_countSurrogatePairsOnce();
    void create_takesQuoteContextAndLocation();
    void names_roundTrip();
    void cleanTags_trimsAndDropsDuplicates();
    void timestamps_areUtcWithZ();
};

void TestAnnotation::plainText_followsReadingOrderJoinedByNewline()
{
    const Article article = Test::articleFromText(Test::klimaText());
    const ArticleText text(article);
    const QStringList lines = text.text().split(u'\n');
    QCOMPARE(lines.size(), text.segments().size());
    QCOMPARE(lines.first(), article.headline());
    QCOMPARE(lines.at(1), article.body().first());
    QCOMPARE(lines.at(article.body().size() + 1), article.commentary()->title);
    QCOMPARE(lines.last(), *article.photo());

    QList<Part> order;
    int line = 0;
    for (const ArticleText::Segment &s : text.segments()) {
        QCOMPARE(text.text().mid(s.start, s.length), lines.at(line++));
        if (order.isEmpty() || order.last() != s.part)
            order.append(s.part);
    }
    // Reading order, every part once (the sample has them all).
    const QList<Part> expected { Part::Headline, Part::Body,        Part::Commentary, Part::Forecast,
                                 Part::Extra,    Part::Explanation, Part::Notes };
    QCOMPARE(order, expected);
}

void TestAnnotation::plainText_numbersEntriesPerPart()
{
    const Article article = Test::articleFromText(Test::klimaText());
    const ArticleText text(article);
    // Commentary: 0 is the title, 1.. the paragraphs.
    const auto commentaryFirst = text.offsetOf({ Part::Commentary, 1, 0 });
    QVERIFY(commentaryFirst);
    QVERIFY(text.text().mid(*commentaryFirst).startsWith(article.commentary()->paragraphs.first()));
    // Explanations: question, then its paragraphs, counted through all explanations.
    const Explanation &second = article.explanations().at(1);
    const int secondIndex = 1 + int(article.explanations().first().paragraphs.size());
    const auto question = text.offsetOf({ Part::Explanation, secondIndex, 0 });
    QVERIFY(question);
    QVERIFY(text.text().mid(*question).startsWith(second.question));
    // Notes: the Hinweise entries, then the photo credit.
    const auto photo = text.offsetOf({ Part::Notes, int(article.notes()->size()), 0 });
    QVERIFY(photo);
    QCOMPARE(text.text().mid(*photo), *article.photo());
    QVERIFY(!text.offsetOf({ Part::Body, 99, 0 }));
}

void TestAnnotation::normalise_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("spaces") << QStringLiteral("  a \t b  ") << QStringLiteral("a b");
    QTest::newRow("line ends") << QStringLiteral("a\r\nb\nc") << QStringLiteral("a b c");
    QTest::newRow("nbsp") << QStringLiteral("10\u00a0km") << QStringLiteral("10 km");
    QTest::newRow("soft hyphen") << QStringLiteral("Klima\u00adkonferenz") << QStringLiteral("Klimakonferenz");
    QTest::newRow("zero width") << QStringLiteral("a\u200bb\ufeff") << QStringLiteral("ab");
    QTest::newRow("nfc") << QStringLiteral("Erwa\u0308rmung") << QStringLiteral("Erw\u00e4rmung");
    QTest::newRow("empty") << QString() << QString();
}

void TestAnnotation::normalise()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ArticleText::normalise(input), expected);
}

void TestAnnotation::locations_roundTripForEveryOffset()
{
    const ArticleText text(Test::articleFromText(Test::klimaText()));
    for (const ArticleText::Segment &s : text.segments()) {
        for (int offset = s.start; offset <= s.end(); ++offset) {
            const auto location = text.locationOf(offset);
            QVERIFY(location);
            QCOMPARE(location->part, s.part);
            QCOMPARE(location->index, s.index);
            QCOMPARE(text.offsetOf(*location), std::optional<int>(offset));
        }
    }
    QVERIFY(!text.locationOf(-1));
    QVERIFY(!text.locationOf(int(text.text().size()) + 1));
}

void TestAnnotation::fingerprint_isSha256OfNormalisedText()
{
    const ArticleText text(Test::articleFromText(Test::klimaText()));
    QCOMPARE(text.fingerprint().size(), 64);
    QCOMPARE(text.fingerprint(),
             QString::fromLatin1(QCryptographicHash::hash(text.text().toUtf8(), QCryptographicHash::Sha256).toHex()));
}

void TestAnnotation::fingerprint_ignoresLineEndsWrappingAndEncoding()
{
    const QString original = Test::klimaText();
    const ArticleText a(Test::articleFromText(original));
    QString crlf = original;
    crlf.replace(u'\n', QStringLiteral("\r\n"));
    const ParseResult reencoded = OzdParser::parseBytes(Test::toWindows1252(crlf), QStringLiteral("artikel.txt"));
    QVERIFY(reencoded.ok());
    QCOMPARE(reencoded.article.encoding(), QStringLiteral("windows-1252"));
    QCOMPARE(ArticleText(reencoded.article).fingerprint(), a.fingerprint());

    const QString spaced = Test::replacedOnce(original, QStringLiteral("mit einem knappen Ergebnis"),
                                              QStringLiteral("mit  einem\tknappen   Ergebnis"));
    QCOMPARE(ArticleText(Test::articleFromText(spaced)).fingerprint(), a.fingerprint());
}

void TestAnnotation::fingerprint_changesWithOneLetter()
{
    const QString original = Test::klimaText();
    const QString edited
        = Test::replacedOnce(original, QStringLiteral("fast 190 Staaten"), QStringLiteral("fast 191 Staaten"));
    QVERIFY(ArticleText(Test::articleFromText(original)).fingerprint()
            != ArticleText(Test::articleFromText(edited)).fingerprint());
}

void TestAnnotation::codePoints_countSurrogatePairsOnce()
{
    const QString raw = QStringLiteral("Emoji \U0001F600 im Titel\nDer Text \U0001F4F0 folgt hier.\nOZD / ©dpa\n");
    const ArticleText text(Test::articleFromText(raw));
    const int utf16 = int(text.text().indexOf(QStringLiteral("folgt")));
    QVERIFY(utf16 > 0);
    QCOMPARE(text.toCodePoints(utf16), utf16 - 2);
    QCOMPARE(text.fromCodePoints(utf16 - 2), utf16);
    QCOMPARE(text.toCodePoints(3), 3);
    QCOMPARE(text.fromCodePoints(3), 3);
    for (int i = 0; i <= text.text().size(); ++i) {
        if (!text.text().at(std::min(i, int(text.text().size()) - 1)).isLowSurrogate() || i == text.text().size())
            QCOMPARE(text.fromCodePoints(text.toCodePoints(i)), i);
    }
}

void TestAnnotation::create_takesQuoteContextAndLocation()
{
    const Article article = Test::articleFromText(Test::klimaText());
    const ArticleText text(article);
    const QString quote = QStringLiteral("Strittige Fragen zur Finanzierung");
    const int start = int(text.text().indexOf(quote));
    const QDateTime now(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    const Annotation a = Annotation::create(text, start, start + int(quote.size()), now);
    QVERIFY(!a.id.isNull());
    QCOMPARE(a.quote, quote);
    QCOMPARE(a.prefix.size(), Annotation::ContextLength);
    QCOMPARE(a.prefix, text.text().mid(start - 32, 32));
    QCOMPARE(a.suffix, text.text().mid(start + quote.size(), 32));
    QCOMPARE(a.part, Part::Body);
    QCOMPARE(a.paragraph, 0);
    QCOMPARE(a.paragraphOffset, int(article.body().first().indexOf(quote)));
    QCOMPARE(a.created, now);
    QCOMPARE(a.modified, now);

    const Annotation first = Annotation::create(text, 0, 5, now);
    QVERIFY(first.prefix.isEmpty());
    QCOMPARE(first.part, Part::Headline);
}

void TestAnnotation::names_roundTrip()
{
    for (const Color c : AllColors)
        QCOMPARE(colorFromName(colorName(c)), std::optional<Color>(c));
    QVERIFY(!colorFromName(QStringLiteral("pink")));
    for (const AnchorStatus s :
         { AnchorStatus::Exact, AnchorStatus::Moved, AnchorStatus::Fuzzy, AnchorStatus::Orphaned })
        QCOMPARE(anchorStatusFromName(anchorStatusName(s)), std::optional<AnchorStatus>(s));
    const QStringList parts { QStringLiteral("headline"), QStringLiteral("body"),        QStringLiteral("commentary"),
                              QStringLiteral("forecast"), QStringLiteral("explanation"), QStringLiteral("notes"),
                              QStringLiteral("extra") };
    for (const QString &name : parts)
        QCOMPARE(partName(partFromName(name).value()), name);
    ColorLabels labels;
    labels.setLabel(Color::Yellow, QStringLiteral("wichtig"));
    QCOMPARE(labels.describe(Color::Yellow), QStringLiteral("yellow (wichtig)"));
    QCOMPARE(labels.describe(Color::Red), QStringLiteral("red"));
}

void TestAnnotation::cleanTags_trimsAndDropsDuplicates()
{
    QCOMPARE(Annotation::cleanTags(
                 { QStringLiteral(" klima "), QString(), QStringLiteral("klima"), QStringLiteral("bonn  2024") }),
             (QStringList { QStringLiteral("klima"), QStringLiteral("bonn 2024") }));
}

void TestAnnotation::timestamps_areUtcWithZ()
{
    const QDateTime berlin = QDateTime::fromString(QStringLiteral("2024-05-01T12:00:00.250+02:00"), Qt::ISODateWithMs);
    QCOMPARE(utcTimestamp(berlin), QStringLiteral("2024-05-01T10:00:00.250Z"));
    QCOMPARE(parseUtcTimestamp(QStringLiteral("2024-05-01T10:00:00Z")),
             QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(parseUtcTimestamp(QStringLiteral("2024-05-01T10:00:00.250Z")),
             QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 250), Qt::UTC));
    QCOMPARE(parseUtcTimestamp(utcTimestamp(berlin)), berlin.toUTC());
    QVERIFY(!parseUtcTimestamp(QStringLiteral("2024-13-01T10:00:00.000Z")).isValid());
    QVERIFY(!parseUtcTimestamp(QStringLiteral("2024-05-01T10:0x:00.000Z")).isValid());
    QVERIFY(!parseUtcTimestamp(QStringLiteral("gestern")).isValid());
}

QTEST_GUILESS_MAIN(TestAnnotation)
#include "tst_annotation.moc"
