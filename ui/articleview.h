// ArticleView: one open article: the body, then collapsible panes, a reload bar and find highlighting.
#pragma once

#include "article/article.h"
#include "article/articletext.h"
#include "articletextview.h"
#include "notes/annotation.h"

#include <QPointer>
#include <QTextCursor>
#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

class QFrame;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace Randnotiz {

class ArticleModel;
class ArticleTextView;
class BiographyModel;
class CollapsiblePane;
class MentionFinder;

class ArticleView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleView)

public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    // text: the article's plain text if already made (see ArticleLoader); otherwise it is made here.
    void setArticle(const Article &article, const QString &path, const ArticleText &text = {});
    const Article &article() const;
    QString path() const { return m_path; }

    ArticleModel *model() const { return m_model; }
    BiographyModel *biographies() const { return m_biographies; }
    ArticleTextView *bodyView() const { return m_body; }
    QList<CollapsiblePane *> panes() const { return m_panes; }

    // Scrolls to the item with this ArticleModel anchor and opens its pane.
    void revealAnchor(const QString &anchor);
    void setAllExpanded(bool expanded);
    void setZoom(int points);

    // Find: returns the number of matches of text (case-insensitive) in the whole article.
    int setFindText(const QString &text);
    // Moves to the next (or previous) match, opening its pane; returns its 0-based number or -1.
    int findNext(bool backward = false);
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_currentMatch; }

    // Annotations: the article's plain text (what they refer to), its row in the store, and the highlights.
    const ArticleText &articleText() const { return m_text; }
    qint64 articleId() const { return m_articleId; }
    void setArticleId(qint64 id) { m_articleId = id; }
    void setAnnotations(const QList<Annotation> &annotations); // orphans are not drawn
    const QList<Annotation> &annotations() const { return m_annotations; }
    std::optional<Annotation> annotation(const QUuid &id) const;
    // The selected passage as a range of articleText(), when article text is selected.
    std::optional<std::pair<int, int>> selectedRange() const;
    void clearSelection();
    // Opens the pane, scrolls to the annotation and selects its text. False when it has no place.
    bool revealAnnotation(const QUuid &id);
    ArticleTextView *viewShowing(Part part, int index) const;

    void showReloadBar(bool show);
    bool isReloadBarVisible() const;

signals:
    void entryActivated(int entry);
    void firstPainted();
    void reloadRequested();
    void findResultsChanged(); // the matches were counted again (a long article finished filling in)
    void highlightClicked(const QUuid &id);
    void colorKeyPressed(Randnotiz::Color color);
    void contextMenuRequested(const QPoint &globalPos, const QUuid &highlight);
    void selectionChanged(bool hasSelection);

private:
    CollapsiblePane *addPane(const QString &kind, const QString &objectName, const QString &title);
    ArticleTextView *newTextView(const QString &objectName);
    void scrollToWidgetY(QWidget *widget, int y);
    QList<ArticleTextView *> textViews() const;
    void applyHighlights();
    CollapsiblePane *paneOf(QWidget *widget) const;

    QString m_path;
    ArticleModel *m_model = nullptr;
    BiographyModel *m_biographies = nullptr;
    std::unique_ptr<MentionFinder> m_finder;
    QFrame *m_reloadBar = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_column = nullptr;
    ArticleTextView *m_body = nullptr;
    QList<CollapsiblePane *> m_panes;
    QFont m_baseFont;
    ArticleText m_text;
    qint64 m_articleId = 0;
    QList<Annotation> m_annotations;
    QPointer<ArticleTextView> m_selectionView; // the one view that holds a selection

    struct Match
    {
        QPointer<ArticleTextView> view;
        QTextCursor cursor;
    };
    QList<Match> m_matches;
    int m_currentMatch = -1;
    QString m_findText;
};

} // namespace Randnotiz
