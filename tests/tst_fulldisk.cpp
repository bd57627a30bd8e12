// Notes in the window when the disk is really full and when the data folder is read-only, through the real
// MainWindow: a new note, an edit, a delete, an undo and a redo each either happen completely or leave a clear
// message (and a note's text on the clipboard); the undo stack holds only what the store holds. The data
// folder sits on a tmpfs of the test's own (support/tinydisk.h), filled to the last byte or remounted
// read-only; the article files are elsewhere, so reading is never in the way.
#include "annotationcontroller.h"
#include "articletextview.h"
#include "articleview.h"
#include "mainwindow.h"
#include "noteeditor.h"
#include "notes/annotationstore.h"
#include "settingsdialog.h"
#include "support/guisupport.h"
#include "support/testpaths.h"
#include "support/tinydisk.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace Randnotiz;

class TestFullDisk final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newNote_onFullDisk_goesToClipboardWithMessageAndNotOnTheStack();
    void edit_onFullDisk_keepsOldNoteAndPutsNewTextOnClipboard();
    void deleteSeveral_onFullDisk_keepsAllOfThemAndTheStack();
    void undo_onFullDisk_movesNeitherStackNorStore_thenWorksWithRoom();
    void undoOfDelete_onFullDisk_putsTheNoteOnTheClipboard();
    void redo_onFullDisk_movesNeitherStackNorStore_thenWorksWithRoom();
    void stackDrivenDirectly_onFullDisk_dropsTheChangeItCouldNotUndo();
    void readOnlyDataFolder_readsArticlesShowsNotesAndSaysTheyCannotBeSaved();
    void settings_showAndClearArticlesWithoutNotes();

private:
    void startWindow();
    void openArticle(const QString &sample = QStringLiteral("klimagipfel-bonn.txt"));
    void select(const QString &needle);
    void highlight(const QString &needle);
    void addNote(const QString &needle, const QString &note);
    void typeIntoEditor(const QString &note);
    QList<Annotation> stored() const;
    QString lastNotice() const;
    void trigger(const char *action) const;
    AnnotationController *annotations() const { return m_window->annotations(); }
    QUndoStack *undoStack() const { return annotations()->undoStack(); }
    ArticleTextView *body() const
    {
        return m_window->currentView()->textView(); // the one view of the article's document
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::TinyDisk> m_disk;
    std::unique_ptr<MainWindow> m_window;
};

void TestFullDisk::initTestCase()
{
    Test::isolateSettings();
}

void TestFullDisk::init()
{
    Test::clearSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("disk")));
    m_disk = std::make_unique<Test::TinyDisk>(m_dir->filePath(QStringLiteral("disk")), 4 * 1024 * 1024);
    QVERIFY2(m_disk->isMounted(), qPrintable(m_disk->errorString()));
    startWindow();
}

void TestFullDisk::cleanup()
{
    m_window.reset();
    m_disk.reset();
    m_dir.reset();
}

