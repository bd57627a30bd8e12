// MentionFinder: where the persons and terms of an article are mentioned in a text, including German inflected forms.
// One pass over the text's words: a hash from each subject's first word to its entries picks the few
// expressions worth trying at a word, so 10,000 explanations cost no more than ten.
#pragma once

#include "article/article.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

namespace Randnotiz {

struct Mention
{
    int start = 0;
    int length = 0;
    int entry = 0; // index into Article::explanations()
    friend bool operator==(const Mention &, const Mention &) = default;
};

class MentionFinder final
{
public:
    explicit MentionFinder(const QList<Explanation> &entries);

    // Non-overlapping mentions in text order; where two candidates overlap, the longer one wins.
    QList<Mention> find(const QString &text) const;

    // The regular expression for one subject (exposed for tests): persons by full name or surname, terms with
    // their article and German case endings. Matches only whole words.
    static QString patternFor(const QString &subject, SubjectKind kind);

private:
    struct Pattern
    {
        QRegularExpression re;
        int entry = 0;
        bool optionalArticle = false; // a term that may be preceded by its article
    };
    QList<Pattern> m_patterns;
    QHash<QString, QList<int>> m_byFirstWord; // first word (as written) -> indexes into m_patterns
    QList<int> m_unkeyed; // patterns that do not start with a word character: searched on their own
};

} // namespace Randnotiz
