// AnnotationStore on SQLite: schema, migration from the first schema, corrupt files, recognition of moved
// and edited articles, full-text search, crash safety and two writing processes.
#include "article/articletext.h"
#include "notes/annotationstore.h"
#include "support/notestestdata.h"
#include "support/testpaths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;

class TestAnnotationStore final : public QObject
{
    Q_OBJECT

private slots:
    void sqliteDriver_hasFts5();
    void open_createsWalDatabaseWithCurrentSchema();
    void add_isCommittedAtOnceAndVisibleToAnotherConnection();
    void add_keepsEveryField();
    void update_changesModifiedAndSearchIndex();
    void remove_deletesOnlyThatAnnotation();
    void migration_fromFirstSchema_keepsDataAndAddsSearch();
    void migration_fromSchema3_addsChosenLinksAndKeepsNotes();
    void chosenLinks_arePerArticleAndCanBeForgotten();
    void newerSchema_isRefusedAndFileKept();
    void notADatabase_isMovedAsideAndFreshStoreUsed();
    void corruptDatabase_isMovedAsideAndFreshStoreUsed();
    void renamedFile_findsItsNotesByFingerprint();
    void editedFileAtSamePath_keepsNotesAndReanchors();
    void unknownArticle_isNotAddedWithoutCreate();
    void search_findsQuotesNotesAndTagsOfAllArticles();
    void search_treatsInputAsWordsNotSyntax();
    void colorLabels_arePersistent();
    void killedWhileWriting_keepsEveryAcknowledgedAnnotation();
    void twoProcessesWritingAtOnce_bothSucceed();
    void twoProcessesOpeningANewStore_bothOpen();
    void removeSeveral_failingOnTheThird_removesNone();
    void removeSeveral_removesAllInOneGo();
    void articlesWithoutNotes_areCountedAndClearedButNotThoseWithNotes();

private:
    struct Fixture
    {
        QTemporaryDir dir;
        AnnotationStore store;
        ArticleText text;
        StoredArticle article;
    };
    static void prepare(Fixture &f);
    static Annotation annotate(const Fixture &f, const QString &quote, const QString &note = {});
};

void TestAnnotationStore::prepare(Fixture &f)
{
    QVERIFY(f.dir.isValid());
    QVERIFY2(f.store.open(f.dir.path()), qPrintable(f.store.errorString()));
    QVERIFY(f.store.recoveryMessage().isEmpty());
    f.text = ArticleText(Test::articleFromText(Test::klimaText()));
    f.article = f.store.recordArticle(f.text, f.dir.filePath(QStringLiteral("klima.txt")), QStringLiteral("Klima"));
    QVERIFY(f.article.isValid());
}

Annotation TestAnnotationStore::annotate(const Fixture &f, const QString &quote, const QString &note)
{
    const int start = int(f.text.text().indexOf(quote));
    if (start < 0)
        qFatal("quote not in text");
    Annotation a = Annotation::create(f.text, start, start + int(quote.size()));
    a.articleId = f.article.id;
    a.note = note;
    return a;
}

void TestAnnotationStore::sqliteDriver_hasFts5()
{
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLITE")));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fts5probe"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(x)")), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fts5probe"));
}

namespace {

// A second, independent connection to the same file, as another process would have.
struct RawConnection
{
    explicit RawConnection(const QString &path)
        : name(QStringLiteral("raw-") + QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(name, false));
        return q.exec(sql);
    }
    QString name;
};

} // namespace

void TestAnnotationStore::open_createsWalDatabaseWithCurrentSchema()
{
    Fixture f;
    prepare(f);
    QVERIFY(QFileInfo::exists(f.dir.filePath(QStringLiteral("notes.sqlite"))));
    RawConnection raw(f.store.databasePath());
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), AnnotationStore::SchemaVersion);
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'annotations_fts'")).toInt(), 1);
}

