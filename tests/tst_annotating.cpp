// Annotating in the window as a user does it, driven offscreen through the real MainWindow: marking text,
// notes, the notes panel, undo, reloading a changed file, exporting and links back.
#include "annotationcontroller.h"
#include "annotationpanel.h"
#include "articledocument.h"
#include "articletextview.h"
#include "articleview.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "models/annotationmodel.h"
#include "models/roles.h"
#include "noteeditor.h"
#include "notes/annotationstore.h"
#include "notes/notesexport.h"
#include "settingsdialog.h"
#include "support/exporttestdata.h"
#include "support/guisupport.h"
#include "support/testpaths.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace Randnotiz;

class TestAnnotating final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pressTwo_highlightsSelectionInStoreAndPanel();
    void keysWithoutSelection_changeNothing();
    void highlightInEveryPane_isDrawnThere();
    void sameRangeAgain_recoloursInsteadOfStacking();
    void noteShortcut_savesMultiLineNoteWithTags();
    void noteEditor_escapeCancels();
    void noteThatCannotBeSaved_isKeptOnTheClipboardWithAMessage();
    void hoverOverHighlight_showsNoteAsPlainText();
    void clickOnHighlight_selectsItInPanel();
    void overlappingHighlights_innermostIsPicked();
    void contextMenuOfHighlight_recoloursAndDeletes();
    void panel_filtersByTag();
    void doubleClickInPanel_jumpsToPassageInClosedPane();
    void deleteThenUndo_restoresSameIdAndTimes();
    void undoActions_nameTheChange();
    void editFileOnDisk_reloadShowsOrphanedAndFuzzy();
    void reattachOrphan_toNewSelection();
    void confirmFuzzy_makesItExact();
    void closingTabAndWindow_neverAsksAndKeepsNotes();
    void colorLabels_editedInSettings_showInActions();
    void summaryNote_isAttachedToTheEntry();
    void openLink_opensArticleAndSelectsNote();
    void exportThroughTheWindow_matchesCommandLineExport();

private:
    void openArticle(const QString &sample = QStringLiteral("klimagipfel-bonn.txt"));
    ArticleTextView *textView() const; // the one view of the current article's document
    static QTextCursor select(ArticleTextView *view, const QString &needle);
    QList<Annotation> stored() const;
    NotesStore *store() const { return m_window->annotations()->store(); }
    QTreeView *notesView() const { return m_window->findChild<QTreeView *>(QStringLiteral("notesView")); }
    NoteEditor *waitForEditor() const;
    // Replaces text in the article file on disk and reloads it through the window's reload bar.
    void editOnDiskAndReload(const QList<std::pair<QString, QString>> &replacements);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestAnnotating::initTestCase()
{
    Test::isolateSettings();
}

void TestAnnotating::init()
{
    Test::clearSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    WikiOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("data"));
    m_window = std::make_unique<MainWindow>(options);
    m_window->resize(1300, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAnnotating::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestAnnotating::openArticle(const QString &sample)
{
    m_path = m_dir->filePath(sample);
    if (!QFile::exists(m_path))
        QVERIFY(QFile::copy(Test::samplePath(sample), m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    const int before = m_window->articleCount();
    m_window->openFile(m_path);
    QTRY_COMPARE(m_window->articleCount(), before + 1);
    // The notes are looked up right after the first paint.
    QTRY_VERIFY(m_window->currentView()->articleId() > 0);
}

ArticleTextView *TestAnnotating::textView() const
{
    return m_window->currentView()->textView();
}

QTextCursor TestAnnotating::select(ArticleTextView *view, const QString &needle)
{
    const QTextCursor found = view->document()->find(needle);
    if (!found.isNull()) {
        view->setFocus();
        view->setTextCursor(found);
    }
    return found;
}

QList<Annotation> TestAnnotating::stored() const
{
    return store()->annotations(m_window->currentView()->articleId());
}

NoteEditor *TestAnnotating::waitForEditor() const
{
    // The editor opens window-modal on the next turn of the event loop; none that shows is none at all.
    const bool shown = QTest::qWaitFor([this] {
        auto *editor = m_window->findChild<NoteEditor *>();
        return editor && editor->isVisible();
    });
    return shown ? m_window->findChild<NoteEditor *>() : nullptr;
}

void TestAnnotating::editOnDiskAndReload(const QList<std::pair<QString, QString>> &replacements)
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    for (const auto &[before, after] : replacements) {
        QVERIFY2(text.contains(before), qPrintable(before));
        text.replace(before, after);
    }
    QVERIFY(Test::writeFile(m_path, text.toUtf8()));
    ArticleView *view = m_window->currentView();
    QTRY_VERIFY(view->isReloadBarVisible());
    QSignalSpy shown(m_window->annotations(), &AnnotationController::notesShown);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("reloadButton")), Qt::LeftButton);
    QVERIFY(shown.wait(10000));
}

