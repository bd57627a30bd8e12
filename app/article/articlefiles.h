// Expands the PATH arguments of the batch commands into article files.
#pragma once

#include <QStringList>

namespace Randnotiz {

// Files are taken as given; folders are searched recursively for *.txt, sorted by path so that output
// order is stable. Paths that exist as neither stay in the list, so the caller reports them per file.
QStringList collectArticleFiles(const QStringList &paths);

} // namespace Randnotiz
