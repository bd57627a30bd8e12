// LibraryIndex and SearchQuery: indexing folders incrementally (added, unchanged, updated, moved, removed,
// error), search semantics (prefix words, phrases, exclusion, folded diacritics, FTS syntax in user input),
// persons merged by link, and the query parser on its own.
#include "article/ozdparser.h"
#include "library/hittext.h"
#include "library/libraryindex.h"
#include "search/searchquery.h"
#include "wiki/summarycache.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;

namespace {

QString article(const QString &headline, const QString &body, const QString &extra = {})
{
    return headline + QStringLiteral("\n\n") + body
        + QStringLiteral("\n\nOZD / ©AFP\n\nOZD-Kommentar:\nEin Kommentar\nDie Ökonomen warnen vor den Folgen.\n"
                         "OZD-Prognose:\nDie Preise steigen im Herbst.\n")
        + extra;
}

QString person(const QString &name, const QString &text, const QString &link)
{
    return QStringLiteral("Biographien und Erklärungen:\nWer ist ") + name + QStringLiteral("?\n") + text
        + QStringLiteral("\n") + (link.isEmpty() ? QString() : QStringLiteral("Wikipedia-Seite: ") + link + u'\n');
}

void write(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(text.toUtf8()), text.toUtf8().size());
}

// file name -> status word
QHash<QString, QString> statuses(const QList<IndexEntry> &entries)
{
    QHash<QString, QString> map;
    for (const IndexEntry &e : entries)
        map.insert(QFileInfo(e.file).fileName(), indexStatusName(e.status));
    return map;
}

} // namespace

class TestLibraryIndex final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void query_data();
    void query();

    void index_addsThenLeavesUnchangedFilesUnread();
    void index_editedFileIsUpdated();
    void index_changesOnly_leavesUnchangedFilesOutButReportsThem();
    void index_deletedFileIsRemoved();
    void index_deletedWhileAnotherIsAdded_bothAreSeen();
    void index_fileInTwoPaths_isOneArticle();
    void index_manyFilesParsedAhead_eachStoredAsItsOwn();
    void index_stoppedByItsReport_keepsWhatItStored();
    void index_movedFileKeepsItsRow();
    void index_notAnArticleIsListedWithReason();
    void index_articleWithoutCreditOrPartsIsAdded();
    void search_data();
    void search();
    void search_hitKnowsItsPartAndMarksMatches();
    void search_matchesMapToTheArticlesPlainText();
    void search_ranksAsBm25BestFirst_alsoAfterLengthsChanged();
    void subjects_mergedByLinkElseByName();
    void subjects_linksRedirectingToOnePageAreOneSubject();
    void removeRoot_dropsItsArticles();
    void open_versionOneIndex_keepsItsArticlesWithoutPrefixIndexes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibraryIndex> m_index;
    QString folder() const { return m_dir->filePath(QStringLiteral("articles")); }
    QString file(const QString &name) const { return QDir(folder()).filePath(name); }
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
};

void TestLibraryIndex::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_index = std::make_unique<LibraryIndex>();
    QVERIFY2(m_index->open(m_dir->filePath(QStringLiteral("data"))), qPrintable(m_index->errorString()));
    write(file(QStringLiteral("hafen.txt")),
          article(QStringLiteral("Streik im Hafen"), QStringLiteral("Die Arbeiter im Hamburger Hafen streiken."),
                  person(QStringLiteral("Erika Muster"), QStringLiteral("Erika Muster führt die Gewerkschaft."),
                         QStringLiteral("https://de.wikipedia.org/wiki/Erika_Muster"))));
    write(file(QStringLiteral("sub/gipfel.txt")),
          article(QStringLiteral("Gipfel in Bonn"), QStringLiteral("Erika Muster sprach in Bonn über das Klima."),
                  person(QStringLiteral("Erika  Muster"), QStringLiteral("Muster ist Gewerkschafterin."),
                         QStringLiteral("https://de.wikipedia.org/wiki/Erika_Muster"))
                      + QStringLiteral("Wer ist Max Beispiel?\nEin Sprecher.\n")));
}

void TestLibraryIndex::cleanup()
{
    m_index.reset();
    m_dir.reset();
}

