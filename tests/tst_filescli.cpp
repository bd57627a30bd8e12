// Files that are not articles, through the real binary: every command refuses a FIFO, socket, device or folder at
// once with one line and goes on with the other files; the `=` forms of the notes commands need no display.
#include "cli/commandline.h"
#include "support/testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Randnotiz;

class TestFilesCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void dumpJson_specialFiles_areErrorLinesAndTheOthersGoOn();
    void dumpJson_unreadableSubfolder_isAnErrorLineAndTheScanGoesOn();
    void prefetchOffline_specialFiles_areErrorLinesAndTheOthersGoOn();
    void importNotes_specialNotesOrArticle_isRefusedAtOnce_data();
    void importNotes_specialNotesOrArticle_isRefusedAtOnce();
    void exportNotes_specialArticle_isRefusedAtOnce_data();
    void exportNotes_specialArticle_isRefusedAtOnce();
    void equalsForms_runWithoutADisplay();
    void isHeadless_decidesFromTheParsedOptions_data();
    void isHeadless_decidesFromTheParsedOptions();

private:
    struct Run
    {
        bool finished = false;
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // A command that does not finish within the bound fails the test (and is killed): a blocking open of a FIFO
    // never returns, so this tells a hang from a slow start.
    enum class Display { Offscreen, None };
    Run run(const QStringList &arguments, Display display = Display::Offscreen,
            const std::function<void()> &childSetup = {}) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString article() const { return path(QStringLiteral("klima.txt")); }
    QString dataDir() const { return path(QStringLiteral("data")); }
    // fifo.txt, socket.txt, folder.txt (a folder), device.txt (a link to /dev/null)
    void makeSpecialFiles();

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_socket = -1;
};

namespace {

constexpr int BoundMs = 10000;

const QByteArray notesJson = R"({
  "@context": "http://www.w3.org/ns/anno.jsonld",
  "type": "AnnotationCollection",
  "first": {"type": "AnnotationPage", "items": [
    {"id": "urn:uuid:11111111-2222-4333-8444-555555555501", "type": "Annotation", "motivation": "commenting",
     "created": "2024-05-01T10:00:00Z", "bodyValue": "Das Geld fehlt",
     "target": {"source": "urn:sha256:0000", "selector": {"type": "TextQuoteSelector",
        "exact": "Strittige Fragen zur Finanzierung wurden dagegen erneut vertagt."}}}
  ]}
})";

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    }
    return lines;
}

QString errorOf(const QJsonObject &line)
{
    return line.value(QStringLiteral("error")).toString();
}

} // namespace

void TestFilesCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QFile::copy(Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")), article()));
    QFile notes(path(QStringLiteral("notes.json")));
    QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write(notesJson) == notesJson.size());
}

void TestFilesCli::cleanup()
{
    if (m_socket >= 0)
        ::close(m_socket);
    m_socket = -1;
}

