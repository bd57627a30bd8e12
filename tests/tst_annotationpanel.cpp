// The notes panel on real widgets (offscreen) over a real store: filters, scope switch with full-text search,
// jumping, deleting, orphans, editing in place and Copy as Markdown.
#include "annotationpanel.h"
#include "article/articletext.h"
#include "models/annotationmodel.h"
#include "notes/annotationstore.h"
#include "support/guisupport.h"
#include "support/notestestdata.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Randnotiz;

class TestAnnotationPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsWithTheArticlesAttachedNotesAndACount();
    void tagFilter_showsOnlyTaggedRows();
    void colorFilter_showsOnlyThatColour();
    void textFilter_matchesWithoutDiacritics();
    void allArticles_typingFindsAnotherArticlesNoteByFullTextSearch();
    void doubleClickAndEnter_emitActivatedWithId();
    void deleteKey_withTwoSelected_requestsBoth();
    void orphaned_haveTheirOwnGroupAndReattachNeedsASelection();
    void editNoteInPlace_goesThroughCommitter();
    void copyAsMarkdown_putsSelectedNotesOnClipboardAsText();
    void selectAnnotation_clearsFiltersThatHideIt();
    void storeChange_keepsSelection();
    void count_followsDeletes();
    void screenshot();

private:
    QTreeView *view() const { return m_panel->findChild<QTreeView *>(QStringLiteral("notesView")); }
    QList<QUuid> shownIds(QTreeView *treeView) const;
    QRect rowRect(QTreeView *treeView, int row) const;
    Annotation add(qint64 articleId, const ArticleText &text, int start, const QString &note, const QStringList &tags,
                   Color color, AnchorStatus status = AnchorStatus::Exact);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AnnotationStore> m_store;
    std::unique_ptr<AnnotationPanel> m_panel;
    ArticleText m_klima;
    ArticleText m_other;
    qint64 m_klimaId = 0;
    qint64 m_otherId = 0;
    Annotation m_a, m_b, m_fuzzy, m_orphan, m_elsewhere;
};

void TestAnnotationPanel::initTestCase()
{
    Test::isolateSettings();
}

Annotation TestAnnotationPanel::add(qint64 articleId, const ArticleText &text, int start, const QString &note,
                                    const QStringList &tags, Color color, AnchorStatus status)
{
    Annotation a = Annotation::create(text, start, start + 14);
    a.articleId = articleId;
    a.note = note;
    a.tags = tags;
    a.color = color;
    a.status = status;
    if (!m_store->saveAnnotations({ a }))
        qFatal("could not store an annotation");
    return a;
}

