// LibraryPanel with a real LibraryService: the table fills, filters narrow it, typing searches with the
// matched words marked, a click previews, Enter keeps, a verdict edited in the tracker is announced, a subject
// shows its cached Wikipedia summary, and a folder is removed only after the reader confirms.
#include "library/librarypanel.h"
#include "models/forecastmodel.h"
#include "models/librarymodel.h"
#include "models/roles.h"
#include "wiki/summarycache.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace Randnotiz;

namespace {

void write(const QString &path, const QByteArray &headline, const QByteArray &agency, const QByteArray &body)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(headline + "\n\n" + body + "\n\nOZD / ©" + agency
                       + "\n\nOZD-Prognose:\nEs kommt so.\n"
                         "Biographien und Erklärungen:\nWer ist Erika Muster?\nSie leitet den Hafen.\n")
            > 0);
}

void writeLinked(const QString &path, const QByteArray &headline, const QByteArray &name, const QByteArray &link)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(headline + "\n\n" + name + " sprach.\n\nOZD / ©AFP\n\nBiographien und Erklärungen:\nWer ist "
                       + name + "?\nEr führt das Land.\nWikipedia-Seite: " + link + "\n")
            > 0);
}

// Clicks the answer in the next message box that comes up (its exec() blocks the test until then).
void answerNextQuestion(QMessageBox::StandardButton answer)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->stop();
        poll->deleteLater();
        box->button(answer)->click();
    });
    poll->start();
}

int rowOf(const QTableWidget *table, const QString &prefix)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text().startsWith(prefix))
            return row;
    }
    return -1;
}

} // namespace

class TestLibraryPanel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void table_fillsAndFiltersByAgencyAndNotes();
    void search_marksMatchesAndEnterOpensTheHit();
    void clicks_previewThenKeep();
    void forecasts_verdictEditIsAnnounced();
    void persons_showCachedSummaryAboveTheArticles();
    void removeFolder_asksFirstThenItsArticlesLeave();
    void progress_showsOnItsOwnRowWithTheLocalesNumbers();
    void search_inANarrowDock_theMatchedWordIsInSight();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibraryService> m_service;
    std::unique_ptr<LibraryPanel> m_panel;
};

void TestLibraryPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString feed = m_dir->filePath(QStringLiteral("feed"));
    QVERIFY(QDir().mkpath(feed));
    write(feed + QStringLiteral("/a.txt"), "Hafen im Streik", "AFP", "Die Ökonomen im Hafen warnen.");
    write(feed + QStringLiteral("/b.txt"), "Gipfel in Bonn", "dpa", "In Bonn wird verhandelt.");
    write(feed + QStringLiteral("/c.txt"), "<b>Markup</b> &amp; Titel", "AFP", "Noch ein Text über Ökonomie.");
    // The summary cache sits in the data folder, as with --data-dir.
    m_service = std::make_unique<LibraryService>(m_dir->filePath(QStringLiteral("data")), nullptr,
                                                 m_dir->filePath(QStringLiteral("data")));
    m_panel = std::make_unique<LibraryPanel>(m_service.get());
    m_panel->resize(900, 600);
    m_panel->show();
    m_service->addRoot(feed);
    QTRY_COMPARE(m_panel->model()->totalCount(), 3);
}

void TestLibraryPanel::cleanup()
{
    m_panel.reset();
    m_service.reset();
    m_dir.reset();
}

void TestLibraryPanel::table_fillsAndFiltersByAgencyAndNotes()
{
    auto *table = m_panel->findChild<QTableView *>(QStringLiteral("libraryTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 3);
    auto *agency = m_panel->findChild<QComboBox *>(QStringLiteral("libraryAgency"));
    QCOMPARE(agency->count(), 3); // all, AFP, dpa
    agency->setCurrentIndex(agency->findData(QStringLiteral("AFP")));
    QCOMPARE(table->model()->rowCount(), 2);
    agency->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), 3);
    // Headlines with markup are shown as written.
    QStringList headlines;
    for (int row = 0; row < 3; ++row)
        headlines.append(table->model()->index(row, 0).data().toString());
    QVERIFY(headlines.contains(QStringLiteral("<b>Markup</b> &amp; Titel")));

    const QString fingerprint = m_panel->model()->articleAt(0).fingerprint;
    auto *withNotes = m_panel->findChild<QCheckBox *>(QStringLiteral("libraryWithNotes"));
    withNotes->setChecked(true);
    QCOMPARE(table->model()->rowCount(), 0);
    m_panel->setNoteCounts({ { fingerprint, 2 } });
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, LibraryModel::NotesColumn).data().toInt(), 2);
}