void TestLibraryIndex::query_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("fts");
    QTest::newRow("words are prefixes") << QStringLiteral("hafen streik") << QStringLiteral("\"hafen\"* \"streik\"*");
    QTest::newRow("phrase") << QStringLiteral("\"im Hafen\" bonn") << QStringLiteral("\"im Hafen\" \"bonn\"*");
    QTest::newRow("exclusion") << QStringLiteral("hafen -bonn") << QStringLiteral("\"hafen\"* NOT \"bonn\"*");
    QTest::newRow("only exclusions match nothing") << QStringLiteral("-bonn") << QString();
    QTest::newRow("fts syntax is text") << QStringLiteral("a OR b NEAR(c) col:d *")
                                        << QStringLiteral("\"a\"* \"OR\"* \"b\"* \"NEAR(c)\"* \"col:d\"*");
    QTest::newRow("quote inside a word") << QStringLiteral("ab\"c") << QStringLiteral("\"ab\"\"c\"*");
    QTest::newRow("unclosed phrase") << QStringLiteral("\"im Hafen") << QStringLiteral("\"im Hafen\"");
    QTest::newRow("lone dash is no exclusion")
        << QStringLiteral("hafen - bonn") << QStringLiteral("\"hafen\"* \"bonn\"*");
    QTest::newRow("empty") << QStringLiteral("   ") << QString();
}

void TestLibraryIndex::query()
{
    QFETCH(QString, input);
    QFETCH(QString, fts);
    QCOMPARE(SearchQuery::parse(input).toFts5(), fts);
}

void TestLibraryIndex::index_addsThenLeavesUnchangedFilesUnread()
{
    const QList<IndexEntry> first = m_index->index({ folder() });
    QCOMPARE(statuses(first),
             (QHash<QString, QString> { { QStringLiteral("hafen.txt"), QStringLiteral("added") },
                                        { QStringLiteral("gipfel.txt"), QStringLiteral("added") } }));
    QCOMPARE(first.first().headline.isEmpty(), false);
    QCOMPARE(m_index->articleCount(), 2);

    // Unreadable now, but with the same size and time: not read again, so still unchanged.
    const QString hafen = file(QStringLiteral("hafen.txt"));
    const QDateTime time = QFileInfo(hafen).lastModified();
    QFile f(hafen);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QByteArray bytes = f.readAll();
    QByteArray garbage(bytes.size(), '\0');
    f.seek(0);
    f.write(garbage);
    QVERIFY(f.flush()); // written now, so that setting the time back is the last change
    QVERIFY(f.setFileTime(time, QFileDevice::FileModificationTime));
    f.close();
    QCOMPARE(statuses(m_index->index({ folder() })),
             (QHash<QString, QString> { { QStringLiteral("hafen.txt"), QStringLiteral("unchanged") },
                                        { QStringLiteral("gipfel.txt"), QStringLiteral("unchanged") } }));
    QCOMPARE(m_index->articleByPath(hafen)->headline, QStringLiteral("Streik im Hafen"));
}

void TestLibraryIndex::index_changesOnly_leavesUnchangedFilesOutButReportsThem()
{
    QCOMPARE(m_index->index({ folder() }, {}, LibraryIndex::Entries::Changes).size(), 2); // both added
    write(file(QStringLiteral("hafen.txt")),
          article(QStringLiteral("Streik beendet"), QStringLiteral("Die Arbeiter im Hafen arbeiten wieder."), {}));
    QVERIFY(m_index->addRoot(folder()));
    QHash<QString, QString> reported;
    const auto report = [&](const IndexEntry &e, int, int) {
        reported.insert(QFileInfo(e.file).fileName(), indexStatusName(e.status));
        return true;
    };
    const QList<IndexEntry> changes = m_index->refresh(report, LibraryIndex::Entries::Changes);
    QCOMPARE(statuses(changes),
             (QHash<QString, QString> { { QStringLiteral("hafen.txt"), QStringLiteral("updated") } }));
    QCOMPARE(changes.first().headline, QStringLiteral("Streik beendet"));
    QCOMPARE(reported,
             (QHash<QString, QString> { { QStringLiteral("hafen.txt"), QStringLiteral("updated") },
                                        { QStringLiteral("gipfel.txt"), QStringLiteral("unchanged") } }));
    QCOMPARE(m_index->index({ folder() }).size(), 2); // All, the default, still lists the unchanged
}

void TestLibraryIndex::index_editedFileIsUpdated()
{
    m_index->index({ folder() });
    const qint64 id = m_index->articleByPath(file(QStringLiteral("hafen.txt")))->id;
    write(file(QStringLiteral("hafen.txt")),
          article(QStringLiteral("Streik beendet"), QStringLiteral("Die Arbeit im Hafen geht weiter, sagte man.")));
    const QHash<QString, QString> result = statuses(m_index->index({ folder() }));
    QCOMPARE(result.value(QStringLiteral("hafen.txt")), QStringLiteral("updated"));
    QCOMPARE(result.value(QStringLiteral("gipfel.txt")), QStringLiteral("unchanged"));
    const auto updated = m_index->articleByPath(file(QStringLiteral("hafen.txt")));
    QCOMPARE(updated->id, id);
    QCOMPARE(updated->headline, QStringLiteral("Streik beendet"));
    QVERIFY(m_index->search(QStringLiteral("streiken")).isEmpty());
    QCOMPARE(m_index->search(QStringLiteral("weiter")).size(), 1);
}