void TestFullDisk::startWindow()
{
    WikiOptions options;
    options.dataDir = m_disk->path() + QStringLiteral("/data");
    m_window = std::make_unique<MainWindow>(options);
    m_window->resize(1300, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestFullDisk::openArticle(const QString &sample)
{
    const QString path = m_dir->filePath(sample);
    if (!QFile::exists(path))
        QVERIFY(QFile::copy(Test::samplePath(sample), path));
    const int before = m_window->articleCount();
    m_window->openFile(path);
    QTRY_COMPARE(m_window->articleCount(), before + 1);
    QTRY_VERIFY(m_window->currentView()->articleId() > 0);
}

void TestFullDisk::select(const QString &needle)
{
    const QTextCursor found = body()->document()->find(needle);
    QVERIFY2(!found.isNull(), qPrintable(needle));
    body()->setFocus();
    body()->setTextCursor(found);
}

void TestFullDisk::highlight(const QString &needle)
{
    select(needle);
    QTest::keyClick(body(), Qt::Key_1);
}

void TestFullDisk::typeIntoEditor(const QString &note)
{
    NoteEditor *editor = nullptr;
    QTRY_VERIFY((editor = m_window->findChild<NoteEditor *>()) && editor->isVisible());
    auto *text = editor->findChild<QPlainTextEdit *>(QStringLiteral("noteText"));
    text->setPlainText(note);
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->findChild<NoteEditor *>());
}

void TestFullDisk::addNote(const QString &needle, const QString &note)
{
    select(needle);
    trigger("addNoteAction");
    typeIntoEditor(note);
}

QList<Annotation> TestFullDisk::stored() const
{
    return annotations()->store()->annotations(m_window->currentView()->articleId());
}

QString TestFullDisk::lastNotice() const
{
    auto *bar = m_window->findChild<QWidget *>(QStringLiteral("errorBar"));
    if (!bar || !bar->isVisible())
        return {};
    return m_window->findChild<QLabel *>(QStringLiteral("errorMessage"))->text().split(u'\n').constLast();
}

void TestFullDisk::trigger(const char *action) const
{
    QAction *a = m_window->findChild<QAction *>(QString::fromLatin1(action));
    QVERIFY2(a, action);
    QVERIFY2(a->isEnabled(), action);
    a->trigger();
}

void TestFullDisk::newNote_onFullDisk_goesToClipboardWithMessageAndNotOnTheStack()
{
    openArticle();
    QVERIFY(m_disk->fill());
    QApplication::clipboard()->clear();
    const QString note = QStringLiteral("Ein Gedanke, der nicht verloren gehen darf.");
    addNote(QStringLiteral("Applaus"), note);

    QCOMPARE(QApplication::clipboard()->text(), note);
    const QString notice = lastNotice();
    QVERIFY2(notice.contains(QStringLiteral("The note could not be saved")), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("the disk or the notes database is full")), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("clipboard")), qPrintable(notice));
    QVERIFY(stored().isEmpty());
    QCOMPARE(undoStack()->count(), 0);
    QCOMPARE(body()->highlightCount(), 0);

    // A plain highlight says so too, and the stack stays empty.
    highlight(QStringLiteral("Gastgeber"));
    QVERIFY2(lastNotice().contains(QStringLiteral("The highlight could not be saved")), qPrintable(lastNotice()));
    QCOMPARE(undoStack()->count(), 0);

    // With room again, the same note goes in.
    QVERIFY(m_disk->makeRoom());
    addNote(QStringLiteral("Applaus"), note);
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().note, note);
    QCOMPARE(undoStack()->count(), 1);
}

void TestFullDisk::edit_onFullDisk_keepsOldNoteAndPutsNewTextOnClipboard()
{
    openArticle();
    addNote(QStringLiteral("Applaus"), QStringLiteral("alt"));
    QCOMPARE(stored().size(), 1);
    const Annotation before = stored().first();
    QVERIFY(m_disk->fill());
    QApplication::clipboard()->clear();

    annotations()->editAnnotation(before.id);
    typeIntoEditor(QStringLiteral("neu und verloren?"));

    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("neu und verloren?"));
    QVERIFY2(lastNotice().contains(QStringLiteral("The change could not be saved")), qPrintable(lastNotice()));
    QVERIFY(lastNotice().contains(QStringLiteral("clipboard")));
    QCOMPARE(stored(), QList<Annotation> { before });
    QCOMPARE(m_window->currentView()->annotations().first().note, QStringLiteral("alt"));
    QCOMPARE(undoStack()->count(), 1);
    QCOMPARE(undoStack()->index(), 1);
}

void TestFullDisk::deleteSeveral_onFullDisk_keepsAllOfThemAndTheStack()
{
    openArticle();
    highlight(QStringLiteral("Applaus"));
    highlight(QStringLiteral("Gastgeber"));
    addNote(QStringLiteral("Beobachter"), QStringLiteral("bleibt"));
    const QList<Annotation> before = stored();
    QCOMPARE(before.size(), 3);
    QVERIFY(m_disk->fill());

    auto *list = m_window->findChild<QTreeView *>(QStringLiteral("notesView"));
    m_window->findChild<QDockWidget *>(QStringLiteral("notesDock"))->raise();
    QTRY_COMPARE(list->model()->rowCount(), 3);
    list->setFocus();
    list->selectAll();
    QTest::keyClick(list, Qt::Key_Delete);

    QVERIFY2(lastNotice().contains(QStringLiteral("The notes could not be deleted; they are all still there")),
             qPrintable(lastNotice()));
    QCOMPARE(stored(), before);
    QCOMPARE(body()->highlightCount(), 3);
    QCOMPARE(list->model()->rowCount(), 3);
    QCOMPARE(undoStack()->count(), 3);
    QCOMPARE(undoStack()->index(), 3);

    // Room again, but the third delete fails half-way through the transaction: none of them goes.
    QVERIFY(m_disk->makeRoom());
    {
        const QString name = QStringLiteral("trigger");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(annotations()->store()->location());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER third_fails BEFORE DELETE ON annotations"
                                          " WHEN (SELECT count(*) FROM annotations) <= 1"
                                          " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
        }
        QSqlDatabase::removeDatabase(name);
    }
    list->selectAll();
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY2(lastNotice().contains(QStringLiteral("database or disk is full")), qPrintable(lastNotice()));
    QCOMPARE(stored(), before);
    QCOMPARE(body()->highlightCount(), 3);
    QCOMPARE(undoStack()->count(), 3);
}

