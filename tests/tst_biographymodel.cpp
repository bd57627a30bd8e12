// BiographyModel: persons and terms in order, and the summary results a worker delivers.
#include "article/ozdparser.h"
#include "models/biographymodel.h"
#include "support/testpaths.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Randnotiz;

class TestBiographyModel final : public QObject
{
    Q_OBJECT

private slots:
    void rows_areEntriesInOrderWithQuestionTextAndLink();
    void newArticle_startsNotLoaded();
    void applySummary_updatesOnlyRowsWithThatUrl();
    void applySummary_unknownUrl_changesNothing();
    void newArticle_rowsOfAUrlAreFoundAgain();
    void errorAndOffline_keepTheirMessage();
    void invalidLink_hasNoUrlAndNoSummaryUrl();
    void suggestionAndChosenLink_onlyForRowsWithoutALink();
};

namespace {

Article sample(const QString &name)
{
    return OzdParser::parseFile(Test::samplePath(name)).article;
}

// Two entries pointing at the same page, one at another, one with no link.
Article duplicateLinks()
{
    return OzdParser::parseText(QStringLiteral("Titel\nText über Anna Beispiel.\n"
                                               "Biographien und Erklärungen:\n"
                                               "Wer ist Anna Beispiel?\nEine Person.\n"
                                               "Wikipedia-Seite: https://de.wikipedia.org/wiki/Anna_Beispiel\n"
                                               "Was ist der Beispielrat?\nEin Gremium.\n"
                                               "Wikipedia-Seite: https://de.wikipedia.org/wiki/Beispielrat\n"
                                               "Wer ist A. Beispiel?\nDieselbe Person.\n"
                                               "Wikipedia-Seite: https://de.m.wikipedia.org/wiki/Anna_Beispiel\n"
                                               "Was ist ohne Link?\nNichts.\n"),
                                QStringLiteral("dup.txt"));
}

} // namespace

void TestBiographyModel::rows_areEntriesInOrderWithQuestionTextAndLink()
{
    BiographyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(sample(QStringLiteral("klimagipfel-bonn.txt")));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Simon Stiell"));
    QCOMPARE(model.index(1).data(SubjectRole).toString(), QStringLiteral("Christiana Figueres"));
    QCOMPARE(model.index(2).data(QuestionRole).toString(), QStringLiteral("Was ist das Pariser Klimaabkommen?"));
    QCOMPARE(SubjectKind(model.index(0).data(SubjectKindRole).toInt()), SubjectKind::Person);
    QCOMPARE(SubjectKind(model.index(3).data(SubjectKindRole).toInt()), SubjectKind::Term);
    QVERIFY(model.index(1)
                .data(ParagraphsRole)
                .toStringList()
                .first()
                .startsWith(QStringLiteral("Christiana Figueres ist")));
    QCOMPARE(model.index(1).data(WikipediaUrlRole).toUrl(),
             QUrl(QStringLiteral("https://de.wikipedia.org/wiki/Christiana_Figueres")));
    QCOMPARE(model.index(0).data(LinkTextRole).toString(),
             QStringLiteral("https://en.m.wikipedia.org/wiki/Simon_Stiell"));
    QCOMPARE(model.index(3).data(AnchorRole).toString(), QStringLiteral("explanations/e3"));
}

void TestBiographyModel::newArticle_startsNotLoaded()
{
    BiographyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setArticle(sample(QStringLiteral("klimagipfel-bonn.txt")));
    QCOMPARE(reset.count(), 1);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(SummaryState(model.index(row).data(SummaryStateRole).toInt()), SummaryState::NotLoaded);
        QVERIFY(model.index(row).data(SummaryExtractRole).toString().isEmpty());
    }
    QCOMPARE(summaryStateLabel(SummaryState::NotLoaded), QStringLiteral("Wikipedia summary not loaded yet"));
}

