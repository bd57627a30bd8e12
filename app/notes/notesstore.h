// NotesStore: the one interface through which models, widgets and commands read and write notes. The local
// SQLite store (AnnotationStore) and the team store on PostgreSQL (PostgresStore) sit behind it; storefactory.h
// picks one. Like its database connection, a store belongs to the thread that opened it.
#pragma once

#include "notes/annotation.h"
#include "notes/verdict.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace Randnotiz {

// An article the store knows: what it looked like when it was last opened and where it was.
struct StoredArticle
{
    qint64 id = 0;
    QString fingerprint;
    QString path;
    QString title;
    QString plainText;
    bool isValid() const { return id > 0; }
};

// What the store holds for articles that have no notes (any more): their text, kept only for anchoring.
struct StoredArticlesSize
{
    int count = 0;
    qint64 bytes = 0; // title, path, fingerprint and text, as UTF-8
};

struct SearchHit
{
    Annotation annotation;
    QString articleTitle;
    QString articlePath;
};

// The outcome of opening an article: its record, its plain text and its re-anchored annotations.
struct OpenedArticle
{
    StoredArticle article;
    ArticleText text;
    QList<Annotation> annotations; // in reading order
    int reanchored = 0; // how many changed position or status (and were saved)
};

class NotesStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesStore)

public:
    explicit NotesStore(QObject *parent = nullptr)
        : QObject(parent)
    { }
    ~NotesStore() override = default;

    // Opens the store the factory configured (a data folder, a team store URL); false and errorString() on failure.
    virtual bool open() = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    virtual bool isWritable() const = 0;
    virtual QString errorString() const = 0;
    // A problem that was dealt with on opening (a damaged database replaced, a read-only one), for the user.
    virtual QString recoveryMessage() const { return {}; }
    // Where the notes are, for messages: a file path or the team store's address.
    virtual QString location() const = 0;
    // The store's state for the status bar when it is not plain (a team store offline with changes waiting);
    // statusChanged() says when it changes.
    virtual QString statusText() const { return {}; }

    // Whether notes have authors and can be private or shared (a team store). The author of the notes this store
    // writes is userName(); Annotation::author and Annotation::shared are filled in when this is true.
    virtual bool hasAuthors() const { return false; }
    virtual QString userName() const { return {}; }
    // Earlier versions of a note (replaced or removed), the newest first; empty where no history is kept.
    virtual QList<Annotation> history(const QUuid &id) const
    {
        Q_UNUSED(id)
        return {};
    }

    // Articles. recordArticle() finds the article by fingerprint (a moved or renamed file), then, where the store
    // knows paths, by path (an edited file) and updates what changed; with create it adds an unknown one, else it
    // returns invalid.
    virtual StoredArticle recordArticle(const ArticleText &text, const QString &path, const QString &title,
                                        bool create = true)
        = 0;
    virtual QList<StoredArticle> articles() const = 0;
    virtual StoredArticle article(qint64 id) const = 0;
    virtual StoredArticle articleByFingerprint(const QString &fingerprint) const = 0;
    // Recognises the article, re-anchors its annotations against the current text and saves what moved.
    // text: the article's plain text when the caller has it already (made on a worker thread); else it is made here.
    virtual OpenedArticle openArticle(const Article &article, const QString &path, bool create = true,
                                      const ArticleText *text = nullptr)
        = 0;

    // Annotations. add() fills in id and times when missing; every call is one committed transaction.
    virtual bool addAnnotation(Annotation &annotation) = 0;
    virtual bool updateAnnotation(Annotation &annotation) = 0; // sets modified to now
    virtual bool removeAnnotation(const QUuid &id) = 0;
    // All of them or none, in one transaction; ids that are not (any longer) there count as removed.
    virtual bool removeAnnotations(const QList<QUuid> &ids) = 0;
    // Inserts or replaces, keeping ids and times as given, all in one transaction (import, bulk loads).
    virtual bool saveAnnotations(const QList<Annotation> &annotations) = 0;
    virtual std::optional<Annotation> annotation(const QUuid &id) const = 0;
    virtual QList<Annotation> annotations(qint64 articleId) const = 0; // in reading order
    virtual QList<Annotation> allAnnotations() const = 0; // grouped by article, in reading order
    virtual int annotationCount() const = 0;
    virtual QHash<qint64, int> annotationCounts() const = 0; // per article id, only articles that have any
    virtual QHash<QString, int> annotationCountsByFingerprint() const = 0; // the same per article fingerprint
    // Full-text search over quotes, notes and tags; every word must match (as a prefix), diacritics folded, the
    // input never read as query syntax. Results come newest first.
    virtual QList<SearchHit> search(const QString &query, int limit = 100) const = 0;
    virtual QStringList tags() const = 0; // every tag in use, the most used first

    // The reader's own things, which stay on this machine whatever the store.
    virtual QHash<QString, ForecastVerdict> forecastVerdicts() const = 0;
    virtual bool setForecastVerdict(const QString &key, const ForecastVerdict &verdict) = 0;
    virtual QHash<QString, QUrl> chosenLinks(const QString &fingerprint) const = 0;
    virtual bool setChosenLink(const QString &fingerprint, const QString &subject, const QUrl &url) = 0;
    virtual ColorLabels colorLabels() const = 0;
    virtual bool setColorLabel(Color color, const QString &label) = 0;
    virtual StoredArticlesSize storedArticlesWithoutNotes(const QList<qint64> &keep = {}) const = 0;
    virtual int clearArticlesWithoutNotes(const QList<qint64> &keep = {}) = 0;

signals:
    // ids: the annotations that were added, changed or removed (here or, in a team store, by another member);
    // empty when the store does not say which.
    void annotationsChanged(qint64 articleId, const QList<QUuid> &ids = {});
    void statusChanged();
};

} // namespace Randnotiz