void TestFullDisk::undo_onFullDisk_movesNeitherStackNorStore_thenWorksWithRoom()
{
    openArticle();
    addNote(QStringLiteral("Applaus"), QStringLiteral("bleibt erst einmal"));
    QCOMPARE(stored().size(), 1);
    QVERIFY(m_disk->fill());

    trigger("undoAction");
    QVERIFY2(lastNotice().contains(QStringLiteral("could not be undone; nothing was changed")),
             qPrintable(lastNotice()));
    QVERIFY(lastNotice().contains(QStringLiteral("full")));
    QCOMPARE(stored().size(), 1);
    QCOMPARE(undoStack()->count(), 1);
    QCOMPARE(undoStack()->index(), 1); // still to be undone
    QCOMPARE(body()->highlightCount(), 1);

    QVERIFY(m_disk->makeRoom());
    trigger("undoAction");
    QVERIFY(stored().isEmpty());
    QCOMPARE(undoStack()->index(), 0);
    QCOMPARE(body()->highlightCount(), 0);
}

void TestFullDisk::undoOfDelete_onFullDisk_putsTheNoteOnTheClipboard()
{
    openArticle();
    addNote(QStringLiteral("Applaus"), QStringLiteral("gelöscht, aber nicht vergessen"));
    const Annotation note = stored().first();
    annotations()->deleteAnnotations({ note.id });
    QVERIFY(stored().isEmpty());
    QCOMPARE(undoStack()->index(), 2);
    QVERIFY(m_disk->fill());
    QApplication::clipboard()->clear();

    trigger("undoAction");
    QCOMPARE(QApplication::clipboard()->text(), note.note);
    QVERIFY2(lastNotice().contains(QStringLiteral("could not be undone")), qPrintable(lastNotice()));
    QVERIFY(lastNotice().contains(QStringLiteral("clipboard")));
    QVERIFY(stored().isEmpty());
    QCOMPARE(undoStack()->index(), 2);

    QVERIFY(m_disk->makeRoom());
    trigger("undoAction");
    QCOMPARE(stored(), QList<Annotation> { note }); // the same note, id and times
    QCOMPARE(undoStack()->index(), 1);
}

void TestFullDisk::redo_onFullDisk_movesNeitherStackNorStore_thenWorksWithRoom()
{
    openArticle();
    addNote(QStringLiteral("Applaus"), QStringLiteral("kommt wieder"));
    const Annotation note = stored().first();
    trigger("undoAction");
    QVERIFY(stored().isEmpty());
    QVERIFY(m_disk->fill());
    QApplication::clipboard()->clear();

    trigger("redoAction");
    QCOMPARE(QApplication::clipboard()->text(), note.note);
    QVERIFY2(lastNotice().contains(QStringLiteral("could not be redone; nothing was changed")),
             qPrintable(lastNotice()));
    QVERIFY(stored().isEmpty());
    QCOMPARE(undoStack()->count(), 1);
    QCOMPARE(undoStack()->index(), 0); // still to be redone

    QVERIFY(m_disk->makeRoom());
    trigger("redoAction");
    QCOMPARE(stored(), QList<Annotation> { note });
    QCOMPARE(undoStack()->index(), 1);
}

void TestFullDisk::stackDrivenDirectly_onFullDisk_dropsTheChangeItCouldNotUndo()
{
    openArticle();
    highlight(QStringLiteral("Gastgeber"));
    addNote(QStringLiteral("Applaus"), QStringLiteral("bleibt"));
    QCOMPARE(undoStack()->count(), 2);
    QVERIFY(m_disk->fill());

    // QUndoStack::undo() moves the stack whatever undo() does: the change it could not undo leaves the stack
    // instead of staying on it as if undone.
    undoStack()->undo();
    QVERIFY2(lastNotice().contains(QStringLiteral("taken off the undo list")), qPrintable(lastNotice()));
    QCOMPARE(stored().size(), 2);
    QCOMPARE(undoStack()->count(), 1);
    QCOMPARE(undoStack()->index(), 1);

    // What is left still agrees with the store.
    QVERIFY(m_disk->makeRoom());
    trigger("undoAction");
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().note, QStringLiteral("bleibt"));
}

