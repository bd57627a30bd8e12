// Feeds the parser random, truncated and mutated input; it must neither crash nor hang nor lose a line, and what it
// gives back must agree with the input: refused exactly when the decoder refuses, every heading's part present,
// warnings inside the file and in order.
// Run it under the asan preset to catch memory errors the plain build would not show.
#include "article/ozdparser.h"
#include "article/textdecoder.h"
#include "support/losslesscheck.h"
#include "support/testpaths.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Randnotiz;

class TestParserRobustness final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomAndMutatedInputs_neverCrashAndLoseNothing();
    void pathologicalInputs_finishQuickly_data();
    void pathologicalInputs_finishQuickly();

private:
    QList<QByteArray> m_corpus;
};

namespace {

const QByteArray fragments[] = { "OZD-Kommentar:",
                                 "OZD-Prognose:",
                                 "Biographien und Erkl\xC3\xA4rungen:",
                                 "Hinweise:",
                                 "Foto: ",
                                 "Wikipedia-Seite: ",
                                 "Wer ist ",
                                 "Was ist ",
                                 "?",
                                 ":",
                                 "OZD / \xC2\xA9",
                                 "https://de.wikipedia.org/wiki/",
                                 "\r\n",
                                 "\n",
                                 "\r",
                                 "\t",
                                 "\xC2\xA0",
                                 "\xEF\xBB\xBF",
                                 "\xFF\xFE",
                                 "\xFE\xFF",
                                 "\xE2\x80\x9E",
                                 "\x80",
                                 "\xC3",
                                 "%",
                                 "%2F",
                                 "<script>",
                                 "\0",
                                 " und ",
                                 ",",
                                 "/" };

QByteArray mutate(QByteArray bytes, QRandomGenerator &rng)
{
    const int operations = int(rng.bounded(1, 12));
    for (int op = 0; op < operations; ++op) {
        const qsizetype pos = bytes.isEmpty() ? 0 : qsizetype(rng.bounded(quint32(bytes.size())));
        switch (rng.bounded(6)) {
        case 0: // flip a byte
            if (!bytes.isEmpty())
                bytes[pos] = char(rng.bounded(256));
            break;
        case 1: // insert a fragment of the format
            bytes.insert(pos, fragments[rng.bounded(int(std::size(fragments)))]);
            break;
        case 2: // delete a run
            bytes.remove(pos, qsizetype(rng.bounded(1, 200)));
            break;
        case 3: // duplicate a run
            bytes.insert(pos, bytes.mid(pos, qsizetype(rng.bounded(1, 400))));
            break;
        case 4: // truncate
            bytes.truncate(pos);
            break;
        case 5: // swap two halves
            bytes = bytes.mid(pos) + bytes.left(pos);
            break;
        }
    }
    return bytes;
}

QByteArray randomBytes(QRandomGenerator &rng, bool textLike)
{
    QByteArray bytes(qsizetype(rng.bounded(0, 2000)), Qt::Uninitialized);
    for (char &c : bytes)
        c = textLike ? "abc OZD:?/\n\r\t.W\xC3\xA4"[rng.bounded(18)] : char(rng.bounded(256));
    return bytes;
}

QString cleaned(QStringView raw)
{
    QString line = raw.toString();
    for (QChar &c : line) {
        const char16_t u = c.unicode();
        if (u == u'\t' || u == u'\v' || u == u'\f' || u == 0xA0 || u == 0x202F || u == 0x2007)
            c = QLatin1Char(' ');
    }
    return line.trimmed();
}

QRegularExpression headingPattern(const char *pattern)
{
    return QRegularExpression(QLatin1String(pattern),
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::UseUnicodePropertiesOption);
}

// What FORMAT.md promises about the parts, checked line by line against the article: a part's heading or credit
// in the input means the article has that part. Returns what does not hold, empty when all of it does.
QStringList structureProblems(const QString &text, const Article &a)
{
    static const QRegularExpression lineEnd(QStringLiteral("\r\n|\r|\n"));
    static const QRegularExpression commentary = headingPattern("^OZD\\s*-\\s*Kommentar\\s*:");
    static const QRegularExpression forecast = headingPattern("^OZD\\s*-\\s*Prognose\\s*:");
    static const QRegularExpression notes = headingPattern("^Hinweise?\\s*:$");
    static const QRegularExpression explanations
        = headingPattern("^Biogra(?:ph|f)ien?\\s+(?:und|&)\\s+Erkl(?:ä|ae)rungen?\\s*:$");
    static const QRegularExpression source = headingPattern("^OZD\\s*/\\s*\\S");
    static const QRegularExpression photo = headingPattern("^Fotos?\\s*:");
    QStringList problems;
    const QStringList lines = text.split(lineEnd);
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = cleaned(lines[i]);
        if (line.isEmpty())
            continue;
        const auto problem = [&](const char *what) {
            problems << QStringLiteral("%1: %2: %3").arg(i + 1).arg(QLatin1String(what), line);
        };
        if (commentary.match(line).hasMatch() && !a.commentary())
            problem("commentary heading without a commentary");
        else if (forecast.match(line).hasMatch() && !a.forecast())
            problem("forecast heading without a forecast");
        else if (notes.match(line).hasMatch() && !a.notes())
            problem("notes heading without notes");
        else if (line.size() <= 160 && source.match(line).hasMatch() && !a.source())
            problem("source credit not taken");
        else if (photo.match(line).hasMatch() && !a.photo())
            problem("photo credit not taken");
        else if (explanations.match(line).hasMatch() && a.explanations().isEmpty()) {
            // No entries: the text under the heading became a section of that name, or a warning says so.
            const bool section = std::any_of(a.extraSections().begin(), a.extraSections().end(),
                                             [&](const Section &s) { return line.startsWith(s.heading); });
            const bool warned = std::any_of(a.warnings().begin(), a.warnings().end(), [](const ParseWarning &w) {
                return w.message == QLatin1String("explanations heading without entries");
            });
            if (!section && !warned)
                problem("explanations heading lost without a word");
        }
    }
    // Warnings point into the file, come in line order and say something; without a translator installed the
    // window's text is the English one.
    for (qsizetype i = 0; i < a.warnings().size(); ++i) {
        const ParseWarning &w = a.warnings()[i];
        if (w.line < 1 || w.line > lines.size())
            problems << QStringLiteral("warning outside the file: %1: %2").arg(w.line).arg(w.message);
        if (i > 0 && w.line < a.warnings()[i - 1].line)
            problems << QStringLiteral("warnings out of order at line %1").arg(w.line);
        if (w.message.isEmpty() || w.translated != w.message)
            problems << QStringLiteral("warning without text at line %1").arg(w.line);
    }
    return problems;
}

