// --prefetch-summaries: fill the Wikipedia summary cache for articles, one JSON line per explanation.
#pragma once

#include "wiki/summary.h"

#include <QString>

#include <cstdio>

namespace Randnotiz {

class CommandLine;

// Exit code 0 when no line has status "error", 1 when one has, 2 for a usage error.
int prefetchSummariesCommand(const CommandLine &cli, std::FILE *out, std::FILE *err);

// The status word of the JSON contract for a final result: ok, cached, not_found, disambiguation,
// offline or error ("no_link" belongs to entries without a result).
QString prefetchStatusWord(const SummaryResult &result);

} // namespace Randnotiz