void TestAnnotationStore::add_isCommittedAtOnceAndVisibleToAnotherConnection()
{
    Fixture f;
    prepare(f);
    QSignalSpy changed(&f.store, &AnnotationStore::annotationsChanged);
    Annotation a = annotate(f, QStringLiteral("Strittige Fragen"), QStringLiteral("Warum?"));
    QVERIFY(f.store.addAnnotation(a));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(), f.article.id);
    RawConnection raw(f.store.databasePath());
    QCOMPARE(
        raw.value(
               QStringLiteral("SELECT note FROM annotations WHERE id = '%1'").arg(a.id.toString(QUuid::WithoutBraces)))
            .toString(),
        QStringLiteral("Warum?"));
}

void TestAnnotationStore::add_keepsEveryField()
{
    Fixture f;
    prepare(f);
    Annotation a
        = annotate(f, QStringLiteral("Simon Stiell"), QStringLiteral("Zeile 1\nZeile 2 mit „Zitat“ und \U0001F600"));
    a.color = Color::Purple;
    a.tags = { QStringLiteral("person"), QStringLiteral("un klima") };
    a.created = QDateTime(QDate(2023, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    a.modified = QDateTime(QDate(2023, 2, 3), QTime(4, 5, 6), Qt::UTC);
    QVERIFY(f.store.addAnnotation(a));
    f.store.close();
    QVERIFY(f.store.open(f.dir.path()));
    const std::optional<Annotation> back = f.store.annotation(a.id);
    QVERIFY(back);
    QCOMPARE(*back, a);
    QCOMPARE(f.store.annotations(f.article.id), QList<Annotation> { a });
}

void TestAnnotationStore::update_changesModifiedAndSearchIndex()
{
    Fixture f;
    prepare(f);
    Annotation a = annotate(f, QStringLiteral("Strittige Fragen"), QStringLiteral("alter Gedanke"));
    a.created = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    a.modified = a.created;
    QVERIFY(f.store.addAnnotation(a));
    a.note = QStringLiteral("neuer Gedanke");
    QVERIFY(f.store.updateAnnotation(a));
    QVERIFY(a.modified > a.created);
    QCOMPARE(f.store.annotation(a.id)->note, QStringLiteral("neuer Gedanke"));
    QCOMPARE(f.store.search(QStringLiteral("alter")).size(), 0);
    QCOMPARE(f.store.search(QStringLiteral("neuer")).size(), 1);

    Annotation ghost = annotate(f, QStringLiteral("Bonn"));
    QVERIFY(!f.store.updateAnnotation(ghost)); // never stored
    QCOMPARE(f.store.annotationCount(), 1);
}

void TestAnnotationStore::remove_deletesOnlyThatAnnotation()
{
    Fixture f;
    prepare(f);
    Annotation a = annotate(f, QStringLiteral("Strittige Fragen"), QStringLiteral("eins"));
    Annotation b = annotate(f, QStringLiteral("Simon Stiell"), QStringLiteral("zwei"));
    QVERIFY(f.store.addAnnotation(a));
    QVERIFY(f.store.addAnnotation(b));
    QVERIFY(f.store.removeAnnotation(a.id));
    QCOMPARE(f.store.annotations(f.article.id), QList<Annotation> { b });
    QVERIFY(f.store.search(QStringLiteral("eins")).isEmpty());
    QVERIFY(!f.store.removeAnnotation(a.id));
}

void TestAnnotationStore::migration_fromFirstSchema_keepsDataAndAddsSearch()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        // The first schema exactly as the first release created it, with one article and one note.
        RawConnection raw(path);
        const QStringList statements {
            QStringLiteral("CREATE TABLE articles (id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL, path TEXT NOT "
                           "NULL, title TEXT NOT NULL, plain_text TEXT NOT NULL, seen TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX articles_fingerprint ON articles (fingerprint)"),
            QStringLiteral("CREATE INDEX articles_path ON articles (path)"),
            QStringLiteral("CREATE TABLE annotations (id TEXT PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES "
                           "articles (id), part TEXT NOT NULL, paragraph INTEGER NOT NULL, paragraph_offset INTEGER "
                           "NOT NULL, start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, quote TEXT NOT NULL, "
                           "prefix TEXT NOT NULL, suffix TEXT NOT NULL, color TEXT NOT NULL, note TEXT NOT NULL, tags "
                           "TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX annotations_article ON annotations (article_id)"),
            QStringLiteral(
                "INSERT INTO articles VALUES (1, 'abc', '/alt/artikel.txt', 'Alter Titel', 'Alter Titel\nDer "
                "Hafen bleibt geschlossen.', '2023-01-01T00:00:00.000Z')"),
            QStringLiteral(
                "INSERT INTO annotations VALUES ('5c1b2f0e-1111-4a4a-8888-000000000001', 1, 'body', 0, 4, 16, "
                "21, 'Hafen', 'Alter Titel\nDer ', ' bleibt geschlossen.', 'green', 'Streik seit Montag', "
                "'[\"hafen\",\"streik\"]', '2023-01-01T10:00:00.000Z', '2023-01-02T10:00:00.000Z')"),
            QStringLiteral("PRAGMA user_version = 1"),
        };
        for (const QString &sql : statements)
            QVERIFY2(raw.exec(sql), qPrintable(sql));
    }
    AnnotationStore store;
    QVERIFY2(store.open(dir.path()), qPrintable(store.errorString()));
    QVERIFY(store.recoveryMessage().isEmpty());
    const std::optional<Annotation> a
        = store.annotation(QUuid::fromString(QStringLiteral("5c1b2f0e-1111-4a4a-8888-000000000001")));
    QVERIFY(a);
    QCOMPARE(a->quote, QStringLiteral("Hafen"));
    QCOMPARE(a->note, QStringLiteral("Streik seit Montag"));
    QCOMPARE(a->tags, (QStringList { QStringLiteral("hafen"), QStringLiteral("streik") }));
    QCOMPARE(a->color, Color::Green);
    QCOMPARE(a->status, AnchorStatus::Exact);
    QCOMPARE(a->created, QDateTime(QDate(2023, 1, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(store.search(QStringLiteral("streik")).size(), 1);
    QCOMPARE(store.search(QStringLiteral("streik")).first().articleTitle, QStringLiteral("Alter Titel"));
    store.close();
    RawConnection raw(path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), AnnotationStore::SchemaVersion);
    // Schema 3: the forecast verdicts table is there and usable.
    QVERIFY(store.open(dir.path()));
    ForecastVerdict verdict;
    verdict.verdict = Verdict::CameTrue;
    verdict.note = QStringLiteral("eingetreten");
    QVERIFY(store.setForecastVerdict(QStringLiteral("k"), verdict));
    QCOMPARE(store.forecastVerdicts().value(QStringLiteral("k")).verdict, Verdict::CameTrue);
    QCOMPARE(store.forecastVerdicts().value(QStringLiteral("k")).note, QStringLiteral("eingetreten"));
}

void TestAnnotationStore::migration_fromSchema3_addsChosenLinksAndKeepsNotes()
{
    Fixture f;
    prepare(f);
    Annotation a = annotate(f, QStringLiteral("Simon Stiell"), QStringLiteral("bleibt"));
    QVERIFY(f.store.addAnnotation(a));
    const QString path = f.store.databasePath();
    f.store.close();
    {
        // A store as schema 3 left it: no table of chosen links.
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE chosen_links")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 3")));
    }
    QVERIFY2(f.store.open(f.dir.path()), qPrintable(f.store.errorString()));
    QCOMPARE(f.store.annotation(a.id)->quote, a.quote);
    const QUrl url(QStringLiteral("https://de.wikipedia.org/wiki/Sergei_Schoigu"));
    QVERIFY2(f.store.setChosenLink(QStringLiteral("abc"), QStringLiteral("Sergej Schoigu"), url),
             qPrintable(f.store.errorString()));
    QCOMPARE(f.store.chosenLinks(QStringLiteral("abc")).value(QStringLiteral("Sergej Schoigu")), url);
    f.store.close();
    RawConnection raw(path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 4);
}

