#include "notes/notesexport.h"

#include "notes/exportescape.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSaveFile>
#include <QUrlQuery>

#include <map>

namespace Randnotiz {

namespace {

// Reading order of the parts in the plain text; orphans get a group of their own at the end.
constexpr std::array<Part, 7> partOrder { Part::Headline, Part::Body,        Part::Commentary, Part::Forecast,
                                          Part::Extra,    Part::Explanation, Part::Notes };

struct Group
{
    QString title;
    QList<const Annotation *> annotations;
};

QList<Group> groupsOf(const ArticleNotes &article)
{
    QList<Group> groups;
    for (const Part part : partOrder) {
        Group g { NotesExport::partTitle(part), {} };
        for (const Annotation &a : article.annotations) {
            if (a.status != AnchorStatus::Orphaned && a.part == part)
                g.annotations.append(&a);
        }
        if (!g.annotations.isEmpty())
            groups.append(g);
    }
    Group orphans { NotesExport::tr("Passages no longer in the text"), {} };
    for (const Annotation &a : article.annotations) {
        if (a.status == AnchorStatus::Orphaned)
            orphans.annotations.append(&a);
    }
    if (!orphans.annotations.isEmpty())
        groups.append(orphans);
    return groups;
}

// The text to show for an annotation: what stands there now, or what the user marked for an orphan.
QString shownQuote(const ArticleNotes &article, const Annotation &a)
{
    if (a.status == AnchorStatus::Orphaned || a.end > article.plainText.size())
        return a.quote;
    return article.plainText.mid(a.start, a.end - a.start);
}

// Everything of an open link but the annotation id, built once per article.
QString openLinkPrefix(const ArticleNotes &article)
{
    QString prefix = QStringLiteral("randnotiz://open?");
    if (!article.path.isEmpty())
        prefix += QStringLiteral("file=") + QString::fromLatin1(QUrl::toPercentEncoding(article.path)) + u'&';
    prefix += QStringLiteral("fingerprint=") + QString::fromLatin1(QUrl::toPercentEncoding(article.fingerprint))
        + QStringLiteral("&annotation=");
    return prefix;
}

QString yamlString(const QString &text)
{
    // A JSON string is a valid YAML double-quoted scalar.
    QString json = QString::fromUtf8(QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact));
    return json.mid(1, json.size() - 2);
}

QString htmlText(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u'\n', QStringLiteral("<br>\n"));
    return escaped;
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    if (name == QLatin1String("md") || name == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    if (name == QLatin1String("html"))
        return ExportFormat::Html;
    if (name == QLatin1String("json"))
        return ExportFormat::Json;
    if (name == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

QString NotesExport::partTitle(Part part)
{
    switch (part) {
    case Part::Headline:
        return NotesExport::tr("Headline");
    case Part::Body:
        return NotesExport::tr("Article");
    case Part::Commentary:
        return NotesExport::tr("Commentary");
    case Part::Forecast:
        return NotesExport::tr("Forecast");
    case Part::Explanation:
        return NotesExport::tr("Biographies and explanations");
    case Part::Notes:
        return NotesExport::tr("Notes and credits");
    case Part::Extra:
        return NotesExport::tr("Further sections");
    }
    return {};
}

QUrl NotesExport::openLink(const ArticleNotes &article, const Annotation &annotation)
{
    return QUrl::fromEncoded(QString(openLinkPrefix(article) + annotation.id.toString(QUuid::WithoutBraces)).toLatin1(),
                             QUrl::StrictMode);
}

ExportStream::ExportStream(ExportFormat format, int articleCount, const ArticleNotes *single, ColorLabels labels,
                           QDateTime exported)
    : m_format(format)
    , m_count(articleCount)
    , m_labels(std::move(labels))
    , m_exported(std::move(exported))
{
    if (single) {
        m_title = single->title;
        m_path = single->path;
        m_fingerprint = single->fingerprint;
    }
}

QByteArray ExportStream::begin()
{
    const bool one = m_count == 1;
    QString out;
    switch (m_format) {
    case ExportFormat::Markdown:
        out += QStringLiteral("---\n");
        if (one) {
            out += QStringLiteral("title: ") + yamlString(m_title) + u'\n';
            out += QStringLiteral("source: ") + yamlString(QStringLiteral("urn:sha256:") + m_fingerprint) + u'\n';
            out += QStringLiteral("file: ") + yamlString(m_path) + u'\n';
        } else {
            out += QStringLiteral("title: ") + yamlString(NotesExport::tr("Randnotiz notes")) + u'\n';
            out += QStringLiteral("articles: ") + QString::number(m_count) + u'\n';
        }
        out += QStringLiteral("exported: ") + yamlString(utcTimestamp(m_exported)) + u'\n';
        out += QStringLiteral("---\n");
        break;
    case ExportFormat::Html:
        out += QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
            "<meta name=\"generator\" content=\"Randnotiz\">\n<title>");
        out += (one ? m_title : NotesExport::tr("Randnotiz notes")).toHtmlEscaped()
            + QStringLiteral(
                   "</title>\n<style>\n"
                   "body{font-family:Georgia,'DejaVu Serif',serif;max-width:46em;margin:2em auto;padding:0 "
                   "1em;color:#222;"
                   "line-height:1.5}\n"
                   "h1{font-size:1.6em;margin-top:2em}h2{font-size:1.2em;border-bottom:1px solid "
                   "#ccc;margin-top:1.5em}\n"
                   ".meta{color:#666;font-size:.85em}.note{margin:1em 0;padding:.2em .8em;border-left:.4em solid #ccc;"
                   "break-inside:avoid}\n"
                   "blockquote{margin:.3em 0;font-style:italic}.text{white-space:normal}.tags{color:#245}\n"
                   ".yellow{border-color:#e6c300}.red{border-color:#d33}.green{border-color:#3a3}.blue{border-color:#"
                   "36c}"
                   ".purple{border-color:#93c}\n"
                   ".orphaned blockquote{text-decoration:line-through}\n"
                   "@media print{body{margin:0;max-width:none}a{color:inherit;text-decoration:none}}\n"
                   "</style>\n</head>\n<body>\n");
        out += QStringLiteral("<p class=\"meta\">")
            + NotesExport::tr("Exported %1").arg(utcTimestamp(m_exported).toHtmlEscaped()) + QStringLiteral("</p>\n");
        break;
    case ExportFormat::Csv:
        // author comes last, so that readers of the earlier columns by position go on working; it is empty for
        // the local store, whose notes have no author.
        out = QStringLiteral("id,article,section,status,quote,note,tags,color,created,modified,author\r\n");
        break;
    case ExportFormat::Json:
        break;
    }
    return out.toUtf8();
}

QByteArray ExportStream::article(const ArticleNotes &article)
{
    QString out;
    switch (m_format) {
    case ExportFormat::Markdown: {
        const QString linkPrefix = openLinkPrefix(article);
        out += QStringLiteral("\n# ") + escapeMarkdown(article.title) + u'\n';
        if (m_count > 1) {
            out += u'\n' + NotesExport::tr("File: %1").arg(escapeMarkdown(article.path)) + QStringLiteral("  \n")
                + NotesExport::tr("Source: %1").arg(QStringLiteral("urn:sha256:") + article.fingerprint) + u'\n';
        }
        for (const Group &group : groupsOf(article)) {
            out += QStringLiteral("\n## ") + escapeMarkdown(group.title) + u'\n';
            for (const Annotation *a : group.annotations) {
                out += u'\n';
                const QStringList quoteLines = shownQuote(article, *a).split(u'\n');
                for (const QString &line : quoteLines)
                    out += QStringLiteral("> ") + escapeMarkdown(line) + u'\n';
                if (!a->note.isEmpty()) {
                    out += u'\n';
                    const QStringList noteLines = a->note.split(u'\n');
                    for (const QString &line : noteLines)
                        out += escapeMarkdown(line.trimmed())
                            + (line.trimmed().isEmpty() ? QStringLiteral("\n") : QStringLiteral("  \n"));
                }
                if (!a->tags.isEmpty()) {
                    QStringList tags;
                    for (const QString &tag : a->tags) {
                        QString t = tag;
                        t.replace(u' ', u'-');
                        tags.append(u'#' + escapeMarkdown(t));
                    }
                    out += u'\n' + tags.join(u' ') + u'\n';
                }
                out += QStringLiteral("\n*") + escapeMarkdown(m_labels.describe(a->color)) + QStringLiteral(" · ")
                    + anchorStatusName(a->status) + QStringLiteral("* · ")
                    + (a->author.isEmpty() ? QString() : escapeMarkdown(a->author) + QStringLiteral(" · ")) + u'['
                    + NotesExport::tr("open in Randnotiz") + QStringLiteral("](<") + linkPrefix
                    + a->id.toString(QUuid::WithoutBraces) + QStringLiteral(">)\n");
            }
        }
        break;
    }
    case ExportFormat::Html: {
        const QString linkPrefix = openLinkPrefix(article).toHtmlEscaped();
        out += QStringLiteral("<article>\n<h1>") + article.title.toHtmlEscaped() + QStringLiteral("</h1>\n");
        out += QStringLiteral("<p class=\"meta\">") + article.path.toHtmlEscaped() + QStringLiteral("<br>urn:sha256:")
            + article.fingerprint.toHtmlEscaped() + QStringLiteral("</p>\n");
        for (const Group &group : groupsOf(article)) {
            out += QStringLiteral("<section>\n<h2>") + group.title.toHtmlEscaped() + QStringLiteral("</h2>\n");
            for (const Annotation *a : group.annotations) {
                out += QStringLiteral("<div class=\"note ") + colorName(a->color) + u' ' + anchorStatusName(a->status)
                    + QStringLiteral("\" id=\"") + a->id.toString(QUuid::WithoutBraces)
                    + QStringLiteral("\">\n<blockquote>") + htmlText(shownQuote(article, *a))
                    + QStringLiteral("</blockquote>\n");
                if (!a->note.isEmpty())
                    out += QStringLiteral("<p class=\"text\">") + htmlText(a->note) + QStringLiteral("</p>\n");
                if (!a->tags.isEmpty()) {
                    QStringList tags;
                    for (const QString &tag : a->tags)
                        tags.append(u'#' + tag.toHtmlEscaped());
                    out += QStringLiteral("<p class=\"tags\">") + tags.join(u' ') + QStringLiteral("</p>\n");
                }
                out += QStringLiteral("<p class=\"meta\">") + m_labels.describe(a->color).toHtmlEscaped()
                    + QStringLiteral(" · ") + anchorStatusName(a->status) + QStringLiteral(" · ")
                    + utcTimestamp(a->modified)
                    + (a->author.isEmpty() ? QString() : QStringLiteral(" · ") + a->author.toHtmlEscaped())
                    + QStringLiteral(" · <a href=\"") + linkPrefix + a->id.toString(QUuid::WithoutBraces)
                    + QStringLiteral("\">") + NotesExport::tr("open in Randnotiz").toHtmlEscaped()
                    + QStringLiteral("</a></p>\n</div>\n");
            }
            out += QStringLiteral("</section>\n");
        }
        out += QStringLiteral("</article>\n");
        break;
    }
    case ExportFormat::Csv:
        for (const Annotation &a : article.annotations) {
            const QStringList fields {
                a.id.toString(QUuid::WithoutBraces),
                csvField(article.title, true),
                partName(a.part),
                anchorStatusName(a.status),
                csvField(shownQuote(article, a), true),
                csvField(a.note, true),
                csvField(a.tags.join(QStringLiteral("; ")), true),
                csvField(m_labels.describe(a.color), true),
                utcTimestamp(a.created),
                utcTimestamp(a.modified),
                csvField(a.author, true),
            };
            out += fields.join(u',') + QStringLiteral("\r\n");
        }
        break;
    case ExportFormat::Json:
        m_json.append(article);
        break;
    }
    return out.toUtf8();
}

QByteArray ExportStream::end()
{
    switch (m_format) {
    case ExportFormat::Html:
        return QByteArrayLiteral("</body>\n</html>\n");
    case ExportFormat::Json:
        return W3cAnnotations::exportJson(m_json, m_labels);
    case ExportFormat::Markdown:
    case ExportFormat::Csv:
        break;
    }
    return {};
}

QByteArray NotesExport::markdown(const QList<ArticleNotes> &articles, const ColorLabels &labels,
                                 const QDateTime &exported)
{
    return render(ExportFormat::Markdown, articles, labels, exported);
}

QByteArray NotesExport::html(const QList<ArticleNotes> &articles, const ColorLabels &labels, const QDateTime &exported)
{
    return render(ExportFormat::Html, articles, labels, exported);
}

QByteArray NotesExport::csv(const QList<ArticleNotes> &articles, const ColorLabels &labels)
{
    return render(ExportFormat::Csv, articles, labels, {});
}

QByteArray NotesExport::render(ExportFormat format, const QList<ArticleNotes> &articles, const ColorLabels &labels,
                               const QDateTime &exported)
{
    ExportStream stream(format, int(articles.size()), articles.size() == 1 ? &articles.first() : nullptr, labels,
                        exported);
    QByteArray result = stream.begin();
    for (const ArticleNotes &article : articles)
        result += stream.article(article);
    result += stream.end();
    return result;
}

bool NotesExport::writeFile(const QString &path, const QByteArray &data, bool overwrite, QString *error)
{
    if (!overwrite && QFileInfo::exists(path)) {
        *error = NotesExport::tr("%1 exists already; it is not replaced").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = NotesExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        *error = NotesExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace Randnotiz
