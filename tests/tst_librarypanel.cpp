// LibraryPanel with a real LibraryService: the table fills, filters narrow it, typing searches with the
// matched words marked, a click previews, Enter keeps, and a verdict edited in the tracker is announced.
#include "library/librarypanel.h"
#include "models/forecastmodel.h"
#include "models/librarymodel.h"
#include "models/roles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
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
    m_service = std::make_unique<LibraryService>(m_dir->filePath(QStringLiteral("data")));
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

QTEST_MAIN(TestLibraryPanel)
#include "tst_librarypanel.moc"
