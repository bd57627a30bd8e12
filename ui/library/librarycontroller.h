// LibraryController: the window's library: the Library dock with its panel, the LibraryService behind it
// (started when the library is first needed, so that start-up does not wait for it), the folders kept in
// the settings, note counts and forecast verdicts from the notes store. MainWindow adds its actions to the
// menus and opens what it asks for (openRequested, hitActivated); the controller never calls the window.
#pragma once

#include "library/libraryindex.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;

namespace Randnotiz {

class NotesStore;
class LibraryPanel;
class LibraryService;

class LibraryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryController)

public:
    // dataDir empty: the standard data folder. store: gives the window's notes store (opening it on first use),
    // asked for only when the library starts.
    LibraryController(QMainWindow *window, const QString &dataDir, std::function<NotesStore *()> store);
    ~LibraryController() override;

    QDockWidget *dock() const { return m_dock; }
    LibraryPanel *panel(); // starts the library when needed
    LibraryService *service() const { return m_service; }
    QAction *addFolderAction() const { return m_addFolder; }
    QAction *searchAction() const { return m_search; }
    QAction *toggleAction() const;

    // Adds a folder (or file) to the library, keeps it in the settings and shows the library.
    void addFolder(const QString &path);
    // Takes a folder (or file) out of the library and the settings; its articles leave the index, notes stay.
    void removeFolder(const QString &path);
    // Starts the library in the background when the settings name folders (after the window has painted).
    void startIfConfigured();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void openRequested(const QString &path, bool keep);
    void hitActivated(const Randnotiz::LibraryHit &hit, const QStringList &words);
    void problem(const QString &message); // for the window's notice bar

private:
    void ensureStarted();
    void showDock(); // in front of the docks it shares a tab bar with, once the window is on screen
    void chooseFolder();
    void updateNoteCounts();

    QMainWindow *m_window;
    QString m_dataDir;
    QString m_summaryCacheDir; // where the window's summary cache is, for the library to read
    std::function<NotesStore *()> m_storeProvider;
    QPointer<NotesStore> m_store; // set when the library starts
    QDockWidget *m_dock = nullptr;
    LibraryService *m_service = nullptr;
    LibraryPanel *m_panel = nullptr;
    QAction *m_addFolder = nullptr;
    QAction *m_search = nullptr;
    bool m_raiseOnShow = false;
};

} // namespace Randnotiz
