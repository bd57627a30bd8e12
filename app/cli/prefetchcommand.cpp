#include "cli/prefetchcommand.h"

#include "cli/commandline.h"

namespace Randnotiz {

// Placeholder until the summary worker lands: the option exists, the command says so.
int prefetchSummariesCommand(const CommandLine &, std::FILE *, std::FILE *err)
{
    std::fputs("randnotiz: --prefetch-summaries is not available in this build yet\n", err);
    return 2;
}

} // namespace Randnotiz