void TestFilesCli::makeSpecialFiles()
{
    QVERIFY(::mkfifo(QFile::encodeName(path(QStringLiteral("fifo.txt"))).constData(), 0600) == 0);
    m_socket = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path(QStringLiteral("socket.txt")));
    QVERIFY(m_socket >= 0 && size_t(name.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    QVERIFY(::bind(m_socket, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0);
    QVERIFY(::listen(m_socket, 1) == 0);
    QVERIFY(QDir().mkpath(path(QStringLiteral("folder.txt"))));
    QVERIFY(QFile::link(QStringLiteral("/dev/null"), path(QStringLiteral("device.txt"))));
}

TestFilesCli::Run TestFilesCli::run(const QStringList &arguments, Display display,
                                    const std::function<void()> &childSetup) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/share")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("home/run")));
    if (display == Display::None) {
        // A window cannot start here: with no platform plugin a QApplication aborts.
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("randnotiz-no-such-platform"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }
    process.setProcessEnvironment(env);
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start(QStringLiteral(RANDNOTIZ_BINARY), arguments);
    Run r;
    r.finished = process.waitForFinished(BoundMs);
    if (!r.finished) {
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit) {
        r.exitCode = process.exitCode();
    }
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

void TestFilesCli::dumpJson_specialFiles_areErrorLinesAndTheOthersGoOn()
{
    makeSpecialFiles();
    QVERIFY(QDir().mkpath(path(QStringLiteral("tree"))));
    QVERIFY(QFile::copy(article(), path(QStringLiteral("tree/b.txt"))));
    QVERIFY(::mkfifo(QFile::encodeName(path(QStringLiteral("tree/a.txt"))).constData(), 0600) == 0);

    const Run r
        = run({ QStringLiteral("--dump-json"), path(QStringLiteral("fifo.txt")), article(),
                path(QStringLiteral("socket.txt")), path(QStringLiteral("device.txt")), path(QStringLiteral("tree")) });
    QVERIFY2(r.finished, "--dump-json did not finish");
    QCOMPARE(r.exitCode, 2);
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(errorOf(lines[0]), QStringLiteral("not a regular file (a named pipe)"));
    QVERIFY(lines[1].contains(QStringLiteral("body")));
    QCOMPARE(errorOf(lines[2]), QStringLiteral("not a regular file (a socket)"));
    QCOMPARE(errorOf(lines[3]), QStringLiteral("not a regular file (a device)"));
    QCOMPARE(lines[4].value(QStringLiteral("file")).toString(), path(QStringLiteral("tree/a.txt")));
    QCOMPARE(errorOf(lines[4]), QStringLiteral("not a regular file (a named pipe)"));
    QVERIFY(lines[5].contains(QStringLiteral("body")));
    // One line on stderr for each refused file.
    QCOMPARE(r.err.count("not a regular file"), 4);
    QCOMPARE(r.err.count('\n'), 4);
}

void TestFilesCli::dumpJson_unreadableSubfolder_isAnErrorLineAndTheScanGoesOn()
{
    QVERIFY(QDir().mkpath(path(QStringLiteral("tree/locked"))));
    QVERIFY(QFile::copy(article(), path(QStringLiteral("tree/a.txt"))));
    QVERIFY(QFile::copy(article(), path(QStringLiteral("tree/locked/secret.txt"))));
    QVERIFY(QFile::copy(article(), path(QStringLiteral("tree/z.txt"))));
    QVERIFY(QFile::setPermissions(path(QStringLiteral("tree/locked")), QFileDevice::Permissions()));
    // The tests run as root, who reads a folder of mode 000. The command runs without the two capabilities that
    // allow it, as any user would: dropped from the bounding set, they are gone after exec().
    const Run r = run({ QStringLiteral("--dump-json"), path(QStringLiteral("tree")) }, Display::Offscreen, [] {
        if (::geteuid() == 0
            && (::prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0) != 0
                || ::prctl(PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0) != 0))
            ::_exit(99);
    });
    QFile::setPermissions(path(QStringLiteral("tree/locked")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY2(r.finished, "--dump-json did not finish");
    QVERIFY2(r.exitCode != 99, "could not drop the capabilities for the command");
    QCOMPARE(r.exitCode, 2);
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].contains(QStringLiteral("body")));
    QCOMPARE(lines[1].value(QStringLiteral("file")).toString(), path(QStringLiteral("tree/locked")));
    QCOMPARE(errorOf(lines[1]), QStringLiteral("cannot read the folder: Permission denied"));
    QCOMPARE(lines[2].value(QStringLiteral("file")).toString(), path(QStringLiteral("tree/z.txt")));
    QVERIFY(lines[2].contains(QStringLiteral("body")));
}

void TestFilesCli::prefetchOffline_specialFiles_areErrorLinesAndTheOthersGoOn()
{
    makeSpecialFiles();
    const Run r = run({ QStringLiteral("--prefetch-summaries"), QStringLiteral("--offline"),
                        QStringLiteral("--data-dir"), dataDir(), path(QStringLiteral("fifo.txt")),
                        path(QStringLiteral("socket.txt")), path(QStringLiteral("device.txt")), article() });
    QVERIFY2(r.finished, "--prefetch-summaries did not finish");
    const QList<QJsonObject> lines = jsonLines(r.out);
    QVERIFY(lines.size() > 3);
    QCOMPARE(errorOf(lines[0]), QStringLiteral("not a regular file (a named pipe)"));
    QCOMPARE(errorOf(lines[1]), QStringLiteral("not a regular file (a socket)"));
    QCOMPARE(errorOf(lines[2]), QStringLiteral("not a regular file (a device)"));
    // The article after them still has a line per explanation, answered from the (empty) cache.
    for (qsizetype i = 3; i < lines.size(); ++i) {
        QCOMPARE(lines[i].value(QStringLiteral("file")).toString(), article());
        QCOMPARE(lines[i].value(QStringLiteral("status")).toString(), QStringLiteral("offline"));
    }
    QCOMPARE(r.err.count("not a regular file"), 3);
}

void TestFilesCli::importNotes_specialNotesOrArticle_isRefusedAtOnce_data()
{
    QTest::addColumn<QString>("special");
    QTest::addColumn<bool>("asNotes");
    QTest::addColumn<QString>("expected");
    const struct
    {
        const char *name;
        const char *file;
        const char *error;
    } kinds[] = { { "fifo", "fifo.txt", "not a regular file (a named pipe)" },
                  { "socket", "socket.txt", "not a regular file (a socket)" },
                  { "folder", "folder.txt", "not a regular file (a folder)" },
                  { "device", "device.txt", "not a regular file (a device)" } };
    for (const auto &kind : kinds) {
        QTest::addRow("notes %s", kind.name)
            << QString::fromLatin1(kind.file) << true << QString::fromLatin1(kind.error);
        QTest::addRow("article %s", kind.name)
            << QString::fromLatin1(kind.file) << false << QString::fromLatin1(kind.error);
    }
}

void TestFilesCli::importNotes_specialNotesOrArticle_isRefusedAtOnce()
{
    QFETCH(QString, special);
    QFETCH(bool, asNotes);
    QFETCH(QString, expected);
    makeSpecialFiles();
    const QString notes = asNotes ? path(special) : path(QStringLiteral("notes.json"));
    const QString file = asNotes ? article() : path(special);
    const Run r = run({ QStringLiteral("--import-notes"), notes, QStringLiteral("--data-dir"), dataDir(), file });
    QVERIFY2(r.finished, "--import-notes did not finish");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QString::fromUtf8(r.err), QStringLiteral("randnotiz: %1: %2\n").arg(path(special), expected));
    QVERIFY(r.out.isEmpty());
}

void TestFilesCli::exportNotes_specialArticle_isRefusedAtOnce_data()
{
    QTest::addColumn<QString>("special");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fifo") << QStringLiteral("fifo.txt") << QStringLiteral("not a regular file (a named pipe)");
    QTest::newRow("socket") << QStringLiteral("socket.txt") << QStringLiteral("not a regular file (a socket)");
    QTest::newRow("folder") << QStringLiteral("folder.txt") << QStringLiteral("not a regular file (a folder)");
    QTest::newRow("device") << QStringLiteral("device.txt") << QStringLiteral("not a regular file (a device)");
}

void TestFilesCli::exportNotes_specialArticle_isRefusedAtOnce()
{
    QFETCH(QString, special);
    QFETCH(QString, expected);
    makeSpecialFiles();
    const Run r = run({ QStringLiteral("--export-notes"), QStringLiteral("md"), QStringLiteral("--data-dir"), dataDir(),
                        path(special) });
    QVERIFY2(r.finished, "--export-notes did not finish");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QString::fromUtf8(r.err), QStringLiteral("randnotiz: %1: %2\n").arg(path(special), expected));
    QVERIFY(r.out.isEmpty());
}

