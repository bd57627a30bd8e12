// AnnotationModel: the rows of one article in reading order or of every article, edits through the committer,
// and how it follows the store (rows updated, inserted and removed by id, never a reset).
#include "article/articletext.h"
#include "models/annotationmodel.h"
#include "notes/annotationstore.h"
#include "support/notestestdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;

class TestAnnotationModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showArticle_listsAnnotationsInReadingOrder();
    void showArticle_zero_isEmpty();
    void editNote_goesThroughCommitter();
    void editNote_withoutCommitter_isStoredAndRowUpdatedWithoutReset();
    void editTags_splitsAtCommasAndCleans();
    void quoteColumn_isNotEditable();
    void storeUpdate_changesOnlyThatRow();
    void storeAdd_insertsOneRow();
    void storeRemove_removesThatRow();
    void otherArticleChanged_leavesRowsAlone();
    void showAll_withoutQuery_listsEveryArticle();
    void showAll_withQuery_findsAnotherArticlesNoteByFullTextSearch();
    void showAll_followsStoreChangesOfAnyArticle();
    void showAll_changesReachOneRowById();
    void showAll_movedPosition_movesThatRowOnly();
    void showAll_unknownChangeOfOneArticle_touchesOnlyItsRows();
    void tags_followEveryChange();
    void refreshLabels_showsNewLabelInColourColumn();
    void toolTip_isPlainTextWithStatusHint();

private:
    struct Fixture
    {
        QTemporaryDir dir;
        AnnotationStore store;
        ArticleText klima;
        ArticleText other;
        StoredArticle klimaArticle;
        StoredArticle otherArticle;
    };
    static void prepare(Fixture &f);
    static Annotation add(Fixture &f, const StoredArticle &article, const ArticleText &text, int start, int length,
                          const QString &note = {}, const QStringList &tags = {}, Color color = Color::Yellow);
};

void TestAnnotationModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAnnotationModel::prepare(Fixture &f)
{
    QVERIFY(f.dir.isValid());
    QVERIFY2(f.store.open(f.dir.path()), qPrintable(f.store.errorString()));
    f.klima = ArticleText(Test::articleFromText(Test::klimaText()));
    f.klimaArticle = f.store.recordArticle(f.klima, f.dir.filePath(QStringLiteral("klima.txt")),
                                           QStringLiteral("Klimagipfel in Bonn"));
    f.other = ArticleText(Test::articleFromText(Test::syntheticArticle(7, 3), QStringLiteral("other.txt")));
    f.otherArticle = f.store.recordArticle(f.other, f.dir.filePath(QStringLiteral("other.txt")),
                                           QStringLiteral("Anderer Artikel"));
    QVERIFY(f.klimaArticle.isValid());
    QVERIFY(f.otherArticle.isValid());
}

Annotation TestAnnotationModel::add(Fixture &f, const StoredArticle &article, const ArticleText &text, int start,
                                    int length, const QString &note, const QStringList &tags, Color color)
{
    Annotation a = Annotation::create(text, start, start + length);
    a.articleId = article.id;
    a.note = note;
    a.tags = tags;
    a.color = color;
    if (!f.store.addAnnotation(a))
        qFatal("could not add an annotation: %s", qPrintable(f.store.errorString()));
    return a;
}

