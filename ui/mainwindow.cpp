#include "mainwindow.h"

#include "annotationcontroller.h"
#include "annotationpanel.h"
#include "article/articlefiles.h"
#include "articledocument.h"
#include "articletextview.h"
#include "articleview.h"
#include "biographypanel.h"
#include "findbar.h"
#include "icons.h"
#include "languageswitcher.h"
#include "library/hittext.h"
#include "library/librarycontroller.h"
#include "models/articleloader.h"
#include "models/articlemodel.h"
#include "models/biographymodel.h"
#include "notes/annotationstore.h"
#include "notes/openlink.h"
#include "plaintext.h"
#include "printing/printdialogs.h"
#include "readersettings.h"
#include "settingsdialog.h"
#include "wiki/summaryservice.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <utility>

namespace Randnotiz {

namespace {

constexpr int MaxOutlineChildren = 300;
const QString sampleResource = QStringLiteral(":/samples/klimagipfel-bonn.txt");
// Each tab asks the summary service under its own id, so that closing it cancels only its requests.
const char tabIdProperty[] = "randnotizTabId";
// A tab with this property set (a preview) is not part of the saved session.
const char previewTabProperty[] = "randnotizPreviewTab";
// A tab of the last session not painted yet: the place (text offset) it is to go back to, and to keep if closed.
const char restorePlaceProperty[] = "randnotizRestorePlace";

// The scroll bar the reader moves through the article: the view's scroll area with the most to scroll. Its value
// is the place kept in the session (the vertical scroll value, not a text offset).
QScrollBar *readingScrollBar(QWidget *view)
{
    QScrollBar *best = nullptr;
    if (auto *area = qobject_cast<QAbstractScrollArea *>(view))
        best = area->verticalScrollBar();
    const QList<QAbstractScrollArea *> areas = view->findChildren<QAbstractScrollArea *>();
    for (QAbstractScrollArea *area : areas) {
        if (!best || area->verticalScrollBar()->maximum() > best->maximum())
            best = area->verticalScrollBar();
    }
    return best;
}

// Scrolls to value and stays there while the article is still laid out (a long one fills in, a notice bar or the
// docks change the height, which may clamp the value for a moment), until the reader or a find scrolls elsewhere.
void scrollWhenLaidOut(QWidget *view, int value)
{
    QScrollBar *bar = readingScrollBar(view);
    if (!bar || value <= 0)
        return;
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    const auto stop = [connections] {
        for (const QMetaObject::Connection &connection : std::as_const(*connections))
            QObject::disconnect(connection);
        connections->clear();
    };
    connections->append(QObject::connect(bar, &QScrollBar::rangeChanged, bar,
                                         [bar, value](int, int maximum) { bar->setValue(std::min(value, maximum)); }));
    // A value that is neither the place nor a clamp to the end was set by someone else.
    connections->append(QObject::connect(bar, &QScrollBar::valueChanged, bar, [bar, value, stop](int now) {
        if (now != value && now != bar->maximum())
            stop();
    }));
    connections->append(QObject::connect(bar, &QScrollBar::actionTriggered, bar, stop));
    bar->setValue(value);
}

// Shows the line with offset (in the view's article text) at the top and keeps it there while the article is still
// laid out (a long one fills in; the docks, a notice bar or the zoom change the lines), until the reader or a find
// scrolls elsewhere. Unlike a scroll value, the offset means the same text at every size and zoom.
void placeWhenLaidOut(ArticleView *view, int offset)
{
    QScrollBar *bar = view->textView()->verticalScrollBar();
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    auto placing = std::make_shared<bool>(false);
    const auto stop = [connections] {
        for (const QMetaObject::Connection &connection : std::as_const(*connections))
            QObject::disconnect(connection);
        connections->clear();
    };
    const auto place = [view, offset, placing] {
        if (*placing)
            return;
        *placing = true;
        view->scrollToOffset(offset);
        *placing = false;
    };
    connections->append(QObject::connect(bar, &QScrollBar::rangeChanged, view, place));
    // A scroll that leaves the place off the top line was someone else's.
    connections->append(QObject::connect(bar, &QScrollBar::valueChanged, view, [view, offset, placing, stop] {
        const int position = view->document() ? view->document()->positionOf(offset) : -1;
        if (*placing || position < 0)
            return;
        const QRect at = view->textView()->characterRect(position);
        if (at.bottom() < 0 || at.top() > at.height())
            stop();
    }));
    connections->append(QObject::connect(bar, &QScrollBar::actionTriggered, view, stop));
    place();
}

WikiConfig configFrom(const WikiOptions &options)
{
    WikiConfig config;
    if (!ReaderSettings::wikiBaseUrl().isEmpty())
        config.baseTemplate = ReaderSettings::wikiBaseUrl();
    if (!options.baseTemplate.isEmpty())
        config.baseTemplate = options.baseTemplate;
    if (!ReaderSettings::wikiContact().isEmpty())
        config.contact = ReaderSettings::wikiContact();
    config.offline = options.offline || ReaderSettings::wikiOffline();
    config.cacheBytes = qint64(ReaderSettings::wikiCacheMegabytes()) * 1024 * 1024;
    config.preferredLanguage = ReaderSettings::wikiPreferredLanguage();
    config.dataDir = options.dataDir;
    config.zimFiles = options.zimFiles + ReaderSettings::wikiZimFiles();
    config.zimFiles.removeDuplicates();
    config.preferOffline = ReaderSettings::wikiPreferOffline();
    return config;
}

QString tabTitle(const QString &headline)
{
    constexpr int MaxChars = 36;
    if (headline.size() <= MaxChars)
        return headline;
    return headline.left(MaxChars - 1).trimmed() + QChar(0x2026);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(WikiOptions(), parent)
{ }

MainWindow::MainWindow(const WikiOptions &wikiOptions, QWidget *parent)
    : QMainWindow(parent)
    , m_loader(new ArticleLoader(this))
    , m_tabs(new QTabWidget(this))
    , m_findBar(new FindBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDocumentMode(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *errorBar = new QFrame(central);
    m_errorBar = errorBar;
    errorBar->setObjectName(QStringLiteral("errorBar"));
    errorBar->setFrameShape(QFrame::StyledPanel);
    errorBar->setAutoFillBackground(true);
    QPalette warning = errorBar->palette();
    warning.setColor(QPalette::Window, QColor(0xf8, 0xd7, 0xda));
    warning.setColor(QPalette::WindowText, QColor(0x58, 0x15, 0x1c));
    errorBar->setPalette(warning);
    auto *errorLayout = new QHBoxLayout(errorBar);
    errorLayout->setContentsMargins(10, 6, 6, 6);
    m_errorMessage = new QLabel(errorBar);
    m_errorMessage->setObjectName(QStringLiteral("errorMessage"));
    m_errorMessage->setTextFormat(Qt::PlainText); // file names and parser messages are not markup
    m_errorMessage->setWordWrap(true);
    m_errorMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *closeError = new QToolButton(errorBar);
    closeError->setObjectName(QStringLiteral("closeErrorButton"));
    closeError->setText(QStringLiteral("\u2715"));
    closeError->setAutoRaise(true);
    m_texts.add([closeError] {
        closeError->setToolTip(tr("Dismiss"));
        closeError->setAccessibleName(tr("Dismiss the error"));
    });
    errorLayout->addWidget(m_errorMessage, 1);
    errorLayout->addWidget(closeError, 0, Qt::AlignTop);
    connect(closeError, &QToolButton::clicked, this, [this] {
        m_errors.clear();
        m_errorBar->hide();
    });
    errorBar->hide();

    m_tabs->setObjectName(QStringLiteral("articleTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideRight);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    // A double-click on the preview tab keeps it.
    connect(m_tabs, &QTabWidget::tabBarDoubleClicked, this, [this](int index) {
        if (index >= 0 && viewAt(index) == m_preview)
            keepPreview();
    });

    m_findBar->hide();
    connect(m_findBar, &FindBar::textChanged, this, &MainWindow::runFind);
    connect(m_findBar, &FindBar::findNext, this, &MainWindow::findNext);
    connect(m_findBar, &FindBar::findPrevious, this, &MainWindow::findPrevious);
    connect(m_findBar, &FindBar::closed, this, [this] {
        if (ArticleView *view = currentView())
            view->setFindText(QString());
        if (currentView())
            currentView()->setFocus();
    });

    // With no article open (and none coming), the middle says how to open one instead of standing empty.
    m_centre = new QStackedWidget(central);
    m_centre->setObjectName(QStringLiteral("centre"));
    m_noArticle = new QLabel(m_centre);
    m_noArticle->setObjectName(QStringLiteral("noArticleHint"));
    m_noArticle->setTextFormat(Qt::PlainText);
    m_noArticle->setAlignment(Qt::AlignCenter);
    m_noArticle->setWordWrap(true);
    m_noArticle->setMargin(24);
    m_noArticle->setForegroundRole(QPalette::PlaceholderText);
    m_texts.add([hint = m_noArticle] {
        hint->setText(tr("No article is open.\n\nDouble-click one in the library, or open a file with File › "
                         "Open… (%1).")
                          .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    });
    m_centre->addWidget(m_tabs);
    m_centre->addWidget(m_noArticle);
    layout->addWidget(errorBar);
    layout->addWidget(m_centre, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    connect(m_loader, &ArticleLoader::finished, this, &MainWindow::onParsed);

    m_wikiOptions = wikiOptions;
    m_wikiConfig = configFrom(wikiOptions);
    // A test process never reaches the real Wikipedia: without a base URL of its own, it fetches nothing.
    m_summariesEnabled = !QStandardPaths::isTestModeEnabled() || !wikiOptions.baseTemplate.isEmpty();
    // The worker thread, like the notes store, starts after the article is painted (startServices()).
    m_summaries = new SummaryService(m_wikiConfig, this, SummaryService::Start::Later);
    // Queued, then deferred once more: the paint has reached the screen and what it posted has run.
    connect(this, &MainWindow::articlePainted, this, &MainWindow::startServicesSoon, Qt::QueuedConnection);
    m_annotations = new AnnotationController(this, wikiOptions.dataDir, wikiOptions.teamStore);
    // The library asks for the notes store only once it starts, after the first paint.
    m_library = new LibraryController(this, wikiOptions.dataDir, [this] { return m_annotations->store(); });
    connect(m_library, &LibraryController::openRequested, this, &MainWindow::openFromLibrary);
    connect(m_library, &LibraryController::problem, this, [this](const QString &message) { showNotice(message); });
    connect(m_library, &LibraryController::hitActivated, this, [this](const LibraryHit &hit) {
        m_hitAfterOpen.insert(QFileInfo(hit.file).absoluteFilePath(), hit);
        openFromLibrary(hit.file, true);
    });
    // The library starts after the first article has painted, so that start-up never waits for it.
    connect(this, &MainWindow::articlePainted, m_library, &LibraryController::startIfConfigured,
            Qt::SingleShotConnection);
    connect(this, &MainWindow::articleOpened, this, [this](const QString &path) {
        if (!m_hitAfterOpen.contains(path))
            return;
        const LibraryHit found = m_hitAfterOpen.take(path);
        ArticleView *view = currentView();
        if (!view || view->path() != path)
            return;
        // The exact words the index matched, at their place in this article's own plain text.
        const QList<std::pair<int, int>> ranges = HitText::matchRanges(found, view->articleText());
        if (!ranges.isEmpty())
            view->revealTextRange(ranges.constFirst().first, ranges.constFirst().second);
    });

    createDocks();
    m_biographyPanel->setRestBaseTemplate(m_wikiConfig.baseTemplate);
    createMenus();
    connect(m_biographyPanel, &BiographyPanel::retryRequested, this, &MainWindow::retrySummary);
    connect(m_biographyPanel, &BiographyPanel::suggestionAccepted, this, [this](int row) { chooseLink(row, true); });
    connect(m_biographyPanel, &BiographyPanel::chosenLinkForgotten, this, [this](int row) { chooseLink(row, false); });
    connect(m_biographyPanel, &BiographyPanel::summaryNoteRequested, this,
            [this](int entry, const QString &text) { m_annotations->addEntryNote(currentView(), entry, text); });
    // A mention's link under the entry: the article scrolls there and flashes it.
    connect(m_biographyPanel, &BiographyPanel::mentionRequested, this, [this](int entry, int mention) {
        ArticleView *view = currentView();
        if (!view || view->biographies() != m_biographyPanel->model())
            return;
        const QList<int> offsets = view->biographies()->index(entry, 0).data(MentionsRole).value<QList<int>>();
        if (mention >= 0 && mention < offsets.size())
            view->showMention(offsets.at(mention));
    });
    resize(1180, 780);
    // Never larger than the screen it opens on (a 1000x700 screen gets the whole of it, not a cut-off window).
    if (QScreen *screen = this->screen()) {
        const QSize room = screen->availableGeometry().size();
        resize(std::min(width(), room.width()), std::min(height(), room.height()));
    }
    // The docks take a share of a small window, so that the article keeps the widest column (230 and 400
    // pixels at the default size; at 1000 pixels about 200 and 300).
    resizeDocks({ m_outlineDock, m_biographyDock }, { std::min(230, width() / 5), std::min(400, width() * 3 / 10) },
                Qt::Horizontal);
    restoreGeometry(ReaderSettings::windowGeometry());
    restoreState(ReaderSettings::windowState());
    currentTabChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_outlineDock = new QDockWidget(this);
    m_texts.add([this] { m_outlineDock->setWindowTitle(tr("Outline")); });
    m_outlineDock->setObjectName(QStringLiteral("outlineDock"));
    m_outline = new QTreeView(m_outlineDock);
    m_outline->setObjectName(QStringLiteral("outlineView"));
    m_outline->setHeaderHidden(true);
    m_outline->setUniformRowHeights(true);
    m_outline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outlineDock->setWidget(m_outline);
    addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock);

    m_biographyDock = new QDockWidget(this);
    m_texts.add([this] { m_biographyDock->setWindowTitle(tr("Persons and terms")); });
    m_biographyDock->setObjectName(QStringLiteral("biographyDock"));
    m_biographyPanel = new BiographyPanel(m_biographyDock);
    m_biographyDock->setWidget(m_biographyPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_biographyDock);

    m_notesDock = new QDockWidget(this);
    m_texts.add([this] { m_notesDock->setWindowTitle(tr("Notes")); });
    m_notesDock->setObjectName(QStringLiteral("notesDock"));
    m_annotations->setPanelDock(m_notesDock);
    addDockWidget(Qt::RightDockWidgetArea, m_notesDock);
    tabifyDockWidget(m_biographyDock, m_notesDock);
    m_biographyDock->raise();
    addDockWidget(Qt::LeftDockWidgetArea, m_library->dock());
    tabifyDockWidget(m_outlineDock, m_library->dock());
    m_outlineDock->raise();
    // Clicking a highlight shows its note in the panel.
    connect(m_annotations, &AnnotationController::panelWanted, m_notesDock, [this] {
        m_notesDock->show();
        m_notesDock->raise();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(QString());
    m_texts.add([file] { file->setTitle(tr("&File")); });
    QAction *open = file->addAction(QString(), this, &MainWindow::openDialog);
    m_texts.add([open] { open->setText(tr("&Open…")); });
    open->setObjectName(QStringLiteral("openAction"));
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(QString());
    m_texts.add([this] { m_recentMenu->setTitle(tr("Open &Recent")); });
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addAction(m_library->addFolderAction());
    file->addSeparator();
    m_annotations->addFileActions(file);
    file->addSeparator();
    QAction *print = file->addAction(QString(), this, [this] { printCurrent(0); });
    print->setObjectName(QStringLiteral("printAction"));
    print->setShortcut(QKeySequence::Print);
    m_texts.add([print] { print->setText(tr("&Print…")); });
    QAction *preview = file->addAction(QString(), this, [this] { printCurrent(1); });
    preview->setObjectName(QStringLiteral("printPreviewAction"));
    m_texts.add([preview] { preview->setText(tr("Print Pre&view…")); });
    QAction *pdf = file->addAction(QString(), this, [this] { printCurrent(2); });
    pdf->setObjectName(QStringLiteral("exportPdfAction"));
    m_texts.add([pdf] { pdf->setText(tr("Export as P&DF…")); });
    file->addSeparator();
    QAction *close = file->addAction(QString(), this, &MainWindow::closeCurrentTab);
    m_texts.add([close] { close->setText(tr("&Close")); });
    close->setObjectName(QStringLiteral("closeAction"));
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    QAction *quit = file->addAction(QString(), this, &QWidget::close);
    m_texts.add([quit] { quit->setText(tr("&Quit")); });
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(QString());
    m_texts.add([edit] { edit->setTitle(tr("&Edit")); });
    m_annotations->addEditActions(edit);
    QAction *find = edit->addAction(QString(), m_findBar, &FindBar::activate);
    m_texts.add([find] { find->setText(tr("&Find…")); });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    QAction *next = edit->addAction(QString(), this, &MainWindow::findNext);
    m_texts.add([next] { next->setText(tr("Find &Next")); });
    next->setObjectName(QStringLiteral("findNextAction"));
    next->setShortcut(QKeySequence(Qt::Key_F3));
    QAction *previous = edit->addAction(QString(), this, &MainWindow::findPrevious);
    m_texts.add([previous] { previous->setText(tr("Find &Previous")); });
    previous->setObjectName(QStringLiteral("findPreviousAction"));
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    edit->addAction(m_library->searchAction());
    edit->addSeparator();
    QAction *settings = edit->addAction(QString(), this, &MainWindow::showSettings);
    m_texts.add([settings] { settings->setText(tr("&Settings…")); });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(QString());
    m_texts.add([view] { view->setTitle(tr("&View")); });
    QAction *expand = view->addAction(QString(), this, [this] { setAllExpanded(true); });
    m_texts.add([expand] { expand->setText(tr("&Expand All")); });
    expand->setObjectName(QStringLiteral("expandAllAction"));
    expand->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *collapse = view->addAction(QString(), this, [this] { setAllExpanded(false); });
    m_texts.add([collapse] { collapse->setText(tr("C&ollapse All")); });
    collapse->setObjectName(QStringLiteral("collapseAllAction"));
    collapse->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    view->addSeparator();
    QAction *zoomIn = view->addAction(QString(), this, [this] { zoomBy(1); });
    m_texts.add([zoomIn] { zoomIn->setText(tr("Zoom &In")); });
    zoomIn->setObjectName(QStringLiteral("zoomInAction"));
    zoomIn->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    QAction *zoomOut = view->addAction(QString(), this, [this] { zoomBy(-1); });
    m_texts.add([zoomOut] { zoomOut->setText(tr("Zoom O&ut")); });
    zoomOut->setObjectName(QStringLiteral("zoomOutAction"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(QString(), this, &MainWindow::resetZoom);
    m_texts.add([zoomReset] { zoomReset->setText(tr("&Normal Size")); });
    zoomReset->setObjectName(QStringLiteral("zoomResetAction"));
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    view->addAction(m_outlineDock->toggleViewAction());
    view->addAction(m_biographyDock->toggleViewAction());
    view->addAction(m_notesDock->toggleViewAction());
    view->addAction(m_library->toggleAction());
    view->addSeparator();
    QMenu *language = view->addMenu(QString());
    m_texts.add([language] { language->setTitle(tr("&Language")); });
    auto *languages = new QActionGroup(language);
    // The names of the languages are their own, in every language.
    const QList<std::pair<QString, QString>> choices = { { QString(), QString() },
                                                         { QStringLiteral("de"), QStringLiteral("Deutsch") },
                                                         { QStringLiteral("en"), QStringLiteral("English") } };
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setObjectName(QStringLiteral("languageAction_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(ReaderSettings::language() == code);
        languages->addAction(action);
        // Every window and panel sets its texts again on the QEvent::LanguageChange this sends.
        connect(action, &QAction::triggered, this, [code = code] {
            ReaderSettings::setLanguage(code);
            LanguageSwitcher::apply(code);
        });
    }
    QAction *systemLanguage = languages->actions().constFirst();
    m_texts.add([systemLanguage] { systemLanguage->setText(tr("System Language")); });

    QMenu *notes = menuBar()->addMenu(QString());
    m_texts.add([notes] { notes->setTitle(tr("&Notes")); });
    auto *toolBar = addToolBar(QString());
    m_texts.add([toolBar] { toolBar->setWindowTitle(tr("Highlighting")); });
    toolBar->setObjectName(QStringLiteral("annotationToolBar"));
    toolBar->setIconSize(QSize(16, 16));
    m_annotations->addNotesMenu(notes, toolBar);
    view->addAction(toolBar->toggleViewAction());

    QMenu *go = menuBar()->addMenu(QString());
    m_texts.add([go] { go->setTitle(tr("&Go")); });
    QAction *previousEntry = go->addAction(QString(), this, [this] {
        m_biographyDock->show();
        m_biographyPanel->showPrevious();
    });
    m_texts.add([previousEntry] { previousEntry->setText(tr("&Previous Person or Term")); });
    previousEntry->setObjectName(QStringLiteral("previousEntryAction"));
    previousEntry->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    QAction *nextEntry = go->addAction(QString(), this, [this] {
        m_biographyDock->show();
        m_biographyPanel->showNext();
    });
    m_texts.add([nextEntry] { nextEntry->setText(tr("&Next Person or Term")); });
    nextEntry->setObjectName(QStringLiteral("nextEntryAction"));
    nextEntry->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    go->addSeparator();
    QAction *nextTab = go->addAction(QString(), this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    m_texts.add([nextTab] { nextTab->setText(tr("Next &Tab")); });
    nextTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction *previousTab = go->addAction(QString(), this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    m_texts.add([previousTab] { previousTab->setText(tr("Previous T&ab")); });
    previousTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));

    QMenu *help = menuBar()->addMenu(QString());
    m_texts.add([help] { help->setTitle(tr("&Help")); });
    QAction *about = help->addAction(QString(), this, [this] {
        QMessageBox::about(
            this, tr("About Randnotiz"),
            tr("Randnotiz %1\nReads and annotates OZD-News articles.").arg(QCoreApplication::applicationVersion()));
    });
    m_texts.add([about] { about->setText(tr("&About Randnotiz")); });
    QAction *aboutQt = help->addAction(QString(), qApp, &QApplication::aboutQt);
    m_texts.add([aboutQt] { aboutQt->setText(tr("About &Qt")); });
}

void MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (viewAt(i)->path() == absolute) {
            m_tabs->setCurrentIndex(i);
            emit articleOpened(absolute);
            return;
        }
    }
    m_pending.insert(m_loader->loadFile(absolute), Pending { absolute, nullptr });
}

void MainWindow::openFiles(const QStringList &paths)
{
    // A folder goes to the library (walked and indexed on its own thread) instead of becoming a wall of tabs.
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir())
            m_library->addFolder(path);
        else
            openFile(path);
    }
}

bool MainWindow::handleArguments(const QStringList &arguments)
{
    QStringList paths;
    bool used = false;
    for (const QString &argument : arguments) {
        const QUrl url(argument);
        if (url.scheme() == QLatin1String("randnotiz"))
            used = openAnnotationLink(url) || used;
        else
            paths.append(url.isLocalFile() ? url.toLocalFile() : argument);
    }
    openFiles(paths);
    return used || !paths.isEmpty();
}

bool MainWindow::openAnnotationLink(const QUrl &url)
{
    return m_annotations->openLink(url);
}

void MainWindow::openLinkedFile(const QString &path, const QStringList &fingerprints)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (viewAt(i)->path() != absolute)
            continue;
        if (!fingerprints.contains(viewAt(i)->articleText().fingerprint())) {
            showNotice(OpenLink::unknownTargetMessage(absolute));
            emit openFailed(absolute, OpenLink::unknownTargetMessage(absolute));
            return;
        }
        m_tabs->setCurrentIndex(i);
        emit articleOpened(absolute);
        return;
    }
    m_pending.insert(m_loader->loadFile(absolute), Pending { absolute, nullptr, fingerprints });
}

QString MainWindow::sampleResourcePath()
{
    return sampleResource;
}

void MainWindow::showView(ArticleView *view)
{
    const int index = m_tabs->indexOf(view);
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
}

void MainWindow::showNotice(const QString &message, const QString &toolTip)
{
    m_errors.append(message);
    while (m_errors.size() > 4)
        m_errors.removeFirst();
    m_errorMessage->setText(m_errors.join(QLatin1Char('\n')));
    m_errorMessage->setToolTip(plainToolTip(toolTip));
    m_errorBar->show();
}

void MainWindow::openSample()
{
    QFile sample(sampleResource);
    const QByteArray bytes = sample.open(QIODevice::ReadOnly) ? sample.readAll() : QByteArray();
    m_pending.insert(m_loader->loadBytes(bytes, QStringLiteral("klimagipfel-bonn.txt")),
                     Pending { sampleResource, nullptr });
}

int MainWindow::restoreSession()
{
    const QList<ReaderSettings::SessionTab> tabs = ReaderSettings::sessionTabs();
    const int current = ReaderSettings::sessionCurrentTab();
    m_restoreCurrent.clear();
    for (int i = 0; i < int(tabs.size()); ++i) {
        const QString path = QFileInfo(tabs.at(i).path).absoluteFilePath();
        if (!QFileInfo(path).isFile()) {
            showNotice(tr("Not reopened from the last session; the file is gone: %1").arg(QFileInfo(path).fileName()),
                       QDir::toNativeSeparators(path));
            continue;
        }
        if (i == current)
            m_restoreCurrent = path;
        m_pending.insert(m_loader->loadFile(path),
                         Pending { path, nullptr, {}, false, tabs.at(i).scroll, tabs.at(i).offset });
        ++m_restoring;
    }
    return m_restoring;
}

void MainWindow::startUp(const QStringList &arguments, bool restore)
{
    const int restored = restore ? restoreSession() : 0;
    if (!arguments.isEmpty())
        handleArguments(arguments);
    else if (restore && restored == 0)
        openSample();
}

int MainWindow::articleCount() const
{
    return m_tabs->count();
}

ArticleView *MainWindow::currentView() const
{
    return qobject_cast<ArticleView *>(m_tabs->currentWidget());
}

ArticleView *MainWindow::viewAt(int index) const
{
    return qobject_cast<ArticleView *>(m_tabs->widget(index));
}

void MainWindow::onParsed(quint64 request, const QString &, const ParseResult &result, const ArticleText &text)
{
    const auto it = m_pending.constFind(request);
    if (it == m_pending.constEnd())
        return;
    const Pending pending = it.value();
    m_pending.erase(it);
    const auto centre = qScopeGuard([this] { updateCentre(); });
    // A hidden window paints nothing, and a file that failed paints nothing either: start without waiting.
    if (!isVisible() || !result.ok())
        startServicesSoon();
    if (pending.restoreScroll >= 0) {
        // The last tab of the session is in: the one that was current comes to the front again.
        QTimer::singleShot(0, this, [this] {
            if (--m_restoring > 0)
                return;
            for (int i = 0; i < m_tabs->count(); ++i) {
                if (!m_restoreCurrent.isEmpty() && viewAt(i)->path() == m_restoreCurrent)
                    m_tabs->setCurrentIndex(i);
            }
            m_restoreCurrent.clear();
        });
    }
    const bool fromFile = pending.path != sampleResource;
    // A link's file that is not the article it claims: no tab, no recent entry, nothing for the store.
    if (!pending.fingerprints.isEmpty() && (!result.ok() || !pending.fingerprints.contains(text.fingerprint()))) {
        const QString message = OpenLink::unknownTargetMessage(pending.path);
        showNotice(message);
        emit openFailed(pending.path, message);
        return;
    }

    if (!result.ok()) {
        if (!pending.reloadInto)
            showError(pending.path, result.error);
        else
            showError(pending.path, tr("the changed file cannot be read (%1); the old text stays").arg(result.error));
        emit openFailed(pending.path, result.error);
        return;
    }
    if (pending.reloadInto) {
        const QString oldPath = pending.reloadInto->path();
        if (oldPath != pending.path) {
            // The preview tab shows another article now.
            unwatchFile(oldPath);
            watchFile(pending.path);
            m_tabs->setTabToolTip(m_tabs->indexOf(pending.reloadInto),
                                  plainToolTip(QDir::toNativeSeparators(pending.path)));
        }
        pending.reloadInto->setArticle(result.article, pending.path, text);
        m_annotations->articleShown(pending.reloadInto);
        requestSummaries(pending.reloadInto);
        const int index = m_tabs->indexOf(pending.reloadInto);
        m_tabs->setTabText(index, tabTitle(result.article.headline()).replace(QLatin1Char('&'), QStringLiteral("&&")));
        if (index == m_tabs->currentIndex())
            currentTabChanged();
        emit articleOpened(pending.path);
        return;
    }

    auto *view = new ArticleView(m_tabs);
    // In its tab, at the size it is read at, before it has its text: the article is laid out once, not first at
    // a new widget's default width and again when the tab shows it. currentTabChanged() follows once it has its text.
    int index = -1;
    {
        const QSignalBlocker quiet(m_tabs);
        // A tab label treats & as a mnemonic.
        index
            = m_tabs->addTab(view, tabTitle(result.article.headline()).replace(QLatin1Char('&'), QStringLiteral("&&")));
        view->setGeometry(view->parentWidget()->rect());
        m_tabs->setCurrentIndex(index);
    }
    view->setArticle(result.article, pending.path, text);
    m_annotations->attach(view);
    // Its notes are looked up on a worker thread and drawn when they arrive.
    m_annotations->articleShown(view);
    view->setProperty(tabIdProperty, QStringLiteral("tab-%1").arg(++m_nextTabId));
    // The model is the receiver: the connection ends with the tab.
    connect(m_summaries, &SummaryService::summaryReady, view->biographies(), &BiographyModel::applySummary);
    connect(m_summaries, &SummaryService::titleSuggested, view->biographies(), &BiographyModel::applySuggestion);
    requestSummaries(view);
    connect(view, &ArticleView::entryActivated, this, &MainWindow::showEntry);
    connect(view, &ArticleView::firstPainted, this, &MainWindow::articlePainted);
    if (pending.restoreOffset >= 0) {
        view->setProperty(restorePlaceProperty, pending.restoreOffset);
        connect(
            view, &ArticleView::firstPainted, view,
            [view, offset = pending.restoreOffset] {
                view->setProperty(restorePlaceProperty, QVariant());
                placeWhenLaidOut(view, offset);
            },
            Qt::SingleShotConnection);
    } else if (pending.restoreScroll > 0) {
        // Settings of an older version: the scroll value, at whatever size the window has now.
        connect(
            view, &ArticleView::firstPainted, view,
            [view, scroll = pending.restoreScroll] { scrollWhenLaidOut(view, scroll); }, Qt::SingleShotConnection);
    }
    connect(view, &ArticleView::findResultsChanged, this, [this, view] {
        if (view == currentView() && !m_findBar->isHidden())
            m_findBar->setResult(view->currentMatch(), view->matchCount());
    });
    connect(view, &ArticleView::reloadRequested, this, [this, view] {
        m_pending.insert(m_loader->loadFile(view->path()), Pending { view->path(), view });
    });
    m_tabs->setTabToolTip(index,
                          plainToolTip(fromFile ? QDir::toNativeSeparators(pending.path) : result.article.headline()));
    currentTabChanged();
    if (pending.preview) {
        m_preview = view;
        view->setProperty(previewTabProperty, true);
        m_tabs->tabBar()->setTabTextColor(index, palette().color(QPalette::PlaceholderText));
    }
    if (fromFile) {
        watchFile(pending.path);
        // Bookkeeping (a settings file written to disk) waits, like startServices(), two turns of the event loop
        // after the article is painted; a hidden window paints nothing and does it at once.
        const auto remember = [this, path = pending.path] {
            QTimer::singleShot(0, this, [this, path] {
                ReaderSettings::addRecentFile(path);
                rebuildRecentMenu();
            });
        };
        if (isVisible())
            connect(view, &ArticleView::firstPainted, this, remember,
                    Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
        else
            remember();
    }
    emit articleOpened(pending.path);
}

void MainWindow::openFromLibrary(const QString &path, bool keep)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (viewAt(i)->path() == absolute) {
            m_tabs->setCurrentIndex(i);
            if (keep && viewAt(i) == m_preview)
                keepPreview();
            emit articleOpened(absolute);
            return;
        }
    }
    if (!keep && m_preview) {
        m_pending.insert(m_loader->loadFile(absolute), Pending { absolute, m_preview });
        return;
    }
    m_pending.insert(m_loader->loadFile(absolute), Pending { absolute, nullptr, {}, !keep });
}

ArticleView *MainWindow::previewView() const
{
    return m_preview;
}

void MainWindow::keepPreview()
{
    if (!m_preview)
        return;
    const int index = m_tabs->indexOf(m_preview);
    m_preview->setProperty(previewTabProperty, false);
    m_tabs->tabBar()->setTabTextColor(index, QColor());
    m_preview = nullptr;
}

void MainWindow::printCurrent(int how)
{
    ArticleView *view = currentView();
    if (!view)
        return;
    PrintInput input { view->article(), view->path(), view->articleText(), view->annotations(),
                       m_annotations->store()->colorLabels() };
    if (how == 0)
        PrintDialogs::print(this, input);
    else if (how == 1)
        PrintDialogs::preview(this, input);
    else
        PrintDialogs::exportPdf(this, input, ReaderSettings::exportFolder());
}

void MainWindow::showError(const QString &path, const QString &error)
{
    const QString name = path == sampleResource ? tr("the sample article") : QFileInfo(path).fileName();
    showNotice(tr("Cannot open %1: %2").arg(name, error), QDir::toNativeSeparators(path));
}

void MainWindow::currentTabChanged()
{
    ArticleView *view = currentView();
    m_outline->setModel(view ? view->model() : nullptr);
    m_biographyPanel->setModel(view ? view->biographies() : nullptr);
    m_annotations->setCurrentView(view);
    if (view) {
        expandOutline();
        connect(view->model(), &QAbstractItemModel::modelReset, this, &MainWindow::expandOutline, Qt::UniqueConnection);
        disconnect(m_outlineConnection);
        m_outlineConnection = connect(m_outline->selectionModel(), &QItemSelectionModel::currentChanged, view,
                                      [this, view](const QModelIndex &current) {
                                          if (!current.isValid() || currentView() != view)
                                              return;
                                          view->revealAnchor(current.data(AnchorRole).toString());
                                          if (current.data(EntryIndexRole).isValid())
                                              m_biographyPanel->setCurrentEntry(current.data(EntryIndexRole).toInt());
                                      });
        setWindowTitle(escapeWindowTitle(view->article().headline()));
    } else {
        setWindowTitle(QString());
    }
    if (!m_findBar->isHidden())
        runFind();
    updateCentre();
}

void MainWindow::updateCentre()
{
    // Before the first paint an article on its way keeps the (empty) tabs: no hint flashes up in front of it.
    const bool none = m_tabs->count() == 0 && m_pending.isEmpty() && m_servicesStarted;
    m_centre->setCurrentWidget(none ? static_cast<QWidget *>(m_noArticle) : m_tabs);
}

void MainWindow::expandOutline()
{
    ArticleView *view = currentView();
    if (!view || m_outline->model() != view->model())
        return;
    // Parts open in the outline, except one with so many paragraphs that listing them all would be noise.
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex part = model->index(row, 0);
        if (model->rowCount(part) <= MaxOutlineChildren)
            m_outline->expand(part);
    }
}

void MainWindow::closeCurrentTab()
{
    if (m_tabs->currentIndex() >= 0)
        closeTab(m_tabs->currentIndex());
}

void MainWindow::closeTab(int index)
{
    ArticleView *view = viewAt(index);
    if (!view)
        return;
    const QString path = view->path();
    m_summaries->cancel(view->property(tabIdProperty).toString());
    m_tabs->removeTab(index);
    view->deleteLater();
    bool stillOpen = false;
    for (int i = 0; i < m_tabs->count(); ++i)
        stillOpen = stillOpen || viewAt(i)->path() == path;
    if (!stillOpen)
        unwatchFile(path);
}

void MainWindow::setAllExpanded(bool expanded)
{
    if (ArticleView *view = currentView())
        view->setAllExpanded(expanded);
}

void MainWindow::zoomBy(int points)
{
    ReaderSettings::setZoom(ReaderSettings::zoom() + points);
    for (int i = 0; i < m_tabs->count(); ++i)
        viewAt(i)->setZoom(ReaderSettings::zoom());
}

void MainWindow::resetZoom()
{
    zoomBy(-ReaderSettings::zoom());
}

void MainWindow::runFind()
{
    ArticleView *view = currentView();
    if (!view)
        return;
    const int count = view->setFindText(m_findBar->text());
    const int current = count > 0 ? view->findNext() : -1;
    m_findBar->setResult(current, count);
}

void MainWindow::findNext()
{
    findStep(false);
}

void MainWindow::findPrevious()
{
    findStep(true);
}

void MainWindow::findStep(bool backwards)
{
    ArticleView *view = currentView();
    if (m_findBar->text().isEmpty() || !view) {
        m_findBar->activate();
        return;
    }
    if (m_findBar->isHidden()) {
        m_findBar->show();
        view->setFindText(m_findBar->text());
    }
    m_findBar->setResult(view->findNext(backwards), view->matchCount());
}

void MainWindow::showEntry(int entry)
{
    m_biographyDock->show();
    m_biographyDock->raise();
    m_biographyPanel->setCurrentEntry(entry);
}

void MainWindow::rebuildRecentMenu()
{
    QStringList files = ReaderSettings::recentFiles();
    QStringList existing;
    for (const QString &file : std::as_const(files)) {
        if (QFileInfo::exists(file))
            existing.append(file);
    }
    if (existing != files)
        ReaderSettings::setRecentFiles(existing);
    m_recentMenu->clear();
    for (qsizetype i = 0; i < existing.size(); ++i) {
        const QString path = existing.at(i);
        QString name = QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = m_recentMenu->addAction(i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(name)
                                                        : QStringLiteral("1&0  %1").arg(name));
        action->setData(path);
        action->setToolTip(plainToolTip(QDir::toNativeSeparators(path)));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (existing.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            ReaderSettings::setRecentFiles({});
            rebuildRecentMenu();
        });
    }
}

void MainWindow::fileChangedOnDisk(const QString &path)
{
    // Editors often save by replacing the file; the watcher then forgets it.
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (viewAt(i)->path() == path)
            viewAt(i)->showReloadBar(true);
    }
}

void MainWindow::watchFile(const QString &path)
{
    if (m_watcher) {
        m_watcher->addPath(path);
    } else if (!m_toWatch.contains(path)) {
        const QFileInfo info(path);
        m_toWatch.insert(path, FileStamp { info.lastModified(), info.size() });
    }
}

void MainWindow::unwatchFile(const QString &path)
{
    if (m_watcher && m_watcher->files().contains(path))
        m_watcher->removePath(path);
    m_toWatch.remove(path);
}

void MainWindow::openDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Articles"), ReaderSettings::openFolder(),
                                                            tr("OZD-News articles (*.txt);;All files (*)"));
    if (files.isEmpty())
        return;
    ReaderSettings::setOpenFolder(QFileInfo(files.constFirst()).absolutePath());
    for (const QString &file : files)
        openFile(file);
}

