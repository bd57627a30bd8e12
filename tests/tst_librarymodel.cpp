// LibraryModel under QAbstractItemModelTester: rows handed out in pages, sorting, filters, note counts.
#include "models/librarymodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Randnotiz;

namespace {

QList<LibraryArticle> generated(int count)
{
    QList<LibraryArticle> list;
    for (int i = 0; i < count; ++i) {
        LibraryArticle a;
        a.id = i + 1;
        a.file = QStringLiteral("/lib/%1/a%2.txt")
                     .arg(i % 2 ? QStringLiteral("eins") : QStringLiteral("zwei"))
                     .arg(i, 5, 10, QChar(u'0'));
        a.fingerprint = QStringLiteral("fp%1").arg(i);
        a.headline = QStringLiteral("Artikel %1").arg(i, 5, 10, QChar(u'0'));
        a.modified = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 60);
        a.agencies = { i % 3 == 0 ? QStringLiteral("AFP") : QStringLiteral("dpa") };
        if (i % 10 == 0)
            a.subjects = { QStringLiteral("Ökonom Müller") };
        a.words = 1000 - i;
        list.append(a);
    }
    return list;
}

} // namespace

class TestLibraryModel final : public QObject
{
    Q_OBJECT

private slots:
    void rows_comeInPages();
    void sort_byEveryColumn();
    void filters_agencySubjectFolderAndNotes();
    void noteCounts_changeOnlyTheNotesColumn();
    void hundredThousandRows_resetAndFirstPageAreCheap();
    void snapshot_isSharedNotCopiedAndItsNamesGiveTheSameLists();
};

void TestLibraryModel::rows_comeInPages()
{
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticles(generated(1300));
    QCOMPARE(model.totalCount(), 1300);
    QVERIFY(model.canFetchMore({}));
    // The tester itself asked for a page after the reset; it arrives from the event loop.
    QTRY_COMPARE(model.rowCount(), 2 * LibraryModel::PageSize);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    model.fetchMore({}); // asked twice before it came: one page
    QCOMPARE(model.rowCount(), 2 * LibraryModel::PageSize);
    QVERIFY(inserted.wait());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2 * LibraryModel::PageSize);
    QCOMPARE(inserted.first().at(2).toInt(), 1300 - 1);
    QCOMPARE(model.rowCount(), 1300);
    QVERIFY(!model.canFetchMore({}));
}

void TestLibraryModel::sort_byEveryColumn()
{
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticles(generated(50));
    // Newest first by default.
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Artikel 00049"));
    model.sort(LibraryModel::HeadlineColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Artikel 00000"));
    model.sort(LibraryModel::WordsColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, LibraryModel::WordsColumn).data().toInt(), 951);
    model.sort(LibraryModel::AgenciesColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, LibraryModel::AgenciesColumn).data().toString(), QStringLiteral("AFP"));
    model.setNoteCounts({ { QStringLiteral("fp7"), 3 } });
    model.sort(LibraryModel::NotesColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Artikel 00007"));
    QCOMPARE(model.index(0, LibraryModel::NotesColumn).data().toInt(), 3);
}

void TestLibraryModel::filters_agencySubjectFolderAndNotes()
{
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticles(generated(30), { QStringLiteral("/lib/eins"), QStringLiteral("/lib/zwei") });
    QCOMPARE(model.agencies(), (QStringList { QStringLiteral("AFP"), QStringLiteral("dpa") }));
    QCOMPARE(model.subjects(), QStringList { QStringLiteral("Ökonom Müller") });
    LibraryFilter filter;
    filter.agency = QStringLiteral("AFP");
    model.setFilter(filter);
    QCOMPARE(model.matchingCount(), 10);
    filter.agency.clear();
    filter.subject = QStringLiteral("okonom muller");
    model.setFilter(filter);
    QCOMPARE(model.matchingCount(), 3);
    filter.subject.clear();
    filter.folder = QStringLiteral("/lib/eins");
    model.setFilter(filter);
    QCOMPARE(model.matchingCount(), 15);
    QCOMPARE(model.index(0, 0).data(FolderRole).toString(), QStringLiteral("/lib/eins"));
    filter.folder.clear();
    filter.withNotes = true;
    model.setFilter(filter);
    QCOMPARE(model.matchingCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setNoteCounts({ { QStringLiteral("fp4"), 1 }, { QStringLiteral("fp5"), 2 } });
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.matchingCount(), 2);
}

void TestLibraryModel::noteCounts_changeOnlyTheNotesColumn()
{
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticles(generated(10));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setNoteCounts({ { QStringLiteral("fp2"), 4 } });
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(LibraryModel::NotesColumn));
    QCOMPARE(changed.first().at(1).toModelIndex().column(), int(LibraryModel::NotesColumn));
    const int row = model.rowOfPath(QStringLiteral("/lib/zwei/a00002.txt"));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, LibraryModel::NotesColumn).data().toInt(), 4);
    QCOMPARE(model.index(row, 0).data(NoteCountRole).toInt(), 4);
}

void TestLibraryModel::hundredThousandRows_resetAndFirstPageAreCheap()
{
    const QList<LibraryArticle> articles = generated(100000);
    LibraryModel model;
    QElapsedTimer timer;
    timer.start();
    model.setArticles(articles);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.index(row, 0).data().toString().isEmpty());
    // A generous ceiling: sorting 100,000 rows and showing a page must not take seconds (README has figures).
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(model.rowCount(), LibraryModel::PageSize);
    QCOMPARE(model.totalCount(), 100000);
}

void TestLibraryModel::snapshot_isSharedNotCopiedAndItsNamesGiveTheSameLists()
{
    QList<LibraryArticle> articles = generated(600);
    articles[0].subjects = { QStringLiteral("Okonom Muller"), QStringLiteral("Hafen") }; // folds as Ökonom Müller
    const QStringList agencyNames { QStringLiteral("dpa"), QStringLiteral("AFP") };
    const QStringList subjectNames { QStringLiteral("Hafen"), QStringLiteral("Okonom Muller"),
                                     QStringLiteral("Ökonom Müller") };
    LibraryModel plain;
    plain.setArticles(articles);
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticles(articles, {}, agencyNames, subjectNames);
    // Sorting (newest first) moves indices: the rows are the given list's own, not a copy of 600 articles.
    const LibraryArticle *row = &model.articleAt(0);
    QVERIFY(row >= articles.constData() && row < articles.constData() + articles.size());
    QCOMPARE(model.articleAt(0).id, 600);
    QCOMPARE(model.agencies(), plain.agencies());
    // Spellings folding alike: the one written last in the view's order, with or without the names given.
    QCOMPARE(plain.subjects(), (QStringList { QStringLiteral("Hafen"), QStringLiteral("Okonom Muller") }));
    QCOMPARE(model.subjects(), plain.subjects());
    model.sort(LibraryModel::DateColumn, Qt::AscendingOrder);
    plain.sort(LibraryModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(plain.subjects(), (QStringList { QStringLiteral("Hafen"), QStringLiteral("Ökonom Müller") }));
    QCOMPARE(model.subjects(), plain.subjects());
    // Without alike spellings the names alone answer.
    articles[0].subjects = { QStringLiteral("Hafen") };
    model.setArticles(articles, {}, agencyNames, { QStringLiteral("Ökonom Müller"), QStringLiteral("Hafen") });
    QCOMPARE(model.subjects(), (QStringList { QStringLiteral("Hafen"), QStringLiteral("Ökonom Müller") }));
}

QTEST_GUILESS_MAIN(TestLibraryModel)
#include "tst_librarymodel.moc"
