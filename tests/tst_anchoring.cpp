// Re-anchoring annotations after the article changed: exact, moved, fuzzy and orphaned, one case each
// from the issue, on the real sample article.
#include "article/articletext.h"
#include "article/ozdparser.h"
#include "notes/anchoring.h"
#include "support/notestestdata.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace Randnotiz;

class TestAnchoring final : public QObject
{
    Q_OBJECT

private slots:
    void unchanged_isExact();
    void insertionInEarlierParagraph_staysExact();
    void insertionBeforeQuoteInSameParagraph_isMoved();
    void newParagraphBefore_isMoved();
    void insertionAfterQuote_isExact();
    void insertionInsideQuote_isFuzzyOverTheNewText();
    void changedWord_isFuzzy();
    void deletedSentence_isOrphaned();
    void deletedSentenceWithLookAlikeElsewhere_isOrphanedNotAttached();
    void duplicatedSentence_contextDecides();
    void duplicatedRightAfter_staysOnTheFirst();
    void whitespaceAndLineEnds_areExact();
    void reencodedFile_isExact();
    void twoEquallyGoodFuzzyMatches_areOrphaned();
    void shortQuoteFoundOnlyOutOfContext_isOrphaned();
    void reanchor_updatesPositionAndIsStable();
    void reanchor_orphanKeepsWhatTheUserMarked();
    void editDistance_basics();
    void editDistance_bitParallelAgreesWithTheTable();
    void megabyteParagraph_fewEdits_isFuzzyWithExactOffsets();
    void megabyteParagraph_heavyEdits_givesUpWithinTheErrorBound();
    void longQuote_errorCountIsBounded();

private:
    static Annotation annotate(const QString &raw, const QString &quote, int occurrence = 0);
    static AnchorResult anchorIn(const QString &raw, const Annotation &a);
    static QString at(const QString &raw, const AnchorResult &r);
};

Annotation TestAnchoring::annotate(const QString &raw, const QString &quote, int occurrence)
{
    const ArticleText text(Test::articleFromText(raw));
    qsizetype start = -1;
    for (int i = 0; i <= occurrence; ++i)
        start = text.text().indexOf(quote, start + 1);
    if (start < 0)
        qFatal("quote not in text");
    return Annotation::create(text, int(start), int(start + quote.size()));
}

AnchorResult TestAnchoring::anchorIn(const QString &raw, const Annotation &a)
{
    return Anchoring::find(ArticleText(Test::articleFromText(raw)), a);
}

QString TestAnchoring::at(const QString &raw, const AnchorResult &r)
{
    return ArticleText(Test::articleFromText(raw)).text().mid(r.start, r.end - r.start);
}

namespace {

const QString vertagt = QStringLiteral("Strittige Fragen zur Finanzierung wurden dagegen erneut vertagt.");
const QString mehrheit = QStringLiteral("Der Vorschlag fand jedoch keine Mehrheit.");

} // namespace

void TestAnchoring::unchanged_isExact()
{
    const QString raw = Test::klimaText();
    const Annotation a = annotate(raw, mehrheit);
    const AnchorResult r = anchorIn(raw, a);
    QCOMPARE(r.status, AnchorStatus::Exact);
    QCOMPARE(r.start, a.start);
    QCOMPARE(r.end, a.end);
}

void TestAnchoring::insertionInEarlierParagraph_staysExact()
{
    const QString raw = Test::klimaText();
    const Annotation a = annotate(raw, mehrheit);
    const QString edited = Test::replacedOnce(raw, vertagt, vertagt + QStringLiteral(" Ein neuer Satz kam dazu."));
    const AnchorResult r = anchorIn(edited, a);
    QCOMPARE(r.status, AnchorStatus::Exact);
    QCOMPARE(r.start, a.start + 25);
    QCOMPARE(at(edited, r), mehrheit);
}

void TestAnchoring::insertionBeforeQuoteInSameParagraph_isMoved()
{
    const QString raw = Test::klimaText();
    const Annotation a = annotate(raw, mehrheit);
    const QString edited = Test::replacedOnce(raw, mehrheit, QStringLiteral("Das dauerte. ") + mehrheit);
    const AnchorResult r = anchorIn(edited, a);
    QCOMPARE(r.status, AnchorStatus::Moved);
    QCOMPARE(at(edited, r), mehrheit);
    QCOMPARE(r.start, a.start + 13);
}

