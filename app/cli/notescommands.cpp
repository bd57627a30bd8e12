#include "cli/notescommands.h"

#include "cli/commandline.h"

namespace Randnotiz {

// Placeholder until the annotation engine lands: the options exist, the commands say so.
int importNotesCommand(const CommandLine &, std::FILE *, std::FILE *err)
{
    std::fputs("randnotiz: --import-notes is not available in this build yet\n", err);
    return 2;
}

int exportNotesCommand(const CommandLine &, std::FILE *, std::FILE *err)
{
    std::fputs("randnotiz: --export-notes is not available in this build yet\n", err);
    return 2;
}

} // namespace Randnotiz
