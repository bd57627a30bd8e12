// ArticleText: the canonical "plain text" of an Article that annotations, W3C selectors and the fingerprint
// refer to, with the map between positions in the article's parts and offsets in that text.
#pragma once

#include "article/article.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Randnotiz {

// The parts an annotation can sit in; their names ("headline", "body", ...) are used in every export.
enum class Part { Headline, Body, Commentary, Forecast, Explanation, Notes, Extra };

QString partName(Part part);
std::optional<Part> partFromName(const QString &name);

class ArticleText
{
public:
    // What a segment is to a reader; a view styles it by this and needs no numbering of its own.
    enum class Role { Headline, Heading, Question, Paragraph, Credit };

    // One paragraph or entry of a part, as it stands in the plain text.
    struct Segment
    {
        Part part = Part::Body;
        int index = 0; // paragraph/entry number within its part, see the README
        int start = 0; // UTF-16 offset of its first character in text()
        int length = 0; // UTF-16 length
        Role role = Role::Paragraph;
        // The item of its part it belongs to: an extra section's or an explanation's number, else 0.
        int group = 0;
        // Its paragraph number inside that item, as ArticleModel numbers the children ("section/2/p<row>");
        // -1 for a headline, heading (commentary title, section heading) or question.
        int row = -1;
        int end() const { return start + length; }
    };

    // A position described by the article's structure.
    struct Location
    {
        Part part = Part::Body;
        int index = 0;
        int offset = 0; // UTF-16 offset inside the segment
    };

    static constexpr QChar Separator = QChar(u'\n');

    ArticleText() = default;
    explicit ArticleText(const Article &article);

    // Normalises one paragraph: NFC, soft hyphens and zero-width characters dropped, every run of
    // white space one U+0020, no space at either end.
    static QString normalise(const QString &paragraph);

    const QString &text() const { return m_text; }
    const QList<Segment> &segments() const { return m_segments; }
    // Hex SHA-256 of text() as UTF-8; the article's identity in the store and in urn:sha256: sources.
    const QString &fingerprint() const { return m_fingerprint; }
    bool isEmpty() const { return m_text.isEmpty(); }

    // Segment lookups; -1 when there is none.
    int segmentIndex(Part part, int index) const;
    int entrySegment(int entry) const; // the question of explanation number entry
    int segmentAt(int offset) const; // the segment holding offset (or ending at it)

    // (part, index, offset) -> offset in text(); nullopt when the segment does not exist or is too short.
    std::optional<int> offsetOf(const Location &location) const;
    // offset in text() -> (part, index, offset); an offset on a separator belongs to the segment before it.
    std::optional<Location> locationOf(int offset) const;

    // W3C TextPositionSelector counts Unicode code points, QString counts UTF-16 units.
    int toCodePoints(int utf16Offset) const;
    int fromCodePoints(int codePointOffset) const;

private:
    void append(Part part, int index, const QString &paragraph, Role role, int group, int row);

    QString m_text;
    QList<Segment> m_segments;
    QString m_fingerprint;
    QList<int> m_lowSurrogates; // UTF-16 offsets of the second halves of surrogate pairs, ascending
};

} // namespace Randnotiz
