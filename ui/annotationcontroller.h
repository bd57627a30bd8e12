// AnnotationController: the window's side of annotating. It owns the notes store, the undo stack and the
// notes panel, turns selections into highlights and notes, and keeps every tab's highlights in step with
// the store. MainWindow hands it each tab and forwards what the user asks for.
#pragma once

#include "languageswitcher.h"
#include "notes/annotation.h"
#include "notes/storefactory.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <utility>

class QAction;
class QDockWidget;
class QMenu;
class QToolBar;
class QUndoStack;
class QUrl;

namespace Randnotiz {

class AnnotationPanel;
class NotesStore;
class NotesLoader;
struct AnnotationCommandContext;
struct OpenedArticle;
class ArticleView;
class MainWindow;

class AnnotationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationController)

public:
    // dataDir empty: the standard data folder. teamStore: a team store's address (--store), else the one in the
    // settings, else none (the local store).
    AnnotationController(MainWindow *window, const QString &dataDir, const QString &teamStore = {});
    ~AnnotationController() override;

    // The store, opened first if openStore() has not run yet.
    NotesStore *store() const;
    // Opens the notes store (the window does it after the first paint of an article) and draws the notes of the
    // tabs shown before; an error goes to the window's notice bar. Runs once.
    void openStore();
    bool isStoreOpened() const { return m_storeOpened; } // openStore() ran (whether or not the store opened)
    QUndoStack *undoStack() const { return m_undo; }
    // The notes panel, made when it is first needed: when the store opens (after the first paint), when its dock
    // is shown, or when something asks for it. Until then its dock is empty.
    AnnotationPanel *panel();
    // The dock the panel goes into once it is made.
    void setPanelDock(QDockWidget *dock);
    QString dataDir() const { return m_dataDir; }

    // Menus and the toolbar get the annotation actions.
    void addFileActions(QMenu *file);
    void addEditActions(QMenu *edit);
    void addNotesMenu(QMenu *notes, QToolBar *toolBar);

    // A new tab; then, after every setArticle() (open and reload), articleShown() recognises the article in
    // the store, re-anchors its notes and draws them.
    void attach(ArticleView *view);
    void articleShown(ArticleView *view);
    void setCurrentView(ArticleView *view);

    bool openLink(const QUrl &url);

    // What the actions do, public for the biography panel and for tests.
    bool highlightSelection(Color color);
    void addNoteToSelection();
    void editAnnotation(const QUuid &id);
    void deleteAnnotations(const QList<QUuid> &ids);
    void recolor(const QList<QUuid> &ids, Color color);
    void confirmPosition(const QUuid &id);
    void reattach(const QUuid &id);
    // In a team store: shares the reader's own notes among ids with the team, or makes them private (undoable).
    void setShared(const QList<QUuid> &ids, bool shared);
    // The note as it is and its earlier versions (a team store keeps them), in a window of its own.
    void showHistory(const QUuid &id);
    void revealAnnotation(const QUuid &id, qint64 articleId);
    // A note on an entry of the Persons and terms part, e.g. the Wikipedia summary of that entry.
    bool addEntryNote(ArticleView *view, int entry, const QString &note);
    void exportNotes();
    void applyColorLabels(const ColorLabels &labels);
    // The window's language changed: the actions get their texts again.
    void retranslate();
    // Undo and Redo: the store is written first and the stack moves only when it took the change.
    bool undo();
    bool redo();
    // The articles shown in tabs (their stored text is kept even without notes).
    QList<qint64> openArticleIds() const;

signals:
    void annotationRevealed(const QUuid &id);
    void panelWanted(); // the notes panel should come to the front (a highlight was clicked)
    void notesShown(Randnotiz::ArticleView *view); // a tab's notes are drawn (after open and reload)

private:
    void labelColorActions(const ColorLabels &labels);
    bool newNotesShared() const; // the setting, where notes can be shared at all
    bool isOwn(const Annotation &a) const; // written by this reader in a team store
    ArticleView *currentView() const;
    ArticleView *viewForArticle(qint64 articleId) const;
    void notesLoaded(quint64 request, const OpenedArticle &opened, const QString &error);
    void refreshViews(qint64 articleId);
    void revealPending(ArticleView *view);
    void updateActions();
    void showContextMenu(ArticleView *view, const QPoint &globalPos, const QUuid &highlight);
    AnnotationCommandContext context();
    // Write first, then push: a change the store refused never reaches the undo stack.
    bool addAnnotation(Annotation annotation, const QString &actionText);
    bool applyEdit(const QList<Annotation> &before, QList<Annotation> after, const QString &text);
    void reportError(const QString &message);
    void reportFailure(const QString &message, const QList<Annotation> &unsaved);
    QList<Annotation> stored(const QList<QUuid> &ids) const;

    MainWindow *m_window;
    QString m_dataDir;
    StoreLocation m_location;
    NotesStore *m_store = nullptr;
    QUndoStack *m_undo = nullptr;
    NotesLoader *m_loader = nullptr;
    QHash<quint64, QPointer<ArticleView>> m_loading;
    AnnotationPanel *m_panel = nullptr;
    QPointer<QDockWidget> m_panelDock;
    QPointer<ArticleView> m_current;
    QList<QAction *> m_colorActions;
    QAction *m_noteAction = nullptr;
    Retranslations m_texts;
    bool m_storeOpened = false;
    QList<QPointer<ArticleView>> m_waitingForStore; // tabs shown before openStore()
    Color m_lastColor = Color::Yellow;
    QHash<QString, QUuid> m_revealAfterOpen; // absolute path -> annotation to show once it is open
};

} // namespace Randnotiz