void TestAnnotating::pressTwo_highlightsSelectionInStoreAndPanel()
{
    openArticle();
    ArticleTextView *body = textView();
    QVERIFY(!select(body, QStringLiteral("Minimalkompromiss")).isNull());
    QTest::keyClick(body, Qt::Key_2);

    const QList<Annotation> notes = stored();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().quote, QStringLiteral("Minimalkompromiss"));
    QCOMPARE(notes.first().color, Color::Red);
    QCOMPARE(notes.first().part, Part::Headline);
    QCOMPARE(body->highlightCount(), 1);
    QVERIFY(!body->textCursor().hasSelection());

    AnnotationModel *model = m_window->annotations()->panel()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->annotation(0).id, notes.first().id);
    QCOMPARE(notesView()->model()->rowCount(), 1);
    // The new highlight is the selected row of the panel.
    QCOMPARE(m_window->annotations()->panel()->selectedIds(), QList<QUuid> { notes.first().id });
}

void TestAnnotating::keysWithoutSelection_changeNothing()
{
    openArticle();
    ArticleTextView *body = textView();
    body->setFocus();
    QTest::keyClick(body, Qt::Key_1);
    QTest::keyClick(body, Qt::Key_5);
    QVERIFY(stored().isEmpty());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("highlightAction_yellow"))->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("addNoteAction"))->isEnabled());
    select(body, QStringLiteral("Bonn"));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("highlightAction_yellow"))->isEnabled());
}

void TestAnnotating::highlightInEveryPane_isDrawnThere()
{
    openArticle();
    const QList<std::pair<QString, QString>> places = {
        { QStringLiteral("pane_commentary"), QStringLiteral("fatales Signal") },
        { QStringLiteral("pane_forecast"), QStringLiteral("Ein Durchbruch") },
        { QStringLiteral("pane_explanations"), QStringLiteral("Politiker aus Grenada") },
        { QStringLiteral("pane_section_0"), QStringLiteral("Seit 1996") },
        { QStringLiteral("pane_notes"), QStringLiteral("Jana Koch") },
    };
    const QList<Part> parts = { Part::Commentary, Part::Forecast, Part::Explanation, Part::Extra, Part::Notes };
    ArticleView *article = m_window->currentView();
    for (qsizetype i = 0; i < places.size(); ++i) {
        ArticleTextView *view = textView();
        QVERIFY(!select(view, places.at(i).second).isNull());
        QTest::keyClick(view, Qt::Key_3);
        QCOMPARE(view->highlightCount(), int(i) + 1);
        // Drawn in its part: the piece over that text lies under the part's header.
        int drawnIn = -2;
        for (const ArticleTextView::Highlight &h : view->highlights()) {
            QTextCursor c(view->document());
            c.setPosition(h.from);
            c.setPosition(h.to, QTextCursor::KeepAnchor);
            if (c.selectedText() == places.at(i).second)
                drawnIn = article->document()->partAt(h.from);
        }
        QCOMPARE(drawnIn, article->partIndex(places.at(i).first));
    }
    QHash<QString, Annotation> byQuote;
    for (const Annotation &a : stored())
        byQuote.insert(a.quote, a);
    QCOMPARE(byQuote.size(), places.size());
    const QString &text = m_window->currentView()->articleText().text();
    for (qsizetype i = 0; i < places.size(); ++i) {
        const Annotation a = byQuote.value(places.at(i).second);
        QCOMPARE(a.part, parts.at(i));
        // The quote is what the article's plain text holds at the stored place.
        QCOMPARE(text.mid(a.start, a.end - a.start), places.at(i).second);
    }
}

void TestAnnotating::sameRangeAgain_recoloursInsteadOfStacking()
{
    openArticle();
    ArticleTextView *body = textView();
    select(body, QStringLiteral("Vereinten Nationen"));
    QTest::keyClick(body, Qt::Key_1);
    select(body, QStringLiteral("Vereinten Nationen"));
    QTest::keyClick(body, Qt::Key_4);
    const QList<Annotation> notes = stored();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().color, Color::Blue);
}

