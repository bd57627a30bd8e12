// ArticleDocument: one article as one QTextDocument: the headline and body, then each part under a header
// that folds it. It renders ArticleText's segments, one block each, so that a document position and an
// offset in the plain text map to each other here and nowhere else.
#pragma once

#include "article/article.h"
#include "article/articletext.h"

#include <QList>
#include <QPalette>
#include <QTextDocument>

#include <functional>
#include <optional>
#include <utility>

namespace Randnotiz {

class MentionFinder;

class ArticleDocument final : public QTextDocument
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleDocument)

public:
    // A part that folds, as ArticleModel lists it.
    struct PartSpec
    {
        QString kind; // "commentary", "forecast", "explanations", "section", "notes" (see ReaderSettings)
        QString name; // "pane_commentary", "pane_section_3": a stable name for tests
        QString anchor; // the part's ArticleModel anchor ("commentary", "section/3")
        QString title; // the header as the model titles it ("Commentary: Bonn zeigt ...")
        QString heading; // the article's own heading inside title (commentary title, section heading), may be empty
        QString count; // "4 entries", shown after the title
        Part part = Part::Body; // the segments it shows: this part ...
        int group = -1; // ... and, for an extra section, this group
        bool expanded = true;
    };

    struct Mention
    {
        int position = 0; // in the document
        int length = 0;
        int entry = 0;
    };

    explicit ArticleDocument(QObject *parent = nullptr);
    ~ArticleDocument() override;

    // Describes part number n (0 = the first after the body), as ArticleModel lists it.
    using PartSource = std::function<PartSpec(int n)>;

    // Plans the headline and body; fill() then adds them and plans and adds the parts, partCount of them,
    // a few at a time (100,000 sections are not planned in one go). With a finder, mentions in body,
    // commentary and forecast become links to their entries.
    void setContent(const Article &article, const ArticleText &text, int partCount, const PartSource &parts,
                    const MentionFinder *finder, const QPalette &palette);
    // Appends blocks until maxChars characters or maxMilliseconds (if > 0) are spent; true when complete.
    // While the layout is still catching up with a new width or font it appends nothing: an edit at the
    // end would make Qt lay out everything before it at once.
    bool fill(qsizetype maxChars, int maxMilliseconds);
    bool isComplete() const { return m_next >= m_blocks.size() && m_parts.size() >= m_partTotal; }
    const ArticleText &text() const { return m_text; }

    // Plain-text offset -> document position; -1 when that segment is not in the document (yet).
    int positionOf(int offset) const;
    // Document position -> plain-text offset. A position in a block that is not article text (a header
    // label, a credit line) snaps to the next segment (forward) or the end of the previous one.
    std::optional<int> offsetAt(int position, bool forward) const;
    // The document ranges, one per segment, that show the plain text [start, end).
    QList<std::pair<int, int>> rangesOf(int start, int end) const;

    // Whether the document layout has reached the block at position yet (Qt lays out in document order,
    // lazily after a new width or font). Asks nothing that would lay out more.
    bool isLaidOutTo(int position) const;

    int partCount() const { return int(m_parts.size()); } // the parts planned so far (all, once complete)
    const PartSpec &part(int index) const { return m_parts.at(index).spec; }
    int partIndex(const QString &name) const; // by PartSpec::name, -1 when none
    int headerBlock(int part) const { return m_parts.at(part).header; }
    int partOfBlock(int block) const; // -1: the headline and body, which do not fold
    int partAt(int position) const; // the part whose blocks hold a document position, -1: body
    bool isHeader(int block) const;
    bool isPartExpanded(int part) const { return m_parts.at(part).spec.expanded; }
    // Hides or shows the part's blocks; the document is not rebuilt.
    void setPartExpanded(int part, bool expanded);
    // All parts at once, with one layout pass (100,000 sections fold as fast as one).
    void setAllExpanded(bool expanded);

    // The block that shows an ArticleModel anchor ("body/p2", "explanations/e1", "notes/photo"), or -1.
    int blockOfAnchor(const QString &anchor) const;
    const QList<Mention> &mentions() const { return m_mentions; }

    static QString entryHref(int entry);
    static QString partHref(int part);
    static std::optional<int> entryFromHref(const QString &href);
    static std::optional<int> partFromHref(const QString &href);

signals:
    void partExpandedChanged(int part, bool expanded);
    void allExpandedChanged(bool expanded);

private:
    enum class Style : quint8 { Headline, Header, Question, Paragraph, Small };
    struct Block
    {
        Style style = Style::Paragraph;
        bool mentions = false;
        bool source = false; // the source credit line ("notes/source")
        int part = -1;
        int segment = -1; // the ArticleText segment it shows, -1 for none
        int row = -1; // the segment's paragraph number in its item
        int entry = -1; // a question: the entry it links to
        QString before; // label before the segment's text (or the whole text without a segment)
        QString after;
    };
    struct PartState
    {
        PartSpec spec;
        int header = -1; // block numbers: the header, then the content up to last (exclusive)
        int last = -1;
    };

    void planPart(PartSpec spec);
    void relayout(int from, int length);
    int addBlock(Block block);

    ArticleText m_text;
    Article m_article;
    PartSource m_source;
    qsizetype m_partTotal = 0;
    qsizetype m_segment = 0; // the next segment to plan
    std::optional<bool> m_allExpanded; // set by setAllExpanded() for the parts not planned yet
    const MentionFinder *m_finder = nullptr;
    QPalette m_palette;
    QList<Block> m_blocks; // planned, in document order; index = block number
    QList<int> m_segmentBlock; // segment -> block number
    QList<PartState> m_parts;
    QList<Mention> m_mentions;
    qsizetype m_next = 0; // the next planned block to add
    qint64 m_waitingSince = -1; // fill() has waited for the layout since then (ms since the epoch), or -1
};

} // namespace Randnotiz
