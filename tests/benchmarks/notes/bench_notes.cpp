// Benchmark of the annotation engine with the numbers: 100,000 annotations over 1,000 articles.
// Prints full-text search latency, the time of `randnotiz --export-notes md --all`, the cost of opening an
// article with 2,000 annotations and of re-anchoring 1,000 annotations on an edited article.
// Usage: bench_notes [--articles N] [--per-article N] [--dir DIR]   (DIR is kept; default: a temporary one)
#include "article/articletext.h"
#include "article/ozdparser.h"
#include "notes/anchoring.h"
#include "notes/annotationstore.h"
#include "support/notestestdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>
#include <sys/resource.h>
#include <time.h> // NOLINT(modernize-deprecated-headers): clock_gettime is POSIX, declared here

using namespace Randnotiz;

namespace {

const QStringList vocabulary {
    QStringLiteral("Haushalt"),  QStringLiteral("Verkehrswende"), QStringLiteral("Hafen"),
    QStringLiteral("Streik"),    QStringLiteral("Bürgermeister"), QStringLiteral("Energiepreise"),
    QStringLiteral("Schulen"),   QStringLiteral("Klima"),         QStringLiteral("Gericht"),
    QStringLiteral("Wahlkampf"), QStringLiteral("Forschung"),     QStringLiteral("Kultur"),
    QStringLiteral("Mieten"),    QStringLiteral("Bahnstrecke"),   QStringLiteral("Polizei"),
    QStringLiteral("Wetter"),    QStringLiteral("Quelle"),        QStringLiteral("Widerspruch"),
    QStringLiteral("Zahlen"),    QStringLiteral("Zitat"),
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * p)));
}

// CPU time of this process; on a shared machine it says more than wall time.
double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QList<Annotation> makeAnnotations(const ArticleText &text, qint64 articleId, int count, std::mt19937 &rng)
{
    QList<Annotation> list;
    QList<ArticleText::Segment> body;
    for (const ArticleText::Segment &s : text.segments()) {
        if (s.part == Part::Body && s.length > 100)
            body.append(s);
    }
    for (int i = 0; i < count; ++i) {
        const ArticleText::Segment &s = body.at(int(rng() % body.size()));
        const int length = 20 + int(rng() % 60);
        const int start = s.start + int(rng() % (s.length - length));
        Annotation a
            = Annotation::create(text, start, start + length,
                                 QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(rng() % 10000000)));
        a.articleId = articleId;
        a.color = AllColors.at(rng() % AllColors.size());
        if (rng() % 3 != 0) {
            a.note = QStringLiteral("Notiz %1: %2 und %3 prüfen")
                         .arg(i)
                         .arg(vocabulary.at(rng() % vocabulary.size()), vocabulary.at(rng() % vocabulary.size()));
        }
        a.tags = { vocabulary.at(rng() % vocabulary.size()).toLower() };
        list.append(a);
    }
    return list;
}

