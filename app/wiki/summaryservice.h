// SummaryService: the GUI thread's handle on the summary worker. It owns the worker's thread; calls return at
// once and results arrive as queued signals, so the caller's event loop never waits on the network.
#pragma once

#include "article/wikilink.h"
#include "wiki/summary.h"
#include "wiki/summaryworker.h"
#include "wiki/wikiconfig.h"

#include <QList>
#include <QObject>
#include <QThread>

namespace Randnotiz {

class SummaryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryService)

public:
    enum class Start { Now, Later };
    // Start::Later: requests wait, queued, until start() runs the worker's thread (the window starts it after
    // the first paint of an article).
    explicit SummaryService(const WikiConfig &config, QObject *parent = nullptr, Start start = Start::Now);
    void start();
    bool isStarted() const { return m_thread.isRunning(); }
    ~SummaryService() override; // stops the thread: quit() + wait()

    // Prefetches every link of an article (or tab). Results come through summaryReady, then
    // articleFinished(articleId) once all are answered.
    void requestSummaries(const QString &articleId, const QList<WikiLink> &links);
    // The tab closed: pending requests that no other article wants are dropped.
    void cancel(const QString &articleId);
    void setConfig(const WikiConfig &config);
    // Asks the offline copies of lang for close titles to subjects (entries without a link); answers come
    // through titleSuggested, on the worker's thread's schedule.
    void suggestTitles(const QString &lang, const QStringList &subjects);

signals:
    void summaryReady(const Randnotiz::SummaryResult &result);
    void articleFinished(const QString &articleId);
    void requestSent(const QUrl &url);
    void titleSuggested(const QString &subject, const Randnotiz::WikiLink &link);

private:
    QThread m_thread;
    SummaryWorker *m_worker = nullptr; // lives on m_thread, deleted there when it finishes
};

} // namespace Randnotiz
