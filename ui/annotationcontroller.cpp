#include "annotationcontroller.h"

#include "annotationcommands.h"
#include "annotationpanel.h"
#include "articleview.h"
#include "exportdialog.h"
#include "highlightcolors.h"
#include "mainwindow.h"
#include "models/annotationmodel.h"
#include "noteeditor.h"
#include "notehistorydialog.h"
#include "notes/annotationstore.h"
#include "notes/notesloader.h"
#include "notes/openlink.h"
#include "notes/storefactory.h"
#include "plaintext.h"
#include "readersettings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>

namespace Randnotiz {

namespace {

// The newest notes request of a tab; an older answer (before a reload) is dropped.
const char notesRequestProperty[] = "randnotizNotesRequest";

QIcon noteIcon(const QPalette &palette)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette.color(QPalette::WindowText), 1.2));
    painter.setBrush(palette.color(QPalette::Base));
    // A speech bubble.
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(1.5, 2.5, 13, 9), 2.5, 2.5);
    bubble.moveTo(4.5, 11.5);
    bubble.lineTo(4.5, 14.5);
    bubble.lineTo(8, 11.5);
    painter.drawPath(bubble.simplified());
    painter.drawLine(QPointF(4, 6), QPointF(12, 6));
    painter.drawLine(QPointF(4, 8.5), QPointF(10, 8.5));
    return QIcon(pixmap);
}

} // namespace

AnnotationController::AnnotationController(MainWindow *window, const QString &dataDir, const QString &teamStore)
    : QObject(window)
    , m_window(window)
    , m_dataDir(dataDir.isEmpty() ? AnnotationStore::defaultDataDir() : dataDir)
    , m_location { m_dataDir, teamStore.isEmpty() ? ReaderSettings::teamStore() : teamStore }
    , m_store(StoreFactory::create(m_location, this))
    , m_undo(new QUndoStack(this))
{
    connect(m_store, &AnnotationStore::annotationsChanged, this, &AnnotationController::refreshViews);
    // A link or a jump that had to open its article first: shown once the article and its notes are there.
    connect(window, &MainWindow::articleOpened, this, [this](const QString &path) {
        if (ArticleView *view = currentView(); view && view->path() == path && view->articleId() > 0)
            revealPending(view);
    });
    connect(window, &MainWindow::openFailed, this, [this](const QString &path) { m_revealAfterOpen.remove(path); });
}

AnnotationController::~AnnotationController() = default;

AnnotationPanel *AnnotationController::panel()
{
    if (m_panel)
        return m_panel;
    m_panel = new AnnotationPanel(m_store, m_window);
    m_panel->setObjectName(QStringLiteral("annotationPanel"));
    // Edits made in the panel's cells go through the undo stack like every other change.
    m_panel->model()->setCommitter([this](const Annotation &before, const Annotation &after) {
        const bool tagsChanged = before.tags != after.tags;
        return applyEdit({ before }, { after }, tagsChanged ? tr("Edit Tags") : tr("Edit Note"));
    });
    connect(m_panel, &AnnotationPanel::activated, this, &AnnotationController::revealAnnotation);
    connect(m_panel, &AnnotationPanel::deleteRequested, this, &AnnotationController::deleteAnnotations);
    connect(m_panel, &AnnotationPanel::recolorRequested, this, &AnnotationController::recolor);
    connect(m_panel, &AnnotationPanel::editRequested, this, &AnnotationController::editAnnotation);
    connect(m_panel, &AnnotationPanel::confirmRequested, this, &AnnotationController::confirmPosition);
    connect(m_panel, &AnnotationPanel::reattachRequested, this, &AnnotationController::reattach);
    connect(m_panel, &AnnotationPanel::sharingRequested, this, &AnnotationController::setShared);
    connect(m_panel, &AnnotationPanel::historyRequested, this, &AnnotationController::showHistory);
    // What the panel would have been told while it was not there.
    if (m_store->isOpen())
        m_panel->refreshLabels();
    m_panel->setCurrentArticle(m_current ? m_current->articleId() : 0);
    if (m_panelDock)
        m_panelDock->setWidget(m_panel);
    updateActions();
    return m_panel;
}

