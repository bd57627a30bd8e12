#include "cli/commandline.h"

#include "cli/dumpjson.h"
#include "cli/librarycommands.h"
#include "cli/notescommands.h"
#include "cli/prefetchcommand.h"
#include "cli/storecommands.h"

#include <QCoreApplication>

namespace Randnotiz {

namespace {

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
    , index(QStringLiteral("index"), tr("Add the folders or files PATH to the library and index them."))
    , search(QStringLiteral("search"), tr("Search the library for QUERY."), QStringLiteral("QUERY"))
    , persons(QStringLiteral("persons"), tr("List the persons and terms of the library."))
    , forecasts(QStringLiteral("forecasts"), tr("List the forecasts of the library with their verdicts."))
    , exportPdf(QStringLiteral("export-pdf"),
                tr("Write the article FILE as it reads, with its highlights and notes, to the PDF given with -o."),
                QStringLiteral("FILE"))
    , initStore(QStringLiteral("init-store"),
                tr("Create or update the team store's tables, role and access rules in the PostgreSQL database URL."),
                QStringLiteral("URL"))
    , all(QStringLiteral("all"), tr("With --export-notes: export the notes of every article."))
    , output({ QStringLiteral("o"), QStringLiteral("output") }, tr("Write the export to OUT instead of stdout."),
             QStringLiteral("OUT"))
    , wikiBase(QStringLiteral("wiki-base"),
               tr("Use URL instead of https://{lang}.wikipedia.org/api/rest_v1 (for mirrors and tests)."),
               QStringLiteral("URL"))
    , offline(QStringLiteral("offline"), tr("Never touch the network; use cached summaries only."))
    , dataDir(QStringLiteral("data-dir"), tr("Keep notes and caches in DIR instead of the default."),
              QStringLiteral("DIR"))
    , limit(QStringLiteral("limit"), tr("With --search: at most N hits (default 20)."), QStringLiteral("N"),
            QStringLiteral("20"))
    , zim(QStringLiteral("zim"), tr("Read summaries from FILE, an offline copy of Wikipedia (Kiwix ZIM); repeatable."),
          QStringLiteral("FILE"))
    , store(QStringLiteral("store"),
            tr("Keep the notes in the team store at the PostgreSQL address URL (postgresql://USER@HOST:PORT/DB, "
               "sslmode=... allowed; the password comes from ~/.pgpass, PGPASSWORD or PGSERVICE), for the window, "
               "--import-notes, --export-notes and --export-pdf. Default: the local notes store."),
            QStringLiteral("URL"))
    , share(QStringLiteral("share"),
            tr("With --import-notes and --store: the imported notes are shared with the team."))
    , lang(QStringLiteral("lang"), tr("Language of the window: de or en (default: system)."), QStringLiteral("LANG"))
    , benchmarkStartup(QStringLiteral("benchmark-startup"),
                       tr("Open FILE, quit after its first paint and print the milliseconds since start."),
                       QStringLiteral("FILE"))
    , noRestore(QStringLiteral("no-restore"), tr("Start without reopening the tabs of the last session."))
{
    m_parser.setApplicationDescription(tr("Randnotiz reads and annotates OZD-News articles."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({ dumpJson, importNotes, exportNotes, prefetchSummaries, index, search, persons, forecasts,
                          exportPdf, limit, all, output, wikiBase, offline, dataDir, lang, benchmarkStartup,
                          noRestore });
    m_parser.addOption(zim);
    m_parser.addOption(initStore);
    m_parser.addOptions({ store, share });
    m_parser.addPositionalArgument(QStringLiteral("PATH"), tr("Article files (or folders)."),
                                   QStringLiteral("[PATH...]"));
}

bool CommandLine::isHeadless(const QStringList &arguments)
{
    CommandLine cli;
    QCommandLineParser &parser = cli.m_parser;
    // A failed parse still sets what it recognised. Unknown options (QApplication takes -style, -platform ...)
    // are left to process(), in the window or in the command.
    parser.parse(arguments);
    for (const QCommandLineOption *command :
         { &cli.dumpJson, &cli.importNotes, &cli.exportNotes, &cli.prefetchSummaries, &cli.index, &cli.search,
           &cli.persons, &cli.forecasts, &cli.initStore }) {
        if (parser.isSet(*command))
            return true;
    }
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))
        || parser.isSet(QStringLiteral("version"));
}

bool CommandLine::isPdfExport(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    CommandLine cli;
    cli.m_parser.parse(arguments);
    return cli.m_parser.isSet(cli.exportPdf);
}

bool CommandLine::isHeadless(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return isHeadless(arguments);
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
    if (cli.isSet(cli.initStore))
        return initStoreCommand(cli.value(cli.initStore), out, err);
    if (cli.isSet(cli.index) || cli.isSet(cli.search) || cli.isSet(cli.persons) || cli.isSet(cli.forecasts)) {
        LibraryCommandOptions options;
        options.dataDir = cli.value(cli.dataDir);
        bool limitOk = false;
        options.limit = cli.value(cli.limit).toInt(&limitOk);
        if (!limitOk || options.limit < 1) {
            std::fputs("randnotiz: --limit takes a number of at least 1\n", err);
            return 2;
        }
        if (cli.isSet(cli.index))
            return indexCommand(cli.positional(), options, out, err);
        if (cli.isSet(cli.search))
            return searchCommand(cli.value(cli.search), options, out, err);
        if (cli.isSet(cli.persons))
            return personsCommand(options, out, err);
        return forecastsCommand(options, out, err);
    }
    std::fputs("randnotiz: no command given; see --help\n", err);
    return 2;
}

} // namespace Randnotiz
