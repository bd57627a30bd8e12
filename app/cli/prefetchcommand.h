// --prefetch-summaries: fill the Wikipedia summary cache for articles, one JSON line per explanation.
#pragma once

#include <cstdio>

namespace Randnotiz {

class CommandLine;

int prefetchSummariesCommand(const CommandLine &cli, std::FILE *out, std::FILE *err);

} // namespace Randnotiz
