// ArticleTextView: paragraphs of article text shown as plain text, as tall as their content, with optional
// links on mentions of persons and terms and highlighted find matches.
#pragma once

#include "article/articletext.h"
#include "models/mentionfinder.h"
#include "notes/annotation.h"

#include <QHash>
#include <QTextBrowser>
#include <QTimer>
#include <QUuid>

#include <optional>

namespace Randnotiz {

class ArticleTextView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleTextView)

public:
    struct Block
    {
        QString text;
        enum Style { Heading, Paragraph, Question, Small } style = Paragraph;
        QString anchor; // the ArticleModel anchor this block shows, may be empty
        int paragraph = -1; // >= 0: the block shows "<anchor>/p<paragraph>" (made when the block is added)
        int linkEntry = -1; // >= 0: the whole block is a link to that entry
        // Where the block's text sits in the article's plain text (ArticleText): the segment (part, index)
        // it shows after `prefix` characters of label ("Photo: "). segment < 0: not article text.
        Part part = Part::Body;
        int segment = -1;
        int prefix = 0;
    };

    // One highlight piece inside one segment; an annotation over several paragraphs has several pieces.
    struct Highlight
    {
        QUuid id;
        Color color = Color::Yellow;
        QString note;
        QStringList tags;
        ArticleText::Location from;
        int to = 0; // offset in the same segment
        bool last = true; // the piece that ends the annotation carries the note marker
        bool uncertain = false; // re-anchored only approximately (fuzzy) and not confirmed yet
    };

    explicit ArticleTextView(QWidget *parent = nullptr);
    ~ArticleTextView() override;

    // Replaces the content. With a finder, mentions become links that emit entryActivated().
    void setBlocks(const QList<Block> &blocks, const MentionFinder *finder = nullptr);

    // Top of the block that shows anchor, in this widget's coordinates, or -1.
    int blockTop(const QString &anchor) const;
    QStringList anchors() const { return m_anchors; }

    // Find: highlights every match; returns them as cursors.
    QList<QTextCursor> highlightMatches(const QString &text);
    void setCurrentMatch(const QTextCursor &match); // a null cursor clears it
    int cursorTop(const QTextCursor &cursor) const;

    // The on-screen rectangle of the n-th mention link (for tests and accessibility), or a null rect.
    QRect mentionRect(int n) const;
    int mentionCount() const { return int(m_mentions.size()); }
    int mentionEntry(int n) const { return m_mentions.at(n).entry; }

    // Document position <-> place in the article's plain text. A position in a block that is not article
    // text snaps to the next segment (forward) or the end of the previous one.
    std::optional<ArticleText::Location> locationAt(int position, bool forward) const;
    int positionOf(const ArticleText::Location &location) const; // -1 when not shown (yet)
    bool showsSegment(Part part, int index) const { return m_segmentBlocks.contains(segmentKey(part, index)); }

    // Annotations drawn as translucent backgrounds; the ones with a note get a marker and a tooltip.
    void setHighlights(const QList<Highlight> &highlights);
    int highlightCount() const { return int(m_highlights.size()); }
    // The innermost highlight at a point of the viewport, or a null id.
    QUuid highlightAt(const QPoint &viewportPos) const;
    // The on-screen rectangle (viewport coordinates) of a highlight's first character, or a null rect.
    QRect highlightRect(const QUuid &id) const;
    // Selects [from, to) of one segment and returns the cursor (null when not shown).
    QTextCursor selectRange(const ArticleText::Location &from, const ArticleText::Location &to);

    // False while a long text is still being filled in, slice by slice.
    bool isComplete() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void entryActivated(int entry);
    void firstPainted();
    void complete(); // every block is in the document
    void highlightClicked(const QUuid &id);
    void colorKeyPressed(Randnotiz::Color color); // 1-5 pressed while text is selected
    void contextMenuRequested(const QPoint &globalPos, const QUuid &highlight);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    static constexpr qsizetype FirstSliceChars = 8 * 1024;
    static constexpr qsizetype SliceChars = 6 * 1024;
    static constexpr int SliceMilliseconds = 5;

    void rebuild();
    void appendBlocks(qsizetype maxChars, int maxMilliseconds);
    void updateHeight();
    void applySelections();
    static quint64 segmentKey(Part part, int index) { return (quint64(part) << 32) | quint32(index); }
    QTextCursor cursorFor(const Highlight &highlight) const;
    QRect characterRect(int position) const; // the character after position, in viewport coordinates

    QList<Block> m_blocks;
    const MentionFinder *m_finder = nullptr;
    QStringList m_anchors; // one per block
    struct Placed
    {
        int position;
        int length;
        int entry;
    };
    QList<Placed> m_mentions;
    struct BlockRef
    {
        Part part;
        int segment;
        int prefix;
    };
    QList<BlockRef> m_refs; // one per block in the document
    QHash<quint64, int> m_segmentBlocks; // segmentKey -> block number
    QList<Highlight> m_highlights;
    QPoint m_pressPos;
    QList<QTextCursor> m_matches;
    QTextCursor m_current;
    bool m_painted = false;
    QTimer m_fill;
    qsizetype m_next = 0; // the next block of m_blocks to append
};

} // namespace Randnotiz