void TestFilesCli::equalsForms_runWithoutADisplay()
{
    // Without a display the window cannot start, so this environment tells a command from a window.
    const Run window = run({ QStringLiteral("--data-dir"), dataDir(), article() }, Display::None);
    QVERIFY(!window.finished || window.exitCode != 0);

    const Run imported = run({ QStringLiteral("--import-notes=") + path(QStringLiteral("notes.json")),
                               QStringLiteral("--data-dir=") + dataDir(), article() },
                             Display::None);
    QVERIFY2(imported.finished, "--import-notes= did not finish");
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QList<QJsonObject> lines = jsonLines(imported.out);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].value(QStringLiteral("exact")).toString(),
             QStringLiteral("Strittige Fragen zur Finanzierung wurden dagegen erneut vertagt."));

    const Run exported = run(
        { QStringLiteral("--export-notes=md"), QStringLiteral("--data-dir"), dataDir(), article() }, Display::None);
    QVERIFY2(exported.finished, "--export-notes= did not finish");
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY(exported.out.contains("Das Geld fehlt"));

    // The spaced forms, as before.
    const Run spaced = run({ QStringLiteral("--export-notes"), QStringLiteral("json"), QStringLiteral("--data-dir"),
                             dataDir(), article() },
                           Display::None);
    QVERIFY2(spaced.finished && spaced.exitCode == 0, spaced.err.constData());
    QVERIFY(spaced.out.contains("Das Geld fehlt"));
}

