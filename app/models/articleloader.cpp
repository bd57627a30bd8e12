#include "models/articleloader.h"

#include <QMetaObject>

namespace Randnotiz {

namespace {

ArticleText plainTextOf(const ParseResult &result)
{
    return result.ok() ? ArticleText(result.article) : ArticleText();
}

} // namespace

void ArticleParseWorker::parseFile(quint64 request, const QString &path)
{
    if (stopping())
        return;
    const ParseResult result = OzdParser::parseFile(path);
    emit parsed(request, path, result, plainTextOf(result));
}

void ArticleParseWorker::parseBytes(quint64 request, const QByteArray &bytes, const QString &name)
{
    if (stopping())
        return;
    const ParseResult result = OzdParser::parseBytes(bytes, name);
    emit parsed(request, name, result, plainTextOf(result));
}

void ArticleParseWorker::scanPaths(quint64 request, const QStringList &paths)
{
    if (stopping())
        return;
    const QList<ArticleFileEntry> entries = collectArticleFiles(paths, m_stop);
    if (!stopping())
        emit scanned(request, entries);
}

ArticleLoader::ArticleLoader(QObject *parent)
    : QObject(parent)
    , m_worker(new ArticleParseWorker(&m_stop))
{
    qRegisterMetaType<Randnotiz::ParseResult>("Randnotiz::ParseResult");
    qRegisterMetaType<Randnotiz::ArticleText>("Randnotiz::ArticleText");
    qRegisterMetaType<QList<Randnotiz::ArticleFileEntry>>("QList<Randnotiz::ArticleFileEntry>");
    m_thread.setObjectName(QStringLiteral("ArticleLoader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ArticleParseWorker::parsed, this, &ArticleLoader::finished, Qt::QueuedConnection);
    connect(m_worker, &ArticleParseWorker::scanned, this, &ArticleLoader::scanned, Qt::QueuedConnection);
    m_thread.start();
}

ArticleLoader::~ArticleLoader()
{
    // Requests still queued are dropped, and a scan under way ends at its next folder: closing never waits
    // for a tree to be walked. (Opening a file never blocks: readRegularFile() reads regular files only.)
    m_stop = true;
    m_thread.quit();
    m_thread.wait();
}

quint64 ArticleLoader::loadFile(const QString &path)
{
    const quint64 request = ++m_next;
    QMetaObject::invokeMethod(m_worker, "parseFile", Qt::QueuedConnection, Q_ARG(quint64, request),
                              Q_ARG(QString, path));
    return request;
}

quint64 ArticleLoader::loadBytes(const QByteArray &bytes, const QString &name)
{
    const quint64 request = ++m_next;
    QMetaObject::invokeMethod(m_worker, "parseBytes", Qt::QueuedConnection, Q_ARG(quint64, request),
                              Q_ARG(QByteArray, bytes), Q_ARG(QString, name));
    return request;
}

quint64 ArticleLoader::scanPaths(const QStringList &paths)
{
    const quint64 request = ++m_next;
    QMetaObject::invokeMethod(m_worker, "scanPaths", Qt::QueuedConnection, Q_ARG(quint64, request),
                              Q_ARG(QStringList, paths));
    return request;
}

} // namespace Randnotiz
