#include "cli/dumpjson.h"

#include "article/articlefiles.h"
#include "article/ozdparser.h"
#include "cli/articlejson.h"

#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace Randnotiz {

namespace {

struct Outcome
{
    QByteArray json;
    QByteArray error; // the stderr line, empty on success
    std::atomic<bool> done { false };
};

void dumpOne(const ArticleFileEntry &entry, Outcome &outcome)
{
    // A folder the scan could not read is reported like a file that could not be.
    const ParseResult result = entry.ok()
        ? OzdParser::parseFile(entry.path, entry.regular ? FileHint::ListedAsRegular : FileHint::None)
        : ParseResult { Article(), entry.error };
    outcome.json = result.ok() ? articleJsonLine(result.article) : fileErrorJsonLine(entry.path, result.error);
    if (!result.ok())
        outcome.error = "randnotiz: " + entry.path.toUtf8() + ": " + result.error.toUtf8() + '\n';
}

// Files are parsed on every core in input order, each thread taking the next one; the calling thread parses too
// and, between its files, prints whatever has become ready in order. Nothing waits at a batch's end for the
// slowest file, no thread is started more than once, and at most Window parsed files wait to be printed, so
// memory stays flat on huge folders.
class Pipeline final
{
public:
    static constexpr qsizetype Window = 256;

    Pipeline(const QList<ArticleFileEntry> &files, std::FILE *out, std::FILE *err)
        : m_files(files)
        , m_slots(size_t(std::min(Window, std::max<qsizetype>(files.size(), 1))))
        , m_out(out)
        , m_err(err)
    {
        m_buffer.reserve(2 * OutChunk);
    }

    // Parses files until none is left; the helpers return then, the calling thread goes on with finish().
    void work(bool printing)
    {
        for (;;) {
            const qsizetype i = m_next.fetch_add(1);
            if (i >= m_files.size())
                return;
            while (i >= m_printed.load() + qsizetype(m_slots.size())) {
                if (printing)
                    printNext(); // the file that holds up the window is a helper's
                else
                    waitForRoom(i);
            }
            Outcome &slot = m_slots[size_t(i) % m_slots.size()];
            dumpOne(m_files[i], slot);
            slot.done.store(true);
            if (printing)
                printReady();
            else if (m_printerWaiting.load())
                wake();
        }
    }

    // Prints what the helpers still parse, then the buffered rest. Returns whether any file failed.
    bool finish()
    {
        while (m_printed.load() < m_files.size())
            printNext();
        flushOut();
        std::fflush(m_out);
        return m_failed;
    }

private:
    void waitForRoom(qsizetype i)
    {
        std::unique_lock lock(m_mutex);
        ++m_helpersWaiting;
        m_changed.wait(lock, [&] { return i < m_printed.load() + qsizetype(m_slots.size()); });
        --m_helpersWaiting;
    }

    // Waits until the next file to print is parsed, then prints it and whatever is ready after it.
    void printNext()
    {
        const Outcome &slot = m_slots[size_t(m_printed.load()) % m_slots.size()];
        if (!slot.done.load()) {
            std::unique_lock lock(m_mutex);
            m_printerWaiting.store(true);
            m_changed.wait(lock, [&] { return slot.done.load(); });
            m_printerWaiting.store(false);
        }
        printReady();
    }

    void wake()
    {
        {
            const std::lock_guard lock(m_mutex); // the waiter has either not checked yet or is asleep
        }
        m_changed.notify_all();
    }

    // Only the calling thread prints.
    void printReady()
    {
        const qsizetype before = m_printed.load();
        qsizetype printed = before;
        while (printed < m_files.size()) {
            Outcome &slot = m_slots[size_t(printed) % m_slots.size()];
            if (!slot.done.load())
                break;
            if (slot.json.size() >= OutChunk) { // a huge article's line goes out as it is, not copied first
                flushOut();
                std::fwrite(slot.json.constData(), 1, size_t(slot.json.size()), m_out);
            } else {
                m_buffer += slot.json;
            }
            if (!slot.error.isEmpty()) {
                m_failed = true;
                flushOut(); // stdout and stderr keep their order when both go to one terminal
                std::fwrite(slot.error.constData(), 1, size_t(slot.error.size()), m_err);
            }
            slot.json = QByteArray();
            slot.error = QByteArray();
            slot.done.store(false);
            ++printed;
        }
        if (printed == before)
            return;
        m_printed.store(printed);
        if (m_buffer.size() >= OutChunk)
            flushOut();
        bool helpersWaiting = false;
        {
            const std::lock_guard lock(m_mutex);
            helpersWaiting = m_helpersWaiting > 0;
        }
        if (helpersWaiting)
            m_changed.notify_all();
    }

    // Lines go out in chunks: one write() per line was a tenth of the command's system time.
    void flushOut()
    {
        std::fwrite(m_buffer.constData(), 1, size_t(m_buffer.size()), m_out);
        m_buffer.truncate(0); // keeps the allocation; a new one each time was faulted in page by page again
    }

    static constexpr qsizetype OutChunk = 64 * 1024;

    const QList<ArticleFileEntry> &m_files;
    std::vector<Outcome> m_slots; // file i waits in slot i % Window until it is printed
    std::FILE *m_out;
    std::FILE *m_err;
    std::atomic<qsizetype> m_next { 0 }; // the next file to parse
    std::atomic<qsizetype> m_printed { 0 }; // files printed so far
    std::atomic<bool> m_printerWaiting { false };
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_helpersWaiting = 0; // guarded by m_mutex
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace

int dumpJsonCommand(const QStringList &paths, std::FILE *out, std::FILE *err)
{
    const QList<ArticleFileEntry> files = collectArticleFiles(paths);
    Pipeline pipeline(files, out, err);
    const int helpers = std::max(1, QThread::idealThreadCount()) - 1;
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, helpers));
    for (int t = 0; t < helpers; ++t)
        pool.start([&] { pipeline.work(false); });
    pipeline.work(true);
    const bool failed = pipeline.finish();
    pool.waitForDone();
    return failed ? 2 : 0;
}

} // namespace Randnotiz