void AnnotationController::setPanelDock(QDockWidget *dock)
{
    m_panelDock = dock;
    if (m_panel) {
        dock->setWidget(m_panel);
        return;
    }
    connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            panel();
    });
}

NotesStore *AnnotationController::store() const
{
    // Opening is a one-time change of state that every reader of the store expects to have happened.
    const_cast<AnnotationController *>(this)->openStore();
    return m_store;
}

void AnnotationController::openStore()
{
    if (m_storeOpened)
        return;
    m_storeOpened = true;
    if (!m_store->open()) {
        reportError(tr("The notes cannot be opened (%1). Highlights and notes are switched off until this is "
                       "fixed; nothing was deleted.")
                        .arg(m_store->errorString()));
        return;
    }
    if (!m_store->recoveryMessage().isEmpty())
        reportError(m_store->recoveryMessage());
    // The labels were read before the store was open: the defaults until now.
    labelColorActions(m_store->colorLabels());
    panel(); // the notes can be listed now; the panel reads the labels
    const QList<QPointer<ArticleView>> waiting = std::exchange(m_waitingForStore, {});
    for (const QPointer<ArticleView> &view : waiting) {
        if (view)
            articleShown(view);
    }
    updateActions();
}

void AnnotationController::reportError(const QString &message)
{
    m_window->showNotice(message);
}

void AnnotationController::addFileActions(QMenu *file)
{
    QAction *exportAction = file->addAction(QString(), this, &AnnotationController::exportNotes);
    m_texts.add([exportAction] { exportAction->setText(tr("&Export Notes…")); });
    exportAction->setObjectName(QStringLiteral("exportNotesAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
}

void AnnotationController::addEditActions(QMenu *edit)
{
    QAction *undo = m_undo->createUndoAction(this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this);
    redo->setObjectName(QStringLiteral("redoAction"));
    // The store is written before the stack moves (see undo()); the stack keeps the actions' text and state.
    disconnect(undo, &QAction::triggered, m_undo, nullptr);
    disconnect(redo, &QAction::triggered, m_undo, nullptr);
    connect(undo, &QAction::triggered, this, &AnnotationController::undo);
    connect(redo, &QAction::triggered, this, &AnnotationController::redo);
    // The change's name goes into the action's text whole ("Undo Delete 2 Notes", "Rückgängig: Markierung"),
    // so that each language can put it where it belongs; this runs after the stack's own update.
    const auto name = [](QAction *action, const QString &bare, const QString &withChange, const QString &change) {
        action->setText(change.isEmpty() ? bare : withChange.arg(change));
    };
    connect(m_undo, &QUndoStack::undoTextChanged, undo,
            [undo, name](const QString &change) { name(undo, tr("&Undo"), tr("&Undo %1"), change); });
    connect(m_undo, &QUndoStack::redoTextChanged, redo,
            [redo, name](const QString &change) { name(redo, tr("&Redo"), tr("&Redo %1"), change); });
    m_texts.add([this, undo, redo, name] {
        name(undo, tr("&Undo"), tr("&Undo %1"), m_undo->undoText());
        name(redo, tr("&Redo"), tr("&Redo %1"), m_undo->redoText());
    });
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
}

void AnnotationController::addNotesMenu(QMenu *notes, QToolBar *toolBar)
{
    for (const Color color : AllColors) {
        const int key = int(color) + 1;
        auto *action = new QAction(swatchIcon(color), QString(), this);
        action->setObjectName(QStringLiteral("highlightAction_") + colorName(color));
        action->setData(int(color));
        // Shown in the menu; a widget-only shortcut, so the digit still reaches every text field.
        action->setShortcut(QKeySequence(Qt::Key_0 + key));
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, color] { highlightSelection(color); });
        m_colorActions.append(action);
        notes->addAction(action);
        toolBar->addAction(action);
    }
    m_texts.add([this] { labelColorActions(m_store->colorLabels()); });
    notes->addSeparator();
    m_noteAction = new QAction(noteIcon(m_window->palette()), QString(), this);
    m_noteAction->setObjectName(QStringLiteral("addNoteAction"));
    m_noteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_texts.add([this] {
        m_noteAction->setText(tr("Add &Note…"));
        m_noteAction->setToolTip(tr("Add a note to the selection (Ctrl+Alt+M)"));
    });
    connect(m_noteAction, &QAction::triggered, this, &AnnotationController::addNoteToSelection);
    notes->addAction(m_noteAction);
    notes->addSeparator();
    QAction *copy = notes->addAction(QString(), this, [this] { panel()->copySelectionAsMarkdown(); });
    m_texts.add([copy] { copy->setText(tr("Copy Selected Notes as &Markdown")); });
    copy->setObjectName(QStringLiteral("copyNotesAsMarkdownAction"));
    toolBar->addSeparator();
    toolBar->addAction(m_noteAction);
    updateActions();
}

