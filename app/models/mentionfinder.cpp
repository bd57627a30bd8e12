#include "models/mentionfinder.h"

#include <algorithm>

namespace Randnotiz {

namespace {

const QString wordBefore = QStringLiteral("(?<![\\p{L}\\p{N}_-])");
// A hyphen followed by a letter continues a compound ("Phishing-Angriffe"): still inside a word.
const QString wordAfter = QStringLiteral("(?![\\p{L}\\p{N}_]|-\\p{L})");
const QString articles = QStringLiteral("(?:[Dd](?:er|ie|as|es|em|en)|[Ee]in(?:e|es|er|em|en)?)");

bool isArticle(const QString &word)
{
    static const QStringList list
        = { QStringLiteral("der"),   QStringLiteral("die"),   QStringLiteral("das"),   QStringLiteral("des"),
            QStringLiteral("dem"),   QStringLiteral("den"),   QStringLiteral("ein"),   QStringLiteral("eine"),
            QStringLiteral("einer"), QStringLiteral("eines"), QStringLiteral("einem"), QStringLiteral("einen") };
    return list.contains(word.toLower());
}

// Genitive of a name: "Schoigus", "Stiells"; names ending in s, x or z take an apostrophe ("Lavrovs", "Merz'").
QString nameForm(const QString &name)
{
    return QRegularExpression::escape(name) + QStringLiteral("(?:s|\u2019|')?");
}

// A word of a term. The last word is the noun and may take -s, -es, -n, -en ("Sicherheitsrats");
// an adjective ending in -e may take -en, -er, -es, -em ("Nationalen").
QString termWord(const QString &word, bool last)
{
    if (last)
        return QRegularExpression::escape(word) + QStringLiteral("(?:s|es|n|en|e)?");
    if (word.size() > 2 && word.endsWith(QLatin1Char('e')) && word.front().isLetter())
        return QRegularExpression::escape(word.chopped(1)) + QStringLiteral("e(?:n|r|s|m)?");
    if (word.size() > 3 && word.endsWith(QLatin1String("en")) && word.front().isLower())
        return QRegularExpression::escape(word.chopped(2)) + QStringLiteral("e(?:n|r|s|m)?");
    return QRegularExpression::escape(word);
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// The leading run of word characters of a subject's first word as its expression writes it literally:
// "Nationale" for "Nationalen", "Kim" for "Kim Jong Un". Empty when the subject starts otherwise.
QStringList firstWordKeys(const QString &subject, SubjectKind kind)
{
    QStringList words = subject.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QStringList literals;
    if (kind == SubjectKind::Person) {
        literals << words.first();
        if (words.size() > 1 && words.last().size() >= 3)
            literals << words.last();
    } else {
        // An article in front is optional: the entry is found by its first word after it, and tried from the
        // article before that word as well (see find()).
        if (words.size() > 1 && isArticle(words.first()))
            words.removeFirst();
        const QString &word = words.first();
        const bool last = words.size() == 1;
        if (!last && word.size() > 3 && word.endsWith(QLatin1String("en")) && word.front().isLower())
            literals << word.chopped(2) + u'e';
        else
            literals << word;
    }
    QStringList keys;
    for (const QString &literal : std::as_const(literals)) {
        qsizetype n = 0;
        while (n < literal.size() && isWordCharacter(literal.at(n)))
            ++n;
        if (n == 0)
            return {}; // starts with something else: cannot be looked up by word
        keys << literal.left(n);
    }
    return keys;
}

} // namespace

QString MentionFinder::patternFor(const QString &subject, SubjectKind kind)
{
    QStringList words = subject.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    if (kind == SubjectKind::Person) {
        QStringList alternatives;
        QString full;
        for (qsizetype i = 0; i < words.size(); ++i)
            full += (i ? QStringLiteral("\\s+") : QString()) + QRegularExpression::escape(words.at(i));
        alternatives << full + QStringLiteral("(?:s|\u2019|')?");
        // A surname alone, when the name has one and it is long enough not to be a common word.
        if (words.size() > 1 && words.last().size() >= 3)
            alternatives << nameForm(words.last());
        return wordBefore + QStringLiteral("(?:") + alternatives.join(QLatin1Char('|')) + QStringLiteral(")")
            + wordAfter;
    }
    bool hadArticle = false;
    if (words.size() > 1 && isArticle(words.first())) {
        words.removeFirst();
        hadArticle = true;
    }
    QStringList parts;
    for (qsizetype i = 0; i < words.size(); ++i)
        parts << termWord(words.at(i), i == words.size() - 1);
    QString pattern = parts.join(QStringLiteral("\\s+"));
    if (hadArticle)
        pattern = QStringLiteral("(?:") + articles + QStringLiteral("\\s+)?") + pattern;
    return wordBefore + pattern + wordAfter;
}

MentionFinder::MentionFinder(const QList<Explanation> &entries)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Explanation &e = entries.at(i);
        const QString pattern = patternFor(e.subject, e.kind);
        if (pattern.isEmpty())
            continue;
        QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid())
            continue;
        const int index = int(m_patterns.size());
        const QStringList subjectWords = e.subject.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool optionalArticle
            = e.kind != SubjectKind::Person && subjectWords.size() > 1 && isArticle(subjectWords.first());
        m_patterns.append({ re, int(i), optionalArticle });
        const QStringList keys = firstWordKeys(e.subject, e.kind);
        if (keys.isEmpty())
            m_unkeyed.append(index);
        for (const QString &key : keys) {
            QList<int> &list = m_byFirstWord[key];
            if (list.isEmpty() || list.last() != index)
                list.append(index);
        }
    }
}