void TestAnnotating::noteShortcut_savesMultiLineNoteWithTags()
{
    openArticle();
    // A tag used before is offered again.
    ArticleTextView *body = textView();
    select(body, QStringLiteral("Umweltverbände"));
    QTest::keyClick(body, Qt::Key_1);
    Annotation first = stored().first();
    first.tags = { QStringLiteral("klima") };
    QVERIFY(store()->updateAnnotation(first));

    select(body, QStringLiteral("Strittige Fragen zur Finanzierung"));
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
    NoteEditor *editor = waitForEditor();
    QVERIFY(editor);
    QCOMPARE(editor->findChild<QLabel *>(QStringLiteral("noteQuote"))->textFormat(), Qt::PlainText);
    auto *text = editor->findChild<QPlainTextEdit *>(QStringLiteral("noteText"));
    auto *tags = editor->findChild<QLineEdit *>(QStringLiteral("noteTags"));
    QCOMPARE(editor->focusWidget(), text);
    QTest::keyClicks(text, QStringLiteral("Erste Zeile"));
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("<b>zweite</b> Zeile"));
    tags->setFocus();
    QTest::keyClicks(tags, QStringLiteral("quelle, kl"));
    QVERIFY(tags->completer());
    QTRY_VERIFY(tags->completer()->popup()->isVisible());
    // The tag being typed is completed; the ones before the comma stay.
    QCOMPARE(tags->completer()->currentCompletion(), QStringLiteral("quelle, klima"));
    QTest::keyClicks(tags, QStringLiteral("ima"));
    // Ctrl+Enter saves even while the completion list is open (it has the keyboard then).
    QWidget *popup = tags->completer()->popup();
    QVERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!editor->isVisible() || m_window->findChild<NoteEditor *>() == nullptr);

    QList<Annotation> notes = stored();
    QCOMPARE(notes.size(), 2);
    const Annotation &note = notes.first().quote.startsWith(QStringLiteral("Strittige")) ? notes.first() : notes.last();
    QCOMPARE(note.quote, QStringLiteral("Strittige Fragen zur Finanzierung"));
    QCOMPARE(note.note, QStringLiteral("Erste Zeile\n<b>zweite</b> Zeile"));
    QCOMPARE(note.tags, QStringList({ QStringLiteral("quelle"), QStringLiteral("klima") }));
}

void TestAnnotating::noteEditor_escapeCancels()
{
    openArticle();
    ArticleTextView *body = textView();
    select(body, QStringLiteral("Stadt Bonn"));
    m_window->findChild<QAction *>(QStringLiteral("addNoteAction"))->trigger();
    NoteEditor *editor = waitForEditor();
    QVERIFY(editor);
    QTest::keyClicks(editor->findChild<QPlainTextEdit *>(QStringLiteral("noteText")), QStringLiteral("verworfen"));
    QTest::keyClick(editor->findChild<QPlainTextEdit *>(QStringLiteral("noteText")), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<NoteEditor *>());
    QVERIFY(stored().isEmpty());
}

void TestAnnotating::noteThatCannotBeSaved_isKeptOnTheClipboardWithAMessage()
{
    openArticle();
    ArticleTextView *body = textView();
    select(body, QStringLiteral("Applaus"));
    m_window->findChild<QAction *>(QStringLiteral("addNoteAction"))->trigger();
    NoteEditor *editor = waitForEditor();
    QVERIFY(editor);
    const QString note = QStringLiteral("Ein Gedanke, der nicht verloren gehen darf.");
    editor->findChild<QPlainTextEdit *>(QStringLiteral("noteText"))->setPlainText(note);
    // The database goes away while the note is being written (a full disk, a removed drive).
    store()->close();
    QApplication::clipboard()->clear();
    QTest::keyClick(editor->findChild<QPlainTextEdit *>(QStringLiteral("noteText")), Qt::Key_Return,
                    Qt::ControlModifier);
    QTRY_VERIFY(!m_window->findChild<NoteEditor *>());
    QCOMPARE(QApplication::clipboard()->text(), note);
    auto *bar = m_window->findChild<QWidget *>(QStringLiteral("errorBar"));
    QVERIFY(bar->isVisible());
    QVERIFY2(
        m_window->findChild<QLabel *>(QStringLiteral("errorMessage"))->text().contains(QStringLiteral("clipboard")),
        qPrintable(m_window->findChild<QLabel *>(QStringLiteral("errorMessage"))->text()));
    // Nothing to undo: the failed change is not on the stack.
    QVERIFY(!m_window->annotations()->undoStack()->canUndo());
}

