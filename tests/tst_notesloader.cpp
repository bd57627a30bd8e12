// NotesLoader: the window's notes lookup on a worker thread with a store connection of its own.
#include "notes/annotationstore.h"
#include "notes/notesloader.h"
#include "support/notestestdata.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;

class TestNotesLoader final : public QObject
{
    Q_OBJECT

private slots:
    void load_recognisesArticleAndReanchorsOnItsThread();
    void newerRequests_getTheirOwnIds();
    void unusableDataFolder_reportsErrorInsteadOfCrashing();
};

namespace {

// The answer to request (answers may come in any order); {0, {}} when none comes.
std::pair<quint64, OpenedArticle> waitFor(QSignalSpy &spy, quint64 request, QString *error)
{
    while (true) {
        for (const QList<QVariant> &args : std::as_const(spy)) {
            if (args.at(0).toULongLong() == request) {
                *error = args.at(2).toString();
                return { request, args.at(1).value<OpenedArticle>() };
            }
        }
        if (!spy.wait(10000))
            return { 0, {} };
    }
}

} // namespace

void TestNotesLoader::load_recognisesArticleAndReanchorsOnItsThread()
{
    QTemporaryDir dir;
    const Article original = Test::articleFromText(Test::klimaText());
    const ArticleText text(original);
    qint64 articleId = 0;
    QUuid id;
    {
        AnnotationStore store;
        QVERIFY(store.open(dir.path()));
        const OpenedArticle opened = store.openArticle(original, dir.filePath(QStringLiteral("artikel.txt")));
        const int start = int(text.text().indexOf(QStringLiteral("Strittige Fragen zur Finanzierung")));
        Annotation a = Annotation::create(text, start, start + 33);
        a.articleId = articleId = opened.article.id;
        QVERIFY(store.addAnnotation(a));
        id = a.id;
    }
    // The article gains a sentence before the passage: the note moves with it.
    const Article edited = Test::articleFromText(Test::replacedOnce(
        Test::klimaText(), QStringLiteral("Strittige Fragen"), QStringLiteral("Ganz neu. Strittige Fragen")));
    const ArticleText editedText(edited);

    NotesLoader loader(dir.path());
    QSignalSpy spy(&loader, &NotesLoader::loaded);
    const quint64 request = loader.load(edited, dir.filePath(QStringLiteral("artikel.txt")), editedText);
    QString error;
    const auto [got, opened] = waitFor(spy, request, &error);
    QCOMPARE(got, request);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(opened.article.id, articleId);
    QCOMPARE(opened.annotations.size(), 1);
    QCOMPARE(opened.annotations.first().id, id);
    QCOMPARE(opened.annotations.first().status, AnchorStatus::Moved);
    QCOMPARE(editedText.text().mid(opened.annotations.first().start, 33),
             QStringLiteral("Strittige Fragen zur Finanzierung"));
    QCOMPARE(opened.reanchored, 1);

    // And it is saved: a store of this thread sees the new place.
    AnnotationStore store;
    QVERIFY(store.open(dir.path()));
    QCOMPARE(store.annotation(id)->start, opened.annotations.first().start);
}

void TestNotesLoader::newerRequests_getTheirOwnIds()
{
    QTemporaryDir dir;
    NotesLoader loader(dir.path());
    QSignalSpy spy(&loader, &NotesLoader::loaded);
    const Article a = Test::articleFromText(Test::syntheticArticle(1, 3), QStringLiteral("a.txt"));
    const Article b = Test::articleFromText(Test::syntheticArticle(2, 3), QStringLiteral("b.txt"));
    const quint64 first = loader.load(a, dir.filePath(QStringLiteral("a.txt")), ArticleText(a));
    const quint64 second = loader.load(b, dir.filePath(QStringLiteral("b.txt")), ArticleText(b));
    QVERIFY(second != first);
    QString error;
    const OpenedArticle openedB = waitFor(spy, second, &error).second;
    const OpenedArticle openedA = waitFor(spy, first, &error).second;
    QVERIFY(openedA.article.isValid() && openedB.article.isValid());
    QVERIFY(openedA.article.id != openedB.article.id);
    QCOMPARE(openedB.article.fingerprint, ArticleText(b).fingerprint());
}

void TestNotesLoader::unusableDataFolder_reportsErrorInsteadOfCrashing()
{
    QTemporaryDir dir;
    // A file where the data folder should be.
    const QString notAFolder = dir.filePath(QStringLiteral("data"));
    QFile file(notAFolder);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    NotesLoader loader(notAFolder);
    QSignalSpy spy(&loader, &NotesLoader::loaded);
    const Article a = Test::articleFromText(Test::klimaText());
    const quint64 request = loader.load(a, dir.filePath(QStringLiteral("artikel.txt")), ArticleText(a));
    QString error;
    const auto [got, opened] = waitFor(spy, request, &error);
    QCOMPARE(got, request);
    QVERIFY(!opened.article.isValid());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestNotesLoader)
#include "tst_notesloader.moc"