void TestLibraryIndex::index_deletedFileIsRemoved()
{
    m_index->index({ folder() });
    QVERIFY(QFile::remove(file(QStringLiteral("sub/gipfel.txt"))));
    const QList<IndexEntry> entries = m_index->index({ folder() });
    QCOMPARE(statuses(entries).value(QStringLiteral("gipfel.txt")), QStringLiteral("removed"));
    QCOMPARE(m_index->articleCount(), 1);
    QVERIFY(m_index->search(QStringLiteral("Bonn")).isEmpty());
    QVERIFY(!m_index->articleByPath(file(QStringLiteral("sub/gipfel.txt"))));
}

void TestLibraryIndex::index_deletedWhileAnotherIsAdded_bothAreSeen()
{
    // As many files as before, one of them new: the index looks for what is gone unless it has no more rows
    // below the folder than the run has files, which is not the case while the new file's row is added.
    m_index->index({ folder() });
    QVERIFY(QFile::remove(file(QStringLiteral("sub/gipfel.txt"))));
    write(file(QStringLiteral("sub/neu.txt")), article(QStringLiteral("Neu"), QStringLiteral("Etwas anderes.")));
    QCOMPARE(statuses(m_index->index({ folder() })),
             (QHash<QString, QString> { { QStringLiteral("hafen.txt"), QStringLiteral("unchanged") },
                                        { QStringLiteral("neu.txt"), QStringLiteral("added") },
                                        { QStringLiteral("gipfel.txt"), QStringLiteral("removed") } }));
    QCOMPARE(m_index->articleCount(), 2);
    // Nothing changed: nothing is removed either.
    QCOMPARE(statuses(m_index->index({ folder() })),
             (QHash<QString, QString> { { QStringLiteral("hafen.txt"), QStringLiteral("unchanged") },
                                        { QStringLiteral("neu.txt"), QStringLiteral("unchanged") } }));
    QCOMPARE(m_index->articleCount(), 2);
}

void TestLibraryIndex::index_fileInTwoPaths_isOneArticle()
{
    // The folder and a file in it: the file is in the run twice, in one batch (its row is read once for the
    // batch, and looked up again the second time).
    const QStringList paths { folder(), file(QStringLiteral("hafen.txt")) };
    const auto statusList = [](const QList<IndexEntry> &entries) {
        QStringList list;
        for (const IndexEntry &e : entries)
            list.append(QFileInfo(e.file).fileName() + u' ' + indexStatusName(e.status));
        list.sort();
        return list;
    };
    QCOMPARE(statusList(m_index->index(paths)),
             (QStringList { QStringLiteral("gipfel.txt added"), QStringLiteral("hafen.txt added"),
                            QStringLiteral("hafen.txt unchanged") }));
    QCOMPARE(m_index->articleCount(), 2);
    QCOMPARE(statusList(m_index->index(paths)),
             (QStringList { QStringLiteral("gipfel.txt unchanged"), QStringLiteral("hafen.txt unchanged"),
                            QStringLiteral("hafen.txt unchanged") }));
    write(file(QStringLiteral("hafen.txt")),
          article(QStringLiteral("Streik beendet"), QStringLiteral("Die Arbeiter im Hafen arbeiten wieder."), {}));
    QCOMPARE(statusList(m_index->index(paths)),
             (QStringList { QStringLiteral("gipfel.txt unchanged"), QStringLiteral("hafen.txt unchanged"),
                            QStringLiteral("hafen.txt updated") }));
    QCOMPARE(m_index->articleCount(), 2);
    QCOMPARE(m_index->articleByPath(file(QStringLiteral("hafen.txt")))->headline, QStringLiteral("Streik beendet"));
}