void TestBiographyModel::applySummary_updatesOnlyRowsWithThatUrl()
{
    BiographyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(duplicateLinks());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.summaryUrls(),
             (QList<QUrl> { QUrl(QStringLiteral("https://de.wikipedia.org/wiki/Anna_Beispiel")),
                            QUrl(QStringLiteral("https://de.wikipedia.org/wiki/Beispielrat")) }));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    SummaryResult result;
    result.articleUrl = QUrl(QStringLiteral("https://de.wikipedia.org/wiki/Anna_Beispiel"));
    result.state = SummaryState::Loaded;
    result.summary.title = QStringLiteral("Anna Beispiel");
    result.summary.description = QStringLiteral("deutsche Beispielperson");
    result.summary.extract = QStringLiteral("Anna Beispiel ist <b>kein</b> Mensch.");
    result.summary.thumbnail = QByteArray("\x89PNG", 4);
    result.summary.fetchedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    result.summary.pageUrl = result.articleUrl;
    model.applySummary(result);

    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 2);
    for (int row : { 0, 2 }) {
        const QModelIndex i = model.index(row);
        QCOMPARE(SummaryState(i.data(SummaryStateRole).toInt()), SummaryState::Loaded);
        QCOMPARE(i.data(SummaryTitleRole).toString(), QStringLiteral("Anna Beispiel"));
        QCOMPARE(i.data(SummaryDescriptionRole).toString(), QStringLiteral("deutsche Beispielperson"));
        QCOMPARE(i.data(SummaryExtractRole).toString(), QStringLiteral("Anna Beispiel ist <b>kein</b> Mensch."));
        QCOMPARE(i.data(SummaryThumbnailRole).toByteArray(), QByteArray("\x89PNG", 4));
        QCOMPARE(i.data(SummaryFetchedAtRole).toDateTime(), result.summary.fetchedAt);
        QCOMPARE(i.data(SummaryPageUrlRole).toUrl(), result.articleUrl);
    }
    QCOMPARE(SummaryState(model.index(1).data(SummaryStateRole).toInt()), SummaryState::NotLoaded);
    QCOMPARE(SummaryState(model.index(3).data(SummaryStateRole).toInt()), SummaryState::NotLoaded);
}

void TestBiographyModel::newArticle_rowsOfAUrlAreFoundAgain()
{
    // The rows of each link are looked up, not searched: after another article the lookup is that article's.
    BiographyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(duplicateLinks());
    const Article sample = OzdParser::parseFile(Test::samplePath(QStringLiteral("klimagipfel-bonn.txt"))).article;
    model.setArticle(sample);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    SummaryResult old;
    old.articleUrl = QUrl(QStringLiteral("https://de.wikipedia.org/wiki/Anna_Beispiel"));
    old.state = SummaryState::Loaded;
    model.applySummary(old);
    QCOMPARE(changed.count(), 0);

    const QList<QUrl> urls = model.summaryUrls();
    QVERIFY(!urls.isEmpty());
    SummaryResult r;
    r.articleUrl = urls.last();
    r.state = SummaryState::NotFound;
    model.applySummary(r);
    QVERIFY(changed.count() >= 1);
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const int row = signal.at(0).toModelIndex().row();
        QCOMPARE(signal.at(1).toModelIndex().row(), row);
        QCOMPARE(sample.explanations().at(row).wikipedia->url, urls.last());
    }
}

void TestBiographyModel::applySummary_unknownUrl_changesNothing()
{
    BiographyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(duplicateLinks());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    SummaryResult result;
    result.articleUrl = QUrl(QStringLiteral("https://de.wikipedia.org/wiki/Jemand_anders"));
    result.state = SummaryState::Loaded;
    model.applySummary(result);
    model.applySummary(SummaryResult {}); // no URL at all: the row without a link must stay untouched
    QCOMPARE(changed.count(), 0);
    QCOMPARE(SummaryState(model.index(3).data(SummaryStateRole).toInt()), SummaryState::NotLoaded);
}

