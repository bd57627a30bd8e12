// AnnotationStore: every annotation of every article in one SQLite file (WAL, one transaction per change,
// schema version with migrations, FTS5 search). Articles are recognised by fingerprint and by path.
// Like its database connection, a store belongs to the thread that opened it. A database that cannot be
// written (a read-only folder or file) is opened read-only: notes can be read, every write fails with a message.
#pragma once

#include "notes/notesstore.h"

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

class AnnotationStore final : public NotesStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationStore)

public:
    static constexpr int SchemaVersion = 4;
    static constexpr int BusyTimeoutMs = 10000;

    explicit AnnotationStore(QObject *parent = nullptr);
    // A store that open() opens on dataDir.
    explicit AnnotationStore(const QString &dataDir, QObject *parent = nullptr);
    ~AnnotationStore() override;

    static QString defaultDataDir(); // QStandardPaths::AppDataLocation
    static QString databaseFileName() { return QStringLiteral("notes.sqlite"); }

    // Opens (creating and migrating as needed) DIR/notes.sqlite. A file that is not a readable database is
    // renamed with a timestamp and a new store is started; recoveryMessage() then says so. A database that
    // exists but cannot be written is opened read-only, and recoveryMessage() says that too.
    bool open(const QString &dataDir);
    bool open() override; // the data folder given to the constructor (or the default one)
    void close() override;
    bool isOpen() const override;
    bool isWritable() const override { return isOpen() && !m_readOnly; }
    QString databasePath() const { return m_path; }
    QString location() const override { return m_path; }
    QString errorString() const override { return m_error; }
    QString recoveryMessage() const override { return m_recoveryMessage; }
    QString movedAsidePath() const { return m_movedAside; }

    // Articles. recordArticle() finds the article by fingerprint (a moved or renamed file), then by path (an
    // edited file) and updates what changed; with create it adds an unknown one, otherwise returns invalid.
    StoredArticle recordArticle(const ArticleText &text, const QString &path, const QString &title,
                                bool create = true) override;
    QList<StoredArticle> articles() const override;
    StoredArticle article(qint64 id) const override;
    // The article last seen with this fingerprint, without reading any other article's text.
    StoredArticle articleByFingerprint(const QString &fingerprint) const override;

    // Recognises the article, re-anchors its annotations against the current text and saves what moved.
    // text: the article's plain text when the caller has it already (made on a worker thread); else it is made here.
    OpenedArticle openArticle(const Article &article, const QString &path, bool create = true,
                              const ArticleText *text = nullptr) override;

    // Annotations. add() fills in id and times when missing; every call is one committed transaction.
    bool addAnnotation(Annotation &annotation) override;
    bool updateAnnotation(Annotation &annotation) override; // sets modified to now
    bool removeAnnotation(const QUuid &id) override;
    // All of them or none, in one transaction; ids that are not (any longer) there count as removed.
    bool removeAnnotations(const QList<QUuid> &ids) override;
    // Inserts or replaces, keeping ids and times as given, all in one transaction (import, bulk loads).
    bool saveAnnotations(const QList<Annotation> &annotations) override;
    std::optional<Annotation> annotation(const QUuid &id) const override;
    QList<Annotation> annotations(qint64 articleId) const override;
    QList<Annotation> allAnnotations() const override; // grouped by article, in reading order
    int annotationCount() const override;
    QHash<qint64, int> annotationCounts() const override; // per article id, only articles that have any
    QHash<QString, int>
    annotationCountsByFingerprint() const override; // the same per article fingerprint (the library's key)

    // Full-text search over quotes, notes and tags of all articles; every word must match (as a prefix).
    // Results come newest stored first.
    QList<SearchHit> search(const QString &query, int limit = 100) const override;

    // Every tag in use, the most used first (for completion).
    QStringList tags() const override;

    // The reader's verdicts on the library's forecasts, by forecast key (library/forecast.h).
    QHash<QString, ForecastVerdict> forecastVerdicts() const override;
    bool setForecastVerdict(const QString &key, const ForecastVerdict &verdict) override; // sets modified to now

    // The Wikipedia pages the reader chose for entries without a link, by entry subject, for the article with this
    // fingerprint (the file itself is never changed). An empty url forgets the choice.
    QHash<QString, QUrl> chosenLinks(const QString &fingerprint) const override;
    bool setChosenLink(const QString &fingerprint, const QString &subject, const QUrl &url) override;

    ColorLabels colorLabels() const override;
    bool setColorLabel(Color color, const QString &label) override;

    // The articles that have no notes: their text is not needed for anchoring. keep: ids that stay anyway
    // (articles open in the window, whose notes may come at any moment).
    StoredArticlesSize storedArticlesWithoutNotes(const QList<qint64> &keep = {}) const override;
    // Removes them in one transaction; returns how many went, or -1 (errorString() says why).
    int clearArticlesWithoutNotes(const QList<qint64> &keep = {}) override;

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
    QString m_dataDir; // for open()
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
