// PostgresStore: the notes of a team in a PostgreSQL database set up by --init-store, with the read/write API
// of AnnotationStore for notes, plus who wrote a note and whether it is shared. The database's row-level
// security decides what this role sees and may change; NOTIFY brings other members' writes as they happen.
// The later of two writes wins; the version it replaced stays in note_history. Belongs to one thread.
#pragma once

#include "notes/annotationstore.h"
#include "notes/postgres/teamschema.h"

#include <QHash>
#include <QObject>
#include <QSqlDriver>
#include <QString>

class QSqlQuery;

#include <optional>

namespace Randnotiz {

class PostgresStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostgresStore)

public:
    explicit PostgresStore(QObject *parent = nullptr);
    ~PostgresStore() override;

    // Connects (libpq finds the password) and checks the schema; it never creates or migrates one.
    bool open(const TeamStoreUrl &url);
    void close();
    bool isOpen() const;
    bool isWritable() const { return isOpen(); }
    QString errorString() const { return m_error; }
    QString userName() const { return m_user; } // the role, the author of every note this store writes

    // Articles, by fingerprint; ids are this store's own handles for them, valid while it lives.
    StoredArticle recordArticle(const ArticleText &text, const QString &path, const QString &title, bool create = true);
    StoredArticle article(qint64 id) const;
    StoredArticle articleByFingerprint(const QString &fingerprint) const;

    // Notes as AnnotationStore has them. New notes are shared when newNotesShared() is on.
    bool addAnnotation(Annotation &annotation);
    bool updateAnnotation(Annotation &annotation); // sets modified to now; only one's own notes
    bool removeAnnotation(const QUuid &id);
    bool removeAnnotations(const QList<QUuid> &ids);
    // Inserts or replaces, keeping ids and times as given, all in one transaction (import, bulk loads).
    bool saveAnnotations(const QList<Annotation> &annotations);
    std::optional<Annotation> annotation(const QUuid &id) const;
    QList<Annotation> annotations(qint64 articleId) const; // in reading order
    int annotationCount() const;
    QList<SearchHit> search(const QString &query, int limit = 100) const;

    // The team's side of a note.
    bool newNotesShared() const { return m_newNotesShared; }
    void setNewNotesShared(bool shared) { m_newNotesShared = shared; }
    QString author(const QUuid &id) const; // empty when the note is not visible
    std::optional<bool> isShared(const QUuid &id) const;
    bool setShared(const QUuid &id, bool shared);
    // Earlier versions of a note (replaced or removed), the newest first.
    QList<Annotation> history(const QUuid &id) const;

signals:
    // ids: the notes that were added, changed or removed, here or by another member.
    void annotationsChanged(qint64 articleId, const QList<QUuid> &ids = {});

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

    QString m_connection;
    QString m_user;
    QString m_error;
    bool m_newNotesShared = false;
    // Handles of articles and where each note sat, so that a removal seen by NOTIFY finds its article.
    mutable QHash<QString, qint64> m_articleIds;
    mutable QHash<qint64, QString> m_fingerprints;
    mutable QHash<qint64, QString> m_paths;
    mutable QHash<QUuid, qint64> m_articleOfNote;
};

} // namespace Randnotiz
