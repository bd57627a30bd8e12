// Benchmark of the summary worker: 6 linked pages behind a server with 300 ms latency must all arrive within
// 2.5 x the latency (3 at a time: 2 rounds), and a cached reopen must have them within 50 ms.
// Usage: benchmark_summaries [runs] [latency-ms]
#include "support/fakewikiserver.h"
#include "wiki/summaryservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Randnotiz;
using Randnotiz::Test::FakeWikiServer;

namespace {

// Milliseconds from the call (or from creating the service) until every link has a final result on this thread.
qint64 timeUntilAllArrive(const WikiConfig &config, const QList<WikiLink> &links, bool includeStartup)
{
    QElapsedTimer clock;
    clock.start();
    SummaryService service(config);
    if (!includeStartup)
        clock.restart();
    QSet<QUrl> done;
    QEventLoop loop;
    QObject::connect(&service, &SummaryService::summaryReady, &loop, [&](const SummaryResult &r) {
        if (r.state != SummaryState::Loading)
            done.insert(r.articleUrl);
        if (done.size() == links.size())
            loop.quit();
    });
    service.requestSummaries(QStringLiteral("bench"), links);
    loop.exec();
    return clock.elapsed();
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int runs = args.size() > 1 ? args.at(1).toInt() : 7;
    const int latency = args.size() > 2 ? args.at(2).toInt() : 300;

    QThread serverThread;
    auto *server = new FakeWikiServer;
    server->setLatencyMs(latency);
    QList<WikiLink> links;
    for (int i = 0; i < 6; ++i) {
        const QString title = QStringLiteral("Person %1").arg(i);
        server->addPage(QStringLiteral("de"), title, FakeWikiServer::Page());
        links.append(*WikiLink::fromTitle(QStringLiteral("de"), title));
    }
    server->moveToThread(&serverThread);
    QObject::connect(&serverThread, &QThread::finished, server, &QObject::deleteLater);
    serverThread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        server, [&] { listening = server->listen(); }, Qt::BlockingQueuedConnection);
    if (!listening)
        qFatal("cannot listen");

    QList<qint64> cold;
    QList<qint64> cached;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        WikiConfig config;
        config.baseTemplate = server->baseTemplate();
        config.dataDir = dir.path();
        cold.append(timeUntilAllArrive(config, links, false));
        cached.append(timeUntilAllArrive(config, links, true));
    }
    serverThread.quit();
    serverThread.wait();

    const qint64 coldMedian = median(cold);
    const qint64 coldMax = *std::max_element(cold.cbegin(), cold.cend());
    const qint64 cachedMedian = median(cached);
    const qint64 cachedMax = *std::max_element(cached.cbegin(), cached.cend());
    std::printf("latency %d ms, 6 linked pages, %d runs\n", latency, runs);
    std::printf("network: median %lld ms, max %lld ms (limit %d ms = 2.5 x latency)\n", coldMedian, coldMax,
                latency * 5 / 2);
    std::printf("cached reopen (new service, SQLite opened): median %lld ms, max %lld ms (limit 50 ms)\n", cachedMedian,
                cachedMax);
    const bool ok = coldMax <= latency * 5 / 2 && cachedMax <= 50;
    std::printf("%s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
