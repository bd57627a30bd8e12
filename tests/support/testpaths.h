// Where the tests find the project's samples, the shared seed articles and their own data.
#pragma once

#include <QString>

namespace Randnotiz::Test {

QString sourcePath(const QString &relative); // below the project checkout
QString seedPath(); // the real OZD article beside the checkout
QString samplePath(const QString &name); // resources/samples/NAME
QStringList sampleFiles(); // every resources/samples/*.txt
QByteArray readAll(const QString &path);

} // namespace Randnotiz::Test
