// SearchQuery: what a person types into a search field, turned into an FTS5 query that SQLite can never read
// as query syntax. Words match as prefixes, "quoted phrases" as phrases, -word excludes; case and diacritics
// are folded by the tables' tokenizer (unicode61 remove_diacritics 2).
#pragma once

#include <QString>
#include <QStringList>

namespace Randnotiz {

class SearchQuery final
{
public:
    struct Term
    {
        QString text; // normalised, without quotes
        bool phrase = false; // came in quotes: matched as a whole, no prefix
        bool excluded = false; // came with a leading '-'
        friend bool operator==(const Term &, const Term &) = default;
    };

    static SearchQuery parse(const QString &input);

    const QList<Term> &terms() const { return m_terms; }
    // The FTS5 MATCH expression; empty when nothing can match (no term, or only exclusions).
    QString toFts5() const;
    // The words a hit should show as matched: every included term's tokens, case-folded and without
    // diacritics, for marking snippets.
    QStringList includedWords() const;

    // Case and diacritics folded as the unicode61 tokenizer does with remove_diacritics 2 (for marking).
    static QString fold(const QString &text);

private:
    QList<Term> m_terms;
};

} // namespace Randnotiz