void TestFilesCli::isHeadless_decidesFromTheParsedOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("headless");
    const QString program = QStringLiteral("randnotiz");
    QTest::newRow("file") << QStringList { program, QStringLiteral("a.txt") } << false;
    QTest::newRow("nothing") << QStringList { program } << false;
    QTest::newRow("--export-notes md") << QStringList { program, QStringLiteral("--export-notes"), QStringLiteral("md"),
                                                        QStringLiteral("a.txt") }
                                       << true;
    QTest::newRow("--export-notes=md") << QStringList { program, QStringLiteral("--export-notes=md"),
                                                        QStringLiteral("a.txt") }
                                       << true;
    QTest::newRow("--import-notes=n.json")
        << QStringList { program, QStringLiteral("--import-notes=n.json"), QStringLiteral("a.txt") } << true;
    QTest::newRow("--dump-json") << QStringList { program, QStringLiteral("--dump-json"), QStringLiteral("a") } << true;
    QTest::newRow("--prefetch-summaries")
        << QStringList { program, QStringLiteral("--prefetch-summaries"), QStringLiteral("a") } << true;
    QTest::newRow("--help") << QStringList { program, QStringLiteral("--help") } << true;
    QTest::newRow("-h") << QStringList { program, QStringLiteral("-h") } << true;
    QTest::newRow("--help-all") << QStringList { program, QStringLiteral("--help-all") } << true;
    QTest::newRow("-v") << QStringList { program, QStringLiteral("-v") } << true;
    // A value that looks like a command is a value, and a file after -- is a file.
    QTest::newRow("--data-dir --dump-json")
        << QStringList { program, QStringLiteral("--data-dir"), QStringLiteral("--dump-json"), QStringLiteral("a.txt") }
        << false;
    QTest::newRow("-- --dump-json") << QStringList { program, QStringLiteral("--"), QStringLiteral("--dump-json") }
                                    << false;
    QTest::newRow("--lang=de") << QStringList { program, QStringLiteral("--lang=de"), QStringLiteral("a.txt") }
                               << false;
    // Options of the QApplication are the window's; with a command they do not hide the command.
    QTest::newRow("-style") << QStringList { program, QStringLiteral("-style"), QStringLiteral("fusion") } << false;
    QTest::newRow("-platform with a command")
        << QStringList { program, QStringLiteral("-platform"), QStringLiteral("offscreen"),
                         QStringLiteral("--export-notes=csv"), QStringLiteral("a.txt") }
        << true;
}

void TestFilesCli::isHeadless_decidesFromTheParsedOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, headless);
    QCOMPARE(CommandLine::isHeadless(arguments), headless);
}

QTEST_GUILESS_MAIN(TestFilesCli)
#include "tst_filescli.moc"
