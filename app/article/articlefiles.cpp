#include "article/articlefiles.h"

#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace Randnotiz {

QStringList collectArticleFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, { QStringLiteral("*.txt") }, QDir::Files | QDir::Readable | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        std::sort(found.begin(), found.end());
        files.append(found);
    }
    return files;
}

} // namespace Randnotiz