void TestAnnotationPanel::init()
{
    Test::clearSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<AnnotationStore>();
    QVERIFY2(m_store->open(m_dir->path()), qPrintable(m_store->errorString()));
    m_klima = ArticleText(Test::articleFromText(Test::klimaText()));
    m_klimaId = m_store
                    ->recordArticle(m_klima, m_dir->filePath(QStringLiteral("klima.txt")),
                                    QStringLiteral("Klimagipfel in Bonn"))
                    .id;
    m_other = ArticleText(Test::articleFromText(Test::syntheticArticle(3, 3), QStringLiteral("other.txt")));
    m_otherId
        = m_store->recordArticle(m_other, m_dir->filePath(QStringLiteral("other.txt")), QStringLiteral("Hafenstreik"))
              .id;
    QVERIFY(m_klimaId > 0 && m_otherId > 0);

    m_a = add(m_klimaId, m_klima, 40, QStringLiteral("Treffen in Brüssel"), { QStringLiteral("politik") },
              Color::Yellow);
    m_b = add(m_klimaId, m_klima, 120, QStringLiteral("Zahlen prüfen"), { QStringLiteral("fakten") }, Color::Red);
    m_fuzzy = add(m_klimaId, m_klima, 220, QStringLiteral("<script>alert(1)</script>"), {}, Color::Green,
                  AnchorStatus::Fuzzy);
    m_orphan = add(m_klimaId, m_klima, 320, QStringLiteral("verwaist"), {}, Color::Blue, AnchorStatus::Orphaned);
    m_elsewhere = add(m_otherId, m_other, 10, QStringLiteral("Der Hafenkran steht still"), {}, Color::Purple);

    m_panel = std::make_unique<AnnotationPanel>(m_store.get());
    m_panel->resize(900, 500);
    m_panel->setCurrentArticle(m_klimaId);
    m_panel->show();
    QApplication::setActiveWindow(m_panel.get());
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

void TestAnnotationPanel::cleanup()
{
    m_panel.reset();
    m_store.reset();
    m_dir.reset();
}

QList<QUuid> TestAnnotationPanel::shownIds(QTreeView *treeView) const
{
    QList<QUuid> ids;
    for (int row = 0; row < treeView->model()->rowCount(); ++row)
        ids << treeView->model()->index(row, 0).data(AnnotationIdRole).toUuid();
    return ids;
}

QRect TestAnnotationPanel::rowRect(QTreeView *treeView, int row) const
{
    return treeView->visualRect(treeView->model()->index(row, AnnotationModel::QuoteColumn));
}

void TestAnnotationPanel::startsWithTheArticlesAttachedNotesAndACount()
{
    QTreeView *notes = view();
    QVERIFY(notes);
    QCOMPARE(shownIds(notes), QList<QUuid>({ m_a.id, m_b.id, m_fuzzy.id }));
    QVERIFY(notes->isColumnHidden(AnnotationModel::ArticleColumn));
    auto *count = m_panel->findChild<QLabel *>(QStringLiteral("notesCount"));
    QVERIFY(count);
    QVERIFY(count->text().contains(u'4'));
    QVERIFY(!count->text().contains(QStringLiteral("of")));
    QCOMPARE(m_panel->model()->articleId(), m_klimaId);
}

void TestAnnotationPanel::tagFilter_showsOnlyTaggedRows()
{
    auto *tags = m_panel->findChild<QComboBox *>(QStringLiteral("notesTagFilter"));
    QVERIFY(tags);
    QCOMPARE(tags->count(), 3);
    QCOMPARE(tags->itemText(1), QStringLiteral("fakten"));
    QCOMPARE(tags->itemText(2), QStringLiteral("politik"));
    tags->setCurrentIndex(2);
    QCOMPARE(shownIds(view()), QList<QUuid> { m_a.id });
    auto *count = m_panel->findChild<QLabel *>(QStringLiteral("notesCount"));
    // One attached note and the orphan (never filtered away) of four.
    QVERIFY2(count->text().contains(QStringLiteral("2")) && count->text().contains(QStringLiteral("4")),
             qPrintable(count->text()));
    tags->setCurrentIndex(0);
    QCOMPARE(view()->model()->rowCount(), 3);
}

void TestAnnotationPanel::colorFilter_showsOnlyThatColour()
{
    auto *colors = m_panel->findChild<QComboBox *>(QStringLiteral("notesColorFilter"));
    QVERIFY(colors);
    QCOMPARE(colors->count(), 6);
    const int red = colors->findData(int(Color::Red));
    QVERIFY(red > 0);
    QVERIFY(!colors->itemIcon(red).isNull());
    colors->setCurrentIndex(red);
    QCOMPARE(shownIds(view()), QList<QUuid> { m_b.id });

    // A colour label shows up in the filter after the settings changed.
    QVERIFY(m_store->setColorLabel(Color::Red, QStringLiteral("prüfen")));
    m_panel->refreshLabels();
    QVERIFY(colors->itemText(red).contains(QStringLiteral("prüfen")));
}

void TestAnnotationPanel::textFilter_matchesWithoutDiacritics()
{
    auto *filter = m_panel->findChild<QLineEdit *>(QStringLiteral("notesFilter"));
    QVERIFY(filter);
    QVERIFY(filter->isClearButtonEnabled());
    QTest::keyClicks(filter, QStringLiteral("brussel"));
    QCOMPARE(shownIds(view()), QList<QUuid> { m_a.id });
    filter->clear();
    QCOMPARE(view()->model()->rowCount(), 3);
}

void TestAnnotationPanel::allArticles_typingFindsAnotherArticlesNoteByFullTextSearch()
{
    auto *scope = m_panel->findChild<QComboBox *>(QStringLiteral("notesScope"));
    QVERIFY(scope);
    scope->setCurrentIndex(1);
    QCOMPARE(m_panel->model()->scope(), AnnotationModel::Scope::All);
    QVERIFY(!view()->isColumnHidden(AnnotationModel::ArticleColumn));
    QCOMPARE(view()->model()->rowCount(), 4); // every attached note of both articles

    auto *filter = m_panel->findChild<QLineEdit *>(QStringLiteral("notesFilter"));
    QTest::keyClicks(filter, QStringLiteral("hafenkran"));
    QTRY_COMPARE(shownIds(view()), QList<QUuid> { m_elsewhere.id });
    QCOMPARE(m_panel->model()->query(), QStringLiteral("hafenkran"));
    const QModelIndex title = view()->model()->index(0, AnnotationModel::ArticleColumn);
    QCOMPARE(title.data().toString(), QStringLiteral("Hafenstreik"));

    scope->setCurrentIndex(0);
    QCOMPARE(m_panel->model()->scope(), AnnotationModel::Scope::Article);
    // The same words now filter this article's notes: none of them mentions the crane.
    QCOMPARE(view()->model()->rowCount(), 0);
}

void TestAnnotationPanel::doubleClickAndEnter_emitActivatedWithId()
{
    QSignalSpy activated(m_panel.get(), &AnnotationPanel::activated);
    QTreeView *notes = view();
    const QRect rect = rowRect(notes, 1);
    QVERIFY(rect.isValid());
    QTest::mouseClick(notes->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(notes->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toUuid(), m_b.id);
    QCOMPARE(activated.at(0).at(1).toLongLong(), m_klimaId);

    notes->setCurrentIndex(notes->model()->index(0, AnnotationModel::QuoteColumn));
    QTest::keyClick(notes, Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).at(0).toUuid(), m_a.id);
}

void TestAnnotationPanel::deleteKey_withTwoSelected_requestsBoth()
{
    QSignalSpy deleted(m_panel.get(), &AnnotationPanel::deleteRequested);
    QTreeView *notes = view();
    QTest::mouseClick(notes->viewport(), Qt::LeftButton, {}, rowRect(notes, 0).center());
    QTest::mouseClick(notes->viewport(), Qt::LeftButton, Qt::ControlModifier, rowRect(notes, 2).center());
    QCOMPARE(m_panel->selectedIds(), QList<QUuid>({ m_a.id, m_fuzzy.id }));
    QTest::keyClick(notes, Qt::Key_Delete);
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(deleted.at(0).at(0).value<QList<QUuid>>(), QList<QUuid>({ m_a.id, m_fuzzy.id }));
    // The panel only asks; the store still has both.
    QVERIFY(m_store->annotation(m_a.id).has_value());
}

void TestAnnotationPanel::orphaned_haveTheirOwnGroupAndReattachNeedsASelection()
{
    auto *box = m_panel->findChild<QGroupBox *>(QStringLiteral("orphanedBox"));
    auto *orphans = m_panel->findChild<QTreeView *>(QStringLiteral("orphanedView"));
    auto *reattach = m_panel->findChild<QPushButton *>(QStringLiteral("reattachButton"));
    auto *remove = m_panel->findChild<QPushButton *>(QStringLiteral("deleteOrphanButton"));
    QVERIFY(box && orphans && reattach && remove);
    QVERIFY(box->isVisible());
    QVERIFY(box->title().contains(QStringLiteral("(1)")));
    QCOMPARE(shownIds(orphans), QList<QUuid> { m_orphan.id });
    QVERIFY(!shownIds(view()).contains(m_orphan.id));
    QCOMPARE(orphans->model()->index(0, AnnotationModel::QuoteColumn).data().toString(), m_orphan.quote);
    QVERIFY(!orphans->isColumnHidden(AnnotationModel::NoteColumn));

    QVERIFY(!reattach->isEnabled());
    QTest::mouseClick(orphans->viewport(), Qt::LeftButton, {}, rowRect(orphans, 0).center());
    QCOMPARE(m_panel->selectedIds(), QList<QUuid> { m_orphan.id });
    QVERIFY(!reattach->isEnabled()); // no text selected in the article yet
    QVERIFY(remove->isEnabled());
    m_panel->setReattachAvailable(true);
    QVERIFY(reattach->isEnabled());

    QSignalSpy reattached(m_panel.get(), &AnnotationPanel::reattachRequested);
    QSignalSpy deleted(m_panel.get(), &AnnotationPanel::deleteRequested);
    QTest::mouseClick(reattach, Qt::LeftButton);
    QCOMPARE(reattached.count(), 1);
    QCOMPARE(reattached.at(0).at(0).toUuid(), m_orphan.id);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(deleted.at(0).at(0).value<QList<QUuid>>(), QList<QUuid> { m_orphan.id });

    orphans->clearSelection();
    QVERIFY(!reattach->isEnabled());

    // Once it is gone, so is the group.
    QVERIFY(m_store->removeAnnotation(m_orphan.id));
    QTRY_VERIFY(!box->isVisible());
}

void TestAnnotationPanel::editNoteInPlace_goesThroughCommitter()
{
    QList<QPair<Annotation, Annotation>> calls;
    m_panel->model()->setCommitter([&calls](const Annotation &before, const Annotation &after) {
        calls.append({ before, after });
        return true;
    });
    QTreeView *notes = view();
    notes->setFocus();
    const QModelIndex quote = notes->model()->index(0, AnnotationModel::QuoteColumn);
    notes->setCurrentIndex(quote);
    // F2 on any cell of the row edits its note.
    QTest::keyClick(notes, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = notes->viewport()->findChild<QLineEdit *>()) != nullptr && editor->isVisible());
    QCOMPARE(editor->text(), QStringLiteral("Treffen in Brüssel"));
    editor->setText(QStringLiteral("Treffen in Brüssel, vertagt"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).first.id, m_a.id);
    QCOMPARE(calls.at(0).first.note, QStringLiteral("Treffen in Brüssel"));
    QCOMPARE(calls.at(0).second.note, QStringLiteral("Treffen in Brüssel, vertagt"));
    QCOMPARE(calls.at(0).second.tags, m_a.tags);
}