void TestAnnotating::hoverOverHighlight_showsNoteAsPlainText()
{
    openArticle();
    ArticleTextView *body = textView();
    select(body, QStringLiteral("Rheinufer"));
    QTest::keyClick(body, Qt::Key_1);
    Annotation a = stored().first();
    a.note = QStringLiteral("<img src=x onerror=alert(1)> & mehr");
    a.tags = { QStringLiteral("ort") };
    QVERIFY(store()->updateAnnotation(a));
    QTRY_COMPARE(m_window->currentView()->annotations().first().note, a.note);

    const QRect rect = body->highlightRect(a.id);
    QVERIFY(!rect.isNull());
    QHelpEvent help(QEvent::ToolTip, rect.center(), body->viewport()->mapToGlobal(rect.center()));
    QApplication::sendEvent(body->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt; &amp; mehr")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("#ort")));
    QToolTip::hideText();
}

void TestAnnotating::clickOnHighlight_selectsItInPanel()
{
    openArticle();
    ArticleTextView *body = textView();
    select(body, QStringLiteral("Sekretariat der Klimarahmenkonvention"));
    QTest::keyClick(body, Qt::Key_1);
    select(body, QStringLiteral("Pariser Klimaabkommens"));
    QTest::keyClick(body, Qt::Key_2);
    const QList<Annotation> notes = stored();
    QCOMPARE(notes.size(), 2);
    // The newest is selected; clicking the first highlight selects that one.
    auto *notesDock = m_window->findChild<QDockWidget *>(QStringLiteral("notesDock"));
    m_window->findChild<QDockWidget *>(QStringLiteral("biographyDock"))->raise();
    QTRY_VERIFY(notesView()->visibleRegion().isEmpty()); // its tab is behind the persons and terms
    QSignalSpy shown(notesDock, &QDockWidget::visibilityChanged);
    const QRect rect = body->highlightRect(notes.first().id);
    QTest::mouseClick(body->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(m_window->annotations()->panel()->selectedIds(), QList<QUuid> { notes.first().id });
    // The notes dock comes to the front to show it.
    QTRY_VERIFY(!shown.isEmpty() && shown.last().first().toBool());
    QTRY_VERIFY(!notesView()->visibleRegion().isEmpty());
}

void TestAnnotating::overlappingHighlights_innermostIsPicked()
{
    openArticle();
    ArticleTextView *body = textView();
    select(body, QStringLiteral("Die Delegierten aus fast 190 Staaten"));
    QTest::keyClick(body, Qt::Key_1);
    select(body, QStringLiteral("190 Staaten"));
    QTest::keyClick(body, Qt::Key_4);
    QCOMPARE(body->highlightCount(), 2);
    const QList<Annotation> notes = stored();
    const Annotation inner = notes.first().quote == QStringLiteral("190 Staaten") ? notes.first() : notes.last();
    const Annotation outer = notes.first().quote == QStringLiteral("190 Staaten") ? notes.last() : notes.first();
    QCOMPARE(body->highlightAt(body->highlightRect(inner.id).center()), inner.id);
    QCOMPARE(body->highlightAt(body->highlightRect(outer.id).center()), outer.id);
    // Both are drawn: the overlap carries two translucent layers, so its text stays readable.
    int covering = 0;
    for (const QTextEdit::ExtraSelection &s : body->extraSelections()) {
        const int position = body->cursorForPosition(body->highlightRect(inner.id).center()).position();
        if (s.cursor.selectionStart() <= position && position < s.cursor.selectionEnd()) {
            ++covering;
            QVERIFY(s.format.background().color().alpha() < 160);
        }
    }
    QCOMPARE(covering, 2);
}

void TestAnnotating::contextMenuOfHighlight_recoloursAndDeletes()
{
    openArticle();
    ArticleTextView *body = textView();
    select(body, QStringLiteral("Podiumsdiskussion"));
    QTest::keyClick(body, Qt::Key_1);
    const QUuid id = stored().first().id;
    const QPoint at = body->highlightRect(id).center();

    // The menu runs its own loop: pick an entry once it is open.
    const auto chooseInMenu = [](const QStringList &path) {
        QTimer::singleShot(0, [path] {
            QMenu *menu = nullptr;
            if (!QTest::qWaitFor([&menu] { return (menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())); }))
                return;
            for (qsizetype i = 0; menu && i < path.size(); ++i) {
                QAction *found = nullptr;
                for (QAction *a : menu->actions()) {
                    if (a->text().remove(QLatin1Char('&')) == path.at(i))
                        found = a;
                }
                if (!found) {
                    menu->close();
                    return;
                }
                if (i + 1 < path.size()) {
                    menu = found->menu();
                } else {
                    found->trigger();
                    if (QWidget *popup = QApplication::activePopupWidget())
                        popup->close();
                }
            }
        });
    };
    chooseInMenu({ QStringLiteral("Change Colour"), QStringLiteral("Green") });
    QContextMenuEvent recolour(QContextMenuEvent::Mouse, at, body->viewport()->mapToGlobal(at));
    QApplication::sendEvent(body->viewport(), &recolour);
    QTRY_COMPARE(stored().value(0).color, Color::Green);

    chooseInMenu({ QStringLiteral("Delete Highlight") });
    QContextMenuEvent remove(QContextMenuEvent::Mouse, at, body->viewport()->mapToGlobal(at));
    QApplication::sendEvent(body->viewport(), &remove);
    QTRY_VERIFY(stored().isEmpty());
    QCOMPARE(body->highlightCount(), 0);
}

void TestAnnotating::panel_filtersByTag()
{
    openArticle();
    ArticleTextView *body = textView();
    const QStringList phrases
        = { QStringLiteral("Simon Stiell"), QStringLiteral("Inselstaaten"), QStringLiteral("Christiana Figueres") };
    for (const QString &phrase : phrases) {
        select(body, phrase);
        QTest::keyClick(body, Qt::Key_1);
    }
    QList<Annotation> notes = stored();
    QCOMPARE(notes.size(), 3);
    for (Annotation &a : notes) {
        a.tags = { a.quote == QStringLiteral("Inselstaaten") ? QStringLiteral("staaten") : QStringLiteral("person") };
        QVERIFY(store()->updateAnnotation(a));
    }
    auto *tagFilter = m_window->findChild<QComboBox *>(QStringLiteral("notesTagFilter"));
    QVERIFY(tagFilter);
    QTRY_VERIFY(tagFilter->findText(QStringLiteral("person")) >= 0);
    tagFilter->setCurrentIndex(tagFilter->findText(QStringLiteral("person")));
    QTRY_COMPARE(notesView()->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QVERIFY(notesView()->model()->index(row, 0).data(TagsRole).toStringList().contains(QStringLiteral("person")));
    tagFilter->setCurrentIndex(tagFilter->findText(QStringLiteral("staaten")));
    QTRY_COMPARE(notesView()->model()->rowCount(), 1);
    QCOMPARE(notesView()->model()->index(0, 0).data(QuoteRole).toString(), QStringLiteral("Inselstaaten"));
}

void TestAnnotating::doubleClickInPanel_jumpsToPassageInClosedPane()
{
    openArticle();
    ArticleView *view = m_window->currentView();
    ArticleTextView *forecast = textView();
    select(forecast, QStringLiteral("Paket aus kleineren Zusagen"));
    QTest::keyClick(forecast, Qt::Key_5);
    const QUuid id = stored().first().id;
    const int pane = view->partIndex(QStringLiteral("pane_forecast"));
    const QTextBlock paragraph = forecast->document()->find(QStringLiteral("Paket aus kleineren Zusagen")).block();
    view->setPartExpanded(pane, false);
    QVERIFY(!paragraph.isVisible());
    forecast->setTextCursor(QTextCursor(forecast->document()));

    QTreeView *list = notesView();
    m_window->findChild<QDockWidget *>(QStringLiteral("notesDock"))->raise();
    QTRY_VERIFY(list->isVisible());
    QTRY_COMPARE(list->model()->rowCount(), 1);
    const QRect row = list->visualRect(list->model()->index(0, 1));
    // As a real double-click arrives: a press and release first, then the double-click.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, row.center());
    QTRY_VERIFY(view->isPartExpanded(pane));
    QVERIFY(paragraph.isVisible());
    QCOMPARE(forecast->textCursor().selectedText(), QStringLiteral("Paket aus kleineren Zusagen"));

    // Enter on the row does the same.
    forecast->setTextCursor(QTextCursor(forecast->document()));
    view->setPartExpanded(pane, false);
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 1));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(view->isPartExpanded(pane));
    QCOMPARE(forecast->textCursor().selectedText(), QStringLiteral("Paket aus kleineren Zusagen"));
    QCOMPARE(m_window->annotations()->panel()->selectedIds(), QList<QUuid> { id });
}

