// ArticleTextView: the one read-only view of an ArticleDocument. It scrolls in document coordinates (an
// article taller than any widget may be still reads to its end), wraps to a readable centred column,
// folds parts at their headers and draws highlights, note markers and find matches.
#pragma once

#include "notes/annotation.h"

#include <QList>
#include <QTextBrowser>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace Randnotiz {

class ArticleDocument;

class ArticleTextView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleTextView)

public:
    // One highlight piece over one segment, in document positions; an annotation over several paragraphs
    // (or parts) has several pieces.
    struct Highlight
    {
        QUuid id;
        Color color = Color::Yellow;
        QString note;
        QStringList tags;
        int from = 0;
        int to = 0;
        bool last = true; // the piece that ends the annotation carries the note marker
        bool uncertain = false; // re-anchored only approximately (fuzzy) and not confirmed yet
    };

    // At most this many find matches are drawn, the ones around the viewport; the count is not capped.
    static constexpr int MaxFindHighlights = 2000;

    explicit ArticleTextView(QWidget *parent = nullptr);
    ~ArticleTextView() override;

    void setArticleDocument(ArticleDocument *document);
    ArticleDocument *articleDocument() const { return m_document; }

    void setHighlights(const QList<Highlight> &highlights);
    const QList<Highlight> &highlights() const { return m_highlights; }
    int highlightCount() const; // annotations with at least one piece in the document
    QUuid highlightAt(const QPoint &viewportPos) const; // the innermost highlight at a point, or a null id
    QRect highlightRect(const QUuid &id) const; // its first character in viewport coordinates, or a null rect

    // Find: the document positions of all matches (sorted), their length and the current one (-1: none).
    void setFindMatches(const QList<int> &starts, int length, int current);
    int drawnFindMatches() const { return m_drawnMatches; }
    // A passing mark over the document range [from, to) (a mention shown from the biography panel), drawn
    // over the rest; an invalid colour takes it away.
    void setFlash(int from, int to, const QColor &color);

    // Folds or unfolds a part; the first text on screen stays where it is.
    void setPartExpanded(int part, bool expanded);
    void setAllExpanded(bool expanded);
    // Scrolls so that position is visible, margin pixels below the top.
    void scrollToPosition(int position, int margin = 80);
    // The document position at the top left of the viewport (while the place is kept, the one kept).
    int firstVisiblePosition() const;
    // After a new width or font far down a long article: the layout is catching up with the reader's place
    // (in steps between events, never all at once); meanwhile the view shows the text from the place on from
    // a small copy laid out at the new width, then the same text is at the top of the real layout.
    bool isKeepingPlace() const { return m_place.has_value(); }
    QRect characterRect(int position) const; // the character after position, in viewport coordinates
    QRect headerRect(int part) const; // the header's title, in viewport coordinates
    int columnWidth() const; // the widest the text column gets, in pixels

signals:
    void entryActivated(int entry);
    void firstPainted();
    void highlightClicked(const QUuid &id);
    void colorKeyPressed(Randnotiz::Color color); // 1-5 pressed while text is selected
    void contextMenuRequested(const QPoint &globalPos, const QUuid &highlight);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void updateColumn(QTextDocument *document = nullptr); // the view's own document when none is given
    void applySelections();
    void updateSelectionsForScroll();
    void togglePart(int part);
    // Runs change (which folds or unfolds parts) so that the first text on screen stays where it is;
    // part: the part being folded, whose header then is the place (-1: all).
    void keepingPlace(int part, bool folding, const std::function<void()> &change);
    int headerUnderCursor() const; // the part whose header the text cursor has selected (Tab), or -1
    void setScrollValue(int value);
    // Keeping the reader's place through a relayout (new width or font): begin before the layout is
    // cleared, follow after it; settle() restores the place now, at the cost of laying out up to it.
    void beginRelayout();
    void followRelayout();
    bool restorePlace(bool force);
    void buildInterim();
    void settlePlace() { restorePlace(true); }
    void dropPlace();

    ArticleDocument *m_document = nullptr;
    QList<Highlight> m_highlights;
    QList<int> m_matches;
    int m_matchLength = 0;
    int m_currentMatch = -1;
    int m_drawnMatches = 0;
    int m_flashFrom = 0;
    int m_flashTo = 0;
    QColor m_flashColor;
    // The document range whose highlights and matches are in the extra selections.
    int m_coveredFrom = 0;
    int m_coveredTo = -1;
    int m_side = -1; // the viewport margin left and right of the column
    bool m_inColumnUpdate = false;
    int m_relayoutDepth = 0;
    bool m_painted = false;
    QPoint m_pressPos;
    struct Place
    {
        int position = 0; // the first character on screen
        qreal offset = 0; // how much of its line was above the viewport, in lines
        bool waiting = false; // far down: the view stands at the top until the layout has reached it
    };
    std::optional<Place> m_place; // kept until the layout reaches it
    std::unique_ptr<QTextDocument> m_interim; // the text from the place on, shown meanwhile
    qreal m_interimTop = 0; // the place's y in it
    QTimer m_placeTimer;
};

} // namespace Randnotiz