void TestAnchoring::newParagraphBefore_isMoved()
{
    const QString raw = Test::klimaText();
    const Annotation a = annotate(raw, mehrheit);
    const QString edited = Test::replacedOnce(raw, QStringLiteral("\nGastgeber der Gespräche"),
                                              QStringLiteral("\nEin ganz neuer Absatz.\nGastgeber der Gespräche"));
    const AnchorResult r = anchorIn(edited, a);
    QCOMPARE(r.status, AnchorStatus::Moved);
    QCOMPARE(at(edited, r), mehrheit);
}

void TestAnchoring::insertionAfterQuote_isExact()
{
    const QString raw = Test::klimaText();
    const Annotation a = annotate(raw, vertagt);
    const QString edited = Test::replacedOnce(raw, vertagt, vertagt + QStringLiteral(" Danach kam nichts mehr."));
    const AnchorResult r = anchorIn(edited, a);
    QCOMPARE(r.status, AnchorStatus::Exact);
    QCOMPARE(r.start, a.start);
}

void TestAnchoring::insertionInsideQuote_isFuzzyOverTheNewText()
{
    const QString raw = Test::klimaText();
    const Annotation a = annotate(raw, vertagt);
    const QString changed
        = QStringLiteral("Strittige Fragen zur Finanzierung wurden dagegen auf Drängen der Geber erneut vertagt.");
    const QString edited = Test::replacedOnce(raw, vertagt, changed);
    const AnchorResult r = anchorIn(edited, a);
    QCOMPARE(r.status, AnchorStatus::Fuzzy);
    QCOMPARE(at(edited, r), changed);
}

void TestAnchoring::changedWord_isFuzzy()
{
    const QString raw = Test::klimaText();
    const Annotation a = annotate(raw, mehrheit);
    const QString changed = QStringLiteral("Der Vorschlag fand allerdings keine Mehrheit.");
    const QString edited = Test::replacedOnce(raw, mehrheit, changed);
    const AnchorResult r = anchorIn(edited, a);
    QCOMPARE(r.status, AnchorStatus::Fuzzy);
    QCOMPARE(at(edited, r), changed);
}

void TestAnchoring::deletedSentence_isOrphaned()
{
    const QString raw = Test::klimaText();
    const Annotation a = annotate(raw, mehrheit);
    const QString edited = Test::replacedOnce(raw, QStringLiteral(" ") + mehrheit, QString());
    const AnchorResult r = anchorIn(edited, a);
    QCOMPARE(r.status, AnchorStatus::Orphaned);
    QCOMPARE(r.start, -1);
}

void TestAnchoring::deletedSentenceWithLookAlikeElsewhere_isOrphanedNotAttached()
{
    const QString raw = Test::klimaText();
    const Annotation a = annotate(raw, mehrheit);
    QString edited = Test::replacedOnce(raw, QStringLiteral(" ") + mehrheit, QString());
    // A sentence one word away from the deleted one, in another paragraph.
    edited = Test::replacedOnce(
        edited, QStringLiteral("Umweltverbände zeigten sich enttäuscht."),
        QStringLiteral("Umweltverbände zeigten sich enttäuscht. Der Antrag fand jedoch keine Mehrheit."));
    const AnchorResult r = anchorIn(edited, a);
    QCOMPARE(r.status, AnchorStatus::Orphaned);
}

void TestAnchoring::duplicatedSentence_contextDecides()
{
    const QString raw = Test::klimaText();
    const Annotation a = annotate(raw, mehrheit);
    // The sentence now also stands at the end of the first paragraph, and the original moved within its own.
    QString edited = Test::replacedOnce(raw, QStringLiteral("Besonders umstritten blieb"),
                                        QStringLiteral("Neu eingefügt. Besonders umstritten blieb"));
    edited = Test::replacedOnce(edited, QStringLiteral("„Ergebnis auf dem kleinsten gemeinsamen Nenner“."),
                                QStringLiteral("„Ergebnis auf dem kleinsten gemeinsamen Nenner“. ") + mehrheit);
    const ArticleText text(Test::articleFromText(edited));
    QCOMPARE(text.text().count(mehrheit), 2);
    const AnchorResult r = Anchoring::find(text, a);
    QCOMPARE(r.status, AnchorStatus::Moved);
    QCOMPARE(r.start, int(text.text().lastIndexOf(mehrheit)));
}

