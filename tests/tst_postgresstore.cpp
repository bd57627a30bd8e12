// PostgresStore against a real PostgreSQL 15 server: notes keep every field, privacy and sharing between two
// members, live updates by NOTIFY, the later of two edits winning with the earlier kept, and folded search.
#include "article/articletext.h"
#include "notes/postgres/postgresstore.h"
#include "support/notestestdata.h"
#include "support/pgserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Randnotiz;
using Randnotiz::Test::PgServer;

namespace {

ArticleText sampleText()
{
    return ArticleText(Randnotiz::Test::articleFromText(Randnotiz::Test::klimaText()));
}

} // namespace

class PostgresStoreTest : public QObject
{
    Q_OBJECT

private:
    PgServer m_server;
    PostgresStore m_alice;
    PostgresStore m_aliceElsewhere; // the same person on a second machine
    PostgresStore m_bob;
    ArticleText m_text = sampleText();

    bool openStore(PostgresStore &store, const QString &role)
    {
        QString error;
        const auto url = TeamStoreUrl::parse(m_server.url(role, QStringLiteral("team")), &error);
        if (!url) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        if (!store.open(*url)) {
            qWarning("%s", qPrintable(store.errorString()));
            return false;
        }
        return store.recordArticle(m_text, QStringLiteral("/tmp/zoelle.txt"), QStringLiteral("Zölle")).isValid();
    }

    Annotation newNote(PostgresStore &store, const QString &note)
    {
        Annotation a = Annotation::create(m_text, 4, 12);
        a.articleId = store.articleByFingerprint(m_text.fingerprint()).id;
        a.note = note;
        return a;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(
            m_server.createTeamDatabase(QStringLiteral("team"),
                                        { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("dora") }),
            qPrintable(m_server.errorString()));
        QVERIFY(openStore(m_alice, QStringLiteral("alice")));
        QVERIFY(openStore(m_aliceElsewhere, QStringLiteral("alice")));
        QVERIFY(openStore(m_bob, QStringLiteral("bob")));
        QCOMPARE(m_alice.userName(), QStringLiteral("alice"));
    }

    void open_withoutSchema_saysSo()
    {
        QVERIFY(m_server.execAsSuperuser({ QStringLiteral("CREATE DATABASE bare") }, QStringLiteral("postgres")));
        PostgresStore store;
        const auto url = TeamStoreUrl::parse(m_server.url(QStringLiteral("postgres"), QStringLiteral("bare")), nullptr);
        QVERIFY(url);
        QVERIFY(!store.open(*url));
        QVERIFY2(store.errorString().contains(QStringLiteral("--init-store")), qPrintable(store.errorString()));
    }

