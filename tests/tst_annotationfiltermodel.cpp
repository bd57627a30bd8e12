// AnnotationFilterModel over an AnnotationModel: filters by words (case and diacritics folded), tag, colour and
// anchor status, and sorting by each column's SortRole.
#include "article/articletext.h"
#include "models/annotationfiltermodel.h"
#include "models/annotationmodel.h"
#include "notes/annotationstore.h"
#include "support/notestestdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;

class TestAnnotationFilterModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fold_dropsCaseAndDiacritics();
    void textFilter_everyWordInQuoteNoteOrTags();
    void textFilter_ignoresCaseAndDiacritics();
    void tagFilter_exactTagCaseInsensitive();
    void colorFilter_showsOnlyThatColour();
    void statusFilter_splitsAttachedAndOrphaned();
    void filters_combineAndClear();
    void editedRow_isFilteredAgain();
    void sortByModified_newestFirst();
    void sortByPosition_isReadingOrder();

private:
    QStringList shownNotes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AnnotationStore> m_store;
    std::unique_ptr<AnnotationModel> m_model;
    std::unique_ptr<AnnotationFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    ArticleText m_text;
    qint64 m_articleId = 0;
};

void TestAnnotationFilterModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAnnotationFilterModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<AnnotationStore>();
    QVERIFY2(m_store->open(m_dir->path()), qPrintable(m_store->errorString()));
    m_text = ArticleText(Test::articleFromText(Test::klimaText()));
    const StoredArticle article
        = m_store->recordArticle(m_text, m_dir->filePath(QStringLiteral("klima.txt")), QStringLiteral("Klima"));
    QVERIFY(article.isValid());
    m_articleId = article.id;

    struct Row
    {
        int start;
        QString note;
        QStringList tags;
        Color color;
        AnchorStatus status;
        QString modified;
    };
    const QList<Row> rows {
        { 40,
          QStringLiteral("Treffen in Brüssel geplant"),
          { QStringLiteral("Politik") },
          Color::Yellow,
          AnchorStatus::Exact,
          QStringLiteral("2024-05-03T10:00:00.000Z") },
        { 100,
          QStringLiteral("Zahlen prüfen"),
          { QStringLiteral("fakten"), QStringLiteral("todo") },
          Color::Red,
          AnchorStatus::Moved,
          QStringLiteral("2024-05-01T10:00:00.000Z") },
        { 200,
          QStringLiteral("Unsicher, wo das stand"),
          {},
          Color::Green,
          AnchorStatus::Fuzzy,
          QStringLiteral("2024-05-05T10:00:00.000Z") },
        { 300,
          QStringLiteral("Gestrichen"),
          { QStringLiteral("politik-extra") },
          Color::Red,
          AnchorStatus::Orphaned,
          QStringLiteral("2024-05-02T10:00:00.000Z") },
    };
    QList<Annotation> annotations;
    for (const Row &r : rows) {
        Annotation a = Annotation::create(m_text, r.start, r.start + 12);
        a.articleId = m_articleId;
        a.note = r.note;
        a.tags = r.tags;
        a.color = r.color;
        a.status = r.status;
        a.created = parseUtcTimestamp(QStringLiteral("2024-05-01T09:00:00.000Z"));
        a.modified = parseUtcTimestamp(r.modified);
        annotations.append(a);
    }
    QVERIFY(m_store->saveAnnotations(annotations));

    m_model = std::make_unique<AnnotationModel>(m_store.get());
    m_model->showArticle(m_articleId);
    QCOMPARE(m_model->rowCount(), 4);
    m_filter = std::make_unique<AnnotationFilterModel>();
    m_filter->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_filter.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAnnotationFilterModel::cleanup()
{
    m_tester.reset();
    m_filter.reset();
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

QStringList TestAnnotationFilterModel::shownNotes() const
{
    QStringList notes;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        notes << m_filter->index(row, AnnotationModel::NoteColumn).data().toString();
    return notes;
}

void TestAnnotationFilterModel::fold_dropsCaseAndDiacritics()
{
    QCOMPARE(AnnotationFilterModel::fold(QStringLiteral("Brüssel ÉTÉ Çа")), QStringLiteral("brussel ete cа"));
}

void TestAnnotationFilterModel::textFilter_everyWordInQuoteNoteOrTags()
{
    m_filter->setTextFilter(QStringLiteral("zahlen todo"));
    QCOMPARE(shownNotes(), QStringList { QStringLiteral("Zahlen prüfen") });

    m_filter->setTextFilter(QStringLiteral("zahlen politik"));
    QCOMPARE(shownNotes(), QStringList());

    // A word of the quote is enough too.
    const QString quoteWord = m_model->annotation(0).quote.split(u' ', Qt::SkipEmptyParts).value(0);
    QVERIFY(!quoteWord.isEmpty());
    m_filter->setTextFilter(quoteWord);
    QVERIFY(shownNotes().contains(QStringLiteral("Treffen in Brüssel geplant")));

    m_filter->setTextFilter({});
    QCOMPARE(m_filter->rowCount(), 4);
}

void TestAnnotationFilterModel::textFilter_ignoresCaseAndDiacritics()
{
    m_filter->setTextFilter(QStringLiteral("BRUSS"));
    QCOMPARE(shownNotes(), QStringList { QStringLiteral("Treffen in Brüssel geplant") });
    m_filter->setTextFilter(QStringLiteral("pruf"));
    QCOMPARE(shownNotes(), QStringList { QStringLiteral("Zahlen prüfen") });
}

void TestAnnotationFilterModel::tagFilter_exactTagCaseInsensitive()
{
    m_filter->setTagFilter(QStringLiteral("politik"));
    // "Politik" matches, "politik-extra" does not.
    QCOMPARE(shownNotes(), QStringList { QStringLiteral("Treffen in Brüssel geplant") });
    m_filter->setTagFilter(QStringLiteral("TODO"));
    QCOMPARE(shownNotes(), QStringList { QStringLiteral("Zahlen prüfen") });
    m_filter->setTagFilter({});
    QCOMPARE(m_filter->rowCount(), 4);
}

void TestAnnotationFilterModel::colorFilter_showsOnlyThatColour()
{
    m_filter->setColorFilter(Color::Red);
    QCOMPARE(shownNotes(), QStringList({ QStringLiteral("Zahlen prüfen"), QStringLiteral("Gestrichen") }));
    m_filter->setColorFilter(Color::Blue);
    QCOMPARE(m_filter->rowCount(), 0);
    m_filter->setColorFilter(std::nullopt);
    QCOMPARE(m_filter->rowCount(), 4);
}

void TestAnnotationFilterModel::statusFilter_splitsAttachedAndOrphaned()
{
    m_filter->setStatusFilter(AnnotationFilterModel::StatusFilter::Attached);
    QCOMPARE(shownNotes(),
             QStringList({ QStringLiteral("Treffen in Brüssel geplant"), QStringLiteral("Zahlen prüfen"),
                           QStringLiteral("Unsicher, wo das stand") }));
    m_filter->setStatusFilter(AnnotationFilterModel::StatusFilter::Orphaned);
    QCOMPARE(shownNotes(), QStringList { QStringLiteral("Gestrichen") });
}

void TestAnnotationFilterModel::filters_combineAndClear()
{
    m_filter->setColorFilter(Color::Red);
    m_filter->setStatusFilter(AnnotationFilterModel::StatusFilter::Attached);
    QCOMPARE(shownNotes(), QStringList { QStringLiteral("Zahlen prüfen") });
    m_filter->setTextFilter(QStringLiteral("gestrichen"));
    QCOMPARE(m_filter->rowCount(), 0);
    QVERIFY(m_filter->hasFilters());
    m_filter->clearFilters();
    QVERIFY(!m_filter->hasFilters());
    // The status split stays.
    QCOMPARE(m_filter->rowCount(), 3);
}

void TestAnnotationFilterModel::editedRow_isFilteredAgain()
{
    m_filter->setTagFilter(QStringLiteral("neu"));
    QCOMPARE(m_filter->rowCount(), 0);
    QSignalSpy inserted(m_filter.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(m_model->setData(m_model->index(2, AnnotationModel::TagsColumn), QStringLiteral("neu")));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(shownNotes(), QStringList { QStringLiteral("Unsicher, wo das stand") });
}

void TestAnnotationFilterModel::sortByModified_newestFirst()
{
    m_filter->sort(AnnotationModel::ModifiedColumn, Qt::DescendingOrder);
    QCOMPARE(shownNotes(),
             QStringList({ QStringLiteral("Unsicher, wo das stand"), QStringLiteral("Treffen in Brüssel geplant"),
                           QStringLiteral("Gestrichen"), QStringLiteral("Zahlen prüfen") }));
    m_filter->sort(AnnotationModel::ModifiedColumn, Qt::AscendingOrder);
    QCOMPARE(shownNotes().constFirst(), QStringLiteral("Zahlen prüfen"));
}

void TestAnnotationFilterModel::sortByPosition_isReadingOrder()
{
    m_filter->sort(AnnotationModel::NoteColumn, Qt::AscendingOrder);
    QCOMPARE(shownNotes().constFirst(), QStringLiteral("Gestrichen"));
    m_filter->sort(AnnotationModel::PartColumn, Qt::AscendingOrder);
    QCOMPARE(shownNotes(),
             QStringList({ QStringLiteral("Treffen in Brüssel geplant"), QStringLiteral("Zahlen prüfen"),
                           QStringLiteral("Unsicher, wo das stand"), QStringLiteral("Gestrichen") }));
}

QTEST_GUILESS_MAIN(TestAnnotationFilterModel)
#include "tst_annotationfiltermodel.moc"
