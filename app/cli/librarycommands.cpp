#include "cli/librarycommands.h"

#include "cli/jsonwriter.h"
#include "library/libraryindex.h"
#include "notes/annotationstore.h"
#include "notes/storefactory.h"
#include "wiki/wikiconfig.h"

#include <QCoreApplication>
#include <QDir>

namespace Randnotiz {

namespace {

using namespace Qt::Literals::StringLiterals;

class LibraryCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Randnotiz::LibraryCommands)
};

void say(std::FILE *err, const QString &message)
{
    std::fprintf(err, "randnotiz: %s\n", message.toLocal8Bit().constData());
}

std::optional<QString> orNull(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

void print(std::FILE *out, const JsonWriter &w)
{
    const QByteArray line = w.line();
    std::fwrite(line.constData(), 1, std::size_t(line.size()), out);
}

QString dataDirOf(const LibraryCommandOptions &options)
{
    return options.dataDir.isEmpty() ? AnnotationStore::defaultDataDir() : options.dataDir;
}

bool openIndex(LibraryIndex &index, const LibraryCommandOptions &options, std::FILE *err)
{
    if (index.open(dataDirOf(options)))
        return true;
    say(err, index.errorString());
    return false;
}

} // namespace

int indexCommand(const QStringList &paths, const LibraryCommandOptions &options, std::FILE *out, std::FILE *err)
{
    if (paths.isEmpty()) {
        say(err, LibraryCommands::tr("--index needs at least one folder or file"));
        return 2;
    }
    LibraryIndex index;
    if (!openIndex(index, options, err))
        return 1;
    for (const QString &path : paths) {
        if (!index.addRoot(path))
            say(err, index.errorString());
    }
    bool failed = false;
    index.index(paths, [&](const IndexEntry &entry, int, int) {
        JsonWriter w;
        w.beginObject();
        w.key("file"_L1).value(entry.file);
        w.key("status"_L1).value(indexStatusName(entry.status));
        w.key("headline"_L1).value(orNull(entry.headline));
        w.key("error"_L1).value(orNull(entry.error));
        w.endObject();
        print(out, w);
        if (entry.status == IndexEntry::Status::Error) {
            failed = true;
            say(err, QDir::toNativeSeparators(entry.file) + u": "_s + entry.error);
        }
        return true;
    });
    std::fflush(out);
    return failed ? 2 : 0;
}

int searchCommand(const QString &query, const LibraryCommandOptions &options, std::FILE *out, std::FILE *err)
{
    LibraryIndex index;
    if (!openIndex(index, options, err))
        return 1;
    for (const LibraryHit &hit : index.search(query, options.limit)) {
        JsonWriter w;
        w.beginObject();
        w.key("file"_L1).value(hit.file);
        w.key("headline"_L1).value(hit.headline);
        w.key("part"_L1).value(partName(hit.part));
        w.key("snippet"_L1).value(hit.snippet);
        w.key("matches"_L1).beginArray();
        for (const auto &[start, end] : hit.matches)
            w.beginArray().value(qint64(start)).value(qint64(end)).endArray();
        w.endArray();
        w.key("rank"_L1).value(hit.rank);
        w.endObject();
        print(out, w);
    }
    std::fflush(out);
    return 0;
}

int personsCommand(const LibraryCommandOptions &options, std::FILE *out, std::FILE *err)
{
    LibraryIndex index;
    if (!openIndex(index, options, err))
        return 1;
    // The cache the summaries were fetched into, as --prefetch-summaries and the window find it.
    WikiConfig wiki;
    wiki.dataDir = options.dataDir;
    index.setSummaryCacheDirectory(wiki.cacheDirectory());
    for (const LibrarySubject &subject : index.subjects()) {
        JsonWriter w;
        w.beginObject();
        w.key("subject"_L1).value(subject.subject);
        w.key("kind"_L1).value(subjectKindName(subject.kind));
        w.key("wikipedia"_L1).value(orNull(subject.wikipedia));
        w.key("articles"_L1).value(qint64(subject.articles));
        w.key("mentions"_L1).value(qint64(subject.mentions));
        w.endObject();
        print(out, w);
    }
    std::fflush(out);
    return 0;
}

int forecastsCommand(const LibraryCommandOptions &options, std::FILE *out, std::FILE *err)
{
    LibraryIndex index;
    if (!openIndex(index, options, err))
        return 1;
    // Verdicts are the reader's own: they stay in the local store of the data folder whatever the notes store.
    const std::unique_ptr<NotesStore> store = StoreFactory::create(StoreLocation { dataDirOf(options), {} });
    QHash<QString, ForecastVerdict> verdicts;
    if (store->open())
        verdicts = store->forecastVerdicts();
    else
        say(err, store->errorString());
    for (const Forecast &forecast : index.forecasts()) {
        const ForecastVerdict verdict = verdicts.value(forecast.key);
        JsonWriter w;
        w.beginObject();
        w.key("file"_L1).value(forecast.file);
        w.key("headline"_L1).value(forecast.headline);
        w.key("date"_L1).value(forecast.date.toString(Qt::ISODate));
        w.key("forecast"_L1).value(forecast.text);
        w.key("verdict"_L1).value(verdictName(verdict.verdict));
        w.key("note"_L1).value(verdict.note);
        w.endObject();
        print(out, w);
    }
    std::fflush(out);
    return 0;
}

} // namespace Randnotiz
