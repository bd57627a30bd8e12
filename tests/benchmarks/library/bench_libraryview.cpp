// The library view on a large index: opens the real LibraryPanel with its LibraryService on DATA_DIR (made
// with `randnotiz --index`), as the window does, while a 1 ms probe timer measures the longest time the GUI
// event loop did not run. Prints the time until the table first paints rows, the time until all of the
// library is in its model, the longest stall until then (and 500 ms after), the longest stall while the table
// is scrolled from the top to the last row (pages fetched on the way), and the resident memory.
//   bench_libraryview DATA_DIR [ROWS_PER_STEP=200]
#include "library/librarypanel.h"
#include "library/libraryservice.h"
#include "models/librarymodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

namespace {

// On a loaded machine a stall can be the thread waiting for a CPU; its own CPU time tells the two apart.
double threadCpuMilliseconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

double currentRssMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0) : 0;
}

double peakRssMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// Notes the first paint of the table's viewport that shows rows.
class PaintWatch final : public QObject
{
public:
    PaintWatch(QTableView *table, QElapsedTimer *clock)
        : m_table(table)
        , m_clock(clock)
    { }
    qint64 firstRows = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && firstRows < 0 && m_table->model()->rowCount() > 0)
            firstRows = m_clock->elapsed();
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_table;
    QElapsedTimer *m_clock;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: bench_libraryview DATA_DIR [ROWS_PER_STEP=200]\n", stderr);
        return 2;
    }
    const QString dataDir = QString::fromLocal8Bit(argv[1]);
    const int rowsPerStep = argc > 2 ? QByteArray(argv[2]).toInt() : 200;
    int expected = 0;
    {
        Randnotiz::LibraryIndex index;
        if (!index.open(dataDir) || (expected = index.articleCount()) == 0) {
            std::fputs("no library index with articles in DATA_DIR; run randnotiz --index first\n", stderr);
            return 1;
        }
    }
    const double rssBefore = peakRssMegabytes();

    QElapsedTimer clock;
    clock.start();
    qint64 longest = 0;
    double longestCpu = 0;
    double lastCpu = threadCpuMilliseconds();
    QElapsedTimer sinceTick;
    sinceTick.start();
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
    probe.start();

    // As LibraryController builds it: the service starts its thread, the panel shows what it sends.
    auto *service = new Randnotiz::LibraryService(dataDir);
    Randnotiz::LibraryPanel panel(service);
    service->setParent(&panel);
    panel.resize(1200, 800);
    panel.show();
    auto *table = panel.findChild<QTableView *>(QStringLiteral("libraryTable"));
    if (!table) {
        std::fputs("the library panel has no table named libraryTable\n", stderr);
        return 1;
    }
    PaintWatch watch(table, &clock);
    table->viewport()->installEventFilter(&watch);

    qint64 openStall = 0;
    double openStallCpu = 0;
    int steps = 0;
    qint64 scrollStart = 0;
    bool failed = false;
    QTimer step;
    step.setInterval(0);
    QObject::connect(&step, &QTimer::timeout, &app, [&] {
        // Scroll by ROWS_PER_STEP rows each turn of the event loop, as a held Page Down key or a dragged
        // scroll bar does, until the last row is shown and nothing is left to fetch.
        QScrollBar *bar = table->verticalScrollBar();
        Randnotiz::LibraryModel *model = panel.model();
        if (bar->value() >= bar->maximum() && !model->canFetchMore({})) {
            step.stop();
            std::printf("scroll top to bottom: %d rows in %d steps, %lld ms; longest stall %lld ms"
                        " (%.1f ms of it on the CPU)\n",
                        model->rowCount(), steps, qint64(clock.elapsed() - scrollStart), qint64(longest), longestCpu);
            QCoreApplication::quit();
            return;
        }
        ++steps;
        // The scroll bar counts rows (ScrollPerItem, the table's default) or pixels.
        const int unit = table->verticalScrollMode() == QAbstractItemView::ScrollPerItem
            ? 1
            : std::max(1, table->verticalHeader()->defaultSectionSize());
        bar->setValue(std::min(bar->maximum(), bar->value() + rowsPerStep * unit));
    });

    // The first rows may be a first page of the library; scrolling starts when all of it is in the model.
    qint64 allRows = -1;
    qint64 firstRowsTotal = 0;
    QTimer waitRows;
    waitRows.setInterval(5);
    QObject::connect(&waitRows, &QTimer::timeout, &app, [&] {
        if (watch.firstRows >= 0 && firstRowsTotal == 0)
            firstRowsTotal = panel.model()->totalCount();
        if (watch.firstRows < 0 || panel.model()->totalCount() < expected) {
            if (clock.elapsed() > 120000) {
                std::fputs("the library was not shown within two minutes\n", stderr);
                failed = true;
                QCoreApplication::quit();
            }
            return;
        }
        waitRows.stop();
        allRows = clock.elapsed();
        // Keep watching a little after the last snapshot: work put off until then must not stall either.
        QTimer::singleShot(500, &app, [&] {
            openStall = longest;
            openStallCpu = longestCpu;
            std::printf("first rows shown: %lld ms after the panel was created (%lld articles in the model)\n",
                        qint64(watch.firstRows), firstRowsTotal);
            std::printf("all %d articles in the model: %lld ms\n", expected, allRows);
            std::printf("opening: longest stall %lld ms (%.1f ms of it on the CPU); resident memory %.0f MB\n",
                        qint64(openStall), openStallCpu, currentRssMegabytes());
            longest = 0;
            longestCpu = 0;
            sinceTick.restart();
            lastCpu = threadCpuMilliseconds();
            scrollStart = clock.elapsed();
            step.start();
        });
    });
    waitRows.start();

    const int rc = QApplication::exec();
    std::printf("resident memory: %.0f MB at the end, %.0f MB at the peak (%.0f MB before the panel)\n",
                currentRssMegabytes(), peakRssMegabytes(), rssBefore);
    return failed ? 1 : rc;
}