void TestAnnotationStore::chosenLinks_arePerArticleAndCanBeForgotten()
{
    Fixture f;
    prepare(f);
    const QUrl first(QStringLiteral("https://de.wikipedia.org/wiki/Kim_Jong-un"));
    const QUrl second(QStringLiteral("https://de.wikipedia.org/wiki/Kim_Jong-il"));
    QVERIFY(f.store.setChosenLink(QStringLiteral("abc"), QStringLiteral("Kim"), first));
    QVERIFY(f.store.setChosenLink(QStringLiteral("def"), QStringLiteral("Kim"), second));
    QCOMPARE(f.store.chosenLinks(QStringLiteral("abc")), (QHash<QString, QUrl> { { QStringLiteral("Kim"), first } }));
    QVERIFY(f.store.setChosenLink(QStringLiteral("abc"), QStringLiteral("Kim"), second)); // chosen again: replaced
    QCOMPARE(f.store.chosenLinks(QStringLiteral("abc")).value(QStringLiteral("Kim")), second);
    QVERIFY(f.store.setChosenLink(QStringLiteral("abc"), QStringLiteral("Kim"), QUrl()));
    QVERIFY(f.store.chosenLinks(QStringLiteral("abc")).isEmpty());
    QCOMPARE(f.store.chosenLinks(QStringLiteral("def")).value(QStringLiteral("Kim")), second);
}