    void add_readBack_keepsEveryFieldAndAuthor()
    {
        Annotation a = newNote(m_alice, QStringLiteral("Zwei\nZeilen"));
        a.part = Part::Body;
        a.paragraph = 0;
        a.color = Color::Purple;
        a.tags = { QStringLiteral("stahl"), QStringLiteral("zoll") };
        a.status = AnchorStatus::Fuzzy;
        a.created = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 123), Qt::UTC);
        a.modified = QDateTime(QDate(2024, 5, 2), QTime(11, 30, 0, 456), Qt::UTC);
        QVERIFY2(m_alice.addAnnotation(a), qPrintable(m_alice.errorString()));
        const std::optional<Annotation> back = m_alice.annotation(a.id);
        QVERIFY(back);
        QCOMPARE(*back, a);
        QVERIFY(m_alice.annotations(a.articleId).contains(a));
        QCOMPARE(m_alice.author(a.id), QStringLiteral("alice"));
        QCOMPARE(m_alice.isShared(a.id), std::optional<bool>(false));
    }

    void privateNote_hiddenFromOtherMember_sharedOneReadableNotChangeable()
    {
        Annotation a = newNote(m_alice, QStringLiteral("nur für mich"));
        QVERIFY2(m_alice.addAnnotation(a), qPrintable(m_alice.errorString()));
        QVERIFY(!m_bob.annotation(a.id));
        QCOMPARE(m_bob.author(a.id), QString());

        QVERIFY2(m_alice.setShared(a.id, true), qPrintable(m_alice.errorString()));
        const std::optional<Annotation> seen = m_bob.annotation(a.id);
        QVERIFY(seen);
        QCOMPARE(seen->note, a.note);
        QCOMPARE(m_bob.author(a.id), QStringLiteral("alice"));
        // The private version that sharing replaced stays Alice's own.
        QCOMPARE(m_alice.history(a.id).size(), 1);
        QVERIFY(m_bob.history(a.id).isEmpty());

        Annotation changed = *seen;
        changed.note = QStringLiteral("bob was here");
        QVERIFY(!m_bob.updateAnnotation(changed));
        QCOMPARE(changed.note, QStringLiteral("bob was here")); // his copy is left as he had it
        QCOMPARE(changed.modified, seen->modified);
        QVERIFY(!m_bob.setShared(a.id, false));
        QVERIFY(!m_bob.removeAnnotation(a.id));
        QVERIFY(!m_bob.removeAnnotations({ a.id }));
        QCOMPARE(m_alice.annotation(a.id)->note, QStringLiteral("nur für mich"));
        QCOMPARE(m_alice.isShared(a.id), std::optional<bool>(true));
    }

    void sharedNote_isReadByOthersWithItsAuthor()
    {
        Annotation b = newNote(m_bob, QStringLiteral("für alle"));
        b.shared = true;
        QVERIFY2(m_bob.addAnnotation(b), qPrintable(m_bob.errorString()));
        QCOMPARE(b.author, QStringLiteral("bob"));
        QCOMPARE(m_alice.isShared(b.id), std::optional<bool>(true));
        QCOMPARE(m_alice.author(b.id), QStringLiteral("bob"));
        const std::optional<Annotation> seen = m_alice.annotation(b.id);
        QVERIFY(seen);
        QCOMPARE(seen->author, QStringLiteral("bob"));
        QVERIFY(seen->shared);
    }

    void write_reachesOtherMember_privateOnesNever()
    {
        QSignalSpy bobSees(&m_bob, &PostgresStore::annotationsChanged);
        Annotation hidden = newNote(m_alice, QStringLiteral("privat"));
        QVERIFY(m_alice.addAnnotation(hidden));
        Annotation shared = newNote(m_alice, QStringLiteral("geteilt"));
        shared.shared = true;
        QVERIFY(m_alice.addAnnotation(shared));
        // Notifications arrive in commit order: when Bob hears of the shared note, he would have heard of the
        // private one before (earlier tests' notes may come first).
        const auto heard = [&bobSees](const QUuid &id) {
            return std::any_of(bobSees.cbegin(), bobSees.cend(), [&id](const QList<QVariant> &signal) {
                return signal.at(1).value<QList<QUuid>>().contains(id);
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(heard(shared.id), 10000);
        QVERIFY(!heard(hidden.id));
        for (const QList<QVariant> &signal : std::as_const(bobSees)) {
            if (signal.at(1).value<QList<QUuid>>().contains(shared.id))
                QCOMPARE(signal.at(0).toLongLong(), m_bob.articleByFingerprint(m_text.fingerprint()).id);
        }

        bobSees.clear();
        QVERIFY(m_alice.removeAnnotation(shared.id));
        QTRY_VERIFY_WITH_TIMEOUT(heard(shared.id), 10000);
        QVERIFY(!m_bob.annotation(shared.id));
    }

    void conflictingEdits_laterWins_earlierKeptInHistory()
    {
        Annotation original = newNote(m_alice, QStringLiteral("Entwurf"));
        QVERIFY(m_alice.addAnnotation(original));
        Annotation here = *m_alice.annotation(original.id);
        Annotation there = *m_aliceElsewhere.annotation(original.id);
        here.note = QStringLiteral("Fassung hier");
        QVERIFY2(m_alice.updateAnnotation(here), qPrintable(m_alice.errorString()));
        there.note = QStringLiteral("Fassung dort");
        QVERIFY2(m_aliceElsewhere.updateAnnotation(there), qPrintable(m_aliceElsewhere.errorString()));

        QCOMPARE(m_alice.annotation(original.id)->note, QStringLiteral("Fassung dort"));
        QStringList earlier;
        for (const Annotation &version : m_alice.history(original.id))
            earlier.append(version.note);
        QCOMPARE(earlier, (QStringList { QStringLiteral("Fassung hier"), QStringLiteral("Entwurf") }));
        QCOMPARE(m_alice.history(original.id).last().created, original.created);
        // Bob sees none of this private note's history.
        QVERIFY(m_bob.history(original.id).isEmpty());
        // Once shared, its later edits' earlier versions are the team's too, the private ones still not.
        QVERIFY(m_alice.setShared(original.id, true));
        Annotation shared = *m_alice.annotation(original.id);
        shared.note = QStringLiteral("Fassung für alle");
        QVERIFY(m_alice.updateAnnotation(shared));
        QStringList bobSees;
        for (const Annotation &version : m_bob.history(original.id))
            bobSees.append(version.note);
        QCOMPARE(bobSees, QStringList { QStringLiteral("Fassung dort") });
    }

    void search_foldsDiacriticsAndKeepsPrivacy()
    {
        Annotation a = newNote(m_alice, QStringLiteral("Ökonomen über Zölle"));
        QVERIFY(m_alice.addAnnotation(a));
        const QList<SearchHit> hits = m_alice.search(QStringLiteral("okonomen zoll"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().annotation.id, a.id);
        QCOMPARE(hits.first().articleTitle, QStringLiteral("Zölle"));
        QCOMPARE(hits.first().articlePath, QStringLiteral("/tmp/zoelle.txt"));
        QVERIFY(m_alice.search(QStringLiteral("okonomen | nirgends")).isEmpty());
        QVERIFY(m_bob.search(QStringLiteral("okonomen")).isEmpty());
    }

    void removeAnnotations_withAnotherMembersNote_removesNone()
    {
        Annotation mine = newNote(m_alice, QStringLiteral("meins"));
        QVERIFY(m_alice.addAnnotation(mine));
        Annotation his = newNote(m_bob, QStringLiteral("seins"));
        his.shared = true;
        QVERIFY(m_bob.addAnnotation(his));
        QVERIFY(!m_alice.removeAnnotations({ mine.id, his.id }));
        QVERIFY(m_alice.annotation(mine.id));
        QVERIFY(m_alice.annotation(his.id));
        QVERIFY2(m_alice.removeAnnotations({ mine.id, QUuid::createUuid() }), qPrintable(m_alice.errorString()));
        QVERIFY(!m_alice.annotation(mine.id));
    }

    void saveAnnotations_keepsIdsAndTimes_andRefusesAnotherMembersId()
    {
        Annotation existing = newNote(m_alice, QStringLiteral("vorher"));
        QVERIFY(m_alice.addAnnotation(existing));
        existing.note = QStringLiteral("importiert");
        Annotation imported = newNote(m_alice, QStringLiteral("neu"));
        imported.created = QDateTime(QDate(2023, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        imported.modified = imported.created;
        QVERIFY2(m_alice.saveAnnotations({ existing, imported }), qPrintable(m_alice.errorString()));
        QCOMPARE(*m_alice.annotation(existing.id), existing);
        imported.author = QStringLiteral("alice"); // the database names the author
        QCOMPARE(*m_alice.annotation(imported.id), imported);

        Annotation his = newNote(m_bob, QStringLiteral("seins"));
        his.shared = true;
        QVERIFY(m_bob.addAnnotation(his));
        Annotation another = newNote(m_alice, QStringLiteral("auch neu"));
        Annotation takeover = his;
        takeover.articleId = m_alice.articleByFingerprint(m_text.fingerprint()).id;
        takeover.note = QStringLiteral("übernommen");
        QVERIFY(!m_alice.saveAnnotations({ another, takeover }));
        QVERIFY2(m_alice.errorString().contains(QStringLiteral("row-level security")),
                 qPrintable(m_alice.errorString()));
        QVERIFY(!m_alice.annotation(another.id)); // all or nothing
        QCOMPARE(m_bob.annotation(his.id)->note, QStringLiteral("seins"));
        QCOMPARE(m_bob.author(his.id), QStringLiteral("bob"));
    }

    // Eight processes of the same member writing at once lose nothing and double nothing.
    void eightWriters_250NotesEach_giveExactly2000()
    {
        QList<QProcess *> writers;
        for (int i = 0; i < 8; ++i) {
            auto *writer = new QProcess(this);
            writer->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writers.append(writer);
        }
        for (QProcess *writer : std::as_const(writers))
            writer->start(QStringLiteral(TEAMWRITER_BINARY),
                          { m_server.url(QStringLiteral("dora"), QStringLiteral("team")), QStringLiteral("250") });
        for (QProcess *writer : std::as_const(writers)) {
            QVERIFY(writer->waitForFinished(120000));
            QCOMPARE(writer->exitStatus(), QProcess::NormalExit);
            QCOMPARE(writer->exitCode(), 0);
        }
        qDeleteAll(writers);
        QSqlDatabase db = m_server.connect(QStringLiteral("count"), QStringLiteral("postgres"), QStringLiteral("team"));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), count(DISTINCT id), count(DISTINCT note) FROM notes"
                                          " WHERE author = 'dora'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2000);
        QCOMPARE(query.value(1).toInt(), 2000);
        QCOMPARE(query.value(2).toInt(), 2000);
    }

    void cleanupTestCase()
    {
        m_alice.close();
        m_aliceElsewhere.close();
        m_bob.close();
    }
};

QTEST_GUILESS_MAIN(PostgresStoreTest)
#include "tst_postgresstore.moc"
