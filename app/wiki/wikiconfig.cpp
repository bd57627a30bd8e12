#include "wiki/wikiconfig.h"

#include <QStandardPaths>

namespace Randnotiz {

QString WikiConfig::cacheDirectory() const
{
    if (!dataDir.isEmpty())
        return dataDir;
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

} // namespace Randnotiz
