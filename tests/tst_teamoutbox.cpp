// The team store while its server is away: writes wait in the outbox in the data folder, the store says how many,
// and they reach the server in order when it is back, also from the next session when one quit while offline.
#include "article/articletext.h"
#include "notes/postgres/postgresstore.h"
#include "support/notestestdata.h"
#include "support/pgserver.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Randnotiz;
using Randnotiz::Test::PgServer;

class TeamOutboxTest : public QObject
{
    Q_OBJECT

private:
    PgServer m_server;
    ArticleText m_text = ArticleText(Randnotiz::Test::articleFromText(Randnotiz::Test::klimaText()));

    QString url() const { return m_server.url(QStringLiteral("alice"), QStringLiteral("team")); }

    Annotation newNote(qint64 articleId, const QString &note, int start)
    {
        Annotation a = Annotation::create(m_text, start, start + 6);
        a.articleId = articleId;
        a.note = note;
        return a;
    }

    // What the server holds, read past Randnotiz and its row-level security: note text by id.
    QHash<QUuid, QString> notesOnServer()
    {
        QHash<QUuid, QString> notes;
        {
            QSqlDatabase db = m_server.connect(QStringLiteral("direct"), QString::fromLatin1(PgServer::Superuser),
                                               QStringLiteral("team"));
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT id::text, note FROM notes")))
                qWarning("%s", qPrintable(q.lastError().text()));
            while (q.next())
                notes.insert(QUuid::fromString(q.value(0).toString()), q.value(1).toString());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("direct"));
        return notes;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(
            m_server.createTeamDatabase(QStringLiteral("team"), { QStringLiteral("alice"), QStringLiteral("bob") }),
            qPrintable(m_server.errorString()));
    }

    void init()
    {
        QVERIFY2(m_server.execAsSuperuser({ QStringLiteral("DELETE FROM notes") }, QStringLiteral("team")),
                 qPrintable(m_server.errorString()));
    }

    void cleanup()
    {
        // A failed test leaves the server running for the next one.
        if (!m_server.isRunning())
            QVERIFY2(m_server.startAgain(), qPrintable(m_server.errorString()));
    }

    void serverStoppedAndStarted_outboxDrainedInOrder_nothingLost()
    {
        QTemporaryDir data;
        PostgresStore store(url(), data.path());
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        const qint64 articleId
            = store.recordArticle(m_text, QStringLiteral("/tmp/klima.txt"), QStringLiteral("Klima")).id;
        QVERIFY(articleId > 0);
        Annotation kept = newNote(articleId, QStringLiteral("vorher"), 4);
        Annotation gone = newNote(articleId, QStringLiteral("wird entfernt"), 20);
        QVERIFY2(store.addAnnotation(kept), qPrintable(store.errorString()));
        QVERIFY2(store.addAnnotation(gone), qPrintable(store.errorString()));
        QCOMPARE(store.statusText(), QString());

        m_server.stop();
        QSignalSpy status(&store, &NotesStore::statusChanged);
        QList<Annotation> added;
        for (int i = 0; i < 3; ++i) {
            Annotation a = newNote(articleId, QStringLiteral("offline %1").arg(i), 40 + 10 * i);
            QVERIFY2(store.addAnnotation(a), qPrintable(store.errorString()));
            added.append(a);
        }
        kept.note = QStringLiteral("offline geändert");
        QVERIFY2(store.updateAnnotation(kept), qPrintable(store.errorString()));
        QVERIFY2(store.removeAnnotation(gone.id), qPrintable(store.errorString()));
        QVERIFY(store.isOffline());
        QVERIFY(store.isWritable());
        QCOMPARE(store.waitingChanges(), 5);
        QCOMPARE(store.statusText(), QStringLiteral("Team store offline · 5 changes waiting"));
        QVERIFY(!status.isEmpty());
        // The window keeps showing them: what was read last, with the outbox over it.
        QList<QString> shown;
        for (const Annotation &a : store.annotations(articleId))
            shown.append(a.note);
        QCOMPARE(shown,
                 (QList<QString> { QStringLiteral("offline geändert"), QStringLiteral("offline 0"),
                                   QStringLiteral("offline 1"), QStringLiteral("offline 2") }));
        QCOMPARE(store.annotation(added.at(1).id)->note, QStringLiteral("offline 1"));
        QVERIFY(!store.annotation(gone.id));

        QSignalSpy changed(&store, &NotesStore::annotationsChanged);
        QVERIFY2(m_server.startAgain(), qPrintable(m_server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(!store.isOffline() && store.waitingChanges() == 0, 20000);
        QCOMPARE(store.statusText(), QString());
        QVERIFY(!changed.isEmpty());
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(),
                            [articleId](const QList<QVariant> &args) { return args.at(0).toLongLong() == articleId; }));

        const QHash<QUuid, QString> expected { { kept.id, QStringLiteral("offline geändert") },
                                               { added.at(0).id, QStringLiteral("offline 0") },
                                               { added.at(1).id, QStringLiteral("offline 1") },
                                               { added.at(2).id, QStringLiteral("offline 2") } };
        QCOMPARE(notesOnServer(), expected);
        // And the store works on as before.
        Annotation after = newNote(articleId, QStringLiteral("wieder online"), 90);
        QVERIFY2(store.addAnnotation(after), qPrintable(store.errorString()));
        QCOMPARE(notesOnServer().value(after.id), QStringLiteral("wieder online"));
        QCOMPARE(store.waitingChanges(), 0);
    }

