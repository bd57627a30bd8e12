#include "support/losslesscheck.h"

#include <QRegularExpression>

namespace Randnotiz::Test {

namespace {

QString corpusOf(const Article &a)
{
    QStringList parts;
    if (a.headlineSource() == HeadlineSource::Line)
        parts << a.headline();
    parts << a.body();
    if (a.source())
        parts << a.source()->line;
    if (a.commentary())
        parts << a.commentary()->title << a.commentary()->paragraphs;
    if (a.forecast())
        parts << *a.forecast();
    for (const Explanation &e : a.explanations()) {
        parts << e.question << e.paragraphs;
        if (e.linkText)
            parts << *e.linkText;
    }
    if (a.notes())
        parts << *a.notes();
    if (a.photo())
        parts << *a.photo();
    for (const Section &s : a.extraSections())
        parts << s.heading << s.paragraphs;
    return parts.join(QLatin1Char('\n'));
}

QString clean(QString line)
{
    for (QChar &c : line) {
        if (c == QLatin1Char('\t') || c.unicode() == 0x00A0 || c.unicode() == 0x202F || c.unicode() == 0x2007
            || c == QLatin1Char('\v') || c == QLatin1Char('\f'))
            c = QLatin1Char(' ');
    }
    return line.trimmed();
}

} // namespace

QStringList unrepresentedLines(const QString &text, const Article &article)
{
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    static const QRegularExpression knownHeading(
        QStringLiteral("^(OZD\\s*-\\s*Kommentar|OZD\\s*-\\s*Prognose|Biogra(ph|f)ien?\\s+(und|&)\\s+Erkl(ä|ae)rungen?"
                       "|Hinweise?|Fotos?|Wikipedia(\\s*-?\\s*(Seite|Artikel|Link))?)\\s*:$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString corpus = corpusOf(article);
    QStringList extraHeadings;
    for (const Section &s : article.extraSections())
        extraHeadings << s.heading + QLatin1Char(':');
    QStringList missing;
    const QStringList lines = text.split(lineBreak);
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = clean(lines[i]);
        if (line.isEmpty() || corpus.contains(line) || knownHeading.match(line).hasMatch())
            continue;
        QString heading = line;
        heading.remove(QRegularExpression(QStringLiteral("\\s+(?=:$)")));
        if (extraHeadings.contains(heading))
            continue;
        // "Foto: X", "Wikipedia-Seite: URL", "OZD-Kommentar: Titel": the label is structure, the rest is text.
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            const QString rest = line.mid(colon + 1).trimmed();
            if (!rest.isEmpty() && corpus.contains(rest))
                continue;
        }
        missing << QStringLiteral("%1: %2").arg(i + 1).arg(line);
    }
    return missing;
}

} // namespace Randnotiz::Test
