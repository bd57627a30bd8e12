#include "notes/notesexporter.h"

#include "article/ozdparser.h"
#include "notes/storefactory.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <optional>

namespace Randnotiz {

namespace {

ArticleNotes notesOf(const StoredArticle &article, QList<Annotation> annotations)
{
    return ArticleNotes { article.title, article.path, article.fingerprint, article.plainText, std::move(annotations) };
}

ExportOutcome outcome(ExportOutcome::Status status, const QString &message = {})
{
    ExportOutcome result;
    result.status = status;
    result.message = message;
    return result;
}

QString existsMessage(const QString &output)
{
    return NotesExporter::tr("%1 exists already; choose another name or remove it first")
        .arg(QDir::toNativeSeparators(output));
}

QString cannotWriteMessage(const QString &output, const QString &why)
{
    return NotesExporter::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(output), why);
}

} // namespace

QString NotesExporter::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

ExportOutcome NotesExporter::run(const ExportRequest &request, const Progress &progress)
{
    const std::unique_ptr<NotesStore> store
        = StoreFactory::create(StoreLocation { request.dataDir, request.teamStore });
    return run(request, *store, progress);
}

ExportOutcome NotesExporter::run(const ExportRequest &request, NotesStore &store, const Progress &progress,
                                 const Sink &sink)
{
    using Status = ExportOutcome::Status;
    const QString &output = request.output;
    const bool toFile = !output.isEmpty();
    if (request.articlePath.isEmpty() && !request.all)
        return outcome(Status::Failed, tr("no article to export"));
    if (!toFile && !sink)
        return outcome(Status::Failed, tr("no place to write the export to"));
    // Checked before any work, and again before the finished export is committed.
    if (toFile && !request.overwrite && QFileInfo::exists(output))
        return outcome(Status::Exists, existsMessage(output));

    std::optional<ParseResult> parsed;
    if (!request.articlePath.isEmpty()) {
        parsed = OzdParser::parseFile(request.articlePath);
        if (!parsed->ok())
            return outcome(Status::Failed, request.articlePath + QStringLiteral(": ") + parsed->error);
    }
    if (!store.isOpen() && !store.open())
        return outcome(Status::Failed, store.errorString());

    // What goes into the export, in order: the file's article, then (with all) every other article with notes.
    std::optional<ArticleNotes> fileNotes;
    qint64 fileArticleId = 0;
    if (parsed) {
        // Re-anchors against the file's current text; an unknown article is not added by exporting it.
        const OpenedArticle opened = store.openArticle(parsed->article, request.articlePath, false);
        if (opened.article.isValid()) {
            fileArticleId = opened.article.id;
            fileNotes = notesOf(opened.article, opened.annotations);
        } else {
            const QString path = QFileInfo(request.articlePath).absoluteFilePath();
            fileNotes
                = ArticleNotes { parsed->article.headline(), path, opened.text.fingerprint(), opened.text.text(), {} };
        }
        if (request.all && fileNotes->annotations.isEmpty())
            fileNotes.reset();
    }
    QList<StoredArticle> others;
    const QHash<qint64, int> counts = request.all ? store.annotationCounts() : QHash<qint64, int>();
    int total = fileNotes ? int(fileNotes->annotations.size()) : 0;
    if (request.all) {
        // Every other article is exported as it was when last opened: its stored text and positions.
        const QList<StoredArticle> stored = store.articles();
        for (const StoredArticle &article : stored) {
            if (article.id != fileArticleId && counts.value(article.id) > 0) {
                others.append(article);
                total += counts.value(article.id);
            }
        }
    }

    int done = 0;
    const auto goOn = [&] { return !progress || progress(done, total); };
    if (!goOn())
        return outcome(Status::Cancelled, tr("export cancelled"));

    const int articleCount = int(others.size()) + (fileNotes ? 1 : 0);
    std::optional<ArticleNotes> single = fileNotes;
    if (!single && others.size() == 1)
        single = notesOf(others.first(), {});
    ExportStream stream(request.format, articleCount, single ? &*single : nullptr, store.colorLabels(),
                        request.exported.isValid() ? request.exported : QDateTime::currentDateTimeUtc());

    // Written piece by piece; a file only appears, complete, at commit().
    QSaveFile file(output);
    if (toFile && !file.open(QIODevice::WriteOnly))
        return outcome(Status::Failed, cannotWriteMessage(output, file.errorString()));
    ExportOutcome result = outcome(Status::Ok);
    result.articles = articleCount;
    bool written = true;
    const auto emitBytes = [&](const QByteArray &bytes) {
        if (!written)
            return;
        written = toFile ? file.write(bytes) == bytes.size() : sink(bytes);
        if (written)
            result.bytesWritten += bytes.size();
    };
    emitBytes(stream.begin());
    if (fileNotes) {
        emitBytes(stream.article(*fileNotes));
        done += int(fileNotes->annotations.size());
        if (!goOn()) {
            file.cancelWriting();
            return outcome(Status::Cancelled, tr("export cancelled"));
        }
    }
    for (const StoredArticle &article : std::as_const(others)) {
        const QList<Annotation> annotations = store.annotations(article.id);
        emitBytes(stream.article(notesOf(article, annotations)));
        done += int(annotations.size());
        if (!goOn()) {
            file.cancelWriting();
            return outcome(Status::Cancelled, tr("export cancelled"));
        }
    }
    emitBytes(stream.end());
    result.notes = done;

    if (!toFile) {
        if (!written)
            return outcome(Status::Failed, tr("cannot write the export to standard output"));
        return result;
    }
    // Checked again: a file that appeared meanwhile is not replaced either.
    if (!request.overwrite && QFileInfo::exists(output)) {
        file.cancelWriting();
        return outcome(Status::Exists, existsMessage(output));
    }
    if (!written) {
        const QString why = file.errorString();
        file.cancelWriting();
        return outcome(Status::Failed, cannotWriteMessage(output, why));
    }
    if (!file.commit())
        return outcome(Status::Failed, cannotWriteMessage(output, file.errorString()));
    return result;
}

} // namespace Randnotiz