void TestLibraryIndex::index_movedFileKeepsItsRow()
{
    m_index->index({ folder() });
    const qint64 id = m_index->articleByPath(file(QStringLiteral("sub/gipfel.txt")))->id;
    QVERIFY(
        QFile::rename(file(QStringLiteral("sub/gipfel.txt")), file(QStringLiteral("andere/bonn-2024.txt")))
        || (QDir().mkpath(file(QStringLiteral("andere")))
            && QFile::rename(file(QStringLiteral("sub/gipfel.txt")), file(QStringLiteral("andere/bonn-2024.txt")))));
    const QList<IndexEntry> entries = m_index->index({ folder() });
    // One line for the new path, none for the old one.
    QCOMPARE(entries.size(), 2);
    const QHash<QString, QString> result = statuses(entries);
    QCOMPARE(result.value(QStringLiteral("bonn-2024.txt")), QStringLiteral("moved"));
    QVERIFY(!result.contains(QStringLiteral("gipfel.txt")));
    const auto moved = m_index->articleByPath(file(QStringLiteral("andere/bonn-2024.txt")));
    QVERIFY(moved);
    QCOMPARE(moved->id, id);
    QCOMPARE(m_index->articleCount(), 2);
}

void TestLibraryIndex::index_manyFilesParsedAhead_eachStoredAsItsOwn()
{
    // More files than one transaction: they are parsed on all cores ahead of being stored, in order. Every
    // file must end up with its own text, every entry in its place, broken files among them.
    constexpr int Files = 2600;
    const QDir many(file(QStringLiteral("viele")));
    QVERIFY(QDir().mkpath(many.path()));
    QStringList expected;
    QSet<QString> broken;
    for (int i = 0; i < Files; ++i) {
        const QString name = QStringLiteral("meldung%1.txt").arg(i, 5, 10, QLatin1Char('0'));
        if (i % 97 == 13) {
            QFile binary(many.filePath(name));
            QVERIFY(binary.open(QIODevice::WriteOnly));
            binary.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\0IHDR", 16));
            broken.insert(many.filePath(name));
        } else {
            write(many.filePath(name),
                  article(QStringLiteral("Meldung Nummer %1").arg(i),
                          QStringLiteral("Ein Satz mit dem Kennwort kenn%1x darin.").arg(i)));
        }
        expected.append(many.filePath(name));
    }
    // One file listed twice, as a folder's file and on its own.
    const QList<IndexEntry> entries
        = m_index->index({ many.path(), many.filePath(QStringLiteral("meldung00007.txt")) });
    QStringList listed;
    for (const IndexEntry &e : entries) {
        QCOMPARE(e.status == IndexEntry::Status::Error, broken.contains(e.file));
        listed.append(e.file);
    }
    // Each file once, in the order of the run, whatever thread parsed it (the one listed twice is one article).
    listed.removeDuplicates();
    QCOMPARE(listed, expected);
    for (int i : { 0, 7, 999, 1000, 1001, 1999, 2000, 2599 }) {
        const QList<LibraryHit> hits = m_index->search(QStringLiteral("kenn%1x").arg(i), 5);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.constFirst().file, expected.at(i));
        QCOMPARE(hits.constFirst().headline, QStringLiteral("Meldung Nummer %1").arg(i));
    }
    // And nothing changed: every one unchanged (or its error again), none read.
    for (const IndexEntry &e : m_index->index({ many.path() }))
        QVERIFY2(e.status == (broken.contains(e.file) ? IndexEntry::Status::Error : IndexEntry::Status::Unchanged),
                 qPrintable(e.file));
}

void TestLibraryIndex::index_stoppedByItsReport_keepsWhatItStored()
{
    // Stopped in the middle of its second transaction, with the files after it queued for parsing: it returns
    // what it did, which stays done, and the next run adds the rest.
    constexpr int Files = 2600;
    constexpr int StopAt = 1500;
    const QDir many(file(QStringLiteral("viele")));
    QVERIFY(QDir().mkpath(many.path()));
    for (int i = 0; i < Files; ++i)
        write(many.filePath(QStringLiteral("meldung%1.txt").arg(i, 5, 10, QLatin1Char('0'))),
              article(QStringLiteral("Meldung %1").arg(i), QStringLiteral("Kennwort kenn%1x.").arg(i)));
    int reported = 0;
    const auto stop = [&](const IndexEntry &, int done, int total) {
        ++reported;
        return !(done == StopAt && total == Files);
    };
    const QList<IndexEntry> first = m_index->index({ many.path() }, stop);
    QCOMPARE(first.size(), StopAt);
    QCOMPARE(reported, StopAt);
    QCOMPARE(m_index->articleCount(), StopAt);
    QCOMPARE(m_index->search(QStringLiteral("kenn%1x").arg(StopAt - 1)).size(), 1);
    QVERIFY(m_index->search(QStringLiteral("kenn%1x").arg(StopAt)).isEmpty());

    QHash<QString, int> counts;
    for (const IndexEntry &e : m_index->index({ many.path() }))
        ++counts[indexStatusName(e.status)];
    QCOMPARE(
        counts,
        (QHash<QString, int> { { QStringLiteral("unchanged"), StopAt }, { QStringLiteral("added"), Files - StopAt } }));
    QCOMPARE(m_index->articleCount(), Files);
}

