// The notes store when the disk is really full and when its folder is read-only. Both happen on a tmpfs of
// the test's own (support/tinydisk.h): filled to the last byte, every write SQLite makes fails with ENOSPC
// ("database or disk is full"), and remounted read-only, the folder and the file cannot be written even by
// root (chmod would not stop root; a read-only mount does).
#include "article/articletext.h"
#include "library/libraryindex.h"
#include "library/libraryservice.h"
#include "notes/annotationstore.h"
#include "support/notestestdata.h"
#include "support/tinydisk.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Randnotiz;

class TestStorageFailures final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fullDisk_addEditRemove_failWithMessageAndChangeNothing();
    void fullDisk_newArticle_isNotRecordedHalfway();
    void fullDisk_whenOpening_showsTheNotes();
    void readOnlyFolder_opensReadOnly_showsNotesAndRefusesWrites();
    void readOnlyFolder_withoutDatabase_isNotOpenedAndSaysSo();
    void libraryIndex_fullDisk_failsWithTheReasonKeepsWhatWasCommittedAndRecovers();
    void libraryService_fullDisk_saysWhyInsteadOfStayingSilent();

private:
    Annotation annotate(const QString &quote, const QString &note) const;
    QString dataDir() const { return m_disk->path() + QStringLiteral("/data"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::TinyDisk> m_disk;
    ArticleText m_text;
    StoredArticle m_article;
};

void TestStorageFailures::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("disk")));
    m_disk = std::make_unique<Test::TinyDisk>(m_dir->filePath(QStringLiteral("disk")), 4 * 1024 * 1024);
    QVERIFY2(m_disk->isMounted(), qPrintable(m_disk->errorString()));
    m_text = ArticleText(Test::articleFromText(Test::klimaText()));
}

void TestStorageFailures::cleanup()
{
    m_disk.reset();
    m_dir.reset();
}

Annotation TestStorageFailures::annotate(const QString &quote, const QString &note) const
{
    const int start = int(m_text.text().indexOf(quote));
    Annotation a = Annotation::create(m_text, start, start + int(quote.size()));
    a.articleId = m_article.id;
    a.note = note;
    return a;
}

void TestStorageFailures::fullDisk_addEditRemove_failWithMessageAndChangeNothing()
{
    AnnotationStore store;
    QVERIFY2(store.open(dataDir()), qPrintable(store.errorString()));
    m_article = store.recordArticle(m_text, m_dir->filePath(QStringLiteral("klima.txt")), QStringLiteral("Klima"));
    QVERIFY(m_article.isValid());
    Annotation kept = annotate(QStringLiteral("Applaus"), QStringLiteral("vorher"));
    QVERIFY(store.addAnnotation(kept));
    const QList<Annotation> before = store.annotations(m_article.id);

    QVERIFY2(m_disk->fill(), qPrintable(m_disk->errorString()));
    QSignalSpy changed(&store, &AnnotationStore::annotationsChanged);
    const auto saysFull
        = [&store] { return store.errorString().contains(QStringLiteral("the disk or the notes database is full")); };

    Annotation added = annotate(QStringLiteral("Gastgeber"), QStringLiteral("neu"));
    QVERIFY(!store.addAnnotation(added));
    QVERIFY2(saysFull(), qPrintable(store.errorString()));

    Annotation edited = kept;
    edited.note = QStringLiteral("nachher");
    QVERIFY(!store.updateAnnotation(edited));
    QVERIFY2(saysFull(), qPrintable(store.errorString()));
    QCOMPARE(edited.modified, kept.modified); // the caller's copy is given back as it was

    QVERIFY(!store.saveAnnotations({ edited, added }));
    QVERIFY(saysFull());
    QVERIFY(!store.removeAnnotation(kept.id));
    QVERIFY(saysFull());
    QVERIFY(!store.removeAnnotations({ kept.id }));
    QVERIFY(saysFull());
    QVERIFY(!store.setColorLabel(Color::Red, QStringLiteral("wichtig")));
    QVERIFY(saysFull());

    // Nothing was announced, nothing changed, and the search index agrees.
    QCOMPARE(changed.count(), 0);
    QCOMPARE(store.annotations(m_article.id), before);
    QVERIFY(store.search(QStringLiteral("nachher")).isEmpty());
    QCOMPARE(store.search(QStringLiteral("vorher")).size(), 1);

    // With room again the same connection writes as before, and a fresh one reads exactly that.
    QVERIFY(m_disk->makeRoom());
    QVERIFY2(store.addAnnotation(added), qPrintable(store.errorString()));
    QVERIFY2(store.updateAnnotation(edited), qPrintable(store.errorString()));
    store.close();
    AnnotationStore again;
    QVERIFY2(again.open(dataDir()), qPrintable(again.errorString()));
    QCOMPARE(again.annotationCount(), 2);
    QCOMPARE(again.annotation(kept.id)->note, QStringLiteral("nachher"));
    QCOMPARE(again.search(QStringLiteral("nachher")).size(), 1);
}

