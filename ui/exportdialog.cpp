#include "exportdialog.h"

#include "desktoplinks.h"
#include "notes/annotationstore.h"
#include "readersettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

namespace Randnotiz {

namespace {

const QStringList knownSuffixes
    = { QStringLiteral("md"),  QStringLiteral("markdown"), QStringLiteral("html"),  QStringLiteral("htm"),
        QStringLiteral("csv"), QStringLiteral("json"),     QStringLiteral("jsonld") };

QString withSuffix(const QString &path, ExportFormat format)
{
    const QFileInfo info(path);
    QString result = path;
    if (knownSuffixes.contains(info.suffix().toLower()))
        result.chop(info.suffix().size() + 1);
    return result + u'.' + NotesExporter::suffix(format);
}

} // namespace

ExportDialog::ExportDialog(const Source &source, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_format(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose..."), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("Export"), this))
    , m_openFolder(new QPushButton(tr("Open Folder"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Notes"));

    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("Markdown"), int(ExportFormat::Markdown));
    m_format->addItem(tr("HTML"), int(ExportFormat::Html));
    m_format->addItem(tr("CSV"), int(ExportFormat::Csv));
    m_format->addItem(tr("W3C Web Annotation (JSON)"), int(ExportFormat::Json));

    m_scope->setObjectName(QStringLiteral("exportScope"));
    if (!m_source.articlePath.isEmpty()) {
        const QString title
            = m_source.articleTitle.isEmpty() ? QFileInfo(m_source.articlePath).fileName() : m_source.articleTitle;
        m_scope->addItem(tr("This article: %1").arg(title), false);
    }
    m_scope->addItem(tr("All articles"), true);

    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    m_openFolder->setObjectName(QStringLiteral("exportOpenFolder"));
    // Its room stays when it is hidden, so the buttons never move under the mouse.
    QSizePolicy keepRoom = m_openFolder->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_openFolder->setSizePolicy(keepRoom);
    m_openFolder->setVisible(false);
    m_cancel->setObjectName(QStringLiteral("exportCancel"));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Notes:"), m_scope);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_openFolder, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    m_proposed = proposedPath(m_source, allArticles(), format());
    m_path->setText(QDir::toNativeSeparators(m_proposed));

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_path->setText(withSuffix(m_path->text(), format()));
        m_proposed = withSuffix(m_proposed, format());
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ExportDialog::updateProposedPath);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    // The dialog's own buttons: Export never accepts (closes) the dialog, Cancel stops a running export.
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { DesktopLinks::openLocalFolder(QFileInfo(outputPath()).absolutePath()); });
    connect(m_path, &QLineEdit::textChanged, this, [this] { m_openFolder->setVisible(false); });
}

ExportDialog::~ExportDialog()
{
    // Normally stopped by reject() already; a dialog deleted mid-export waits for the next checkpoint.
    if (m_thread) {
        *m_cancelFlag = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ExportDialog::setOverwriteConfirmation(OverwriteConfirmation confirm)
{
    m_confirm = std::move(confirm);
}

QString ExportDialog::outputPath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

QString ExportDialog::proposedPath(const Source &source, bool all, ExportFormat format)
{
    // The folder of the last export, else Documents, else home: always one that exists, so that the
    // proposal can be written as it stands.
    QString folder = ReaderSettings::exportFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QString name;
    if (all || source.articlePath.isEmpty())
        name = tr("randnotiz-notes", "file name of an export of all notes");
    else
        name = tr("%1-notes", "file name of an export; %1 = the article's file name")
                   .arg(QFileInfo(source.articlePath).completeBaseName());
    return QDir(folder).filePath(name + u'.' + NotesExporter::suffix(format));
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

bool ExportDialog::allArticles() const
{
    return m_scope->currentData().toBool();
}

void ExportDialog::updateProposedPath()
{
    const bool kept = outputPath() == m_proposed;
    m_proposed = proposedPath(m_source, allArticles(), format());
    if (kept)
        m_path->setText(QDir::toNativeSeparators(m_proposed));
}

void ExportDialog::browse()
{
    QString filter;
    switch (format()) {
    case ExportFormat::Markdown:
        filter = tr("Markdown (*.md)");
        break;
    case ExportFormat::Html:
        filter = tr("HTML (*.html)");
        break;
    case ExportFormat::Csv:
        filter = tr("CSV (*.csv)");
        break;
    case ExportFormat::Json:
        filter = tr("W3C Web Annotation (*.json)");
        break;
    }
    // Replacing is confirmed once, when exporting.
    QString chosen = QFileDialog::getSaveFileName(this, tr("Export Notes"), outputPath(), filter, nullptr,
                                                  QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen = withSuffix(chosen, format());
    m_path->setText(QDir::toNativeSeparators(chosen));
}

void ExportDialog::startExport()
{
    if (m_thread)
        return;
    const QString path = outputPath();
    m_openFolder->setVisible(false);
    if (path.isEmpty()) {
        m_status->setText(tr("Choose a file to export to."));
        return;
    }
    const QFileInfo info(path);
    if (info.isDir()) {
        m_status->setText(tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    ExportRequest request;
    request.format = format();
    request.all = allArticles();
    request.articlePath = request.all ? QString() : m_source.articlePath;
    request.output = info.absoluteFilePath();
    request.dataDir = m_source.dataDir.isEmpty() ? AnnotationStore::defaultDataDir() : m_source.dataDir;
    request.teamStore = m_source.teamStore;
    if (!info.exists()) {
        runExport(request);
        return;
    }
    request.overwrite = true;
    if (m_confirm) {
        if (m_confirm(path))
            runExport(request);
        else
            keptExisting(path);
        return;
    }
    // Asked without a nested event loop: the answer arrives as a signal.
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Replace File?"),
        tr("%1 already exists.\nReplace it with the exported notes?").arg(QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("exportReplaceQuestion"));
    box->setTextFormat(Qt::PlainText); // the path is a file name, not markup
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, request, path] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            runExport(request);
        else
            keptExisting(path);
    });
    box->open();
}

void ExportDialog::keptExisting(const QString &path)
{
    m_status->setText(tr("Nothing exported; %1 was left as it was.").arg(QDir::toNativeSeparators(path)));
}

void ExportDialog::runExport(const ExportRequest &request)
{
    if (m_thread)
        return;
    // The export opens a store of its own on its thread (a store belongs to its thread); results come back
    // as queued calls, which Qt drops should the dialog be gone (it waits for the thread before it goes).
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelFlag = cancel;
    m_thread = QThread::create([this, request, cancel] {
        const auto progress = [this, cancel](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { showProgress(done, total); }, Qt::QueuedConnection);
            return !cancel->load();
        };
        const ExportOutcome outcome = NotesExporter::run(request, progress);
        QMetaObject::invokeMethod(
            this, [this, outcome] { finishExport(outcome); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("Randnotiz export"));
    m_status->setText(tr("Exporting..."));
    m_progress->setRange(0, 0);
    setRunning(true);
    m_thread->start();
}

void ExportDialog::cancelExport()
{
    if (!m_thread)
        return;
    *m_cancelFlag = true;
    m_status->setText(tr("Cancelling..."));
    m_cancel->setEnabled(false);
}

void ExportDialog::showProgress(int done, int total)
{
    if (!m_thread)
        return;
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(total > 0 ? done : 0);
}

void ExportDialog::finishExport(const ExportOutcome &outcome)
{
    if (m_thread) {
        m_thread->wait(); // it has returned from its work already: finishExport() was its last act
        delete m_thread;
        m_thread = nullptr;
    }
    setRunning(false);
    const QString path = QDir::toNativeSeparators(outputPath());
    switch (outcome.status) {
    case ExportOutcome::Status::Ok:
        ReaderSettings::setExportFolder(QFileInfo(outputPath()).absolutePath());
        m_status->setText(tr("Exported %n note(s) to %1", nullptr, outcome.notes).arg(path));
        m_openFolder->setVisible(true);
        m_cancel->setText(tr("Close"));
        break;
    case ExportOutcome::Status::Cancelled:
        m_status->setText(tr("Export cancelled; no file was written."));
        break;
    case ExportOutcome::Status::Exists:
    case ExportOutcome::Status::Failed:
        m_status->setText(tr("Export failed: %1").arg(outcome.message));
        break;
    }
    emit exportFinished(outcome);
    if (m_closeWhenStopped) {
        m_closeWhenStopped = false;
        QDialog::reject();
    }
}

void ExportDialog::setRunning(bool running)
{
    m_format->setEnabled(!running);
    m_scope->setEnabled(!running && m_scope->count() > 1);
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_export->setEnabled(!running);
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("Cancel"));
    m_progress->setVisible(running);
}

void ExportDialog::reject()
{
    if (m_thread) {
        // Esc or the window's close button while exporting: stop, and close once nothing is left half-done.
        m_closeWhenStopped = sender() != m_cancel;
        cancelExport();
        return;
    }
    QDialog::reject();
}

} // namespace Randnotiz
