// Writes a corpus of OZD articles for the --dump-json benchmark: the project's samples, reshuffled and varied
// deterministically, so every file is different but every part of the format is exercised.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringConverter>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: randnotiz_gencorpus OUTDIR [COUNT=5000]\n", stderr);
        return 2;
    }
    const QString &outDir = args.at(1);
    const int count = args.size() > 2 ? args.at(2).toInt() : 5000;
    if (!QDir().mkpath(outDir)) {
        std::fputs("randnotiz_gencorpus: cannot create the output folder\n", stderr);
        return 1;
    }

    // Templates: the samples as decoded text, split into lines.
    QList<QStringList> templates;
    QDir samples(QStringLiteral(RANDNOTIZ_SAMPLES_DIR));
    for (const QString &name : samples.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name)) {
        QFile file(samples.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray bytes = file.readAll();
        QStringDecoder utf8(QStringConverter::Utf8);
        QString text = utf8(bytes);
        if (utf8.hasError())
            text = QStringDecoder("windows-1252")(bytes);
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        templates.append(text.split(QLatin1Char('\n')));
    }
    if (templates.isEmpty())
        return 1;

    const QStringList words
        = { QStringLiteral("Regierung"),  QStringLiteral("Verhandlungen"), QStringLiteral("Bürger"),
            QStringLiteral("Sicherheit"), QStringLiteral("Wirtschaft"),    QStringLiteral("Straße"),
            QStringLiteral("Gemeinde"),   QStringLiteral("Entscheidung"),  QStringLiteral("Zukunft") };
    QRandomGenerator rng(5000);
    for (int i = 0; i < count; ++i) {
        QStringList lines = templates.at(i % templates.size());
        // Vary the long lines a little so no two files are the same.
        for (QString &line : lines) {
            if (line.size() > 120 && rng.bounded(3) == 0)
                line += QStringLiteral(" Die %1 der %2 bleibt offen.")
                            .arg(words[int(rng.bounded(words.size()))], words[int(rng.bounded(words.size()))]);
        }
        QFile out(QDir(outDir).filePath(QStringLiteral("artikel-%1.txt").arg(i, 5, 10, QLatin1Char('0'))));
        if (!out.open(QIODevice::WriteOnly)) {
            std::fputs("randnotiz_gencorpus: cannot write a file\n", stderr);
            return 1;
        }
        out.write(lines.join(QLatin1Char('\n')).toUtf8());
    }
    return 0;
}