void TestAnnotationStore::newerSchema_isRefusedAndFileKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future (x)")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    AnnotationStore store;
    QVERIFY(!store.open(dir.path()));
    QVERIFY(store.errorString().contains(QStringLiteral("newer")));
    QVERIFY(store.movedAsidePath().isEmpty());
    RawConnection raw(path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 99);
}

void TestAnnotationStore::notADatabase_isMovedAsideAndFreshStoreUsed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    const QByteArray garbage
        = QByteArrayLiteral("Das ist keine Datenbank, sondern eine Einkaufsliste.\n").repeated(200);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    AnnotationStore store;
    QVERIFY2(store.open(dir.path()), qPrintable(store.errorString()));
    QVERIFY(!store.recoveryMessage().isEmpty());
    QVERIFY(store.recoveryMessage().contains(QDir::toNativeSeparators(store.movedAsidePath())));
    QVERIFY(store.movedAsidePath().startsWith(path + QStringLiteral(".corrupt-")));
    QCOMPARE(Test::readAll(store.movedAsidePath()), garbage);
    // The fresh store works.
    const ArticleText text(Test::articleFromText(Test::klimaText()));
    const StoredArticle article = store.recordArticle(text, {}, QStringLiteral("t"));
    Annotation a = Annotation::create(text, 0, 5);
    a.articleId = article.id;
    QVERIFY(store.addAnnotation(a));
    QCOMPARE(store.annotationCount(), 1);
}

void TestAnnotationStore::corruptDatabase_isMovedAsideAndFreshStoreUsed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        Fixture f;
        prepare(f);
        for (int i = 0; i < 200; ++i) {
            Annotation a
                = annotate(f, QStringLiteral("Strittige Fragen"), QStringLiteral("Notiz %1").arg(i).repeated(20));
            QVERIFY(f.store.addAnnotation(a));
        }
        f.store.close();
        {
            RawConnection raw(f.store.databasePath());
            QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QVERIFY(QFile::copy(f.store.databasePath(), path));
    }
    {
        // Scribble over the pages after the header: the header is valid, the b-trees are not.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 16384);
        file.seek(4096);
        file.write(QByteArray(int(file.size()) - 8192, char(0x5a)));
    }
    AnnotationStore store;
    QVERIFY2(store.open(dir.path()), qPrintable(store.errorString()));
    QVERIFY(!store.recoveryMessage().isEmpty());
    QVERIFY(QFileInfo::exists(store.movedAsidePath()));
    QCOMPARE(store.annotationCount(), 0);
}

