#include "library/parseahead.h"

#include <QThreadPool>

namespace Randnotiz {

ParseAhead::ParseAhead(QThreadPool *pool, qint64 limitBytes)
    : m_pool(pool)
    , m_limit(limitBytes)
{ }

ParseAhead::~ParseAhead()
{
    // Files not started yet are not parsed any more; every started task has returned (not only stored its
    // result) before the mutex and the slots go.
    m_pool->clear();
    m_pool->waitForDone();
}

void ParseAhead::queue(const QString &path, qint64 size)
{
    auto slot = std::make_unique<Slot>();
    slot->path = path;
    slot->size = size;
    QMutexLocker lock(&m_mutex);
    m_slots.push_back(std::move(slot));
    startMore();
}

void ParseAhead::startMore()
{
    for (; m_started < m_slots.size(); ++m_started) {
        Slot *slot = m_slots.at(m_started).get();
        // At least one file is always being parsed, however large.
        if (m_inFlight > 0 && m_inFlight + slot->size > m_limit)
            return;
        m_inFlight += slot->size;
        // The parser is reentrant: it keeps what it remembers per thread.
        m_pool->start([this, slot] {
            Parsed parsed;
            parsed.result = OzdParser::parseFile(slot->path);
            if (parsed.result.ok()) {
                parsed.record = IndexRecord::of(parsed.result.article);
                parsed.result.article = {}; // the record is all that is stored: freed here, not by the taker
            }
            QMutexLocker lock(&m_mutex);
            slot->parsed = std::move(parsed);
            slot->ready = true;
            m_finished.wakeAll();
        });
    }
}

ParseAhead::Parsed ParseAhead::take()
{
    QMutexLocker lock(&m_mutex);
    Q_ASSERT(!m_slots.empty());
    Slot *slot = m_slots.front().get();
    if (m_started == 0) // nothing is being parsed: the oldest starts now
        startMore();
    while (!slot->ready)
        m_finished.wait(&m_mutex);
    Parsed parsed = std::move(slot->parsed);
    m_inFlight -= slot->size;
    m_slots.pop_front();
    --m_started;
    startMore();
    return parsed;
}

} // namespace Randnotiz
