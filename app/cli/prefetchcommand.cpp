#include "cli/prefetchcommand.h"

#include "article/articlefiles.h"
#include "article/ozdparser.h"
#include "cli/commandline.h"
#include "wiki/summaryworker.h"
#include "wiki/wikiclient.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Randnotiz {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

void writeLine(std::FILE *out, const QJsonObject &line)
{
    const QByteArray json = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, size_t(json.size()), out);
}

QJsonObject emptyLine(const QString &file)
{
    return QJsonObject { { QStringLiteral("file"), file },
                         { QStringLiteral("subject"), QJsonValue::Null },
                         { QStringLiteral("url"), QJsonValue::Null },
                         { QStringLiteral("status"), QJsonValue::Null },
                         { QStringLiteral("title"), QJsonValue::Null },
                         { QStringLiteral("description"), QJsonValue::Null },
                         { QStringLiteral("extract"), QJsonValue::Null },
                         { QStringLiteral("thumbnail"), false },
                         { QStringLiteral("fetched_at"), QJsonValue::Null },
                         { QStringLiteral("error"), QJsonValue::Null } };
}

} // namespace

QString prefetchStatusWord(const SummaryResult &result)
{
    switch (result.state) {
    case SummaryState::Loaded:
        if (result.summary.local)
            return QStringLiteral("local");
        return result.summary.fromCache ? QStringLiteral("cached") : QStringLiteral("ok");
    case SummaryState::NotFound:
        return QStringLiteral("not_found");
    case SummaryState::Disambiguation:
        return QStringLiteral("disambiguation");
    case SummaryState::Offline:
        // Offline with a stored copy still served the summary.
        return result.summary.title.isEmpty() ? QStringLiteral("offline") : QStringLiteral("cached");
    case SummaryState::NotLoaded:
    case SummaryState::Loading:
    case SummaryState::Error:
        break;
    }
    return QStringLiteral("error");
}

int prefetchSummariesCommand(const CommandLine &cli, std::FILE *out, std::FILE *err)
{
    if (cli.positional().isEmpty()) {
        std::fputs("randnotiz: --prefetch-summaries needs at least one file or folder\n", err);
        return 2;
    }
    WikiConfig config;
    config.offline = cli.isSet(cli.offline);
    if (cli.isSet(cli.dataDir))
        config.dataDir = cli.value(cli.dataDir);
    config.zimFiles = cli.values(cli.zim);
    if (cli.isSet(cli.wikiBase)) {
        config.baseTemplate = cli.value(cli.wikiBase);
        const QUrl probe = WikiClient::apiBase(config, QStringLiteral("de"));
        if (!probe.isValid() || probe.host().isEmpty()
            || (probe.scheme() != QLatin1String("https") && probe.scheme() != QLatin1String("http"))) {
            std::fputs("randnotiz: --wiki-base must be an http or https URL, e.g. "
                       "http://127.0.0.1:8080/{lang}/api/rest_v1\n",
                       err);
            return 2;
        }
    }

    struct Parsed
    {
        QString file;
        ParseResult result;
    };
    QList<Parsed> parsed;
    for (const ArticleFileEntry &entry : collectArticleFiles(cli.positional())) {
        // A folder the scan could not read is reported like a file that could not be.
        parsed.append(Parsed {
            entry.path, entry.ok() ? OzdParser::parseFile(entry.path) : ParseResult { Article(), entry.error } });
    }

    // One worker on this thread: the command has nothing else to do while it waits.
    SummaryWorker worker(config);
    // A broken offline copy is named once; the others and the network still answer.
    QObject::connect(&worker, &SummaryWorker::offlineCopiesOpened, &worker, [err](const QList<ZimInfo> &copies) {
        for (const ZimInfo &info : copies) {
            if (!info.ok) {
                const QByteArray message = "randnotiz: " + info.error.toUtf8() + '\n';
                std::fwrite(message.constData(), 1, size_t(message.size()), err);
            }
        }
    });
    worker.openOfflineCopies();
    QHash<QUrl, SummaryResult> results;
    QSet<QString> waiting;
    QEventLoop loop;
    QObject::connect(&worker, &SummaryWorker::summaryReady, &loop, [&results](const SummaryResult &r) {
        if (r.state != SummaryState::Loading)
            results.insert(r.articleUrl, r);
    });
    QObject::connect(&worker, &SummaryWorker::ownerFinished, &loop, [&waiting, &loop](const QString &owner) {
        waiting.remove(owner);
        if (waiting.isEmpty())
            loop.quit();
    });
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        if (!parsed[i].result.ok())
            continue;
        QList<WikiLink> links;
        for (const Explanation &e : parsed[i].result.article.explanations()) {
            if (e.wikipedia)
                links.append(*e.wikipedia);
        }
        const QString owner = QString::number(i);
        waiting.insert(owner);
        worker.request(owner, links);
    }
    if (!waiting.isEmpty())
        loop.exec();

    bool failed = false;
    for (const Parsed &p : std::as_const(parsed)) {
        if (!p.result.ok()) {
            QJsonObject line = emptyLine(p.file);
            line.insert(QStringLiteral("status"), QStringLiteral("error"));
            line.insert(QStringLiteral("error"), p.result.error);
            writeLine(out, line);
            const QByteArray message = "randnotiz: " + p.file.toUtf8() + ": " + p.result.error.toUtf8() + '\n';
            std::fwrite(message.constData(), 1, size_t(message.size()), err);
            failed = true;
            continue;
        }
        for (const Explanation &e : p.result.article.explanations()) {
            QJsonObject line = emptyLine(p.file);
            line.insert(QStringLiteral("subject"), e.subject);
            if (!e.wikipedia) {
                line.insert(QStringLiteral("status"), QStringLiteral("no_link"));
                writeLine(out, line);
                continue;
            }
            line.insert(QStringLiteral("url"), e.wikipedia->url.toString(QUrl::FullyEncoded));
            const auto found = results.constFind(e.wikipedia->url);
            SummaryResult r;
            if (found != results.cend()) {
                r = *found;
            } else {
                r.state = SummaryState::Error;
                r.error = QStringLiteral("no answer");
            }
            const QString status = prefetchStatusWord(r);
            failed = failed || status == QLatin1String("error");
            line.insert(QStringLiteral("status"), status);
            const bool served = status == QLatin1String("ok") || status == QLatin1String("cached")
                || status == QLatin1String("local") || status == QLatin1String("disambiguation");
            if (served) {
                line.insert(QStringLiteral("title"), textOrNull(r.summary.title));
                line.insert(QStringLiteral("description"), textOrNull(r.summary.description));
                line.insert(QStringLiteral("extract"), textOrNull(r.summary.extract));
            }
            line.insert(QStringLiteral("thumbnail"), !r.summary.thumbnail.isEmpty());
            if (r.summary.fetchedAt.isValid())
                line.insert(QStringLiteral("fetched_at"), r.summary.fetchedAt.toUTC().toString(Qt::ISODate));
            if (status == QLatin1String("error") || status == QLatin1String("offline"))
                line.insert(QStringLiteral("error"), textOrNull(r.error));
            writeLine(out, line);
        }
    }
    std::fflush(out);
    return failed ? 1 : 0;
}

} // namespace Randnotiz
