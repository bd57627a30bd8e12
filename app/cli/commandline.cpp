#include "cli/commandline.h"

#include "cli/dumpjson.h"
#include "cli/notescommands.h"
#include "cli/prefetchcommand.h"

#include <QCoreApplication>

#include <cstring>

namespace Randnotiz {

namespace {

const char *const headlessFlags[] = { "--dump-json",          "--import-notes", "--export-notes",
                                      "--prefetch-summaries", "--help",         "-h",
                                      "--help-all",           "--version",      "-v" };

QString tr(const char *text)
{
    return QCoreApplication::translate("Randnotiz::CommandLine", text); // the context lupdate gives these strings
}

} // namespace

CommandLine::CommandLine()
    : dumpJson(QStringLiteral("dump-json"), tr("Print each article in PATH (files or folders) as one JSON line."))
    , importNotes(QStringLiteral("import-notes"), tr("Attach the W3C annotations in NOTES.json to the article FILE."),
                  QStringLiteral("NOTES.json"))
    , exportNotes(QStringLiteral("export-notes"), tr("Export the notes of FILE as md, html, json or csv."),
                  QStringLiteral("FORMAT"))
    , prefetchSummaries(QStringLiteral("prefetch-summaries"),
                        tr("Fetch and cache the Wikipedia summaries linked from the articles in PATH."))
    , all(QStringLiteral("all"), tr("With --export-notes: export the notes of every article."))
    , output({ QStringLiteral("o"), QStringLiteral("output") }, tr("Write the export to OUT instead of stdout."),
             QStringLiteral("OUT"))
    , wikiBase(QStringLiteral("wiki-base"),
               tr("Use URL instead of https://{lang}.wikipedia.org/api/rest_v1 (for mirrors and tests)."),
               QStringLiteral("URL"))
    , offline(QStringLiteral("offline"), tr("Never touch the network; use cached summaries only."))
    , dataDir(QStringLiteral("data-dir"), tr("Keep notes and caches in DIR instead of the default."),
              QStringLiteral("DIR"))
    , zim(QStringLiteral("zim"), tr("Read summaries from FILE, an offline copy of Wikipedia (Kiwix ZIM); repeatable."),
          QStringLiteral("FILE"))
    , lang(QStringLiteral("lang"), tr("Language of the window: de or en (default: system)."), QStringLiteral("LANG"))
    , benchmarkStartup(QStringLiteral("benchmark-startup"),
                       tr("Open FILE, quit after its first paint and print the milliseconds since start."),
                       QStringLiteral("FILE"))
{
    m_parser.setApplicationDescription(tr("Randnotiz reads and annotates OZD-News articles."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({ dumpJson, importNotes, exportNotes, prefetchSummaries, all, output, wikiBase, offline,
                          dataDir, lang, benchmarkStartup });
    m_parser.addOption(zim);
    m_parser.addPositionalArgument(QStringLiteral("PATH"), tr("Article files (or folders)."),
                                   QStringLiteral("[PATH...]"));
}

bool CommandLine::isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        for (const char *flag : headlessFlags) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

void CommandLine::process(const QStringList &arguments)
{
    m_parser.process(arguments);
}

int runHeadlessCommand(const QStringList &arguments, std::FILE *out, std::FILE *err)
{
    CommandLine cli;
    cli.process(arguments);
    if (cli.isSet(cli.dumpJson)) {
        if (cli.positional().isEmpty()) {
            std::fputs("randnotiz: --dump-json needs at least one file or folder\n", err);
            return 2;
        }
        return dumpJsonCommand(cli.positional(), out, err);
    }
    if (cli.isSet(cli.importNotes))
        return importNotesCommand(cli, out, err);
    if (cli.isSet(cli.exportNotes))
        return exportNotesCommand(cli, out, err);
    if (cli.isSet(cli.prefetchSummaries))
        return prefetchSummariesCommand(cli, out, err);
    std::fputs("randnotiz: no command given; see --help\n", err);
    return 2;
}

} // namespace Randnotiz
