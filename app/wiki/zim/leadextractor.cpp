#include "wiki/zim/leadextractor.h"

#include <QRegularExpression>
#include <QStringList>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace Randnotiz {

namespace {

QString attribute(const xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    if (!value)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return text;
}

QString nameOf(const xmlNode *node)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(node->name)).toLower();
}

bool hasClass(const QStringList &classes, QLatin1StringView name)
{
    return classes.contains(name, Qt::CaseInsensitive);
}

// Classes and ids that mark what is not the article's prose: boxes, notes, references, navigation, sound.
bool isClutter(const xmlNode *node)
{
    static const QStringList elements
        = { u"table"_s,    u"style"_s, u"script"_s, u"sup"_s,   u"figure"_s,   u"figcaption"_s, u"audio"_s, u"video"_s,
            u"noscript"_s, u"math"_s,  u"nav"_s,    u"aside"_s, u"template"_s, u"button"_s,     u"link"_s };
    const QString element = nameOf(node);
    if (elements.contains(element))
        return true;
    const QStringList classes = attribute(node, "class").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &c : classes) {
        static const QStringList exact = { u"infobox"_s,
                                           u"hatnote"_s,
                                           u"dablink"_s,
                                           u"rellink"_s,
                                           u"navbox"_s,
                                           u"vertical-navbox"_s,
                                           u"reference"_s,
                                           u"mw-ref"_s,
                                           u"references"_s,
                                           u"reflist"_s,
                                           u"mw-editsection"_s,
                                           u"coordinates"_s,
                                           u"geo"_s,
                                           u"geo-default"_s,
                                           u"plainlinksneverexpand"_s,
                                           u"IPA"_s,
                                           u"ipa"_s,
                                           u"haudio"_s,
                                           u"unicode haudio"_s,
                                           u"noexcerpt"_s,
                                           u"metadata"_s,
                                           u"noprint"_s,
                                           u"thumb"_s,
                                           u"sidebar"_s,
                                           u"ambox"_s,
                                           u"mw-empty-elt"_s,
                                           u"reference-text"_s,
                                           u"Vorlage_Begriffsklaerung"_s,
                                           u"toc"_s,
                                           u"mw-cite-backlink"_s,
                                           u"rt-commentedText"_s,
                                           u"pronunciation"_s };
        if (exact.contains(c, Qt::CaseInsensitive))
            return true;
    }
    const QString id = attribute(node, "id");
    if (id == QLatin1String("coordinates") || id == QLatin1String("toc") || id == QLatin1String("disambigbox"))
        return true;
    const QString role = attribute(node, "role");
    return role == QLatin1String("note") || role == QLatin1String("navigation");
}

bool marksDisambiguation(const xmlNode *node)
{
    const QString id = attribute(node, "id");
    if (id == QLatin1String("disambigbox") || id.startsWith(QLatin1String("Vorlage_Begriffskl")))
        return true;
    const QStringList classes = attribute(node, "class").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (hasClass(classes, QLatin1StringView("dmbox-disambig")) || hasClass(classes, QLatin1StringView("disambig"))
        || hasClass(classes, QLatin1StringView("BKL")) || hasClass(classes, QLatin1StringView("Begriffsklaerung")))
        return true;
    // Parsoid HTML keeps the page property: <meta property="mw:PageProp/disambiguation">.
    return nameOf(node) == QLatin1String("meta")
        && attribute(node, "property") == QLatin1String("mw:PageProp/disambiguation");
}

bool isHeading(const QString &element)
{
    return element.size() == 2 && element.at(0) == QLatin1Char('h') && element.at(1) >= QLatin1Char('2')
        && element.at(1) <= QLatin1Char('6');
}

// The text of a paragraph without its clutter; whitespace is collapsed afterwards.
void collectText(const xmlNode *node, QString &out)
{
    for (const xmlNode *child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            out += QString::fromUtf8(reinterpret_cast<const char *>(child->content));
        } else if (child->type == XML_ELEMENT_NODE) {
            if (isClutter(child))
                continue;
            if (nameOf(child) == QLatin1String("br"))
                out += QLatin1Char(' ');
            else
                collectText(child, out);
        }
    }
}

QString plainText(const xmlNode *node)
{
    QString text;
    collectText(node, text);
    text = text.simplified();
    // Space left where a removed reference stood before a full stop or comma.
    static const QRegularExpression spaceBeforePunctuation(QStringLiteral(" +([.,;:!?)])"));
    text.replace(spaceBeforePunctuation, QStringLiteral("\\1"));
    return text;
}

