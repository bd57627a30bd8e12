// File > Export notes...: the dialog driven through its widgets, compared with the command-line export.
#include "exportdialog.h"
#include "readersettings.h"
#include "support/exporttestdata.h"
#include "support/guisupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Randnotiz;

class TestExportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void proposedPath_isInDocumentsAndFollowsFormatAndScope();
    void noArticleOpen_offersOnlyAllArticles();
    void proposedFolder_isTheLastExportsOrOneThatExists();
    void export_matchesTheCommandLine_data();
    void export_matchesTheCommandLine();
    void existingFile_declined_keepsTheOldBytes();
    void existingFile_accepted_isReplaced();
    void existingFile_asksWithARealQuestionBox();
    void unwritableFolder_showsTheErrorInTheDialog();
    void cancel_stopsTheExportAndLeavesNoFile();
    void bigExport_runsOffTheGuiThreadWithProgress();

private:
    ExportDialog::Source source(const Test::ExportFixture &fixture) const;
    // Chooses format and scope, types the path and clicks Export; true once the export has finished.
    bool exportVia(ExportDialog &dialog, ExportFormat format, bool all, const QString &path);
    static QByteArray readFile(const QString &path);
    template<typename T> static T *child(const QWidget &dialog, const char *name)
    {
        return dialog.findChild<T *>(QString::fromLatin1(name));
    }

    QTemporaryDir m_dir;
    Test::ExportFixture m_fixture;
};

void TestExportDialog::initTestCase()
{
    Test::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_fixture = Test::prepareExportFixture(m_dir.path());
    QVERIFY(!m_fixture.dataDir.isEmpty());
}

ExportDialog::Source TestExportDialog::source(const Test::ExportFixture &fixture) const
{
    return ExportDialog::Source { fixture.dataDir, fixture.klimaPath, QStringLiteral("Bonner Klimakonferenz") };
}

QByteArray TestExportDialog::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestExportDialog::exportVia(ExportDialog &dialog, ExportFormat format, bool all, const QString &path)
{
    auto *formats = child<QComboBox>(dialog, "exportFormat");
    auto *scope = child<QComboBox>(dialog, "exportScope");
    auto *edit = child<QLineEdit>(dialog, "exportPath");
    auto *button = child<QPushButton>(dialog, "exportButton");
    if (!formats || !scope || !edit || !button)
        return false;
    formats->setCurrentIndex(formats->findData(int(format)));
    scope->setCurrentIndex(scope->findData(all));
    edit->clear();
    QTest::keyClicks(edit, path);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    return finished.size() == 1 || finished.wait(60000);
}

void TestExportDialog::proposedPath_isInDocumentsAndFollowsFormatAndScope()
{
    ReaderSettings::setExportFolder(QString());
    QVERIFY(QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
    ExportDialog dialog(source(m_fixture));
    auto *formats = child<QComboBox>(dialog, "exportFormat");
    auto *scope = child<QComboBox>(dialog, "exportScope");
    auto *edit = child<QLineEdit>(dialog, "exportPath");
    QVERIFY(formats && scope && edit && child<QPushButton>(dialog, "exportBrowse"));
    QCOMPARE(formats->count(), 4);
    QCOMPARE(scope->count(), 2);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QCOMPARE(QDir::fromNativeSeparators(edit->text()),
             QDir(documents).filePath(QStringLiteral("Klima & Gipfel-notes.md")));

    const std::pair<ExportFormat, const char *> suffixes[] = { { ExportFormat::Html, ".html" },
                                                               { ExportFormat::Csv, ".csv" },
                                                               { ExportFormat::Json, ".json" },
                                                               { ExportFormat::Markdown, ".md" } };
    for (const auto &[format, suffix] : suffixes) {
        formats->setCurrentIndex(formats->findData(int(format)));
        QVERIFY2(edit->text().endsWith(QLatin1String(suffix)), qPrintable(edit->text()));
        QVERIFY(edit->text().contains(QLatin1String("Gipfel-notes")));
    }
    // The scope renames the proposal, but never a name the user typed.
    scope->setCurrentIndex(scope->findData(true));
    QCOMPARE(QDir::fromNativeSeparators(edit->text()), QDir(documents).filePath(QStringLiteral("randnotiz-notes.md")));
    edit->setText(QStringLiteral("/tmp/meine.md"));
    scope->setCurrentIndex(scope->findData(false));
    formats->setCurrentIndex(formats->findData(int(ExportFormat::Csv)));
    QCOMPARE(edit->text(), QStringLiteral("/tmp/meine.csv"));
    QVERIFY(!child<QProgressBar>(dialog, "exportProgress")->isVisibleTo(&dialog));
}

void TestExportDialog::proposedFolder_isTheLastExportsOrOneThatExists()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    ReaderSettings::setExportFolder(QString());
    QDir(documents).removeRecursively();
    // No Documents folder: home, not a folder the export would fail to write into.
    QCOMPARE(QFileInfo(ExportDialog::proposedPath(source(m_fixture), true, ExportFormat::Csv)).absolutePath(),
             QDir::homePath());

    QTemporaryDir target;
    const QString out = target.filePath(QStringLiteral("notizen.md"));
    {
        ExportDialog dialog(source(m_fixture));
        child<QLineEdit>(dialog, "exportPath")->setText(out);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        child<QPushButton>(dialog, "exportButton")->click();
        QVERIFY(finished.wait(20000));
        QVERIFY(QFile::exists(out));
    }
    // The next export starts where the last one went.
    QCOMPARE(QFileInfo(ExportDialog::proposedPath(source(m_fixture), true, ExportFormat::Csv)).absolutePath(),
             QFileInfo(out).absolutePath());
    ReaderSettings::setExportFolder(QString());
}

