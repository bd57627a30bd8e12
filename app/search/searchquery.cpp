#include "search/searchquery.h"

#include "article/articletext.h"

namespace Randnotiz {

namespace {

// FTS5 strings are quoted with doubled quotes inside; nothing else is special within them.
QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// A term with no letter or digit (say "-" or "…") gives FTS5 no token and would match nothing.
bool hasToken(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

} // namespace

SearchQuery SearchQuery::parse(const QString &input)
{
    SearchQuery query;
    const QString text = ArticleText::normalise(input);
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i) == u' ')
            ++i;
        if (i >= n)
            break;
        bool excluded = false;
        if (text.at(i) == u'-' && i + 1 < n && text.at(i + 1) != u' ') {
            excluded = true;
            ++i;
        }
        Term term;
        term.excluded = excluded;
        if (text.at(i) == u'"' || text.at(i) == u'„' || text.at(i) == u'“') {
            ++i;
            const qsizetype start = i;
            while (i < n && text.at(i) != u'"' && text.at(i) != u'“' && text.at(i) != u'”')
                ++i;
            term.text = text.mid(start, i - start).trimmed();
            term.phrase = true;
            if (i < n)
                ++i; // the closing quote
        } else {
            const qsizetype start = i;
            while (i < n && text.at(i) != u' ')
                ++i;
            term.text = text.mid(start, i - start);
        }
        if (hasToken(term.text))
            query.m_terms.append(term);
    }
    return query;
}

QString SearchQuery::toFts5() const
{
    QStringList included;
    QStringList excluded;
    for (const Term &term : m_terms) {
        const QString fts = quoted(term.text) + (term.phrase ? QString() : QStringLiteral("*"));
        (term.excluded ? excluded : included).append(fts);
    }
    if (included.isEmpty())
        return {};
    QString match = included.join(u' ');
    for (const QString &term : std::as_const(excluded))
        match += QStringLiteral(" NOT ") + term;
    return match;
}

QString SearchQuery::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.toCaseFolded());
    }
    return out;
}

QStringList SearchQuery::includedWords() const
{
    QStringList words;
    for (const Term &term : m_terms) {
        if (term.excluded)
            continue;
        QString token;
        const QString folded = fold(term.text);
        for (const QChar c : folded) {
            if (c.isLetterOrNumber()) {
                token.append(c);
            } else if (!token.isEmpty()) {
                words.append(token);
                token.clear();
            }
        }
        if (!token.isEmpty())
            words.append(token);
    }
    return words;
}

} // namespace Randnotiz
