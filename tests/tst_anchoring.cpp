// Re-anchoring annotations after the article changed: exact, moved, fuzzy and orphaned, one case each
// from the issue, on the real sample article.
#include "article/articletext.h"
#include "article/ozdparser.h"
#include "notes/anchoring.h"
#include "support/notestestdata.h"

#include <QTest>

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

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