void TestLibraryIndex::index_notAnArticleIsListedWithReason()
{
    write(file(QStringLiteral("leer.txt")), QString());
    QFile binary(file(QStringLiteral("bild.txt")));
    QVERIFY(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\0IHDR", 16));
    binary.close();
    const QList<IndexEntry> entries = m_index->index({ folder() });
    const QHash<QString, QString> result = statuses(entries);
    QCOMPARE(result.value(QStringLiteral("leer.txt")), QStringLiteral("error"));
    QCOMPARE(result.value(QStringLiteral("bild.txt")), QStringLiteral("error"));
    QCOMPARE(result.value(QStringLiteral("hafen.txt")), QStringLiteral("added"));
    for (const IndexEntry &e : entries) {
        if (e.status == IndexEntry::Status::Error)
            QVERIFY2(!e.error.isEmpty(), qPrintable(e.file));
    }
    const auto listed = m_index->articleByPath(file(QStringLiteral("leer.txt")));
    QVERIFY(listed);
    QVERIFY(!listed->isArticle());
    // Reported again, without being read, while it stays as it is.
    QCOMPARE(statuses(m_index->index({ folder() })).value(QStringLiteral("leer.txt")), QStringLiteral("error"));
}

void TestLibraryIndex::index_articleWithoutCreditOrPartsIsAdded()
{
    // No agency, no commentary, no forecast: nothing of it may be stored as NULL.
    write(file(QStringLiteral("kurz.txt")), QStringLiteral("Nur eine Zeile.\n"));
    const QHash<QString, QString> result = statuses(m_index->index({ folder() }));
    QCOMPARE(result.value(QStringLiteral("kurz.txt")), QStringLiteral("added"));
    const auto stored = m_index->articleByPath(file(QStringLiteral("kurz.txt")));
    QVERIFY(stored && stored->isArticle());
    QVERIFY(stored->agencies.isEmpty());
}

void TestLibraryIndex::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("headlines");
    const QString hafen = QStringLiteral("Streik im Hafen");
    const QString gipfel = QStringLiteral("Gipfel in Bonn");
    QTest::newRow("prefix") << QStringLiteral("Hamb") << QStringList { hafen };
    QTest::newRow("all words") << QStringLiteral("erika bonn") << QStringList { gipfel };
    QTest::newRow("all words across parts") << QStringLiteral("hamburger herbst") << QStringList { hafen };
    QTest::newRow("phrase") << QStringLiteral("\"in Bonn über\"") << QStringList { gipfel };
    QTest::newRow("phrase in wrong order") << QStringLiteral("\"Bonn in\"") << QStringList {};
    QTest::newRow("exclusion") << QStringLiteral("streik* -hamburger") << QStringList {};
    QTest::newRow("exclusion keeps others") << QStringLiteral("erika -hamburger") << QStringList { gipfel };
    QTest::newRow("diacritics folded") << QStringLiteral("okonomen") << QStringList { gipfel, hafen };
    QTest::newRow("case folded") << QStringLiteral("ÖKONOMEN") << QStringList { gipfel, hafen };
    QTest::newRow("fts syntax is text") << QStringLiteral("hafen OR bonn") << QStringList {};
    QTest::newRow("column filter is text") << QStringLiteral("text:hafen") << QStringList {};
    QTest::newRow("stray quote") << QStringLiteral("\"") << QStringList {};
}

void TestLibraryIndex::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, headlines);
    m_index->index({ folder() });
    QStringList found;
    for (const LibraryHit &hit : m_index->search(query, 50)) {
        if (!found.contains(hit.headline))
            found.append(hit.headline);
    }
    std::sort(found.begin(), found.end());
    QCOMPARE(found, headlines);
}

void TestLibraryIndex::search_hitKnowsItsPartAndMarksMatches()
{
    m_index->index({ folder() });
    const QList<LibraryHit> hits = m_index->search(QStringLiteral("okonom"));
    QCOMPARE(hits.size(), 2);
    for (const LibraryHit &hit : hits) {
        QCOMPARE(hit.part, Part::Commentary);
        QCOMPARE(hit.matches.size(), 1);
        const auto [start, end] = hit.matches.first();
        QCOMPARE(hit.snippet.mid(start, end - start), QStringLiteral("Ökonomen"));
        QVERIFY(!hit.snippet.contains(QChar(2)));
    }
    const QList<LibraryHit> forecast = m_index->search(QStringLiteral("Herbst"));
    QCOMPARE(forecast.size(), 2);
    QCOMPARE(forecast.first().part, Part::Forecast);
    const QList<LibraryHit> explanation = m_index->search(QStringLiteral("Gewerkschafterin"));
    QCOMPARE(explanation.size(), 1);
    QCOMPARE(explanation.first().part, Part::Explanation);
    QCOMPARE(m_index->search(QStringLiteral("Erika"), 1).size(), 1);
}