void TestAnnotating::deleteThenUndo_restoresSameIdAndTimes()
{
    openArticle();
    ArticleTextView *body = textView();
    select(body, QStringLiteral("Beobachter"));
    QTest::keyClick(body, Qt::Key_1);
    select(body, QStringLiteral("Gastgeber"));
    QTest::keyClick(body, Qt::Key_2);
    QList<Annotation> before = stored();
    QCOMPARE(before.size(), 2);
    Annotation withNote = before.first();
    withNote.note = QStringLiteral("bleibt");
    QVERIFY(store()->updateAnnotation(withNote));
    before = stored();

    QTreeView *list = notesView();
    m_window->findChild<QDockWidget *>(QStringLiteral("notesDock"))->raise();
    QTRY_COMPARE(list->model()->rowCount(), 2);
    list->setFocus();
    list->selectAll();
    QTest::keyClick(list, Qt::Key_Delete);
    QTRY_VERIFY(stored().isEmpty());
    QCOMPARE(body->highlightCount(), 0);

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(stored().size(), 2);
    const QList<Annotation> after = stored();
    QCOMPARE(after, before); // same ids, notes, positions, created and modified times
    QCOMPARE(body->highlightCount(), 2);
    QTRY_COMPARE(list->model()->rowCount(), 2);

    // And redo deletes them again.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(stored().isEmpty());
}

