#include "notes/w3cannotations.h"

#include "notes/anchoring.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Randnotiz {

namespace {

QString key(const char *name)
{
    return W3cAnnotations::namespacePrefix() + u':' + QLatin1String(name);
}

// A property of ours, written either with the prefix or as the full IRI.
QJsonValue ownProperty(const QJsonObject &o, const char *name)
{
    const QJsonValue prefixed = o.value(key(name));
    if (!prefixed.isUndefined())
        return prefixed;
    return o.value(W3cAnnotations::namespaceIri() + QLatin1String(name));
}

QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray { value };
}

QString typeOf(const QJsonObject &o)
{
    // "type" may be a string or a list of strings; the W3C type is the one we look for.
    const QJsonValue type = o.value(QLatin1String("type"));
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray()) {
            const QString s = t.toString();
            if (s.startsWith(QLatin1String("Annotation")) || s.endsWith(QLatin1String("Selector")))
                return s;
        }
        return {};
    }
    return type.toString();
}

QUuid uuidOf(const QString &id)
{
    if (id.startsWith(QLatin1String("urn:uuid:"), Qt::CaseInsensitive)) {
        const QUuid uuid = QUuid::fromString(QStringView(id).mid(9));
        if (!uuid.isNull())
            return uuid;
    }
    if (id.isEmpty())
        return QUuid::createUuid();
    // Another tool's id (an IRI): the same id always maps to the same annotation, so importing twice
    // updates instead of duplicating.
    static const QUuid ns = QUuid::fromString(QLatin1String("6f3b1c52-3d57-4c3e-9a39-2d0c6f1e8a41"));
    return QUuid::createUuidV5(ns, id);
}

QString quoteOrEmpty(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

bool readItem(const QJsonObject &o, W3cImport &result)
{
    if (typeOf(o) != QLatin1String("Annotation")) {
        result.error = W3cAnnotations::tr("Item %1 is not an Annotation").arg(result.items.size() + 1);
        return false;
    }
    ImportedAnnotation item;
    Annotation &a = item.annotation;
    a.id = uuidOf(o.value(QLatin1String("id")).toString());
    a.created = parseUtcTimestamp(o.value(QLatin1String("created")).toString());
    if (!a.created.isValid())
        a.created = QDateTime::currentDateTimeUtc();
    a.modified = parseUtcTimestamp(o.value(QLatin1String("modified")).toString());
    if (!a.modified.isValid())
        a.modified = a.created;

    const bool commenting = o.value(QLatin1String("motivation")).toString() == QLatin1String("commenting");
    QStringList notes;
    if (o.value(QLatin1String("bodyValue")).isString())
        notes.append(o.value(QLatin1String("bodyValue")).toString());
    for (const QJsonValue &value : asArray(o.value(QLatin1String("body")))) {
        const QJsonObject body = value.toObject();
        const QString purpose = body.value(QLatin1String("purpose")).toString();
        const QString text = body.value(QLatin1String("value")).toString();
        if (purpose == QLatin1String("tagging"))
            a.tags.append(text);
        else if (purpose == QLatin1String("commenting") || (purpose.isEmpty() && commenting)
                 || (purpose.isEmpty() && !text.isEmpty()))
            notes.append(text);
    }
    a.note = notes.join(QStringLiteral("\n\n"));
    a.tags = Annotation::cleanTags(a.tags);

    const QJsonValue colorValue = ownProperty(o, "color");
    a.color = colorFromName(colorValue.toString()).value_or(Color::Yellow);
    const QString label = ownProperty(o, "colorLabel").toString();
    if (!label.isEmpty() && colorValue.isString())
        result.labels.setLabel(a.color, label);

    item.markedText = ownProperty(o, "markedText").toString();

    const QJsonArray targets = asArray(o.value(QLatin1String("target")));
    if (targets.isEmpty()) {
        result.error = W3cAnnotations::tr("Annotation %1 has no target").arg(o.value(QLatin1String("id")).toString());
        return false;
    }
    const QJsonValue first = targets.first();
    if (first.isString()) {
        item.source = first.toString();
    } else {
        const QJsonObject target = first.toObject();
        item.source = target.value(QLatin1String("source")).toString();
        for (const QJsonValue &value : asArray(target.value(QLatin1String("selector")))) {
            const QJsonObject selector = value.toObject();
            const QString type = typeOf(selector);
            if (type == QLatin1String("TextQuoteSelector")) {
                a.quote = quoteOrEmpty(selector, "exact");
                a.prefix = quoteOrEmpty(selector, "prefix").right(Annotation::ContextLength);
                a.suffix = quoteOrEmpty(selector, "suffix").left(Annotation::ContextLength);
            } else if (type == QLatin1String("TextPositionSelector")) {
                const QJsonValue start = selector.value(QLatin1String("start"));
                const QJsonValue end = selector.value(QLatin1String("end"));
                if (start.isDouble() && end.isDouble() && start.toInt(-1) >= 0 && end.toInt(-1) >= start.toInt(-1)) {
                    item.startCodePoint = start.toInt();
                    item.endCodePoint = end.toInt();
                }
            }
        }
    }
    if (a.quote.isEmpty() && !item.startCodePoint) {
        result.error = W3cAnnotations::tr("Annotation %1 has neither a TextQuoteSelector nor a TextPositionSelector")
                           .arg(o.value(QLatin1String("id")).toString());
        return false;
    }
    result.items.append(item);
    return true;
}

bool readItems(const QJsonArray &items, W3cImport &result)
{
    for (const QJsonValue &value : items) {
        if (!value.isObject()) {
            result.error = W3cAnnotations::tr("Item %1 is not a JSON object").arg(result.items.size() + 1);
            return false;
        }
        if (!readItem(value.toObject(), result))
            return false;
    }
    return true;
}

bool readPage(const QJsonObject &page, W3cImport &result)
{
    if (!readItems(page.value(QLatin1String("items")).toArray(), result))
        return false;
    // Pages may be chained; only embedded ones can be followed without the network.
    const QJsonValue next = page.value(QLatin1String("next"));
    if (next.isObject())
        return readPage(next.toObject(), result);
    if (next.isString()) {
        result.error = W3cAnnotations::tr("The collection continues at %1, which would have to be downloaded")
                           .arg(next.toString());
        return false;
    }
    return true;
}

} // namespace