void TestAnchoring::duplicatedRightAfter_staysOnTheFirst()
{
    const QString raw = Test::klimaText();
    const Annotation a = annotate(raw, vertagt);
    const QString edited = Test::replacedOnce(raw, vertagt, vertagt + u' ' + vertagt);
    const AnchorResult r = anchorIn(edited, a);
    QCOMPARE(r.status, AnchorStatus::Exact);
    QCOMPARE(r.start, a.start);
}

void TestAnchoring::whitespaceAndLineEnds_areExact()
{
    const QString raw = Test::klimaText();
    const Annotation a = annotate(raw, vertagt);
    QString edited = Test::replacedOnce(raw, QStringLiteral("zur Finanzierung wurden"),
                                        QStringLiteral("zur  Finanzierung\twurden"));
    edited.replace(u'\n', QStringLiteral("\r\n"));
    const AnchorResult r = anchorIn(edited, a);
    QCOMPARE(r.status, AnchorStatus::Exact);
    QCOMPARE(r.start, a.start);
    QCOMPARE(r.end, a.end);
}

void TestAnchoring::reencodedFile_isExact()
{
    const QString raw = Test::klimaText();
    const Annotation a = annotate(raw, QStringLiteral("„Ergebnis auf dem kleinsten gemeinsamen Nenner“"));
    const ParseResult reencoded = OzdParser::parseBytes(Test::toWindows1252(raw), QStringLiteral("artikel.txt"));
    QVERIFY(reencoded.ok());
    const AnchorResult r = Anchoring::find(ArticleText(reencoded.article), a);
    QCOMPARE(r.status, AnchorStatus::Exact);
    QCOMPARE(r.start, a.start);
}

void TestAnchoring::twoEquallyGoodFuzzyMatches_areOrphaned()
{
    const QString paragraph
        = QStringLiteral("Im Rathaus hieß es am Abend: Der Ausschuss stimmte dem Plan am Montag zu. "
                         "Weitere Schritte folgen später.");
    const QString raw = QStringLiteral("Titel der Meldung\nErster Absatz ohne Bezug.\n") + paragraph + u'\n'
        + QStringLiteral("Ein Absatz dazwischen.\n") + paragraph + QStringLiteral("\nOZD / ©dpa\n");
    const Annotation a = annotate(raw, QStringLiteral("Der Ausschuss stimmte dem Plan am Montag zu."));
    QString edited = raw;
    edited.replace(QStringLiteral("am Montag"), QStringLiteral("am Dienstag"));
    edited.replace(QStringLiteral("Erster Absatz ohne Bezug."), QStringLiteral("Neu.\nErster Absatz ohne Bezug."));
    QCOMPARE(anchorIn(edited, a).status, AnchorStatus::Orphaned);

    // With one copy only, the same edit is a clear fuzzy match.
    const QString single
        = Test::replacedOnce(raw, u'\n' + paragraph + QStringLiteral("\nOZD"), QStringLiteral("\nOZD"));
    const Annotation b = annotate(single, QStringLiteral("Der Ausschuss stimmte dem Plan am Montag zu."));
    const QString singleEdited = Test::replacedOnce(single, QStringLiteral("am Montag"), QStringLiteral("am Dienstag"));
    const AnchorResult r = anchorIn(singleEdited, b);
    QCOMPARE(r.status, AnchorStatus::Fuzzy);
    QCOMPARE(at(singleEdited, r), QStringLiteral("Der Ausschuss stimmte dem Plan am Dienstag zu."));
}

void TestAnchoring::shortQuoteFoundOnlyOutOfContext_isOrphaned()
{
    const QString raw = Test::klimaText();
    const Annotation a = annotate(raw, QStringLiteral("Applaus"));
    QString edited = Test::replacedOnce(raw,
                                        QStringLiteral(" Ihr Auftritt wurde vor allem von jüngeren Delegierten mit "
                                                       "langem Applaus bedacht."),
                                        QString());
    edited = Test::replacedOnce(edited, QStringLiteral("Die Stadt Bonn zog dagegen"),
                                QStringLiteral("Die Stadt Bonn zog unter Applaus dagegen"));
    QCOMPARE(anchorIn(edited, a).status, AnchorStatus::Orphaned);
}

