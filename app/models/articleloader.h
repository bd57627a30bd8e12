// ArticleLoader: reads and parses article files on a worker thread, so that the window never waits for a parse.
#pragma once

#include "article/articlefiles.h"
#include "article/articletext.h"
#include "article/ozdparser.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace Randnotiz {

// The worker. It lives on ArticleLoader's thread; its results come back as queued signals.
class ArticleParseWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleParseWorker)

public:
    // stop, when set, ends a folder scan early and makes further requests do nothing (the window is closing).
    explicit ArticleParseWorker(const std::atomic<bool> *stop = nullptr, QObject *parent = nullptr)
        : QObject(parent)
        , m_stop(stop)
    { }
    ~ArticleParseWorker() override = default;

public slots:
    void parseFile(quint64 request, const QString &path);
    void parseBytes(quint64 request, const QByteArray &bytes, const QString &name);
    void scanPaths(quint64 request, const QStringList &paths);

signals:
    // The files and folders of scanPaths() expanded into article files (collectArticleFiles()).
    void scanned(quint64 request, const QList<Randnotiz::ArticleFileEntry> &entries);
    // text: the article's plain text for annotations (empty when parsing failed), made here too so that
    // the window does not compute it for a large article.
    void parsed(quint64 request, const QString &path, const Randnotiz::ParseResult &result,
                const Randnotiz::ArticleText &text);

private:
    bool stopping() const { return m_stop && m_stop->load(); }

    const std::atomic<bool> *m_stop = nullptr;
};

// The owner: starts the thread, hands out request ids and stops the thread on destruction.
class ArticleLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleLoader)

public:
    explicit ArticleLoader(QObject *parent = nullptr);
    ~ArticleLoader() override;

    // Both return the id that the matching finished() signal carries.
    quint64 loadFile(const QString &path);
    quint64 loadBytes(const QByteArray &bytes, const QString &name);
    // Expands files and folders into article files on the thread (a large tree never stalls the window);
    // returns the id that the matching scanned() signal carries.
    quint64 scanPaths(const QStringList &paths);

signals:
    void finished(quint64 request, const QString &path, const Randnotiz::ParseResult &result,
                  const Randnotiz::ArticleText &text);
    void scanned(quint64 request, const QList<Randnotiz::ArticleFileEntry> &entries);

private:
    std::atomic<bool> m_stop { false }; // declared before the thread: it outlives the worker
    QThread m_thread;
    ArticleParseWorker *m_worker = nullptr;
    quint64 m_next = 0;
};

} // namespace Randnotiz
