// Opens a large article (default 5 MB, built from a sample) in the real MainWindow while a probe timer
// measures the longest time the GUI event loop did not run. Prints the longest stall, the time until the
// article's first paint and the size of the file; then the longest stalls while the window is resized and
// the text zoomed at the top of the article and in its middle, each until the layout has caught up, and
// whether the reader's place (the text at the top) was kept.
//   bench_openlarge [SAMPLE.txt] [MEGABYTES]
#include "articledocument.h"
#include "articletextview.h"
#include "articleview.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

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
    // Each phase: reset the probe, act, measure for a while, report.
    QList<std::pair<QString, std::pair<qint64, double>>> results;
    const auto phase = [&](const char *name, const std::function<void()> &act) {
        longest = 0;
        longestCpu = 0;
        sinceTick.restart();
        lastCpu = threadCpuMilliseconds();
        act();
        return QString::fromLatin1(name);
    };
    const auto record = [&](const QString &name) { results.append({ name, { longest, longestCpu } }); };
    // Whether the layout has caught up: the reader's place restored and the whole article laid out.
    const auto settled = [&window] {
        Randnotiz::ArticleView *view = window.currentView();
        return view->isComplete() && !view->textView()->isKeepingPlace()
            && view->document()->isLaidOutTo(view->document()->characterCount() - 1);
    };
    QObject::connect(&window, &Randnotiz::MainWindow::articlePainted, &app, [&] {
        painted = total.elapsed();
        // Keep measuring a little after the paint: layout that was put off must not stall either.
        QTimer::singleShot(1000, &app, [&] {
            record(QStringLiteral("open"));
            Randnotiz::ArticleTextView *text = window.currentView()->textView();
            QAction *zoomIn = window.findChild<QAction *>(QStringLiteral("zoomInAction"));
            QAction *zoomOut = window.findChild<QAction *>(QStringLiteral("zoomOutAction"));
            // The reader's place before a step, and whether the same text is at the top once it has settled.
            auto place = std::make_shared<int>(0);
            const auto kept = [text, place] {
                const QRect at = text->characterRect(*place);
                return QStringLiteral(", place kept: %1 (position %2 %3 px from the top)")
                    .arg(qAbs(at.top()) <= at.height() ? QStringLiteral("yes") : QStringLiteral("NO"))
                    .arg(*place)
                    .arg(at.top());
            };
            // Each step runs, then the loop is watched until the layout has caught up and 300 ms more; a step
            // without a name only sets up the next one (not measured).
            struct Step
            {
                const char *name;
                std::function<void()> act;
                bool checkPlace = false;
            };
            const QList<Step> steps = {
                { "resize-filling (1180 -> 800 px while the article still fills in)",
                  [&window] { window.resize(800, 700); } },
                { "resize-top (800 -> 1600 px)", [&window] { window.resize(1600, 900); }, true },
                { "zoom-top (in)", [zoomIn] { zoomIn->trigger(); }, true },
                { "zoom-top (out)", [zoomOut] { zoomOut->trigger(); }, true },
                { nullptr, [text] { text->verticalScrollBar()->setValue(text->verticalScrollBar()->maximum() / 2); } },
                { "resize-middle (1600 -> 1180 px)", [&window] { window.resize(1180, 780); }, true },
                { "zoom-middle (in)", [zoomIn] { zoomIn->trigger(); }, true },
                { "zoom-middle (out)", [zoomOut] { zoomOut->trigger(); }, true },
            };
            auto next = std::make_shared<std::function<void(int)>>();
            *next = [&app, &phase, &record, &settled, &total, text, place, kept, steps, next](int i) {
                if (i >= steps.size()) {
                    QCoreApplication::quit();
                    return;
                }
                const Step &step = steps.at(i);
                *place = text->firstVisiblePosition();
                const QString name = phase(step.name ? step.name : "", step.act);
                QElapsedTimer since;
                since.start();
                auto poll = std::make_shared<QTimer>();
                poll->setInterval(20);
                QObject::connect(
                    poll.get(), &QTimer::timeout, &app,
                    [&record, &settled, &total, step, name, i, next, poll, kept, since]() mutable {
                        if (!settled()) {
                            since.restart();
                            return;
                        }
                        if (since.elapsed() < 300)
                            return;
                        poll->stop();
                        if (step.name)
                            record(name + (step.checkPlace ? kept() : QString())
                                   + QStringLiteral(" (caught up %1 ms after the start)").arg(total.elapsed()));
                        QTimer::singleShot(0, poll.get(), [poll] {}); // keeps the timer alive
                        (*next)(i + 1);
                    });
                poll->start();
            };
            (*next)(0);
        });
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
    std::printf("file: %.2f MB\nfirst paint after: %lld ms\n", double(large.size()) / 1024 / 1024, painted);
    for (const auto &[name, stall] : std::as_const(results))
        std::printf("longest event-loop stall, %s: %lld ms (GUI thread busy for %.1f ms of it)\n", qPrintable(name),
                    stall.first, stall.second);
    return code;
}
