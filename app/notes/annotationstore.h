// AnnotationStore: every annotation of every article in one SQLite file (WAL, one transaction per change,
// schema version with migrations, FTS5 search). Articles are recognised by fingerprint and by path.
// Like its database connection, a store belongs to the thread that opened it. A database that cannot be
// written (a read-only folder or file) is opened read-only: notes can be read, every write fails with a message.
#pragma once

#include "notes/annotation.h"
#include "notes/verdict.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QSqlError;

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

class AnnotationStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationStore)

public:
    static constexpr int SchemaVersion = 4;
    static constexpr int BusyTimeoutMs = 10000;

    explicit AnnotationStore(QObject *parent = nullptr);
    ~AnnotationStore() override;

    static QString defaultDataDir(); // QStandardPaths::AppDataLocation
    static QString databaseFileName() { return QStringLiteral("notes.sqlite"); }

    // Opens (creating and migrating as needed) DIR/notes.sqlite. A file that is not a readable database is
    // renamed with a timestamp and a new store is started; recoveryMessage() then says so. A database that
    // exists but cannot be written is opened read-only, and recoveryMessage() says that too.
    bool open(const QString &dataDir);
    void close();
    bool isOpen() const;
    bool isWritable() const { return isOpen() && !m_readOnly; }
    QString databasePath() const { return m_path; }
    QString errorString() const { return m_error; }
    QString recoveryMessage() const { return m_recoveryMessage; }
    QString movedAsidePath() const { return m_movedAside; }

    // Articles. recordArticle() finds the article by fingerprint (a moved or renamed file), then by path (an
    // edited file) and updates what changed; with create it adds an unknown one, otherwise returns invalid.
    StoredArticle recordArticle(const ArticleText &text, const QString &path, const QString &title, bool create = true);
    QList<StoredArticle> articles() const;
    StoredArticle article(qint64 id) const;
    // The article last seen with this fingerprint, without reading any other article's text.
    StoredArticle articleByFingerprint(const QString &fingerprint) const;

    // Recognises the article, re-anchors its annotations against the current text and saves what moved.
    // text: the article's plain text when the caller has it already (made on a worker thread); else it is made here.
    OpenedArticle openArticle(const Article &article, const QString &path, bool create = true,
                              const ArticleText *text = nullptr);

    // Annotations. add() fills in id and times when missing; every call is one committed transaction.
    bool addAnnotation(Annotation &annotation);
    bool updateAnnotation(Annotation &annotation); // sets modified to now
    bool removeAnnotation(const QUuid &id);
    // All of them or none, in one transaction; ids that are not (any longer) there count as removed.
    bool removeAnnotations(const QList<QUuid> &ids);
    // Inserts or replaces, keeping ids and times as given, all in one transaction (import, bulk loads).
    bool saveAnnotations(const QList<Annotation> &annotations);
    std::optional<Annotation> annotation(const QUuid &id) const;
    QList<Annotation> annotations(qint64 articleId) const;
    QList<Annotation> allAnnotations() const; // grouped by article, in reading order
    int annotationCount() const;
    QHash<qint64, int> annotationCounts() const; // per article id, only articles that have any
    QHash<QString, int> annotationCountsByFingerprint() const; // the same per article fingerprint (the library's key)

    // Full-text search over quotes, notes and tags of all articles; every word must match (as a prefix).
    // Results come newest stored first.
    QList<SearchHit> search(const QString &query, int limit = 100) const;

    // Every tag in use, the most used first (for completion).
    QStringList tags() const;

    // The reader's verdicts on the library's forecasts, by forecast key (library/forecast.h).
    QHash<QString, ForecastVerdict> forecastVerdicts() const;
    bool setForecastVerdict(const QString &key, const ForecastVerdict &verdict); // sets modified to now

    // The Wikipedia pages the reader chose for entries without a link, by entry subject, for the article with this
    // fingerprint (the file itself is never changed). An empty url forgets the choice.
    QHash<QString, QUrl> chosenLinks(const QString &fingerprint) const;
    bool setChosenLink(const QString &fingerprint, const QString &subject, const QUrl &url);

    ColorLabels colorLabels() const;
    bool setColorLabel(Color color, const QString &label);

    // The articles that have no notes: their text is not needed for anchoring. keep: ids that stay anyway
    // (articles open in the window, whose notes may come at any moment).
    StoredArticlesSize storedArticlesWithoutNotes(const QList<qint64> &keep = {}) const;
    // Removes them in one transaction; returns how many went, or -1 (errorString() says why).
    int clearArticlesWithoutNotes(const QList<qint64> &keep = {});

signals:
    // ids: the annotations that were added, changed or removed; empty when the store does not say which.
    void annotationsChanged(qint64 articleId, const QList<QUuid> &ids = {});

private:
    enum class OpenOutcome { Ok, Corrupt, Busy, Failed };
    OpenOutcome tryOpen(bool readOnly = false);
    bool migrate();
    bool moveAside();
    bool exec(const QString &sql);
    bool inTransaction(const std::function<bool()> &work);
    bool writeAnnotation(const Annotation &annotation, bool replace);
    QList<Annotation> query(const QString &where, const QVariantList &values) const;
    void noteTagChanges(qint64 articleId, const QList<QUuid> &ids);
    bool fail(const QString &what, const QString &detail);
    bool failSql(const QString &what, const QSqlError &error);
    static QString describe(const QSqlError &error);

    QString m_connection;
    QString m_path;
    QString m_error;
    QString m_recoveryMessage;
    QString m_movedAside;
    // tags(): uses per tag and the tags of each note, kept from the last full read; notes changed since wait
    // in m_tagsStale to be read again.
    mutable std::optional<QHash<QString, int>> m_tagUses;
    mutable QHash<QUuid, QStringList> m_tagsOf;
    mutable QSet<QUuid> m_tagsStale;
    mutable QString m_tagsPath;
    bool m_sawCorruption = false;
    bool m_readOnly = false;
};

} // namespace Randnotiz
