// The notes commands on a team store, through the real binary: --init-store, --import-notes --store [--share] and
// --export-notes --store, with two members of a real PostgreSQL 15 server.
#include "support/notestestdata.h"
#include "support/pgserver.h"
#include "support/testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;
using Randnotiz::Test::PgServer;

namespace {

const QByteArray notesJson = R"({
  "type": "AnnotationCollection",
  "first": {"type": "AnnotationPage", "items": [
    {"id": "urn:uuid:%1-2222-4333-8444-555555555501", "type": "Annotation", "motivation": "commenting",
     "created": "2024-05-01T10:00:00Z", "modified": "2024-05-02T11:00:00Z",
     "body": [{"type": "TextualBody", "value": "Das Geld fehlt", "purpose": "commenting"}],
     "target": {"source": "urn:sha256:0000", "selector": [
        {"type": "TextQuoteSelector", "exact": "Strittige Fragen zur Finanzierung wurden dagegen erneut vertagt."}]}},
    {"id": "urn:uuid:%1-2222-4333-8444-555555555502", "type": "Annotation", "motivation": "highlighting",
     "created": "2024-05-01T10:05:00Z",
     "target": {"source": "urn:sha256:0000", "selector": [
        {"type": "TextQuoteSelector", "exact": "Der Vorschlag fand allerdings keine Mehrheit."}]}}
  ]}
})";

} // namespace

class TestTeamCli final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    PgServer m_server;
    QTemporaryDir m_dir;
    int m_stores = 0;

    Run run(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/share")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RANDNOTIZ_BINARY), arguments);
        Run r;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        return r;
    }

    QString article() const { return m_dir.filePath(QStringLiteral("klima.txt")); }
    QString notes(const QString &idPrefix) const
    {
        const QString path = m_dir.filePath(idPrefix + QStringLiteral(".json"));
        QFile file(path);
        const QByteArray bytes = QString::fromUtf8(notesJson).arg(idPrefix).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the notes");
        return path;
    }
    // A new team store, set up by --init-store as an administrator does it.
    QString newStore()
    {
        const QString database = QStringLiteral("cli_%1").arg(++m_stores);
        if (!m_server.execAsSuperuser({ QStringLiteral("CREATE DATABASE %1 OWNER store_admin").arg(database) },
                                      QStringLiteral("postgres")))
            return {};
        const Run init = run({ QStringLiteral("--init-store"), m_server.url(QStringLiteral("store_admin"), database) });
        if (init.exitCode != 0) {
            qWarning("%s", init.err.constData());
            return {};
        }
        // Membership belongs to the cluster: granted once, with the first store (which made the group role).
        if (m_stores == 1
            && !m_server.execAsSuperuser({ QStringLiteral("GRANT randnotiz_team TO alice, bob") }, database))
            return {};
        return database;
    }
    QStringList as(const QString &role, const QString &database) const
    {
        return { QStringLiteral("--store"), m_server.url(role, database), QStringLiteral("--data-dir"),
                 m_dir.filePath(role) };
    }
    static QJsonArray items(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).object().value(u"first").toObject().value(u"items").toArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::copy(Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")), article()));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.execAsSuperuser({ QStringLiteral("CREATE ROLE store_admin LOGIN CREATEROLE"),
                                            QStringLiteral("CREATE ROLE alice LOGIN"),
                                            QStringLiteral("CREATE ROLE bob LOGIN") },
                                          QStringLiteral("postgres")),
                 qPrintable(m_server.errorString()));
    }

    void importShared_otherMemberExportsThemWithTheirAuthor()
    {
        const QString store = newStore();
        QVERIFY(!store.isEmpty());
        const Run imported = run(QStringList { QStringLiteral("--import-notes"), notes(QStringLiteral("aaaaaaaa")),
                                               article(), QStringLiteral("--share") }
                                 + as(QStringLiteral("alice"), store));
        QVERIFY2(imported.exitCode == 0, imported.err.constData());

        const Run json = run(QStringList { QStringLiteral("--export-notes"), QStringLiteral("json"), article() }
                             + as(QStringLiteral("bob"), store));
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonArray seen = items(json.out);
        QCOMPARE(seen.size(), 2);
        for (const QJsonValue &item : seen) {
            QCOMPARE(item.toObject().value(u"creator").toObject(),
                     (QJsonObject { { QStringLiteral("type"), QStringLiteral("Person") },
                                    { QStringLiteral("nickname"), QStringLiteral("alice") } }));
        }
        const Run csv = run(QStringList { QStringLiteral("--export-notes"), QStringLiteral("csv"), article() }
                            + as(QStringLiteral("bob"), store));
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).trimmed().endsWith(",modified,author"));
        QVERIFY(lines.at(1).trimmed().endsWith(",alice"));
        QVERIFY(lines.at(2).trimmed().endsWith(",alice"));
    }

    void importPrivate_isSeenByItsAuthorOnly()
    {
        const QString store = newStore();
        QVERIFY(!store.isEmpty());
        const Run imported
            = run(QStringList { QStringLiteral("--import-notes"), notes(QStringLiteral("bbbbbbbb")), article() }
                  + as(QStringLiteral("alice"), store));
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const Run mine = run(QStringList { QStringLiteral("--export-notes"), QStringLiteral("json"), article() }
                             + as(QStringLiteral("alice"), store));
        QCOMPARE(items(mine.out).size(), 2);
        const Run theirs = run(QStringList { QStringLiteral("--export-notes"), QStringLiteral("json"), article() }
                               + as(QStringLiteral("bob"), store));
        QVERIFY2(theirs.exitCode == 0, theirs.err.constData());
        QCOMPARE(items(theirs.out).size(), 0);
        const Run all
            = run(QStringList { QStringLiteral("--export-notes"), QStringLiteral("md"), QStringLiteral("--all") }
                  + as(QStringLiteral("bob"), store));
        QVERIFY(!all.out.contains("Das Geld fehlt"));
    }

    void share_withoutTeamStore_isAUsageError()
    {
        const Run r
            = run({ QStringLiteral("--import-notes"), notes(QStringLiteral("cccccccc")), article(),
                    QStringLiteral("--share"), QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("local")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--store"), r.err.constData());
    }

    void storeWithPassword_isRefusedAndNothingWritten()
    {
        const Run r = run({ QStringLiteral("--export-notes"), QStringLiteral("md"), article(),
                            QStringLiteral("--store"), QStringLiteral("postgresql://alice:geheim@127.0.0.1:1/x"),
                            QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("local")) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("password"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void help_namesTheStoreOptions()
    {
        const Run r = run({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--store <URL>"));
        QVERIFY(r.out.contains("--share"));
    }
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_teamcli.moc"