void TestExportDialog::noArticleOpen_offersOnlyAllArticles()
{
    ExportDialog dialog(ExportDialog::Source { m_fixture.dataDir, {}, {} });
    auto *scope = child<QComboBox>(dialog, "exportScope");
    QCOMPARE(scope->count(), 1);
    QCOMPARE(scope->currentData().toBool(), true);
    const QString out = m_dir.filePath(QStringLiteral("ohne-artikel.csv"));
    QVERIFY(exportVia(dialog, ExportFormat::Csv, true, out));
    QVERIFY(readFile(out).contains("Minimalkompromiss"));
}

void TestExportDialog::export_matchesTheCommandLine_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("all");
    for (const char *name : { "md", "html", "csv", "json" }) {
        QTest::addRow("%s, this article", name) << QString::fromLatin1(name) << false;
        QTest::addRow("%s, all articles", name) << QString::fromLatin1(name) << true;
    }
}

void TestExportDialog::export_matchesTheCommandLine()
{
    QFETCH(QString, name);
    QFETCH(bool, all);
    ExportDialog dialog(source(m_fixture));
    dialog.show();
    const QString out = m_dir.filePath(QStringLiteral("dialog %1 %2.%1").arg(name).arg(all));
    QVERIFY(exportVia(dialog, *exportFormatFromName(name), all, out));
    QVERIFY(QFile::exists(out));
    const QString status = child<QLabel>(dialog, "exportStatus")->text();
    QVERIFY2(status.contains(QDir::toNativeSeparators(out)), qPrintable(status));
    QVERIFY(dialog.isVisible()); // it stays, saying where it wrote
    QVERIFY(child<QPushButton>(dialog, "exportOpenFolder")->isVisible());

    const QString cliOut = m_dir.filePath(QStringLiteral("cli %1 %2.%1").arg(name).arg(all));
    QStringList arguments { QStringLiteral("--export-notes"),
                            name,
                            QStringLiteral("--data-dir"),
                            m_fixture.dataDir,
                            QStringLiteral("-o"),
                            cliOut };
    arguments << (all ? QStringLiteral("--all") : m_fixture.klimaPath);
    const Test::CliRun cli = Test::runProgram(QStringLiteral(RANDNOTIZ_BINARY), arguments);
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    const QByteArray ours = readFile(out);
    QVERIFY(ours.contains("Minimalkompromiss"));
    QCOMPARE(Test::withoutExportTime(ours), Test::withoutExportTime(readFile(cliOut)));
}

void TestExportDialog::existingFile_declined_keepsTheOldBytes()
{
    const QString out = m_dir.filePath(QStringLiteral("declined.md"));
    QVERIFY(Test::writeFile(out, "alte Notizen"));
    ExportDialog dialog(source(m_fixture));
    QStringList asked;
    dialog.setOverwriteConfirmation([&](const QString &path) {
        asked.append(path);
        return false;
    });
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    child<QLineEdit>(dialog, "exportPath")->setText(out);
    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
    QCOMPARE(asked, QStringList { out });
    QVERIFY(!dialog.isRunning());
    QCOMPARE(finished.size(), 0);
    QCOMPARE(readFile(out), QByteArray("alte Notizen"));
    QVERIFY(child<QLabel>(dialog, "exportStatus")->text().contains(QDir::toNativeSeparators(out)));
}