void AnnotationController::attach(ArticleView *view)
{
    connect(view, &ArticleView::colorKeyPressed, this, [this, view](Color color) {
        if (view == currentView())
            highlightSelection(color);
    });
    connect(view, &ArticleView::highlightClicked, this, [this](const QUuid &id) {
        panel()->selectAnnotation(id);
        emit panelWanted();
    });
    connect(view, &ArticleView::contextMenuRequested, this,
            [this, view](const QPoint &pos, const QUuid &id) { showContextMenu(view, pos, id); });
    connect(view, &ArticleView::selectionChanged, this, [this, view] {
        if (view == currentView())
            updateActions();
    });
}

void AnnotationController::articleShown(ArticleView *view)
{
    if (!m_storeOpened) {
        if (!m_waitingForStore.contains(view))
            m_waitingForStore.append(view);
        return;
    }
    if (!m_store->isOpen())
        return;
    // Recognising the article and re-anchoring happen on the loader's thread; a newer request for the same
    // tab (a reload) makes an older answer moot.
    // The loader's thread starts with the first article to look up (after the first paint).
    if (!m_loader) {
        m_loader = new NotesLoader(m_location, this);
        connect(m_loader, &NotesLoader::loaded, this, &AnnotationController::notesLoaded);
    }
    const quint64 request = m_loader->load(view->article(), view->path(), view->articleText());
    m_loading.insert(request, view);
    view->setProperty(notesRequestProperty, request);
}

void AnnotationController::notesLoaded(quint64 request, const OpenedArticle &opened, const QString &error)
{
    const QPointer<ArticleView> view = m_loading.take(request);
    if (!view || view->property(notesRequestProperty).toULongLong() != request)
        return;
    if (!error.isEmpty() || !opened.article.isValid()) {
        reportError(tr("The notes of this article cannot be loaded: %1").arg(error));
        return;
    }
    view->setArticleId(opened.article.id);
    view->setAnnotations(opened.annotations);
    if (opened.reanchored > 0) {
        // Written by the loader's own connection, so this store did not announce it.
        refreshViews(opened.article.id);
        if (m_panel)
            m_panel->model()->annotationsChanged(opened.article.id);
    }
    if (view == currentView() && m_panel)
        m_panel->setCurrentArticle(opened.article.id);
    updateActions();
    revealPending(view);
    emit notesShown(view);
}

void AnnotationController::revealPending(ArticleView *view)
{
    const QUuid id = m_revealAfterOpen.take(view->path());
    if (id.isNull())
        return;
    m_window->showView(view);
    if (view->revealAnnotation(id))
        emit annotationRevealed(id);
    panel()->selectAnnotation(id);
}

void AnnotationController::setCurrentView(ArticleView *view)
{
    m_current = view;
    if (m_panel)
        m_panel->setCurrentArticle(view ? view->articleId() : 0);
    updateActions();
}

ArticleView *AnnotationController::currentView() const
{
    return m_window->currentView();
}

ArticleView *AnnotationController::viewForArticle(qint64 articleId) const
{
    for (int i = 0; i < m_window->articleCount(); ++i) {
        if (ArticleView *view = m_window->viewAt(i); view && view->articleId() == articleId)
            return view;
    }
    return nullptr;
}

void AnnotationController::refreshViews(qint64 articleId)
{
    const QList<Annotation> annotations = m_store->annotations(articleId);
    for (int i = 0; i < m_window->articleCount(); ++i) {
        if (ArticleView *view = m_window->viewAt(i); view && view->articleId() == articleId)
            view->setAnnotations(annotations);
    }
}

