#include "cli/dumpjson.h"

#include "article/articlefiles.h"
#include "article/ozdparser.h"
#include "cli/articlejson.h"

#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <vector>

namespace Randnotiz {

namespace {

struct Outcome
{
    QByteArray json;
    QByteArray error; // the stderr line, empty on success
};

Outcome dumpOne(const ArticleFileEntry &entry)
{
    // A folder the scan could not read is reported like a file that could not be.
    const ParseResult result = entry.ok() ? OzdParser::parseFile(entry.path) : ParseResult { Article(), entry.error };
    Outcome outcome;
    outcome.json = result.ok() ? articleJsonLine(result.article) : fileErrorJsonLine(entry.path, result.error);
    if (!result.ok())
        outcome.error = "randnotiz: " + entry.path.toUtf8() + ": " + result.error.toUtf8() + '\n';
    return outcome;
}

} // namespace

int dumpJsonCommand(const QStringList &paths, std::FILE *out, std::FILE *err)
{
    const QList<ArticleFileEntry> files = collectArticleFiles(paths);
    const int threads = std::max(1, QThread::idealThreadCount());
    QThreadPool pool;
    pool.setMaxThreadCount(threads);

    // Batches keep memory flat on huge folders while both cores stay busy; output keeps input order.
    constexpr qsizetype BatchSize = 256;
    bool failed = false;
    for (qsizetype begin = 0; begin < files.size(); begin += BatchSize) {
        const qsizetype count = std::min(BatchSize, files.size() - begin);
        std::vector<Outcome> outcomes(static_cast<size_t>(count));
        std::atomic<qsizetype> next { 0 };
        for (int t = 0; t < threads; ++t) {
            pool.start([&] {
                for (qsizetype i = next++; i < count; i = next++)
                    outcomes[size_t(i)] = dumpOne(files[begin + i]);
            });
        }
        pool.waitForDone();
        for (const Outcome &outcome : outcomes) {
            std::fwrite(outcome.json.constData(), 1, size_t(outcome.json.size()), out);
            if (!outcome.error.isEmpty()) {
                failed = true;
                std::fwrite(outcome.error.constData(), 1, size_t(outcome.error.size()), err);
            }
        }
    }
    std::fflush(out);
    return failed ? 2 : 0;
}

} // namespace Randnotiz