void TestStorageFailures::fullDisk_newArticle_isNotRecordedHalfway()
{
    AnnotationStore store;
    QVERIFY2(store.open(dataDir()), qPrintable(store.errorString()));
    QVERIFY(m_disk->fill());
    const StoredArticle article
        = store.recordArticle(m_text, m_dir->filePath(QStringLiteral("klima.txt")), QStringLiteral("Klima"));
    QVERIFY(!article.isValid());
    QVERIFY2(store.errorString().contains(QStringLiteral("full")), qPrintable(store.errorString()));
    QVERIFY(m_disk->makeRoom());
    QVERIFY(store.articles().isEmpty());
}

void TestStorageFailures::fullDisk_whenOpening_showsTheNotes()
{
    Annotation kept;
    {
        AnnotationStore store;
        QVERIFY(store.open(dataDir()));
        m_article = store.recordArticle(m_text, m_dir->filePath(QStringLiteral("klima.txt")), QStringLiteral("Klima"));
        kept = annotate(QStringLiteral("Applaus"), QStringLiteral("da"));
        QVERIFY(store.addAnnotation(kept));
    }
    QVERIFY(m_disk->fill());
    AnnotationStore store;
    QVERIFY2(store.open(dataDir()), qPrintable(store.errorString()));
    // SQLite cannot even create its shared-memory file: the notes are shown read-only, and the window says so.
    QVERIFY(!store.isWritable());
    QVERIFY2(store.recoveryMessage().contains(QStringLiteral("cannot be written")),
             qPrintable(store.recoveryMessage()));
    QCOMPARE(store.annotation(kept.id)->note, QStringLiteral("da"));
}

void TestStorageFailures::readOnlyFolder_opensReadOnly_showsNotesAndRefusesWrites()
{
    const QString path = m_dir->filePath(QStringLiteral("klima.txt"));
    Annotation kept;
    {
        AnnotationStore store;
        QVERIFY(store.open(dataDir()));
        m_article = store.recordArticle(m_text, path, QStringLiteral("Klima"));
        kept = annotate(QStringLiteral("Applaus"), QStringLiteral("lesbar"));
        QVERIFY(store.addAnnotation(kept));
    }
    // The folder and the file in it cannot be written, whoever asks.
    QVERIFY2(m_disk->setReadOnly(true), qPrintable(m_disk->errorString()));

    AnnotationStore store;
    QVERIFY2(store.open(dataDir()), qPrintable(store.errorString()));
    QVERIFY(store.isOpen());
    QVERIFY(!store.isWritable());
    QVERIFY2(store.recoveryMessage().contains(QStringLiteral("cannot be written")),
             qPrintable(store.recoveryMessage()));
    QCOMPARE(store.annotations(m_article.id).size(), 1);
    QCOMPARE(store.annotation(kept.id)->note, QStringLiteral("lesbar"));
    QCOMPARE(store.search(QStringLiteral("lesbar")).size(), 1);

    // The known article opens with its notes; an unknown one stays unknown, with a message.
    const OpenedArticle opened = store.openArticle(Test::articleFromText(Test::klimaText()), path);
    QVERIFY(opened.article.isValid());
    QCOMPARE(opened.annotations.size(), 1);
    const ArticleText other(Test::articleFromText(Test::syntheticArticle(1)));
    QVERIFY(!store.recordArticle(other, m_dir->filePath(QStringLiteral("other.txt")), QStringLiteral("X")).isValid());
    QVERIFY(store.errorString().contains(QStringLiteral("read-only")));

    Annotation added = annotate(QStringLiteral("Gastgeber"), QStringLiteral("neu"));
    QVERIFY(!store.addAnnotation(added));
    QVERIFY2(store.errorString().contains(QStringLiteral("read-only")), qPrintable(store.errorString()));
    QVERIFY(!store.removeAnnotations({ kept.id }));
    QVERIFY(!store.setColorLabel(Color::Red, QStringLiteral("x")));
    QCOMPARE(store.clearArticlesWithoutNotes(), -1);
    QCOMPARE(store.annotationCount(), 1);
}

void TestStorageFailures::readOnlyFolder_withoutDatabase_isNotOpenedAndSaysSo()
{
    QVERIFY(QDir().mkpath(dataDir()));
    QVERIFY(m_disk->setReadOnly(true));
    AnnotationStore store;
    QVERIFY(!store.open(dataDir()));
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorString().contains(QStringLiteral("Cannot open the notes database")),
             qPrintable(store.errorString()));
    QVERIFY(!QFileInfo::exists(dataDir() + QStringLiteral("/notes.sqlite")));
}

