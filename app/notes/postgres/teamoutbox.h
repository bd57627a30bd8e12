// TeamOutbox: the team store's writes that could not reach the server, kept in a SQLite file in the data folder
// until they are sent, in the order they were made. A row is removed only after its write committed on the server.
#pragma once

#include "notes/annotation.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Randnotiz {

class TeamOutbox final
{
    Q_DISABLE_COPY_MOVE(TeamOutbox)

public:
    enum class Kind { Article, Add, Update, Remove, Share };
    struct Entry
    {
        qint64 seq = 0; // the order they were made in
        Kind kind = Kind::Add;
        QJsonObject payload; // a note as noteToJson(), {"id"} for a removal, an article's fingerprint, title, text
        QString error; // set when the server refused it for another reason than the connection: kept, not resent
    };

    // Rows of one team store (its address without any password) in dataDir/team-outbox.sqlite.
    TeamOutbox(const QString &dataDir, const QString &store);
    ~TeamOutbox();

    bool open();
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }

    bool append(Kind kind, const QJsonObject &payload);
    bool remove(qint64 seq);
    bool markFailed(qint64 seq, const QString &error);
    // What is still to be sent (not failed), oldest first; kept in memory, the file is the copy that survives.
    const QList<Entry> &pending() const { return m_pending; }
    int failedCount() const { return m_failed; }
    QString fileName() const;

    static QJsonObject noteToJson(const Annotation &annotation, const QString &fingerprint);
    static Annotation noteFromJson(const QJsonObject &object, QString *fingerprint);

private:
    bool load();
    bool fail(const QString &what, const QString &detail);

    QString m_dataDir;
    QString m_store;
    QString m_connection;
    QString m_error;
    QList<Entry> m_pending;
    int m_failed = 0;
};

} // namespace Randnotiz