void TestAnnotationModel::showArticle_listsAnnotationsInReadingOrder()
{
    Fixture f;
    prepare(f);
    const Annotation late = add(f, f.klimaArticle, f.klima, 300, 20, QStringLiteral("spät"));
    const Annotation early = add(f, f.klimaArticle, f.klima, 40, 10, QStringLiteral("früh"));
    const Annotation middle = add(f, f.klimaArticle, f.klima, 120, 15);
    add(f, f.otherArticle, f.other, 10, 10, QStringLiteral("anderswo"));

    AnnotationModel model(&f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showArticle(f.klimaArticle.id);

    QCOMPARE(model.scope(), AnnotationModel::Scope::Article);
    QCOMPARE(model.articleId(), f.klimaArticle.id);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(AnnotationModel::ColumnCount));
    QCOMPARE(model.annotation(0).id, early.id);
    QCOMPARE(model.annotation(1).id, middle.id);
    QCOMPARE(model.annotation(2).id, late.id);
    QCOMPARE(model.indexOf(late.id).row(), 2);
    QCOMPARE(model.index(0, AnnotationModel::NoteColumn).data().toString(), QStringLiteral("früh"));
    QCOMPARE(model.index(0, AnnotationModel::QuoteColumn).data().toString(), early.quote);
    QCOMPARE(model.index(0, 0).data(AnnotationIdRole).toUuid(), early.id);
    QCOMPARE(model.index(0, 0).data(ArticleIdRole).toLongLong(), f.klimaArticle.id);
    QCOMPARE(model.index(0, 0).data(ArticleTitleRole).toString(), QStringLiteral("Klimagipfel in Bonn"));
    QVERIFY(model.index(0, AnnotationModel::PartColumn).data(SortRole).toLongLong()
            < model.index(1, AnnotationModel::PartColumn).data(SortRole).toLongLong());
}

void TestAnnotationModel::showArticle_zero_isEmpty()
{
    Fixture f;
    prepare(f);
    add(f, f.klimaArticle, f.klima, 40, 10);
    AnnotationModel model(&f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showArticle(f.klimaArticle.id);
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.showArticle(0);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 1);
    QVERIFY(!model.indexOf(model.annotation(0).id).isValid());
}

void TestAnnotationModel::editNote_goesThroughCommitter()
{
    Fixture f;
    prepare(f);
    const Annotation a = add(f, f.klimaArticle, f.klima, 40, 10, QStringLiteral("alt"));
    AnnotationModel model(&f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showArticle(f.klimaArticle.id);

    QList<QPair<Annotation, Annotation>> calls;
    model.setCommitter([&calls](const Annotation &before, const Annotation &after) {
        calls.append({ before, after });
        return false;
    });
    const QModelIndex note = model.index(0, AnnotationModel::NoteColumn);
    QVERIFY(model.flags(note) & Qt::ItemIsEditable);
    QVERIFY(!model.setData(note, QStringLiteral("neu\nzweite Zeile")));

    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).first.note, QStringLiteral("alt"));
    QCOMPARE(calls.at(0).second.note, QStringLiteral("neu\nzweite Zeile"));
    QCOMPARE(calls.at(0).second.id, a.id);
    // The committer said no: nothing reached the store.
    QCOMPARE(f.store.annotation(a.id)->note, QStringLiteral("alt"));

    // Setting the same text again is no edit at all.
    QVERIFY(model.setData(note, QStringLiteral("alt")));
    QCOMPARE(calls.size(), 1);
}

