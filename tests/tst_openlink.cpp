// randnotiz://open links read back: what the exports write parses to the same values; anything else is refused.
// In the window, a link opens only an article the store knows or a file whose text has the link's fingerprint.
#include "annotationcontroller.h"
#include "article/articletext.h"
#include "article/ozdparser.h"
#include "articleview.h"
#include "mainwindow.h"
#include "notes/annotationstore.h"
#include "notes/notesexport.h"
#include "notes/openlink.h"
#include "readersettings.h"
#include "support/guisupport.h"
#include "support/notestestdata.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <sys/stat.h>

using namespace Randnotiz;

class TestOpenLink final : public QObject
{
    Q_OBJECT

private slots:
    void markdownExport_everyLinkParsesBackToItsValues_data();
    void markdownExport_everyLinkParsesBackToItsValues();
    void htmlExport_linksParseBackToo();
    void linkWithoutFile_parsesWithFingerprintOnly();
    void malformedLinks_areRefused_data();
    void malformedLinks_areRefused();

    // In the window (a link can come from any web page).
    void initTestCase();
    void init();
    void cleanup();
    void wrongFingerprint_saysUnknownAndStoresNothing();
    void linkToWhatIsNoRegularFile_isNotEvenOpened_data();
    void linkToWhatIsNoRegularFile_isNotEvenOpened();
    void unknownFingerprintWithoutFile_saysUnknown();
    void matchingFingerprint_opensTheFile();
    void knownFingerprint_opensTheStoredArticleNotTheLinksFile();
    void knownArticleAtMovedPath_opensAndRevealsTheNote_data();
    void knownArticleAtMovedPath_opensAndRevealsTheNote();

private:
    static ArticleNotes notesAt(const QString &path);
    static QUrl linkTo(const QString &file, const QString &fingerprint, const QUuid &annotation = QUuid::createUuid());
    static QString fingerprintOf(const QString &path);
    // An article file whose text is klimaText() with marker in its headline.
    QString writeArticle(const QString &name, const QString &marker);
    // Rows of the notes database, counted through a connection of the test's own.
    qint64 count(const QString &sql) const;
    QString errorText() const;
    NotesStore *store() const { return m_window->annotations()->store(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_dataDir;
};

ArticleNotes TestOpenLink::notesAt(const QString &path)
{
    const ArticleText text(Test::articleFromText(Test::klimaText()));
    ArticleNotes notes { QStringLiteral("Bonner Klimakonferenz"), path, text.fingerprint(), text.text(), {} };
    for (const QString &quote : { QStringLiteral("Minimalkompromiss"), QStringLiteral("Strittige Fragen"),
                                  QStringLiteral("Bonn zeigt die Grenzen der Geduld") }) {
        const int start = int(text.text().indexOf(quote));
        Annotation a = Annotation::create(text, start, start + int(quote.size()));
        a.articleId = 1;
        a.note = QStringLiteral("Notiz zu ") + quote;
        notes.annotations.append(a);
    }
    return notes;
}

void TestOpenLink::markdownExport_everyLinkParsesBackToItsValues_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("plain") << QStringLiteral("/daten/klima.txt");
    QTest::newRow("spaces") << QStringLiteral("/home/anna/Meine Artikel/Klima Gipfel.txt");
    QTest::newRow("umlauts") << QStringLiteral("/home/jörg/Übersicht/Straßenbahn-Größe.txt");
    QTest::newRow("ampersand and hash") << QStringLiteral("/tmp/A & B/#1 Nachrichten&Co.txt");
    QTest::newRow("query-like") << QStringLiteral("/tmp/x?file=/etc/passwd&annotation=1.txt");
    QTest::newRow("percent and plus") << QStringLiteral("/tmp/100% sicher+mehr %41.txt");
}

void TestOpenLink::markdownExport_everyLinkParsesBackToItsValues()
{
    QFETCH(QString, path);
    const ArticleNotes notes = notesAt(path);
    const QString markdown = QString::fromUtf8(NotesExport::markdown({ notes }, {}, QDateTime::currentDateTimeUtc()));

    static const QRegularExpression linkPattern(QStringLiteral("\\]\\(<(randnotiz://[^>]+)>\\)"));
    QList<QUuid> seen;
    for (const QRegularExpressionMatch &match : linkPattern.globalMatch(markdown)) {
        const QString written = match.captured(1);
        // As the program receives it on its command line, and as a browser hands over the encoded form.
        for (const QUrl &url : { QUrl(written), QUrl::fromEncoded(written.toUtf8(), QUrl::StrictMode) }) {
            const std::optional<OpenLink> link = OpenLink::parse(url);
            QVERIFY2(link, qPrintable(written));
            QCOMPARE(link->file, path);
            QCOMPARE(link->fingerprint, notes.fingerprint);
        }
        seen.append(OpenLink::parse(QUrl(written))->annotation);
    }
    QList<QUuid> expected;
    for (const Annotation &a : notes.annotations)
        expected.append(a.id);
    QCOMPARE(seen, expected);
}

void TestOpenLink::htmlExport_linksParseBackToo()
{
    const QString path = QStringLiteral("/tmp/A & B/<Größe> #2.txt");
    const ArticleNotes notes = notesAt(path);
    const QString html = QString::fromUtf8(NotesExport::html({ notes }, {}, QDateTime::currentDateTimeUtc()));
    static const QRegularExpression hrefPattern(QStringLiteral("href=\"(randnotiz://[^\"]+)\""));
    int count = 0;
    for (const QRegularExpressionMatch &match : hrefPattern.globalMatch(html)) {
        QString href = match.captured(1);
        href.replace(QStringLiteral("&amp;"), QStringLiteral("&")); // what a browser does with the attribute
        const std::optional<OpenLink> link = OpenLink::parse(QUrl(href));
        QVERIFY2(link, qPrintable(href));
        QCOMPARE(link->file, path);
        QCOMPARE(link->annotation, notes.annotations.at(count).id);
        ++count;
    }
    QCOMPARE(count, notes.annotations.size());
}

void TestOpenLink::linkWithoutFile_parsesWithFingerprintOnly()
{
    const ArticleNotes notes = notesAt(QString());
    const QUrl url = NotesExport::openLink(notes, notes.annotations.first());
    const std::optional<OpenLink> link = OpenLink::parse(url);
    QVERIFY(link);
    QVERIFY(link->file.isEmpty());
    QCOMPARE(link->fingerprint, notes.fingerprint);
    QCOMPARE(link->annotation, notes.annotations.first().id);
}

void TestOpenLink::malformedLinks_areRefused_data()
{
    QTest::addColumn<QString>("link");
    const QString fp = QStringLiteral("fingerprint=") + QString(64, u'a');
    const QString id = QStringLiteral("annotation=11111111-2222-4333-8444-555555555501");
    const QString ok = QStringLiteral("randnotiz://open?file=%2Ftmp%2Fa.txt&") + fp + u'&' + id;
    QVERIFY(OpenLink::parse(QUrl(ok))); // the baseline every row below breaks in one way

    QTest::newRow("empty") << QString();
    QTest::newRow("other scheme") << QString(ok).replace(QStringLiteral("randnotiz:"), QStringLiteral("http:"));
    QTest::newRow("file scheme") << QStringLiteral("file:///tmp/a.txt");
    QTest::newRow("other host") << QString(ok).replace(QStringLiteral("//open"), QStringLiteral("//run"));
    QTest::newRow("no host") << QStringLiteral("randnotiz:open?") + fp + u'&' + id;
    QTest::newRow("path") << QString(ok).replace(QStringLiteral("//open?"), QStringLiteral("//open/x?"));
    QTest::newRow("user info") << QString(ok).replace(QStringLiteral("//open"), QStringLiteral("//me@open"));
    QTest::newRow("port") << QString(ok).replace(QStringLiteral("//open"), QStringLiteral("//open:8080"));
    QTest::newRow("fragment") << ok + QStringLiteral("#x");
    QTest::newRow("no query") << QStringLiteral("randnotiz://open");
    QTest::newRow("no annotation") << QStringLiteral("randnotiz://open?file=%2Ftmp%2Fa.txt&") + fp;
    QTest::newRow("annotation not a uuid")
        << QStringLiteral("randnotiz://open?") + fp + QStringLiteral("&annotation=42");
    QTest::newRow("annotation empty") << QStringLiteral("randnotiz://open?") + fp + QStringLiteral("&annotation=");
    QTest::newRow("annotation twice") << ok + u'&' + id;
    QTest::newRow("file twice") << ok + QStringLiteral("&file=%2Fetc%2Fpasswd");
    QTest::newRow("relative file") << QString(ok).replace(QStringLiteral("%2Ftmp%2Fa.txt"), QStringLiteral("a.txt"));
    QTest::newRow("parent-relative file")
        << QString(ok).replace(QStringLiteral("%2Ftmp%2Fa.txt"), QStringLiteral("..%2Fa.txt"));
    QTest::newRow("empty file") << QString(ok).replace(QStringLiteral("%2Ftmp%2Fa.txt"), QString());
    QTest::newRow("file with NUL") << QString(ok).replace(QStringLiteral("a.txt"), QStringLiteral("a%00.txt"));
    QTest::newRow("fingerprint not hex") << QString(ok).replace(QString(64, u'a'), QStringLiteral("zz; rm -rf"));
    QTest::newRow("fingerprint empty") << QString(ok).replace(QString(64, u'a'), QString());
    QTest::newRow("neither file nor fingerprint") << QStringLiteral("randnotiz://open?") + id;
    QTest::newRow("unknown item") << ok + QStringLiteral("&exec=rm");
    QTest::newRow("huge") << ok + QStringLiteral("&x=") + QString(20000, u'x');
}

void TestOpenLink::malformedLinks_areRefused()
{
    QFETCH(QString, link);
    QVERIFY(!OpenLink::parse(QUrl(link)));
}

void TestOpenLink::initTestCase()
{
    Test::isolateSettings();
}

void TestOpenLink::init()
{
    Test::clearSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dataDir = m_dir->filePath(QStringLiteral("data"));
    WikiOptions options;
    options.dataDir = m_dataDir;
    m_window = std::make_unique<MainWindow>(options);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // One article the store knows already: the sample.
    m_window->openSample();
    QTRY_COMPARE(m_window->articleCount(), 1);
    QTRY_VERIFY(m_window->currentView()->articleId() > 0);
}

void TestOpenLink::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QUrl TestOpenLink::linkTo(const QString &file, const QString &fingerprint, const QUuid &annotation)
{
    QUrlQuery query;
    if (!file.isEmpty())
        query.addQueryItem(QStringLiteral("file"), QString::fromLatin1(QUrl::toPercentEncoding(file)));
    query.addQueryItem(QStringLiteral("fingerprint"), fingerprint);
    query.addQueryItem(QStringLiteral("annotation"), annotation.toString(QUuid::WithoutBraces));
    QUrl url;
    url.setScheme(QStringLiteral("randnotiz"));
    url.setHost(QStringLiteral("open"));
    url.setQuery(query);
    return url;
}

QString TestOpenLink::fingerprintOf(const QString &path)
{
    const ParseResult parsed = OzdParser::parseFile(path);
    return parsed.ok() ? ArticleText(parsed.article).fingerprint() : QString();
}

QString TestOpenLink::writeArticle(const QString &name, const QString &marker)
{
    const QString path = m_dir->filePath(name);
    const QString text = Test::replacedOnce(Test::klimaText(), QStringLiteral("Minimalkompromiss"), marker);
    return Test::writeFile(path, text.toUtf8()) ? path : QString();
}

qint64 TestOpenLink::count(const QString &sql) const
{
    qint64 result = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("testCount"));
        db.setDatabaseName(QDir(m_dataDir).filePath(AnnotationStore::databaseFileName()));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("testCount"));
    return result;
}