// The one-line reasons the parser gives for refusing bytes, all of them.
const QStringList refusals { QStringLiteral("the file is larger than 20 MB"), QStringLiteral("the file is empty"),
                             QStringLiteral("the file is binary data, not a text article"),
                             QStringLiteral("the file claims to be UTF-8 but contains invalid byte sequences") };

} // namespace

void TestParserRobustness::initTestCase()
{
    m_corpus << Test::readAll(Test::seedPath());
    for (const QString &file : Test::sampleFiles())
        m_corpus << Test::readAll(file);
    QVERIFY(m_corpus.size() >= 4);
}

void TestParserRobustness::randomAndMutatedInputs_neverCrashAndLoseNothing()
{
    const quint32 seed = qEnvironmentVariableIsSet("RANDNOTIZ_FUZZ_SEED")
        ? quint32(qEnvironmentVariableIntValue("RANDNOTIZ_FUZZ_SEED"))
        : 0x0D2A2026u;
    QRandomGenerator rng(seed);
    constexpr int Inputs = 12000;
    int parsed = 0;
    int rejected = 0;
    int withParts = 0; // so that the checks above had something to check
    int withWarnings = 0;
    for (int i = 0; i < Inputs; ++i) {
        QByteArray input;
        switch (i % 4) {
        case 0:
            input = randomBytes(rng, false);
            break;
        case 1:
            input = randomBytes(rng, true);
            break;
        case 2: { // truncated real article
            const QByteArray &base = m_corpus[i % m_corpus.size()];
            input = base.left(qsizetype(rng.bounded(quint32(base.size() + 1))));
            break;
        }
        default:
            input = mutate(m_corpus[i % m_corpus.size()], rng);
            break;
        }
        const ParseResult result = OzdParser::parseBytes(input, QStringLiteral("fuzz.txt"));
        const DecodedText decoded = decodeArticleBytes(input);
        // The parser refuses exactly what the decoder refuses, with the decoder's reason and nothing parsed.
        if (result.error != decoded.error)
            QFAIL(qPrintable(QStringLiteral("input %1 (seed %2): parser says \"%3\", decoder \"%4\"")
                                 .arg(i)
                                 .arg(seed)
                                 .arg(result.error, decoded.error)));
        if (!result.ok()) {
            QVERIFY2(refusals.contains(result.error), qPrintable(result.error));
            QVERIFY(result.article == Article());
            ++rejected;
            continue;
        }
        ++parsed;
        QStringList problems = Test::unrepresentedLines(decoded.text, result.article);
        problems += structureProblems(decoded.text, result.article);
        if (!problems.isEmpty()) {
            QFAIL(qPrintable(
                QStringLiteral("input %1 (seed %2):\n%3").arg(i).arg(seed).arg(problems.join(QLatin1Char('\n')))));
        }
        withParts
            += result.article.commentary() || result.article.forecast() || !result.article.explanations().isEmpty();
        withWarnings += !result.article.warnings().isEmpty();
    }
    qInfo("%d inputs: %d parsed (%d with parts, %d with warnings), %d rejected with a message", Inputs, parsed,
          withParts, withWarnings, rejected);
    QVERIFY(parsed > Inputs / 4);
    QVERIFY(rejected > 0);
    QVERIFY(withParts > Inputs / 8);
    QVERIFY(withWarnings > Inputs / 20);
}