void TestAnnotationPanel::copyAsMarkdown_putsSelectedNotesOnClipboardAsText()
{
    QApplication::clipboard()->clear();
    QTreeView *notes = view();
    notes->setFocus();
    QTest::mouseClick(notes->viewport(), Qt::LeftButton, {}, rowRect(notes, 0).center());
    QTest::mouseClick(notes->viewport(), Qt::LeftButton, Qt::ControlModifier, rowRect(notes, 2).center());
    QTest::keyClick(notes, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);

    QTRY_VERIFY(!QApplication::clipboard()->text().isEmpty());
    const QString text = QApplication::clipboard()->text();
    QString unescaped = text;
    unescaped.remove(u'\\');
    QVERIFY2(unescaped.contains(m_a.quote), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Treffen in Brüssel")));
    QVERIFY(text.contains(QStringLiteral("Klimagipfel in Bonn")));
    QVERIFY(!text.contains(QStringLiteral("Zahlen prüfen"))); // not selected
    // The note with markup stays literal text: escaped, never live HTML.
    QVERIFY(unescaped.contains(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(!text.contains(QStringLiteral("<script>")));
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(QString::fromUtf8(mime->data(QStringLiteral("text/markdown"))), text);
}

void TestAnnotationPanel::selectAnnotation_clearsFiltersThatHideIt()
{
    auto *tags = m_panel->findChild<QComboBox *>(QStringLiteral("notesTagFilter"));
    tags->setCurrentIndex(tags->findText(QStringLiteral("fakten")));
    QCOMPARE(shownIds(view()), QList<QUuid> { m_b.id });

    m_panel->selectAnnotation(m_a.id);
    QCOMPARE(tags->currentIndex(), 0);
    QCOMPARE(m_panel->selectedIds(), QList<QUuid> { m_a.id });

    // A note of another article switches to all articles.
    m_panel->selectAnnotation(m_elsewhere.id);
    QCOMPARE(m_panel->model()->scope(), AnnotationModel::Scope::All);
    QCOMPARE(m_panel->selectedIds(), QList<QUuid> { m_elsewhere.id });

    // One of the current article is listed under all articles too: the list stays (a jump from it keeps it);
    // an orphan is selected in its own group.
    m_panel->selectAnnotation(m_orphan.id);
    QCOMPARE(m_panel->model()->scope(), AnnotationModel::Scope::All);
    QCOMPARE(m_panel->selectedIds(), QList<QUuid> { m_orphan.id });
}

void TestAnnotationPanel::count_followsDeletes()
{
    auto *count = m_panel->findChild<QLabel *>(QStringLiteral("notesCount"));
    // (Without a translator the plural reads "note(s)".) No filter is on, so it is never "x of y".
    QVERIFY(m_store->removeAnnotation(m_a.id));
    QVERIFY2(count->text().startsWith(QStringLiteral("3 note")) && !count->text().contains(QStringLiteral("of")),
             qPrintable(count->text()));
    QVERIFY(m_store->removeAnnotation(m_orphan.id));
    QVERIFY2(count->text().startsWith(QStringLiteral("2 note")) && !count->text().contains(QStringLiteral("of")),
             qPrintable(count->text()));
}

void TestAnnotationPanel::storeChange_keepsSelection()
{
    m_panel->selectAnnotation(m_b.id);
    Annotation changed = *m_store->annotation(m_b.id);
    changed.note = QStringLiteral("neu geschrieben");
    QVERIFY(m_store->updateAnnotation(changed));
    QCOMPARE(m_panel->selectedIds(), QList<QUuid> { m_b.id });
    const QModelIndex current = view()->currentIndex();
    QCOMPARE(current.siblingAtColumn(AnnotationModel::NoteColumn).data().toString(), QStringLiteral("neu geschrieben"));
}

void TestAnnotationPanel::screenshot()
{
    // Proof that the panel renders; with RANDNOTIZ_SCREENSHOT_DIR set it is also kept for looking at it.
    const QImage image = m_panel->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_panel->size() * m_panel->devicePixelRatio());
    const QString dir = qEnvironmentVariable("RANDNOTIZ_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("notes-panel.png"))));
}

QTEST_MAIN(TestAnnotationPanel)
#include "tst_annotationpanel.moc"
