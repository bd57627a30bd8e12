#include "printing/pdfexportcommand.h"

#include "article/ozdparser.h"
#include "notes/storefactory.h"
#include "printing/articleprint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Randnotiz {

namespace {

class PdfExportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Randnotiz::PdfExportCommand)
};

void say(std::FILE *err, const QString &message)
{
    std::fprintf(err, "randnotiz: %s\n", message.toLocal8Bit().constData());
}

} // namespace

int exportPdfCommand(const PdfExportRequest &request, std::FILE *err)
{
    if (request.articlePath.isEmpty() || request.output.isEmpty() || request.output == QLatin1String("-")) {
        say(err, PdfExportCommand::tr("--export-pdf needs one article FILE and -o OUT.pdf"));
        return 2;
    }
    if (QFileInfo::exists(request.output)) {
        say(err,
            PdfExportCommand::tr("%1 exists already; choose another name or remove it first")
                .arg(QDir::toNativeSeparators(request.output)));
        return 3;
    }
    const ParseResult parsed = OzdParser::parseFile(request.articlePath);
    if (!parsed.ok()) {
        say(err, request.articlePath + QStringLiteral(": ") + parsed.error);
        return 1;
    }
    const std::unique_ptr<NotesStore> opening
        = StoreFactory::create(StoreLocation { request.dataDir, request.teamStore });
    NotesStore &store = *opening;
    if (!store.open()) {
        say(err, store.errorString());
        return 1;
    }
    if (!store.recoveryMessage().isEmpty())
        say(err, store.recoveryMessage());
    // Re-anchored against the file as it is now; an article the store does not know is printed without notes
    // and is not added by printing it.
    const OpenedArticle opened = store.openArticle(parsed.article, request.articlePath, false);
    PrintInput input { parsed.article, request.articlePath, opened.text, opened.annotations, store.colorLabels() };
    QString error;
    if (!ArticlePrint::writePdf(input, request.output, &error)) {
        say(err, error);
        return 1;
    }
    return 0;
}

} // namespace Randnotiz
