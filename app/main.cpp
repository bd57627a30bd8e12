#include "cli/commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Randnotiz"));
    QCoreApplication::setApplicationName(QStringLiteral("randnotiz"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RANDNOTIZ_VERSION));

    // Batch commands must run on machines without a display, so they never create a QApplication.
    if (Randnotiz::CommandLine::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        return Randnotiz::runHeadlessCommand(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Randnotiz"));
    Randnotiz::CommandLine cli;
    cli.process(QCoreApplication::arguments());

    Randnotiz::MainWindow window;
    const QStringList files = cli.positional();
    if (files.isEmpty())
        window.openSample();
    for (const QString &file : files)
        window.openFile(file);
    window.show();
    return QApplication::exec();
}
