#include "library/indexrecord.h"

#include "search/searchquery.h"

namespace Randnotiz {

namespace {

int countWords(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

// The one place that decides what merges persons and terms across the library: the page a subject's link
// leads to (a redirect known from the summary cache counts), else its validated Wikipedia link, else its
// normalised name. The index stores the key without redirects (merge_key); they are applied when it is read,
// because the cache learns them when summaries are fetched, after the articles were indexed.
QString storedKey(const QString &link, const QString &subject)
{
    if (!link.isEmpty())
        return link;
    return QStringLiteral("name:") + SearchQuery::fold(ArticleText::normalise(subject));
}

} // namespace

IndexRecord IndexRecord::of(const Article &article)
{
    const ArticleText text(article);
    IndexRecord record;
    record.headline = article.headline();
    record.fingerprint = text.fingerprint();
    record.headlineUtf8 = record.headline.toUtf8();
    record.fingerprintUtf8 = record.fingerprint.toUtf8();
    if (article.source())
        record.agencies = article.source()->agencies.join(u'\n').toUtf8();
    if (article.forecast())
        record.forecast = article.forecast()->join(u'\n').toUtf8();
    record.words = countWords(text.text());

    const std::array<QString, HitText::PartCount> parts = HitText::partTexts(text);
    for (std::size_t i = 0; i < parts.size(); ++i)
        record.parts.at(i) = parts.at(i).toUtf8();

    // Where the article mentions a subject outside its own entry: body, commentary, forecast.
    const QString running = parts.at(std::size_t(Part::Body)) + u'\n' + parts.at(std::size_t(Part::Commentary)) + u'\n'
        + parts.at(std::size_t(Part::Forecast));
    record.subjects.reserve(std::size_t(article.explanations().size()));
    for (const Explanation &e : article.explanations()) {
        const QString link = e.wikipedia ? e.wikipedia->url.toString() : QString();
        const QString name = ArticleText::normalise(e.subject);
        Subject &subject = record.subjects.emplace_back();
        subject.subject = e.subject.toUtf8();
        subject.kind = subjectKindName(e.kind).toUtf8();
        subject.link = link.toUtf8();
        subject.storedKey = storedKey(link, e.subject).toUtf8();
        subject.explanation = ArticleText::normalise(e.paragraphs.join(u' ')).toUtf8();
        subject.mentions = name.isEmpty() ? 0 : int(running.count(name, Qt::CaseInsensitive));
    }
    return record;
}

} // namespace Randnotiz