void TestAnnotationStore::renamedFile_findsItsNotesByFingerprint()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("artikel.txt"));
    const QString moved = dir.filePath(QStringLiteral("archiv/umbenannt.txt"));
    QVERIFY(QFile::copy(Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")), first));
    AnnotationStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("data"))));
    const Article article = Test::articleFromText(Test::klimaText());
    OpenedArticle opened = store.openArticle(article, first);
    Annotation a = Annotation::create(opened.text, 10, 30);
    a.articleId = opened.article.id;
    QVERIFY(store.addAnnotation(a));

    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("archiv")));
    QVERIFY(QFile::rename(first, moved));
    opened = store.openArticle(article, moved);
    QCOMPARE(opened.article.id, a.articleId);
    QCOMPARE(opened.article.path, QFileInfo(moved).canonicalFilePath());
    QCOMPARE(opened.annotations.size(), 1);
    QCOMPARE(opened.annotations.first().status, AnchorStatus::Exact);
    QCOMPARE(store.articles().size(), 1);
}

void TestAnnotationStore::editedFileAtSamePath_keepsNotesAndReanchors()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("artikel.txt"));
    AnnotationStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("data"))));
    const QString raw = Test::klimaText();
    OpenedArticle opened = store.openArticle(Test::articleFromText(raw), file);
    const QString quote = QStringLiteral("Der Vorschlag fand jedoch keine Mehrheit.");
    const int start = int(opened.text.text().indexOf(quote));
    Annotation a = Annotation::create(opened.text, start, start + int(quote.size()));
    a.articleId = opened.article.id;
    QVERIFY(store.addAnnotation(a));
    const QString oldFingerprint = opened.article.fingerprint;

    const QString edited = Test::replacedOnce(raw, quote, QStringLiteral("Ganz neu. ") + quote);
    opened = store.openArticle(Test::articleFromText(edited), file);
    QCOMPARE(opened.article.id, a.articleId);
    QVERIFY(opened.article.fingerprint != oldFingerprint);
    QCOMPARE(opened.reanchored, 1);
    QCOMPARE(opened.annotations.first().status, AnchorStatus::Moved);
    QCOMPARE(opened.annotations.first().start, start + 10);
    // The new position was saved: reopening finds it exact at once.
    const std::optional<Annotation> saved = store.annotation(a.id);
    QCOMPARE(saved->start, start + 10);
    QCOMPARE(saved->status, AnchorStatus::Moved);
    opened = store.openArticle(Test::articleFromText(edited), file);
    QCOMPARE(opened.reanchored, 1);
    QCOMPARE(opened.annotations.first().status, AnchorStatus::Exact);
}

void TestAnnotationStore::unknownArticle_isNotAddedWithoutCreate()
{
    Fixture f;
    prepare(f);
    const ArticleText other(Test::articleFromText(Test::syntheticArticle(1)));
    QVERIFY(!f.store.recordArticle(other, QStringLiteral("/tmp/x.txt"), QStringLiteral("x"), false).isValid());
    QCOMPARE(f.store.articles().size(), 1);
}

