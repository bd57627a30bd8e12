#include "library/librarycontroller.h"

#include "library/librarypanel.h"
#include "library/libraryservice.h"
#include "notes/annotationstore.h"
#include "readersettings.h"
#include "wiki/wikiconfig.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QTimer>

namespace Randnotiz {

LibraryController::LibraryController(QMainWindow *window, const QString &dataDir, std::function<NotesStore *()> store)
    : QObject(window)
    , m_window(window)
    , m_dataDir(dataDir.isEmpty() ? AnnotationStore::defaultDataDir() : dataDir)
    , m_storeProvider(std::move(store))
{
    WikiConfig wiki; // the cache folder follows the same rule as the summary worker's
    wiki.dataDir = dataDir;
    m_summaryCacheDir = wiki.cacheDirectory();
    m_dock = new QDockWidget(tr("Library"), window);
    m_dock->setObjectName(QStringLiteral("libraryDock"));
    m_dock->hide();
    // The panel (and the index behind it) comes when the dock is first shown.
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            ensureStarted();
    });

    m_addFolder = new QAction(tr("Add Folder to &Library…"), this);
    m_addFolder->setObjectName(QStringLiteral("addLibraryFolderAction"));
    connect(m_addFolder, &QAction::triggered, this, &LibraryController::chooseFolder);
    m_search = new QAction(tr("Search the &Library…"), this);
    m_search->setObjectName(QStringLiteral("searchLibraryAction"));
    m_search->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_search, &QAction::triggered, this, [this] {
        showDock();
        panel()->focusSearch();
    });
}

LibraryController::~LibraryController() = default;

QAction *LibraryController::toggleAction() const
{
    QAction *action = m_dock->toggleViewAction();
    action->setObjectName(QStringLiteral("showLibraryAction"));
    return action;
}

LibraryPanel *LibraryController::panel()
{
    ensureStarted();
    return m_panel;
}

void LibraryController::ensureStarted()
{
    if (m_service)
        return;
    m_store = m_storeProvider ? m_storeProvider() : nullptr;
    if (m_store)
        connect(m_store, &NotesStore::annotationsChanged, this, &LibraryController::updateNoteCounts);
    m_service = new LibraryService(m_dataDir, this, m_summaryCacheDir);
    m_panel = new LibraryPanel(m_service, m_dock);
    m_dock->setWidget(m_panel);
    connect(m_service, &LibraryService::opened, this, [this](bool ok, const QString &error) {
        if (!ok)
            emit problem(tr("The library cannot be opened: %1").arg(error));
    });
    connect(m_service, &LibraryService::indexFailed, this, [this](const QString &why) {
        emit problem(tr("Some articles could not be added to the library: %1").arg(why));
    });
    connect(m_panel, &LibraryPanel::openRequested, this, &LibraryController::openRequested);
    connect(m_panel, &LibraryPanel::hitActivated, this, &LibraryController::hitActivated);
    connect(m_panel, &LibraryPanel::addFolderRequested, this, &LibraryController::chooseFolder);
    connect(m_panel, &LibraryPanel::removeFolderRequested, this, &LibraryController::removeFolder);
    connect(m_panel, &LibraryPanel::verdictEdited, this, [this](const QString &key, const ForecastVerdict &verdict) {
        if (!m_store || !m_store->setForecastVerdict(key, verdict))
            emit problem(tr("The verdict could not be saved: %1")
                             .arg(m_store ? m_store->errorString() : tr("the notes database is not open")));
    });
    // Indexing changes fingerprints; the counts follow.
    connect(m_service, &LibraryService::snapshotReady, this, &LibraryController::updateNoteCounts);
    if (m_store)
        m_panel->setVerdicts(m_store->forecastVerdicts());
    // Folders kept in the settings that the index does not know yet (a new data folder) are added again.
    for (const QString &folder : ReaderSettings::libraryFolders())
        m_service->addRoot(folder);
}

void LibraryController::startIfConfigured()
{
    if (!ReaderSettings::libraryFolders().isEmpty())
        ensureStarted();
}

void LibraryController::addFolder(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList folders = ReaderSettings::libraryFolders();
    if (!folders.contains(clean)) {
        folders.append(clean);
        ReaderSettings::setLibraryFolders(folders);
    }
    ensureStarted();
    m_service->addRoot(clean);
    showDock();
}

void LibraryController::removeFolder(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList folders = ReaderSettings::libraryFolders();
    folders.removeIf([&](const QString &folder) { return QDir::cleanPath(folder) == clean; });
    ReaderSettings::setLibraryFolders(folders);
    // Only the index forgets: the notes store is keyed by the article's text and is not touched.
    ensureStarted();
    m_service->removeRoot(clean);
}

void LibraryController::showDock()
{
    m_dock->show();
    m_dock->raise();
    if (m_window->isVisible())
        return;
    // `randnotiz FOLDER` comes before the window is shown: the dock's tab bar is only laid out then, and a
    // raise() before it leaves the Outline in front. Raise it again once the window is on screen.
    if (m_raiseOnShow)
        return;
    m_raiseOnShow = true;
    m_window->installEventFilter(this);
}

bool LibraryController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show && m_raiseOnShow) {
        m_raiseOnShow = false;
        m_window->removeEventFilter(this);
        // A dock comes to the front of its tab bar when raise() changes the stacking order; after the raise()
        // above it is already the topmost child and a second raise() alone would change nothing.
        QTimer::singleShot(0, m_dock, [dock = m_dock] {
            dock->lower();
            dock->raise();
        });
    }
    return QObject::eventFilter(watched, event);
}

void LibraryController::chooseFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(m_window, tr("Add Folder to Library"), ReaderSettings::openFolder());
    if (!folder.isEmpty())
        addFolder(folder);
}

void LibraryController::updateNoteCounts()
{
    if (m_panel && m_store && m_store->isOpen())
        m_panel->setNoteCounts(m_store->annotationCountsByFingerprint());
}

} // namespace Randnotiz
