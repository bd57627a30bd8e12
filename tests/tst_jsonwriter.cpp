// JsonWriter: the strings of --dump-json and the library commands are a public contract down to the byte. The
// writer encodes and escapes in one pass, eight or four characters at a time where it can; it must write exactly what
// encoding with QString::toUtf8() and then escaping the bytes writes, for every character at every offset.
#include "cli/jsonwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Randnotiz;

class TestJsonWriter final : public QObject
{
    Q_OBJECT

private slots:
    void strings_matchEncodeThenEscape_data();
    void strings_matchEncodeThenEscape();
    void everyCharacterAtEveryOffset_matchesEncodeThenEscape();
    void randomStrings_matchEncodeThenEscape();
    void longStrings_matchEncodeThenEscapeAcrossChunks();
    void validText_readsBackAsJson();
    void clear_startsANewLine();
};

namespace {

// The form --dump-json has always printed: UTF-8 as toUtf8() makes it (a lone surrogate becomes '?'), then
// '"' and '\' escaped, the control characters as \n \r \t \b \f or \u00XX.
QByteArray expectedString(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += "\\u00" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    return out + '"';
}

QByteArray written(const QString &text)
{
    JsonWriter w;
    w.value(text);
    return w.data();
}

QString fromUnits(std::initializer_list<char16_t> units)
{
    return QString(reinterpret_cast<const QChar *>(std::data(units)), qsizetype(units.size()));
}

} // namespace

void TestJsonWriter::strings_matchEncodeThenEscape_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << QStringLiteral("Die Delegierten aus fast 190 Staaten einigten sich.");
    QTest::newRow("quotes and backslashes") << QStringLiteral("Er sagte \"Nein\" \\ und \"\"\\\\ ging.");
    QTest::newRow("controls") << QStringLiteral("a\nb\rc\td\be\ff\x01g\x1fh\x7f");
    QTest::newRow("umlauts") << QStringLiteral("Ökonomen schätzen Größe und Maß");
    QTest::newRow("three bytes") << QStringLiteral("„Ergebnis“ – € … ‹›\u202F\uFFFF\uFFFD");
    QTest::newRow("edges of the ranges") << fromUnits({ 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF });
    QTest::newRow("surrogate pair") << QStringLiteral("Emoji 😀 und 𝄞 Noten");
    QTest::newRow("lone high at the end") << fromUnits({ 'a', 'b', 'c', 0xD83D });
    QTest::newRow("lone high before text") << fromUnits({ 0xD83D, 'a', 'b', 'c', 'd' });
    QTest::newRow("lone low") << fromUnits({ 'a', 0xDE00, 'b', 'c', 'd', 'e' });
    QTest::newRow("two highs, then a low") << fromUnits({ 0xD83D, 0xD83D, 0xDE00, 'x' });
    QTest::newRow("high at a block's end") << fromUnits({ 'a', 'b', 'c', 0xD834, 0xDD1E, 'd', 'e', 'f' });
}

void TestJsonWriter::strings_matchEncodeThenEscape()
{
    QFETCH(QString, text);
    QCOMPARE(written(text), expectedString(text));
}

// Each character that is not plain ASCII, and each plain one JSON escapes, alone in a run of plain ones, at each
// offset of a block of eight and of the block of four after it, in a string of every length up to seventeen.
void TestJsonWriter::everyCharacterAtEveryOffset_matchesEncodeThenEscape()
{
    QList<char16_t> special;
    for (char16_t c = 0; c < 0x20; ++c)
        special.append(c);
    special << u'"' << u'\\' << 0x7F << 0x80 << 0xA0 << 0xFF << 0x100 << 0x7FF << 0x800 << 0x2028 << 0x8000 << 0x807F
            << 0x8080 << 0xD800 << 0xDBFF << 0xDC00 << 0xDFFF << 0xFEFF << 0xFFFE << 0xFFFF;
    for (const char16_t c : std::as_const(special)) {
        for (int length = 1; length <= 17; ++length) {
            for (int at = 0; at < length; ++at) {
                QString text(length, QLatin1Char('x'));
                text[at] = QChar(c);
                QVERIFY2(
                    written(text) == expectedString(text),
                    qPrintable(
                        QStringLiteral("U+%1 at %2 of %3").arg(int(c), 4, 16, QLatin1Char('0')).arg(at).arg(length)));
            }
        }
    }
}

void TestJsonWriter::randomStrings_matchEncodeThenEscape()
{
    // Mostly plain text, with the characters that leave the fast path mixed in, surrogates paired or not.
    const char16_t alphabet[] = { 'a',  'Z',  ' ',  '.',  '"',    '\\',   '\n',   '\t',   0x01,
                                  0x1F, 0x7F, 0xE4, 0xDF, 0x20AC, 0x201E, 0xD83D, 0xDE00, 0xFFFF };
    QRandomGenerator random(20261201);
    for (int round = 0; round < 20000; ++round) {
        QString text;
        const int length = int(random.bounded(40));
        for (int i = 0; i < length; ++i) {
            const bool plain = random.bounded(4) != 0;
            text += QChar(plain ? char16_t(0x20 + random.bounded(0x5F))
                                : alphabet[random.bounded(int(std::size(alphabet)))]);
        }
        QVERIFY2(written(text) == expectedString(text), qPrintable(QStringLiteral("round %1").arg(round)));
    }
}

// A long text is written a chunk of 16,384 units at a time: what stands at a chunk's edge, a surrogate pair that
// straddles it included, comes out as anywhere else.
void TestJsonWriter::longStrings_matchEncodeThenEscapeAcrossChunks()
{
    constexpr int Chunk = 16 * 1024;
    const QString plain(3 * Chunk + 7, QLatin1Char('a'));
    QCOMPARE(written(plain), expectedString(plain));
    const QString pair = QStringLiteral("😀");
    for (const int at : { Chunk - 2, Chunk - 1, Chunk, 2 * Chunk - 1, 3 * Chunk }) {
        QString text = plain;
        text.replace(at, 2, pair);
        QVERIFY2(written(text) == expectedString(text), qPrintable(QStringLiteral("pair at %1").arg(at)));
        text = plain;
        text[at] = QLatin1Char('\n');
        text[at + 1] = QChar(0xD800); // a lone high surrogate
        QVERIFY2(written(text) == expectedString(text), qPrintable(QStringLiteral("escape at %1").arg(at)));
    }
    // Nothing but escapes: six bytes for each unit, over several chunks.
    const QString controls(2 * Chunk + 3, QChar(0x01));
    QCOMPARE(written(controls), expectedString(controls));
}

void TestJsonWriter::validText_readsBackAsJson()
{
    const QString text = QStringLiteral("„Zitat“ mit \"Anführung\", \\ und 😀\n\x01 Ende");
    JsonWriter w;
    w.beginObject().key(QLatin1StringView("text")).value(text).endObject();
    const QJsonDocument doc = QJsonDocument::fromJson(w.data());
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().value(QStringLiteral("text")).toString(), text);
}

void TestJsonWriter::clear_startsANewLine()
{
    JsonWriter w;
    w.beginObject().key(QLatin1StringView("a")).value(qint64(1)).endObject();
    QCOMPARE(w.line(), QByteArray("{\"a\":1}\n"));
    w.clear();
    w.beginObject().key(QLatin1StringView("b")).value(QStringLiteral("x")).key(QLatin1StringView("c")).null();
    w.endObject();
    QCOMPARE(w.line(), QByteArray("{\"b\":\"x\",\"c\":null}\n"));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