QString TestOpenLink::errorText() const
{
    auto *bar = m_window->findChild<QWidget *>(QStringLiteral("errorBar"));
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("errorMessage"));
    return bar && bar->isVisible() && label ? label->text() : QString();
}

void TestOpenLink::wrongFingerprint_saysUnknownAndStoresNothing()
{
    const QString secret = writeArticle(QStringLiteral("geheim.txt"), QStringLiteral("GEHEIMSACHE-4711"));
    QVERIFY(!secret.isEmpty());
    const QString sampleFingerprint = m_window->currentView()->articleText().fingerprint();
    const qint64 articles = count(QStringLiteral("SELECT COUNT(*) FROM articles"));
    QCOMPARE(articles, 1);
    const qint64 annotations = count(QStringLiteral("SELECT COUNT(*) FROM annotations"));

    // The fingerprint of a real article (the sample), but not of the file the link names.
    QSignalSpy failed(m_window.get(), &MainWindow::openFailed);
    m_window->handleArguments({ linkTo(secret, sampleFingerprint.left(63) + u'0').toString() });
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().toString(), secret);
    QVERIFY2(errorText().contains(QStringLiteral("does not know")), qPrintable(errorText()));
    QVERIFY(errorText().contains(QDir::toNativeSeparators(secret)));

    QCOMPARE(m_window->articleCount(), 1);
    QCOMPARE(m_window->pendingCount(), 0);
    QVERIFY(!ReaderSettings::recentFiles().contains(secret));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM articles")), articles);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM annotations")), annotations);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM articles WHERE plain_text LIKE '%GEHEIMSACHE%' OR path LIKE "
                                  "'%geheim%'")),
             0);
}

