#include "support/wikitestrig.h"

#include <QEventLoop>
#include <QTimer>

#include <algorithm>

namespace Randnotiz::Test {

WikiTestRig::WikiTestRig()
{
    if (!server.listen())
        qFatal("the fake Wikipedia server cannot listen");
    config.baseTemplate = server.baseTemplate();
    config.dataDir = dir.path();
    config.retryBaseDelayMs = 100;
}

WikiTestRig::~WikiTestRig()
{
    stop();
}

void WikiTestRig::start()
{
    stop();
    service = std::make_unique<SummaryService>(config);
    QObject::connect(service.get(), &SummaryService::summaryReady, service.get(),
                     [this](const SummaryResult &r) { results.append(r); });
    QObject::connect(service.get(), &SummaryService::articleFinished, service.get(),
                     [this](const QString &owner) { finished.append(owner); });
    QObject::connect(service.get(), &SummaryService::requestSent, service.get(),
                     [this](const QUrl &url) { sent.append(url); });
}

void WikiTestRig::stop()
{
    service.reset();
}

void WikiTestRig::useUnreachableServer()
{
    quint16 closedPort = 0;
    {
        FakeWikiServer gone;
        if (!gone.listen())
            qFatal("cannot start a server to find a free port");
        closedPort = gone.port();
    }
    config.baseTemplate = QStringLiteral("http://127.0.0.1:%1/{lang}/api/rest_v1").arg(closedPort);
}

bool WikiTestRig::syncWithWorker(int timeoutMs)
{
    const QString owner = QStringLiteral("sync %1").arg(++m_syncs);
    QEventLoop loop;
    QObject::connect(service.get(), &SummaryService::articleFinished, &loop, [&loop, owner](const QString &done) {
        if (done == owner)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    service->requestSummaries(owner, {});
    loop.exec();
    return hasFinished(owner);
}

WikiLink WikiTestRig::link(const QString &title, const QString &lang)
{
    const std::optional<WikiLink> l = WikiLink::fromTitle(lang, title);
    if (!l)
        qFatal("not a usable test title");
    return *l;
}

QList<SummaryResult> WikiTestRig::resultsFor(const WikiLink &link) const
{
    QList<SummaryResult> list;
    for (const SummaryResult &r : results) {
        if (r.articleUrl == link.url)
            list.append(r);
    }
    return list;
}

SummaryResult WikiTestRig::finalFor(const WikiLink &link) const
{
    const auto last = std::find_if(results.crbegin(), results.crend(), [&link](const SummaryResult &r) {
        return r.articleUrl == link.url && r.state != SummaryState::Loading;
    });
    return last == results.crend() ? SummaryResult() : *last;
}

} // namespace Randnotiz::Test
