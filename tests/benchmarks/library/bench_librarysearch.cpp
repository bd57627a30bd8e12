// Search latency of the library index: opens DATA_DIR/library.sqlite (made with `randnotiz --index`) and runs
// one- and two-word queries drawn from the indexed text, printing the median and 95th percentile.
// Usage: bench_librarysearch DATA_DIR [QUERIES=200]
#include "library/libraryindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Randnotiz;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: bench_librarysearch DATA_DIR [QUERIES=200]\n", stderr);
        return 2;
    }
    const int queries = args.size() > 2 ? args.at(2).toInt() : 200;
    QElapsedTimer openTimer;
    openTimer.start();
    LibraryIndex index;
    if (!index.open(args.at(1))) {
        std::fprintf(stderr, "%s\n", qPrintable(index.errorString()));
        return 1;
    }
    const double openMs = double(openTimer.nsecsElapsed()) / 1e6;
    // Words from headlines, so that every query finds something and some find a lot.
    QStringList words;
    for (const LibraryArticle &a : index.articles(0, 2000)) {
        for (const QString &w : a.headline.split(u' ', Qt::SkipEmptyParts)) {
            if (w.size() >= 4)
                words.append(w.toLower());
        }
    }
    if (words.isEmpty()) {
        std::fputs("the index has no articles; run randnotiz --index first\n", stderr);
        return 1;
    }
    QRandomGenerator random(42);
    for (int wordsPerQuery : { 1, 2 }) {
        QList<double> times;
        qsizetype hits = 0;
        for (int i = 0; i < queries; ++i) {
            QString query;
            for (int w = 0; w < wordsPerQuery; ++w)
                query += words.at(random.bounded(int(words.size()))) + u' ';
            QElapsedTimer timer;
            timer.start();
            hits += index.search(query, 20).size();
            times.append(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        std::printf("%d-word queries: median %.2f ms, p95 %.2f ms, max %.2f ms (%lld hits in %d queries)\n",
                    wordsPerQuery, times.at(times.size() / 2), times.at(int(times.size() * 0.95)), times.last(),
                    qint64(hits), queries);
    }
    std::printf("open: %.2f ms, %d articles\n", openMs, index.articleCount());
    return 0;
}
