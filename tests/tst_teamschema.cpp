// The team store's schema on a real PostgreSQL 15 server: --init-store from empty and again, the row-level
// security seen from a plain connection of another member, NOTIFY on write, and diacritics-folding search.
#include "cli/commandline.h"
#include "notes/postgres/teamschema.h"
#include "support/pgserver.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

#include <cstdio>

using namespace Randnotiz;
using Randnotiz::Test::PgServer;

namespace {

struct CommandResult
{
    int code = -1;
    QString out;
    QString err;
};

QString readStream(std::FILE *file)
{
    std::rewind(file);
    QByteArray bytes;
    char buffer[4096];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, file))
        bytes.append(buffer, qsizetype(n));
    std::fclose(file);
    return QString::fromLocal8Bit(bytes);
}

CommandResult initStore(const QString &url)
{
    std::FILE *out = std::tmpfile();
    std::FILE *err = std::tmpfile();
    CommandResult result;
    result.code = runHeadlessCommand({ QStringLiteral("randnotiz"), QStringLiteral("--init-store"), url }, out, err);
    result.out = readStream(out);
    result.err = readStream(err);
    return result;
}

// The rows of a query as text, one string per row (columns joined by |).
QStringList rows(QSqlQuery &query)
{
    QStringList result;
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns.append(query.value(i).toString());
        result.append(columns.join(u'|'));
    }
    return result;
}

} // namespace

class TeamSchemaTest : public QObject
{
    Q_OBJECT

private:
    PgServer m_server; // one server for every test function
    static constexpr auto Admin = "store_admin";
    static constexpr auto Team = "team";
    const QString m_privateId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString m_sharedId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    static constexpr auto Secret = "alice-geheim-7f3a";

    // A fresh database owned by the (non-superuser) administrator.
    QString createDatabase(const QString &name)
    {
        if (!m_server.execAsSuperuser({ QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(name, QLatin1String(Admin)) },
                                      QStringLiteral("postgres")))
            return {};
        return m_server.url(QLatin1String(Admin), name);
    }

    // Schema objects of a database: relations, policies, triggers, functions, the version, the role's rights.
    QStringList schemaSnapshot(const QString &database)
    {
        QSqlDatabase db = m_server.connect(QStringLiteral("snapshot"), QLatin1String(Admin), database);
        QStringList snapshot;
        for (const QString &sql :
             { QStringLiteral("SELECT relname, relkind, relrowsecurity FROM pg_class WHERE relnamespace ="
                              " 'public'::regnamespace ORDER BY relname"),
               QStringLiteral("SELECT tablename, policyname, cmd, roles::text, qual, with_check FROM pg_policies"
                              " ORDER BY policyname"),
               QStringLiteral("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname"),
               QStringLiteral("SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1"),
               QStringLiteral("SELECT table_name, privilege_type FROM information_schema.role_table_grants"
                              " WHERE grantee = 'randnotiz_team' ORDER BY 1, 2"),
               QStringLiteral("SELECT version FROM randnotiz_schema") }) {
            QSqlQuery query(db);
            if (!query.exec(sql))
                snapshot.append(query.lastError().text());
            snapshot += rows(query);
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("snapshot"));
        return snapshot;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.execAsSuperuser({ QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(QLatin1String(Admin)),
                                            QStringLiteral("CREATE ROLE alice LOGIN"),
                                            QStringLiteral("CREATE ROLE bob LOGIN"),
                                            QStringLiteral("CREATE ROLE carol LOGIN") },
                                          QStringLiteral("postgres")),
                 qPrintable(m_server.errorString()));
        const QString url = createDatabase(QLatin1String(Team));
        QVERIFY2(!url.isEmpty(), qPrintable(m_server.errorString()));
        const CommandResult result = initStore(url);
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QVERIFY2(
            m_server.execAsSuperuser({ QStringLiteral("GRANT randnotiz_team TO alice, bob") }, QLatin1String(Team)),
            qPrintable(m_server.errorString()));

