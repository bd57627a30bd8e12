// Figures of the team store on its own PostgreSQL 15 server (see the README's Team store section):
//   live:   a shared note added by one member until another member's store announces it (median, max)
//   search: PostgresStore::search over 100,000 notes of two members, 40% shared (median, max)
// Usage: bench_teamstore [NOTES]   (default 100000)
#include "article/articletext.h"
#include "notes/postgres/postgresstore.h"
#include "support/notestestdata.h"
#include "support/pgserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>

#include <algorithm>
#include <cstdio>

using namespace Randnotiz;

namespace {

struct Figures
{
    double median = 0;
    double max = 0;
};

Figures figures(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return { ms.at(ms.size() / 2), ms.last() };
}

bool openStore(PostgresStore &store, const Test::PgServer &server, const QString &role, const ArticleText &text)
{
    const auto url = TeamStoreUrl::parse(server.url(role, QStringLiteral("team")), nullptr);
    return url && store.open(*url) && store.recordArticle(text, {}, QStringLiteral("Klima")).isValid();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int notes = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 100000;
    Test::PgServer server;
    QString error;
    if (!server.start()
        || !server.execAsSuperuser({ QStringLiteral("CREATE ROLE alice LOGIN"), QStringLiteral("CREATE ROLE bob LOGIN"),
                                     QStringLiteral("CREATE DATABASE team") },
                                   QStringLiteral("postgres"))) {
        std::fprintf(stderr, "bench_teamstore: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    {
        QSqlDatabase admin
            = server.connect(QStringLiteral("admin"), QStringLiteral("postgres"), QStringLiteral("team"));
        if (!TeamSchema::migrate(admin, &error)) {
            std::fprintf(stderr, "bench_teamstore: %s\n", qPrintable(error));
            return 1;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    server.execAsSuperuser({ QStringLiteral("GRANT randnotiz_team TO alice, bob") }, QStringLiteral("team"));

    const ArticleText text(Test::articleFromText(Test::klimaText()));
    PostgresStore alice;
    PostgresStore bob;
    if (!openStore(alice, server, QStringLiteral("alice"), text)
        || !openStore(bob, server, QStringLiteral("bob"), text)) {
        std::fprintf(stderr, "bench_teamstore: %s %s\n", qPrintable(alice.errorString()),
                     qPrintable(bob.errorString()));
        return 1;
    }
    const qint64 articleId = alice.articleByFingerprint(text.fingerprint()).id;

    // Live: one shared note at a time, timed until Bob's store has fetched it and said so.
    QList<double> live;
    QSignalSpy bobHears(&bob, &PostgresStore::annotationsChanged);
    for (int i = 0; i < 200; ++i) {
        Annotation a = Annotation::create(text, 10, 20);
        a.articleId = articleId;
        a.note = QStringLiteral("live %1").arg(i);
        a.shared = true;
        bobHears.clear();
        QElapsedTimer timer;
        timer.start();
        if (!alice.addAnnotation(a))
            return 1;
        while (!std::any_of(bobHears.cbegin(), bobHears.cend(),
                            [&a](const QList<QVariant> &s) { return s.at(1).value<QList<QUuid>>().contains(a.id); })) {
            if (!bobHears.wait(5000)) {
                std::fprintf(stderr, "bench_teamstore: note %d never arrived\n", i);
                return 1;
            }
        }
        live.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const Figures liveFigures = figures(live);
    std::printf("live: 200 notes, median %.2f ms, max %.2f ms\n", liveFigures.median, liveFigures.max);

    // Import: 10,000 notes in one saveAnnotations() call, as --import-notes does it.
    QList<Annotation> batch;
    for (int i = 0; i < 10000; ++i) {
        Annotation a = Annotation::create(text, 10, 20);
        a.articleId = articleId;
        a.note = QStringLiteral("import %1").arg(i);
        batch.append(a);
    }
    QElapsedTimer import;
    import.start();
    if (!alice.saveAnnotations(batch)) {
        std::fprintf(stderr, "bench_teamstore: %s\n", qPrintable(alice.errorString()));
        return 1;
    }
    std::printf("import: 10000 notes in %.2f s\n", double(import.elapsed()) / 1000);

    // Search: NOTES notes written in one statement, half Alice's, 40% shared, from 50 German words.
    QElapsedTimer fill;
    fill.start();
    server.execAsSuperuser(
        { QStringLiteral(
              "INSERT INTO notes (id, article, author, shared, quote, note, tags)"
              " SELECT gen_random_uuid(), (SELECT fingerprint FROM articles LIMIT 1),"
              " CASE WHEN i % 2 = 0 THEN 'alice' ELSE 'bob' END, i % 5 < 2,"
              " (SELECT string_agg(w[1 + ((i * 7919 + k * 104729) % 50)], ' ') FROM generate_series(1, 6) k),"
              " (SELECT string_agg(w[1 + ((i * 31 + k * 7717 + i / 7) % 50)], ' ') FROM generate_series(1, 10) k)"
              " || ' n' || i, ARRAY['tag' || (i % 50)]"
              " FROM generate_series(1, %1) i, (SELECT ARRAY['Ökonomen','warnen','Zölle','Stahl','Märkte','Regierung',"
              "'Bundestag','Klimagipfel','Übergang','Straße','Wähler','Kanzlerin','Energie','Preise','Inflation',"
              "'Gewerkschaft','Streik','Bahn','Flughafen','Außenminister','Gespräche','Waffenruhe','Grenze',"
              "'Flüchtlinge','Haushalt','Schulden','Zinsen','Zentralbank','Börse','Aktien','Wachstum','Prognose',"
              "'Studie','Forscher','Universität','Gericht','Urteil','Klage','Verfassung','Wahl','Partei','Koalition',"
              "'Opposition','Umfrage','Mehrheit','Minderheit','Reform','Rente','Gesundheit','Krankenhaus'] AS w) words")
              .arg(notes),
          QStringLiteral("ANALYZE notes") },
        QStringLiteral("team"));
    std::printf("filled %d notes in %.1f s\n", alice.annotationCount(), double(fill.elapsed()) / 1000);
    const QStringList queries { QStringLiteral("okonomen"),     QStringLiteral("zoll"),
                                QStringLiteral("stra"),         QStringLiteral("okonomen stahl"),
                                QStringLiteral("n99999"),       QStringLiteral("bundestag wahl partei"),
                                QStringLiteral("kein treffer"), QStringLiteral("Außenminister Gespräche") };
    QList<double> search;
    for (int round = 0; round < 25; ++round) {
        for (const QString &query : queries) {
            QElapsedTimer timer;
            timer.start();
            const QList<SearchHit> hits = alice.search(query, 100);
            search.append(double(timer.nsecsElapsed()) / 1e6);
            if (round == 0)
                std::printf("  %-26s %lld hits\n", qPrintable(query), qlonglong(hits.size()));
        }
    }
    const Figures searchFigures = figures(search);
    std::printf("search: %lld queries over %d notes, median %.2f ms, max %.2f ms\n", qlonglong(search.size()), notes,
                searchFigures.median, searchFigures.max);
    return 0;
}
