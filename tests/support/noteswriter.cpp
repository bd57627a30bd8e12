// Test helper: adds annotations to the store in DATA_DIR in a loop and prints "ack ID" after each commit,
// so that a test can kill it at any moment and then check every acknowledged annotation.
// Usage: noteswriter DATA_DIR COUNT NAME   (COUNT -1: until killed)
// With NOTESWRITER_START_AT (milliseconds since the epoch) set, it waits until then before opening, so that
// two writers open the store at the same moment.
#include "notes/annotationstore.h"
#include "support/notestestdata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

#include <cstdio>

using namespace Randnotiz;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: noteswriter DATA_DIR COUNT NAME\n", stderr);
        return 2;
    }
    const int count = args.at(2).toInt();
    const qint64 startAt = qgetenv("NOTESWRITER_START_AT").toLongLong();
    while (QDateTime::currentMSecsSinceEpoch() < startAt)
        QThread::usleep(200);
    AnnotationStore store;
    if (!store.open(args.at(1))) {
        std::fprintf(stderr, "open: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    const ArticleText text(Test::articleFromText(Test::syntheticArticle(7, 5)));
    const StoredArticle article
        = store.recordArticle(text, QStringLiteral("/nonexistent/writer.txt"), QStringLiteral("Writer"));
    if (!article.isValid()) {
        std::fprintf(stderr, "article: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    for (int i = 0; count < 0 || i < count; ++i) {
        const int start = (i * 7) % int(text.text().size() - 20);
        Annotation a = Annotation::create(text, start, start + 12);
        a.articleId = article.id;
        a.note = args.at(3) + QStringLiteral(" note ") + QString::number(i);
        a.tags = { args.at(3) };
        if (!store.addAnnotation(a)) {
            std::fprintf(stderr, "add %d: %s\n", i, qPrintable(store.errorString()));
            return 1;
        }
        std::printf("ack %s\n", qPrintable(a.id.toString(QUuid::WithoutBraces)));
        std::fflush(stdout);
    }
    return 0;
}
