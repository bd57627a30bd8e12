#include "notes/exportescape.h"

namespace Randnotiz {

// Markdown: backslash-escape what could start markup, so that text stays text (CommonMark allows a
// backslash before any ASCII punctuation). List, heading and rule markers only matter at a line start.
QString escapeMarkdown(const QString &line)
{
    QString out;
    out.reserve(line.size() + 8);
    int digits = 0;
    while (digits < line.size() && line.at(digits).isDigit())
        ++digits;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        bool escape = false;
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'<':
        case u'>':
        case u'#':
        case u'|':
        case u'~':
        case u'!':
        case u'&':
            escape = true;
            break;
        case u'-':
        case u'+':
        case u'=':
            escape = i == 0; // list item, setext heading
            break;
        case u'.':
        case u')':
            escape = i == digits && digits > 0; // ordered list
            break;
        default:
            break;
        }
        if (escape)
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

QString csvField(QString text, bool guardFormula)
{
    // Spreadsheets run cells that start like a formula; a leading apostrophe keeps them text.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (guardFormula && !text.isEmpty() && formulaStarts.contains(text.at(0)))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
        || text.startsWith(u' ') || text.endsWith(u' ')) {
        text.replace(u'"', QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

} // namespace Randnotiz