void TestAnchoring::reanchor_updatesPositionAndIsStable()
{
    const QString raw = Test::klimaText();
    Annotation a = annotate(raw, mehrheit);
    const Annotation original = a;
    const QString changed = QStringLiteral("Der Vorschlag fand allerdings keine Mehrheit.");
    const ArticleText edited(
        Test::articleFromText(Test::replacedOnce(raw, mehrheit, QStringLiteral("Vorher. ") + changed)));
    QVERIFY(Anchoring::reanchor(edited, a));
    QCOMPARE(a.status, AnchorStatus::Fuzzy);
    QCOMPARE(a.quote, original.quote); // what the user marked stays
    QCOMPARE(edited.text().mid(a.start, a.end - a.start), changed);
    QCOMPARE(a.paragraphOffset, original.paragraphOffset + 8);
    QCOMPARE(a.id, original.id);
    QCOMPARE(a.note, original.note);
    const Annotation once = a;
    QVERIFY(!Anchoring::reanchor(edited, a));
    QCOMPARE(a, once);
}

void TestAnchoring::reanchor_orphanKeepsWhatTheUserMarked()
{
    const QString raw = Test::klimaText();
    Annotation a = annotate(raw, mehrheit);
    const Annotation original = a;
    const ArticleText edited(Test::articleFromText(Test::replacedOnce(raw, QStringLiteral(" ") + mehrheit, QString())));
    QVERIFY(Anchoring::reanchor(edited, a));
    QCOMPARE(a.status, AnchorStatus::Orphaned);
    a.status = original.status;
    QCOMPARE(a, original);
}

void TestAnchoring::editDistance_basics()
{
    QCOMPARE(Anchoring::editDistance(u"", u""), 0);
    QCOMPARE(Anchoring::editDistance(u"Montag", u"Dienstag"), 4);
    QCOMPARE(Anchoring::editDistance(u"abc", u""), 3);
    QCOMPARE(Anchoring::similarity(u"", u""), 1.0);
    QCOMPARE(Anchoring::similarity(u"abcd", u"abcf"), 0.75);
}

namespace {

// The textbook table, as the reference for the bit-parallel version.
int tableDistance(QStringView a, QStringView b)
{
    std::vector<int> row(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[std::size_t(j)];
            row[std::size_t(j)]
                = std::min({ above + 1, row[std::size_t(j - 1)] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1) });
            diagonal = above;
        }
    }
    return row.back();
}

QString randomText(QRandomGenerator &random, int length, int alphabet)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text += QChar(u'a' + int(random.bounded(alphabet)));
    return text;
}

// A paragraph of about `length` characters of words that do not repeat in any pattern that matters.
QString hugeParagraph(int length, quint32 seed)
{
    static const QStringList words {
        QStringLiteral("Regierung"), QStringLiteral("Hafen"),   QStringLiteral("Bürger"), QStringLiteral("Haushalt"),
        QStringLiteral("Verkehr"),   QStringLiteral("Schule"),  QStringLiteral("Klima"),  QStringLiteral("Gemeinde"),
        QStringLiteral("Bahn"),      QStringLiteral("Energie"), QStringLiteral("Wahl"),   QStringLiteral("Gericht")
    };
    QRandomGenerator random(seed);
    QString text;
    text.reserve(length + 32);
    int sentence = 0;
    while (text.size() < length) {
        text += QStringLiteral("Satz %1 nennt ").arg(sentence++);
        for (int w = 0; w < 8; ++w)
            text += words.at(random.bounded(int(words.size()))) + (w == 7 ? QStringLiteral(". ") : QStringLiteral(" "));
    }
    return text.trimmed();
}

QString articleAround(const QString &paragraph)
{
    return QStringLiteral("Ein Absatz ohne Ende\nDer erste Absatz steht davor und bleibt.\n") + paragraph
        + QStringLiteral("\nDer letzte Absatz steht danach und bleibt auch.\nOZD / ©dpa\n");
}

// A megabyte of text: the size of a highlight over a whole, very long paragraph.
constexpr int Megabyte = 1 << 20;
// A generous ceiling for the tests below (a slow, shared machine, a debug or sanitizer build); the proof of the
// bound is the algorithm's complexity, this only catches a quadratic table coming back (hours, not seconds).
constexpr qint64 CeilingMs = 2000;

} // namespace

void TestAnchoring::editDistance_bitParallelAgreesWithTheTable()
{
    QRandomGenerator random(20261201);
    for (int round = 0; round < 300; ++round) {
        const int alphabet = 2 + int(random.bounded(6));
        const QString a = randomText(random, int(random.bounded(300)), alphabet);
        QString b = a;
        // Related strings (the interesting case) and unrelated ones.
        if (round % 3 == 0) {
            b = randomText(random, int(random.bounded(300)), alphabet);
        } else {
            for (int e = int(random.bounded(40)); e > 0 && !b.isEmpty(); --e) {
                const int at = int(random.bounded(int(b.size())));
                switch (random.bounded(3)) {
                case 0:
                    b[at] = QChar(u'a' + int(random.bounded(alphabet)));
                    break;
                case 1:
                    b.remove(at, 1);
                    break;
                default:
                    b.insert(at, QChar(u'z'));
                }
            }
        }
        QCOMPARE(Anchoring::editDistance(a, b), tableDistance(a, b));
    }
}

