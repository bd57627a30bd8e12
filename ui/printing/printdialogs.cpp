#include "printing/printdialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace Randnotiz {

namespace {

// File names and reasons are plain text, never markup.
void warn(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void paintOn(QPrinter &printer, const PrintInput &input, QWidget *parent)
{
    const auto document = ArticlePrint::buildDocument(input, printer.resolution());
    if (!ArticlePrint::paint(*document, printer, QFileInfo(input.path).fileName()))
        warn(parent, PrintDialogs::tr("Print"), PrintDialogs::tr("The printer could not be used."));
}

} // namespace

void PrintDialogs::print(QWidget *parent, const PrintInput &input)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(input.article.headline());
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printDialog"));
    if (dialog.exec() == QDialog::Accepted)
        paintOn(printer, input, parent);
}

void PrintDialogs::preview(QWidget *parent, const PrintInput &input)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(input.article.headline());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, parent,
                     [&input, parent](QPrinter *target) { paintOn(*target, input, parent); });
    dialog.exec();
}

QString PrintDialogs::exportPdf(QWidget *parent, const PrintInput &input, const QString &folder)
{
    const QString proposed = QDir(folder.isEmpty() ? QDir::homePath() : folder)
                                 .filePath(QFileInfo(input.path).completeBaseName() + QStringLiteral(".pdf"));
    const QString path
        = QFileDialog::getSaveFileName(parent, tr("Export as PDF"), proposed, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    QString error;
    if (!ArticlePrint::writePdf(input, path, &error)) {
        warn(parent, tr("Export as PDF"), error);
        return {};
    }
    return path;
}

} // namespace Randnotiz