// A box that is not prose but may hold the page's picture: the infobox, a thumbnail, a figure.
bool isPictureBox(const xmlNode *node)
{
    const QStringList classes = attribute(node, "class").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const auto name :
         { "navbox"_L1, "vertical-navbox"_L1, "metadata"_L1, "sidebar"_L1, "ambox"_L1, "hatnote"_L1, "noprint"_L1 }) {
        if (hasClass(classes, name))
            return false;
    }
    const QString element = nameOf(node);
    return element == "table"_L1 || element == "figure"_L1 || hasClass(classes, "infobox"_L1)
        || hasClass(classes, "thumb"_L1);
}

struct Walker
{
    PageLead lead;
    QString paragraphs;
    bool leadDone = false; // the first section heading after the lead was reached
    bool full = false; // the lead has enough text
    QString h1;
    QString titleTag;

    // inBox: inside an infobox, figure or table, where text is left out but a picture is taken.
    void visit(const xmlNode *node, bool inBox)
    {
        for (const xmlNode *child = node->children; child; child = child->next) {
            if (child->type != XML_ELEMENT_NODE)
                continue;
            if (marksDisambiguation(child))
                lead.disambiguation = true;
            const QString element = nameOf(child);
            if (element == "title"_L1) {
                if (titleTag.isEmpty())
                    titleTag = plainText(child);
                continue;
            }
            if (element == "h1"_L1) {
                if (h1.isEmpty())
                    h1 = plainText(child);
                continue;
            }
            bool box = inBox;
            if (isClutter(child)) {
                if (!isPictureBox(child))
                    continue; // navboxes, hatnotes, references, sound, style, script: nothing at all
                box = true;
            }
            if (element == "img"_L1) {
                if (lead.imageSource.isEmpty() && !isIcon(child))
                    lead.imageSource = attribute(child, "src");
                continue;
            }
            if (box) {
                visit(child, true);
                continue;
            }
            if (isHeading(element) && !paragraphs.isEmpty())
                leadDone = true;
            if (element == "p"_L1) {
                if (!leadDone && !full)
                    addParagraph(plainText(child));
                continue;
            }
            visit(child, false);
        }
    }

    static bool isIcon(const xmlNode *img)
    {
        bool ok = false;
        const int width = attribute(img, "width").toInt(&ok);
        if (ok && width < LeadExtractor::MinImagePixels)
            return true;
        const int height = attribute(img, "height").toInt(&ok);
        return ok && height < LeadExtractor::MinImagePixels;
    }

    void addParagraph(const QString &text)
    {
        if (text.size() < LeadExtractor::MinParagraphChars)
            return;
        const QString joined = paragraphs.isEmpty() ? text : paragraphs + QStringLiteral("\n\n") + text;
        if (joined.size() <= LeadExtractor::MaxChars) {
            paragraphs = joined;
            full = paragraphs.size() >= LeadExtractor::MaxChars * 3 / 4;
            return;
        }
        const QString cut = LeadExtractor::cutAtSentence(joined, LeadExtractor::MaxChars);
        // A whole paragraph is better than a paragraph and a stub of the next.
        if (paragraphs.isEmpty() || cut.size() > paragraphs.size() + LeadExtractor::MinParagraphChars)
            paragraphs = cut;
        full = true;
    }
};

} // namespace

QString LeadExtractor::cutAtSentence(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    // The last ". ", "! ", "? " (or "…") within the limit, not after a digit ("1. Januar") or a lone capital ("J.").
    for (qsizetype i = maxChars - 1; i >= MinParagraphChars; --i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char('?') && c != QChar(0x2026))
            continue;
        if (i + 1 < text.size() && !text.at(i + 1).isSpace())
            continue;
        if (c == QLatin1Char('.') && i >= 1) {
            const QChar before = text.at(i - 1);
            if (before.isDigit())
                continue;
            if (before.isUpper() && (i < 2 || !text.at(i - 2).isLetter()))
                continue;
        }
        return text.left(i + 1);
    }
    qsizetype space = text.lastIndexOf(QLatin1Char(' '), maxChars - 1);
    if (space < MinParagraphChars)
        space = maxChars - 1;
    return text.left(space) + QChar(0x2026);
}

PageLead LeadExtractor::extract(const QByteArray &html)
{
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        htmlReadMemory(html.constData(), int(qMin<qsizetype>(html.size(), INT_MAX)), nullptr, "UTF-8", options),
        &xmlFreeDoc);
    if (!doc)
        return {};
    const xmlNode *root = xmlDocGetRootElement(doc.get());
    if (!root)
        return {};
    Walker walker;
    if (marksDisambiguation(root))
        walker.lead.disambiguation = true;
    // The root itself is <html>; its children are visited (a fragment gets one from the parser).
    walker.visit(root, false);
    walker.lead.extract = walker.paragraphs;
    walker.lead.title = walker.h1.isEmpty() ? walker.titleTag : walker.h1;
    return walker.lead;
}

} // namespace Randnotiz
