// --dump-json: every article as one line of JSON, parsed on all cores, printed in input order.
#pragma once

#include <QStringList>

#include <cstdio>

namespace Randnotiz {

// Returns 0 when every file parsed, 2 when any could not be read.
int dumpJsonCommand(const QStringList &paths, std::FILE *out, std::FILE *err);

} // namespace Randnotiz