void AnnotationController::updateActions()
{
    ArticleView *view = currentView();
    const bool selected = m_store->isWritable() && view && view->selectedRange().has_value();
    for (QAction *action : std::as_const(m_colorActions))
        action->setEnabled(selected);
    if (m_noteAction)
        m_noteAction->setEnabled(selected);
    if (m_panel)
        m_panel->setReattachAvailable(selected);
}

AnnotationCommandContext AnnotationController::context()
{
    return { m_store,
             [this](const QString &message, const QList<Annotation> &unsaved) { reportFailure(message, unsaved); } };
}

void AnnotationController::reportFailure(const QString &message, const QList<Annotation> &unsaved)
{
    // A note that is not in the store goes to the clipboard rather than nowhere.
    QStringList notes;
    for (const Annotation &a : unsaved) {
        if (!a.note.isEmpty())
            notes.append(a.note);
    }
    if (notes.isEmpty()) {
        reportError(message);
        return;
    }
    QApplication::clipboard()->setText(notes.join(QStringLiteral("\n\n")));
    reportError(message + u' '
                + (notes.size() == 1 ? tr("Its text is on the clipboard.") : tr("Their text is on the clipboard.")));
}

bool AnnotationController::undo()
{
    // The store first: a change it refuses leaves the stack where it is, to be tried again.
    auto *command = m_undo->canUndo()
        ? dynamic_cast<AnnotationCommand *>(const_cast<QUndoCommand *>(m_undo->command(m_undo->index() - 1)))
        : nullptr;
    if (command && !command->writeUndo())
        return false;
    m_undo->undo();
    return true;
}

bool AnnotationController::redo()
{
    auto *command = m_undo->canRedo()
        ? dynamic_cast<AnnotationCommand *>(const_cast<QUndoCommand *>(m_undo->command(m_undo->index())))
        : nullptr;
    if (command && !command->writeRedo())
        return false;
    m_undo->redo();
    return true;
}

QList<qint64> AnnotationController::openArticleIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_window->articleCount(); ++i) {
        if (ArticleView *view = m_window->viewAt(i); view && view->articleId() > 0)
            ids.append(view->articleId());
    }
    return ids;
}

bool AnnotationController::addAnnotation(Annotation annotation, const QString &actionText)
{
    if (!AnnotationChanges::add(context(), annotation,
                                annotation.note.isEmpty() ? tr("The highlight could not be saved")
                                                          : tr("The note could not be saved")))
        return false;
    m_undo->push(new AddAnnotationCommand(context(), annotation, actionText));
    panel()->selectAnnotation(annotation.id);
    return true;
}

bool AnnotationController::applyEdit(const QList<Annotation> &before, QList<Annotation> after, const QString &text)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Annotation &a : after)
        a.modified = now;
    if (!AnnotationChanges::save(context(), after, tr("The change could not be saved")))
        return false;
    m_undo->push(new EditAnnotationsCommand(context(), before, after, text));
    return true;
}

bool AnnotationController::highlightSelection(Color color)
{
    ArticleView *view = currentView();
    if (!view || !m_store->isOpen() || view->articleId() <= 0)
        return false;
    const auto range = view->selectedRange();
    if (!range)
        return false;
    m_lastColor = color;
    // The same passage again: a new colour for the highlight that is there, not a second one on top.
    for (const Annotation &a : view->annotations()) {
        if (a.start == range->first && a.end == range->second && a.status != AnchorStatus::Orphaned) {
            view->clearSelection();
            if (a.color != color)
                recolor({ a.id }, color);
            return true;
        }
    }
    Annotation annotation = Annotation::create(view->articleText(), range->first, range->second);
    annotation.articleId = view->articleId();
    annotation.color = color;
    annotation.shared = newNotesShared();
    view->clearSelection();
    return addAnnotation(annotation, tr("Highlight"));
}