void TestAnnotating::undoActions_nameTheChange()
{
    openArticle();
    ArticleTextView *body = textView();
    select(body, QStringLiteral("Applaus"));
    QTest::keyClick(body, Qt::Key_1);
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("Highlight")), qPrintable(undo->text()));
    m_window->annotations()->recolor({ stored().first().id }, Color::Green);
    QVERIFY2(undo->text().contains(QStringLiteral("Colour")), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(stored().first().color, Color::Yellow);
    undo->trigger();
    QVERIFY(stored().isEmpty());
    QVERIFY(!undo->isEnabled());
}

void TestAnnotating::editFileOnDisk_reloadShowsOrphanedAndFuzzy()
{
    openArticle();
    ArticleTextView *body = textView();
    select(body, QStringLiteral("Der Vorschlag fand jedoch keine Mehrheit."));
    QTest::keyClick(body, Qt::Key_1);
    select(body, QStringLiteral("warb dort per Videoschaltung"));
    QTest::keyClick(body, Qt::Key_2);
    select(body, QStringLiteral("Umweltverbände zeigten sich enttäuscht."));
    QTest::keyClick(body, Qt::Key_3);
    QCOMPARE(stored().size(), 3);

    // One sentence goes, one word changes, and a sentence is added before the third.
    editOnDiskAndReload(
        { { QStringLiteral(" Der Vorschlag fand jedoch keine Mehrheit."), QString() },
          { QStringLiteral("warb dort per Videoschaltung"), QStringLiteral("warb dort per Videobotschaft") },
          { QStringLiteral("Umweltverbände zeigten"), QStringLiteral("Neu eingefügt. Umweltverbände zeigten") } });
    ArticleView *view = m_window->currentView();
    QVERIFY(view->article().body().join(QLatin1Char(' ')).contains(QStringLiteral("Videobotschaft")));
    QTRY_COMPARE(view->annotations().size(), 3);

    QHash<QString, AnchorStatus> statuses;
    for (const Annotation &a : stored())
        statuses.insert(a.quote, a.status);
    QCOMPARE(statuses.value(QStringLiteral("Der Vorschlag fand jedoch keine Mehrheit.")), AnchorStatus::Orphaned);
    QCOMPARE(statuses.value(QStringLiteral("warb dort per Videoschaltung")), AnchorStatus::Fuzzy);
    QCOMPARE(statuses.value(QStringLiteral("Umweltverbände zeigten sich enttäuscht.")), AnchorStatus::Moved);
    // Drawn: the two that still have a place.
    QTRY_COMPARE(textView()->highlightCount(), 2);

    // The panel: the orphan in its own group with its quote, the fuzzy one marked in the list.
    auto *orphans = m_window->findChild<QTreeView *>(QStringLiteral("orphanedView"));
    QVERIFY(orphans);
    QTRY_COMPARE(orphans->model()->rowCount(), 1);
    QCOMPARE(orphans->model()->index(0, 0).data(QuoteRole).toString(),
             QStringLiteral("Der Vorschlag fand jedoch keine Mehrheit."));
    QTRY_COMPARE(notesView()->model()->rowCount(), 2);
    bool fuzzyMarked = false;
    for (int row = 0; row < notesView()->model()->rowCount(); ++row) {
        const QModelIndex index = notesView()->model()->index(row, 0);
        if (AnchorStatus(index.data(AnchorStatusRole).toInt()) == AnchorStatus::Fuzzy)
            fuzzyMarked = true;
    }
    QVERIFY(fuzzyMarked);
}

