// NotesLoader: recognises an opened article in the notes store and re-anchors its annotations on a worker
// thread, with a store connection of its own, so that the window never waits for the database (a 5 MB article
// writes 5 MB of plain text the first time it is seen).
#pragma once

#include "notes/storefactory.h"

#include <QObject>
#include <QThread>

namespace Randnotiz {

// The worker; it lives on NotesLoader's thread and opens its store there on first use.
class NotesLoadWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesLoadWorker)

public:
    explicit NotesLoadWorker(const StoreLocation &location);
    ~NotesLoadWorker() override;

public slots:
    void load(quint64 request, const Randnotiz::Article &article, const QString &path,
              const Randnotiz::ArticleText &text);

signals:
    // error is empty on success; then opened.article is valid.
    void loaded(quint64 request, const Randnotiz::OpenedArticle &opened, const QString &error);

private:
    StoreLocation m_location;
    NotesStore *m_store = nullptr;
};

class NotesLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesLoader)

public:
    explicit NotesLoader(const QString &dataDir, QObject *parent = nullptr);
    // The worker opens its own connection to the same store (through StoreFactory).
    explicit NotesLoader(const StoreLocation &location, QObject *parent = nullptr);
    ~NotesLoader() override;

    // Returns the id that the matching loaded() signal carries.
    quint64 load(const Article &article, const QString &path, const ArticleText &text);

signals:
    void loaded(quint64 request, const Randnotiz::OpenedArticle &opened, const QString &error);

private:
    QThread m_thread;
    NotesLoadWorker *m_worker = nullptr;
    quint64 m_next = 0;
};

} // namespace Randnotiz