void TestBiographyModel::errorAndOffline_keepTheirMessage()
{
    BiographyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(duplicateLinks());
    SummaryResult loading {
        QUrl(QStringLiteral("https://de.wikipedia.org/wiki/Beispielrat")), SummaryState::Loading, {}, {}
    };
    model.applySummary(loading);
    QCOMPARE(SummaryState(model.index(1).data(SummaryStateRole).toInt()), SummaryState::Loading);
    SummaryResult error = loading;
    error.state = SummaryState::Error;
    error.error = QStringLiteral("HTTP 500");
    model.applySummary(error);
    QCOMPARE(SummaryState(model.index(1).data(SummaryStateRole).toInt()), SummaryState::Error);
    QCOMPARE(model.index(1).data(SummaryErrorRole).toString(), QStringLiteral("HTTP 500"));
    // A new article forgets the old results.
    model.setArticle(duplicateLinks());
    QCOMPARE(SummaryState(model.index(1).data(SummaryStateRole).toInt()), SummaryState::NotLoaded);
    QVERIFY(model.index(1).data(SummaryErrorRole).toString().isEmpty());
}

void TestBiographyModel::invalidLink_hasNoUrlAndNoSummaryUrl()
{
    BiographyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(sample(QStringLiteral("sonderzeichen-test.txt")));
    QVERIFY(model.rowCount() >= 1);
    QCOMPARE(model.index(0).data(SubjectRole).toString(), QStringLiteral("Phishing"));
    QVERIFY(!model.index(0).data(WikipediaUrlRole).toUrl().isValid());
    QCOMPARE(model.index(0).data(LinkTextRole).toString(),
             QStringLiteral("https://de.wikipedia.org.example/wiki/Phishing"));
    QVERIFY(!model.summaryUrls().contains(QUrl(QStringLiteral("https://de.wikipedia.org.example/wiki/Phishing"))));
}

void TestBiographyModel::suggestionAndChosenLink_onlyForRowsWithoutALink()
{
    BiographyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(duplicateLinks());
    const QString subject = model.index(3).data(SubjectRole).toString();
    QCOMPARE(model.subjectsWithoutLink(), QStringList { subject });
    QCOMPARE(model.linksLanguage(), QStringLiteral("de"));
    const WikiLink link = *WikiLink::fromTitle(QStringLiteral("de"), QStringLiteral("Ohne Link"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applySuggestion(model.index(0).data(SubjectRole).toString(), link); // has a link of its own
    QCOMPARE(changed.count(), 0);
    model.applySuggestion(subject, link);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
    QCOMPARE(model.index(3).data(SuggestedTitleRole).toString(), QStringLiteral("Ohne Link"));
    QVERIFY(model.subjectsWithoutLink().isEmpty());
    QCOMPARE(model.suggestion(3), link);

    model.chooseLink(subject, link);
    QCOMPARE(model.index(3).data(WikipediaUrlRole).toUrl(), link.url);
    QVERIFY(model.index(3).data(LinkChosenRole).toBool());
    QVERIFY(!model.index(0).data(LinkChosenRole).toBool());
    QCOMPARE(model.chosenLinks(), QList<WikiLink> { link });
    SummaryResult result;
    result.articleUrl = link.url;
    result.state = SummaryState::Loaded;
    result.summary.title = QStringLiteral("Ohne Link");
    changed.clear();
    model.applySummary(result);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(3).data(SummaryTitleRole).toString(), QStringLiteral("Ohne Link"));

    model.chooseLink(subject, std::nullopt);
    QVERIFY(!model.index(3).data(WikipediaUrlRole).toUrl().isValid());
    QCOMPARE(SummaryState(model.index(3).data(SummaryStateRole).toInt()), SummaryState::NotLoaded);
    QVERIFY(model.chosenLinks().isEmpty());
    changed.clear();
    model.applySummary(result); // no row has that page any more
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(TestBiographyModel)
#include "tst_biographymodel.moc"