void report(const char *what, double value, const char *unit, const char *limit)
{
    std::printf("%-58s %10.2f %s   (limit %s)\n", what, value, unit, limit);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int articles = 1000;
    int perArticle = 100;
    QString dirArg;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--articles"))
            articles = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--per-article"))
            perArticle = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--dir"))
            dirArg = args.at(i + 1);
    }
    QTemporaryDir temporary;
    const QString root = dirArg.isEmpty() ? temporary.path() : dirArg;
    const QString dataDir = root + QStringLiteral("/data");
    const QString articleDir = root + QStringLiteral("/articles");
    QDir().mkpath(articleDir);
    std::mt19937 rng(20240501);

    AnnotationStore store;
    if (!store.open(dataDir)) {
        std::fprintf(stderr, "cannot open store: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    if (store.annotationCount() < articles * perArticle) {
        QElapsedTimer fill;
        fill.start();
        for (int n = 0; n < articles; ++n) {
            const QString raw = Test::syntheticArticle(n);
            const QString path = articleDir + QStringLiteral("/meldung-%1.txt").arg(n, 4, 10, QLatin1Char('0'));
            writeFile(path, raw.toUtf8());
            const Article article = OzdParser::parseText(raw, path);
            const ArticleText text(article);
            const StoredArticle stored = store.recordArticle(text, path, article.headline());
            if (!store.saveAnnotations(makeAnnotations(text, stored.id, perArticle, rng))) {
                std::fprintf(stderr, "cannot save: %s\n", qPrintable(store.errorString()));
                return 1;
            }
        }
        std::printf("filled %d articles x %d annotations in %.1f s\n", articles, perArticle, fill.elapsed() / 1000.0);
    }
    std::printf("store: %d annotations in %s\n", store.annotationCount(), qPrintable(store.databasePath()));

    // 1. Full-text search.
    QList<double> searchMs;
    QList<double> searchCpuMs;
    QStringList queries;
    for (const QString &word : vocabulary) {
        queries << word << word.left(4) << word.toLower() + QStringLiteral(" notiz");
    }
    queries << QStringLiteral("Regierung") << QStringLiteral("Absatz 3") << QStringLiteral("Meldung 512")
            << QStringLiteral("gibtesnicht") << QStringLiteral("Bürger Hafen");
    int hits = 0;
    for (int round = 0; round < 3; ++round) {
        for (const QString &q : std::as_const(queries)) {
            QElapsedTimer t;
            const double cpu = cpuMs();
            t.start();
            hits += int(store.search(q, 100).size());
            searchMs << t.nsecsElapsed() / 1e6;
            searchCpuMs << cpuMs() - cpu;
        }
    }
    std::printf("%lld searches (limit 100 hits each, %d hits in all)\n", qlonglong(searchMs.size()), hits);
    report("full-text search, median", median(searchMs), "ms", "20 ms");
    report("full-text search, 95th percentile", percentile(searchMs, 0.95), "ms", "-");
    report("  full-text search, CPU time, median", median(searchCpuMs), "ms", "-");

    // 2. --export-notes md --all through the real binary.
    QList<double> exportMs;
    QList<double> exportCpuMs;
    const auto childCpuMs = [] {
        rusage usage {};
        getrusage(RUSAGE_CHILDREN, &usage);
        return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    };
    for (int round = 0; round < 3; ++round) {
        const double cpuBefore = childCpuMs();
        const QString out = root + QStringLiteral("/all-%1.md").arg(round);
        QFile::remove(out);
        QElapsedTimer t;
        t.start();
        const int code
            = QProcess::execute(QStringLiteral(RANDNOTIZ_BINARY),
                                { QStringLiteral("--export-notes"), QStringLiteral("md"), QStringLiteral("--all"),
                                  QStringLiteral("-o"), out, QStringLiteral("--data-dir"), dataDir });
        exportMs << t.nsecsElapsed() / 1e6;
        exportCpuMs << childCpuMs() - cpuBefore;
        if (code != 0) {
            std::fprintf(stderr, "export failed with %d\n", code);
            return 1;
        }
        if (round == 0)
            std::printf("export: %lld bytes\n", QFileInfo(out).size());
    }
    report("randnotiz --export-notes md --all, median of 3 (wall)", median(exportMs), "ms", "2000 ms");
    report("  the same, CPU time (user + system)", median(exportCpuMs), "ms", "-");

    // 3. Opening an article with 2,000 annotations.
    const QString bigRaw = Test::syntheticArticle(100000, 60);
    const QString bigPath = articleDir + QStringLiteral("/gross.txt");
    writeFile(bigPath, bigRaw.toUtf8());
    const Article big = OzdParser::parseText(bigRaw, bigPath);
    {
        const ArticleText text(big);
        const StoredArticle stored = store.recordArticle(text, bigPath, big.headline());
        if (store.annotations(stored.id).isEmpty())
            store.saveAnnotations(makeAnnotations(text, stored.id, 2000, rng));
    }
    QList<double> textMs;
    QList<double> openMs;
    QList<double> openCpuMs;
    for (int round = 0; round < 7; ++round) {
        QElapsedTimer t;
        t.start();
        const ArticleText text(big);
        textMs << t.nsecsElapsed() / 1e6;
        const double cpu = cpuMs();
        t.restart();
        const OpenedArticle opened = store.openArticle(big, bigPath);
        openMs << t.nsecsElapsed() / 1e6;
        openCpuMs << cpuMs() - cpu;
        if (opened.annotations.size() != 2000) {
            std::fprintf(stderr, "expected 2000 annotations, got %lld\n", qlonglong(opened.annotations.size()));
            return 1;
        }
    }
    report("plain text of the 2,000-note article alone, median", median(textMs), "ms", "-");
    report("openArticle with 2,000 annotations (unchanged), median", median(openMs), "ms", "100 ms");
    report("  the same, CPU time", median(openCpuMs), "ms", "-");
    // Edited: every open re-anchors all 2,000 and saves the new positions.
    const QString editedRaw
        = Test::replacedOnce(bigRaw, QStringLiteral("Im Absatz 0 von Meldung 100000 sagt Satz 0:"),
                             QStringLiteral("Ein neuer erster Satz. Im Absatz 0 von Meldung 100000 sagt Satz 0:"));
    const Article edited = OzdParser::parseText(editedRaw, bigPath);
    QList<double> editedMs;
    QList<double> editedCpuMs;
    for (int round = 0; round < 6; ++round) {
        QElapsedTimer t;
        const double cpu = cpuMs();
        t.start();
        const OpenedArticle opened = store.openArticle(round % 2 == 0 ? edited : big, bigPath);
        editedMs << t.nsecsElapsed() / 1e6;
        editedCpuMs << cpuMs() - cpu;
        if (round == 0)
            std::printf("edited open re-anchored %d annotations\n", opened.reanchored);
    }
    report("openArticle with 2,000 annotations (edited), median", median(editedMs), "ms", "100 ms");
    report("  the same, CPU time", median(editedCpuMs), "ms", "-");

    // 4. Re-anchoring 1,000 annotations on an edited article, in memory.
    const QString raw = Test::syntheticArticle(424242, 40);
    const ArticleText before(OzdParser::parseText(raw, QStringLiteral("a.txt")));
    const QList<Annotation> thousand = makeAnnotations(before, 1, 1000, rng);
    QString changed = raw;
    changed.replace(QStringLiteral("Im Absatz 0 von Meldung 424242 sagt Satz 0:"),
                    QStringLiteral("Vorweg ein eingefügter Satz. Im Absatz 0 von Meldung 424242 sagt Satz 0:"));
    for (int p = 3; p < 40; p += 7) {
        // A changed word and a deleted sentence here and there.
        changed.replace(QStringLiteral("Im Absatz %1 von Meldung 424242 sagt Satz 2:").arg(p),
                        QStringLiteral("Im Absatz %1 von Meldung 424242 meint Satz 2:").arg(p));
        const qsizetype cut
            = changed.indexOf(QStringLiteral("Im Absatz %1 von Meldung 424242 sagt Satz 4:").arg(p + 1));
        if (cut >= 0)
            changed.remove(cut, changed.indexOf(u'.', cut) - cut + 1);
    }
    const ArticleText after(OzdParser::parseText(changed, QStringLiteral("a.txt")));
    QList<double> reanchorMs;
    QList<double> reanchorCpuMs;
    std::array<int, 4> statuses {};
    for (int round = 0; round < 5; ++round) {
        QList<Annotation> copy = thousand;
        QElapsedTimer t;
        const double cpu = cpuMs();
        t.start();
        for (Annotation &a : copy)
            Anchoring::reanchor(after, a);
        reanchorMs << t.nsecsElapsed() / 1e6;
        reanchorCpuMs << cpuMs() - cpu;
        if (round == 0) {
            for (const Annotation &a : std::as_const(copy))
                ++statuses.at(std::size_t(a.status));
        }
    }
    std::printf("re-anchored: %d exact, %d moved, %d fuzzy, %d orphaned\n", statuses[0], statuses[1], statuses[2],
                statuses[3]);
    report("re-anchor 1,000 annotations on an edited article, median", median(reanchorMs), "ms", "100 ms");
    report("  the same, CPU time", median(reanchorCpuMs), "ms", "-");
    return 0;
}
