// PostgresStore: the notes of a team in a PostgreSQL database set up by --init-store, with the read/write API
// of AnnotationStore for notes, plus who wrote a note and whether it is shared. The database's row-level
// security decides what this role sees and may change; NOTIFY brings other members' writes as they happen.
// The later of two writes wins; the version it replaced stays in note_history. Belongs to one thread.
#pragma once

#include "notes/notesstore.h"
#include "notes/postgres/teamoutbox.h"
#include "notes/postgres/teamschema.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class QSqlQuery;
class QTcpSocket;

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
    // While the server cannot be reached, writes wait in the outbox (team-outbox.sqlite in the data folder): every
    // call succeeds, the notes stay readable from what was last read plus the outbox, and a timer reconnects every
    // ReconnectMs and sends the outbox in order. open() sends what an earlier session left in it.
    static constexpr int ReconnectMs = 2000;
    bool isOffline() const { return m_offline; }
    int waitingChanges() const { return m_outbox ? int(m_outbox->pending().size()) : 0; }
    QString statusText() const override;
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
    static bool serverListens(const TeamStoreUrl &url); // something accepts connections at its address
    // Whether the connection is gone (and then goes offline): called after a statement failed.
    bool connectionLost();
    void goOffline();
    void reconnect();
    void reconnectNow();
    // Sends the outbox in order, each row removed after its write committed; stops when the connection goes.
    void sendOutbox();
    bool sendEntry(const TeamOutbox::Entry &entry, qint64 *articleId, QUuid *id);
    // Writes go to the outbox while offline and while it holds earlier ones (their order is kept).
    bool queueing() const { return m_offline || waitingChanges() > 0; }
    bool queue(TeamOutbox::Kind kind, const QJsonObject &payload);
    bool queueNote(TeamOutbox::Kind kind, const Annotation &annotation);
    // The outbox's writes over notes read from the server (or, offline, the notes last read).
    QList<Annotation> overlay(QList<Annotation> notes, qint64 articleId) const;
    QList<Annotation> knownNotes(qint64 articleId) const;
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
    bool m_startedOffline = false; // open() found no server: it says so once
    // Where each note sat, so that a removal seen by NOTIFY finds its article.
    mutable QHash<QUuid, qint64> m_articleOfNote;
    // The notes as last read from the server, what an offline store shows.
    mutable QHash<QUuid, Annotation> m_known;
    std::unique_ptr<TeamOutbox> m_outbox; // with the local part, from open()
    QTimer m_reconnect;
    TeamStoreUrl m_target; // where open() connected
    // Reconnecting asks the server's port first, without blocking: libpq's connect waits up to its timeout.
    QPointer<QTcpSocket> m_probe;
    bool m_opened = false;
    bool m_offline = false;
    bool m_sending = false;
};

} // namespace Randnotiz
