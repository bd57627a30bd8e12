// --import-notes and --export-notes: the annotation store from the command line.
#pragma once

#include <cstdio>

namespace Randnotiz {

class CommandLine;

int importNotesCommand(const CommandLine &cli, std::FILE *out, std::FILE *err);
int exportNotesCommand(const CommandLine &cli, std::FILE *out, std::FILE *err);

} // namespace Randnotiz