void TestAnnotationModel::editNote_withoutCommitter_isStoredAndRowUpdatedWithoutReset()
{
    Fixture f;
    prepare(f);
    add(f, f.klimaArticle, f.klima, 40, 10);
    const Annotation b = add(f, f.klimaArticle, f.klima, 100, 10, QStringLiteral("alt"));
    AnnotationModel model(&f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showArticle(f.klimaArticle.id);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(model.setData(model.index(1, AnnotationModel::NoteColumn), QStringLiteral("neu")));

    QCOMPARE(f.store.annotation(b.id)->note, QStringLiteral("neu"));
    QCOMPARE(model.index(1, AnnotationModel::NoteColumn).data().toString(), QStringLiteral("neu"));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
}

void TestAnnotationModel::editTags_splitsAtCommasAndCleans()
{
    Fixture f;
    prepare(f);
    const Annotation a = add(f, f.klimaArticle, f.klima, 40, 10);
    AnnotationModel model(&f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showArticle(f.klimaArticle.id);

    const QModelIndex tags = model.index(0, AnnotationModel::TagsColumn);
    QVERIFY(model.flags(tags) & Qt::ItemIsEditable);
    QVERIFY(model.setData(tags, QStringLiteral(" klima , ,politik,klima")));
    QCOMPARE(f.store.annotation(a.id)->tags, QStringList({ QStringLiteral("klima"), QStringLiteral("politik") }));
    QCOMPARE(tags.data(TagsRole).toStringList(), QStringList({ QStringLiteral("klima"), QStringLiteral("politik") }));
    QCOMPARE(tags.data(Qt::EditRole).toString(), QStringLiteral("klima, politik"));
}

void TestAnnotationModel::quoteColumn_isNotEditable()
{
    Fixture f;
    prepare(f);
    const Annotation a = add(f, f.klimaArticle, f.klima, 40, 10);
    AnnotationModel model(&f.store);
    model.showArticle(f.klimaArticle.id);
    const QModelIndex quote = model.index(0, AnnotationModel::QuoteColumn);
    QVERIFY(!(model.flags(quote) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(quote, QStringLiteral("anders")));
    QCOMPARE(f.store.annotation(a.id)->quote, a.quote);
}

void TestAnnotationModel::storeUpdate_changesOnlyThatRow()
{
    Fixture f;
    prepare(f);
    add(f, f.klimaArticle, f.klima, 40, 10);
    Annotation b = add(f, f.klimaArticle, f.klima, 100, 10);
    add(f, f.klimaArticle, f.klima, 200, 10);
    AnnotationModel model(&f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showArticle(f.klimaArticle.id);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    b.color = Color::Red;
    QVERIFY(f.store.updateAnnotation(b));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, AnnotationModel::ColumnCount - 1));
    QCOMPARE(Color(model.index(1, 0).data(AnnotationColorRole).toInt()), Color::Red);
    QCOMPARE(model.index(1, AnnotationModel::ColorColumn).data().toString(), AnnotationModel::colorTitle(Color::Red));
}

void TestAnnotationModel::storeAdd_insertsOneRow()
{
    Fixture f;
    prepare(f);
    add(f, f.klimaArticle, f.klima, 40, 10);
    add(f, f.klimaArticle, f.klima, 200, 10);
    AnnotationModel model(&f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showArticle(f.klimaArticle.id);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const Annotation middle = add(f, f.klimaArticle, f.klima, 100, 10);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.annotation(1).id, middle.id);
}

void TestAnnotationModel::storeRemove_removesThatRow()
{
    Fixture f;
    prepare(f);
    add(f, f.klimaArticle, f.klima, 40, 10);
    const Annotation b = add(f, f.klimaArticle, f.klima, 100, 10);
    add(f, f.klimaArticle, f.klima, 200, 10);
    AnnotationModel model(&f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showArticle(f.klimaArticle.id);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(f.store.removeAnnotation(b.id));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.indexOf(b.id).isValid());
}

void TestAnnotationModel::otherArticleChanged_leavesRowsAlone()
{
    Fixture f;
    prepare(f);
    add(f, f.klimaArticle, f.klima, 40, 10);
    AnnotationModel model(&f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showArticle(f.klimaArticle.id);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    add(f, f.otherArticle, f.other, 10, 10);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 1);
}

void TestAnnotationModel::showAll_withoutQuery_listsEveryArticle()
{
    Fixture f;
    prepare(f);
    const Annotation k = add(f, f.klimaArticle, f.klima, 40, 10);
    const Annotation o = add(f, f.otherArticle, f.other, 10, 10);
    AnnotationModel model(&f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showArticle(f.klimaArticle.id);
    model.showAll();

    QCOMPARE(model.scope(), AnnotationModel::Scope::All);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex other = model.indexOf(o.id, AnnotationModel::ArticleColumn);
    QVERIFY(other.isValid());
    QVERIFY(model.indexOf(k.id).isValid());
    QCOMPARE(other.data().toString(), QStringLiteral("Anderer Artikel"));
    QCOMPARE(other.data(ArticlePathRole).toString(), f.dir.filePath(QStringLiteral("other.txt")));
    QVERIFY(other.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Anderer Artikel")));
}

void TestAnnotationModel::showAll_withQuery_findsAnotherArticlesNoteByFullTextSearch()
{
    Fixture f;
    prepare(f);
    add(f, f.klimaArticle, f.klima, 40, 10, QStringLiteral("Gipfel ohne Ergebnis"));
    const Annotation crane = add(f, f.otherArticle, f.other, 10, 10, QStringLiteral("Der Hafenkran steht still"));
    AnnotationModel model(&f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showArticle(f.klimaArticle.id);

    model.showAll(QStringLiteral("hafenkr"));
    QCOMPARE(model.query(), QStringLiteral("hafenkr"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.annotation(0).id, crane.id);
    QCOMPARE(model.index(0, 0).data(ArticleTitleRole).toString(), QStringLiteral("Anderer Artikel"));

    // Another query in the same scope changes rows by id, without a reset.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.showAll(QStringLiteral("nichtsdergleichen"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
}

void TestAnnotationModel::showAll_followsStoreChangesOfAnyArticle()
{
    Fixture f;
    prepare(f);
    add(f, f.klimaArticle, f.klima, 40, 10);
    AnnotationModel model(&f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showAll();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const Annotation o = add(f, f.otherArticle, f.other, 10, 10);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QVERIFY(model.indexOf(o.id).isValid());
}

void TestAnnotationModel::showAll_changesReachOneRowById()
{
    Fixture f;
    prepare(f);
    add(f, f.klimaArticle, f.klima, 40, 10);
    Annotation b = add(f, f.klimaArticle, f.klima, 200, 10);
    add(f, f.otherArticle, f.other, 10, 10);
    AnnotationModel model(&f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showAll();
    QCOMPARE(model.rowCount(), 3);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // A new note between the two of its article: one row, right there.
    const Annotation middle = add(f, f.klimaArticle, f.klima, 100, 10);
    QCOMPARE(inserted.count(), 1);
    const int middleRow = model.indexOf(middle.id).row();
    QCOMPARE(middleRow, model.indexOf(b.id).row() - 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), middleRow);
    QCOMPARE(inserted.at(0).at(2).toInt(), middleRow);

    // An edit: that row's dataChanged, nothing else.
    b.note = QStringLiteral("geändert");
    QVERIFY(f.store.updateAnnotation(b));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.indexOf(b.id));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.indexOf(b.id, AnnotationModel::ColumnCount - 1));
    QCOMPARE(model.indexOf(b.id, AnnotationModel::NoteColumn).data().toString(), QStringLiteral("geändert"));

    // A removal: that row.
    const int bRow = model.indexOf(b.id).row();
    QVERIFY(f.store.removeAnnotation(b.id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), bRow);
    QCOMPARE(removed.at(0).at(2).toInt(), bRow);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(), 3);
}

void TestAnnotationModel::showAll_movedPosition_movesThatRowOnly()
{
    Fixture f;
    prepare(f);
    Annotation first = add(f, f.klimaArticle, f.klima, 40, 10);
    const Annotation second = add(f, f.klimaArticle, f.klima, 100, 10);
    const Annotation third = add(f, f.klimaArticle, f.klima, 200, 10);
    AnnotationModel model(&f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showAll();

    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    // The text changed so that the first note's passage now stands after the third.
    first.placeAt(f.klima, 300, 310);
    QVERIFY(f.store.updateAnnotation(first));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(1).toInt(), 0);
    QCOMPARE(moved.at(0).at(2).toInt(), 0);
    QCOMPARE(moved.at(0).at(4).toInt(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(model.annotation(0).id, second.id);
    QCOMPARE(model.annotation(1).id, third.id);
    QCOMPARE(model.annotation(2).id, first.id);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);

    // And an orphan goes behind the others of its article.
    Annotation orphan = model.annotation(0);
    orphan.status = AnchorStatus::Orphaned;
    QVERIFY(f.store.updateAnnotation(orphan));
    QCOMPARE(moved.count(), 2);
    QCOMPARE(model.annotation(2).id, second.id);
}

void TestAnnotationModel::showAll_unknownChangeOfOneArticle_touchesOnlyItsRows()
{
    Fixture f;
    prepare(f);
    add(f, f.klimaArticle, f.klima, 40, 10);
    add(f, f.otherArticle, f.other, 10, 10);
    AnnotationModel model(&f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showAll();

    // Written through another connection (as the notes loader writes), then announced without ids.
    AnnotationStore writer;
    QVERIFY(writer.open(f.dir.path()));
    Annotation added = Annotation::create(f.other, 30, 40);
    added.articleId = f.otherArticle.id;
    QVERIFY(writer.addAnnotation(added));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.annotationsChanged(f.otherArticle.id);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), model.indexOf(added.id).row());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 3);
}

void TestAnnotationModel::tags_followEveryChange()
{
    Fixture f;
    prepare(f);
    add(f, f.klimaArticle, f.klima, 40, 10, {}, { QStringLiteral("Klima"), QStringLiteral("quelle") });
    Annotation b = add(f, f.otherArticle, f.other, 10, 10, {}, { QStringLiteral("klima") });
    AnnotationModel model(&f.store);
    model.showAll();
    const auto sorted = [](QStringList list) {
        list.sort(Qt::CaseInsensitive);
        return list;
    };
    QCOMPARE(sorted(model.tags()), (QStringList { QStringLiteral("Klima"), QStringLiteral("quelle") }));
    b.tags = { QStringLiteral("hafen") };
    QVERIFY(f.store.updateAnnotation(b));
    QCOMPARE(sorted(model.tags()),
             (QStringList { QStringLiteral("hafen"), QStringLiteral("Klima"), QStringLiteral("quelle") }));
    QVERIFY(f.store.removeAnnotation(b.id));
    QCOMPARE(sorted(model.tags()), (QStringList { QStringLiteral("Klima"), QStringLiteral("quelle") }));
    model.showArticle(f.otherArticle.id);
    QVERIFY(model.tags().isEmpty());
}

void TestAnnotationModel::refreshLabels_showsNewLabelInColourColumn()
{
    Fixture f;
    prepare(f);
    add(f, f.klimaArticle, f.klima, 40, 10, {}, {}, Color::Red);
    AnnotationModel model(&f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showArticle(f.klimaArticle.id);
    const QModelIndex color = model.index(0, AnnotationModel::ColorColumn);
    QCOMPARE(color.data().toString(), AnnotationModel::colorTitle(Color::Red));

    QVERIFY(f.store.setColorLabel(Color::Red, QStringLiteral("widerspricht")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshLabels();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(color.data(ColorLabelRole).toString(), QStringLiteral("widerspricht"));
    QCOMPARE(color.data().toString(), AnnotationModel::describeColor(Color::Red, f.store.colorLabels()));
    QVERIFY(color.data().toString().contains(QStringLiteral("widerspricht")));
    QVERIFY(color.data().toString().contains(AnnotationModel::colorTitle(Color::Red)));
}

void TestAnnotationModel::toolTip_isPlainTextWithStatusHint()
{
    Fixture f;
    prepare(f);
    Annotation a = Annotation::create(f.klima, 40, 50);
    a.articleId = f.klimaArticle.id;
    a.note = QStringLiteral("<b>fett</b>");
    a.status = AnchorStatus::Fuzzy;
    QVERIFY(f.store.saveAnnotations({ a }));
    AnnotationModel model(&f.store);
    model.showArticle(f.klimaArticle.id);
    const QString tip = model.index(0, AnnotationModel::NoteColumn).data(Qt::ToolTipRole).toString();
    // Rich text built on purpose (roles.h): the note's markup is escaped, never passed through.
    QVERIFY(tip.startsWith(QStringLiteral("<p style='white-space:pre-wrap'>")));
    QVERIFY(tip.contains(QStringLiteral("&lt;b&gt;fett&lt;/b&gt;")));
    QVERIFY(!tip.contains(QStringLiteral("<b>")));
    QVERIFY(tip.contains(a.quote.toHtmlEscaped()));
    QVERIFY(tip.contains(AnnotationModel::tr("Position uncertain — confirm")));
    QCOMPARE(model.index(0, AnnotationModel::StatusColumn).data().toString(),
             AnnotationModel::statusTitle(AnchorStatus::Fuzzy));
}

QTEST_GUILESS_MAIN(TestAnnotationModel)
#include "tst_annotationmodel.moc"
