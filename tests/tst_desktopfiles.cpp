// The desktop integration files validate and are installed where desktops look for them.
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Randnotiz;

class TestDesktopFiles final : public QObject
{
    Q_OBJECT

private slots:
    void desktopFile_validates();
    void metainfo_validates();
    void desktopFile_namesTheInstalledIconAndBinary();
    void install_putsFilesInPlace();

private:
    static QString run(const QString &program, const QStringList &arguments, int *exitCode);
};

namespace {

const QString appId = QStringLiteral("io.github.randnotiz.Randnotiz");

QString resource(const QString &name)
{
    return Test::sourcePath(QStringLiteral("resources/") + name);
}

} // namespace

QString TestDesktopFiles::run(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000)) {
        *exitCode = -1;
        return process.errorString();
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

void TestDesktopFiles::desktopFile_validates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    QVERIFY2(!tool.isEmpty(), "desktop-file-validate is missing (package desktop-file-utils)");
    int code = 0;
    const QString output = run(tool, { resource(appId + QStringLiteral(".desktop")) }, &code);
    QVERIFY2(code == 0 && output.trimmed().isEmpty(), qPrintable(output));
}

void TestDesktopFiles::metainfo_validates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    QVERIFY2(!tool.isEmpty(), "appstreamcli is missing (package appstream)");
    int code = 0;
    const QString output = run(
        tool,
        { QStringLiteral("validate"), QStringLiteral("--no-net"), resource(appId + QStringLiteral(".metainfo.xml")) },
        &code);
    QVERIFY2(code == 0, qPrintable(output));
    QVERIFY2(!output.contains(QLatin1String("W: ")) && !output.contains(QLatin1String("E: ")), qPrintable(output));
}

void TestDesktopFiles::desktopFile_namesTheInstalledIconAndBinary()
{
    // QSettings would read ';' as a comment, so the keys are read by hand.
    QHash<QString, QString> entry;
    const QStringList lines
        = QString::fromUtf8(Test::readAll(resource(appId + QStringLiteral(".desktop")))).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            entry.insert(line.left(eq), line.mid(eq + 1));
    }
    QCOMPARE(entry.value(QStringLiteral("Icon")), appId);
    QVERIFY(entry.value(QStringLiteral("Exec")).startsWith(QLatin1String("randnotiz ")));
    QVERIFY(entry.value(QStringLiteral("MimeType"))
                .split(QLatin1Char(';'))
                .contains(QStringLiteral("x-scheme-handler/randnotiz")));
    const QByteArray icon = Test::readAll(resource(QStringLiteral("icons/randnotiz.svg")));
    QVERIFY(icon.contains("<svg"));
    QVERIFY(icon.contains("viewBox=\"0 0 128 128\""));
    const QByteArray metainfo = Test::readAll(resource(appId + QStringLiteral(".metainfo.xml")));
    QByteArray launchable("<launchable type=\"desktop-id\">");
    launchable.append(appId.toUtf8()).append(".desktop</launchable>");
    QVERIFY(metainfo.contains(launchable));
}

void TestDesktopFiles::install_putsFilesInPlace()
{
    QTemporaryDir prefix;
    int code = 0;
    const QString output = run(
        QStringLiteral(RANDNOTIZ_CMAKE),
        { QStringLiteral("--install"), QStringLiteral(RANDNOTIZ_BUILD_DIR), QStringLiteral("--prefix"), prefix.path() },
        &code);
    QVERIFY2(code == 0, qPrintable(output));
    const QDir root(prefix.path());
    QVERIFY(root.exists(QStringLiteral("share/applications/") + appId + QStringLiteral(".desktop")));
    QVERIFY(root.exists(QStringLiteral("share/metainfo/") + appId + QStringLiteral(".metainfo.xml")));
    QVERIFY(root.exists(QStringLiteral("share/icons/hicolor/scalable/apps/") + appId + QStringLiteral(".svg")));
    QVERIFY(root.exists(QStringLiteral("bin/randnotiz")));
    QVERIFY(root.exists(QStringLiteral("lib/randnotiz/randnotiz_zim.so")));

    // The installed program finds its offline-Wikipedia module: a file that is no ZIM is named as such, not
    // as a copy that cannot be read for want of the module.
    const QString notZim = root.filePath(QStringLiteral("kaputt.zim"));
    QFile junk(notZim);
    QVERIFY(junk.open(QIODevice::WriteOnly) && junk.write("ZIM? Nein.\n") > 0);
    junk.close();
    const QString said
        = run(root.filePath(QStringLiteral("bin/randnotiz")),
              { QStringLiteral("--prefetch-summaries"), QStringLiteral("--offline"), QStringLiteral("--zim"), notZim,
                QStringLiteral("--data-dir"), root.filePath(QStringLiteral("data")), Test::seedPath() },
              &code);
    QVERIFY2(code == 0, qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("kaputt.zim: not a usable ZIM file")), qPrintable(said));
}

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
