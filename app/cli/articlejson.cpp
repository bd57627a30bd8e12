#include "cli/articlejson.h"

#include "cli/jsonwriter.h"

#include <QHash>
#include <QUrl>

namespace Randnotiz {

namespace {

using namespace Qt::StringLiterals;

void paragraphsObject(JsonWriter &w, const std::optional<QStringList> &paragraphs)
{
    if (!paragraphs) {
        w.null();
        return;
    }
    w.beginObject().key("paragraphs"_L1).stringArray(*paragraphs).endObject();
}

// Agencies link the same pages again and again; writing a QUrl out costs more than looking it up.
QString urlText(const QUrl &url)
{
    thread_local QHash<QUrl, QString> known;
    if (const auto it = known.constFind(url); it != known.cend())
        return *it;
    if (known.size() >= 4096)
        known.clear();
    return *known.insert(url, url.toString());
}

void explanation(JsonWriter &w, const Explanation &e)
{
    w.beginObject();
    w.key("question"_L1).value(e.question);
    w.key("subject"_L1).value(e.subject);
    w.key("kind"_L1).value(subjectKindName(e.kind));
    w.key("paragraphs"_L1).stringArray(e.paragraphs);
    w.key("wikipedia"_L1);
    if (e.wikipedia) {
        w.beginObject();
        w.key("lang"_L1).value(e.wikipedia->lang);
        w.key("title"_L1).value(e.wikipedia->title);
        w.key("url"_L1).value(urlText(e.wikipedia->url));
        w.endObject();
    } else {
        w.null();
    }
    w.key("link_text"_L1).value(e.linkText);
    w.endObject();
}

} // namespace

QByteArray articleJsonLine(const Article &a)
{
    // One writer per thread, left empty after each line: the line is built in memory that stays, and only its
    // exact copy is allocated.
    thread_local JsonWriter w;
    w.beginObject();
    w.key("file"_L1).value(a.file());
    w.key("encoding"_L1).value(a.encoding());
    w.key("headline"_L1).value(a.headline());
    w.key("headline_source"_L1).value(headlineSourceName(a.headlineSource()));
    w.key("body"_L1).stringArray(a.body());
    w.key("source"_L1);
    if (a.source())
        w.beginObject()
            .key("line"_L1)
            .value(a.source()->line)
            .key("agencies"_L1)
            .stringArray(a.source()->agencies)
            .endObject();
    else
        w.null();
    w.key("commentary"_L1);
    if (a.commentary()) {
        w.beginObject().key("title"_L1).value(a.commentary()->title);
        w.key("paragraphs"_L1).stringArray(a.commentary()->paragraphs).endObject();
    } else {
        w.null();
    }
    w.key("forecast"_L1);
    paragraphsObject(w, a.forecast());
    w.key("explanations"_L1).beginArray();
    for (const Explanation &e : a.explanations())
        explanation(w, e);
    w.endArray();
    w.key("notes"_L1);
    paragraphsObject(w, a.notes());
    w.key("photo"_L1).value(a.photo());
    w.key("extra_sections"_L1).beginArray();
    for (const Section &s : a.extraSections())
        w.beginObject().key("heading"_L1).value(s.heading).key("paragraphs"_L1).stringArray(s.paragraphs).endObject();
    w.endArray();
    w.key("warnings"_L1).beginArray();
    for (const ParseWarning &warning : a.warnings())
        w.beginObject().key("line"_L1).value(qint64(warning.line)).key("message"_L1).value(warning.message).endObject();
    w.endArray();
    w.endObject();
    QByteArray line = w.line();
    w.clear();
    return line;
}

QByteArray fileErrorJsonLine(const QString &file, const QString &error)
{
    JsonWriter w;
    w.beginObject().key("file"_L1).value(file).key("error"_L1).value(error).endObject();
    return w.line();
}

} // namespace Randnotiz