void TestLibraryPanel::search_marksMatchesAndEnterOpensTheHit()
{
    auto *search = m_panel->findChild<QLineEdit *>(QStringLiteral("librarySearch"));
    auto *results = m_panel->findChild<QTreeWidget *>(QStringLiteral("librarySearchResults"));
    QVERIFY(search && results);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("okonom"));
    QTRY_VERIFY(results->isVisible());
    QTRY_COMPARE(results->topLevelItemCount(), 2);
    const QTreeWidgetItem *first = results->topLevelItem(0);
    const QVariantList marks = first->data(2, Qt::UserRole + 1).toList();
    QCOMPARE(marks.size(), 1);
    const QPoint range = marks.first().toPoint();
    QVERIFY(first->text(2).mid(range.x(), range.y() - range.x()).startsWith(QStringLiteral("Ökonom")));

    QSignalSpy activated(m_panel.get(), &LibraryPanel::hitActivated);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    const auto hit = activated.first().at(0).value<LibraryHit>();
    QVERIFY(hit.file.endsWith(QStringLiteral(".txt")));
    QCOMPARE(activated.first().at(1).toStringList(), QStringList { QStringLiteral("okonom") });

    search->clear();
    QTRY_VERIFY(!results->isVisible());
}

void TestLibraryPanel::clicks_previewThenKeep()
{
    auto *table = m_panel->findChild<QTableView *>(QStringLiteral("libraryTable"));
    QSignalSpy open(m_panel.get(), &LibraryPanel::openRequested);
    const QRect cell = table->visualRect(table->model()->index(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(1).toBool(), false);
    const QString path = open.first().at(0).toString();
    QCOMPARE(path, table->model()->index(0, 0).data(ArticlePathRole).toString());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(open.size() >= 2);
    QCOMPARE(open.last().at(0).toString(), path);
    QCOMPARE(open.last().at(1).toBool(), true);
}

void TestLibraryPanel::forecasts_verdictEditIsAnnounced()
{
    QCOMPARE(m_panel->forecasts()->rowCount(), 3);
    QSignalSpy edited(m_panel.get(), &LibraryPanel::verdictEdited);
    QVERIFY(m_panel->forecasts()->setData(m_panel->forecasts()->index(0, ForecastModel::VerdictColumn),
                                          int(Verdict::CameTrue)));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.first().at(1).value<ForecastVerdict>().verdict, Verdict::CameTrue);
    // A new snapshot keeps what was decided.
    QSignalSpy snapshot(m_service.get(), &LibraryService::snapshotReady);
    m_service->requestSnapshot();
    QVERIFY(snapshot.wait());
    int cameTrue = 0;
    for (int row = 0; row < m_panel->forecasts()->rowCount(); ++row) {
        if (m_panel->forecasts()->index(row, ForecastModel::VerdictColumn).data(Qt::EditRole).toInt()
            == int(Verdict::CameTrue))
            ++cameTrue;
    }
    QCOMPARE(cameTrue, 1);
}

