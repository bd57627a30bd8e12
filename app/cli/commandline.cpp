#include "cli/commandline.h"

#include "cli/dumpjson.h"

#include <QCoreApplication>

#include <cstring>

namespace Randnotiz {

namespace {

const char *const headlessFlags[] = {"--dump-json", "--help", "-h", "--help-all", "--version", "-v"};

} // namespace

CommandLine::CommandLine()
    : dumpJson(QStringLiteral("dump-json"),
               QCoreApplication::translate("CommandLine",
                                           "Print each article in PATH (files or folders) as one JSON line."))
    , dataDir(QStringLiteral("data-dir"),
              QCoreApplication::translate("CommandLine", "Keep notes and caches in DIR instead of the default."),
              QStringLiteral("DIR"))
    , lang(QStringLiteral("lang"),
           QCoreApplication::translate("CommandLine", "Language of the window: de or en (default: system)."),
           QStringLiteral("LANG"))
{
    m_parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Randnotiz reads and annotates OZD-News articles."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({dumpJson, dataDir, lang});
    m_parser.addPositionalArgument(QStringLiteral("PATH"),
                                   QCoreApplication::translate("CommandLine", "Article files (or folders)."),
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
    std::fputs("randnotiz: no command given; see --help\n", err);
    return 2;
}

} // namespace Randnotiz