void MainWindow::startServicesSoon()
{
    if (!m_servicesStarted)
        QTimer::singleShot(0, this, &MainWindow::startServices);
}

void MainWindow::startServices()
{
    if (m_servicesStarted)
        return;
    m_servicesStarted = true;
    updateCentre();
    // The SVG icon loads the image and icon plugins: not worth delaying the article for.
    setWindowIcon(applicationIcon());
    m_annotations->openStore();
    // The watcher is an inotify instance, and the kernel takes 5-20 ms to close one (at quit, too): it starts
    // here, with the files opened before the first paint.
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::fileChangedOnDisk);
    const QHash<QString, FileStamp> opened = std::exchange(m_toWatch, {});
    for (auto it = opened.cbegin(); it != opened.cend(); ++it) {
        m_watcher->addPath(it.key());
        // Changed in the moment before the watcher was there: said as the watcher would have.
        const QFileInfo now(it.key());
        if (now.lastModified() != it->modified || now.size() != it->size)
            fileChangedOnDisk(it.key());
    }
    // A team store says here that it is offline and how many changes wait; the bar shows only then.
    auto *storeStatus = new QLabel(statusBar());
    storeStatus->setObjectName(QStringLiteral("storeStatus"));
    storeStatus->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(storeStatus);
    const auto showStoreStatus = [this, storeStatus] {
        storeStatus->setText(m_annotations->store()->statusText());
        statusBar()->setVisible(!storeStatus->text().isEmpty());
    };
    connect(m_annotations->store(), &NotesStore::statusChanged, storeStatus, showStoreStatus);
    showStoreStatus();
    // A note or an edit keeps the preview tab.
    connect(m_annotations->store(), &NotesStore::annotationsChanged, this, [this](qint64 articleId) {
        if (m_preview && m_preview->articleId() == articleId)
            keepPreview();
    });
    m_summaries->start();
    // What the tabs painted so far want; the store knows the links the reader chose.
    for (int i = 0; i < m_tabs->count(); ++i)
        requestSummaries(viewAt(i));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Nothing on its way to be painted: nothing to wait for.
    QTimer::singleShot(0, this, [this] {
        if (m_pending.isEmpty() && m_tabs->count() == 0)
            startServices();
    });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.apply();
        rebuildRecentMenu();
        m_annotations->retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The session: the article files in tab order with their places; the sample and previews are not kept.
    QList<ReaderSettings::SessionTab> session;
    int current = -1;
    for (int i = 0; i < m_tabs->count(); ++i) {
        ArticleView *view = viewAt(i);
        if (view->path() == sampleResource || view->property(previewTabProperty).toBool())
            continue;
        if (i == m_tabs->currentIndex())
            current = int(session.size());
        const QScrollBar *bar = readingScrollBar(view);
        // A tab never shown since the session was restored is still where it was.
        const QVariant unplaced = view->property(restorePlaceProperty);
        const int offset = unplaced.isValid() ? unplaced.toInt() : view->readingOffset().value_or(-1);
        session.append({ view->path(), bar ? bar->value() : 0, offset });
    }
    // One write of the settings file for both.
    ReaderSettings::setWindowGeometry(saveGeometry(), saveState(), session, current);
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(paths);
}