void AnnotationController::addNoteToSelection()
{
    ArticleView *view = currentView();
    if (!view || !m_store->isOpen() || view->articleId() <= 0)
        return;
    const auto range = view->selectedRange();
    if (!range)
        return;
    Annotation annotation = Annotation::create(view->articleText(), range->first, range->second);
    annotation.articleId = view->articleId();
    annotation.color = m_lastColor;
    annotation.shared = newNotesShared();
    auto *editor = new NoteEditor(annotation.quote, m_store->tags(), m_store->colorLabels(), m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setColor(annotation.color);
    editor->setSharing(m_store->hasAuthors(), annotation.shared);
    connect(editor, &QDialog::accepted, this, [this, editor, annotation, view = QPointer<ArticleView>(view)]() mutable {
        annotation.note = editor->note();
        annotation.tags = editor->tags();
        annotation.color = editor->color();
        annotation.shared = m_store->hasAuthors() && editor->isShared();
        m_lastColor = annotation.color;
        if (view)
            view->clearSelection();
        addAnnotation(annotation, annotation.note.isEmpty() ? tr("Highlight") : tr("Add Note"));
    });
    editor->open();
}

void AnnotationController::editAnnotation(const QUuid &id)
{
    const std::optional<Annotation> before = m_store->annotation(id);
    if (!before)
        return;
    auto *editor = new NoteEditor(before->quote, m_store->tags(), m_store->colorLabels(), m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setNote(before->note);
    editor->setTags(before->tags);
    editor->setColor(before->color);
    const bool sharing = isOwn(*before);
    editor->setSharing(sharing, before->shared);
    connect(editor, &QDialog::accepted, this, [this, editor, sharing, before = *before] {
        Annotation after = before;
        after.note = editor->note();
        after.tags = editor->tags();
        after.color = editor->color();
        if (sharing)
            after.shared = editor->isShared();
        if (after == before)
            return;
        QString text = tr("Edit Note");
        if (after.note == before.note && after.tags == before.tags && after.color == before.color)
            text = after.shared ? tr("Share Note") : tr("Make Note Private");
        else if (after.note == before.note && after.tags == before.tags)
            text = tr("Change Colour");
        else if (after.note == before.note && after.color == before.color)
            text = tr("Edit Tags");
        applyEdit({ before }, { after }, text);
    });
    editor->open();
}

QList<Annotation> AnnotationController::stored(const QList<QUuid> &ids) const
{
    QList<Annotation> list;
    for (const QUuid &id : ids) {
        if (const std::optional<Annotation> a = m_store->annotation(id))
            list.append(*a);
    }
    return list;
}

void AnnotationController::deleteAnnotations(const QList<QUuid> &ids)
{
    const QList<Annotation> list = stored(ids);
    if (list.isEmpty())
        return;
    // All of them go, in one transaction, or none does.
    if (!AnnotationChanges::remove(context(), list,
                                   list.size() == 1 ? tr("The note could not be deleted; it is still there")
                                                    : tr("The notes could not be deleted; they are all still there")))
        return;
    m_undo->push(new RemoveAnnotationsCommand(context(), list, tr("Delete %n Note(s)", nullptr, int(list.size()))));
}

void AnnotationController::recolor(const QList<QUuid> &ids, Color color)
{
    const QList<Annotation> before = stored(ids);
    QList<Annotation> after = before;
    for (Annotation &a : after)
        a.color = color;
    if (after == before)
        return;
    applyEdit(before, after, tr("Change Colour"));
}

void AnnotationController::confirmPosition(const QUuid &id)
{
    const QList<Annotation> before = stored({ id });
    if (before.isEmpty() || before.constFirst().status == AnchorStatus::Orphaned)
        return;
    Annotation after = before.constFirst();
    // Confirmed: the passage as it now reads is what the note is about.
    if (ArticleView *view = viewForArticle(after.articleId)) {
        const QString &text = view->articleText().text();
        if (after.end <= text.size())
            after.quote = text.mid(after.start, after.end - after.start);
    }
    after.status = AnchorStatus::Exact;
    applyEdit(before, { after }, tr("Confirm Position"));
}

void AnnotationController::reattach(const QUuid &id)
{
    ArticleView *view = currentView();
    const QList<Annotation> before = stored({ id });
    if (!view || before.isEmpty() || view->articleId() <= 0)
        return;
    const auto range = view->selectedRange();
    if (!range) {
        reportError(tr("Select the passage the note belongs to first."));
        return;
    }
    Annotation after = before.constFirst();
    after.articleId = view->articleId();
    after.placeAt(view->articleText(), range->first, range->second);
    after.quote = view->articleText().text().mid(range->first, range->second - range->first);
    after.status = AnchorStatus::Exact;
    view->clearSelection();
    applyEdit(before, { after }, tr("Re-attach Note"));
    panel()->selectAnnotation(id);
}

void AnnotationController::revealAnnotation(const QUuid &id, qint64 articleId)
{
    if (ArticleView *view = viewForArticle(articleId)) {
        m_window->showView(view);
        if (view->revealAnnotation(id))
            emit annotationRevealed(id);
        return;
    }
    const StoredArticle article = m_store->article(articleId);
    if (!article.isValid())
        return;
    if (article.path == MainWindow::sampleResourcePath()) {
        m_revealAfterOpen.insert(article.path, id);
        m_window->openSample();
        return;
    }
    if (!QFileInfo::exists(article.path)) {
        reportError(
            tr("The article \"%1\" is no longer at %2.").arg(article.title, QDir::toNativeSeparators(article.path)));
        return;
    }
    m_revealAfterOpen.insert(QFileInfo(article.path).absoluteFilePath(), id);
    m_window->openFile(article.path);
}

bool AnnotationController::openLink(const QUrl &url)
{
    const std::optional<OpenLink> link = OpenLink::parse(url);
    if (!link) {
        reportError(tr("This is not a Randnotiz link: %1").arg(url.toDisplayString()));
        return false;
    }
    const LinkTarget target = link->target(*m_store);
    switch (target.kind) {
    case LinkTarget::Kind::Unknown:
        reportError(OpenLink::unknownTargetMessage(link->file));
        return false;
    case LinkTarget::Kind::Missing:
        reportError(tr("The article of this link cannot be found: %1").arg(QDir::toNativeSeparators(target.path)));
        return false;
    case LinkTarget::Kind::Known:
        if (target.path == MainWindow::sampleResourcePath()) {
            m_revealAfterOpen.insert(target.path, link->annotation);
            m_window->openSample();
            return true;
        }
        m_revealAfterOpen.insert(QFileInfo(target.path).absoluteFilePath(), link->annotation);
        m_window->openFile(target.path);
        return true;
    case LinkTarget::Kind::Verify:
        // Read on the loader's thread and shown (and so stored) only if its text has the fingerprint.
        m_revealAfterOpen.insert(QFileInfo(target.path).absoluteFilePath(), link->annotation);
        m_window->openLinkedFile(target.path, target.fingerprints);
        return true;
    }
    return false;
}

bool AnnotationController::newNotesShared() const
{
    return m_store->hasAuthors() && ReaderSettings::newNotesShared();
}

bool AnnotationController::isOwn(const Annotation &a) const
{
    return m_store->hasAuthors() && !a.author.isEmpty() && a.author == m_store->userName();
}

void AnnotationController::setShared(const QList<QUuid> &ids, bool shared)
{
    QList<Annotation> before;
    for (const Annotation &a : stored(ids)) {
        // Another member's note is theirs to share or keep private; the database would refuse it anyway.
        if (isOwn(a) && a.shared != shared)
            before.append(a);
    }
    if (before.isEmpty())
        return;
    QList<Annotation> after = before;
    for (Annotation &a : after)
        a.shared = shared;
    applyEdit(before, after, shared ? tr("Share Note") : tr("Make Note Private"));
}

void AnnotationController::showHistory(const QUuid &id)
{
    const std::optional<Annotation> current = m_store->annotation(id);
    if (!current)
        return;
    auto *dialog = new NoteHistoryDialog(*current, m_store->history(id), m_window);
    dialog->setObjectName(QStringLiteral("noteHistoryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool AnnotationController::addEntryNote(ArticleView *view, int entry, const QString &note)
{
    if (!view || !m_store->isOpen() || view->articleId() <= 0)
        return false;
    const QList<Explanation> &entries = view->article().explanations();
    if (entry < 0 || entry >= entries.size())
        return false;
    const ArticleText &text = view->articleText();
    const int segment = text.entrySegment(entry);
    if (segment < 0)
        return false;
    const ArticleText::Segment &s = text.segments().at(segment);
    Annotation annotation = Annotation::create(text, s.start, s.end());
    annotation.articleId = view->articleId();
    annotation.color = m_lastColor;
    annotation.note = note;
    annotation.shared = newNotesShared();
    return addAnnotation(annotation, tr("Add Summary as Note"));
}

void AnnotationController::showContextMenu(ArticleView *view, const QPoint &globalPos, const QUuid &highlight)
{
    QMenu menu(m_window);
    const bool selected = m_store->isOpen() && view->selectedRange().has_value();
    QAction *copy = menu.addAction(tr("&Copy"), view, &ArticleView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(selected);
    if (selected) {
        QMenu *colors = menu.addMenu(tr("&Highlight"));
        for (QAction *action : std::as_const(m_colorActions))
            colors->addAction(action);
        menu.addAction(m_noteAction);
    }
    const std::optional<Annotation> a = highlight.isNull() ? std::nullopt : view->annotation(highlight);
    if (a) {
        menu.addSeparator();
        menu.addAction(a->note.isEmpty() ? tr("Add Note to Highlight…") : tr("Edit Note…"), this,
                       [this, id = a->id] { editAnnotation(id); });
        QMenu *colors = menu.addMenu(tr("Change Colour"));
        const ColorLabels labels = m_store->colorLabels();
        for (const Color color : AllColors) {
            QAction *action
                = colors->addAction(swatchIcon(color), escapeMnemonics(AnnotationModel::describeColor(color, labels)),
                                    this, [this, id = a->id, color] { recolor({ id }, color); });
            action->setCheckable(true);
            action->setChecked(color == a->color);
        }
        if (a->status == AnchorStatus::Fuzzy)
            menu.addAction(tr("Confirm Position"), this, [this, id = a->id] { confirmPosition(id); });
        if (isOwn(*a)) {
            menu.addAction(a->shared ? tr("Make Private") : tr("Share with Team"), this,
                           [this, id = a->id, shared = !a->shared] { setShared({ id }, shared); });
        }
        menu.addAction(tr("Show in Notes Panel"), this, [this, id = a->id] {
            panel()->selectAnnotation(id);
            emit panelWanted();
        });
        menu.addAction(tr("&Delete Highlight"), this, [this, id = a->id] { deleteAnnotations({ id }); });
    }
    menu.exec(globalPos);
}

void AnnotationController::exportNotes()
{
    ExportDialog::Source source;
    source.dataDir = m_dataDir;
    source.teamStore = m_location.teamStore;
    if (ArticleView *view = currentView()) {
        source.articlePath = view->path();
        source.articleTitle = view->article().headline();
    }
    auto *dialog = new ExportDialog(source, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AnnotationController::applyColorLabels(const ColorLabels &labels)
{
    const ColorLabels old = m_store->colorLabels();
    for (const Color color : AllColors) {
        if (old.label(color) != labels.label(color) && !m_store->setColorLabel(color, labels.label(color)))
            reportError(tr("The colour label cannot be saved: %1").arg(m_store->errorString()));
    }
    labelColorActions(m_store->colorLabels());
    if (m_panel)
        m_panel->refreshLabels();
}

void AnnotationController::labelColorActions(const ColorLabels &labels)
{
    for (QAction *action : std::as_const(m_colorActions)) {
        const Color color = Color(action->data().toInt());
        // The user's colour label is their own text: no mnemonic, no markup.
        action->setText(tr("Highlight %1").arg(escapeMnemonics(AnnotationModel::describeColor(color, labels))));
        // The keys 1-5 work in the text itself (see ArticleTextView); the menu shows them.
        action->setToolTip(plainToolTip(tr("Highlight the selection: %1 (key %2)")
                                            .arg(AnnotationModel::describeColor(color, labels))
                                            .arg(int(color) + 1)));
    }
}

void AnnotationController::retranslate()
{
    m_texts.apply();
}

} // namespace Randnotiz
