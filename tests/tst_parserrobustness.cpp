// Feeds the parser random, truncated and mutated input; it must neither crash nor hang nor lose a line.
// Run it under the asan preset to catch memory errors the plain build would not show.
#include "article/ozdparser.h"
#include "article/textdecoder.h"
#include "support/losslesscheck.h"
#include "support/testpaths.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
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
        if (!result.ok()) {
            QVERIFY(!result.error.isEmpty());
            QVERIFY2(!result.error.contains(QLatin1Char('\n')), "errors are one line");
            ++rejected;
            continue;
        }
        ++parsed;
        const DecodedText decoded = decodeArticleBytes(input);
        const QStringList missing = Test::unrepresentedLines(decoded.text, result.article);
        if (!missing.isEmpty()) {
            QFAIL(qPrintable(QStringLiteral("input %1 (seed %2) lost lines:\n%3")
                                 .arg(i)
                                 .arg(seed)
                                 .arg(missing.join(QLatin1Char('\n')))));
        }
    }
    qInfo("%d inputs: %d parsed, %d rejected with a message", Inputs, parsed, rejected);
    QVERIFY(parsed > Inputs / 4);
    QVERIFY(rejected > 0);
}

void TestParserRobustness::pathologicalInputs_finishQuickly_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("one huge line") << QByteArray(8 * 1024 * 1024, 'a');
    QTest::newRow("many colons") << QByteArray(2 * 1024 * 1024, ':');
    QTest::newRow("many blank lines") << QByteArray("x\n") + QByteArray(4 * 1024 * 1024, '\n');
    QTest::newRow("many questions") << "Biographien und Erkl\xC3\xA4rungen:\n"
            + QByteArray("Wer ist X?\n").repeated(200000);
    QTest::newRow("many headings") << QByteArray("Hintergrund:\nOZD-Kommentar:\n").repeated(100000);
    QTest::newRow("long question-like line")
        << "Biographien und Erkl\xC3\xA4rungen:\nWer ist " + QByteArray(1024 * 1024, ' ') + "?";
    QTest::newRow("crlf storm") << QByteArray("\r\r\n\n").repeated(1000000);
    QTest::newRow("only CR line ends") << QByteArray("Zeile.\r").repeated(2000000);
    QTest::newRow("one LF after many CR") << QByteArray("Zeile.\r").repeated(1000000) + "\n";
}

void TestParserRobustness::pathologicalInputs_finishQuickly()
{
    QFETCH(QByteArray, input);
    QElapsedTimer timer;
    timer.start();
    const ParseResult result = OzdParser::parseBytes(input, QStringLiteral("big.txt"));
    Q_UNUSED(result);
    // Generous enough for the sanitizer build; a quadratic path would take minutes.
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestParserRobustness)
#include "tst_parserrobustness.moc"
