#include "wiki/summaryservice.h"

namespace Randnotiz {

SummaryService::SummaryService(const WikiConfig &config, QObject *parent, Start start)
    : QObject(parent)
    , m_worker(new SummaryWorker(config))
{
    qRegisterMetaType<Randnotiz::SummaryResult>();
    m_thread.setObjectName(QStringLiteral("Randnotiz summaries"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SummaryWorker::summaryReady, this, &SummaryService::summaryReady, Qt::QueuedConnection);
    connect(m_worker, &SummaryWorker::ownerFinished, this, &SummaryService::articleFinished, Qt::QueuedConnection);
    connect(m_worker, &SummaryWorker::requestSent, this, &SummaryService::requestSent, Qt::QueuedConnection);
    connect(m_worker, &SummaryWorker::titleSuggested, this, &SummaryService::titleSuggested, Qt::QueuedConnection);
    if (start == Start::Now)
        m_thread.start();
}

void SummaryService::start()
{
    if (!m_thread.isRunning())
        m_thread.start();
}

SummaryService::~SummaryService()
{
    // A service that was never started still owns its worker. Its thread never ran, so nothing of the worker
    // runs anywhere: it is deleted here (its queued requests with it) instead of starting a thread for that.
    if (!m_thread.isRunning() && !m_thread.isFinished()) {
        delete m_worker;
        return;
    }
    m_thread.quit();
    m_thread.wait();
}

void SummaryService::requestSummaries(const QString &articleId, const QList<WikiLink> &links)
{
    SummaryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, articleId, links] { worker->request(articleId, links); }, Qt::QueuedConnection);
}

void SummaryService::cancel(const QString &articleId)
{
    SummaryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, articleId] { worker->cancel(articleId); }, Qt::QueuedConnection);
}

void SummaryService::setConfig(const WikiConfig &config)
{
    SummaryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, config] { worker->setConfig(config); }, Qt::QueuedConnection);
}

void SummaryService::suggestTitles(const QString &lang, const QStringList &subjects)
{
    SummaryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, lang, subjects] { worker->suggestTitles(lang, subjects); }, Qt::QueuedConnection);
}

} // namespace Randnotiz