void TestAnnotating::reattachOrphan_toNewSelection()
{
    openArticle();
    ArticleTextView *body = textView();
    select(body, QStringLiteral("Der Vorschlag fand jedoch keine Mehrheit."));
    QTest::keyClick(body, Qt::Key_1);
    editOnDiskAndReload({ { QStringLiteral("Der Vorschlag fand jedoch keine Mehrheit."),
                            QStringLiteral("Eine Mehrheit fand der Vorschlag nicht.") } });
    QCOMPARE(stored().value(0).status, AnchorStatus::Orphaned);

    const QUuid id = stored().first().id;
    auto *reattach = m_window->findChild<QPushButton *>(QStringLiteral("reattachButton"));
    QVERIFY(reattach);
    select(textView(), QStringLiteral("Eine Mehrheit fand der Vorschlag nicht."));
    auto *orphans = m_window->findChild<QTreeView *>(QStringLiteral("orphanedView"));
    QTRY_COMPARE(orphans->model()->rowCount(), 1);
    orphans->setCurrentIndex(orphans->model()->index(0, 0));
    orphans->selectionModel()->select(orphans->model()->index(0, 0),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_VERIFY(reattach->isEnabled());
    reattach->click();
    QTRY_COMPARE(stored().value(0).status, AnchorStatus::Exact);
    QCOMPARE(stored().first().id, id);
    QCOMPARE(stored().first().quote, QStringLiteral("Eine Mehrheit fand der Vorschlag nicht."));
    QTRY_COMPARE(textView()->highlightCount(), 1);
    // Undo puts it back among the orphans.
    m_window->annotations()->undoStack()->undo();
    QCOMPARE(stored().first().status, AnchorStatus::Orphaned);
}

void TestAnnotating::confirmFuzzy_makesItExact()
{
    openArticle();
    ArticleTextView *body = textView();
    select(body, QStringLiteral("warb dort per Videoschaltung"));
    QTest::keyClick(body, Qt::Key_2);
    editOnDiskAndReload(
        { { QStringLiteral("warb dort per Videoschaltung"), QStringLiteral("warb dort per Videobotschaft") } });
    QCOMPARE(stored().value(0).status, AnchorStatus::Fuzzy);
    // Marked in the text with a wavy line until it is confirmed.
    const auto underline = [this] {
        const QList<QTextEdit::ExtraSelection> selections = textView()->extraSelections();
        return selections.isEmpty() ? QTextCharFormat::NoUnderline : selections.first().format.underlineStyle();
    };
    QCOMPARE(underline(), QTextCharFormat::WaveUnderline);
    m_window->annotations()->confirmPosition(stored().first().id);
    QTRY_COMPARE(underline(), QTextCharFormat::NoUnderline);
    QCOMPARE(stored().first().status, AnchorStatus::Exact);
    QCOMPARE(stored().first().quote, QStringLiteral("warb dort per Videobotschaft"));
}

void TestAnnotating::closingTabAndWindow_neverAsksAndKeepsNotes()
{
    openArticle();
    ArticleTextView *body = textView();
    select(body, QStringLiteral("Bündnis"));
    QTest::keyClick(body, Qt::Key_1);
    const QList<Annotation> notes = stored();
    m_window->closeCurrentTab();
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_window->articleCount(), 0);
    QVERIFY(m_window->close());
    QVERIFY(!QApplication::activeModalWidget());
    m_window.reset();

    // A new window on the same data folder has them.
    AnnotationStore reopened;
    QVERIFY(reopened.open(m_dir->filePath(QStringLiteral("data"))));
    QCOMPARE(reopened.annotations(notes.first().articleId), notes);
}

