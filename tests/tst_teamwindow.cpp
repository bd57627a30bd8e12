// The window on a team store (a real PostgreSQL 15 server): a note's author in the notes panel and its hover text,
// new notes private unless the setting says shared, and private/shared switched from the panel's context menu and
// the note editor, each proven by what another member can read. Settings > Team store checks the address.
#include "annotationcontroller.h"
#include "annotationpanel.h"
#include "articletextview.h"
#include "articleview.h"
#include "mainwindow.h"
#include "models/annotationmodel.h"
#include "noteeditor.h"
#include "notehistorydialog.h"
#include "notes/postgres/postgresstore.h"
#include "readersettings.h"
#include "settingsdialog.h"
#include "support/guisupport.h"
#include "support/pgserver.h"
#include "support/testpaths.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Randnotiz;
using Randnotiz::Test::PgServer;

class TestTeamWindow final : public QObject
{
    Q_OBJECT

private:
    PgServer m_server;
    PostgresStore m_bob; // another member, reading the same store directly
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    QString url(const QString &role) const { return m_server.url(role, QStringLiteral("team")); }
    NotesStore *store() const { return m_window->annotations()->store(); }
    QTreeView *notesView() const { return m_window->findChild<QTreeView *>(QStringLiteral("notesView")); }
    AnnotationModel *model() const { return m_window->annotations()->panel()->model(); }

