// BiographyPanel: the persons and terms of the current article, one at a time, with the Wikipedia summary area.
#pragma once

#include "models/biographymodel.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QListView;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace Randnotiz {

class BiographyPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BiographyPanel)

public:
    explicit BiographyPanel(QWidget *parent = nullptr);
    ~BiographyPanel() override;

    void setModel(BiographyModel *model); // not owned; may be null
    BiographyModel *model() const { return m_model; }

    int currentEntry() const;
    QString positionText() const;
    QString summaryAsText() const; // what "Copy summary" puts on the clipboard: title, extract, attribution
    // The configured REST base (WikiConfig::baseTemplate): pages on its host may be opened besides Wikipedia's.
    void setRestBaseTemplate(const QString &base)
    {
        m_restBase = base;
        refresh();
    }

public slots:
    void setCurrentEntry(int row);
    void showPrevious();
    void showNext();

signals:
    void currentEntryChanged(int row);
    // The user asked to fetch the summary of this entry again (after an error or while offline).
    void retryRequested(int row);
    // "Add as note": a note on this entry holding the summary (title, extract, attribution).
    void summaryNoteRequested(int row, const QString &text);

private:
    void refresh();
    void openInBrowser();
    void openPageLink(); // the attribution or disambiguation link: the page Wikipedia named, https only
    void copySummary();
    bool isSafeToOpen(const QUrl &url) const;
    QString attributionText() const;

    QPointer<BiographyModel> m_model;
    QListView *m_list = nullptr;
    QLabel *m_question = nullptr;
    QTextBrowser *m_text = nullptr;
    QLabel *m_summaryState = nullptr;
    QLabel *m_summaryTitle = nullptr;
    QLabel *m_summaryThumbnail = nullptr;
    QLabel *m_summaryExtract = nullptr;
    QLabel *m_pageLink = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_addNote = nullptr;
    QPushButton *m_openInBrowser = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_position = nullptr;
    QString m_restBase;
};

} // namespace Randnotiz
