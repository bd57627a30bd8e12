#include "article/ozdparser.h"
#include "article/textdecoder.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;

class TestTextDecoder final : public QObject
{
    Q_OBJECT

private slots:
    void decode_detectsEncoding_data();
    void decode_detectsEncoding();
    void decode_rejectsBadInput_data();
    void decode_rejectsBadInput();
    void parseFile_reportsUnreadablePaths();
    void parseFile_refusesFilesOver20MB();
};

namespace {
const QString sample = QStringLiteral("Überschrift „mit“ Grüßen – 5 €\nZweite Zeile.\n");

QByteArray encoded(QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder(sample);
}
} // namespace

void TestTextDecoder::decode_detectsEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("utf-8") << encoded(QStringConverter::Utf8, false) << "UTF-8";
    QTest::newRow("utf-8 bom") << encoded(QStringConverter::Utf8, true) << "UTF-8-BOM";
    QTest::newRow("utf-16le") << encoded(QStringConverter::Utf16LE, true) << "UTF-16LE";
    QTest::newRow("utf-16be") << encoded(QStringConverter::Utf16BE, true) << "UTF-16BE";
    // Windows-1252 bytes of the same text: Ü=DC „=84 “=93 ü=FC ß=DF –=96 €=80
    const QByteArray cp1252("\xDC"
                            "berschrift \x84"
                            "mit\x93 Gr\xFC\xDF"
                            "en \x96 5 \x80\nZweite Zeile.\n");
    QTest::newRow("windows-1252") << cp1252 << "windows-1252";
}

void TestTextDecoder::decode_detectsEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const DecodedText decoded = decodeArticleBytes(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, sample);
}

void TestTextDecoder::decode_rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    // The whole one-line message, as the window and --dump-json show it.
    const QString empty = QStringLiteral("the file is empty");
    const QString binary = QStringLiteral("the file is binary data, not a text article");
    const QString invalid = QStringLiteral("the file claims to be UTF-8 but contains invalid byte sequences");
    QTest::newRow("empty") << QByteArray() << empty;
    QTest::newRow("only whitespace") << QByteArray(" \n\r\n\t \n") << empty;
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << empty;
    QTest::newRow("nul bytes") << QByteArray("Text\0mit\0Nullen", 15) << binary;
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 200; ++i)
        png.append(char(i % 32));
    QTest::newRow("control characters") << png << binary;
    QByteArray elf("\x7f"
                   "ELF\x02\x01\x01",
                   7);
    elf.append(QByteArray(64, '\x01'));
    QTest::newRow("elf header") << elf << binary;
    QTest::newRow("utf-16 without bom") << QByteArray("T\0e\0x\0t\0", 8) << binary;
    QTest::newRow("broken utf-8 after bom") << QByteArray("\xEF\xBB\xBFgut \xC3(") << invalid;
}

void TestTextDecoder::decode_rejectsBadInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const DecodedText decoded = decodeArticleBytes(bytes);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error, error);
}

void TestTextDecoder::parseFile_reportsUnreadablePaths()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ParseResult missing = OzdParser::parseFile(dir.filePath(QStringLiteral("nope.txt")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error, QStringLiteral("no such file"));

    ParseResult folder = OzdParser::parseFile(dir.path());
    QVERIFY(!folder.ok());
    QVERIFY(folder.error.contains(QStringLiteral("folder")));

    const QString locked = dir.filePath(QStringLiteral("locked.txt"));
    QFile file(locked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Text.\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::Permissions()));
    if (QFile(locked).open(QIODevice::ReadOnly)) {
        // root reads everything; a missing permission cannot be shown then, but the file must parse.
        QVERIFY(OzdParser::parseFile(locked).ok());
    } else {
        const ParseResult result = OzdParser::parseFile(locked);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(QStringLiteral("cannot read the file")), qPrintable(result.error));
    }
}

void TestTextDecoder::parseFile_refusesFilesOver20MB()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(OzdParser::MaxFileBytes + 1));
    file.close();
    const ParseResult result = OzdParser::parseFile(path);
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QStringLiteral("20 MB")));
    QVERIFY(!OzdParser::parseBytes(QByteArray(OzdParser::MaxFileBytes + 1, 'a'), path).ok());
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
