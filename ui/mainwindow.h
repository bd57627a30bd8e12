// MainWindow: the reading window: one tab per open article, the outline and biography docks, menus and find.
#pragma once

#include "languageswitcher.h"
#include "wiki/wikiconfig.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace Randnotiz {

class AnnotationController;
class LibraryController;
class ArticleLoader;
class ArticleView;
class BiographyPanel;
class FindBar;
class SummaryService;
class ArticleText;
struct LibraryHit;
struct ParseResult;

// What the command line says about Wikipedia summaries; it wins over the saved settings for this run.
struct WikiOptions
{
    QString dataDir; // --data-dir
    QString baseTemplate; // --wiki-base
    bool offline = false; // --offline
    QStringList zimFiles; // --zim, used besides the ones in the settings
    QString teamStore; // --store: the notes are in this team store (else the one in the settings, else local)
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const WikiOptions &wikiOptions, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a file in a new tab (or shows its tab when it is open already). Parsing runs on a worker thread;
    // articleOpened() or openFailed() follows. A failure shows its error in the window and changes no tab.
    void openFile(const QString &path);
    // Files and folders (searched for *.txt off the GUI thread; the first 100 found open).
    void openFiles(const QStringList &paths);
    // Opens the sample article compiled into the program.
    void openSample();
    // Opens the tabs of the last session (saved by closeEvent()), in their order, each scrolled back to where the
    // reader left it once it is painted, and makes the saved current tab current again. A file that is gone is
    // skipped with a notice. Returns the number of tabs it is opening.
    int restoreSession();
    // A start: the last session (unless restore is false, --no-restore), then the arguments (handleArguments());
    // the sample when both are empty and restoring was not switched off.
    void startUp(const QStringList &arguments, bool restore);
    // What the command line (or a second instance) asks for: files, folders, file:// URLs and
    // randnotiz://open?... links. Returns false when nothing in it could be used.
    bool handleArguments(const QStringList &arguments);
    // Opens path (a link's file) only if its text has one of fingerprints; otherwise says so and keeps nothing.
    void openLinkedFile(const QString &path, const QStringList &fingerprints);
    // randnotiz://open?file=...&fingerprint=...&annotation=...: opens the article and selects the note.
    bool openAnnotationLink(const QUrl &url);

    int articleCount() const;
    ArticleView *currentView() const;
    ArticleView *viewAt(int index) const;
    BiographyPanel *biographyPanel() const { return m_biographyPanel; }
    int pendingCount() const { return int(m_pending.size()); }
    // The summary configuration in force: the saved settings with the command line on top.
    WikiConfig wikiConfig() const { return m_wikiConfig; }
    SummaryService *summaryService() const { return m_summaries; }
    AnnotationController *annotations() const { return m_annotations; }
    LibraryController *library() const { return m_library; }
    // From the library: a single click (keep false) shows the article in the preview tab, which the next
    // single click replaces; a double-click, Enter, an edit or a note keeps it.
    void openFromLibrary(const QString &path, bool keep);
    ArticleView *previewView() const;
    static QString sampleResourcePath();
    // Brings a tab to the front.
    void showView(ArticleView *view);
    // A problem the user should know about, shown in the bar above the article (plain text).
    void showNotice(const QString &message, const QString &toolTip = {});

public slots:
    void closeCurrentTab();
    void setAllExpanded(bool expanded);
    void zoomBy(int points);
    void resetZoom();
    void findNext();
    void findPrevious();
    void showEntry(int entry);
    void showSettings();

signals:
    void articleOpened(const QString &path);
    void openFailed(const QString &path, const QString &error);
    void articlePainted(); // the body of an article was painted for the first time

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void findStep(bool backwards);
    struct Pending
    {
        QString path;
        QPointer<ArticleView> reloadInto;
        QStringList fingerprints = {}; // a link's file: shown only if its text has one of these
        bool preview = false; // from a single click in the library: the tab the next single click replaces
        int restoreScroll = -1; // a tab of the last session: the scroll value to go back to
        int restoreOffset = -1; // ... or, saved by a newer version, the offset of its text to show at the top
    };

    void createMenus();
    void createDocks();
    void onParsed(quint64 request, const QString &path, const ParseResult &result, const ArticleText &text);
    void showError(const QString &path, const QString &error);
    void currentTabChanged();
    void expandOutline();
    void rebuildRecentMenu();
    void fileChangedOnDisk(const QString &path);
    void watchFile(const QString &path);
    void unwatchFile(const QString &path);
    void runFind();
    void openDialog();
    void closeTab(int index);
    void applyWikiSettings();
    void requestSummaries(ArticleView *view);
    void retrySummary(int entry);
    void keepPreview();
    void printCurrent(int how); // 0 print, 1 preview, 2 PDF
    void chooseLink(int entry, bool use); // "Perhaps: <title>" clicked (use) or "Forget" (!use)
    // After the first paint of an article (or once there is nothing to paint): opens the notes store and starts
    // the summary worker, which then fetches what the tabs asked for. Runs once.
    void startServices();
    void startServicesSoon();
    void updateCentre(); // the tabs, or the hint when no article is open or on its way

    ArticleLoader *m_loader = nullptr;
    QHash<quint64, Pending> m_pending;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_centre = nullptr; // m_tabs, or m_noArticle when none is open
    QLabel *m_noArticle = nullptr;
    QWidget *m_errorBar = nullptr;
    QLabel *m_errorMessage = nullptr;
    FindBar *m_findBar = nullptr;
    QDockWidget *m_outlineDock = nullptr;
    QTreeView *m_outline = nullptr;
    QDockWidget *m_biographyDock = nullptr;
    BiographyPanel *m_biographyPanel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QFileSystemWatcher *m_watcher = nullptr; // from startServices() on
    struct FileStamp
    {
        QDateTime modified;
        qint64 size = -1;
    };
    QHash<QString, FileStamp> m_toWatch; // files opened before it, as they were when opened
    QStringList m_errors;
    QMetaObject::Connection m_outlineConnection;
    WikiOptions m_wikiOptions;
    WikiConfig m_wikiConfig;
    SummaryService *m_summaries = nullptr;
    AnnotationController *m_annotations = nullptr;
    LibraryController *m_library = nullptr;
    QPointer<ArticleView> m_preview;
    QHash<QString, LibraryHit> m_hitAfterOpen; // path -> search hit to show once the article is open
    QDockWidget *m_notesDock = nullptr;
    bool m_summariesEnabled = true;
    quint64 m_nextTabId = 0;
    QString m_restoreCurrent; // the path of the last session's current tab, while its tabs are opening
    int m_restoring = 0; // tabs of the last session still being opened
    bool m_servicesStarted = false;
    Retranslations m_texts; // every visible text of the window that is not the article's
};

} // namespace Randnotiz
