// LibraryPanel: the library in the window: a search field, the table of articles with its filters, the
// persons and terms across all articles, and the forecast tracker. It shows what the LibraryService sends and
// asks it for more; opening an article is the window's job (openRequested).
#pragma once

#include "library/libraryservice.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTreeWidget;

namespace Randnotiz {

class ForecastModel;
class LibraryModel;

class LibraryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPanel)

public:
    explicit LibraryPanel(LibraryService *service, QWidget *parent = nullptr);
    ~LibraryPanel() override;

    LibraryModel *model() const { return m_model; }
    ForecastModel *forecasts() const { return m_forecastModel; }

    void focusSearch();
    void showSearch(const QString &query);
    void setNoteCounts(const QHash<QString, int> &counts);
    void setVerdicts(const QHash<QString, ForecastVerdict> &verdicts);

signals:
    // keep: a double-click or Enter keeps the tab; a single click shows it in the preview tab.
    void openRequested(const QString &path, bool keep);
    // A search hit: opened (kept) and scrolled to the match.
    void hitActivated(const Randnotiz::LibraryHit &hit, const QStringList &words);
    void verdictEdited(const QString &key, const Randnotiz::ForecastVerdict &verdict);
    void addFolderRequested();
    // The reader confirmed that this library folder goes: its articles leave the index (notes stay).
    void removeFolderRequested(const QString &root);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override; // the search results' column shares

private:
    void retranslate(); // the panel's texts again, after a change of the window's language
    void buildArticlesTab();
    void buildPersonsTab();
    void buildForecastsTab();
    void takeSnapshot(const LibrarySnapshot &snapshot);
    void takeHits(const QString &query, const QList<LibraryHit> &hits);
    void takeMentions(const QString &key, const QList<SubjectMention> &mentions);
    void takeSubjectSummary(const QString &key, bool cached, const Summary &summary);
    bool isCurrentSubject(const QString &key) const;
    void applyFilter();
    void runSearch();
    void exportForecasts(bool csv);
    void removeChosenFolder(); // asks first
    void updateCount();

    LibraryService *m_service;
    LibraryModel *m_model = nullptr;
    ForecastModel *m_forecastModel = nullptr;
    QHash<QString, ForecastVerdict> m_verdicts;
    QList<Forecast> m_forecastList;
    QList<LibrarySubject> m_subjects;
    QList<LibraryHit> m_hits;
    QString m_lastQuery;

    QLineEdit *m_search = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_articlesStack = nullptr;
    QComboBox *m_agency = nullptr;
    QComboBox *m_subject = nullptr;
    QComboBox *m_folder = nullptr;
    QAction *m_removeFolder = nullptr; // acts on the folder chosen in m_folder
    QCheckBox *m_withNotes = nullptr;
    QTableView *m_table = nullptr;
    QTreeWidget *m_results = nullptr;
    QTableWidget *m_subjectList = nullptr;
    QLabel *m_subjectTitle = nullptr;
    QLabel *m_subjectSummary = nullptr; // the cached Wikipedia summary, as plain text
    QTreeWidget *m_mentions = nullptr;
    QCheckBox *m_dueOnly = nullptr;
    QSpinBox *m_dueWeeks = nullptr;
    QTableView *m_forecastTable = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_count = nullptr;
    class QTimer *m_searchDelay = nullptr;
};

} // namespace Randnotiz