void TestLibraryIndex::subjects_mergedByLinkElseByName()
{
    m_index->index({ folder() });
    const QList<LibrarySubject> subjects = m_index->subjects();
    QCOMPARE(subjects.size(), 2);
    QCOMPARE(subjects.first().wikipedia, QStringLiteral("https://de.wikipedia.org/wiki/Erika_Muster"));
    QCOMPARE(subjects.first().articles, 2);
    QCOMPARE(subjects.first().kind, SubjectKind::Person);
    // Mentioned once outside its entry, in the Bonn article's body.
    QCOMPARE(subjects.first().mentions, 1);
    QCOMPARE(subjects.at(1).subject, QStringLiteral("Max Beispiel"));
    QCOMPARE(subjects.at(1).wikipedia, QString());
    QCOMPARE(subjects.at(1).articles, 1);

    const QList<SubjectMention> mentions = m_index->mentionsOf(subjects.first().key);
    QCOMPARE(mentions.size(), 2);
    QStringList said;
    for (const SubjectMention &m : mentions)
        said.append(m.explanation);
    said.sort();
    QCOMPARE(said,
             (QStringList { QStringLiteral("Erika Muster führt die Gewerkschaft."),
                            QStringLiteral("Muster ist Gewerkschafterin.") }));
}

void TestLibraryIndex::search_matchesMapToTheArticlesPlainText()
{
    // The phrase stands in the middle of a long second paragraph (the snippet is cut at both ends); the first
    // paragraph has the same words apart, so that only the snippet's own place is right.
    QStringList filler;
    for (int i = 0; i < 40; ++i)
        filler.append(QStringLiteral("wort%1").arg(i));
    const QString body = QStringLiteral("Die Ökonomen sagen, sie fürchten nichts.\n\n") + filler.join(u' ')
        + QStringLiteral(" die Ökonomen fürchten den Zins ") + filler.join(u' ');
    const QString path = file(QStringLiteral("zins.txt"));
    write(path, article(QStringLiteral("Zinsen"), body));
    m_index->index({ folder() });
    const QList<LibraryHit> hits = m_index->search(QStringLiteral("\"okonomen furchten\""));
    QCOMPARE(hits.size(), 1);
    const LibraryHit hit = hits.first();
    QCOMPARE(hit.part, Part::Body);
    QVERIFY2(hit.snippet.startsWith(QStringLiteral("…")) && hit.snippet.endsWith(QStringLiteral("…")),
             qPrintable(hit.snippet));
    QCOMPARE(hit.matches.size(), 1);

    const auto check = [&](const ArticleText &text) {
        const QList<std::pair<int, int>> ranges = HitText::matchRanges(hit, text);
        QCOMPARE(ranges.size(), 1);
        const auto [start, end] = ranges.first();
        QCOMPARE(text.text().mid(start, end - start), QStringLiteral("Ökonomen fürchten"));
        const std::optional<ArticleText::Location> at = text.locationOf(start);
        QVERIFY(at);
        QCOMPARE(at->part, Part::Body);
        QCOMPARE(at->index, 1); // the second paragraph, not the first one's "Ökonomen"
    };
    ParseResult parsed = OzdParser::parseFile(path);
    QVERIFY(parsed.ok());
    check(ArticleText(parsed.article));
    // Edited since it was indexed (a paragraph before it): the offsets are those of the text as it is now.
    write(path, article(QStringLiteral("Zinsen"), QStringLiteral("Vorweg ein neuer Absatz.\n\n") + body));
    parsed = OzdParser::parseFile(path);
    QVERIFY(parsed.ok());
    const ArticleText edited(parsed.article);
    const QList<std::pair<int, int>> ranges = HitText::matchRanges(hit, edited);
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(edited.text().mid(ranges.first().first, ranges.first().second - ranges.first().first),
             QStringLiteral("Ökonomen fürchten"));
    QCOMPARE(edited.locationOf(ranges.first().first)->index, 2);
}

