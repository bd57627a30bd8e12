// Article files parsed on a thread pool ahead of the one thread that stores them: results are taken in the order
// the files were queued, while the pool goes on with the next ones, and at most a given number of bytes is
// parsed and not yet taken (a folder of large files does not fill the memory).
#pragma once

#include "article/ozdparser.h"
#include "library/indexrecord.h"

#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <deque>
#include <memory>
#include <optional>

class QThreadPool;

namespace Randnotiz {

class ParseAhead final
{
    Q_DISABLE_COPY_MOVE(ParseAhead)

public:
    struct Parsed
    {
        ParseResult result; // without its article when there is a record (ok() and error as parsed)
        std::optional<IndexRecord> record; // what the index stores of it, when the parse succeeded
    };

    // pool: used by this object alone while it lives.
    ParseAhead(QThreadPool *pool, qint64 limitBytes);
    ~ParseAhead(); // waits for the files being parsed

    void queue(const QString &path, qint64 size);
    // The result of the oldest queued file not taken yet (waits for it); there must be one.
    Parsed take();

private:
    struct Slot
    {
        QString path;
        qint64 size = 0;
        bool ready = false; // guarded by m_mutex
        Parsed parsed;
    };
    void startMore(); // with m_mutex held

    QThreadPool *m_pool;
    qint64 m_limit;
    qint64 m_inFlight = 0; // bytes of started files not taken yet
    std::size_t m_started = 0; // the slots before this one are started
    std::deque<std::unique_ptr<Slot>> m_slots;
    QMutex m_mutex;
    QWaitCondition m_finished;
};

} // namespace Randnotiz
