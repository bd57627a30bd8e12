// What the library index stores of one parsed article, made where the article was parsed (a thread of the pool
// while indexing), so that the thread that writes the index only binds ready UTF-8 text and steps.
#pragma once

#include "article/article.h"
#include "article/articletext.h"
#include "library/hittext.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <vector>

namespace Randnotiz {

struct IndexRecord
{
    struct Subject
    {
        QByteArray subject;
        QByteArray kind; // subjectKindName()
        QByteArray link; // the validated Wikipedia link, empty when none
        QByteArray storedKey; // the link, else "name:" and the folded name (redirects are applied when read)
        QByteArray explanation; // the article's own text about it
        int mentions = 0; // in the body, commentary and forecast
    };

    QString headline;
    QString fingerprint; // ArticleText::fingerprint()
    QByteArray headlineUtf8;
    QByteArray fingerprintUtf8;
    QByteArray agencies; // one per line
    QByteArray forecast; // the OZD-Prognose as one text, empty when none
    int words = 0; // runs of letters and digits
    std::array<QByteArray, HitText::PartCount> parts; // the FTS columns, HitText::partTexts()
    std::vector<Subject> subjects; // in the article's order

    static IndexRecord of(const Article &article);
};

} // namespace Randnotiz
