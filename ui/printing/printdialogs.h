// The window's way to paper: File > Print (QPrintDialog), Print Preview (QPrintPreviewDialog) and Export as
// PDF (a file dialog, then ArticlePrint::writePdf). All three lay the article out with ArticlePrint.
#pragma once

#include "printing/articleprint.h"

#include <QCoreApplication>

class QWidget;

namespace Randnotiz {

class PrintDialogs final
{
    Q_DECLARE_TR_FUNCTIONS(Randnotiz::PrintDialogs)

public:
    static void print(QWidget *parent, const PrintInput &input);
    static void preview(QWidget *parent, const PrintInput &input);
    // Asks for a file (proposing the article's name with .pdf in folder) and writes it; returns the path
    // written, or an empty string when the user cancelled or writing failed (after saying why).
    static QString exportPdf(QWidget *parent, const PrintInput &input, const QString &folder);
};

} // namespace Randnotiz