void TestFullDisk::readOnlyDataFolder_readsArticlesShowsNotesAndSaysTheyCannotBeSaved()
{
    openArticle();
    addNote(QStringLiteral("Applaus"), QStringLiteral("lesbar"));
    m_window.reset();
    QVERIFY2(m_disk->setReadOnly(true), qPrintable(m_disk->errorString()));

    startWindow();
    QVERIFY2(lastNotice().contains(QStringLiteral("cannot be written")), qPrintable(lastNotice()));
    QVERIFY(lastNotice().contains(QStringLiteral("no note can be added, changed or deleted")));
    openArticle();
    QTRY_COMPARE(body()->highlightCount(), 1);
    QCOMPARE(m_window->currentView()->annotations().first().note, QStringLiteral("lesbar"));

    // Marking is switched off, and a key that would mark says why instead.
    select(QStringLiteral("Gastgeber"));
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("addNoteAction"))->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("highlightAction_red"))->isEnabled());
    QTest::keyClick(body(), Qt::Key_2);
    QCOMPARE(stored().size(), 1);
    QCOMPARE(undoStack()->count(), 0);

    // An article the store does not know is read all the same.
    const QString other = m_dir->filePath(QStringLiteral("other.txt"));
    QVERIFY(QFile::copy(Test::samplePath(QStringLiteral("hafenstreik-hamburg.txt")), other));
    m_window->openFile(other);
    QTRY_COMPARE(m_window->articleCount(), 2);
    QTRY_VERIFY(lastNotice().contains(QStringLiteral("read-only")));
    QVERIFY(!body()->toPlainText().isEmpty());
}

void TestFullDisk::settings_showAndClearArticlesWithoutNotes()
{
    // One article seen and closed, one open without notes, one with a note.
    openArticle(QStringLiteral("hafenstreik-hamburg.txt"));
    const qint64 closed = m_window->currentView()->articleId();
    m_window->closeCurrentTab();
    openArticle(QStringLiteral("stadtbibliothek-nachtoeffnung.txt"));
    ArticleView *openWithoutNotes = m_window->currentView();
    openArticle();
    highlight(QStringLiteral("Applaus"));
    const qint64 withNote = m_window->currentView()->articleId();
    NotesStore *store = annotations()->store();
    QCOMPARE(store->storedArticlesWithoutNotes().count, 2);
    const StoredArticlesSize size = store->storedArticlesWithoutNotes({ openWithoutNotes->articleId() });
    QCOMPARE(size.count, 1);

    trigger("settingsAction");
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog *>(QStringLiteral("settingsDialog")))
                && dialog->isVisible());
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("storedArticlesLabel"));
    auto *clear = dialog->findChild<QPushButton *>(QStringLiteral("clearStoredArticlesButton"));
    QVERIFY(label && clear);
    const QString kilobytes = QString::number((size.bytes + 1023) / 1024);
    QVERIFY2(label->text().startsWith(QStringLiteral("1 article")), qPrintable(label->text()));
    QVERIFY2(label->text().endsWith(QStringLiteral(", ") + kilobytes + QStringLiteral(" KB")),
             qPrintable(label->text()));
    QVERIFY(clear->isEnabled());

    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY2(label->text().startsWith(QStringLiteral("0 article")), qPrintable(label->text()));
    QVERIFY(!clear->isEnabled());
    QVERIFY(!store->article(closed).isValid());
    QVERIFY(store->article(withNote).isValid());
    QVERIFY(store->article(openWithoutNotes->articleId()).isValid());
    dialog->reject();

    // The open article without notes kept its record: marking in it still works.
    m_window->showView(openWithoutNotes);
    QTRY_COMPARE(m_window->currentView(), openWithoutNotes);
    select(openWithoutNotes->articleText().text().mid(0, 8));
    QTest::keyClick(body(), Qt::Key_1);
    QCOMPARE(stored().size(), 1);
}

int main(int argc, char **argv)
{
    // Before any thread exists: the tmpfs is mounted where only this process sees it.
    QString error;
    const bool isolated = Test::enterOwnMountNamespace(&error);
    QApplication app(argc, argv);
    if (!isolated) {
        qCritical("Cannot get a mount namespace of its own for the tiny disk: %s", qPrintable(error));
        return 1;
    }
    TestFullDisk test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fulldisk.moc"