int codePointOffset(QStringView text, int utf16)
{
    int points = 0;
    for (int i = 0; i < utf16 && i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate())
            ++points;
    }
    return points;
}

int utf16Offset(QStringView text, int codePoints)
{
    int i = 0;
    for (int points = 0; points < codePoints && i < text.size(); ++points)
        i += (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) ? 2 : 1;
    return i;
}

QJsonObject W3cAnnotations::toJson(const ArticleNotes &article, const Annotation &a, const ColorLabels &labels)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), QString(QStringLiteral("urn:uuid:") + a.id.toString(QUuid::WithoutBraces)));
    o.insert(QLatin1String("type"), QStringLiteral("Annotation"));
    o.insert(QLatin1String("motivation"),
             a.note.isEmpty() ? QStringLiteral("highlighting") : QStringLiteral("commenting"));
    o.insert(QLatin1String("created"), utcTimestamp(a.created));
    o.insert(QLatin1String("modified"), utcTimestamp(a.modified));
    // A team store's note names its author, the PostgreSQL role; the local store's notes have none.
    if (!a.author.isEmpty()) {
        o.insert(QLatin1String("creator"),
                 QJsonObject { { QLatin1String("type"), QStringLiteral("Person") },
                               { QLatin1String("nickname"), a.author } });
    }
    QJsonArray body;
    if (!a.note.isEmpty()) {
        body.append(QJsonObject { { QLatin1String("type"), QStringLiteral("TextualBody") },
                                  { QLatin1String("value"), a.note },
                                  { QLatin1String("format"), QStringLiteral("text/plain") },
                                  { QLatin1String("purpose"), QStringLiteral("commenting") } });
    }
    for (const QString &tag : a.tags) {
        body.append(QJsonObject { { QLatin1String("type"), QStringLiteral("TextualBody") },
                                  { QLatin1String("value"), tag },
                                  { QLatin1String("purpose"), QStringLiteral("tagging") } });
    }
    if (!body.isEmpty())
        o.insert(QLatin1String("body"), body);

    // Quote and context come from the current text wherever the annotation is anchored.
    const QString &text = article.plainText;
    const bool anchored = a.status != AnchorStatus::Orphaned && a.end <= text.size();
    QJsonObject quote { { QLatin1String("type"), QStringLiteral("TextQuoteSelector") } };
    QJsonArray selectors;
    if (anchored) {
        const int prefixStart = std::max(0, a.start - Annotation::ContextLength);
        quote.insert(QLatin1String("exact"), text.mid(a.start, a.end - a.start));
        quote.insert(QLatin1String("prefix"), text.mid(prefixStart, a.start - prefixStart));
        quote.insert(QLatin1String("suffix"), text.mid(a.end, Annotation::ContextLength));
        selectors.append(quote);
        selectors.append(QJsonObject { { QLatin1String("type"), QStringLiteral("TextPositionSelector") },
                                       { QLatin1String("start"), codePointOffset(text, a.start) },
                                       { QLatin1String("end"), codePointOffset(text, a.end) } });
    } else {
        // An orphan has no place in the current text; what the user marked is all there is.
        quote.insert(QLatin1String("exact"), a.quote);
        quote.insert(QLatin1String("prefix"), a.prefix);
        quote.insert(QLatin1String("suffix"), a.suffix);
        selectors.append(quote);
    }
    o.insert(QLatin1String("target"),
             QJsonObject { { QLatin1String("source"), QString(QStringLiteral("urn:sha256:") + article.fingerprint) },
                           { QLatin1String("selector"), selectors } });
    o.insert(key("color"), colorName(a.color));
    if (!labels.label(a.color).isEmpty())
        o.insert(key("colorLabel"), labels.label(a.color));
    // A fuzzy match exports the current text as its quote; what the user marked travels alongside, so
    // that an import gives the same annotation back.
    if (anchored && a.status == AnchorStatus::Fuzzy && a.quote != text.mid(a.start, a.end - a.start))
        o.insert(key("markedText"), a.quote);
    o.insert(key("section"), partName(a.part));
    o.insert(key("status"), anchorStatusName(a.status));
    return o;
}

