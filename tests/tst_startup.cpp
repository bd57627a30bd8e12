// The program as started from a shell: --benchmark-startup, --lang and files on the command line.
#include "support/testpaths.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;

class TestStartup final : public QObject
{
    Q_OBJECT

private slots:
    void benchmarkStartup_printsMillisecondsAndQuits();
    void benchmarkStartup_binaryFile_failsWithItsError();
    void lang_rejectsUnknownLanguages();

private:
    static QProcessEnvironment environment(const QString &home);
};

QProcessEnvironment TestStartup::environment(const QString &home)
{
    // Settings of the started program stay in a temporary folder.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    return env;
}

void TestStartup::benchmarkStartup_printsMillisecondsAndQuits()
{
    QTemporaryDir home;
    for (const QString &lang : { QStringLiteral("de"), QStringLiteral("en") }) {
        QProcess process;
        process.setProcessEnvironment(environment(home.path()));
        process.start(QStringLiteral(RANDNOTIZ_BINARY),
                      { QStringLiteral("--lang"), lang, QStringLiteral("--benchmark-startup"),
                        Test::samplePath(QStringLiteral("klimagipfel-bonn.txt")) });
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        bool ok = false;
        const double ms = QString::fromUtf8(process.readAllStandardOutput()).trimmed().toDouble(&ok);
        QVERIFY(ok);
        QVERIFY(ms > 0 && ms < 60000);
    }
}

void TestStartup::benchmarkStartup_binaryFile_failsWithItsError()
{
    QTemporaryDir home;
    const QString binary = home.filePath(QStringLiteral("bild.txt"));
    QFile file(binary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    file.close();
    QProcess process;
    process.setProcessEnvironment(environment(home.path()));
    process.start(QStringLiteral(RANDNOTIZ_BINARY), { QStringLiteral("--benchmark-startup"), binary });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("bild.txt"));
}

void TestStartup::lang_rejectsUnknownLanguages()
{
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(environment(home.path()));
    process.start(QStringLiteral(RANDNOTIZ_BINARY), { QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--lang"));
}

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
