// Helper for the concurrency test of the team store: adds COUNT notes to the sample article, one call each.
// Usage: teamwriter URL COUNT. Exit code 0 when every note was stored.
#include "article/articletext.h"
#include "notes/postgres/postgresstore.h"
#include "support/notestestdata.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        std::fputs("usage: teamwriter URL COUNT\n", stderr);
        return 2;
    }
    QString error;
    const auto url = Randnotiz::TeamStoreUrl::parse(arguments.at(1), &error);
    if (!url) {
        std::fprintf(stderr, "teamwriter: %s\n", qPrintable(error));
        return 2;
    }
    Randnotiz::PostgresStore store;
    const Randnotiz::ArticleText text(Randnotiz::Test::articleFromText(Randnotiz::Test::klimaText()));
    if (!store.open(*url) || !store.recordArticle(text, {}, QStringLiteral("Klima")).isValid()) {
        std::fprintf(stderr, "teamwriter: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    const qint64 articleId = store.articleByFingerprint(text.fingerprint()).id;
    const int count = arguments.at(2).toInt();
    for (int i = 0; i < count; ++i) {
        Randnotiz::Annotation a = Randnotiz::Annotation::create(text, 10, 20);
        a.articleId = articleId;
        a.note = QStringLiteral("note %1 of process %2").arg(i).arg(QCoreApplication::applicationPid());
        if (!store.addAnnotation(a)) {
            std::fprintf(stderr, "teamwriter: note %d: %s\n", i, qPrintable(store.errorString()));
            return 1;
        }
    }
    return 0;
}