void TestAnchoring::megabyteParagraph_fewEdits_isFuzzyWithExactOffsets()
{
    const QString paragraph = hugeParagraph(Megabyte, 7);
    const QString raw = articleAround(paragraph);
    const Annotation a = annotate(raw, paragraph);
    QCOMPARE(a.quote.size(), paragraph.size());

    // A word changed near the start, one in the middle, a letter gone near the end, words inserted, and a
    // new paragraph before it, so that neither the stored position nor the exact quote holds.
    QString changed = paragraph;
    changed.replace(100, 5, QStringLiteral("XXXXXXXX"));
    changed.insert(changed.size() / 2, QStringLiteral(" und noch ein paar Worte"));
    changed.remove(changed.size() - 200, 1);
    changed.replace(changed.size() - 50, 3, QStringLiteral("yy"));
    const QString edited
        = Test::replacedOnce(raw, QStringLiteral("Der erste Absatz"), QStringLiteral("Ganz neu.\nDer erste Absatz"));
    const QString editedRaw = Test::replacedOnce(edited, paragraph, changed);
    const ArticleText text(Test::articleFromText(editedRaw));
    const int expectedStart = int(text.text().indexOf(changed));
    QVERIFY(expectedStart > 0);

    QElapsedTimer timer;
    timer.start();
    const AnchorResult r = Anchoring::find(text, a);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(r.status, AnchorStatus::Fuzzy);
    QCOMPARE(r.start, expectedStart);
    QCOMPARE(r.end, expectedStart + int(changed.size()));
    QVERIFY2(elapsed < CeilingMs, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

void TestAnchoring::megabyteParagraph_heavyEdits_givesUpWithinTheErrorBound()
{
    const QString paragraph = hugeParagraph(Megabyte, 11);
    const QString raw = articleAround(paragraph);
    const Annotation a = annotate(raw, paragraph);

    // One character in 500 changed, spread over the whole paragraph: about 2,000 differences, far more than
    // any approximate match may have, though each stretch between them is intact.
    QString changed = paragraph;
    for (qsizetype at = 250; at < changed.size(); at += 500)
        changed[at] = changed.at(at) == u'#' ? u'+' : u'#';
    const QString edited = Test::replacedOnce(raw, paragraph, QStringLiteral("Neu. ") + changed);

    QElapsedTimer timer;
    timer.start();
    const AnchorResult r = anchorIn(edited, a);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(r.status, AnchorStatus::Orphaned);
    QCOMPARE(r.start, -1);
    QVERIFY2(elapsed < CeilingMs, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

void TestAnchoring::longQuote_errorCountIsBounded()
{
    // A quote of 4,000 characters: 30 % would allow 1,200 differences; the bound allows MaxFuzzyErrorCount.
    const QString paragraph = hugeParagraph(4000, 3);
    const QString raw = articleAround(paragraph);
    const Annotation a = annotate(raw, paragraph);
    const auto changedEvery = [&](int step) {
        QString changed = paragraph;
        for (qsizetype at = step / 2; at < changed.size(); at += step)
            changed[at] = u'#';
        return changed;
    };
    const int length = int(paragraph.size());
    // Just within the bound: found.
    const QString within = changedEvery(length / (Anchoring::MaxFuzzyErrorCount - 20));
    const QString moved = Test::replacedOnce(raw, QStringLiteral("Der erste"), QStringLiteral("Neu.\nDer erste"));
    const QString editedWithin = Test::replacedOnce(moved, paragraph, within);
    const AnchorResult found = anchorIn(editedWithin, a);
    QCOMPARE(found.status, AnchorStatus::Fuzzy);
    QCOMPARE(at(editedWithin, found), within);
    // Twice the bound, still far under 30 % of the quote: orphaned.
    const QString beyond = changedEvery(length / (2 * Anchoring::MaxFuzzyErrorCount));
    QCOMPARE(anchorIn(Test::replacedOnce(moved, paragraph, beyond), a).status, AnchorStatus::Orphaned);
}

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
