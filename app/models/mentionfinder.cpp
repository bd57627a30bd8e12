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
        if (re.isValid())
            m_patterns.append({ re, int(i) });
    }
}

QList<Mention> MentionFinder::find(const QString &text) const
{
    QList<Mention> candidates;
    for (const Pattern &p : m_patterns) {
        auto it = p.re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                candidates.append({ int(m.capturedStart()), int(m.capturedLength()), p.entry });
        }
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