void TestExportDialog::existingFile_accepted_isReplaced()
{
    const QString out = m_dir.filePath(QStringLiteral("accepted.md"));
    QVERIFY(Test::writeFile(out, "alte Notizen"));
    ExportDialog dialog(source(m_fixture));
    int asked = 0;
    dialog.setOverwriteConfirmation([&](const QString &) { return ++asked > 0; });
    QVERIFY(exportVia(dialog, ExportFormat::Markdown, false, out));
    QCOMPARE(asked, 1);
    QVERIFY(readFile(out).startsWith("---\n"));
}

void TestExportDialog::existingFile_asksWithARealQuestionBox()
{
    const QString out = m_dir.filePath(QStringLiteral("question.md"));
    QVERIFY(Test::writeFile(out, "alte Notizen"));
    ExportDialog dialog(source(m_fixture));
    dialog.show();
    child<QLineEdit>(dialog, "exportPath")->setText(out);
    auto *button = child<QPushButton>(dialog, "exportButton");

    // The box does not block: it is found as the active modal window and answered like a user would.
    QTest::mouseClick(button, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    QVERIFY2(box->text().contains(QDir::toNativeSeparators(out)), qPrintable(box->text()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
    box->button(QMessageBox::No)->click();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(!dialog.isRunning());
    QCOMPARE(readFile(out), QByteArray("alte Notizen"));

    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    box->button(QMessageBox::Yes)->click();
    QVERIFY(finished.wait(60000));
    QVERIFY(readFile(out).startsWith("---\n"));
}

void TestExportDialog::unwritableFolder_showsTheErrorInTheDialog()
{
    ExportDialog dialog(source(m_fixture));
    const QString out = m_dir.filePath(QStringLiteral("gibt es nicht/notizen.md"));
    QVERIFY(exportVia(dialog, ExportFormat::Markdown, false, out));
    const QString status = child<QLabel>(dialog, "exportStatus")->text();
    QVERIFY2(status.contains(QDir::toNativeSeparators(out)), qPrintable(status));
    QVERIFY(!QFile::exists(out));
    QVERIFY(child<QPushButton>(dialog, "exportButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "exportOpenFolder")->isVisible());
}

void TestExportDialog::cancel_stopsTheExportAndLeavesNoFile()
{
    QTemporaryDir big;
    const Test::ExportFixture fixture = Test::prepareExportFixture(big.path(), 3000);
    QVERIFY(!fixture.dataDir.isEmpty());
    ExportDialog dialog(source(fixture));
    dialog.show();
    const QString out = big.filePath(QStringLiteral("abgebrochen.html"));
    child<QLineEdit>(dialog, "exportPath")->setText(out);
    child<QComboBox>(dialog, "exportScope")->setCurrentIndex(1);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    QTest::mouseClick(child<QPushButton>(dialog, "exportCancel"), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().value<ExportOutcome>().status, ExportOutcome::Status::Cancelled);
    QVERIFY(!QFile::exists(out));
    QVERIFY(dialog.isVisible()); // Cancel during an export stops it; a second Cancel closes
    QVERIFY(!child<QProgressBar>(dialog, "exportProgress")->isVisible());
    QTest::mouseClick(child<QPushButton>(dialog, "exportCancel"), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
}

void TestExportDialog::bigExport_runsOffTheGuiThreadWithProgress()
{
    QTemporaryDir big;
    const Test::ExportFixture fixture = Test::prepareExportFixture(big.path(), 5000);
    QVERIFY(!fixture.dataDir.isEmpty());
    ExportDialog dialog(source(fixture));
    dialog.show();
    int ticksWhileRunning = 0;
    bool progressShown = false;
    QTimer ticker;
    ticker.setInterval(1);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (dialog.isRunning()) {
            ++ticksWhileRunning;
            progressShown = progressShown || child<QProgressBar>(dialog, "exportProgress")->isVisible();
        }
    });
    ticker.start();
    const QString out = big.filePath(QStringLiteral("gross.md"));
    QVERIFY(exportVia(dialog, ExportFormat::Markdown, true, out));
    ticker.stop();
    QVERIFY2(ticksWhileRunning > 0, "the GUI thread was blocked for the whole export");
    QVERIFY(progressShown);
    auto *progress = child<QProgressBar>(dialog, "exportProgress");
    QCOMPARE(progress->maximum(), fixture.klimaNotes + fixture.otherNotes);
    QCOMPARE(progress->value(), progress->maximum());
    QCOMPARE(readFile(out).count("Massennotiz"), 5000);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
