// ArticleView: one open article: the body, then collapsible panes, a reload bar and find highlighting.
#pragma once

#include "article/article.h"
#include "articletextview.h"

#include <QPointer>
#include <QTextCursor>
#include <QWidget>

#include <memory>

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

    void setArticle(const Article &article, const QString &path);
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

    void showReloadBar(bool show);
    bool isReloadBarVisible() const;

signals:
    void entryActivated(int entry);
    void firstPainted();
    void reloadRequested();
    void findResultsChanged(); // the matches were counted again (a long article finished filling in)

private:
    CollapsiblePane *addPane(const QString &kind, const QString &objectName, const QString &title);
    ArticleTextView *newTextView(const QString &objectName);
    void scrollToWidgetY(QWidget *widget, int y);
    QList<ArticleTextView *> textViews() const;
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