void TestParserRobustness::pathologicalInputs_finishQuickly_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("body");
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("sections");
    QTest::addColumn<int>("warnings");
    QTest::newRow("one huge line") << QByteArray(8 * 1024 * 1024, 'a') << QString() << 1 << 0 << 0 << 0;
    QTest::newRow("many colons") << QByteArray(2 * 1024 * 1024, ':') << QString() << 1 << 0 << 0 << 0;
    QTest::newRow("many blank lines") << QByteArray("x\n") + QByteArray(4 * 1024 * 1024, '\n') << QString() << 1 << 0
                                      << 0 << 0;
    // Every entry lacks its text, and each says so.
    QTest::newRow("many questions") << "Biographien und Erkl\xC3\xA4rungen:\n"
            + QByteArray("Wer ist X?\n").repeated(200000)
                                    << QString() << 0 << 200000 << 0 << 200000;
    // 100,000 empty sections; 99,999 second commentary headings and one commentary without a title.
    QTest::newRow("many headings") << QByteArray("Hintergrund:\nOZD-Kommentar:\n").repeated(100000) << QString() << 0
                                   << 0 << 100000 << 100000;
    // Too long for a question: kept as text before the first entry, in a section named after the heading.
    QTest::newRow("long question-like line")
        << "Biographien und Erkl\xC3\xA4rungen:\nWer ist " + QByteArray(1024 * 1024, ' ') + "?" << QString() << 0 << 0
        << 1 << 1;
    QTest::newRow("crlf storm") << QByteArray("\r\r\n\n").repeated(1000000) << QStringLiteral("the file is empty") << 0
                                << 0 << 0 << 0;
    QTest::newRow("only CR line ends") << QByteArray("Zeile.\r").repeated(2000000) << QString() << 2000000 << 0 << 0
                                       << 0;
    QTest::newRow("one LF after many CR") << QByteArray("Zeile.\r").repeated(1000000) + "\n"
                                          << QString() << 1000000 << 0 << 0 << 0;
}

void TestParserRobustness::pathologicalInputs_finishQuickly()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    QFETCH(int, body);
    QFETCH(int, entries);
    QFETCH(int, sections);
    QFETCH(int, warnings);
    QElapsedTimer timer;
    timer.start();
    const ParseResult result = OzdParser::parseBytes(input, QStringLiteral("big.txt"));
    const qint64 elapsed = timer.elapsed();
    // Generous enough for the sanitizer build; a quadratic path would take minutes.
    QVERIFY2(elapsed < 20000, qPrintable(QString::number(elapsed)));

    QCOMPARE(result.error, error);
    const Article &a = result.article;
    QCOMPARE(a.body().size(), body);
    QCOMPARE(a.explanations().size(), entries);
    QCOMPARE(a.extraSections().size(), sections);
    QCOMPARE(a.warnings().size(), warnings);
    if (!result.ok())
        return;
    const QString text = decodeArticleBytes(input).text;
    QStringList problems = structureProblems(text, a);
    if (sections < 1000) {
        problems += Test::unrepresentedLines(text, a);
    } else {
        // unrepresentedLines searches the whole article for each heading line, quadratic here; every line of
        // this input is a heading, so it is enough that each became its part and none took text.
        for (const Section &s : a.extraSections())
            QCOMPARE(s, (Section { QStringLiteral("Hintergrund"), {} }));
        QCOMPARE(a.commentary(), std::optional<Commentary>(Commentary {}));
    }
    problems = problems.mid(0, 10);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestParserRobustness)
#include "tst_parserrobustness.moc"