void TestOpenLink::linkToWhatIsNoRegularFile_isNotEvenOpened_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("fifo") << QStringLiteral("fifo");
    QTest::newRow("folder") << QStringLiteral("folder");
    QTest::newRow("device") << QStringLiteral("device");
}

void TestOpenLink::linkToWhatIsNoRegularFile_isNotEvenOpened()
{
    QFETCH(QString, kind);
    QString path;
    if (kind == QLatin1String("fifo")) {
        path = m_dir->filePath(QStringLiteral("artikel.txt"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == QLatin1String("folder")) {
        path = m_dir->filePath(QStringLiteral("ordner.txt"));
        QVERIFY(QDir().mkpath(path));
    } else {
        path = QStringLiteral("/dev/zero");
    }
    const qint64 articles = count(QStringLiteral("SELECT COUNT(*) FROM articles"));
    // Refused at once: nothing is handed to the loader, so nothing can block on it either.
    QVERIFY(!m_window->handleArguments({ linkTo(path, QString(64, u'b')).toString() }));
    QCOMPARE(m_window->pendingCount(), 0);
    QVERIFY2(errorText().contains(QStringLiteral("does not know")), qPrintable(errorText()));
    QCOMPARE(m_window->articleCount(), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM articles")), articles);
}

void TestOpenLink::unknownFingerprintWithoutFile_saysUnknown()
{
    QVERIFY(!m_window->handleArguments({ linkTo(QString(), QString(64, u'c')).toString() }));
    QCOMPARE(m_window->pendingCount(), 0);
    QVERIFY2(errorText().contains(QStringLiteral("does not know")), qPrintable(errorText()));
    QCOMPARE(m_window->articleCount(), 1);
}

void TestOpenLink::matchingFingerprint_opensTheFile()
{
    const QString path = writeArticle(QStringLiteral("neu.txt"), QStringLiteral("Neuigkeit"));
    const QString fingerprint = fingerprintOf(path);
    QCOMPARE(fingerprint.size(), 64);
    const qint64 articles = count(QStringLiteral("SELECT COUNT(*) FROM articles"));
    QSignalSpy opened(m_window.get(), &MainWindow::articleOpened);
    QVERIFY(m_window->handleArguments({ linkTo(path, fingerprint).toString() }));
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_window->articleCount(), 2);
    QCOMPARE(m_window->currentView()->path(), path);
    QTRY_VERIFY(m_window->currentView()->articleId() > 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM articles")), articles + 1);
    QVERIFY(errorText().isEmpty());

    // A second link to the open tab with another fingerprint does not pass for it.
    QSignalSpy failed(m_window.get(), &MainWindow::openFailed);
    m_window->handleArguments({ linkTo(path, QString(64, u'd')).toString() });
    QCOMPARE(failed.size(), 1);
    QVERIFY(errorText().contains(QStringLiteral("does not know")));
}

void TestOpenLink::knownFingerprint_opensTheStoredArticleNotTheLinksFile()
{
    const QString known = writeArticle(QStringLiteral("bekannt.txt"), QStringLiteral("Bekanntes"));
    m_window->openFile(known);
    QTRY_COMPARE(m_window->articleCount(), 2);
    QTRY_VERIFY(m_window->currentView()->articleId() > 0);
    const QString fingerprint = m_window->currentView()->articleText().fingerprint();
    m_window->closeCurrentTab();
    QCOMPARE(m_window->articleCount(), 1);

    // A known fingerprint does not make the link's file (something else) trusted: the known article opens.
    const QString secret = writeArticle(QStringLiteral("geheim.txt"), QStringLiteral("GEHEIMSACHE-4711"));
    QSignalSpy opened(m_window.get(), &MainWindow::articleOpened);
    QVERIFY(m_window->handleArguments({ linkTo(secret, fingerprint).toString() }));
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_window->articleCount(), 2);
    QCOMPARE(m_window->currentView()->path(), known);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM articles WHERE plain_text LIKE '%GEHEIMSACHE%'")), 0);
}

void TestOpenLink::knownArticleAtMovedPath_opensAndRevealsTheNote_data()
{
    QTest::addColumn<bool>("storeSawTheMove");
    QTest::newRow("link names the old path, the store the new one") << true;
    QTest::newRow("link names the new path, the store the old one") << false;
}

void TestOpenLink::knownArticleAtMovedPath_opensAndRevealsTheNote()
{
    QFETCH(bool, storeSawTheMove);
    const QString before = writeArticle(QStringLiteral("vorher.txt"), QStringLiteral("Umzug"));
    const QString after = m_dir->filePath(QStringLiteral("Archiv/nachher.txt"));
    m_window->openFile(before);
    QTRY_COMPARE(m_window->articleCount(), 2);
    QTRY_VERIFY(m_window->currentView()->articleId() > 0);
    ArticleView *view = m_window->currentView();
    const int start = int(view->articleText().text().indexOf(QStringLiteral("Umzug")));
    QVERIFY(start >= 0);
    Annotation note = Annotation::create(view->articleText(), start, start + 5);
    note.articleId = view->articleId();
    QVERIFY(store()->addAnnotation(note));
    const QString fingerprint = view->articleText().fingerprint();
    m_window->closeCurrentTab();

    QVERIFY(QDir().mkpath(QFileInfo(after).path()));
    QVERIFY(QFile::rename(before, after));
    if (storeSawTheMove) {
        m_window->openFile(after);
        QTRY_COMPARE(m_window->articleCount(), 2);
        QTRY_COMPARE(store()->articleByFingerprint(fingerprint).path, after);
        m_window->closeCurrentTab();
    }
    const qint64 articles = count(QStringLiteral("SELECT COUNT(*) FROM articles"));

    QSignalSpy revealed(m_window->annotations(), &AnnotationController::annotationRevealed);
    QVERIFY(m_window->handleArguments({ linkTo(storeSawTheMove ? before : after, fingerprint, note.id).toString() }));
    QVERIFY(revealed.wait(10000));
    QCOMPARE(revealed.first().first().toUuid(), note.id);
    QCOMPARE(m_window->currentView()->path(), after);
    QCOMPARE(store()->articleByFingerprint(fingerprint).path, after);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM articles")), articles);
    QVERIFY(errorText().isEmpty());
}

QTEST_MAIN(TestOpenLink)
#include "tst_openlink.moc"
