// A SummaryService pointed at a FakeWikiServer with a temporary data folder, recording everything it emits.
#pragma once

#include "support/fakewikiserver.h"
#include "wiki/summaryservice.h"

#include <QList>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Randnotiz::Test {

class WikiTestRig final
{
public:
    WikiTestRig();
    ~WikiTestRig();
    Q_DISABLE_COPY_MOVE(WikiTestRig)

    // Starts (or restarts) the service with the current config.
    void start();
    void stop();

    static WikiLink link(const QString &title, const QString &lang = QStringLiteral("de"));
    // Points the config at a port where nothing listens any more (connection refused).
    void useUnreachableServer();

    // The last result for a link that is not Loading (a default result when there is none yet).
    SummaryResult finalFor(const WikiLink &link) const;
    QList<SummaryResult> resultsFor(const WikiLink &link) const;
    bool hasFinished(const QString &owner) const { return finished.contains(owner); }
    // Returns once the worker has handled every call made on the service before (an empty request is
    // answered at once and in order); false when it did not within timeoutMs.
    bool syncWithWorker(int timeoutMs = 10000);

    QTemporaryDir dir;
    FakeWikiServer server;
    WikiConfig config;
    std::unique_ptr<SummaryService> service;
    QList<SummaryResult> results;
    QList<QUrl> sent;
    QStringList finished;

private:
    int m_syncs = 0;
};

} // namespace Randnotiz::Test
