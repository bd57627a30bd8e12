// ArticleLoader: reads and parses article files on a worker thread, so that the window never waits for a parse.
#pragma once

#include "article/articletext.h"
#include "article/ozdparser.h"

#include <QObject>
#include <QThread>

namespace Randnotiz {

// The worker. It lives on ArticleLoader's thread; its results come back as queued signals.
class ArticleParseWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleParseWorker)

public:
    using QObject::QObject;
    ~ArticleParseWorker() override = default;

public slots:
    void parseFile(quint64 request, const QString &path);
    void parseBytes(quint64 request, const QByteArray &bytes, const QString &name);

signals:
    // text: the article's plain text for annotations (empty when parsing failed), made here too so that
    // the window does not compute it for a large article.
    void parsed(quint64 request, const QString &path, const Randnotiz::ParseResult &result,
                const Randnotiz::ArticleText &text);
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

signals:
    void finished(quint64 request, const QString &path, const Randnotiz::ParseResult &result,
                  const Randnotiz::ArticleText &text);

private:
    QThread m_thread;
    ArticleParseWorker *m_worker = nullptr;
    quint64 m_next = 0;
};

} // namespace Randnotiz
