// NotesExporter: the one export of notes to a file, shared by `--export-notes` and the window's export dialog.
// It decides which articles go in and in which order, streams them and writes the file through QSaveFile.
#pragma once

#include "notes/notesexport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <functional>

namespace Randnotiz {

class NotesStore;

struct ExportRequest
{
    ExportFormat format = ExportFormat::Markdown;
    QString articlePath; // the article FILE; may be empty with all
    bool all = false; // every article with notes (articlePath's first, if given)
    QString output; // the file to write; empty = the bytes go to the sink given to run()
    bool overwrite = false;
    QString dataDir; // used when run() opens the store itself; empty = AnnotationStore::defaultDataDir()
    QString teamStore; // the same: a team store's postgresql:// address; empty = the local store
    QDateTime exported; // the time written into the export; invalid = now
};

struct ExportOutcome
{
    enum class Status { Ok, Exists, Cancelled, Failed };
    Status status = Status::Failed;
    QString message; // what went wrong, for the user (empty on success)
    qint64 bytesWritten = 0;
    int articles = 0;
    int notes = 0;
    bool ok() const { return status == Status::Ok; }
};

class NotesExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Randnotiz::NotesExporter)

public:
    // Called after each article with the notes exported so far; returning false cancels the export.
    using Progress = std::function<bool(int done, int total)>;
    // Receives the bytes when the request has no output file; returning false is a write error.
    using Sink = std::function<bool(const QByteArray &bytes)>;

    // Opens the store where it was configured when it is not open yet (its recoveryMessage() then says whether
    // a damaged database was replaced). Nothing is written to output unless the whole export succeeded; an
    // existing output is replaced only with request.overwrite, checked before the work and before the commit.
    static ExportOutcome run(const ExportRequest &request, NotesStore &store, const Progress &progress = {},
                             const Sink &sink = {});

    // The same with a store of its own (for a worker thread: a store belongs to the thread that opened it).
    static ExportOutcome run(const ExportRequest &request, const Progress &progress = {});

    // The usual suffix of each format, without the dot: md, html, csv, json.
    static QString suffix(ExportFormat format);
};

} // namespace Randnotiz

Q_DECLARE_METATYPE(Randnotiz::ExportOutcome)
