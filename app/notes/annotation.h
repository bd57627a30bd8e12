// Annotation: one highlight or note on an article, the value type the store, the anchoring and every
// exporter share. Plain data, usable without any application object.
#pragma once

#include "article/articletext.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <array>
#include <optional>

namespace Randnotiz {

enum class Color { Yellow, Red, Green, Blue, Purple };
inline constexpr std::array<Color, 5> AllColors { Color::Yellow, Color::Red, Color::Green, Color::Blue, Color::Purple };
QString colorName(Color color); // "yellow", "red", "green", "blue", "purple"
std::optional<Color> colorFromName(const QString &name);

enum class AnchorStatus { Exact, Moved, Fuzzy, Orphaned };
QString anchorStatusName(AnchorStatus status); // "exact", "moved", "fuzzy", "orphaned"
std::optional<AnchorStatus> anchorStatusFromName(const QString &name);

struct Annotation
{
    static constexpr int ContextLength = 32;

    QUuid id;
    qint64 articleId = 0; // row of the article in the store; 0 before it is stored
    // Where it sits: part, paragraph/entry, UTF-16 offset inside that paragraph and the plain-text range.
    Part part = Part::Body;
    int paragraph = 0;
    int paragraphOffset = 0;
    int start = 0;
    int end = 0;
    QString quote;
    QString prefix; // up to ContextLength characters of plain text before the quote
    QString suffix; // and after it
    Color color = Color::Yellow;
    QString note; // plain text, may be multi-line
    QStringList tags;
    QDateTime created; // UTC
    QDateTime modified;
    AnchorStatus status = AnchorStatus::Exact;
    // In a team store: the role that wrote it, and whether the other members may read it. The local store has
    // neither (author empty, never shared).
    QString author;
    bool shared = false;

    // A new annotation on text[start, end): fresh id, quote, context and location from the text.
    static Annotation create(const ArticleText &text, int start, int end, const QDateTime &now = {});
    // Sets the position fields (not the quote) from a range of text, e.g. after re-anchoring.
    void placeAt(const ArticleText &text, int newStart, int newEnd);

    // Tags trimmed, empty ones dropped, duplicates removed, order kept.
    static QStringList cleanTags(const QStringList &tags);

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

} // namespace Randnotiz

// Every member is relocatable, so lists of 100,000 annotations grow by moving memory, not objects.
Q_DECLARE_TYPEINFO(Randnotiz::Annotation, Q_RELOCATABLE_TYPE);

namespace Randnotiz {

// Colour labels the user chose, e.g. yellow = "wichtig"; an empty label means none.
struct ColorLabels
{
    std::array<QString, AllColors.size()> labels;
    QString label(Color color) const { return labels.at(std::size_t(color)); }
    void setLabel(Color color, const QString &label) { labels.at(std::size_t(color)) = label; }
    // "yellow" or "yellow (wichtig)"
    QString describe(Color color) const;
};

// UTC timestamps as the store and the exports write them: 2024-05-01T10:00:00.000Z
QString utcTimestamp(const QDateTime &time);
QDateTime parseUtcTimestamp(const QString &text);

} // namespace Randnotiz
