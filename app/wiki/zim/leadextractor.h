// LeadExtractor: turns the HTML of a Wikipedia page (as Kiwix stores it in a ZIM file) into the plain-text lead
// a summary shows, with libxml2's forgiving HTML parser; infoboxes, hatnotes, references and the like stay out.
#pragma once

#include <QByteArray>
#include <QString>

namespace Randnotiz {

struct PageLead
{
    QString title; // the page's own heading (or <title>), empty when it has none
    QString extract; // plain text: the first paragraphs, at most about MaxChars, ending at a sentence end
    QString imageSource; // src of the first content image as written in the page (relative), may be empty
    bool disambiguation = false; // the page says it lists several meanings
};

class LeadExtractor final
{
public:
    static constexpr int MinParagraphChars = 50; // shorter paragraphs (stubs, coordinates, captions) are skipped
    static constexpr int MaxChars = 1000;
    static constexpr int MinImagePixels = 60; // smaller pictures are icons (flags, audio, symbols)

    static PageLead extract(const QByteArray &html);
    // Cuts text to at most maxChars, at the last sentence end, or at a word with an ellipsis when there is none.
    static QString cutAtSentence(const QString &text, int maxChars);
};

} // namespace Randnotiz
