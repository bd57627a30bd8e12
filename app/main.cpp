#include "cli/commandline.h"
#include "cli/instancechannel.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "notes/annotationstore.h"
#include "printing/pdfexportcommand.h"
#include "readersettings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

// Milliseconds since the kernel started this process (so that loading libraries counts too);
// falls back to the time since main() where /proc is not available.
double millisecondsSinceProcessStart(const QElapsedTimer &sinceMain)
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        // Field 22 (starttime) counts from the end of the command name, which may contain spaces.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        timespec now {};
        if (fields.size() > 19 && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
            const double started = fields.at(19).toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK));
            return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - started;
        }
    }
    return double(sinceMain.nsecsElapsed()) / 1e6;
}

// --lang wins, then the language chosen in the window, then the system locale.
QString chosenLanguage(const QString &option)
{
    if (option == QLatin1String("de") || option == QLatin1String("en"))
        return option;
    return Randnotiz::LanguageSwitcher::resolve(Randnotiz::ReaderSettings::language());
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QCoreApplication::setOrganizationName(QStringLiteral("Randnotiz"));
    QCoreApplication::setApplicationName(QStringLiteral("randnotiz"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RANDNOTIZ_VERSION));

    // --export-pdf paints, but needs no display: the offscreen platform unless the caller chose another.
    if (Randnotiz::CommandLine::isPdfExport(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        Randnotiz::CommandLine cli;
        cli.process(QCoreApplication::arguments());
        if (!cli.positional().isEmpty()) {
            std::fprintf(stderr, "randnotiz: --export-pdf takes one article FILE and -o OUT.pdf\n");
            return 2;
        }
        return Randnotiz::exportPdfCommand({ cli.value(cli.exportPdf),
                                             cli.isSet(cli.output) ? cli.value(cli.output) : QString(),
                                             cli.value(cli.dataDir), cli.value(cli.store) });
    }

    // Batch commands must run on machines without a display, so they never create a QApplication.
    if (Randnotiz::CommandLine::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        return Randnotiz::runHeadlessCommand(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Randnotiz"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.randnotiz.Randnotiz"));
    Randnotiz::CommandLine cli;
    cli.process(QCoreApplication::arguments());

    const QString langOption = cli.value(cli.lang);
    if (cli.isSet(cli.lang) && langOption != QLatin1String("de") && langOption != QLatin1String("en")) {
        std::fprintf(stderr, "randnotiz: --lang takes de or en\n");
        return 2;
    }
    Randnotiz::LanguageSwitcher::apply(chosenLanguage(langOption));

    // One window per user and data folder: a second start hands its files and links to the running one (which
    // also comes to the front when there are none) and quits. Measuring start-up always starts a window.
    const bool benchmark = cli.isSet(cli.benchmarkStartup);
    const QString dataDir
        = cli.isSet(cli.dataDir) ? cli.value(cli.dataDir) : Randnotiz::AnnotationStore::defaultDataDir();
    const QString instanceName = Randnotiz::InstanceChannel::socketPath(dataDir);
    QString channelProblem; // a channel that cannot be trusted is not used: said once, below
    if (!benchmark && Randnotiz::InstanceChannel::sendToRunning(instanceName, cli.positional(), 2000, &channelProblem))
        return 0;

    Randnotiz::WikiOptions wikiOptions;
    wikiOptions.dataDir = cli.value(cli.dataDir);
    wikiOptions.baseTemplate = cli.value(cli.wikiBase);
    wikiOptions.offline = cli.isSet(cli.offline);
    wikiOptions.zimFiles = cli.values(cli.zim);
    wikiOptions.teamStore = cli.value(cli.store);
    Randnotiz::MainWindow window(wikiOptions);
    Randnotiz::InstanceServer instanceServer;
    if (benchmark) {
        QObject::connect(&window, &Randnotiz::MainWindow::articlePainted, &app, [&sinceMain, &window] {
            std::printf("%.1f\n", millisecondsSinceProcessStart(sinceMain));
            std::fflush(stdout);
            // Start-up ends at the first paint, as the QLabel program's does. What the window queued for after it
            // (opening the store, starting the worker, keeping the file in the recent list) is not start-up and
            // does not run. exit(), not quit(): quit() closes the window, which would keep this file as the
            // reader's session.
            QCoreApplication::removePostedEvents(&window, QEvent::MetaCall);
            QCoreApplication::exit(0);
        });
        QObject::connect(&window, &Randnotiz::MainWindow::openFailed, &app,
                         [](const QString &path, const QString &error) {
                             std::fprintf(stderr, "randnotiz: %s: %s\n", qPrintable(path), qPrintable(error));
                             QCoreApplication::exit(1);
                         });
        window.openFile(cli.value(cli.benchmarkStartup));
    } else {
        // Without the channel the window still works; later starts then open windows of their own.
        if (!instanceServer.listen(instanceName) && channelProblem.isEmpty())
            channelProblem = instanceServer.errorString();
        if (!channelProblem.isEmpty())
            std::fprintf(stderr, "randnotiz: %s\n", qPrintable(channelProblem));
        QObject::connect(&instanceServer, &Randnotiz::InstanceServer::argumentsReceived, &window,
                         [&window](const QStringList &arguments) {
                             window.handleArguments(arguments);
                             if (window.isMinimized())
                                 window.showNormal();
                             window.raise();
                             window.activateWindow();
                         });
        // Files, folders, file:// URLs (the desktop file passes %U) and randnotiz:// links after the last session.
        window.startUp(cli.positional(), !cli.isSet(cli.noRestore));
    }
    window.show();
    return QApplication::exec();
}
