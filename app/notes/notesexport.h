// Exports of annotations for other tools: Markdown (with YAML front matter), standalone HTML and CSV;
// W3C JSON-LD lives in w3cannotations.h. Also the one way every export reaches the disk.
#pragma once

#include "notes/w3cannotations.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

namespace Randnotiz {

enum class ExportFormat { Markdown, Html, Json, Csv };
std::optional<ExportFormat> exportFormatFromName(const QString &name); // md, html, json, csv

// Produces an export piece by piece: begin(), article() for each article, end(). Exporting every article
// then never holds all annotations, or the whole text, in memory at once. JSON is written at end().
class ExportStream final
{
public:
    // articleCount decides the header (one article or several); single is that one article, if one.
    ExportStream(ExportFormat format, int articleCount, const ArticleNotes *single, ColorLabels labels,
                 QDateTime exported);
    QByteArray begin();
    QByteArray article(const ArticleNotes &article);
    QByteArray end();

private:
    ExportFormat m_format;
    int m_count;
    QString m_title;
    QString m_path;
    QString m_fingerprint;
    ColorLabels m_labels;
    QDateTime m_exported;
    QList<ArticleNotes> m_json; // JSON is one document: kept until end()
};

class NotesExport final
{
    Q_DECLARE_TR_FUNCTIONS(Randnotiz::NotesExport)

public:
    static QByteArray markdown(const QList<ArticleNotes> &articles, const ColorLabels &labels,
                               const QDateTime &exported);
    static QByteArray html(const QList<ArticleNotes> &articles, const ColorLabels &labels, const QDateTime &exported);
    static QByteArray csv(const QList<ArticleNotes> &articles, const ColorLabels &labels);
    static QByteArray render(ExportFormat format, const QList<ArticleNotes> &articles, const ColorLabels &labels,
                             const QDateTime &exported);

    // randnotiz://open?file=...&fingerprint=...&annotation=... reopens the article at the annotation.
    static QUrl openLink(const ArticleNotes &article, const Annotation &annotation);
    static QString partTitle(Part part);

    // Writes through QSaveFile: the file is either complete or untouched. An existing file is only replaced
    // when overwrite is true.
    static bool writeFile(const QString &path, const QByteArray &data, bool overwrite, QString *error);
};

} // namespace Randnotiz
