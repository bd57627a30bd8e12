// The behaviour every notes store promises through NotesStore, run against both backends: the local SQLite store
// and the team store on a real PostgreSQL 15 server, each made by StoreFactory as the window and the commands make
// them. Add, update, remove, search, a renamed file, recognition by fingerprint, re-anchoring, counts and tags.
#include "article/articletext.h"
#include "notes/postgres/teamschema.h"
#include "notes/storefactory.h"
#include "support/notestestdata.h"
#include "support/pgserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Randnotiz;
using Randnotiz::Test::PgServer;

// Every test runs once per backend.
#define BOTH_BACKENDS(name)                                                                                            \
    void name##_data()                                                                                                 \
    {                                                                                                                  \
        backends();                                                                                                    \
    }                                                                                                                  \
    void name()

class TestNotesStore final : public QObject
{
    Q_OBJECT

private:
    PgServer m_server;
    int m_databases = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    StoreLocation m_location;
    std::unique_ptr<NotesStore> m_store;
    ArticleText m_text;
    StoredArticle m_article;

    static void backends()
    {
        QTest::addColumn<bool>("team");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    // A team store of its own for each test, so that counts and searches see only that test's notes.
    QString freshTeamStore()
    {
        const QString database = QStringLiteral("notes_%1").arg(++m_databases);
        if (!m_server.execAsSuperuser({ QStringLiteral("CREATE DATABASE %1 OWNER store_admin").arg(database) },
                                      QStringLiteral("postgres"))) {
            qWarning("%s", qPrintable(m_server.errorString()));
            return {};
        }
        const QString connection = QStringLiteral("admin-") + database;
        bool migrated = false;
        QString error;
        {
            QSqlDatabase admin = m_server.connect(connection, QStringLiteral("store_admin"), database);
            migrated = admin.isOpen() && TeamSchema::migrate(admin, &error);
        }
        QSqlDatabase::removeDatabase(connection);
        if (!migrated) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return m_server.url(QStringLiteral("anna"), database);
    }

    // Another instance on the same store, as a second window, a restart or another machine would have.
    std::unique_ptr<NotesStore> reopen() const
    {
        std::unique_ptr<NotesStore> store = StoreFactory::create(m_location);
        if (!store->open())
            qWarning("%s", qPrintable(store->errorString()));
        return store;
    }

    Annotation annotate(const QString &quote, const QString &note = {}) const
    {
        const int start = int(m_text.text().indexOf(quote));
        if (start < 0)
            qFatal("quote not in text");
        Annotation a = Annotation::create(m_text, start, start + int(quote.size()));
        a.articleId = m_article.id;
        a.note = note;
        return a;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.execAsSuperuser({ QStringLiteral("CREATE ROLE store_admin LOGIN CREATEROLE"),
                                            QStringLiteral("CREATE ROLE anna LOGIN") },
                                          QStringLiteral("postgres")),
                 qPrintable(m_server.errorString()));
        // The first store creates the group role (once per cluster); anna is a member of every store after it.
        QVERIFY(!freshTeamStore().isEmpty());
        QVERIFY2(
            m_server.execAsSuperuser({ QStringLiteral("GRANT randnotiz_team TO anna") }, QStringLiteral("postgres")),
            qPrintable(m_server.errorString()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const bool team = QByteArray(QTest::currentDataTag()) == "postgresql";
        m_location = StoreLocation { m_dir->filePath(QStringLiteral("data")), team ? freshTeamStore() : QString() };
        QVERIFY(!team || !m_location.teamStore.isEmpty());
        m_store = StoreFactory::create(m_location);
        QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
        QCOMPARE(m_store->hasAuthors(), team);
        m_text = ArticleText(Test::articleFromText(Test::klimaText()));
        m_article
            = m_store->recordArticle(m_text, m_dir->filePath(QStringLiteral("klima.txt")), QStringLiteral("Klima"));
        QVERIFY2(m_article.isValid(), qPrintable(m_store->errorString()));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    BOTH_BACKENDS(add_readBackByAnotherInstance_keepsEveryField)
    {
        Annotation a
            = annotate(QStringLiteral("Der Vorschlag fand jedoch keine Mehrheit."), QStringLiteral("Zwei\nZeilen"));
        a.color = Color::Purple;
        a.tags = { QStringLiteral("stahl"), QStringLiteral(" zoll "), QStringLiteral("stahl") };
        a.status = AnchorStatus::Fuzzy;
        a.created = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 123), Qt::UTC);
        a.modified = QDateTime(QDate(2024, 5, 2), QTime(11, 30, 0, 456), Qt::UTC);
        QSignalSpy changed(m_store.get(), &NotesStore::annotationsChanged);
        QVERIFY2(m_store->addAnnotation(a), qPrintable(m_store->errorString()));
        QCOMPARE(a.tags, QStringList({ QStringLiteral("stahl"), QStringLiteral("zoll") }));
        QCOMPARE(a.author, m_store->userName()); // the role in a team store, none in the local one
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).value<QList<QUuid>>(), QList<QUuid>({ a.id }));