void MainWindow::requestSummaries(ArticleView *view)
{
    // Before the first paint the store is not open: startServices() asks for every tab then.
    if (!view || !m_summariesEnabled || !m_servicesStarted)
        return;
    QList<WikiLink> links;
    for (const Explanation &entry : view->article().explanations()) {
        if (entry.wikipedia)
            links.append(*entry.wikipedia);
    }
    // Entries without a link: the pages the reader chose for this article, else the offline copy's suggestions.
    BiographyModel *entries = view->biographies();
    const QHash<QString, QUrl> chosen = m_annotations->store()->chosenLinks(view->articleText().fingerprint());
    for (auto it = chosen.constBegin(); it != chosen.constEnd(); ++it)
        entries->chooseLink(it.key(), WikiLink::parse(it.value().toString(QUrl::FullyEncoded)));
    links += entries->chosenLinks();
    if (!links.isEmpty())
        m_summaries->requestSummaries(view->property(tabIdProperty).toString(), links);
    if (!m_wikiConfig.zimFiles.isEmpty() && !entries->subjectsWithoutLink().isEmpty()) {
        QStringList langs { entries->linksLanguage(), m_wikiConfig.preferredLanguage, QString() };
        langs.removeDuplicates();
        for (const QString &lang : std::as_const(langs))
            m_summaries->suggestTitles(lang, entries->subjectsWithoutLink());
    }
}