void TestAnnotating::colorLabels_editedInSettings_showInActions()
{
    m_window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog *>()) && dialog->isVisible());
    auto *yellow = dialog->findChild<QLineEdit *>(QStringLiteral("colorLabel_yellow"));
    QVERIFY(yellow);
    yellow->setText(QStringLiteral("wichtig"));
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"))->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
    QCOMPARE(store()->colorLabels().label(Color::Yellow), QStringLiteral("wichtig"));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("highlightAction_yellow"))
                ->text()
                .contains(QStringLiteral("wichtig")));
    auto *colorFilter = m_window->findChild<QComboBox *>(QStringLiteral("notesColorFilter"));
    bool labelled = false;
    for (int i = 0; i < colorFilter->count(); ++i)
        labelled = labelled || colorFilter->itemText(i).contains(QStringLiteral("wichtig"));
    QVERIFY(labelled);
}

void TestAnnotating::summaryNote_isAttachedToTheEntry()
{
    openArticle();
    ArticleView *view = m_window->currentView();
    QVERIFY(m_window->annotations()->addEntryNote(view, 1, QStringLiteral("Christiana Figueres\nZusammenfassung")));
    const QList<Annotation> notes = stored();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().part, Part::Explanation);
    QCOMPARE(notes.first().quote, QStringLiteral("Wer ist Christiana Figueres?"));
    QCOMPARE(notes.first().note, QStringLiteral("Christiana Figueres\nZusammenfassung"));
    QCOMPARE(textView()->highlightCount(), 1);
}

void TestAnnotating::openLink_opensArticleAndSelectsNote()
{
    openArticle();
    ArticleTextView *forecast = textView();
    select(forecast, QStringLiteral("Ausgleichszahlungen"));
    QTest::keyClick(forecast, Qt::Key_3);
    const Annotation note = stored().first();
    const StoredArticle article = store()->article(note.articleId);
    const QUrl link = NotesExport::openLink(
        ArticleNotes { article.title, article.path, article.fingerprint, article.plainText, { note } }, note);
    m_window->closeCurrentTab();
    QCOMPARE(m_window->articleCount(), 0);

    QSignalSpy revealed(m_window->annotations(), &AnnotationController::annotationRevealed);
    QVERIFY(m_window->handleArguments({ link.toString() }));
    QTRY_COMPARE(revealed.size(), 1);
    QCOMPARE(m_window->articleCount(), 1);
    QCOMPARE(revealed.first().first().toUuid(), note.id);
    QCOMPARE(textView()->textCursor().selectedText(), QStringLiteral("Ausgleichszahlungen"));
    QCOMPARE(m_window->annotations()->panel()->selectedIds(), QList<QUuid> { note.id });

    // A link to something that is not there says so and opens nothing.
    QVERIFY(!m_window->handleArguments({ QStringLiteral("randnotiz://open?annotation=nonsense") }));
    QCOMPARE(m_window->articleCount(), 1);
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("errorBar"))->isVisible());
}

void TestAnnotating::exportThroughTheWindow_matchesCommandLineExport()
{
    openArticle();
    ArticleTextView *body = textView();
    select(body, QStringLiteral("Inselstaaten"));
    QTest::keyClick(body, Qt::Key_4);
    Annotation a = stored().first();
    a.note = QStringLiteral("Welche?\nNachfragen");
    a.tags = { QStringLiteral("recherche") };
    QVERIFY(store()->updateAnnotation(a));

    m_window->findChild<QAction *>(QStringLiteral("exportNotesAction"))->trigger();
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ExportDialog *>()) && dialog->isVisible());
    for (const auto &[format, suffix] :
         { std::pair { QStringLiteral("md"), 0 }, std::pair { QStringLiteral("csv"), 2 } }) {
        auto *formats = dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"));
        formats->setCurrentIndex(suffix);
        const QString viaDialog = m_dir->filePath(QStringLiteral("dialog.") + format);
        dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"))->setText(viaDialog);
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
        QVERIFY(finished.wait(20000));
        QVERIFY(QFile::exists(viaDialog));

        const QString viaCli = m_dir->filePath(QStringLiteral("cli.") + format);
        const Test::CliRun run
            = Test::runProgram(QStringLiteral(RANDNOTIZ_BINARY),
                               { QStringLiteral("--export-notes"), format, m_path, QStringLiteral("--data-dir"),
                                 m_dir->filePath(QStringLiteral("data")), QStringLiteral("-o"), viaCli });
        QCOMPARE(run.exitCode, 0);
        const QByteArray fromDialog = Test::withoutExportTime(Test::readAll(viaDialog));
        QCOMPARE(fromDialog, Test::withoutExportTime(Test::readAll(viaCli)));
        QVERIFY(fromDialog.contains("Inselstaaten"));
        QVERIFY(fromDialog.contains("recherche"));
    }
}

QTEST_MAIN(TestAnnotating)
#include "tst_annotating.moc"
