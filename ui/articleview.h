// ArticleView: one open article: its reading document in one view, a reload bar and find.
#pragma once

#include "article/article.h"
#include "article/articletext.h"
#include "languageswitcher.h"
#include "notes/annotation.h"

#include <QTextBlock>
#include <QTimer>
#include <QVariantAnimation>
#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

class QFrame;

namespace Randnotiz {

class ArticleDocument;
class ArticleModel;
class ArticleTextView;
class BiographyModel;
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
    ArticleTextView *textView() const { return m_view; }
    ArticleDocument *document() const { return m_document; }
    // False while a long article is still being filled in, slice by slice.
    bool isComplete() const;

    // The parts that fold (commentary, forecast, persons and terms, each section, notes), in order.
    int partCount() const;
    int partIndex(const QString &name) const; // "pane_forecast", "pane_section_0"; -1 when none
    QString partKind(int part) const;
    QString partHeaderText(int part) const; // the header as shown, without the arrow
    bool isPartExpanded(int part) const;
    void setPartExpanded(int part, bool expanded); // remembered per kind, as a click does

    // Scrolls to the item with this ArticleModel anchor and opens its part.
    void revealAnchor(const QString &anchor);
    void setAllExpanded(bool expanded);
    void setZoom(int points);

    // Find: counts the matches of text (case-insensitive) in the whole article, a slice at a time; returns
    // the number found so far. findResultsChanged() reports progress; isFindComplete() when all are counted.
    int setFindText(const QString &text);
    // Moves to the next (or previous) match, opening its part; returns its 0-based number or -1.
    int findNext(bool backward = false);
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_currentMatch; }
    bool isFindComplete() const;

    // Annotations: the article's plain text (what they refer to), its row in the store, and the highlights.
    const ArticleText &articleText() const { return m_text; }
    qint64 articleId() const { return m_articleId; }
    void setArticleId(qint64 id) { m_articleId = id; }
    void setAnnotations(const QList<Annotation> &annotations); // orphans are not drawn
    const QList<Annotation> &annotations() const { return m_annotations; }
    std::optional<Annotation> annotation(const QUuid &id) const;
    // The selected passage as a range of articleText(), when article text is selected (in any parts).
    std::optional<std::pair<int, int>> selectedRange() const;
    void clearSelection();
    void copySelection();
    // Opens the parts, scrolls to the annotation and selects its text. False when it has no place.
    bool revealAnnotation(const QUuid &id);
    // Opens the parts, scrolls to [start, end) of articleText() and selects it (a search hit's match); in a long
    // article still filling in, once all of it is there. False when the range is not in the text.
    bool revealTextRange(int start, int end);

    // Mentions of persons and terms that are links (for tests and accessibility).
    int mentionCount() const;
    int mentionEntry(int n) const;
    QRect mentionRect(int n) const; // viewport coordinates of the text view; null when not laid out
    // Scrolls to the mention of a person or term that starts at this offset of articleText() (as BiographyModel's
    // MentionsRole lists them), opens its part and flashes it. False when the article has no mention there.
    bool showMention(int offset);
    // The mention being flashed, as a range of document positions; empty once the flash has faded.
    std::pair<int, int> flashedRange() const { return m_flashRange; }

    // The reader's place: the offset in articleText() of the first text on screen (it does not depend on the
    // window's size or the zoom, as a scroll value does); none before the article is laid out.
    std::optional<int> readingOffset() const;
    // Scrolls so that the line with this offset of articleText() is at the top. False when that text is not in
    // the document (yet).
    bool scrollToOffset(int offset);

    void showReloadBar(bool show);
    bool isReloadBarVisible() const;

signals:
    void entryActivated(int entry);
    void firstPainted();
    void reloadRequested();
    void findResultsChanged(); // more matches were counted, or the count is complete
    void highlightClicked(const QUuid &id);
    void colorKeyPressed(Randnotiz::Color color);
    void contextMenuRequested(const QPoint &globalPos, const QUuid &highlight);
    void selectionChanged(bool hasSelection);

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr qsizetype FirstSliceChars = 8 * 1024;
    static constexpr qsizetype SliceChars = 6 * 1024;
    static constexpr int SliceMilliseconds = 5;
    static constexpr int FindSliceMilliseconds = 8;

    // Makes a fresh document of the article; expanded: the parts' states to keep (a rebuild), else as remembered.
    void build(const QList<bool> &expanded = {});
    // The texts in the new language; the article's document is rebuilt where the reader is.
    void retranslate();
    void flash(int from, int to);
    void fillSlice();
    void filled();
    void applyHighlights();
    void scanFind(int milliseconds);
    void copyHaystack(qsizetype characters); // at least that many more characters of the text, or the rest
    void expandPartAt(int position);

    QString m_path;
    ArticleModel *m_model = nullptr;
    BiographyModel *m_biographies = nullptr;
    std::unique_ptr<MentionFinder> m_finder;
    QFrame *m_reloadBar = nullptr;
    ArticleTextView *m_view = nullptr;
    ArticleDocument *m_document = nullptr;
    QTimer m_fill;
    QFont m_baseFont;
    ArticleText m_text;
    qint64 m_articleId = 0;
    QList<Annotation> m_annotations;
    std::optional<std::pair<int, int>> m_pendingReveal; // revealTextRange() while the document fills in
    Retranslations m_texts;
    QTimer m_retranslate; // several translators change at once: one rebuild
    std::optional<int> m_placeAfterFill; // a rebuild (or a mention) waits for the rest of the text
    std::optional<int> m_mentionAfterFill;
    QVariantAnimation m_flash;
    std::pair<int, int> m_flashRange { 0, 0 };

    // Find, counted in slices over a snapshot of the document's text (its positions are document positions).
    QTimer m_findTimer;
    QString m_findText;
    QString m_haystack; // as toPlainText() writes it, copied block by block in the first slices
    QTextBlock m_haystackNext; // the next block to copy; invalid when all are
    qsizetype m_findFrom = 0; // where the next slice continues
    QList<int> m_matches;
    int m_currentMatch = -1;
    int m_findSlices = 0;
};

} // namespace Randnotiz