void MainWindow::chooseLink(int entry, bool use)
{
    ArticleView *view = currentView();
    if (!view || view->biographies() != m_biographyPanel->model() || entry < 0
        || entry >= view->article().explanations().size())
        return;
    BiographyModel *entries = view->biographies();
    const QString subject = view->article().explanations().at(entry).subject;
    const std::optional<WikiLink> link = use ? entries->suggestion(entry) : std::nullopt;
    if (use && !link)
        return;
    // Kept with the article's notes, never written into the file.
    if (!m_annotations->store()->setChosenLink(view->articleText().fingerprint(), subject, link ? link->url : QUrl()))
        showNotice(tr("The chosen Wikipedia page is used until the article is closed, but cannot be kept: %1")
                       .arg(m_annotations->store()->errorString()));
    entries->chooseLink(subject, link);
    if (link && m_summariesEnabled)
        m_summaries->requestSummaries(view->property(tabIdProperty).toString(), { *link });
}

void MainWindow::retrySummary(int entry)
{
    ArticleView *view = currentView();
    if (!view || !m_summariesEnabled || view->biographies() != m_biographyPanel->model())
        return;
    const QList<Explanation> &entries = view->article().explanations();
    if (entry < 0 || entry >= entries.size() || !entries.at(entry).wikipedia)
        return;
    m_summaries->requestSummaries(view->property(tabIdProperty).toString(), { *entries.at(entry).wikipedia });
}

void MainWindow::showSettings()
{
    if (auto *open = findChild<SettingsDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setColorLabels(m_annotations->store()->colorLabels());
    dialog->setNotesStore(m_annotations->store(), m_annotations->openArticleIds());
    connect(dialog, &QDialog::accepted, this, &MainWindow::applyWikiSettings);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_annotations->applyColorLabels(dialog->colorLabels()); });
    dialog->open();
}

void MainWindow::applyWikiSettings()
{
    m_wikiConfig = configFrom(m_wikiOptions);
    m_summaries->setConfig(m_wikiConfig);
    m_biographyPanel->setRestBaseTemplate(m_wikiConfig.baseTemplate);
    // Entries that failed or were offline get another chance under the new settings.
    for (int i = 0; i < m_tabs->count(); ++i)
        requestSummaries(viewAt(i));
}

} // namespace Randnotiz
