// ArticleModel: the tree of one article, checked by QAbstractItemModelTester.
#include "article/ozdparser.h"
#include "models/articlemodel.h"
#include "support/testpaths.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Randnotiz;

class TestArticleModel final : public QObject
{
    Q_OBJECT

private slots:
    void sample_hasPartsInReadingOrder();
    void paragraphsAndEntries_carryTextSubjectAndLink();
    void anchors_areStableAndFindTheirItem();
    void setArticle_resetsOnce();
    void everySample_passesTheModelTester();
    void articleWithoutOptionalParts_hasOnlyBody();
};

namespace {

Article parseSample(const QString &name)
{
    const ParseResult r = OzdParser::parseFile(Test::samplePath(name));
    return r.article;
}

} // namespace

void TestArticleModel::sample_hasPartsInReadingOrder()
{
    ArticleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(parseSample(QStringLiteral("klimagipfel-bonn.txt")));

    QStringList kinds;
    for (int row = 0; row < model.rowCount(); ++row)
        kinds << itemKindLabel(ItemKind(model.index(row, 0).data(KindRole).toInt()));
    QCOMPARE(kinds,
             (QStringList { QStringLiteral("Article"), QStringLiteral("Commentary"), QStringLiteral("Forecast"),
                            QStringLiteral("Section"), QStringLiteral("Persons and terms"),
                            QStringLiteral("Notes and photo credit") }));
    QCOMPARE(model.index(0, 0).data(TitleRole).toString(),
             QStringLiteral("Bonner Klimakonferenz endet mit Minimalkompromiss zur Anpassung"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Commentary: Bonn zeigt die Grenzen der Geduld"));
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Hintergrund"));
    QCOMPARE(model.rowCount(model.index(0, 0)), 5);
    QCOMPARE(model.index(4, 0).data(CountRole).toInt(), 4);
    // Notes, source credit and photo credit
    const QModelIndex notes = model.index(5, 0);
    QCOMPARE(model.rowCount(notes), 3);
    QCOMPARE(ItemKind(model.index(1, 0, notes).data(KindRole).toInt()), ItemKind::SourceCredit);
    QCOMPARE(model.index(1, 0, notes).data(PlainTextRole).toString(), QStringLiteral("OZD / ©dpa, Reuters"));
    QCOMPARE(ItemKind(model.index(2, 0, notes).data(KindRole).toInt()), ItemKind::PhotoCredit);
}

void TestArticleModel::paragraphsAndEntries_carryTextSubjectAndLink()
{
    ArticleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(parseSample(QStringLiteral("klimagipfel-bonn.txt")));

    const QModelIndex body = model.partIndex(ItemKind::Body);
    const QModelIndex second = model.index(1, 0, body);
    QVERIFY(second.data(PlainTextRole).toString().startsWith(QStringLiteral("Gastgeber der Gespräche")));
    QCOMPARE(ItemKind(second.data(KindRole).toInt()), ItemKind::Paragraph);
    QVERIFY(second.data(Qt::DisplayRole).toString().size() <= 91);
    QCOMPARE(second.parent(), body);

    const QModelIndex entries = model.partIndex(ItemKind::Explanations);
    const QModelIndex first = model.index(0, 0, entries);
    QCOMPARE(first.data(SubjectRole).toString(), QStringLiteral("Simon Stiell"));
    QCOMPARE(SubjectKind(first.data(SubjectKindRole).toInt()), SubjectKind::Person);
    QCOMPARE(first.data(WikipediaUrlRole).toUrl(), QUrl(QStringLiteral("https://en.wikipedia.org/wiki/Simon_Stiell")));
    QCOMPARE(first.data(EntryIndexRole).toInt(), 0);
    const QModelIndex term = model.index(2, 0, entries);
    QCOMPARE(SubjectKind(term.data(SubjectKindRole).toInt()), SubjectKind::Term);
    // A paragraph has no subject.
    QVERIFY(!second.data(SubjectRole).isValid());
    QVERIFY(!model.index(0, 0).data(Qt::UserRole + 999).isValid());
}

void TestArticleModel::anchors_areStableAndFindTheirItem()
{
    ArticleModel model;
    model.setArticle(parseSample(QStringLiteral("klimagipfel-bonn.txt")));
    const QStringList anchors
        = { QStringLiteral("body"),        QStringLiteral("body/p4"),         QStringLiteral("commentary/p1"),
            QStringLiteral("forecast/p0"), QStringLiteral("explanations/e3"), QStringLiteral("section/0/p1"),
            QStringLiteral("notes/photo") };
    for (const QString &anchor : anchors) {
        const QModelIndex found = model.indexForAnchor(anchor);
        QVERIFY2(found.isValid(), qPrintable(anchor));
        QCOMPARE(found.data(AnchorRole).toString(), anchor);
    }
    QVERIFY(!model.indexForAnchor(QStringLiteral("body/p99")).isValid());
    QVERIFY(!model.indexForAnchor(QStringLiteral("nonsense")).isValid());

    // The same article parsed again gives the same anchors.
    ArticleModel again;
    again.setArticle(parseSample(QStringLiteral("klimagipfel-bonn.txt")));
    QCOMPARE(again.indexForAnchor(QStringLiteral("explanations/e3")).data(SubjectRole),
             model.indexForAnchor(QStringLiteral("explanations/e3")).data(SubjectRole));
}

void TestArticleModel::setArticle_resetsOnce()
{
    ArticleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // no article yet
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setArticle(parseSample(QStringLiteral("hafenstreik-hamburg.txt")));
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QVERIFY(model.rowCount() > 1);
}

void TestArticleModel::everySample_passesTheModelTester()
{
    ArticleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList files = Test::sampleFiles();
    files << Test::seedPath();
    for (const QString &file : files) {
        const ParseResult r = OzdParser::parseFile(file);
        QVERIFY2(r.ok(), qPrintable(file));
        model.setArticle(r.article);
        int items = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex p = model.index(row, 0);
            QCOMPARE(p.data(CountRole).toInt(), model.rowCount(p));
            items += model.rowCount(p);
            for (int c = 0; c < model.rowCount(p); ++c)
                QCOMPARE(model.indexForAnchor(model.index(c, 0, p).data(AnchorRole).toString()), model.index(c, 0, p));
        }
        QVERIFY(items > 0);
    }
}

void TestArticleModel::articleWithoutOptionalParts_hasOnlyBody()
{
    ArticleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(
        OzdParser::parseText(QStringLiteral("Titel\nEin Absatz.\nNoch einer.\n"), QStringLiteral("x.txt")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    QVERIFY(!model.partIndex(ItemKind::Commentary).isValid());
}

QTEST_GUILESS_MAIN(TestArticleModel)
#include "tst_articlemodel.moc"
