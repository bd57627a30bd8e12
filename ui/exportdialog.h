// ExportDialog (File > Export notes...): format, scope, file, a confirmation before replacing a file, and
// progress; the export itself is NotesExporter (the same as --export-notes) on a thread of its own.
#pragma once

#include "notes/notesexporter.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace Randnotiz {

class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    struct Source
    {
        QString dataDir; // the store's folder (the dialog's export opens a store of its own there)
        QString articlePath; // the open article's file; empty = no article open, only "All articles"
        QString articleTitle; // shown in the scope choice
        QString teamStore = {}; // the team store's address, if the notes are there
    };
    // Asked before an existing file is replaced; true = replace.
    using OverwriteConfirmation = std::function<bool(const QString &path)>;

    explicit ExportDialog(const Source &source, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Replaces the question "Replace ...?" (tests); an empty function restores the box.
    void setOverwriteConfirmation(OverwriteConfirmation confirm);

    bool isRunning() const { return m_thread != nullptr; }
    QString outputPath() const;

    // The file name proposed for an export: the user's documents folder and a name after the article.
    static QString proposedPath(const Source &source, bool all, ExportFormat format);

signals:
    void exportFinished(const Randnotiz::ExportOutcome &outcome);

public slots:
    void reject() override; // cancels a running export first; the dialog closes once it has stopped

private:
    ExportFormat format() const;
    bool allArticles() const;
    void updateProposedPath();
    void browse();
    void startExport();
    void cancelExport();
    void showProgress(int done, int total);
    void finishExport(const ExportOutcome &outcome);
    void setRunning(bool running);
    void runExport(const ExportRequest &request);
    void keptExisting(const QString &path);

    Source m_source;
    OverwriteConfirmation m_confirm;
    QString m_proposed; // the path last proposed, replaced on a change of scope while the user kept it
    QComboBox *m_format;
    QComboBox *m_scope;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_openFolder;
    QPushButton *m_cancel;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    bool m_closeWhenStopped = false;
};

} // namespace Randnotiz