QJsonObject W3cAnnotations::toCollection(const QList<ArticleNotes> &articles, const ColorLabels &labels)
{
    QJsonArray items;
    for (const ArticleNotes &article : articles) {
        for (const Annotation &a : article.annotations)
            items.append(toJson(article, a, labels));
    }
    QJsonObject collection;
    collection.insert(QLatin1String("@context"),
                      QJsonArray { QStringLiteral("http://www.w3.org/ns/anno.jsonld"),
                                   QJsonObject { { namespacePrefix(), namespaceIri() } } });
    collection.insert(QLatin1String("type"), QStringLiteral("AnnotationCollection"));
    collection.insert(QLatin1String("label"),
                      articles.size() == 1 ? articles.first().title : W3cAnnotations::tr("Randnotiz notes"));
    collection.insert(QLatin1String("total"), items.size());
    collection.insert(QLatin1String("first"),
                      QJsonObject { { QLatin1String("type"), QStringLiteral("AnnotationPage") },
                                    { QLatin1String("startIndex"), 0 },
                                    { QLatin1String("items"), items } });
    return collection;
}

QByteArray W3cAnnotations::exportJson(const QList<ArticleNotes> &articles, const ColorLabels &labels)
{
    return QJsonDocument(toCollection(articles, labels)).toJson(QJsonDocument::Indented);
}

W3cImport W3cAnnotations::parse(const QByteArray &json)
{
    W3cImport result;
    if (json.size() > MaxImportBytes) {
        result.error = W3cAnnotations::tr("The file is larger than %1 MiB").arg(MaxImportBytes / (1024 * 1024));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error
            = W3cAnnotations::tr("Not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return result;
    }
    if (doc.isArray()) {
        readItems(doc.array(), result);
        return result;
    }
    const QJsonObject root = doc.object();
    const QString type = typeOf(root);
    if (type == QLatin1String("AnnotationCollection")) {
        const QJsonValue first = root.value(QLatin1String("first"));
        if (first.isObject())
            readPage(first.toObject(), result);
        else if (first.isString())
            result.error = W3cAnnotations::tr("The collection's first page is at %1, which would have to be downloaded")
                               .arg(first.toString());
    } else if (type == QLatin1String("AnnotationPage")) {
        readPage(root, result);
    } else if (type == QLatin1String("Annotation")) {
        readItem(root, result);
    } else {
        result.error = W3cAnnotations::tr("Neither an Annotation, an AnnotationPage nor an AnnotationCollection");
    }
    return result;
}

Annotation W3cAnnotations::attach(const ImportedAnnotation &item, const ArticleText &text, qint64 articleId)
{
    Annotation a = item.annotation;
    a.articleId = articleId;
    const QString &t = text.text();
    if (item.startCodePoint) {
        a.start = std::min(utf16Offset(t, *item.startCodePoint), int(t.size()));
        a.end = std::clamp(utf16Offset(t, *item.endCodePoint), a.start, int(t.size()));
        if (a.quote.isEmpty()) {
            a.quote = t.mid(a.start, a.end - a.start);
            a.prefix
                = t.mid(std::max(0, a.start - Annotation::ContextLength), std::min(a.start, Annotation::ContextLength));
            a.suffix = t.mid(a.end, Annotation::ContextLength);
        }
        if (const auto location = text.locationOf(a.start)) {
            a.part = location->part;
            a.paragraph = location->index;
            a.paragraphOffset = location->offset;
        }
    } else {
        a.start = 0;
        a.end = 0;
        a.paragraph = -1; // no stored position: only the quote and its context can place it
    }
    const AnchorResult r = Anchoring::find(text, a);
    a.status = r.status;
    if (r.status != AnchorStatus::Orphaned) {
        a.placeAt(text, r.start, r.end);
        if (!item.markedText.isEmpty() && item.markedText != a.quote) {
            a.quote = item.markedText;
            a.status = AnchorStatus::Fuzzy;
        }
    }
    return a;
}

} // namespace Randnotiz
