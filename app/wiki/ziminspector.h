// ZimInspector: reads what ZIM files say about themselves (language, article count, date, or why they are
// unusable) on a thread of its own, so that the settings dialog never waits on a large file.
#pragma once

#include "wiki/zimlibrary.h"

#include <QObject>
#include <QStringList>

namespace Randnotiz {

class ZimInspector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZimInspector)

public:
    // Starts reading paths; inspected() follows once per path (queued to receivers on other threads), then
    // finished(), and the inspector deletes itself.
    static ZimInspector *start(const QStringList &paths);

signals:
    void inspected(const Randnotiz::ZimInfo &info);
    void finished();

private:
    ZimInspector() = default;
    ~ZimInspector() override = default;
};

} // namespace Randnotiz
