// PostgresStore: the notes of a team in a PostgreSQL database set up by --init-store, with the read/write API
// of AnnotationStore for notes, plus who wrote a note and whether it is shared. The database's row-level
// security decides what this role sees and may change; NOTIFY brings other members' writes as they happen.
// The later of two writes wins; the version it replaced stays in note_history. Belongs to one thread.
#pragma once

#include "notes/notesstore.h"
#include "notes/postgres/teamschema.h"

#include <QHash>
#include <QObject>
#include <QSqlDriver>
#include <QString>

#include <optional>

class QSqlQuery;

namespace Randnotiz {

class AnnotationStore;

class PostgresStore final : public NotesStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostgresStore)

public:
    explicit PostgresStore(QObject *parent = nullptr);
    // A store that open() connects to url; the reader's own things (chosen links, forecast verdicts, colour labels)
    // stay in the local store in localDataDir (empty: the default data folder).
    PostgresStore(const QString &url, const QString &localDataDir, QObject *parent = nullptr);
    ~PostgresStore() override;

    // Connects (libpq finds the password) and checks the schema; it never creates or migrates one.
    bool open(const TeamStoreUrl &url);
    bool open() override;
    void close() override;
    bool isOpen() const override;
    bool isWritable() const override { return isOpen(); }
    QString errorString() const override { return m_error; }
    QString recoveryMessage() const override { return m_recoveryMessage; }
    QString location() const override { return m_url; }
    bool hasAuthors() const override { return true; }
    QString userName() const override { return m_user; } // the role, the author of every note this store writes

    // Articles, by fingerprint; ids are handles for them, the same in every PostgresStore of the process while it
    // runs. Paths are where this process saw them (the same article sits at different paths on different machines).
    StoredArticle recordArticle(const ArticleText &text, const QString &path, const QString &title,
                                bool create = true) override;
    QList<StoredArticle> articles() const override; // those with notes this role can read
    StoredArticle article(qint64 id) const override;
    StoredArticle articleByFingerprint(const QString &fingerprint) const override;
    // Re-anchors every visible note for this reader; only this role's own notes are saved where they moved.
    OpenedArticle openArticle(const Article &article, const QString &path, bool create = true,
                              const ArticleText *text = nullptr) override;

    // Notes as AnnotationStore has them, plus Annotation::author (set by the database) and Annotation::shared
    // (written as given).
    bool addAnnotation(Annotation &annotation) override;
    bool updateAnnotation(Annotation &annotation) override; // sets modified to now; only one's own notes
    bool removeAnnotation(const QUuid &id) override;
    bool removeAnnotations(const QList<QUuid> &ids) override;
    bool saveAnnotations(const QList<Annotation> &annotations) override;
    std::optional<Annotation> annotation(const QUuid &id) const override;
    QList<Annotation> annotations(qint64 articleId) const override; // in reading order
    QList<Annotation> allAnnotations() const override;
    int annotationCount() const override;
    QHash<qint64, int> annotationCounts() const override;
    QHash<QString, int> annotationCountsByFingerprint() const override;
    QList<SearchHit> search(const QString &query, int limit = 100) const override;
    QStringList tags() const override;

    // The team's side of a note.
    QString author(const QUuid &id) const; // empty when the note is not visible
    std::optional<bool> isShared(const QUuid &id) const;
    bool setShared(const QUuid &id, bool shared);
    // Earlier versions of a note (replaced or removed), the newest first.
    QList<Annotation> history(const QUuid &id) const override;

    // Kept in the local store of the data folder: they are the reader's own, not the team's.
    QHash<QString, ForecastVerdict> forecastVerdicts() const override;
    bool setForecastVerdict(const QString &key, const ForecastVerdict &verdict) override;
    QHash<QString, QUrl> chosenLinks(const QString &fingerprint) const override;
    bool setChosenLink(const QString &fingerprint, const QString &subject, const QUrl &url) override;
    ColorLabels colorLabels() const override;
    bool setColorLabel(Color color, const QString &label) override;
    // The team's articles are everyone's: only the local store's copies of article texts are counted and cleared.
    StoredArticlesSize storedArticlesWithoutNotes(const QList<qint64> &keep = {}) const override;
    int clearArticlesWithoutNotes(const QList<qint64> &keep = {}) override;

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    qint64 articleIdFor(const QString &fingerprint) const;
    // SELECT the note columns FROM from (a relation or function named n and its conditions).
    QList<Annotation> query(const QString &from, const QVariantList &values) const;
    enum class Write { Add, Change, Save };
    static QString writeStatement(Write mode);
    bool write(QSqlQuery &query, const Annotation &annotation, Write mode); // query prepared with writeStatement()
    bool write(const Annotation &annotation, Write mode);
    bool fail(const QString &what, const QString &detail = {});
    bool localFailed() const;

    QString m_url;
    QString m_localDataDir;
    AnnotationStore *m_local = nullptr; // opened with the team store
    QString m_connection;
    QString m_user;
    QString m_error;
    QString m_recoveryMessage;
    // Where each note sat, so that a removal seen by NOTIFY finds its article.
    mutable QHash<QUuid, qint64> m_articleOfNote;
};

} // namespace Randnotiz