void TestLibraryPanel::persons_showCachedSummaryAboveTheArticles()
{
    const QString feed = m_dir->filePath(QStringLiteral("feed"));
    const QByteArray page = "https://de.wikipedia.org/wiki/Kim_Jong-un";
    writeLinked(feed + QStringLiteral("/d.txt"), "Raketentest", "Kim Jong-un", page);
    writeLinked(feed + QStringLiteral("/e.txt"), "Parade", "Kim Jong Un", "https://de.wikipedia.org/wiki/Kim_Jong_Un");
    writeLinked(feed + QStringLiteral("/f.txt"), "Rede", "Ada Beispiel", "https://de.wikipedia.org/wiki/Ada_Beispiel");
    {
        SummaryCache cache(m_dir->filePath(QStringLiteral("data")), 1 << 20);
        CachedSummary entry;
        entry.summary.lang = QStringLiteral("de");
        entry.summary.title = QStringLiteral("Kim Jong-un");
        entry.summary.description = QStringLiteral("nordkoreanischer Politiker");
        entry.summary.extract = QStringLiteral("Kim Jong-un <b>ist</b> ein nordkoreanischer Politiker.");
        entry.summary.pageUrl = QUrl(QString::fromLatin1(page));
        entry.summary.fetchedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(cache.store(QUrl(QStringLiteral("https://de.wikipedia.org/wiki/Kim_Jong_Un")), entry));
    }
    m_service->refresh();
    QTRY_COMPARE(m_panel->model()->totalCount(), 6);
    m_panel->findChild<QTabWidget *>(QStringLiteral("libraryTabs"))->setCurrentIndex(1);
    auto *subjects = m_panel->findChild<QTableWidget *>(QStringLiteral("librarySubjects"));
    auto *summary = m_panel->findChild<QLabel *>(QStringLiteral("librarySubjectSummary"));
    auto *mentions = m_panel->findChild<QTreeWidget *>(QStringLiteral("librarySubjectArticles"));
    QVERIFY(subjects && summary && mentions);

    // The link that redirects is the same person: one row, two articles.
    const int kim = rowOf(subjects, QStringLiteral("Kim Jong"));
    QVERIFY(kim >= 0);
    QCOMPARE(subjects->item(kim, 1)->data(Qt::DisplayRole).toInt(), 2);
    subjects->setCurrentCell(kim, 0);
    QTRY_VERIFY(summary->text().contains(QStringLiteral("ein nordkoreanischer Politiker.")));
    QCOMPARE(summary->textFormat(), Qt::PlainText);
    QVERIFY2(summary->text().startsWith(QStringLiteral("Kim Jong-un \u2014 nordkoreanischer Politiker\n\n")),
             qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QStringLiteral("<b>ist</b>"))); // shown as written, not as markup
    QVERIFY(summary->text().contains(QStringLiteral("CC BY-SA 4.0: ") + QString::fromLatin1(page)));
    QTRY_COMPARE(mentions->topLevelItemCount(), 2);
    QVERIFY(summary->isVisible());
    QVERIFY(summary->mapTo(m_panel.get(), QPoint()).y() < mentions->mapTo(m_panel.get(), QPoint()).y());

    // Linked, but nothing cached: nothing is fetched, a line says so.
    subjects->setCurrentCell(rowOf(subjects, QStringLiteral("Ada Beispiel")), 0);
    QTRY_COMPARE(summary->text(), QStringLiteral("Its Wikipedia summary is not cached yet."));
    QTRY_COMPARE(mentions->topLevelItemCount(), 1);
    subjects->setCurrentCell(rowOf(subjects, QStringLiteral("Erika Muster")), 0);
    QCOMPARE(summary->text(), QStringLiteral("No Wikipedia page is linked to it."));
    QTRY_COMPARE(mentions->topLevelItemCount(), 3);
    QCOMPARE(summary->text(), QStringLiteral("No Wikipedia page is linked to it."));
}

void TestLibraryPanel::removeFolder_asksFirstThenItsArticlesLeave()
{
    const QString feed = QDir::cleanPath(m_dir->filePath(QStringLiteral("feed")));
    const QString other = m_dir->filePath(QStringLiteral("other"));
    QVERIFY(QDir().mkpath(other));
    write(other + QStringLiteral("/x.txt"), "Anderswo", "AFP", "Ein Text anderswo.");
    m_service->addRoot(other);
    QTRY_COMPARE(m_panel->model()->totalCount(), 4);

    auto *folder = m_panel->findChild<QComboBox *>(QStringLiteral("libraryFolder"));
    auto *remove = m_panel->findChild<QToolButton *>(QStringLiteral("libraryRemoveFolder"));
    QVERIFY(folder && remove);
    QVERIFY(!remove->isEnabled()); // "All folders" is no folder to remove
    folder->setCurrentIndex(folder->findData(feed));
    QVERIFY(remove->isEnabled());
    QVERIFY(folder->actions().contains(remove->defaultAction())); // on the folder filter's context menu too
    QCOMPARE(folder->contextMenuPolicy(), Qt::ActionsContextMenu);

    QSignalSpy requested(m_panel.get(), &LibraryPanel::removeFolderRequested);
    connect(m_panel.get(), &LibraryPanel::removeFolderRequested, m_service.get(), &LibraryService::removeRoot);
    answerNextQuestion(QMessageBox::Cancel);
    remove->click();
    QCOMPARE(requested.size(), 0);
    QCOMPARE(m_panel->model()->totalCount(), 4);

    answerNextQuestion(QMessageBox::Yes);
    remove->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), feed);
    QTRY_COMPARE(m_panel->model()->totalCount(), 1);
    QCOMPARE(m_panel->model()->articleAt(0).headline, QStringLiteral("Anderswo"));
    QCOMPARE(folder->count(), 2); // all, other
    QVERIFY(!remove->isEnabled());
}

