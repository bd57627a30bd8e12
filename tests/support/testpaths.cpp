#include "support/testpaths.h"

#include <QDir>
#include <QFile>

namespace Randnotiz::Test {

QString sourcePath(const QString &relative)
{
    return QStringLiteral(RANDNOTIZ_SOURCE_DIR "/") + relative;
}

QString seedPath()
{
    // CI clones the project beside shared/ as well; an override helps when it lives elsewhere.
    const QString overridden = qEnvironmentVariable("RANDNOTIZ_SEED");
    return overridden.isEmpty() ? QStringLiteral(RANDNOTIZ_SHARED_DIR "/seeds/000_7002fa1c3b2b2e4d.txt") : overridden;
}

QString samplePath(const QString &name)
{
    return sourcePath(QStringLiteral("resources/samples/") + name);
}

QStringList sampleFiles()
{
    QDir dir(sourcePath(QStringLiteral("resources/samples")));
    QStringList files;
    for (const QString &name : dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test file %s", qPrintable(path));
    return file.readAll();
}

} // namespace Randnotiz::Test