void TestAnnotationStore::search_findsQuotesNotesAndTagsOfAllArticles()
{
    Fixture f;
    prepare(f);
    Annotation a = annotate(f, QStringLiteral("Strittige Fragen zur Finanzierung"), QStringLiteral("Geld fehlt"));
    a.tags = { QStringLiteral("haushalt") };
    QVERIFY(f.store.addAnnotation(a));
    const ArticleText otherText(Test::articleFromText(Test::syntheticArticle(3)));
    const StoredArticle other
        = f.store.recordArticle(otherText, QStringLiteral("/tmp/other.txt"), QStringLiteral("Andere"));
    Annotation b = Annotation::create(otherText, 0, 10);
    b.articleId = other.id;
    b.note = QStringLiteral("Die globale Erwärmung betrifft auch das hier");
    QVERIFY(f.store.addAnnotation(b));

    QCOMPARE(f.store.search(QStringLiteral("Finanzierung")).size(), 1); // quote
    QCOMPARE(f.store.search(QStringLiteral("fehlt")).size(), 1); // note
    QCOMPARE(f.store.search(QStringLiteral("haushalt")).size(), 1); // tag
    QCOMPARE(f.store.search(QStringLiteral("Finanz")).first().annotation.id, a.id); // prefix
    const QList<SearchHit> hits = f.store.search(QStringLiteral("erwarmung")); // without the umlaut
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().annotation.id, b.id);
    QCOMPARE(hits.first().articleTitle, QStringLiteral("Andere"));
    QCOMPARE(f.store.search(QStringLiteral("geld finanzierung")).size(), 1); // all words
    QCOMPARE(f.store.search(QStringLiteral("geld erwärmung")).size(), 0);

    // Newest first, and the limit holds.
    Annotation c = annotate(f, QStringLiteral("Simon Stiell"), QStringLiteral("Geld auch hier"));
    QVERIFY(f.store.addAnnotation(c));
    const QList<SearchHit> geld = f.store.search(QStringLiteral("geld"));
    QCOMPARE(geld.size(), 2);
    QCOMPARE(geld.at(0).annotation.id, c.id);
    QCOMPARE(geld.at(1).annotation.id, a.id);
    QCOMPARE(f.store.search(QStringLiteral("geld"), 1).size(), 1);
}

void TestAnnotationStore::search_treatsInputAsWordsNotSyntax()
{
    Fixture f;
    prepare(f);
    Annotation a = annotate(f, QStringLiteral("Strittige Fragen"), QStringLiteral("NOT \"OR\" AND * ( ) : ^ near"));
    QVERIFY(f.store.addAnnotation(a));
    const QStringList inputs { QStringLiteral("\""),
                               QStringLiteral("NOT"),
                               QStringLiteral("a OR"),
                               QStringLiteral("*"),
                               QStringLiteral("("),
                               QStringLiteral("note:x"),
                               QStringLiteral("NEAR(a b)"),
                               QStringLiteral("'; DROP TABLE annotations; --"),
                               QString() };
    for (const QString &input : inputs)
        f.store.search(input); // must neither fail loudly nor harm anything
    QCOMPARE(f.store.search(QStringLiteral("NOT")).size(), 1);
    QCOMPARE(f.store.annotationCount(), 1);
}

void TestAnnotationStore::colorLabels_arePersistent()
{
    Fixture f;
    prepare(f);
    QCOMPARE(f.store.colorLabels().label(Color::Yellow), QString());
    QVERIFY(f.store.setColorLabel(Color::Yellow, QStringLiteral("wichtig")));
    QVERIFY(f.store.setColorLabel(Color::Red, QStringLiteral("widerspricht")));
    QVERIFY(f.store.setColorLabel(Color::Red, QStringLiteral("falsch")));
    f.store.close();
    QVERIFY(f.store.open(f.dir.path()));
    const ColorLabels labels = f.store.colorLabels();
    QCOMPARE(labels.label(Color::Yellow), QStringLiteral("wichtig"));
    QCOMPARE(labels.label(Color::Red), QStringLiteral("falsch"));
    QCOMPARE(labels.label(Color::Blue), QString());
}

void TestAnnotationStore::killedWhileWriting_keepsEveryAcknowledgedAnnotation()
{
    QTemporaryDir dir;
    for (int round = 0; round < 3; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(NOTESWRITER_BINARY),
                     { dir.path(), QStringLiteral("-1"), QStringLiteral("round%1").arg(round) });
        QVERIFY(writer.waitForStarted());
        QStringList acknowledged;
        QByteArray pending;
        // Kill at a different moment each round, while it is in the middle of its loop.
        const int killAfter = 40 + round * 37;
        while (acknowledged.size() < killAfter) {
            QVERIFY2(writer.waitForReadyRead(30000), writer.readAllStandardError().constData());
            pending += writer.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                QVERIFY(line.startsWith("ack "));
                acknowledged.append(QString::fromLatin1(line.mid(4)));
            }
        }
        writer.kill();
        QVERIFY(writer.waitForFinished(30000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        // Lines that arrived after the last read were acknowledged too.
        pending += writer.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            if (line.startsWith("ack "))
                acknowledged.append(QString::fromLatin1(line.mid(4)));
        }

        AnnotationStore store;
        QVERIFY2(store.open(dir.path()), qPrintable(store.errorString()));
        QVERIFY(store.recoveryMessage().isEmpty());
        for (const QString &id : std::as_const(acknowledged))
            QVERIFY2(store.annotation(QUuid::fromString(id)), qPrintable(id));
        QVERIFY(store.search(QStringLiteral("round%1").arg(round), 100000).size() >= acknowledged.size());
    }
}