namespace {

// "path rank" of the best `limit` matches by SQLite's own bm25(), over a connection of its own.
QStringList bm25Order(const QString &dataDir, const QString &query, int limit)
{
    QStringList order;
    const QString name = QStringLiteral("bm25-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(dataDir).filePath(LibraryIndex::fileName()));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT a.path, bm25(parts) FROM parts p JOIN articles a ON a.id = p.rowid"
                                     " WHERE parts MATCH ? ORDER BY bm25(parts), p.rowid LIMIT ?"));
            q.addBindValue(SearchQuery::parse(query).toFts5());
            q.addBindValue(limit);
            if (q.exec()) {
                while (q.next())
                    order.append(q.value(0).toString() + u' ' + QString::number(q.value(1).toDouble(), 'g', 17));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return order;
}

QStringList hitOrder(const QList<LibraryHit> &hits)
{
    QStringList order;
    for (const LibraryHit &hit : hits)
        order.append(hit.file + u' ' + QString::number(hit.rank, 'g', 17));
    return order;
}

QString zinsArticle(int number, int fillerWords)
{
    QStringList filler;
    for (int i = 0; i < fillerWords; ++i)
        filler.append(QStringLiteral("wort%1").arg(i));
    return article(QStringLiteral("Meldung %1").arg(number),
                   QStringLiteral("Der Zins steigt. ") + filler.join(u' ') + QStringLiteral(" Zins."));
}

} // namespace

void TestLibraryIndex::search_ranksAsBm25BestFirst_alsoAfterLengthsChanged()
{
    // Articles of different lengths with the word twice: bm25 puts the shorter first. The search keeps each
    // article's length in memory; a change by this index or by another one must not leave it stale.
    // Debian's Qt uses the system's libsqlite3: the index reaches it through the loaded driver, never by linking.
    QVERIFY(m_index->usesSqliteDirectly());
    for (int i = 0; i < 6; ++i)
        write(file(QStringLiteral("zins%1.txt").arg(i)), zinsArticle(i, 10 + 7 * i));
    m_index->index({ folder() });
    const QString query = QStringLiteral("zins");
    QCOMPARE(bm25Order(dataDir(), query, 100).size(), 6);
    QCOMPARE(hitOrder(m_index->search(query, 4)), bm25Order(dataDir(), query, 4));

    // This index makes the best one the longest.
    write(file(QStringLiteral("zins0.txt")), zinsArticle(0, 200));
    QCOMPARE(statuses(m_index->index({ folder() })).value(QStringLiteral("zins0.txt")), QStringLiteral("updated"));
    QCOMPARE(hitOrder(m_index->search(query, 4)), bm25Order(dataDir(), query, 4));
    QCOMPARE(hitOrder(m_index->search(query, 100)), bm25Order(dataDir(), query, 100));

    // Another one (another connection, as a second window or `randnotiz --index` would) shortens the last.
    {
        LibraryIndex other;
        QVERIFY(other.open(dataDir()));
        write(file(QStringLiteral("zins5.txt")), zinsArticle(5, 1));
        QCOMPARE(statuses(other.index({ folder() })).value(QStringLiteral("zins5.txt")), QStringLiteral("updated"));
    }
    const QStringList expected = bm25Order(dataDir(), query, 3);
    QVERIFY(expected.first().startsWith(file(QStringLiteral("zins5.txt")) + u' '));
    QCOMPARE(hitOrder(m_index->search(query, 3)), expected);
}