    // A server that is not there when the window starts: the store opens offline and its notes wait.
    void serverAwayAtStart_opensOffline_notesSentWhenItAnswers()
    {
        QTemporaryDir data;
        m_server.stop();
        PostgresStore store(url(), data.path());
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QVERIFY(store.isOffline());
        QVERIFY(store.isWritable());
        QVERIFY(store.recoveryMessage().contains(QStringLiteral("cannot be reached")));
        const qint64 articleId
            = store.recordArticle(m_text, QStringLiteral("/tmp/klima.txt"), QStringLiteral("Klima")).id;
        QVERIFY2(articleId > 0, qPrintable(store.errorString()));
        Annotation a = newNote(articleId, QStringLiteral("ohne Server begonnen"), 4);
        QVERIFY2(store.addAnnotation(a), qPrintable(store.errorString()));
        QCOMPARE(store.annotations(articleId).size(), 1);
        QCOMPARE(store.statusText(), QStringLiteral("Team store offline · 2 changes waiting")); // article and note
        QVERIFY2(m_server.startAgain(), qPrintable(m_server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(!store.isOffline() && store.waitingChanges() == 0, 20000);
        QCOMPARE(notesOnServer(), (QHash<QUuid, QString> { { a.id, QStringLiteral("ohne Server begonnen") } }));
        QCOMPARE(store.userName(), QStringLiteral("alice"));
    }
    // Only this store's connection was lost (the server stayed up): what another member shared meanwhile sent a
    // notification nobody here heard, so after reconnecting every view is told to read its notes again.
    void connectionDroppedWhileOthersWrite_viewsReadAgainAfterReconnect()
    {
        QTemporaryDir aliceData;
        QTemporaryDir bobData;
        PostgresStore alice(url(), aliceData.path());
        PostgresStore bob(m_server.url(QStringLiteral("bob"), QStringLiteral("team")), bobData.path());
        QVERIFY2(alice.open(), qPrintable(alice.errorString()));
        QVERIFY2(bob.open(), qPrintable(bob.errorString()));
        const qint64 articleId
            = alice.recordArticle(m_text, QStringLiteral("/tmp/klima.txt"), QStringLiteral("Klima")).id;
        const qint64 bobArticle
            = bob.recordArticle(m_text, QStringLiteral("/tmp/klima.txt"), QStringLiteral("Klima")).id;
        QVERIFY2(m_server.execAsSuperuser({ QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                                           " WHERE usename = 'alice'") },
                                          QStringLiteral("team")),
                 qPrintable(m_server.errorString()));
        Annotation fromBob = newNote(bobArticle, QStringLiteral("von Bob, geteilt"), 30);
        fromBob.shared = true;
        QVERIFY2(bob.addAnnotation(fromBob), qPrintable(bob.errorString()));
        QSignalSpy changed(&alice, &NotesStore::annotationsChanged);
        Annotation mine = newNote(articleId, QStringLiteral("von Alice"), 4);
        QVERIFY2(alice.addAnnotation(mine), qPrintable(alice.errorString())); // finds the connection gone
        QVERIFY(alice.isOffline());
        QTRY_VERIFY_WITH_TIMEOUT(!alice.isOffline() && alice.waitingChanges() == 0, 20000);
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(),
                            [](const QList<QVariant> &args) { return args.at(0).toLongLong() == 0; }));
        QList<QString> notes;
        for (const Annotation &a : alice.annotations(articleId))
            notes.append(a.note);
        QCOMPARE(notes.size(), 2);
        QVERIFY(notes.contains(QStringLiteral("von Bob, geteilt")));
        QVERIFY(notes.contains(QStringLiteral("von Alice")));
    }
    // A server that answers and refuses is an error, not "offline".
    void serverRefuses_isAnErrorNotOffline()
    {
        QTemporaryDir data;
        PostgresStore store(m_server.url(QStringLiteral("nobody_here"), QStringLiteral("team")), data.path());
        QVERIFY(!store.open());
        QVERIFY(!store.isOffline());
        QVERIFY(!store.errorString().isEmpty());
    }
    // The window's notes come from the notes loader's own store: the window's store never read them itself.
    void offline_changeAndRemovalOfNoteReadElsewhere_reachServer()
    {
        QTemporaryDir data;
        PostgresStore loader(url(), data.path());
        PostgresStore window(url(), data.path());
        QVERIFY2(loader.open(), qPrintable(loader.errorString()));
        QVERIFY2(window.open(), qPrintable(window.errorString()));
        const qint64 articleId
            = loader.recordArticle(m_text, QStringLiteral("/tmp/klima.txt"), QStringLiteral("Klima")).id;
        Annotation changed = newNote(articleId, QStringLiteral("vom Lader"), 4);
        Annotation removed = newNote(articleId, QStringLiteral("auch vom Lader"), 20);
        QVERIFY(loader.addAnnotation(changed));
        QVERIFY(loader.addAnnotation(removed));
        loader.close();

        m_server.stop();
        changed.note = QStringLiteral("offline geändert");
        QVERIFY2(window.updateAnnotation(changed), qPrintable(window.errorString()));
        QVERIFY2(window.removeAnnotation(removed.id), qPrintable(window.errorString()));
        QCOMPARE(window.waitingChanges(), 2);
        QVERIFY2(m_server.startAgain(), qPrintable(m_server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isOffline() && window.waitingChanges() == 0, 20000);
        QCOMPARE(notesOnServer(), (QHash<QUuid, QString> { { changed.id, QStringLiteral("offline geändert") } }));
    }

    void quitWhileOffline_outboxSentOnNextStart()
    {
        QTemporaryDir data;
        QList<Annotation> added;
        {
            PostgresStore store(url(), data.path());
            QVERIFY2(store.open(), qPrintable(store.errorString()));
            const qint64 articleId
                = store.recordArticle(m_text, QStringLiteral("/tmp/klima.txt"), QStringLiteral("Klima")).id;
            QVERIFY(articleId > 0);
            m_server.stop();
            for (int i = 0; i < 2; ++i) {
                Annotation a = newNote(articleId, QStringLiteral("vor dem Beenden %1").arg(i), 4 + 10 * i);
                QVERIFY2(store.addAnnotation(a), qPrintable(store.errorString()));
                added.append(a);
            }
            QCOMPARE(store.waitingChanges(), 2);
            store.close();
        }
        QVERIFY2(m_server.startAgain(), qPrintable(m_server.errorString()));
        QVERIFY(notesOnServer().isEmpty());

        PostgresStore next(url(), data.path());
        QVERIFY2(next.open(), qPrintable(next.errorString()));
        QCOMPARE(next.waitingChanges(), 0);
        QCOMPARE(next.statusText(), QString());
        const QHash<QUuid, QString> expected { { added.at(0).id, QStringLiteral("vor dem Beenden 0") },
                                               { added.at(1).id, QStringLiteral("vor dem Beenden 1") } };
        QCOMPARE(notesOnServer(), expected);
        QCOMPARE(next.annotation(added.at(1).id)->note, QStringLiteral("vor dem Beenden 1"));
        // Sent once: a third session finds nothing left to send.
        next.close();
        PostgresStore third(url(), data.path());
        QVERIFY2(third.open(), qPrintable(third.errorString()));
        QCOMPARE(third.waitingChanges(), 0);
        QCOMPARE(notesOnServer().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TeamOutboxTest)
#include "tst_teamoutbox.moc"
