// MainWindow: the reading window: one tab per open article, the outline and biography docks, menus and find.
#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QTabWidget;
class QTreeView;

namespace Randnotiz {

class ArticleLoader;
class ArticleView;
class BiographyPanel;
class FindBar;
struct ParseResult;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a file in a new tab (or shows its tab when it is open already). Parsing runs on a worker thread;
    // articleOpened() or openFailed() follows. A failure shows its error in the window and changes no tab.
    void openFile(const QString &path);
    void openFiles(const QStringList &paths); // files and folders (searched for *.txt)
    // Opens the sample article compiled into the program.
    void openSample();

    int articleCount() const;
    ArticleView *currentView() const;
    ArticleView *viewAt(int index) const;
    BiographyPanel *biographyPanel() const { return m_biographyPanel; }
    int pendingCount() const { return int(m_pending.size()); }

public slots:
    void closeCurrentTab();
    void setAllExpanded(bool expanded);
    void zoomBy(int points);
    void resetZoom();
    void findNext();
    void findPrevious();
    void showEntry(int entry);

signals:
    void articleOpened(const QString &path);
    void openFailed(const QString &path, const QString &error);
    void articlePainted(); // the body of an article was painted for the first time

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Pending
    {
        QString path;
        QPointer<ArticleView> reloadInto;
    };

    void createMenus();
    void createDocks();
    void onParsed(quint64 request, const QString &path, const ParseResult &result);
    void showError(const QString &path, const QString &error);
    void currentTabChanged();
    void expandOutline();
    void rebuildRecentMenu();
    void fileChangedOnDisk(const QString &path);
    void runFind();
    void openDialog();
    void closeTab(int index);

    ArticleLoader *m_loader = nullptr;
    QHash<quint64, Pending> m_pending;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_errorBar = nullptr;
    QLabel *m_errorMessage = nullptr;
    FindBar *m_findBar = nullptr;
    QDockWidget *m_outlineDock = nullptr;
    QTreeView *m_outline = nullptr;
    QDockWidget *m_biographyDock = nullptr;
    BiographyPanel *m_biographyPanel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QStringList m_errors;
    QMetaObject::Connection m_outlineConnection;
};

} // namespace Randnotiz
