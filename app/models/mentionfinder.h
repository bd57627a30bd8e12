// MentionFinder: where the persons and terms of an article are mentioned in a text, including German inflected forms.
#pragma once

#include "article/article.h"

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
    };
    QList<Pattern> m_patterns;
};

} // namespace Randnotiz
