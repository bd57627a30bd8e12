// The item kinds and custom roles of Randnotiz's models, in one place so views and tests agree on them.
#pragma once

#include <QString>
#include <Qt>

namespace Randnotiz {

// What an ArticleModel item stands for. Top-level items are parts; their children are paragraphs or entries.
enum class ItemKind {
    Body,
    Commentary,
    Forecast,
    Explanations,
    ExtraSection,
    NotesAndCredits,
    Paragraph, // a paragraph of body, commentary, forecast, an extra section or the notes
    Entry, // one person or term of the explanations
    SourceCredit,
    PhotoCredit,
};

enum Role : int {
    // ArticleModel
    KindRole = Qt::UserRole + 1, // ItemKind as int
    PlainTextRole, // the item's text exactly as in the article (a part: its paragraphs joined by \n)
    TitleRole, // a part's heading as the reader sees it ("Commentary: ..."), empty for children
    CountRole, // a part: number of children
    AnchorRole, // stable id: "body", "body/p2", "explanations/e1", "section/0/p3", "notes/photo"
    SubjectRole, // an entry: "Simon Stiell"
    SubjectKindRole, // an entry: SubjectKind as int
    WikipediaUrlRole, // an entry: QUrl of the validated link, or an invalid QUrl
    EntryIndexRole, // an entry: its row in BiographyModel / Article::explanations()

    // BiographyModel
    QuestionRole = Qt::UserRole + 100, // "Wer ist Simon Stiell?"
    ParagraphsRole, // QStringList, the article's own text about the subject
    LinkTextRole, // the link as written (valid or not), empty when none
    SummaryStateRole, // SummaryState as int
    SummaryTitleRole,
    SummaryDescriptionRole,
    SummaryExtractRole,
    SummaryThumbnailRole, // QByteArray, image bytes as fetched
    SummaryFetchedAtRole, // QDateTime (UTC)
    SummaryErrorRole,
    SummaryPageUrlRole, // QUrl
    SummaryFromCacheRole, // bool
    SummaryLocalRole, // bool: read from an offline copy (ZIM); SummaryFetchedAtRole is then the copy's date
    MentionsRole, // QList<int>: offsets in ArticleText::text() where body, commentary and forecast mention it
    SuggestedTitleRole, // an entry without a link: the offline copy's close title ("Perhaps: ..."), empty when none
    LinkChosenRole, // bool: WikipediaUrlRole is the page the reader chose for this article, not the article's link

    // AnnotationModel
    AnnotationIdRole = Qt::UserRole + 300, // QUuid
    AnnotationColorRole, // Color as int
    ColorLabelRole, // the user's label for the colour, empty when none
    QuoteRole, // the marked text
    NoteRole, // the note, plain text, may be multi-line
    TagsRole, // QStringList
    PartRole, // Part as int
    AnchorStatusRole, // AnchorStatus as int
    CreatedRole, // QDateTime (UTC)
    ModifiedRole, // QDateTime (UTC)
    ArticleIdRole, // qint64, the article's id in the store
    ArticleTitleRole,
    ArticlePathRole,
    SortRole, // per column: what the column sorts by (colour, quote, note, tags, reading position, status, time)
    AuthorRole, // the role that wrote it in a team store; empty in the local store
    SharedRole, // bool: shared with the team (a team store)

    // LibraryModel (ArticlePathRole and SortRole as above)
    LibraryArticleIdRole = Qt::UserRole + 500, // qint64, the article's id in the library index
    FingerprintRole, // QString, the article's fingerprint (its notes are found by it)
    AgenciesRole, // QStringList
    SubjectsRole, // QStringList, the persons and terms it explains
    NoteCountRole, // int
    FileTimeRole, // QDateTime (UTC), the file's modification time
    FolderRole, // QString, the library folder the file is in
};

// What the text roles hold. Text from an article, a note, a file name or the network may look like markup, and
// Qt reads a tooltip (and a label on Qt::AutoText) as rich text when it merely looks like markup
// (Qt::mightBeRichText). So:
// - Qt::ToolTipRole of every model is rich text built on purpose: plainToolTip() of the plain text, which any
//   view shows literally as it is. A view never escapes it again.
// - Qt::DisplayRole, Qt::EditRole and every custom role above hold plain text, never markup; delegates paint it as
//   it is, and a widget that shows it sets Qt::PlainText (a label) or escapes it (a tooltip, through plainToolTip).
// Widgets follow the same rule for their own tooltips.

// The tooltip that shows `text` literally, line breaks and runs of spaces kept; empty text gives no tooltip.
inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace Randnotiz