    void openWindow(const QString &teamStore)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        WikiOptions options;
        options.dataDir = m_dir->filePath(QStringLiteral("data"));
        options.offline = true;
        options.teamStore = teamStore;
        m_window = std::make_unique<MainWindow>(options);
        m_window->resize(1300, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const QString path = m_dir->filePath(QStringLiteral("klima.txt"));
        QVERIFY(QFile::copy(Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        m_window->openFile(path);
        QTRY_COMPARE(m_window->articleCount(), 1);
        QTRY_VERIFY(m_window->currentView()->articleId() > 0);
    }

    // Highlights the first occurrence of needle with colour key 1 and returns the new note. The team store lives as
    // long as the test program: each test marks a passage of its own.
    Annotation highlight(const QString &needle)
    {
        ArticleTextView *body = m_window->currentView()->textView();
        const QTextCursor found = body->document()->find(needle);
        if (found.isNull())
            return {};
        body->setFocus();
        body->setTextCursor(found);
        const int before = int(store()->annotations(m_window->currentView()->articleId()).size());
        QTest::keyClick(body, Qt::Key_1);
        const QList<Annotation> now = store()->annotations(m_window->currentView()->articleId());
        if (now.size() != before + 1)
            return {};
        for (const Annotation &a : now) {
            if (a.quote == needle)
                return a;
        }
        return {};
    }

    // The menu runs its own loop: the entry is triggered once it is open.
    static void chooseInMenu(const QString &entry)
    {
        QTimer::singleShot(0, [entry] {
            QMenu *menu = nullptr;
            if (!QTest::qWaitFor([&menu] { return (menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())); }))
                return;
            QAction *found = nullptr;
            for (QAction *a : menu->actions()) {
                if (a->text().remove(QLatin1Char('&')) == entry)
                    found = a;
            }
            if (found && found->isEnabled())
                found->trigger();
            menu->close();
        });
    }

private slots:
    void initTestCase()
    {
        Test::isolateSettings();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(
            m_server.createTeamDatabase(QStringLiteral("team"), { QStringLiteral("alice"), QStringLiteral("bob") }),
            qPrintable(m_server.errorString()));
        const auto bob = TeamStoreUrl::parse(url(QStringLiteral("bob")), nullptr);
        QVERIFY(bob);
        QVERIFY2(m_bob.open(*bob), qPrintable(m_bob.errorString()));
    }

    void init() { Test::clearSettings(); }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void newHighlight_isPrivate_authorInPanelAndHoverText()
    {
        openWindow(url(QStringLiteral("alice")));
        QVERIFY(store()->hasAuthors());
        const Annotation a = highlight(QStringLiteral("Podiumsdiskussion"));
        QVERIFY(!a.id.isNull());
        QCOMPARE(a.author, QStringLiteral("alice"));
        QVERIFY(!a.shared);
        QVERIFY(!m_bob.annotation(a.id)); // the database keeps it from the others

        QTRY_VERIFY(model()->indexOf(a.id).isValid());
        const QModelIndex author = model()->indexOf(a.id, AnnotationModel::AuthorColumn);
        QCOMPARE(author.data().toString(), QStringLiteral("alice (private)"));
        QVERIFY(!notesView()->isColumnHidden(AnnotationModel::AuthorColumn));
        QVERIFY2(author.data(Qt::ToolTipRole).toString().contains(QStringLiteral("By alice, private")),
                 qPrintable(author.data(Qt::ToolTipRole).toString()));
    }

    void newNotesSharedSetting_sharesNewHighlights()
    {
        ReaderSettings::setNewNotesShared(true);
        openWindow(url(QStringLiteral("alice")));
        const Annotation a = highlight(QStringLiteral("Minimalkompromiss"));
        QVERIFY(!a.id.isNull());
        QVERIFY(a.shared);
        const std::optional<Annotation> seen = m_bob.annotation(a.id);
        QVERIFY(seen);
        QCOMPARE(seen->author, QStringLiteral("alice"));
        QTRY_COMPARE(model()->indexOf(a.id, AnnotationModel::AuthorColumn).data().toString(), QStringLiteral("alice"));
    }

    void panelContextMenu_sharesAndMakesPrivate_undoable()
    {
        openWindow(url(QStringLiteral("alice")));
        const Annotation a = highlight(QStringLiteral("Rheinufer"));
        QVERIFY(!a.id.isNull());
        m_window->annotations()->panel()->selectAnnotation(a.id);
        QTreeView *view = notesView();
        QTRY_VERIFY(view->selectionModel()->hasSelection());
        const QModelIndex current = view->selectionModel()->selectedRows().value(0);
        QVERIFY(current.isValid());
        const QPoint at = view->visualRect(current).center();

        chooseInMenu(QStringLiteral("Share with Team"));
        emit view->customContextMenuRequested(at);
        QTRY_VERIFY(m_bob.annotation(a.id).has_value());
        QVERIFY(store()->annotation(a.id)->shared);

        QVERIFY(m_window->annotations()->undo());
        QTRY_VERIFY(!m_bob.annotation(a.id).has_value());

        QVERIFY(m_window->annotations()->redo());
        QTRY_VERIFY(m_bob.annotation(a.id).has_value());
        chooseInMenu(QStringLiteral("Make Private"));
        emit view->customContextMenuRequested(at);
        QTRY_VERIFY(!m_bob.annotation(a.id).has_value());
        QVERIFY(store()->annotation(a.id).has_value()); // still there for its author
    }

    void noteEditor_switchesSharing()
    {
        openWindow(url(QStringLiteral("alice")));
        const Annotation a = highlight(QStringLiteral("Inselstaaten"));
        QVERIFY(!a.id.isNull());
        m_window->annotations()->editAnnotation(a.id);
        NoteEditor *editor = nullptr;
        QTRY_VERIFY((editor = m_window->findChild<NoteEditor *>()) != nullptr);
        auto *shared = editor->findChild<QCheckBox *>(QStringLiteral("noteShared"));
        QVERIFY(shared);
        QVERIFY(shared->isVisible());
        QVERIFY(!shared->isChecked());
        shared->setChecked(true);
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("noteSave")), Qt::LeftButton);
        QTRY_VERIFY(m_bob.annotation(a.id).has_value());
        QCOMPARE(m_window->annotations()->undoStack()->undoText(), QStringLiteral("Share Note"));
    }

    void otherMembersSharedNote_appearsLive_selectionKept()
    {
        openWindow(url(QStringLiteral("alice")));
        const Annotation mine = highlight(QStringLiteral("Gastgeber"));
        QVERIFY(!mine.id.isNull());
        m_window->annotations()->panel()->selectAnnotation(mine.id);
        QCOMPARE(m_window->annotations()->panel()->selectedIds(), QList<QUuid>({ mine.id }));

        // Bob writes through his own connection; the window hears of it by NOTIFY, without a reload.
        ArticleView *view = m_window->currentView();
        const StoredArticle article = m_bob.recordArticle(view->articleText(), {}, QStringLiteral("Klima"));
        QVERIFY(article.isValid());
        const int start = int(view->articleText().text().indexOf(QStringLiteral("Delegierten")));
        QVERIFY(start > 0);
        Annotation his = Annotation::create(view->articleText(), start, start + 11);
        his.articleId = article.id;
        his.note = QStringLiteral("von Bob");
        his.shared = true;
        QVERIFY2(m_bob.addAnnotation(his), qPrintable(m_bob.errorString()));
        QTRY_VERIFY(model()->indexOf(his.id).isValid());
        QCOMPARE(model()->indexOf(his.id, AnnotationModel::AuthorColumn).data().toString(), QStringLiteral("bob"));
        QTRY_VERIFY(view->annotation(his.id).has_value()); // drawn in the text too
        QCOMPARE(m_window->annotations()->panel()->selectedIds(), QList<QUuid>({ mine.id }));

        // Another member's note cannot be shared or made private from here.
        m_window->annotations()->setShared({ his.id }, false);
        QVERIFY(m_bob.annotation(his.id)->shared);
    }

    void history_showsTheVersionsAnotherWriteReplaced()
    {
        openWindow(url(QStringLiteral("alice")));
        Annotation a = highlight(QStringLiteral("Sekretariat"));
        QVERIFY(!a.id.isNull());
        // The same person on a second machine writes later; the earlier text stays in the history.
        const auto elsewhereUrl = TeamStoreUrl::parse(url(QStringLiteral("alice")), nullptr);
        PostgresStore elsewhere;
        QVERIFY(elsewhere.open(*elsewhereUrl));
        elsewhere.recordArticle(m_window->currentView()->articleText(), {}, QStringLiteral("Klima"));
        Annotation first = *elsewhere.annotation(a.id);
        first.note = QStringLiteral("erste Fassung");
        QVERIFY(elsewhere.updateAnnotation(first));
        Annotation second = first;
        second.note = QStringLiteral("zweite Fassung");
        QVERIFY(elsewhere.updateAnnotation(second));

        m_window->annotations()->showHistory(a.id);
        NoteHistoryDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<NoteHistoryDialog *>()) != nullptr);
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("noteHistoryList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 3); // now, and the two versions it replaced
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("zweite Fassung")), qPrintable(list->item(0)->text()));
        QVERIFY2(list->item(1)->text().contains(QStringLiteral("erste Fassung")), qPrintable(list->item(1)->text()));
        QVERIFY(list->item(2)->text().contains(QStringLiteral("alice")));
        dialog->reject();
    }

    void localStore_hasNoAuthorColumnAndNoSharing()
    {
        openWindow({});
        QVERIFY(!store()->hasAuthors());
        const Annotation a = highlight(QStringLiteral("Podiumsdiskussion"));
        QVERIFY(!a.id.isNull());
        QVERIFY(a.author.isEmpty());
        QVERIFY(notesView()->isColumnHidden(AnnotationModel::AuthorColumn));
        QVERIFY(!model()->indexOf(a.id).data(Qt::ToolTipRole).toString().contains(QStringLiteral("By ")));
        m_window->annotations()->editAnnotation(a.id);
        NoteEditor *editor = nullptr;
        QTRY_VERIFY((editor = m_window->findChild<NoteEditor *>()) != nullptr);
        QVERIFY(!editor->findChild<QCheckBox *>(QStringLiteral("noteShared"))->isVisible());
        editor->reject();
    }

    void settings_teamStoreAddressIsCheckedTestedAndSaved()
    {
        SettingsDialog dialog;
        dialog.show();
        auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("teamStoreEdit"));
        auto *ok
            = dialog.findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"))->button(QDialogButtonBox::Ok);
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("settingsProblem"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("teamStoreStatus"));
        QVERIFY(address && ok && problem && status);
        address->setText(QStringLiteral("postgresql://alice:geheim@127.0.0.1/team"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("password")), qPrintable(problem->text()));

        address->setText(url(QStringLiteral("alice")));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("teamStoreTestButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Connected: the team store can be used."), 15000);

        dialog.findChild<QCheckBox *>(QStringLiteral("newNotesSharedCheck"))->setChecked(true);
        dialog.accept();
        QCOMPARE(ReaderSettings::teamStore(), url(QStringLiteral("alice")));
        QVERIFY(ReaderSettings::newNotesShared());
    }

    // Last: it stops the server, which cuts Bob's connection too.
    void serverAway_noteWaitsInOutbox_statusBarSaysSo_sentWhenBack()
    {
        openWindow(url(QStringLiteral("alice")));
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("storeStatus"));
        QVERIFY(status);
        QVERIFY(!m_window->statusBar()->isVisible());
        m_server.stop();
        const Annotation a = highlight(QStringLiteral("Bundesregierung"));
        QVERIFY(!a.id.isNull());
        QTRY_VERIFY(model()->indexOf(a.id).isValid()); // the panel shows it while it waits
        QVERIFY(m_window->statusBar()->isVisible());
        QVERIFY2(status->text().startsWith(QStringLiteral("Team store offline · 1 change")),
                 qPrintable(status->text()));

        QVERIFY2(m_server.startAgain(), qPrintable(m_server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->statusBar()->isVisible(), 20000);
        QVERIFY(model()->indexOf(a.id).isValid());
        QSqlDatabase db = m_server.connect(QStringLiteral("direct"), QString::fromLatin1(PgServer::Superuser),
                                           QStringLiteral("team"));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT quote FROM notes WHERE id = ?::uuid"));
        q.addBindValue(a.id.toString(QUuid::WithoutBraces));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Bundesregierung"));
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
