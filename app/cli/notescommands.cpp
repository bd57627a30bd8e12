#include "cli/notescommands.h"

#include "article/articlefile.h"
#include "article/ozdparser.h"
#include "cli/commandline.h"
#include "notes/annotationstore.h"
#include "notes/notesexport.h"
#include "notes/notesexporter.h"
#include "notes/storefactory.h"
#include "notes/w3cannotations.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Randnotiz {

namespace {

// Exit codes, documented in docs/readme-notes.md.
constexpr int ExitOk = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;
constexpr int ExitOutputExists = 3;

QString tr(const char *text)
{
    return QCoreApplication::translate("Randnotiz::NotesCommands", text);
}

void say(std::FILE *stream, const QString &message)
{
    const QByteArray bytes = QByteArrayLiteral("randnotiz: ") + message.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
}

StoreLocation storeLocation(const CommandLine &cli)
{
    return StoreLocation { cli.isSet(cli.dataDir) ? cli.value(cli.dataDir) : AnnotationStore::defaultDataDir(),
                           cli.value(cli.store) };
}

bool openStore(NotesStore &store, std::FILE *err)
{
    if (!store.open()) {
        say(err, store.errorString());
        return false;
    }
    if (!store.recoveryMessage().isEmpty())
        say(err, store.recoveryMessage());
    return true;
}

} // namespace

int importNotesCommand(const CommandLine &cli, std::FILE *out, std::FILE *err)
{
    const QStringList files = cli.positional();
    if (files.size() != 1) {
        say(err, tr("--import-notes NOTES.json needs exactly one article FILE"));
        return ExitUsage;
    }
    const QString notesPath = cli.value(cli.importNotes);
    const QString articlePath = files.first();

    const ParseResult parsed = OzdParser::parseFile(articlePath);
    if (!parsed.ok()) {
        say(err, articlePath + QStringLiteral(": ") + parsed.error);
        return ExitFailure;
    }
    const FileBytes notesFile = readRegularFile(notesPath, W3cAnnotations::MaxImportBytes);
    if (!notesFile.ok()) {
        say(err, notesPath + QStringLiteral(": ") + notesFile.error);
        return ExitFailure;
    }
    const W3cImport imported = W3cAnnotations::parse(notesFile.bytes);
    if (!imported.ok()) {
        say(err, notesPath + QStringLiteral(": ") + imported.error);
        return ExitFailure;
    }

    const bool share = cli.isSet(cli.share);
    if (share && !storeLocation(cli).isTeamStore()) {
        say(err, tr("--share needs a team store (--store postgresql://...)"));
        return ExitUsage;
    }
    const std::unique_ptr<NotesStore> opened = StoreFactory::create(storeLocation(cli));
    NotesStore &store = *opened;
    if (!openStore(store, err))
        return ExitFailure;
    const ArticleText text(parsed.article);
    const StoredArticle article = store.recordArticle(text, articlePath, parsed.article.headline());
    if (!article.isValid()) {
        say(err, store.errorString());
        return ExitFailure;
    }
    // The file's own source is ignored: the user named the article these notes belong to.
    QList<Annotation> annotations;
    annotations.reserve(imported.items.size());
    for (const ImportedAnnotation &item : imported.items) {
        annotations.append(W3cAnnotations::attach(item, text, article.id));
        annotations.last().shared = share;
    }
    if (!store.saveAnnotations(annotations)) {
        say(err, store.errorString());
        return ExitFailure;
    }
    // Labels travel with the notes, but never replace a label the user already gave a colour here.
    const ColorLabels existing = store.colorLabels();
    for (const Color color : AllColors) {
        if (existing.label(color).isEmpty() && !imported.labels.label(color).isEmpty())
            store.setColorLabel(color, imported.labels.label(color));
    }
    for (const Annotation &a : std::as_const(annotations)) {
        const QString exact = a.status == AnchorStatus::Orphaned ? a.quote : text.text().mid(a.start, a.end - a.start);
        const QJsonObject line { { QStringLiteral("id"),
                                   QString(QStringLiteral("urn:uuid:") + a.id.toString(QUuid::WithoutBraces)) },
                                 { QStringLiteral("status"), anchorStatusName(a.status) },
                                 { QStringLiteral("exact"), exact } };
        const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), out);
    }
    std::fflush(out);
    return ExitOk;
}

int exportNotesCommand(const CommandLine &cli, std::FILE *out, std::FILE *err)
{
    const std::optional<ExportFormat> format = exportFormatFromName(cli.value(cli.exportNotes));
    if (!format) {
        say(err, tr("unknown export format \"%1\"; use md, html, json or csv").arg(cli.value(cli.exportNotes)));
        return ExitUsage;
    }
    const bool all = cli.isSet(cli.all);
    const QStringList files = cli.positional();
    if (files.size() > 1 || (files.isEmpty() && !all)) {
        say(err, tr("--export-notes needs one article FILE (or --all)"));
        return ExitUsage;
    }
    ExportRequest request;
    request.format = *format;
    request.articlePath = files.value(0);
    request.all = all;
    const QString output = cli.isSet(cli.output) ? cli.value(cli.output) : QString();
    if (output != QLatin1String("-"))
        request.output = output;
    request.dataDir = cli.isSet(cli.dataDir) ? cli.value(cli.dataDir) : AnnotationStore::defaultDataDir();
    request.teamStore = cli.value(cli.store);

    // The same export as the window's dialog; only standard output is the command line's own.
    const std::unique_ptr<NotesStore> opened = StoreFactory::create(storeLocation(cli));
    NotesStore &store = *opened;
    const auto toStdout = [out](const QByteArray &bytes) {
        return std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), out) == std::size_t(bytes.size());
    };
    const ExportOutcome outcome = NotesExporter::run(request, store, {}, toStdout);
    if (!store.recoveryMessage().isEmpty())
        say(err, store.recoveryMessage());
    switch (outcome.status) {
    case ExportOutcome::Status::Ok:
        break;
    case ExportOutcome::Status::Exists:
        say(err, outcome.message);
        return ExitOutputExists;
    case ExportOutcome::Status::Cancelled:
    case ExportOutcome::Status::Failed:
        say(err, outcome.message);
        return ExitFailure;
    }
    if (request.output.isEmpty() && std::fflush(out) != 0) {
        say(err, tr("cannot write the export to standard output"));
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace Randnotiz