void TestLibraryIndex::subjects_linksRedirectingToOnePageAreOneSubject()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    const QString page = QStringLiteral("https://de.wikipedia.org/wiki/Kim_Jong-un");
    const QString redirect = QStringLiteral("https://de.wikipedia.org/wiki/Kim_Jong_Un");
    write(file(QStringLiteral("rakete.txt")),
          article(QStringLiteral("Raketentest"), QStringLiteral("Kim Jong-un ließ testen."),
                  person(QStringLiteral("Kim Jong-un"), QStringLiteral("Er führt Nordkorea."), page)));
    write(file(QStringLiteral("parade.txt")),
          article(QStringLiteral("Parade"), QStringLiteral("Kim Jong Un sah zu."),
                  person(QStringLiteral("Kim Jong Un"), QStringLiteral("Machthaber in Pjöngjang."), redirect)));
    m_index->index({ folder() });
    const auto kims = [this] {
        QList<LibrarySubject> found;
        for (const LibrarySubject &s : m_index->subjects()) {
            if (s.subject.startsWith(QStringLiteral("Kim")))
                found.append(s);
        }
        return found;
    };
    // Without the cache the links differ: two subjects.
    QCOMPARE(kims().size(), 2);

    {
        // The summary worker asked for the redirect and ended on the page.
        SummaryCache cache(data, 1 << 20);
        QVERIFY2(cache.isOpen(), qPrintable(cache.errorString()));
        CachedSummary entry;
        entry.summary.lang = QStringLiteral("de");
        entry.summary.title = QStringLiteral("Kim Jong-un");
        entry.summary.description = QStringLiteral("nordkoreanischer Politiker");
        entry.summary.extract = QStringLiteral("Kim Jong-un ist ein nordkoreanischer Politiker.");
        entry.summary.pageUrl = QUrl(page);
        entry.summary.fetchedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(cache.store(QUrl(redirect), entry));
    }
    m_index->setSummaryCacheDirectory(data);
    const QList<LibrarySubject> merged = kims();
    QCOMPARE(merged.size(), 1);
    QCOMPARE(merged.first().articles, 2);
    QCOMPARE(merged.first().wikipedia, page);
    QCOMPARE(merged.first().key, page);
    QCOMPARE(merged.first().kind, SubjectKind::Person);
    const QList<SubjectMention> mentions = m_index->mentionsOf(merged.first().key);
    QCOMPARE(mentions.size(), 2);
    QStringList said;
    for (const SubjectMention &m : mentions)
        said.append(m.explanation);
    said.sort();
    QCOMPARE(said, (QStringList { QStringLiteral("Er führt Nordkorea."), QStringLiteral("Machthaber in Pjöngjang.") }));
    // Its summary, from the entry of the link that redirected; a subject the cache has nothing of has none.
    const std::optional<Summary> summary = m_index->cachedSummaryOf(merged.first().key);
    QVERIFY(summary);
    QCOMPARE(summary->title, QStringLiteral("Kim Jong-un"));
    QVERIFY(!m_index->cachedSummaryOf(QStringLiteral("https://de.wikipedia.org/wiki/Erika_Muster")));
}

void TestLibraryIndex::removeRoot_dropsItsArticles()
{
    QVERIFY(m_index->addRoot(folder()));
    QCOMPARE(m_index->roots(), QStringList { QDir::cleanPath(folder()) });
    m_index->refresh();
    QCOMPARE(m_index->articleCount(), 2);
    QVERIFY(m_index->removeRoot(folder()));
    QCOMPARE(m_index->articleCount(), 0);
    QVERIFY(m_index->roots().isEmpty());
    QVERIFY(m_index->search(QStringLiteral("hafen")).isEmpty());
}

void TestLibraryIndex::open_versionOneIndex_keepsItsArticlesWithoutPrefixIndexes()
{
    m_index->index({ folder() });
    m_index.reset();
    const QString path = QDir(dataDir()).filePath(LibraryIndex::fileName());
    const auto schemaOfParts = [](QSqlQuery &q) {
        return q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'parts'")) && q.next()
            ? q.value(0).toString()
            : QString();
    };
    {
        // The index as version 1 wrote it: the same tables, the parts with prefix indexes.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *sql :
             { "CREATE VIRTUAL TABLE old USING fts5 (headline, body, commentary, forecast, explanation, notes, extra,"
               " tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
               "INSERT INTO old (rowid, headline, body, commentary, forecast, explanation, notes, extra)"
               " SELECT rowid, headline, body, commentary, forecast, explanation, notes, extra FROM parts",
               "DROP TABLE parts", "ALTER TABLE old RENAME TO parts", "PRAGMA user_version = 1" })
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        QVERIFY(schemaOfParts(q).contains(QLatin1String("prefix")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    m_index = std::make_unique<LibraryIndex>();
    QVERIFY2(m_index->open(dataDir()), qPrintable(m_index->errorString()));
    QCOMPARE(m_index->articleCount(), 2);
    const QList<LibraryHit> hits = m_index->search(QStringLiteral("okonomen hamb"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(QFileInfo(hits.first().file).fileName(), QStringLiteral("hafen.txt"));
    QCOMPARE(statuses(m_index->index({ folder() })),
             (QHash<QString, QString> { { QStringLiteral("hafen.txt"), QStringLiteral("unchanged") },
                                        { QStringLiteral("gipfel.txt"), QStringLiteral("unchanged") } }));
    m_index.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const QString parts = schemaOfParts(q);
        QVERIFY2(parts.contains(QLatin1String("remove_diacritics 2")) && !parts.contains(QLatin1String("prefix")),
                 qPrintable(parts));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), LibraryIndex::SchemaVersion);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
}

QTEST_GUILESS_MAIN(TestLibraryIndex)
#include "tst_libraryindex.moc"
