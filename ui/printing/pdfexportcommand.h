// `randnotiz --export-pdf FILE -o OUT.pdf [--data-dir DIR]`: the printed article with its notes, written
// without a window (the offscreen platform is enough). Exit codes as for --export-notes.
#pragma once

#include <QString>

#include <cstdio>

namespace Randnotiz {

struct PdfExportRequest
{
    QString articlePath;
    QString output;
    QString dataDir; // empty = AnnotationStore::defaultDataDir()
    QString teamStore; // --store: a team store's postgresql:// address; empty = the local store
};

// 0 written, 1 failed, 2 usage, 3 OUT exists already.
int exportPdfCommand(const PdfExportRequest &request, std::FILE *err = stderr);

} // namespace Randnotiz
