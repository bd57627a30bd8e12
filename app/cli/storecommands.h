// --init-store URL: an administrator creates or migrates the team store's schema on PostgreSQL.
#pragma once

#include <QString>

#include <cstdio>

namespace Randnotiz {

int initStoreCommand(const QString &url, std::FILE *out, std::FILE *err);

} // namespace Randnotiz