        const std::unique_ptr<NotesStore> other = reopen();
        const StoredArticle seen = other->articleByFingerprint(m_text.fingerprint());
        QVERIFY(seen.isValid());
        a.articleId = seen.id; // each instance has its own handles
        QCOMPARE(*other->annotation(a.id), a);
        QCOMPARE(other->annotations(seen.id), QList<Annotation>({ a }));
        QCOMPARE(other->annotationCount(), 1);
    }

    BOTH_BACKENDS(update_changesModifiedAndWhatSearchFinds)
    {
        Annotation a = annotate(QStringLiteral("Der Vorschlag fand jedoch keine Mehrheit."), QStringLiteral("alt"));
        QVERIFY(m_store->addAnnotation(a));
        const QDateTime before = a.modified;
        a.note = QStringLiteral("Überraschend deutlich");
        QVERIFY2(m_store->updateAnnotation(a), qPrintable(m_store->errorString()));
        QVERIFY(a.modified >= before);
        QCOMPARE(m_store->annotation(a.id)->note, QStringLiteral("Überraschend deutlich"));
        QCOMPARE(m_store->search(QStringLiteral("alt")).size(), 0);
        QCOMPARE(m_store->search(QStringLiteral("uberrasch")).size(), 1); // a prefix, diacritics folded
        // A note that is not there cannot be updated, and nothing is made up for it.
        Annotation ghost = annotate(QStringLiteral("Mehrheit"));
        QVERIFY(!m_store->updateAnnotation(ghost));
        QVERIFY(!m_store->annotation(ghost.id));
    }

    BOTH_BACKENDS(remove_deletesOnlyThatAnnotation)
    {
        Annotation keep = annotate(QStringLiteral("Mehrheit"));
        Annotation drop = annotate(QStringLiteral("Vorschlag"));
        QVERIFY(m_store->addAnnotation(keep));
        QVERIFY(m_store->addAnnotation(drop));
        QSignalSpy changed(m_store.get(), &NotesStore::annotationsChanged);
        QVERIFY2(m_store->removeAnnotation(drop.id), qPrintable(m_store->errorString()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).value<QList<QUuid>>(), QList<QUuid>({ drop.id }));
        QVERIFY(!m_store->annotation(drop.id));
        QVERIFY(m_store->annotation(keep.id));
        QVERIFY(!m_store->removeAnnotation(drop.id)); // gone already
        QCOMPARE(reopen()->annotationCount(), 1);
    }

    BOTH_BACKENDS(removeSeveral_removesAllInOneGo_unknownIdsCountAsRemoved)
    {
        QList<QUuid> ids;
        for (const QString &quote : { QStringLiteral("Mehrheit"), QStringLiteral("Vorschlag") }) {
            Annotation a = annotate(quote);
            QVERIFY(m_store->addAnnotation(a));
            ids.append(a.id);
        }
        QVERIFY2(m_store->removeAnnotations(ids + QList<QUuid> { QUuid::createUuid() }),
                 qPrintable(m_store->errorString()));
        QCOMPARE(m_store->annotationCount(), 0);
    }

    BOTH_BACKENDS(saveAnnotations_keepsIdsAndTimes_andReplaces)
    {
        Annotation existing = annotate(QStringLiteral("Mehrheit"), QStringLiteral("vorher"));
        QVERIFY(m_store->addAnnotation(existing));
        existing.note = QStringLiteral("importiert");
        Annotation imported = annotate(QStringLiteral("Vorschlag"), QStringLiteral("neu"));
        imported.created = QDateTime(QDate(2023, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        imported.modified = imported.created;
        imported.author = m_store->userName(); // the store names the author; the import does not
        QVERIFY2(m_store->saveAnnotations({ existing, imported }), qPrintable(m_store->errorString()));
        QCOMPARE(*m_store->annotation(existing.id), existing);
        QCOMPARE(*m_store->annotation(imported.id), imported);
        QCOMPARE(m_store->annotationCount(), 2);
    }

    BOTH_BACKENDS(search_foldsDiacriticsMatchesPrefixesAndNeverReadsSyntax)
    {
        Annotation a = annotate(QStringLiteral("Mehrheit"), QStringLiteral("Ökonomen warnen"));
        a.tags = { QStringLiteral("zölle") };
        QVERIFY(m_store->addAnnotation(a));
        Annotation b = annotate(QStringLiteral("Vorschlag"), QStringLiteral("nichts davon"));
        QVERIFY(m_store->addAnnotation(b));
        for (const QString &query : { QStringLiteral("okonom"), QStringLiteral("ÖKONOMEN"), QStringLiteral("zoll"),
                                      QStringLiteral("mehr"), QStringLiteral("warnen okon") }) {
            const QList<SearchHit> hits = m_store->search(query);
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.first().annotation.id, a.id);
            QCOMPARE(hits.first().articleTitle, QStringLiteral("Klima"));
        }
        QCOMPARE(m_store->search(QStringLiteral("okonom nichts")).size(), 0); // every word must match
        for (const QString &syntax :
             { QStringLiteral("\"okonom"), QStringLiteral("okonom OR nichts"), QStringLiteral("okonom*"),
               QStringLiteral("note:okonom"), QStringLiteral("(okonom) & !nichts"), QStringLiteral("'") })
            m_store->search(syntax); // never a syntax error, never everything
        QCOMPARE(m_store->search(QStringLiteral("okonom OR nichts")).size(), 0); // words, not operators
        QVERIFY(m_store->search(QString()).isEmpty());
    }

    BOTH_BACKENDS(renamedFile_findsItsNotesByFingerprint)
    {
        const QString moved = m_dir->filePath(QStringLiteral("archiv/umbenannt.txt"));
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("archiv")));
        QFile file(moved);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Annotation a = annotate(QStringLiteral("Mehrheit"));
        QVERIFY(m_store->addAnnotation(a));
        const Article article = Test::articleFromText(Test::klimaText());
        const OpenedArticle opened = m_store->openArticle(article, moved);
        QCOMPARE(opened.article.id, m_article.id);
        QCOMPARE(opened.article.path, QFileInfo(moved).canonicalFilePath());
        QCOMPARE(opened.annotations.size(), 1);
        QCOMPARE(opened.annotations.first().id, a.id);
        QCOMPARE(opened.annotations.first().status, AnchorStatus::Exact);
        // Another instance (another machine, with the file somewhere else) finds the notes by fingerprint alone.
        const std::unique_ptr<NotesStore> other = reopen();
        const OpenedArticle elsewhere = other->openArticle(article, QStringLiteral("/anderswo/klima.txt"));
        QCOMPARE(elsewhere.annotations.size(), 1);
        QCOMPARE(elsewhere.annotations.first().id, a.id);
    }

    BOTH_BACKENDS(fingerprint_tellsArticlesApart_andUnknownOnesAreNotAdded)
    {
        Annotation a = annotate(QStringLiteral("Mehrheit"));
        QVERIFY(m_store->addAnnotation(a));
        const ArticleText other(Test::articleFromText(Test::syntheticArticle(1)));
        QVERIFY(other.fingerprint() != m_text.fingerprint());
        QVERIFY(!m_store->articleByFingerprint(other.fingerprint()).isValid());
        QVERIFY(!m_store->recordArticle(other, QStringLiteral("/tmp/x.txt"), QStringLiteral("x"), false).isValid());
        QVERIFY(!m_store->articleByFingerprint(other.fingerprint()).isValid());
        const StoredArticle recorded = m_store->recordArticle(other, QStringLiteral("/tmp/y.txt"), QStringLiteral("y"));
        QVERIFY(recorded.isValid());
        QVERIFY(recorded.id != m_article.id);
        QVERIFY(m_store->annotations(recorded.id).isEmpty());
        QCOMPARE(m_store->articleByFingerprint(m_text.fingerprint()).title, QStringLiteral("Klima"));
        QCOMPARE(m_store->articleByFingerprint(m_text.fingerprint()).plainText, m_text.text());
    }

    BOTH_BACKENDS(openArticle_reanchorsMovedPassageAndSavesIt)
    {
        const QString quote = QStringLiteral("Der Vorschlag fand jedoch keine Mehrheit.");
        Annotation a = annotate(quote, QStringLiteral("verschoben"));
        // As if written against an earlier position: the passage is ten characters further on.
        QVERIFY(a.paragraphOffset >= 10);
        a.start -= 10;
        a.end -= 10;
        a.paragraphOffset -= 10;
        QVERIFY(m_store->addAnnotation(a));
        const OpenedArticle opened = m_store->openArticle(Test::articleFromText(Test::klimaText()), {});
        QCOMPARE(opened.reanchored, 1);
        QCOMPARE(opened.annotations.first().start, a.start + 10);
        QCOMPARE(opened.annotations.first().status, AnchorStatus::Moved);
        const std::unique_ptr<NotesStore> other = reopen();
        QCOMPARE(other->annotation(a.id)->start, a.start + 10); // saved
    }

    BOTH_BACKENDS(countsTagsAndAllAnnotations_coverEveryArticle)
    {
        Annotation a = annotate(QStringLiteral("Mehrheit"));
        a.tags = { QStringLiteral("klima"), QStringLiteral("bonn") };
        Annotation b = annotate(QStringLiteral("Vorschlag"));
        b.tags = { QStringLiteral("klima") };
        QVERIFY(m_store->addAnnotation(a));
        QVERIFY(m_store->addAnnotation(b));
        const ArticleText otherText(Test::articleFromText(Test::syntheticArticle(2)));
        const StoredArticle other
            = m_store->recordArticle(otherText, QStringLiteral("/tmp/z.txt"), QStringLiteral("z"));
        Annotation c = Annotation::create(otherText, 0, 10);
        c.articleId = other.id;
        c.tags = { QStringLiteral("anders") };
        QVERIFY(m_store->addAnnotation(c));

        QCOMPARE(m_store->annotationCounts(), (QHash<qint64, int> { { m_article.id, 2 }, { other.id, 1 } }));
        QCOMPARE(m_store->annotationCountsByFingerprint(),
                 (QHash<QString, int> { { m_text.fingerprint(), 2 }, { otherText.fingerprint(), 1 } }));
        QCOMPARE(m_store->tags(),
                 QStringList({ QStringLiteral("klima"), QStringLiteral("anders"), QStringLiteral("bonn") }));
        const QList<Annotation> all = m_store->allAnnotations();
        QCOMPARE(all.size(), 3);
        QList<StoredArticle> articles = m_store->articles();
        QCOMPARE(articles.size(), 2);
    }

    BOTH_BACKENDS(readersOwnThings_stayAcrossInstances)
    {
        // Colour labels and chosen Wikipedia pages: in the local store, or kept locally beside a team store.
        QVERIFY2(m_store->setColorLabel(Color::Red, QStringLiteral("Widerspruch")), qPrintable(m_store->errorString()));
        const QUrl page(QStringLiteral("https://de.wikipedia.org/wiki/Bonn"));
        QVERIFY(m_store->setChosenLink(m_text.fingerprint(), QStringLiteral("Bonn"), page));
        const std::unique_ptr<NotesStore> other = reopen();
        QCOMPARE(other->colorLabels().label(Color::Red), QStringLiteral("Widerspruch"));
        QCOMPARE(other->chosenLinks(m_text.fingerprint()).value(QStringLiteral("Bonn")), page);
    }

    void teamStore_withBadAddress_failsWithReason()
    {
        const std::unique_ptr<NotesStore> store
            = StoreFactory::create(StoreLocation { {}, QStringLiteral("postgresql://anna:geheim@host/db") });
        QVERIFY(!store->open());
        QVERIFY2(store->errorString().contains(QStringLiteral("password")), qPrintable(store->errorString()));
        QVERIFY(!StoreFactory::testConnection(QStringLiteral("http://example.org/x")).isEmpty());
        QCOMPARE(StoreFactory::testConnection(m_server.url(QStringLiteral("anna"), QStringLiteral("notes_1"))),
                 QString());
    }
};

QTEST_GUILESS_MAIN(TestNotesStore)
#include "tst_notesstore.moc"
