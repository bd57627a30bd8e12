// The command line of randnotiz: one option list for the window and the headless commands.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <cstdio>

namespace Randnotiz {

class CommandLine final
{
public:
    CommandLine();

    // Whether the arguments name a headless command (or --help / --version), decided by the same parser that
    // later runs the command, in every spelling it accepts (--export-notes md, --export-notes=md), and before
    // any QApplication exists, so that batch runs never need a display. arguments[0] is the program.
    static bool isHeadless(const QStringList &arguments);
    static bool isHeadless(int argc, char **argv);
    // Whether the arguments ask for --export-pdf: it needs QtGui's fonts and painting, but no display (the
    // offscreen platform), so main() runs it under a QGuiApplication.
    static bool isPdfExport(int argc, char **argv);

    // Parses the arguments; on --help, --version or a usage error it prints and exits like
    // QCommandLineParser::process().
    void process(const QStringList &arguments);

    QCommandLineParser &parser() { return m_parser; }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // Headless commands
    const QCommandLineOption dumpJson;
    const QCommandLineOption importNotes;
    const QCommandLineOption exportNotes;
    const QCommandLineOption prefetchSummaries;
    const QCommandLineOption index;
    const QCommandLineOption search;
    const QCommandLineOption persons;
    const QCommandLineOption forecasts;
    const QCommandLineOption exportPdf;
    const QCommandLineOption initStore; // URL of a PostgreSQL database: create or migrate the team store
    // Their modifiers
    const QCommandLineOption all;
    const QCommandLineOption output;
    const QCommandLineOption wikiBase;
    const QCommandLineOption offline;
    const QCommandLineOption dataDir;
    const QCommandLineOption limit;
    const QCommandLineOption zim; // repeatable: offline copies of Wikipedia, for the window and --prefetch-summaries
    const QCommandLineOption store; // a team store's postgresql:// address, for the window and the notes commands
    const QCommandLineOption share; // with --import-notes: the imported notes are shared with the team
    // The window
    const QCommandLineOption lang;
    const QCommandLineOption benchmarkStartup;
    const QCommandLineOption noRestore;

private:
    QCommandLineParser m_parser;
};

// Runs the headless command the arguments name and returns the process exit code.
int runHeadlessCommand(const QStringList &arguments, std::FILE *out = stdout, std::FILE *err = stderr);

} // namespace Randnotiz
