// The library's headless commands: --index, --search, --persons and --forecasts. Each prints JSON Lines whose
// keys and status words are a public contract (README, "Library on the command line").
#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>

namespace Randnotiz {

struct LibraryCommandOptions
{
    QString dataDir; // empty = AnnotationStore::defaultDataDir()
    int limit = 20; // --search
};

// Adds the folders or files to the library, indexes them, one line per article file; 0, or 2 when some file
// could not be read, 1 when the index cannot be opened.
int indexCommand(const QStringList &paths, const LibraryCommandOptions &options, std::FILE *out, std::FILE *err);
int searchCommand(const QString &query, const LibraryCommandOptions &options, std::FILE *out, std::FILE *err);
int personsCommand(const LibraryCommandOptions &options, std::FILE *out, std::FILE *err);
int forecastsCommand(const LibraryCommandOptions &options, std::FILE *out, std::FILE *err);

} // namespace Randnotiz