void TestAnnotationStore::twoProcessesWritingAtOnce_bothSucceed()
{
    QTemporaryDir dir;
    constexpr int perWriter = 150;
    QProcess a;
    QProcess b;
    a.start(QStringLiteral(NOTESWRITER_BINARY), { dir.path(), QString::number(perWriter), QStringLiteral("alpha") });
    b.start(QStringLiteral(NOTESWRITER_BINARY), { dir.path(), QString::number(perWriter), QStringLiteral("beta") });
    QVERIFY(a.waitForFinished(240000));
    QVERIFY(b.waitForFinished(240000));
    QCOMPARE(a.exitStatus(), QProcess::NormalExit);
    QCOMPARE(b.exitStatus(), QProcess::NormalExit);
    QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
    QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
    QCOMPARE(a.readAllStandardOutput().count("ack "), perWriter);
    QCOMPARE(b.readAllStandardOutput().count("ack "), perWriter);

    AnnotationStore store;
    QVERIFY(store.open(dir.path()));
    QCOMPARE(store.annotationCount(), 2 * perWriter);
    QCOMPARE(store.articles().size(), 1); // both recognised the same article
    QCOMPARE(store.search(QStringLiteral("alpha"), 1000).size(), perWriter);
    QCOMPARE(store.search(QStringLiteral("beta"), 1000).size(), perWriter);
}

