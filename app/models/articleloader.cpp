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
    const ParseResult result = OzdParser::parseFile(path);
    emit parsed(request, path, result, plainTextOf(result));
}

void ArticleParseWorker::parseBytes(quint64 request, const QByteArray &bytes, const QString &name)
{
    const ParseResult result = OzdParser::parseBytes(bytes, name);
    emit parsed(request, name, result, plainTextOf(result));
}

ArticleLoader::ArticleLoader(QObject *parent)
    : QObject(parent)
    , m_worker(new ArticleParseWorker)
{
    qRegisterMetaType<Randnotiz::ParseResult>("Randnotiz::ParseResult");
    qRegisterMetaType<Randnotiz::ArticleText>("Randnotiz::ArticleText");
    m_thread.setObjectName(QStringLiteral("ArticleLoader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ArticleParseWorker::parsed, this, &ArticleLoader::finished, Qt::QueuedConnection);
    m_thread.start();
}

ArticleLoader::~ArticleLoader()
{
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

} // namespace Randnotiz