void TestStorageFailures::libraryIndex_fullDisk_failsWithTheReasonKeepsWhatWasCommittedAndRecovers()
{
    // The articles are elsewhere; the index is on the tiny disk. More files than one transaction, so that the
    // next one is being parsed when the commit runs out of space.
    m_disk.reset();
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("disk")));
    m_disk = std::make_unique<Test::TinyDisk>(m_dir->filePath(QStringLiteral("disk")), 32 * 1024 * 1024);
    QVERIFY2(m_disk->isMounted(), qPrintable(m_disk->errorString()));
    const QDir articles(m_dir->filePath(QStringLiteral("articles")));
    QVERIFY(articles.mkpath(QStringLiteral("first")) && articles.mkpath(QStringLiteral("more")));
    constexpr int First = 100;
    constexpr int More = 1100;
    const auto write = [](const QString &path, int i) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Meldung %1\n\nDer Text mit dem Kennwort kenn%1x, wie jeder.\n\nOZD / ©AFP\n")
                       .arg(i)
                       .toUtf8());
    };
    for (int i = 0; i < First + More; ++i)
        write(articles.filePath((i < First ? QStringLiteral("first/m%1.txt") : QStringLiteral("more/m%1.txt")).arg(i)),
              i);

    LibraryIndex index;
    QVERIFY2(index.open(dataDir()), qPrintable(index.errorString()));
    QCOMPARE(index.index({ articles.filePath(QStringLiteral("first")) }).size(), First);
    QVERIFY(m_disk->fill());

    const QList<IndexEntry> failed = index.index({ articles.path() });
    QVERIFY(!failed.isEmpty());
    int errors = 0;
    for (const IndexEntry &e : failed) {
        if (e.status == IndexEntry::Status::Error) {
            ++errors;
            QVERIFY2(e.error.contains(QLatin1String("full")), qPrintable(e.error));
        } else {
            QCOMPARE(e.status, IndexEntry::Status::Unchanged); // only the ones indexed before
        }
    }
    QVERIFY(errors > 0);
    QVERIFY2(index.writeError().contains(QLatin1String("full")), qPrintable(index.writeError()));
    // Nothing of the failed transaction is half there; what was committed before is.
    QCOMPARE(index.articleCount(), First);
    QCOMPARE(index.search(QStringLiteral("kenn7x")).size(), 1);
    QVERIFY(index.search(QStringLiteral("kenn%1x").arg(First + 5)).isEmpty());

    // With room again the same run adds the rest.
    QVERIFY(m_disk->makeRoom());
    QHash<QString, int> counts;
    for (const IndexEntry &e : index.index({ articles.path() }))
        ++counts[indexStatusName(e.status)];
    QCOMPARE(counts,
             (QHash<QString, int> { { QStringLiteral("unchanged"), First }, { QStringLiteral("added"), More } }));
    QCOMPARE(index.articleCount(), First + More);
    QCOMPARE(index.search(QStringLiteral("kenn%1x").arg(First + More - 1)).size(), 1);
    QVERIFY(index.writeError().isEmpty());
}

void TestStorageFailures::libraryService_fullDisk_saysWhyInsteadOfStayingSilent()
{
    const QDir articles(m_dir->filePath(QStringLiteral("articles")));
    QVERIFY(articles.mkpath(QStringLiteral("watched")) && articles.mkpath(QStringLiteral("other")));
    const auto write = [](const QString &path, int i) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Meldung %1\n\nEin Text über den Hafen.\n\nOZD / ©AFP\n").arg(i).toUtf8());
    };
    for (int i = 0; i < 50; ++i)
        write(articles.filePath(QStringLiteral("watched/m%1.txt").arg(i)), i);
    LibraryService service(dataDir());
    service.setSettleDelay(50);
    QSignalSpy indexed(&service, &LibraryService::indexed);
    QSignalSpy failed(&service, &LibraryService::indexFailed);
    service.addRoot(articles.filePath(QStringLiteral("watched")));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(indexed.cbegin(), indexed.cend(),
                    [](const QList<QVariant> &args) { return args.at(0).value<QList<IndexEntry>>().size() == 50; }),
        20000);
    QVERIFY(failed.isEmpty());

    // New files in the watched folder while the disk is full: the watcher's run says why they are not added.
    QVERIFY(m_disk->fill());
    for (int i = 50; i < 70; ++i)
        write(articles.filePath(QStringLiteral("watched/m%1.txt").arg(i)), i);
    QVERIFY(failed.wait(20000));
    QVERIFY2(failed.first().at(0).toString().contains(QLatin1String("full")),
             qPrintable(failed.first().at(0).toString()));
    // And a folder added then: it cannot even be kept.
    failed.clear();
    service.addRoot(articles.filePath(QStringLiteral("other")));
    QVERIFY(failed.wait(20000));
    QVERIFY2(failed.first().at(0).toString().contains(QLatin1String("full")),
             qPrintable(failed.first().at(0).toString()));
}

int main(int argc, char **argv)
{
    // Before any thread exists: the tmpfs is mounted where only this process sees it.
    QString error;
    const bool isolated = Test::enterOwnMountNamespace(&error);
    QCoreApplication app(argc, argv);
    if (!isolated) {
        qCritical("Cannot get a mount namespace of its own for the tiny disk: %s", qPrintable(error));
        return 1;
    }
    TestStorageFailures test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storagefailures.moc"
