// BiographyPanel: the persons and terms of the current article, one at a time, in one scrolling column: the question,
// the article's own text, where the article mentions it, the Wikipedia summary, then the buttons.
#pragma once

#include "models/biographymodel.h"

#include <QPointer>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QProgressBar;
class QListView;
class QPushButton;
class QScrollArea;
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

    // How a link is shown to the reader: decoded, without the scheme ("de.wikipedia.org/wiki/Görlitz"). Characters
    // that could disguise the address (controls, bidi and other format characters) keep their percent-encoding.
    static QString displayUrl(const QUrl &url);

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
    // The reader clicked the link of a mention under the entry: `mention` is its 0-based number among the entry's
    // mentions, in text order, and the offset in ArticleText::text() where it starts is
    // model()->index(entry, 0).data(MentionsRole).value<QList<int>>().at(mention). The article view should scroll
    // there and flash it.
    void mentionRequested(int entry, int mention);
    // "Perhaps: <title>" was clicked: use the offline copy's suggestion for this entry (of this article only).
    void suggestionAccepted(int row);
    // "Forget" under a page the reader chose: the entry goes back to having no link.
    void chosenLinkForgotten(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate(); // every text of the panel that is not the entry's; then refresh()
    void refresh();
    void showMentions(const QModelIndex &index);
    void openInBrowser();
    void openPageLink(); // the attribution or disambiguation link: the page Wikipedia named, https only
    void copySummary();
    bool isSafeToOpen(const QUrl &url) const;
    QString attributionText() const;

    QPointer<BiographyModel> m_model;
    QListView *m_list = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_question = nullptr;
    QTextBrowser *m_text = nullptr;
    QTextBrowser *m_mentions = nullptr;
    QWidget *m_summary = nullptr;
    QTextBrowser *m_wikiLink = nullptr;
    QBoxLayout *m_summaryRow = nullptr; // the thumbnail beside the title and extract, or above them when narrow
    QBoxLayout *m_buttonRow = nullptr;
    QLabel *m_summaryState = nullptr;
    QLabel *m_summaryTitle = nullptr;
    QLabel *m_summaryThumbnail = nullptr;
    QLabel *m_summaryExtract = nullptr;
    QLabel *m_pageLink = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_perhaps = nullptr; // "Perhaps: <title>" under an entry without a link
    QPushButton *m_forgetLink = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_addNote = nullptr;
    QPushButton *m_openInBrowser = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_position = nullptr;
    QString m_restBase;
};

} // namespace Randnotiz
