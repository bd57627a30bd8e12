#include "notes/notesloader.h"

#include <QMetaObject>

namespace Randnotiz {

NotesLoadWorker::NotesLoadWorker(const StoreLocation &location)
    : m_location(location)
{ }

NotesLoadWorker::~NotesLoadWorker() = default;

void NotesLoadWorker::load(quint64 request, const Article &article, const QString &path, const ArticleText &text)
{
    if (!m_store) {
        m_store = StoreFactory::create(m_location, this);
        m_store->open();
    }
    if (!m_store->isOpen()) {
        emit loaded(request, {}, m_store->errorString());
        // Another try with the next article: the folder may have become writable.
        delete m_store;
        m_store = nullptr;
        return;
    }
    const OpenedArticle opened = m_store->openArticle(article, path, true, &text);
    emit loaded(request, opened, opened.article.isValid() ? QString() : m_store->errorString());
}

NotesLoader::NotesLoader(const QString &dataDir, QObject *parent)
    : NotesLoader(StoreLocation { dataDir, {} }, parent)
{ }

NotesLoader::NotesLoader(const StoreLocation &location, QObject *parent)
    : QObject(parent)
    , m_worker(new NotesLoadWorker(location))
{
    qRegisterMetaType<Randnotiz::Article>("Randnotiz::Article");
    qRegisterMetaType<Randnotiz::ArticleText>("Randnotiz::ArticleText");
    qRegisterMetaType<Randnotiz::OpenedArticle>("Randnotiz::OpenedArticle");
    m_thread.setObjectName(QStringLiteral("NotesLoader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &NotesLoadWorker::loaded, this, &NotesLoader::loaded, Qt::QueuedConnection);
    m_thread.start();
}

NotesLoader::~NotesLoader()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 NotesLoader::load(const Article &article, const QString &path, const ArticleText &text)
{
    const quint64 request = ++m_next;
    QMetaObject::invokeMethod(m_worker, "load", Qt::QueuedConnection, Q_ARG(quint64, request),
                              Q_ARG(Randnotiz::Article, article), Q_ARG(QString, path),
                              Q_ARG(Randnotiz::ArticleText, text));
    return request;
}

} // namespace Randnotiz
