// ArticleTextView: paragraphs of article text shown as plain text, as tall as their content, with optional
// links on mentions of persons and terms and highlighted find matches.
#pragma once

#include "models/mentionfinder.h"

#include <QTextBrowser>
#include <QTimer>

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

    // False while a long text is still being filled in, slice by slice.
    bool isComplete() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void entryActivated(int entry);
    void firstPainted();
    void complete(); // every block is in the document

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static constexpr qsizetype FirstSliceChars = 8 * 1024;
    static constexpr qsizetype SliceChars = 6 * 1024;
    static constexpr int SliceMilliseconds = 5;

    void rebuild();
    void appendBlocks(qsizetype maxChars, int maxMilliseconds);
    void updateHeight();
    void applySelections();

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
    QList<QTextCursor> m_matches;
    QTextCursor m_current;
    bool m_painted = false;
    QTimer m_fill;
    qsizetype m_next = 0; // the next block of m_blocks to append
};

} // namespace Randnotiz
