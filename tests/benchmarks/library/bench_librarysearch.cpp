// Search latency of the library index: opens DATA_DIR/library.sqlite (made with `randnotiz --index`) and runs
// one- and two-word queries drawn from the indexed text, printing the median and 95th percentile. Given the
// indexed folder, it also times `grep -rli WORD FOLDER` for some of the same words, side by side.
// Usage: bench_librarysearch DATA_DIR [QUERIES=200] [CORPUS_DIR]
#include "library/libraryindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Randnotiz;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: bench_librarysearch DATA_DIR [QUERIES=200] [CORPUS_DIR]\n", stderr);
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
    double oneWordMedian = 0;
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
        // The first search of an open index also reads every article's length for the ranking (bm25rank.h):
        // counted with the others, and shown on its own.
        if (wordsPerQuery == 1)
            std::printf("first search after open: %.2f ms\n", times.first());
        std::sort(times.begin(), times.end());
        if (wordsPerQuery == 1)
            oneWordMedian = times.at(times.size() / 2);
        std::printf("%d-word queries: median %.2f ms, p95 %.2f ms, max %.2f ms (%lld hits in %d queries)\n",
                    wordsPerQuery, times.at(times.size() / 2), times.at(int(times.size() * 0.95)), times.last(),
                    qint64(hits), queries);
    }
    std::printf("open: %.2f ms, %d articles\n", openMs, index.articleCount());
    // What the library view's snapshot reads, one part after the other.
    QElapsedTimer part;
    part.start();
    const qsizetype articleRows = index.articles().size();
    const double articlesMs = double(part.nsecsElapsed()) / 1e6;
    part.restart();
    const qsizetype subjectRows = index.subjects().size();
    const double subjectsMs = double(part.nsecsElapsed()) / 1e6;
    part.restart();
    const qsizetype forecastRows = index.forecasts().size();
    const double forecastsMs = double(part.nsecsElapsed()) / 1e6;
    std::printf("snapshot reads: articles() %.0f ms (%lld), subjects() %.0f ms (%lld), forecasts() %.0f ms (%lld)\n",
                articlesMs, qint64(articleRows), subjectsMs, qint64(subjectRows), forecastsMs, qint64(forecastRows));

    if (args.size() > 3) {
        // grep reads every file for every word; a few words are enough (one run takes seconds on 100,000).
        QList<double> grepTimes;
        QRandomGenerator grepRandom(7);
        for (int i = 0; i < 5; ++i) {
            const QString word = words.at(grepRandom.bounded(int(words.size())));
            QProcess grep;
            grep.setStandardOutputFile(QProcess::nullDevice());
            QElapsedTimer timer;
            timer.start();
            grep.start(QStringLiteral("grep"), { QStringLiteral("-rli"), word, args.at(3) });
            if (!grep.waitForFinished(-1) || grep.exitStatus() != QProcess::NormalExit) {
                std::fputs("grep did not run\n", stderr);
                return 1;
            }
            grepTimes.append(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(grepTimes.begin(), grepTimes.end());
        const double grepMedian = grepTimes.at(grepTimes.size() / 2);
        std::printf("grep -rli WORD: median %.0f ms over 5 words; 1-word search median is 1/%.0f of it\n", grepMedian,
                    grepMedian / std::max(oneWordMedian, 0.001));
    }
    return 0;
}
