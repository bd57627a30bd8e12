#include "support/notestestdata.h"

#include "article/ozdparser.h"
#include "support/testpaths.h"

#include <QStringList>

#include <cstdio>
#include <cstdlib>

namespace Randnotiz::Test {

QString klimaText()
{
    return QString::fromUtf8(readAll(samplePath(QStringLiteral("klimagipfel-bonn.txt"))));
}

Article articleFromText(const QString &text, const QString &name)
{
    return OzdParser::parseText(text, name);
}

QString replacedOnce(const QString &text, const QString &before, const QString &after)
{
    if (text.count(before) != 1) {
        std::fprintf(stderr, "replacedOnce: \"%s\" occurs %d times\n", qPrintable(before), int(text.count(before)));
        std::abort();
    }
    QString out = text;
    out.replace(before, after);
    return out;
}

QByteArray toWindows1252(const QString &text)
{
    static const QList<QPair<char16_t, char>> upper {
        { u'€', char(0x80) }, { u'‚', char(0x82) }, { u'„', char(0x84) }, { u'…', char(0x85) }, { u'‘', char(0x91) },
        { u'’', char(0x92) }, { u'“', char(0x93) }, { u'”', char(0x94) }, { u'–', char(0x96) }, { u'—', char(0x97) },
    };
    QByteArray out;
    for (const QChar c : text) {
        if (c.unicode() < 0x80 || (c.unicode() >= 0xA0 && c.unicode() <= 0xFF)) {
            out.append(char(c.unicode()));
            continue;
        }
        bool found = false;
        for (const auto &[u, b] : upper) {
            if (c.unicode() == u) {
                out.append(b);
                found = true;
            }
        }
        if (!found) {
            std::fprintf(stderr, "toWindows1252: U+%04X has no byte\n", unsigned(c.unicode()));
            std::abort();
        }
    }
    return out;
}

QString syntheticArticle(int n, int paragraphs)
{
    static const QStringList words {
        QStringLiteral("Regierung"), QStringLiteral("Hafen"),   QStringLiteral("Bürger"), QStringLiteral("Haushalt"),
        QStringLiteral("Verkehr"),   QStringLiteral("Schule"),  QStringLiteral("Klima"),  QStringLiteral("Gemeinde"),
        QStringLiteral("Bahn"),      QStringLiteral("Energie"), QStringLiteral("Wahl"),   QStringLiteral("Gericht"),
        QStringLiteral("Forschung"), QStringLiteral("Kultur"),  QStringLiteral("Markt"),  QStringLiteral("Wetter"),
        QStringLiteral("Sport"),     QStringLiteral("Polizei"),
    };
    // A small linear congruential generator: the same n always gives the same article.
    quint32 state = quint32(n) * 2654435761u + 12345u;
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    QString text = QStringLiteral("Meldung %1 über %2 und %3\n")
                       .arg(n)
                       .arg(words.at(next() % words.size()), words.at(next() % words.size()));
    for (int p = 0; p < paragraphs; ++p) {
        QString paragraph;
        for (int s = 0; s < 5; ++s) {
            paragraph += QStringLiteral("Im Absatz %1 von Meldung %2 sagt Satz %3: ").arg(p).arg(n).arg(s);
            for (int w = 0; w < 6; ++w)
                paragraph += words.at(next() % words.size()) + (w == 5 ? QStringLiteral(". ") : QStringLiteral(" "));
        }
        text += paragraph.trimmed() + u'\n';
    }
    text += QStringLiteral("OZD / ©dpa\n");
    return text;
}

} // namespace Randnotiz::Test