void TestAnnotationStore::twoProcessesOpeningANewStore_bothOpen()
{
    // Two windows started at once on an empty data folder: one creates the file and switches it to WAL while
    // the other opens it. SQLite answers "database is locked" there without waiting (about one race in 15).
    for (int round = 0; round < 30; ++round) {
        QTemporaryDir dir;
        QProcess a;
        QProcess b;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NOTESWRITER_START_AT"), QString::number(QDateTime::currentMSecsSinceEpoch() + 150));
        a.setProcessEnvironment(env);
        b.setProcessEnvironment(env);
        a.start(QStringLiteral(NOTESWRITER_BINARY), { dir.path(), QStringLiteral("1"), QStringLiteral("alpha") });
        b.start(QStringLiteral(NOTESWRITER_BINARY), { dir.path(), QStringLiteral("1"), QStringLiteral("beta") });
        QVERIFY(a.waitForFinished(60000));
        QVERIFY(b.waitForFinished(60000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        AnnotationStore store;
        QVERIFY(store.open(dir.path()));
        QCOMPARE(store.annotationCount(), 2);
    }
}

void TestAnnotationStore::removeSeveral_failingOnTheThird_removesNone()
{
    Fixture f;
    prepare(f);
    QList<QUuid> ids;
    for (const QString &quote : { QStringLiteral("Applaus"), QStringLiteral("Bonn"), QStringLiteral("Delegierten"),
                                  QStringLiteral("Gastgeber") }) {
        Annotation a = annotate(f, quote, quote == QStringLiteral("Delegierten") ? QStringLiteral("boom") : QString());
        QVERIFY(f.store.addAnnotation(a));
        ids.append(a.id);
    }
    {
        // The third delete fails half-way through the transaction, as a full disk would.
        RawConnection raw(f.store.databasePath());
        QVERIFY(raw.exec(QStringLiteral("CREATE TRIGGER third_fails BEFORE DELETE ON annotations"
                                        " WHEN old.note = 'boom' BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    }
    QSignalSpy changed(&f.store, &AnnotationStore::annotationsChanged);
    QVERIFY(!f.store.removeAnnotations(ids));
    QVERIFY2(f.store.errorString().contains(QStringLiteral("disk full")), qPrintable(f.store.errorString()));
    QCOMPARE(f.store.annotations(f.article.id).size(), 4);
    for (const QUuid &id : std::as_const(ids))
        QVERIFY(f.store.annotation(id).has_value());
    // The search index was rolled back with the rows.
    QCOMPARE(f.store.search(QStringLiteral("Applaus")).size(), 1);
    QCOMPARE(changed.count(), 0);
}

void TestAnnotationStore::removeSeveral_removesAllInOneGo()
{
    Fixture f;
    prepare(f);
    QList<QUuid> ids;
    for (const QString &quote : { QStringLiteral("Applaus"), QStringLiteral("Bonn"), QStringLiteral("Delegierten") }) {
        Annotation a = annotate(f, quote);
        QVERIFY(f.store.addAnnotation(a));
        ids.append(a.id);
    }
    QSignalSpy changed(&f.store, &AnnotationStore::annotationsChanged);
    // One id that is gone already counts as removed.
    QVERIFY2(f.store.removeAnnotations(ids + QList<QUuid> { QUuid::createUuid() }), qPrintable(f.store.errorString()));
    QCOMPARE(f.store.annotationCount(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), f.article.id);
}

void TestAnnotationStore::articlesWithoutNotes_areCountedAndClearedButNotThoseWithNotes()
{
    Fixture f;
    prepare(f);
    Annotation a = annotate(f, QStringLiteral("Simon Stiell"), QStringLiteral("bleibt"));
    QVERIFY(f.store.addAnnotation(a));
    // Three articles without notes; the one open in a tab (keep) stays.
    QList<qint64> without;
    qint64 expectedBytes = 0;
    for (int n = 0; n < 3; ++n) {
        const ArticleText text(Test::articleFromText(Test::syntheticArticle(n)));
        const QString path = f.dir.filePath(QStringLiteral("a%1.txt").arg(n));
        const StoredArticle stored = f.store.recordArticle(text, path, QStringLiteral("Artikel %1").arg(n));
        QVERIFY(stored.isValid());
        without.append(stored.id);
        if (n > 0) {
            expectedBytes += stored.plainText.toUtf8().size() + stored.title.toUtf8().size()
                + stored.path.toUtf8().size() + stored.fingerprint.toUtf8().size();
        }
    }
    const QList<qint64> keep { without.first() };
    const StoredArticlesSize size = f.store.storedArticlesWithoutNotes(keep);
    QCOMPARE(size.count, 2);
    QCOMPARE(size.bytes, expectedBytes);
    QCOMPARE(f.store.storedArticlesWithoutNotes().count, 3);

    QCOMPARE(f.store.clearArticlesWithoutNotes(keep), 2);
    QCOMPARE(f.store.storedArticlesWithoutNotes(keep).count, 0);
    QCOMPARE(f.store.storedArticlesWithoutNotes().count, 1);
    QVERIFY(f.store.article(without.first()).isValid());
    QVERIFY(!f.store.article(without.at(1)).isValid());
    QVERIFY(!f.store.article(without.at(2)).isValid());
    // The article with a note keeps its text, and its note finds its place with it.
    QCOMPARE(f.store.article(f.article.id).plainText, f.text.text());
    QCOMPARE(f.store.annotation(a.id)->note, QStringLiteral("bleibt"));

    // All in one transaction: a failure part way removes none.
    {
        RawConnection raw(f.store.databasePath());
        QVERIFY(raw.exec(QStringLiteral("CREATE TRIGGER keep_articles BEFORE DELETE ON articles"
                                        " BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    }
    QCOMPARE(f.store.clearArticlesWithoutNotes(), -1);
    QVERIFY(f.store.errorString().contains(QStringLiteral("disk full")));
    QCOMPARE(f.store.storedArticlesWithoutNotes().count, 1);
}

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