void TestLibraryPanel::progress_showsOnItsOwnRowWithTheLocalesNumbers()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto *progress = m_panel->findChild<QProgressBar *>(QStringLiteral("libraryProgress"));
    auto *count = m_panel->findChild<QLabel *>(QStringLiteral("libraryCount"));
    QVERIFY(progress && count);
    QVERIFY(!progress->isVisible());
    emit m_service->indexingProgress(24609, 100000);
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->text(), QStringLiteral("Indexing 24,609 of 100,000"));
    // Its whole text fits, beside nothing else: the row is the panel's width, the count and button are below it.
    QVERIFY(progress->width() >= progress->fontMetrics().horizontalAdvance(progress->text()));
    QVERIFY(progress->geometry().bottom() < count->geometry().top());
    emit m_service->indexed({});
    QVERIFY(!progress->isVisible());
    QLocale::setDefault(before);
}

void TestLibraryPanel::search_inANarrowDock_theMatchedWordIsInSight()
{
    write(m_dir->filePath(QStringLiteral("feed/d.txt")), "Lange Meldung", "AFP",
          "Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
          "Dienstleistungsgewerkschaftsvorsitzendenwahlen Zielwortxyz "
          "danach noch mehr Worte bis zum Ende des langen Satzes hier.");
    QTRY_COMPARE(m_panel->model()->totalCount(), 4);
    m_panel->resize(330, 600); // a library dock at 1000 x 700
    auto *search = m_panel->findChild<QLineEdit *>(QStringLiteral("librarySearch"));
    auto *results = m_panel->findChild<QTreeWidget *>(QStringLiteral("librarySearchResults"));
    QTest::keyClicks(search, QStringLiteral("zielwortxyz"));
    QTRY_COMPARE(results->topLevelItemCount(), 1);
    QTRY_VERIFY(results->isVisible());
    // The match column has a share of the width, not what a fixed headline column leaves.
    const int width = results->viewport()->width();
    QVERIFY2(results->columnWidth(2) >= width / 3,
             qPrintable(QStringLiteral("%1 of %2").arg(results->columnWidth(2)).arg(width)));
    // And the marked word is drawn inside it: the snippet starts some fifteen words before it, the last of them
    // longer than the column.
    const QTreeWidgetItem *item = results->topLevelItem(0);
    QRect cell = results->visualItemRect(item);
    cell.setLeft(results->header()->sectionViewportPosition(2));
    cell.setWidth(results->columnWidth(2));
    const QImage image = results->viewport()->grab().toImage();
    // The mark's colour in either state of the window (the offscreen one may not be active).
    const QRgb active = results->palette().color(QPalette::Active, QPalette::Highlight).lighter(170).rgb();
    const QRgb inactive = results->palette().color(QPalette::Inactive, QPalette::Highlight).lighter(170).rgb();
    const qreal ratio = image.devicePixelRatio();
    int marked = 0;
    for (int y = int(cell.top() * ratio); y < int(cell.bottom() * ratio); ++y) {
        for (int x = int(cell.left() * ratio); x < int(cell.right() * ratio); ++x)
            marked += image.pixel(x, y) == active || image.pixel(x, y) == inactive;
    }
    QVERIFY2(marked > 20, qPrintable(QString::number(marked)));
}

QTEST_MAIN(TestLibraryPanel)
#include "tst_librarypanel.moc"
