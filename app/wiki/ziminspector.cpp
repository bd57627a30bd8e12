#include "wiki/ziminspector.h"

#include <QThread>

namespace Randnotiz {

ZimInspector *ZimInspector::start(const QStringList &paths)
{
    qRegisterMetaType<Randnotiz::ZimInfo>();
    auto *inspector = new ZimInspector;
    QThread *thread = QThread::create([inspector, paths] {
        for (const QString &path : paths)
            Q_EMIT inspector->inspected(ZimLibrary::inspect(path));
    });
    // The inspector lives on the starting thread; its signals reach receivers there after the reading is done.
    connect(thread, &QThread::finished, inspector, [inspector, thread] {
        Q_EMIT inspector->finished();
        thread->deleteLater();
        inspector->deleteLater();
    });
    thread->start();
    return inspector;
}

} // namespace Randnotiz