        // Alice writes a private note (and changes it once, so that its history holds the secret too) and a
        // shared one.
        QSqlDatabase alice = m_server.connect(QStringLiteral("alice"), QStringLiteral("alice"), QLatin1String(Team));
        QVERIFY2(alice.isOpen(), qPrintable(alice.lastError().text()));
        QSqlQuery query(alice);
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO articles (fingerprint, title) VALUES ('fp1', 'Titel')")),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO notes (id, article, quote, note, tags) VALUES"
                                             " (?::uuid, 'fp1', ?, ?, ?::text[])")));
        query.addBindValue(m_privateId);
        query.addBindValue(QStringLiteral("Die Ökonomen warnen"));
        query.addBindValue(QStringLiteral("first draft"));
        query.addBindValue(QStringLiteral("{privat}"));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.prepare(QStringLiteral("UPDATE notes SET note = ? WHERE id = ?::uuid")));
        query.addBindValue(QLatin1String(Secret));
        query.addBindValue(m_privateId);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO notes (id, article, quote, note, shared) VALUES"
                                             " (?::uuid, 'fp1', 'Zölle', 'for everyone', true)")));
        query.addBindValue(m_sharedId);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY2(m_server.execAsSuperuser({ QStringLiteral("ANALYZE") }, QLatin1String(Team)),
                 qPrintable(m_server.errorString()));
    }

    void cleanupTestCase()
    {
        for (const QString &name : QSqlDatabase::connectionNames())
            QSqlDatabase::removeDatabase(name);
    }

    void initStore_fromEmpty_createsVersionOneWithRoleAndPolicies()
    {
        const QString url = createDatabase(QStringLiteral("fresh"));
        QVERIFY2(!url.isEmpty(), qPrintable(m_server.errorString()));
        const CommandResult result = initStore(url);
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("version 1 (was 0)")), qPrintable(result.out));

        QSqlDatabase db = m_server.connect(QStringLiteral("fresh"), QLatin1String(Admin), QStringLiteral("fresh"));
        QCOMPARE(TeamSchema::version(db), 1);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'randnotiz_team'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toBool(), false);
        QVERIFY(query.exec(QStringLiteral("SELECT relname FROM pg_class WHERE relrowsecurity ORDER BY 1")));
        QCOMPARE(rows(query), (QStringList { QStringLiteral("note_history"), QStringLiteral("notes") }));
        QVERIFY(query.exec(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = 'notes_search'")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toString().contains(QStringLiteral("USING gin")));
    }

    void initStore_twice_changesNothing()
    {
        const QString url = createDatabase(QStringLiteral("twice"));
        QVERIFY2(!url.isEmpty(), qPrintable(m_server.errorString()));
        const CommandResult first = initStore(url);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const QStringList before = schemaSnapshot(QStringLiteral("twice"));
        QVERIFY(before.contains(QStringLiteral("1")));
        const CommandResult second = initStore(url);
        QVERIFY2(second.code == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(QStringLiteral("up to date (version 1)")), qPrintable(second.out));
        QCOMPARE(schemaSnapshot(QStringLiteral("twice")), before);
    }

    void initStore_badUrl_saysWhyWithoutConnecting_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        QTest::newRow("password") << QStringLiteral("postgresql://alice:hunter2@127.0.0.1:1/team")
                                  << QStringLiteral("must not contain a password");
        QTest::newRow("no database") << QStringLiteral("postgresql://alice@127.0.0.1:1/")
                                     << QStringLiteral("names no database");
        QTest::newRow("other scheme") << QStringLiteral("mysql://alice@127.0.0.1/team")
                                      << QStringLiteral("is no team store address");
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://alice@127.0.0.1/team?sslmode=sometimes")
                                     << QStringLiteral("Unknown sslmode");
        QTest::newRow("other option") << QStringLiteral("postgresql://alice@127.0.0.1/team?password=x")
                                      << QStringLiteral("unknown setting \"password\"");
    }

    void initStore_badUrl_saysWhyWithoutConnecting()
    {
        QFETCH(QString, url);
        QFETCH(QString, message);
        const CommandResult result = initStore(url);
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY2(!result.err.contains(QStringLiteral("hunter2")), qPrintable(result.err));
    }

    void initStore_isAHeadlessCommand()
    {
        QVERIFY(CommandLine::isHeadless(
            { QStringLiteral("randnotiz"), QStringLiteral("--init-store"), QStringLiteral("postgresql://a@b/c") }));
        QVERIFY(CommandLine::isHeadless(
            { QStringLiteral("randnotiz"), QStringLiteral("--init-store=postgresql://a@b/c") }));
    }

    void url_parsesPartsAndSslmode()
    {
        QString error;
        const auto url
            = TeamStoreUrl::parse(QStringLiteral("postgresql://bob@db.example:6543/news?sslmode=verify-full"), &error);
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(url->user, QStringLiteral("bob"));
        QCOMPARE(url->host, QStringLiteral("db.example"));
        QCOMPARE(url->port, 6543);
        QCOMPARE(url->database, QStringLiteral("news"));
        QCOMPARE(url->sslmode, QStringLiteral("verify-full"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("unopened"));
        url->applyTo(db);
        QVERIFY(db.connectOptions().contains(QStringLiteral("sslmode=verify-full")));
        QCOMPARE(db.password(), QString());
    }

    void initStore_unreachableServer_failsWithMessage()
    {
        const CommandResult result = initStore(QStringLiteral("postgresql://alice@127.0.0.1:1/team?sslmode=disable"));
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QStringLiteral("Cannot connect to the team store")), qPrintable(result.err));
    }

    // Bob, another member, on a plain connection: nothing of Alice's private note in any table or view of the
    // store, nor in the statistics PostgreSQL keeps about them.
    void otherMember_seesNoPrivateNoteThroughAnyRelation()
    {
        QSqlDatabase bob = m_server.connect(QStringLiteral("bob"), QStringLiteral("bob"), QLatin1String(Team));
        QVERIFY2(bob.isOpen(), qPrintable(bob.lastError().text()));
        QSqlQuery relations(bob);
        QVERIFY(relations.exec(QStringLiteral("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace"
                                              " AND relkind IN ('r', 'v', 'm', 'p', 'f') ORDER BY 1")));
        const QStringList names = rows(relations);
        QVERIFY(names.contains(QStringLiteral("notes")));
        QVERIFY(names.contains(QStringLiteral("note_history")));
        int readable = 0;
        for (const QString &name : names) {
            QSqlQuery query(bob);
            if (!query.exec(QStringLiteral("SELECT t::text FROM %1 t").arg(name))) {
                QVERIFY2(query.lastError().text().contains(QStringLiteral("permission denied")),
                         qPrintable(query.lastError().text()));
                continue;
            }
            ++readable;
            for (const QString &row : rows(query)) {
                QVERIFY2(!row.contains(QLatin1String(Secret)) && !row.contains(m_privateId),
                         qPrintable(name + u": " + row));
            }
        }
        QVERIFY(readable >= 3); // articles, notes, note_history (and the version)
        QSqlQuery stats(bob);
        QVERIFY(
            stats.exec(QStringLiteral("SELECT s::text FROM pg_stats s WHERE tablename IN ('notes', 'note_history')")));
        for (const QString &row : rows(stats))
            QVERIFY2(!row.contains(QLatin1String(Secret)) && !row.contains(m_privateId), qPrintable(row));

        QSqlQuery shared(bob);
        QVERIFY(shared.exec(QStringLiteral("SELECT id::text, author, note FROM notes")));
        QCOMPARE(rows(shared), (QStringList { m_sharedId + QStringLiteral("|alice|for everyone") }));
    }

    void otherMember_cannotChangeOrDeleteOthersNotes()
    {
        QSqlDatabase bob = QSqlDatabase::database(QStringLiteral("bob"));
        if (!bob.isOpen())
            bob = m_server.connect(QStringLiteral("bob"), QStringLiteral("bob"), QLatin1String(Team));
        QVERIFY2(bob.isOpen(), qPrintable(bob.lastError().text()));
        for (const QString &id : { m_privateId, m_sharedId }) {
            QSqlQuery query(bob);
            QVERIFY(query.prepare(QStringLiteral("UPDATE notes SET note = 'bob was here', shared = true"
                                                 " WHERE id = ?::uuid")));
            query.addBindValue(id);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QCOMPARE(query.numRowsAffected(), 0);
            QVERIFY(query.prepare(QStringLiteral("DELETE FROM notes WHERE id = ?::uuid")));
            query.addBindValue(id);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QCOMPARE(query.numRowsAffected(), 0);
        }
        QSqlQuery query(bob);
        // Taking over an id or writing in Alice's name is refused by the policies.
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO notes (id, article, note) VALUES (?::uuid, 'fp1', 'mine')"
                                             " ON CONFLICT (id) DO UPDATE SET note = excluded.note")));
        query.addBindValue(m_privateId);
        QVERIFY(!query.exec());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO notes (id, article, author, note)"
                                           " VALUES (gen_random_uuid(), 'fp1', 'alice', 'forged')")));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("row-level security")),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO note_history (note_id, author, version)"
                                           " VALUES (gen_random_uuid(), 'alice', '{}')")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM note_history")));
        QVERIFY(!query.exec(QStringLiteral("SET ROLE alice")));
        // Bob's own note is his, by default.
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO notes (id, article, note) VALUES (gen_random_uuid(), 'fp1',"
                                           " 'bob''s own') RETURNING author")),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("bob"));

        // Alice still has both notes as she wrote them, and only her own edit in the history.
        QSqlDatabase alice = QSqlDatabase::database(QStringLiteral("alice"));
        QSqlQuery check(alice);
        QVERIFY(check.exec(
            QStringLiteral("SELECT id::text, shared, note FROM notes WHERE author = 'alice' ORDER BY shared")));
        QCOMPARE(rows(check),
                 (QStringList { m_privateId + QStringLiteral("|false|") + QLatin1String(Secret),
                                m_sharedId + QStringLiteral("|true|for everyone") }));
        QVERIFY(check.exec(QStringLiteral("SELECT version->>'note' FROM note_history")));
        QCOMPARE(rows(check), QStringList { QStringLiteral("first draft") });
    }

    void nonMember_cannotReadTheStore()
    {
        QSqlDatabase carol = m_server.connect(QStringLiteral("carol"), QStringLiteral("carol"), QLatin1String(Team));
        QVERIFY2(carol.isOpen(), qPrintable(carol.lastError().text()));
        QSqlQuery query(carol);
        for (const QString &table :
             { QStringLiteral("notes"), QStringLiteral("note_history"), QStringLiteral("articles") }) {
            QVERIFY(!query.exec(QStringLiteral("SELECT * FROM ") + table));
            QVERIFY2(query.lastError().text().contains(QStringLiteral("permission denied")),
                     qPrintable(query.lastError().text()));
        }
    }

    void write_notifiesAnotherConnectionWithTheNoteId()
    {
        QSqlDatabase bob = m_server.connect(QStringLiteral("bob-listens"), QStringLiteral("bob"), QLatin1String(Team));
        QVERIFY2(bob.isOpen(), qPrintable(bob.lastError().text()));
        QVERIFY2(bob.driver()->subscribeToNotification(QLatin1String(TeamSchema::NotifyChannel)),
                 qPrintable(bob.driver()->lastError().text()));
        QSignalSpy spy(
            bob.driver(),
            qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(&QSqlDriver::notification));
        QVERIFY(spy.isValid());

        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("alice")));
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO notes (id, article, note, shared) VALUES (?::uuid, 'fp1',"
                                             " 'live', true)")));
        query.addBindValue(id);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.first().at(0).toString(), QLatin1String(TeamSchema::NotifyChannel));
        QCOMPARE(spy.first().at(2).toString(), id);
        QCOMPARE(spy.first().at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::OtherSource);
        bob.driver()->unsubscribeFromNotification(QLatin1String(TeamSchema::NotifyChannel));
    }

    // The search function sees past row-level security for speed; it must apply the same rule itself.
    void searchFunction_showsOnlyWhatTheCallerMayRead()
    {
        const auto hits = [](const QString &connection, const QString &words) {
            QSqlQuery query(QSqlDatabase::database(connection));
            query.prepare(QStringLiteral("SELECT id::text, note FROM randnotiz_search(?, 100)"));
            query.addBindValue(words);
            if (!query.exec())
                return QStringList { query.lastError().text() };
            return rows(query);
        };
        QCOMPARE(hits(QStringLiteral("alice"), QStringLiteral("okonomen")),
                 QStringList { m_privateId + u'|' + QLatin1String(Secret) });
        QCOMPARE(hits(QStringLiteral("alice"), QStringLiteral("zolle")),
                 QStringList { m_sharedId + QStringLiteral("|for everyone") });
        QCOMPARE(hits(QStringLiteral("bob"), QStringLiteral("okonomen")), QStringList {});
        QCOMPARE(hits(QStringLiteral("bob"), QStringLiteral("zolle")),
                 QStringList { m_sharedId + QStringLiteral("|for everyone") });
        const QStringList carol = hits(QStringLiteral("carol"), QStringLiteral("zolle"));
        QCOMPARE(carol.size(), 1);
        QVERIFY2(carol.first().contains(QStringLiteral("permission denied")), qPrintable(carol.first()));
    }

    void search_foldsDiacriticsAndReadsInputAsWords_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("finds");
        QTest::newRow("folded") << QStringLiteral("okonomen") << true;
        QTest::newRow("accented") << QStringLiteral("Ökonomen") << true;
        QTest::newRow("prefix") << QStringLiteral("oko warn") << true;
        QTest::newRow("every word") << QStringLiteral("okonomen jubeln") << false;
        QTest::newRow("operators are words") << QStringLiteral("okonomen | jubeln") << false;
        QTest::newRow("negation is a word") << QStringLiteral("!okonomen") << true;
        QTest::newRow("quotes and backslashes") << QStringLiteral("'okonomen\\' :*") << true;
        QTest::newRow("syntax only") << QStringLiteral("&|!():*'") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void search_foldsDiacriticsAndReadsInputAsWords()
    {
        QFETCH(QString, input);
        QFETCH(bool, finds);
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("alice")));
        QVERIFY(query.prepare(QStringLiteral("SELECT id::text FROM notes WHERE search @@ randnotiz_query(?)")));
        query.addBindValue(input);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QCOMPARE(rows(query).contains(m_privateId), finds);
    }
};

QTEST_GUILESS_MAIN(TeamSchemaTest)
#include "tst_teamschema.moc"
