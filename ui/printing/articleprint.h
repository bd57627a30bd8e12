// ArticlePrint: an article laid out for paper, shared by File > Print, File > Export as PDF and --export-pdf:
// every part expanded, highlights in their colours, a superscript number at each note, the notes as numbered
// endnotes, and a footer with the file name and the page numbers on every page.
#pragma once

#include "article/article.h"
#include "article/articletext.h"
#include "notes/annotation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace Randnotiz {

struct PrintInput
{
    Article article;
    QString path; // the article's file; its name goes into the footer
    ArticleText text; // the plain text the annotations' offsets refer to; made from article when empty
    QList<Annotation> annotations; // in reading order
    ColorLabels labels;
};

class ArticlePrint final
{
    Q_DECLARE_TR_FUNCTIONS(Randnotiz::ArticlePrint)

public:
    // The document as it is printed, its margins sized for a device of dpi dots per inch. Every string in it
    // is inserted as plain text.
    static std::unique_ptr<QTextDocument> buildDocument(const PrintInput &input, qreal dpi = 96);

    // Lays the document out for the device's page and paints every page with its footer. False when the
    // device cannot be painted on (a printer that refused, a PDF file that cannot be written).
    static bool paint(QTextDocument &document, QPagedPaintDevice &device, const QString &fileName);

    // The whole job for a PDF file: build, paint, and write it through a temporary file so that OUT only
    // appears complete. error receives a one-line reason on failure.
    static bool writePdf(const PrintInput &input, const QString &outputPath, QString *error);

    // "page 2 of 5 · hafenstreik.txt", the footer of one page.
    static QString footerText(const QString &fileName, int page, int pages);
};

} // namespace Randnotiz
