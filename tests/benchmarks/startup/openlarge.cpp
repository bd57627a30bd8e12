// Opens a large article (default 5 MB, built from a sample) in the real MainWindow while a probe timer
// measures the longest time the GUI event loop did not run. Prints the longest stall, the time until the
// article's first paint and the size of the file.
//   bench_openlarge [SAMPLE.txt] [MEGABYTES]
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

// On a loaded machine a stall can be the thread waiting for a CPU; its own CPU time tells the two apart.
double threadCpuMilliseconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RandnotizBenchmark"));
    const QString samplePath = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const double megabytes = argc > 2 ? QByteArray(argv[2]).toDouble() : 5.0;

    QByteArray sample;
    QFile in(samplePath);
    if (samplePath.isEmpty() || !in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "usage: bench_openlarge SAMPLE.txt [MEGABYTES]\n");
        return 2;
    }
    sample = in.readAll();
    // Body paragraphs repeated until the size is reached, then the rest of the sample (commentary, entries ...).
    const qsizetype firstLine = sample.indexOf('\n') + 1;
    const qsizetype credit = sample.indexOf("OZD / ");
    const QByteArray headline = sample.left(firstLine);
    const QByteArray body = sample.mid(firstLine, credit - firstLine);
    const QByteArray rest = sample.mid(credit);
    QByteArray large = headline;
    while (large.size() + rest.size() < qsizetype(megabytes * 1024 * 1024))
        large += body;
    large += rest;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gross.txt"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(large) != large.size())
        return 1;
    out.close();

    Randnotiz::MainWindow window;
    window.show();

    QElapsedTimer sinceTick;
    QElapsedTimer total;
    qint64 longest = 0;
    double longestCpu = 0; // CPU time the GUI thread spent inside the longest stall
    double lastCpu = 0;
    qint64 painted = -1;
    QTimer probe;
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const double cpu = threadCpuMilliseconds();
        if (sinceTick.elapsed() > longest) {
            longest = sinceTick.elapsed();
            longestCpu = cpu - lastCpu;
        }
        lastCpu = cpu;
        sinceTick.restart();
    });
    QObject::connect(&window, &Randnotiz::MainWindow::articlePainted, &app, [&] {
        painted = total.elapsed();
        // Keep measuring a little after the paint: layout that was put off must not stall either.
        QTimer::singleShot(1000, &app, &QCoreApplication::quit);
    });
    QObject::connect(&window, &Randnotiz::MainWindow::openFailed, &app, [](const QString &, const QString &error) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error));
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(200, &app, [&] {
        sinceTick.start();
        lastCpu = threadCpuMilliseconds();
        total.start();
        probe.start();
        window.openFile(path);
    });
    const int code = QApplication::exec();
    std::printf("file: %.2f MB\nfirst paint after: %lld ms\nlongest event-loop stall: %lld ms "
                "(GUI thread busy for %.1f ms of it)\n",
                double(large.size()) / 1024 / 1024, painted, longest, longestCpu);
    return code;
}
