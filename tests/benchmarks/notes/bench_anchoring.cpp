// Benchmark of fuzzy re-anchoring a highlight over one very long paragraph that then changed: the time grows
// linearly with the paragraph (Myers' bit-vector algorithm in a band of MaxFuzzyErrorCount), not with its square.
// Usage: bench_anchoring [--edits N]   prints one line per paragraph length (64 KiB .. 4 MiB).
#include "article/articletext.h"
#include "notes/anchoring.h"
#include "support/notestestdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace Randnotiz;

namespace {

QString paragraph(int length, quint32 seed)
{
    static const QStringList words { QStringLiteral("Regierung"), QStringLiteral("Hafen"),   QStringLiteral("Bürger"),
                                     QStringLiteral("Haushalt"),  QStringLiteral("Verkehr"), QStringLiteral("Schule"),
                                     QStringLiteral("Klima"),     QStringLiteral("Gemeinde") };
    QRandomGenerator random(seed);
    QString text;
    for (int sentence = 0; text.size() < length; ++sentence) {
        text += QStringLiteral("Satz %1: ").arg(sentence);
        for (int w = 0; w < 8; ++w)
            text += words.at(random.bounded(int(words.size()))) + (w == 7 ? QStringLiteral(". ") : QStringLiteral(" "));
    }
    return text.trimmed();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--edits"));
    const int edits = at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : 20;
    std::printf("%10s %8s %10s %10s\n", "chars", "edits", "status", "ms");
    for (int length = 1 << 16; length <= 1 << 22; length *= 2) {
        const QString before = paragraph(length, quint32(length));
        const QString raw = QStringLiteral("Titel\nDavor.\n") + before + QStringLiteral("\nDanach.\nOZD / ©dpa\n");
        const ArticleText text(Test::articleFromText(raw));
        const int start = int(text.text().indexOf(before));
        const Annotation a = Annotation::create(text, start, start + int(before.size()));
        QString after = before;
        QRandomGenerator random(7);
        for (int e = 0; e < edits; ++e)
            after[random.bounded(int(after.size()))] = u'#';
        const ArticleText edited(Test::articleFromText(Test::replacedOnce(
            QStringLiteral("Titel\nNeu.\nDavor.\n") + before + QStringLiteral("\nDanach.\nOZD / ©dpa\n"), before,
            after)));
        QElapsedTimer timer;
        timer.start();
        const AnchorResult r = Anchoring::find(edited, a);
        const qint64 ms = timer.elapsed();
        std::printf("%10d %8d %10s %10lld\n", int(before.size()), edits, qPrintable(anchorStatusName(r.status)), ms);
    }
    return 0;
}
