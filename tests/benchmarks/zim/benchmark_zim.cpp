// Offline Wikipedia benchmark: writes a ZIM file of 100,000 generated Wikipedia-shaped pages (once; pass a path
// to keep it), then measures opening it and one summary (lookup by path + HTML to the plain-text lead).
//   benchmark_zim [FILE.zim]    prints the medians in milliseconds
#include "wiki/zimlibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>
#include <zim/writer/creator.h>
#include <zim/writer/item.h>

using namespace Randnotiz;

namespace {

constexpr int Entries = 100000;

QString titleOf(int i)
{
    return QStringLiteral("Person %1 Beispiel").arg(i);
}

std::string pageOf(int i)
{
    const QString title = titleOf(i);
    QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>") + title
        + QStringLiteral("</title><link rel=\"stylesheet\" href=\"../-/s/style.css\"><script src=\"../-/j/x.js\">"
                         "</script></head><body class=\"mw-body\"><div id=\"mw-content-text\"><h1>")
        + title
        + QStringLiteral("</h1><div class=\"hatnote\" role=\"note\">Zu anderen Personen siehe %1 "
                         "(Begriffsklärung).</div><table class=\"infobox\"><tr><th>Geboren</th><td>%2. Mai 1955"
                         "</td></tr><tr><th>Beruf</th><td>Politiker</td></tr></table>")
              .arg(title)
              .arg(i % 28 + 1);
    for (int p = 0; p < 4; ++p) {
        html += QStringLiteral("<p><b>%1</b> (* %2. Mai 1955 in Tschadan) ist ein Politiker, über den dieser "
                               "Absatz %3 berichtet.<sup class=\"reference\"><a href=\"#cite_note-%3\">[%3]</a>"
                               "</sup> Er war viele Jahre Minister und ist seit 2024 Sekretär eines Rates, der "
                               "den Präsidenten berät. Seine Laufbahn begann im Bauwesen.</p>")
                    .arg(title)
                    .arg(i % 28 + 1)
                    .arg(p + 1);
    }
    html += QStringLiteral("<h2>Leben<span class=\"mw-editsection\">[Bearbeiten]</span></h2><p>Ein Abschnitt "
                           "nach der Einleitung.</p><div class=\"navbox\">Navigation</div></div></body></html>");
    return html.toStdString();
}

bool writeCorpus(const QString &file)
{
    zim::writer::Creator creator;
    creator.configIndexing(false, "deu");
    creator.configNbWorkers(2);
    creator.startZimCreation(file.toStdString());
    for (int i = 0; i < Entries; ++i) {
        QString path = titleOf(i);
        path.replace(QLatin1Char(' '), QLatin1Char('_'));
        creator.addItem(zim::writer::StringItem::create(path.toStdString(), "text/html", titleOf(i).toStdString(),
                                                        zim::writer::Hints { { zim::writer::FRONT_ARTICLE, 1 } },
                                                        pageOf(i)));
    }
    creator.addMetadata("Language", "deu");
    creator.addMetadata("Name", "wikipedia_de_benchmark");
    creator.addMetadata("Date", "2024-05-01");
    creator.addMetadata("Title", "Benchmark");
    creator.finishZimCreation();
    return true;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString file = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("bench.zim"));
    if (!QFileInfo::exists(file)) {
        QElapsedTimer writing;
        writing.start();
        writeCorpus(file);
        std::printf("wrote %d entries to %s in %.1f s (%.1f MB)\n", Entries, qPrintable(file),
                    double(writing.elapsed()) / 1000.0, double(QFileInfo(file).size()) / 1e6);
    }

    std::vector<double> opens;
    for (int run = 0; run < 21; ++run) {
        QElapsedTimer t;
        t.start();
        const ZimLibrary library({ file });
        if (!library.hasLanguage(QStringLiteral("de"))) {
            std::fprintf(stderr, "benchmark_zim: %s is not usable\n", qPrintable(file));
            return 1;
        }
        opens.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    const ZimLibrary library({ file });
    std::vector<double> summaries;
    QRandomGenerator random(13);
    for (int run = 0; run < 1001; ++run) {
        const std::optional<WikiLink> link
            = WikiLink::fromTitle(QStringLiteral("de"), titleOf(int(random.bounded(Entries))));
        QElapsedTimer t;
        t.start();
        const ZimLookup found = library.lookup(*link);
        summaries.push_back(double(t.nsecsElapsed()) / 1e6);
        if (found.outcome != ZimLookup::Outcome::Found || found.summary.extract.size() < 200) {
            std::fprintf(stderr, "benchmark_zim: %s gave no summary\n", qPrintable(link->title));
            return 1;
        }
    }
    std::printf("open (median of %zu): %.2f ms\n", opens.size(), median(opens));
    std::printf("one summary, lookup + HTML to text (median of %zu): %.3f ms (slowest %.3f ms)\n", summaries.size(),
                median(summaries), *std::max_element(summaries.begin(), summaries.end()));
    return 0;
}
