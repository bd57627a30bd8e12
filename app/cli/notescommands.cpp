#include "cli/notescommands.h"

#include "article/ozdparser.h"
#include "cli/commandline.h"
#include "notes/annotationstore.h"
#include "notes/notesexport.h"
#include "notes/w3cannotations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

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

bool openStore(const CommandLine &cli, AnnotationStore &store, std::FILE *err)
{
    const QString dir = cli.isSet(cli.dataDir) ? cli.value(cli.dataDir) : AnnotationStore::defaultDataDir();
    if (!store.open(dir)) {
        say(err, store.errorString());
        return false;
    }
    if (!store.recoveryMessage().isEmpty())
        say(err, store.recoveryMessage());
    return true;
}

ArticleNotes notesOf(const StoredArticle &article, QList<Annotation> annotations)
{
    return ArticleNotes{article.title, article.path, article.fingerprint, article.plainText, std::move(annotations)};
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
    QFile notesFile(notesPath);
    if (notesFile.size() > W3cAnnotations::MaxImportBytes || !notesFile.open(QIODevice::ReadOnly)) {
        say(err, notesPath + QStringLiteral(": ")
                     + (notesFile.error() == QFile::NoError ? tr("file too large") : notesFile.errorString()));
        return ExitFailure;
    }
    const W3cImport imported = W3cAnnotations::parse(notesFile.readAll());
    if (!imported.ok()) {
        say(err, notesPath + QStringLiteral(": ") + imported.error);
        return ExitFailure;
    }

    AnnotationStore store;
    if (!openStore(cli, store, err))
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
    for (const ImportedAnnotation &item : imported.items)
        annotations.append(W3cAnnotations::attach(item, text, article.id));
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
        const QString exact =
            a.status == AnchorStatus::Orphaned ? a.quote : text.text().mid(a.start, a.end - a.start);
        const QJsonObject line{{QStringLiteral("id"), QString(QStringLiteral("urn:uuid:") + a.id.toString(QUuid::WithoutBraces))},
                               {QStringLiteral("status"), anchorStatusName(a.status)},
                               {QStringLiteral("exact"), exact}};
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
    const QString output = cli.isSet(cli.output) ? cli.value(cli.output) : QString();
    const bool toFile = !output.isEmpty() && output != QLatin1String("-");
    // Checked before any work, and again before the finished export is committed.
    if (toFile && QFileInfo::exists(output)) {
        say(err, tr("%1 exists already; choose another name or remove it first").arg(QDir::toNativeSeparators(output)));
        return ExitOutputExists;
    }

    std::optional<ParseResult> parsed;
    if (!files.isEmpty()) {
        parsed = OzdParser::parseFile(files.first());
        if (!parsed->ok()) {
            say(err, files.first() + QStringLiteral(": ") + parsed->error);
            return ExitFailure;
        }
    }
    AnnotationStore store;
    if (!openStore(cli, store, err))
        return ExitFailure;

    // What goes into the export, in order: FILE's article, then (with --all) every other article with notes.
    std::optional<ArticleNotes> fileNotes;
    qint64 fileArticleId = 0;
    if (parsed) {
        // Re-anchors against the file's current text; an unknown article is not added by exporting it.
        const OpenedArticle opened = store.openArticle(parsed->article, files.first(), false);
        if (opened.article.isValid()) {
            fileArticleId = opened.article.id;
            fileNotes = notesOf(opened.article, opened.annotations);
        } else {
            const QString path = QFileInfo(files.first()).absoluteFilePath();
            fileNotes = ArticleNotes{parsed->article.headline(), path, opened.text.fingerprint(), opened.text.text(), {}};
        }
        if (all && fileNotes->annotations.isEmpty())
            fileNotes.reset();
    }
    QList<StoredArticle> others;
    if (all) {
        // Every other article is exported as it was when last opened: its stored text and positions.
        const QHash<qint64, int> counts = store.annotationCounts();
        const QList<StoredArticle> stored = store.articles();
        for (const StoredArticle &article : stored) {
            if (article.id != fileArticleId && counts.value(article.id) > 0)
                others.append(article);
        }
    }

    const int articleCount = int(others.size()) + (fileNotes ? 1 : 0);
    std::optional<ArticleNotes> single = fileNotes;
    if (!single && others.size() == 1)
        single = notesOf(others.first(), {});
    ExportStream stream(*format, articleCount, single ? &*single : nullptr, store.colorLabels(),
                        QDateTime::currentDateTimeUtc());

    // Written piece by piece; a file only appears, complete, at commit().
    QSaveFile file(output);
    if (toFile && !file.open(QIODevice::WriteOnly)) {
        say(err, tr("cannot write %1: %2").arg(QDir::toNativeSeparators(output), file.errorString()));
        return ExitFailure;
    }
    bool written = true;
    const auto emitBytes = [&](const QByteArray &bytes) {
        if (toFile)
            written = written && file.write(bytes) == bytes.size();
        else
            written = written && std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), out) == std::size_t(bytes.size());
    };
    emitBytes(stream.begin());
    if (fileNotes)
        emitBytes(stream.article(*fileNotes));
    for (const StoredArticle &article : std::as_const(others))
        emitBytes(stream.article(notesOf(article, store.annotations(article.id))));
    emitBytes(stream.end());

    if (toFile) {
        // Checked again: a file that appeared meanwhile is not replaced either.
        if (QFileInfo::exists(output)) {
            file.cancelWriting();
            say(err, tr("%1 exists already; choose another name or remove it first").arg(QDir::toNativeSeparators(output)));
            return ExitOutputExists;
        }
        if (!written || !file.commit()) {
            say(err, tr("cannot write %1: %2").arg(QDir::toNativeSeparators(output), file.errorString()));
            return ExitFailure;
        }
        return ExitOk;
    }
    if (!written || std::fflush(out) != 0) {
        say(err, tr("cannot write the export to standard output"));
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace Randnotiz