QList<Mention> MentionFinder::find(const QString &text) const
{
    QList<Mention> candidates;
    for (const int index : m_unkeyed) {
        const Pattern &p = m_patterns.at(index);
        auto it = p.re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                candidates.append({ int(m.capturedStart()), int(m.capturedLength()), p.entry });
        }
    }
    // Every word that may begin a mention (not preceded by a word character or a hyphen), once. Its first
    // word may carry an ending of up to two characters ("Schoigus", "Nationalen"), so the word and the word
    // without its last one or two characters are looked up. A term may also begin at the article before
    // that word ("des Nationalen Sicherheitsrats"): the expression is then tried from the article.
    const qsizetype size = text.size();
    // PCRE checks the whole subject's UTF-16 on every call unless told not to: once per word on a 1 MB text
    // that is most of the time. The text is checked once here instead (a lone surrogate keeps the checks).
    bool wellFormed = true;
    for (qsizetype i = 0; i < size && wellFormed; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate())
            wellFormed = i + 1 < size && text.at(++i).isLowSurrogate();
        else if (c.isLowSurrogate())
            wellFormed = false;
    }
    const QRegularExpression::MatchOptions options = wellFormed
        ? QRegularExpression::AnchorAtOffsetMatchOption | QRegularExpression::DontCheckSubjectStringMatchOption
        : QRegularExpression::MatchOptions(QRegularExpression::AnchorAtOffsetMatchOption);
    qsizetype previousStart = -1; // the word before, when it is an article that may begin a mention
    for (qsizetype at = 0; at < size;) {
        if (!isWordCharacter(text.at(at))) {
            ++at;
            continue;
        }
        qsizetype end = at;
        while (end < size && isWordCharacter(text.at(end)))
            ++end;
        const bool starts = at == 0 || text.at(at - 1) != u'-';
        const QStringView word = QStringView(text).mid(at, end - at);
        if (starts && !m_byFirstWord.isEmpty()) {
            for (qsizetype cut = 0; cut <= 2 && cut < word.size(); ++cut) {
                const auto found = m_byFirstWord.constFind(word.chopped(cut).toString());
                if (found == m_byFirstWord.constEnd())
                    continue;
                // An entry found under two of these keys adds the same mention twice; the overlap rule
                // below keeps one.
                for (const int index : *found) {
                    const Pattern &p = m_patterns.at(index);
                    for (const qsizetype from : { at, p.optionalArticle ? previousStart : qsizetype(-1) }) {
                        if (from < 0)
                            continue;
                        const QRegularExpressionMatch m
                            = p.re.match(text, from, QRegularExpression::NormalMatch, options);
                        if (m.hasMatch() && m.capturedLength() > 0)
                            candidates.append({ int(m.capturedStart()), int(m.capturedLength()), p.entry });
                    }
                }
            }
        }
        previousStart = starts && word.size() <= 5 && isArticle(word.toString()) ? at : -1;
        at = end;
    }
    std::sort(candidates.begin(), candidates.end(), [](const Mention &a, const Mention &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.length != b.length)
            return a.length > b.length;
        return a.entry < b.entry;
    });
    QList<Mention> result;
    int end = 0;
    for (const Mention &m : candidates) {
        if (m.start < end)
            continue;
        result.append(m);
        end = m.start + m.length;
    }
    return result;
}

} // namespace Randnotiz
